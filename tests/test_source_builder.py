"""The text builder's collapsing copy (HTML) gives what copying one character at a time
gave: the same text and the same origin of every character."""

from __future__ import annotations

import random

from disclint.source import BlockKind, TextBuilder

ALPHABET = " \t\r\n\u00a0\u2009\x0b\x0c\u2028\x85ab.,é"


def _one_at_a_time(builder: TextBuilder, start: int, end: int) -> None:
    builder._ensure_block()
    for index in range(start, end):
        builder._put(builder.raw[index], index)


def test_collapsing_copy_is_the_copy_of_each_character() -> None:
    chance = random.Random(15)
    for _ in range(400):
        raw = "".join(chance.choices(ALPHABET, k=chance.randint(0, 40)))
        cuts = sorted(chance.randint(0, len(raw)) for _ in range(4))
        fast, slow = TextBuilder(raw, collapse_spaces=True), TextBuilder(raw, collapse_spaces=True)
        for index, (start, end) in enumerate(zip(cuts, [*cuts[1:], len(raw)], strict=True)):
            if index % 2 == 0:
                for builder in (fast, slow):
                    builder.begin_block(BlockKind.PARAGRAPH)
            fast.copy(start, end)
            _one_at_a_time(slow, start, end)
            assert fast._chars == slow._chars
            assert list(fast._origin) == list(slow._origin)


def test_the_space_replacement_is_the_translation() -> None:
    from disclint.source import _ODD_SPACE, _SPACES

    chance = random.Random(16)
    alphabet = "ab “”\u00a0\u202f\u2009\u2002\u2003\u2007\u200a\u2008\u3000"
    for _ in range(2000):
        text = "".join(chance.choices(alphabet, k=chance.randint(0, 20)))
        assert _ODD_SPACE.sub(" ", text) == text.translate(_SPACES)
