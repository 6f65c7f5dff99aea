"""JSON, SARIF and JUnit reports are written file by file and read the same as a report
made from every result at once (what the writers replaced): a long run's memory does not
grow with its findings."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from disclint import __version__
from disclint.api import Finding, Severity
from disclint.cli import cli
from disclint.engine import Engine, FileResult, RunOptions
from disclint.reporters import ReportContext, spool, spooled_lines, summarise
from disclint.reporters.json_report import Writer
from disclint.source import Position


def _finding(path: str, code: str, message: str) -> Finding:
    here = Position(line=2, column=3, offset=10)
    return Finding.model_construct(
        code=code,
        name="a-rule",
        severity=Severity.WARNING,
        message=message,
        path=path,
        start=here,
        end=here,
        evidence=["one", "two"],
        fix=None,
    )


RESULTS = [
    FileResult(path="a.txt", findings=[_finding("a.txt", "HYG001", "first\rline")]),
    FileResult(path="b.txt", error="b.txt: cannot read"),
    FileResult(path="c.txt"),
]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_writer_is_the_whole_document(count: int) -> None:
    results = RESULTS[:count]
    writer = Writer(ReportContext(registry=Engine(RunOptions(isolated=True)).all_rules()))
    pieces = [piece for result in results for piece in writer.add(result)]
    whole = {
        "version": __version__,
        "schema": 1,
        "files": [
            {
                "path": r.path,
                "error": r.error,
                "findings": [f.model_dump(mode="json") for f in r.findings],
            }
            for r in results
        ],
        "summary": asdict(summarise(results)),
    }
    assert "\n".join([*pieces, *writer.close()]) == json.dumps(whole, indent=2, ensure_ascii=False)


def test_spool_keeps_carriage_returns_inside_a_line() -> None:
    buffer = spool()
    buffer.write("one\rstill one\ntwo\n")
    assert list(spooled_lines(buffer)) == ["one\rstill one", "two"]


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "text", "concise", "github"])
def test_output_file_matches_standard_output(fmt: str, tmp_path: Path) -> None:
    releases = []
    for index in range(3):
        release = tmp_path / f"r{index}.txt"
        release.write_text(f"Acme Announces Item {index}\n\nText with a stray \\$ sign.\n")
        releases.append(str(release))
    base = ["check", "--isolated", "--no-cache", "--format", fmt, "--fail-on", "never"]
    runner = CliRunner()
    shown = runner.invoke(cli, [*base, *releases])
    report = tmp_path / f"report.{fmt}"
    written = runner.invoke(cli, [*base, "-o", str(report), *releases])
    assert shown.exit_code == written.exit_code == 0
    assert report.read_text(encoding="utf-8") == shown.output
    if fmt == "junit":
        suite = ET.fromstring(shown.output).find("testsuite")
        assert suite is not None and suite.get("tests") == "3"
    elif fmt in ("json", "sarif"):
        assert json.loads(shown.output)
    else:
        assert "HYG001" in shown.output


def test_a_run_refused_before_checking_leaves_the_old_report(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text("old")
    result = CliRunner().invoke(
        cli,
        ["check", "--isolated", "--format", "json", "-o", str(report), "--select", "NOPE999"],
    )
    assert result.exit_code == 2
    assert report.read_text() == "old"
