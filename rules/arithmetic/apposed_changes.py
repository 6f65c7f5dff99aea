"""A change in apposition to the figure it compares (NUM003): "$238.5 million, which was itself
9.4% above fiscal 2025's $218.0 million", "$4.12 per share, 11% more than the $3.71 of fiscal
2025", "revenue stands at $548.7 million, 7.6% ahead of the same stretch of 2025 ($509.8
million)", "at $214.6 million, was 6.3% ahead of last year's $201.9 million".

``clause_changes`` reads a clause's two levels and its change when nothing else of their
kind stands in the clause. A release also hangs the comparison on a figure in passing, in a
sentence that states other figures ("Net income of $217.6 million, divided by 52.8 million
diluted shares, gives the $4.12 per share, 11% more than ..."). Here the roles come from
adjacency: the **new** level is the figure right before the percentage (only a comma, "which
was (itself)", "was" between), the **change** is the percentage with its comparative right
after it ("more than", "above", "ahead of", "below", "less than", "behind"), and the **old**
level is the first figure after the comparative, of the new level's kind, currency and unit,
a few words of period or owner between ("fiscal 2025's", "the same stretch of 2025 (").

Refused: a percentage another change reader already read, a bound on any figure, a figure of
another kind or per-share basis, a semicolon or a further figure between the comparative
and the old level. Silence otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Change

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["apposed_changes"]

#: Between the new level and the percentage.
_APPOSED = lazy_compile(
    r"^\s*(?:(?:per|a|an)\s+(?:diluted\s+|basic\s+)?(?:share|unit|ADS|ounce)\b\s*)?"
    r",\s*(?:(?:which|that)\s+)?(?:(?:was|is|were|are|stands?|came\s+in)\s+)?"
    r"(?:itself\s+)?(?:about\s+|approximately\s+|roughly\s+|some\s+)?$",
    re.I,
)
#: The comparative right after the percentage, and the words up to the old level.
_COMPARED = lazy_compile(
    r"^\s*(?P<dir>more\s+than|higher\s+than|above|ahead\s+of|over|greater\s+than|less\s+than"
    r"|lower\s+than|below|behind|under)\s+(?:[\w'’.-]+\s+){0,6}?\(?$",
    re.I,
)
#: A reference price between the comparative and the old level: a premium or discount,
#: which the premium readers check (NUM002).
_REFERENCE = lazy_compile(r"\bprice\b|\bclos(?:e|ed|ing)\b|\bvwap\b|\bvolume-weighted\b", re.I)
_DOWN = frozenset({"less than", "lower than", "below", "behind", "under"})
_FIRM = (None, Qualifier.ABOUT)


def _firm(q: Quantity) -> bool:
    return q.qualifier in _FIRM and not q.in_range and not q.negative and q.value > 0


def _alike(a: Quantity, b: Quantity) -> bool:
    return (
        a.kind is b.kind
        and (a.currency or "USD") == (b.currency or "USD")
        and (a.scale == b.scale or (a.scale > 1 and b.scale > 1))
        and (
            (a.per or "") == (b.per or "")
            # "$4.12 per share, 11% more than the $3.71 of fiscal 2025": the unit written once
            or (a.scale == b.scale == 1 and (a.per is None or b.per is None))
        )
    )


def _one(view: View, percent: Quantity, figures: list[Quantity]) -> Change | None:
    i = figures.index(percent)
    if i == 0 or i + 1 >= len(figures):
        return None
    new, old = figures[i - 1], figures[i + 1]
    if new.kind not in (Kind.MONEY, Kind.SHARES) or not _APPOSED.match(view.between(new, percent)):
        return None
    gap = view.between(percent, old)
    if ";" in gap:
        return None
    compared = _COMPARED.match(" ".join(gap.split()) if "\n" in gap else gap)
    if compared is None:
        return None
    if not (_firm(new) and _firm(old) and _firm(percent)) or not _alike(new, old):
        return None
    if _REFERENCE.search(gap):
        return None  # "thirty percent below the closing price of $5.00": a premium (NUM002)
    word = " ".join(compared.group("dir").lower().split())
    return Change(percent, new, old, -1 if word in _DOWN else 1)


def apposed_changes(rel: Relations) -> list[Change]:
    """Changes hung on the figure right before them, against the figure after."""
    from disclint.rules.arithmetic.changes import clause_changes
    from disclint.rules.arithmetic.checks import measured_relations
    from disclint.rules.arithmetic.joins import joined_changes
    from disclint.rules.arithmetic.table_label_changes import label_changes

    candidates: list[Change] = []
    for view in rel.claim_views():
        if "%" not in view.text and "percent" not in view.text:
            continue
        figures = sorted(
            (q for q in view.quantities if q.kind in (Kind.MONEY, Kind.SHARES, Kind.PERCENT)),
            key=lambda q: q.start,
        )
        for percent in figures:
            if percent.kind is Kind.PERCENT:
                change = _one(view, percent, figures)
                if change is not None:
                    candidates.append(change)
    if not candidates:
        return []
    measured = measured_relations(rel)
    from disclint.rules.arithmetic.figure_queries import figure_premiums

    premiums = {m.percent.start for m in [*rel.premiums, *figure_premiums(rel)]}
    read = premiums | {
        c.change.start
        for c in [
            *rel.changes,
            *joined_changes(rel),
            *clause_changes(rel),
            *label_changes(rel),
            *(measured.changes if measured else ()),
        ]
    }
    found = [c for c in candidates if c.change.start not in read]
    return found
