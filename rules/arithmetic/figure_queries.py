"""Relations of an offering or a deal as queries over the figures' facts (``figures``).

Each query asks for the figures of one concept and subject within one episode of the
release (the sentences from one matter to the next: "Separately, ..." opens another) and
relates them only when each slot holds one value:

* ``figure_products``: the sale's count x its price = its gross; the option's shares x the
  offering price = what the option would add; the warrants' shares x their exercise price =
  what their exercise would bring (NUM001);
* ``figure_premiums``: a premium or discount percent against the price it is said of (a
  figure, "That price", or the premium before it) and the reference it is measured to (a
  figure or "that same closing price") (NUM002);
* ``figure_proceeds``: gross, the stated deductions and net, once for the base offering
  and once with the option exercised (NUM006);
* ``figure_splits``: a count and what it becomes under the release's one split ratio
  (NUM007);
* ``figure_stated_values``: preferred count x stated value / conversion price = common
  shares issued, per paragraph (NUM018).

Refusals: an episode that names tranches, closings, a concurrent deal, pre-funded warrants,
warrants priced apart, or an acquisition or merger (its figures are another company's) gives
no sale product or proceeds; a buyer's part ("He is buying 250,000 shares") is no count of
the sale; an option's and the warrants' figures never fill the base sale's slots; two
different values in one slot leave it empty.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile, may_match
from disclint.rules.arithmetic.figures import Figure, reading_of
from disclint.rules.arithmetic.transactions import REACH_BLOCKS  # a sale's telling's reach

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import (
        Premium,
        Proceeds,
        Product,
        Relations,
        Split,
        View,
    )
    from disclint.rules.arithmetic.figures import Reading
    from disclint.rules.arithmetic.stated_value import StatedValueConversion

__all__ = [
    "figure_premiums",
    "figure_proceeds",
    "figure_products",
    "figure_splits",
    "figure_stated_values",
]

#: A sentence that opens another matter: the episode ends before it.
_NEW_MATTER = lazy_compile(
    r"^\W*(?:separately|in\s+addition|additionally|in\s+a\s+separate|concurrently|meanwhile"
    r"|elsewhere|previously|earlier|last\s+year|in\s+\d{4}|since)\b",
    re.I,
)
#: Words that make an episode tell more than one sale, or another company's figures.
_SEVERAL = lazy_compile(
    r"\b(?:tranches?|(?:first|second|third|initial|final|subsequent)\s+closing|concurrent\w*"
    r"|pre-?funded|acqui\w+|merger|combination|exchange\s+ratio|to\s+date|cumulative\w*"
    r"|since\s+(?:the\s+)?(?:inception|launch))\b|per\s+(?:accompanying\s+)?warrant\b",
    re.I,
)
_SPLIT = lazy_compile(r"\bsplit\b|\bcombined\s+into\b|\bconsolidat|\bsplit-adjusted\b", re.I)
_OTHER_CHANGE = lazy_compile(r"\b(?:offering|issu\w+|sold|sale|conver\w+|exercised)\b", re.I)
#: Between a count and what the split makes of it: "from A to B", "A ... will be ... B".
_TO = lazy_compile(
    r"^[^$%\d;]{0,80}?\b(?:to|into|become|becomes)\s+(?:approximately\s+|about\s+)?$", re.I
)
_AFTER_SPLIT = lazy_compile(
    r"^\s*(?:shares?\s+)?(?:after|following)\s+the\s+(?:reverse\s+)?(?:stock\s+)?split\b", re.I
)
_WILL_BE = lazy_compile(r"^[^$%\d;]{0,80}\bwill\s+be\b[^$%\d;]{0,40}$", re.I)
#: Between a percent and its reference: "premium to", "above Verity's closing price of".
_TO_REFERENCE = lazy_compile(
    r"^\s*(?:(?:premium|discount)\s+)?(?:to|above|below|under|over|versus|against)\b[^$\d;%]{0,70}$",
    re.I,
)
#: From a price to the percent said of it: "$2.10, or 27.3%", "At $2.50, it is 19.4%", "The
#: $35.00 per share of total consideration is 32.0%".
_SUBJECT_LINK = lazy_compile(
    r"^(?:\s*per\s+(?:[\w-]+\s+)?(?:share|unit)\b)?[^$%\d;]{0,50}?(?:,\s*or|,\s*(?:it|this|that)\s+is"
    r"|\b(?:is|was|represents?|represented|reflects?|reflected|equals?|amounts\s+to)|,)"
    r"\s+(?:an?\s+)?(?:(?:premium|discount)\s+of\s+)?(?:approximately\s+|about\s+)?$",
    re.I,
)
_PRICE_CONCEPTS = frozenset({None, "price", "exercise", "conversion", "consideration"})
_PREFERRED = lazy_compile(r"\bpreferred\b|\bseries\s+[a-z0-9]{1,3}\b", re.I)
_CONVERT = lazy_compile(r"\bconver(?:t|sion)", re.I)


def _episodes(rel: Relations) -> list[list[View]]:
    cached = getattr(rel, "_figure_episodes", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    episodes: list[list[View]] = [[]]
    for view in rel.section_views():
        if _NEW_MATTER.search(view.text) and episodes[-1]:
            episodes.append([])
        episodes[-1].append(view)
    found = [e for e in episodes if e]
    rel._figure_episodes = found  # type: ignore[attr-defined]
    return found


def _in(reading: Reading, episode: list[View]) -> list[Figure]:
    return [f for v in episode for f in reading.by_view.get(v.index, [])]


def _one(figures: list[Figure]) -> Quantity | None:
    """The slot's figure when every candidate states one value (a restatement)."""
    if not figures:
        return None
    first = figures[0].quantity
    if all(f.quantity.value == first.value for f in figures[1:]):
        return first
    return None


def _capped(*quantities: Quantity | None) -> bool:
    return any(q is not None and q.qualifier is Qualifier.UP_TO for q in quantities)


def _slot(
    figures: list[Figure], concept: str, subject: str, *, conditional: bool | None = None
) -> list[Figure]:
    return [
        f
        for f in figures
        if f.concept == concept
        and f.subject == subject
        and (conditional is None or f.conditional == conditional)
        and not f.quantity.in_range
        and not f.quantity.negative
    ]


def _sale_count(figures: list[Figure]) -> Quantity | None:
    counts = [
        f
        for f in _slot(figures, "sold", "sale")
        if f.quantity.instrument is None and f.quantity.security in ("shares", "units", "ads")
    ]
    # "sold 8,000,000 units and 2,000,000 flow-through units": every count of a sale's
    # sentence is a candidate (the verb is stated once), so that two leave the slot empty
    sentences = {f.view for f in counts}
    coordinated = [
        f
        for f in figures
        if f.view in sentences
        and f.quantity.kind is Kind.SHARES
        and f.concept is None
        and f.quantity.instrument is None
        and not f.quantity.in_range
    ]
    return _one([*counts, *coordinated])


def _clause_count(reading: Reading, anchor: Figure, view: View) -> Quantity | None:
    """The one count of shares (units, ADSs) of the sale stated before ``anchor`` in its own
    clause: "all 9,000,000 shares will be issued, raising gross proceeds of $X" is the gross
    of those shares, whatever part of them a buyer took in the sentence before."""
    amount = anchor.quantity
    counts = [
        f
        for f in reading.by_view.get(anchor.view, [])
        if f.quantity.kind is Kind.SHARES
        and f.quantity.end <= amount.start
        and f.concept in (None, "sold", "issued")
        and f.subject == "sale"
        and not f.conditional
        and f.quantity.instrument is None
        and f.quantity.security in ("shares", "units", "ads")
        and not f.quantity.in_range
        and not f.quantity.negative
        and ";" not in view.between(f.quantity, amount)
    ]
    return _one(counts)


def _sale_price(figures: list[Figure]) -> Quantity | None:
    prices = [
        f
        for f in _slot(figures, "price", "sale")
        if f.quantity.per in (None, "share", "unit", "ads") and f.quantity.scale == 1
    ]
    return _one(prices)


def _text(episode: list[View]) -> str:
    return " ".join(v.text for v in episode)


def _scopes(
    reading: Reading, episode: list[View], anchor: Figure, *, whole: bool = False
) -> list[list[Figure]]:
    """Where the other figures of ``anchor``'s relation are looked for, nearest first: its own
    sentence, then the sentences of its episode within ``REACH_BLOCKS`` paragraphs (then, with
    ``whole``, the episode: an option's or the warrants' figure points back at the sale's
    terms). A scope whose sentences name several sales (tranches, a concurrent deal,
    pre-funded warrants, another company's deal) ends the search: nothing is read from it or
    beyond. Each scope is made once per paragraph (``reading.cache``): a release of many
    amounts costs one pass, not one per amount."""
    own = [v for v in episode if v.index == anchor.view]
    block = own[0].block if own else None
    found: list[list[Figure]] = []
    for name in ("own", "window", "episode") if whole else ("own", "window"):
        key = (
            name,
            id(episode),
            anchor.view if name == "own" else block if name == "window" else 0,
        )
        scope = reading.cache.get(key)
        if scope is None:
            if name == "own":
                views = own
            elif name == "window":
                views = [
                    v
                    for v in episode
                    if block is not None
                    and v.block is not None
                    and abs(v.block - block) <= REACH_BLOCKS
                ]
            else:
                views = episode
            several = any(_several(reading, v) for v in views)
            scope = (several, _in(reading, views))
            reading.cache[key] = scope
        if scope[0]:
            break
        found.append(scope[1])
    return found


def _several(reading: Reading, view: View) -> bool:
    key = ("several", view.index)
    flag = reading.cache.get(key)
    if flag is None:
        flag = _SEVERAL.search(view.text) is not None
        reading.cache[key] = flag
    return bool(flag)


def figure_products(rel: Relations) -> list[Product]:
    """count x price = amount for the sale, its option and its warrants (see the module)."""
    reading = reading_of(rel)
    found: list[Product] = []
    for episode in _episodes(rel):
        views = {v.index: v for v in episode}  # once an episode, not a scan per amount
        for anchor in _in(reading, episode):
            product = _product_at(reading, episode, anchor, views.get(anchor.view))
            if product is not None:
                found.append(product)
    return found


def _product_at(
    reading: Reading, episode: list[View], anchor: Figure, view: View | None
) -> Product | None:
    """The product whose amount is ``anchor``, read from its nearest scope that fills the
    count and the price with one value each."""
    from disclint.rules.arithmetic.claims import Product, split_into_parts

    amount = anchor.quantity
    if amount.in_range or amount.negative or amount.kind is not Kind.MONEY:
        return None
    if view is not None and split_into_parts(view, amount):
        # "raised $12.0 million, consisting of $10.0 million from the sale of ... and $2.0
        # million from the exercise of warrants": the sum of parts, not the sale's gross
        return None
    sale = anchor.concept == "gross" and anchor.subject == "sale" and not anchor.conditional
    option_added = anchor.concept == "extra" and anchor.subject == "option"
    with_option = anchor.concept == "gross" and anchor.subject == "option"
    exercised = anchor.concept == "extra" and anchor.subject == "warrant"
    if not (sale or option_added or with_option or exercised):
        return None
    own_count = _clause_count(reading, anchor, view) if sale and view is not None else None
    for figures in _scopes(reading, episode, anchor, whole=not sale):
        rivals = [f for f in figures if f.concept == anchor.concept and f.subject == anchor.subject]
        if any(f.quantity.value != amount.value for f in rivals):
            return None  # two amounts of the one role in reach: which one the count gives is unsure
        price = _sale_price(figures)
        if sale:
            # the count the amount's own clause states is what it is the gross of; an
            # earlier sentence's count may be one buyer's part of the sale
            count = own_count or _sale_count(figures)
            if count and price:
                if _capped(count, amount) or not _same(amount, price):
                    return None
                return Product(amount, count, price, "offering")
        elif option_added or with_option:
            option = _one(
                [
                    f
                    for f in _slot(figures, "sold", "option")
                    if f.quantity.security in ("shares", None)
                ]
            )
            count = _sale_count(figures)
            if option_added and option and price:
                return Product(amount, option, price, "exercise") if _same(amount, price) else None
            if with_option and option and price and count:
                if _capped(count) or not _same(amount, price):
                    return None
                return Product(amount, count, price, "exercise", option=option)
        else:
            # one warrant count in the telling: two (Series A and B, the agent's warrants)
            # may state one value each and add up
            held = [
                f
                for f in figures
                if f.quantity.kind is Kind.SHARES and f.quantity.instrument == "warrant"
            ]
            strike = _one(
                [f for f in figures if f.concept == "exercise" and f.subject == "warrant"]
            )
            if len(held) > 1:
                return None
            if held and strike and held[0].subject != "part":
                if not _same(amount, strike):
                    return None
                return Product(amount, held[0].quantity, strike, "exercise")
    return None


def _near(*quantities: Quantity) -> bool:
    """The figures stand within ``REACH_BLOCKS`` paragraphs of each other: a telling, not
    a sale and an older one the release recalls further down."""
    blocks = [q.block for q in quantities]
    if any(b is None for b in blocks):
        return False
    known = [b for b in blocks if b is not None]
    return max(known) - min(known) <= REACH_BLOCKS


def _same(a: Quantity, b: Quantity) -> bool:
    return (a.currency or "USD") == (b.currency or "USD")


def figure_proceeds(rel: Relations) -> list[Proceeds]:
    """gross, deductions and net of the base sale, and gross and net with the option: each
    net against the one gross of its nearest scope (``_scopes``) of the same subject."""
    from disclint.rules.arithmetic.claims import Proceeds

    reading = reading_of(rel)
    found: list[Proceeds] = []
    for episode in _episodes(rel):
        for anchor in _in(reading, episode):
            if anchor.concept != "net" or anchor.subject not in ("sale", "option"):
                continue
            net = anchor.quantity
            if net.in_range or net.negative or _capped(net):
                continue
            base = anchor.subject == "sale"
            if base and anchor.conditional:
                continue
            for figures in _scopes(reading, episode, anchor):
                grosses = _slot(
                    figures, "gross", anchor.subject, conditional=False if base else None
                )
                if not grosses:
                    continue
                gross = _one(grosses)
                if gross is None or _capped(gross) or not _same(gross, net):
                    break
                # deductions the release takes off this net, stated in its sentence ("After
                # ... commissions of $A and expenses of $B, net proceeds ...", "Its fee, $A,
                # ... will be paid from the gross proceeds, so net proceeds ...")
                fees = tuple(
                    f.quantity
                    for f in _slot(figures, "fee", "sale", conditional=False)
                    if base
                    and f.view == anchor.view
                    and not _capped(f.quantity)
                    and _same(f.quantity, net)
                    and f.quantity.per is None
                )
                found.append(Proceeds(gross, net, fees))
                break
    return found


def _price_of(
    reading: Reading, view: View, percent: Figure, reference: Quantity | None
) -> Quantity | None:
    """The price a premium is said of: the money figure before the percent in its sentence
    ("$2.10, or 27.3% above", "At $2.50, it is 19.4% under"), or the figure a referring
    expression before it names ("That price represents a 9.1% premium")."""
    before = [
        f
        for f in reading.by_view.get(view.index, [])
        if f.quantity.kind is Kind.MONEY and f.quantity.end <= percent.quantity.start
    ]
    if before:
        # the subject of the percent's clause: the nearest figure, linked to it by a verb or
        # ", or" ("The $35.00 per share of total consideration is 32.0% above ...")
        last = before[-1]
        if (
            last.quantity is not reference
            and last.concept in _PRICE_CONCEPTS
            and last.quantity.scale == 1
            and _SUBJECT_LINK.search(view.between(last.quantity, percent.quantity))
        ):
            return last.quantity
        return None
    named = [
        m
        for m in reading.mentions_in(view)
        if m.end <= percent.quantity.start and m.concept == "price" and m.antecedent
    ]
    if named and named[-1].antecedent is not None:
        return named[-1].antecedent.quantity
    return None


def _reference_of(reading: Reading, view: View, percent: Figure) -> Quantity | None:
    """The reference a percent is measured to: the figure or the referring expression after
    "to", "above", "under" ...; else the one market price stated before it in the sentence
    ("Measured against ... of $25.10, the premium is 39.4%")."""
    start = percent.quantity.end - view.start
    after_text = view.text[start:]
    candidates: list[tuple[int, Quantity]] = []
    for f in reading.by_view.get(view.index, []):
        q = f.quantity
        if q.kind is Kind.MONEY and q.start >= percent.quantity.end:
            candidates.append((q.start, q))
    for m in reading.mentions_in(view):
        if m.start >= percent.quantity.end and m.concept == "reference" and m.antecedent:
            candidates.append((m.start, m.antecedent.quantity))
    if candidates:
        at, q = min(candidates, key=lambda t: t[0])
        if _TO_REFERENCE.search(after_text[: at - view.start - start]):
            return q
        return None
    earlier = [
        f
        for f in reading.by_view.get(view.index, [])
        if f.concept == "reference" and f.quantity.end <= percent.quantity.start
    ]
    if len(earlier) == 1 and not [
        f
        for f in reading.by_view.get(view.index, [])
        if f.quantity.kind is Kind.MONEY and f.concept != "reference"
    ]:
        return earlier[0].quantity
    return None


def figure_premiums(rel: Relations) -> list[Premium]:
    """A premium or discount percent, its price and its reference (see the module)."""
    from disclint.rules.arithmetic.claims import Premium

    reading = reading_of(rel)
    # the sentence readers' premiums stand where they found both the price and the reference
    read = {id(p.percent) for p in rel.premiums if p.price is not None and p.reference is not None}
    changed = {id(c.change) for c in rel.changes}
    found: list[Premium] = []
    views = {v.index: v for v in rel.section_views()}
    last_price: tuple[int | None, Quantity] | None = None
    for f in reading.figures:
        if f.concept not in ("premium", "discount") or f.quantity.kind is not Kind.PERCENT:
            continue
        view = views[f.view]
        reference = _reference_of(reading, view, f)
        price = _price_of(reading, view, f, reference)
        if (
            price is None
            and last_price is not None
            and last_price[0] in (view.block, (view.block or 0) - 1)
        ):
            price = last_price[1]  # "..., the premium is 39.4%": the premium of the same price
        if price is not None:
            last_price = (view.block, price)
        if id(f.quantity) in changed:
            continue  # the change readers' claim ("P percent below the $2.50 closing price")
        if id(f.quantity) in read or price is None or reference is None or price is reference:
            continue
        if not _same(price, reference) or price.scale != 1 or reference.scale != 1:
            continue
        if not (_PRICED.search(view.text) or reading.concept_of(reference) == "reference"):
            continue  # "revenue of $12.0 million, 20% above $10.0 million": no price's premium
        home = views.get(reference.sentence) if reference.sentence is not None else None
        dated = any(
            v is not None and (bool(v.dates) or _DATED.search(v.text) is not None)
            for v in (view, home)
        )
        found.append(
            Premium(
                f.quantity,
                price,
                reference,
                f.concept == "discount",
                dated,
                view.start,
                view.start + len(view.text),
                market_reference=dated,
            )
        )
    return found


_PRICED = lazy_compile(r"\b(?:premium|discount|closing|close|vwap|volume-weighted)\b", re.I)
_DATED = lazy_compile(r"\bsame\s+day\b|\blast\s+trading\s+day\b|\b\d+-(?:trading-)?day\b", re.I)


def figure_splits(rel: Relations) -> list[Split]:
    """Counts before and after the release's one split ratio, in sentences of the split."""
    from disclint.rules.arithmetic.claims import Split
    from disclint.rules.arithmetic.splits import class_splits

    ratios = {r.old_per_new for r in rel.split_ratios}
    if len(ratios) != 1 or len({r.share_class for r in rel.split_ratios}) > 1:
        return []
    read = {id(s.before) for s in [*rel.splits, *class_splits(rel)]}
    factor = next(iter(ratios))
    found: list[Split] = []
    for episode in _episodes(rel):
        if not any(_SPLIT.search(v.text) for v in episode):
            continue
        for view in episode:
            if _OTHER_CHANGE.search(view.text) and not _SPLIT.search(view.text):
                continue
            counts = [
                q
                for q in view.of(Kind.SHARES)
                if not q.in_range and "preferred" not in (q.share_class or "")
            ]
            for a, b in pairwise(counts):
                if a.value == factor and b.value == 1:
                    continue  # the ratio's own words: "every twenty (20) shares into one (1)"
                between = view.between(a, b)
                if not (
                    _TO.search(between)
                    or (_WILL_BE.search(between) and _AFTER_SPLIT.search(view.after(b, 40)))
                ):
                    continue
                if id(a) in read or b.value <= 0:
                    continue
                expected = a.value / factor
                if not (expected / 2 <= b.value <= expected * 2):
                    continue  # not the split's work: another change of the count
                # the split as the release first announces it (the headline's if no other)
                body = [
                    r
                    for r in rel.split_ratios
                    if r.ratio.section not in ("headline", "subheadline")
                ]
                ratio = min(body or rel.split_ratios, key=lambda r: r.ratio.start)
                found.append(Split(ratio.ratio, a, b))
    return found


#: A stated value of each share ("each carrying a stated value of", "$1,000 per share"),
#: not of all of them ("an aggregate stated value of $1,000,000").
_EACH = lazy_compile(r"\beach\b[^.;$]{0,60}$", re.I)
_AGGREGATE = lazy_compile(r"\b(?:aggregate|total|combined)\b[^.;$]{0,40}$", re.I)


def _per_share(rel: Relations, figure: Figure) -> bool:
    q = figure.quantity
    view = rel.views[figure.view]
    before = view.before(q, 70)
    if _AGGREGATE.search(before):
        return False
    return (q.per is not None and "share" in q.per) or _EACH.search(before) is not None


def figure_stated_values(rel: Relations) -> list[StatedValueConversion]:
    """Per paragraph about a conversion: preferred count, stated value, conversion price
    and common shares issued, one value each."""
    from disclint.rules.arithmetic.stated_value import StatedValueConversion

    reading = reading_of(rel)
    blocks: dict[int | None, list[View]] = {}
    for view in rel.section_views():
        blocks.setdefault(view.block, []).append(view)
    found: list[StatedValueConversion] = []
    for views in blocks.values():
        text = " ".join(v.text for v in views)
        # the words are tested in each sentence's fold first: they hold no space, so a
        # match in the joined text has them in one sentence
        if not any(may_match(_CONVERT, v.folded) for v in views) or not _CONVERT.search(text):
            continue
        figures = [f for v in views for f in reading.by_view.get(v.index, [])]
        preferred: list[Figure] = []
        for i, v in enumerate(views):
            named = _PREFERRED.search(v.text) or (i > 0 and _PREFERRED.search(views[i - 1].text))
            for f in reading.by_view.get(v.index, []):
                q = f.quantity
                if q.kind is not Kind.SHARES or f.concept in ("issued", "held"):
                    continue
                if "preferred" in (q.share_class or "") or (
                    q.share_class and q.share_class.startswith("series")
                ):
                    preferred.append(f)
                elif named and q.share_class is None and f.concept is None and q.value < 10**6:
                    # "All 18,500 of those shares" after the sentence naming the series
                    preferred.append(f)
        value = _one([f for f in figures if f.concept == "stated value" and _per_share(rel, f)])
        price = _one([f for f in figures if f.concept == "conversion"])
        count = _one(preferred)
        issued = _one(
            [
                f
                for f in figures
                if f.concept == "issued"
                and "preferred" not in (f.quantity.share_class or "")
                and f not in preferred
            ]
        )
        if value and price and count and issued and value is not price and price.value > 0:
            if value.value < Decimal(1) or _capped(value, price, count, issued):
                continue
            found.append(StatedValueConversion(count, value, price, issued))
    return found
