"""NUM014: the parts a sentence lists must add up to the total it states.

"Total revenue of $12.4 million, consisting of $8.1 million from products and $4.3
million from services" and "sold 600,000 shares and 400,000 shares, for a total of
1,000,000 shares" each state a sum. The claim reader takes a total and its list of parts
from the phrase structure: a total followed by "consisting of / comprised of / comprising /
made up of / composed of" and a list, or a list followed by "for a total of / for a
combined / totaling". The parts must be a list (separated by commas and "and", nothing
else of the kind between them) of the total's kind, currency and unit. "Including" lists
are partial and never checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from disclint.api import Finding, Interval, Kind, Qualifier, Quantity, RuleContext, rule
from disclint.rules.arithmetic.checks import CITATION_10B5, analysis, difference, plain, show
from disclint.rules.arithmetic.claims import View, face_interval

__all__ = ["PartsTotal", "parts_total", "parts_totals"]

_PARTS_AFTER = re.compile(
    r"^(?:[^.;$\d]|\b(?:19|20)\d\d\b){0,40}?\b(?:consisting of|consists? of|comprised of"
    r"|comprising|made up of|composed of|split between|divided between|broken down as)\b",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:for|in|to|of)\s+(?:an?\s+|the\s+)?(?:total|combined|aggregate|sum)(?:\s+\w+){0,2}"
    r"\s+(?:of\s+)?|(?<!\s),?\s*(?:totall?ing|totall?ed|which total(?:s|led|ed)?|a total of)\s+"
    r"|\btotal\s+[a-z]+(?:\s+[a-z]+)?\s+(?:of|was|were)\s+)"
    r"(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
#: What may stand between two listed parts: their labels, commas and "and".
_LIST_GAP = re.compile(r"^[^;:()]{0,90}$")
_NOT_A_LIST = re.compile(
    r"\b(?:compared|versus|vs|up|down|increase\w*|decrease\w*|or|per|each|including"
    r"|excluding|of which|net of|less)\b|\b(?:from|to|than)\s+(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
_KINDS = (Kind.MONEY, Kind.SHARES)


@dataclass(frozen=True, slots=True)
class PartsTotal:
    """total = sum(parts)."""

    total: Quantity
    parts: tuple[Quantity, ...]


def _alike(a: Quantity, b: Quantity) -> bool:
    return (
        a.kind is b.kind
        and a.per == b.per
        and (a.currency or "USD") == (b.currency or "USD")
        and a.security == b.security
    )


def _is_list(view: View, parts: list[Quantity]) -> bool:
    if len(parts) < 2:
        return False
    gaps = [view.between(a, b) for a, b in pairwise(parts)]
    if not all(_LIST_GAP.match(g) and not _NOT_A_LIST.search(g) for g in gaps):
        return False
    return re.search(r"\band\b|,", gaps[-1]) is not None


def _usable(q: Quantity) -> bool:
    return (
        not q.in_range
        and not q.negative
        and q.interval.bounded
        and q.qualifier not in (Qualifier.UP_TO, Qualifier.OVER, Qualifier.UNDER)
    )


#: A sentence that opens by naming the thing the sentence before stated the size of and
#: listing what it consists of: "The Credit Facility consists of a $300 million Revolving
#: Credit Facility and a $600 million Term Loan".
_CONSISTS_OPENING = re.compile(
    r"^\W*the\s+(?:[\w-]+\s+){0,4}?(?P<noun>[a-z][\w-]*)\s+(?:consists|consisted|is\s+comprised"
    r"|was\s+comprised|is\s+made\s+up|is\s+composed)\s+of\b",
    re.IGNORECASE,
)
#: What may stand between the earlier figure and the noun that names it again.
_NAMED_AFTER = r"^(?:\s+[\w-]+){{0,4}}?\s+{noun}s?\b"


def _total_before(views: list[View], index: int) -> tuple[Quantity, list[Quantity]] | None:
    """(total, parts) for a sentence that opens "The <noun> consists of <list>" when the
    sentence before states one figure of that noun ("a $900 million senior secured credit
    facility")."""
    view = views[index]
    opening = _CONSISTS_OPENING.match(view.text)
    if opening is None or index == 0:
        return None
    previous = views[index - 1]
    if previous.block is None or view.block is None or view.block - previous.block > 1:
        return None
    named = re.compile(_NAMED_AFTER.format(noun=re.escape(opening.group("noun"))), re.I)
    totals = [
        q
        for q in previous.quantities
        if q.kind in _KINDS and _usable(q) and named.match(previous.after(q, 60))
    ]
    figures = [
        q
        for q in view.quantities
        if q.kind in _KINDS and _usable(q) and q.start - view.start >= opening.end()
    ]
    if len(totals) != 1:
        return None
    return totals[0], _run(view, figures, totals[0])


def parts_totals(views: list[View]) -> list[PartsTotal]:
    """The stated sums of the claim sentences."""
    found: list[PartsTotal] = []
    for index, view in enumerate(views):
        named = _total_before(views, index)
        if named is not None:
            total, parts = named
            if _is_list(view, parts) and all(p.value < 2 * total.value for p in parts):
                found.append(PartsTotal(total, tuple(parts)))
        figures = [q for q in view.quantities if q.kind in _KINDS and _usable(q)]
        for i, total in enumerate(figures):
            if _PARTS_AFTER.match(view.after(total, 60)):
                parts = _run(view, figures[i + 1 :], total)
            elif _TOTAL_BEFORE.search(view.before(total, 50)):
                parts = list(reversed(_run(view, list(reversed(figures[:i])), total)))
            else:
                continue
            # a part may be misstated above the total; one far above it is no part
            if _is_list(view, parts) and all(p.value < 2 * total.value for p in parts):
                found.append(PartsTotal(total, tuple(parts)))
    return found


def _run(view: View, candidates: list[Quantity], total: Quantity) -> list[Quantity]:
    """The parts next to the total, in reading order away from it, while they stay alike."""
    parts: list[Quantity] = []
    for q in candidates:
        if not _alike(q, total):
            break
        parts.append(q)
    return parts


@rule(
    code="NUM014",
    name="parts-total",
    family="arithmetic",
    severity="error",
    summary="The parts listed do not add up to the stated total",
    citation=CITATION_10B5 + "; wire editorial practice",
    examples=(
        (
            "reported total revenue of $12.4 million, consisting of $8.1 million from products "
            "and $5.3 million from services.",
            "reported total revenue of $12.4 million, consisting of $8.1 million from products "
            "and $4.3 million from services.",
        ),
    ),
)
def parts_total(ctx: RuleContext) -> Iterator[Finding]:
    """A total stated with the list of its parts ("$12.4 million, consisting of $8.1
    million from products and $4.3 million from services"; "600,000 shares sold by the
    Company and 400,000 by the selling stockholders, for a total of 1,000,000 shares") is
    a sum any reader can redo; parts that do not add up mean one of the figures is wrong.
    Each part and the total are compared within their rounding (three parts rounded to
    $0.1 million may miss a total by up to $0.15 million). Lists introduced by
    "including" are partial and never checked."""
    views = list(analysis(ctx).relations.claim_views())
    for claim in parts_totals(views):
        low = sum((face_interval(p).low for p in claim.parts), start=0 * claim.total.value)
        high = sum((face_interval(p).high for p in claim.parts), start=0 * claim.total.value)
        if Interval(low, high).overlaps(face_interval(claim.total)):
            continue
        computed = sum((p.value for p in claim.parts), start=0 * claim.total.value)
        working = " + ".join(plain(p) for p in claim.parts)
        yield ctx.finding(
            claim.total.start,
            claim.total.end,
            f"the parts add up to {show(computed, claim.total)}, not {plain(claim.total)}",
            evidence=(
                f"{working} = {show(computed, claim.total)}",
                f"stated total: {plain(claim.total)}",
                difference(computed, claim.total),
            ),
        )
