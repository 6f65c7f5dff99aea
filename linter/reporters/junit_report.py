"""JUnit XML: one test case per file, failing when it has findings at or above --fail-on.

CI systems without SARIF support (Jenkins, GitLab, Azure) show JUnit results natively;
every finding is listed in the failure text, lower-severity ones in system-out.

The counts sit in the opening ``testsuite`` tag, before the cases, so the ``Writer`` keeps
the cases in a temporary spool file (not in memory) until the last file is checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from disclint.reporters import ReportContext, Tally, spool, spooled_lines

if TYPE_CHECKING:
    from disclint.engine import FileResult

RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    writer = Writer(context)
    for result in results:
        writer.add(result)
    return "\n".join(writer.close())


class Writer:
    """The JUnit document: ``add`` per file, then ``close`` yields it in pieces."""

    def __init__(self, context: ReportContext) -> None:
        self.tally = Tally()
        self.fail_on = context.fail_on
        self.threshold = RANK[context.fail_on]
        self.failures = self.errors = 0
        self._spool = spool()

    def add(self, result: FileResult) -> Iterable[str]:
        """Take one file's result; nothing can be written yet (the counts come first)."""
        self.tally.add(result)
        case = ET.Element("testcase", name=result.path, classname="disclint")
        if result.error is not None:
            self.errors += 1
            ET.SubElement(case, "error", message=result.error, type="input")
        else:
            self._findings(case, result)
        ET.indent(case, level=2)
        self._spool.write("    " + ET.tostring(case, encoding="unicode") + "\n")
        return ()

    def _findings(self, case: ET.Element, result: FileResult) -> None:
        failing = [f for f in result.findings if f.severity.rank >= self.threshold]
        lines = [
            f"{f.start.line}:{f.start.column} {f.code} {f.severity.value} {f.message}"
            + (f" ({f.url})" if f.url else "")
            for f in result.findings
        ]
        if failing:
            self.failures += 1
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{len(failing)} finding(s) at or above {self.fail_on}",
                type=failing[0].code,
            )
            failure.text = "\n".join(lines)
        elif lines:
            ET.SubElement(case, "system-out").text = "\n".join(lines)

    def close(self) -> Iterator[str]:
        suite = ET.Element(
            "testsuite", name="disclint", tests=str(self.tally.files), failures="", errors=""
        )
        suite.set("failures", str(self.failures))
        suite.set("errors", str(self.errors))
        opening = ET.tostring(suite, encoding="unicode").removesuffix(" />")
        yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="disclint">'
        if not self.tally.files:
            yield f"  {opening} />"
        else:
            yield f"  {opening}>"
            yield from spooled_lines(self._spool)
            yield "  </testsuite>"
        self._spool.close()
        yield "</testsuites>"
