"""Parts of a whole stated in the sentence after it, the last part "the other" one.

"Revenue of $18.46 million compares with $16.92 million a year earlier. Subscriptions
brought in $16.71 million, or 90.5% of the total, and services the other $1.75 million."
"ARR stood at $71.3 million, up 9.9% from $64.9 million a year before. Existing customers
now generate $67.5 million of it ...; the remaining $3.8 million came from new ones."

The sentence of the parts names its last part as what is left of a whole ("the other",
"the remaining", "the rest", "the balance", "the remainder"), so its amounts split a
whole the sentence before states. ``parts_remaining`` reads such lists when the sentence
before holds one figure and neither sentence compares periods; releases as often state
the whole beside its year-ago level and its change. Here the whole is the one amount of
the sentence before that is not a comparison's base ("from", "compared with", "versus",
"than", "a year earlier", a clause opening on the year ago) nor a change's amount ("up
$1.2 million", "an increase of $1.2 million"):

* the parts are the sentence's amounts of that kind and currency (two to six; none a
  comparison's base, a bound, a range or per unit), the last one "the other" one;
* the sentence of the parts compares no periods itself, and the whole exceeds its last
  part (what is left of it);
* the two sentences are of one paragraph, and the parts add up to within 30% of the whole
  (a whole further off is another measure's: "the other" part of something else).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.parts_total import PartsTotal

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["other_parts"]

_OTHER_BEFORE = lazy_compile(
    r"\bthe\s+(?:other|remaining|rest|balance|remainder)\s+(?:of\s+(?:the|it)\s+)?$", re.I
)
#: Words right before an amount that make it a comparison's base or a change's amount.
_NOT_LEVEL_BEFORE = lazy_compile(
    r"\b(?:from|compared\s+(?:to|with)|compares\s+with|versus|vs\.?|against|than|by"
    r"|(?<!made\s)(?<!makes\s)(?<!make\s)up|down"
    r"|(?:increase|decrease|rise|decline|gain|drop|growth)\s+of)\s+(?:the\s+|its\s+)?$",
    re.I,
)
_BASE_AFTER = lazy_compile(
    r"^\s*(?:,\s*)?(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|in\s+the\s+(?:prior|previous"
    r"|year[- ]ago|same)\b)",
    re.I,
)
_YEAR_AGO_OPENING = lazy_compile(
    r"^\W*(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|in\s+the\s+(?:prior[- ]year"
    r"|year[- ]ago)\s+(?:quarter|period|year))\b",
    re.I,
)
#: The parts' sentence compares periods or hedges its list.
_COMPARES = lazy_compile(
    r"\ba\s+year\s+(?:earlier|ago|before)|\bprior[- ]year\b|\blast\s+year\b|\bcompared\b"
    r"|\bversus\b|\bfrom\s+\$|\bincluding\b|\bsuch\s+as\b|\bamong\b|\brespectively\b",
    re.I,
)
_PER_UNIT = lazy_compile(r"^\s*(?:per|a|an|each)\s+[a-z]", re.I)
MAX_PARTS = 6


def _amounts(view: View) -> list[Quantity]:
    return [
        q
        for q in view.of(Kind.MONEY)
        if not q.in_range
        and not q.negative
        and q.qualifier in (None, Qualifier.ABOUT)
        and not _PER_UNIT.match(view.after(q, 12))
    ]


def _level(view: View, q: Quantity) -> bool:
    """Is ``q`` the level the sentence states (not a base or a change's amount)?"""
    before = view.before(q, 200)
    return not (
        _NOT_LEVEL_BEFORE.search(before[-40:])
        or _BASE_AFTER.match(view.after(q, 40))
        or _YEAR_AGO_OPENING.match(before.rsplit(";", 1)[-1])
    )


def _alike(a: Quantity, b: Quantity) -> bool:
    return (a.currency or "USD") == (b.currency or "USD")


def other_parts(rel: Relations) -> list[PartsTotal]:
    """Lists ended by "the other" part whose whole is the sentence before's, once."""
    return rel.facts.memo("num-other-parts", lambda: list(_read(rel)))


def _read(rel: Relations) -> list[PartsTotal]:
    found: list[PartsTotal] = []
    for first, second in pairwise(rel.section_views()):
        if first.block != second.block or first.block is None:
            continue
        parts = _amounts(second)
        if not 2 <= len(parts) <= MAX_PARTS or _COMPARES.search(second.text):
            continue
        if not _OTHER_BEFORE.search(second.before(parts[-1], 40)):
            continue
        if not all(_level(second, p) and _alike(p, parts[0]) for p in parts):
            continue
        wholes = [q for q in _amounts(first) if _level(first, q) and _alike(q, parts[0])]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        if whole.value <= parts[-1].value:
            continue  # what is left of a whole is less than it
        total = sum((p.value for p in parts), start=Decimal(0))
        if abs(total - whole.value) > whole.value * Decimal("0.3"):
            continue
        found.append(PartsTotal(whole, tuple(parts)))
    return found
