"""Facts of one transaction or period joined across sentences (issue 10, Deliver 1).

The phrase readers (``claims``, ``ratios``) relate the figures of one sentence, or of one
paragraph when it names each concept once. A release often splits one fact over two
sentences: "..., priced at $0.40 apiece. A total of 12,500,000 units were sold, for gross
proceeds of $5,000,000."; "Net income was $15.6 million, or $0.52 per diluted share."
with "Diluted weighted-average shares outstanding for the quarter were 30.0 million."
two paragraphs later; "Pellmora has 96,000,000 common shares outstanding. Ms. Dask now
holds 7,680,000 of them, or 8.0%."; the cash and the stock of an acquisition in two
sentences and "The transaction is valued at $310 million in aggregate." after them.

Each figure becomes a ``Fact``: its concept, the length of period its sentence names,
its subject (the security a count or price is of, the kind of share an EPS divides by) and
its transaction context (a sale, an exercise, a conversion). A fact missing from a
sentence's claim is looked for in a bounded scope (the neighbouring sentences of the same
paragraph for a transaction's terms; the claim sections of the release for a period's
weighted share count), and taken only when

* the scope holds exactly one candidate (two prices, two counts, two totals: which one is
  meant is not known, so nothing is joined);
* its subject and period agree with the sentence's (a price per unit is not a price per
  warrant share; a year's count does not divide a quarter's net income);
* its context agrees (an exercise price does not price a sale; a conversion price does not
  price a placement), and the later sentence does not open on a new transaction
  ("Separately, ...", "In addition, ...");
* the sentence holding it does not make its own claim of the same relation (then it is a
  second transaction, not the first one's missing term).

Precision first: a join that fires on two different transactions is a false alarm, so
every rule above errs toward silence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import (
    Kind,
    Quantity,
    lazy_compile,
    may_match,
    qualified_interval,
    release_pattern,
)
from disclint.rules.arithmetic.periods import names_several_lengths, period_length

if TYPE_CHECKING:
    from disclint.rules.arithmetic.claims import Change, Portion, Product, Relations, View
    from disclint.rules.arithmetic.ratios import Ratio

__all__ = [
    "Consideration",
    "Fact",
    "consideration_portions",
    "continuing_and_discontinued",
    "free_cash_flows",
    "funded_parts",
    "joined_changes",
    "joined_consideration",
    "joined_eps",
    "joined_margins",
    "joined_portions",
    "joined_products",
    "own_wholes",
    "pro_forma_cash",
    "reduced_debt",
    "repurchase_authorizations",
    "revenue_shares",
]


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure with what it measures: the unit a join compares."""

    concept: str  # "price", "count", "amount", "weighted shares", "outstanding", ...
    quantity: Quantity
    period: str | None  # the length of period its sentence names: "quarter", "year", ...
    subject: str | None  # "units", "shares", "warrants"; "diluted"/"basic" for share counts
    context: str | None  # "sale", "exercise", "conversion"
    view: View


def _agree(a: str | None, b: str | None) -> bool:
    """Two facts' periods (or subjects) agree unless both are named and differ."""
    return a is None or b is None or a == b


#: A sentence that opens on a new transaction: its figures are not the previous one's.
_NEW_MATTER = lazy_compile(
    r"^\W*(?:separately|in addition|additionally|also|in a separate|concurrently|further"
    r"|moreover|meanwhile|elsewhere|previously|earlier|last year|in \d{4})\b",
    re.I,
)
_EXERCISE = lazy_compile(r"exercis|strike|warrant", re.I)
#: An underwriters' option: a count or amount that may or may not include it.
_OPTION_WORDS = lazy_compile(r"\b(?:option|over-?allotment|overallotment|greenshoe)\b", re.I)
_CONVERSION = lazy_compile(r"conver", re.I)


def _context(text: str) -> str:
    if _CONVERSION.search(text):
        return "conversion"
    if _EXERCISE.search(text):
        return "exercise"
    return "sale"


#: The kind of transaction a sentence is about, by its verb or noun (the first kind named
#: in this order): two sentences join only when both name the same kind.
_DEALS = (
    ("conversion", lazy_compile(r"conver", re.I)),
    ("exercise", lazy_compile(r"exercis|warrant", re.I)),
    ("repurchase", lazy_compile(r"repurchas|buy\s?-?back|bought\s+back", re.I)),
    ("dividend", lazy_compile(r"dividend|distribution", re.I)),
    (
        "sale",
        lazy_compile(r"\b(?:sold|sells?|sale|offering|placement|issued|priced|subscri)", re.I),
    ),
)


#: A sentence whose amount covers more than the one sale beside it ("Including the second
#: tranche, the placement raised ...", "The two placements raised ...").
_SEVERAL_SALES = lazy_compile(
    r"\b(?:including|tranches?|combined|together\s+with|to\s+date|in\s+total|concurrent\w*"
    r"|(?:two|both|all|the)\s+(?:placements|offerings|closings|sales))\b",
    re.I,
)
#: One investor's part of a sale, named by its verb: "Halden Capital invested $1.2 million
#: in the offering" (the investors together, or the aggregate, would be the sale's).
_INVESTOR_PART = lazy_compile(
    r"^(?![^.;]*\b(?:investors|aggregate|total|in\s+all)\b)[^.;$]*\b(?:invested|invests"
    r"|will\s+invest|subscribed\s+for|is\s+investing)\s+(?:approximately\s+|about\s+)?[$€£]",
    re.I,
)


def _deal(text: str) -> str | None:
    for kind, pattern in _DEALS:
        if pattern.search(text):
            return kind
    return None


# -- products: a transaction's terms over two sentences ---------------------------------------

#: The security a price is of, named before it in its clause ("placement of units, priced
#: at $0.40 apiece"): the last security noun of the clause.
_SECURITY_NOUN = lazy_compile(
    r"\b(units?|shares?|warrants?|ADSs?|American Depositary Shares)\b(?![^,;]*\b(?:units?|"
    r"shares?|warrants?)\b)",
    re.I,
)


def _security_of_price(view: View, price: Quantity) -> str | None:
    if price.per is not None:
        return _plural(price.per)
    clause = re.split(r"[;:]", view.before(price, 120))[-1]
    found = _SECURITY_NOUN.search(clause)
    return _plural(found.group(1)) if found else None


def _plural(noun: str) -> str:
    noun = noun.lower()
    if noun.startswith("american depositary") or noun.startswith("ads"):
        return "ads"
    return noun if noun.endswith("s") else noun + "s"


def _compatible_security(count: Fact, price: Fact) -> bool:
    """A price per unit prices units; a price per share prices shares; the exercise price
    of a warrant for one share ("each warrant entitles the holder to buy one common share
    at $0.60") prices the warrants' exercise."""
    if price.subject is None or count.subject is None:
        return False
    if price.subject == count.subject:
        return True
    return (
        count.context == "exercise"
        and count.subject == "warrants"
        and price.subject == "shares"
        and _ONE_SHARE_EACH.search(price.view.before(price.quantity, 80)) is not None
    )


_ONE_SHARE_EACH = lazy_compile(
    r"\b(?:each|every)\s+(?:whole\s+)?warrant\b[^.;$]{0,60}\bone\s+(?:common\s+)?share\b", re.I
)
#: What the warrants' exercise would bring: "would bring in a further $3,750,000 if all
#: were exercised", "would provide additional gross proceeds of $10.9 million".
_EXERCISE_PROCEEDS = lazy_compile(
    r"\b(?:bring\s+in|raise|provide(?:\s+the\s+company\s+with)?|generate|yield)\s+"
    r"(?:a\s+further\s+|an\s+additional\s+|additional\s+|further\s+)?"
    r"(?:gross\s+proceeds\s+of\s+)?(?:approximately\s+|about\s+)?$",
    re.I,
)


def _terms(rel: Relations, view: View) -> dict[str, list[Fact]]:
    """A sentence's transaction terms: prices, counts and amounts, as the phrase readers
    see them."""
    context = _context(view.text)
    prices = rel._prices(view)
    facts: dict[str, list[Fact]] = {"price": [], "count": [], "amount": []}
    for p in prices:
        price_context = _context(view.before(p, 60))
        facts["price"].append(
            Fact("price", p, None, _security_of_price(view, p), price_context, view)
        )
    for c in rel._counts(view, underlying=context == "exercise"):
        facts["count"].append(Fact("count", c, None, c.security, context, view))
    amounts = rel._amounts(view, prices)
    if context == "exercise":
        amounts += [
            q
            for q in view.of(Kind.MONEY)
            if q not in amounts
            and q not in prices
            and q.per is None
            and _EXERCISE_PROCEEDS.search(view.before(q, 60))
        ]
    for a in amounts:
        facts["amount"].append(Fact("amount", a, None, None, context, view))
    return facts


def _neighbours(rel: Relations, view: View) -> list[View]:
    """The sentences a transaction's missing term may sit in: the one before and the one
    after, in the same paragraph (a dateline paragraph's lead sentence included)."""
    found = [v for v in rel.preceding(view, 1, same_block=True) if v.block == view.block]
    found += [v for v in rel.following(view, 1) if v.block == view.block]
    return found


def joined_products(rel: Relations) -> list[Product]:
    """amount = count x price where one of the three is stated in the sentence next to
    the other two (same paragraph, same security and transaction context)."""
    from disclint.rules.arithmetic.claims import Product

    covered = {
        id(q)
        for p in [*rel.products, *rel.offering_products, *rel.exercise_products]
        for q in (p.amount, p.shares, p.price)
    }
    found: list[Product] = []
    for view in rel.claim_views():
        terms = _terms(rel, view)
        if any(id(f.quantity) in covered for fs in terms.values() for f in fs):
            continue
        present = [k for k, fs in terms.items() if len(fs) == 1]
        missing = [k for k, fs in terms.items() if not fs]
        if len(present) != 2 or len(missing) != 1:
            continue
        want = missing[0]
        if _OPTION_WORDS.search(view.text):
            continue  # proceeds "including the option" cover more shares than the count
        candidates: list[Fact] = []
        for other in _neighbours(rel, view):
            later = other if other.index > view.index else view
            if _NEW_MATTER.search(later.text):
                continue
            other_terms = _terms(rel, other)
            if any(id(f.quantity) in covered for fs in other_terms.values() for f in fs):
                continue  # that sentence has a claim of its own: another transaction
            if sum(1 for fs in other_terms.values() if fs) != 1:
                continue  # it states more than the one missing term
            if _OPTION_WORDS.search(other.text):
                continue
            if _SEVERAL_SALES.search(other.text) or _INVESTOR_PART.search(other.text):
                continue  # a total of more than one sale; one investor's part of the sale
            if _deal(other.text) is None or _deal(other.text) != _deal(view.text):
                continue  # "paid $20.0 million in dividends" is no repurchase's amount
            if len(other.of(Kind.MONEY)) + len(other.of(Kind.SHARES)) != 1:
                continue  # "Its cost of revenue was $3.10 per share, or $7.8 million": the
                # sentence's figures measure something else than the term
            candidates.extend(other_terms[want])
        if len(candidates) != 1:
            continue
        terms[want] = candidates
        price, count, amount = (terms[k][0] for k in ("price", "count", "amount"))
        if not _compatible_security(count, price):
            continue
        if price.context != count.context and not (
            count.context == "exercise" and price.context == "exercise"
        ):
            continue
        if amount.context != count.context:
            continue
        context = "conversion" if count.context == "conversion" else "offering"
        found.append(Product(amount.quantity, count.quantity, price.quantity, context))
    return found


# -- portions: "N of them, or P%" after the outstanding count ---------------------------------

_OF_THEM = lazy_compile(
    r"\b(?:holds?|owns?|held|owned|will\s+hold|will\s+own|now\s+holds?|now\s+owns?)\s+"
    r"(?:approximately\s+|about\s+)?(?P<num>\d{1,3}(?:,\d{3})+)\s+of\s+(?:them|those|these"
    r"|those\s+shares|these\s+shares)\b(?P<gap>[^.;$\d]{0,12}?)"
    r"(?:,\s*)?(?:or\s+)?(?:approximately\s+|about\s+)?$",
    re.I,
)


def joined_portions(rel: Relations) -> list[Portion]:
    """Holdings and shares of a transaction whose whole is stated in another sentence."""
    return [
        *_holdings_of_them(rel),
        *consideration_portions(rel),
        *offering_portions(rel),
        *payout_portions(rel),
        *revenue_shares(rel),
        *own_wholes(rel),
    ]


def _holdings_of_them(rel: Relations) -> list[Portion]:
    """ "Pellmora has 96,000,000 common shares outstanding. Ms. Dask now holds 7,680,000 of
    them, or 8.0%.": the holding's whole is the one outstanding count of the sentence
    before, in the same paragraph."""
    from disclint.rules.arithmetic.claims import Portion, count_at

    outstanding = {id(q) for q in rel.outstanding_counts}
    found: list[Portion] = []
    for view in rel.claim_views():
        percents = view.of(Kind.PERCENT)
        if len(percents) != 1 or view.of(Kind.SHARES):
            continue
        percent = percents[0]
        match = _OF_THEM.search(view.text[: percent.start - view.start])
        if match is None:
            continue
        before = rel.preceding(view, 1, same_block=True)
        if not before:
            continue
        wholes = [q for q in before[0].of(Kind.SHARES) if id(q) in outstanding]
        if len(wholes) != 1 or len(before[0].of(Kind.SHARES)) != 1:
            continue
        part = count_at(view, match.start("num"), match.end("num"))
        found.append(Portion(part, percent, wholes[0], True, False, False, False))
    return found


# -- EPS: net income and its per-share figure, the weighted count elsewhere ------------------

_COUNT_WORDS = lazy_compile(
    # every optional word carries its own trailing space: no two optional runs of white
    # space meet (a long run would be tried at every split)
    r"\b(?:(?P<kind>basic|diluted)\s+)?(?:weighted[- ]average\s+)?(?:(?P<kind2>basic|diluted)\s+)?"
    r"(?:common\s+)?shares(?:\s+and\s+(?:OP\s+|operating\s+partnership\s+)?units)?"
    r"(?:\s+outstanding)?"
    r"(?:\s+(?:for|during|in|over)\s+the\s+(?:[\w-]+\s+){0,3}?(?:quarter|year|period|months))?"
    r"\s+(?:were|was|averaged|totall?ed|of|came\s+to)\s+(?:approximately\s+|about\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>million|billion|thousand))?"
    r"(?!\s*(?:%|percent|per\b))",
    re.I,
)
_WEIGHTED_OR_AVERAGED = lazy_compile(r"weighted[- ]average|\baverag", re.I)
_SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9}


def weighted_counts(views: list[View]) -> list[Fact]:
    """Weighted average share counts stated as a sentence of their own: "Diluted
    weighted-average shares outstanding for the quarter were 30.0 million", "Diluted
    shares averaged 8.0 million during the quarter"."""
    found: list[Fact] = []
    for view in views:
        # a count is taken only when its words say weighted or averaged: a sentence with
        # neither word is not scanned
        if not may_match(_WEIGHTED_OR_AVERAGED, view.folded):
            continue
        for match in _COUNT_WORDS.finditer(view.text):
            if not _WEIGHTED_OR_AVERAGED.search(match.group()):
                continue
            kind = (match.group("kind") or match.group("kind2") or "").lower() or None
            start, end = match.start("num"), match.end("num")
            digits = match.group("num")
            scale = _SCALES[match.group("scale").lower()] if match.group("scale") else Decimal(1)
            if match.group("scale"):
                end = match.end("scale")
            existing = [q for q in view.of(Kind.SHARES) if q.start == view.start + start]
            if existing:
                quantity = existing[0]
            else:
                value = Decimal(digits.replace(",", "")) * scale
                places = len(digits.split(".")[1]) if "." in digits else 0
                ulp = Decimal(1).scaleb(-places) * scale
                quantity = Quantity(
                    kind=Kind.SHARES,
                    value=value,
                    interval=qualified_interval(value, ulp, None),
                    start=view.start + start,
                    end=view.start + end,
                    text=view.text[start:end],
                    ulp=ulp,
                    section=view.section,
                    sentence=view.index,
                    block=view.block,
                    scale=scale,
                    security="shares",
                )
            tail = view.text[end : end + 40]
            if re.match(r"\s*(?:a year (?:earlier|ago)|in the (?:prior|previous))", tail, re.I):
                continue
            found.append(
                Fact("weighted shares", quantity, period_length(view.text), kind, None, view)
            )
    return found


def joined_eps(rel: Relations) -> list[Ratio]:
    """EPS = net income / weighted shares when the count is stated in another sentence or
    paragraph than the net income and its per-share figure: one count of the EPS's kind
    (basic, diluted) and period in the release's claim sections, and one net income with
    an EPS of that kind and period that it could divide."""
    from disclint.rules.arithmetic import ratios

    views = rel.section_views()
    counts = weighted_counts(views)
    if not counts:
        return []
    statements: list[tuple[str, Quantity, Quantity, str | None, str | None]] = []
    for view, measure, q in _per_share_measures(rel):
        block_text = " ".join(v.text for v in views if v.block == view.block)
        if names_several_lengths(view.text) or (
            period_length(view.text) is None and names_several_lengths(block_text)
        ):
            continue
        period = period_length(view.text) or period_length(block_text)
        loss = q.negative or ratios._search_loss(view.before(q, 80))
        for eps in ratios._per_share_after(view, q):
            if eps.negative and not loss:
                continue
            statements.append((measure, q, eps, ratios._eps_kind(eps), period))
    found: list[Ratio] = []
    for measure, net, eps, kind, period in statements:
        fitting = [
            c
            for c in counts
            if _agree(kind, c.subject) and _agree(period, c.period) and c.quantity.value > 0
        ]
        if len({c.quantity.value for c in fitting}) != 1:
            continue
        count = fitting[0]
        rivals = {
            n.value
            for m, n, _e, k, p in statements
            if m == measure and _agree(p, count.period) and k == kind
        }
        if len(rivals) != 1:
            continue  # two net results (quarter and year) the one count could divide
        found.append(
            ratios.Ratio(
                "NUM016",
                "EPS" if measure == "net" else "per-share amount",
                ratios._magnitude(net),
                count.quantity,
                ratios._magnitude(eps),
            )
        )
    return found


#: Measures a per-share figure divides by the weighted share count, besides net income:
#: a REIT's funds from operations ("FFO were $21.6 million, or $0.48 per diluted share").
_FFO = lazy_compile(
    r"\b(?:funds\s+from\s+operations|FFO|AFFO)\b(?:\s*\([A-Z]+\))?"
    r"(?:\s+[\w'’.%-]+){0,4}?\s+(?:of|was|were|totall?ed|reached|to|at|is)\s+"
    r"(?:approximately\s+|about\s+)?$",
    re.I,
)


def _per_share_measures(rel: Relations) -> Iterator[tuple[View, str, Quantity]]:
    """Net results and FFO figures followed by their per-share amount, with the measure
    each is ("net", "ffo"): one measure's figures compete for a count, two measures'
    do not."""
    from disclint.rules.arithmetic import ratios
    from disclint.rules.arithmetic.claims import plain_after

    for view in rel.claim_views():
        nets = ratios._named(view, ratios._NET_RESULT, Kind.MONEY)
        for q in view.of(Kind.MONEY):
            if q.per is not None or q.in_range:
                continue
            if q in nets:
                measure = "net"
            elif _FFO.search(view.before(q, 80)) and ratios._current(view, q):
                measure = "ffo"
            else:
                continue
            if ratios._EPS_AFTER.match(plain_after(view, q, 60)):
                yield view, measure, q


# -- consideration: cash and stock before "valued at $T in aggregate" -------------------------

#: The total of a transaction stated on its own: "The transaction is valued at $310
#: million in aggregate", "total consideration of $310 million".
_TOTAL_BEFORE = lazy_compile(
    r"\b(?:(?:transaction|acquisition|merger|deal|purchase)\s+(?:is|was|will\s+be)\s+valued\s+at"
    r"|(?:total|aggregate)\s+(?:consideration|purchase\s+price|transaction\s+value)"
    r"\s+(?:of|is|was|will\s+be|totals?)|consideration\s+(?:totals?|totall?ing))"
    r"\s+(?:approximately\s+|about\s+)?$",
    re.I,
)
#: "$186 million in cash", "cash consideration of $186 million".
_CASH_AFTER = lazy_compile(r"^\s+in\s+cash\b", re.I)
_CASH_BEFORE = lazy_compile(r"\bcash\s+(?:consideration\s+|payment\s+)?of\s+$", re.I)
#: "four million newly issued Tarrow shares, valued at $124 million", "$124 million in
#: stock".
_STOCK_BEFORE = lazy_compile(
    r"\b(?:shares|stock|units)\b[^.;$\d]{0,40}\bvalued\s+at\s+(?:approximately\s+|about\s+)?$",
    re.I,
)
_STOCK_AFTER = lazy_compile(
    r"^\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:common\s+)?(?:stock|shares)\b", re.I
)
#: A further form of payment makes the two named forms a partial list.
_OTHER_FORM = lazy_compile(
    r"earn-?out|contingent|milestone|\bnotes?\b|assum(?:e|ed|ption)\s+(?:of\s+)?(?:\w+\s+)?debt"
    r"|plus\b|in addition to|excluding|before\s+adjustments",
    re.I,
)
#: "60% of the consideration": a part's share of the transaction's total.
_OF_CONSIDERATION = lazy_compile(
    r"^\s+of\s+the\s+(?:total\s+|aggregate\s+)?(?:consideration|purchase\s+price)\b", re.I
)
#: How many sentences before the total its parts are looked for (same paragraph).
_PARTS_BACK = 3


@dataclass(frozen=True, slots=True)
class Consideration:
    """total = cash + stock, the parts stated in the sentences before the total."""

    total: Quantity
    cash: Quantity
    stock: Quantity
    views: tuple[View, ...]


def _form(view: View, q: Quantity) -> str | None:
    if q.per is not None or q.in_range or q.negative:
        return None
    if _CASH_AFTER.match(view.after(q, 20)) or _CASH_BEFORE.search(view.before(q, 40)):
        return "cash"
    if _STOCK_BEFORE.search(view.before(q, 80)) or _STOCK_AFTER.match(view.after(q, 40)):
        return "stock"
    return None


def joined_consideration(rel: Relations) -> list[Consideration]:
    """An acquisition's cash and stock, each stated once in the sentences before the one
    that states the transaction's total, in the same paragraph (read once per release:
    the parts, the portions and the funding read it)."""
    return rel.facts.memo("num-join-consideration", lambda: _consideration(rel))


def _consideration(rel: Relations) -> list[Consideration]:
    found: list[Consideration] = []
    for view in rel.claim_views():
        money = [q for q in view.of(Kind.MONEY) if q.per is None]
        if len(money) != 1 or _NEW_MATTER.search(view.text) or _OTHER_FORM.search(view.text):
            continue
        total = money[0]
        if not _TOTAL_BEFORE.search(view.before(total, 80)) or total.in_range:
            continue
        earlier = rel.preceding(view, _PARTS_BACK, same_block=True)
        forms: dict[str, list[Quantity]] = {"cash": [], "stock": []}
        for other in earlier:
            if _OTHER_FORM.search(other.text):
                forms = {}
                break
            for q in other.of(Kind.MONEY):
                form = _form(other, q)
                if form is not None:
                    forms[form].append(q)
        if not forms or len(forms["cash"]) != 1 or len(forms["stock"]) != 1:
            continue
        cash, stock = forms["cash"][0], forms["stock"][0]
        if cash.currency != total.currency or stock.currency != total.currency:
            continue
        found.append(Consideration(total, cash, stock, (*earlier, view)))
    return found


def consideration_portions(rel: Relations) -> list[Portion]:
    """ "$186 million in cash at closing, 60% of the consideration": the cash's share of
    the transaction's total stated after it."""
    from disclint.rules.arithmetic.claims import Portion

    found: list[Portion] = []
    for c in joined_consideration(rel):
        for view in c.views:
            for percent in view.of(Kind.PERCENT):
                if not _OF_CONSIDERATION.match(view.after(percent, 40)):
                    continue
                before = [q for q in view.of(Kind.MONEY) if q.end <= percent.start]
                if not before or before[-1] not in (c.cash, c.stock):
                    continue
                found.append(Portion(before[-1], percent, c.total, False, False, False, False))
    return found


# -- changes: "That compares with $X a year earlier, an increase of $D, or P%" ---------------

#: A sentence that compares the previous sentence's figure with an earlier one.
_THAT_COMPARES = lazy_compile(
    r"^\W*(?:that|this|the\s+(?:figure|result|total))\s+(?:compares|compared)\s+(?:with|to)\s+"
    r"(?:approximately\s+|about\s+)?$",
    re.I,
)
_CHANGE_WORD = lazy_compile(
    r"\b(?P<word>increase|decrease|rise|gain|growth|decline|drop|reduction)\s+of\s+$", re.I
)
_DOWN = lazy_compile(r"decrease|decline|drop|reduction", re.I)


def joined_changes(rel: Relations) -> list[Change]:
    """ "Net sales for the third quarter were $184.2 million. That compares with $167.5
    million a year earlier, an increase of $16.7 million, or 10.0%.": the new level is the
    one amount of the sentence before (same paragraph); the old level, the change's amount
    and its percentage are the comparing sentence's, in that order."""
    from disclint.rules.arithmetic.claims import Change

    found: list[Change] = []
    for view in rel.claim_views():
        money = [q for q in view.of(Kind.MONEY) if q.per is None and not q.in_range]
        percents = view.of(Kind.PERCENT)
        if len(money) != 2 or len(percents) != 1 or money[0].start > percents[0].start:
            continue
        old, delta = money
        percent = percents[0]
        if not _THAT_COMPARES.match(view.text[: old.start - view.start]):
            continue
        cue = _CHANGE_WORD.search(view.text[: delta.start - view.start])
        if cue is None or cue.start() < old.end - view.start:
            continue
        if not re.fullmatch(
            r",\s*or\s+(?:approximately\s+|about\s+)?", view.between(delta, percent)
        ):
            continue
        before = rel.preceding(view, 1, same_block=True)
        if not before:
            continue
        levels = [q for q in before[0].of(Kind.MONEY) if q.per is None and not q.in_range]
        if len(levels) != 1 or before[0].of(Kind.PERCENT):
            continue
        new = levels[0]
        if new.currency != old.currency:
            continue
        direction = -1 if _DOWN.match(cue.group("word")) else 1
        found.append(Change(percent, new, old, direction, delta))
    return found


# -- margins: "Its adjusted EBITDA ... was $31.8 million, a 15.0% margin" ---------------------

#: "a 15.0% margin": a margin written bare after its profit figure.
_BARE_MARGIN_AFTER = lazy_compile(r"^\s*margin\b", re.I)
_ARTICLE = lazy_compile(r"(?:^|[,;(]\s*)(?:an?)\s+$", re.I)
#: "Kelby's trailing twelve-month revenue of": the company a revenue figure is of.
_POSSESSOR = lazy_compile(r"\b(?P<name>[A-Z][\w&.-]*)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$")
_ITS = lazy_compile(r"^\W*(?:its|their)\b", re.I)
_SAME_PERIOD = lazy_compile(r"\b(?:same|that)\s+period\b", re.I)


def joined_margins(rel: Relations) -> list[Ratio]:
    """A profit and its bare margin ("Its adjusted EBITDA over the same period was $31.8
    million, a 15.0% margin") over the one revenue figure of the sentence before, same
    paragraph, when both are of one subject (the sentence opens on "Its" after the
    revenue of a named company, or neither names one) and one period."""
    from disclint.rules.arithmetic import ratios

    found: list[Ratio] = []
    for view in rel.claim_views():
        percents = [
            p
            for p in view.of(Kind.PERCENT)
            if _BARE_MARGIN_AFTER.match(view.after(p, 20)) and _ARTICLE.search(view.before(p, 8))
        ]
        if len(percents) != 1 or ratios._named(view, ratios._REVENUE, Kind.MONEY):
            continue
        percent = percents[0]
        money = [q for q in view.of(Kind.MONEY) if q.end <= percent.start and q.per is None]
        if len(money) != 1 or not ratios._current(view, money[0]):
            continue
        profit = money[0]
        kinds = [
            k for k, pattern in ratios._PROFIT.items() if pattern.search(view.before(profit, 80))
        ]
        if "adjusted ebitda" in kinds:
            kinds = ["adjusted ebitda"]
        if len(kinds) != 1 or profit.negative:
            continue
        before = rel.preceding(view, 1, same_block=True)
        if not before:
            continue
        other = before[0]
        revenues = ratios._named(other, ratios._REVENUE, Kind.MONEY)
        if len(revenues) != 1 or revenues[0].currency != profit.currency:
            continue
        revenue = revenues[0]
        label = ratios._last(ratios._REVENUE, other.before(revenue, 80))
        head = other.before(revenue, 80)[: label.start()] if label else ""
        owner = _POSSESSOR.search(head)
        profit_head = view.before(profit, 80)
        profit_label = ratios._last(ratios._PROFIT[kinds[0]], profit_head)
        holder = _POSSESSOR.search(profit_head[: profit_label.start()] if profit_label else "")
        if owner is not None:
            # a named company's revenue: the margin sentence must point back at it
            name = owner.group("name")
            if not (_ITS.match(view.text) or (holder and holder.group("name") == name)):
                continue
        elif (
            holder is not None
            or revenue not in ratios._whole_revenue(other)
            or _ITS.match(view.text)
        ):
            continue  # a named company's profit over the release's own revenue: two subjects
        period = period_length(view.text)
        if (
            period is not None
            and not _SAME_PERIOD.search(view.text)
            and period != period_length(other.text)
        ):
            continue
        if names_several_lengths(other.text):
            continue
        found.append(ratios.Ratio("NUM015", f"{kinds[0]} margin", profit, revenue, percent))
    return found


# -- shares of an offering: "(16.0% of the placement)" ----------------------------------------

_OF_THE_OFFERING = lazy_compile(
    r"^\s*of\s+the\s+(?:private\s+|public\s+|brokered\s+|non-brokered\s+)?"
    r"(?:placement|offering)\b(?!\s+(?:price|proceeds))",
    re.I,
)
#: The sentence that states how many securities the offering sold.
_SOLD_COUNT = lazy_compile(
    r"\b(?:were|was)\s+(?:sold|issued)\b|\b(?:sold|issued)\s+(?:a\s+total\s+of\s+|an\s+aggregate"
    r"\s+of\s+)?$|\bconsist(?:s|ed|ing)?\s+of\s+$|\b(?:a\s+total|an\s+aggregate)\s+of\s+$",
    re.I,
)


def _sold_counts(rel: Relations, security: str | None, skip: View) -> list[Quantity]:
    found = []
    for view in rel.claim_views():
        if view is skip:
            continue
        for c in rel._counts(view):
            if c.security != security:
                continue
            if _SOLD_COUNT.search(view.before(c, 40)) or _SOLD_COUNT.search(view.after(c, 30)):
                found.append(c)
    return found


def offering_portions(rel: Relations) -> list[Portion]:
    """ "an aggregate of 2,000,000 units (16.0% of the placement)": the part's share of the
    securities the offering sold, stated once in another sentence of the release (the
    same security; a release stating two sold counts, base and with the option, is left
    alone)."""
    from disclint.rules.arithmetic.claims import Portion

    found: list[Portion] = []
    for view in rel.claim_views():
        for percent in view.of(Kind.PERCENT):
            if not _OF_THE_OFFERING.match(view.after(percent, 40)):
                continue
            counts = [c for c in rel._counts(view) if c.end <= percent.start]
            if not counts or re.search(r"[;.]", view.between(counts[-1], percent)):
                continue
            part = counts[-1]
            if len(view.between(part, percent)) > 40:
                continue
            wholes = _sold_counts(rel, part.security, view)
            if len({w.value for w in wholes}) != 1 or wholes[0].value <= part.value:
                continue
            found.append(Portion(part, percent, wholes[0], False, False, False, False))
    return found


# -- a payout: "The annualized dividend represents 38.3% of ... earnings per share of $2.40" -

_THE_ANNUAL_DIVIDEND = lazy_compile(
    r"^\W*the\s+(?:new\s+)?(?:annuali[sz]ed|annual)\s+(?:dividend|distribution)(?:\s+rate)?\s+"
    r"(?:represents|is|equals|amounts\s+to)\s+(?:approximately\s+|about\s+)?$",
    re.I,
)
_ANNUAL_RATE_BEFORE = lazy_compile(
    r"\b(?:annuali[sz]ed|annual)\b[^.;$]{0,50}(?:rate|dividend|distribution)[^.;$]{0,20}$"
    r"|\b(?:annuali[sz]ed|annual)\s+basis\b[^.;$]{0,60}$",
    re.I,
)
_OF_PER_SHARE = lazy_compile(
    r"^\s*of\s+(?:the\s+company(?:'s|’s)\s+|its\s+|our\s+)?(?:diluted\s+|basic\s+)?"
    r"(?:earnings|net\s+income|eps|funds\s+from\s+operations|ffo|affo)\b[^$.;]{0,60}$",
    re.I,
)


def payout_portions(rel: Relations) -> list[Portion]:
    """The annual dividend's share of the per-share earnings named in the same sentence,
    the dividend stated in the sentence before (same paragraph): one annual rate there."""
    from disclint.rules.arithmetic.claims import Portion

    found: list[Portion] = []
    for view in rel.claim_views():
        percents = view.of(Kind.PERCENT)
        if len(percents) != 1:
            continue
        percent = percents[0]
        if not _THE_ANNUAL_DIVIDEND.match(view.text[: percent.start - view.start]):
            continue
        after = [q for q in view.of(Kind.MONEY) if q.start > percent.end]
        if not after or not _OF_PER_SHARE.match(view.between(percent, after[0])):
            continue
        whole = after[0]
        before = rel.preceding(view, 1, same_block=True)
        if not before:
            continue
        rates = [
            q
            for q in before[0].of(Kind.MONEY)
            if q.per is not None and _ANNUAL_RATE_BEFORE.search(before[0].before(q, 80))
        ]
        if len({q.value for q in rates}) != 1 or rates[0].currency != whole.currency:
            continue
        found.append(Portion(rates[0], percent, whole, False, False, False, False))
    return found


# -- funding of a consideration's part: "The cash portion will be funded from ..." ------------

_PORTION_FUNDED = lazy_compile(
    r"^\W*the\s+(?P<form>cash|stock)\s+(?:portion|consideration|component)\b[^$.;]{0,80}"
    r"\bfunded\s+(?:from|with|through|by)\b",
    re.I,
)
#: A partial list of sources: they need not add up to the whole.
_PARTLY = lazy_compile(
    r"\b(?:partly|partially|in\s+part|a\s+portion|among\s+others?|other\s+sources|including)\b",
    re.I,
)


def funded_parts(rel: Relations) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """ "The cash portion will be funded from two sources: $120 million drawn on the
    revolver and $66 million of cash on hand": the sources add up to the cash the
    consideration join found in the same paragraph, just before."""
    found: list[tuple[Quantity, tuple[Quantity, ...]]] = []
    for c in joined_consideration(rel):
        last = c.views[-1]
        for view in rel.following(last, 1):
            if view.block != last.block:
                continue
            form = _PORTION_FUNDED.match(view.text)
            if form is None or _PARTLY.search(view.text):
                continue
            parts = [q for q in view.of(Kind.MONEY)]
            if len(parts) < 2 or any(q.per is not None or q.in_range for q in parts):
                continue
            total = c.cash if form.group("form").lower() == "cash" else c.stock
            if any(q.currency != total.currency for q in parts):
                continue
            found.append((total, tuple(parts)))
    return found


# -- pro forma cash: "Together with the net proceeds of the offering, pro forma cash was $T" -

_WITH_NET_PROCEEDS = lazy_compile(
    r"\b(?:together\s+with|including|combined\s+with|with\s+the\s+addition\s+of|after\s+adding)"
    r"\s+the\s+net\s+proceeds\s+(?:of|from)\s+(?:the|this|its)\s+(?:offering|placement|financing)\b",
    re.I,
)
_PRO_FORMA_CASH = lazy_compile(
    r"\bpro\s+forma\s+cash(?:\s+and\s+cash\s+equivalents)?(?:\s+position)?\s+(?:was|were|is|of"
    r"|totall?ed|stood\s+at)\s+(?:approximately\s+|about\s+)?$",
    re.I,
)
_CASH_WAS = lazy_compile(
    r"\bcash(?:\s+and\s+cash\s+equivalents)?(?:\s+and\s+(?:short-term\s+)?investments)?"
    r"(?:\s+(?:were|was|of|totall?ed|stood\s+at))\s+(?:approximately\s+|about\s+)?$",
    re.I,
)
_NET_PROCEEDS_WERE = lazy_compile(
    r"\bnet\s+proceeds\b(?:[^.;]|\.(?=\d)){0,140}?\b(?:were|was|of|totall?ed|are|is)\s+"
    r"(?:approximately\s+|about\s+)?$",
    re.I,
)


def pro_forma_cash(rel: Relations) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """Pro forma cash = the cash of the sentence before (same paragraph) + the offering's
    net proceeds, stated once in the release."""
    found: list[tuple[Quantity, tuple[Quantity, ...]]] = []
    # the net proceeds each sentence states (the proceeds reader's net where it paired one,
    # else the last figure "net proceeds ... were" names), never a pro forma sentence's: a
    # release stating two net proceeds (two offerings) is left alone
    paired = {p.net.start: p.net for p in rel.proceeds if p.net is not None}
    nets: list[Quantity] = []
    for v in rel.claim_views():
        if _WITH_NET_PROCEEDS.search(v.text) or not re.search(r"net\s+proceeds", v.text, re.I):
            continue
        named = [
            q
            for q in v.of(Kind.MONEY)
            if q.per is None and not q.in_range and _NET_PROCEEDS_WERE.search(v.before(q, 160))
        ]
        mine = [q for q in v.of(Kind.MONEY) if q.start in paired]
        if mine or named:
            nets.append((mine or named)[-1])
    if len({q.value for q in nets}) != 1:
        return found
    for view in rel.claim_views():
        if not _WITH_NET_PROCEEDS.search(view.text):
            continue
        totals = [q for q in view.of(Kind.MONEY) if _PRO_FORMA_CASH.search(view.before(q, 60))]
        if len(totals) != 1 or len(view.of(Kind.MONEY)) != 1:
            continue
        before = rel.preceding(view, 1, same_block=True)
        if not before:
            continue
        cash = [q for q in before[0].of(Kind.MONEY) if _CASH_WAS.search(before[0].before(q, 60))]
        if len(cash) != 1 or len(before[0].of(Kind.MONEY)) != 1:
            continue
        total, net = totals[0], nets[0]
        if cash[0].currency != total.currency or net.currency != total.currency:
            continue
        found.append((total, (cash[0], net)))
    return found


# -- debt reduced: "convert $2,000,000 of debt ..." then "the note ... reduced to $R" ---------

_PAID_DOWN = lazy_compile(
    r"\b(?:convert(?:ed|ing)?|repa(?:y|id|ying)|exchang(?:e|ed|ing)|retir(?:e|ed|ing)"
    r"|pa(?:y|id)\s+down|settl(?:e|ed|ing))\s+(?:approximately\s+)?$",
    re.I,
)
_OF_DEBT = lazy_compile(
    r"^\s+(?:of|in)\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:outstanding\s+)?"
    r"(?:debt|principal|indebtedness|notes?|loans?)\b",
    re.I,
)
_REDUCED_TO = lazy_compile(
    r"\b(?:be|been|was|is|were)?\s*reduced\s+to\s+(?:approximately\s+)?$", re.I
)
_DEBT_WORD = lazy_compile(r"\b(?:debt|note|loan|principal|balance|indebtedness)\b", re.I)


def reduced_debt(rel: Relations) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """The debt before = the amount converted (or repaid) + the balance it is reduced to:
    "agreed to convert $2,000,000 of debt ... into equity. The debt, ... a convertible note
    totalling $2,805,671, will now be reduced to $805,671." The converted amount is the one
    of the sentence before (the next paragraph's first sentence may follow it)."""
    found: list[tuple[Quantity, tuple[Quantity, ...]]] = []
    for view in rel.claim_views():
        money = [q for q in view.of(Kind.MONEY) if q.per is None and not q.in_range]
        if len(money) != 2 or not _DEBT_WORD.search(view.text):
            continue
        total, rest = money
        if not _REDUCED_TO.search(view.before(rest, 40)) or total.value <= rest.value:
            continue
        before = rel.preceding(view, 1)
        if not before or _NEW_MATTER.search(view.text):
            continue
        paid = [
            q
            for q in before[0].of(Kind.MONEY)
            if _PAID_DOWN.search(before[0].before(q, 30)) and _OF_DEBT.match(before[0].after(q, 40))
        ]
        if len(paid) != 1 or len(before[0].of(Kind.MONEY)) != 1:
            continue
        if paid[0].currency != total.currency or rest.currency != total.currency:
            continue
        found.append((total, (paid[0], rest)))
    return found


# -- a measure as a percentage of revenue, the figures in earlier paragraphs ------------------

_AS_PERCENT_OF_REVENUE = lazy_compile(
    r"\b(?P<measure>(?:total\s+)?(?:operating\s+expenses|(?:selling,\s+)?general\s+and\s+"
    r"administrative\s+expenses|sg&a(?:\s+expenses)?|research\s+and\s+development\s+expenses"
    r"|r&d\s+expenses))\s+as\s+a\s+(?:percentage|percent)\s+of\s+(?:total\s+|net\s+)?"
    r"(?:revenues?|sales)\b(?P<rest>[^.;]{0,80})",
    re.I,
)
_FROM_TO = lazy_compile(r"\bfrom\s+\S+%\s+to\s+$", re.I)
#: How many paragraphs before the ratio its two figures are looked for.
_FIGURES_BACK = 3


def revenue_shares(rel: Relations) -> list[Portion]:
    """ "... leading to operating expenses as a percentage of revenue dropping from 509%
    to 190%": the measure's one current figure and the release's one whole revenue
    figure, in this paragraph or the few before it, one length of period."""
    from disclint.rules.arithmetic import ratios
    from disclint.rules.arithmetic.claims import Portion

    found: list[Portion] = []
    views = rel.section_views()
    for view in rel.claim_views():
        match = _AS_PERCENT_OF_REVENUE.search(view.text)
        if match is None:
            continue
        rest_start = view.start + match.start("rest")
        rest_end = view.start + match.end("rest")
        percents = [p for p in view.of(Kind.PERCENT) if rest_start <= p.start < rest_end]
        if not percents:
            continue
        percent = percents[-1]
        if len(percents) > 1 and not _FROM_TO.search(view.before(percent, 30)):
            continue  # two ratios, neither marked as the new one
        if len(percents) > 2:
            continue
        blocks = sorted(
            {v.block for v in views if v.block is not None and v.block <= (view.block or 0)}
        )
        scope_blocks = set(blocks[-(_FIGURES_BACK + 1) :])
        scope = [v for v in views if v.block in scope_blocks and v.index <= view.index]
        if names_several_lengths(" ".join(v.text for v in scope)):
            continue
        words = re.escape(match.group("measure").lower().removeprefix("total ").strip())
        label = release_pattern(
            rf"\b(?:total\s+)?{words}(?:\s+(?:for|in)\s+the\s+[\w\s-]{{0,20}}?)?\s+(?:were|was|of"
            rf"|totall?ed|amounted\s+to|reached|came\s+in\s+at)\s+(?:approximately\s+)?$",
            re.I,
        )
        parts = [
            q
            for v in scope
            for q in v.of(Kind.MONEY)
            if q.per is None and label.search(v.before(q, 80)) and ratios._current(v, q)
        ]
        revenues = [q for v in scope for q in ratios._whole_revenue(v)]
        if len({q.value for q in parts}) != 1 or len({q.value for q in revenues}) != 1:
            continue
        part, whole = parts[0], revenues[0]
        if part.currency != whole.currency or whole.value <= 0:
            continue
        found.append(Portion(part, percent, whole, False, False, False, False))
    return found


# -- net income = continuing + discontinued operations ---------------------------------------

_DISCONTINUED = lazy_compile(
    r"\b(?:earnings|income|net\s+income)\s+from\s+discontinued\s+operations\s+of\s+"
    r"(?:approximately\s+)?$",
    re.I,
)
_CONTINUING = lazy_compile(
    r"\b(?:earnings|income|net\s+income)\s+from\s+continuing\s+operations\s+(?:of|was|were)\s+"
    r"(?:approximately\s+)?$",
    re.I,
)
_TOTAL_EARNINGS = lazy_compile(
    r"\b(?:gaap\s+)?(?:net\s+income|net\s+earnings|earnings)\s+(?:of|was|were)\s+"
    r"(?:approximately\s+)?$",
    re.I,
)
_INCLUDES = lazy_compile(r"\b(?:which\s+)?includ(?:es|ed|ing)\b", re.I)
_LOSS_WORD = lazy_compile(r"\bloss", re.I)


def _with_per_share(view: View, q: Quantity) -> Quantity | None:
    """The per-share figure right after an amount (", or $0.94 per diluted share")."""
    after = [e for e in view.of(Kind.MONEY) if e.start > q.end]
    if after and after[0].per == "share" and re.fullmatch(r",?\s*or\s+", view.between(q, after[0])):
        return after[0]
    return None


def _says(pattern: re.Pattern[str], view: View) -> bool:
    return may_match(pattern, view.folded) and pattern.search(view.text) is not None


def continuing_and_discontinued(rel: Relations) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """ "GAAP earnings of $108.5 million, or $0.94 per diluted share, which includes
    earnings from discontinued operations of $86.0 million, or $0.74 per diluted share ...
    The company had GAAP net income from continuing operations of $22.6 million, or $0.20
    per diluted share": the total is the two parts, in amount and per share. The parts in
    the total's sentence or the next one of its paragraph, each once, none a loss."""
    found: list[tuple[Quantity, tuple[Quantity, ...]]] = []
    for view in rel.claim_views():
        # each test first asks the sentence's fold for the words (``may_match``)
        if _says(_LOSS_WORD, view):
            continue
        scope = [view, *[v for v in rel.following(view, 1) if v.block == view.block]]
        if any(_says(_LOSS_WORD, v) for v in scope):
            continue
        earnings = may_match(_TOTAL_EARNINGS, view.folded)
        for total in view.of(Kind.MONEY):
            if (
                total.per is not None
                or not earnings
                or not _TOTAL_EARNINGS.search(view.before(total, 40))
            ):
                continue
            if _DISCONTINUED.search(view.before(total, 60)) or _CONTINUING.search(
                view.before(total, 60)
            ):
                continue
            rest = view.text[total.end - view.start :]
            if not _INCLUDES.search(rest[:80]):
                continue
            gone = [
                (v, q)
                for v in scope
                for q in v.of(Kind.MONEY)
                if q.per is None and q.start > total.end and _DISCONTINUED.search(v.before(q, 70))
            ]
            kept = [
                (v, q)
                for v in scope
                for q in v.of(Kind.MONEY)
                if q.per is None and q.start > total.end and _CONTINUING.search(v.before(q, 70))
            ]
            if len(gone) != 1 or len(kept) != 1:
                continue
            (gv, g), (kv, k) = gone[0], kept[0]
            found.append((total, (g, k)))
            t, pg, pk = (_with_per_share(v, q) for v, q in ((view, total), (gv, g), (kv, k)))
            if t is not None and pg is not None and pk is not None:
                found.append((t, (pg, pk)))  # the same sum per share
    return found


# -- free cash flow = operating cash flow - capital expenditures -----------------------------

_FREE_CASH_FLOW = lazy_compile(
    r"(?<!adjusted\s)\bfree\s+cash\s+flows?\s+(?:was|were|of|totall?ed|came\s+to|reached)\s+"
    r"(?:approximately\s+)?$",
    re.I,
)
_OPERATING_CASH = lazy_compile(
    r"\b(?:(?:net\s+)?cash\s+(?:provided\s+by|from|generated\s+(?:by|from))\s+operating"
    r"\s+activities|operating\s+cash\s+flows?|cash\s+flows?\s+from\s+operations)\s+"
    r"(?:was|were|of|totall?ed|came\s+to|reached)\s+(?:approximately\s+)?$",
    re.I,
)
_CAPEX = lazy_compile(
    r"\b(?:capital\s+expenditures|capex|purchases\s+of\s+property(?:,\s+plant)?\s+and\s+"
    r"equipment)\s+(?:of|was|were|totall?ed)\s+(?:approximately\s+)?$",
    re.I,
)


def free_cash_flows(rel: Relations) -> list[tuple[Quantity, Quantity, Quantity]]:
    """(free cash flow, operating cash flow, capital expenditures) stated in one sentence
    and the one before it, same paragraph: "Cash provided by operating activities was
    $162.4 million. After capital expenditures of $48.9 million, free cash flow was $113.5
    million." Only when those two sentences state no other amount (a further deduction
    would make the difference a different one) and name one length of period."""
    found: list[tuple[Quantity, Quantity, Quantity]] = []
    for view in rel.claim_views():
        fcf = [q for q in view.of(Kind.MONEY) if _FREE_CASH_FLOW.search(view.before(q, 40))]
        if len(fcf) != 1:
            continue
        scope = [*rel.preceding(view, 1, same_block=True), view]
        money = [q for v in scope for q in v.of(Kind.MONEY)]
        if len(money) != 3 or names_several_lengths(" ".join(v.text for v in scope)):
            continue
        cash = [
            q for v in scope for q in v.of(Kind.MONEY) if _OPERATING_CASH.search(v.before(q, 80))
        ]
        spent = [q for v in scope for q in v.of(Kind.MONEY) if _CAPEX.search(v.before(q, 50))]
        if len(cash) != 1 or len(spent) != 1:
            continue
        if any(q.per is not None or q.in_range for q in money):
            continue
        if len({q.currency for q in money}) != 1:
            continue
        found.append((fcf[0], cash[0], spent[0]))
    return found


# -- a repurchase authorization = repurchased to date + what remains --------------------------

_REMAIN = lazy_compile(r"^\s*(?:shares\s+)?(?:remain|remaining|are\s+still)\s+available\b", re.I)
_AUTHORIZATION = lazy_compile(
    r"\b(?:under|of)\s+(?:the|its|our)\s+(?P<num>\d{1,3}(?:,\d{3})+)-share\s+"
    r"(?:repurchase\s+|buyback\s+)?(?:authorization|program|plan)\b",
    re.I,
)
_REPURCHASED_TOTAL = lazy_compile(
    r"\b(?:repurchased|bought\s+back|purchased)\s+(?:a\s+total\s+of|an\s+aggregate\s+of)\s+"
    r"(?:approximately\s+)?$",
    re.I,
)
_SINCE_START = lazy_compile(
    r"\bsince\s+(?:the\s+)?(?:(?:repurchase|buyback)\s+)?(?:program|plan|authorization|inception)"
    r"|\bto\s+date\b|\bunder\s+the\s+(?:program|plan|authorization)\b",
    re.I,
)


def repurchase_authorizations(rel: Relations) -> list[tuple[Quantity, tuple[Quantity, ...]]]:
    """ "Since the repurchase program was authorized ..., the company has repurchased a total
    of 1,237,500 shares ... Approximately 762,500 shares remain available under the
    2,000,000-share authorization.": the authorization is what was bought under it to date
    plus what remains; the bought count is the one total "since" the program began in the
    sentence before, same paragraph."""
    from disclint.rules.arithmetic.claims import count_at

    found: list[tuple[Quantity, tuple[Quantity, ...]]] = []
    for view in rel.claim_views():
        match = _AUTHORIZATION.search(view.text)
        if match is None:
            continue
        left = [c for c in view.of(Kind.SHARES) if _REMAIN.match(view.after(c, 40))]
        if len(left) != 1 or len(view.of(Kind.SHARES)) != 1:
            continue
        before = rel.preceding(view, 1, same_block=True)
        if not before or not _SINCE_START.search(before[0].text):
            continue
        bought = [
            c
            for c in before[0].of(Kind.SHARES)
            if _REPURCHASED_TOTAL.search(before[0].before(c, 50))
        ]
        if len(bought) != 1:
            continue
        total = count_at(view, match.start("num"), match.end("num"))
        found.append((total, (bought[0], left[0])))
    return found


# -- a holder's share of its own whole, the whole stated for that holder before ---------------

_OF_ITS = lazy_compile(
    r"^\s*of\s+its\s+(?P<whole>total\s+assets|total\s+deposits|total\s+loans|total\s+revenues?"
    r"|revenues?|net\s+sales|assets|deposits|loans)\b",
    re.I,
)
_OWNER_OPENS = lazy_compile(r"^\W*(?P<name>[A-Z][\w&.-]*)(?:'s|’s)\s", re.I)


def own_wholes(rel: Relations) -> list[Portion]:
    """ "Fairhaven's deposits of $412 million represent 85.8% of its total assets" after
    "... total assets of $2.46 billion, comprising Dunmore's $1.98 billion and Fairhaven's
    $480 million": the whole is the one figure the sentence before gives that company
    ("Fairhaven's $480 million"), in a sentence naming that measure, same paragraph."""
    from disclint.rules.arithmetic.claims import Portion

    found: list[Portion] = []
    for view in rel.claim_views():
        percents = view.of(Kind.PERCENT)
        money = [q for q in view.of(Kind.MONEY) if q.per is None and not q.in_range]
        if len(percents) != 1 or len(money) != 1 or money[0].start > percents[0].start:
            continue
        percent, part = percents[0], money[0]
        of_its = _OF_ITS.match(view.after(percent, 40))
        owner = _OWNER_OPENS.match(view.text)
        if of_its is None or owner is None:
            continue
        name = owner.group("name")
        before = rel.preceding(view, 1, same_block=True)
        if not before or of_its.group("whole").lower() not in before[0].text.lower():
            continue
        other = before[0]
        wholes = [
            q
            for q in other.of(Kind.MONEY)
            if q.per is None
            and release_pattern(rf"\b{re.escape(name)}(?:'s|’s)\s+$").search(other.before(q, 40))
        ]
        if len(wholes) != 1 or wholes[0].currency != part.currency:
            continue
        found.append(Portion(part, percent, wholes[0], False, False, False, False))
    return found
