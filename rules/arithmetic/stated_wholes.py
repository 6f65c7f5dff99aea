"""Portions whose whole closes the percentage's own "of" phrase: "held 5,150,000 shares ...,
or 12.4% of the 41,000,000 outstanding", "Its 6,750,000 shares now make up 13.3% of the
company's 50,580,000 outstanding shares", "The $200.3 million returned equals 84% of the
year's free cash flow of $238.5 million", "returned $304.7 million, 24.7% more than the
year before and 86.4% of the $352.6 million of free cash flow".

Why a reader of its own: the sentence readers of ``claims`` and ``joins`` relate a part, a
percentage and a whole when the three sit in a template ("$X, or P% of $W"); releases put
words between them: the part's own noun phrase, a verb, an aside. What stays fixed is the
phrase the percentage heads: "P% of [determiner, possessive, up to five words, "of"] W"
names its whole as the figure that closes the phrase. The part is the clause's subject: the
nearest figure of the same kind before the percentage, joined to it by an apposition
(", or", ", which is"), a linking verb ("is", "equals", "make up", "represents",
"accounted for") or a predicate coordinated after a comparison ("..., 24.7% more than the
year before and 86.4% of ..."). When the sentence states no such figure and opens with a
noun phrase that points back ("The shares repurchased were 3.2% of ..."), the part is the
one figure of that kind in the sentence before, in the same paragraph, that shares a word
with the phrase.

Refused: a percentage that compares or bounds (a growth, a yield, "up to"), a figure of
another kind or another "per" between part and percentage, a part twice its whole or more
(a part above its whole, or a percentage of 100 or more, is read: the check reports it),
bounds and ranges on any operand, and an "of" phrase that holds a
comparison ("of the increase from", "than", "per").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Portion

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["stated_whole_portions"]

#: Between a percentage and its whole: "of", then a determiner or possessive and at most
#: five more words, optionally closed by "of" ("of the year's free cash flow of $W").
_OF_WHOLE = lazy_compile(
    r"^\s+of\s+(?:(?:the|its|our|their|his|her|this|that|[\w&.-]+['\u2019]s)\s+){0,2}"
    r"(?P<words>(?:[a-z][\w-]*\s+){0,5}?)(?:of\s+)?(?:about\s+|approximately\s+)?$",
    re.I,
)
#: Words inside the "of" phrase that make it something other than a plain whole.
_NOT_A_WHOLE = lazy_compile(
    r"\b(?:than|from|to|per|each|over|above|below|between|increase|decrease|change|growth"
    r"|up|down|versus|compared|prior|previous|last|ago|earlier|guidance|target|cap|limit"
    r"|maximum|minimum|each)\b",
    re.I,
)
#: Before a percentage: words that make it a comparison, a rate or a bound.
_NOT_A_SHARE = lazy_compile(
    r"\b(?:(?<!made\s)(?<!makes\s)(?<!make\s)up|down|increase[sd]?|decrease[sd]?|grew|rose"
    r"|fell|declined?|higher|lower|more|less|above|below|premium|discount|growth|change"
    r"|margin|yield|rate|interest|coupon|up\s+to|at\s+least|at\s+most|no\s+more|exceed\w*"
    r"|maximum|minimum|by)\s*(?:of\s+)?(?:about\s+|approximately\s+|roughly\s+)?$",
    re.I,
)
_HEDGE = r"(?:about|approximately|roughly|some|nearly|almost|around|just\s+over|just\s+under)\s+"
_VERB = (
    r"(?:(?:(?:now|also|then|together|still)\s+)?(?:make|makes|made)\s+up|(?:(?:now|also|then"
    r"|together|still)\s+)?(?:represent(?:s|ed)?|equal(?:s|led|ed)?(?:\s+to)?"
    r"|account(?:s|ed)?\s+for|amount(?:s|ed)?\s+to|constitut(?:e|es|ed)|is|are|was|were))"
)
#: Between the part and its percentage: the part's own phrase (no clause break), then an
#: apposition or a linking verb.
_LINK = lazy_compile(
    r"^[^,;:()\u2014]{0,70}?(?:,\s*(?:or\s+|which\s+(?:is|was|are|were)\s+|representing\s+"
    r"|equal\s+to\s+)?|\s+" + _VERB + r"\s+)(?:" + _HEDGE + r")?$",
    re.I,
)
#: A second predicate after a comparison: "$X ..., 24.7% more than the year before and ".
_COORDINATED = lazy_compile(
    r"^[^,;:()]{0,70},\s+[^,;:()]*?\b(?:more|less|higher|lower|above|below|up|down)\b"
    r"[^,;:()]{0,50}?\s+and\s+(?:" + _HEDGE + r")?$",
    re.I,
)
#: A sentence opening with a noun phrase that points back, then a linking verb.
_POINTS_BACK = lazy_compile(
    r"^\W*(?:the|those|these|such)\s+(?P<phrase>[a-z][\w\s-]{0,40}?)\s+"
    + _VERB
    + r"\s+(?:"
    + _HEDGE
    + r")?$",
    re.I,
)
_FIRM = (None, Qualifier.ABOUT)
_ANNUALIZED = lazy_compile(r"\bannuali[sz]ed\b|\bannual\s+basis\b", re.I)
#: Before a figure: it is a change's base or a comparison's, not a clause's subject.
_BASE_BEFORE = lazy_compile(
    r"\b(?:from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?(?:about\s+)?$", re.I
)
LONGEST = 1200  # characters: the longest sentence read as a writer's prose
_STOP = frozenset({"the", "those", "these", "such", "and", "that", "with", "from", "were"})


def _firm(q: Quantity) -> bool:
    return q.qualifier in _FIRM and not q.in_range and q.interval.bounded and q.value > 0


def _alike(a: Quantity, b: Quantity) -> bool:
    """Two figures a portion can relate: one kind, one "per", one currency."""
    return a.kind is b.kind and a.per == b.per and a.currency == b.currency


def _whole(view: View, percent: Quantity) -> Quantity | None:
    after = [q for q in view.quantities if q.start >= percent.end]
    if not after:
        return None
    whole = after[0]
    if whole.kind not in (Kind.MONEY, Kind.SHARES):
        return None
    named = _OF_WHOLE.match(view.between(percent, whole))
    if named is None or _NOT_A_WHOLE.search(named.group("words")):
        return None
    return whole if _firm(whole) else None


def _part(view: View, percent: Quantity, whole: Quantity) -> Quantity | None:
    before = [q for q in view.quantities if q.end <= percent.start and q.kind is whole.kind]
    if not before:
        return None
    part = before[-1]
    if _BASE_BEFORE.search(view.before(part, 30)):
        return None  # "to $A from $B, representing P% of W": the share may be either level's
    if not _alike(part, whole):
        return None  # the nearest figure of the kind is another "per" or currency
    between = view.between(part, percent)
    if _LINK.match(between) is None and _COORDINATED.match(between) is None:
        return None
    aside = [q for q in view.quantities if part.end <= q.start < percent.start]
    if aside and _COORDINATED.match(between) is None:
        return None  # a percentage between part and percentage: only the coordinated form
    return part


def _part_before(
    view: View, before: View | None, percent: Quantity, whole: Quantity
) -> Quantity | None:
    """ "The shares repurchased were P% of W": the one like figure of the sentence before."""
    if before is None or before.block != view.block:
        return None
    opened = _POINTS_BACK.match(view.text[: percent.start - view.start])
    if opened is None:
        return None
    words = {w for w in re.findall(r"[a-z]{4,}", opened.group("phrase").lower())} - _STOP
    if not words or not any(re.search(rf"\b{w}", before.lower) for w in words):
        return None
    alike = [q for q in before.quantities if q.kind is whole.kind]
    if len(alike) != 1 or not _alike(alike[0], whole):
        return None
    return alike[0]


def stated_whole_portions(rel: Relations) -> list[Portion]:
    """Portions "part ... P% of ... W" with the whole closing the percentage's phrase."""
    found: list[Portion] = []
    previous: View | None = None
    for view in rel.claim_views():
        before, previous = previous, view
        if len(view.text) > LONGEST or " of " not in view.text:
            continue  # a "sentence" that long is a flattened table, not a writer's clause
        if _ANNUALIZED.search(view.text):
            continue  # "0.30% of average loans ... annualized": a quarter's part as a year's
        for percent in view.of(Kind.PERCENT):
            if not _firm(percent) or percent.per is not None:
                continue
            if _NOT_A_SHARE.search(view.before(percent, 40)):
                continue
            whole = _whole(view, percent)
            if whole is None:
                continue
            part = _part(view, percent, whole)
            if part is None and not [
                q for q in view.quantities if q.end <= percent.start and q.kind is whole.kind
            ]:
                part = _part_before(view, before, percent, whole)
            if part is None or not _firm(part) or part.value >= 2 * whole.value:
                continue  # above its whole: a slip the check reports; twice it: a misreading
            found.append(Portion(part, percent, whole, False, False, False, False))
    return found
