"""NUM016 operands in the orders the readers of ``ratios`` and ``joins`` do not take.

``ratios`` reads EPS as a net result followed by its per-share figure ("net income of
$3.7 million, or $0.12 per diluted share") in a paragraph that states the current
period's figures once. Releases also write:

- **the EPS first, by name**: "Diluted earnings per share were $0.31 (net income, $9.3
  million; weighted average diluted shares, 30.1 million)", "Diluted earnings per share
  came to $3.42 for the year. Net earnings were $148.2 million, and weighted average
  diluted shares 43.3 million", "Per share, the loss was $(0.09), computed on a weighted
  average of 40,120,000 basic shares". The paragraph must name one length of period and
  state one current net result, one current EPS of the kind and one weighted count of
  the kind (basic, diluted): then which divides which is not in doubt. An adjusted,
  non-GAAP, core or continuing-operations EPS is never divided by net income;
- **the count in the phrase of a prior period**: "compared with net income of $309
  million, or $1.04 per share on an average base of 298.0 million common equivalent
  shares": the three figures of one phrase are of one period, whatever period it is;
- **each figure with its own period**: "net income of $18.4 million, or $1.07 per
  diluted share, for the fourth quarter of 2025, compared with $16.2 million, or $0.94
  per diluted share, for the fourth quarter of 2024 ... Diluted weighted average shares
  outstanding were 17.2 million in the fourth quarter of 2025 and 17.3 million in the
  fourth quarter of 2024": a net result and a count are paired by the period written
  right after each (the same quarter and year) and the EPS's kind, only when that pair
  is the one of its period and kind in the paragraph;
- **the count in a table** (``eps_table_count``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from disclint.api import Kind, Quantity, lazy_compile
from disclint.rules.arithmetic.periods import names_several_lengths

if TYPE_CHECKING:
    from disclint.rules.arithmetic.claims import Relations, View
    from disclint.rules.arithmetic.ratios import Ratio

__all__ = ["text_eps"]

_VERB = r"(?:was|were|of|is|came\s+(?:in\s+)?(?:to|at)|totall?ed|reached|amounted\s+to)"
#: The name of an EPS figure written before it: "Diluted earnings per share were",
#: "net loss per basic share of", "diluted EPS came to", "Per share, the loss was".
_EPS_NAMED = lazy_compile(
    r"(?:\b(?P<k1>basic|diluted)\s+(?:net\s+)?(?:earnings|income|loss)|\b(?:net\s+)?"
    r"(?:earnings|income|loss|income\s+\(loss\)))\s+per\s+(?:(?P<k2>basic|diluted|common)\s+)*"
    r"share\b(?:\s+(?:for|in)\s+(?:the\s+)?[\w\s'’-]{0,30}?)?\s+" + _VERB + r"\s+"
    r"(?:approximately\s+)?$"
    r"|\b(?P<k3>basic|diluted)\s+EPS\s+" + _VERB + r"\s+$"
    r"|\bper\s+share,\s+(?:the\s+)?(?:net\s+)?(?P<loss>loss|earnings|income)\s+" + _VERB + r"\s+$",
    re.I,
)
#: Words that make an EPS or a profit line something other than the GAAP net result.
_NOT_GAAP = lazy_compile(
    r"(?:adjusted|non-gaap|core|pro\s+forma|operating|continuing|normali[sz]ed|underlying"
    r"|comparable|cash|distributable|recurring)\W+(?:[\w()-]+\W+){0,2}$",
    re.I,
)
#: "(net income, $9.3 million;": a net result named before a comma or colon.
_NET_COMMA = lazy_compile(r"\bnet\s+(?:income|earnings|loss)\s*[,:]\s*$", re.I)
_WEIGHTED = lazy_compile(
    r"weighted[- ]average|\baverage\s+base\b|\bequivalent\s+shares\b|\bshares\s+averaged\b", re.I
)
#: "..., or $1.04 per share on an average base of 298.0 million shares": the count after a
#: per-share figure, in its phrase.
_ON_COUNT = lazy_compile(
    r"^\s*(?:,\s*)?(?:based\s+)?on\s+(?:an?\s+)?(?:(?:weighted[- ])?average\s+(?:base\s+)?of\s+)?"
    r"(?:approximately\s+|about\s+)?$",
    re.I,
)
#: "compared with $16.2 million, or ...": a prior figure of the measure named earlier.
_COMPARED = lazy_compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+$", re.I)
#: The gap between a figure and the period written for it ("..., for the fourth quarter
#: of 2024", "17.3 million in the fourth quarter of 2024").
_PERIOD_GAP = lazy_compile(r"^\s*(?:,\s*)?(?:for|in|during)\s+(?:the\s+)?$", re.I)


def text_eps(rel: Relations) -> list[Ratio]:
    """EPS claims in the three orders above, in the order they were read."""
    found: list[Ratio] = []
    blocks: dict[int | None, list[View]] = {}
    for view in rel.claim_views():
        blocks.setdefault(view.block, []).append(view)
        found.extend(_count_in_phrase(view))
    for block in blocks.values():
        if block[0].block is None:
            continue
        found.extend(_named_first(block))
        found.extend(_by_period(block))
    # the count in a table, net income and EPS in text (``eps_table_count``)
    from disclint.rules.arithmetic.eps_table_count import table_count_eps

    found.extend(table_count_eps(rel))
    return found


def _ratio(net: Quantity, count: Quantity, eps: Quantity) -> Ratio:
    from disclint.rules.arithmetic import ratios

    return ratios.Ratio("NUM016", "EPS", ratios._magnitude(net), count, ratios._magnitude(eps))


def _gaap(view: View, q: Quantity, match: re.Match[str] | None = None) -> bool:
    before = view.before(q, 120)
    head = before[: len(before) - (len(match.group()) if match else 0)]
    return not _NOT_GAAP.search(head)


def _nets(view: View, *, current: bool = True) -> list[Quantity]:
    """Net results of the sentence ("net income of", "net income, $9.3 million")."""
    from disclint.rules.arithmetic import ratios

    found = []
    for q in view.of(Kind.MONEY):
        if q.per is not None or q.in_range:
            continue
        before = view.before(q, 80)
        match = ratios._NET_RESULT.search(before) or _NET_COMMA.search(before)
        if match is None or not _gaap(view, q, match) or _EPS_NAMED.search(before):
            continue
        if current and not ratios._current(view, q):
            continue
        found.append(q)
    return found


def _kind(text: str) -> str | None:
    words = {w.lower() for w in re.findall(r"\b(?:basic|diluted)\b", text, re.I)}
    return words.pop() if len(words) == 1 else None


def _counts(view: View) -> list[tuple[Quantity, str | None]]:
    from disclint.rules.arithmetic import ratios

    found = []
    for q in view.of(Kind.SHARES):
        if q.in_range or q.instrument is not None or q.value <= 0:
            continue
        if not _WEIGHTED.search(view.before(q, 120) + " " + view.after(q, 60)):
            continue
        found.append((q, ratios._share_kind(view, q)))
    return found


# -- the EPS first, by name -------------------------------------------------------------------


def _named_first(block: list[View]) -> Iterator[Ratio]:
    from disclint.rules.arithmetic import ratios

    if names_several_lengths(" ".join(v.text for v in block)):
        return
    epss: list[tuple[Quantity, str | None, bool]] = []
    nets: list[tuple[Quantity, bool]] = []
    counts: list[tuple[Quantity, str | None]] = []
    for view in block:
        for q in view.of(Kind.MONEY):
            if q.in_range or q.per not in (None, "share"):
                continue
            before = view.before(q, 80)
            match = _EPS_NAMED.search(before)
            if match is None or not _gaap(view, q, match) or not ratios._current(view, q):
                continue
            kind = (match.group("k1") or match.group("k2") or match.group("k3") or "").lower()
            if kind == "common":
                kind = ""
            epss.append((q, kind or None, "loss" in match.group().lower()))
        loss_words = ratios._search_loss
        nets.extend((q, q.negative or loss_words(view.before(q, 80))) for q in _nets(view))
        counts.extend(c for c in _counts(view) if ratios._current(view, c[0]))
    if not epss or len({q.value for q, _ in nets}) != 1 or not counts:
        return
    net, net_loss = nets[0]
    for eps, kind, eps_loss in epss:
        if sum(1 for e, k, _ in epss if k == kind and e.value != eps.value):
            continue  # two EPS figures of one kind: which one the count gives is open
        fitting = {c.value: c for c, k in counts if k == kind or kind is None or k is None}
        if len(fitting) != 1:
            continue
        if (eps.negative or eps_loss) != net_loss:
            continue  # a loss per share over income (or the reverse): not one line
        yield _ratio(net, next(iter(fitting.values())), eps)


# -- the count in the phrase ------------------------------------------------------------------


def _count_in_phrase(view: View) -> Iterator[Ratio]:
    from disclint.rules.arithmetic import ratios
    from disclint.rules.arithmetic.claims import plain_after

    counts = [c for c, _k in _counts(view)]
    if not counts:
        return
    for net in _nets(view, current=False):
        if not ratios._EPS_AFTER.match(plain_after(view, net, 60)):
            continue
        per_share = ratios._per_share_after(view, net)
        if len(per_share) != 1:
            continue
        eps = per_share[0]
        # the counts of the phrase: up to the next amount ("..., compared with net income of
        # $309 million, or $1.04 per share on ..." opens the next phrase); two of them
        # ("27.4 million basic and 28.9 million diluted") leave the divisor open
        ends = [q.start for q in view.of(Kind.MONEY) if q.start > eps.end]
        limit = min(ends, default=view.start + len(view.text))
        after = [c for c in counts if eps.end < c.start < limit]
        if len(after) != 1:
            continue
        gap = view.between(eps, after[0]).split("share", 1)[-1]
        if not _ON_COUNT.match(gap):
            continue
        kind = ratios._eps_kind(eps)
        if kind is not None and ratios._share_kind(view, after[0]) not in (None, kind):
            continue
        if eps.negative and not (net.negative or ratios._search_loss(view.before(net, 80))):
            continue
        yield _ratio(net, after[0], eps)


# -- each figure with its own period ----------------------------------------------------------


def _period_after(view: View, q: Quantity, skip: list[Quantity]) -> str | None:
    """The period key ("q4 2024") written right after ``q`` (past its per-share figures)."""
    last = skip[-1] if skip else q
    for p in view.periods:
        if p.start >= last.end:
            gap = view.text[last.end - view.start : p.start - view.start]
            if skip:
                gap = re.sub(r"^\s*per\s+(?:(?:basic|diluted|common|fully)\s+)*share", "", gap)
            return p.period if _PERIOD_GAP.match(gap) and p.period else None
    return None


def _by_period(block: list[View]) -> Iterator[Ratio]:
    from disclint.rules.arithmetic import ratios
    from disclint.rules.arithmetic.claims import plain_after

    statements: list[tuple[Quantity, Quantity, str | None, str]] = []
    counts: list[tuple[Quantity, str | None, str]] = []
    for view in block:
        nets = _nets(view, current=False)
        named = list(nets)
        listed = {id(n) for n in nets}  # by identity: ``in`` compared every field of each
        for q in view.of(Kind.MONEY):
            if id(q) in listed or q.per is not None or q.in_range or not named:
                continue
            if q.start > named[0].end and _COMPARED.search(view.before(q, 40)):
                nets.append(q)  # "net income of $A, ... compared with $B, or $E per share"
                listed.add(id(q))
        for net in nets:
            if not ratios._EPS_AFTER.match(plain_after(view, net, 60)):
                continue
            per_share = ratios._per_share_after(view, net)
            period = _period_after(view, net, per_share)
            if period is None:
                continue
            loss = net.negative or ratios._search_loss(view.before(net, 80))
            for eps in per_share:
                if eps.negative and not loss:
                    continue
                statements.append((net, eps, ratios._eps_kind(eps), period))
        for count, kind in _counts(view):
            period = _period_after(view, count, [])
            if period is not None:
                counts.append((count, kind, period))
    # grouped once (a long sentence of per-share asides made a scan per statement quadratic)
    rivals: dict[tuple[str, str | None], set[Any]] = {}
    for n, _e, k, p in statements:
        rivals.setdefault((p, k), set()).add(n.value)
    by_period: dict[str, list[tuple[Quantity, str | None]]] = {}
    for c, k, p in counts:
        by_period.setdefault(p, []).append((c, k))
    for net, eps, kind, period in statements:
        fitting = {c.value: c for c, k in by_period.get(period, ()) if k in (kind, None)}
        if len(fitting) == 1 and len(rivals[(period, kind)]) == 1:
            yield _ratio(net, next(iter(fitting.values())), eps)
