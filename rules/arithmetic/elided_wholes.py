"""Portions whose whole is the sentence before's figure, pointed back to or elided: "Deposits
stood at $4.1 billion, compared with ... a year earlier. Of that total, $1.0 billion, or
25.0%, carried no interest"; "Revenue of $18.5 million compares with ... Subscriptions
brought in $16.7 million, or 90.5% of the total, ..."; "Remaining performance obligations
rose to $96.4 million, ... $58.2 million, or 60.4%, is expected to be recognized ...".

Why a reader of its own: the portion readers look for the whole in the percentage's
sentence, or by a name the release states once ("of total revenue"). Writers also split a
breakdown from its total: the total opens one sentence, and the next states a share of it
with the whole left to the reader ("of the total", "Of that total,") or left out (a sentence
that opens with the part: "$58.2 million, or 60.4%, is ..."). The whole is then the level
the sentence before is about: its first money figure, when every other one is compared with
("from", "than", "compared with"; two levels stated leave "the total" unsaid). Read only
in the same paragraph, for a part in apposition to its percentage ("$X, or P%", "$X (P%)").

Unless the sentence points back with "that" or "this" ("Of that total,", "of this total"),
"the total" is the nearest whole the reader has: when the part's sentence lists like parts
after it ("equity of $A (P% of the total), bonds of $B and cash of $C"), the total is the
list's, and the level before is read as its whole only if the listed parts add up to it or
the percentage is no share of the list's sum either (a moved part breaks both);
and a level the sentence before dates to an earlier period ("Twelve months ago assets stood
at $W", "$W a year earlier") is a comparison's base, not the whole of a current part.

Refused: a sentence that compares (a change in "$X, or P%" is no share), a whole the sentence
before states only as a comparison or not at all, a part of another "per" or currency than
the whole, a part no smaller than its whole, bounds and ranges.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Portion

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["elided_whole_portions"]

#: A sentence that points back to the total before it: "Of that total, ", "Of this amount, ".
_OF_THAT = lazy_compile(r"^\W*of\s+(?:that|this|the)\s+(?:total|amount|sum|balance),?\s*$", re.I)
#: After the percentage: the whole named as "the total", and nothing more.
_OF_TOTAL = lazy_compile(r"^\s+of\s+(?:the|that)\s+total\s*(?:[,;.)]|$|and\b)", re.I)
#: After the percentage, with no whole named: the apposition closes.
_CLOSED = lazy_compile(r"^\s*[,)]", re.I)
#: Between the part and its percentage.
_APPOSED = lazy_compile(
    r"^\s*(?:,\s*or|\(\s*(?:or\s+)?)\s+(?:about\s+|approximately\s+|roughly\s+|some\s+)?$"
    r"|^\s*\(\s*$",
    re.I,
)
#: A sentence that compares: its "$X, or P%" is a change.
_COMPARES = lazy_compile(
    r"\b(?:increase[sd]?|decrease[sd]?|grew|grow(?:s|th)?|rose|rise|fell|fall|declined?"
    r"|up|down|higher|lower|more\s+than|less\s+than|compared|versus|against|improve\w*"
    r"|change[sd]?|gain|loss|year[- ]over[- ]year|a\s+year\s+(?:earlier|ago|before))\b",
    re.I,
)
#: Before a figure of the sentence before: it is compared with, not the level stated.
_COMPARED = lazy_compile(
    r"\b(?:from|than|compared?s?\s+(?:with|to)|versus|against|vs\.?|over)\s+(?:the\s+)?"
    r"(?:about\s+|approximately\s+)?$",
    re.I,
)
#: The sentence points back to the level stated before it: "that total", "this amount".
_POINTED = lazy_compile(r"\b(?:that|this)\s+(?:total|amount|sum|balance)\b", re.I)
#: A period earlier than the part's: the level it dates is a comparison's base.
_EARLIER = lazy_compile(
    r"\b(?:ago|(?:a|one|the)\s+year\s+(?:earlier|before)|year[- ](?:earlier|ago)"
    r"|(?:prior|previous|preceding|last)[- ](?:year|quarter|period|fiscal\s+year)"
    r"|(?:last|prior|previous)\s+year)\b",
    re.I,
)
#: A clause break: the date before or after a figure reaches no further.
_BREAK = lazy_compile(r"[;:\u2014]|,\s+(?:and|but|while|compared|versus)\b", re.I)
_FIRM = (None, Qualifier.ABOUT)
_ANNUALIZED = lazy_compile(r"\bannuali[sz]ed\b|\bannual\s+basis\b", re.I)
LONGEST = 1200  # characters: the longest sentence read as a writer's prose


def _firm(q: Quantity) -> bool:
    return q.qualifier in _FIRM and not q.in_range and q.interval.bounded and q.value > 0


def _level(before: View, part: Quantity) -> Quantity | None:
    """The sentence before's first money figure, if it is its one level stated (the others
    compared with)."""
    money = before.of(Kind.MONEY)
    if not money:
        return None
    first = money[0]
    levels = [q for q in money if not _COMPARED.search(before.before(q, 30))]
    if levels != [first]:
        return None  # compared first, or two levels stated ("revenue ... and expenses ...")
    if first.per != part.per or first.currency != part.currency or not _firm(first):
        return None
    return first


def _dated_earlier(before: View, level: Quantity) -> bool:
    """Is the level dated to an earlier period in its own clause ("Twelve months ago assets
    stood at $W", "$W at the end of last year")? The words read run from the clause's start
    to the level, and after it up to the next figure or clause break."""
    opening = before.text[: level.start - before.start]
    breaks = list(_BREAK.finditer(opening))
    if breaks:
        opening = opening[breaks[-1].end() :]
    later = [q for q in before.quantities if q.start >= level.end]
    closing = before.between(level, later[0]) if later else before.after(level, 200)
    cut = _BREAK.search(closing)
    if cut is not None:
        closing = closing[: cut.start()]
    return bool(_EARLIER.search(opening) or _EARLIER.search(closing))


def _listed_add_up(view: View, part: Quantity, percent: Quantity, whole: Quantity) -> bool:
    """When the part's sentence lists like figures after its percentage, "the total" is the
    list's: the level before is its whole only if part and listed figures add up to it, or
    if the percentage is no share of the list's sum either. That second case is a wrong
    figure whichever whole is meant (a moved part breaks both the list's sum and its share),
    so it is still checked against the level before rather than silenced by the defect it
    carries."""
    listed = [
        q
        for q in view.of(Kind.MONEY)
        if q.start >= percent.end and q.per == part.per and q.currency == part.currency
    ]
    if not listed:
        return True
    if not all(_firm(q) for q in listed):
        return False
    low = part.interval.low + sum((q.interval.low for q in listed), Decimal(0))
    high = part.interval.high + sum((q.interval.high for q in listed), Decimal(0))
    if low <= whole.interval.high and whole.interval.low <= high:
        return True
    if low <= 0:
        return False
    share_low = part.interval.low / high * 100
    share_high = part.interval.high / low * 100
    return not (share_low <= percent.interval.high and percent.interval.low <= share_high)


def _part(view: View, percent: Quantity) -> Quantity | None:
    """The money figure in apposition before the percentage, if the sentence reads as a share
    of the total before it."""
    money = [q for q in view.of(Kind.MONEY) if q.end <= percent.start]
    if not money:
        return None
    part = money[-1]
    if _APPOSED.match(view.between(part, percent)) is None:
        return None
    opening = view.text[: part.start - view.start]
    after = view.after(percent, 40)
    if _OF_TOTAL.match(after):
        return part
    if _CLOSED.match(after) is None or len(money) != 1:
        return None
    if opening.strip() == "" or _OF_THAT.match(opening):
        return part  # "$58.2 million, or 60.4%, is ...", "Of that total, $X, or P%, ..."
    return None


def elided_whole_portions(rel: Relations) -> list[Portion]:
    """Shares "$X, or P%" of the level the sentence before states."""
    found: list[Portion] = []
    previous: View | None = None
    for view in rel.claim_views():
        before, previous = previous, view
        if before is None or before.block != view.block or before.block is None:
            continue
        if len(view.text) > LONGEST or _ANNUALIZED.search(view.text):
            continue  # a flattened table, or a quarter's share stated as a year's
        for percent in view.of(Kind.PERCENT):
            if not _firm(percent) or percent.per is not None:
                continue
            part = _part(view, percent)
            if part is None or not _firm(part):
                continue
            text = view.text[: percent.end - view.start]
            if _COMPARES.search(text) or _COMPARES.search(view.after(percent, 60)):
                continue
            whole = _level(before, part)
            if whole is None or part.value >= whole.value:
                continue
            if not _POINTED.search(view.text) and (
                _dated_earlier(before, whole) or not _listed_add_up(view, part, percent, whole)
            ):
                continue  # "the total" is the list's, or the level is another period's
            found.append(Portion(part, percent, whole, False, False, False, False))
    return found
