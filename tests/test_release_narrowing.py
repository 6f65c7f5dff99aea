"""Literal tests narrowed to what the whole release holds (issue 15, per-release CPU): a
sentence or block is a slice of the release's text, so its folded text holds only literals
the release's folded text holds; looking for those alone gives the answers of looking for
every literal."""

from __future__ import annotations

import random
import re

from disclint.facts import Facts
from disclint.prefilter import fold, literal_index
from disclint.ruledata import finditer_any_of
from tests.helpers import parse_release

_WORDS = [
    "Acme",
    "expects",
    "will",
    "may",
    "market",
    "of",
    "the",
    "CAGR",
    "12%",
    "$4.1 billion",
    "demand",
    "webcast",
    "at",
    "10:00 a.m.",
    "conference call",
    "according",
    "to",
    "IDC",
    "could",
    "anticipates",
    "May 5",
    "industry",
    "reach",
    ".",
    ",",
    "\n",
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 40))) for _ in range(count)]


def test_an_index_narrowed_to_a_text_answers_as_the_whole_index_for_its_slices() -> None:
    patterns = tuple(
        re.compile(p, re.IGNORECASE)
        for p in (r"\bexpects?\b", r"market\s+of", r"cagr|compound", r"\d+%", r"webcast")
    )
    index = literal_index(patterns)
    for text in _texts(13, 60):
        whole = fold(text)
        narrowed = index.within(whole)
        assert index.within(whole) is narrowed  # made once per text
        for a in range(0, len(text), 7):
            for b in range(a, min(len(text), a + 60), 11):
                piece = fold(text[a:b])
                assert narrowed.may_match(piece) == index.may_match(piece), (text, a, b)


def test_finditer_any_of_within_the_release_finds_the_same_matches() -> None:
    patterns = [r"\bwill\b", r"\bmay\s+\d", r"conference\s+call", r"according\s+to"]
    for text in _texts(14, 60):
        whole = fold(text)
        for a in range(0, len(text), 13):
            piece = text[a : a + 80]
            spans = [m.span() for m in finditer_any_of(patterns, piece, fold(piece))]
            within = finditer_any_of(patterns, piece, fold(piece), within=whole)
            assert [m.span() for m in within] == spans


def test_the_cue_reading_is_the_same_with_and_without_narrowing() -> None:
    """Every sentence read with the release's literals (``in_text``) and with all of them."""
    from disclint.cues import _Reader, find_legend, load_lexicon

    cues = 0
    for text in _texts(15, 25):
        release = parse_release("# Acme Expects Growth\n\n" + text.replace("\n", " ") + "\n")
        facts = Facts(release)
        lexicon = load_lexicon()
        legend = find_legend(release)
        plain, narrowed = _Reader(release, lexicon, legend), _Reader(release, lexicon, legend)
        narrowed.within(facts.folded)
        for index, sentence in enumerate(facts.sentences):
            folded = facts.folded_sentences[index]
            read = narrowed.sentence(index, sentence, folded, in_text=True)
            assert read == plain.sentence(index, sentence, folded)
            cues += len(read[0]) + len(read[1])
    assert cues >= 10  # the texts have cues, kept and dropped


def test_a_market_statistic_is_found_shape_by_shape_as_by_the_alternation() -> None:
    from disclint.rules.promotional import _market_patterns, _names_statistic

    statistic = _market_patterns()[0]
    texts = [
        *_texts(16, 300),
        "The market is expected to reach $4.1 billion by 2030.",
        "a $7.8 billion market",
        "demand of well over 60 gigawatts",
        "a CAGR of 12%",
        "Acme expects revenue of $4.1 billion.",  # no market shape: the near miss
    ]
    hits = 0
    for text in texts:
        expected = statistic.search(text) is not None
        hits += expected
        assert _names_statistic(text, fold(text)) == expected, text
    assert hits >= 4
