"""Lengths of period a text names ("quarter", "six months", "fiscal year"): one table for the
ratio readers and the joins, so a figure of one length is never divided by, or joined to, a
figure of another."""

from __future__ import annotations

import re

from disclint.api import lazy_compile

__all__ = ["PERIOD_LENGTHS", "names_several_lengths", "period_length"]

#: Period words by the length of period they name.
PERIOD_LENGTHS = {
    "quarter": lazy_compile(r"\bquarter|\bQ[1-4]\b|three months", re.I),
    "half": lazy_compile(r"\b(?:first|second) half|six months|\bH[12]\b", re.I),
    "nine months": lazy_compile(r"nine months", re.I),
    "year": lazy_compile(
        r"(?:full|fiscal)[- ]year|the year\b|\bannual|twelve months|year[- ]to[- ]date"
        r"|\bFY\s?\d",
        re.I,
    ),
}


def period_length(text: str) -> str | None:
    """The one length of period ``text`` names; None when it names none or several."""
    named = [length for length, p in PERIOD_LENGTHS.items() if p.search(text)]
    return named[0] if len(named) == 1 else None


def names_several_lengths(text: str) -> bool:
    """A text naming two lengths (the quarter and the year) may pair a quarter's figure with
    a year's."""
    return sum(1 for p in PERIOD_LENGTHS.values() if p.search(text)) > 1
