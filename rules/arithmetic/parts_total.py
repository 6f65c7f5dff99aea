"""NUM014: the parts a sentence lists must add up to the total it states.

"Total revenue of $12.4 million, consisting of $8.1 million from products and $4.3
million from services" and "sold 600,000 shares and 400,000 shares, for a total of
1,000,000 shares" each state a sum. The claim reader takes a total and its list of parts
from the phrase structure: a total followed by "consisting of / comprised of / comprising /
made up of / composed of" and a list, or a list followed by "for a total of / for a
combined / totaling". The parts must be a list (separated by commas and "and", nothing
else of the kind between them) of the total's kind, currency and unit. "Including" and
"of which" lists are partial: checked only for parts that exceed the total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from disclint.api import (
    Finding,
    Interval,
    Kind,
    Qualifier,
    Quantity,
    RuleContext,
    lazy_compile,
    qualified_interval,
    release_pattern,
    rule,
)
from disclint.rules.arithmetic.checks import CITATION_10B5, analysis, difference, plain, show
from disclint.rules.arithmetic.claims import HEDGED, Relations, View, face_interval

__all__ = ["PartsTotal", "parts_total", "parts_totals"]

_PARTS_AFTER = re.compile(
    # "totaled $15.0 million at September 30, 2025, consisting of": a date's day and year
    r"^(?:[^.;$\d]|\b(?:19|20)\d\d\b|\b[0-3]?\d(?=,\s+(?:19|20)\d\d\b)){0,40}?"
    r"\b(?:consisting of|consists? of|consisted of"
    r"|comprised(?: of)?|comprises?|comprising|made up of|composed of|split between"
    r"|divided between|broken down as)\b"
    r"|^\s*:",  # "for a combined $71.5 million: Larkspur for $44.0 million and ..."
    re.IGNORECASE,
)
#: "Total revenues of $64.8 million, including rental revenue of $61.2 million and other
#: property revenue of $3.6 million": an "including" list is partial, unless its last part
#: is the rest ("other ...", "all other", "the remainder"); so is an "of which" list.
_INCLUDING_AFTER = re.compile(
    r"^(?:[^.;$\d]){0,40}?\b(?:including|included|includes|include|of\s+which)\b", re.IGNORECASE
)
#: Totals that are net of other items (a loss, an income, a cash flow): what they include
#: may exceed them ("a net loss of $2.0 million, including stock-based compensation of $1.5
#: million and depreciation of $1.0 million"), so a partial list says nothing of their sum.
_NET_MEASURE = lazy_compile(
    r"\b(?:loss|losses|income|profit|earnings|ebitda|margin|cash\s+flows?|net|deficit|change"
    r"|decrease|increase|reduction|growth|gain|savings|impact|effect|benefit)\b",
    re.IGNORECASE,
)
_THE_REST = lazy_compile(
    r"\b(?:and|,)\s+(?:(?:all|the)\s+)?(?:other|remaining|the\s+remainder|the\s+balance)\b[^$]*$",
    re.IGNORECASE,
)
#: "After underwriting discounts of $A and expenses of $B, net proceeds ... total $T",
#: "Net of fees of $A and $B, ...": the figures before the total are what was taken off it
_DEDUCTED_BEFORE = lazy_compile(
    r"(?:^|[.;:]\s+|\s[-\u2013\u2014]{1,2}\s+)(?:after|net\s+of|less|deducting)\b[^.;:]*$",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:for|in|to|of)\s+(?:an?\s+|the\s+)?(?:total|combined|aggregate|sum)(?:\s+\w+){0,2}"
    r"\s+(?:of\s+)?|(?<!\s),?\s*(?:totall?ing|totall?ed|which total(?:s|led|ed)?"
    # "1,250,000 units and ... 750,000 units, an aggregate of 2,000,000 units": the sum in
    # apposition to the list
    r"|an?\s+(?:total|aggregate|combined)\s+of)\s+"
    r"|\btotal\s+[a-z]+(?:\s+[a-z]+)?\s+(?:of|was|were)\s+"
    # "..., bringing total revenue to $15.0 million"
    r"|,\s*bringing\s+(?:the\s+|its\s+)?(?:total|combined|aggregate)(?:\s+[a-z]+){0,2}\s+to\s+)"
    rf"{HEDGED}$",
    re.IGNORECASE,
)
#: "Total loans reached $1.46 billion at September 30, 2026 (commercial real estate $812
#: million, residential mortgages $431 million and ...)": the parts in a parenthesis right
#: after the total (past its date), each after its own label.
_PARENTHESIS_OPENS = lazy_compile(
    r"^(?:\s+(?:at|as\s+of|on)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)?\s*\((?=[A-Za-z])",
)
#: What a parenthesis of parts may not hold: another period, a comparison, a change.
_NOT_PARTS_ASIDE = lazy_compile(
    r"\d|\b(?:quarter|year|prior|previous|period|compared|versus|vs|up|down|from|to|or|per"
    r"|each|increase\w*|decrease\w*|growth|change)\b|[:;%]",
    re.IGNORECASE,
)
#: What may stand between two listed parts: their labels, commas and "and".
_LIST_GAP = lazy_compile(
    r"^[^;:()]{0,90}$"
    # "product revenue ($7.5 million) and service revenue ($4.5 million)": each part in a
    # parenthesis right after its own label
    r"|^\)\s*(?:,\s*)?(?:and\s+)?[^;:()$\d]{1,60}\($"
)
_NOT_A_LIST = lazy_compile(
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
    #: the list may leave parts out ("including ..."): the parts may not exceed the total
    partial: bool = False
    #: figures the total is net of ("free cash flow" = operating cash flow less capital
    #: expenditures): total = sum(parts) - sum(less)
    less: tuple[Quantity, ...] = ()


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
    named = release_pattern(_NAMED_AFTER.format(noun=re.escape(opening.group("noun"))), re.I)
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


#: The measures a paragraph breaks down by name: a total, then each part's own sentence.
_MEASURE = r"(?:net\s+)?(?:revenues?|sales|ARR|bookings|orders|backlog|operating\s+expenses)"
#: A figure's own label: the measure, then the link to the figure ("ARR grew to", "sales
#: amounted to", "revenue was", "Revenue rose 4% y/y to"), read backwards from the figure.
_LABELLED = re.compile(
    rf"\b(?P<m>{_MEASURE})(?:\s+from\s+(?P<source>(?:[\w&'’-]+\s+){{0,3}}?[\w&'’-]+)(?=,))?"
    r"(?P<link>\s+(?:was|were|of|totall?ed|amounted\s+to|reached|stood\s+at)"
    r"|,?\s+totall?ing|\s+(?:grew|rose|increased|decreased|declined|fell|climbed|dropped)"
    r"(?:\s+(?:by\s+)?\d[\d.,]*\s?(?:%|percent)(?:\s+(?:y/y|year[\s-]over[\s-]year|sequentially))?)?"
    r"\s+to)\s+(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
#: Lower-case words an owner's name may hold ("Digital Media segment", "consolidated");
#: any other lower-case word ends the name read backwards from the measure.
_OWNER_WORDS = {
    "segment", "segment's", "segment’s", "division", "consolidated", "total", "combined",
    "overall", "group", "product", "products", "service", "services", "subscription",
    "license", "licensing", "hardware", "software", "international", "domestic", "and", "&",
}  # fmt: skip
#: "In the Environmental Services segment, sales amounted to": the owner opens the clause.
_OWNER_OPENING = lazy_compile(
    r"^\W*(?:in|at|for)\s+(?:the|its|our)\s+(?P<name>(?:[\w&'’.-]+\s+){1,5}?(?:segment|division"
    r"|business|unit))\s*,\s*$",
    re.IGNORECASE,
)
_TOTAL_WORD = lazy_compile(r"\b(?:total|consolidated|combined|overall|group)\b", re.IGNORECASE)
#: Owners that are no part: a basis, a period, an adjustment, a pronoun or a verb.
_NOT_AN_OWNER = lazy_compile(
    r"\b(?:adjusted|non-gaap|gaap|pro\s+forma|organic|comparable|same[\s-]store|annual|annualized"
    r"|quarterly|quarter|year|prior|previous|last|first|second|third|fourth|fiscal|full|half"
    r"|month|months|record|deferred|unearned|backlog|new|net\s+new|average|per|estimated"
    r"|expected|guidance|the\s+company|company|it|its|our|their|we|which|that|also|while"
    r"|with|from|to|by|of|in|was|were|is|reported|generated|posted|recorded)\b|\d",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Labelled:
    """A figure with the measure and the owner (segment, product) its sentence names."""

    measure: str
    owner: str
    quantity: Quantity
    view: View


def _measure_key(measure: str) -> str:
    words = measure.lower().split()
    if words[0] == "net" and len(words) > 1:
        words = words[1:]
    return " ".join(w.rstrip("s") if w.startswith("revenue") else w for w in words)


def _owner(head: str) -> str:
    """The name right before a measure: capitalised words and the words of ``_OWNER_WORDS``,
    read backwards to the first other word or punctuation."""
    words: list[str] = []
    for token in reversed(head.split()[-6:]):
        if not re.fullmatch(r"[\w&'’.-]+", token) or token.endswith("."):
            break
        if not (token[0].isupper() or token.lower() in _OWNER_WORDS):
            break
        words.insert(0, token)
    while words and words[0].lower() in ("and", "&"):
        words.pop(0)
    return " ".join(words)


def _labelled(view: View) -> list[_Labelled]:
    """The money figures of a sentence tied to a measure by their own label, with the words
    that name whose measure it is ("" for the measure unqualified)."""
    found = []
    for q in view.of(Kind.MONEY):
        if not _usable(q) or q.per is not None or q.qualifier is not None:
            continue
        before = view.before(q, 160)
        label = _LABELLED.search(before)
        if label is None:
            continue
        head = before[: label.start()]
        opening = _OWNER_OPENING.match(head) if q is view.of(Kind.MONEY)[0] else None
        owner = opening.group("name") if opening is not None else _owner(head)
        if label.group("source"):
            if owner:
                continue  # "product revenue from Europe": two owners, no one part
            owner = label.group("source")
        owner = " ".join(owner.split())
        if re.search(r"\b(?:in|at|for)\s*$", owner, re.IGNORECASE):
            continue
        found.append(_Labelled(_measure_key(label.group("m")), owner, q, view))
    return found


#: What stands between a figure and its prior period's figure: a comparison word ("compared
#: with", "versus", "from") after at most a period phrase, or a parenthesis opened with
#: the prior period's name ("(1-9/2024: ", "(Q3 2024: ", "(prior year: "), not another
#: measure's ("(operating income: ").
_PRIOR_BETWEEN = lazy_compile(
    r"^[^$€£;()]{0,40}?\b(?:compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from)\s+"
    r"(?:approximately\s+|about\s+)?$"
    r"|^\s*\(\s*(?=[^():;$€£]{0,25}?(?:\d{4}|\b[qh][1-4]\b|prior|previous|last\s+year"
    r"|year[- ]ago|\bpy\b))[^():;$€£]{1,25}:\s*$",
    re.IGNORECASE,
)


def _prior_of(figure: _Labelled) -> Quantity | None:
    """The prior period's figure stated right after a labelled figure, if any."""
    view, q = figure.view, figure.quantity
    later = [o for o in view.of(q.kind) if o.start > q.start]
    if not later:
        return None
    prior = later[0]
    if not _PRIOR_BETWEEN.match(view.between(q, prior)) or not _usable(prior):
        return None
    return prior if _alike(prior, q) else None


#: How many labelled figures after a total are read for its named parts.
_PARTS_AHEAD = 60


def _named_parts(views: list[View]) -> Iterator[PartsTotal]:
    """A total of a measure, then a sentence of the same paragraph for each part, named by
    its owner ("Digital Media ARR of $13.67 billion. Creative ARR grew to $11.28 billion and
    Document Cloud ARR grew to $2.39 billion."; "consolidated sales of EUR 90.7 million ...
    In the Environmental Services segment, sales amounted to EUR 72.5 million ... In the
    Hydrogen segment, sales rose by 45.6% to EUR 18.2 million"). Every later sentence of the
    paragraph that states the measure for an owner is a part: a paragraph that names some
    parts and not others states no sum, so a part not named ends the claim."""
    by_block: dict[int, list[View]] = {}
    for view in views:
        if view.block is not None:
            by_block.setdefault(view.block, []).append(view)
    for block_views in by_block.values():
        figures = [f for view in block_views for f in _labelled(view)]
        for i, total in enumerate(figures):
            segment_total = "segment" in total.owner.lower()
            if _NOT_AN_OWNER.search(_TOTAL_WORD.sub("", total.owner)):
                continue
            parts: list[_Labelled] = []
            # the parts follow the total closely: a bounded look ahead keeps a paragraph of
            # thousands of figures linear (a slice per total made it quadratic)
            for j in range(i + 1, min(len(figures), i + 1 + _PARTS_AHEAD)):
                f = figures[j]
                if f.measure != total.measure:
                    continue
                if not f.owner or _TOTAL_WORD.search(f.owner) or _NOT_AN_OWNER.search(f.owner):
                    parts = []
                    break
                if segment_total and "segment" in f.owner.lower():
                    break  # the next segment, not a part of this one
                if f.owner.lower() == total.owner.lower() or any(
                    f.owner.lower() == p.owner.lower() for p in parts
                ):
                    parts = []
                    break
                parts.append(f)
            chosen = [p.quantity for p in parts]
            if (
                len(chosen) >= 2
                and all(_alike(p, total.quantity) for p in chosen)
                and all(p.value < total.quantity.value for p in chosen)
            ):
                yield PartsTotal(total.quantity, tuple(chosen))
                # each figure with its prior period's beside it ("sales of EUR 90.7 million,
                # compared with EUR 89.8 million"; "EUR 72.5 million (1-9/2024: EUR 77.3
                # million)"): the prior figures break down the prior total the same way
                priors = [_prior_of(f) for f in (total, *parts)]
                if all(p is not None for p in priors):
                    prior_total, *prior_parts = (p for p in priors if p is not None)
                    if all(
                        _alike(p, prior_total) and p.value < prior_total.value for p in prior_parts
                    ):
                        yield PartsTotal(prior_total, tuple(prior_parts))


#: A count of things other than shares, with its noun: "61,240 ounces", "9,240 apartment
#: homes", "1,450 in Idaho" (the noun left to the total it is a part of). Read only here,
#: for the lists NUM014 checks; the quantity reader lists money, shares and percentages.
_UNIT_COUNT = lazy_compile(
    r"(?<![\w.,$€£/#-])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)"
    r"(?:\s+(?P<noun>(?:[a-z][a-z-]*\s+)?(?:ounces|oz|tonnes|tons|barrels|gallons|homes"
    r"|units|stores|locations|restaurants|customers|subscribers|members|employees|patients"
    r"|vehicles|aircraft|wells|acres|beds|rooms|properties|sites|clinics|hotels|MWh|GWh"
    r"|megawatts|MW))\b)?"
)
_UNIT_NOUNS = (
    "ounces", "oz", "tonnes", "tons", "barrels", "gallons", "homes", "units", "stores",
    "locations", "restaurants", "customers", "subscribers", "members", "employees", "patients",
    "vehicles", "aircraft", "wells", "acres", "beds", "rooms", "properties", "sites", "clinics",
    "hotels", "mwh", "gwh", "megawatts", "mw",
)  # fmt: skip
#: The words every list reader of this module needs one of (``_PARTS_AFTER``,
#: ``_INCLUDING_AFTER``, ``_TOTAL_BEFORE``).
_LIST_WORDS = (
    "total", "consist", "compris", "made up", "composed", "split", "divided", "broken down",
    ":", "includ", "of which", "combined", "aggregate", "sum",
)  # fmt: skip
_UNIT_NOUN_AFTER = lazy_compile(r"^\s+(?:in|at|from|by)\b|^\s*(?:,|and\b|$)")


def _unit_counts(view: View) -> list[Quantity]:
    """The counts of a sentence with a unit noun (or none, right after such a count's
    list opener), as quantities of kind SHARES whose ``security`` is the noun."""
    # plain substring tests first: most sentences name no list and no such noun; the
    # sentence's fold (made once) holds every ASCII word its lower case holds, so a word
    # it lacks is not in the lower case either, which is then not even made
    folded = view.folded
    if not any(map(folded.__contains__, _LIST_WORDS)):
        return []
    lowered = view.text.lower()
    # ``map`` over the bound test, not a generator: some 20,000 sentences a corpus
    if not any(map(lowered.__contains__, _LIST_WORDS)) or not any(
        map(lowered.__contains__, _UNIT_NOUNS)
    ):
        return []
    taken = [(q.start - view.start, q.end - view.start) for q in view.quantities]
    taken += [(q.start - view.start, q.end - view.start) for q in (*view.dates, *view.periods)]
    found: list[Quantity] = []
    noun: str | None = None
    for match in _UNIT_COUNT.finditer(view.text):
        start, end = match.start("num"), match.end("num")
        if any(a < end and start < b for a, b in taken):
            continue
        digits = match.group("num")
        if re.fullmatch(r"(?:19|20)\d\d", digits):
            continue  # a year
        if match.group("noun"):
            noun = match.group("noun").split()[-1].lower()
            end = match.end("noun")
        elif noun is None or not _UNIT_NOUN_AFTER.match(view.text[end : end + 12]):
            continue
        value = Decimal(digits.replace(",", ""))
        found.append(
            Quantity(
                kind=Kind.SHARES,
                value=value,
                interval=qualified_interval(value, Decimal(1), None),
                start=view.start + start,
                end=view.start + end,
                text=view.text[start:end],
                ulp=Decimal(1),
                section=view.section,
                block=view.block,
                security=noun,
            )
        )
    return found


def parts_totals(views: list[View], others: list[View] | None = None) -> list[PartsTotal]:
    """The stated sums of the claim sentences; ``others`` are the claim sections' sentences
    without a quantity the reader lists, read for lists of counts ("Tallis produced 28,410
    ounces, Kerrow produced 19,655 ounces ..., for total production of 61,240 ounces")."""
    found: list[PartsTotal] = list(_named_parts(views))
    for index, view in enumerate(views):
        named = _total_before(views, index)
        if named is not None:
            total, parts = named
            if _is_list(view, parts) and all(p.value < 2 * total.value for p in parts):
                found.append(PartsTotal(total, tuple(parts)))
        figures = [q for q in view.quantities if q.kind in _KINDS and _usable(q)]
        counts = _unit_counts(view)
        if counts:
            figures = sorted([*figures, *counts], key=lambda q: q.start)
        found.extend(_listed(view, figures))
    for view in others or []:
        if not view.quantities:
            found.extend(_listed(view, _unit_counts(view)))
    return found


def _listed(view: View, figures: list[Quantity]) -> Iterator[PartsTotal]:
    """The totals of a sentence stated with the list of their parts."""
    for i, total in enumerate(figures):
        if _PARTS_AFTER.match(view.after(total, 60)):
            parts = _run(view, figures[i + 1 :], total)
        elif _INCLUDING_AFTER.match(view.after(total, 60)):
            parts = _run(view, figures[i + 1 :], total)
            if len(parts) >= 2 and _THE_REST.search(view.between(parts[-2], parts[-1])):
                pass
            elif (
                _is_list(view, parts)
                and all(p.value < total.value for p in parts)
                and not _NET_MEASURE.search(view.before(total, 60))
            ):
                yield PartsTotal(total, tuple(parts), partial=True)
                continue
            else:
                continue
        elif _TOTAL_BEFORE.search(view.before(total, 50)):
            parts = list(reversed(_run(view, list(reversed(figures[:i])), total)))
            if parts and _DEDUCTED_BEFORE.search(view.before(parts[0], 80)):
                continue  # "After discounts of $A and expenses of $B, net proceeds total $T"
        elif _PARENTHESIS_OPENS.match(view.after(total, 60)):
            parts = _parenthesised(view, figures[i + 1 :], total)
        else:
            continue
        # a part may be misstated above the total; one far above it is no part
        if _is_list(view, parts) and all(p.value < 2 * total.value for p in parts):
            yield PartsTotal(total, tuple(parts))


def _parenthesised(view: View, candidates: list[Quantity], total: Quantity) -> list[Quantity]:
    """The parts a parenthesis right after the total lists, when it holds nothing else: each
    part labelled, no other figure, period or comparison in it, and it closes after the
    last part's label ("(commercial real estate $812 million, ... loans $217 million)")."""
    opening = view.text.find("(", total.end - view.start)
    closing = view.text.find(")", opening)
    if opening < 0 or closing < 0:
        return []
    inside = [q for q in candidates if q.end - view.start <= closing]
    parts = _run(view, inside, total)
    if len(parts) < 2 or len(parts) != len(inside):
        return []
    words = view.text[opening + 1 : closing]
    for q in reversed(parts):
        words = (
            words[: q.start - view.start - opening - 1]
            + " "
            + words[q.end - view.start - opening - 1 :]
        )
    if _NOT_PARTS_ASIDE.search(words) or not all(p.value < total.value for p in parts):
        return []
    return parts


def _run(view: View, candidates: list[Quantity], total: Quantity) -> list[Quantity]:
    """The parts next to the total, in reading order away from it, while they stay alike."""
    parts: list[Quantity] = []
    for q in candidates:
        if not _alike(q, total):
            break
        parts.append(q)
    return parts


def unread(claims: list[PartsTotal], more: list[PartsTotal]) -> list[PartsTotal]:
    """The claims of ``more`` whose total no claim of ``claims`` reads."""
    totals = {c.total.start for c in claims}
    return [c for c in more if c.total.start not in totals]


def joined_totals(relations: Relations, claims: list[PartsTotal]) -> list[PartsTotal]:
    """Totals whose parts are stated in the sentences before them (``joins``): an
    acquisition's cash and stock before "valued at $310 million in aggregate" (none whose
    total another claim already reads), the sources the next sentence funds the cash
    from, pro forma cash (the cash of the sentence before and the offering's net proceeds)
    and a debt reduced by an amount converted or repaid in the sentence before."""
    from disclint.rules.arithmetic.joins import (
        continuing_and_discontinued,
        free_cash_flows,
        funded_parts,
        joined_consideration,
        pro_forma_cash,
        reduced_debt,
        repurchase_authorizations,
    )

    totals = {c.total.start for c in claims}
    found = [
        PartsTotal(c.total, (c.cash, c.stock))
        for c in joined_consideration(relations)
        if c.total.start not in totals
    ]
    # "The cash portion will be funded from two sources: ...": the sources of the cash
    # the sources of the cash; pro forma cash = cash + the offering's net proceeds; the debt
    # before = the amount converted + the balance left
    found += [
        PartsTotal(total, (cash,), less=(spent,))
        for total, cash, spent in free_cash_flows(relations)
        if total.start not in totals
    ]
    for total, parts in [
        *funded_parts(relations),
        *pro_forma_cash(relations),
        *reduced_debt(relations),
        *continuing_and_discontinued(relations),
        *repurchase_authorizations(relations),
    ]:
        if total.start not in totals:
            found.append(PartsTotal(total, parts))
    return found


def _read_parts(
    ctx: RuleContext, relations: Relations, views: list[View], claims: list[PartsTotal]
) -> list[PartsTotal]:
    """``claims`` (the lists read in one sentence) with the parts the other readers find:
    a table's, the joined, listed, remaining, generic, named and "other" parts. Each of
    them relates the release's quantities (``View.quantities``) or a table's cells, so a
    release with neither (``Relations.figured``) is not read by them and their modules
    are not imported; only ``parts_totals`` reads counts of a unit noun that are no
    quantity ("600 stores"), and it always runs."""
    # imported here: table_parts builds on this module's PartsTotal
    from disclint.rules.arithmetic.parts_lists import listed_parts
    from disclint.rules.arithmetic.table_parts import table_parts

    claims = [*claims, *table_parts(ctx.facts, views)]
    claims += joined_totals(relations, claims)
    claims += unread(claims, listed_parts(relations))
    # a list "the remaining" part completes in the next sentence before the same whole's
    # partial list ("Of the $9.8 million ...") in one
    from disclint.rules.arithmetic.parts_remaining import remaining_parts
    from disclint.rules.arithmetic.table_total_columns import total_columns

    claims += unread(claims, [*remaining_parts(relations), *total_columns(ctx.facts)])
    from disclint.rules.arithmetic.gen_parts import gen_parts

    claims += unread(claims, gen_parts(relations))
    from disclint.rules.arithmetic.named_parts import named_parts

    claims += unread(claims, named_parts(relations))
    from disclint.rules.arithmetic.parts_other import other_parts

    claims += unread(claims, other_parts(relations))
    return claims


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
        (
            "The sellers will receive $90 million in cash at closing. The balance will be paid "
            "in newly issued shares valued at $60 million. The transaction is valued at $170 "
            "million in aggregate.",
            "The sellers will receive $90 million in cash at closing. The balance will be paid "
            "in newly issued shares valued at $60 million. The transaction is valued at $150 "
            "million in aggregate.",
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
    "including" or "of which" are partial: their parts may fall short of the total, never
    exceed it (a total net of other items, such as a loss or an income, is not checked
    against what it includes).

    An acquisition's total stated on its own ("The transaction is valued at $310 million
    in aggregate") adds up its cash and its stock stated in the sentences before it, in
    the same paragraph (``joins``), when each form is stated once and no further form
    (an earn-out, notes, assumed debt) is named; so do the sources the next sentence funds
    that cash from ("The cash portion will be funded from ..."), unless the list is
    partial ("including", "in part"). Pro forma cash "together with the net proceeds of
    the offering" is the cash of the sentence before plus the release's one net proceeds
    figure; a debt "reduced to $R" is the amount converted or repaid in the sentence
    before plus $R; earnings that include "earnings from discontinued operations of $D"
    are $D plus the income from continuing operations stated in the same or the next
    sentence (amounts and per-share figures; never when a loss is named); free cash flow
    is the operating cash flow less the capital expenditures stated with it, in its
    sentence and the one before (no other figure there, not an "adjusted" measure); a
    repurchase authorization is the total bought "since" the program began (the sentence
    before) plus the shares that "remain available" under it.

    Lists written otherwise (``parts_lists``, ``parts_periods``): a colon list whose items
    each state one part, under a sentence naming the measure of the paragraph's total ("By
    segment, Adjusted EBITDA was:"); a part stated as a count at a price and restated ", or
    $V"; a total after its named parts; parts named across a paragraph beside their prior
    period's figures, when the priors add up to the prior total."""
    relations = analysis(ctx).relations
    views = list(relations.claim_views())
    claims = parts_totals(views, relations.section_views())
    if relations.figured:
        claims = _read_parts(ctx, relations, views, claims)
    for claim in claims:
        zero = 0 * claim.total.value
        low = sum((face_interval(p).low for p in claim.parts), start=zero) - sum(
            (face_interval(p).high for p in claim.less), start=zero
        )
        high = sum((face_interval(p).high for p in claim.parts), start=zero) - sum(
            (face_interval(p).low for p in claim.less), start=zero
        )
        if Interval(low, high).overlaps(face_interval(claim.total)):
            continue
        if claim.partial and low <= face_interval(claim.total).high:
            continue  # a partial list short of its total leaves the rest unnamed
        computed = sum((p.value for p in claim.parts), start=zero) - sum(
            (p.value for p in claim.less), start=zero
        )
        working = " + ".join(plain(p) for p in claim.parts) + "".join(
            f" - {plain(p)}" for p in claim.less
        )
        yield ctx.finding(
            claim.total.start,
            claim.total.end,
            (f"{working} is" if claim.less else "the parts add up to")
            + f" {show(computed, claim.total)}, not {plain(claim.total)}",
            evidence=(
                f"{working} = {show(computed, claim.total)}",
                f"stated total: {plain(claim.total)}",
                difference(computed, claim.total),
            ),
        )
