"""An aggregate's earlier level stated paragraphs before it: "At the end of the third
quarter, repurchases under the program totaled 840,000 shares." and, two paragraphs on,
"In the fourth quarter, the Company bought a further 310,000 shares, bringing the
program-to-date total to 1,150,000 shares."

``claims`` reads the aggregate (total and increment) and looks for the earlier level in
the total's own sentence and the two before it in its paragraph; when it finds none, NUM005
can only say what the total implies. Here the earlier level is looked for further back, in
the claim sections up to ``REACH_BLOCKS`` paragraphs before, and taken only when

* its sentence states it as a running level ("totaled", "to date", "had repurchased",
  "held") of the same kind of act as the total (a buyback's count, a holding), and
* it is the only such figure of the total's kind and class in that reach, below the total.

Two candidates (a quarter's repurchases and the year's) leave the prior unread.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from disclint.api import Kind, lazy_compile
from disclint.rules.arithmetic.claims import HEDGED, compatible_classes

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Aggregate, Relations, View

__all__ = ["holdings_after_acts", "with_earlier_levels"]

#: How many paragraphs before the total the earlier level may be stated.
REACH_BLOCKS = 4

_BUYBACK = lazy_compile(r"repurchas|buy\s?-?back|bought\s+back|\bprogram\b", re.I)
_HOLDING = lazy_compile(
    r"\b(?:owns?|owned|holds?|held|holdings?|stake|position|acquired|bought|purchased)\b", re.I
)
#: A running level, named before its figure.
_LEVEL_BEFORE = lazy_compile(
    r"\b(?:totall?ed|totall?ing|a\s+total\s+of|to\s+date|so\s+far|cumulatively"
    r"|had\s+(?:repurchased|bought(?:\s+back)?|acquired|purchased)|(?:held|owned|holds|owns))\s+"
    rf"(?:an\s+aggregate\s+of\s+)?{HEDGED}$",
    re.I,
)
#: A level that is a plan or a limit, not what was done ("authorized to repurchase up to").
_NOT_DONE = lazy_compile(
    r"authori[sz]\w*\s+(?:to|the\s+(?:repurchase|purchase))|up\s+to|remain\w*|available"
    r"|may\s+(?:repurchase|buy)|plans?\s+to|intends?\s+to",
    re.I,
)


def _family(text: str) -> str | None:
    if _BUYBACK.search(text):
        return "buyback"
    if _HOLDING.search(text):
        return "holding"
    return None


def _earlier(rel: Relations, view: View, total: Quantity, increment: Quantity) -> Quantity | None:
    family = _family(view.text)
    if family is None or view.block is None:
        return None
    candidates: list[Quantity] = []
    for other in rel.section_views():
        if other.index >= view.index or other.block is None:
            continue
        if other.block < view.block - REACH_BLOCKS or not other.quantities:
            continue
        if _family(other.text) != family or _NOT_DONE.search(other.text):
            continue
        for q in other.quantities:
            if q.kind is not total.kind or q.instrument is not None or q.in_range:
                continue
            if q.per is not None or q is increment:
                continue
            if q.kind is Kind.SHARES and not compatible_classes(q, total):
                continue
            if _LEVEL_BEFORE.search(other.before(q, 60)):
                candidates.append(q)
    if len(candidates) != 1:
        return None
    prior = candidates[0]
    if prior.value >= total.value:
        return None
    return prior


def with_earlier_levels(rel: Relations) -> dict[int, Aggregate]:
    """The release's aggregates whose earlier level only an earlier paragraph states, with
    that level filled in (keyed by the ``id`` of the aggregate as ``claims`` read it)."""
    views = {v.index: v for v in rel.views}
    found: dict[int, Aggregate] = {}
    for aggregate in rel.aggregates:
        if aggregate.prior is not None or aggregate.total.sentence is None:
            continue
        view = views.get(aggregate.total.sentence)
        if view is None:
            continue
        prior = _earlier(rel, view, aggregate.total, aggregate.increment)
        if prior is not None:
            found[id(aggregate)] = replace(aggregate, prior=prior)
    return found


#: A holding after the act the sentence points back at: "Following the purchase, Halden owns
#: an aggregate of", "As a result, it now holds".
_HOLDING_AFTER_ACT = lazy_compile(
    r"^\W*(?:following|after|upon|as\s+a\s+result\s+of)\s+(?:the|this|these|such)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:purchases?|acquisitions?|transactions?)\b[^.;$\d]{0,80}?"
    r"\b(?:owns?|holds?|beneficially\s+owns?)\s+(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?"
    rf"{HEDGED}$",
    re.I,
)
#: The act's count: "purchased 500,000 shares", "bought 500,000 shares".
_BOUGHT = lazy_compile(
    rf"\b(?:purchased|bought|acquired)\s+(?:an\s+additional\s+|a\s+further\s+)?{HEDGED}$", re.I
)
#: The holding before the act: "previously held", "had held", "held ... before".
_HELD_EARLIER = lazy_compile(
    rf"\b(?:previously|had)\s+(?:held|owned|beneficially\s+owned)\s+{HEDGED}$", re.I
)


def holdings_after_acts(rel: Relations) -> list[Aggregate]:
    """ "On March 1, Halden purchased 500,000 shares." then "Halden previously held
    2,000,000 shares. Following the purchase, Halden owns an aggregate of 2,500,000 shares.":
    a holding stated after the act it points back at, the act's count and the earlier
    holding each the only one of its kind in the two sentences before (this paragraph or
    the one before)."""
    from disclint.rules.arithmetic.claims import Aggregate

    read = {id(a.total) for a in rel.aggregates}
    found: list[Aggregate] = []
    for view in rel.claim_views():
        totals = [
            q
            for q in view.of(Kind.SHARES)
            if id(q) not in read and _HOLDING_AFTER_ACT.search(view.before(q, 160))
        ]
        if len(totals) != 1 or len(view.of(Kind.SHARES)) != 1:
            continue
        total = totals[0]
        scope = rel.preceding(view, 2)
        bought = [
            q
            for v in scope
            for q in v.of(Kind.SHARES)
            if _BOUGHT.search(v.before(q, 40)) and compatible_classes(q, total)
        ]
        held = [
            q
            for v in scope
            for q in v.of(Kind.SHARES)
            if _HELD_EARLIER.search(v.before(q, 40)) and compatible_classes(q, total)
        ]
        if len(bought) != 1 or len(held) != 1:
            continue
        found.append(Aggregate(total, bought[0], held[0]))
    return found
