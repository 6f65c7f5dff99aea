"""Products read from typed figures in any word order: count x price = amount, and several
counts at their own prices summing to one gross.

The template readers relate "N shares at $P per share for gross proceeds of $A" in that
order. Releases also write "Those shares, at $3.20 apiece, account for $16.8 million",
"For $12.6 million, it picked up 4,200,000 of its own shares, an average of $3.00 each",
"Priced at $0.45, the 20,000,000 new shares are worth $9.0 million" or "4,000,000 shares
at $2.50 and 1,000,000 pre-funded warrants at $2.499, for aggregate gross proceeds of
$12.5 million". Here the figures of one **episode** (a sentence, joined to the sentence
before it in the paragraph when it points back at that sentence's securities: "Those
shares", "She paid") are sorted by what they are: securities counted (``Kind.SHARES``), a
price per security (a figure written per share, "apiece", "each", or "at $P"), and
aggregate amounts tied to the count by a word that states a total ("for", "raising",
"account for", "worth", "an investment of", "in total"). A relation is read only when the
episode leaves no choice: one count, one price, one aggregate (or every count paired with
its own price and one gross), and nothing in it that makes the figures measure different
things (an "up to" cap, an option, a tranche, an exercise or conversion price, fees or a
net amount, a bound, a condition, two periods, a second amount). Silence otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Interval, Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Product, face_interval

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.checks import Check
    from disclint.rules.arithmetic.claims import Relations, View
    from disclint.rules.arithmetic.figures import Reading

__all__ = ["ProductSum", "gen_product_sums", "gen_products", "sum_check"]

#: A figure of at least this value (in its currency) is an aggregate, never a unit price.
AGGREGATE_FLOOR = Decimal(10000)
#: A unit price is below this value (a stated value of $1,000 a preferred share is one).
PRICE_CEILING = Decimal(10000)
#: A computed amount further than this factor from the stated one is not read as a typo:
#: the figures then more likely measure different things than carry an error.
PLAUSIBLE = Decimal(2)

#: Words before an amount that state it as the total of the securities counted.
_AGGREGATE_LEFT = lazy_compile(
    r"(?:\bfor|\braising|\braised?|\bbr(?:ing|ings|inging|ought)\s+in|\bbringing\s+(?:the\s+)?"
    r"(?:gross|total)\s+to|\baccounts?\s+for|\badd(?:s|ing|ed)?|\bworth|\bvalued?\s+(?:[\w'’-]+"
    r"\s+){0,3}?at|\bvalue\s+of|\bpaid|\bpay|\breceive[sd]?|\boutlay\s+of|\binvestment\s+of"
    r"|\bproceeds\s+of|\b(?:placement|offering|financing)\s+of|\btotal(?:l?ing)?|\btotal\s+of|\bcost(?:ing|s)?|,\s*or|\bspent|\bspend)"
    r"\s+(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|an\s+estimated\s+)?$",
    re.I,
)
#: The gross proceeds named earlier in the clause: "The gross proceeds from the sale of the
#: shares, ..., are expected to be approximately $35 million".
_GROSS_BEFORE = lazy_compile(r"\bgross\s+proceeds\b[^$\d;]{0,80}$", re.I)
#: Words after an amount that state it as a total.
_AGGREGATE_RIGHT = lazy_compile(
    r"^\s*(?:in\s+(?:total|aggregate|all)\b|of\s+(?:stated\s+value|the\s+total)\b"
    r"|in\s+gross\s+proceeds\b|altogether\b)",
    re.I,
)
#: Words that mark a money figure as the price of one security.
_PER_RIGHT = lazy_compile(
    r"^\s*(?:apiece|each|a\s+share|an?\s+(?:ADS|unit|warrant)|per\s+[\w-]+)\b", re.I
)
_PER_LEFT = lazy_compile(
    r"(?:\bat|\bpriced\s+at|\bprice\s+of|\baverage\s+(?:price\s+)?of|\bclose\s+of"
    r"|\bstated\s+value\s+of|\bpaid)\s+(?:about\s+|approximately\s+)?$",
    re.I,
)
#: The sentence points back at the securities of the sentence before it.
_POINTS_BACK = lazy_compile(
    r"\b(?:those|these|them|such|the\s+stake|the\s+holding|the\s+block|she|he|they"
    r"|the\s+(?:gross\s+)?proceeds|the\s+(?:[\w-]+\s+)?shares|the\s+(?:offering|placement|sale"
    r"|purchase|deal|financing))\b",
    re.I,
)
#: "before underwriting discounts and commissions and other offering expenses": says the
#: amount is the gross, not that another amount is involved.
_BEFORE_COSTS = lazy_compile(
    r"\bbefore\s+(?:deducting\s+)?(?:the\s+)?(?:(?:underwriting|placement\s+agent(?:'s|s')?"
    r"|estimated|other|offering|related|customary)\s+)*(?:discounts?|commissions?|fees|expenses)"
    r"(?:,?\s+(?:and|or)\s+(?:(?:underwriting|estimated|other|offering|related)\s+)*"
    r"(?:discounts?|commissions?|fees|expenses)){0,3}",
    re.I,
)
#: Words with a tranche that make its figures a part of a larger whole.
_TRANCHE_WHOLE = lazy_compile(
    r"\btranches\b|\btogether\b|\bcombined\b|\baggregate\b|\btotal\b|\bboth\b", re.I
)
#: Anything that makes the figures of an episode measure different things.
_REFUSE = lazy_compile(
    r"\bup\s+to\b|\boptions?\b|over-?allot|greenshoe|\bexercis|\bconver"
    r"|\bnet(?:ted|s)?\b|\bafter\s+(?:fees|expenses|deducting|commissions)|\bfees?\b"
    r"|\bcommissions?\b|\bdiscounts?\b|\bmore\s+than\b|\bless\s+than\b|\bat\s+least\b"
    r"|\bexceed|\bover\s+\$|\bunder\s+\$|\bminimum\b|\bmaximum\b|\bbetween\b|\bif\b"
    r"|\bassum|\bexpenses\b|\bper\s+cent\b|\bremaining\b|\bbalance\b|\bfirst\b|\bsecond\b"
    r"|\bfurther\b|\badditional\b|\beach\s+of\s+the\b|\bratio\b|\btogether\s+with\b"
    r"|\bcombined\s+with\b|\balong\s+with\b|\bin\s+addition\s+to\b|\bplus\b|\bconcurrent",
    re.I,
)
#: Period words: two different ones in an episode are two periods.
_PERIOD = lazy_compile(
    r"\b(?:(?:last|this|next|prior|previous|the\s+same)\s+(?:year|quarter|month|week)"
    r"|a\s+year\s+(?:earlier|ago)|(?:in|for|during|of|fiscal)\s+(?:fiscal\s+)?(?:19|20)\d\d)\b",
    re.I,
)
#: The words between a count and the price it is sold at ("4,000,000 shares at $2.50").
_COUNT_AT_PRICE = lazy_compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:at|priced\s+at|for)\s+(?:about\s+|approximately\s+)?$", re.I
)
_PRICE_CONCEPTS = frozenset({"exercise", "conversion", "fee", "net"})
_AMOUNT_CONCEPTS = frozenset({"net", "fee", "exercise", "conversion", "enterprise", "reference"})
_FIRM = (None, Qualifier.ABOUT)


@dataclass(frozen=True, slots=True)
class ProductSum:
    """gross = sum(count_i x price_i): several securities, each at its own price."""

    amount: Quantity
    pairs: tuple[tuple[Quantity, Quantity], ...]


def _firm(q: Quantity) -> bool:
    return q.qualifier in _FIRM and not q.in_range and not q.negative and not q.malformed


def _count(q: Quantity) -> bool:
    return (
        q.kind is Kind.SHARES
        and _firm(q)
        and q.value > 0
        and q.instrument not in ("option", "warrant", "convertible")
    )


def _price(view: View, q: Quantity) -> bool:
    """A money figure written as the price of one security."""
    if q.kind is not Kind.MONEY or not _firm(q) or q.scale != 1 or q.value >= PRICE_CEILING:
        return False
    if q.per is not None:
        return q.per in ("share", "unit", "ads", "warrant", "preferred share")
    return bool(_PER_RIGHT.match(view.after(q, 30)) or _PER_LEFT.search(view.before(q, 40)))


def _aggregate(view: View, q: Quantity, concept: str | None = None) -> bool:
    """A money figure a word states as the total of what was counted, or that the figure
    reader typed as a sale's gross proceeds."""
    if q.kind is not Kind.MONEY or not _firm(q) or q.per is not None:
        return False
    if q.value < AGGREGATE_FLOOR:
        return False
    before = _BEFORE_COSTS.sub(" ", view.before(q, 200))
    return concept == "gross" or bool(
        _AGGREGATE_LEFT.search(before[-60:])
        or _GROSS_BEFORE.search(before)
        or _AGGREGATE_RIGHT.match(view.after(q, 30))
    )


def _episodes(rel: Relations) -> list[tuple[View, View | None]]:
    """Each claim sentence, with the sentence before it when it points back at it."""
    found: list[tuple[View, View | None]] = []
    previous: View | None = None
    for view in rel.section_views():
        joined = None
        if (
            view.quantities  # the only sentences kept: the others' test is not run
            and previous is not None
            and previous.block == view.block
            and previous.index + 1 == view.index
            and _POINTS_BACK.search(view.text)
        ):
            joined = previous
        if view.quantities:
            found.append((view, joined))
        previous = view
    return found


def _quantities(reading: Reading, view: View) -> list[Quantity]:
    """The sentence's figures as the figure reader typed them (with the counts the quantity
    reader leaves: "4,200,000 of its own shares"), or its quantities when it read none."""
    figures = reading.by_view.get(view.index)
    if figures is None:
        return list(view.quantities)
    typed = [f.quantity for f in figures]
    kinds = (Kind.MONEY, Kind.SHARES, Kind.PERCENT)
    return typed + [q for q in view.quantities if q.kind not in kinds] + _counts_of_them(view)


#: "pre-funded warrants instead of shares: 750,000 of them": a count whose noun stands
#: before it in the sentence.
_OF_THEM = lazy_compile(r"(?<![\d,.$])(?P<num>\d{1,3}(?:,\d{3})+)\s+of\s+them\b", re.I)
_SECURITY_NOUN = lazy_compile(r"\b(?:shares|warrants|units|ADSs)\b", re.I)


def _counts_of_them(view: View) -> list[Quantity]:
    if "of them" not in view.text:
        return []
    from disclint.rules.arithmetic.claims import count_at

    starts = {q.start for q in view.quantities}
    found = []
    for m in _OF_THEM.finditer(view.text):
        if view.start + m.start("num") in starts:
            continue
        nouns = _SECURITY_NOUN.findall(view.text[: m.start()])
        if nouns:
            count = count_at(view, m.start("num"), m.end("num"))
            # "warrants instead of shares: 750,000 of them": the noun the clause is about
            if any(n.lower().startswith("warrant") for n in nouns):
                count = replace(count, security="warrants")
            found.append(count)
    return found


def _translated(view: View, q: Quantity) -> bool:
    """ "C$35.1 million (US$25.1 million)": the same amount in another currency."""
    return view.before(q, 3).rstrip().endswith("(") and any(
        o.kind is Kind.MONEY and o.end <= q.start and (o.currency or "USD") != (q.currency or "USD")
        for o in view.quantities
    )


#: Warrants named beside the securities counted ("shares ..., with warrants attached"):
#: the price may buy a unit of both, so the count times the price is not the amount.
_WARRANTS = lazy_compile(r"(?<!\bno\s)\bwarrants?\b", re.I)


def _warrants_beside(texts: list[str], counts: list[Quantity]) -> bool:
    if not any(_WARRANTS.search(t) for t in texts):
        return False
    return not any("warrant" in (c.security or "") for c in counts)


def _refused(texts: list[str]) -> bool:
    text = _BEFORE_COSTS.sub(" ", " ".join(texts))
    if _REFUSE.search(text):
        return True
    if "tranche" in text.lower() and _TRANCHE_WHOLE.search(text):
        return True
    return len({" ".join(m.group(0).lower().split()) for m in _PERIOD.finditer(text)}) > 1


def _one_product(
    rel: Relations,
    reading: Reading,
    concepts: dict[int, str | None],
    view: View,
    views: list[View],
) -> Product | None:
    """The product of one episode (``views``, ending with ``view``), when it leaves no
    choice."""
    figures = [(v, q) for v in views for q in _quantities(reading, v)]
    money = [(v, q) for v, q in figures if q.kind is Kind.MONEY and not _translated(v, q)]
    counts = [q for _, q in figures if q.kind is Kind.SHARES]
    prices = [q for v, q in money if _price(v, q) and concepts.get(id(q)) not in _PRICE_CONCEPTS]
    amounts = [q for v, q in money if _aggregate(v, q, concepts.get(id(q)))]
    texts = [v.text for v in views]
    if len(counts) == 1 and len(amounts) == 1 and not prices:
        # the price named, not written: "at the offer price", "of stated value"
        named = _named_price(rel, reading, view, amounts[0], [q for _, q in money])
        if named is None:
            return None
        prices, stated_value = [named], named.value < amounts[0].value / 1000
        money = [m for m in money if m[1] is amounts[0]] + [(view, named)]
        if stated_value:  # "converted at $3.75 per common share": another price
            texts = [_CONVERTED.sub(" ", t) for t in texts]
    if len(counts) != 1 or len(prices) != 1 or len(amounts) != 1 or len(money) != 2:
        return None
    count, price, amount = counts[0], prices[0], amounts[0]
    if not _count(count) or any(q.kind is Kind.PERCENT for _, q in figures):
        return None
    if _refused(texts) or _warrants_beside(texts, [count]):
        return None
    if concepts.get(id(price)) in _PRICE_CONCEPTS:
        return None
    if concepts.get(id(amount)) in _AMOUNT_CONCEPTS:
        return None
    if not _plausible(count.value * price.value, amount.value):
        return None
    return Product(amount, count, price, "purchase")


def gen_products(rel: Relations) -> list[Product]:
    """count x price = amount, read when the episode holds exactly one of each."""
    cached = getattr(rel, "_gen_products", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: list[Product] = []
    from disclint.rules.arithmetic.figures import reading_of

    reading = reading_of(rel)
    concepts = {id(f.quantity): f.concept for f in reading.figures}
    for view, before in _episodes(rel):
        # the sentence alone first: the sentence before joins only to supply what it lacks
        product = _one_product(rel, reading, concepts, view, [view])
        if product is None and before is not None:
            product = _one_product(rel, reading, concepts, view, [before, view])
        if product is not None:
            found.append(product)
    rel._gen_products = found  # type: ignore[attr-defined]
    return found


#: The sentence names the sale's price without writing it.
_SAME_PRICE = lazy_compile(
    r"\b(?:at|on)\s+the\s+(?:same\s+terms|same\s+price|(?:public\s+)?offer(?:ing)?\s+price"
    r"|purchase\s+price)\b",
    re.I,
)
_STATED_VALUE = lazy_compile(r"\bstated\s+value\b", re.I)
_CONVERTED = lazy_compile(r"\bconver\w*(?:\s+at\s+\$[\d.,]+\s+per\s+(?:common\s+)?share)?", re.I)
#: How many sentences back a stated value per share is looked for.
STATED_REACH = 3


def _words_before(rel: Relations, q: Quantity) -> str:
    if q.sentence is None or not 0 <= q.sentence < len(rel.views):
        return ""
    return rel.views[q.sentence].before(q, 40)


def _named_price(
    rel: Relations, reading: Reading, view: View, amount: Quantity, money: list[Quantity]
) -> Quantity | None:
    """The price per security an amount is the total of, when the sentence names it:
    "$24.0 million of stated value" (the stated value per share of the sentences just
    before, or a conversion sentence's own), "at the offer price", "on the same terms" (the
    sale's one price, when every price the release gave the sale is the same)."""
    if _STATED_VALUE.search(view.after(amount, 30)) or _STATED_VALUE.search(
        view.before(amount, 30)
    ):
        per_share = [
            f.quantity
            for f in reading.figures
            if f.concept == "stated value"
            and view.index - STATED_REACH <= f.view <= view.index
            and f.quantity is not amount
            and f.quantity.scale == 1
            and f.quantity.value < PRICE_CEILING
            and f.quantity.start < amount.start
        ]
        others = [q for q in money if q is not amount]
        if per_share and all(q.per is not None for q in others):
            return per_share[-1]
        return None
    if not _SAME_PRICE.search(view.text) or len(money) != 1:
        return None
    prices = [
        f.quantity
        for f in reading.figures
        if f.concept == "price"
        and f.subject == "sale"
        and f.view < view.index
        and f.quantity.scale == 1
        and f.quantity.value < PRICE_CEILING
    ]
    prices = [q for q in prices if not _MARKET.search(_words_before(rel, q))]
    if not prices or len({q.value for q in prices}) != 1:
        return None
    return prices[-1]


#: A price the market set, not the sale: "closed at $2.86", "last traded at".
_MARKET = lazy_compile(r"\b(?:clos(?:ed|ing|e)|traded?|trading|market)\b[^$]{0,30}$", re.I)


def _plausible(computed: Decimal, stated: Decimal) -> bool:
    if computed <= 0 or stated <= 0:
        return False
    return stated / PLAUSIBLE <= computed <= stated * PLAUSIBLE


def gen_product_sums(rel: Relations) -> list[ProductSum]:
    """gross = sum(count_i x price_i) in one sentence: every count paired with the price
    written right after it ("N shares at $P and M pre-funded warrants at $Q"), and one
    aggregate amount."""
    found: list[ProductSum] = []
    for view, _before in _episodes(rel):
        figures = view.quantities
        if sum(1 for q in figures if q.kind is Kind.SHARES) < 2:
            continue
        if any(q.kind is Kind.PERCENT for q in figures) or _refused([view.text]):
            continue
        pairs: list[tuple[Quantity, Quantity]] = []
        amounts: list[Quantity] = []
        ok = True
        ordered = sorted(figures, key=lambda q: q.start)
        i = 0
        while i < len(ordered):
            q = ordered[i]
            if q.kind is Kind.SHARES:
                nxt = ordered[i + 1] if i + 1 < len(ordered) else None
                if (
                    nxt is None
                    or not _count(q)
                    or nxt.kind is not Kind.MONEY
                    or not _price(view, nxt)
                    or not _COUNT_AT_PRICE.match(view.between(q, nxt))
                ):
                    ok = False
                    break
                pairs.append((q, nxt))
                i += 2
                continue
            if q.kind is Kind.MONEY and _aggregate(view, q):
                amounts.append(q)
            elif q.kind in (Kind.MONEY, Kind.SHARES):
                ok = False
                break
            i += 1
        if not ok or len(pairs) < 2 or len(amounts) != 1:
            continue
        if _warrants_beside([view.text], [c for c, _ in pairs]):
            continue
        amount = amounts[0]
        if amount.start < pairs[-1][1].end:
            continue  # the gross after its terms only: "..., for gross proceeds of $A"
        computed = sum((c.value * p.value for c, p in pairs), start=Decimal(0))
        if _plausible(computed, amount.value):
            found.append(ProductSum(amount, tuple(pairs)))
    return found


def sum_interval(s: ProductSum) -> Interval:
    """The interval of sum(count_i x price_i) from each figure's rounding."""
    total = Interval(Decimal(0), Decimal(0))
    for count, price in s.pairs:
        total = total + face_interval(count) * face_interval(price)
    return total


def sum_check(s: ProductSum) -> Check | None:
    """NUM001 when the counts at their prices do not add up to the stated gross."""
    from disclint.rules.arithmetic.checks import Check, difference, plain, show, stated

    computed_iv = sum_interval(s)
    if computed_iv.overlaps(s.amount.interval):
        return None
    computed = sum((c.value * p.value for c, p in s.pairs), start=Decimal(0))
    working = " + ".join(f"{show(c.value, c)} x {plain(p)}" for c, p in s.pairs)
    return Check(
        "NUM001",
        s.amount.start,
        s.amount.end,
        f"{working} = {show(computed, s.amount)}, not {plain(s.amount)}",
        (
            f"{working} = {show(computed, s.amount)}",
            f"stated: {stated(s.amount)}",
            difference(computed, s.amount),
        ),
    )
