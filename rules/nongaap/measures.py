"""The non-GAAP family's own analysis: which non-GAAP measures a release presents, where,
with what figure, and what it says alongside them.

Regulation G and Item 10(e) turn on a handful of questions a reviewer asks of every
earnings release: which measures are non-GAAP (labelled or not), what is the most directly
comparable GAAP measure of each and is it there, is there a reconciliation, is each measure
identified as non-GAAP, and does a non-GAAP figure come before its GAAP pair in the
headline or the highlights. ``read_measures`` answers them once per release from the
parsed ``Release`` (sentences and table cells); the measure lexicon and its GAAP pairs are
data (``rules/data/ng_measures.toml``), the context words too (``ng_context.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from disclint.api import (
    RuleContext,
    any_may_match,
    compiled,
    fold,
    lazy_compile,
    literal_index,
    load_rule_data,
    may_match,
    pending_combination,
    sentence_spans,
    union_literals,
)
from disclint.rules.nongaap.scope import context_pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from disclint.api import Element, Paragraph, Release

#: Where a mention sits, from most to least prominent. ``top`` is the headline area: the
#: headline, subheadlines and the lines printed above the dateline paragraph.
TOP_PLACES = ("headline", "subheadline", "top", "highlight")


@dataclass(frozen=True)
class MeasureKind:
    """One family of non-GAAP measures and its most directly comparable GAAP measure."""

    key: str
    label: str
    pattern: re.Pattern[str]
    gaap: re.Pattern[str]
    gaap_label: str
    liquidity: bool = False


@dataclass(frozen=True)
class Mention:
    """A non-GAAP (or GAAP) measure named in the release.

    ``place`` is where: headline, subheadline, top (above the dateline paragraph),
    highlight (a bullet under a "Highlights" heading), body, table, or another section
    (about, forward_looking, footer). ``unit`` is the sentence or table row the mention
    sits in (offsets into ``Release.text``); ``figure`` says a number is written with it;
    ``forward`` says the unit reads as guidance.
    """

    kind: MeasureKind
    start: int
    end: int
    text: str
    place: str
    unit_start: int
    unit_end: int
    figure: bool
    forward: bool
    element: int  # index of the block in ``Release.paragraphs()`` order


@dataclass
class MeasureReading:
    """What the release says about its non-GAAP measures. A release that names none gets
    only ``earnings_release`` (the rest is left at its defaults: every rule reports from
    the mentions, so reading the captions and reconciliations would be wasted)."""

    mentions: list[Mention] = field(default_factory=list)
    gaap: list[Mention] = field(default_factory=list)
    reconciled: str | None = None  # what shows a reconciliation (a table, a heading, a pointer)
    dangling: str | None = None  # a pointer to a reconciliation "below" that nothing follows
    reconciled_in_words: set[str] = field(default_factory=set)  # measure keys reconciled in text
    unreasonable_efforts: bool = False
    labelled: str | None = None  # the words identifying a measure as non-GAAP
    earnings_release: bool = False

    def presented(self) -> list[Mention]:
        """Mentions written with a figure outside the legend, About and footer: the
        measures the release presents."""
        return [
            m
            for m in self.mentions
            if m.figure and m.place not in ("forward_looking", "about", "footer", "contacts")
        ]

    def gaap_for(self, kind: MeasureKind) -> list[Mention]:
        return [g for g in self.gaap if g.kind.key == kind.key]


@cache
def measure_kinds() -> tuple[MeasureKind, ...]:
    data = load_rule_data("ng_measures")
    # IFRS names net income otherwise ("profit for the period"): one definition in the data,
    # written into each GAAP pattern that says ``{ifrs_profit}``
    ifrs = data["ifrs_profit"]
    return tuple(
        MeasureKind(
            key=item["key"],
            label=item["label"],
            pattern=compiled(item["pattern"]),
            gaap=compiled(item["gaap"].replace("{ifrs_profit}", ifrs)),
            gaap_label=item["gaap_label"],
            liquidity=bool(item.get("liquidity", False)),
        )
        for item in data["measure"]
    )


@cache
def _kind_patterns() -> tuple[re.Pattern[str], ...]:
    """Every kind's name pattern, then every kind's GAAP pattern (one literal index)."""
    kinds = measure_kinds()
    return tuple(k.pattern for k in kinds) + tuple(k.gaap for k in kinds)


def read_measures(ctx: RuleContext) -> MeasureReading:
    """The measure reading of the release in ``ctx``, computed once per release."""
    return ctx.facts.memo("nongaap.measures", lambda: _read(ctx.release))


@dataclass(frozen=True)
class _Unit:
    """A stretch of the release (a paragraph, a table row) and the place it is in."""

    start: int
    end: int
    place: str
    block: int


def _read(release: Release, complete: bool = False) -> MeasureReading:
    """The reading of ``release``; without a mention, only ``earnings_release`` (what the
    rules read then) unless ``complete`` (the tests compare the two)."""
    text = release.text
    whole = fold(text)
    kinds = measure_kinds()
    # which kinds' names and captions the whole text may hold: each literal looked for once
    present = literal_index(_kind_patterns()).may_match(whole)
    rows = _restated_rows(release)
    qualified = may_match(_QUALIFIED, whole)
    nameable = bool(rows) or any(present[: len(kinds)]) or qualified
    if not nameable and not complete:
        # No mention is possible: every unit is a piece of the text, so a kind whose
        # literals the whole text lacks matches in no unit (the loop below skips it by the
        # same index), the defined names need the "defined" kind's literals, and a caption
        # restated outside tables needs a caption qualified as GAAP first. With no mention
        # no rule reads the rest (each reports from ``presented()``) but the combination
        # exemption, which reads ``earnings_release``: the reading stops here.
        return MeasureReading(earnings_release=_is_earnings_release(release))
    reading = MeasureReading()
    prefixes = compiled(load_rule_data("ng_measures")["prefixes"] + r"\s+$")
    figure = context_pattern("figure")
    forward = _Forward(context_pattern("forward"), text)
    units = _units(release)
    # a caption is restated outside tables only after one qualified as GAAP
    items = _restated_items(text, units) if qualified or complete else []
    restated = [(u.start, u.end, u) for u in rows] + items
    by_key = {k.key: k for k in measure_kinds()}
    for a, b, unit in restated:
        reading.mentions.append(
            _mention(by_key["restated"], a, b, text, unit, figure, forward, False)
        )
    defined = _DefinedNames(text)
    if "defined" in by_key:
        uses = _defined_uses(text, units, by_key["defined"], prefixes, defined)
        restated += uses
        for a, b, unit in uses:
            reading.mentions.append(
                _mention(by_key["defined"], a, b, text, unit, figure, forward, False)
            )
    # A kind's patterns run only on the units that hold one of their required literals
    # (most sentences name no measure): the same mentions, without 22 scans a sentence.
    named = [k for k, may in zip(kinds, present, strict=False) if may]
    captions = [k for k, may in zip(kinds, present[len(kinds) :], strict=True) if may]
    spans = [(a, b) for a, b, _ in restated]
    # the names first, then (only if the release names a measure) the GAAP captions: each
    # unit's captions skip what the unit's names and the restated captions cover
    taken: dict[int, list[tuple[int, int]]] = {}
    for number, unit, piece, possible in _candidates(text, units, named, "pattern", whole):
        for kind, may in zip(named, possible, strict=True):
            if not may:
                continue
            for match in kind.pattern.finditer(piece):
                a, b = (unit.start + i for i in _measure_span(match))
                held = taken.setdefault(number, list(spans))
                if any(a < e and s < b for s, e in held):
                    continue
                held.append((a, b))
                reading.mentions.append(
                    _mention(kind, a, b, text, unit, figure, forward, is_gaap=False)
                )
    if not reading.mentions and not complete:
        # no rule reads the rest without a mention (see the exit above)
        return MeasureReading(earnings_release=_is_earnings_release(release))
    for number, unit, piece, possible in _candidates(text, units, captions, "gaap", whole):
        held = taken.get(number, spans)
        for kind, may in zip(captions, possible, strict=True):
            if not may:
                continue
            for match in kind.gaap.finditer(piece):
                a, b = (unit.start + i for i in _measure_span(match))
                if any(a < e and s < b for s, e in held):
                    continue  # the GAAP caption inside a non-GAAP name ("adjusted net income")
                if prefixes.search(text[max(unit.start, a - 40) : a]):
                    continue
                reading.gaap.append(_mention(kind, a, b, text, unit, figure, forward, True))
    reading.gaap += _declared_pairs(reading, text)
    reading.reconciled, reading.dangling = _reconciliation(release, defined)
    reading.reconciled_in_words = _text_reconciliation(reading, release)
    reading.unreasonable_efforts = bool(context_pattern("unreasonable_efforts").search(text))
    label = context_pattern("label").search(text)
    reading.labelled = label.group() if label else None
    reading.earnings_release = _is_earnings_release(release)
    return reading


def _candidates(
    text: str, units: list[_Unit], kinds: list[MeasureKind], which: str, whole: str
) -> Iterator[tuple[int, _Unit, str, list[bool]]]:
    """The units (their number, the unit, its text) where one of ``kinds``' patterns
    (``which``: their names or their GAAP captions) may match, with which may: one
    literal test a unit for all kinds (most sentences name no measure nor caption), then
    each literal looked for once (not a test a kind). ``whole``: ``fold(text)``; where each
    character of the text folds to one (equal lengths, no dropped dot), a unit's fold is
    the unit's slice of it, taken without folding the unit again."""
    patterns = tuple(getattr(k, which) for k in kinds)
    if not patterns:
        return
    gate = union_literals(patterns)
    index = literal_index(patterns)
    in_place = len(whole) == len(text) and "\u0307" not in text
    for number, unit in enumerate(units):
        piece = text[unit.start : unit.end]
        folded = whole[unit.start : unit.end] if in_place else fold(piece)
        if any_may_match(gate, folded):
            yield number, unit, piece, index.may_match(folded)


def _declared_pairs(reading: MeasureReading, text: str) -> list[Mention]:
    """GAAP mentions that the release itself pairs with a measure of another kind: a
    reconciliation titled "of net income to adjusted operating income" makes net income
    that measure's comparable GAAP measure wherever net income is stated (the lexicon's
    pair, operating income, being no GAAP caption of an insurer)."""
    from dataclasses import replace

    pattern = context_pattern("declared_pair")
    if not may_match(pattern, fold(text)):
        return []
    found: list[Mention] = []
    have = {(g.kind.key, g.start) for g in reading.gaap}
    for match in pattern.finditer(text):
        caption = fold(match.group("gaap"))
        named = match.group("measure")
        kinds = [k for k in measure_kinds() if k.pattern.fullmatch(named)]
        for kind in kinds:
            for g in reading.gaap:
                if fold(g.text) in caption and (kind.key, g.start) not in have:
                    have.add((kind.key, g.start))
                    found.append(replace(g, kind=kind))
    return found


def _measure_span(match: re.Match[str]) -> tuple[int, int]:
    """The words that name the measure: the group ``measure`` when the pattern has one and
    it took part in the match (the rest of the match is context), else the whole match."""
    if "measure" in match.re.groupindex and match.group("measure") is not None:
        return match.span("measure")
    return match.span()


def _mention(
    kind: MeasureKind,
    start: int,
    end: int,
    text: str,
    unit: _Unit,
    figure: re.Pattern[str],
    forward: _Forward,
    is_gaap: bool,
) -> Mention:
    after = text[end : min(unit.end, end + 90)]
    before = text[max(unit.start, start - 40) : start]
    ratio_after, ratio_before = context_pattern("ratio_after"), context_pattern("ratio_before")
    ratio = ratio_after.search(after) or ratio_before.search(before)
    valued = bool(figure.search(after)) or bool(context_pattern("figure_before").search(before))
    return Mention(
        kind=kind,
        start=start,
        end=end,
        text=text[start:end],
        place=unit.place,
        unit_start=unit.start,
        unit_end=unit.end,
        figure=not ratio and (valued or unit.place == "table"),
        forward=unit.place != "table" and forward.reads(unit),
        element=unit.block,
    )


class _Forward:
    """Whether a unit of one release reads as guidance, asked once a unit, not once for
    each measure it names (a sentence of results names several)."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern, self._text = pattern, text
        self._known: dict[tuple[int, int], bool] = {}

    def reads(self, unit: _Unit) -> bool:
        key = (unit.start, unit.end)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = bool(self._pattern.search(self._text[key[0] : key[1]]))
        return known


def _units(release: Release) -> list[_Unit]:
    """The sentences of each block and the rows of each table, with their place."""
    units: list[_Unit] = []
    lead = lead_offset(release)
    highlights = context_pattern("highlights")
    in_highlights = False
    for index, block in enumerate(release.paragraphs()):
        place = _place(release, block, lead)
        if place == "body":
            heading = block.heading or ""
            if _is_heading(block) and highlights.search(block.text):
                in_highlights = True
            elif _is_heading(block) and block.kind.value != "list_item":
                in_highlights = False
            if in_highlights or highlights.search(heading):
                place = "highlight"
        if block.rows is not None:
            for row in block.rows:
                cells = [c for c in row if c.text.strip()]
                if cells:
                    units.append(
                        _Unit(cells[0].span.text_start, cells[-1].span.text_end, "table", index)
                    )
            continue
        base = block.span.text_start
        run_on = place == "body" and lead is not None and base < lead < block.span.text_end
        for a, b in sentence_spans(block.text):
            if run_on and lead is not None and base + a < lead:
                # A run-on exhibit (headline, subheadlines and lead in one block): what
                # comes before the lead's dateline is the headline area.
                units.append(_Unit(base + a, min(base + b, lead), "top", index))
                if base + b > lead:
                    units.append(_Unit(lead, base + b, place, index))
                continue
            units.append(_Unit(base + a, base + b, place, index))
    return units


def _is_heading(block: Paragraph) -> bool:
    return block.kind.value == "heading" or (
        len(block.text) < 90 and not block.text.rstrip().endswith((".", ";", ","))
    )


def _place(release: Release, block: Paragraph, lead: int | None) -> str:
    section = release.section_at(block.span.text_start)
    if section in ("headline", "subheadline"):
        return section
    if section in ("body", "quote", "dateline", None):
        if lead is not None and block.span.text_end <= lead and block.rows is None:
            return "top"
        return "body"
    return section or "body"


def _reconciliation(
    release: Release, defined: _DefinedNames | None = None
) -> tuple[str | None, str | None]:
    """What shows that the release reconciles its measures: a table or heading that says
    "reconciliation", a pointer to one, or a table listing a non-GAAP measure and its
    GAAP pair as rows. A pointer to a table "below" counts only when a table (or a table's
    worth of figures) follows it; otherwise it is returned second, as what the release
    promises and does not hold."""
    pattern = context_pattern("reconciliation")
    defined = defined or _DefinedNames(release.text)
    blocks = list(release.paragraphs())
    dangling: str | None = None
    followed: list[bool] | None = None  # built on the first pointer: one pass, not one per pointer
    for index, block in enumerate(blocks):
        if block.rows is not None:
            cells = [c.text for row in block.rows for c in row]
            joined = " ".join(cells)
            if pattern.search(joined) or pattern.search(block.heading or ""):
                return "a table titled as a reconciliation", None
            if context_pattern("reconciliation_table").search(joined):
                return "a table from the reported figures through adjustments", None
            if _pair_table(block) or _defined_table(defined, block):
                return "a table with a non-GAAP measure and its GAAP pair as rows", None
        elif pattern.search(block.text) and _shows_reconciliation(block):
            if _points_below(block.text):
                if followed is None:
                    followed = _followed_by_figures(blocks)
                if not followed[index]:  # "the table below" with nothing below: a copy lost it
                    dangling = dangling or block.text.strip()[:70]
                    continue
            return f'"{block.text.strip()[:70]}"', None
        elif _bridge_lines(block):
            return "fixed-width lines from a GAAP caption through adjustments to the measure", None
        elif _defined_table(defined, block):
            return "a fixed-width table with a defined measure and its GAAP caption as rows", None
    return None, dangling


#: A sentence that says the reconciliation comes further down this document: "in the table
#: below", "the following table", "is as follows:", "later in this release".
_BELOW = lazy_compile(
    r"\b(?:below|following|as\s+follows|later\s+in\s+this|at\s+the\s+end\s+of\s+this)\b|:\s*$",
    re.IGNORECASE,
)
#: Places outside the document a pointer may name instead ("on our website", "in the Form 8-K").
_ELSEWHERE = lazy_compile(
    r"\b(?:website|web\s+site|www\.|https?://|investors?\s+relations|Form\s+(?:8-K|10-[KQ]|6-K)|"
    r"filed\s+with|furnished\s+(?:to|with)|supplement(?:al)?\s+(?:materials|package))",
    re.IGNORECASE,
)
#: Enough figures to be a reconciliation: a table flattened into text still has them, and so
#: do fixed-width lines wherever the parse put them. A contact line's phone number is no table.
_FIGURES_NEEDED = 8
_FIGURE = lazy_compile(r"\d[\d,]*(?:\.\d+)?")
_CONTACT_LINE = lazy_compile(r"@|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\+\d")


#: A general remark about reconciliations rather than one (or a pointer to one): "Investors
#: should pay close attention to ... the reconciliation", "Whenever such a measure is used,
#: the company provides a reconciliation", "... may differ from other companies'".
_REMARK = lazy_compile(
    r"\b(?:should|are\s+encouraged\s+to|are\s+urged\s+to)\s+(?:\w+\s+){0,2}?(?:pay|consider)\b|"
    r"\bwhenever\b|\beach\s+company\b|\bother\s+companies\b",
    re.IGNORECASE,
)


def _shows_reconciliation(block: Paragraph) -> bool:
    """Whether a paragraph that names a reconciliation shows one (a caption, a pointer, the
    figures): every paragraph does but one whose every sentence naming a reconciliation is a
    general remark about them."""
    if _is_heading(block):
        return True
    return not all(_REMARK.search(sentence) for sentence in _naming_reconciliation(block.text))


def _points_below(text: str) -> bool:
    """Whether a paragraph naming a reconciliation points further down the release for it
    (and not to a website or a filing)."""
    for sentence in _naming_reconciliation(text):
        if _BELOW.search(sentence):
            return not _ELSEWHERE.search(sentence)
    return False


def _naming_reconciliation(text: str) -> list[str]:
    """The sentences of a paragraph that name a reconciliation."""
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if "reconcil" in s.casefold()]


def _followed_by_figures(blocks: list[Paragraph]) -> list[bool]:
    """For each block, whether the release goes on to hold what a pointer there announces: a
    table after it, or a few amounts after it (a table flattened into text by a wire, or
    fixed-width lines). One pass from the end."""
    followed = [False] * len(blocks)
    figures, table = 0, False
    for index in range(len(blocks) - 1, -1, -1):
        followed[index] = table or figures >= _FIGURES_NEEDED
        block = blocks[index]
        if block.rows is not None:
            table = True
        elif not _CONTACT_LINE.search(block.text):
            figures += len(_FIGURE.findall(block.text))
    return followed


def _text_reconciliation(reading: MeasureReading, release: Release) -> set[str]:
    """The measures reconciled in words: a sentence naming the non-GAAP measure and the
    items excluded, their amounts and the measure's own (at least two amounts in its
    paragraph), with the GAAP pair stated in the same paragraph ("Excluding a $3.8 million
    charge, or $0.03 per share, non-GAAP net income was $38.6 million"; "One-time items
    increased earnings by $24 million. Excluding them, earnings were $180 million")."""
    words = context_pattern("text_reconciliation")
    money = context_pattern("money")
    per_share = context_pattern("per_share")
    text = release.text
    blocks = list(release.paragraphs())
    keys: set[str] = set()
    for mention in reading.mentions:
        if mention.place == "table" or mention.kind.key in keys:
            continue
        unit = text[mention.unit_start : mention.unit_end]
        if not words.search(unit) or len(money.findall(blocks[mention.element].text)) < 2:
            continue
        if not _items_with_amounts(text, mention, blocks[mention.element]):
            continue  # "excludes restructuring charges ..., were $1.87": no item's amount
        if any(g.element == mention.element and g.figure for g in reading.gaap_for(mention.kind)):
            keys.add(mention.kind.key)
            if mention.kind.key == "net_income" and per_share.search(unit):
                keys.add("eps")  # "... non-GAAP net income was $38.6 million, or $0.57 per share"
    return keys


#: "Excluding the impact of these items", "the net effect of the charge": what is excluded
#: are the items named after the wrapper.
_IMPACT_OF = lazy_compile(r"^\W{0,3}the\s+(?:net\s+)?(?:impact|effects?)\s+of\s+", re.IGNORECASE)


def _items_with_amounts(text: str, mention: Mention, block: Paragraph) -> bool:
    """Whether the items a sentence excludes come with their amounts: a money amount
    between the exclusion word and the measure's own statement ("excludes acquisition
    expenses of $0.08"; "Excluding a $3.8 million charge, ... net income was"), or another
    sentence of the paragraph that names the first item ("the impairment charge", "special
    items") with an amount; items named back by a pronoun ("Excluding them") take any other
    sentence's amount; "the impact of" before the items is looked through ("Excluding the
    impact of these items"). A definition ("excludes restructuring charges and
    amortization, were $1.87") reconciles nothing."""
    money, stop = context_pattern("money"), context_pattern("statement_verb")
    back = context_pattern("back_reference")
    lo, hi = mention.unit_start, mention.unit_end
    start_at, end_at = block.span.text_start, block.span.text_end
    others = [text[start_at:lo], text[hi:end_at]] if start_at <= lo <= hi <= end_at else []
    sentences = [s for part in others for s in re.split(r"(?<=[.!?])\s+", part)]
    for match in context_pattern("text_reconciliation").finditer(text, lo, hi):
        end = hi
        if match.end() <= mention.start < end:
            end = mention.start  # the measure named after its exclusions
        rest = re.match(r"\w*", text[match.end() : end])  # the rest of "exclud(ing)"
        start = match.end() + (len(rest.group()) if rest else 0)
        verb = stop.search(text, start, end)
        items = text[start : verb.start() if verb else end]
        items = _IMPACT_OF.sub(" ", items, count=1)  # "the impact of these items": the items
        if money.search(items):
            return True
        named = back.search(items)
        first = re.match(r"\W{0,3}([a-z][\w-]{2,})", items, re.IGNORECASE)
        noun = named.group(1) if named else (first.group(1) if first else None)
        if named is None and noun is None:
            continue
        for sentence in sentences:
            if money.search(sentence) and (noun is None or noun.lower() in sentence.lower()):
                return True
    return False


def _defined_names(
    text: str, kind: MeasureKind
) -> tuple[re.Pattern[str] | None, list[tuple[int, int]]]:
    """The names the release defines as a GAAP caption adjusted, as one pattern (``None``
    when there is none), and where the definitions are."""
    names: set[str] = set()
    definitions: list[tuple[int, int]] = []
    for match in kind.pattern.finditer(text):
        name = match.group("measure") or match.group("defined")
        if _caption(name) in ("net income", "income") or kind.gaap.fullmatch(name.strip()):
            continue  # "defines net income as ...": the GAAP caption itself
        names.add(" ".join(name.casefold().split()))
        definitions.append(match.span())
    if not names:
        return None, definitions
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(names))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), definitions


def _defined_uses(
    text: str,
    units: list[_Unit],
    kind: MeasureKind,
    prefixes: re.Pattern[str],
    defined: _DefinedNames | None = None,
) -> list[tuple[int, int, _Unit]]:
    """The uses of a caption the release defines as a GAAP caption adjusted ("defines
    operating income as net income excluding net investment gains"): each place the name is
    written (not qualified as GAAP or by a non-GAAP prefix) outside the definition."""
    defined = defined or _DefinedNames(text)
    pattern, definitions = defined.read(kind)
    if pattern is None:
        return []
    gaap = re.compile(r"\bGAAP\W*$", re.IGNORECASE)
    found: list[tuple[int, int, _Unit]] = []
    for unit in units:
        for match in pattern.finditer(text, unit.start, unit.end):
            a, b = match.span()
            if any(s <= a < e for s, e in definitions):
                continue
            before = text[max(unit.start, a - 40) : a]
            if prefixes.search(before) or gaap.search(before):
                continue
            found.append((a, b, unit))
    return found


def _restated_rows(release: Release) -> list[_Unit]:
    """Row labels of a table that restate an earlier "GAAP ..." row of the same table on
    another basis: "GAAP diluted net income per share", the adjustments, then "Diluted net
    income per share" (a reconciliation whose total lost its "non-GAAP" label)."""
    gaap_row = re.compile(r"^\s*(?:U\.?S\.?\s+)?GAAP\s+(.+?)\s*[:\-]?\s*$", re.IGNORECASE)
    rows: list[_Unit] = []
    for index, block in enumerate(release.paragraphs()):
        if block.rows is None:
            continue
        captions: dict[str, int] = {}
        for number, row in enumerate(block.rows):
            cells = [c for c in row if c.text.strip()]
            if not cells:
                continue
            label = cells[0].text
            match = gaap_row.match(label)
            if match:
                captions[_caption(match.group(1))] = number
                continue
            first = captions.get(_caption(label))
            if first is not None and number > first + 1:
                rows.append(_Unit(cells[0].span.text_start, cells[0].span.text_end, "table", index))
    return rows


def _caption(label: str) -> str:
    """A caption's words, with "loss", "(loss)" and "earnings" read as "income" (a
    reconciliation runs from "GAAP net loss" to a total captioned "Net income") and the
    per-share captions read as one."""
    words = re.sub(r"[^\w\s]", " ", label).casefold().split()
    words = ["income" if w in ("loss", "earnings", "profit") else w for w in words]
    caption = " ".join(
        w for i, w in enumerate(words) if w != "income" or words[i - 1 : i] != ["income"]
    )
    caption = re.sub(
        r"\b(?:diluted\s+|basic\s+)?(?:eps|(?:net\s+)?income\s+per\s+(?:diluted\s+|basic\s+|common\s+)?share)\b",
        "eps",
        caption,
    )
    return caption.replace("diluted eps", "eps")


#: A caption qualified as GAAP in a sentence or list item ("GAAP gross margin of 61.2%").
_GAAP_CAPTION = (
    r"(?:diluted\s+|basic\s+)?(?:EPS|(?:net\s+)?(?:earnings|income|loss|\(loss\)|income\s+\(loss\))"
    r"\s+per\s+(?:diluted\s+|basic\s+|common\s+)?share)|net\s+(?:income|earnings|loss|\(loss\)\s+"
    r"income|income\s+\(loss\))|operating\s+(?:income|loss|margin|expenses|profit)|gross\s+(?:margin|profit)"
)
#: A caption qualified as GAAP ("GAAP net loss"): what a caption restated outside tables
#: follows (``_restated_items``), so a text without it restates none there.
_QUALIFIED = compiled(rf"\b(?:U\.?S\.?\s+)?GAAP\s+(?P<caption>{_GAAP_CAPTION})\b")
#: How close (in blocks: list items, paragraphs) the unqualified caption must be.
_RESTATED_BLOCKS = 2


def _restated_items(text: str, units: list[_Unit]) -> list[tuple[int, int, _Unit]]:
    """Captions restated on another basis outside tables: a sentence or list item states a
    caption qualified as GAAP ("GAAP net loss of $3.1 million") and a neighbouring one (the
    next list items or paragraphs) states the same caption, unqualified, with another figure
    ("Net income of $8.2 million"): that figure is on another basis, whatever it is called.
    The same sentence is left to the ``restated`` pattern of ``ng_measures.toml``."""
    qualified = _QUALIFIED
    plain = compiled(rf"\b(?P<caption>{_GAAP_CAPTION})\b")
    figure = compiled(r"^\W{0,3}(?:\w+\W+){0,3}?((?:[$€£]\s?\(?[\d.,]*\d)|(?:\d[\d.,]*\s?%))")
    prefix = compiled(
        r"(?:GAAP|IFRS|adjusted|core|normali[sz]ed|underlying|pro\s+forma|cash|comparable|organic)\W*$"
    )
    found: list[tuple[int, int, _Unit]] = []
    seen: dict[str, tuple[int, int, str]] = {}  # caption -> (block, unit index, figure)
    places = ("body", "highlight", "top")
    for number, unit in enumerate(units):
        if unit.place not in places:
            continue
        piece = text[unit.start : unit.end]
        for match in qualified.finditer(piece):
            amount = figure.search(piece[match.end() :])
            if amount:
                seen[_caption(match.group("caption"))] = (unit.block, number, amount.group(1))
        for match in plain.finditer(piece):
            before = piece[max(0, match.start() - 30) : match.start()]
            if prefix.search(before):
                continue
            earlier = seen.get(_caption(match.group("caption")))
            amount = figure.search(piece[match.end() :])
            if earlier is None or amount is None or earlier[1] == number:
                continue
            if unit.block - earlier[0] > _RESTATED_BLOCKS or amount.group(1) == earlier[2]:
                continue
            found.append((unit.start + match.start(), unit.start + match.end(), unit))
    return found


class _DefinedNames:
    """The release's defined captions (``_defined_names``), read from the whole text once
    per kind, on first use, however many blocks and steps ask."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.kind = next((k for k in measure_kinds() if k.key == "defined"), None)
        self._read: dict[str, tuple[re.Pattern[str] | None, list[tuple[int, int]]]] = {}
        self._folded: str | None = None

    def read(self, kind: MeasureKind) -> tuple[re.Pattern[str] | None, list[tuple[int, int]]]:
        if kind.key not in self._read:
            if self._folded is None:
                self._folded = fold(self.text)
            # a text without the pattern's required words ("defines") defines nothing
            found = may_match(kind.pattern, self._folded)
            self._read[kind.key] = _defined_names(self.text, kind) if found else (None, [])
        return self._read[kind.key]

    def pattern(self) -> re.Pattern[str] | None:
        return None if self.kind is None else self.read(self.kind)[0]


def _defined_table(defined: _DefinedNames, block: Paragraph) -> bool:
    """A table listing a caption the release defines as a GAAP caption adjusted and that
    GAAP caption as rows ("Net income", the adjustments, "Operating income")."""
    kind = defined.kind
    if kind is None:
        return False
    names = defined.pattern()
    if names is None:
        return False
    labels = _row_labels(block)
    return any(names.search(label) for label in labels) and any(
        kind.gaap.search(label) and not names.search(label) for label in labels
    )


def _row_labels(block: Paragraph) -> list[str]:
    """The row labels of a table: its first cells, or, for a fixed-width table read as a
    paragraph, the words of each line written before its figures."""
    if block.rows is not None:
        return [row[0].text for row in block.rows if row]
    if block.text.count("\n") < 2:
        return []  # each label is a line of its own: three need two line breaks
    lines = [
        match.group(1)
        for match in re.finditer(r"(?m)^[ \t]*([A-Za-z][^\n$\d]{0,80}?)[ \t]{2,}[$(\d]", block.text)
    ]
    return lines if len(lines) >= 3 else []


def _bridge_lines(block: Paragraph) -> bool:
    """Fixed-width lines that go from a GAAP caption through at least one adjustment to a
    non-GAAP measure ("Net income / Income tax expense / ... / Adjusted EBITDA"): a
    reconciliation whatever its title says ("The tables below set out how each is
    calculated from net income"). A summary whose measure sits right under its GAAP pair
    ("Profit per share / Adjusted profit per share") reconciles nothing."""
    labels = _row_labels(block)
    if not labels:
        return False  # most paragraphs: no kind's rows to look for
    return any(
        gaap and any(m > gaap[0] + 1 for m in measure) for gaap, measure in _pair_rows(labels)
    )


def _pair_table(block: Paragraph) -> bool:
    """A table that runs from a GAAP caption through at least one adjustment (a row that
    names no caption and no measure) to its non-GAAP measure, in either order. A summary
    table that only lists both ("Operating margin", "Diluted EPS", "Non-IFRS operating
    margin") shows no bridge between them."""
    labels = [row[0].text for row in block.rows or () if row]
    pairs = list(_pair_rows(labels))
    named = {i for gaap, measure in pairs for i in (*gaap, *measure)}  # caption or measure
    return any(
        any(i not in named for i in range(min(g, m) + 1, max(g, m)))
        for gaap, measure in pairs
        for g in gaap
        for m in measure
    )


def _pair_rows(labels: list[str]) -> Iterator[tuple[list[int], list[int]]]:
    """For each kind of measure, the rows that state its GAAP pair and the rows that state
    the measure itself."""
    for kind in measure_kinds():
        measure = [i for i, label in enumerate(labels) if kind.pattern.search(label)]
        gaap = [i for i, label in enumerate(labels) if kind.gaap.search(label) and i not in measure]
        yield gaap, measure


def _is_earnings_release(release: Release) -> bool:
    """Results for a completed period announced in the headline area (Item 2.02)."""
    top = " ".join(e.text for e in headline_area(release))
    lead = lead_offset(release)
    first = next((p for p in release.body if p.rows is None), None)
    if (
        lead is not None
        and first is not None
        and first.span.text_start < lead < first.span.text_end
    ):
        top += " " + release.text[first.span.text_start : lead]  # a run-on exhibit's top
    return bool(context_pattern("earnings").search(top) and context_pattern("period").search(top))


def headline_area(release: Release) -> list[Element]:
    """The headline, subheadlines and the lines above the dateline paragraph."""
    elements: list[Element] = []
    if release.headline is not None:
        elements.append(release.headline)
    elements.extend(release.subheadlines)
    lead = lead_offset(release)
    if lead is not None:
        elements.extend(p for p in release.body if p.span.text_end <= lead and p.rows is None)
    return elements


_LEAD = lazy_compile(r"\b(?:today|announced|reported)\b")
#: A first block longer than this holds the whole release (a run-on EDGAR or scraped
#: exhibit): its dateline is looked for inside it.
_RUN_ON = 1200
_INLINE_DATELINE = lazy_compile(
    r"\b[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}\s?,(?:\s*[A-Z][A-Za-z.]+\.?(?:\s[A-Z][a-z]+)?\s?,)?"
    r"\s*(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\s*,\s*(?:19|20)\d\d"
    r"\s*(?:/[^/\n]{2,30}/)?\s*(?:--|[-\u2014\u2013])"
)


def lead_offset(release: Release) -> int | None:
    """Where the lead paragraph starts: the dateline, or (when the parser found none, as in
    many EDGAR exhibits) the first long body paragraph that announces something."""
    if release.dateline is not None:
        return release.dateline.span.text_start
    first = next((p for p in release.body if p.rows is None), None)
    if first is not None and len(first.text) > _RUN_ON:
        inline = _INLINE_DATELINE.search(first.text, 0, 6000)
        if inline is not None and inline.start() > 0:
            return first.span.text_start + inline.start()
    for paragraph in release.body:
        if paragraph.rows is None and len(paragraph.text) >= 150 and _LEAD.search(paragraph.text):
            return paragraph.span.text_start
    return None


def combination_exempt(ctx: RuleContext) -> bool:
    """Regulation G Rule 100 does not apply to a non-GAAP measure in disclosure about a
    proposed business combination (or a party to it, or the combined company) when the
    communication is subject to Rule 425, Rule 14a-12 or Rule 14d-2(b)(4) (17 CFR
    244.100(d)): a SPAC's or a merger party's deal announcement. Nor does Item 10(e),
    which governs filings and earnings releases. An earnings release that also announces a
    deal is not exempt: its results are not disclosure about the combination. Rule 102
    (no measure may mislead; NG006) still applies."""
    return ctx.facts.memo(
        "nongaap.combination_exempt",
        lambda: not read_measures(ctx).earnings_release and pending_combination(ctx) is not None,
    )


def first_per_kind(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each measure family (one finding per measure, not per use)."""
    seen: set[str] = set()
    first: list[Mention] = []
    for mention in mentions:
        if mention.kind.key not in seen:
            seen.add(mention.kind.key)
            first.append(mention)
    return first
