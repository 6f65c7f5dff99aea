"""SARIF 2.1.0 for code-scanning services (GitHub code scanning accepts it as uploaded).

Rules carry their summary, full rationale (as help text and Markdown) and default level;
results carry regions in Unicode code points (``columnKind``), character offsets, and a
partial fingerprint that survives lines moving (the same one baselines use).

The log is written as files are checked (``Writer``): results are spooled to a temporary
file, so memory does not grow with the number of files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclint import __version__
from disclint.reporters import ReportContext, Tally, relative_uri, spool, spooled_lines

if TYPE_CHECKING:
    from disclint.api import Finding, Rule
    from disclint.engine import FileResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _artifact(path: str) -> dict[str, str]:
    return {"uri": relative_uri(path), "uriBaseId": "%SRCROOT%"}


def _rule_descriptor(rule: Rule, docs_url: str | None = None) -> dict[str, Any]:
    help_text = rule.rationale or rule.summary
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": help_text.split("\n\n")[0].replace("\n", " ")},
        "help": {
            "text": f"{help_text}\n\nSource: {rule.citation}",
            "markdown": f"{help_text}\n\n**Source:** {rule.citation}",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"family": rule.family, "tags": [rule.family, "disclosure"]},
    }
    if docs_url:
        descriptor["helpUri"] = docs_url
    return descriptor


def _result(finding: Finding, index: int) -> dict[str, Any]:
    start, end = finding.start, finding.end
    region: dict[str, Any] = {
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": max(end.line, start.line),
        "endColumn": end.column if end.line > start.line else max(end.column, start.column),
        "charOffset": start.offset,
        "charLength": max(end.offset - start.offset, 0),
    }
    message = finding.message
    if finding.evidence:
        message += " (" + "; ".join(finding.evidence) + ")"
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity.value],
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {
                        "uri": relative_uri(finding.path),
                        "uriBaseId": "%SRCROOT%",
                    },
                    "region": region,
                }
            }
        ],
        "partialFingerprints": {"disclint/v1": finding.fingerprint or ""},
    }
    if finding.section:
        result["properties"] = {"section": finding.section}
    if finding.fix is not None and finding.fix.applicability.value != "display-only":
        result["fixes"] = [
            {
                "description": {"text": finding.fix.description},
                "artifactChanges": [
                    {
                        "artifactLocation": {
                            "uri": relative_uri(finding.path),
                            "uriBaseId": "%SRCROOT%",
                        },
                        "replacements": [
                            {
                                "deletedRegion": {
                                    "charOffset": edit.start,
                                    "charLength": edit.end - edit.start,
                                },
                                "insertedContent": {"text": edit.replacement},
                            }
                            for edit in finding.fix.edits
                        ],
                    }
                ],
            }
        ]
    return result


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    writer = Writer(context)
    for result in results:
        writer.add(result)
    return "\n".join(writer.close())


#: Where the results go in the document skeleton (a string JSON cannot otherwise contain
#: here, since the skeleton is made by disclint).
_RESULTS = "\x00results\x00"
_ITEM_INDENT = 4  # results sit four levels down: log, runs, run, results


class Writer:
    """The SARIF log: ``add`` per file, then ``close`` yields it in pieces (joined by
    newlines). The rules table comes first in the log but is known only at the end (the
    codes found, in order), so results wait in a temporary spool file, not in memory."""

    def __init__(self, context: ReportContext) -> None:
        self.context = context
        self.tally = Tally()
        self.docs: dict[str, str] = {}
        self.notifications: list[dict[str, Any]] = []
        self._spool = spool()

    def add(self, result: FileResult) -> Iterable[str]:
        """Take one file's result; nothing can be written yet (the counts come first)."""
        self.tally.add(result)
        for finding in result.findings:
            if finding.url:
                self.docs[finding.code] = finding.url
            self._spool.write(json.dumps(_result(finding, -1), ensure_ascii=False) + "\n")
        if result.error is not None:
            self.notifications.append({"level": "error", "message": {"text": result.error}})
        return ()

    def close(self) -> Iterator[str]:
        registry = self.context.registry.rules
        rules = [registry[code] for code in sorted(self.tally.codes) if code in registry]
        index = {rule.code: i for i, rule in enumerate(rules)}
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "disclint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": "https://pypi.org/project/disclint/",
                    "rules": [_rule_descriptor(rule, self.docs.get(rule.code)) for rule in rules],
                }
            },
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
            "results": _RESULTS,
            "invocations": [
                {
                    "executionSuccessful": not self.notifications,
                    "toolExecutionNotifications": self.notifications,
                }
            ],
        }
        log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        skeleton = json.dumps(log, indent=2, ensure_ascii=False)
        before, _, after = skeleton.partition(json.dumps(_RESULTS))
        pending: str | None = None
        for line in spooled_lines(self._spool):
            item = json.loads(line)
            item["ruleIndex"] = index.get(item["ruleId"], -1)
            if pending is None:
                yield before + "["
            else:
                yield pending + ","
            text = json.dumps(item, indent=2, ensure_ascii=False)
            pending = "  " * _ITEM_INDENT + text.replace("\n", "\n" + "  " * _ITEM_INDENT)
        if pending is None:
            yield before + "[]" + after
        else:
            yield pending
            yield "  " * (_ITEM_INDENT - 1) + "]" + after
