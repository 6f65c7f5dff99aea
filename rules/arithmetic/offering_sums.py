"""An offering's gross, stated before its terms, against the counts sold at their prices in
the paragraph of terms: gross = sum(count_i x price_i).

"Quillmere ... expects gross proceeds of approximately $34.0 million" opens the release;
the next paragraph sells "6,400,000 shares ... at a public offering price of $4.25 per
share" and "pre-funded warrants to purchase 1,600,000 shares, priced at $4.249 each";
"Brackwater ... expects to receive roughly $10.0 million in gross proceeds", then
"5,625,000 units at $1.60 per unit" and "625,000 pre-funded units ... at $1.599 per
pre-funded unit". ``gen_products`` sums counts at their own prices within one sentence;
here the **gross** is the release's one gross of the base sale (``figures``: the sale's,
not conditional, one value), and the **terms** are every count ``figures`` types as sold,
all in one paragraph, each with the price that follows it in its sentence. Refused: counts
sold in two paragraphs, an option or additional shares among the terms, pre-funded
warrants or a concurrent sale named outside the terms' paragraph (a tranche the terms
leave out), a count without its own price, a gross in a range or bounded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View
    from disclint.rules.arithmetic.figures import Figure
    from disclint.rules.arithmetic.gen_products import ProductSum

__all__ = ["base_terms", "offering_sums"]

#: A sentence about counts the base sale does not include.
_NOT_BASE = lazy_compile(
    r"\boptions?\b|over-?allot|greenshoe|\badditional\b|\bunderwriters\b|\bup\s+to\b", re.I
)
#: Words outside the terms that name a part of the sale the terms may leave out.
_ELSEWHERE = lazy_compile(
    r"\bpre-?funded\b|\bconcurrent\w*\b|\btranches?\b|\bsecond\s+closing\b|\bprivate\s+placement\b"
    r"|\bselling\s+(?:stock|share)holders?\b",
    re.I,
)
#: A count sold in another paragraph that adds to the sale.
_ALSO = lazy_compile(
    r"\balso\b|\bin\s+addition\b|\bseparately\b|\bconcurrent\w*\b|\banother\b|\bsecond\b"
    r"|\bfurther\b",
    re.I,
)
_FIRM = (None, Qualifier.ABOUT)
#: A price of one security is below this.
PRICE_CEILING = 10000
#: How many counts at their prices one gross may sum.
MAX_TERMS = 3


def _firm(q: Quantity) -> bool:
    return q.qualifier in _FIRM and not q.in_range and not q.negative and not q.malformed


def _gross(rel: Relations) -> Quantity | None:
    from disclint.rules.arithmetic.figures import reading_of

    found = [
        f.quantity
        for f in reading_of(rel).of("gross")
        if f.subject == "sale" and not f.conditional and f.quantity.kind is Kind.MONEY
    ]
    if not found or len({q.value for q in found}) != 1 or not all(_firm(q) for q in found):
        return None
    return found[0]


def _price_after(view: View, count: Quantity, stop: int, prices: set[int]) -> Quantity | None:
    """The first money figure after ``count`` in its sentence, before ``stop``, when the
    figure reader types it as a price."""
    for q in view.of(Kind.MONEY):
        if q.start <= count.start or q.start >= stop:
            continue
        if id(q) in prices and _firm(q) and 0 < q.value < PRICE_CEILING:
            return q
        return None
    return None


def offering_sums(rel: Relations) -> list[ProductSum]:
    """The base sale's gross against its terms paragraph."""
    from disclint.rules.arithmetic.figures import reading_of
    from disclint.rules.arithmetic.gen_products import ProductSum

    gross = _gross(rel)
    if gross is None:
        return []
    found = base_terms(rel)
    if found is None:
        return []
    terms, views = found
    reading = reading_of(rel)
    prices = {id(f.quantity) for f in reading.of("price")}
    pairs: list[tuple[Quantity, Quantity]] = []
    for i, f in enumerate(terms):
        view = views[f.view]
        later = [t.quantity.start for t in terms[i + 1 :] if t.view == f.view]
        stop = min(later) if later else view.start + len(view.text)
        price = _price_after(view, f.quantity, stop, prices)
        if price is None or not _firm(f.quantity):
            return []
        pairs.append((f.quantity, price))
    if any(gross.start == q.start for pair in pairs for q in pair):
        return []
    computed = sum((c.value * p.value for c, p in pairs), start=0 * gross.value)
    if not gross.value / 2 <= computed <= gross.value * 2:
        return []  # far from any slip of the pen: the terms of another sale
    if len(pairs) == 1 and views[terms[0].view].block == _block_of(rel, gross):
        return []  # one count, price and gross in one paragraph: the template readers' own
    return [ProductSum(gross, tuple(pairs))]


def _block_of(rel: Relations, q: Quantity) -> int | None:
    for v in rel.claim_views():
        if v.start <= q.start < v.start + len(v.text):
            return v.block
    return None


def base_terms(rel: Relations) -> tuple[list[Figure], dict[int, View]] | None:
    """The counts the base sale sells: every count ``figures`` types as sold in the first
    paragraph that sells any (not an option's or additional shares), with the sentences by
    index; None when another paragraph "also" sells, or names a part of the sale (pre-funded
    warrants, a concurrent sale) the terms do not."""
    from disclint.rules.arithmetic.figures import reading_of

    def compute() -> tuple[list[Figure], dict[int, View]] | None:
        reading = reading_of(rel)
        views = {v.index: v for v in rel.claim_views()}
        sold = [
            f
            for f in reading.of("sold")
            if f.quantity.kind is Kind.SHARES and f.subject in ("sale", "part") and f.view in views
        ]
        base = [f for f in sold if not _NOT_BASE.search(views[f.view].text)]
        if not base:
            return None
        # the terms: the counts sold in the first paragraph that sells any; a count sold in
        # another paragraph is a buyer's part or an agent's warrants, unless "also" sold
        block = views[base[0].view].block
        terms = [f for f in base if views[f.view].block == block]
        if len(terms) > MAX_TERMS:
            return None
        if any(_ALSO.search(views[f.view].text) for f in base if views[f.view].block != block):
            return None
        inside = " ".join(v.text for v in rel.section_views() if v.block == block)
        named = {m.group().lower()[:6] for m in _ELSEWHERE.finditer(inside)}
        for v in rel.section_views():
            if v.block == block:
                continue
            for m in _ELSEWHERE.finditer(v.text):
                if m.group().lower()[:6] not in named:
                    return None  # a part of the sale the terms do not name
        if not all(_firm(f.quantity) for f in terms):
            return None
        return terms, views

    return rel.facts.memo("num-offering-base-terms", compute)
