"""The Markdown reader: syntax resolved to prose, block shapes kept, offsets exact."""

from __future__ import annotations

from disclint.readers.markdown import read
from disclint.source import BlockKind
from tests.helpers import assert_maps_back

DOCUMENT = """# Acme Reports **Record** Results

## A subheadline

* First *highlight* with [a link](https://example.com)
* Second \\$5.0 million item &amp; more

NEW YORK, March 3, 2024 /PRNewswire/ -- Acme_Corp's jane_doe@acme.com text.
A wrapped line with `code` and ![logo](https://example.com/logo.png) an image.

> A block quote

| Metric | Q3 2024 | Q3 2023 |
|---|---:|---:|
| Revenue | $48.3 | $42.0 |

<!-- disclint: ignore PRM001 -- approved -->

Setext heading
--------------

###
"""


def test_blocks_and_levels() -> None:
    source = read(DOCUMENT, "r.md")
    shapes = [(b.kind, b.level, source.text[b.start : b.end][:20]) for b in source.blocks]
    assert shapes == [
        (BlockKind.HEADING, 1, "Acme Reports Record "),
        (BlockKind.HEADING, 2, "A subheadline"),
        (BlockKind.LIST_ITEM, 0, "First highlight with"),
        (BlockKind.LIST_ITEM, 0, "Second $5.0 million "),
        (BlockKind.PARAGRAPH, 0, "NEW YORK, March 3, 2"),
        (BlockKind.BLOCKQUOTE, 0, "A block quote"),
        (BlockKind.TABLE, 0, "Metric\tQ3 2024\tQ3 20"),
        (BlockKind.HEADING, 2, "Setext heading"),
        (BlockKind.PARAGRAPH, 0, "###"),
    ]


def test_inline_syntax_is_resolved_not_reported() -> None:
    source = read(DOCUMENT, "r.md")
    assert "Acme Reports Record Results" in source.text
    assert "First highlight with a link" in source.text
    assert "$5.0 million item & more" in source.text
    assert "Acme_Corp's jane_doe@acme.com" in source.text  # intraword underscores stay
    assert "with code and  an image" in source.text
    assert "logo" not in source.text
    assert source.artifacts == []


def test_offsets_map_back() -> None:
    source = read(DOCUMENT, "r.md")
    for word in ("Record", "highlight", "a link", "million", "NEW YORK", "wrapped", "Revenue"):
        assert_maps_back(source, word)


def test_table_cells() -> None:
    source = read(DOCUMENT, "r.md")
    table = next(b for b in source.blocks if b.kind is BlockKind.TABLE)
    assert table.rows is not None
    assert [[source.text[a:b] for a, b in row] for row in table.rows] == [
        ["Metric", "Q3 2024", "Q3 2023"],
        ["Revenue", "$48.3", "$42.0"],
    ]


def test_comments_are_recorded_not_text() -> None:
    source = read(DOCUMENT, "r.md")
    assert [c.body for c in source.comments] == ["disclint: ignore PRM001 -- approved"]
    assert "disclint" not in source.text


def test_hard_breaks_keep_lines() -> None:
    source = read("**Investor Contact:**  \nJane Doe  \n<ir@acme.com>\n", "r.md")
    assert source.text == "Investor Contact:\nJane Doe\nir@acme.com"
