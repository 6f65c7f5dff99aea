"""Shares outstanding before and after a transaction, and the shares it issues: after =
before + issued, read as one ledger over the sentences that tell it.

The aggregate readers relate "bringing the total to N" to the count added in the same
sentence. Releases state the ledger in pieces: "The 2,312,500 shares issued on conversion
took the common stock outstanding from 16,147,500 to 18,460,000"; "the conversions added
8,400,000 shares in all. The Company had 52,300,000 shares outstanding immediately
beforehand and has 60,700,000 now"; "had 52,135,000 shares outstanding at November 20;
counting the new shares it will have 60,000,000" (the shares issued two paragraphs
before). Here the **before** count is the one ``measures_text`` types as outstanding
before the transaction (or the "from" of "outstanding from B to A"); the **after** count
is the first count after it that a word of result introduces ("to", "will have", "has")
in its sentence or the next one of the paragraph; the **issued** count is, in order, the
one other count of the after count's sentence, the one count of the sentence before (or
the one it marks "in all"), or the release's one count of shares sold or issued.

Refused: a sentence of the ledger that qualifies a count ("fully diluted", "assuming",
"including", "pro forma", an option, warrants); for the release's own count, a release
that names an option, an over-allotment, pre-funded warrants, a concurrent sale or
tranches (the after count may hold some of them and not others); two candidates where
one is needed; an after count no larger than the before count. Silence otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Aggregate, Portion, Relations, View

__all__ = ["ledger_portions", "share_ledgers"]

#: A whole count of shares, written with or without its noun ("to 44,550,000").
_COUNT = lazy_compile(r"(?<![\d,.$])\d{1,3}(?:,\d{3}){1,}(?!\d|[,.]\d)(?!\s*(?:%|percent))")
#: Words just before an after count that state it as the result.
_RESULT = lazy_compile(
    r"\b(?:to|will\s+have|would\s+have|has|have)\s+(?:about\s+|approximately\s+)?$", re.I
)
#: "outstanding from B to A": both ends of the ledger in one phrase.
_FROM_TO = lazy_compile(
    r"\boutstanding\s+from\s+(?P<b>\d{1,3}(?:,\d{3})+)\s+(?:shares\s+)?to\s+"
    r"(?P<a>\d{1,3}(?:,\d{3})+)(?!\d|[,.]\d)",
    re.I,
)
#: After a count of the sentence before: it is the whole of what was added.
_IN_ALL = lazy_compile(r"^\s*(?:[\w-]+\s+){0,5}?(?:in\s+all|in\s+total|altogether)\b", re.I)
#: A ledger sentence that qualifies a count: the after count holds more (or less).
_QUALIFIED = lazy_compile(
    r"\boptions?\b|over-?allot|greenshoe|pre-?funded|\bwarrants?\b|\bfully\s+diluted\b"
    r"|\bas-converted\b|\bassum\w+\b|\bincluding\b|\bexcluding\b|\bpro\s+forma\b"
    r"|\bvesting\b|\bunits?\b|\bADSs?\b|\bclass\s+[a-z]\b",
    re.I,
)
#: Words of a release whose transaction issues more than one count.
_SEVERAL = lazy_compile(
    r"\boption\b|over-?allot|greenshoe|pre-?funded|\bconcurrent\w*\b|\btranches?\b"
    r"|\bsecond\s+closing\b|\bat-the-market\b|\bselling\s+(?:stock|share)holders?\b",
    re.I,
)
_FIRM = (None, Qualifier.ABOUT)


def _counts(view: View) -> list[Quantity]:
    """The sentence's share counts: the quantity reader's and the bare ones it leaves."""
    from disclint.rules.arithmetic.claims import count_at

    found = [q for q in view.quantities if q.kind is Kind.SHARES]
    taken = [(q.start, q.end) for q in view.quantities]
    for m in _COUNT.finditer(view.text):
        start, end = view.start + m.start(), view.start + m.end()
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(count_at(view, m.start(), m.end()))
    return sorted(found, key=lambda q: q.start)


def _firm(q: Quantity) -> bool:
    return q.qualifier in _FIRM and not q.in_range and not q.negative and q.value >= 1


def _after(views: list[View], at: int, before: Quantity) -> tuple[Quantity, int] | None:
    """The first count after ``before`` that a word of result introduces, in its sentence
    or the next one of the paragraph, and the index of its sentence."""
    view = views[at]
    scope = [at]
    if at + 1 < len(views) and views[at + 1].block == view.block:
        scope.append(at + 1)
    for i in scope:
        for q in _counts(views[i]):
            if q.start <= before.start:
                continue
            if _RESULT.search(views[i].before(q, 30)):
                return q, i
    return None


def _issued_near(views: list[View], at: int, first: int, known: set[int]) -> Quantity | None:
    """The count issued: the one other count of the after count's sentence, else the one
    count (or the one "in all") of the sentence before the ledger, in its paragraph.
    None when there is no count there; raises LookupError when there are two."""
    others = [q for q in _counts(views[at]) if q.start not in known]
    if len(others) > 1:
        raise LookupError
    if others:
        return others[0]
    if first == 0 or views[first - 1].block != views[first].block:
        return None
    earlier = _counts(views[first - 1])
    if len(earlier) == 1:
        return earlier[0]
    marked = [q for q in earlier if _IN_ALL.match(views[first - 1].after(q, 60))]
    if earlier and len(marked) != 1:
        raise LookupError
    return marked[0] if marked else None


def _issued_in_release(rel: Relations) -> Quantity | None:
    """The release's one count of shares sold or issued in its transaction."""
    from disclint.rules.arithmetic.figures import reading_of
    from disclint.rules.arithmetic.measures_text import ISSUED, measured_figures

    if any(_SEVERAL.search(v.text) for v in rel.section_views()):
        return None
    found = [
        f.quantity
        for f in reading_of(rel).figures
        if f.concept in ("sold", "issued")
        and f.subject == "sale"
        and not f.conditional
        and f.quantity.kind is Kind.SHARES
    ]
    measured = rel.facts.memo("num-measured-figures", lambda: measured_figures(rel))
    found += [m.quantity for m in measured if m.measure == ISSUED]
    if not found or len({q.value for q in found}) != 1:
        return None
    return found[0]


def share_ledgers(rel: Relations, known: list[Aggregate] | None = None) -> list[Aggregate]:
    """after = before + issued over the sentences of one ledger; ``known`` aggregates
    already read keep their totals."""
    from disclint.rules.arithmetic.claims import Aggregate, count_at
    from disclint.rules.arithmetic.measures_text import OUTSTANDING, measured_figures

    if not any("outstanding" in v.text for v in rel.section_views()):
        return []
    views = rel.section_views()
    position = {v.index: i for i, v in enumerate(views)}
    measured = rel.facts.memo("num-measured-figures", lambda: measured_figures(rel))
    pairs: list[tuple[Quantity, int, Quantity, int]] = []  # before, its view, after, its view
    for m in measured:
        if m.measure != OUTSTANDING or m.period.when != "before" or m.view is None:
            continue
        at = position.get(m.view.index)
        if at is None or not _firm(m.quantity):
            continue
        result = _after(views, at, m.quantity)
        if result is not None:
            pairs.append((m.quantity, at, result[0], result[1]))
    for at, view in enumerate(views):
        for ft in _FROM_TO.finditer(view.text) if "outstanding from" in view.text else ():
            pairs.append(
                (
                    count_at(view, ft.start("b"), ft.end("b")),
                    at,
                    count_at(view, ft.start("a"), ft.end("a")),
                    at,
                )
            )
    taken = {a.total.start for a in known or ()}
    found: list[Aggregate] = []
    for before, first, after, last in pairs:
        if after.start in taken or not _firm(after) or after.value <= before.value:
            continue
        if any(_QUALIFIED.search(views[i].text) for i in range(first, last + 1)):
            continue
        try:
            issued = _issued_near(views, last, first, {before.start, after.start})
        except LookupError:
            continue
        if issued is None:
            issued = _issued_in_release(rel)
        if issued is None or not _firm(issued) or issued.start in (before.start, after.start):
            continue
        if not after.value <= 2 * (before.value + issued.value) <= 4 * after.value:
            continue  # far from any slip of the pen: not this ledger's count
        taken.add(after.start)
        found.append(Aggregate(after, issued, before))
    return found


#: A percentage of the after count in its sentence, with the words that make its part the
#: shares issued: "the newly issued shares are 13.8% of that number", "former holders will
#: own approximately 13.1% of the combined company".
_NEW_SHARES_SHARE = lazy_compile(
    r"\b(?:the\s+(?:newly\s+issued|new)\s+shares\s+(?:will\s+)?(?:are|be|represent|make\s+up)"
    r"|former\s+[\w'’.-]+(?:\s+[\w'’.-]+)?\s+(?:stockholders|shareholders|holders)\s+will\s+own)"
    r"\s+(?:about\s+|approximately\s+|roughly\s+)?$",
    re.I,
)
_OF_AFTER = lazy_compile(
    r"^\s*(?:of\s+(?:that\s+(?:number|count|total)|them|the\s+combined\s+company"
    r"|the\s+(?:shares|common\s+stock)\s+(?:then\s+)?outstanding))?\s*(?:[.;,]|$)",
    re.I,
)


def ledger_portions(rel: Relations, ledgers: list[Aggregate]) -> list[Portion]:
    """The shares issued as a percentage of the after count, stated in the after count's
    sentence (the one percentage there, after it)."""
    from disclint.rules.arithmetic.claims import Portion

    found: list[Portion] = []
    for ledger in ledgers:
        view = next(
            (v for v in rel.claim_views() if v.start <= ledger.total.start < v.start + len(v.text)),
            None,
        )
        if view is None:
            continue
        percents = [q for q in view.of(Kind.PERCENT) if q.start > ledger.total.start]
        if len(percents) != 1 or len(view.of(Kind.PERCENT)) != 1:
            continue
        percent = percents[0]
        if percent.qualifier not in _FIRM or not 0 < percent.value < 100:
            continue
        if not _NEW_SHARES_SHARE.search(view.before(percent, 80)):
            continue
        if not _OF_AFTER.match(view.after(percent, 60)):
            continue
        found.append(Portion(ledger.increment, percent, ledger.total, True, True, False, False))
    return found
