"""The plain-text reader: blocks, stray markup as artifacts, tables, markers, offsets."""

from __future__ import annotations

import pytest

from disclint.errors import InputError
from disclint.readers import decode, read_bytes
from disclint.readers.text import read
from disclint.source import BlockKind
from tests.helpers import assert_maps_back

RELEASE = (
    "\n\nJune 12, 2018\n\nHeadline Of The Release\n\n"
    "GOLDEN, CO -- (Marketwired) -- 06/12/18 -- <u>Helix Grid, Inc.</u> (OTCQB: HXGD)\n"
    "converted \\$500,000 of preferred stock &amp; more.\n\n"
    "* first point\n* second point\n\n"
    "Revenue\t$48.3\t$42.0\nNet income\t$5.1\t$4.0\n"
)


def test_paragraphs_and_positions() -> None:
    source = read(RELEASE, "r.txt")
    kinds = [b.kind for b in source.blocks]
    assert kinds == [
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.TABLE,
    ]
    for word in ("June 12, 2018", "Headline", "GOLDEN", "preferred", "second point", "Net income"):
        assert_maps_back(source, word)
    assert source.position(source.text.index("June")).line == 3


def test_stray_markup_is_removed_and_recorded() -> None:
    source = read(RELEASE, "r.txt")
    assert "Helix Grid, Inc. (OTCQB" in source.text
    assert "$500,000" in source.text
    assert "preferred stock & more" in source.text
    kinds = [(a.kind, source.raw[a.start : a.end], a.replacement) for a in source.artifacts]
    assert kinds == [
        ("tag", "<u>", ""),
        ("tag", "</u>", ""),
        ("escape", "\\$", "$"),
        ("entity", "&amp;", "&"),
    ]
    # The dollar sign maps to the "$" after the backslash, so carets land on the amount.
    dollar = source.text.index("$500,000")
    assert source.raw[source.raw_offset(dollar)] == "$"


def test_wrapped_lines_stay_in_one_block() -> None:
    source = read("A first line\nwraps onto a second line.\n\nNext.", "r.txt")
    assert source.text == "A first line\nwraps onto a second line.\n\nNext."
    assert len(source.blocks) == 2


def test_tables_keep_rows_and_cells() -> None:
    source = read(RELEASE, "r.txt")
    table = source.blocks[-1]
    assert table.rows is not None
    cells = [[source.text[a:b] for a, b in row] for row in table.rows]
    assert cells == [["Revenue", "$48.3", "$42.0"], ["Net income", "$5.1", "$4.0"]]
    gap_table = read("Revenue      $48.3     $42.0\nNet income   $5.1      $4.0\n", "t.txt")
    assert gap_table.blocks[0].kind is BlockKind.TABLE
    pipe_table = read("| Item | 2024 |\n|---|---|\n| Revenue | $48.3 |\n", "t.txt")
    rows = pipe_table.blocks[0].rows
    assert rows is not None
    assert [[pipe_table.text[a:b] for a, b in row] for row in rows] == [
        ["Item", "2024"],
        ["Revenue", "$48.3"],
    ]


def test_marker_lines_become_comments() -> None:
    raw = "First paragraph.\n\ndisclint: ignore FLS002 -- approved by counsel\n\nSecond.\n"
    source = read(raw, "r.txt")
    assert "disclint" not in source.text
    [comment] = source.comments
    assert comment.body == "disclint: ignore FLS002 -- approved by counsel"
    assert source.text[comment.text_offset :].lstrip().startswith("Second")
    wrapped = read("Text.\n\n<!-- disclint: disable FMT001 -- ok -->\n", "r.txt")
    assert wrapped.comments[0].body == "disclint: disable FMT001 -- ok"


def test_crlf_and_unicode_spaces() -> None:
    source = read("Line one\r\nLine\u00a0two\r\n\r\nThird paragraph\r\n", "r.txt")
    assert source.text == "Line one\nLine two\n\nThird paragraph"
    third = source.position(source.text.index("Third"))
    assert (third.line, third.column) == (4, 1)


def test_decoding() -> None:
    assert decode("caf\u00e9".encode(), "x") == "caf\u00e9"
    assert decode(b"\xef\xbb\xbfhello", "x") == "hello"
    assert decode("caf\u00e9 \u2019".encode("cp1252"), "x") == "caf\u00e9 \u2019"
    assert decode("hello".encode("utf-16"), "x") == "hello"
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02binary", "x")
    with pytest.raises(InputError, match="neither UTF-8 nor Windows-1252"):
        decode(b"caf\x81\x8d\x8f", "x")


def test_empty_input_is_an_error() -> None:
    with pytest.raises(InputError, match="empty"):
        read_bytes(b"  \n\n ", "blank.txt")
