"""``TextBuilder`` takes a copied piece's raw offsets from a shared array of 0, 1, 2, ...
(``source._offsets``): the same offsets a ``range`` gives, below and past its limit."""

from __future__ import annotations

from array import array

from disclint import source
from disclint.source import BlockKind, Source, TextBuilder


def test_offsets_are_the_range_below_and_past_the_limit() -> None:
    limit = source._IOTA_LIMIT
    for start, stop in [(0, 0), (0, 1), (5, 9000), (limit - 3, limit), (limit - 3, limit + 4)]:
        assert list(source._offsets(start, stop)) == list(range(start, stop))
    assert len(source._IOTA) <= limit


def test_a_built_origin_maps_each_character_to_its_raw_offset() -> None:
    raw = "  Acme\u00a0Corp.\n\nsays   hello " * 50
    for collapse in (False, True):
        builder = TextBuilder(raw, collapse_spaces=collapse)
        builder.begin_block(BlockKind.PARAGRAPH)
        builder.copy(0, len(raw))
        built = builder.build("x.txt", "txt")
        assert isinstance(built.origin, array)
        for index, offset in enumerate(built.origin):
            assert raw[offset] == built.text[index] or built.text[index] == " "
        if not collapse:
            first = len(raw) - len(raw.lstrip())
            assert list(built.origin) == list(range(first, first + len(built.origin)))


def test_span_positions_are_position_and_end_position() -> None:
    from disclint.readers import read_bytes

    raw = b"Acme\r\nCorp.\rsays\n\n  hello &amp; <b>world</b>\n"
    for fmt in ("txt", "md", "html"):
        built = read_bytes(raw, f"x.{fmt}", fmt=fmt)
        for start in range(-1, len(built.text) + 2):
            for end in range(-1, len(built.text) + 2):
                expected = (built.position(start), built.end_position(end))
                assert built.span_positions(start, end) == expected
    empty = Source(path="x.txt", format="txt", raw="", text="", origin=array("I"))
    assert empty.span_positions(0, 0) == (empty.position(0), empty.end_position(0))
