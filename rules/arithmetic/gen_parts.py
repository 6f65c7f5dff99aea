"""Parts summing to a stated total, read from how the sentence states the whole and its parts.

The list readers of ``parts_total`` and ``parts_lists`` read "$12.4 million, consisting of
$8.1 million from products and $4.3 million from services" and totals after their named
parts. Releases also write "Of the $48.0 million raised, $30.0 million came from ... and
$18.0 million from ...", "Backlog stood at $1.2 billion, of which $700 million ... and $500
million ...", "$95 million has been used and $155 million remains", "Product sales
contributed $61.5 million and services the remaining $22.5 million" (the total in the
sentence before), "2,400,000 shares to ... and 1,600,000 shares to ..., 4,000,000 shares in
all". Each form is a way of saying *these figures are the whole and its parts*:

* **whole, then an enumerating word** (made up of, consisting of, comprising, split
  between, a colon): every like figure after it is a part, and the list is complete;
* **"Of the" whole, "of which"**: the parts named are some of the whole (partial: they may
  fall short of it, never exceed it);
* **parts, then "in all" / "in total" / "combined" / "altogether"**: a complete list before;
* **"the remaining" / "remains"**: two parts that exhaust a whole stated first in the
  sentence, or alone in the sentence before in the same paragraph.

Like figures are the same kind, currency and unit (never a per-share figure). A sentence
that compares periods, gives examples ("including", "such as", "primarily"), caps or
bounds a figure ("up to", "more than") or states a change is not read: silence when the
sentence admits another reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import face_interval
from disclint.rules.arithmetic.parts_total import PartsTotal

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["gen_enterprise_values", "gen_parts", "like_figures"]

#: The whole, then a word that enumerates all of it.
_ENUMERATES = lazy_compile(
    r"^\s*(?:in\s+(?:total|all|aggregate)\b\s*)?(?:,\s*)?(?:(?:is|are|was|were|will\s+be)\s+)?(?:made\s+up\s+of|consist(?:s|ed|ing)?\s+of"
    r"|compris(?:es|ed|ing)(?:\s+of)?|split\s+(?:between|among|into)|divided\s+(?:between|among"
    r"|into)|broken\s+down\s+(?:as|into)|:)",
    re.I,
)
#: The whole, then "of which": the parts named are some of it.
_OF_WHICH = lazy_compile(r"^\s*,\s*of\s+which\b", re.I)
#: "Of the $48.0 million raised, ...": the whole opens the sentence.
_OF_THE = lazy_compile(
    r"(?:^|[.;:]|--)\s*of\s+(?:the|its|our|their)\s+(?:total\s+(?:of\s+)?)?$", re.I
)
#: After the last part: the figure is the whole of what came before.
_IN_ALL = lazy_compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:in\s+all|in\s+total|altogether|all\s+told|combined"
    r"|in\s+aggregate)\b",
    re.I,
)
#: Before the last figure: "resulting in a total reduction of", "for a combined", "adds up
#: to", "so together they recorded".
_A_TOTAL = lazy_compile(
    r"(?:\b(?:a|the)\s+(?:combined|total|aggregate)\s+(?:[\w-]+\s+){0,2}?(?:of\s+)?"
    r"|\b(?:adds|added)\s+up\s+to\s+|\b(?:sums|summed)\s+to\s+"
    r"|\btogether\s+(?:[\w'’]+\s+){0,3}?(?:recorded|reported|generated|earned|had|have"
    r"|made|totall?ed|came\s+to|amounted\s+to)\s+)"
    r"(?:about\s+|approximately\s+)?$",
    re.I,
)
#: After the whole, a percentage that compares it with something else ("$2,998 million,
#: 40% more than X alone"): that figure measures the whole against another, not a part.
_COMPARES_WHOLE = lazy_compile(r"^\s*,\s*(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_COMPARATIVE_AFTER = lazy_compile(
    r"^\s*(?:more|less|higher|lower|above|below|ahead\s+of|greater|larger|smaller)\b", re.I
)
#: The last part is what remains of the whole.
_REMAINING = lazy_compile(
    r"\b(?:the\s+remaining|the\s+rest|the\s+balance|remains|remaining|is\s+left|are\s+left)\b",
    re.I,
)
#: A sentence that admits another reading: periods compared, examples, changes, bounds.
_OTHER_READING = lazy_compile(
    r"\binclud|\bsuch\s+as\b|\bamong\b|\bfor\s+example\b|\bprimarily\b|\bmainly\b"
    r"|\bprincipally\b|\blargely\b|\bpartly\b|\bin\s+part\b|\bexclud|\bcompared\b|\bversus\b"
    r"|\bvs\b|\bfrom\s+\$|\bup\s+to\b|\bincrease|\bdecrease|\bgrew\b|\brose\b|\bfell\b"
    r"|\bdeclin|\bup\s+\d|\bdown\s+\d|\ba\s+year\s+(?:earlier|ago)|\bprior\s+year\b"
    r"|\blast\s+year\b|\bper\b|\beach\b|\bapiece\b|\bnet\s+of\b|\bless\b|\bexcept\b"
    r"|\bother\b|\bremainder\s+of\s+the\s+year\b|\brespectively\b|\bor\s+\$",
    re.I,
)
#: The first figure is itself a share of a whole the sentence names ("to put $18.0 million
#: of the net proceeds toward ..., $9.5 million toward ... and the balance toward ..."):
#: the figures after it are its fellow parts, not its parts.
_PORTION_OF_NAMED = lazy_compile(r"of\s+(?:the|its|our|their|this|that)\b", re.I)
#: The first figure is a part by its verb ("Tools contributed $112.6 million, Garden $49.3
#: million and Fasteners the remaining $22.3 million": three parts of a total stated
#: elsewhere), not the whole of the figures after it.
_PART_VERB_BEFORE = lazy_compile(
    r"\b(?:contribut\w*|accounted\s+for|generated|brought\s+in|added|represented|made\s+up"
    r"|allocated|directed|went\s+to)\s+(?:(?:about|approximately|roughly|some|nearly)\s+)?$",
    re.I,
)
_KINDS = (Kind.MONEY, Kind.SHARES)


def _usable(q: Quantity) -> bool:
    return (
        q.kind in _KINDS
        and q.qualifier in (None, Qualifier.ABOUT)
        and q.per is None
        and not q.in_range
        and not q.negative
        and not q.malformed
        and q.value > 0
    )


def _alike(a: Quantity, b: Quantity) -> bool:
    return (
        a.kind is b.kind
        and (a.currency or "USD") == (b.currency or "USD")
        and (a.kind is not Kind.SHARES or a.security == b.security)
    )


#: "adds up to $460 million": a sum, not the cap the quantity reader reads in "up to".
_ADDS_UP = lazy_compile(r"\b(?:adds|added|sums|summed)\s+up\s+to\s+$", re.I)


#: "adds up to", "added up to": a sum stated; "could add up to" is a cap, and stays one.
_ADDS_UP_WORDS = lazy_compile(r"\b(?:adds|added|sums|summed)\s+up\s+to\b", re.I)


def _summed(view: View, q: Quantity) -> Quantity:
    """``q`` with an "up to" that ends "adds up to" read as what it is: no bound."""
    if q.qualifier is not Qualifier.UP_TO or not _ADDS_UP.search(view.before(q, 30)):
        return q
    return replace(q, qualifier=None, qualifier_text=None, interval=face_interval(q))


def like_figures(view: View) -> list[Quantity] | None:
    """The sentence's money and share figures in order, or None when one of them is not firm
    or they are not all alike (one kind, currency and security)."""
    found = [_summed(view, q) for q in view.quantities if q.kind in _KINDS]
    if not found or not all(_usable(q) for q in found):
        return None
    if any(not _alike(found[0], q) for q in found):
        return None
    return sorted(found, key=lambda q: q.start)


def _whole_first(view: View, figures: list[Quantity]) -> PartsTotal | None:
    total, parts = figures[0], figures[1:]
    if len(parts) < 2:
        return None
    after = view.text[total.end - view.start : parts[0].start - view.start]
    if _ENUMERATES.match(after):
        return PartsTotal(total, tuple(parts))
    if _OF_WHICH.match(after) or _OF_THE.search(view.before(total, 60)):
        return PartsTotal(total, tuple(parts), partial=True)
    if (
        _REMAINING.search(view.after(parts[-2], 200))
        and len(parts) == 2
        and not _PORTION_OF_NAMED.match(after.lstrip())
        and not _PART_VERB_BEFORE.search(view.before(total, 30))
    ):
        return PartsTotal(total, tuple(parts))
    return None


#: Before the last figure, a verb that gives the sum of what the clause joined with "with":
#: "$11.6 million of net proceeds, which with the $18.4 million of cash ... gives it about
#: $30.0 million".
_GIVES = lazy_compile(
    r"\b(?:gives?|giving|brings?|bringing)\s+(?:it|us|them|the\s+company)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?$",
    re.I,
)
_JOINED_WITH = lazy_compile(r"\bwhich\s+(?:together\s+)?with\b|\btogether\s+with\b", re.I)


def _whole_last(view: View, figures: list[Quantity]) -> PartsTotal | None:
    total, parts = figures[-1], figures[:-1]
    if len(parts) < 2:
        return None
    if _IN_ALL.match(view.after(total, 40)) or _A_TOTAL.search(view.before(total, 50)):
        return PartsTotal(total, tuple(parts))
    return None


def _joined_sum(view: View) -> PartsTotal | None:
    """ "A, which with B gives it C": the figure before "which with" and those after it up to
    the verb are the parts, the figure after the verb their sum. Only that clause is read
    (a figure before A, "After $0.36 million of other expenses, ...", is no part of it)."""
    if "with" not in view.text:
        return None
    joined = _JOINED_WITH.search(view.text)
    if joined is None:
        return None
    at = view.start + joined.start()
    figures = [q for q in view.quantities if q.kind in _KINDS]
    before = [q for q in figures if q.end <= at]
    after = [q for q in figures if q.start >= at]
    if not before or len(after) < 2:
        return None
    first = before[-1]
    clause = view.text[first.start - view.start :]
    if ";" in clause or _OTHER_READING.search(clause):
        return None
    total, parts = after[-1], [first, *after[:-1]]
    if not _GIVES.search(view.before(total, 40)) or any(
        q.kind is Kind.PERCENT for q in view.quantities if q.start >= first.start
    ):
        return None
    if not all(_usable(q) and _alike(first, q) for q in (*parts, total)):
        return None
    return PartsTotal(total, tuple(parts))


def _whole_before(before: View, view: View, figures: list[Quantity]) -> PartsTotal | None:
    """Two parts, the last "the remaining", whose whole is the one figure of the sentence
    before in the paragraph."""
    if len(figures) != 2 or not _REMAINING.search(view.before(figures[1], 40)):
        return None
    earlier = like_figures(before)
    if earlier is None or len(earlier) != 1 or _OTHER_READING.search(before.text):
        return None
    total = earlier[0]
    if not _alike(total, figures[0]):
        return None
    return PartsTotal(total, tuple(figures))


def _compares_whole(view: View) -> bool:
    """Whether the sentence's one percentage stands in apposition after its last money or
    share figure and compares it ("..., 40% more than Harrowgate alone"): the figures before
    it are still a whole and its parts."""
    percents = [q for q in view.quantities if q.kind is Kind.PERCENT]
    others = [q for q in view.quantities if q.kind in _KINDS]
    if len(percents) != 1 or not others:
        return False
    percent, last = percents[0], max(others, key=lambda q: q.start)
    return (
        percent.start > last.end
        and bool(_COMPARES_WHOLE.match(view.between(last, percent)))
        and bool(_COMPARATIVE_AFTER.match(view.after(percent, 30)))
    )


def gen_parts(rel: Relations) -> list[PartsTotal]:
    """Wholes and their parts stated in one sentence, or a remaining part and the whole in
    the sentence before."""
    found: list[PartsTotal] = []
    previous: View | None = None
    for view in rel.section_views():
        before, previous = previous, view
        joined = _joined_sum(view) if view.quantities else None
        if joined is not None:
            if joined.total.value > max(p.value for p in joined.parts):
                found.append(joined)
            continue
        if not view.quantities or _OTHER_READING.search(_ADDS_UP_WORDS.sub(" ", view.text)):
            continue
        if any(q.kind is Kind.PERCENT for q in view.quantities) and not _compares_whole(view):
            continue
        figures = like_figures(view)
        if figures is None:
            continue
        claim = _whole_first(view, figures) or _whole_last(view, figures)
        if (
            claim is None
            and before is not None
            and before.block == view.block
            and before.index + 1 == view.index
        ):
            claim = _whole_before(before, view, figures)
        if claim is None:
            continue
        if not claim.partial and claim.total.value <= max(p.value for p in claim.parts):
            continue  # a whole no larger than one of its parts is not their sum
        found.append(claim)
    return found + gen_enterprise_values(rel)


#: The three figures of a deal's enterprise value, by the words just before each.
_EV_BEFORE = lazy_compile(r"\benterprise\s+value\b[^$\d;]{0,30}$", re.I)
_EQUITY_BEFORE = lazy_compile(
    r"\b(?:equity\s+value|(?:values?|valuing|valued)\s+(?:[\w'’.-]+\s+){0,3}?equity)\b"
    r"[^$\d;]{0,30}$",
    re.I,
)
_NET_DEBT_BEFORE = lazy_compile(r"\bnet\s+debt\b[^$\d;]{0,20}$", re.I)
#: An enterprise value sentence naming more than net debt (preferred stock, minority
#: interests, leases, earn-outs, cash) does not add up from equity and net debt alone.
_EV_OTHER_ITEMS = lazy_compile(
    r"\bpreferred\b|\bminority\b|\bnon-?controlling\b|\bleases?\b|\bpensions?\b|\bearn-?outs?\b"
    r"|\bcash\b|\btransaction\s+(?:costs|expenses|fees)\b|\bassum\w+\s+(?:liabilities|obligations)",
    re.I,
)
#: How many paragraphs apart the three figures may stand.
EV_REACH = 1


def gen_enterprise_values(rel: Relations) -> list[PartsTotal]:
    """Enterprise value = equity value + net debt, when the release's body states each of
    the three once (one value each, within adjacent paragraphs)."""
    found: dict[str, list[Quantity]] = {"ev": [], "equity": [], "debt": []}
    sentence_of: dict[int, View] = {}
    for view in rel.claim_views():
        if "enterprise" not in view.text and "equity" not in view.text and "debt" not in view.text:
            continue
        for q in view.quantities:
            if q.kind is not Kind.MONEY or not _usable(q) or q.scale == 1:
                continue
            before = view.before(q, 60)
            for key, pattern in (
                ("ev", _EV_BEFORE),
                ("equity", _EQUITY_BEFORE),
                ("debt", _NET_DEBT_BEFORE),
            ):
                if pattern.search(before):
                    found[key].append(q)
                    sentence_of[id(q)] = view
                    break
    picked: list[Quantity] = []
    for key in ("ev", "equity", "debt"):
        if len({q.value for q in found[key]}) != 1:
            return []
        picked.append(found[key][0])
    ev, equity, debt = picked
    blocks = [sentence_of[id(q)].block for q in picked]
    if any(b is None for b in blocks) or max(blocks) - min(blocks) > EV_REACH:  # type: ignore[type-var,operator]
        return []
    if _EV_OTHER_ITEMS.search(sentence_of[id(ev)].text):
        return []
    if not _alike(ev, equity) or not _alike(ev, debt) or ev.value <= equity.value:
        return []
    return [PartsTotal(ev, (equity, debt))]
