"""An acquisition's per-share terms as queries over the figures' facts (``figures``).

"each share of Verity common stock will be exchanged for $18.00 in cash and 0.4250 of a
share of Osterfield common stock. Valued at Osterfield's closing price of $40.00 ..., the
stock portion is worth $17.00." states three products a reader can check: the exchange
ratio x the acquirer's price = the stock portion's value; "an equity value of
approximately $1,456 million, based on its roughly 41.6 million fully diluted shares" = the
count x the consideration per share; "issue about 17.7 million new shares" = the target's
count x the exchange ratio.

The exchange ratio is no quantity of the quantity reader (a fraction "of a share"); it is
read here from its phrase. Refusals: a price of another company than the one whose shares
the ratio gives ("Valued at Verity's closing price" against a ratio in Osterfield shares);
two ratios or two per-share considerations (an election, a collar); an enterprise value
(equity plus net debt) is never the count x price.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Interval, Kind, Qualifier, Quantity, lazy_compile, may_match
from disclint.rules.arithmetic.figure_queries import _one
from disclint.rules.arithmetic.figures import reading_of

if TYPE_CHECKING:
    from disclint.rules.arithmetic.claims import Product, Relations, View

__all__ = ["buyback_products", "deal_term_products", "exchange_ratios"]

_DEAL = lazy_compile(r"\b(?:acqui\w+|merger|combination|exchanged\s+for)\b", re.I)
#: "will be exchanged for $18.00 in cash and 0.4250 of a share of Osterfield common stock",
#: "the right to receive 1.25 shares of Acme common stock".
_RATIO = lazy_compile(
    r"\b(?:exchanged\s+for|receive|converted\s+into)\b(?:[^.;]|\.(?=\d)){0,80}?(?<![\d,.$])"
    r"(?P<num>\d{0,2}\.\d{2,5})\s+(?:of\s+a\s+share|shares?)\s+of\s+"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})",
)
#: The company whose price a figure is: "Osterfield's closing price of".
_OWNER = lazy_compile(r"\b(?P<name>[A-Z][\w&-]*)(?:'s|’s)\s+(?:[\w-]+\s+){0,5}?$")
#: "based on its roughly 41.6 million fully diluted shares": the count a value is of.
_BASED_ON = lazy_compile(r"\b(?:based\s+on|on)\s+(?:its\s+|the\s+|their\s+)?(?:\w+\s+)?$", re.I)


_TO_HOLDERS = lazy_compile(
    r"^[^.;$\d]{0,40}\bto\s+(?:[\w'’-]+\s+){0,2}?(?:share|stock)?holders\b", re.I
)


def _names_deal(view: View) -> bool:
    """``_DEAL`` in the sentence; not run over one whose fold lacks its words (most)."""
    return may_match(_DEAL, view.folded) and _DEAL.search(view.text) is not None


def exchange_ratios(rel: Relations) -> list[tuple[Quantity, str]]:
    """Each exchange ratio the release states, with the company whose shares it gives."""
    cached = getattr(rel, "_exchange_ratios", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: list[tuple[Quantity, str]] = []
    for view in rel.section_views():
        if "." not in view.text or (not _names_deal(view) and "receive" not in view.text):
            continue
        for m in _RATIO.finditer(view.text):
            found.append((_ratio_quantity(view, m), m.group("name").split()[0]))
    rel._exchange_ratios = found  # type: ignore[attr-defined]
    return found


def _ratio_quantity(view: View, m: re.Match[str]) -> Quantity:
    number = m.group("num")
    value = Decimal(number)
    ulp = Decimal(10) ** -len(number.split(".")[1])
    return Quantity(
        kind=Kind.SHARES,
        value=value,
        interval=Interval.exact(value),  # a declared exchange ratio is exact
        start=view.start + m.start("num"),
        end=view.start + m.end("num"),
        text=number,
        ulp=ulp,
        section=view.section,
        sentence=view.index,
        block=view.block,
        security="shares",
    )


def _owner(rel: Relations, q: Quantity) -> str | None:
    view = rel.views[q.sentence] if q.sentence is not None else None
    if view is None:
        return None
    m = _OWNER.search(view.before(q, 60))
    return m.group("name") if m else None


def deal_term_products(rel: Relations) -> list[Product]:
    """ratio x acquirer's price = stock value; count x consideration = equity value; count
    x ratio = shares issued (see the module)."""
    from disclint.rules.arithmetic.claims import Product

    if not any(_names_deal(v) for v in rel.section_views()):
        return []
    reading = reading_of(rel)
    ratios = exchange_ratios(rel)
    distinct = {r.value for r, _ in ratios}
    ratio = ratios[0] if len(distinct) == 1 else None
    found: list[Product] = []
    values = [f for f in reading.figures if f.concept == "value" and f.subject == "sale"]
    if ratio is not None:
        quantity, company = ratio
        for value in values:
            if value.quantity.scale != 1:
                continue
            # the acquirer's price in the value's sentence or the ratio's
            prices = [
                f
                for f in reading.figures
                if f.concept == "reference"
                and f.view in (value.view, quantity.sentence)
                and f.quantity.scale == 1
                and _owner(rel, f.quantity) == company
            ]
            price = _one(prices)
            if price is not None and value.view - (quantity.sentence or 0) in (0, 1):
                found.append(Product(value.quantity, quantity, price, "purchase"))
    considerations = [
        f
        for f in reading.figures
        if f.concept == "consideration" and f.quantity.scale == 1 and f.subject == "sale"
    ]
    per_share = _one(considerations)
    target_count: Quantity | None = None
    if per_share is not None:
        for value in values:
            if value.quantity.scale == 1:
                continue
            view = rel.views[value.view]
            counts = [
                f.quantity
                for f in reading.by_view.get(value.view, [])
                if f.quantity.kind is Kind.SHARES
                and f.quantity.instrument is None
                and f.quantity.start > value.quantity.end
                and not f.quantity.in_range
            ]
            if len(counts) == 1 and _BASED_ON.search(view.before(counts[0], 40)):
                target_count = counts[0]
                found.append(Product(value.quantity, counts[0], per_share, "purchase"))
    if ratio is not None and target_count is not None:
        issued = _one(
            [
                f
                for f in reading.figures
                if f.concept in ("sold", "issued")
                and f.quantity.instrument is None
                and f.quantity is not target_count
                and f.quantity.start > target_count.end
                and f.quantity.block is not None
                and target_count.block is not None
                and f.quantity.block - target_count.block <= 3
                # issued to the target's holders ("new shares to Verity shareholders")
                and _TO_HOLDERS.search(rel.views[f.view].after(f.quantity, 60))
            ]
        )
        if issued is not None:
            found.append(Product(issued, target_count, ratio[0], "purchase"))
    return found


def buyback_products(rel: Relations) -> list[Product]:
    """count bought back x its (average) price = what it cost: "repurchased 412,500 shares
    ... at an average price of $29.84 per share, for a total of $12.3 million", or the
    amount in the sentence before or after ("repurchased $18.0 million of its shares. ...
    The company repurchased 720,000 shares at an average price of $25.00 per share"). Each
    slot holds one value within its paragraph and the next (the quarter's and the year's
    buybacks, stated together, leave it empty); an authorization ("up to") is no cost."""
    from disclint.rules.arithmetic.claims import Product

    reading = reading_of(rel)
    found: list[Product] = []
    spent = [f for f in reading.figures if f.concept == "spent" and not f.quantity.in_range]
    for anchor in spent:
        amount = anchor.quantity
        if amount.qualifier is Qualifier.UP_TO or amount.block is None:
            continue
        for near in (0, 1):
            figures = [
                f
                for f in reading.figures
                if f.quantity.block is not None
                and abs(f.quantity.block - amount.block) <= near
                and (near or f.view == anchor.view)
            ]
            amounts = [f for f in figures if f.concept == "spent"]
            counts = [f for f in figures if f.concept == "repurchased"]
            prices = [
                f
                for f in figures
                if f.concept == "price"
                and f.quantity.scale == 1
                and f.quantity.per in (None, "share")
            ]
            if not counts or not prices:
                continue
            if any(f.quantity.value != amount.value for f in amounts):
                break
            count, price = _one(counts), _one(prices)
            if count is not None and price is not None and count.qualifier is not Qualifier.UP_TO:
                found.append(Product(amount, count, price, "purchase"))
            break
    return found


def valued_products(rel: Relations) -> list[Product]:
    """shares issued x the price they are valued at = their stated value: "four million
    newly issued Tarrow shares, valued at $124 million based on Tarrow's closing price of
    $31.00"; one count and one per-share price in the value's sentence."""
    from disclint.rules.arithmetic.claims import Product

    reading = reading_of(rel)
    found: list[Product] = []
    for anchor in reading.figures:
        if anchor.concept != "value" or anchor.quantity.scale == 1:
            continue
        figures = reading.by_view.get(anchor.view, [])
        if not any(f.quantity.kind is Kind.SHARES for f in figures):
            # "Fairhaven has 3,000,000 shares outstanding. At the cash price of $32.00 per
            # share, the transaction is valued at ...": the count of the sentence before
            before = rel.views[anchor.view - 1] if anchor.view > 0 else None
            if before is not None and before.block == rel.views[anchor.view].block:
                figures = [*reading.by_view.get(before.index, []), *figures]
        counts = [
            f
            for f in figures
            if f.quantity.kind is Kind.SHARES
            and f.quantity.instrument is None
            and not f.quantity.in_range
            and f.concept in (None, "sold", "issued", "outstanding")
        ]
        prices = [
            f
            for f in figures
            if f.quantity.kind is Kind.MONEY
            and f.quantity.scale == 1
            and f.concept in ("price", "reference", "consideration", "value")
        ]
        values = [f for f in figures if f.concept == "value" and f.quantity.scale != 1]
        if any(f.concept == "held" for f in figures if f.quantity.kind is Kind.SHARES):
            # "holds 3,000,000 shares of Beta, or 15% of Beta's 20,000,000 shares
            # outstanding, valued at ...": the holding is valued, not the count beside it
            continue
        count, price = _one(counts), _one(prices)
        if count is None or price is None or len(values) != 1:
            continue
        if count.start > anchor.quantity.start:
            continue  # "valued at $X, based on N shares" is the equity value's reading
        found.append(Product(anchor.quantity, count, price, "purchase"))
    return found
