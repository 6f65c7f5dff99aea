"""JSON: every file, its findings with all their fields, and a summary (schema version 1)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from disclint import __version__
from disclint.reporters import ReportContext, summarise

if TYPE_CHECKING:
    from disclint.engine import FileResult

SCHEMA_VERSION = 1


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    files: list[dict[str, Any]] = []
    for result in results:
        files.append(
            {
                "path": result.path,
                "error": result.error,
                "findings": [f.model_dump(mode="json") for f in result.findings],
            }
        )
    payload = {
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "files": files,
        "summary": asdict(summarise(results)),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
