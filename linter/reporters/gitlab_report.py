"""GitLab Code Quality: the JSON array a merge request's Code Quality widget reads
(``artifacts: reports: codequality: disclint-codequality.json``).

GitLab reads ``description``, ``check_name``, ``fingerprint``, ``severity`` and
``location`` (a path relative to the repository and a line). The fingerprint must differ
between two findings, so it hashes the path with the finding's own fingerprint (the
baseline's: code, flagged text and its rank), which survives lines moving. ``content``
(from the Code Climate format GitLab's is a subset of) carries the legal source and where
to read about the rule.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from disclint.reporters import ReportContext, relative_uri

if TYPE_CHECKING:
    from disclint.api import Finding
    from disclint.engine import FileResult

SEVERITIES = {"error": "critical", "warning": "major", "info": "info"}


def _issue(finding: Finding) -> dict[str, Any]:
    path = relative_uri(finding.path)
    identity = f"{path}\0{finding.code}\0{finding.fingerprint or finding.start.offset}"
    body = [finding.message, *(f"- {step}" for step in finding.evidence)]
    if finding.citation:
        body.append(f"Source: {finding.citation}")
    body.append(f"More: {finding.url or f'disclint explain {finding.code}'}")
    return {
        "type": "issue",
        "check_name": f"{finding.code} {finding.name}",
        "description": f"{finding.code}: {finding.message}",
        "content": {"body": "\n\n".join(body)},
        "severity": SEVERITIES[finding.severity.value],
        "fingerprint": hashlib.sha256(identity.encode()).hexdigest()[:32],
        "location": {
            "path": path,
            "lines": {
                "begin": finding.start.line,
                "end": max(finding.end.line, finding.start.line),
            },
        },
    }


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    issues = [_issue(f) for result in results for f in result.findings]
    for result in results:
        if result.error is not None:
            identity = f"{relative_uri(result.path)}\0unreadable"
            issues.append(
                {
                    "type": "issue",
                    "check_name": "unreadable",
                    "description": result.error,
                    "severity": "blocker",
                    "fingerprint": hashlib.sha256(identity.encode()).hexdigest()[:32],
                    "location": {"path": relative_uri(result.path), "lines": {"begin": 1}},
                }
            )
    return json.dumps(issues, indent=2, ensure_ascii=False)
