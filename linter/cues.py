"""Forward-looking cues: which sentences of a release make forward-looking statements.

The FLS rules share one reading of a release, made here: every cue word of the lexicon
(``rules/data/fls_cues.toml``) found in the headline, subheadlines, body and quotes, each
kept or dropped with a reason, the sentences the kept cues make forward-looking, and the
cautionary legend those sentences rely on.

A cue word is not a forward-looking statement by itself. The reading drops a cue when

* it sits in the cautionary legend (the legend talks *about* forward-looking statements),
  or in the About, contact and footer sections (boilerplate, not the news);
* the word means something else there: "May 30" (the month), "health plan", "as expected",
  "exceeded expectations", "would like to thank" (per-cue ``unless_before``/``unless_after``);
* it is part of a fixed legal or cautionary formula ("will not be registered", "there can be
  no assurance", "could cause actual results to differ"), a courtesy or permission phrase
  ("investors may access", "should you have questions"), an idiom or a hypothetical that is
  not a prediction ("what would you do") (``[not_fls]``);
* it describes event logistics ("the call will be held", "the replay will be archived"), or
  an event dated before the release (a past event);
* it sits inside a quoted title or a short quoted term ("the film “What Will Be”", the
  legend-style list “expects,” “will”), or in a question.

A sentence is forward-looking when the weights of its kept cues add up to 1: one strong cue
("expects", "will", "guidance") or two weak ones ("may", "potential", "believe").

The lexicon is data, read on first use and cached; a repository changes it with the FLS rule
options ``extra-cues`` and ``ignore-cues`` (``Lexicon.changed``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from disclint.dateline import MONTHS
from disclint.lazyre import lazy_compile
from disclint.model import first_cover, first_cover_index
from disclint.quotes import MIN_QUOTE_WORDS
from disclint.ruledata import load_rule_data as load_data

if TYPE_CHECKING:
    from disclint.facts import Facts, Sentence
    from disclint.model import ForwardLooking, Paragraph, Quote, Release, SectionKind

__all__ = [
    "FLS_SECTIONS",
    "THRESHOLD",
    "Cue",
    "CueDef",
    "CueReading",
    "DroppedCue",
    "FlsSentence",
    "Legend",
    "Lexicon",
    "compile_list",
    "find_legend",
    "load_lexicon",
    "read_cues",
    "reading_for",
]

#: The sections whose sentences can make forward-looking statements the FLS rules check
#: (the first body sentence starts in the dateline).
FLS_SECTIONS: tuple[SectionKind, ...] = ("headline", "subheadline", "dateline", "body", "quote")
#: Sum of cue weights that makes a sentence forward-looking.
THRESHOLD = 1.0

_FLAGS = re.IGNORECASE


def compile_list(patterns: Iterable[str], *, wrap: str = "{}") -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns`` (each wrapped by ``wrap``)."""
    alternation = "|".join(f"(?:{p})" for p in patterns)
    return lazy_compile(wrap.format(f"(?:{alternation})"), _FLAGS)


# -- the lexicon --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CueDef:
    """One cue of the lexicon: what it looks like, how much it counts, when it does not."""

    id: str
    pattern: re.Pattern[str]
    weight: float
    kind: str
    unless_before: re.Pattern[str] | None = None
    unless_after: re.Pattern[str] | None = None
    homonym: bool = False
    year: bool = False


@dataclass(frozen=True)
class Lexicon:
    """The cues, the non-FLS contexts and the event-logistics words, compiled."""

    cues: tuple[CueDef, ...]
    not_fls: tuple[tuple[str, re.Pattern[str]], ...]
    events: re.Pattern[str]
    after_modal: re.Pattern[str]
    key: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    #: Each ``not_fls`` entry's patterns (``compile_list``'s branches, in order), so that a
    #: sentence's contexts are found by ``ruledata.finditer_any_of``: the same matches as
    #: the alternation's, a search per pattern. Empty: the alternations are run.
    not_fls_patterns: tuple[tuple[str, ...], ...] = ()
    #: ``events`` as one pattern per phrase (each wrapped as the alternation is): a
    #: sentence names an event if one of them matches (the alternation's answer, without
    #: entering every branch at every position). Empty: the alternation is run.
    event_patterns: tuple[re.Pattern[str], ...] = ()

    def changed(self, extra: Sequence[str], ignore: Sequence[str]) -> Lexicon:
        """This lexicon with ``extra`` phrases added as strong cues and the cues named in
        ``ignore`` removed (by id, "look-forward" or "look_forward", or by phrase)."""
        if not extra and not ignore:
            return self
        dropped = {_norm(name).replace("-", "_") for name in ignore}
        kept = tuple(c for c in self.cues if c.id not in dropped)
        added = tuple(
            CueDef(
                id=f"extra:{phrase}",
                pattern=re.compile(rf"\b(?:{_phrase_pattern(phrase)})\b", _FLAGS),
                weight=1.0,
                kind="custom",
            )
            for phrase in extra
            if phrase.strip()
        )
        key = (tuple(sorted(extra)), tuple(sorted(ignore)))
        return Lexicon(
            kept + added,
            self.not_fls,
            self.events,
            self.after_modal,
            key,
            self.not_fls_patterns,
            self.event_patterns,
        )

    @cached_property
    def cue_literals(self) -> tuple[str, ...] | None:
        """The literals one of which every match of a cue contains: no cue can match a
        sentence that holds none of them (most sentences), and that test is far cheaper
        than a search."""
        from disclint.prefilter import union_literals

        return union_literals(tuple(c.pattern for c in self.cues))

    @cached_property
    def _cue_literal_sets(
        self,
    ) -> tuple[tuple[str, ...], tuple[tuple[frozenset[str], ...] | None, ...]]:
        """Every literal some cue requires, and each cue's own sets (``None``: requires
        none): its required literals and its other conjuncts (``prefilter.literal_sets``)."""
        from disclint.prefilter import literal_sets

        sets = tuple(literal_sets(c.pattern) for c in self.cues)
        every = tuple(sorted({lit for s in sets if s is not None for one in s for lit in one}))
        return every, sets

    def candidates(self, folded: str) -> list[CueDef]:
        """The cues that may match a sentence whose ``fold`` is ``folded`` (those one of each
        of whose literal sets it holds), in lexicon order: each literal of the lexicon is
        looked for once, instead of a ``may_match`` per cue (the same answer)."""
        every, sets = self._cue_literal_sets
        present = {literal for literal in every if literal in folded}
        return [
            cue
            for cue, literals in zip(self.cues, sets, strict=True)
            if literals is None
            or (
                not literals[0].isdisjoint(present)
                and (len(literals) == 1 or all(not s.isdisjoint(present) for s in literals[1:]))
            )
        ]

    def ignores(self, text: str) -> bool:
        """Is a matched phrase one that the ``ignore-cues`` option removed?"""
        return _norm(text) in {_norm(n).replace("_", " ") for n in self.key[1]}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _phrase_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The built-in lexicon (``rules/data/fls_cues.toml``)."""
    data = load_data("fls_cues")
    cues = tuple(_cue_def(name, entry) for name, entry in data["cues"].items())
    not_fls = tuple(
        (reason, compile_list(patterns)) for reason, patterns in data["not_fls"].items()
    )
    not_fls_patterns = tuple(tuple(patterns) for patterns in data["not_fls"].values())
    logistics = data["logistics"]
    event_wrap = r"(?<![\w-]){}(?![\w-])"
    events = compile_list((_phrase_pattern(e) for e in logistics["events"]), wrap=event_wrap)
    event_patterns = tuple(
        compile_list([_phrase_pattern(e)], wrap=event_wrap) for e in logistics["events"]
    )
    after_modal = compile_list(
        logistics["after_modal"], wrap=r"^\s*(?:(?:also|then|again|first|now)\s+)?{}\b"
    )
    return Lexicon(
        cues,
        not_fls,
        events,
        after_modal,
        not_fls_patterns=not_fls_patterns,
        event_patterns=event_patterns,
    )


def _cue_def(name: str, entry: dict[str, Any]) -> CueDef:
    before = entry.get("unless_before", [])
    after = entry.get("unless_after", [])
    return CueDef(
        id=name,
        pattern=lazy_compile(rf"\b(?:{entry['match']})\b", _FLAGS),
        weight=float(entry.get("weight", 1.0)),
        kind=str(entry.get("kind", "verb")),
        unless_before=compile_list(before, wrap=r"{}\s*$") if before else None,
        unless_after=compile_list(after, wrap=r"^\s*{}") if after else None,
        homonym=bool(entry.get("homonym", False)),
        year=bool(entry.get("year", False)),
    )


# -- what a reading holds -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cue:
    """A kept cue: offsets into ``Release.text``, the lexicon entry, and where it sits."""

    start: int
    end: int
    text: str
    id: str
    kind: str
    weight: float
    sentence: int  # index into ``Facts.sentences``
    section: SectionKind | None
    quote: Quote | None = None


@dataclass(frozen=True, slots=True)
class DroppedCue:
    """A cue word that is not a forward-looking use here, and why."""

    start: int
    end: int
    text: str
    id: str
    reason: str


@dataclass(frozen=True, slots=True)
class FlsSentence:
    """A sentence whose kept cues make it forward-looking."""

    index: int
    sentence: Sentence
    cues: tuple[Cue, ...]

    @property
    def weight(self) -> float:
        return sum(c.weight for c in self.cues)

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def section(self) -> SectionKind | None:
        return self.sentence.section

    @property
    def strong(self) -> bool:
        """Does one cue alone make it forward-looking ("expects", "will")?"""
        return any(c.weight >= THRESHOLD for c in self.cues)

    def describe(self) -> str:
        """ "expects", "will" -> for evidence lines."""
        return ", ".join(f'"{c.text}"' for c in self.cues)


@dataclass(frozen=True)
class Legend:
    """The cautionary statements of a release: its forward-looking sections, or paragraphs
    elsewhere that read like one (``fallback``)."""

    sections: tuple[ForwardLooking, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    fallback: bool = False

    @property
    def present(self) -> bool:
        return bool(self.paragraphs or self.sections)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def heading(self) -> str | None:
        return next((s.heading for s in self.sections if s.heading), None)

    def anchor(self, release: Release) -> tuple[int, int]:
        """Where a finding about the legend as a whole points: its first line."""
        if self.sections:
            span = self.sections[0].span
            start = span.text_start
        elif self.paragraphs:
            span = self.paragraphs[0].span
            start = span.text_start
        else:
            return 0, 0
        newline = release.text.find("\n", start, span.text_end)
        end = span.text_end if newline == -1 else newline
        return start, min(end, start + 200)

    def contains(self, offset: int) -> bool:
        """Whether a legend paragraph holds the offset (a binary search: asked per sentence)."""
        bounds, firsts = self._index
        return first_cover(bounds, firsts, offset) is not None

    @cached_property
    def _index(self) -> tuple[list[int], list[int]]:
        return first_cover_index([(p.span.text_start, p.span.text_end) for p in self.paragraphs])

    def pieces(self) -> list[tuple[int, str]]:
        """(absolute start, text) of each legend paragraph, for locating matches."""
        return [(p.span.text_start, p.text) for p in self.paragraphs]


@dataclass(frozen=True)
class CueReading:
    """The forward-looking reading of one release (see the module docstring)."""

    cues: tuple[Cue, ...]
    dropped: tuple[DroppedCue, ...]
    sentences: tuple[FlsSentence, ...]
    legend: Legend
    release_date: dt.date | None = None
    _by_quote: dict[int, list[Cue]] = field(default_factory=dict, repr=False)

    def in_sections(self, *sections: SectionKind) -> list[FlsSentence]:
        wanted = set(sections)
        return [s for s in self.sentences if s.section in wanted]

    def quote_cues(self) -> list[tuple[Quote, list[Cue]]]:
        """Each quotation with the kept cues inside it, in document order."""
        groups: dict[int, tuple[Quote, list[Cue]]] = {}
        for cue in self.cues:
            if cue.quote is not None:
                key = cue.quote.span.text_start
                groups.setdefault(key, (cue.quote, []))[1].append(cue)
        return [groups[k] for k in sorted(groups)]


# -- the legend ---------------------------------------------------------------------------------


def find_legend(release: Release) -> Legend:
    """The cautionary statements: the parsed forward-looking sections (up to the first table
    or title line, which is where financial statements or other matter begin), else
    paragraphs elsewhere that mention forward-looking statements and caution about them."""
    detect = load_data("fls_legend")["detect"]
    mentions = re.compile(detect["mentions"], _FLAGS)
    cautions = re.compile(detect["cautions"], _FLAGS)
    if release.forward_looking:
        paragraphs: list[Paragraph] = []
        for section in release.forward_looking:
            paragraphs.extend(_legend_paragraphs(section.paragraphs))
        return Legend(tuple(release.forward_looking), tuple(paragraphs))
    from disclint.prefilter import fold, may_match

    # A paragraph that is a slice of the release's text holds a caution's words only if the
    # whole text does: most releases without a parsed legend hold none (or one), and their
    # paragraphs are then not searched.
    text = release.text
    cautioned = may_match(cautions, fold(text))
    found: list[Paragraph] = []
    previous: Paragraph | None = None
    for paragraph in release.paragraphs():
        if not cautioned and text.startswith(paragraph.text, paragraph.span.text_start):
            previous = paragraph
            continue
        titled = (
            previous is not None and _title_like(previous.text) and mentions.search(previous.text)
        )
        if (
            paragraph.rows is None
            and cautions.search(paragraph.text)
            and (mentions.search(paragraph.text) or titled)
        ):
            found.append(paragraph)
        previous = paragraph
    return Legend((), tuple(found), fallback=bool(found))


def _legend_paragraphs(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    kept: list[Paragraph] = []
    for paragraph in paragraphs:
        if kept and (paragraph.rows is not None or _title_like(paragraph.text)):
            break
        if paragraph.rows is None:
            kept.append(paragraph)
    return kept


def _title_like(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped.split()) <= 10
        and "\n" not in stripped
        and stripped[-1:] not in ".!?;,"
        and stripped[:1].isupper()
    )


# -- reading ----------------------------------------------------------------------------------


_QUOTED = re.compile(r"“([^“”]{1,240})”|\"([^\"]{1,240})\"")
_YEAR = re.compile(r"(?:19|20)\d\d")
_FORWARD_YEAR_WORDS = lazy_compile(r"^(?:by|before|through|until)\b|end\s+of", _FLAGS)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    _FLAGS,
)
_PAST_MARKERS = lazy_compile(
    r"\b(?:in\s+the\s+past|previously|at\s+the\s+time|back\s+then|last\s+(?:year|quarter|month))\b",
    _FLAGS,
)


def read_cues(facts: Facts, lexicon: Lexicon | None = None) -> CueReading:
    """The reading of ``facts.release`` with ``lexicon`` (the built-in one by default)."""
    return _cached(facts, lexicon or load_lexicon())


def _read(facts: Facts, lexicon: Lexicon) -> CueReading:
    release = facts.release
    legend = find_legend(release)
    reader = _Reader(release, lexicon, legend)
    kept: list[Cue] = []
    dropped: list[DroppedCue] = []
    sentences: list[FlsSentence] = []
    folded = facts.folded_sentences
    for index, sentence in enumerate(facts.sentences):
        if sentence.section not in FLS_SECTIONS or legend.contains(sentence.start):
            continue
        cues, lost = reader.sentence(index, sentence, folded[index])
        kept.extend(cues)
        dropped.extend(lost)
        if cues and sum(c.weight for c in cues) >= THRESHOLD:
            sentences.append(FlsSentence(index, sentence, tuple(cues)))
    return CueReading(
        tuple(kept), tuple(dropped), tuple(sentences), legend, release_date=reader.date
    )


def reading_for(facts: Facts, extra: Sequence[str] = (), ignore: Sequence[str] = ()) -> CueReading:
    """The reading of ``facts.release`` with a repository's cue changes (``extra`` strong
    cues added, ``ignore`` cues removed), computed once per release and change set."""
    return _cached(facts, _changed_lexicon(tuple(extra), tuple(ignore)))


@lru_cache(maxsize=16)
def _changed_lexicon(extra: tuple[str, ...], ignore: tuple[str, ...]) -> Lexicon:
    return load_lexicon().changed(extra, ignore)


def _cached(facts: Facts, lexicon: Lexicon) -> CueReading:
    """The reading of ``facts.release`` with ``lexicon``, once per release and lexicon."""
    return facts.memo(("fls-cues", lexicon.key), lambda: _read(facts, lexicon))


class _Reader:
    """Reads the cues of one sentence at a time (the per-release context is kept here)."""

    def __init__(self, release: Release, lexicon: Lexicon, legend: Legend) -> None:
        self.release = release
        self.lexicon = lexicon
        self.legend = legend
        own = release.own_date()
        self.date = own[0] if own else None

    def sentence(
        self, index: int, sentence: Sentence, folded: str | None = None
    ) -> tuple[list[Cue], list[DroppedCue]]:
        """The cues of a sentence, kept and dropped; ``folded`` is its text case folded
        (``Facts.folded_sentences``): a pattern whose required words are absent is not run."""
        text = sentence.text
        kept: list[Cue] = []
        dropped: list[DroppedCue] = []
        from disclint.prefilter import any_may_match, fold

        if folded is None:
            folded = fold(text)
        lexicon = self.lexicon
        if not any_may_match(lexicon.cue_literals, folded):
            return kept, dropped
        # The cues that may match (their required literals are here), in lexicon order: a
        # few small patterns, cheaper to run than one alternation of every cue.
        candidates = lexicon.candidates(folded)
        if not any(c.pattern.search(text) for c in candidates):
            return kept, dropped
        context = _SentenceContext(self, sentence, folded)
        taken: list[tuple[int, int]] = []
        for cue_def in candidates:
            for match in cue_def.pattern.finditer(text):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                absolute = sentence.start + match.start()
                reason = self._drop_reason(cue_def, match, sentence, context)
                if reason is None and self.lexicon.ignores(match.group()):
                    reason = "removed by the ignore-cues option"
                if reason is not None:
                    dropped.append(
                        DroppedCue(
                            absolute,
                            absolute + len(match.group()),
                            match.group(),
                            cue_def.id,
                            reason,
                        )
                    )
                    continue
                taken.append((match.start(), match.end()))
                kept.append(
                    Cue(
                        start=absolute,
                        end=absolute + len(match.group()),
                        text=match.group(),
                        id=cue_def.id,
                        kind=cue_def.kind,
                        weight=cue_def.weight,
                        sentence=index,
                        section=self.release.section_at(absolute),
                        quote=self.release.quote_at(absolute),
                    )
                )
        kept.sort(key=lambda c: c.start)
        return kept, dropped

    def _names_event(self, text: str, folded: str) -> bool:
        """Whether ``lexicon.events`` matches the sentence: whether one of its phrases does
        (an alternation matches where one of its branches does), each phrase tried only
        if the sentence holds its words."""
        from disclint.prefilter import literal_index

        patterns = self.lexicon.event_patterns
        if not patterns:
            return bool(self.lexicon.events.search(text))
        possible = literal_index(patterns).may_match(folded)
        return any(p.search(text) for p, may in zip(patterns, possible, strict=True) if may)

    def _not_fls(self, text: str, folded: str) -> list[tuple[str, int, int]]:
        """The spans of the fixed phrases that are not forward-looking (each reason's
        alternation's ``finditer``, found a pattern at a time when the lexicon has them)."""
        from disclint.prefilter import may_match
        from disclint.ruledata import finditer_any_of

        lexicon = self.lexicon
        found: list[tuple[str, int, int]] = []
        for index, (reason, pattern) in enumerate(lexicon.not_fls):
            if not may_match(pattern, folded):
                continue
            if index < len(lexicon.not_fls_patterns):
                matches = finditer_any_of(lexicon.not_fls_patterns[index], text, folded)
            else:
                matches = list(pattern.finditer(text))
            found.extend((reason, m.start(), m.end()) for m in matches)
        return found

    # -- why a cue is not a forward-looking use ----------------------------------------------

    def _drop_reason(
        self,
        cue: CueDef,
        match: re.Match[str],
        sentence: Sentence,
        context: _SentenceContext,
    ) -> str | None:
        text = context.text
        start, end = match.span()
        word = match.group()
        if context.question:
            return "question, not a statement"
        if cue.homonym and self._homonym(word, text, start, end, sentence.section):
            return f'"{word}" is a name or the month here'
        if cue.unless_before is not None and cue.unless_before.search(
            text[max(0, start - 80) : start]
        ):
            return "not a forward-looking sense here (words before)"
        if cue.unless_after is not None and cue.unless_after.match(text[end : end + 80]):
            return "not a forward-looking sense here (words after)"
        if cue.year and not self._future_year(word):
            return "the year is not after the release date"
        for reason, a, b in context.not_fls:
            if a <= start and end <= b:
                return f"fixed {reason.replace('_', ' ')} phrase"
        if cue.kind in ("modal", "phrase") and context.event:
            if context.past_date:
                return "past event (dated before the release)"
            if self.lexicon.after_modal.match(text[end : end + 60]):
                return "event logistics, not a forecast"
        if any(a <= start and end <= b for a, b in context.titles):
            return "inside a quoted title or term"
        if cue.id == "modal_weak" and word.lower() == "would" and context.past_date:
            return "past narrative"
        return None

    def _homonym(
        self, word: str, text: str, start: int, end: int, section: SectionKind | None
    ) -> bool:
        """ "May 30" and "in May" are the month, "Will Smith" a name; a capital inside a
        headline is title case, not a name (except the month before a number)."""
        if not word[:1].isupper():
            return False
        before_number = bool(re.match(r"(?:(?<!\s)\s+|(?!\s))(?:\d|,\s*\d)", text[end : end + 4]))
        if word.isupper():
            return before_number
        if before_number:
            return True
        if section in ("headline", "subheadline"):
            return False
        head = text[:start].rstrip(' “"‘(')
        return bool(head) and not head.endswith((".", ":", "—", "–"))

    def _future_year(self, phrase: str) -> bool:
        found = _YEAR.search(phrase)
        if found is None or self.date is None:
            return False
        year = int(found.group())
        if year > self.date.year:
            return True
        return year == self.date.year and bool(_FORWARD_YEAR_WORDS.search(phrase))

    def _mentions_past_date(self, text: str) -> bool:
        if self.date is None:
            return False
        for match in _DATE.finditer(text):
            year = int(match.group("year")) if match.group("year") else self.date.year
            month = MONTHS[match.group("month").lower()]
            try:
                when = dt.date(year, month, int(match.group("day")))
            except ValueError:
                continue
            if when < self.date:
                return True
        return any(int(y.group()) < self.date.year for y in _YEAR.finditer(text)) and bool(
            _PAST_MARKERS.search(text) or re.search(r"\b(?:in|during)\s+(?:19|20)\d\d", text)
        )

    def _quoted_terms(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Spans (sentence-relative) of quoted titles and short quoted terms that are not
        quotations of a speaker."""
        spans: list[tuple[int, int]] = []
        for match in _QUOTED.finditer(sentence.text):
            inner = match.group(1) or match.group(2) or ""
            absolute = sentence.start + match.start() + 1
            if self.release.quote_at(absolute) is not None:
                continue
            words = inner.split()
            significant = [w for w in words if len(w) > 3 and w[:1].isalpha()]
            title = (
                bool(significant) and len(words) <= 12 and all(w[:1].isupper() for w in significant)
            )
            if len(words) < MIN_QUOTE_WORDS or title:
                spans.append(match.span())
        return spans


class _SentenceContext:
    """What the cue reading knows of a sentence that has cues, each read on first use and
    kept for the sentence's other cues: a cue that a question, a homonym or a fixed phrase
    already rules out never makes the reader look for an event or a past date (about half
    the cue reading's time went on contexts no cue asked for)."""

    def __init__(self, reader: _Reader, sentence: Sentence, folded: str) -> None:
        self.text = sentence.text
        self._reader, self._sentence, self._folded = reader, sentence, folded

    @cached_property
    def question(self) -> bool:
        return self.text.rstrip(" ”\"’')").endswith("?")

    @cached_property
    def not_fls(self) -> list[tuple[str, int, int]]:
        return self._reader._not_fls(self.text, self._folded)

    @cached_property
    def titles(self) -> list[tuple[int, int]]:
        return self._reader._quoted_terms(self._sentence)

    @cached_property
    def event(self) -> bool:
        return self._reader._names_event(self.text, self._folded)

    @cached_property
    def past_date(self) -> bool:
        return self._reader._mentions_past_date(self.text)
