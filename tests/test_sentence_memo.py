"""``sentence_spans`` remembers the spans of whole texts it split lately (the facts, the
non-GAAP measure reading and the legend split the same paragraphs): the answers must be
the ones a fresh split gives, and a caller's list must be its own."""

from __future__ import annotations

import random

import pytest

from disclint import sentences
from disclint.sentences import sentence_spans

TEXTS = [
    "Acme Corp. (Nasdaq: ACME) reported revenue of $1.2 million. Mr. Roe said so.",
    "Shares rose 5%. The U.S. unit grew! Will it last? J. Smith thinks so.",
    "No full stop here",
    "   Leading blanks.   Trailing blanks.   ",
    "Line one\nline two goes on.\nLine Three starts anew.",
    "",
]


def _fresh(text: str) -> list[tuple[int, int]]:
    return sentences._spans(text, 0, len(text))


def test_remembered_spans_are_a_fresh_split() -> None:
    sentences._WHOLE.clear()
    for _ in range(2):  # the second round answers from the memo
        for text in TEXTS:
            assert sentence_spans(text) == _fresh(text)
    assert set(sentences._WHOLE) == set(TEXTS)


def test_a_caller_may_change_its_list() -> None:
    text = TEXTS[0]
    first = sentence_spans(text)
    first.append((0, 1))
    first[0] = (5, 6)
    assert sentence_spans(text) == _fresh(text)


def test_a_range_is_split_afresh_and_not_remembered() -> None:
    sentences._WHOLE.clear()
    text = TEXTS[1]
    assert sentence_spans(text, 16, 40) == sentences._spans(text, 16, 40)
    assert sentence_spans(text, 0, 30) == sentences._spans(text, 0, 30)  # end given: a range
    assert not sentences._WHOLE


def test_the_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentences, "_WHOLE_LIMIT", 5)
    monkeypatch.setattr(sentences, "_WHOLE_CHARS", 200)
    sentences._WHOLE.clear()
    monkeypatch.setattr(sentences, "_whole_chars", 0)
    chooser = random.Random(3)
    words = ["Acme", "Corp.", "rose", "5%.", "Mr.", "Roe", "said", "so.", "U.S.", "grew!"]
    for _ in range(200):
        text = " ".join(chooser.choice(words) for _ in range(chooser.randint(1, 30)))
        assert sentence_spans(text) == _fresh(text)
        assert len(sentences._WHOLE) <= 5
        assert sum(map(len, sentences._WHOLE)) <= 200 or len(sentences._WHOLE) == 1


def test_the_boundary_opening_with_its_character_finds_the_lookbehind_s_boundaries() -> None:
    """``_BOUNDARY`` opens each branch with its character and looks behind it afterwards:
    the boundaries of the pattern that opens with the lookbehind, in any text and window
    (runs of dots, closing quotes, line breaks, a hard wrap in lower case)."""
    import random
    import re

    from disclint.sentences import _BOUNDARY

    lookbehind_first = re.compile(
        r"(?<![.!?])[.!?]+[”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9$€£])|(?<!\n)\n+(?![a-z])"
    )
    rng = random.Random(14)
    pieces = [".", "!", "?", "\n", " ", "A", "a", "”", '"', ")", "“", "(", "$", "1", "...", "\n\n"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(14)))
        start = rng.randrange(len(text) + 1)
        stop = rng.randrange(start, len(text) + 1)
        expected = [m.span() for m in lookbehind_first.finditer(text, start, stop)]
        assert [m.span() for m in _BOUNDARY.finditer(text, start, stop)] == expected, text
    assert [m.span() for m in _BOUNDARY.finditer("Up 5%... Then")] == [(5, 8)]
    assert list(_BOUNDARY.finditer("line one\nline two")) == []  # a hard wrap: no boundary
