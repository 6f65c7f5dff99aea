"""Portions whose whole is named, not stated beside them: "a fee of 7.5% of the gross
proceeds, or about $750,000", "a fee of $20.9 million, or 3.5% of the equity value",
"Subscription revenue ... $412.8 million, and made up 91.5% of the total".

The portion readers of ``claims`` and ``joins`` relate a part, a percentage and a whole
stated in one sentence. Releases name the whole instead and state it elsewhere: the gross
proceeds in the first paragraph, the equity value three paragraphs before the termination
fee, revenue in the sentence before its line's share. Here a percentage "of" a named whole
is read with the one money figure in apposition to it (its value: "P% of W, or $X", "$X, or
P% of W", "$X, and was P% of W"), and the whole's name is resolved to the one figure the
release states under that name:

* **gross proceeds**: the figures ``figures`` types as the sale's gross, not conditional
  (an over-allotment's total "would reach" another);
* **equity value**: an amount after "equity value" or "values ... equity at";
* **revenue** ("revenue", "net sales", "total revenue"; "the total" when the part's own
  clause names a revenue line): the one revenue level of the release's own period that
  ``measures_text`` types, with no subject.

Each reading refuses every ambiguity: two different figures under the name (tranches, two
periods, a base and an enlarged deal), a whole narrowed by more words ("of the gross
proceeds from investors it introduced"), bounds ("up to"), a per-share part, a percentage
of another period or basis, a part no smaller than its whole. Silence otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Portion

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View
    from disclint.rules.arithmetic.measures_text import Measured

__all__ = ["named_portions"]

#: The whole after a percentage: "of (the) W" and nothing more, up to the apposition
#: (a comma, a parenthesis, "or") or the sentence's end. ``on the base offering`` and
#: ``from the offering`` say which sale's gross, and narrow nothing.
_OF_WHOLE = lazy_compile(
    r"^\s+of\s+(?:the\s+|its\s+|our\s+|total\s+)?(?P<whole>gross\s+proceeds|equity\s+value"
    r"|total\s+(?:net\s+)?(?:revenues?|sales)|net\s+(?:revenues?|sales)"
    r"|(?P<named>(?:(?!the\b|its\b|our\b|total\b)[a-z][\w-]*\s+){1,3}?(?:revenues?|sales"
    r"|cash\s+flow|proceeds))|revenues?|sales|the\s+total|total)"
    r"(?:\s+(?:of|from|on)\s+the\s+(?:base\s+)?(?:offering|placement|sale))?"
    r"(?P<end>\s*(?:,|\(|\)|\.|;|$|\s+or\b))",
    re.I,
)
#: Between a percentage's whole and its value: "P% of W, or about $X", "(or $X".
_VALUE_AFTER = lazy_compile(
    r"^\s*(?:,|\()?\s*(?:or\s+|i\.e\.,?\s+|equal\s+to\s+|which\s+is\s+)?"
    r"(?:about\s+|approximately\s+|roughly\s+|some\s+|an\s+estimated\s+)?$",
    re.I,
)
#: Between a part and its percentage: "$X, or P%", "$X, P%", "$X, and was P%", "$X, which
#: works out to P%", "$X and made up P%".
_VALUE_BEFORE = lazy_compile(
    r"^\s*(?:,\s*|\(\s*)?(?:or\s+|and\s+)?(?:(?:which\s+)?(?:was|were|is|are|represent(?:s|ed)?"
    r"|represent(?:ing)|made\s+up|makes\s+up|make\s+up|accounted\s+for|accounts\s+for"
    r"|accounting\s+for|works?\s+out\s+to|worked\s+out\s+to|amount(?:s|ed)?\s+to"
    r"|equal(?:s|led|ed)?(?:\s+to)?|equivalent\s+to)\s+)?(?:about\s+|approximately\s+"
    r"|roughly\s+|some\s+|nearly\s+)?$",
    re.I,
)
#: A percentage that compares or bounds, not a share of a whole.
_NOT_A_SHARE = lazy_compile(
    r"\b(?:(?<!made\s)(?<!makes\s)(?<!make\s)up|down|increase[sd]?|decrease[sd]?|grew|rose|fell|declined?|higher|lower|more"
    r"|less|above|below|premium|discount|growth|change|margin|yield|up\s+to|at\s+least"
    r"|at\s+most|no\s+more|exceed\w*|maximum|minimum)\s*$",
    re.I,
)
#: Words that put a figure in another period than the release's own.
_OTHER_PERIOD = lazy_compile(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|prior[- ]year|year[- ]ago|last\s+year"
    r"|previous\s+year|the\s+year\s+before|same\s+(?:period|quarter)|compared|versus|against"
    r"|pro\s+forma|adjusted|non-gaap|excluding|guidance|expects?\s+|outlook)\b",
    re.I,
)
#: A total of another measure in the paragraph ("total expenses"): "the total" is then
#: not only revenue's.
_OTHER_TOTAL = lazy_compile(
    r"\btotal\s+(?!(?:net\s+)?revenues?\b|(?:net\s+)?sales\b|of\b)[a-z]", re.I
)
#: A revenue line named in the part's clause ("Subscription revenue", "Product sales").
_REVENUE_LINE = lazy_compile(r"\b(?:revenues?|sales)\b", re.I)
#: A profit, cost or cash line in the part's clause: its share of revenue is a margin or a
#: ratio the margin readers check against their own periods.
_NOT_REVENUE = lazy_compile(
    r"\b(?:income|profit|earnings|ebitda|ebit|margin|loss|expenses?|costs?|cash|spend\w*"
    r"|backlog|bookings|orders)\b",
    re.I,
)
#: The amounts that state the equity value.
_EQUITY_BEFORE = lazy_compile(
    r"\b(?:equity\s+value|(?:values?|valuing|valued)\s+(?:[\w'’.-]+\s+){0,3}?equity)\b"
    r"[^$\d;]{0,30}$",
    re.I,
)
_FIRM = (None, Qualifier.ABOUT)
#: A whole further than this factor from part / percent is not read as a typo: the figures
#: more likely measure different things than carry an error.
PLAUSIBLE = 2


def usable_money(q: Quantity, qualifiers: tuple[Qualifier | None, ...] = _FIRM) -> bool:
    """A money figure a reader can compute with: whole, positive, bounded, not a bound,
    range or per-unit price (``qualifiers``: the hedges the reader accepts)."""
    return (
        q.kind is Kind.MONEY
        and q.qualifier in qualifiers
        and q.per is None
        and not q.in_range
        and not q.negative
        and not q.malformed
        and q.value > 0
        and q.interval.bounded
    )


def _one(found: list[Quantity]) -> Quantity | None:
    """The one figure of ``found``: firm figures restating each other within their rounding
    are one (the most precise is taken); two that differ leave no answer, and so does a
    bounded restatement ("nearly $119 million") the firm figure does not meet."""
    firm = [q for q in found if usable_money(q)]
    if not firm:
        return None
    best = min(firm, key=lambda q: q.ulp * q.scale)
    if any(not q.interval.overlaps(best.interval) for q in found):
        return None
    return best


def _gross(rel: Relations) -> Quantity | None:
    from disclint.rules.arithmetic.figures import reading_of

    reading = reading_of(rel)
    found = [
        f.quantity
        for f in reading.of("gross")
        if f.subject == "sale" and not f.conditional and f.quantity.kind is Kind.MONEY
    ]
    if any(not usable_money(q) for q in found):
        return None  # "up to $20 million" among them: the sale's size is not one figure
    return _one(found)


def _equity_value(rel: Relations) -> Quantity | None:
    found: list[Quantity] = []
    for view in rel.claim_views():
        if "equity" not in view.text:
            continue
        for q in view.quantities:
            if q.kind is Kind.MONEY and q.scale > 1 and _EQUITY_BEFORE.search(view.before(q, 80)):
                found.append(q)
    return _one(found)


def _measured(rel: Relations) -> list[Measured]:
    from disclint.rules.arithmetic.measures_text import measured_figures

    return rel.facts.memo("num-measured-figures", lambda: measured_figures(rel))


def _revenue(rel: Relations) -> Quantity | None:
    """The one revenue level of the release's own period, with no subject; None when the
    text types revenue of two lengths of period (a quarter's and a year's)."""
    current = [
        m
        for m in _measured(rel)
        if m.measure == "revenue"
        and m.period.when == "current"
        and not m.subject
        and not m.adjusted
        and not m.direction
        and m.whole is None
        and m.quantity.kind is Kind.MONEY
    ]
    if len({m.period.length for m in current} - {""}) > 1:
        return None
    return _one([m.quantity for m in current])


#: How many paragraphs before its share a revenue whole may stand when the text does not
#: type the share's period (the bullet or paragraph before).
NEAR_BLOCKS = 1


def _same_period(rel: Relations, view: View, percent: Quantity, whole: Quantity) -> bool:
    """Whether the typed facts put the percentage in the release's own period and of the
    whole's length: a share of a quarter's revenue is never read against a year's. A
    percentage the facts leave untyped is read only against a whole stated just before it."""
    typed = {id(m.quantity): m for m in _measured(rel)}
    asked, level = typed.get(id(percent)), typed.get(id(whole))
    if level is None:
        return False
    if asked is None:
        where = level.view
        return (
            where is not None
            and where.block is not None
            and view.block is not None
            and 0 <= view.block - where.block <= NEAR_BLOCKS
        )
    return asked.period.when == "current" and asked.period.length == level.period.length


def _whole_of(
    rel: Relations,
    name: str,
    clause: str,
    cache: dict[str, Quantity | None],
    named: bool = False,
    part: Quantity | None = None,
) -> Quantity | None:
    key = " ".join(name.lower().split())
    if named and key not in ("gross proceeds", "net revenue", "net revenues", "net sales"):
        # a whole named by more words ("company restaurant sales", "free cash flow"): the one
        # figure the body states under that name ("W of $X", "W was $X", "$X of W")
        from disclint.rules.arithmetic.named_parts import _stated_whole

        if key not in cache:
            cache[key] = _stated_whole(rel, name, [part] if part is not None else [])
        return cache[key]
    if key == "gross proceeds":
        kind = "gross"
    elif key == "equity value":
        kind = "equity"
    else:
        # "the total" of what? Only a revenue line's share of revenue is read
        if not _REVENUE_LINE.search(clause) or _NOT_REVENUE.search(clause):
            return None
        kind = "revenue"
    if kind not in cache:
        reader = {"gross": _gross, "equity": _equity_value, "revenue": _revenue}[kind]
        cache[kind] = reader(rel)
    return cache[kind]


def _portion(
    view: View, percent: Quantity, figures: list[Quantity]
) -> tuple[Quantity, str, bool] | None:
    """The part in apposition to ``percent``, the name of its whole, and whether the name is
    one of more words resolved by its statement in the body."""
    after = view.after(percent, 120)
    named = _OF_WHOLE.match(after)
    if named is None:
        return None
    if _NOT_A_SHARE.search(view.before(percent, 30)):
        return None
    i = figures.index(percent)
    later = figures[i + 1] if i + 1 < len(figures) else None
    earlier = figures[i - 1] if i > 0 else None
    candidates: list[Quantity] = []
    if later is not None and later.kind is Kind.MONEY:
        gap = view.text[percent.end - view.start + named.start("end") : later.start - view.start]
        if _VALUE_AFTER.match(gap):
            candidates.append(later)
    if (
        earlier is not None
        and earlier.kind is Kind.MONEY
        and _VALUE_BEFORE.match(view.between(earlier, percent))
    ):
        candidates.append(earlier)
    if len(candidates) != 1:
        return None  # no value in apposition, or one on each side: which is the part?
    return candidates[0], named.group("whole"), named.group("named") is not None


def named_portions(rel: Relations) -> list[Portion]:
    """Money portions whose whole is named and stated once elsewhere in the release."""
    found: list[Portion] = []
    cache: dict[str, Quantity | None] = {}
    for view in rel.claim_views():
        if "%" not in view.text and "percent" not in view.text:
            continue
        figures = sorted(
            (q for q in view.quantities if q.kind in (Kind.MONEY, Kind.PERCENT)),
            key=lambda q: q.start,
        )
        for percent in figures:
            if percent.kind is not Kind.PERCENT or percent.qualifier not in _FIRM:
                continue
            if not percent.interval.bounded or percent.value <= 0:
                continue  # 100% or more is read: with the part below its whole, always wrong
            read = _portion(view, percent, figures)
            if read is None:
                continue
            part, name, by_name = read
            if not usable_money(part) or _OTHER_PERIOD.search(view.text):
                continue
            clause_start = max(
                view.text.rfind(";", 0, part.start - view.start),
                view.text.rfind(":", 0, part.start - view.start),
                0,
            )
            clause = view.text[clause_start : part.start - view.start]
            if name.lower().split()[-1] == "total" and any(
                _OTHER_TOTAL.search(v.text) for v in rel.section_views() if v.block == view.block
            ):
                continue  # "total expenses" in the paragraph: "the total" names two wholes
            whole = _whole_of(rel, name, clause, cache, by_name, part)
            if by_name and whole is not None and whole.start > part.start:
                continue  # a whole stated only after its share: another figure's
            if whole is None or whole is part or whole.start == part.start:
                continue
            if cache.get("revenue") is whole and not _same_period(rel, view, percent, whole):
                continue
            if (whole.currency or "USD") != (part.currency or "USD"):
                continue
            if whole.value <= part.value:
                continue
            implied = part.value * 100 / percent.value
            if not (whole.value / PLAUSIBLE <= implied <= whole.value * PLAUSIBLE):
                continue  # far from any error a writer makes: different things measured
            found.append(Portion(part, percent, whole, False, False, False, False))
    return found
