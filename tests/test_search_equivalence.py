"""Searches split or skipped for speed (issue 15, per-release CPU) give the answers of the
searches they replace: a market statistic found shape by shape, the cautionary legend's
paragraphs looked for only where the release holds a caution's words."""

from __future__ import annotations

import random

import pytest

from disclint.prefilter import fold

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


def test_the_fallback_legend_is_found_with_or_without_the_whole_text_gate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Releases without a parsed forward-looking section: the paragraphs that caution are
    the legend (with the gate), and a release without a caution's words has none."""
    import disclint.prefilter as prefilter
    from disclint.cues import find_legend
    from tests.helpers import parse_release

    bodies = [
        "Acme expects growth. Actual results may differ materially from those projected.",
        "Acme expects growth.\n\nThese statements involve risks and uncertainties.",
        "Acme opened a plant in Ohio.\n\nThe plant employs 40 people.",  # no caution words
        "Acme expects growth.\n\nForward-looking statements\n\nActual results may differ "
        "materially; these statements speak only as of today.",
    ]
    legends = []
    for body in bodies:
        release = parse_release("# Acme Opens Plant\n\n" + body + "\n")
        gated = find_legend(release)
        with monkeypatch.context() as patch:
            patch.setattr(prefilter, "may_match", lambda pattern, folded: True)
            assert find_legend(release) == gated
        legends.append(gated.present)
    assert legends[2] is False
    assert any(legends)
