"""The HTML report for counsel: self-contained, every finding in the list and pinned in the
text, opened in a real headless Chromium (the DOM after its script ran) and photographed."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from disclint.engine import Engine, FileResult, RunOptions
from disclint.reporters import ReportContext, renderer
from tests.browser import dump_dom, find_chromium
from tests.conftest import EXAMPLES
from tests.counsel_fixtures import MAKERS
from tests.engine_helpers import check_text

RELEASES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html", ".docx"})
needs_chromium = pytest.mark.skipif(
    find_chromium() is None and not os.environ.get("DISCLINT_REQUIRE_CHROMIUM"),
    reason="Chromium is not installed (apt-get install chromium, or set DISCLINT_CHROMIUM); "
    ".ci/run installs it",
)


class _Elements(HTMLParser):
    """Every element's tag and attributes, and the text inside each finding's list item."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.item_text: dict[str, list[str]] = {}
        self._open_items: list[tuple[str, int]] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.elements.append((tag, values))
        if tag in {"br", "input", "meta"}:
            return
        self._depth += 1
        if tag == "li" and "finding" in values.get("class", "").split():
            self._open_items.append((values["id"], self._depth))
            self.item_text[values["id"]] = []

    def handle_endtag(self, tag: str) -> None:
        if self._open_items and self._open_items[-1][1] == self._depth:
            self._open_items.pop()
        self._depth -= 1

    def handle_data(self, data: str) -> None:
        for item, _ in self._open_items:
            self.item_text[item].append(data)

    def by_id(self) -> dict[str, tuple[str, dict[str, str]]]:
        return {a["id"]: (t, a) for t, a in self.elements if "id" in a}


def _report(results: list[FileResult], engine: Engine) -> str:
    return renderer("html")(results, ReportContext(registry=engine.all_rules()))


def _check(path: Path) -> tuple[list[FileResult], Engine]:
    engine = Engine(RunOptions(entry_points=False))
    return [engine.check_path(path)], engine


def _assert_every_finding(page: str, results: list[FileResult]) -> None:
    parsed = _Elements()
    parsed.feed(page)
    ids = parsed.by_id()
    findings = [f for r in results for f in r.findings]
    for number, finding in enumerate(findings, start=1):
        tag, attrs = ids[f"f-{number}"]
        assert tag == "li"
        assert attrs["data-code"] == finding.code
        assert attrs["data-severity"] == finding.severity.value
        text = " ".join("".join(parsed.item_text[f"f-{number}"]).split())
        assert " ".join(finding.message.split()) in text
        if finding.citation:
            assert " ".join(finding.citation.split()) in text
        assert ids[f"at-{number}"][1]["href"] == f"#f-{number}"  # pinned in the text
    assert f"f-{len(findings) + 1}" not in ids


def test_self_contained_and_escaped(tmp_path: Path) -> None:
    result = check_text(tmp_path, "Acme <u>Widgets</u> & Co. launches a state-of-the-art tool.\n")
    engine = Engine(RunOptions(entry_points=False))
    page = _report([result], engine)
    parsed = _Elements()
    parsed.feed(page)
    assert not [a for t, a in parsed.elements if t in {"link", "img", "iframe"} or "src" in a]
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # the visible text (the reader removed the tags), escaped; never markup of the report
    shown = page.split("<div class='release'>")[1].split("</div>")[0]
    assert "<u>" not in shown and "Widgets</a> &amp; Co." not in shown
    assert re.sub(r"<[^>]+>", "", shown).startswith("1Acme 2Widgets3 &amp; Co. launches")
    _assert_every_finding(page, [result])


def test_overlapping_findings_share_a_highlight() -> None:
    from disclint.api import Finding, Severity
    from disclint.readers import read_bytes

    source = read_bytes(b"Alpha beta gamma delta epsilon.\n", "x.txt", fmt="txt")

    def finding(code: str, start: int, end: int, severity: Severity) -> Finding:
        return Finding(
            code=code,
            name="made-up",
            severity=severity,
            message=f"{code} here",
            path="x.txt",
            start=source.raw_position(start),
            end=source.raw_position(end),
        )

    findings = [
        finding("AAA001", 0, 10, Severity.WARNING),  # "Alpha beta"
        finding("AAA002", 6, 16, Severity.ERROR),  # "beta gamma"
        finding("AAA003", 12, 12, Severity.INFO),  # empty: a pin only
    ]
    result = FileResult(path="x.txt", findings=findings, source=source)
    page = _report([result], Engine(RunOptions(entry_points=False)))
    marks = re.findall(r"<mark class='sev-(\w+)' data-findings='([\d ]+)'>([^<]*)</mark>", page)
    assert marks == [
        ("warning", "1", "Alpha "),
        ("error", "1 2", "beta"),
        ("error", "2", " g"),
        ("error", "2", "amma"),
    ]
    assert re.search(r"id='at-3'[^>]*>3</a><mark class='sev-error' data-findings='2'>amma", page)
    _assert_every_finding(page, [result])


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    engine = Engine(RunOptions(entry_points=False))
    result = engine.check_path(tmp_path / "missing.txt")
    page = _report([result], engine)
    assert "Could not be read" in page and "missing.txt" in page


@needs_chromium
@pytest.mark.parametrize(
    "release", [*RELEASES, *(f"flawed.{fmt}" for fmt in MAKERS)], ids=lambda p: Path(p).name
)
def test_every_example_in_chromium(release: Path | str, tmp_path: Path) -> None:
    if isinstance(release, str):  # a flawed release in a format the examples have clean
        release = MAKERS[release.split(".")[1]](tmp_path)
    results, engine = _check(release)
    assert not results[0].error
    page = tmp_path / "report.html"
    page.write_text(_report(results, engine), encoding="utf-8")
    dom = dump_dom(page)
    count = sum(len(r.findings) for r in results)
    assert f'data-ready="{count}"' in dom  # the filter script ran over every finding
    _assert_every_finding(dom, results)


@needs_chromium
def test_filters_run_in_the_browser(tmp_path: Path) -> None:
    """The filter script, driven by a link's fragment: only errors of the NUM family show."""
    release = EXAMPLES / "strategic-investor-conversion.txt"
    results, engine = _check(release)
    page = tmp_path / "report.html"
    page.write_text(_report(results, engine), encoding="utf-8")
    dom = dump_dom(page, fragment="severity=error,warning&family=arithmetic")
    parsed = _Elements()
    parsed.feed(dom)
    shown, hidden = set(), set()
    for tag, attrs in parsed.elements:
        if tag == "li" and "finding" in attrs.get("class", "").split():
            (hidden if "hidden" in attrs["class"].split() else shown).add(attrs["data-finding"])
    findings = results[0].findings
    expected = {
        str(n)
        for n, f in enumerate(findings, start=1)
        if f.severity.value in {"error", "warning"} and f.code.startswith("NUM")
    }
    assert expected and shown == expected
    assert hidden == {str(n) for n in range(1, len(findings) + 1)} - expected
    for tag, attrs in parsed.elements:  # pins follow their finding; highlights of hidden ones
        if tag == "a" and attrs.get("id", "").startswith("at-"):
            assert ("hidden" in attrs["class"]) == (attrs["id"][3:] in hidden)
        if tag == "mark":
            off = "off" in attrs["class"].split()
            assert off == all(n in hidden for n in attrs["data-findings"].split())


@needs_chromium
def test_screenshot(tmp_path: Path) -> None:
    from docs.screenshot import make_screenshot

    png = make_screenshot(tmp_path / "report.png")
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 900)


def test_several_releases_number_findings_across_the_report(tmp_path: Path) -> None:
    engine = Engine(RunOptions(entry_points=False))
    paths = [EXAMPLES / "offering-flawed.txt", EXAMPLES / "strategic-investor-conversion.txt"]
    results = [engine.check_path(p) for p in paths] + [engine.check_path(tmp_path / "gone.txt")]
    page = _report(results, engine)
    _assert_every_finding(page, results)
    parsed = _Elements()
    parsed.feed(page)
    ids = parsed.by_id()
    assert {"file-1", "file-2", "file-3"} <= set(ids)
    contents = page.split("<nav class='contents'>")[1].split("</nav>")[0]
    assert "offering-flawed.txt</a> <span class='where'>3 error</span>" in contents
    assert "could not be read" in contents


def test_command_line_report_shows_every_release_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``check --format html`` keeps each parsed release for the page (the other reports
    drop it): with -j N, and with the results cache on (a cached result has no text)."""
    from disclint.checking import CheckRequest
    from tests.engine_helpers import run

    monkeypatch.delenv("DISCLINT_NO_CACHE")
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "releases"
    folder.mkdir()
    for number in range(4):
        (folder / f"r{number}.txt").write_text("Acme <u>Widgets</u> launches.\n", "utf-8")
    page = tmp_path / "report.html"
    for _ in range(2):  # the second run would be served from the cache
        request = CheckRequest(
            paths=[str(folder)],
            output_format="html",
            output=page,
            jobs=2,
            no_cache=False,
            entry_points=False,
        )
        run(request)
        assert page.read_text("utf-8").count("<div class='release'>") == 4
