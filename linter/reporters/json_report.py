"""JSON: every file, its findings with all their fields, and a summary (schema version 1).

The report is written file by file (``Writer``): a run over thousands of files keeps one
file's findings at a time, and the summary, made from running counts, closes the document.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from disclint import __version__
from disclint.reporters import ReportContext, Tally

if TYPE_CHECKING:
    from disclint.engine import FileResult

SCHEMA_VERSION = 1


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    writer = Writer(context)
    pieces = [piece for result in results for piece in writer.add(result)]
    return "\n".join([*pieces, *writer.close()])


def _indented(value: Any, depth: int) -> str:
    """``value`` as ``json.dumps(indent=2)`` writes it ``depth`` levels down a document."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return text.replace("\n", "\n" + "  " * depth)


class Writer:
    """The JSON document in pieces (joined by newlines): ``add`` per file, then ``close``.

    An item is held back until the next arrives, since the comma that separates two items
    ends the first one's last line."""

    def __init__(self, context: ReportContext) -> None:
        self.tally = Tally()
        head = json.dumps({"version": __version__, "schema": SCHEMA_VERSION}, indent=2)
        self._pending: str | None = head.removesuffix("\n}") + ',\n  "files": ['
        self._items = 0

    def add(self, result: FileResult) -> Iterator[str]:
        self.tally.add(result)
        item = {
            "path": result.path,
            "error": result.error,
            "findings": [f.model_dump(mode="json") for f in result.findings],
        }
        if self._pending is not None:
            yield self._pending + ("," if self._items else "")
        self._items += 1
        self._pending = "    " + _indented(item, 2)

    def close(self) -> Iterator[str]:
        summary = '  "summary": ' + _indented(asdict(self.tally.summary()), 1) + "\n}"
        pending = self._pending or ""
        if self._items:
            yield pending
            yield "  ],"
        else:
            yield pending + "],"
        yield summary
