"""Shares of a total of counted things that are no securities: part / whole = percent.

The portion readers relate figures the quantity reader types (money, shares). A release
also splits counts of things it does not type, ounces, barrels, customers, stores, days:
"Production totaled 121,750 ounces. The north pit poured 68,300 ounces, or 56.1% of the
total", "The 207 customers paying more than $100,000 make up 14.7% of the 1,412 total".

Roles, from the words:

* the **part**: the count of things (``thing_products``'s counts) just before the
  percentage, joined by an apposition (", or P%") or a linking verb ("make up", "account
  for", "are", "represent");
* the **percentage**: the sentence's one percentage, closed by "of the total" or "of the N
  total" ("of all N <things>" likewise);
* the **whole**: the N of "of the N total" / "of all N <things>", else the one count of the
  part's own noun in the sentence before in the paragraph, a sentence that states a total
  ("totaled", "in total", "in all", "combined").

Silence when a word makes the percentage a change (up, down, rose, increase), when the
sentence holds another percentage, when the sentence before holds two counts of the noun,
or when the part is not smaller than the whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from disclint.api import Kind, lazy_compile
from disclint.rules.arithmetic.claims import Portion, count_at
from disclint.rules.arithmetic.rate_products import CLAUSE_CHARS, _firm
from disclint.rules.arithmetic.thing_products import _things

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["thing_portions"]

#: Between the part and its percentage.
_JOIN = lazy_compile(
    r"^(?:\s+(?:[a-z-]+|\$[\d,.]+)){0,8}?(?:\s*,\s*or|\s+(?:make|makes|made|account|accounts|accounted)\s+"
    r"(?:up|for)|\s+(?:are|were|is|was|represent|represents|represented))\s+"
    r"(?:about\s+|approximately\s+|roughly\s+)?$",
    re.I,
)
#: After the percentage: the whole named as the total.
_OF_TOTAL = lazy_compile(
    r"^\s+of\s+(?:the\s+(?:(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+)?(?:combined\s+)?total\b"
    r"|all\s+(?P<all>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>[a-z][a-z-]*s)\b)",
    re.I,
)
#: Words that make a percentage a change.
_CHANGE = lazy_compile(
    r"\b(?:(?<!make\s)(?<!made\s)(?<!makes\s)up|down|rose|fell|grew|increase[ds]?|decrease[ds]?|declined?|higher|lower|gain)\b",
    re.I,
)
#: A sentence that states a total.
_TOTAL = lazy_compile(r"\btotal(?:l?ed|l?ing)?\b|\bin\s+all\b|\bcombined\b", re.I)


def _whole_in(view: View, start: int, end: int, part: Quantity) -> Quantity:
    """The whole "N" of "the N total", counting the part's things."""
    return replace(count_at(view, start, end), security=part.security)


def _one(view: View, before: View | None) -> Portion | None:
    if len(view.text) > CLAUSE_CHARS:
        return None
    percents = [q for q in view.quantities if q.kind is Kind.PERCENT]
    if len(percents) != 1 or not _firm(percents[0]):
        return None
    percent = percents[0]
    tail = _OF_TOTAL.match(view.after(percent, 60))
    if tail is None or _CHANGE.search(view.before(percent, 30)):
        return None
    counts = _things(view)
    parts = [(c, n) for c, n in counts if c.end <= percent.start]
    if not parts:
        return None
    part, noun = parts[-1]
    if not _firm(part) or not _JOIN.match(
        view.text[part.end - view.start : percent.start - view.start]
    ):
        return None
    whole: Quantity | None = None
    offset = percent.end - view.start
    if tail.group("num"):
        whole = _whole_in(view, offset + tail.start("num"), offset + tail.end("num"), part)
    elif tail.group("all"):
        if not tail.group("noun").lower().startswith(noun):
            return None
        whole = _whole_in(view, offset + tail.start("all"), offset + tail.end("all"), part)
    elif before is not None and _TOTAL.search(before.text):
        same = [c for c, n in _things(before) if n == noun]
        if len(same) == 1 and not any(q.kind is Kind.PERCENT for q in before.quantities):
            whole = same[0]
    if whole is None or not _firm(whole) or whole.value <= part.value:
        return None
    return Portion(part, percent, whole, False, False, False, False)


def thing_portions(rel: Relations) -> list[Portion]:
    """part / whole = percent for counts of things, the whole named as the total."""

    def read() -> list[Portion]:
        every = {v.index: v for v in rel.section_views()}
        found: list[Portion] = []
        for view in rel.claim_views():
            before = every.get(view.index - 1)
            if before is not None and before.block != view.block:
                before = None
            portion = _one(view, before)
            if portion is not None:
                found.append(portion)
        return found

    return rel.facts.memo("num-thing-portions", read)
