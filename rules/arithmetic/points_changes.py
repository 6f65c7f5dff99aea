"""A change in basis (or percentage) points stated after both rates (NUM003): "Gross margin
was 74.4%, against 72.1% the year before, an expansion of 230 basis points", "that is
68.6%, 150 bps above the 67.1% of the prior-year quarter", "fell to 0.41% of total assets
from 0.63% a year earlier, a 22-basis-point decline", "the prior year's $275.6 million had
been 15.1%, so the operating margin gained 40 basis points".

``clause_changes`` reads a change whose direction word stands beside the percentage. A
release also states both rates first and the points last, as a comment on them. Here a
sentence is read by the roles of its figures:

* **the points**: its one figure in basis or percentage points, with a word of direction
  ("higher", "above", "gained", "an expansion of", "a ... decline", "improvement");
* **the two rates**: its only two percentages that are levels (none is itself a change:
  "up 4%", "5% higher");
* **which rate is the base**: the one a word of comparison marks ("against", "from",
  "compared with", "versus", "the prior year's ... had been", "... a year earlier", "... of
  the prior-year quarter"); exactly one must be marked.

Points = new - old, with the direction the word gives; a word that judges rather than
moves ("improvement") checks the size only. Refused: a third rate, a second points figure,
no base or two, a bound. Silence otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Change, face_interval

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["points_changes"]

_UP = lazy_compile(
    r"\b(?:higher|above|gain(?:ed|s)?|expan\w*|widen\w*|increase[sd]?|rise|rose|up|more)\b", re.I
)
_DOWN = lazy_compile(
    r"\b(?:lower|below|declin\w*|contract\w*|narrow\w*|decrease[sd]?|fell|fall|drop\w*|down"
    r"|less|reduction|compress\w*)\b",
    re.I,
)
_JUDGES = lazy_compile(r"\b(?:improv\w*|better|worse|deteriorat\w*)\b", re.I)
#: A rate the words before it mark as the base of the comparison.
_BASE_BEFORE = lazy_compile(
    r"(?:\babove|\bbelow|\bagainst|\bfrom|\bcompared\s+(?:with|to)|\bcompares\s+with|\bversus|\bvs\.?|\bthan"
    r"|\bover|\bhad\s+been|\bwas|\bprior\s+year:|\ba\s+year\s+(?:earlier|ago):)\s+"
    r"(?:(?:the|its|a)\s+)?$",
    re.I,
)
#: Words before a "was"/"had been" rate that make it the earlier period's.
_EARLIER_SUBJECT = lazy_compile(
    r"\b(?:prior[- ]year|year[- ]ago|last\s+year|previous\s+year|a\s+year\s+earlier)\b", re.I
)
#: A rate the words after it mark as the base of the comparison.
_BASE_AFTER = lazy_compile(
    r"^\s*(?:(?:in|of|for|at)\s+the\s+(?:same\s+)?(?:prior[- ]year|year[- ]ago|previous|last"
    r"|comparable)\b|the\s+year\s+before\b|a\s+year\s+(?:earlier|ago|before)\b"
    r"|(?:in|for)\s+(?:fiscal\s+)?(?:19|20)\d\d\b|last\s+year\b)",
    re.I,
)
#: Words around a percentage that make it a change, not a level.
_CHANGE_BEFORE = lazy_compile(
    r"\b(?:up|down|rose|fell|grew|increased|decreased|declined|gained|an?\s+(?:increase|decrease"
    r"|decline|rise|gain)\s+of)\s+(?:by\s+)?$",
    re.I,
)
_CHANGE_AFTER = lazy_compile(r"^\s*(?:higher|lower|more|less|increase|decrease|growth)\b", re.I)
_FIRM = (None, Qualifier.ABOUT)


def _level(view: View, q: Quantity) -> bool:
    return not (_CHANGE_BEFORE.search(view.before(q, 30)) or _CHANGE_AFTER.match(view.after(q, 20)))


def _is_base(view: View, q: Quantity) -> bool:
    before = view.before(q, 60)
    if _BASE_AFTER.match(view.after(q, 50)):
        return True
    found = _BASE_BEFORE.search(before)
    if found is None:
        return False
    if found.group(0).lstrip().lower().startswith(("was", "had been")):
        # "the prior year's $275.6 million had been 15.1%": the subject names the period
        return bool(_EARLIER_SUBJECT.search(before))
    return True


#: "150 bps above the 67.1%": the word after the points compares, it bounds nothing.
_COMPARED_BY_POINTS = lazy_compile(r"^\s*(?:above|below|over|under)\s+(?:the\s+)?$", re.I)


def _compared(view: View, stated: Quantity, q: Quantity) -> Quantity:
    """``q`` without the bound the quantity reader read in the comparison word the points
    figure governs ("150 bps above the 67.1%")."""
    if q.qualifier not in (Qualifier.OVER, Qualifier.UNDER) or q.start < stated.end:
        return q
    if not _COMPARED_BY_POINTS.match(view.between(stated, q)):
        return q
    return replace(q, qualifier=None, qualifier_text=None, interval=face_interval(q))


def _one(view: View) -> Change | None:
    points = [q for q in view.quantities if q.kind is Kind.POINTS]
    if len(points) != 1:
        return None
    stated = points[0]
    if stated.qualifier not in _FIRM or stated.in_range or stated.negative:
        return None
    rates = [_compared(view, stated, q) for q in view.quantities if q.kind is Kind.PERCENT]
    if len(rates) != 2 or not all(_level(view, q) for q in rates):
        return None
    if any(q.qualifier not in _FIRM or q.in_range or q.negative for q in rates):
        return None
    bases = [q for q in rates if _is_base(view, q)]
    if len(bases) != 1:
        return None
    old = bases[0]
    new = next(q for q in rates if q is not old)
    # the words right beside the points: "an expansion of", "gained", "higher", "decline"
    cue = f"{view.before(stated, 25)} {view.after(stated, 12)}"
    up, down = bool(_UP.search(cue)), bool(_DOWN.search(cue))
    if _JUDGES.search(cue) and not (up or down):
        direction = 1 if new.value >= old.value else -1  # the size only
    elif up != down:
        direction = 1 if up else -1
    else:
        return None
    return Change(stated, new, old, direction)


def points_changes(rel: Relations) -> list[Change]:
    """Changes in points stated after the two rates they compare."""
    return rel.facts.memo(
        "num-points-changes",
        lambda: [
            c
            for c in (_one(v) for v in rel.claim_views() if "point" in v.text or "bp" in v.text)
            if c is not None
        ],
    )
