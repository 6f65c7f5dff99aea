"""One typed fact per figure of an offering or a deal: what the figure IS, read from its phrase.

The template readers of ``claims`` relate figures that stand in a known order inside one
sentence. A release tells a sale in its own order: "Gross proceeds of $6,300,000 are
expected from a private placement ..." first, the terms a paragraph later ("The investors
are purchasing ... (3,500,000) shares ... for a combined price of $1.80. That price
represents a 9.1% premium to $1.65, the closing price ..."). Here each money, share and
percent figure gets a ``Figure``: its **concept** (gross, net, fee, price, reference,
exercise, conversion, stated value, sold, issued, held, outstanding, premium, discount ...)
from the head noun of the phrase it is the value of ("X of $N", "X ... are expected to be
$N", "$N in X", "$N, the X", "verb $N"), its **subject** (the issuer's sale, the
underwriters' option, the warrants, one buyer's part) and whether it is **conditional**
("would", "if", "should"). A referring expression without a figure ("That price", "that same
closing price", "the public offering price") is a ``Mention`` resolved to the latest earlier
figure of its concept. The vocabulary is ``figure_words.CONCEPTS``; the patterns are built
from it on first use. ``figure_queries`` relates the facts into the family's claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from disclint.api import Kind, lazy_compile, may_match
from disclint.rules.arithmetic.figure_words import CONCEPTS, LINK_WORDS, PART_SUBJECTS

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["Figure", "Mention", "Reading", "reading_of"]

#: How far before a figure its phrase is read (characters), and after it.
LEFT_WIDTH = 160
RIGHT_WIDTH = 90
#: A sentence with more figures than this is a flattened table or list: not read.
MAX_FIGURES = 40


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure with its role: ``concept`` (None when its phrase names none of the table's),
    ``subject`` ("sale", "option", "warrant", "part") and ``conditional``."""

    quantity: Quantity
    view: int  # index of the sentence (``View.index``)
    concept: str | None
    subject: str
    conditional: bool


@dataclass(frozen=True, slots=True)
class Mention:
    """A referring expression ("That price") naming a concept, and the figure it names."""

    concept: str
    start: int
    end: int
    view: int
    antecedent: Figure | None


def _alternation(words: tuple[str, ...]) -> str:
    # longest first, then by text: the same pattern text in every process (a set's order
    # changes with string hashing, and each new text missed the compiled-pattern cache)
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join([r"\s+".join(map(re.escape, w.split())) for w in ordered])


_LINK = rf"(?:[\s,(:]|\b(?:{_alternation(LINK_WORDS)})\b|\b\w+ly\b)*"
#: A phrase that modifies a head noun before its link ("net proceeds from the base
#: offering are expected to total ..."): a preposition and up to four words.
_MOD = r"(?:\s+(?:to|from|of|for|in|under|on|by)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?"
_VERB_LINK = (
    r"(?:\s+(?:a\s+total\s+of|an\s+aggregate\s+of|approximately|about|roughly|some|up\s+to"
    r"|the|all|additional|an\s+additional))*\s*$"
)
_PER = r"(?:\s*per\s+(?:[\w-]+\s+)?(?:share|unit)s?\b)?"


def _patterns() -> dict[str, tuple[re.Pattern[str] | None, ...]]:
    built: dict[str, tuple[re.Pattern[str] | None, ...]] = {}
    for c in CONCEPTS:
        nouns = _alternation(c.nouns) if c.nouns else None
        before = lazy_compile(rf"\b(?P<head>{nouns})\b{_MOD}{_LINK}$", re.I) if nouns else None
        verb = (
            lazy_compile(rf"\b(?P<head>{_alternation(c.verbs)}){_VERB_LINK}", re.I)
            if c.verbs
            else None
        )
        after_words = (
            lazy_compile(rf"^{_PER}\s*(?P<head>{_alternation(c.after)})\b", re.I)
            if c.after
            else None
        )
        after_noun = (
            lazy_compile(
                rf"^{_PER}(?:\s*,\s*(?:the|its|their|an?)\s+|\s*\(\s*(?:the\s+|its\s+)?"
                rf"|\s+(?:in|of)\s+(?:the\s+|total\s+|its\s+)?)(?:[\w'’-]+\s+){{0,3}}?"
                rf"(?P<head>{nouns})\b",
                re.I,
            )
            if nouns
            else None
        )
        built[c.name] = (before, verb, after_words, after_noun)
    return built


_BUILT: dict[str, tuple[re.Pattern[str] | None, ...]] = {}
_KIND_NAME = {Kind.MONEY: "money", Kind.SHARES: "shares", Kind.PERCENT: "percent"}
#: A comma aside without a figure ("Gross proceeds, before underwriting discounts ...,
#: are"): the head noun and its link stand around it.
_ASIDE = lazy_compile(r",[^,;$\d%()]{1,150},")
_ANY_ASIDE = lazy_compile(r",[^,;]{1,150},")
_CONDITIONAL = lazy_compile(
    r"\b(?:would|could|if|were\s+(?:all|they|the)|assuming|upon\s+(?:the\s+)?exercise)\b"
    r"|^\W*should\b",
    re.I,
)
_OTHERS_PROCEEDS = lazy_compile(
    r"\bproceeds\s+(?:to|of|from)\s+(?:the\s+)?(?:selling|stockholders?|shareholders?|holders?"
    r"|underwriters?|agents?)\b[^$]{0,40}$",
    re.I,
)
#: "$4.00 per share for 1,000,000 of them": the price of a part of the sale.
_FOR_SOME = lazy_compile(r"^(?:\s*per\s+[\w-]+)?(?:\s*,)?\s*for\s+(?:the\s+first\s+)?\d", re.I)
_OR_TOTAL = lazy_compile(
    r"^\s*per\s+(?:[\w-]+\s+)?(?:share|unit)\s*,\s*or\s+(?:approximately\s+|about\s+)?$", re.I
)
_AT = lazy_compile(r"\bat\s+(?:approximately\s+|about\s+)?$", re.I)
#: The whole a percentage is taken of, up to the apposition that gives its value: "7.0% of
#: gross proceeds, about $2.38 million", "7.5% of the gross proceeds (or $750,000)". The
#: noun is the percentage's base, not the name of the figure after it (the fee's amount).
_PERCENT_BASE = lazy_compile(r"^\s*of\s+[^,;()$\d%]{1,60}?(?:,|\(|\s(?=or\b))", re.I)
_INCLUDING_OPTION = lazy_compile(
    r"^[^;]{0,40}?\binclud\w*\b[^.;]{0,60}?\b(?:option|over-?allotment|greenshoe)\b", re.I
)
_OPTION = lazy_compile(r"\b(?:option|over-?allotment|greenshoe)\b", re.I)
_BASE = lazy_compile(r"\bbase\s+offering\b|\bno\s+exercise\b|\bwithout\s+(?:the\s+)?exercise", re.I)
_WARRANT = lazy_compile(r"(?<!\bno\s)\bwarrants?\b", re.I)
_EXERCISE = lazy_compile(r"\bexercis", re.I)
_THEM = lazy_compile(r"\b(?:them|they|those|these|all\s+of\s+them)\b", re.I)
_PART = lazy_compile(rf"\b(?:{_alternation(PART_SUBJECTS)})\b\.?", re.I)
_SAME_TERMS = lazy_compile(r"\bon\s+the\s+same\s+terms\b", re.I)
#: "All 18,500 of those shares": a count the quantity reader leaves (its noun after "of").
_COUNT_OF_THOSE = lazy_compile(
    r"(?<![\d,.$])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:those|these|the|such|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?shares\b",
    re.I,
)


#: "41.6 million fully diluted shares": a count whose noun stands after a basis word.
_COUNT_DILUTED = lazy_compile(
    r"(?<![\d,.$])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+million)\s+(?:fully\s+)?diluted\s+"
    r"(?:common\s+)?shares\b",
    re.I,
)


def _mention_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The referring expression, and its head nouns alone: the words a sentence must hold
    for the expression to be looked for (``may_match``; the determiners are in every one)."""
    nouns = sorted(
        {n for c in CONCEPTS if "money" in c.kinds for n in c.nouns}, key=lambda n: (len(n), n)
    )
    heads = _alternation(tuple(nouns))
    return (
        lazy_compile(
            r"\b(?:that|this|the|such|those|these|its|their)\s+(?:same\s+)?(?:[\w-]+\s+){0,1}?"
            rf"(?P<head>{heads})\b(?!\s+(?:of|was|is|were|are)\s+\$)",
            re.I,
        ),
        lazy_compile(rf"\b(?:{heads})\b", re.I),
    )


_MENTION: list[re.Pattern[str]] = []  # the expression, its nouns (``_mention_pattern``)
_NOUN_CONCEPT: dict[str, str] = {}


def _concept_of_noun(head: str) -> str | None:
    if not _NOUN_CONCEPT:
        for c in CONCEPTS:
            for n in c.nouns:
                _NOUN_CONCEPT.setdefault(n, c.name)
    return _NOUN_CONCEPT.get(" ".join(head.lower().split()))


class _SentencePatterns(dict[str, "tuple[re.Pattern[str] | None, ...]"]):
    """``_BUILT`` for one sentence, a concept's entry made when first asked: a pattern whose
    words the sentence lacks (``may_match`` on its fold) is None. The phrases ``_role``
    reads are slices of the sentence (an aside cut out leaves a space, and no pattern's
    words hold one), so a pattern that cannot match the sentence cannot match them: tested
    once a sentence, not once a figure, and only for the concepts of its kinds of figure."""

    def __init__(self, view: View) -> None:
        super().__init__()
        self.folded = view.folded

    def __missing__(self, name: str) -> tuple[re.Pattern[str] | None, ...]:
        folded = self.folded
        kept = self[name] = tuple(
            p if p is not None and may_match(p, folded) else None for p in _BUILT[name]
        )
        return kept


def _sentence_patterns(view: View) -> _SentencePatterns:
    if not _BUILT:
        _BUILT.update(_patterns())
    return _SentencePatterns(view)


def _role(
    view: View,
    q: Quantity,
    previous_end: int,
    next_start: int,
    after_percent: bool = False,
    built: _SentencePatterns | None = None,
) -> str | None:
    """The concept of ``q``: the nearest head of the table's vocabulary linked to it.
    ``after_percent``: the figure before ``q`` is a percentage, whose base ("of gross
    proceeds, about") does not name ``q``; ``built``: ``_sentence_patterns(view)``, if the
    caller has it."""
    if built is None:
        built = _sentence_patterns(view)
    kind = _KIND_NAME.get(q.kind)
    if kind is None:
        return None
    lo = max(previous_end, q.start - view.start - LEFT_WIDTH, 0)
    raw_left = view.text[lo : q.start - view.start]
    if after_percent and lo == previous_end:
        base = _PERCENT_BASE.match(raw_left)
        if base is not None:
            raw_left = raw_left[base.end() :]
    left = _ASIDE.sub(" ", raw_left)
    hi = min(next_start, q.end - view.start + RIGHT_WIDTH)
    right = view.text[q.end - view.start : hi]
    best: tuple[int, int, str] | None = None  # (distance, -head length, concept)
    for c in CONCEPTS:
        if kind not in c.kinds:
            continue
        before, verb, after_words, after_noun = built[c.name]
        for pattern, side in ((before, "l"), (verb, "l"), (after_words, "r"), (after_noun, "r")):
            if pattern is None:
                continue
            m = pattern.search(left if side == "l" else right)
            if m is None:
                continue
            head = m.group("head")
            distance = len(left) - m.end("head") if side == "l" else m.start("head")
            key = (distance, -len(head), c.name)
            if best is None or key < best:
                best = key
    if best is None and kind == "money" and q.scale == 1 and _AT.search(left):
        return "price"  # "at $4.60", "at $2.50 per share": the price of what is sold
    if best is not None and best[2] in ("gross", "net") and _OTHERS_PROCEEDS.search(left):
        return None  # "gross proceeds to the selling stockholders": not the issuer's sale
    return best[2] if best else None


def _subject(
    view: View,
    q: Quantity,
    previous: View | None,
    concept: str | None,
    memo: dict[str, bool] | None = None,
) -> str:
    """The subject of ``q``'s figure; ``memo`` keeps the answers about the whole sentence
    (and the one before) for its other figures. Each test runs only when the answer can
    still change the subject."""
    text = view.text
    if memo is None:
        memo = {}

    def whole(name: str, pattern: re.Pattern[str], where: View) -> bool:
        known = memo.get(name)
        if known is None:
            known = memo[name] = (
                may_match(pattern, where.folded) and pattern.search(where.text) is not None
            )
        return known

    def may(name: str, pattern: re.Pattern[str]) -> bool:
        # the phrases below are slices of the sentence: a pattern whose words the
        # sentence lacks cannot match them (asked once a sentence)
        key = "may " + name
        known = memo.get(key)
        if known is None:
            known = memo[key] = may_match(pattern, view.folded)
        return known

    # the option's figures: named in the figure's clause before it, asides included ("Gross
    # proceeds, including the exercise of the option, were"), or in an "including" after it;
    # the base offering named outside the asides keeps the figure the sale's
    left = text[: q.start - view.start]
    right = text[q.end - view.start : q.end - view.start + RIGHT_WIDTH]
    if q.instrument == "option" or (
        may("option", _OPTION)
        and (
            _OPTION.search(left)
            or (may("including", _INCLUDING_OPTION) and _INCLUDING_OPTION.search(right))
        )
        and not _BASE.search(_ANY_ASIDE.sub(" ", left))
    ):
        return "option"
    if q.instrument == "warrant" or (
        concept in ("exercise", "extra")
        and (
            whole("warrant", _WARRANT, view)
            or (
                previous is not None
                and previous.block == view.block
                and whole("warrant before", _WARRANT, previous)
                and whole("them", _THEM, view)
            )
        )
        and (concept == "exercise" or whole("exercise", _EXERCISE, view))
    ):
        return "warrant"
    clause = left[left.rfind(";") + 1 :]
    if (may("part", _PART) and _PART.search(clause)) or whole("same terms", _SAME_TERMS, view):
        return "part"
    return "sale"


@dataclass
class Reading:
    """Every figure's fact and every referring expression of one release."""

    figures: list[Figure]
    mentions: list[Mention]
    by_view: dict[int, list[Figure]]
    #: scopes and flags the queries compute once per release (``figure_queries._scopes``)
    cache: dict[tuple[object, ...], Any] = field(default_factory=dict)

    def of(self, concept: str) -> list[Figure]:
        return [f for f in self.figures if f.concept == concept]

    @cached_property
    def _concepts(self) -> dict[int, str | None]:
        return {id(f.quantity): f.concept for f in self.figures}

    @cached_property
    def _mentions_by_view(self) -> dict[int, list[Mention]]:
        found: dict[int, list[Mention]] = {}
        for m in self.mentions:
            found.setdefault(m.view, []).append(m)
        return found

    def concept_of(self, q: Quantity) -> str | None:
        return self._concepts.get(id(q))

    def mentions_in(self, view: View) -> list[Mention]:
        return self._mentions_by_view.get(view.index, [])


def _extra_counts(view: View) -> list[Quantity]:
    """Counts the quantity reader leaves: "All 18,500 of those shares"."""
    from disclint.rules.arithmetic.claims import count_at

    if "shares" not in view.text:
        return []
    found = []
    starts = {q.start for q in view.quantities}
    for pattern in (_COUNT_OF_THOSE, _COUNT_DILUTED):
        for m in pattern.finditer(view.text):
            if view.start + m.start("num") in starts:
                continue
            found.append(count_at(view, m.start("num"), m.end("num")))
    return found


def reading_of(rel: Relations) -> Reading:
    """The release's figures and mentions, read once per ``Relations``."""
    cached = getattr(rel, "_figure_reading", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if not _MENTION:
        _MENTION.extend(_mention_pattern())
    figures: list[Figure] = []
    mentions: list[Mention] = []
    by_view: dict[int, list[Figure]] = {}
    previous: View | None = None
    for view in rel.section_views():
        items: list[tuple[int, Figure | None, Mention | None]] = []
        quantities = [q for q in view.quantities if q.kind in _KIND_NAME and not q.malformed]
        if len(quantities) <= MAX_FIGURES:
            extra = _extra_counts(view)
            if extra:
                quantities = sorted([*quantities, *extra], key=lambda q: q.start)
            conditional = bool(quantities) and _CONDITIONAL.search(view.text) is not None
            built = _sentence_patterns(view)
            memo: dict[str, bool] = {}  # the subject's answers about the whole sentence
            ends = [0, *(q.end - view.start for q in quantities)]
            starts = [*(q.start - view.start for q in quantities), len(view.text)]
            for i, q in enumerate(quantities):
                after_percent = i > 0 and quantities[i - 1].kind is Kind.PERCENT
                concept = _role(view, q, ends[i], starts[i + 1], after_percent, built)
                last = items[-1][1] if items else None
                if (
                    concept is None
                    and last is not None
                    and _OR_TOTAL.match(view.text[ends[i] : q.start - view.start])
                ):
                    # "valued at $24.00 per share, or $114.0 million": the same concept, in total
                    concept = last.concept
                subject = _subject(view, q, previous, concept, memo)
                if concept == "price" and _FOR_SOME.search(view.after(q, 40)):
                    subject = "part"
                figure = Figure(
                    q,
                    view.index,
                    concept,
                    subject,
                    conditional,  # of the sentence: read once
                )
                items.append((q.start, figure, None))
            # a mention names one of the nouns: a sentence without any is not scanned
            mentions_here = may_match(_MENTION[1], view.folded)
            for m in _MENTION[0].finditer(view.text) if mentions_here else ():
                concept = _concept_of_noun(m.group("head"))
                if concept is not None:
                    mention = Mention(
                        concept, view.start + m.start(), view.start + m.end(), view.index, None
                    )
                    items.append((mention.start, None, mention))
        for _, read, named in sorted(items, key=lambda t: t[0]):
            if read is not None:
                figures.append(read)
                by_view.setdefault(view.index, []).append(read)
            elif named is not None:
                # the latest figure of the concept the expression names ("That price")
                antecedent = next(
                    (f for f in reversed(figures) if f.concept == named.concept), None
                )
                mentions.append(
                    Mention(named.concept, named.start, named.end, named.view, antecedent)
                )
        previous = view
    reading = Reading(figures, mentions, by_view)
    rel._figure_reading = reading  # type: ignore[attr-defined]
    return reading
