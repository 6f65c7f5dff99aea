"""NUM016 for a per-share figure and its share count stated in a sentence after the net
result they divide.

"The net loss was $2.61 million. Divided among 152.4 million weighted average shares,
that is a loss of $0.02 a share." "Net income was $14.62 million. ... Spread across 18.40
million diluted shares, this quarter's profit works out to $0.79 per share." "Per share the
loss was $0.43 on 41.6 million weighted average shares." The sentence of the per-share
figure states the count it is over and no net result of its own: its dividend is the net
result the paragraph stated just before.

* the per-share clause (up to a semicolon or a comparison: "against", "compared with",
  "versus") holds one per-share amount ("$0.79 per share", "$0.02 a share", "Per share the
  loss was $0.43"), one count of shares and no other amount, and names no earlier period
  ("the year-earlier quarter's", "a year ago");
* the net result is the one amount of one of the two sentences before, in the same
  paragraph, that a net income or loss phrase links ("net income was", "the net loss of",
  "the bank earned"), not an adjusted or non-GAAP one, and not a comparison's base; a
  sentence with another amount near a net result's words is left unread;
* the clause names no dividend, price, value or sale ("a dividend of $0.25 per share on
  the 30.0 million shares outstanding", "sold 2.0 million shares at $9.00 per share"), and
  its count is not one sold, bought, issued or offered (``eps_clauses``' words);
* a loss and its per-share figure are compared as sizes.
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

__all__ = ["eps_after_net"]

#: The per-share clause ends at a semicolon or where a comparison starts.
_CLAUSE_END = lazy_compile(
    r";|,\s*(?:against|compared\s+(?:to|with)|versus|vs\.?|while|whereas)\b|\.\s", re.I
)
_PER_SHARE_AFTER = lazy_compile(
    r"^\s*(?:per|a)\s+(?:basic\s+|(?:fully\s+)?diluted\s+)?(?:common\s+)?share\b", re.I
)
_PER_SHARE_BEFORE = lazy_compile(
    r"\bper\s+(?:diluted\s+)?share,?\s+(?:the\s+)?(?:net\s+)?(?:loss|income|earnings|profit)"
    r"\s+(?:was|were|came\s+to|amounted\s+to)\s+$",
    re.I,
)
_SHARES_AFTER = lazy_compile(
    r"^\s*(?:(?:weighted[- ]average|diluted|basic|common|fully\s+diluted)\s+)*shares\b", re.I
)
_EARLIER = lazy_compile(YEAR_EARLIER_WORDS, re.I)
#: A net result's phrase, right before its amount.
_NET_BEFORE = lazy_compile(
    r"(?:\bnet\s+(?:income|loss|earnings|profit)|\bprofit|\bearnings)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|of|totall?ed|came\s+to|amounted\s+to|reached)\s+$"
    r"|\b(?:earned|lost)\s+$",
    re.I,
)
_NET_WORDS = lazy_compile(NET_RESULT_WORDS, re.I)
_NOT_GAAP = lazy_compile(NOT_GAAP_WORDS, re.I)
_BASE_BEFORE = lazy_compile(COMPARISON_BASE_BEFORE, re.I)


def eps_after_net(rel: Relations) -> list[Ratio]:
    """EPS over a count stated after the net result it divides, once per release."""
    return rel.facts.memo("num-eps-after-net", lambda: list(_read(rel)))


def _clause(view: View) -> tuple[int, int]:
    end = _CLAUSE_END.search(view.text)
    return view.start, view.start + (end.start() if end else len(view.text))


def _per_share(view: View, low: int, high: int) -> tuple[Quantity, Quantity] | None:
    """The clause's one per-share amount and its one share count."""
    amounts = [q for q in view.of(Kind.MONEY) if low <= q.start < high]
    counts = [q for q in view.of(Kind.SHARES) if low <= q.start < high]
    if len(amounts) != 1 or len(counts) != 1:
        return None
    eps, count = amounts[0], counts[0]
    if eps.in_range or count.in_range or eps.qualifier is not None:
        return None
    before = view.text[: eps.start - view.start]
    if not (_PER_SHARE_AFTER.match(view.after(eps, 30)) or _PER_SHARE_BEFORE.search(before)):
        return None
    if not _SHARES_AFTER.match(view.after(count, 50)) and "share" not in count.text.lower():
        return None
    from disclint.rules.arithmetic.eps_clauses import NOT_EARNINGS, NOT_WEIGHTED

    if NOT_EARNINGS.search(view.text[: high - low]) or NOT_WEIGHTED.search(view.before(count, 40)):
        # "a dividend of $0.25 per share on the 30.0 million shares outstanding", "sold 2.0
        # million shares at $9.00 per share": a per-share figure of something else
        return None
    return eps, count


def _net(view: View) -> list[Quantity]:
    found = []
    for q in view.of(Kind.MONEY):
        before = view.before(q, 120)
        if q.in_range or q.qualifier not in (None, Qualifier.ABOUT):
            continue
        if not _NET_BEFORE.search(before) or _BASE_BEFORE.search(before):
            continue
        if _NOT_GAAP.search(before[-60:]) or _EARLIER.search(before.rsplit(",", 1)[-1]):
            continue
        found.append(q)
    # another amount a net result's words stand near ("and net income of the parent $6.00
    # million") makes the choice open
    others = [
        q
        for q in view.of(Kind.MONEY)
        if q not in found
        and _NET_WORDS.search(view.before(q, 40))
        and not _BASE_BEFORE.search(view.before(q, 120))
    ]
    return found + others


def _read(rel: Relations) -> Iterator[Ratio]:
    from disclint.rules.arithmetic import ratios

    views = list(rel.claim_views())
    for i, view in enumerate(views):
        if view.block is None or not view.of(Kind.SHARES) or not view.of(Kind.MONEY):
            continue
        low, high = _clause(view)
        clause = view.text[: high - low]
        if _EARLIER.search(clause) or _NOT_GAAP.search(clause):
            continue
        pair = _per_share(view, low, high)
        if pair is None:
            continue
        eps, count = pair
        for earlier in reversed(views[max(0, i - 2) : i]):
            if earlier.block != view.block:
                break
            nets = _net(earlier)
            if len(nets) > 1:
                break
            if nets:
                net = nets[0]
                yield ratios.Ratio(
                    "NUM016", "EPS", ratios._magnitude(net), count, ratios._magnitude(eps)
                )
                break
