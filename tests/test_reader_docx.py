"""The .docx reader: paragraph-numbered lines, styles, tables, markers, Word comments, errors."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from disclint.errors import InputError
from disclint.readers import read_bytes, read_path
from disclint.readers.docx import read
from disclint.source import BlockKind, Source
from tests.helpers import assert_maps_back

docx = pytest.importorskip("docx")


def _save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _number(paragraph: Any) -> None:
    """Give a paragraph direct Word numbering (``w:numPr``), as pasted lists have."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    )
    paragraph._p.get_or_add_pPr().append(numbering)


def _release() -> bytes:
    """A small release using Word's own structure; paragraph numbers in the comments."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    headline = document.styles.add_style("Release Headline", WD_STYLE_TYPE.PARAGRAPH)
    headline.base_style = document.styles["Heading 1"]
    document.add_paragraph("Acme Reports Record Results", style="Title")  # 1
    document.add_paragraph("A subheadline in a custom style", style="Release Headline")  # 2
    document.add_paragraph("")  # 3: empty, still a line
    document.add_paragraph("NEW YORK, March 3, 2024 -- Acme Corp. reported revenue.")  # 4
    document.add_heading("Highlights", level=2)  # 5
    document.add_paragraph("Revenue rose 15%", style="List Bullet")  # 6
    _number(document.add_paragraph("Margin widened"))  # 7
    document.add_paragraph("disclint: ignore PRM001 -- approved by counsel")  # 8
    table = document.add_table(rows=3, cols=3)  # 9-18, row by row, cell by cell
    for r, row in enumerate([("", "2024", "2023"), ("", "", ""), ("Revenue", "$48.3", "$42.0")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 0).add_paragraph("(GAAP)")  # 16: a second paragraph in the cell ("$48.3" is 17)
    contact = document.add_paragraph("Investor Contact:")  # 19
    run = contact.add_run()
    run.add_break()
    run.add_text("Jane Doe")
    commented = document.add_paragraph("The Company’s plan is bold.")  # 20
    document.add_comment(commented.runs, text="disclint: ignore HYG002 -- quoted", author="C")
    other = document.add_paragraph("An ordinary remark.")  # 21
    document.add_comment(other.runs, text="Please check this figure", author="Editor")
    document.add_paragraph("###")  # 22
    return _save(document)


def _blocks(source: Source) -> list[tuple[BlockKind, int, str]]:
    return [(b.kind, b.level, source.text[b.start : b.end]) for b in source.blocks]


def test_styles_give_blocks() -> None:
    source = read(_release(), "r.docx")
    assert source.format == "docx"
    assert _blocks(source) == [
        (BlockKind.HEADING, 1, "Acme Reports Record Results"),
        (BlockKind.HEADING, 1, "A subheadline in a custom style"),
        (BlockKind.PARAGRAPH, 0, "NEW YORK, March 3, 2024 -- Acme Corp. reported revenue."),
        (BlockKind.HEADING, 2, "Highlights"),
        (BlockKind.LIST_ITEM, 0, "Revenue rose 15%"),
        (BlockKind.LIST_ITEM, 0, "Margin widened"),
        (BlockKind.TABLE, 0, "\t2024\t2023\nRevenue (GAAP)\t$48.3\t$42.0"),
        (BlockKind.PARAGRAPH, 0, "Investor Contact:\nJane Doe"),
        (BlockKind.PARAGRAPH, 0, "The Company’s plan is bold."),
        (BlockKind.PARAGRAPH, 0, "An ordinary remark."),
        (BlockKind.PARAGRAPH, 0, "###"),
    ]


def test_raw_is_the_paragraphs_and_a_line_is_a_paragraph() -> None:
    source = read(_release(), "r.docx")
    lines = source.raw.split("\n")
    assert len(lines) == 22
    assert lines[2] == ""  # the empty paragraph keeps its number
    assert lines[7] == "disclint: ignore PRM001 -- approved by counsel"
    assert lines[15] == "(GAAP)"
    assert lines[18] == "Investor Contact: Jane Doe"  # a soft break is a space in raw
    for word, line in [
        ("Acme Reports", 1),
        ("reported", 4),
        ("Margin", 7),
        ("Revenue (GAAP)", 15),
        ("(GAAP)", 16),
        ("$42.0", 18),
        ("Jane Doe", 19),
        ("###", 22),
    ]:
        position = source.position(source.text.index(word))
        assert position.line == line, word
        assert source.line_text(line)[position.column - 1 :].startswith(word.split()[0])
    position = source.position(source.text.index("reported"))
    assert position.column == len("NEW YORK, March 3, 2024 -- Acme Corp. ") + 1
    for word in ("Acme Reports", "reported revenue", "Margin widened", "$48.3", "Jane Doe"):
        assert_maps_back(source, word)


def test_table_rows_cells_and_spans() -> None:
    source = read(_release(), "r.docx")
    [table] = [b for b in source.blocks if b.kind is BlockKind.TABLE]
    assert table.rows is not None
    cells = [[source.text[a:b] for a, b in row] for row in table.rows]
    assert cells == [["", "2024", "2023"], ["Revenue (GAAP)", "$48.3", "$42.0"]]
    start, _ = table.rows[1][2]
    assert source.position(start).line == 18


def test_marker_paragraph_and_word_comment_become_comments() -> None:
    source = read(_release(), "r.docx")
    assert "disclint" not in source.text
    assert "Please check" not in source.text
    assert [(c.body, c.inline) for c in source.comments] == [
        ("disclint: ignore PRM001 -- approved by counsel", False),
        ("disclint: ignore HYG002 -- quoted", False),
    ]
    marker, word = source.comments
    assert source.raw[marker.start : marker.end] == "disclint: ignore PRM001 -- approved by counsel"
    # The Word comment is anchored at the start of its paragraph, which is the next block.
    assert source.raw_position(word.start).line == 20
    following = next(b for b in source.blocks if b.start >= word.text_offset)
    assert source.text[following.start : following.end] == "The Company’s plan is bold."


def test_layout_tables_in_word() -> None:
    document = docx.Document()
    bullets = document.add_table(rows=2, cols=2)
    for r, text in enumerate(["First point", "Second point"]):
        bullets.cell(r, 0).text = "•"
        bullets.cell(r, 1).text = text
    frame = document.add_table(rows=1, cols=1)
    frame.cell(0, 0).text = "About Acme"
    frame.cell(0, 0).add_paragraph("Acme makes things.")
    source = read(_save(document), "l.docx")
    assert _blocks(source) == [
        (BlockKind.LIST_ITEM, 0, "First point"),
        (BlockKind.LIST_ITEM, 0, "Second point"),
        (BlockKind.PARAGRAPH, 0, "About Acme"),
        (BlockKind.PARAGRAPH, 0, "Acme makes things."),
    ]


def test_read_path_dispatches_to_the_docx_reader(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    path.write_bytes(_release())
    source = read_path(path)
    assert source.format == "docx"
    assert source.text.startswith("Acme Reports Record Results")


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _without(part: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(_save(docx.Document()))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files.pop(part, None)
    return _zip(files)


def _with(part: str, content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(_save(docx.Document()))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files[part] = content
    return _zip(files)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (os.urandom(64) + b"\x00", "not a zip archive"),
        (b"PK\x03\x04 this is not really a zip archive", "not a zip archive"),
        (_zip({}), "the archive has no [Content_Types].xml"),
        (_zip({"hello.txt": b"not a word document"}), "the archive has no"),
        (_without("word/document.xml"), "the archive has no word/document.xml"),
        (_with("word/document.xml", b"<w:document><w:body><w:p>"), "broken XML"),
    ],
    ids=["random", "fake-zip", "empty-zip", "other-zip", "no-document", "bad-xml"],
)
def test_corrupt_docx_is_a_one_line_input_error(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        read(data, "bad.docx")
    message = str(caught.value)
    assert message.startswith("bad.docx: not a valid .docx file: ")
    assert reason in message
    assert "\n" not in message
    with pytest.raises(InputError, match=r"not a valid \.docx file"):
        read_bytes(data, "bad.docx", fmt="docx")
