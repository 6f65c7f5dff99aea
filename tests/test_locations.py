"""Findings in markup files (HTML, Word) are shown as a reader sees the release: the visible
text around the finding, never tags or entities, with the section and nearest heading it is
in; line:column still point into the file."""

from __future__ import annotations

import re
from pathlib import Path

from pytest import MonkeyPatch

from disclint.api import excerpt, visible
from disclint.checking import CheckRequest
from tests.conftest import CORPUS, needs
from tests.engine_helpers import run

MARKUP = re.compile(r"<[A-Za-z/!][^<>]{0,300}>|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]{2,8});")
EXCERPT_LINE = re.compile(r"^  (?:~|\d+) \| (?P<shown>.*)$")

RELEASE = """<html><body>
<p><b>Acme Solar Reports Third Quarter Results</b></p>
<p>DENVER, Colo., Nov. 5, 2025 /PRNewswire/ -- Acme Solar, Inc. (NASDAQ: ACMS) today reported
revenue of $12.0&nbsp;million for the third quarter.</p>
<p><b>Conference Call</b></p>
<p>Acme Solar will hold a conference call and <i>webcast</i> today at 5:00 p.m. Eastern Time to
discuss these results.</p>
</body></html>
"""


def _text_report(paths: list[str], select: list[str] | None = None) -> str:
    request = CheckRequest(
        paths=paths,
        output_format="text",
        entry_points=False,
        **({"select": select} if select else {}),  # type: ignore[arg-type]
    )
    _, out, _ = run(request)
    return out


def test_visible_removes_tags_and_decodes_entities() -> None:
    assert visible("up <b>5%</b>&nbsp;to $3&#46;2 million") == "up  5% \xa0to $3.2 million"
    assert excerpt("a <i>webcast</i>  today") == "a webcast today"
    assert visible("no markup at all") == "no markup at all"


def test_html_finding_shows_visible_text_section_and_heading(tmp_path: Path) -> None:
    path = tmp_path / "acme.html"
    path.write_text(RELEASE, encoding="utf-8")
    out = _text_report([str(path)], select=["FLS001"])
    header = next(line for line in out.splitlines() if "FLS001" in line)
    line, column = (int(n) for n in header.split(":")[1:3])
    raw_line = RELEASE.splitlines()[line - 1]
    assert raw_line[column - 1 :].startswith("will hold a conference call")
    assert "= in the body section, under “Conference Call”" in out
    shown = [m.group("shown") for m in map(EXCERPT_LINE.match, out.splitlines()) if m]
    assert shown and "conference call and webcast today" in shown[0]
    assert not any(MARKUP.search(s) for s in shown)


@needs(CORPUS)
def test_corpus_html_findings_have_markup_free_excerpts() -> None:
    """Every finding on a corpus HTML file: its excerpt and evidence show no markup, and it
    names the section it is in."""
    paths = sorted(str(p) for p in CORPUS.iterdir() if p.suffix.lower() in (".html", ".htm"))
    out = _text_report(paths)
    headers = [line for line in out.splitlines() if re.search(r":\d+:\d+: [A-Z]{2,4}\d{3} ", line)]
    assert headers, "the corpus HTML files should raise some findings"
    findings = out.split("\n\n")
    for block in findings:
        if not re.search(r":\d+:\d+: [A-Z]{2,4}\d{3} ", block):
            continue
        for line in block.splitlines()[1:]:
            shown = EXCERPT_LINE.match(line)
            if shown:
                assert not MARKUP.search(shown.group("shown")), line
            if line.startswith("    = evidence:"):
                assert not MARKUP.search(line), line
        assert "    = in the " in block, block.splitlines()[0]


def test_visible_text_survives_dropped_sources(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    """The report drops each parsed release to keep memory flat (streamed, whole, -j N, and
    results served from the cache): a markup file's finding still shows its visible text."""
    monkeypatch.delenv("DISCLINT_NO_CACHE")
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "releases"
    folder.mkdir()
    for number in range(4):
        (folder / f"acme{number}.html").write_text(RELEASE, encoding="utf-8")
    paths = [str(folder)]
    runs = {
        "streamed": CheckRequest(paths=paths, select=["FLS001"], entry_points=False),
        "jobs": CheckRequest(paths=paths, select=["FLS001"], entry_points=False, jobs=2),
        "cached": CheckRequest(paths=paths, select=["FLS001"], entry_points=False, no_cache=False),
        "whole": CheckRequest(
            paths=paths, select=["FLS001"], entry_points=False, output=tmp_path / "out.txt"
        ),
    }
    outputs = {}
    for name, request in runs.items():
        _, out, _ = run(request)
        outputs[name] = (tmp_path / "out.txt").read_text("utf-8") if request.output else out
    _, outputs["from cache"], _ = run(runs["cached"])
    for name, out in outputs.items():
        shown = [m.group("shown") for m in map(EXCERPT_LINE.match, out.splitlines()) if m]
        assert len(shown) == 4, name
        assert all("conference call and webcast today" in s for s in shown), name
        assert out.count("= in the body section, under “Conference Call”") == 4, name
