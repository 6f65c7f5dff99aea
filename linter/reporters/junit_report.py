"""JUnit XML: one test case per file, failing when it has findings at or above --fail-on.

CI systems without SARIF support (Jenkins, GitLab, Azure) show JUnit results natively;
every finding is listed in the failure text, lower-severity ones in system-out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from disclint.reporters import ReportContext

if TYPE_CHECKING:
    from disclint.engine import FileResult

RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    threshold = RANK[context.fail_on]
    suites = ET.Element("testsuites", name="disclint")
    suite = ET.SubElement(suites, "testsuite", name="disclint", tests=str(len(results)))
    failures = errors = 0
    for result in results:
        case = ET.SubElement(suite, "testcase", name=result.path, classname="disclint")
        if result.error is not None:
            errors += 1
            ET.SubElement(case, "error", message=result.error, type="input")
            continue
        failing = [f for f in result.findings if f.severity.rank >= threshold]
        lines = [
            f"{f.start.line}:{f.start.column} {f.code} {f.severity.value} {f.message}"
            + (f" ({f.url})" if f.url else "")
            for f in result.findings
        ]
        if failing:
            failures += 1
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{len(failing)} finding(s) at or above {context.fail_on}",
                type=failing[0].code,
            )
            failure.text = "\n".join(lines)
        elif lines:
            ET.SubElement(case, "system-out").text = "\n".join(lines)
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")
