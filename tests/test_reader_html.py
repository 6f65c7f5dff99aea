"""The HTML reader: blocks, exact offsets, entities, footnote marks, tables, comments, errors."""

from __future__ import annotations

import pytest

from disclint.errors import InputError
from disclint.readers import read_bytes, read_path
from disclint.readers.html import classify_table, read
from disclint.source import BlockKind, Source
from tests.conftest import CORPUS, needs
from tests.helpers import assert_maps_back

RELEASE = """<!DOCTYPE html>
<html><head><title>Not prose</title>
<style>p { color: red; }</style>
<script>var hidden = "<p>not text</p>";</script></head>
<body>
<noscript>Enable scripts</noscript><template><p>A template</p></template>
<h1>Acme Reports <b>Record</b> Results</h1>
<h3>A subheadline</h3>
<p>NEW YORK, March 3, 2024 /PRNewswire/ -- Acme&nbsp;Corp. (NYSE: ACME)
reported revenue   of $48.3&nbsp;million, up 15% &amp; more.</p>
<ul><li><p>First highlight</p></li><li>Second highlight with <i>style</i></li></ul>
<blockquote><p>A quoted passage</p></blockquote>
<P>Investor Contact:<BR>Jane Doe<br/>ir@acme.com</P>
<div>Loose text in a div<p>and a paragraph inside it</p>after it</div>
<p>###</p>
</body></html>
"""


def _blocks(source: Source) -> list[tuple[BlockKind, int, str]]:
    return [(b.kind, b.level, source.text[b.start : b.end]) for b in source.blocks]


def _cells(source: Source, block_index: int) -> list[list[str]]:
    rows = source.blocks[block_index].rows
    assert rows is not None
    return [[source.text[a:b] for a, b in row] for row in rows]


def test_blocks_kinds_and_levels() -> None:
    source = read(RELEASE, "r.html")
    assert _blocks(source) == [
        (BlockKind.HEADING, 1, "Acme Reports Record Results"),
        (BlockKind.HEADING, 3, "A subheadline"),
        (
            BlockKind.PARAGRAPH,
            0,
            "NEW YORK, March 3, 2024 /PRNewswire/ -- Acme Corp. (NYSE: ACME) reported revenue "
            "of $48.3 million, up 15% & more.",
        ),
        (BlockKind.LIST_ITEM, 0, "First highlight"),
        (BlockKind.LIST_ITEM, 0, "Second highlight with style"),
        (BlockKind.BLOCKQUOTE, 0, "A quoted passage"),
        (BlockKind.PARAGRAPH, 0, "Investor Contact:\nJane Doe\nir@acme.com"),
        (BlockKind.PARAGRAPH, 0, "Loose text in a div"),
        (BlockKind.PARAGRAPH, 0, "and a paragraph inside it"),
        (BlockKind.PARAGRAPH, 0, "after it"),
        (BlockKind.PARAGRAPH, 0, "###"),
    ]
    assert source.format == "html"
    assert source.artifacts == []  # tags are the format here, not strays


def test_head_script_style_noscript_template_are_skipped() -> None:
    text = read(RELEASE, "r.html").text
    for hidden in ("Not prose", "color", "hidden", "not text", "Enable scripts", "template"):
        assert hidden not in text


def test_offsets_map_back_to_line_and_column() -> None:
    source = read(RELEASE, "r.html")
    for word in (
        "Acme Reports",
        "Record",
        "subheadline",
        "NEW YORK",
        "reported",
        "15%",
        "Jane Doe",
    ):
        assert_maps_back(source, word)
    assert_maps_back(source, "more.")  # after an entity on the same line
    assert_maps_back(source, "ir@acme.com")  # after a self-closing <br/>
    position = source.position(source.text.index("reported"))
    assert (position.line, position.column) == (10, 1)
    assert source.raw[position.offset :].startswith("reported")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_offsets_with_windows_and_old_mac_line_endings(newline: str) -> None:
    raw = newline.join(["<html><body>", "<p>First line", "of a paragraph.</p>", "<p>Next</p>"])
    source = read(raw, "r.html")
    assert source.text == "First line of a paragraph.\n\nNext"
    for word in ("First", "of a paragraph", "Next"):
        assert_maps_back(source, word)
    assert source.position(source.text.index("Next")).line == 4


def test_entities_nbsp_and_breaks() -> None:
    raw = "<p>Smith &amp; Co&#8217;s&nbsp;plan &#x2014; AT&T &bogus; &lt;5%<br>next<br/>line</p>"
    source = read(raw, "r.html")
    assert source.text == "Smith & Co’s plan — AT&T &bogus; <5%\nnext\nline"
    # A decoded character maps to the ampersand of its reference.
    amp = source.text.index("&")
    assert source.raw[source.raw_offset(amp) :].startswith("&amp;")
    quote = source.text.index("’")
    assert source.raw[source.raw_offset(quote) :].startswith("&#8217;")
    assert source.text[source.text.index("’") + 2] == " "  # &nbsp; is a plain space
    assert_maps_back(source, "AT&T")
    assert_maps_back(source, "&bogus;")  # unknown references stay text


def test_footnote_marks_in_sup_are_set_apart() -> None:
    raw = (
        "<p>Over $18.3 Million<SUP>1</SUP> Licensing, sales<sup>*</sup> and items<sup>a</sup>,\n"
        "the 24<sup>th</sup> Street store, Brand<sup>TM</sup>, CO<sub>2</sub>,"
        " note<sup>(2)</sup>.</p>"
    )
    source = read(raw, "r.html")
    assert source.text == (
        "Over $18.3 Million(1) Licensing, sales(*) and items(a), the 24th Street store, "
        "BrandTM, CO2, note(2)."
    )
    opening = source.text.index("(1)")
    assert source.raw[source.raw_offset(opening) :].startswith("<SUP>")
    assert source.raw[source.raw_offset(opening + 1)] == "1"
    assert source.raw[source.raw_offset(opening + 2) :].startswith("</SUP>")


FINANCIALS = """<p>Before the table.</p>
<table>
<caption>Results (in thousands)</caption>
<tr><th></th><th>Q3 2024</th><th>Q3 2023</th></tr>
<tr><td>&nbsp;</td><td></td><td> </td></tr>
<tr><td>Revenue</td><td>$</td><td>48,300</td><td>$</td><td>42,000</td><td></td></tr>
<tr><td>Net income</td><td colspan="2">5,100</td><td>(4,000</td><td>)</td></tr>
<tr><td>Margin<br>(GAAP)</td><td>10.6</td><td>%</td><td>
<table><tr><td>inner</td><td>cell</td></tr></table></td></tr>
</table>
<p>After the table.</p>
"""


def test_data_table_keeps_rows_cells_and_spans() -> None:
    source = read(FINANCIALS, "t.html")
    kinds = [b.kind for b in source.blocks]
    assert kinds == [
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,  # the caption reads before the table
        BlockKind.TABLE,
        BlockKind.PARAGRAPH,
    ]
    assert source.text[source.blocks[1].start : source.blocks[1].end] == "Results (in thousands)"
    assert _cells(source, 2) == [
        ["", "Q3 2024", "Q3 2023"],  # the empty row is dropped
        ["Revenue", "$48,300", "$42,000"],  # a "$" cell is glued to its amount
        ["Net income", "5,100", "(4,000)"],  # and a ")" cell to the amount before it
        ["Margin (GAAP)", "10.6%", "inner cell"],  # a nested table flows into its cell
    ]
    table = source.blocks[2]
    assert source.text[table.start : table.end].split("\n")[1] == "Revenue\t$48,300\t$42,000"
    assert table.rows is not None
    for row in table.rows:  # each cell's span starts on that cell's first character
        for start, end in row:
            if end > start:
                assert source.raw[source.raw_offset(start)] == source.text[start]
    assert_maps_back(source, "48,300")
    assert_maps_back(source, "Net income")


def test_bullet_layout_tables_become_list_items() -> None:
    raw = (
        "<p>The decline was driven by:</p>\n"
        '<TABLE><TR><TD STYLE="width: 0.25in"></TD><TD>&#9679;</TD>'
        "<TD><FONT>Selling expenses down 58%</FONT></TD></TR></TABLE>\n"
        "<table><tr><td>&#8226;</td><td>Research costs down 83%</td></tr>"
        "<tr><td>-</td><td>Rent <b>flat</b></td><td>as planned</td></tr></table>\n"
        "<table><tr><td></td><td><sup>1</sup></td><td>Estimated</td></tr></table>\n"
        "<table><tr><td><p>A framed paragraph.</p><h2>A framed heading</h2></td></tr>"
        "<tr><td></td><td>Second row of the frame</td></tr></table>\n"
    )
    source = read(raw, "l.html")
    assert _blocks(source) == [
        (BlockKind.PARAGRAPH, 0, "The decline was driven by:"),
        (BlockKind.LIST_ITEM, 0, "Selling expenses down 58%"),
        (BlockKind.LIST_ITEM, 0, "Research costs down 83%"),
        (BlockKind.LIST_ITEM, 0, "Rent flat as planned"),
        (BlockKind.PARAGRAPH, 0, "(1) Estimated"),  # a footnote drawn as a table
        (BlockKind.PARAGRAPH, 0, "A framed paragraph."),  # one column: a frame, not data
        (BlockKind.HEADING, 2, "A framed heading"),
        (BlockKind.PARAGRAPH, 0, "Second row of the frame"),
    ]
    assert_maps_back(source, "Selling expenses")
    assert_maps_back(source, "as planned")


def test_classify_table() -> None:
    assert classify_table([["•", "text"], ["●", "more", "text"]]) == "list"
    assert classify_table([["", "text"], ["one cell"]]) == "paragraphs"
    assert classify_table([["(1)", "Estimated"], ["*", "Unaudited"]]) == "footnotes"
    assert classify_table([["Revenue", "48.3"], ["•", "text"]]) == "table"
    assert classify_table([]) == "paragraphs"


def test_comments_are_recorded_and_never_text() -> None:
    raw = (
        "<p>First paragraph.</p>\n"
        "<!-- disclint: ignore HYG002 -- approved -->\n"
        "<p>Second <!-- disclint: ignore PRM001 -- inline --> paragraph.</p>\n"
        "<!--[if gte mso 9]><xml>Word settings</xml><![endif]-->\n"
        "<table><tr><td>Revenue<!-- disclint: ignore NUM001 -- in a cell --></td>"
        "<td>48.3</td></tr></table>\n"
    )
    source = read(raw, "c.html")
    assert "disclint" not in source.text
    assert "Word settings" not in source.text
    bodies = [(c.body, c.inline) for c in source.comments]
    assert bodies == [
        ("disclint: ignore HYG002 -- approved", False),
        ("disclint: ignore PRM001 -- inline", True),
        ("disclint: ignore NUM001 -- in a cell", True),
    ]
    first = source.comments[0]
    assert source.raw[first.start : first.end] == "<!-- disclint: ignore HYG002 -- approved -->"
    second_block = source.blocks[1]
    assert first.text_offset <= second_block.start
    assert source.text[second_block.start : second_block.end] == "Second paragraph."
    assert second_block.start < source.comments[1].text_offset < second_block.end


def test_markdown_escape_in_html_is_an_artifact() -> None:
    raw = "<p>Converted \\$500,000 of stock.</p>"
    source = read(raw, "e.html")
    assert source.text == "Converted $500,000 of stock."
    [artifact] = source.artifacts
    assert (artifact.kind, source.raw[artifact.start : artifact.end], artifact.replacement) == (
        "escape",
        "\\$",
        "$",
    )
    dollar = source.text.index("$")
    assert source.raw[source.raw_offset(dollar)] == "$"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("<p>Hello</p>\n\n<p>Hello <b", "unterminated tag '<b' at line 3, column 10"),
        ("<p>One</p>\n<p>Two</b", "unterminated tag '</b' at line 2, column 7"),
        ('<p><a href="https://acme.com>Acme</a></p>', "unterminated tag '<a' at line 1"),
        ("<p>Text</p>\n<!-- never closed\n<p>More</p>", "unterminated comment '<!--' at line 2"),
        ("<!DOCTYPE html", "unterminated declaration"),
        ("<p>Text</p><![bogus section", "malformed '<!' declaration"),
    ],
)
def test_broken_html_is_an_input_error(raw: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read(raw, "b.html")
    problem = caught.value.problem
    assert problem.startswith("broken HTML: ")
    assert message in problem
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError, match="broken HTML"):
        read_bytes(raw.encode(), "b.html", fmt="html")


def test_sloppy_html_is_not_an_error() -> None:
    raw = (
        "<p>Unclosed paragraph<p>Another</div></span> sentence\n<li>Stray item\n"
        "<table><tr><td>Open cell<td>second"
    )
    source = read(raw, "s.html")
    assert _blocks(source) == [
        (BlockKind.PARAGRAPH, 0, "Unclosed paragraph"),
        (BlockKind.PARAGRAPH, 0, "Another sentence"),  # a stray end tag does not split it
        (BlockKind.LIST_ITEM, 0, "Stray item"),
        (BlockKind.TABLE, 0, "Open cell\tsecond"),
    ]


def test_a_lone_less_than_sign_is_text() -> None:
    source = read("<p>Margins of 5 < 6 and x < y</p>", "x.html")
    assert source.text == "Margins of 5 < 6 and x < y"


@needs(CORPUS)
@pytest.mark.parametrize("name", ["edgar01_buckle-ex99-1.html", "edgar02_abvc-ex99-1.htm"])
def test_edgar_exhibits_read(name: str) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} is not available")
    source = read_path(path)
    tables = [b for b in source.blocks if b.kind is BlockKind.TABLE]
    assert tables and all(b.rows for b in tables)
    for block in source.blocks:  # every block starts where its text is, not on a tag
        first = source.text[block.start]
        if first.isalnum():  # not a decoded reference or a generated "(" of a footnote mark
            assert source.raw[source.raw_offset(block.start)] == first
