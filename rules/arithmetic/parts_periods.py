"""NUM014 parts named across the sentences of a paragraph, each with its prior period.

"Total operating expenses for the quarter were $8.0 million, compared to $0.7 million in
the same period of 2023. ... including $3.2 million in research and development expenses
(compared to $0.5 million in Q3 2023). ... General and administrative expenses increased
to $4.8 million (compared to $0.2 million in Q3 2023)." The parts are not a list, and the
paragraph does not say that it names them all; but it states each figure beside its prior
period's, and the prior figures settle it: when the priors of the parts add up to the
prior total, the paragraph has named every part, and the current figures must add up
too. A total is tied to its parts by concept (the total's noun, "expenses", "revenue",
ends each part's name) and period (each current figure beside its prior), not by
adjacency. Nothing is claimed when the priors do not add up (a partial list, other parts
unnamed), when a figure is a change ("an increase of $7.3 million") or when the two
periods' figures are not paired one to one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from disclint.api import Interval, Kind, Quantity, lazy_compile
from disclint.rules.arithmetic.claims import face_interval
from disclint.rules.arithmetic.parts_total import PartsTotal, _alike, _usable

if TYPE_CHECKING:
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["parts_with_priors"]

_HEADS = r"expenses|costs|revenues?|sales|loans|deposits|assets|liabilities|backlog|bookings"
#: "Total operating expenses for the Q3 2024 were": the total's label before its figure.
_TOTAL_LABEL = lazy_compile(
    rf"\btotal\s+(?:[\w&,-]+\s+){{0,3}}?(?P<head>{_HEADS})\b[^$€£;.]{{0,50}}$", re.I
)
#: What stands between a figure and its prior period's: a comparison, after at most a
#: period phrase or an opening parenthesis.
_PRIOR_GAP = lazy_compile(
    r"^[^$€£;\d]{0,40}?\b(?:compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from|from)\s+"
    r"(?:approximately\s+|about\s+)?$",
    re.I,
)
_CHANGE_BEFORE = lazy_compile(
    r"\b(?:increase|decrease|rise|decline|drop|reduction|growth|change|up|down|by)\s+(?:of\s+)?$",
    re.I,
)
_TOTAL_WORD = lazy_compile(r"\btotal\b", re.I)


def parts_with_priors(rel: Relations) -> list[PartsTotal]:
    """Totals and parts of one paragraph, each with its prior period's figure, whose prior
    figures add up: the current total and parts, and the prior ones."""
    by_block: dict[int, list[View]] = {}
    for view in rel.claim_views():
        if view.block is not None:
            by_block.setdefault(view.block, []).append(view)
    found: list[PartsTotal] = []
    for views in by_block.values():
        found.extend(_block(views))
    return found


def _pairs(view: View) -> Iterator[tuple[Quantity, Quantity]]:
    money = [q for q in view.of(Kind.MONEY) if q.per is None]
    for q, prior in pairwise(money):
        if not (_usable(q) and _usable(prior) and _alike(q, prior)) or q.qualifier is not None:
            continue
        if prior.qualifier is not None or _CHANGE_BEFORE.search(view.before(q, 30)):
            continue
        if _PRIOR_GAP.match(view.between(q, prior)):
            yield q, prior


def _label(view: View, q: Quantity) -> str:
    """The words that name a figure: back to the sentence's start or the figure before,
    and forward to the clause's end ("$3.2 million in research and development expenses")."""
    earlier = [o.end for o in view.quantities if o.end <= q.start]
    start = max(earlier, default=view.start) - view.start
    before = view.text[start : q.start - view.start]
    after = re.split(r"[,;.(]", view.after(q, 60), maxsplit=1)[0]
    return f"{before} {after}"


def _head(word: str) -> str:
    return word.lower().rstrip("s")


def _block(views: list[View]) -> Iterator[PartsTotal]:
    pairs = [(view, q, prior) for view in views for q, prior in _pairs(view)]
    for view, total, prior_total in pairs:
        label = _TOTAL_LABEL.search(view.before(total, 120))
        if label is None:
            continue
        head = _head(label.group("head"))
        parts: list[tuple[Quantity, Quantity]] = []
        for other_view, q, prior in pairs:
            if q is total:
                continue
            words = _label(other_view, q)
            if _TOTAL_WORD.search(words):
                continue
            heads = {_head(w) for w in re.findall(rf"\b(?:{_HEADS})\b", words, re.I)}
            if heads == {head} and _alike(q, total):
                parts.append((q, prior))
        if len(parts) < 2 or not all(
            p.value < total.value and o.value <= prior_total.value for p, o in parts
        ):
            continue
        priors = [o for _q, o in parts]
        low = sum((face_interval(o).low for o in priors), start=0 * prior_total.value)
        high = sum((face_interval(o).high for o in priors), start=0 * prior_total.value)
        if not Interval(low, high).overlaps(face_interval(prior_total)):
            continue  # the parts named are not all the parts
        yield PartsTotal(total, tuple(q for q, _o in parts))
        yield PartsTotal(prior_total, tuple(priors))
