"""NUM016 for a per-share figure paired with the share count its own words put it over, in
any order, and the net result that count divides.

The template readers know EPS by its wording ("net income of $X, or $Y per diluted share,
on N weighted average shares"). A release ties the same three figures in other orders:
"Net income of $14.9 million was spread across 17.6 million diluted shares, or $0.85 per
share", "amounted to $0.40 for each of the 29.5 million diluted shares", "divided by 52.8
million diluted shares, gives the $4.12 per share", "was $96.4 million; with 212.6 million
shares in issue that is $0.45 a share", "Divided among 152.4 million shares, that is a loss
of $0.02 a share, or $0.34 on the 7.62 million shares the split will leave". What they
share is a sentence that states a per-share amount and, beside it, the count it is over:

* the per-share amount: a money figure "per share" / "a share", or "for each of" / "on"
  / "over" / "across" right before its count; not one a dividend, price, value, cash,
  book, proceeds or deal word names, and not one of an earlier period;
* its count: the sentence's share count nearest to it with no other count and no other
  per-share amount between them, named as shares and not as shares sold, bought, issued,
  authorized or offered; a count that names "basic" beside an amount that names
  "diluted" (or the reverse) is not its count;
* the net result: the amount a net income or loss phrase names ("net income ... came in
  at", "the net loss was", "the bank earned") before the per-share amount in its sentence,
  with no other amount between them; else the one such amount of one of the two sentences
  before in the paragraph, when it is that sentence's only one and is adjusted exactly
  when the per-share sentence is; never a comparison's base or a year-earlier figure.

A loss and its per-share figure are compared as sizes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.net_words import (
    COMPARISON_BASE_BEFORE,
    NET_RESULT_WORDS,
    NOT_GAAP_WORDS,
)
from disclint.rules.arithmetic.periods import YEAR_EARLIER_WORDS

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View
    from disclint.rules.arithmetic.ratios import Ratio

__all__ = ["NOT_EARNINGS", "NOT_WEIGHTED", "eps_clauses"]

_PER_SHARE_AFTER = lazy_compile(
    r"^\s*(?:per|a|for\s+each)\s+(?:basic\s+|(?:fully\s+)?diluted\s+)?(?:common\s+)?share\b",
    re.I,
)
#: The words between a per-share amount and the count right after it: "$0.40 for each of
#: the 29.5 million", "$0.34 on the 7.62 million".
_OVER_COUNT = lazy_compile(
    r"^\s*(?:for\s+each\s+of|on|over|across)\s+(?:the\s+|its\s+|some\s+)?$", re.I
)
_SHARES_AFTER = lazy_compile(
    r"^\s*(?:(?:weighted[- ]average|diluted|basic|common|fully\s+diluted|ordinary)\s+)*shares\b",
    re.I,
)
#: Words that make a per-share amount something other than earnings.
NOT_EARNINGS = lazy_compile(
    r"\b(?:dividends?|distributions?|prices?|priced|book|cash|value|proceeds|offering"
    r"|exercis\w*|warrants?|purchase|conversion|paid|pays?|sold|sells?|bought|repurchas\w*"
    r"|tangible|asset|revenues?|sales|premium|consideration|closed|closing|trad\w*|stock)\b",
    re.I,
)
#: A count of shares that is not the count earnings are divided over.
NOT_WEIGHTED = lazy_compile(
    r"\b(?:repurchas\w*|bought|sold|sell|issu\w*|offer\w*|authori[sz]\w*|buy\s*back|redeem\w*"
    r"|grant\w*|exercis\w*|purchas\w*|register\w*)\b",
    re.I,
)
_EARLIER = lazy_compile(YEAR_EARLIER_WORDS, re.I)
_SPREAD_OVER = lazy_compile(r"\b(?:spread|divided|split|allocated)\s+over\s*$", re.I)
#: A net result's phrase, right before its amount.
_NET_BEFORE = lazy_compile(
    r"(?:\bnet\s+(?:income|loss|earnings|profit)|\bprofit|\bearnings)"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:was|were|of|totall?ed|came\s+(?:in\s+)?(?:to|at)"
    r"|amounted\s+to|reached|stood\s+at)\s+$"
    r"|\b(?:earned|lost)\s+$",
    re.I,
)
_NET_WORDS = lazy_compile(NET_RESULT_WORDS, re.I)
_NOT_GAAP = lazy_compile(NOT_GAAP_WORDS, re.I)
_BASE_BEFORE = lazy_compile(COMPARISON_BASE_BEFORE, re.I)
_DILUTED = lazy_compile(r"\bdiluted\b", re.I)
_BASIC = lazy_compile(r"\bbasic\b", re.I)


def eps_clauses(rel: Relations) -> list[Ratio]:
    """EPS over the count its own sentence puts it over, once per release."""
    return rel.facts.memo("num-eps-clauses", lambda: list(_read(rel)))


def _share_count(view: View, q: Quantity) -> bool:
    if q.in_range:
        return False
    if q.qualifier is not None and not _SPREAD_OVER.search(view.before(q, 30)):
        return False  # "spread over 78.6 million shares": a preposition, not a bound
    if not _SHARES_AFTER.match(view.after(q, 50)) and "share" not in q.text.lower():
        return False
    return not NOT_WEIGHTED.search(view.before(q, 40))


def _per_share(view: View, q: Quantity, counts: list[Quantity]) -> bool:
    if q.in_range or q.qualifier is not None or q.value <= 0:
        return False
    if q.per is not None and q.per != "share":
        return False
    if _PER_SHARE_AFTER.match(view.after(q, 30)):
        return True
    return any(c.start > q.end and _OVER_COUNT.match(view.between(q, c)) for c in counts)


def _kind(text: str) -> str:
    diluted, basic = bool(_DILUTED.search(text)), bool(_BASIC.search(text))
    return "diluted" if diluted and not basic else ("basic" if basic and not diluted else "")


def _count_for(
    view: View, eps: Quantity, counts: list[Quantity], nets: list[Quantity]
) -> Quantity | None:
    """The count nearest the per-share amount with no other figure between them but a net
    result ("88.4 million diluted shares; adjusted net income of $66.8 million came to
    $0.76 a share")."""
    best: Quantity | None = None
    best_gap = 0
    for c in view.of(Kind.SHARES):
        lo, hi = (c.end, eps.start) if c.end <= eps.start else (eps.end, c.start)
        if any(
            lo <= o.start < hi
            for o in view.quantities
            if o is not c and o is not eps and o not in nets
        ):
            continue
        if c not in counts:
            return None  # the nearest count is a deal's: the pairing is open
        gap = hi - lo
        if best is None or gap < best_gap:
            best, best_gap = c, gap
    if best is None:
        return None
    eps_kind = _kind(view.before(eps, 30) + " " + view.after(eps, 30))
    count_kind = _kind(view.before(best, 12) + " " + view.after(best, 40))
    if eps_kind and count_kind and eps_kind != count_kind:
        return None
    return best


def _nets(view: View, before: int | None = None) -> list[Quantity]:
    """The amounts a net result's phrase names (before offset ``before`` of the release)."""
    found = []
    for q in view.of(Kind.MONEY):
        if before is not None and q.start >= before:
            break
        if q.per is not None or q.in_range or q.qualifier not in (None, Qualifier.ABOUT):
            continue
        text = view.before(q, 120)
        if _NET_BEFORE.search(text) and not _BASE_BEFORE.search(text):
            found.append(q)
    return found


def _named_earlier(view: View, q: Quantity) -> bool:
    return bool(_EARLIER.search(view.before(q, 60)) or _EARLIER.search(view.after(q, 40)))


def _net_in_sentence(view: View, eps: Quantity) -> Quantity | None:
    nets = _nets(view, eps.start)
    if not nets:
        return None
    net = nets[-1]
    others = [q for q in view.of(Kind.MONEY) if net.end <= q.start < eps.start and q.per is None]
    if others or _named_earlier(view, net):
        return None
    return net


def _net_before(views: list[View], i: int, eps: Quantity) -> Quantity | None:
    view = views[i]
    head = view.text[: eps.start - view.start]
    if any(q.per is None and q.start < eps.start for q in view.of(Kind.MONEY)):
        return None  # an amount of its own before the per-share figure: not an earlier one's
    adjusted = bool(_NOT_GAAP.search(head))
    for earlier in reversed(views[max(0, i - 2) : i]):
        if earlier.block != view.block:
            return None
        nets = _nets(earlier)
        others = [
            q
            for q in earlier.of(Kind.MONEY)
            if q not in nets
            and _NET_WORDS.search(earlier.before(q, 40))
            and not _BASE_BEFORE.search(earlier.before(q, 120))
        ]
        if len(nets) + len(others) > 1:
            return None
        if nets:
            net = nets[0]
            if bool(_NOT_GAAP.search(earlier.before(net, 60))) != adjusted:
                return None
            return None if _named_earlier(earlier, net) else net
    return None


def _read(rel: Relations) -> Iterator[Ratio]:
    from disclint.rules.arithmetic import ratios

    views = list(rel.claim_views())
    for i, view in enumerate(views):
        if view.block is None or not view.of(Kind.SHARES) or not view.of(Kind.MONEY):
            continue
        counts = [c for c in view.of(Kind.SHARES) if _share_count(view, c)]
        if not counts:
            continue
        nets = _nets(view)
        for eps in view.of(Kind.MONEY):
            if not _per_share(view, eps, counts):
                continue
            if NOT_EARNINGS.search(view.before(eps, 50)) or _named_earlier(view, eps):
                continue
            if _BASE_BEFORE.search(view.before(eps, 60)) or _EARLIER.search(view.after(eps, 90)):
                continue  # "against $0.25 per share on 30.0 million shares a year earlier"
            count = _count_for(view, eps, counts, nets)
            if count is None or NOT_EARNINGS.search(view.between(count, eps)):
                continue
            net = _net_in_sentence(view, eps) or _net_before(views, i, eps)
            if net is None:
                continue
            yield ratios.Ratio(
                "NUM016", "EPS", ratios._magnitude(net), count, ratios._magnitude(eps)
            )
