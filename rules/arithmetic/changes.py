"""A change read from its clause, in any word order (NUM003, NUM012).

The template readers of ``claims`` know a change by its wording ("rose X% to $A from $B").
A release words the same claim many ways: "Revenue: $87.4 million, 11.3% higher than a
year earlier ($78.5 million)", "rose 4.2%, reaching $61.9 million (second quarter: $59.4
million)", "widened by 170 basis points from the third quarter of 2025, to 14.6% (12.9% a
year ago)", "3.42% (linked quarter: 3.31%; +11 bps)", "compared with $54.9 million in the
third quarter of 2025, an increase of $6.3 million, or 11.6%". What they share is the
clause's parts, not their order:

- the stated change: a percentage or a number of (basis or percentage) points, with a
  direction word right before it ("up", "rose", "an increase of", "widened by") or right
  after it ("higher", "more than", "below", "growth"), or a sign inside a parenthesis;
  "better"/"worse"/"improved" say which way is good, not which way the figure moved, so
  only the size is checked then;
- two levels of one kind (money of one currency and unit, share counts, rates for a
  change in points), nothing else of that kind in the clause;
- which level is the old one: the one the words mark as the comparison's base ("from",
  "compared with", "versus", "than", "over", "(second quarter: ...)", "... a year
  earlier"), the other unmarked or marked as the new level ("to", "reaching");
- optionally the amount of the change ("an increase of $6.3 million, or 11.6%").

It refuses when the clause holds a third level, when both or neither level is marked as
the base, when the base names another measure than the clause's subject, when the two
levels name periods of different lengths, or when another subject's verb stands among the
parts ("revenue rose 10% and net income was $5.0 million versus $4.0 million").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile, per_release
from disclint.rules.arithmetic.claims import (
    CHANGE_SECTIONS,
    HEDGED,
    Change,
    View,
)
from disclint.rules.arithmetic.loss_levels import loss_sides, negated
from disclint.rules.arithmetic.periods import period_length

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations

__all__ = ["clause_changes"]

HALF = Decimal("0.5")

_UP = (
    r"increas\w*|rose|rise[sn]?|rising|grew|grown|grow(?:s|ing)?|up|gain\w*|jump\w*|climb\w*"
    r"|surg\w*|expand\w*|advanc\w*|higher|soar\w*|growth|widen\w*"
)
_DOWN = (
    r"decreas\w*|declin\w*|fell|fall\w*|down|lower|dropp?\w*|reduc\w*|contract\w*|narrow\w*"
    r"|shrank|shrunk|shrink\w*|slipp?\w*|plung\w*|sank"
)
_BETTER = r"improv\w*|better|worse|deteriorat\w*"
#: The direction word right before a change: "rose 4.2%", "up roughly 9%", "an increase
#: of 11.6%", "widened by 170 basis points", "a 12% gain" is read after.
_CUE_BEFORE = lazy_compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<eval>{_BETTER}))"
    r"(?:\s+(?:year[- ]over[- ]year|sequentially|y/y|yoy))?(?:\s+(?:by|of))?"
    r"\s+(?:(?:an?|some|approximately|about|roughly|nearly|almost|over"
    r"|more\s+than|just|close\s+to)\s+){0,2}$",
    re.I,
)
#: The direction word right after a change: "11.3% higher than", "3.1 percentage points
#: more than", "a 12% gain over", "18% below", "2.8 percentage points better than".
_CUE_AFTER = lazy_compile(
    r"^\s*(?:year[- ]over[- ]year\s+|sequential(?:ly)?\s+|annual\s+|yoy\s+)?"
    r"(?:(?P<up>increase|rise|gain|growth|jump|higher|more|above|up|wider|larger|greater)"
    r"|(?P<down>decrease|decline|drop|reduction|fall|lower|less|below|down|narrower|smaller)"
    r"|(?P<eval>improvement|better|worse))\b",
    re.I,
)
#: "30% below the closing price": a premium or discount to a price (NUM002 reads it).
_PRICE_AFTER = lazy_compile(
    r"^\s*(?:above|below|(?:more|less|higher|lower)\s+than)\s+(?:the\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?price\b",
    re.I,
)
#: The words right before a level that make it the comparison's base.
_OLD_RIGHT_BEFORE = lazy_compile(
    r"(?:\bfrom|\bcompared?s?\s+(?:to|with)|\bversus|\bvs\.?|\bagainst|\brelative\s+to|\bover"
    r"|\bthan|\bin\s+comparison\s+(?:to|with)|^\s*(?:above|below))\s+(?:the\s+)?"
    rf"{HEDGED}$",
    re.I,
)
#: The words right before a level that make it the new one ("to $A", "reaching $A").
_NEW_RIGHT_BEFORE = lazy_compile(
    rf"(?:\bto|\breaching|\breached|\bstood\s+at|\bhit)\s+(?:a\s+(?:record\s+)?)?{HEDGED}$",
    re.I,
)
#: A base introduced a few words before its figure: "from the third quarter of 2025 of",
#: "than in the third quarter of 2025 (", "compared with the prior-year quarter's".
_OLD_FEW_BEFORE = lazy_compile(
    r"(?:\bfrom|\bcompared\s+(?:to|with)|\bversus|\bvs\.?|\bagainst|\brelative\s+to|\bover"
    r"|\bthan|\babove|\bbelow"
    r"|\bon(?=\s+(?:the\s+)?(?:same|prior|previous|comparable|corresponding|year[- ]ago"
    r"|last\s+year)))"
    r"(?:\s+[\w'’-]+,?){1,8}\s*(?:\(\s*|of\s+|was\s+|were\s+|:\s*)?$",
    re.I,
)
#: A base in parentheses after its period: "(second quarter: $59.4 million)", "(linked
#: quarter: 3.31%", "(Q3 2025: $12.1 million".
_OLD_IN_PARENTHESES = lazy_compile(
    r"\(\s*(?:[\w'’-]+\s+){0,3}?(?:quarter|year|period|month|linked[\w\s-]{0,12}|Q[1-4](?:\s+20\d\d)?"
    r"|(?:19|20)\d\d|prior|previous|ago|earlier)\s*:\s*$",
    re.I,
)
#: A base named by the period right after it: "$38.1 million a year earlier", "12.9% a
#: year ago", "$54.9 million in the prior-year quarter", "for the same period last year".
_OLD_AFTER = lazy_compile(
    r"^\s*(?:,\s*)?(?:a\s+year\s+(?:earlier|ago|before)|(?:in|for|during|at)\s+the\s+(?:prior|previous"
    r"|year[- ]ago|prior[- ]year|same|comparable|corresponding|linked)\b|last\s+year"
    r"|(?:in|for)\s+(?:the\s+)?(?:prior|previous)\s+(?:year|quarter|period))",
    re.I,
)
#: Another subject's clause among the parts: "and net income was", "while costs rose".
_SECOND_SUBJECT = lazy_compile(
    r"\b(?:and|but|while|whereas|which|who|whose|where)\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|is"
    r"|are|totall?ed|reached|rose|fell|grew|increased|decreased|declined|climbed|dropped"
    r"|generated|produced|posted|reported|recorded|had|contributed|accounted|delivered)\b",
    re.I,
)
#: How far (characters) a change may stand from the nearer of its levels.
_REACH = 80

_SIGN_WORD = lazy_compile(r"\b(?:negative|minus)\s*$", re.I)
#: Breaks between clauses (outside parentheses).
_BREAK = lazy_compile(
    r";|\bwhile\b|\bwhereas\b|,\s+(?:and|but)\b|\bdue\s+(?:primarily\s+|mainly\s+|largely\s+)?to\b"
    r"|\bdriven\b|\battribut\w+\s+to\b|\bas\s+a\s+result\s+of\b|\breflecting\b|\bbecause\b"
    r"|\boffset\s+by\b|\bresulting\s+from\b|\bled\s+by\b|\bthanks\s+to\b|\bincluding\b",
    re.I,
)
#: A change restated after its levels: "..., or by 15.0%", "..., or 11.3%".
_OR_BY = lazy_compile(
    rf"^(?:\s+per\s+[\w-]+)?\s*(?:,\s*)?or\s+(?:by\s+)?{HEDGED}$|,\s*or\s+(?:by\s+)?{HEDGED}$", re.I
)
#: The verb of a change, earlier in its clause ("decreased from $B to $A, or by P%").
_VERB = lazy_compile(
    r"\b(?:(?P<up>increased|rose|grew|climbed|jumped|gained|expanded)"
    r"|(?P<down>decreased|declined|fell|dropped|shrank|contracted))\b",
    re.I,
)
#: The amount of a change beside its percentage: "$6.3 million, or 11.6%", "$99,962 (or
#: 31%)", "the $31.4 million increase is 13.6%".
_AMOUNT_THEN_PERCENT = lazy_compile(
    r"^\s*(?:(?:increase|decrease|gain|decline|rise|drop|improvement)\s*)?"
    rf"(?:,\s*or|\(\s*or|\(|or|is|was|represents|of)\s+{HEDGED}$",
    re.I,
)
#: Measures a base may name ("compared with net income of $2.2 million").
_MEASURE = lazy_compile(
    r"\b(?:revenues?|sales|net\s+income|net\s+loss|earnings|ebitda|gross\s+profit|operating"
    r"\s+(?:income|loss|expenses)|expenses|cash|deposits|loans|assets|margin|backlog|bookings"
    r"|production|shipments|ffo|affo|dividends?)\b",
    re.I,
)

#: A figure named as included in the one before it.
_INCLUDED = lazy_compile(r"\bincluding\s+(?:approximately\s+|about\s+)?$", re.I)
#: A figure set after "on <measure> of": what a ratio or margin is taken on.
_ON_MEASURE = lazy_compile(
    rf"\bon\s+(?:(?:total|net|its|the|consolidated)\s+)*{_MEASURE.pattern[2:-2]}\s+of\s+"
    r"(?:about\s+|approximately\s+)?$",
    re.I,
)

#: A change at a yearly rate: "12% annualized", "10% on an annualized basis".
_ANNUALIZED = lazy_compile(
    r"^\s*(?:\(\s*)?(?:on\s+an\s+)?annuali[sz]ed\b|^\s*(?:on\s+an\s+annual\s+basis|a\s+year)\b",
    re.I,
)
_ANNUALIZED_BEFORE = lazy_compile(
    r"\b(?:annuali[sz]ed|annual\s+rate\s+of)\s+(?:rate\s+of\s+)?$", re.I
)
#: A change measured between the midpoints of ranges.
_MIDPOINT = lazy_compile(r"^\s*(?:at|based\s+on)\s+(?:the\s+)?mid-?points?\b", re.I)
#: Between an amount and the percentage it is restated as: "$6.0 million, or 17%".
_OWN_PERCENT = lazy_compile(r"^\s*(?:,\s*)?(?:\(\s*)?or\s+(?:about\s+|approximately\s+)?", re.I)
_OF_AFTER = lazy_compile(r"^\s*of\b", re.I)
#: A measure and a change verb: the subject of a change stated without its level.
_MEASURE_VERB = lazy_compile(
    rf"[,;]\s*(?:[\w'’-]+\s+){{0,2}}?{_MEASURE.pattern[2:-2]}\s+(?:rose|fell|grew|increased"
    r"|decreased|declined|climbed|dropped|(?:was|were)\s+(?:up|down))\b",
    re.I,
)


def clause_changes(rel: Relations) -> list[Change]:
    """Changes whose parts one clause states in any order, which the template readers of
    ``claims`` (``Relations.changes`` and the joins) did not read."""
    return list(rel.facts.memo("num-clause-changes", lambda: list(_read(rel))))


def _read(rel: Relations) -> Iterator[Change]:
    """Each percentage, points figure or amount not already a template reader's change (or
    its amount), read as a change from its clause, else across the neighbouring sentence."""
    from disclint.rules.arithmetic.joins import joined_changes

    known = [*rel.changes, *joined_changes(rel)]
    taken = {id(c.change) for c in known} | {id(c.delta) for c in known if c.delta is not None}
    _SPANS.clear()
    _STARTS.clear()
    _SIGNED.clear()
    try:
        yield from _read_views(rel, taken)
    finally:
        _SPANS.clear()
        _STARTS.clear()
        _SIGNED.clear()


def _read_views(rel: Relations, taken: set[int]) -> Iterator[Change]:
    for view in rel.views:
        if view.section not in CHANGE_SECTIONS or len(view.quantities) > _MOST_FIGURES:
            continue
        for q in view.quantities:
            if q.in_range or id(q) in taken:
                continue
            if q.kind is Kind.MONEY:
                found = _amount_change(view, q)
            elif q.kind in (Kind.PERCENT, Kind.POINTS):
                found = _change_at(view, q) or _change_across(rel, view, q)
            else:
                continue
            if found is not None:
                yield found


def _amount_change(view: View, amount: Quantity) -> Change | None:
    """A change stated only as its amount, in any order with its two levels: "up $1.2
    million from $8.8 million, to $10.0 million", "$10.0 million, $1.2 million higher than
    a year earlier ($8.8 million)" (NUM012 checks it). Only in a clause with no
    percentage (a percentage makes the amount its companion) and with a direction word
    right beside the amount."""
    if amount.per is not None or amount.qualifier not in (None, Qualifier.ABOUT):
        return None
    if len(view.quantities) < _FIGURES_OF_A_CHANGE:
        return None  # ``_change_at`` below finds no change in it
    lo, hi = _clause(view, amount)
    if any(q.kind in (Kind.PERCENT, Kind.POINTS, Kind.MULTIPLE) for q in _within(view, lo, hi)):
        return None
    found = _change_at(view, amount)
    if found is None or found.new.per is not None or found.old is None:
        return None
    if (found.new.currency or "") != (amount.currency or ""):
        return None
    return Change(amount, found.new, found.old, found.direction, delta=amount)


#: Clause spans of the sentences being read (by ``id`` of the view), made once per
#: sentence by ``_read`` and dropped when it ends: a sentence of many clauses is split once,
#: not once per figure.
#: Each entry holds its view: an ``id`` is not reused while the entry lives (a reader outside
#: ``_read``, such as ``levels_disagree``, may leave entries: emptied as the release ends).
_SPANS: dict[int, tuple[View, list[tuple[int, int]]]] = per_release({})
#: A "sentence" of more figures than this is a flattened table or a list, not a clause to read
#: (each figure's clause is looked at once per figure: the bound keeps the reading linear).
_MOST_FIGURES = 80
#: A change read in one clause (``_change_at``) is a figure and its two levels, all three
#: quantities of the sentence.
_FIGURES_OF_A_CHANGE = 3
#: Whether a sentence states a level with a sign word (``_has_signed``), by ``id`` of the view.
_SIGNED: dict[int, tuple[View, bool]] = per_release({})
#: The clause starts and figure starts of the same sentences, for bisecting.
_STARTS: dict[tuple[str, int], tuple[View, list[int]]] = per_release({})


def _spans(view: View) -> list[tuple[int, int]]:
    """The clauses of a sentence (offsets of the sentence), its breaks outside parentheses
    ("(linked quarter: 3.31%; +11 bps)" is one aside), in one pass."""
    entry = _SPANS.get(id(view))
    if entry is not None and entry[0] is view:
        return entry[1]
    text = view.text
    spans: list[tuple[int, int]] = []
    begin = depth = last = 0
    for match in _BREAK.finditer(text):
        segment = text[last : match.start()]
        depth = max(0, depth + segment.count("(") - segment.count(")"))
        last = match.start()
        if depth:
            continue
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, len(text)))
    if len(_SPANS) < 100_000:
        _SPANS[id(view)] = (view, spans)
    return spans


def _clause(view: View, q: Quantity) -> tuple[int, int]:
    """The clause around ``q`` (offsets of the sentence)."""
    spans = _spans(view)
    at = q.start - view.start
    i = bisect_right(_starts(view, "clauses"), at) - 1
    begin = spans[max(i, 0)][0]
    # the clause runs on to the first break after the figure's end
    j = max(i, 0)
    while j < len(spans) - 1 and spans[j][1] < q.end - view.start:
        j += 1
    return begin, spans[j][1]


def _within(view: View, lo: int, hi: int) -> list[Quantity]:
    """The figures of a sentence that start in ``[lo, hi)`` (offsets of the sentence)."""
    starts = _starts(view, "figures")
    return view.quantities[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _starts(view: View, what: str) -> list[int]:
    key = (what, id(view))
    entry = _STARTS.get(key)
    found = entry[1] if entry is not None and entry[0] is view else None
    if found is None:
        if what == "clauses":
            found = [b for b, _e in _spans(view)]
        else:
            found = [q.start - view.start for q in view.quantities]
        if len(_STARTS) < 200_000:
            _STARTS[key] = (view, found)
    return found


def _since_figure(view: View, q: Quantity, others: list[Quantity]) -> str:
    start = max((o.end for o in others if o.end <= q.start and o is not q), default=view.start)
    start = max(start, q.start - 90, view.start)
    return view.text[start - view.start : q.start - view.start]


def _direction(view: View, q: Quantity, before: str, lo: int) -> int | None:
    """+1 / -1 for an increase / decrease word beside the change, 0 for "better"/"worse",
    None when no word (or sign in a parenthesis) makes it a change."""
    after = view.after(q, 40)
    cue = _CUE_AFTER.match(after) or _CUE_BEFORE.search(before)
    if cue is not None:
        if _PRICE_AFTER.match(after):
            return None
        return 0 if cue.group("eval") else (1 if cue.group("up") else -1)
    # the clause's own words: a clause never starts inside a parenthesis
    head = view.text[lo : q.start - view.start]
    sign = head.rstrip()[-1:]
    if sign in "+-−" and sign and head.count("(") > head.count(")"):
        return 1 if sign == "+" else -1
    if q.negative and head.count("(") > head.count(")"):
        return -1
    return None


def _comparable(a: Quantity, b: Quantity) -> bool:
    """Two levels of one measure: one kind, currency and unit ("from $104.47 to $115.74
    per month" writes the unit once: a unit and none compare when they are of a size)."""
    if a.kind is not b.kind:
        return False
    if a.kind is Kind.MONEY:
        if (a.currency or "") != (b.currency or ""):
            return False
        if a.per == b.per:
            return True
        return None in (a.per, b.per) and a.value > 0 and HALF <= b.value / a.value <= 2
    if a.kind is Kind.SHARES:
        return a.instrument == b.instrument and a.share_class == b.share_class
    return True


def _role(view: View, q: Quantity, figures: list[Quantity]) -> str:
    """ "old" when the words mark ``q`` as the comparison's base, "new" when they mark it as
    the level reached, "" when they say neither."""
    before = _since_figure(view, q, figures)
    hedge = (q.qualifier_text or "").strip()
    if q.qualifier is not None and hedge and before.rstrip().lower().endswith(hedge.lower()):
        # "a record over $540,000": "over" is the figure's bound, not the comparison's base
        before = before.rstrip()[: -len(hedge)]
    if _NEW_RIGHT_BEFORE.search(before) and not _OLD_RIGHT_BEFORE.search(before):
        return "new"
    if (
        _OLD_RIGHT_BEFORE.search(before)
        or _OLD_FEW_BEFORE.search(before)
        or _OLD_IN_PARENTHESES.search(before)
        or _OLD_AFTER.match(view.after(q, 40))
    ):
        return "old"
    return ""


def _parts(
    view: View, change: Quantity
) -> tuple[int, list[Quantity], Quantity | None, list[Quantity]] | None:
    """The direction, the figures, the amount and the candidate levels of the clause
    around a stated change; None when no direction word makes it a change."""
    lo, hi = _clause(view, change)
    inside = [q for q in _within(view, lo, hi) if not q.in_range and q is not change]
    figures = [change, *inside]
    before = _since_figure(view, change, figures)
    # the amount of the change, right before its percentage
    delta = None
    for q in inside:
        if (
            change.kind is not Kind.MONEY
            and q.kind is Kind.MONEY
            and q.end <= change.start
            and _AMOUNT_THEN_PERCENT.match(view.between(q, change))
            and not any(o.start > q.end and o.end <= change.start for o in inside)
        ):
            delta = q
    direction = None
    if delta is not None:
        before = _since_figure(view, delta, figures)
        # "the $31.4 million increase is 13.6%": the direction word after the amount
        cue = _CUE_AFTER.match(view.after(delta, 40))
        if cue is not None:
            direction = 0 if cue.group("eval") else (1 if cue.group("up") else -1)
    if direction is None:
        direction = _direction(view, change, before, lo)
    if direction is None and _OR_BY.search(before):
        # "decreased from $12.0 million to $10.2 million, or by 15.0%": the clause's verb
        verbs = list(_VERB.finditer(view.text[lo : change.start - view.start]))
        if verbs:
            direction = 1 if verbs[-1].group("up") else -1
    if direction is None:
        return None
    levels = _levels(view, change, [q for q in inside if q is not delta])
    if any(q.kind is Kind.MONEY and q.per is not None and _aside(view, q) for q in inside):
        # "$9.6 million, or $0.54 per share, an increase of 31% compared to $7.9 million, or
        # $0.41 per share": the change may be the amounts' or the per-share figures'
        return None
    if (
        change.kind is Kind.PERCENT
        and any(q.kind is Kind.PERCENT for q in levels)
        and not _CUE_BEFORE.search(before)
    ):
        # "a 41% margin, 5% higher than the 36% ...": between two rates a percent set after
        # them is as often their difference in points as the relative change; only a
        # change stated as one ("fell 25% from 0.80%") is read
        return None
    return direction, figures, delta, levels


def _levels(view: View, change: Quantity, figures: list[Quantity]) -> list[Quantity]:
    """The figures a change could be between: rates for a change in points, amounts or
    counts for a percent change (rates only when the clause states no amount)."""
    level_kind = {Kind.POINTS: Kind.PERCENT, Kind.MONEY: Kind.MONEY}.get(change.kind)
    levels = [
        q
        for q in figures
        if q is not change
        and (level_kind is None or q.kind is level_kind)
        and q.kind in (Kind.MONEY, Kind.SHARES, Kind.PERCENT)
        and not _aside(view, q)
        # "was 10% below the $8.0 million of last year, on revenue of $95.0 million": the
        # base of a ratio ("on revenue of") is another measure, no level of the change
        # (before the change it may be the change's subject: "on revenue of $50.0 million
        # that rose 25%")
        and not (q.start > change.end and _ON_MEASURE.search(view.before(q, 50)))
        # "$200.0 million, including $20.0 million from the acquisition": a part
        and not _INCLUDED.search(view.before(q, 30))
        # "as a 4.2% higher average check more than offset traffic that was 0.8% lower": a
        # percentage followed by its own direction word is a change, not a level
        and not _is_change_itself(view, q)
    ]
    if change.kind is Kind.PERCENT:
        money = [q for q in levels if q.kind is not Kind.PERCENT]
        levels = money if money else levels
    return levels


def _is_change_itself(view: View, q: Quantity) -> bool:
    """A percentage that its own direction word follows ("4.2% higher", "0.8% lower", "a 6%
    decline") states a change; "41.2% up from 39.8%" keeps "up"/"down", which introduce the
    base of the level before them."""
    if q.kind is not Kind.PERCENT:
        return False
    cue = _CUE_AFTER.match(view.after(q, 40))
    return cue is not None and cue.group(0).split()[-1].lower() not in ("up", "down")


def _usable(old: Quantity, new: Quantity) -> bool:
    """Levels a change can be checked between: comparable, positive, neither hedged other
    than "about" (the new level may be a lower bound: "over $540,000")."""
    if not _comparable(old, new) or old.value <= 0 or old.negative or new.negative:
        return False
    if old.qualifier not in (None, Qualifier.ABOUT):
        return False
    return new.qualifier in (None, Qualifier.ABOUT, Qualifier.OVER, Qualifier.AT_LEAST)


def _signed(view: View, q: Quantity) -> bool:
    """A level written with a sign word ("compared to negative $0.21 million", "minus
    $3.1 million"): the quantity reads it as positive, and a percent change from a negative
    base has no one convention (808% from -$0.21 million to $1.52 million is |base|)."""
    return _SIGN_WORD.search(view.before(q, 24)) is not None


def _has_signed(view: View) -> bool:
    """Whether any level of the sentence is written with a sign word; once per sentence
    (a sentence of many figures is asked once per figure)."""
    entry = _SIGNED.get(id(view))
    if entry is not None and entry[0] is view:
        return entry[1]
    found = any(_signed(view, q) for q in view.quantities)
    if len(_SIGNED) < 100_000:
        _SIGNED[id(view)] = (view, found)
    return found


def _change_at(view: View, change: Quantity) -> Change | None:
    # the change and its two levels are figures of the sentence: one with fewer holds none
    if len(view.quantities) < _FIGURES_OF_A_CHANGE or _has_signed(view):
        return None
    parts = _parts(view, change)
    if parts is None:
        return None
    direction, figures, delta, levels = parts
    lo, _hi = _clause(view, change)
    if len(levels) != 2:
        return None
    roles = [_role(view, q, figures) for q in levels]
    if roles.count("old") != 1:
        return None
    old, new = (levels[0], levels[1]) if roles[0] == "old" else (levels[1], levels[0])
    if not _usable(old, new) or _own_percent(view, change, (old, new)) or _annualized(view, change):
        return None
    if _MIDPOINT.match(view.after(change, 30)):
        return None  # a change between ranges' midpoints, not between these figures
    first = min(q.start for q in (change, old, new))
    last = max(q.end for q in (change, old, new))
    span = view.text[first - view.start : last - view.start]
    if _SECOND_SUBJECT.search(span):
        return None
    if min(len(view.between(change, q)) for q in (old, new)) > _REACH:
        return None  # "grew 15% as new stores ... generated $12.0 million": not its levels
    if not _same_measure(view, old, new, lo, figures) or not _same_length(view, old, new, figures):
        return None
    old_loss, new_loss = loss_sides(view, old, new)
    if not (old_loss or new_loss) and _across_sign(view, old, new, lo, figures):
        return None  # a loss beside an income whose signs the sentence leaves open
    if old_loss or new_loss:
        if change.kind is not Kind.MONEY:
            return None  # a percent change across zero has no one convention
        # "$1.3 million, an improvement of $5.9 million from the EBITDA loss of $4.6 million":
        # the loss is the negative level, the amount the change between signed levels
        old, new = (negated(old) if old_loss else old), (negated(new) if new_loss else new)
    return _made(change, new, old, direction, delta)


#: Another subject's clause between a change and its levels: "and net income was", "but
#: costs rose" ("which was up" is the same subject's, so it is not here).
_ANOTHER_SUBJECT = lazy_compile(
    r"\b(?:and|but|while|whereas)\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|totall?ed|reached"
    r"|rose|fell|grew|increased|decreased|declined|climbed|dropped|generated|produced|posted"
    r"|reported|recorded|had|contributed|accounted|delivered)\b",
    re.I,
)


def _annualized(view: View, change: Quantity) -> bool:
    """ "Deposits grew 12% annualized in the quarter, to $4.1 billion from $3.98 billion":
    a quarter's change stated at a yearly rate is not the levels' own percentage."""
    return bool(
        _ANNUALIZED.match(view.after(change, 40))
        or _ANNUALIZED_BEFORE.search(view.before(change, 30))
    )


def _own_percent(view: View, change: Quantity, levels: tuple[Quantity, ...]) -> bool:
    """ "increased $2.0 million, or 5%, from the linked quarter and $6.0 million, or 17%,
    from the third quarter": a figure restated as its own percentage is another change's
    amount, not a level of this one."""
    for q in levels:
        # the next percentage only (a sentence may hold thousands: no string per pair)
        p = next((p for p in view.of(Kind.PERCENT) if p.start >= q.end), None)
        if (
            p is not None
            and p is not change
            and _OWN_PERCENT.fullmatch(view.between(q, p))
            # ", or 41.3% of revenue": a share of another measure, aside the level
            and not _OF_AFTER.match(view.after(p, 12))
        ):
            return True
    return False


def levels_disagree(view: View, change: Quantity, new: Quantity, old: Quantity) -> bool:
    """Whether two levels a template reader tied to a change are not the change's to
    compare: another subject's clause stands among the three figures ("Revenue rose 10% and
    net income was $5.0 million versus $4.0 million"), the base names another measure
    ("grew 20% to $12.0 million, compared with net income of $8.0 million"), or the levels'
    periods differ in length ("$30.0 million for the nine months, up 12% from $10.0 million
    in the third quarter"). The clause reader refuses the same."""
    first = min(q.start for q in (change, old, new))
    last = max(q.end for q in (change, old, new))
    if _ANOTHER_SUBJECT.search(view.text[first - view.start : last - view.start]):
        return True
    if _own_percent(view, change, (old, new)) or _annualized(view, change):
        return True
    if _MIDPOINT.match(view.after(change, 30)):
        # "to $380 million to $390 million from $400 million to $420 million, a reduction
        # of 6% at the midpoint": the change is between two ranges' midpoints
        return True
    if new.end <= change.start and _MEASURE_VERB.search(view.between(new, change)):
        # "which contributed $4.0 million last year, revenue rose 6.5% from $46.0 million":
        # the change's own subject and verb after the figure, which is another clause's
        return True
    lo, hi = _clause(view, change)
    figures = [change, *(q for q in _within(view, lo, hi) if q is not change)]
    named = _BASE_NAMES.search(view.before(old, 60))
    if named is not None and old.start > new.start:
        # the base's own phrase names its measure: the clause before the new level must too
        head = view.text[lo : new.start - view.start].lower()
        measure = " ".join(named.group("measure").lower().split()).rstrip("s")
        if measure not in " ".join(head.split()):
            return True
    return not _same_length(view, old, new, figures)


#: A base whose phrase is headed by a measure ("compared with net income of $8.0 million");
#: not a share of revenue written aside the level before it (", or 41.3% of revenue, from").
_BASE_NAMES = lazy_compile(
    rf"(?:\bfrom|\bcompared?\s+(?:to|with)|\bversus|\bvs\.?|\bagainst)\s+(?:the\s+|its\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?P<measure>{_MEASURE.pattern[2:-2]})\s+(?:of|was|were|at)\s+"
    rf"(?:about\s+|approximately\s+)?$",
    re.I,
)


def _made(
    change: Quantity, new: Quantity, old: Quantity, direction: int, delta: Quantity | None
) -> Change:
    if delta is not None and (delta.currency or "") != (new.currency or ""):
        delta = None
    if direction == 0:
        direction = 1 if new.value >= old.value else -1
    return Change(change, new, old, direction, delta)


#: The most figures a sentence may hold for its change to take a level from the next one.
_ACROSS_FIGURES = 8
#: A sentence that points back at the comparison before it: "This represents an increase
#: of over 700%", "That is a 12% gain".
_POINTS_BACK = lazy_compile(r"^\W*(?:this|that|these|which)\b", re.I)
#: Words after a change that name what changed ("12% in headcount", "of its staff").
_OWN_SUBJECT = lazy_compile(r"^\s*(?:in|of|for)\s+(?:the\s+|its\s+|our\s+)?[a-z]", re.I)
#: "Twelve months later it stood at $262.0 million": the subject of the sentence before.
_IT_BEFORE = lazy_compile(r"\b(?:it|its|they|this)\b", re.I)
#: A level stated as an earlier period's: "had been", "a year earlier", "previously".
_EARLIER = lazy_compile(
    r"\b(?:had\s+been|previously|prior|previous|a\s+year\s+(?:earlier|ago)|last\s+year"
    r"|year[- ]ago|years?\s+ago)\b",
    re.I,
)


def _change_across(rel: Relations, view: View, change: Quantity) -> Change | None:
    """A change whose levels the sentence does not both state: the sentence before (or,
    for the base, the one after) in the same paragraph gives them.

    - "Sales revenues total over $540,000 vs. $65,886 for the same period. This represents
      an increase of over 700%.": no level in the change's sentence, which points back;
      the sentence before states both, one marked as the base;
    - "DCF of $27.6 million was down 4.2% sequentially. DCF in the second quarter had been
      $28.8 million": one level with the change; the base is the one figure of the next
      sentence, which names the same measure and an earlier period;
    - "ARR was $230.6 million at September 30, 2025. Twelve months later it stood at $262.0
      million; the $31.4 million increase is 13.6%.": the base is the one figure of the
      sentence before, the new level the change's sentence's own ("it stood at")."""
    if _has_signed(view):
        return None
    parts = _parts(view, change)
    if parts is None:
        return None
    direction, _figures, delta, own = parts
    if len(own) > 1 or len(view.quantities) > _ACROSS_FIGURES:
        return None
    if not own:
        # the rest of the sentence: "Twelve months later it stood at $262.0 million; the ..."
        own = [
            q
            for q in _levels(view, change, [q for q in view.quantities if not q.in_range])
            if q is not delta
        ]
    before = rel.preceding(view, 1, same_block=True)
    after = [v for v in rel.following(view, 1) if v.block == view.block]
    if not own:
        if not _POINTS_BACK.match(view.text) or not before:
            return None
        if _OWN_SUBJECT.match(view.after(change, 30)):
            return None  # "This represents an increase of 12% in headcount": its own subject
        other = before[0]
        if _has_signed(other):
            return None
        levels = _levels(other, change, [q for q in other.quantities if not q.in_range])
        if len(levels) != 2 or (other.of(Kind.PERCENT) and change.kind is Kind.PERCENT):
            return None
        roles = [_role(other, q, other.quantities) for q in levels]
        if roles.count("old") != 1:
            return None
        old, new = (levels[0], levels[1]) if roles[0] == "old" else (levels[1], levels[0])
        if not _usable(old, new) or not _same_length(other, old, new, other.quantities):
            return None
        return _made(change, new, old, direction, delta)
    if len(own) != 1:
        return None
    if _role(view, own[0], view.quantities) == "old":
        # "Revenue was $56.0 million. That compares with $50.0 million a year earlier, an
        # increase of 12%.": the base with the change, the new level the one before
        if not _POINTS_BACK.match(view.text) or not before:
            return None
        level = _base_in(view, before[0], own[0], change, pointed=True)
        return None if level is None else _made(change, level, own[0], direction, delta)
    if _EARLIER.search(view.text):
        return None  # "Last year it came to $40.0 million and grew 12.5%": its level is old
    new = own[0]
    found = []
    for other in before:
        base = _base_in(view, other, new, change)
        if base is not None and _IT_BEFORE.search(view.text[: new.start - view.start]):
            found.append(base)
    for other in after:
        base = _base_in(view, other, new, change)
        if base is not None and _EARLIER.search(other.text):
            found.append(base)
    if len(found) != 1:
        return None
    return _made(change, new, found[0], direction, delta)


def _base_in(
    view: View, other: View, new: Quantity, change: Quantity, *, pointed: bool = False
) -> Quantity | None:
    """The one figure of ``other`` comparable with ``new``, in a sentence stating no change
    of its own and naming the same measure as the change's sentence (or pointed back at
    by "it"; by "This"/"That" when ``pointed``, ``new`` being then the base)."""
    if other.of(Kind.PERCENT) or other.of(Kind.POINTS):
        return None
    figures = [q for q in other.quantities if not q.in_range and not _aside(other, q)]
    if _has_signed(other):
        return None
    if len(figures) != 1 or not _usable(
        new if pointed else figures[0], figures[0] if pointed else new
    ):
        return None
    if pointed:
        lengths = {period_length(view.text), period_length(other.text)}
        return figures[0] if len(lengths - {None}) <= 1 else None
    mine = _subject_words(view.text[: new.start - view.start])
    theirs = _subject_words(other.text[: figures[0].start - other.start])
    if mine and theirs and not mine & theirs:
        return None
    if not (mine & theirs) and not _IT_BEFORE.search(view.text[: new.start - view.start]):
        return None
    lengths = {period_length(view.text), period_length(other.text)}
    if len(lengths - {None}) > 1:
        return None
    return figures[0]


#: The words a measure is named by: measure nouns and acronyms ("ARR", "DCF").
_SUBJECT_WORD = lazy_compile(r"\b(?:[A-Z]{2,6}s?\b|[a-z]{4,})", 0)
_NOT_SUBJECT = frozenset(
    {
        "quarter",
        "year",
        "month",
        "months",
        "period",
        "sequentially",
        "later",
        "twelve",
        "stood",
        "were",
        "have",
        "been",
        "with",
        "from",
        "that",
        "this",
        "which",
        "million",
        "billion",
        "thousand",
        "reached",
        "total",
        "totaled",
        "approximately",
        "about",
    }
)


def _subject_words(text: str) -> set[str]:
    words = {m.group().lower().rstrip("s") for m in _SUBJECT_WORD.finditer(text)}
    return {w for w in words if w not in _NOT_SUBJECT and len(w) >= 3}


def _aside(view: View, q: Quantity) -> bool:
    """A per-share figure or a share of revenue written aside a level (", or $0.57 per
    diluted share", ", or 41.3% of revenue")."""
    before = view.before(q, 20)
    if not re.search(rf",\s*or\s+{HEDGED}$|\(\s*$", before, re.I):
        return False
    if q.kind is Kind.MONEY:
        return q.per is not None
    return q.kind is Kind.PERCENT and re.match(r"\s*of\s+", view.after(q, 10)) is not None


def _same_measure(
    view: View, old: Quantity, new: Quantity, lo: int, figures: list[Quantity]
) -> bool:
    """A base that names its measure ("compared with net income of $2.2 million") names the
    one the clause is about."""
    named = {m.group().lower() for m in _MEASURE.finditer(_since_figure(view, old, figures))}
    if not named or old.start < new.start:
        return True
    head = view.text[lo : new.start - view.start].lower()
    # a loss is the same measure as the income it is the negative of ("net income of $5.0
    # million, compared with a net loss of $3.0 million"): ``loss_sides`` signs the levels
    return all(_unsigned(word) in _unsigned(head) for word in named)


def _unsigned(text: str) -> str:
    """Text with "net loss" / "operating loss" written as the income they are the negative
    of (single spaces: ``_MEASURE`` matches "net\\s+loss")."""
    text = " ".join(text.split())
    return text.replace("net loss", "net income").replace("operating loss", "operating income")


def _across_sign(
    view: View, old: Quantity, new: Quantity, lo: int, figures: list[Quantity]
) -> bool:
    """The base names a loss and the clause's subject the income (or the reverse): the
    levels are of one measure on two sides of zero."""
    if old.start < new.start:
        return False
    named = " ".join(
        m.group().lower() for m in _MEASURE.finditer(_since_figure(view, old, figures))
    )
    head = " ".join(view.text[lo : new.start - view.start].lower().split())
    named = " ".join(named.split())
    return any(
        (f"{m} loss" in named and f"{m} income" in head and f"{m} loss" not in head)
        or (f"{m} income" in named and f"{m} loss" in head and f"{m} income" not in head)
        for m in ("net", "operating")
    )


def _same_length(view: View, old: Quantity, new: Quantity, figures: list[Quantity]) -> bool:
    """The two levels' own periods are of one length (a quarter is not compared with a
    year)."""
    lengths = []
    end = view.start + len(view.text)
    for q in (old, new):
        nxt = min((o.start for o in figures if o.start > q.end), default=end)
        lengths.append(period_length(view.text[q.end - view.start : nxt - view.start][:60]))
    return None in lengths or lengths[0] == lengths[1]
