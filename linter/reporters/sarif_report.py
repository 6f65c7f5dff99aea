"""SARIF 2.1.0 for code-scanning services (GitHub code scanning accepts it as uploaded).

Rules carry their summary, full rationale (as help text and Markdown) and default level;
results carry regions in Unicode code points (``columnKind``), character offsets, and a
partial fingerprint that survives lines moving (the same one baselines use).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclint import __version__
from disclint.reporters import ReportContext, relative_uri

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
    used = sorted({f.code for r in results for f in r.findings})
    rules = [context.registry.rules[code] for code in used if code in context.registry.rules]
    index = {rule.code: i for i, rule in enumerate(rules)}
    docs = {f.code: f.url for r in results for f in r.findings if f.url}
    sarif_results = [
        _result(finding, index.get(finding.code, -1))
        for result in results
        for finding in result.findings
    ]
    notifications = [
        {"level": "error", "message": {"text": result.error}}
        for result in results
        if result.error is not None
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "disclint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://pypi.org/project/disclint/",
                "rules": [_rule_descriptor(rule, docs.get(rule.code)) for rule in rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
        "results": sarif_results,
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }
        ],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False)
