"""``--annotate``: a .docx copy with one Word comment per finding, anchored on exactly the
characters the finding points at; the original untouched; the copy checks the same."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from disclint.annotate import annotate
from disclint.checking import CheckRequest
from disclint.engine import Engine, FileResult, RunOptions
from disclint.errors import DisclintError
from disclint.readers.docx import ANNOTATION_AUTHOR, W, paragraph_elements
from disclint.reporters.spans import text_span
from tests.conftest import EXAMPLES
from tests.counsel_fixtures import MAKERS, flawed_docx
from tests.engine_helpers import run

RELEASES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html", ".docx"})
PRINTING = {W + "t": None, W + "tab": "\t", W + "br": " ", W + "cr": " "}


def _check(path: Path) -> FileResult:
    return Engine(RunOptions(entry_points=False, isolated=True)).check_path(path)


def _commented_text(path: Path) -> dict[str, str]:
    """The text each comment's range covers, by comment id, in reader order."""
    document = docx.Document(str(path))
    covered: dict[str, str] = {}
    open_ids: list[str] = []
    for p in paragraph_elements(document):
        for element in p.iter():
            if element.tag == W + "commentRangeStart":
                open_ids.append(element.get(W + "id"))
                covered.setdefault(open_ids[-1], "")
            elif element.tag == W + "commentRangeEnd":
                open_ids.remove(element.get(W + "id"))
            elif element.tag in PRINTING:
                text = PRINTING[element.tag]
                for comment_id in open_ids:
                    covered[comment_id] += element.text or "" if text is None else text
    return covered


def _comments(path: Path) -> list[tuple[str, str]]:
    return [(c.author, c.text) for c in docx.Document(str(path)).comments]


@pytest.mark.parametrize(
    "release", [*RELEASES, *(f"flawed.{fmt}" for fmt in MAKERS)], ids=lambda p: Path(p).name
)
def test_every_example(release: Path | str, tmp_path: Path) -> None:
    if isinstance(release, str):  # a flawed release in a format the examples have clean
        release = MAKERS[release.split(".")[1]](tmp_path)
    before = release.read_bytes()
    result = _check(release)
    target = tmp_path / "annotated.docx"
    assert annotate(result, release, target) == len(result.findings)
    assert release.read_bytes() == before
    with pytest.raises(DisclintError, match="cannot write the annotated copy"):
        run(CheckRequest(paths=[str(release)], annotate=tmp_path / "no" / "x.docx"))
    comments = _comments(target)
    assert len(comments) == len(result.findings)
    assert all(author == ANNOTATION_AUTHOR for author, _ in comments)
    covered = list(_commented_text(target).values())
    for finding, text in zip(result.findings, covered, strict=True):
        assert result.source is not None
        start, end = text_span(result.source, finding)
        if end > start and "\n" not in result.source.text[start:end]:
            assert text == result.source.text[start:end]


def test_word_round_trip(tmp_path: Path) -> None:
    original = flawed_docx(tmp_path)
    before = original.read_bytes()
    result = _check(original)
    assert len(result.findings) >= 3
    target = tmp_path / "annotated.docx"
    annotate(result, original, target)
    assert original.read_bytes() == before
    comments = _comments(target)
    assert len(comments) == len(result.findings)
    assert comments[0][1].startswith(f"{result.findings[0].code} {result.findings[0].name} (")
    # each comment covers exactly the characters its finding points at
    assert result.source is not None
    raw = result.source.raw
    covered = list(_commented_text(target).values())
    for finding, text in zip(result.findings, covered, strict=True):
        if finding.end.offset > finding.start.offset and finding.start.line == finding.end.line:
            assert text == raw[finding.start.offset : finding.end.offset]
    # the annotated copy checks the same: disclint's comments are recognised and ignored
    again = _check(target)

    def key(r: FileResult) -> list[tuple[str, int, int, str]]:
        return [(f.code, f.start.offset, f.end.offset, f.message) for f in r.findings]

    assert key(again) == key(result)
    assert again.source is not None and again.source.raw == raw


def test_counsel_comments_still_suppress(tmp_path: Path) -> None:
    """A Word comment by a person that says ``disclint: ignore`` still works in the copy."""
    original = flawed_docx(tmp_path)
    document = docx.Document(str(original))
    first = _check(original).findings[0]
    paragraph = document.paragraphs[first.start.line - 1]
    document.add_comment(
        paragraph.runs, text=f"disclint: ignore {first.code} -- agreed with counsel", author="A"
    )
    buffer = io.BytesIO()
    document.save(buffer)
    original.write_bytes(buffer.getvalue())
    result = _check(original)
    assert result.suppressed >= 1
    target = tmp_path / "annotated.docx"
    annotate(result, original, target)
    assert [f.code for f in _check(target).findings] == [f.code for f in result.findings]


def test_command_line(tmp_path: Path) -> None:
    release = EXAMPLES / "offering-flawed.txt"
    target = tmp_path / "out.docx"
    code, _, _ = run(CheckRequest(paths=[str(release)], annotate=target, entry_points=False))
    assert code == 1 and len(_comments(target)) == len(_check(release).findings)
    two = [str(release), str(release.with_name("offering-pricing.txt"))]
    with pytest.raises(DisclintError, match="--annotate needs exactly one release"):
        run(CheckRequest(paths=two, annotate=target, entry_points=False))
    before = release.read_bytes()
    with pytest.raises(DisclintError, match="must name a new file"):
        run(CheckRequest(paths=[str(release)], annotate=release, entry_points=False))
    assert release.read_bytes() == before


def test_split_keeps_every_character_and_the_formatting() -> None:
    from disclint.annotate import _run_length, _split

    document = docx.Document()
    paragraph = document.add_paragraph()
    text = "ab\tcd\nef"
    for at in range(1, len(text)):
        run = paragraph.add_run(text)
        run.bold = True
        tail = _split(run._r, at)
        assert (_run_length(run._r), _run_length(tail)) == (at, len(text) - at)
        head_text = "".join(str(c) for c in run._r if c.tag != W + "rPr")
        tail_text = "".join(str(c) for c in tail if c.tag != W + "rPr")
        assert head_text + tail_text == text
        assert tail.find(W + "rPr") is not None  # the second half keeps the bold


def test_new_document_keeps_headings_and_lists(tmp_path: Path) -> None:
    release = EXAMPLES / "dividend-increase.md"
    result = _check(release)
    target = tmp_path / "out.docx"
    annotate(result, release, target)
    styles = {p.style.name for p in docx.Document(str(target)).paragraphs}
    assert any(name.startswith("Heading") for name in styles)


def test_standard_input(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    text = (EXAMPLES / "offering-flawed.txt").read_bytes()
    run(CheckRequest(paths=["-"], stdin=text, annotate=target, entry_points=False))
    assert len(_comments(target)) == 3
    word = (EXAMPLES / "annual-results.docx").read_bytes()
    with pytest.raises(DisclintError, match=r"needs a \.docx release as a file"):
        run(CheckRequest(paths=["-"], stdin=word, annotate=target, entry_points=False))


def test_comment_says_where_in_the_original(tmp_path: Path) -> None:
    release = EXAMPLES / "offering-flawed.txt"
    result = _check(release)
    annotate(result, release, tmp_path / "out.docx")
    first = result.findings[0]
    text = _comments(tmp_path / "out.docx")[0][1]
    where = f"line {first.start.line}, column {first.start.column}"
    assert text.endswith(f"In {release}: {where}")
    original = flawed_docx(tmp_path)
    annotate(_check(original), original, tmp_path / "copy.docx")
    last_lines = [t.splitlines()[-1] for _, t in _comments(tmp_path / "copy.docx")]
    assert last_lines and not any(line.startswith("In ") for line in last_lines)
