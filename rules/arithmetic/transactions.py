"""One sale of securities read as one fact with slots, across the sentences that tell it.

The phrase readers of ``claims`` and the two-sentence joins of ``joins`` relate the figures
of one sentence, or of one sentence and its neighbour. A release often tells an offering
over a few paragraphs, each figure in a clause of its own and in any order: "... in a
registered direct offering expected to raise approximately $22.05 million before fees and
expenses." (the gross), a paragraph later "the investors will buy 4,900,000 shares of
common stock. Their price, $4.50 per share, is ..." (count and price), and after that
"Once the agent's cash fee (about $1.32 million) and other offering expenses ... are paid,
the Company expects to net roughly $20.45 million." (fees and net).

A ``Deal`` is that telling: from a sentence that names a sale (offering, placement, sold,
will buy, ...) through the following sentences of the claim sections, at most
``REACH_BLOCKS`` paragraphs on, until a sentence opens on new matter ("Separately, ...",
"In addition, ...") or names another kind of transaction (a conversion, an exercise, a
buyback, a dividend: their figures fill no slot of the sale). Each figure fills a slot only
from its own clause's words (a count after a sale verb, a price per share named as the
price, gross and net by their labels or verbs, a fee by its noun), so the order of the
clauses does not matter.

Then every relation the filled slots allow is checked by the family's own checks (NUM001
for count x price = gross, NUM006 for net below gross and gross less the stated fees).
Precision first: a slot with two different candidates is left empty (two placements, a
tranche and the aggregate, two share classes), and nothing is read from a telling that
names an option, tranches, a concurrent or combined deal, pre-funded warrants, warrants
sold beside the shares without one combined price, or a figure stated as a cap ("up to").
The headline is left out: its gross against the body's net is a summary, not a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import (
    HEDGED,
    Proceeds,
    Product,
    _in_view,
    _since_last_figure,
    split_into_parts,
)

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["Deal", "deal_proceeds", "deal_products", "deals"]

#: How many paragraphs after its first sentence a sale's telling may run.
REACH_BLOCKS = 3

#: A sentence that names a sale of the issuer's securities (where a telling starts).
_SALE = lazy_compile(
    r"\b(?:offering|placement|sold|sells?|sale\s+of|will\s+(?:buy|purchase)|agreed\s+to\s+"
    r"(?:buy|purchase|sell)|purchase\s+agreements?|subscri\w+|financing|priced|rais(?:e|ed|ing)"
    r"|gross\s+proceeds)\b",
    re.I,
)
#: Another kind of transaction: a sentence naming it gives no slot of a sale.
_OTHER_DEAL = lazy_compile(
    r"conver|repurchas|buy\s?-?back|bought\s+back|redeem|redemption|dividend"
    r"|distribution|acqui|merger|\bloan\b|credit\s+facility|notes?\s+due|debentures?",
    re.I,
)
#: A warrant named as such (not "No warrants are being issued"), or its exercise: in such a
#: sentence only units and their price per unit are the sale's (a share's price may be
#: paid apart from its warrant's; an exercise price prices no sale).
_WARRANT = lazy_compile(r"(?<!\bno\s)(?<!\bwithout\s)\bwarrants?\b|exercis", re.I)
#: What would come only if something happens (a warrant's exercise): no gross of the sale.
_HYPOTHETICAL = lazy_compile(
    r"\b(?:would|could|if|upon|additional|further|potential|exercis\w*)\b[^$.;]{0,60}$", re.I
)
#: A sentence that opens on another matter: the telling ends before it.
_NEW_MATTER = lazy_compile(
    r"^\W*(?:separately|in addition|additionally|also|in a separate|concurrently|further"
    r"|moreover|meanwhile|elsewhere|previously|earlier|last year|in \d{4}|since)\b",
    re.I,
)
#: Words that make the telling's figures measure more than one sale (or one of several):
#: nothing is read from such a telling.
_SEVERAL = lazy_compile(
    r"\b(?:tranches?|(?:first|second|third|initial|final|subsequent|additional)\s+closing"
    r"|concurrent\w*|over-?allotment|greenshoe|option|at-the-market|ATM\s+program)\b",
    re.I,
)
#: The same, said beside a figure: "Combined with ..., gross proceeds were"; in a sentence
#: without figures ("to use the net proceeds, together with its existing cash, ...") it
#: joins nothing the slots hold.
_SEVERAL_BESIDE = lazy_compile(
    r"\b(?:combined|together\s+with|to\s+date|cumulative\w*|in\s+total)\b", re.I
)
#: Pre-funded warrants: sold at the price less their exercise price, counted apart unless
#: the count is of units that hold a share or a pre-funded warrant.
_PRE_FUNDED = lazy_compile(r"\bpre-?funded\b", re.I)

#: A count after the verb or noun of its sale ("will buy 4,900,000 shares", "sold 5.0
#: million Class A shares", "an offering of 2,000,000 shares").
_COUNT_CUE = lazy_compile(
    r"\b(?:sold|sells?|sell|selling|buy|buying|purchase|purchasing|purchased|bought|issued|priced"
    r"|issue|issuing|offered|offering\s+of|placement\s+of|sale\s+of|consist(?:s|ed|ing)?\s+of)\s+"
    rf"(?:(?:a\s+total\s+of|an\s+aggregate\s+of|the)\s+)?{HEDGED}$",
    re.I,
)
#: A price of some of what is sold, not all: "$4.00 per share for 1,000,000 of them".
_FOR_SOME = lazy_compile(r"^(?:\s*per\s+[\w-]+)?(?:\s*,)?\s*for\s+(?:the\s+first\s+)?\d", re.I)
#: A count that is no sale: held, outstanding, authorized, underlying.
_HELD_AFTER = lazy_compile(
    r"^[^.;$\d]{0,25}?\b(?:outstanding|authori[sz]ed|reserved|underlying|held|owned)\b", re.I
)
#: A reference price, not the price of the sale ("$4.00, the last reported sale price",
#: "the $0.75 closing price").
_REFERENCE_AFTER = lazy_compile(
    r"^[\s,]*(?:the\s+)?(?:last\s+(?:reported\s+)?(?:sale|trade|closing)|closing|market"
    r"|average|volume|vwap|bid|ask)\b",
    re.I,
)
_REFERENCE_BEFORE = lazy_compile(
    r"\b(?:above|below|over|under|premium\s+to|discount\s+to|close\w*|closing|market|vwap"
    r"|average|exercis\w*|strike|conversion|par\s+value)\b[^$]{0,25}$",
    re.I,
)
#: The price of what is sold, named as such around it ("Their price, $4.50 per share",
#: "priced at $0.60 per share", "at $9.70 per share", "$2.00 each").
_PRICE_CUE = lazy_compile(
    r"(?:\bat|price(?:\s*,)?|priced\s+at|price\s+of|price\s+(?:is|was|will\s+be)|paying|pay)"
    rf"\s*{HEDGED}$",
    re.I,
)
_PRICE_PER_WAS = lazy_compile(
    r"\bprice\s+(?:paid\s+)?per\s+(?:[\w-]+\s+){0,2}?(?P<unit>units?|shares?)\s+(?:is|was|will\s+be"
    rf"|of)\s+{HEDGED}$",
    re.I,
)
#: Gross proceeds by their label or verb.
#: "gross proceeds", "gross proceeds to the Company of", "gross proceeds from the offering
#: were": the label and who or what the proceeds are of (not the selling stockholders'
#: or the underwriters'), then the figure's verb.
_PROCEEDS_OF = (
    r"\s+(?:cash\s+)?proceeds(?:\s+(?:to|from|of)\s+(?!(?:the\s+)?(?:selling|stockholders?"
    r"|shareholders?|holders?|underwriters?|agents?|investors?|purchasers?)\b)"
    r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
    r"(?:\s+(?:of|were|was|are|is|totall?ed|amounted\s+to|will\s+be|are\s+expected\s+to\s+be))?"
)
_GROSS_BEFORE = lazy_compile(
    rf"(?:\bgross{_PROCEEDS_OF}"
    r"|\b(?:raise|raised|raising|brought\s+in|brings?\s+in|bringing\s+in)"
    r"(?:\s+gross\s+proceeds\s+of)?)\s+"
    rf"{HEDGED}$",
    re.I,
)
#: A later paragraph's words that point back at the sale its telling opened with ("The
#: placement brought in ...", "the investors will buy ...", "Their price, ...", "the
#: agent's cash fee"): a paragraph without them may be about another company or deal.
_POINTS_BACK = lazy_compile(
    r"\b(?:the|this|these|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:offering|placement|sale|deal"
    r"|financing|transaction|investors?|purchasers?|subscribers?|agents?|underwriters?"
    r"|proceeds|price|purchase\s+agreements?)\b|^\W*(?:their|its)\s+price\b"
    r"|\b(?:net|gross)\s+proceeds\s+to\s+the\s+company\b"
    r"|^\W*(?:the\s+)?(?:aggregate\s+|total\s+)?(?:gross|net)\s+proceeds\b",
    re.I,
)
#: The sale named by its size: "its $48.5 million registered direct offering".
_SIZE_BEFORE = lazy_compile(r"\b(?:its|the|a|an|this|their)\s+(?:approximately\s+)?$", re.I)
_SIZE_AFTER = lazy_compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:offering|placement|financing|capital\s+raise)\b", re.I
)
#: Between a part's amount and the whole sale's size: "$2.0 million of the $40.0 million".
_PART_OF = lazy_compile(r"^\s+of\s+(?:the|its|this|our)\s+(?:approximately\s+)?", re.I)
_GROSS_AFTER = lazy_compile(
    r"^\s*(?:in\s+)?gross\b(?!\s+margin)|^[^.;$\d]{0,20}?\bbefore\s+(?:deducting\s+)?"
    r"(?:the\s+)?(?:placement\s+agent\s+|underwriting\s+|offering\s+)?(?:fees|expenses|costs"
    r"|commissions|discounts)\b",
    re.I,
)
#: Net proceeds by their label or verb ("net proceeds of", "to net", "will receive ...
#: after placement costs").
_NET_BEFORE = lazy_compile(
    rf"(?:\bnet{_PROCEEDS_OF}"
    r"|\b(?:to|will|would|expects?\s+to|expected\s+to)\s+net|\bnetted)\s+"
    rf"{HEDGED}$",
    re.I,
)
_NET_AFTER_COSTS = lazy_compile(
    r"\b(?:after|once)\b[^;]{0,160}?\b(?:costs|fees?|expenses|commissions|discounts)\b[^;]{0,120}?"
    rf"\b(?:receive|keep|retain)\s+{HEDGED}$",
    re.I,
)
_NET_AFTER = lazy_compile(r"^\s*(?:in\s+)?net\b(?!\s+(?:loss|income|revenue|sales))", re.I)
#: A fee by its noun, with no other figure between ("the agent's cash fee (about $1.32
#: million)", "other offering expenses, which the Company puts at $0.28 million").
_FEE_BEFORE = lazy_compile(
    r"\b(?:fees?|commissions?|expenses|costs)\b(?:\s*\(\s*|[^$.;]{0,50}\b(?:of|at|totall?ing"
    rf"|were|was|amounted\s+to)\s+){HEDGED}$",
    re.I,
)


@dataclass
class Deal:
    """One sale as the release tells it: its sentences and the candidates of each slot."""

    views: list[View]
    counts: list[Quantity] = field(default_factory=list)
    prices: list[tuple[View, Quantity]] = field(default_factory=list)
    grosses: list[Quantity] = field(default_factory=list)
    nets: list[Quantity] = field(default_factory=list)
    fees: list[Quantity] = field(default_factory=list)

    @cached_property
    def text(self) -> str:
        return " ".join(v.text for v in self.views)

    @cached_property
    def several(self) -> bool:
        """The telling names more than one sale, an option or pre-funded warrants (asked
        by two readers; the words are tested in each sentence's fold first: they hold no
        space, so a match in the joined text has them in one sentence)."""
        return (
            any(v.may(_SEVERAL) for v in self.views) and _SEVERAL.search(self.text) is not None
        ) or any(
            v.quantities and v.may(_SEVERAL_BESIDE) and _SEVERAL_BESIDE.search(v.text)
            for v in self.views
        )


def _one(candidates: list[Quantity]) -> Quantity | None:
    """The slot's figure when every candidate states the same value (a restatement)."""
    if not candidates:
        return None
    first = candidates[0]
    if all(q.value == first.value and q.kind is first.kind for q in candidates[1:]):
        return first
    return None


def _sections(rel: Relations) -> tuple[list[View], dict[int, int]]:
    """The claim sections' sentences and each one's place among them, made once a release
    (a telling starts at each sale sentence: rebuilding them each time is quadratic)."""
    cached = getattr(rel, "_transaction_sections", None)
    if cached is None:
        sections = rel.section_views()
        cached = (sections, {v.index: i for i, v in enumerate(sections)})
        rel._transaction_sections = cached  # type: ignore[attr-defined]
    return cached


def _telling(rel: Relations, start: View) -> list[View]:
    views = [start]
    sections, position = _sections(rel)
    i = position.get(start.index)
    if i is None or start.block is None:
        return views
    for at in range(i + 1, len(sections)):  # by index: a slice copies the rest each time
        other = sections[at]
        if other.block is None or other.block > start.block + REACH_BLOCKS:
            break
        if _NEW_MATTER.search(other.text):
            break
        views.append(other)
    return views


def deals(rel: Relations) -> list[Deal]:
    """The sales the release tells, each with its slots' candidates (computed once)."""
    cached = getattr(rel, "_transaction_deals", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: list[Deal] = []
    covered: set[int] = set()
    for view in rel.section_views():
        if view.index in covered:
            continue
        # ``_in_view`` tests ``may_match`` first: most sentences hold none of the words
        if not _in_view(_SALE, view) or _in_view(_OTHER_DEAL, view):
            continue
        deal = Deal(_telling(rel, view))
        covered.update(v.index for v in deal.views)
        for v in deal.views:
            if _in_view(_OTHER_DEAL, v):
                continue  # a conversion's or a buyback's figures fill no slot of the sale
            if v.block != view.block and not _in_view(_POINTS_BACK, v):
                continue  # a later paragraph tells this sale only when it points back at it
            _fill(rel, deal, v, units_only=_in_view(_WARRANT, v))
        found.append(deal)
    rel._transaction_deals = found  # type: ignore[attr-defined]
    return found


def _part_of_the_sale(view: View) -> bool:
    """ "Directors purchased 250,000 shares at $8.00 per share, or $2.0 million of the
    $40.0 million offering": the sentence tells a part of the sale (some buyers' shares and
    money) and names the whole sale by its size, so its count is not the sale's."""
    money = view.of(Kind.MONEY)
    return any(
        (_PART_OF.fullmatch(view.between(a, b)) and _SIZE_AFTER.search(view.after(b, 40)))
        # "received $25.0 million in gross proceeds, including $5.0 million from the sale
        # of 1,000,000 shares to insiders": the count is the included part's
        or split_into_parts(view, a)
        for a, b in pairwise(money)
    )


def _fill(rel: Relations, deal: Deal, view: View, *, units_only: bool) -> None:
    if _part_of_the_sale(view):
        return
    prices = rel._prices(view)
    for q in view.of(Kind.MONEY):
        # "The price per Common Unit was $0.42": the unit the label names
        named = _PRICE_PER_WAS.search(view.before(q, 50))
        if named and q.per is None and q.scale == 1 and q not in prices:
            unit = "unit" if named.group("unit").lower().startswith("unit") else "share"
            prices.append(replace(q, per=unit))
    sellable = [
        q
        for q in view.of(Kind.SHARES)
        if not q.in_range
        and q.instrument is None
        and q.security in ("shares", "units", "ads")
        and not (units_only and q.security != "units")
        and not _HELD_AFTER.search(view.after(q, 40))
    ]
    sold = [q for q in sellable if _COUNT_CUE.search(view.before(q, 60))]
    if sold:
        # "sold 8,000,000 units and 2,000,000 flow-through units": every count of the
        # sentence is a candidate, so that two leave the slot empty
        deal.counts.extend(sellable)
    for q in prices:
        if q.in_range or q.per not in (None, "share", "unit", "ads"):
            continue
        if (sellable and not sold) or _FOR_SOME.search(view.after(q, 40)):
            continue  # "$4.00 per share for 1,000,000 of them": the price of a part
        if units_only and q.per != "unit":
            continue
        if _REFERENCE_AFTER.search(view.after(q, 40)) or _REFERENCE_BEFORE.search(
            view.before(q, 40)
        ):
            continue
        if q.per is None and not _PRICE_CUE.search(view.before(q, 30)):
            continue
        deal.prices.append((view, q))
    for q in view.of(Kind.MONEY):
        if q in prices or q.per is not None or q.in_range or q.negative:
            continue
        before, after = view.before(q, 60), view.after(q, 40)
        gross = (
            _GROSS_BEFORE.search(before)
            or _GROSS_AFTER.search(after)
            or (_SIZE_BEFORE.search(view.before(q, 20)) and _SIZE_AFTER.search(after))
        )
        if _FEE_BEFORE.search(_since_figure(view, q)):
            deal.fees.append(q)
        elif (
            _NET_BEFORE.search(before)
            or _NET_AFTER_COSTS.search(view.before(q, 240))
            or _NET_AFTER.search(after)
        ):
            deal.nets.append(q)
        elif gross and not (units_only and _HYPOTHETICAL.search(_since_figure(view, q, 100))):
            deal.grosses.append(q)


def _since_figure(view: View, q: Quantity, width: int = 70) -> str:
    """The words before ``q`` back to the figure before it (at most ``width`` characters):
    ``claims._since_last_figure`` (a bisection, not a scan of the sentence per figure)."""
    return _since_last_figure(view, q, width)


def _capped(*quantities: Quantity) -> bool:
    return any(q.qualifier is Qualifier.UP_TO for q in quantities)


def _covered(rel: Relations) -> set[int]:
    """Figures the sentence readers already relate (their claims stand; a second reading
    of the same figure would only repeat or contradict them)."""
    from disclint.rules.arithmetic.joins import joined_products

    ids: set[int] = set()
    for p in [*rel.products, *rel.offering_products, *rel.exercise_products, *joined_products(rel)]:
        ids.update(id(q) for q in (p.amount, p.shares, p.price))
    return ids


def deal_products(rel: Relations) -> list[Product]:
    """count x price = gross for each sale whose three slots hold one figure each."""
    covered = _covered(rel)
    found: list[Product] = []
    for deal in deals(rel):
        if deal.several:
            continue
        count = _one(deal.counts)
        gross = _one(deal.grosses)
        if count is None or gross is None or _capped(count, gross):
            continue
        price = _one([q for _, q in deal.prices]) or _one_at_count(deal, count, gross)
        if price is None:
            continue
        if _PRE_FUNDED.search(deal.text) and count.security != "units":
            continue  # shares and pre-funded warrants, each at its own price and count
        if sum(id(q) in covered for q in (count, gross, price)) == 3:
            continue  # the sentence readers' claim already
        if gross.currency != price.currency:
            continue
        view = next(v for v, q in deal.prices if q is price)
        if not rel._unit_matches(count, price, view.text):
            continue
        found.append(Product(gross, count, price, "offering"))
    return found


def _one_at_count(deal: Deal, count: Quantity, gross: Quantity) -> Quantity | None:
    """Two prices per unit that the gross cannot tell apart ("$0.42 per Common Unit (or
    $0.41999 per Unit in the case of units that include pre-funded warrants)"): the first,
    when the count times their difference is within half the gross's last digit."""
    prices = [q for _, q in deal.prices]
    if len(prices) < 2 or any(q.per != "unit" for q in prices) or count.security != "units":
        return None
    spread = max(q.value for q in prices) - min(q.value for q in prices)
    first = min(prices, key=lambda q: q.start)  # the price as the release first states it
    return first if spread * count.value < gross.ulp / 2 else None


def deal_proceeds(rel: Relations) -> list[Proceeds]:
    """Net below gross, and gross less the stated fees, for each sale with one gross. The
    net stated twice with two values is checked at each (net above the gross is wrong
    whichever the release meant); the fees only against a net stated once."""
    taken = {(id(p.gross), id(p.net)) for p in rel.proceeds}
    found: list[Proceeds] = []
    for deal in deals(rel):
        if deal.several:
            continue
        gross = _one(deal.grosses)
        if gross is None or _capped(gross) or not deal.nets:
            continue
        net_once = _one(deal.nets)
        nets = [net_once] if net_once is not None else deal.nets
        for net in nets:
            if _capped(net) or (id(gross), id(net)) in taken or gross.currency != net.currency:
                continue
            fees = (
                tuple(f for f in deal.fees if f.currency == net.currency and not _capped(f))
                if net_once is not None
                else ()
            )
            found.append(Proceeds(gross, net, fees))
    return found
