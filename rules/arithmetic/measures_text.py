"""One typed fact per figure of the text: what it measures, for which period and subject.

The template readers (``claims``, ``joins``, ``eps_text``) recognise a claim by the shape
of its sentence; a release that spreads one claim over a highlights bullet and two
paragraphs ("Diluted earnings per share of $0.19" ... "Net income of $5.7 million was
divided by 30.4 million diluted weighted average shares") matches none of them. This
module reads each money, percent and share figure once, from the phrase it belongs to:

* the **measure**: the measure name its phrase links to it ("net income of $N", "revenue
  was $N", "operating income, $N,", "$N of revenue", "N diluted weighted average shares",
  "N shares outstanding", "issue N new shares"); a figure coordinated with the one before
  ("$0.19, versus $0.11 a year ago", "31,600,000 ... before, and 41,400,000 after") or
  named by a pronoun ("it had been 3.04%") is of that figure's measure;
* the **period**: the release's own period, the year-ago one ("a year ago", "prior-year",
  "had been", a year before the release's, a figure after "versus"/"against"/"from"), a
  forecast, and the length of period (quarter, half, nine months, year) the clause or the
  paragraph before names; for a share count, before or after the transaction;
* the **subject**: the words narrowing the measure ("instrument sales", a company's
  possessive), and whether it is an adjusted (non-GAAP) measure.

The queries (``measures_relations``) then read claims as questions over those facts: a
stated diluted EPS against the one net income and the one diluted weighted count of its
period; a margin against its profit line and revenue; a change against the current and
year-ago levels of its measure; shares outstanding after a transaction against those
before plus those issued. A query answers only when each operand it needs is one figure
(figures restating each other within their rounding count as one): two net incomes of one
period, a figure of another period, subject or basis, or an investor's holding never join.
The measure names are the statement reader's (``statements.CONCEPTS``) plus the names of
ratios and counts below: one vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile, may_match
from disclint.rules.arithmetic.claims import (
    MEASURED_KINDS,
    MEASURED_SECTIONS,
    Aggregate,
    Change,
    Portion,
    count_or_read,
)
from disclint.rules.arithmetic.periods import PERIOD_LENGTHS
from disclint.rules.arithmetic.ratios import Ratio
from disclint.rules.arithmetic.statements import _PART, CONCEPTS

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["MEASURES", "MeasureRelations", "Measured", "measured_figures", "measures_relations"]

#: Measures the statement reader does not name: per-share figures and ratios. Each key is
#: the measure; the value the words that name it (a space matches any white space).
EXTRA_MEASURES = {
    "diluted eps": r"diluted (?:net )?(?:earnings|income|eps)(?: per (?:common )?share)?"
    r"|(?:earnings|net income) per diluted (?:common )?share",
    "basic eps": r"basic (?:net )?(?:earnings|income|eps)(?: per (?:common )?share)?"
    r"|(?:earnings|net income) per basic (?:common )?share",
    "net interest income": r"net interest income",
    "quarterly dividend": r"quarterly (?:cash )?dividend(?: rate)?|quarterly rate",
    "net interest margin": r"net interest margin",
    "gross margin": r"gross (?:profit )?margin",
    "operating margin": r"operating (?:income )?margin",
    "adjusted ebitda margin": r"adjusted ebitda margin",
    "revenue": r"sales",
}
#: Every measure name: the statement reader's concepts, then the ones above.
MEASURES = {**CONCEPTS, **{k: v for k, v in EXTRA_MEASURES.items() if k not in CONCEPTS}}
_NAME_PATTERNS = [
    *(f"(?:{words})".replace(" ", r"\s+") for words in CONCEPTS.values()),
    *(f"(?:{words})".replace(" ", r"\s+") for words in EXTRA_MEASURES.values()),
]
_MEASURE_NAME = lazy_compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(_NAME_PATTERNS, key=len, reverse=True)) + r")\b", re.I
)
#: A margin is a profit line over revenue: the measure of each.
MARGINS = {
    "gross margin": "gross profit",
    "operating margin": "operating income",
    "adjusted ebitda margin": "adjusted ebitda",
}
#: Profit lines: "N% of revenue" after one of these is its margin, after another a portion.
PROFITS = frozenset({"gross profit", "operating income", "net income", "adjusted ebitda"})
EPS = frozenset({"diluted eps", "basic eps"})
#: Amounts a board declares: exact as written.
DECLARED = frozenset({"quarterly dividend"})
WEIGHTED = "weighted shares"
OUTSTANDING = "shares outstanding"
ISSUED = "shares issued"


def _measure_of(name: str) -> str:
    lower = " ".join(name.lower().split())
    for measure, words in EXTRA_MEASURES.items():
        if re.fullmatch(words, lower):
            return measure
    for measure, words in CONCEPTS.items():
        if re.fullmatch(words, lower):
            return measure
    return lower


@dataclass(frozen=True, slots=True)
class Period:
    """When a figure is: ``when`` is "current", "prior" (a year earlier), "future" (a
    forecast), "before"/"after" (a share count around a transaction); ``length`` the
    length of period ("quarter", "year", ...) or "" when no text names one."""

    when: str
    length: str


@dataclass(frozen=True, slots=True)
class Measured:
    """One figure of the text and what it states."""

    quantity: Quantity
    measure: str
    period: Period
    subject: str = ""
    adjusted: bool = False
    kind: str = ""  # "diluted" or "basic" for EPS and weighted counts
    #: For "N% of revenue": the measure of the whole, and the figure it is a share of.
    whole: str | None = None
    part: Quantity | None = field(default=None, compare=False)
    #: For a change ("up 14%"): +1 or -1; ``part`` is then the figure it follows, if any.
    direction: int = 0
    view: View | None = field(default=None, compare=False)
    #: The figure this one is read beside: the current figure a prior one is compared
    #: with ("$63.8 million, against $55.9 million"), the change a level ends
    #: ("widened 14 bps, reaching 3.18%"), the level a pronoun stands for.
    linked: Quantity | None = field(default=None, compare=False)
    #: The phrase names the figure as the earlier one ("the previous quarterly rate was").
    named_prior: bool = False


# -- the phrase a figure belongs to --------------------------------------------------------

#: What links a measure named before a figure to it: a period phrase, then a verb or "of".
_LINK = lazy_compile(
    r"^(?:\s+(?:for|in|during)\s+(?:the\s+)?[^,;:$%]{3,60}?(?:,\s+(?:19|20)\d\d)?)?\s*(?:,\s*)?"
    r"(?:(?:of|was|were|is|are|totall?ed|amounted\s+to|came\s+(?:in\s+)?(?:to|at)|reached"
    r"|had\s+been|has\s+been|stood\s+at|:)\s+)?(?:approximately\s+|about\s+|nearly\s+)?$",
    re.I,
)
#: "$22.3 million of revenue", "$4 million in net income": the measure after the figure.
_AFTER_NAME = lazy_compile(r"^\s+(?:of|in)\s+(?:total\s+)?", re.I)
#: The words between two figures that coordinate the second with the first: it states
#: the same measure (of another period when a comparison word says so).
_COORDINATED = lazy_compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*)?(?:and|versus|vs\.?|against|compared\s+(?:with|to)"
    r"|(?:up|down)\s+from|from|over)\s+(?:the\s+)?(?:approximately\s+|about\s+)?$",
    re.I,
)
_COMPARISON_WORD = lazy_compile(r"versus|vs|against|compared|from|over", re.I)
#: A pronoun that stands for the measure named last: "in the year-ago quarter it had been".
_PRONOUN_LINK = lazy_compile(
    r"\b(?:it|that\s+figure|this\s+figure|the\s+figure)\s+(?:had\s+been|was|stood\s+at)\s+$",
    re.I,
)
#: "..., reaching 3.18%": the level a change ended at.
_REACHING = lazy_compile(r"\b(?:reaching|to)\s+$", re.I)
_ADJUSTED = lazy_compile(
    r"\b(?:adjusted|non-gaap|core|pro\s+forma|underlying|normali[sz]ed|comparable)\W+"
    r"(?:[\w-]+\W+){0,2}$",
    re.I,
)
#: Weighted counts: "30.4 million diluted weighted average shares", "52.7 million weighted
#: average diluted shares".
_WEIGHTED_AFTER = lazy_compile(
    r"^\s*(?:(?P<k1>basic|diluted)\s+)?weighted[- ]average\s+(?:(?P<k2>basic|diluted)\s+)?"
    r"(?:common\s+)?shares\b",
    re.I,
)
_OUTSTANDING_AFTER = lazy_compile(
    r"^\s*(?:shares\s+(?:of\s+(?:its\s+|the\s+company's\s+)?common\s+stock\s+)?"
    r"|(?:common\s+)?shares\s+|)outstanding\b",
    re.I,
)
_FIGURES = MEASURED_KINDS
_WORD = lazy_compile(r"[\w'’&-]+")
#: ", and 41,400,000 immediately after them": a figure of the same measure as the one before.
_AND_ELLIPSIS = lazy_compile(r",\s*and\s+$", re.I)
#: "a 12.8% margin" after a profit figure: its margin on revenue.
_MARGIN_AFTER = lazy_compile(r"^\s+(?:\w+\s+)?margin\b", re.I)
#: "the $2.25 the company earned per diluted share": the EPS named after its figure.
_EARNED_PER_SHARE = lazy_compile(
    r"^\s+(?:that\s+)?(?:the\s+company|we|it)\s+earned\s+per\s+(?P<k>diluted|basic)\s+share\b", re.I
)
#: ", and 41,400,000 immediately after them", after a count outstanding before a deal.
_ELIDED_COUNT = lazy_compile(
    r"[^,;.]{0,80},\s*and\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+million)\s+"
    r"(?P<when>immediately\s+(?:after|before)|after\s+(?:the|them|it|closing)|at\s+closing)\b",
    re.I,
)
#: "23.7% of the Company's outstanding common stock": the whole is the count outstanding.
_OUTSTANDING_WHOLE = lazy_compile(
    r"^\s+of\s+(?:the\s+company's\s+|the\s+company’s\s+|its\s+|our\s+|the\s+)?"
    r"(?:outstanding\s+(?:common\s+)?(?:stock|shares)|(?:common\s+)?shares\s+outstanding)\b",
    re.I,
)
_NEW_SHARES = lazy_compile(r"\b(?:newly\s+issued|new)\s+shares\b", re.I)
#: "with former Verity shareholders holding approximately": a holder group's percentage.
_HOLDERS_HOLDING = lazy_compile(
    r"\b(?:former\s+)?(?P<holder>[A-Z][\w&-]+)\s+(?:share|stock)holders\s+(?:holding|owning"
    r"|(?:will|would)\s+(?:hold|own))\s+(?:approximately\s+|about\s+)?$"
)
#: "issue about 17.7 million new shares to Verity shareholders": whom the shares go to.
_ISSUED_TO = lazy_compile(
    r"^[^.;]{0,40}?\bto\s+(?:the\s+)?(?:former\s+)?(?P<holder>[A-Z][\w&-]+)\s+(?:share|stock)holders"
)
#: A change followed by its own level ("rose 45.6% to EUR 18.2 million", "from $3.1 million"):
#: the template readers' claim, never worked against levels stated elsewhere.
_OWN_LEVEL = lazy_compile(
    r"^[^;.]{0,25}?\b(?:to|from|at)\s+(?:a\s+(?:record\s+)?)?(?:approximately\s+|about\s+)?"
    r"(?:[$€£]|EUR\b|USD\b|C\$|\d)",
    re.I,
)
#: Between a measure named as a clause's subject and its change verb: a period at most.
_CHANGE_LINK = lazy_compile(
    r"\s*(?:(?:for|in|during)\s+(?:the\s+)?(?:first|second|third|fourth|fiscal|full|"
    r"current|latest)?[\w\s-]{0,30}?(?:quarter|year|period|months)\s*)?,?\s*",
    re.I,
)
#: "$776K in sales from 10,000 packages": a measure narrowed by what follows it is a part's.
_NARROWED = lazy_compile(r"(?<!\s)\s+(?:from|of|for|at|by|in\s+(?:the\s+)?[A-Z]|on)\b")
_ISSUED_BEFORE = lazy_compile(
    r"\b(?:issue|issuing|issuance\s+of|to\s+be\s+issued)\s+(?:a\s+total\s+of\s+)?(?:about\s+|"
    r"approximately\s+)?$",
    re.I,
)
_ISSUED_AFTER = lazy_compile(
    r"^\s*(?:\)\s*)?(?:new\s+(?:common\s+)?shares\b|(?:common\s+)?shares\s+(?:of\s+common\s+stock\s+)?"
    r"(?:were|will\s+be|would\s+be)\s+issued\b)",
    re.I,
)
#: "after" the transaction: "at closing", "immediately after", "pro forma", "following".
_AFTER_DEAL = lazy_compile(
    r"\b(?:at\s+(?:the\s+)?closing|immediately\s+after|after\s+(?:the|giving|closing)"
    r"|following\s+the|upon\s+(?:completion|closing)|pro\s+forma|combined\s+company)\b",
    re.I,
)
_BEFORE_DEAL = lazy_compile(
    r"\b(?:immediately\s+before|before\s+the|prior\s+to\s+the|had\s+[\d.,]+\s+(?:million\s+)?"
    r"shares)\b",
    re.I,
)
#: Words that put a figure a year before the release's own period.
_PRIOR = lazy_compile(
    r"\b(?:year[- ]ago|a\s+year\s+(?:ago|earlier|before)|prior[- ]year|prior\s+period"
    r"|previous\s+year|last\s+year|same\s+(?:period|quarter)\s+(?:of\s+)?last|had\s+been)\b",
    re.I,
)
_FUTURE = lazy_compile(
    r"\b(?:expects?|expected|guidance|outlook|forecast\w*|targets?|projects?|anticipates?"
    r"|will\s+be)\b",
    re.I,
)
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
#: A comparison with the quarter before, not the year before.
_SEQUENTIAL = lazy_compile(
    r"\b(?:sequential\w*|quarter[- ]over[- ]quarter|(?:prior|previous|preceding|last|linked)"
    r"\s+quarter)\b",
    re.I,
)
#: The base a change names as a quarter and its year, right after the change ("increase over
#: Q2 2024", "from the second quarter of 2026", "compared to fiscal Q1 2025").
_BASE_QUARTER = lazy_compile(
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:over|from|compared\s+(?:to|with)|versus|vs\.?|against)\s+"
    r"(?:the\s+)?(?:fiscal\s+)?(?:q[1-4]|(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter)"
    r"(?:\s+of)?(?:\s+fiscal)?\s*(?:'|’)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
#: A change on another basis than the two levels as stated.
_OTHER_BASIS = lazy_compile(
    r"\b(?:constant[- ]currency|organic\w*|excluding|adjusted\s+for|pro\s+forma|like[- ]for[- ]like"
    r"|same[- ]store|comparable|in\s+local\s+currenc\w+)\b",
    re.I,
)
_FISCAL_YEAR = lazy_compile(r"\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b", re.I)
_CHANGE_BEFORE = lazy_compile(
    r"(?<!made\s)(?<!makes\s)\b(?:(?P<up>up|rose|risen|increased|grew|gained|widened|raises?|raised|higher\s+by)"
    r"|(?P<down>down|fell|fallen|decreased|declined|narrowed|lower\s+by|cut))\s+(?:by\s+)?$",
    re.I,
)
#: "Raises Quarterly Dividend": a change verb right before the measure it changes.
_RAISES = lazy_compile(
    r"\b(?:(?P<up>raises?|raised|increases?|increased|boosts?|boosted|lifts?|lifted)"
    r"|(?P<down>cuts?|reduces?|reduced|lowers?|lowered))\s+(?:its\s+|the\s+|their\s+)?$",
    re.I,
)
#: "The previous quarterly rate", "prior-year revenue": a level named as the earlier one.
_NAMED_PRIOR = lazy_compile(
    r"\b(?:previous|prior|prior[- ]year|year[- ]ago|last\s+year's)\s+$", re.I
)
#: What may stand between a level and the change stated of it: punctuation, "or", "a".
_ANCHOR_GAP = lazy_compile(r"[\s,;(—–-]*(?:(?:which|that)\s+(?:was|is)\s+|or\s+|an?\s+)?", re.I)
_BY_ONLY = lazy_compile(r"\s+(?:by\s+)?", re.I)
_CHANGE_AFTER = lazy_compile(
    r"^\s+(?:(?P<up>increase|gain|growth|rise|higher)|(?P<down>decrease|decline|drop|lower))\b",
    re.I,
)
_OF_WHOLE = lazy_compile(
    r"^\s+of\s+(?:the\s+quarter's\s+|the\s+year's\s+|total\s+|the\s+)?"
    r"(?P<what>them|it|that|those|the\s+total|total)?",
    re.I,
)
_OR_BEFORE = lazy_compile(
    r"^\s*(?:,\s*)?(?:or|and|was|were|is)\s+(?:about\s+|approximately\s+)?$", re.I
)
_POSSESSIVE = lazy_compile(r"\b(?P<name>[A-Z][\w&-]+)['’]s\s+(?:[\w-]+\s+){0,3}$")
_ITS = lazy_compile(r"(?:^|\W)(?:its|it)\s+(?:[\w-]+\s+){0,3}$", re.I)
_SUBJECT_STOP = lazy_compile(
    r"[\W\d$,.]*|the|a|an|its|our|their|total|consolidated|reported|quarterly|record|of|and"
    r"|or|in|for|was|were|is|are|had|has|with|from|to|remaining|company's|company’s|on|by|at"
    r"|announced|reported|posted|generated|earned|computed|delivered|recorded|achieved|today"
    r"|said|saw|brought|previous|prior|prior-year|year-ago|raises?|raised|increases?|increased"
    r"|boosts?|boosted|lifts?|lifted|cuts?|reduces?|reduced|lowers?|lowered|declared|declares",
    re.I,
)


#: How far before a figure its phrase is read: a clause, not a run of thousands of figures.
_REACH = 240


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding offset ``end`` of a sentence starts (after ";" or " -- "),
    at most ``_REACH`` characters back."""
    low = max(0, end - _REACH)
    cut = max(text.rfind(";", low, end), text.rfind(" -- ", low, end), text.rfind(" — ", low, end))
    return cut + 1 if cut >= 0 else low


def _length(text: str, folded: str | None = None) -> str:
    """The one length of period ``text`` names, or ""; ``folded``, the text's ``fold`` if
    known, skips each pattern whose words the text lacks (``may_match``)."""
    named = [
        length
        for length, p in PERIOD_LENGTHS.items()
        if (folded is None or may_match(p, folded)) and p.search(text)
    ]
    if (
        not named
        and (folded is None or may_match(_FISCAL_YEAR, folded))
        and _FISCAL_YEAR.search(text)
    ):
        named = ["year"]
    return named[0] if len(named) == 1 else ""


@dataclass
class _Reader:
    """Reads the figures of one release in order, remembering the measure named last."""

    release_year: int | None
    default_length: str
    facts: list[Measured] = field(default_factory=list)
    #: Per sentence, read once: the length of period it names, and whether it forecasts.
    _sentence_lengths: dict[int, str] = field(default_factory=dict)
    _forecasts: set[int] = field(default_factory=set)

    def read(self, views: list[View]) -> list[Measured]:
        paragraph_length: dict[int | None, str] = {}
        last: Measured | None = None
        last_block: int | None = None
        figures_of = [
            sorted((q for q in view.quantities if q.kind in _FIGURES), key=lambda x: x.start)
            for view in views
        ]
        # the lengths a sentence names are read by its own figures and by the later figures
        # of its paragraph: a paragraph with no figure (most of a release) is not read
        read_blocks = {
            view.block for view, figures in zip(views, figures_of, strict=True) if figures
        }
        for view, figures in zip(views, figures_of, strict=True):
            if view.block != last_block:
                last = None
                last_block = view.block
            if view.block not in read_blocks:
                continue
            sentence_length = _length(view.text, view.folded)
            self._sentence_lengths[view.index] = sentence_length
            if figures and _FUTURE.search(view.text):
                self._forecasts.add(view.index)
            if sentence_length:
                paragraph_length[view.block] = sentence_length
            previous: Quantity | None = None
            for i, q in enumerate(figures):
                following = figures[i + 1] if i + 1 < len(figures) else None
                found = self._figure(
                    view, q, previous, following, last, paragraph_length.get(view.block, "")
                )
                previous = q
                if found is not None:
                    self.facts.append(found)
                    if found.measure:
                        last = found
                    if found.measure == OUTSTANDING:
                        elided = self._elided(view, found, following)
                        if elided is not None:
                            self.facts.append(elided)
        return self.facts

    def _elided(self, view: View, m: Measured, following: Quantity | None) -> Measured | None:
        """ ", and 41,400,000 immediately after them": a count written bare after a count of
        shares outstanding, of the other side of the transaction."""
        end = following.start - view.start if following is not None else len(view.text)
        found = _ELIDED_COUNT.match(view.text, m.quantity.end - view.start, end)
        if found is None:
            return None
        count = count_or_read(view, found.start("n"), found.end("n"), m.quantity)
        when = "after" if _AFTER_DEAL.search(found.group("when")) else "before"
        if when == m.period.when:
            return None
        return Measured(count, OUTSTANDING, Period(when, m.period.length), m.subject, view=view)

    @staticmethod
    def _raised_measure(before: str) -> tuple[re.Match[str], str, int] | None:
        """ "Raises Quarterly Dividend 8%", "increased its net sales by 12%": the change verb,
        the measure named between it and the figure, and where the name starts."""
        names = list(_MEASURE_NAME.finditer(before))
        if not names or not _BY_ONLY.fullmatch(before, names[-1].end()):
            return None
        verb = _RAISES.search(before, 0, names[-1].start())
        if verb is None:
            return None
        return verb, _measure_of(names[-1].group()), names[-1].start()

    def _profit_before(self, view: View, q: Quantity) -> Quantity | None:
        """The profit level a "N% margin" is of: the last figure of its sentence, or the
        last level before the changes of that level stated after it."""
        for m in reversed(self.facts):
            if m.view is not view or m.quantity.start >= q.start:
                return None
            if m.direction:
                continue  # "$5.7M, up 32% YoY, representing a 12% margin"
            if m.quantity.kind is Kind.MONEY and m.measure in PROFITS and m.whole is None:
                return m.quantity
            return None
        return None

    def _named_base_not_a_year_ago(self, after: str) -> bool:
        """The change names its base as a quarter of the year the release reports ("an 8%
        increase over Q2 2024", "up 3% from the second quarter of 2026"): the quarter
        before, not the year-ago level this reader pairs it with."""
        named = _BASE_QUARTER.match(after)
        return (
            named is not None
            and self.release_year is not None
            and int(named.group("year")) >= self.release_year
        )

    def _figure(
        self,
        view: View,
        q: Quantity,
        previous: Quantity | None,
        following: Quantity | None,
        last: Measured | None,
        paragraph_length: str,
    ) -> Measured | None:
        if q.in_range or (q.words is not None and q.kind is not Kind.SHARES):
            return None
        start = q.start - view.start
        clause_from = _clause_start(view.text, start)
        gap_from = max(clause_from, previous.end - view.start if previous is not None else 0)
        before = view.text[gap_from:start]
        after = view.text[q.end - view.start : q.end - view.start + 80]
        measure, kind, subject_at = self._measure(view, q, before, after, start, clause_from)
        inherited = False
        coordinated = (
            previous is not None
            and last is not None
            and last.quantity is previous
            and bool(
                _COORDINATED.match(before)
                or (_AND_ELLIPSIS.search(before) and last.quantity.kind is q.kind)
            )
        )
        pronoun = last is not None and bool(_PRONOUN_LINK.search(before))
        same_kind = last is not None and last.quantity.kind is q.kind
        linked: Quantity | None = None
        if measure is None and last is not None and (coordinated or (pronoun and same_kind)):
            measure, kind = last.measure, last.kind
            inherited = True
            linked = last.quantity
        near_start = gap_from
        reaching = _REACHING.search(before) if q.kind is Kind.PERCENT else None
        ended_at = last is not None and bool(last.direction) and previous is not None
        if measure is None and last is not None and reaching is not None and ended_at:
            # "widened 14 bps, reaching 3.18%": the level the change ended at
            measure, kind = last.measure, last.kind
            near_start = gap_from + reaching.start()
            linked = last.quantity
        direction = 0
        anchor: Quantity | None = None
        if q.kind in (Kind.PERCENT, Kind.POINTS):
            cue_before = _CHANGE_BEFORE.search(before[-40:])
            cue = cue_before or _CHANGE_AFTER.match(after)
            named = self._raised_measure(before) if cue is None else None
            if named is not None:
                # "Raises Quarterly Dividend 8%": the verb, the measure, the change
                cue, measure, subject_at = named[0], named[1], gap_from + named[2]
            if cue is not None:
                direction = 1 if cue.group("up") else -1
                if _OWN_LEVEL.match(after):
                    return None  # "rose 45.6% to EUR 18.2 million": the clause's own levels
                if _SEQUENTIAL.search(after[:60]) or _OTHER_BASIS.search(after[:60]):
                    return None  # "up 5% sequentially", "up 4% in constant currency"
                if self._named_base_not_a_year_ago(after[:60]):
                    return None  # "an 8% increase over Q2 2024" in a release on Q3 2024
                head_gap = (
                    before[: len(before) - len(before[-40:]) + cue_before.start()]
                    if (cue_before is not None)
                    else before
                )
                if (
                    measure is None
                    and last is not None
                    and last.quantity is previous
                    and _ANCHOR_GAP.fullmatch(head_gap)
                ):
                    # "Revenue of $64 Million, Up 14%": nothing but the verb between
                    measure, kind = last.measure, last.kind
                    anchor = previous
                elif measure is None and previous is None and cue_before is not None:
                    # "The net interest margin widened 14 basis points": the clause's
                    # measure, named right before the verb (a period between at most)
                    verb = gap_from + len(before) - len(before[-40:]) + cue_before.start()
                    names = list(_MEASURE_NAME.finditer(view.text, clause_from, verb))
                    if names and _CHANGE_LINK.fullmatch(view.text, names[-1].end(), verb):
                        measure = _measure_of(names[-1].group())
                        subject_at = names[-1].start()
        whole: str | None = None
        part: Quantity | None = None
        if q.kind is Kind.PERCENT and not direction and measure is None:
            profit = self._profit_before(view, q)
            if _MARGIN_AFTER.match(after) and profit is not None:
                # "adjusted EBITDA of $96 million, a 12.8% margin", "Adjusted EBITDA was
                # $5.7M, up 32%, a 12% margin": the profit level the clause states
                whole, part = "revenue", profit
            held = _OUTSTANDING_WHOLE.match(after)
            holders = _HOLDERS_HOLDING.search(before)
            if held is not None and _NEW_SHARES.search(before):
                whole = OUTSTANDING  # "The newly issued shares represent 23.7% of the ..."
                kind = "issued"
            elif holders is not None and previous is not None and q.kind is Kind.PERCENT:
                whole = OUTSTANDING  # "..., with former Verity shareholders holding 19.2%"
                kind = "holders:" + holders.group("holder").lower()
            of = _OF_WHOLE.match(after) if whole is None else None
            if of is not None:
                rest = after[of.end() :]
                name = _MEASURE_NAME.match(rest)
                if name is not None:
                    whole = _measure_of(name.group())
                elif of.group("what") and last is not None:
                    whole = "pronoun"
                if whole is not None and previous is not None and _OR_BEFORE.match(before):
                    part = previous
        if measure is None and whole is None and not direction:
            return None
        if direction:
            part = anchor
        clause = view.text[clause_from : min(len(view.text), q.end - view.start + 60)]
        stop = q.end - view.start + 40
        if following is not None:
            stop = min(stop, following.start - view.start)
        semicolon = view.text.find(";", q.end - view.start, stop)
        if semicolon >= 0:
            stop = semicolon
        near = before if direction else view.text[near_start:stop]
        period = self._period(view, q, near, clause, before, inherited, paragraph_length)
        subject = ""
        if subject_at == start:
            subject_at = None  # named after the figure ("N shares outstanding")
        head = view.text[max(0, subject_at - 80) : subject_at] if subject_at is not None else ""
        possessive = _POSSESSIVE.search(head[-60:])
        if possessive is not None:
            subject = possessive.group("name").lower()
        elif _ITS.search(head[-40:]) or re.search(r"\bit\s+\w+$", head[-30:]):
            subject = "it"
        elif subject_at is not None and _PART.search(head):
            part_name = _PART.search(head)
            subject = " ".join(part_name.group().lower().split()) if part_name else ""
        elif subject_at is not None:
            words: list[str] = []
            for w in reversed(head.split()[-3:]):
                if not _WORD.fullmatch(w) or _SUBJECT_STOP.fullmatch(w):
                    break  # "..., today announced net income": the subject ends at a verb
                if any(p.search(w) for p in PERIOD_LENGTHS.values()):
                    break
                words.insert(0, w.lower())
            subject = " ".join(w for w in words if not _YEAR.fullmatch(w))
        adjusted = bool(subject_at is not None and _ADJUSTED.search(head[-40:]))
        if measure is not None and measure.startswith("adjusted"):
            adjusted = True
        named_prior = bool(subject_at is not None and _NAMED_PRIOR.search(head[-30:]))
        if named_prior and not direction:
            period = Period("prior", period.length)
        return Measured(
            q,
            measure or "",
            period,
            subject,
            adjusted,
            kind,
            whole,
            part,
            direction,
            view,
            linked,
            named_prior and not direction,
        )

    def _measure(
        self, view: View, q: Quantity, before: str, after: str, start: int, clause_from: int
    ) -> tuple[str | None, str, int | None]:
        """The measure the figure's phrase names, its kind, and where the name starts."""
        if q.kind is Kind.SHARES:
            weighted = _WEIGHTED_AFTER.match(after)
            if weighted is not None:
                kind = (weighted.group("k1") or weighted.group("k2") or "").lower()
                return WEIGHTED, kind, start
            if _ISSUED_BEFORE.search(before) or _ISSUED_AFTER.match(after):
                to = _ISSUED_TO.match(after)
                return ISSUED, "to:" + to.group("holder").lower() if to else "", start
            if _OUTSTANDING_AFTER.match(after):
                return OUTSTANDING, "", start
            return None, "", None
        names = list(_MEASURE_NAME.finditer(view.text, clause_from, start))
        if names:
            name = names[-1]
            if _LINK.match(view.text[name.end() : start]) is not None:
                measure = _measure_of(name.group())
                if q.kind is Kind.MONEY and measure.endswith("margin"):
                    return None, "", None
                if q.kind is Kind.PERCENT and not measure.endswith("margin"):
                    return None, "", None
                kind = (
                    "diluted"
                    if measure == "diluted eps"
                    else "basic"
                    if measure == "basic eps"
                    else ""
                )
                return measure, kind, name.start()
        if q.kind is Kind.MONEY:
            earned = _EARNED_PER_SHARE.match(after)
            if earned is not None:
                kind = earned.group("k").lower()
                return f"{kind} eps", kind, start
            tail = _AFTER_NAME.match(after)
            if tail is not None:
                name2 = _MEASURE_NAME.match(after, tail.end())
                if name2 is not None and not _NARROWED.match(after, name2.end()):
                    return _measure_of(name2.group()), "", start
        return None, "", None

    def _period(
        self,
        view: View,
        q: Quantity,
        near: str,
        clause: str,
        before: str,
        inherited: bool,
        paragraph_length: str,
    ) -> Period:
        start = q.start - view.start
        whole_sentence = self._sentence_lengths.get(view.index, "")
        length = _length(near) or whole_sentence or paragraph_length or self.default_length
        if q.kind is Kind.SHARES:
            if _AFTER_DEAL.search(near) or _AFTER_DEAL.search(clause):
                return Period("after", length)
            if _BEFORE_DEAL.search(near):
                return Period("before", length)
        elif view.index in self._forecasts:
            return Period("future", length)
        when = "current"
        if inherited and _COMPARISON_WORD.search(before):
            when = "other"  # compared with: a year earlier only if the words say so
        if _PRIOR.search(near):
            when = "prior"
        years = [int(y) for y in _YEAR.findall(near if near.strip() else clause)]
        if not years:
            opening = view.text[max(0, start - _REACH) : start]
            years = [int(y) for y in _YEAR.findall(opening)]
        earlier = self.release_year is not None and years and max(years) < self.release_year
        if earlier and "ended" not in near and "ending" not in near:
            when = "prior"
        if _SEQUENTIAL.search(near):
            when = "sequential"
        return Period(when, length)


def measured_figures(rel: Relations) -> list[Measured]:
    """Every money, percent and share figure of the release's text with what it states."""
    views = [v for v in rel.views if v.section in MEASURED_SECTIONS]
    year = _reported_year(rel.views)
    head = " ".join(v.text for v in rel.views if v.section in ("headline", "dateline"))
    default = _length(head)
    return _Reader(year, default).read(views)


def _reported_year(views: list[View]) -> int | None:
    """The year of the period the release reports, which the figures of an earlier year
    are compared with: the latest year its headline and dateline name in a period ("fourth
    quarter and full year 2025", "quarter ended September 30, 2026"); failing that, the
    year of its dateline's date (a release of February 2026 on 2025 names its year)."""
    head = [v for v in views if v.section in _HEAD_SECTIONS]
    # "Reports Fiscal 2026 Results" over "fiscal year ended January 30, 2027": a retailer's
    # fiscal year is named by a label its figures use ("In fiscal 2025"), not by the
    # calendar year it ends in
    labels = [int(y) for v in head for y in _FISCAL_LABEL.findall(v.text)]
    if labels:
        return max(labels)
    years = [int(y) for v in head for p in v.periods if p.period for y in _YEAR.findall(p.period)]
    years += [
        d.date.year
        for v in head
        for d in v.dates
        if d.date is not None and _ENDED_BEFORE.search(v.text[: d.start - v.start][-40:])
    ]
    if years:
        return max(years)
    dated = [d.date.year for v in head for d in v.dates if d.date is not None]
    return dated[0] if dated else None


_HEAD_SECTIONS = frozenset({"headline", "subheadline", "dateline"})
_FISCAL_LABEL = lazy_compile(r"\bfiscal\s+(?:year\s+)?(?:FY\s*)?((?:19|20)\d\d)\b", re.I)
_ENDED_BEFORE = lazy_compile(r"\b(?:ended|ending|as\s+of|at)\s+$", re.I)


# -- queries ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeasureRelations:
    """The claims the queries read: per-share and margin ratios, changes, portions and
    aggregates, in the types the checks already take."""

    ratios: tuple[Ratio, ...] = ()
    changes: tuple[Change, ...] = ()
    portions: tuple[Portion, ...] = ()
    aggregates: tuple[Aggregate, ...] = ()


def _one(found: list[Measured]) -> Quantity | None:
    """The one figure of ``found``: figures restating each other within their rounding are
    one (the most precise is taken); two that differ are two figures, and no answer."""
    if not found:
        return None
    best = min(found, key=lambda m: m.quantity.ulp * m.quantity.scale)
    for m in found:
        if not m.quantity.interval.overlaps(best.quantity.interval):
            return None
    return best.quantity


def _level(
    facts: list[Measured],
    measure: str,
    period: Period,
    subject: str,
    *,
    kind: str = "",
    view: View | None = None,
) -> Quantity | None:
    """The one figure of ``measure`` for that period and subject; a subject named only by a
    pronoun ("it earned") is looked for in the asking figure's sentence only. A candidate
    whose length of period no text names may be of any length: it joins the candidates,
    so two figures of different value leave the query unanswered; an asking figure of no
    named length is joined only to figures of none."""
    found = [
        m
        for m in facts
        if m.measure == measure
        and (subject != "it" or (view is not None and m.view is view))
        and not m.direction
        and m.whole is None
        and m.period.when == period.when
        and (m.period.length == period.length or not m.period.length)
        and m.subject == subject
        and not m.adjusted
        and m.kind == kind
        and m.quantity.qualifier in (None, Qualifier.ABOUT)
    ]
    return _one(found)


def measures_relations(rel: Relations) -> MeasureRelations:
    """The claims the typed facts answer (memoised per release)."""
    return rel.facts.memo("num-measures-text", lambda: _relations(rel))


def _measured(rel: Relations) -> list[Measured]:
    """``measured_figures`` of the release, read once (the queries and the period test)."""
    return rel.facts.memo("num-measured-figures", lambda: measured_figures(rel))


def periods_disagree(rel: Relations, *quantities: Quantity) -> bool:
    """Whether the typed facts put two of ``quantities`` in different periods: one of the
    reported period and one of a year earlier ("In fiscal 2025 ... gross profit of $127.2
    million, or 41.6% of sales" against "Net sales for fiscal 2026"), or periods of
    different lengths. A relation between them would compare figures of two periods."""
    typed = rel.facts.memo(
        "num-measured-periods", lambda: {id(m.quantity): m.period for m in _measured(rel)}
    )
    periods = [typed[id(q)] for q in quantities if id(q) in typed]
    whens = {p.when for p in periods}
    lengths = {p.length for p in periods if p.length}
    return {"current", "prior"} <= whens or len(lengths) > 1


def _relations(rel: Relations) -> MeasureRelations:
    facts = _measured(rel)
    ratios = list(_eps(facts)) + list(_margins(facts))
    aggregates = [*_aggregates(facts), *_together_with(rel)]
    return MeasureRelations(
        tuple(ratios),
        tuple(_changes(facts)),
        tuple(_portions(facts, aggregates)),
        tuple(aggregates),
    )


def _eps(facts: list[Measured]) -> Iterator[Ratio]:
    for m in facts:
        if m.measure not in EPS or m.adjusted or m.subject or m.quantity.kind is not Kind.MONEY:
            continue
        if m.period.when not in ("current", "prior"):
            continue
        income = _level(facts, "net income", m.period, "")
        shares = _level(facts, WEIGHTED, m.period, "", kind=m.kind)
        if income is None or shares is None or m.quantity.negative:
            continue
        yield Ratio("NUM016", f"{m.kind} EPS", income, shares, m.quantity)


def _margins(facts: list[Measured]) -> Iterator[Ratio]:
    for m in facts:
        if m.quantity.kind is not Kind.PERCENT or m.direction or m.adjusted:
            continue
        if m.measure in MARGINS and m.whole is None:
            if m.period.when != "current":
                continue
            profit = _level(facts, MARGINS[m.measure], m.period, m.subject, view=m.view)
            revenue = _level(facts, "revenue", m.period, m.subject, view=m.view)
            if profit is not None and revenue is not None:
                yield Ratio("NUM015", m.measure, profit, revenue, m.quantity)
            continue
        if m.part is None or m.whole is None:
            continue
        part = next((f for f in facts if f.quantity is m.part), None)
        if part is None or part.measure not in PROFITS or part.period.when == "future":
            continue
        whole = m.whole
        if whole == "pronoun":
            earlier = [
                f
                for f in facts
                if f.view is m.view
                and f.quantity.start < part.quantity.start
                and f.measure == "revenue"
            ]
            if len(earlier) != 1:
                continue
            yield Ratio(
                "NUM015", f"{part.measure} margin", part.quantity, earlier[0].quantity, m.quantity
            )
            continue
        if whole != "revenue":
            continue
        # the sentence's own revenue first ("Kestrel's sales were $400 million, and it earned
        # adjusted EBITDA of $48 million on them, a 12.0% margin"), then the release's
        here = [f for f in facts if f.view is m.view and f.quantity.start < part.quantity.start]
        revenue = _level(here, "revenue", part.period, _subject_in(here, "revenue", part.subject))
        if revenue is None:
            revenue = _level(facts, "revenue", part.period, part.subject, view=m.view)
        if revenue is not None:
            yield Ratio("NUM015", f"{part.measure} margin", part.quantity, revenue, m.quantity)


def _changes(facts: list[Measured]) -> Iterator[Change]:
    """A change named once against the two levels the release compares elsewhere: the
    year-ago level must be read beside the current one (compared with it, or a pronoun
    for it), and when the change follows a figure ("Revenue of $64 Million, Up 14%") the
    current level must restate that figure."""
    for m in facts:
        if not m.direction or not m.measure or m.period.when != "current":
            continue
        ratio = m.quantity.kind is Kind.POINTS
        pairs: list[tuple[Quantity, Quantity]] = []
        for old in facts:
            if old.measure != m.measure or old.period.when != "prior":
                continue
            if old.linked is None and not old.named_prior:
                continue
            if (old.quantity.kind is Kind.PERCENT) != ratio or old.direction or old.whole:
                continue
            if old.subject != m.subject or old.adjusted or old.kind != m.kind:
                continue
            if old.linked is not None:
                new = next((f for f in facts if f.quantity is old.linked), None)
            else:
                # "The previous quarterly rate was $0.37": the one current level
                level = _level(facts, m.measure, m.period, m.subject, kind=m.kind)
                new = next((f for f in facts if f.quantity is level), None)
            if new is None or new.direction or new.period != m.period:
                continue
            if new.measure != m.measure or new.subject != m.subject:
                continue
            if m.part is not None and not new.quantity.interval.overlaps(m.part.interval):
                continue
            pairs.append((new.quantity, old.quantity))
        if len(pairs) == 1:
            current, earlier = pairs[0]
            # a declared dividend per share is exact to the cent, not a rounded figure
            declared = m.measure in DECLARED and "share" in (current.per, earlier.per)
            yield Change(m.quantity, current, earlier, m.direction, exact=declared)


def _aggregates(facts: list[Measured]) -> Iterator[Aggregate]:
    afters = [m for m in facts if m.measure == OUTSTANDING and m.period.when == "after"]
    befores = [m for m in facts if m.measure == OUTSTANDING and m.period.when == "before"]
    issued = [m for m in facts if m.measure == ISSUED]
    if len(afters) != 1 or len(befores) != 1 or not issued:
        return
    after, before = afters[0], befores[0]
    earlier = [m for m in issued if m.quantity.start < before.quantity.start]
    if not earlier:
        return
    increment = earlier[-1]
    yield Aggregate(after.quantity, increment.quantity, before.quantity)


def _portions(facts: list[Measured], aggregates: list[Aggregate]) -> Iterator[Portion]:
    """The new shares' portion of those outstanding after the transaction: the part is the
    aggregate's increment ("the newly issued shares") or the shares issued to the holder
    group the percentage names; the whole is the count after. An investor's holding of
    another count is never read here."""
    if len(aggregates) != 1:
        return
    total, increment = aggregates[0].total, aggregates[0].increment
    for m in facts:
        if m.whole != OUTSTANDING or m.quantity.kind is not Kind.PERCENT:
            continue
        part: Quantity | None = None
        if m.kind == "issued":
            part = increment
        elif m.kind.startswith("holders:"):
            holder = m.kind.split(":", 1)[1]
            given = [f for f in facts if f.measure == ISSUED and f.kind == "to:" + holder]
            part = given[0].quantity if len(given) == 1 else None
        if part is None:
            continue
        yield Portion(part, m.quantity, total, True, True, False, False)


def _subject_in(found: list[Measured], measure: str, subject: str) -> str:
    """The subject of the one figure of ``measure`` in one sentence, when ``subject`` is the
    pronoun "it" that stands for it ("Kestrel's sales ..., and it earned"); else
    ``subject``."""
    named = {f.subject for f in found if f.measure == measure}
    return named.pop() if subject == "it" and len(named) == 1 else subject


#: "Together with the $63.4 million still available under the existing program, the
#: company may now repurchase up to $213.4 million": an earlier amount and the total.
_TOGETHER = lazy_compile(
    r"^\W*(?:together|combined|along)\s+with\s+(?:the\s+)?(?:approximately\s+|about\s+)?$",
    re.I,
)
#: The total after "Together with $A, ...": the sentence's next amount, as a total or a cap.
_TOTAL_AFTER = lazy_compile(
    r"^[^;$]{0,120}?\b(?:up\s+to|a\s+total\s+of|total(?:s|ing)?|aggregate|now\s+(?:has|have|is|are))"
    r"\s+(?:of\s+)?(?:approximately\s+|about\s+)?$",
    re.I,
)
#: The increment in the sentence before: "approved an additional $150 million".
_ADDED = lazy_compile(
    r"\b(?:additional|further|new|incremental|increase\s+of|increased\s+by|added?)\s+"
    r"(?:approximately\s+|about\s+)?$",
    re.I,
)


def _together_with(rel: Relations) -> Iterator[Aggregate]:
    """A total after an earlier amount "together with" it, the increment added in the
    sentence before (an authorization raised, a facility enlarged): total = earlier +
    increment. Each figure must be the one of its kind in its place: one added amount in
    the sentence before, one amount after the earlier in the same sentence."""
    views = [v for v in rel.views if v.section in ("body", "dateline", "quote")]
    for i, view in enumerate(views[1:], start=1):
        money = [q for q in view.of(Kind.MONEY) if not q.in_range and q.per is None]
        if len(money) != 2 or not _TOGETHER.match(view.before(money[0], 200)):
            continue
        if money[0].start - view.start > 200:
            continue
        earlier, total = money
        if not _TOTAL_AFTER.match(view.between(earlier, total) + " "):
            continue
        before = views[i - 1]
        if before.block != view.block:
            continue
        added = [
            q
            for q in before.of(Kind.MONEY)
            if not q.in_range and q.per is None and _ADDED.search(before.before(q, 40))
        ]
        if len(added) != 1 or len(before.of(Kind.MONEY)) != 1:
            continue
        if len({q.currency or "USD" for q in (earlier, total, added[0])}) != 1:
            continue
        if total.value > max(earlier.value, added[0].value):
            yield Aggregate(total, added[0], earlier)
