"""EDT003's edit distance (``disclint.editdistance.osa_distance``) is rapidfuzz's optimal
string alignment distance with a cutoff, pair for pair."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from disclint.api import osa_distance

WORDS = ["".join(p) for n in range(6) for p in itertools.product("abc", repeat=n)]


def test_every_short_pair_over_three_letters() -> None:
    for a in WORDS:
        for b in WORDS:
            for cutoff in (0, 1, 2, 3):
                assert osa_distance(a, b, cutoff) == OSA.distance(a, b, score_cutoff=cutoff)


@settings(max_examples=3000, deadline=None)
@given(
    st.text(alphabet="abcdeé’-", max_size=16),
    st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, 20), st.sampled_from("abcdfé")), max_size=4
    ),
    st.integers(0, 3),
)
def test_edited_words(word: str, edits: list[tuple[int, int, str]], cutoff: int) -> None:
    """A word and a copy with a few edits (insertions, deletions, substitutions, swaps)."""
    other = list(word)
    for kind, where, letter in edits:
        place = where % (len(other) + 1)
        if kind == 0:
            other.insert(place, letter)
        elif kind == 1 and place < len(other):
            del other[place]
        elif kind == 2 and place < len(other):
            other[place] = letter
        elif kind == 3 and place + 1 < len(other):
            other[place], other[place + 1] = other[place + 1], other[place]
    edited = "".join(other)
    assert osa_distance(word, edited, cutoff) == OSA.distance(word, edited, score_cutoff=cutoff)


@pytest.mark.parametrize(
    ("a", "b", "cutoff", "expected"),
    [
        ("Yamagachi", "Yamaguchi", 1, 1),
        ("Paryoll", "Payroll", 1, 1),  # a swap is one edit
        ("Crop", "Corp", 1, 1),
        ("Acme", "Acme", 0, 0),
        ("Fitlin", "Filtni", 1, 2),  # two swaps apart: over the cutoff
        ("a" * 5000, "a" * 4999 + "b", 2, 1),  # long words: the band keeps it linear
    ],
)
def test_examples(a: str, b: str, cutoff: int, expected: int) -> None:
    assert osa_distance(a, b, cutoff) == expected


def test_negative_cutoff_is_refused() -> None:
    with pytest.raises(ValueError):
        osa_distance("a", "b", -1)


def test_the_table_is_filled_for_the_letters_between_common_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Common ends cost no edit: the band is filled for "ag"/"gu" of "Yamagachi" and
    "Yamaguchi", not for the whole names (the answer is rapidfuzz's all the same)."""
    from disclint import editdistance

    seen: list[tuple[str, str]] = []
    banded = editdistance._banded

    def spy(a: str, b: str, k: int) -> int:
        seen.append((a, b))
        return banded(a, b, k)

    monkeypatch.setattr(editdistance, "_banded", spy)
    assert osa_distance("Yamagachi", "Yamaguchi", 2) == 1
    assert osa_distance("Paryoll", "Payroll", 2) == 1
    assert seen == [("a", "u"), ("ry", "yr")]
