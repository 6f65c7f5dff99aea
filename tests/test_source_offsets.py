"""``TextBuilder`` takes a copied piece's raw offsets from a shared array of 0, 1, 2, ...
(``source._offsets``): the same offsets a ``range`` gives, below and past its limit."""

from __future__ import annotations

from array import array

from disclint import source
from disclint.source import BlockKind, TextBuilder


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
