"""Inline suppressions in every format: they silence exactly what they name, need a reason,
and a suppression that silences nothing is itself reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engine_helpers import check_text, codes, mechanism_options

ONLY = mechanism_options()
TWO_PARAGRAPHS = "First <u>one</u>.\n\n{comment}\n\nSecond <u>two</u>.\n"


def _messages(findings: list) -> list[tuple[str, int]]:  # type: ignore[type-arg]
    return [(f.code, f.start.line) for f in findings]


@pytest.mark.parametrize(
    ("name", "comment"),
    [
        ("r.txt", "disclint: ignore HYG001 -- approved by counsel"),
        ("r.txt", "[disclint: ignore HYG001 -- approved by counsel]"),
        ("r.txt", "<!-- disclint: ignore HYG001 -- approved by counsel -->"),
    ],
)
def test_ignore_silences_the_next_paragraph_only(tmp_path: Path, name: str, comment: str) -> None:
    text = TWO_PARAGRAPHS.format(comment=comment)
    result = check_text(tmp_path, text, name, options=ONLY)
    assert _messages(result.findings) == [("HYG001", 1), ("HYG001", 1)]
    assert result.suppressed == 2


def test_markdown_comment_on_its_own_line(tmp_path: Path) -> None:
    text = "Companyâ€™s one.\n\n<!-- disclint: ignore HYG002 -- verbatim -->\n\nCompanyâ€™s two.\n"
    result = check_text(tmp_path, text, "r.md", options=ONLY)
    assert _messages(result.findings) == [("HYG002", 1)]


def test_inline_comment_in_markdown_covers_its_own_paragraph(tmp_path: Path) -> None:
    text = (
        "The Companyâ€™s plan. <!-- disclint: ignore HYG002 -- quoted verbatim -->\n\n"
        "And Companyâ€™s.\n"
    )
    result = check_text(tmp_path, text, "r.md", options=ONLY)
    assert _messages(result.findings) == [("HYG002", 3)]


def test_html_comment_suppression(tmp_path: Path) -> None:
    pytest.importorskip("disclint.readers.html")
    text = (
        "<p>The Companyâ€™s plan.</p>\n<!-- disclint: ignore HYG002 -- verbatim -->\n"
        "<p>The Companyâ€™s second plan.</p>\n"
    )
    result = check_text(tmp_path, text, "r.html", options=ONLY)
    assert _messages(result.findings) == [("HYG002", 1)]


def test_docx_marker_paragraph_and_word_comment(tmp_path: Path) -> None:
    pytest.importorskip("disclint.readers.docx")
    import docx

    document = docx.Document()
    document.add_paragraph("The Companyâ€™s first plan.")
    document.add_paragraph("disclint: ignore HYG002 -- verbatim quotation")
    document.add_paragraph("The Companyâ€™s second plan.")
    third = document.add_paragraph("The Companyâ€™s third plan.")
    document.add_comment(third.runs, text="disclint: ignore HYG002 -- approved", author="Counsel")
    path = tmp_path / "r.docx"
    document.save(str(path))
    from disclint.engine import Engine

    result = Engine(ONLY).check_path(path)
    assert _messages(result.findings) == [("HYG002", 1)]
    assert result.suppressed == 2


def test_disable_enable_range(tmp_path: Path) -> None:
    text = (
        "A <u>one</u>.\n\ndisclint: disable HYG001 -- legacy boilerplate\n\n"
        "B <u>two</u>.\n\nC <u>three</u>.\n\ndisclint: enable HYG001\n\nD <u>four</u>.\n"
    )
    result = check_text(tmp_path, text, options=ONLY)
    assert [f.start.line for f in result.findings] == [1, 1, 11, 11]


def test_ignore_file(tmp_path: Path) -> None:
    text = "A <u>one</u>.\n\nB <u>two</u>.\n\ndisclint: ignore-file HYG001 -- archived release\n"
    assert check_text(tmp_path, text, options=ONLY).findings == []


def test_suppression_names_only_what_it_silences(tmp_path: Path) -> None:
    text = "disclint: ignore HYG002 -- wrong rule named\n\nA <u>one</u> and Companyâ€™s.\n"
    result = check_text(tmp_path, text, options=ONLY)
    assert sorted(codes(result.findings)) == ["HYG001", "HYG001"]


def test_unused_suppression_is_reported(tmp_path: Path) -> None:
    text = "disclint: ignore HYG002 -- nothing to silence\n\nClean text.\n"
    result = check_text(tmp_path, text, options=ONLY)
    assert _messages(result.findings) == [("DL100", 1)]
    assert "HYG002" in result.findings[0].message


def test_reason_is_required_by_default(tmp_path: Path) -> None:
    text = "disclint: ignore HYG001\n\nA <u>one</u>.\n"
    result = check_text(tmp_path, text, options=ONLY)
    assert codes(result.findings) == ["DL101"]
    assert result.findings[0].severity.value == "error"
    relaxed = check_text(tmp_path, text, config="require-reason = false\n", options=ONLY)
    assert relaxed.findings == []


@pytest.mark.parametrize(
    "comment",
    [
        "disclint: ignore -- no codes",
        "disclint: ignore ZZZ999 -- unknown code",
        "disclint: silence HYG001 -- unknown action",
    ],
)
def test_malformed_suppressions(tmp_path: Path, comment: str) -> None:
    result = check_text(tmp_path, f"{comment}\n\nClean text.\n", options=ONLY)
    assert codes(result.findings) == ["DL102"]


def test_no_suppress_shows_everything(tmp_path: Path) -> None:
    text = "disclint: ignore HYG001 -- approved\n\nA <u>one</u>.\n"
    result = check_text(tmp_path, text, options=mechanism_options(no_suppress=True))
    assert codes(result.findings) == ["HYG001", "HYG001"]
    assert result.suppressed == 0
