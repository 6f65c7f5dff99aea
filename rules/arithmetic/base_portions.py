"""A count stated as a percentage of the base offering: the underwriters' option "which is
15% of the base offering", agent warrants "5.0% of the units and pre-funded units sold",
"Those option shares, 15% of the number sold in the base offering".

The whole is named, never stated beside the percentage: it is the number of securities
the base sale sells, which ``offering_sums.base_terms`` reads as the counts sold in the
paragraph of terms (shares plus pre-funded warrants, units plus pre-funded units: "the
base offering covers 8,000,000 shares and pre-funded warrants"). The part is the one count
before the percentage in its sentence, or, when the sentence points back ("Those option
shares"), the one count of the sentence before in its paragraph. Refused: a whole the
words narrow to one kind of security the terms do not hold alone ("of the shares sold"
when pre-funded warrants were sold too), two counts where one part is needed, a
percentage in a range or bounded.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Portion, face_interval

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["base_portions"]

#: The base offering named after the percentage.
_OF_BASE = lazy_compile(
    r"^\s+of\s+the\s+(?:base\s+offering|(?:number\s+(?:of\s+(?:shares|units)\s+)?)?"
    r"(?:sold|offered)\s+in\s+the\s+(?:base\s+)?offering"
    r"|(?P<what>(?:shares|units)(?:\s+and\s+pre-?funded\s+(?:units|warrants))?)\s+(?:sold|offered)"
    r"(?:\s+in\s+the\s+(?:base\s+)?offering)?)\b",
    re.I,
)
#: A sentence whose part is the count of the sentence before.
_POINTS_BACK = lazy_compile(
    r"^\W*(?:those|these|such|the)\s+(?:option\s+)?(?:shares|warrants)\b", re.I
)
_FIRM = (None, Qualifier.ABOUT)
_OPTION = lazy_compile(r"\boption\b|over-?allot|\badditional\s+shares\b", re.I)


def _counts(view: View, before: int) -> list[Quantity]:
    return [q for q in view.quantities if q.kind is Kind.SHARES and q.start < before]


def base_portions(rel: Relations) -> list[Portion]:
    """Counts stated as a percentage of the base offering's securities."""
    from disclint.rules.arithmetic.offering_sums import base_terms

    found: list[Portion] = []
    terms = None
    asked = False
    previous: View | None = None
    for view in rel.claim_views():
        before, previous = previous, view
        if "offer" not in view.text and "sold" not in view.text:
            continue
        for percent in view.of(Kind.PERCENT):
            named = _OF_BASE.match(view.after(percent, 90))
            if named is None:
                continue
            if percent.qualifier not in _FIRM or not 0 < percent.value < 100:
                continue
            if not asked:
                terms, asked = base_terms(rel), True
            if terms is None:
                return []
            figures = [f.quantity for f in terms[0]]
            what = (named.group("what") or "").lower()
            if what and "pre" not in what and len(figures) > 1:
                continue  # "of the shares sold": one kind of the securities sold
            counts = _counts(view, percent.start)
            counts = [q for q in counts if all(q.start != f.start for f in figures)]
            if (
                not counts
                and before is not None
                and before.block == view.block
                and _POINTS_BACK.match(view.text)
            ):
                counts = _counts(before, before.start + len(before.text))
            before_text = before.text if before is not None else ""
            if len(counts) != 1:
                continue
            part = counts[0]
            if part.qualifier is Qualifier.UP_TO and _OPTION.search(view.text + before_text):
                # "up to 1,200,000 additional shares": the option's size, exact
                part = replace(part, qualifier=None, interval=face_interval(part))
            if part.qualifier not in _FIRM or part.in_range:
                continue
            whole = figures[0] if len(figures) == 1 else _sum(figures)
            if whole is None or whole.value <= part.value:
                continue
            found.append(Portion(part, percent, whole, False, False, False, False))
    return found


def _sum(figures: list[Quantity]) -> Quantity | None:
    """The counts sold, added: one count whose interval is the sum of theirs."""
    from disclint.api import Interval

    low = sum((q.interval.low for q in figures), start=0 * figures[0].value)
    high = sum((q.interval.high for q in figures), start=0 * figures[0].value)
    value = sum((q.value for q in figures), start=0 * figures[0].value)
    text = " + ".join(q.text for q in figures)
    return replace(figures[0], value=value, interval=Interval(low, high), text=text)
