"""``--statistics``: only the count of findings per rule, most frequent first (as ruff
prints it), as a table for people or, with ``--format json``, as a JSON list."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from disclint.reporters import ReportContext, summarise

if TYPE_CHECKING:
    from disclint.engine import FileResult


def render_statistics(results: Sequence[FileResult], context: ReportContext, fmt: str) -> str:
    names = {r.code: r.name for r in context.registry}
    rows = sorted(summarise(results).by_code.items(), key=lambda kv: (-kv[1], kv[0]))
    if fmt == "json":
        table = [{"code": c, "name": names.get(c, ""), "count": n} for c, n in rows]
        return json.dumps(table, indent=2)
    return "\n".join(f"{count:5}  {code:8} {names.get(code, '')}".rstrip() for code, count in rows)
