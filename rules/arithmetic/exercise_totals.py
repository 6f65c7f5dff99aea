"""What warrants bring if all are exercised: count x exercise price = the amount, read over
the paragraph that states the warrants.

The template reader (``claims.Relations.exercise_products``) relates "if exercised in full
... additional gross proceeds of $10.9 million" to the count and price of the sentence
before it. Releases also write the amount with other verbs and after the terms: "The
common warrants, 6,250,000 in all, carry an exercise price of $1.85 a share ... If all of
them were exercised for cash, the Company would receive another $11.56 million";
"warrants to purchase 312,500 shares ... at an exercise price of $2.00; exercising all of
them would cost the agent $625,000". Here a sentence that states an exercise of **all**
the warrants gives the amount (the one money figure after that statement, not per share,
no bound), and the paragraph up to it gives the terms: exactly one count of shares and
one exercise price. Anything that makes the count and the price measure different things
is refused: two counts or two exercise prices in reach, a fraction of a share per warrant,
cashless or net exercise, pre-funded warrants, an option, a price per warrant. Silence
otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import SHARE_UNITS, Product

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["exercise_totals"]

#: A sentence that states the exercise of every warrant: "If all of them were exercised",
#: "if the warrants are exercised in full", "exercising all of them", "upon exercise of all".
_ALL_EXERCISED = lazy_compile(
    r"\bif\s+(?:all\s+(?:of\s+)?(?:them|the\s+(?:[\w-]+\s+)?warrants|these\s+warrants)"
    r"|(?:the|these|those|such)\s+(?:[\w-]+\s+)?warrants|they)\s+(?:are|were)\s+"
    r"(?:(?:fully\s+)?exercised|exercised\s+in\s+full)\b"
    r"|\bexercising\s+(?:all\s+(?:of\s+)?(?:them|the\s+(?:[\w-]+\s+)?warrants)"
    r"|(?:the|these|those)\s+(?:[\w-]+\s+)?warrants\s+in\s+full)\b"
    r"|\b(?:upon|on)\s+(?:the\s+)?(?:full\s+)?exercise\s+of\s+all\s+(?:of\s+)?(?:them"
    r"|the\s+(?:[\w-]+\s+)?warrants)\b"
    r"|\bif\s+(?:fully\s+exercised|exercised\s+in\s+full)\b",
    re.I,
)
#: The exercise price given by reference to the price the securities were sold at: "The
#: Warrants, exercisable immediately at the same price, ...".
_SAME_PRICE = lazy_compile(
    r"\bexercisable\b[^.;$]{0,40}?\bat\s+the\s+same\s+price\b"
    r"|\bat\s+(?:an\s+)?exercise\s+price\s+equal\s+to\s+the\s+(?:public\s+)?offering\s+price\b",
    re.I,
)
#: Words before a money figure that make it the exercise price of one share.
_EXERCISE_PRICE = lazy_compile(
    r"\b(?:exercise\s+price|strike\s+price|exercisable\s+at)\s+(?:of\s+)?(?:about\s+)?$", re.I
)
#: Anything that makes a warrant's count and price measure different things.
_REFUSE = lazy_compile(
    r"\bhalf\b|\bone-half\b|\bquarter\s+of\s+a\s+share\b|\bfraction|\bcashless\b"
    r"|\bnet\s+exercise\b|\bpre-?funded\s+(?:[\w-]+\s+)?warrants?\b|\boptions?\b|\bover-?allot|\bper\s+warrant\b"
    r"|\bfor\s+each\s+warrant\b|\bup\s+to\b|\btranches?\b"
    r"|\b(?:series|class)\s+[a-z](?:-\d)?\s+(?:[\w-]+\s+)?warrants?\b"
    r"|\badjust",
    re.I,
)
_FIRM = (None, Qualifier.ABOUT)
_WARRANTS = lazy_compile(r"(?<!\bno\s)\bwarrants?\b", re.I)
#: A count of warrants the quantity reader leaves (no "shares" after it): "The common
#: warrants, 6,250,000 in all,", "6,250,000 common warrants".
_WARRANT_COUNT = lazy_compile(
    r"\bwarrants,\s+(?P<a>\d{1,3}(?:,\d{3})+)\s+in\s+(?:all|total)\b"
    r"|(?<![\d,.$])(?P<b>\d{1,3}(?:,\d{3})+)\s+(?:(?:common|new|investor)\s+)?warrants\b",
    re.I,
)


def _warrant_counts(view: View) -> list[Quantity]:
    from disclint.rules.arithmetic.claims import count_at

    if "warrants" not in view.text:
        return []
    starts = {q.start for q in view.quantities}
    found = []
    for m in _WARRANT_COUNT.finditer(view.text):
        group = "a" if m.group("a") else "b"
        if view.start + m.start(group) not in starts:
            found.append(count_at(view, m.start(group), m.end(group)))
    return found


def _amount(view: View, cue: re.Match[str]) -> Quantity | None:
    """The one money figure of the clause stating the exercise (before or after the
    statement: "could yield an additional $16.5 million if fully exercised"), not a price."""
    stop = view.text.find(";", cue.end())
    begin = view.start + view.text.rfind(";", 0, cue.start()) + 1
    end = view.start + (stop if stop >= 0 else len(view.text))
    found = [
        q
        for q in view.of(Kind.MONEY)
        if begin <= q.start < end and not _EXERCISE_PRICE.search(view.before(q, 40))
    ]
    if len(found) != 1:
        return None
    q = found[0]
    if q.per is not None or q.in_range or q.negative or q.malformed or q.qualifier not in _FIRM:
        return None
    return q


def _terms(scope: list[View], cue_at: int) -> tuple[Quantity, Quantity] | None:
    """The one count and the one exercise price stated before ``cue_at``."""
    counts: list[Quantity] = []
    prices: list[Quantity] = []
    sold_at: list[Quantity] = []
    for view in scope:
        extra = _warrant_counts(view)
        figures = sorted([*view.quantities, *extra], key=lambda q: q.start)
        for q in figures:
            if q.start >= cue_at:
                break
            if q.kind is Kind.SHARES:
                counts.append(q)
            elif q.kind is Kind.MONEY and _EXERCISE_PRICE.search(view.before(q, 40)):
                prices.append(q)
            elif q.kind is Kind.MONEY and q.per in SHARE_UNITS:
                sold_at.append(q)
    if not prices and any(_SAME_PRICE.search(v.text) for v in scope):
        prices = sold_at  # "exercisable ... at the same price": the one price sold at
    if len(counts) != 1 or len({p.value for p in prices}) != 1:
        return None
    count, price = counts[0], prices[0]
    if count.in_range or count.qualifier not in _FIRM or count.value < 1:
        return None
    if price.in_range or price.qualifier not in _FIRM or price.value <= 0:
        return None
    return count, price


def exercise_totals(rel: Relations, known: list[Product] | None = None) -> list[Product]:
    """Warrants' exercise totals stated after their terms in one paragraph; ``known`` are
    products already read (an amount one of them relates is left to it)."""
    taken = {p.amount.start for p in known or ()}
    found: list[Product] = []
    paragraph: list[View] = []
    # every sentence of the paragraph, with or without a figure: "Each unit includes a
    # warrant to purchase one-half of a share" says what the count and price measure
    for view in rel.section_views():
        if paragraph and paragraph[-1].block != view.block:
            paragraph = []
        paragraph.append(view)
        if "exercis" not in view.text:
            continue
        cue = _ALL_EXERCISED.search(view.text)
        if cue is None:
            continue
        amount = _amount(view, cue)
        if amount is None or amount.start in taken:
            continue
        if any(_REFUSE.search(v.text) for v in paragraph):
            continue
        if not any(_WARRANTS.search(v.text) for v in paragraph):
            continue  # "if exercised in full" of something other than warrants
        terms = _terms(paragraph, view.start + cue.start())
        if terms is None:
            continue
        count, price = terms
        implied = count.value * price.value
        if not amount.value / 2 <= implied <= amount.value * 2:
            continue  # far from any slip of the pen: not the same warrants
        found.append(Product(amount, count, price, "exercise"))
    read = {p.amount.start for p in found} | taken
    found += [p for p in _sentence_totals(rel) if p.amount.start not in read]
    return found


#: One sentence states the warrants, their exercise price and what exercising them would
#: bring: "The 2,600,000 Series B warrants, exercisable at $2.50 ..., could add $6.5
#: million". The modal and the verb of bringing in make the amount the warrants' total.
_WOULD_BRING = lazy_compile(
    r"\b(?:could|would|might|may|will)\s+(?:(?:also|then)\s+)?(?:add|bring(?:\s+in)?"
    r"|raise|yield|provide|generate|deliver)\s+(?:(?:another|an\s+additional|a\s+further"
    r"|some|about|approximately|roughly)\s+)*$",
    re.I,
)
#: What keeps one sentence's count and price from measuring the same warrants.
_SENTENCE_REFUSE = lazy_compile(
    r"\bhalf\b|\bone-half\b|\bfraction|\bcashless\b|\bnet\s+exercise\b|\bpre-?funded\b"
    r"|\boptions?\b|\bper\s+warrant\b|\bfor\s+each\s+warrant\b|\bup\s+to\b|\btranches?\b"
    r"|\badjust|\beach\s+(?:of\s+)?(?:which|whom)\b|\bcombined\b|\btogether\b|\bboth\b",
    re.I,
)


def _sentence_totals(rel: Relations) -> list[Product]:
    """Warrants' count, exercise price and exercise total, all in one sentence: one count of
    warrants, one exercise price, one amount after a modal verb of bringing in."""
    found: list[Product] = []
    for view in rel.claim_views():
        if "warrant" not in view.text or "exercis" not in view.text:
            continue
        if _SENTENCE_REFUSE.search(view.text):
            continue
        counts = [
            *(q for q in view.quantities if q.kind is Kind.SHARES),
            *_warrant_counts(view),
        ]
        money = [q for q in view.quantities if q.kind is Kind.MONEY]
        prices = [q for q in money if _EXERCISE_PRICE.search(view.before(q, 40))]
        amounts = [q for q in money if _WOULD_BRING.search(view.before(q, 60))]
        if len(counts) != 1 or len(prices) != 1 or len(amounts) != 1 or len(money) != 2:
            continue
        count, price, amount = counts[0], prices[0], amounts[0]
        if not count.start < price.start < amount.start:
            continue  # the terms first, then what they bring
        firm = all(
            q.qualifier in _FIRM and not q.in_range and not q.negative and q.value > 0
            for q in (count, price, amount)
        )
        if not firm or amount.per is not None or price.scale != 1:
            continue
        implied = count.value * price.value
        if amount.value / 2 <= implied <= amount.value * 2:
            found.append(Product(amount, count, price, "exercise"))
    return found
