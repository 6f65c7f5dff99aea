"""Promotional and unbalanced language (PRM): hype, stock-price talk, unsourced market
figures, undisclosed paid promotion, and implied regulatory endorsement.

Microcap fraud runs on words: "revolutionary" technology, a stock that "does not reflect"
the company's value, a "$50 billion market" nobody measured, an "SEC-approved" offering.
The SEC's investor alerts on stock promotion, the OTC Markets Policy on Stock Promotion and
FINRA Rule 2210's "fair and balanced" standard describe the pattern; Rule 10b-5 and
Securities Act §17(a) make it actionable, §17(b) requires paid promoters to say they were
paid and how much, and Securities Act §23 / Exchange Act §26 forbid saying that the SEC
passed on the merits.

The word lists are data (``rules/data/prm_*.toml``) so that counsel can read and extend
them; each rule's options add or drop terms per repository. The rules judge *where* words
are (a superlative inside an attributed quotation is the speaker's opinion; the same word in
the company's own sentence is the company's claim) and *whose* release it is (a private
company's product note promotes no security), as their rationales explain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from disclint.api import (
    Field,
    Finding,
    Rule,
    RuleContext,
    RuleOptions,
    Severity,
    any_of,
    compiled,
    excerpt,
    fold,
    lazy_compile,
    literal_index,
    may_match,
    outside_text,
    rule,
    same_company,
    search_any_of,
    standing,
)
from disclint.api import load_rule_data as load_data

if TYPE_CHECKING:
    from collections.abc import Sequence

    from disclint.api import Release, Sentence

CITATION_10B5 = (
    "Exchange Act Rule 10b-5 and Securities Act §17(a) (misleading statements in the offer or "
    "sale of securities)"
)


def securities_context(ctx: RuleContext) -> str | None:
    """Why the release concerns a traded or offered security, or ``None``: a ticker, an
    issuer profile, or a forward-looking legend (which only issuers of securities write)."""
    stand = standing(ctx)
    if stand.listing:
        return stand.listing
    if stand.profile:
        return "issuer profile configured"
    if ctx.release.forward_looking:
        return "the release carries a forward-looking-statements legend"
    return None


def _inside_quote(ctx: RuleContext, start: int) -> bool:
    return any(q.span.text_start <= start < q.span.text_end for q in ctx.release.quotes)


def _line(ctx: RuleContext, offset: int) -> int:
    return ctx.release.position(offset).line


# -- PRM001 hype ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HypeTerm:
    """One entry of the hype lexicon (see ``rules/data/prm_hype.toml``)."""

    label: str
    pattern: re.Pattern[str]
    before: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    severity: Severity | None = None  # the rule's own (warning) unless the lexicon says


@cache
def hype_terms(extra: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> tuple[HypeTerm, ...]:
    """The built-in lexicon plus ``extra`` patterns, minus the labels in ``ignore``."""
    dropped = {i.casefold() for i in ignore}
    terms: list[HypeTerm] = []
    for entry in load_data("prm_hype.toml")["terms"]:
        if entry["label"].casefold() in dropped:
            continue
        terms.append(
            HypeTerm(
                label=entry["label"],
                pattern=compiled(rf"\b(?:{entry['pattern']})\b"),
                before=compiled(entry["before"]) if entry.get("before") else None,
                unless=compiled(entry["unless"]) if entry.get("unless") else None,
                severity=Severity(entry["severity"]) if entry.get("severity") else None,
            )
        )
    for pattern in extra:
        terms.append(HypeTerm(label=pattern, pattern=compiled(rf"\b(?:{pattern})\b")))
    return tuple(terms)


class HypeOptions(RuleOptions):
    """Options of PRM001."""

    #: More terms (regular expressions, case-insensitive, matched on word boundaries).
    extra_terms: list[str] = Field(default_factory=list)
    #: Built-in terms to drop, by label ("unique", "world-class").
    ignore: list[str] = Field(default_factory=list)
    #: Also report terms inside attributed quotations.
    in_quotes: bool = False
    #: Also report terms in the About section.
    in_about: bool = False
    #: Report only releases about a traded or offered security (ticker, issuer profile or
    #: forward-looking legend); false reports every release.
    securities_only: bool = True


@rule(
    code="PRM001",
    name="hype",
    family="promotional",
    severity="warning",
    summary="Hype and unsubstantiated superlatives in the company's own words "
    '("state-of-the-art", "revolutionary", "unique" claims)',
    citation=(
        f"{CITATION_10B5}; SEC investor alerts on microcap stock promotion; FINRA Rule "
        "2210(d)(1)(A)-(B) (fair and balanced, no exaggerated or unwarranted claims) as a style "
        "benchmark"
    ),
    options=HypeOptions,
    examples=(
        (
            "Acme, a developer of state-of-the-art, revolutionary solar films, announced ...",
            "Acme, a developer of flexible solar films weighing about 1 kg per square metre, "
            "announced ...",
        ),
    ),
)
@outside_text(promotional=True)
def hype(ctx: RuleContext) -> Iterator[Finding]:
    """A release that calls its technology "revolutionary" or "state-of-the-art" states
    a fact it cannot show, in the company's own voice, to investors deciding whether to buy
    its stock: the language of the promotions the SEC's microcap alerts describe. Courts
    treat vague puffery as immaterial, but a superlative with content ("the only",
    "unique technology", "world-leading") is a checkable claim, and the pattern of hype is
    what regulators and plaintiffs quote first.

    Reported in the headline and the company's own sentences. Words inside an attributed
    quotation are the speaker's opinion and the About boilerplate is reviewed on its own
    (`in-quotes`, `in-about` turn them on). Only releases about a traded or offered security
    are checked (`securities-only`): a private company's product note promotes no security.
    Each term is reported once per release, at its first use, with the other lines in the
    evidence. Terms of art are excluded (an FDA "Breakthrough Therapy" designation), and so
    are descriptions of buildings and equipment ("a state-of-the-art laboratory"), another
    company's product the release describes ("Lucid's groundbreaking vehicles"), an
    event's or award's own billing ("The award recognizes game-changers ...") and a
    recognition attributed to its grantor ("named the best-in-class provider by Frost &
    Sullivan"). About
    boilerplate the reader did not mark as such (an "About Acme" heading run into its
    paragraph, a closing "Acme Corp. (NYSE: ACME) is a ..." paragraph) counts as About.
    The lexicon is `rules/data/prm_hype.toml`; `extra-terms` and `ignore` adjust it. A
    term the lexicon marks mild ("unique": counsel reviewing real releases did not act on
    one of ten) is an `info` reminder, and so is a term stated as a possibility ("could
    revolutionize", "potentially revolutionizing"; ``[hedged]`` in the lexicon). An aim the
    company states as its own ("seeks to revolutionize") is still a claim.
    """
    options: HypeOptions = ctx.options or HypeOptions()
    context = securities_context(ctx)
    if options.securities_only and context is None:
        return
    terms = hype_terms(tuple(options.extra_terms), tuple(options.ignore))
    sections = {"headline", "subheadline", "body", "dateline", "quote"}
    if options.in_about:
        sections.add("about")
    found: dict[str, list[tuple[int, int, str, bool]]] = {}
    boilerplate = [] if options.in_about else boilerplate_paragraphs(ctx.release)
    others = _OtherSubjects(ctx)
    hedged = _hedge_pattern()
    # a term runs only over the sentences that hold one of its required literals
    whole, folded_sentences = ctx.facts.folded, ctx.facts.folded_sentences
    terms = tuple(term for term in terms if may_match(term.pattern, whole))
    index_of_terms = literal_index(tuple(term.pattern for term in terms))
    for index, sentence in enumerate(ctx.facts.sentences if terms else ()):
        if sentence.section not in sections:
            continue
        if any(a <= sentence.start < b for a, b in boilerplate):
            continue
        if others.event_sentence(sentence.text):
            continue
        possible = index_of_terms.may_match(folded_sentences[index])
        for term, may in zip(terms, possible, strict=True):
            if not may:
                continue
            for match in term.pattern.finditer(sentence.text):
                start = sentence.start + match.start()
                if not options.in_quotes and _inside_quote(ctx, start):
                    continue
                after = sentence.text[match.end() : match.end() + 80]
                if term.before is not None and not term.before.search(after):
                    continue
                around = sentence.text[max(0, match.start() - 30) : match.end() + 40]
                if term.unless is not None and term.unless.search(around):
                    continue
                if _proper_name(match.group(), after, sentence.section):
                    continue
                if others.possessed_by_another(sentence.text[: match.start()]):
                    continue
                if others.market_subject(sentence.text[: match.start()]):
                    continue
                if others.recognition(sentence.text, match.start()):
                    continue
                if others.personal_or_generic(sentence.text[: match.start()], after):
                    continue
                if others.summarised(start) or others.another_company_pronoun(
                    sentence.text, match.start()
                ):
                    continue
                lead = sentence.text[max(0, match.start() - 60) : match.start()]
                found.setdefault(term.label, []).append(
                    (start, sentence.start + match.end(), match.group(), bool(hedged.search(lead)))
                )
    severity = {term.label: term.severity for term in terms}
    for label, hits in sorted(found.items(), key=lambda item: item[1][0][0]):
        # the first outright claim, else the first hedged use
        start, end, word, possibility = next((h for h in hits if not h[3]), hits[0])
        evidence = [
            f'"{word}" in the company\'s own words (not a quotation, not the About section)'
        ]
        others_lines = [_line(ctx, h[0]) for h in hits if h[0] != start]
        if others_lines:
            evidence.append("also on line(s) " + ", ".join(map(str, others_lines)))
        if context:
            evidence.append(f"release about a traded or offered security: {context}")
        level = severity[label]
        if level is not None:
            evidence.append("mild puffery: counsel seldom acts on it (an info reminder)")
        elif possibility:
            level = Severity.INFO
            evidence.append(
                "hedged or aspirational (an aim or a possibility, not a claim of fact): an info "
                "reminder"
            )
        yield ctx.finding(
            start,
            end,
            f'"{word}" is a promotional claim the release does not substantiate',
            evidence=evidence,
            severity=level,
        )


@cache
def _hedge_pattern() -> re.Pattern[str]:
    """Words just before a term that make it an aim or a possibility (``[hedged]`` in
    ``rules/data/prm_hype.toml``)."""
    return compiled(load_data("prm_hype.toml")["hedged"]["before"])


_ABOUT_RUN_IN = re.compile(r"^\s*(?:#+\s*|\*\*)?About\s+(?:the\s+)?[A-Z0-9]")
_DESCRIPTION = re.compile(
    r"^\s*(?:[A-Z0-9][\w&'’.,-]*\s+){0,7}?[A-Z0-9][\w&'’.-]*,?\s*(?:\([^)]{2,80}\)\s*,?\s*)*"
    r"(?:is|are)\s+(?:a|an|the)\b"
)


def boilerplate_paragraphs(release: Release) -> list[tuple[int, int]]:
    """Body paragraphs that are "About" boilerplate the reader did not mark as such: an
    "About Acme" heading run into its paragraph, or a closing "Acme Corp. (NYSE: ACME) is
    a ..." description among the last paragraphs (copy whose heading a site dropped)."""
    spans: list[tuple[int, int]] = []
    body = release.body
    for index, paragraph in enumerate(body):
        text = paragraph.text
        closing = index >= max(1, len(body) - 3)
        if _ABOUT_RUN_IN.match(text) or (closing and _DESCRIPTION.match(text)):
            spans.append((paragraph.span.text_start, paragraph.span.text_end))
    return spans


_POSSESSOR = re.compile(
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s|(?<=s)['’])\s+"
    r"(?:[\w-]+,?\s+){0,2}$"
)


#: Possessives that are the company's own ("the Company's", "Management's").
_GENERIC_OWNER = lazy_compile(
    r"^(?:(?:The|Our|Its)\s+)?(?:Company|Corporation|Group|Management|Board|Firm|Team|"
    r"Subsidiary|Partnership|Fund|Trust|Bank|We|Our|Its)$"
)


def document_summaries(ctx: RuleContext) -> list[tuple[int, int]]:
    """Spans of the bullets that follow a paragraph introducing them as a filed document's
    points ("As outlined in the Form 10, Solventum will be:"): the document is their source,
    where the claims are made and supported (``document_intro`` in ``prm_hype.toml``)."""
    intro = load_data("prm_hype.toml").get("third_party", {}).get("document_intro")
    if not intro:
        return []
    pattern = compiled(intro)
    spans: list[tuple[int, int]] = []
    body = ctx.release.body
    for index, paragraph in enumerate(body):
        if not pattern.search(paragraph.text):
            continue
        for at in range(index + 1, len(body)):  # by index: a slice copies the rest each time
            item = body[at]
            if not _BULLET.match(item.text) and item.kind != "list_item":
                break
            spans.append((item.span.text_start, item.span.text_end))
    return spans


class _OtherSubjects:
    """Whose claim a hype word is, when the sentence says it belongs to someone else:
    "Lucid's groundbreaking vehicles" (another company's product, described by the release),
    "The conference will feature ... breakthrough ways" (an event's own billing), "the
    industry is experiencing an unparalleled upswing" (the market's, not the company's). The
    patterns are ``third_party`` in ``rules/data/prm_hype.toml``."""

    def __init__(self, ctx: RuleContext) -> None:
        data = load_data("prm_hype.toml").get("third_party", {})
        self.events = any_of(list(data.get("event_subjects", [])))
        self.market = any_of([data["market_subjects"]] if "market_subjects" in data else [])
        self.recognitions = any_of([data["recognition"]] if "recognition" in data else [])
        self.issuer = standing(ctx).names
        self.personal = any_of([data["personal_after"]] if "personal_after" in data else [])
        self.person = any_of([data["personal_before"]] if "personal_before" in data else [])
        self.generic = any_of([data["generic_before"]] if "generic_before" in data else [])
        self.summaries = document_summaries(ctx)

    def summarised(self, offset: int) -> bool:
        """Whether ``offset`` lies in bullets summarising a filed document."""
        return any(a <= offset < b for a, b in self.summaries)

    def personal_or_generic(self, before: str, after: str) -> bool:
        """Whether the term describes a person's experience ("unparalleled depth of
        experience") or a whole class ("any disruptive technology")."""
        personal = self.personal.match(after) and self.person.search(before[-160:])
        return bool(personal or self.generic.search(before[-20:]))

    def another_company_pronoun(self, sentence: str, offset: int) -> bool:
        """Whether the term follows "its"/"their" referring back to another organisation the
        sentence names ("The success of Tesla ... not least its groundbreaking innovation"),
        in a sentence that names neither the issuer nor the company's own voice."""
        if not self.issuer:
            return False
        before = sentence[:offset]
        if not _PRONOUN_BEFORE.search(before[-40:]):
            return False
        if _OWN_VOICE.search(sentence) or any(
            name and name.split()[0] in sentence for name in self.issuer
        ):
            return False
        names = [m.group() for m in _NAME_IN_SENTENCE.finditer(before) if m.start() > 0]
        return any(not _COMMON_CAPITAL.match(n) for n in names)

    def event_sentence(self, sentence: str) -> bool:
        return bool(self.events.match(sentence))

    def recognition(self, sentence: str, offset: int) -> bool:
        """Whether the term at ``offset`` lies in a recognition with its grantor ("named ...
        by Frost & Sullivan", "received the ... award")."""
        return any(m.start() <= offset < m.end() for m in self.recognitions.finditer(sentence))

    def market_subject(self, before: str) -> bool:
        """Whether the term is said of an industry, market or trend, not of the company."""
        window = before[-160:]
        if any(name and name.split()[0] in window for name in self.issuer):
            return False
        return bool(self.market.search(window))

    def possessed_by_another(self, before: str) -> bool:
        """Whether the words before the term end in another organisation's possessive."""
        if not self.issuer:
            return False
        match = _POSSESSOR.search(before[-80:])
        if match is None:
            return False
        owner = match.group("owner")
        if _GENERIC_OWNER.match(owner):
            return False
        return not any(same_company(owner, name) for name in self.issuer)


_BULLET = lazy_compile(r"^\s*[•◦▪▫‣∙·*–-]\s*")
_PRONOUN_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+,?\s+){0,2}$")
_OWN_VOICE = lazy_compile(r"\b(?:we|our|us|the\s+Company)\b", re.IGNORECASE)
_NAME_IN_SENTENCE = lazy_compile(r"\b[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,3}")
#: Capitalised words that name no organisation (a month, a title word).
_COMMON_CAPITAL = lazy_compile(
    r"^(?:The|This|That|These|Those|It|Its|In|As|On|At|For|With|By|From|And|But|Just|While|"
    r"When|After|Before|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|CEO|CFO|U\.?S\.?|AI)$"
)
_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z]")
_NAME_AFTER = re.compile(
    r"^[ \t]+(?:[A-Z][\w’'-]*[ \t]+){0,3}(?:Award|Awards|Prize|Summit|Program|"
    r"Programme|Conference|Fund|Foundation|Challenge|Series|Festival)\b"
)


def _proper_name(word: str, after: str, section: str | None) -> bool:
    """Whether the term is part of a name ("GameChanger Ambition Award", "Breakthrough
    Prize"): a CamelCase word, or a capitalised word that heads an award or event name."""
    if _CAMEL.match(word):
        return True
    if word[:1].isupper() and section not in ("headline", "subheadline"):
        return bool(re.match(r"^[ \t]+[A-Z]", after))
    return bool(_NAME_AFTER.match(after))


# -- PRM002 stock price ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PricePattern:
    """One entry of ``rules/data/prm_price.toml``: a pattern, and the sentence context it
    needs (``requires``) or must not have (``unless``)."""

    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def _price_patterns() -> tuple[PricePattern, ...]:
    return tuple(
        PricePattern(
            pattern=compiled(entry["pattern"]),
            requires=compiled(entry["requires"]) if entry.get("requires") else None,
            unless=compiled(entry["unless"]) if entry.get("unless") else None,
        )
        for entry in load_data("prm_price.toml")["patterns"]
    )


_PRICE_SECTIONS = frozenset({"headline", "subheadline", "body", "dateline", "quote"})


class PriceOptions(RuleOptions):
    """Options of PRM002."""

    #: More phrases of price talk (regular expressions, case-insensitive), reported
    #: wherever they occur in the checked sections.
    extra_patterns: list[str] = Field(default_factory=list)


@rule(
    code="PRM002",
    name="stock-price-commentary",
    family="promotional",
    severity="warning",
    summary="The issuer, an insider or an investor commenting on the company's own stock "
    "price (undervalued, short sellers, price targets, premium as a sign of belief)",
    citation=(
        "Rule 10b-5; Exchange Act §9(a)(2) (statements to induce purchases); OTC Markets Group "
        "Policy on Stock Promotion (2017); TSX Venture Exchange Policy 3.4"
    ),
    options=PriceOptions,
    examples=(
        (
            '"We remain committed despite the short-term fluctuation of the stock price," said '
            "the investor.",
            '"We remain committed to the agreement," said the investor.',
        ),
    ),
)
@outside_text(promotional=True)
def stock_price_commentary(ctx: RuleContext) -> Iterator[Finding]:
    """An issuer that tells investors its stock is undervalued, blames short sellers,
    repeats a price target, or reads a conversion "despite the large premium over the
    current stock price" as proof of belief is talking its own price: statements made to
    move the market price are what Exchange Act §9(a)(2) and Rule 10b-5 reach, and the OTC
    Markets promotion policy names them as promotion signals. It matters most in quotations,
    where insiders and investors say it, so quotations are checked.

    Checked in the headline, body and quotations, not in the forward-looking legend (where
    "the price of our stock may fluctuate" is the caution the law asks for) nor in the About
    section. Only releases whose company has a stock (a ticker or an issuer profile) are
    checked. A premium to market stated as a pricing fact is not commentary; it is reported
    only with words that read it as a signal ("despite", "belief", "confidence"). The
    phrases are `rules/data/prm_price.toml`; `extra-patterns` adds a repository's own.
    """
    options: PriceOptions = ctx.options or PriceOptions()
    stand = standing(ctx)
    if not (stand.listed or stand.profile):
        return
    patterns = _price_patterns() + tuple(
        PricePattern(pattern=compiled(p)) for p in options.extra_patterns
    )
    whole, folded_sentences = ctx.facts.folded, ctx.facts.folded_sentences
    patterns = tuple(entry for entry in patterns if may_match(entry.pattern, whole))
    index_of_patterns = literal_index(tuple(entry.pattern for entry in patterns))
    for index, sentence in enumerate(ctx.facts.sentences if patterns else ()):
        if sentence.section not in _PRICE_SECTIONS:
            continue
        match = None
        possible = index_of_patterns.may_match(folded_sentences[index])
        for entry, may in zip(patterns, possible, strict=True):
            if not may:
                continue
            candidate = entry.pattern.search(sentence.text)
            if candidate is None:
                continue
            if entry.requires is not None and not entry.requires.search(sentence.text):
                continue
            if entry.unless is not None and entry.unless.search(sentence.text):
                continue
            match = candidate
            break
        if match is None:
            continue
        who = _speaker(ctx, sentence.start + match.start())
        yield ctx.finding(
            sentence.start + match.start(),
            sentence.start + match.end(),
            f'"{match.group()}": {who} comments on the company\'s stock price',
            evidence=[f'"{excerpt(sentence.text, width=90)}"'],
        )


def _speaker(ctx: RuleContext, offset: int) -> str:
    """Who says the words at ``offset``: a quotation's speaker, or the release itself."""
    for quote in ctx.release.quotes:
        if quote.span.text_start <= offset < quote.span.text_end:
            if quote.speaker:
                return quote.speaker + (f" ({quote.title})" if quote.title else "")
            return "a quotation"
    return "the release"


# -- PRM003 market statistics ---------------------------------------------------------------------


@lru_cache(maxsize=1)
@cache
def _market_shapes() -> tuple[str, ...]:
    """The market shapes of ``prm_market.toml`` with their figures and subjects filled in
    (each figure its own group name), made once."""
    data = load_data("prm_market.toml")
    counter = iter(range(1000))
    return tuple(
        re.sub(
            r"\{FIGURE\}",
            lambda _: f"(?P<figure{next(counter)}>{data['figure']})",
            shape,
        ).replace("{SUBJECT}", data["subject"])
        for shape in data["shapes"]
    )


def _names_statistic(text: str, folded: str) -> bool:
    """Whether the market statistic's alternation matches ``text`` (``folded``: its
    ``fold``): whether one of its shapes does, each searched alone and only where its
    required literals are (``ruledata.search_any_of``), not the alternation of all of them
    at every position."""
    return search_any_of(list(_market_shapes()), text) is not None


def _market_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_data("prm_market.toml")
    statistic = compiled("|".join(f"(?:{s})" for s in _market_shapes()))
    sources = any_of(data["sources"])
    publishers = re.compile("|".join(f"(?:{p})" for p in data["publishers"]))
    own = compiled(data["own_figures"])
    return statistic, sources, publishers, own


class MarketOptions(RuleOptions):
    """Options of PRM003."""

    #: Report only releases about a traded or offered security.
    securities_only: bool = True
    #: More words that count as a source when in the sentence or the next one (regular
    #: expressions, case-insensitive): a house research provider, "our 2024 survey".
    extra_sources: list[str] = Field(default_factory=list)


@rule(
    code="PRM003",
    name="unsourced-market-statistic",
    family="promotional",
    severity="warning",
    summary="A market size, growth or demand figure with no source in its sentence or paragraph",
    citation=(
        "Rule 10b-5 (a statement of fact needs a reasonable basis); FINRA Rule 2210(d)(1)(A) "
        "(sound basis) as a benchmark; wire editorial practice on third-party attribution"
    ),
    options=MarketOptions,
    examples=(
        (
            "The Chinese market has an annual demand of well over 60 Gigawatts.",
            "According to the National Energy Administration, China installed about 34 "
            "Gigawatts of solar capacity in 2016.",
        ),
    ),
)
def unsourced_market_statistic(ctx: RuleContext) -> Iterator[Finding]:
    """A "$50 billion market" or "annual demand of well over 60 Gigawatts" tells investors
    how big the company's opportunity is; stated without a source it is the company's own
    estimate presented as a fact, and if it is wrong, it is a misstatement of the kind Rule
    10b-5 reaches. Naming the source (publisher, report, year) lets a reader weigh it and
    shows the company had a basis.

    A figure counts as a market statistic when it sits in a market shape ("a $X billion
    market", "the market is expected to reach $X", "demand of X GW", "a CAGR of X%"); the
    company's own revenue, proceeds or guidance are not market statistics. It is sourced when
    its sentence or the next one says "according to", names a report or a research house, or
    carries a footnote marker; an express attribution ("according to", "Source:", a named
    research house) in the sentence before it or later in its paragraph covers it too
    ("According to Goldman Sachs Research, ... This figure is expected to grow ..."), and so
    does the next paragraph for a one-sentence item title over the story that sources it.
    Bullets introduced as a filed document's points ("As outlined in the Form 10, Solventum will
    be:") have that document as their source. A headline's figure counts as sourced when the
    story gives a market statistic with its source (the headline rounds what the body sources).
    Quotations are checked: the company publishes them. Only releases about a traded or offered
    security are checked (`securities-only`).
    The shapes, source words and publishers are `rules/data/prm_market.toml`; `extra-sources`
    adds a repository's own.
    """
    options: MarketOptions = ctx.options or MarketOptions()
    if options.securities_only and securities_context(ctx) is None:
        return
    statistic, sources, publishers, own = _market_patterns()
    attributions = any_of(load_data("prm_market.toml")["attributions"])
    extra = any_of(list(options.extra_sources))
    sentences = ctx.facts.sentences
    summaries = document_summaries(ctx)
    wanted = {"headline", "subheadline", "body", "dateline", "quote", "about"}

    def sourced(index: int) -> bool:
        near, far = _source_window(sentences, index)
        near_folded, far_folded = fold(near), fold(far)
        return any(
            may_match(p, near_folded) and p.search(near) for p in (sources, publishers, extra)
        ) or any(
            may_match(p, far_folded) and p.search(far) for p in (attributions, publishers, extra)
        )

    folded = ctx.facts.folded_sentences
    statistics = [
        i
        for i, s in enumerate(sentences)
        if s.section in wanted
        and may_match(statistic, folded[i])
        and _names_statistic(s.text, folded[i])
        and not own.search(s.text)
    ]
    # a headline's figure is restated, with its source, in the story
    body_sourced = any(sentences[i].section != "headline" and sourced(i) for i in statistics)
    for index in statistics:
        sentence = sentences[index]
        match = statistic.search(sentence.text)
        if match is None or sourced(index):
            continue
        if any(a <= sentence.start < b for a, b in summaries):
            continue
        if sentence.section in ("headline", "subheadline") and body_sourced:
            continue
        figure = next(
            (match.group(k) for k, v in match.groupdict().items() if v and k.startswith("figure")),
            match.group(),
        )
        offset = match.start() + match.group().find(figure)
        start = sentence.start + offset
        yield ctx.finding(
            start,
            start + len(figure),
            f'market statistic "{_tail(match.group(), figure)}" has no source',
            evidence=[
                'no "according to", report, research house or footnote in this sentence or '
                "the next",
                f'"{excerpt(sentence.text, width=90)}"',
            ],
        )


def _source_window(sentences: Sequence[Sentence], index: int) -> tuple[str, str]:
    """The text where a market statistic's source may stand: near (its sentence and the next
    one), and farther (the sentence before it and the rest of its paragraph: "According to
    Goldman Sachs Research, ... This figure is expected to grow ..."; "... expected to reach
    $29-32 billion by 2025, according to a report from McKinsey" later in the item; and the
    next paragraph when the statistic is a one-sentence paragraph, an item's title over the
    story that sources it)."""
    sentence = sentences[index]
    paragraph = sentence.paragraph
    near = [sentence.text]
    if index + 1 < len(sentences):
        near.append(sentences[index + 1].text)
    parts: list[str] = []
    if index > 0 and sentences[index - 1].paragraph is paragraph:
        parts.append(sentences[index - 1].text)
    alone = (index == 0 or sentences[index - 1].paragraph is not paragraph) and (
        index + 1 >= len(sentences) or sentences[index + 1].paragraph is not paragraph
    )
    following = sentences[index + 1].paragraph if alone and index + 1 < len(sentences) else None
    for later in sentences[index + 2 :]:
        if later.paragraph is not paragraph:
            if not alone or following not in (None, later.paragraph):
                break
            following = later.paragraph
        parts.append(later.text)
    return " ".join(near), " ".join(parts)


def _tail(statistic: str, figure: str, limit: int = 60) -> str:
    """The statistic as quoted in a message: whole when short, else the words that lead up
    to the figure ("…demand in solar power of well over 60 Gigawatts")."""
    text = " ".join(statistic.split())
    if len(text) <= limit:
        return text
    end = text.find(figure) + len(figure) if figure in text else len(text)
    start = max(0, end - limit)
    cut = text.find(" ", start)
    start = cut + 1 if 0 <= cut < end else start
    return ("…" if start > 0 else "") + text[start:end] + ("…" if end < len(text) else "")


# -- PRM004 paid promotion -----------------------------------------------------------------------


class PromotionOptions(RuleOptions):
    """Options of PRM004."""

    #: More phrases that disclose compensation or an engagement's terms (regular
    #: expressions, case-insensitive).
    extra_disclosures: list[str] = Field(default_factory=list)
    #: More phrases that announce an IR or awareness engagement.
    extra_announcements: list[str] = Field(default_factory=list)


@rule(
    code="PRM004",
    name="paid-promotion",
    family="promotional",
    severity="info",
    summary="Paid promotion or an investor-relations engagement without the compensation disclosed",
    citation=(
        "Securities Act §17(b) (15 U.S.C. 77q(b)): disclosure of consideration received for "
        "publicising a security, and its amount; OTC Markets Group Policy on Stock Promotion "
        "(2017); TSX Venture Exchange Policy 3.4 (investor-relations activities)"
    ),
    options=PromotionOptions,
    examples=(
        (
            "[headline] InvestorNewsBreaks – Acme Solar (Nasdaq: ACME) Signs Supply Agreement with "
            "Borealis Glass",
            "[headline] InvestorNewsBreaks – Acme Solar (Nasdaq: ACME) Signs Supply Agreement with "
            "Borealis Glass\n"
            "This article was paid for by Acme Solar: the publisher received $2,500 in cash for "
            "its publication.",
        ),
    ),
)
def paid_promotion(ctx: RuleContext) -> Iterator[Finding]:
    """Anyone paid to publish or circulate a description of a security must disclose that
    they were paid, by whom, and how much (§17(b)); the OTC Markets promotion policy expects
    issuers to know about, disclose and correct promotion they paid for, and TSXV Policy 3.4
    expects the terms of an investor-relations engagement to be announced.

    Two reminders, both `info`: a promotion network's or newsletter's article about a listed
    company that does not state the compensation (a link to "terms of use and disclaimers"
    is not the amount §17(b) asks for); and an issuer's announcement that it has engaged an
    investor-relations or awareness firm without the fee, term or options. An IR firm named
    as the contact is ordinary practice and is not reported here (an unnamed one is CON005).
    The phrases are `rules/data/prm_promotion.toml` (`[paid]`, `[engagement]`);
    `extra-disclosures` and `extra-announcements` add a repository's own.
    """
    release = ctx.release
    stand = standing(ctx)
    data = load_data("prm_promotion.toml")
    options: PromotionOptions = ctx.options or PromotionOptions()
    disclosure = any_of([*data["paid"]["disclosure"], *options.extra_disclosures])
    reference = any_of(data["paid"]["by_reference"])
    if stand.third_party is not None and any(m.known for m in ctx.facts.tickers):
        # the list a pattern at a time (the same answer; extra phrases: the alternation)
        disclosed = (
            disclosure.search(release.text)
            if options.extra_disclosures
            else search_any_of(data["paid"]["disclosure"], release.text)
        )
        if not disclosed:
            linked = reference.search(release.text)
            where = release.headline or (release.body[0] if release.body else None)
            message = (
                "promotional article about a listed company; compensation is disclosed only by "
                "reference to a website"
                if linked
                else "promotional article about a listed company with no compensation "
                "disclosed (who paid, how much)"
            )
            evidence = [f"third-party content: {stand.third_party}"]
            if linked:
                evidence.append(f'only "{excerpt(linked.group(), width=50)}"')
            if where is not None:
                yield ctx.finding(where, message=message, evidence=evidence)
            else:
                yield ctx.finding(0, 0, message, evidence=evidence)
        return
    words = [*data["engagement"]["announcement"], *options.extra_announcements]
    announcement = any_of(words)
    terms = any_of([*data["engagement"]["terms"], *options.extra_disclosures])
    # a paragraph is a slice of the text: no paragraph can match what the release lacks
    body = release.body if may_match(announcement, ctx.facts.folded) else []
    for paragraph in body:
        # the list's own patterns a pattern at a time (the same match as the alternation);
        # patterns a configuration adds are searched as the alternation they join
        match = (
            announcement.search(paragraph.text)
            if options.extra_announcements
            else search_any_of(words, paragraph.text)
        )
        if match is None:
            continue
        body_text = " ".join(p.text for p in release.body)
        if terms.search(body_text):
            return
        start = paragraph.span.text_start + match.start()
        yield ctx.finding(
            start,
            paragraph.span.text_start + match.end(),
            "the release announces an investor-relations or awareness engagement without its "
            "compensation or term",
            evidence=[
                f'"{excerpt(match.group(), width=80)}"',
                "no fee, monthly amount, options or term found in the body",
            ],
        )
        return


# -- PRM005 regulatory endorsement ---------------------------------------------------------------


class EndorsementOptions(RuleOptions):
    """Options of PRM005."""

    #: More phrases implying endorsement (regular expressions, case-insensitive).
    extra_patterns: list[str] = Field(default_factory=list)
    #: More disclaimer phrases that make a sentence a legend, never a claim.
    extra_legends: list[str] = Field(default_factory=list)


@rule(
    code="PRM005",
    name="implied-regulatory-endorsement",
    family="promotional",
    severity="error",
    summary="Words implying that the SEC, FINRA, a state regulator or an exchange approved or "
    "endorsed the company, its securities or an offering",
    citation=(
        "Securities Act §23 (15 U.S.C. 77w) and Exchange Act §26 (15 U.S.C. 78z): unlawful to "
        "represent that a filing or registration means the Commission passed on the merits"
    ),
    options=EndorsementOptions,
    examples=(
        (
            "Our SEC-approved offering is now open to all investors.",
            "Our registration statement was declared effective by the SEC on May 1, 2025.",
        ),
    ),
)
def implied_regulatory_endorsement(ctx: RuleContext) -> Iterator[Finding]:
    """Congress made it unlawful to tell investors that the SEC's acceptance of a filing,
    the effectiveness of a registration statement or a Regulation A qualification means the
    Commission found the securities good or the statements true (§23, §26). "SEC-approved
    offering", "approved by the SEC", "registered with the SEC, so it is safe" say exactly
    that; "declared effective" and "qualified" are the neutral facts and are not reported,
    nor is an exchange's approval to list, nor the legends that deny approval ("neither the
    SEC nor any state securities commission has approved or disapproved ...").

    Every release is checked, private companies included: Regulation A and crowdfunding
    offerings by private companies are where the claim is most often made. `error`. The
    phrases are `rules/data/prm_endorsement.toml`; `extra-patterns` and `extra-legends` add
    a repository's own.
    """
    options: EndorsementOptions = ctx.options or EndorsementOptions()
    data = load_data("prm_endorsement.toml")
    patterns = any_of([*data["patterns"], *options.extra_patterns])
    legends = any_of([*data["legends"], *options.extra_legends])
    if not may_match(patterns, ctx.facts.folded):
        return  # a sentence is a slice of the text: none holds the words the text lacks
    folded = ctx.facts.folded_sentences
    for index, sentence in enumerate(ctx.facts.sentences):
        if not may_match(patterns, folded[index]):
            continue
        match = patterns.search(sentence.text)
        if match is None or legends.search(sentence.text):
            continue
        yield ctx.finding(
            sentence.start + match.start(),
            sentence.start + match.end(),
            f'"{match.group()}" implies that a regulator or exchange approved or endorsed it',
            evidence=[
                f'"{excerpt(sentence.text, width=90)}"',
                "effectiveness, qualification or listing is not a finding on the merits",
            ],
        )


RULES: list[Rule] = [
    hype,
    stock_price_commentary,
    unsourced_market_statistic,
    paid_promotion,
    implied_regulatory_endorsement,
]
