"""A change whose two levels stand in two clauses: the comparison in the clause after the
new level, or the new level in the clause before the comparison.

The clause readers (``changes``) need the stated change and both levels in one clause. A
release often splits them over a semicolon or a full stop, with words that make the split
plain:

* **base after** (the clause after points back at the first): "Net investment income of
  $38.2 million grew 11.4%; it was $34.3 million a year ago", "... rose 9% to $12.0
  million. A year earlier it had been $11.0 million". The first clause holds one amount and
  a change with its direction and no base; the next clause opens with a pronoun ("it",
  "that", "this") or a year-ago phrase and a linking verb, names the year-ago period, and
  holds one amount;
* **new level before** (the clause with the comparison has no new level): "Third-quarter
  net income was $14.62 million. A year ago the bank earned $12.85 million, so earnings are
  13.8% higher", "The issue was enlarged from the $500 million first announced, an
  upsizing of 15%" after a sentence naming the $575 million issue. The clause holds one
  amount marked as the base ("a year ago" opening the clause, "from", "compared with") and,
  after a comma and a word that draws the comparison ("so", "an", "which"), a change with
  its direction ("Last year it came to $40.0 million and grew 12.5%" is last year's own
  growth); the clause before (the sentence before, in the same paragraph) holds one
  amount, not itself a base.

Only amounts of money are read, each clause's one amount of that kind (a second amount
leaves the pair unread), and the two within a factor of three of each other. "Improved"
says which way is good, not which way the figure moved, so only the size is checked then.
The check is the change's usual one (NUM003).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Change

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["split_changes"]

#: The direction word right before a change ("grew 11.4%", "an upsizing of 15%").
_CUE_BEFORE = lazy_compile(
    r"(?:\b(?P<up>rose|grew|grown|increased|climbed|gained|jumped|advanced|expanded|up"
    r"|(?:an?\s+)?(?:increase|rise|gain|growth|upsizing|expansion)\s+of)"
    r"|\b(?P<down>fell|declined|decreased|dropped|slipped|contracted|shrank|down"
    r"|(?:an?\s+)?(?:decrease|decline|drop|reduction|downsizing)\s+of)"
    r"|\b(?P<eval>improved|improvement\s+of|an\s+improvement\s+of))"
    r"\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$",
    re.I,
)
#: The direction word right after a change ("13.8% higher", "22.8% wider").
_CUE_AFTER = lazy_compile(
    r"^\s*(?:(?P<up>higher|more|above|up|larger|greater|wider|bigger)"
    r"|(?P<down>lower|less|below|down|smaller|narrower|fewer))\b",
    re.I,
)
#: A clause that opens on the year-ago period ("A year ago the bank earned $12.85 million").
_YEAR_AGO_OPENING = lazy_compile(
    r"^\W*(?:(?:so|and|but|while)\s+)?(?:a\s+year\s+(?:ago|earlier|before)|last\s+year"
    r"|in\s+the\s+(?:prior[- ]year|year[- ]ago|same)\s+(?:quarter|period|year))\b",
    re.I,
)
#: Words right before an amount that make it the base.
_BASE_BEFORE = lazy_compile(
    r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against|than)\s+(?:the\s+|its\s+)?$",
    re.I,
)
#: The opening of a clause that points back at the level before it, with its verb.
_BACK_OPENING = lazy_compile(
    r"^\W*(?:(?:a\s+year\s+(?:ago|earlier|before)|last\s+year),?\s+)?"
    r"(?:it|that|this|the\s+(?:figure|total|amount|balance|level))\s+"
    r"(?:was|were|had\s+been|stood\s+at|compares\s+with|compared\s+with)\b",
    re.I,
)
#: The year-ago period, named anywhere in the clause of the base.
_YEAR_AGO = lazy_compile(
    r"\b(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|prior[- ]year|year[- ]ago"
    r"|twelve\s+months\s+(?:ago|earlier|before))\b",
    re.I,
)
#: A comparison with another period than the year before.
_OTHER_PERIOD = lazy_compile(
    r"\bsequential(?:ly)?\b|\b(?:previous|prior|preceding|last|linked)\s+quarter\b"
    r"|\bquarter[- ]over[- ]quarter\b|\bsince\b",
    re.I,
)
_CLAUSE = lazy_compile(r"[^;]+")
#: Between the base and the change of the new-level-before case: a comma and a word that
#: draws the comparison ("..., so earnings are 13.8% higher", "..., an upsizing of 15%");
#: "Last year it came to $40.0 million and grew 12.5%" states last year's own growth.
_THEREFORE = lazy_compile(r"^[^.;]*?,\s*(?:so|an?|which|meaning|that\s+is)\b", re.I)


def split_changes(rel: Relations) -> list[Change]:
    """The changes whose levels stand in two clauses, once per release."""
    return rel.facts.memo("num-split-changes", lambda: list(_read(rel)))


_Clause = tuple["View", int, int]  # a sentence and the clause's span in its text


def _clauses(views: list[View]) -> Iterator[tuple[_Clause, _Clause]]:
    """Each clause with the clause before it: in its sentence, after a semicolon, or the
    last clause of the sentence before in the same paragraph."""
    previous: _Clause | None = None
    for view in views:
        if previous is not None and previous[0].block != view.block:
            previous = None
        for m in _CLAUSE.finditer(view.text):
            here = (view, m.start(), m.end())
            if previous is not None:
                yield previous, here
            previous = here


def _amounts(clause: _Clause) -> list[Quantity]:
    view, start, end = clause
    return [
        q
        for q in view.of(Kind.MONEY)
        if view.start + start <= q.start < view.start + end
        and not q.in_range
        and q.qualifier in (None, Qualifier.ABOUT)
    ]


def _changes(clause: _Clause) -> list[tuple[Quantity, int]]:
    """The clause's percentages with a direction word next to them, and the direction."""
    view, start, end = clause
    found = []
    for p in view.of(Kind.PERCENT):
        if not view.start + start <= p.start < view.start + end or p.in_range:
            continue
        before = view.text[max(start, p.start - view.start - 60) : p.start - view.start]
        cue = _CUE_BEFORE.search(before) or _CUE_AFTER.match(view.after(p, 20))
        if cue is None:
            continue
        direction = 1 if cue.group("up") else -1 if cue.group("down") else 0
        found.append((p, direction))
    return found


def _text(clause: _Clause) -> str:
    view, start, end = clause
    return view.text[start:end]


def _is_base(clause: _Clause, q: Quantity) -> bool:
    view, start, _end = clause
    before = view.text[start : q.start - view.start]
    return bool(_BASE_BEFORE.search(before[-40:]) or _YEAR_AGO_OPENING.match(before))


def _near(new: Quantity, old: Quantity) -> bool:
    if old.value <= 0 or new.value <= 0:
        return False
    return Decimal(1) / 3 <= new.value / old.value <= 3


def _read(rel: Relations) -> Iterator[Change]:
    views = list(rel.claim_views())
    for first, second in _clauses(views):
        if _OTHER_PERIOD.search(_text(first)) or _OTHER_PERIOD.search(_text(second)):
            continue
        one, two = _amounts(first), _amounts(second)
        if len(one) != 1 or len(two) != 1:
            continue
        (a,), (b,) = one, two
        if a.negative != b.negative or not _near(a, b):
            continue
        # base after: the change in the first clause, the base in the next
        ahead = _changes(first)
        if (
            len(ahead) == 1
            and not _is_base(first, a)
            and _BACK_OPENING.match(_text(second))
            and _YEAR_AGO.search(_text(second))
        ):
            change, direction = ahead[0]
            yield Change(change, a, b, direction)
            continue
        # new level before: the change and its base in the second clause
        behind = _changes(second)
        if len(behind) == 1 and _is_base(second, b) and not _is_base(first, a):
            change, direction = behind[0]
            view = second[0]
            if change.start > b.start and _THEREFORE.match(view.between(b, change)):
                yield Change(change, a, b, direction)
