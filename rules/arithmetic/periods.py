"""Lengths of period a text names ("quarter", "six months", "fiscal year"): one table for the
ratio readers and the joins, so a figure of one length is never divided by, or joined to, a
figure of another."""

from __future__ import annotations

import re

from disclint.api import fold, lazy_compile, may_match

__all__ = ["PERIOD_LENGTHS", "YEAR_EARLIER_WORDS", "names_several_lengths", "period_length"]

#: The words that date a figure a year back ("a year ago", "prior-year", "last year"), as a
#: pattern source for the readers that refuse a year-ago figure (``eps_after_net``,
#: ``revenue_margins``).
YEAR_EARLIER_WORDS = (
    r"\ba\s+year\s+(?:ago|earlier|before)|\byear[- ](?:earlier|ago)\b|\bprior[- ]year\b"
    r"|\blast\s+year\b|\bprevious\s+year\b"
)

#: Period words by the length of period they name.
PERIOD_LENGTHS = {
    # "Q1" .. "Q4" and "H1", "H2" as branches of their own (``\bQ[1-4]\b`` matches the
    # same): a text must hold "q1" .. "h2" for the pattern to be run (``may_match``), not
    # the letter "q" or "h" alone, which is in every text
    "quarter": lazy_compile(r"\bquarter|\bQ1\b|\bQ2\b|\bQ3\b|\bQ4\b|three months", re.I),
    "half": lazy_compile(r"\b(?:first|second) half|six months|\bH1\b|\bH2\b", re.I),
    "nine months": lazy_compile(r"nine months", re.I),
    "year": lazy_compile(
        r"(?:full|fiscal)[- ]year|the year\b|\bannual|twelve months|year[- ]to[- ]date"
        r"|\bFY\s?\d",
        re.I,
    ),
}


def _named(text: str) -> list[str]:
    """The lengths ``text`` names, in table order; a pattern whose words the folded text
    lacks is not run (``may_match``: most texts name no length, or one)."""
    folded = fold(text)
    return [
        length
        for length, p in PERIOD_LENGTHS.items()
        if may_match(p, folded) and p.search(text) is not None
    ]


def period_length(text: str) -> str | None:
    """The one length of period ``text`` names; None when it names none or several."""
    named = _named(text)
    return named[0] if len(named) == 1 else None


def names_several_lengths(text: str) -> bool:
    """A text naming two lengths (the quarter and the year) may pair a quarter's figure with
    a year's."""
    return len(_named(text)) > 1
