"""Parts of a whole the sentence names but does not state: "Of the gross proceeds, the
units account for $10.0 million and the pre-funded units for $3.0 million", "$18.0 million
of the net proceeds toward ... and $9.5 million toward ...; the balance, about $7.0
million, is for working capital", "... brought $12.7 million, and ... fees the remaining
$2.5 million of franchise revenues".

``gen_parts`` and ``parts_remaining`` read a whole stated beside its parts (in the sentence,
or alone in the sentence before). Releases also state the whole once, paragraphs earlier,
and later divide it by name. Here a sentence whose money figures are parts of a named
whole is read against the one figure the release states under that name, earlier in the
body:

* **the name**: "Of the W," opening the sentence (the figures after it are some of W, all
  of it when the last is "the balance", "the remaining", "the rest" or "the other"), the
  first part "of the W" with the last part "the balance", or the last part "the remaining
  $C of W" (the list is then complete);
* **the whole**: for "gross proceeds" and "net proceeds", the sale's one figure of that
  concept as ``figures`` types it (none conditional); for another name ("franchise
  revenues"), the money figures written "W of $X", "W was $X" or "$X of W" elsewhere in the
  body, all restating one figure.

Refused: a whole stated after the parts or nowhere, two different figures under the name,
parts of unlike figures or under a bound, a percentage in apposition to a part, a sentence
that gives examples, compares periods or caps a figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile, release_pattern
from disclint.rules.arithmetic.named_portions import usable_money
from disclint.rules.arithmetic.parts_total import PartsTotal

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["named_parts"]

#: The measure nouns a whole may be named by (the last word of the name).
_MEASURE = (
    r"(?:proceeds|revenues?|sales|costs|expenses|spending|capital\s+expenditures"
    r"|investments?|cash|backlog|bookings|funds|financing|budget|authori[sz]ation|program)"
)
#: "Of the W," opening the sentence.
_OF_THE_OPENS = lazy_compile(
    rf"^\W*of\s+(?:the|its|our|their|this|that)\s+(?P<name>(?:[a-z][\w-]*\s+){{0,3}}?{_MEASURE}),",
    re.I,
)
#: "... of the W" right after the first part.
_OF_NAME_AFTER = lazy_compile(
    rf"^\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?P<name>(?:[a-z][\w-]*\s+){{0,3}}?{_MEASURE})\b",
    re.I,
)
#: The last part is what is left of the whole.
_REST_BEFORE = lazy_compile(
    r"\b(?:the\s+)?(?:remaining|rest|balance|other|remainder)\s*,?\s*(?:of\s+)?"
    r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?$",
    re.I,
)
#: A sentence that admits another reading: examples, periods compared, changes, bounds.
_OTHER_READING = lazy_compile(
    r"\binclud|\bsuch\s+as\b|\bamong\b|\bfor\s+example\b|\bprimarily\b|\bmainly\b"
    r"|\bprincipally\b|\blargely\b|\bpartly\b|\bin\s+part\b|\bexclud|\bcompared\b|\bversus\b"
    r"|\bvs\b|\bfrom\s+\$|\bup\s+to\b|\bincrease|\bdecrease|\bgrew\b|\brose\b|\bfell\b"
    r"|\bdeclin|\ba\s+year\s+(?:earlier|ago)|\bprior\s+year\b|\blast\s+year\b|\bper\b"
    r"|\beach\b|\bapiece\b|\bnet\s+of\b|\bless\b|\bexcept\b|\brespectively\b|\bif\b"
    r"|\bwould\b|\bcould\b|\bmore\s+than\b|\bat\s+least\b|\bover\b|\bunder\b",
    re.I,
)
#: A sentence that may name its whole: it opens "Of", or a part is the rest of a whole.
_NAMES_A_WHOLE = lazy_compile(r"^\W*of\s|\b(?:remaining|rest|balance|other|remainder)\b", re.I)
#: A percentage in apposition to a figure: the figures may then be shares of another base.
_PERCENT_BESIDE = 12
_PARTS = (None, Qualifier.ABOUT, Qualifier.NEARLY)
#: The most parts one list holds.
MAX_PARTS = 6


def _part(q: Quantity) -> bool:
    return usable_money(q, _PARTS)


def _parts_of(view: View) -> list[Quantity] | None:
    """The sentence's money figures in order, when all can be parts of one whole."""
    money = sorted((q for q in view.quantities if q.kind is Kind.MONEY), key=lambda q: q.start)
    if not 2 <= len(money) <= MAX_PARTS or not all(_part(q) for q in money):
        return None
    if any(q.kind is Kind.SHARES for q in view.quantities):
        return None
    if any((q.currency or "USD") != (money[0].currency or "USD") for q in money):
        return None
    for p in (q for q in view.quantities if q.kind is Kind.PERCENT):
        near = (p.start - _PERCENT_BESIDE, p.end + _PERCENT_BESIDE)
        if any(near[0] < q.end and q.start < near[1] for q in money):
            return None
    return money


def _named(view: View, parts: list[Quantity]) -> tuple[str, bool] | None:
    """The whole's name and whether the list is complete."""
    rest = bool(_REST_BEFORE.search(view.before(parts[-1], 40)))
    opens = _OF_THE_OPENS.match(view.text)
    if opens is not None and view.start + opens.end() <= parts[0].start:
        return opens.group("name"), rest
    if not rest:
        return None
    first = _OF_NAME_AFTER.match(view.after(parts[0], 60))
    if first is not None:
        return first.group("name"), True
    last = _OF_NAME_AFTER.match(view.after(parts[-1], 60))
    if last is not None:
        return last.group("name"), True
    return None


def _one(found: list[Quantity]) -> Quantity | None:
    """The one figure of ``found``, all restating it within their rounding."""
    firm = [q for q in found if q.qualifier in (None, Qualifier.ABOUT) and q.interval.bounded]
    if not firm or len(firm) != len(found):
        return None
    best = min(firm, key=lambda q: q.ulp * q.scale)
    if any(not q.interval.overlaps(best.interval) for q in found):
        return None
    return best


def _typed_whole(rel: Relations, concept: str, parts: list[Quantity]) -> Quantity | None:
    """The sale's one figure the figure reader types as ``concept`` (the parts aside: "$18.0
    million of the net proceeds" is typed by the name it is a part of)."""
    from disclint.rules.arithmetic.figures import reading_of

    taken = {q.start for q in parts}
    found = [
        f.quantity
        for f in reading_of(rel).of(concept)
        if f.subject == "sale"
        and not f.conditional
        and f.quantity.kind is Kind.MONEY
        and f.quantity.start not in taken
    ]
    return _one(found)


def _stated_whole(rel: Relations, name: str, parts: list[Quantity]) -> Quantity | None:
    """The figures the body states under ``name`` ("W of $X", "W was $X", "$X of W")."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    before = release_pattern(
        rf"\b{words}\s+(?:of|was|were|totaled|totalled|reached|came\s+to|amounted\s+to"
        r"|stood\s+at)\s+(?:about\s+|approximately\s+|roughly\s+)?$",
        re.I,
    )
    after = release_pattern(rf"^\s+(?:of|in)\s+{words}\b", re.I)
    taken = {q.start for q in parts}
    found = [
        q
        for view in rel.claim_views()
        if name.split()[-1].lower() in view.text.lower()
        for q in view.quantities
        if q.kind is Kind.MONEY
        and q.start not in taken
        and (before.search(view.before(q, 80)) or after.match(view.after(q, 60)))
    ]
    return _one(found)


def named_parts(rel: Relations) -> list[PartsTotal]:
    """Parts of a named whole the release states once, earlier in the body."""
    found: list[PartsTotal] = []
    for view in rel.claim_views():
        if len(view.quantities) < 2 or not _NAMES_A_WHOLE.search(view.text):
            continue  # neither "Of the W," nor a last part that is the rest
        if _OTHER_READING.search(view.text):
            continue
        parts = _parts_of(view)
        if parts is None:
            continue
        named = _named(view, parts)
        if named is None:
            continue
        name, complete = named
        key = " ".join(name.lower().split())
        if key in ("gross proceeds", "net proceeds"):
            whole = _typed_whole(rel, key.split()[0], parts)
        else:
            whole = _stated_whole(rel, name, parts)
        if whole is None or whole.start >= parts[0].start:
            continue
        if (whole.currency or "USD") != (parts[0].currency or "USD"):
            continue
        if whole.value <= max(p.value for p in parts):
            continue
        found.append(PartsTotal(whole, tuple(parts), partial=not complete))
    return found
