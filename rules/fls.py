"""Forward-looking statements and the PSLRA safe harbor (FLS).

Securities Act §27A and Exchange Act §21E protect a forward-looking statement in private
actions when it is identified as forward-looking and accompanied by meaningful cautionary
statements identifying important factors that could make actual results differ. These rules
read the release the way a securities lawyer reviews one: which sentences are forward-looking
(``disclint.cues``: cue words of the lexicon in ``rules/data/fls_cues.toml``, minus the uses
that are not predictions), who says them (the parse knows each quote's speaker and
organisation), and what the cautionary legend names, points to and disclaims. The issuer
profile (``[tool.disclint.issuer]``) supplies what the text cannot: penny-stock and reporting
status, the issuer's names.

Every finding is a prompt for counsel's review, never a statement that a release complies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from disclint.api import (
    FLS_CUE_THRESHOLD,
    FLS_SECTIONS,
    LEGAL_FORMS,
    CueReading,
    Field,
    Finding,
    FlsSentence,
    Kind,
    Legend,
    Rule,
    RuleContext,
    RuleOptions,
    Severity,
    Standing,
    Whose,
    alternation,
    compile_list,
    excerpt,
    fold,
    lazy_compile,
    literal_index,
    may_match,
    name_tokens,
    reading_for,
    release_pattern,
    reminder_if_cut,
    rule,
    search_any_of,
    sentence_spans,
    standing,
)
from disclint.api import load_rule_data as load_data

if TYPE_CHECKING:
    from disclint.api import Quote, Sentence

_I = re.IGNORECASE
#: FLS004: a legend that lists this many specific factors itself needs no named report for
#: counsel to accept it (a vague pointer beside it is an info reminder).
LISTED_FACTORS_ENOUGH = 5

CITE_SAFE_HARBOR = (
    "Securities Act §27A(c)(1)(A)(i) and (c)(2), Exchange Act §21E(c)(1)(A)(i) and (c)(2) "
    "(15 U.S.C. 77z-2, 78u-5); bespeaks caution: In re Donald J. Trump Casino Sec. Litig., "
    "7 F.3d 357 (3d Cir. 1993)"
)
CITE_FACTORS = (
    "§21E(c)(1)(A)(i) (meaningful cautionary statements identifying important factors); "
    "H.R. Conf. Rep. No. 104-369, at 43-44 (1995); Asher v. Baxter Int'l Inc., 377 F.3d 727 "
    "(7th Cir. 2004); Slayton v. American Express Co., 604 F.3d 758 (2d Cir. 2010)"
)
CITE_TAILORED = (
    "H.R. Conf. Rep. No. 104-369, at 43-44 (1995); Slayton v. American Express Co., 604 F.3d "
    "758 (2d Cir. 2010); Meyer v. Jinkosolar Holdings Co., 761 F.3d 245 (2d Cir. 2014); "
    "In re Harman Int'l Indus. Sec. Litig., 791 F.3d 90 (D.C. Cir. 2015)"
)
CITE_FILINGS = (
    "§21E(c)(1)(A)(i) and (c)(2)(B) (15 U.S.C. 78u-5); Regulation S-K Item 105 (risk "
    "factors); Form 10-K Item 1A"
)
CITE_UPDATE = (
    "§27A(d), §21E(d) (no duty to update imposed by the statute); In re Burlington Coat "
    "Factory Sec. Litig., 114 F.3d 1410 (3d Cir. 1997)"
)
CITE_PENNY = (
    "§27A(b)(1)(C), §21E(b)(1)(C) (issuer of penny stock excluded); Exchange Act §3(a)(51) and "
    "Rule 3a51-1 (17 CFR 240.3a51-1)"
)
CITE_EXCLUSIONS = (
    "§27A(b)(1)-(2), §21E(b)(1)-(2) (excluded issuers and transactions), §21E(a)(1) "
    "(reporting-issuer condition); SEC Release No. 33-11265 (Jan. 24, 2024) (SPACs)"
)
CITE_THIRD_PARTY = (
    "§21E(a) (persons covered) and §21E(c)(1); Janus Capital Group, Inc. v. First Derivative "
    "Traders, 564 U.S. 135 (2011)"
)
CITE_CERTAINTY = (
    "Rule 10b-5 (17 CFR 240.10b-5) and the bespeaks-caution doctrine; FINRA Rule "
    "2210(d)(1)(B) and (d)(1)(F) as a style benchmark"
)
CITE_PROJECTIONS = (
    "Regulation S-K Item 10(b) (projections: reasonable basis, assumptions; Release 33-11265); "
    "Securities Act Rule 175, Exchange Act Rule 3b-6"
)


# -- options ------------------------------------------------------------------------------------


# -- documented examples ---------------------------------------------------------------------
# Each example is the part of a release it is about; ``disclint.ruledocs.example_release``
# puts it into a clean example release ("[legend]" replaces that release's cautionary
# section), and tests/test_rule_docs.py checks that each does what ``explain`` says.

_EX_FLS = (
    "Acme expects revenue to grow 40% to $12 million next year. It plans to open a second "
    "plant in Arizona in 2027."
)
_EX_LEGEND_HEAD = (
    "[legend] Forward-Looking Statements\n\nThis press release contains forward-looking "
    "statements within the meaning of the Private Securities Litigation Reform Act of 1995. "
)
_EX_FACTORS = (
    "Actual results could differ materially because of risks that include Borealis Glass's "
    "ability to deliver glass on schedule, delays in the expansion of the Golden plant, and "
    "competition from makers of rigid panels. "
)
_EX_UPDATE = (
    "These statements speak only as of today, and we undertake no obligation to update them "
    "except as required by law."
)
_EX_10K = (
    'These and other risks are described under "Risk Factors" in our Annual Report on Form '
    "10-K for 2024 and our later Quarterly Reports on Form 10-Q. "
)
_EX_OTC = (
    "[opening] GOLDEN, Colo., June 12, 2025 /PRNewswire/ -- Acme Solar, Inc. (OTCQB: ACME), a "
    "maker of flexible solar modules, today announced a three-year agreement under which "
    "Borealis Glass Ltd. will supply the front glass for its modules.\n[body] "
)


class CueOptions(RuleOptions):
    """Options of the FLS rules that read forward-looking cues."""

    extra_cues: list[str] = Field(
        default_factory=list,
        description=(
            "Words or phrases that mark a forward-looking statement for this issuer, in "
            'addition to the built-in lexicon (e.g. ["roadmap", "next-generation launch"])'
        ),
    )
    ignore_cues: list[str] = Field(
        default_factory=list,
        description=(
            "Built-in cues to ignore, by id (see rules/data/fls_cues.toml, e.g. "
            '"look_forward", "potential") or by the phrase as written'
        ),
    )


class PresenceOptions(CueOptions):
    """FLS001: which releases it checks."""

    public_only: bool = Field(
        default=True,
        description=(
            "Check only releases of public issuers: a ticker or exchange in the release, or "
            "tickers / reporting status in the issuer profile"
        ),
    )
    calls: bool = Field(
        default=True,
        description=(
            "Also flag a call or webcast announcement that does not say the call will contain "
            "forward-looking statements and where the cautionary factors are"
        ),
    )


class FactorOptions(RuleOptions):
    """FLS002: how many specific factors a cautionary section must name."""

    min_factors: int = Field(
        default=3,
        ge=1,
        description="Fewest specific important factors the cautionary section must name",
    )


class ThirdPartyOptions(CueOptions):
    """FLS008: who speaks for the issuer."""

    affiliates: list[str] = Field(
        default_factory=list,
        description=(
            "Organisations whose officers speak for the issuer (parent, subsidiaries, "
            "agents), besides the issuer's own names"
        ),
    )


def _options(ctx: RuleContext, kind: type[Any]) -> Any:
    return ctx.options if isinstance(ctx.options, kind) else kind()


def _reading(ctx: RuleContext) -> CueReading:
    options = ctx.options if isinstance(ctx.options, CueOptions) else CueOptions()
    return reading_for(ctx.facts, options.extra_cues, options.ignore_cues)


# -- patterns from the data files (compiled on first use) --------------------------------------


@lru_cache(maxsize=1)
def _legend_patterns() -> dict[str, Any]:
    data = load_data("fls_legend")
    factors = data["factors"]
    return {
        "reference_only": re.compile(data["detect"]["reference_only"], _I),
        "substance": re.compile(data["detect"]["substance"], _I),
        "triggers": compile_list(factors["triggers"], wrap=r"\b{}"),
        "context": re.compile(factors["context"], _I),
        "not_risk_lists": re.compile(factors["not_risk_lists"], _I),
        "heads": tuple(re.compile(p) for p in factors["heads"]),
        "single_word": re.compile(rf"^(?:{factors['single_word']})$", _I),
        "named": compile_list(data["filings"]["named"]),
        "vague": compile_list(data["filings"]["vague"]),
        "canadian": re.compile(data["filings"]["canadian"], _I),
        "disclaimer": compile_list(data["update"]["disclaimer"]),
        "promise": compile_list(data["update"]["promise"]),
        "statute": compile_list(data["statute"]["claims"]),
        "covers_quotes": compile_list(data["scope"]["covers_quotes"]),
        "title_words": re.compile(rf"^(?:{data['scope']['title_words']})$", _I),
        # the word lists themselves, searched a pattern at a time (``search_any_of``: the
        # same match as the alternation's, without entering every branch at every position)
        "named_list": list(data["filings"]["named"]),
        "vague_list": list(data["filings"]["vague"]),
        "disclaimer_list": list(data["update"]["disclaimer"]),
        "statute_list": list(data["statute"]["claims"]),
        "covers_quotes_list": list(data["scope"]["covers_quotes"]),
        "generic_list": list(factors["generic"]),
    }


@lru_cache(maxsize=1)
def _context_patterns() -> dict[str, Any]:
    data = load_data("fls_context")
    projection = data["projection"]
    return {
        "price_words": re.compile(data["penny"]["price_words"], _I),
        "not_price": re.compile(data["penny"]["not_price"], _I),
        "threshold": float(data["penny"]["threshold"]),
        "exclusions": [
            (
                name,
                str(entry["label"]),
                lazy_compile(entry["match"], _I),
                str(entry.get("where", "any")),
                lazy_compile(entry["unless"], _I) if "unless" in entry else None,
                lazy_compile(entry["names"], _I) if "names" in entry else None,
                lazy_compile(entry["sense"], _I) if "sense" in entry else None,
            )
            for name, entry in data["exclusions"].items()
        ],
        "measures": re.compile(rf"\b(?:{projection['measures']})\b", _I),
        "material": lazy_compile(rf"\b(?:{data['presence']['material']})\b", _I),
        "not_projection": lazy_compile(rf"\b(?:{projection['not_projection']})\b", _I),
        "basis": compile_list(projection["basis"], wrap=r"\b{}"),
        "guidance": lazy_compile(projection["guidance"], _I),
        "call": re.compile(data["call"]["announces"], _I),
        "call_covers": re.compile(data["call"]["covers"], _I),
    }


@lru_cache(maxsize=1)
def _topic_patterns() -> dict[str, Any]:
    data = load_data("fls_topics")
    return {
        "topics": [
            (str(t["label"]), lazy_compile(t["fls"], _I), lazy_compile(t["legend"], _I))
            for t in data["topics"].values()
        ],
        "places": [lazy_compile(rf"\b(?:{p})", 0) for p in data["places"]["names"]],
        "places_covered": re.compile(data["places"]["covers"], _I),
        "materialized": [
            (str(m["label"]), lazy_compile(m["legend"], _I), lazy_compile(m["release"], _I))
            for m in data.get("materialized", {}).values()
        ],
    }


@lru_cache(maxsize=1)
def _certainty_patterns() -> dict[str, Any]:
    data = load_data("fls_cues")["certainty"]
    return {
        "absolute": compile_list(data["absolute"], wrap=r"\b{}"),
        "exceptions": compile_list(data["absolute_exceptions"], wrap=r"\b{}"),
        "outcomes": compile_list(data["outcomes"], wrap=r"\b{}\b"),
        "hedges": compile_list(data["hedges"], wrap=r"\b{}\b"),
        "means": compile_list(data["means"], wrap=r"\b{}\b"),
    }


# -- whose statement it is ---------------------------------------------------------------------

#: Words just before an organisation's mention that make it part of the issuer: "its
#: subsidiary Riize", "Raadr Inc. doing business as Telvantis".
_OWN_UNIT = re.compile(
    r"(?:subsidiar(?:y|ies)|division|business\s+unit|affiliate|doing\s+business\s+as|d/b/a|"
    r"\bdba|formerly\s+known\s+as|now\s+known\s+as|operating\s+as|trading\s+as)\W+(?:\w+\W+){0,2}$",
    _I,
)


#: Words just after an organisation's mention that say the issuer bought it ("Meridianbet,
#: acquired by Golden Matrix in 2024, is"): the buyer's name is compared with the issuer's.
_ACQUIRED_BY = re.compile(
    r"[^.;:!?“”\"]{0,80}?(?<!to be )\b(?:acquired|wholly[- ]owned)\s+by\s+"
    r"(?P<buyer>(?:[A-Z][\w&.-]*\s*){1,4})"
)


#: Words just before an organisation's mention that say the issuer has bought it ("Acme
#: today announced the acquisition of GlobeTopper", "Acme has acquired"); a deal still to
#: close ("agreed to acquire", "the proposed acquisition of") leaves the target its own.
_ACQUIRED_TARGET = re.compile(
    r"(?:\b(?:announce[sd]?|complete[sd]?|close[sd]?|completion\s+of|closing\s+of)\s+"
    r"(?:the\s+|its\s+|our\s+)?(?!(?:proposed|pending|planned|intended|potential)\b)"
    r"(?:[\w-]+\s+)?(?:acquisition|purchase)\s+of|"
    r"\b(?:has|have|had)\s+(?:successfully\s+)?acquired)\s+(?:[\w-]+\s+){0,2}$",
    _I,
)
_ISSUER_WORDS = lazy_compile(r"\b(?:we|the\s+company)\b", _I)


def _issuer_statement(ctx: RuleContext) -> bool:
    """Whether the text is the issuer's own statement (``disclint.standing`` decides once
    for every family): a publisher's or promoter's article, paid promotion or a law firm's
    advertisement carries its author's cautions, not the issuer's, and is not graded."""
    return standing(ctx).issuer_statement


def _news_site_copy(stand: Standing) -> bool:
    """A listed issuer's release as a news site republished it (not the wire's own page)."""
    return stand.kind is Whose.REPUBLISHED and stand.wire_copy is None


def _is_issuer(organisation: str, names: Sequence[str], text: str = "") -> bool:
    """Does ``organisation`` speak for the issuer: one of its names, or a unit the release
    presents as the issuer's own (a subsidiary, a division, a trade name)?"""
    if re.fullmatch(r"(?:the\s+)?(?:company|issuer|corporation)", organisation.strip(), _I):
        return True
    tokens = name_tokens(organisation)
    if not tokens:
        return True
    if any(tokens & name_tokens(name) for name in names):
        return True
    first = re.escape(organisation.split()[0])
    issuer_tokens = set().union(*(name_tokens(name) for name in names)) if names else set()
    for m in release_pattern(rf"\b{first}\b").finditer(text):
        if _OWN_UNIT.search(text[max(0, m.start() - 60) : m.start()]):
            return True
        # "Meridianbet, acquired by Golden Matrix in 2024, is ...": bought by the issuer
        bought = _ACQUIRED_BY.match(text, m.end(), m.end() + 120)
        if bought and name_tokens(bought.group("buyer")) & issuer_tokens:
            return True
        # "Acme today announced the acquisition of GlobeTopper": a business the issuer has
        # bought speaks for it (its chief keeps running it as the issuer's)
        lead = re.split(r"[.!?;]\s", text[max(0, m.start() - 200) : m.start()])[-1]
        if _ACQUIRED_TARGET.search(lead) and (
            name_tokens(lead) & issuer_tokens or _ISSUER_WORDS.search(lead)
        ):
            return True
    return False


# -- legend helpers -------------------------------------------------------------------------

_SHORT_QUOTED = re.compile(r"[“\"][^“”\"]{1,40}[”\"]")


def _blank_quoted_terms(text: str) -> str:
    """The legend with its quoted cue-word lists ( “expects,” “will” ) blanked out."""

    def blank(match: re.Match[str]) -> str:
        inner = match.group()[1:-1]
        return " " * len(match.group()) if len(inner.split()) <= 3 else match.group()

    return _SHORT_QUOTED.sub(blank, text)


@dataclass(frozen=True, slots=True)
class _Hit:
    """A match: its offsets in the release and its text."""

    start: int
    end: int
    text: str


def _search_legend(legend: Legend, pattern: re.Pattern[str] | list[str]) -> _Hit | None:
    """The first match in the legend's pieces of ``pattern``, or of the alternation of a
    word list (found by ``search_any_of``: the same match)."""
    for base, text in legend.pieces():
        # a word list, or a pattern (compiled or lazy: ``lazy_compile``)
        match = search_any_of(pattern, text) if isinstance(pattern, list) else pattern.search(text)
        if match:
            return _Hit(base + match.start(), base + match.end(), match.group())
    return None


def _legend_sentences(legend: Legend) -> Iterator[tuple[int, str, bool]]:
    """(absolute start, sentence text with quoted terms blanked, is a list item)."""
    for paragraph in legend.paragraphs:
        text = _blank_quoted_terms(paragraph.text)
        item = paragraph.kind.value == "list_item"
        for start, end in sentence_spans(text):
            yield paragraph.span.text_start + start, text[start:end], item


# -- FLS001 -----------------------------------------------------------------------------------


@rule(
    code="FLS001",
    name="fls-without-cautionary-statement",
    family="fls",
    severity="error",
    summary="Forward-looking statements present without an accompanying cautionary section",
    citation=CITE_SAFE_HARBOR,
    options=PresenceOptions,
    examples=((_EX_FLS + "\n[legend]", _EX_FLS),),
)
def fls_without_cautionary_statement(ctx: RuleContext) -> Iterator[Finding]:
    """The statutory safe harbor protects a written forward-looking statement only if it is
    *accompanied* by meaningful cautionary statements (§27A(c)(1)(A)(i), §21E(c)(1)(A)(i)); a
    legend that merely points to a website or another document does not accompany the
    release. Without the statute, the bespeaks-caution doctrine still asks for specific
    cautions next to the prediction. An oral statement on a call or webcast needs its own
    caution and a pointer to a readily available written document with the factors
    (§21E(c)(2)); a release that announces the call is where issuers usually give both.

    Which releases: the safe harbor is a securities-law concern of companies whose securities
    trade. A private company's product or event announcement written in the future tense
    ("the festival will feature...") is not an issuer's forward-looking statement, and
    flagging it would teach users to ignore the rule. So by default the rule checks only
    releases that show a listing (a ticker or exchange at the issuer's first mention, listing
    words such as "publicly traded") or whose issuer profile gives tickers or an Exchange Act
    reporting status (option ``public-only``).

    What counts as forward-looking: sentences of the headline, subheadlines, body and quotes
    whose cue words (``rules/data/fls_cues.toml``) add up to one strong cue; event logistics,
    legal legends, courtesy phrases, role descriptions of an appointee, quoted titles and past
    events do not count. Two or more forward-looking sentences, one of them about results or
    figures (revenue, production, growth, an amount or a percentage), make the error; a single
    one is a warning (the reading of one sentence is the least certain); plans, products and
    partnerships with no figure or measure are an `info` reminder (counsel reviewing real
    releases did not act on those). A news site's republished copy is not reported: the
    copy may have dropped the legend the issuer published. A call or webcast announcement
    with no pointer to the cautions is an `info` reminder (the caution is usually read on
    the call). A text that stops in the middle of a sentence (``disclint.completeness``) gets
    an `info` reminder: its legend may be in the missing part. A publisher's
    article about the issuer (newswire "breaks" pieces, sponsored articles, analyst-coverage
    notes, paid promotion, law firms' advertisements: the one decision of
    ``disclint.standing``, shown by ``disclint parse``) is not the issuer's statement and is
    not checked.
    """
    options: PresenceOptions = _options(ctx, PresenceOptions)
    public = standing(ctx).public
    if options.public_only and public is None:
        return
    if not _issuer_statement(ctx):
        return
    reading = _reading(ctx)
    legend = reading.legend
    sentences = list(reading.sentences)
    stand = standing(ctx)
    if not legend.present and sentences and not _news_site_copy(stand):
        # (a news site's copy may have dropped the legend the issuer published; the wire's
        # own page, copied, carries the release verbatim and is still checked)
        yield _missing_legend(ctx, sentences, public)
    elif legend.present and sentences:
        finding = _reference_only(ctx, legend, sentences)
        if finding is not None:
            yield finding
    if options.calls:
        yield from _call_without_caution(ctx, reading)


def _missing_legend(ctx: RuleContext, sentences: list[FlsSentence], public: str | None) -> Finding:
    first = sentences[0]
    evidence = [standing(ctx).summary() if public else "checked: the public-only option is off"]
    evidence += [f'{s.section}: {s.describe()} in "{excerpt(s.text)}"' for s in sentences[:3]]
    evidence.append(
        f"{len(sentences)} forward-looking sentence(s); no forward-looking-statements or "
        "safe-harbor section, and no paragraph elsewhere that cautions about them"
    )
    measures = _context_patterns()["material"]
    material = [s for s in sentences if measures.search(s.text) or _NUMBER.search(s.text)]
    if material:
        evidence.append(f'about results or figures: "{excerpt(material[0].text)}"')
        severity = Severity.ERROR if len(sentences) >= 2 else Severity.WARNING
    else:
        evidence.append(
            "no sentence forecasts results or figures (plans, products, partnerships only): "
            "a reminder"
        )
        severity = Severity.INFO
    finding = ctx.finding(
        first.start,
        first.end,
        "forward-looking statements are made but no cautionary statement accompanies them",
        evidence=evidence,
        severity=severity,
    )
    return reminder_if_cut(ctx.release, finding)  # the legend may be in the missing part


def _reference_only(
    ctx: RuleContext, legend: Legend, sentences: list[FlsSentence]
) -> Finding | None:
    patterns = _legend_patterns()
    text = legend.text
    if patterns["substance"].search(text) or not patterns["reference_only"].search(text):
        return None
    start, end = legend.anchor(ctx.release)
    return ctx.finding(
        start,
        end,
        "the cautionary section only points elsewhere; the cautions must accompany the release",
        evidence=[
            f'legend: "{excerpt(text)}"',
            "it names no risk, uncertainty or factor; it only refers to another place",
            f"{len(sentences)} forward-looking sentence(s) rely on it, first: "
            f'"{excerpt(sentences[0].text)}"',
        ],
    )


def _call_without_caution(ctx: RuleContext, reading: CueReading) -> Iterator[Finding]:
    patterns = _context_patterns()
    call, folded = patterns["call"], ctx.facts.folded_sentences
    covered: bool | None = None  # whether the text ties a call to the cautions: asked once
    for index, sentence in enumerate(ctx.facts.sentences):
        if sentence.section not in FLS_SECTIONS or reading.legend.contains(sentence.start):
            continue
        # searched only in a sentence holding one of its required words
        match = call.search(sentence.text) if may_match(call, folded[index]) else None
        if match is None:
            continue
        if covered is None:  # the whole text is searched only once a call is announced
            covered = patterns["call_covers"].search(ctx.release.text) is not None
        if covered:
            return
        yield ctx.finding(
            sentence.start + match.start(),
            sentence.start + match.end(),
            "the release announces a call or webcast but does not say it will contain "
            "forward-looking statements or where the cautionary factors are",
            evidence=[
                f'announcement: "{excerpt(sentence.text)}"',
                "no sentence ties the call, webcast or remarks to forward-looking statements "
                "(§21E(c)(2): an oral statement must point to a written document with the "
                "factors)",
            ],
            severity=Severity.INFO,
        )
        return


# -- FLS002 -------------------------------------------------------------------------------------


@dataclass
class FactorCount:
    """What a cautionary section names: specific factors, and generic phrases not counted."""

    specific: list[str]
    generic: list[str]


def count_factors(legend: Legend) -> FactorCount:
    """The specific important factors a legend names: items of the lists after "including",
    "such as", "factors include" (in sentences about risks), list items, and factor heads
    ("our ability to ...", "risks related to ..."), less generic phrases."""
    patterns = _legend_patterns()
    specific: list[str] = []
    generic: list[str] = []
    seen: list[tuple[int, int]] = []

    def add(start: int, phrase: str) -> None:
        end = start + len(phrase)
        if any(a <= start < b or start <= a < end for a, b in seen):
            return
        item = _clean_item(phrase)
        if not item:
            return
        if search_any_of(patterns["generic_list"], item) is not None:
            # a generic lead ("because of risks that include ...") does not hide the factors
            # a later pattern finds inside the same words
            generic.append(item)
            return
        seen.append((start, end))
        if len(item.split()) >= 2 or patterns["single_word"].match(item):
            specific.append(item)

    for start, sentence, list_item in _legend_sentences(legend):
        if list_item:
            add(start, sentence)
            continue
        if patterns["context"].search(sentence):
            for offset, item in _list_items(sentence, patterns):
                add(start + offset, item)
        # A head is run only over a sentence holding one of its words ("ability",
        # "failure", "risk" ...): the possessive alternative of the first ("[A-Z]...'s")
        # tries every capitalised word of every sentence, a twentieth of a one-file check.
        heads = patterns["heads"]
        possible = literal_index(heads).may_match(fold(sentence))
        for head, may in zip(heads, possible, strict=True):
            if not may:
                continue
            for match in head.finditer(sentence):
                group = "item" if "item" in head.groupindex else 0
                add(start + match.start(group), match.group(group))
    return FactorCount(specific, generic)


def _factors(ctx: RuleContext, legend: Legend) -> FactorCount:
    """``count_factors(legend)``, counted once a release for FLS002, FLS003 and FLS004 (the
    same legend each time: the release's cue reading's); a legend other than the one
    counted is counted anew."""
    counted: tuple[Legend, FactorCount] = ctx.facts.memo(
        ("fls.factors", id(legend)), lambda: (legend, count_factors(legend))
    )
    return counted[1] if counted[0] is legend else count_factors(legend)


def _list_items(sentence: str, patterns: dict[str, Any]) -> Iterator[tuple[int, str]]:
    for trigger in patterns["triggers"].finditer(sentence):
        before = sentence[: trigger.start()]
        lead = sentence[max(0, trigger.start() - 250) : trigger.end()]  # "Such risks include:"
        if patterns["not_risk_lists"].search(before) or not patterns["context"].search(lead):
            continue
        offset = trigger.end()
        for piece in _split_top_level(sentence[offset:]):
            yield offset + piece[0], piece[1]


def _split_top_level(text: str) -> list[tuple[int, str]]:
    """Split a list at commas and semicolons outside parentheses."""
    pieces: list[tuple[int, str]] = []
    depth = 0
    begin = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0:
            pieces.append((begin, text[begin:index]))
            begin = index + 1
    pieces.append((begin, text[begin:]))
    return [(a, p) for a, p in pieces if p.strip()]


_ITEM_LEAD = re.compile(
    r"^(?:\s|and\b|or\b|as\s+well\s+as\b|including\b|but\s+not\s+limited\s+to\b|among\s+others\b|"
    r"without\s+limitation\b|the\s+risks?\s+that\b|[(:;\-–—•*]|\(?[a-z0-9ivx]{1,3}\)\s*)+",
    _I,
)
#: Each branch starts where its run starts (the lookbehinds): a branch tried from every
#: character of a long run reads the rest of the run each time (quadratic). The leftmost match
#: is the same, since a match inside a run is also one from the run's first character.
_ITEM_TAIL = re.compile(
    r"(?<![\s.:;)\]])(?:\s|[.:;)\]])+$"
    r"|(?<!\s)\s+(?:which|that|each\s+of\s+which|any\s+of\s+which|all\s+of\s+which)\b.*$"
    # "competition and the other factors discussed in our filings": the pointer that closes
    # a list is not part of its last factor
    r"|(?<!\s)\s+(?:and|or|as\s+well\s+as)\s+(?:the\s+|such\s+)?other\s+(?:risks|factors|uncertainties)\b.*$",
    _I,
)


_THAT_CLAUSE = re.compile(
    r"^that\s+(?!(?:could|may|might|would|will|can|should|must|are|is|was|were|have|has|had|"
    r"cause|causes|affect|affects|involve|involves|include|includes|relate|relates)\b)",
    _I,
)


def _clean_item(phrase: str) -> str:
    item = _ITEM_LEAD.sub("", " ".join(phrase.split()))
    item = _ITEM_TAIL.sub("", item)
    # "risks include: that the Company will not obtain approval; that ..." (Canadian style):
    # the item is the clause, not a relative clause hanging off the previous noun.
    item = _THAT_CLAUSE.sub("", item)
    if re.match(r"^(?:which|that|each\s+of\s+which|any\s+of\s+which)\b", item, _I):
        return ""
    return item.strip()


@rule(
    code="FLS002",
    name="boilerplate-cautionary-statement",
    family="fls",
    severity="error",
    summary="Cautionary section is boilerplate: no specific important factors",
    citation=CITE_FACTORS,
    options=FactorOptions,
    examples=(
        (
            _EX_LEGEND_HEAD
            + "Actual results may differ materially because of known and unknown risks, "
            "uncertainties and other factors. " + _EX_UPDATE,
            _EX_LEGEND_HEAD + _EX_FACTORS + _EX_UPDATE,
        ),
    ),
)
def boilerplate_cautionary_statement(ctx: RuleContext) -> Iterator[Finding]:
    """The safe harbor's first prong needs "meaningful cautionary statements identifying
    important factors that could cause actual results to differ materially" (§21E(c)(1)(A)(i)).
    Congress said boilerplate does not suffice (H.R. Conf. Rep. 104-369 at 43-44), and the
    courts look for factors specific to the company and the prediction (Asher v. Baxter;
    Slayton v. American Express). "Known and unknown risks, uncertainties and other factors"
    plus a pointer to the SEC filings identifies nothing.

    The rule counts the concrete factors the section names: items of the lists after
    "including" / "such as" / "factors include" in sentences about risks, bulleted items, and
    factor phrases ("our ability to obtain financing", "risks related to the China market").
    Generic phrases ("general economic conditions", "other risks described in our filings"),
    descriptions of the statements themselves ("statements regarding our plans") and quoted
    cue-word lists ("expects," "will") do not count. Fewer than ``min-factors`` (default 3)
    is reported; the evidence lists what was counted and what was not. A legend that names
    no factor at all is an `error` (nothing is identified, the first prong fails); one that
    names some, but fewer than ``min-factors`` or only broad ones ("market conditions,
    competition and the integration of acquisitions"), is a `warning`: counsel would widen
    the list, but a court may find it meaningful for the statements it accompanies. A
    legend in a release that makes no forward-looking statement (results only, a
    conference notice) protects nothing: a `warning`. A legend that ends the text where the
    text stops mid-sentence (a cut-off copy) is an `info` reminder: its factors may be in
    the missing part.
    """
    if not _issuer_statement(ctx):
        return
    options: FactorOptions = _options(ctx, FactorOptions)
    legend = ctx.facts.fls_cues.legend
    if not legend.paragraphs:
        return
    counted = _factors(ctx, legend)
    if len(counted.specific) >= options.min_factors:
        return
    start, end = legend.anchor(ctx.release)
    evidence = [
        f"specific factors counted: {len(counted.specific)} (at least {options.min_factors} "
        "expected)",
    ]
    evidence += [f'  counted: "{excerpt(f, width=90)}"' for f in counted.specific]
    if counted.generic:
        evidence.append(
            "generic phrases not counted: "
            + "; ".join(f'"{excerpt(g, width=60)}"' for g in counted.generic[:5])
        )
    evidence.append(standing(ctx).summary())
    if counted.specific:
        what = f"only {len(counted.specific)} specific"
        # a short or generic list is still a list: counsel widens it, the harbor is not lost
        severity = Severity.WARNING
        evidence.append("a factor list is there but short: a warning (none at all is an error)")
    else:
        what, severity = "no specific", Severity.ERROR
        if not _reading(ctx).sentences:
            # nothing in the release is forward-looking: the legend protects no statement
            severity = Severity.WARNING
            evidence.append(
                "the release makes no forward-looking statement the legend would protect: a warning"
            )
    finding = ctx.finding(
        start,
        end,
        f"the cautionary section names {what} important factor"
        f"{'s' if len(counted.specific) != 1 else ''} that could make results differ",
        evidence=evidence,
        severity=severity,
    )
    last = legend.paragraphs[-1].span.text_end
    if not ctx.release.text[last:].strip():
        finding = reminder_if_cut(ctx.release, finding)  # the factors may be in a lost part
    yield finding


# -- FLS003 ---------------------------------------------------------------------------------------


@rule(
    code="FLS003",
    name="untailored-risk-factors",
    family="fls",
    severity="info",
    summary="Risk factors not tailored to the forward-looking statements actually made",
    citation=CITE_TAILORED,
    options=CueOptions,
    examples=(
        (
            "Acme expects to begin selling its modules in Japan next year.\n"
            + _EX_LEGEND_HEAD
            + _EX_FACTORS
            + _EX_UPDATE,
            "Acme expects to begin selling its modules in Japan next year.\n"
            + _EX_LEGEND_HEAD
            + _EX_FACTORS.replace("panels.", "panels, and demand for solar modules in Japan.")
            + _EX_UPDATE,
        ),
    ),
)
def untailored_risk_factors(ctx: RuleContext) -> Iterator[Finding]:
    """Cautionary statements protect a prediction only if they are relevant to it: the
    conference report asks for factors related to the projection, and courts have refused
    protection where the cautions did not address the risk that materialised (Slayton). A
    caution framed as hypothetical ("we may need financing") does not protect against a risk
    the company already knows has happened (Meyer v. Jinkosolar; Harman).

    The rule sorts the release's forward-looking sentences by topic (financing, regulatory
    approval, commercialization and market entry, counterparties, dilution, the markets and
    places named; ``rules/data/fls_topics.toml``) and reports each topic the cautionary
    section never touches (one finding per sentence, listing its topics; a legend that names
    no specific factor at all is FLS002's finding, not repeated here). It also reports
    cautions stated as hypothetical about events the release itself reports (a going-concern
    doubt, a listing-deficiency notice).

    Default severity `info`: whether a caution is relevant enough is counsel's judgement, and
    counsel reviewing real releases acted on a third of these findings as warnings (EPS
    guidance read as a dilution topic, "New Mexico" as a foreign market, trial sites as a
    market), so the rule offers them as a checklist.
    """
    if not _issuer_statement(ctx):
        return
    reading = _reading(ctx)
    legend = reading.legend
    if not legend.paragraphs:
        return
    yield from _materialized(ctx, legend)
    if not _factors(ctx, legend).specific:
        return  # no factor at all: FLS002 reports the legend, topic by topic adds nothing
    legend_text = _blank_quoted_terms(legend.text)
    covered: dict[int, bool] = {}  # the legend is the same for every sentence
    reported: set[str] = set()
    for sentence in reading.sentences:
        topics = [
            (label, terms)
            for label, terms in _uncovered_topics(sentence, legend_text, covered)
            if label not in reported
        ]
        if not topics:
            continue
        reported.update(label for label, _terms in topics)
        labels = ", ".join(label for label, _terms in topics)
        yield ctx.finding(
            sentence.start,
            sentence.end,
            f"forward-looking statement about {labels} that the cautionary section does not "
            "address",
            evidence=[
                f'forward-looking: {sentence.describe()} in "{excerpt(sentence.text)}"',
                *(
                    f"topic: {label}; no factor on it in the cautionary section (looked for: "
                    f"{terms})"
                    for label, terms in topics
                ),
            ],
        )


def _uncovered_topics(
    sentence: FlsSentence, legend_text: str, covered: dict[int, bool] | None = None
) -> Iterator[tuple[str, str]]:
    """The topics of a forward-looking sentence that the legend does not cover; ``covered``
    keeps, for one legend, whether each pattern (by identity: they live as long as the
    cached ``_topic_patterns``) occurs in it, searched once and not once per sentence."""
    patterns = _topic_patterns()
    text = sentence.text
    known = {} if covered is None else covered

    def in_legend(pattern: re.Pattern[str]) -> bool:
        key = id(pattern)
        if key not in known:
            known[key] = pattern.search(legend_text) is not None
        return known[key]

    # each topic's and place's pattern only where the sentence holds its literals (one
    # literal index for them all: most sentences name one topic or none)
    topics, places = patterns["topics"], patterns["places"]
    possible = literal_index(tuple(fls for _, fls, _ in topics) + tuple(places)).may_match(
        fold(text)
    )
    for (label, fls, covers), may in zip(topics, possible, strict=False):
        if may and fls.search(text) and not in_legend(covers):
            yield label, _readable(covers.pattern)
    for place, may in zip(places, possible[len(topics) :], strict=True):
        match = place.search(text) if may else None
        if match and not in_legend(place) and not in_legend(patterns["places_covered"]):
            yield f"the {match.group()} market", f"{match.group()}, international or foreign risks"


def _readable(pattern: str) -> str:
    words = re.sub(r"\\[sb]\+?|[()?:*+\\\[\]]|\{\d*,?\d*\}", " ", pattern).split("|")
    return ", ".join(w.strip() for w in words[:6] if w.strip()) + (
        ", ..." if len(words) > 6 else ""
    )


def _materialized(ctx: RuleContext, legend: Legend) -> Iterator[Finding]:
    release_text: str | None = None  # joined only for a caution the legend states
    for label, hypothetical, happened in _topic_patterns()["materialized"]:
        hit = _search_legend(legend, hypothetical)
        if hit is None:
            continue
        if release_text is None:
            release_text = "\n".join(
                s.text
                for s in ctx.facts.sentences_in(*FLS_SECTIONS)
                if not legend.contains(s.start)
            )
        fact = happened.search(release_text)
        if fact is None:
            continue
        yield ctx.finding(
            hit.start,
            hit.end,
            f"the cautionary section treats {label} as a possibility, but the release reports "
            "it has happened",
            evidence=[f'caution: "{excerpt(hit.text)}"', f'release: "{excerpt(fact.group())}"'],
        )


# -- FLS004 -------------------------------------------------------------------------------------


@rule(
    code="FLS004",
    name="vague-filing-reference",
    family="fls",
    severity="warning",
    summary="Vague or missing reference to SEC risk-factor filings",
    citation=CITE_FILINGS,
    examples=(
        (
            _EX_LEGEND_HEAD
            + _EX_FACTORS
            + "These and other risks are described from time to time in our SEC filings. "
            + _EX_UPDATE,
            _EX_LEGEND_HEAD + _EX_FACTORS + _EX_10K + _EX_UPDATE,
        ),
    ),
)
def vague_filing_reference(ctx: RuleContext) -> Iterator[Finding]:
    """Market practice, built on §21E(c)(1)(A)(i) and on §21E(c)(2)(B) (a pointer to a
    readily available written document with the factors), is to name the document that holds
    the full risk factors: "Risk Factors" (Item 1A) in the most recent Form 10-K and later
    Forms 10-Q (Form 20-F for foreign private issuers). "Filings with the SEC" tells a reader
    neither which report nor where in it. The rule accepts any named report or the "Risk
    Factors" heading and reports a generic pointer, or none at all. A generic pointer beside
    a legend that itself lists five or more specific factors is an `info` reminder: the
    release carries its cautions, and counsel reviewing real releases did not insist on
    naming the report there (a vague pointer that is the legend's only caution stays a
    warning).

    Not checked: releases of issuers with no sign of SEC reporting (no listing, no profile),
    Canadian legends that point to SEDAR+ filings only (the CA pack reviews those), and
    legends that never mention the SEC when the issuer's listing, as the text writes it, is
    outside the US with at most an OTC quotation here ("(CSE: GCX) (OTC Pink: GCXXF)"): such
    issuers usually file no Form 10-K or 20-F to name.
    """
    if not _issuer_statement(ctx):
        return
    legend = ctx.facts.fls_cues.legend
    if not legend.paragraphs:
        return
    patterns = _legend_patterns()
    text = legend.text
    if search_any_of(patterns["named_list"], text) is not None:
        return
    mentions_sec = re.search(
        r"\bSEC\b|securities\s+(?:and|&)\s+exchange\s+commission|EDGAR", text, _I
    )
    if patterns["canadian"].search(text) and not mentions_sec:
        return
    if not mentions_sec and standing(ctx).public is None:
        return
    if not mentions_sec and standing(ctx).listed_abroad_only:
        return  # an issuer listed abroad and at most quoted in the US files no 10-K to name
    hit = _search_legend(legend, patterns["vague_list"])
    if hit is not None:
        factors = len(_factors(ctx, legend).specific)
        evidence = [
            f'reference: "{hit.text}"',
            "no Form 10-K / 10-Q / 20-F, annual or quarterly report, prospectus or "
            '"Risk Factors" section is named',
            f"the cautionary section itself names {factors} specific factor"
            f"{'s' if factors != 1 else ''}",
        ]
        severity = None
        if factors >= LISTED_FACTORS_ENOUGH:
            # the legend carries its own list: naming the report is polish (counsel did not
            # insist on it); a vague pointer that is the only caution stays a warning
            severity = Severity.INFO
            evidence.append(
                f"{LISTED_FACTORS_ENOUGH} or more factors listed in the release: a reminder"
            )
        yield ctx.finding(
            hit.start,
            hit.end,
            "the cautionary section points to the filings without naming the report that "
            "carries the risk factors",
            evidence=evidence,
            severity=severity,
        )
        return
    start, end = legend.anchor(ctx.release)
    yield ctx.finding(
        start,
        end,
        "the cautionary section does not point to any filing that carries the full risk factors",
        evidence=[
            "no reference to a Form 10-K / 10-Q / 20-F, annual or quarterly report or "
            '"Risk Factors" section, and no pointer to SEC filings'
        ],
    )


# -- FLS005 ---------------------------------------------------------------------------------------


@rule(
    code="FLS005",
    name="duty-to-update",
    family="fls",
    severity="warning",
    summary='No "no obligation to update" clause, or an undertaking to update',
    citation=CITE_UPDATE,
    examples=(
        (
            _EX_LEGEND_HEAD + _EX_FACTORS + _EX_10K,
            _EX_LEGEND_HEAD + _EX_FACTORS + _EX_10K + _EX_UPDATE,
        ),
    ),
)
def duty_to_update(ctx: RuleContext) -> Iterator[Finding]:
    """The statute imposes no duty to update (§27A(d), §21E(d)), but courts have found duties
    to update or correct in particular circumstances (Burlington Coat Factory), and an
    issuer's own promise to update can create one. Market practice is to say that the
    statements speak only as of their date and that the issuer undertakes no obligation to
    update them. The rule reports a legend without such a clause, and separately any promise
    to update guidance, outlook or projections ("we will update this guidance monthly").
    """
    if not _issuer_statement(ctx):
        return
    reading = ctx.facts.fls_cues
    legend = reading.legend
    patterns = _legend_patterns()
    if legend.paragraphs and _search_legend(legend, patterns["disclaimer_list"]) is None:
        start, end = legend.anchor(ctx.release)
        yield ctx.finding(
            start,
            end,
            "the cautionary section does not say the statements speak only as of their date or "
            "that there is no obligation to update them",
            evidence=[
                'looked for "undertakes no obligation to update", "speak only as of", '
                '"disclaims any obligation" and similar; none found',
                standing(ctx).summary(),
            ],
        )
    promise = patterns["promise"]
    folded = ctx.facts.folded_sentences
    for index, sentence in enumerate(ctx.facts.sentences):
        if sentence.section not in (*FLS_SECTIONS, "forward_looking"):
            continue
        # run only on a sentence holding one of its required words ("update", "revise")
        if not may_match(promise, folded[index]):
            continue
        match = promise.search(sentence.text)
        if match and not (
            # "assumes no obligation and does not intend to update": a disclaimer
            patterns["disclaimer"].search(sentence.text)
            or _NEGATION.search(sentence.text[max(0, match.start() - 25) : match.start()])
        ):
            yield ctx.finding(
                sentence.start + match.start(),
                sentence.start + match.end(),
                "the release promises to update forward-looking information, which may create "
                "a duty to do so",
                evidence=[f'promise: "{match.group()}"', f'in: "{excerpt(sentence.text)}"'],
            )


_NEGATION = lazy_compile(r"\b(?:not|no|never|nor|without)\b", _I)


# -- FLS006 ---------------------------------------------------------------------------------------


def penny_stock_evidence(ctx: RuleContext) -> list[str]:
    """Why the issuer is a penny-stock issuer (evidence lines), or ``[]``: the profile's
    ``penny-stock`` flag, else an OTC venue in the release together with a price of the
    issuer's stock under $5.00."""
    if ctx.issuer.penny_stock is True:
        return ["issuer profile: penny-stock = true"]
    if ctx.issuer.penny_stock is False:
        return []
    otc = [t for t in ctx.facts.tickers if t.is_otc and t.known]
    if not otc:
        return []
    prices = list(_stock_prices(ctx))
    if not prices:
        return []
    lines = [f'OTC venue: "{otc[0].text}"']
    lines += [f'price of the stock: "{p}"' for p in prices[:2]]
    lines.append(
        "a price below $5.00 on an OTC market: a penny stock unless a Rule 3a51-1 exception "
        "applies (set penny-stock = false in the issuer profile if one does)"
    )
    return lines


def _stock_prices(ctx: RuleContext) -> Iterator[str]:
    patterns = _context_patterns()
    sentences = ctx.facts.sentences
    for quantity in ctx.facts.quantities:
        if (
            quantity.kind is not Kind.MONEY
            or quantity.sentence is None
            or quantity.currency not in (None, "USD")
            or not 0 < quantity.value < patterns["threshold"]
            or quantity.section not in FLS_SECTIONS
        ):
            continue
        sentence = sentences[quantity.sentence]
        offset = quantity.start - sentence.start
        begin = max(0, offset - 70)
        window = sentence.text[begin : offset + len(quantity.text) + 30]
        if patterns["price_words"].search(window) and not patterns["not_price"].search(window):
            if begin > 0:  # start the quoted evidence at a whole word
                window = window.split(" ", 1)[-1]
            window = window.rsplit(" ", 1)[0] if len(window) > 60 else window
            yield "…" * (begin > 0) + excerpt(window.strip(), width=100)


@rule(
    code="FLS006",
    name="penny-stock-safe-harbor",
    family="fls",
    severity="warning",
    summary="Safe harbor invoked by a penny-stock issuer",
    citation=CITE_PENNY,
    examples=(
        (
            _EX_OTC + "Acme's common stock closed at $0.42 per share on June 11.",
            _EX_OTC + "Acme's common stock closed at $7.40 per share on June 11.",
        ),
    ),
)
def penny_stock_safe_harbor(ctx: RuleContext) -> Iterator[Finding]:
    """The statutory safe harbor does not apply to forward-looking statements made by an
    issuer that issues penny stock (§27A(b)(1)(C), §21E(b)(1)(C)). Rule 3a51-1 makes a
    security a penny stock unless an exception applies (a national-exchange listing meeting
    the rule's standards, a price of $5.00 or more, enough net tangible assets or revenue).
    A legend citing the PSLRA or the "safe harbor" then promises protection the statute does
    not give, and the specific cautionary language (bespeaks caution) is the only shield left.

    Penny-stock status comes from the issuer profile (``penny-stock``) when set; otherwise
    from the release: an OTC Markets venue together with a price of the issuer's stock below
    $5.00 (closing bid, conversion or offering price), quoted in the evidence. A legend that
    cites the statute is a warning; a legend that relies on forward-looking-statement
    language without citing the statute is an ``info`` reminder.
    """
    if not _issuer_statement(ctx):
        return
    legend = ctx.facts.fls_cues.legend
    if not legend.present:
        return
    evidence = penny_stock_evidence(ctx)
    if not evidence:
        return
    claim = _search_legend(legend, _legend_patterns()["statute_list"])
    if claim is not None:
        yield ctx.finding(
            claim.start,
            claim.end,
            "the release invokes the statutory safe harbor, which does not cover a penny-stock "
            "issuer's forward-looking statements",
            evidence=[*evidence, f'statutory claim: "{claim.text}"'],
        )
        return
    start, end = legend.anchor(ctx.release)
    yield ctx.finding(
        start,
        end,
        "penny-stock issuer: the statutory safe harbor is unavailable, so the cautionary "
        "statements must protect these forward-looking statements on their own",
        evidence=[*evidence, "the legend relies on forward-looking-statement language"],
        severity=Severity.INFO,
    )


# -- FLS007 ---------------------------------------------------------------------------------------


@rule(
    code="FLS007",
    name="safe-harbor-exclusion",
    family="fls",
    severity="warning",
    summary="Other statutory exclusions: IPO, tender offer, going private, SPAC, partnership",
    citation=CITE_EXCLUSIONS,
    examples=(
        (
            "Acme commenced a tender offer to purchase up to 2,000,000 shares of its common stock "
            "at $4.00 per share.",
            "Acme won the city of Golden's tender offer for the supply of solar modules to four "
            "schools.",
        ),
    ),
)
def safe_harbor_exclusion(ctx: RuleContext) -> Iterator[Finding]:
    """The safe harbor excludes statements made in connection with an initial public
    offering, a tender offer, a going-private transaction or a roll-up, statements by
    blank-check companies (SPACs since Release 33-11265), partnerships, LLCs and direct
    participation programs, and issuers that are not Exchange Act reporting companies
    (§27A(b), §21E(b), §21E(a)(1)). A release of that kind that relies on a safe-harbor legend
    needs counsel's attention: the cautionary language has to stand on the bespeaks-caution
    doctrine alone.

    The rule looks for the transaction in the headline and body (an IPO only in the headline
    or opening paragraphs, and not as history: "since its IPO"; a SPAC combination spoken of
    as done, "costs associated with the SPAC merger", is history too), for an issuer name
    ending in
    L.P. or LLC, and for ``reporting-status = "none"`` in the issuer profile; only when the
    release has a cautionary legend.
    """
    legend = ctx.facts.fls_cues.legend
    if not legend.present or not _issuer_statement(ctx):
        return
    for label, where, match in _exclusions(ctx, legend):
        yield ctx.finding(
            match.start,
            match.end,
            f"the safe harbor does not apply to statements made in connection with an {label}"
            if label.startswith(("initial", "ipo"))
            else f"the safe harbor may not apply here: {label}",
            evidence=[f'{where}: "{match.text}"', "the release relies on a cautionary legend"],
        )
    if ctx.issuer.reporting_status == "none":
        start, end = legend.anchor(ctx.release)
        yield ctx.finding(
            start,
            end,
            "the issuer is not an Exchange Act reporting company, so the statutory safe harbor "
            "is unavailable",
            evidence=['issuer profile: reporting-status = "none" (§21E(a)(1))'],
        )


def _exclusions(ctx: RuleContext, legend: Legend) -> Iterator[tuple[str, str, _Hit]]:
    release = ctx.release
    lead_end = release.body[1].span.text_end if len(release.body) > 1 else len(release.text)
    sentences = [s for s in ctx.facts.sentences_in(*FLS_SECTIONS) if not legend.contains(s.start)]
    folded = [fold(s.text) for s in sentences]  # once, for every exclusion's ``may_match``
    names = standing(ctx).aliases[:1]  # the issuer's own name, not a partner's
    exclusions = _context_patterns()["exclusions"]
    whole = ctx.facts.folded
    for _key, label, pattern, where, unless, name_pattern, sense in exclusions:
        before = lead_end if where == "lead" else None
        hit = (
            _first_exclusion(sentences, folded, pattern, unless, before, sense, release.text)
            if may_match(pattern, whole)  # each sentence is a slice of the text
            else None
        )
        if hit is not None:
            yield label, "release", hit
            continue
        if name_pattern is not None:
            for name in names:
                if name_pattern.search(name.strip().rstrip(",")):
                    index = release.text.find(name)
                    yield label, "issuer name", _Hit(max(index, 0), max(index, 0) + len(name), name)
                    break


def _first_exclusion(
    sentences: Sequence[Sentence],
    folded: Sequence[str],
    pattern: re.Pattern[str],
    unless: re.Pattern[str] | None,
    before: int | None,
    sense: re.Pattern[str] | None = None,
    text: str = "",
) -> _Hit | None:
    """The first sentence naming the transaction, outside histories and legal negations
    (``unless``), and in the securities sense of its words where they have others
    (``sense``, in the sentence or the text around it: a procurement "tender offer" for
    fuel is not an offer for securities). ``folded``: each sentence's ``fold``, so that
    the pattern runs only on a sentence holding one of its required words."""
    for sentence, folded_text in zip(sentences, folded, strict=True):
        if before is not None and sentence.start >= before:
            break
        if not may_match(pattern, folded_text):
            continue
        match = pattern.search(sentence.text)
        if match is None or (unless is not None and unless.search(sentence.text)):
            continue
        if sense is not None:
            begin = sentence.start + match.start()
            if not sense.search(text[max(0, begin - 300) : begin + len(match.group()) + 300]):
                continue
        return _Hit(sentence.start + match.start(), sentence.start + match.end(), match.group())
    return None


# -- FLS008 ---------------------------------------------------------------------------------------


@rule(
    code="FLS008",
    name="third-party-fls-quote",
    family="fls",
    severity="warning",
    summary="Forward-looking statements inside quotations of third parties not covered",
    citation=CITE_THIRD_PARTY,
    options=ThirdPartyOptions,
    examples=(
        (
            '"We will open our distribution network in Asia to help Acme swiftly commercialize its '
            'modules there," said Li Wei, Chairman of Harborlight Capital, which invested $5 '
            "million in Acme.",
            "\"Acme's flexible modules passed every test our engineers ran over eighteen months of "
            'trials," said Li Wei, Chairman of Harborlight Capital, which invested $5 million in '
            "Acme.",
        ),
    ),
)
def third_party_fls_quote(ctx: RuleContext) -> Iterator[Finding]:
    """The safe harbor covers the issuer, persons acting on its behalf, outside reviewers it
    retains and underwriters (§21E(a)). A partner, investor or customer quoted in the
    issuer's release is none of these, yet the issuer that publishes the quotation may be
    treated as its maker or as having adopted it (cf. Janus: the maker is whoever has
    ultimate authority over the content, and the issuer controls its own release). A
    prediction in such a quote ("we will help the Company swiftly commercialize") is
    therefore doubtfully protected.

    The rule reports quotations with forward-looking cues whose speaker's organisation is not
    the issuer. The issuer's names come from the issuer profile, else from the release (the
    About heading, the company named with the ticker, the source line); the ``affiliates``
    option adds organisations that speak for the issuer. A speaker with no stated
    organisation is taken to be the issuer's, and so is one of the issuer's subsidiaries or
    divisions, or a business the release says the issuer has acquired ("Acme today
    announced the acquisition of GlobeTopper"; a target before closing speaks for itself).
    The evidence says whether the legend's scope extends to quotations and third parties.
    A quotation that never mentions the issuer (by name, ticker or "the Company") predicts
    the speaker's own business, not one the issuer could be taken to adopt: an `info`
    reminder (an event host's "our investors will value the insights they share").
    """
    if not _issuer_statement(ctx):
        return
    options: ThirdPartyOptions = _options(ctx, ThirdPartyOptions)
    reading = _reading(ctx)
    legend = reading.legend
    if not legend.present:
        return
    names = [*standing(ctx).aliases, *options.affiliates]
    if not names:
        return
    scope = _search_legend(legend, _legend_patterns()["covers_quotes_list"])
    legend_text = legend.text
    for quote, cues in reading.quote_cues():
        organisation = quote.organisation
        if organisation is None or sum(c.weight for c in cues) < FLS_CUE_THRESHOLD:
            continue
        if _is_issuer(organisation, names, ctx.release.text) or _only_title_words(organisation):
            continue
        if _legend_speaks_for(legend_text, organisation):
            continue  # a joint legend: "... Chevron's and Noble Energy's expectations"
        yield _third_party_finding(ctx, quote, cues, names, scope)


def _names_issuer(text: str, names: Sequence[str]) -> bool:
    """Whether a quotation speaks of the issuer: "the Company", or a word of one of its
    names or tickers."""
    if re.search(r"\bthe\s+company\b", text, _I):
        return True
    words = name_tokens(text)
    return any(words & name_tokens(name) for name in names)


def _only_title_words(organisation: str) -> bool:
    """Whether the "organisation" is words of a title ("Incoming" of "Incoming CEO")."""
    words = re.findall(r"[A-Za-z]+", organisation)
    title = _legend_patterns()["title_words"]
    return bool(words) and all(title.match(w) for w in words)


#: A company's legal form closing its name ("Noble Energy, Inc."), left out when the name is
#: looked for in a legend.
_TRAILING_LEGAL_FORM = lazy_compile(",? " + alternation(LEGAL_FORMS) + r"\.?$")


def _legend_speaks_for(legend_text: str, organisation: str) -> bool:
    """Whether the legend makes the organisation a maker of the statements it cautions: it
    names the organisation's expectations or management in the possessive ("Noble Energy's
    management", "Chevron's and Noble Energy's future expectations"), as a joint legend of
    the parties to a transaction does."""
    name = " ".join(organisation.split()).rstrip(".,")
    name = _TRAILING_LEGAL_FORM.sub("", name)  # spaces single
    if len(name) < 3:
        return False
    possessive = (
        rf"\b{re.escape(name)}(?:,?\s+\w+\.?)?[’\x27]s?\s+(?:\w+\s+){{0,2}}?"
        r"(?:management|expectations|beliefs|plans|estimates|assumptions|views|intentions|"
        r"objectives|forward[- ]looking)"
    )
    return release_pattern(possessive, re.IGNORECASE).search(legend_text) is not None


def _third_party_finding(
    ctx: RuleContext, quote: Quote, cues: Sequence[Any], names: Sequence[str], scope: _Hit | None
) -> Finding:
    sentences = ctx.facts.sentences
    first = cues[0]
    sentence = sentences[first.sentence]
    start = max(sentence.start, quote.span.text_start)
    end = min(sentence.end, quote.span.text_end)
    who = ", ".join(x for x in (quote.speaker, quote.title, quote.organisation) if x)
    evidence = [
        f"speaker: {who}",
        "issuer: " + "; ".join(names[:3]),
        "cues in the quotation: " + ", ".join(f'"{c.text}"' for c in cues),
        f'sentence: "{excerpt(sentence.text)}"',
        f'legend scope mentions quotations or third parties: "{scope.text}"'
        if scope
        else "the legend's scope does not mention quotations or third-party statements",
    ]
    severity = None
    if not _names_issuer(ctx.release.text[quote.span.text_start : quote.span.text_end], names):
        # an event host's "our investors will value the insights they share": a prediction
        # about the speaker's own business, not one the issuer could be taken to adopt
        severity = Severity.INFO
        evidence.append("the quotation never mentions the issuer: an info reminder")
    return ctx.finding(
        start,
        end,
        f"forward-looking statement in a quotation of {quote.organisation}, which is not the "
        "issuer; the safe harbor may not cover it",
        evidence=evidence,
        severity=severity,
    )


# -- FLS010 ---------------------------------------------------------------------------------------


@rule(
    code="FLS010",
    name="promissory-language",
    family="fls",
    severity="warning",
    summary="Certainty or promissory language for uncertain future events",
    citation=CITE_CERTAINTY,
    options=CueOptions,
    examples=(
        (
            "The partnership will make us the leading supplier of flexible modules in the region.",
            "We believe the partnership could strengthen our position in the region.",
        ),
        (
            "The new glass line will double our revenue in 2026.",
            "Management's expectation is that the new glass line will double our revenue in 2026.",
        ),
    ),
)
def promissory_language(ctx: RuleContext) -> Iterator[Finding]:
    """A prediction stated as a certainty ("guaranteed", "will double", "will make us the
    leader") about an outcome the issuer does not control (revenue, market acceptance,
    approval, a partner's performance) gets the least protection: cautionary language cannot
    "bespeak caution" about a promise, and Rule 10b-5 reaches unqualified predictions made
    without a reasonable basis. FINRA Rule 2210 forbids promissory claims in broker-dealer
    communications; it binds brokers, not issuers, but it is a useful style benchmark.

    Reported: absolute words ("guaranteed returns", "will certainly", "no doubt ... will"),
    unless negated ("no guarantee") or financial ("loan guarantee"); and "will" followed in
    the same clause by a business outcome (``[certainty]`` in ``fls_cues.toml``; not when the
    words between them make it a continuing effort or a means, ``means``: "will continue to
    grow", "will position us for growth") in a sentence
    with no hedge ("expects", "may", "if", "subject to"). Scheduled mechanics ("the call will
    begin at 4:30 p.m.") are not forward-looking statements and are not reported. Public
    issuers only, as for FLS001.
    """
    if standing(ctx).public is None or not _issuer_statement(ctx):
        return
    reading = _reading(ctx)
    patterns = _certainty_patterns()
    by_sentence = {s.index: s for s in reading.sentences}
    folded = ctx.facts.folded_sentences
    for index, sentence in enumerate(ctx.facts.sentences):
        if sentence.section not in FLS_SECTIONS or reading.legend.contains(sentence.start):
            continue
        # the absolute words run only on a sentence holding one of their required words
        absolute = may_match(patterns["absolute"], folded[index])
        finding = _absolute(ctx, sentence, patterns) if absolute else None
        finding = finding or _will_outcome(ctx, by_sentence.get(index), patterns)
        if finding is not None:
            yield finding


def _absolute(ctx: RuleContext, sentence: Sentence, patterns: dict[str, Any]) -> Finding | None:
    for match in patterns["absolute"].finditer(sentence.text):
        window = sentence.text[max(0, match.start() - 40) : match.end() + 20]
        if patterns["exceptions"].search(window):
            continue
        return ctx.finding(
            sentence.start + match.start(),
            sentence.start + match.end(),
            f'"{match.group()}" states an uncertain outcome as certain',
            evidence=[f'in: "{excerpt(sentence.text)}"', "suggest: expects, aims, intends"],
        )
    return None


#: "will" and the next seven words: "will make us the leading supplier" is a promise, while
#: "will collaborate with the partner's sales force" only mentions sales.
_FIRST_WORDS = re.compile(r"^\S+(?:\s+\S+){0,7}")


_PURPOSE = re.compile(r"\bto\s+(?:help|enable|allow|ensure|make|let)\b", _I)


def _governed_outcome(clause: str, outcomes: re.Pattern[str]) -> re.Match[str] | None:
    """The outcome "will" governs: in its next eight words, or in the eight words after a
    purpose ("will provide our network to help the Company swiftly commercialize")."""
    near = _FIRST_WORDS.match(clause)
    found = outcomes.search(clause, 0, near.end() if near else len(clause))
    if found is not None:
        return found
    purpose = _PURPOSE.search(clause)
    if purpose is None:
        return None
    after = _FIRST_WORDS.match(clause[purpose.end() :].lstrip())
    if after is None:
        return None
    begin = purpose.end() + (len(clause[purpose.end() :]) - len(clause[purpose.end() :].lstrip()))
    return outcomes.search(clause, begin, begin + after.end())


def _will_outcome(
    ctx: RuleContext, fls: FlsSentence | None, patterns: dict[str, Any]
) -> Finding | None:
    if fls is None:
        return None
    text = fls.text
    for cue in fls.cues:
        if cue.text.lower() != "will":
            continue
        offset = cue.start - fls.start
        clause = re.split(r"[;:,]|\s[–—]\s|\bbut\b", text[offset:])[0][:220]
        outcome = _governed_outcome(clause, patterns["outcomes"])
        if outcome is None or patterns["means"].search(clause[: outcome.start()]):
            continue
        if patterns["hedges"].search(text):  # a hedge anywhere in the sentence qualifies it
            return None
        end = cue.start + outcome.end()
        return ctx.finding(
            cue.start,
            end,
            f'"will ... {outcome.group()}" states an uncertain outcome as certain',
            evidence=[
                f'in: "{excerpt(text)}"',
                f'outcome not in the issuer\'s sole control: "{outcome.group()}"; no hedge in '
                "the sentence",
                "suggest: expects, intends, aims to; name the risks in the cautionary section",
            ],
        )
    return None


# -- FLS011 ---------------------------------------------------------------------------------------


@rule(
    code="FLS011",
    name="projection-without-basis",
    family="fls",
    severity="warning",
    summary="Projections without stated basis or assumptions",
    citation=CITE_PROJECTIONS,
    options=CueOptions,
    examples=(
        (
            "Acme expects revenue of $50 million in 2026.",
            "Acme expects revenue of $50 million in 2026, assuming the two signed supply "
            "agreements ship at contracted volumes; revenue was $12 million in 2024.",
        ),
    ),
)
def projection_without_basis(ctx: RuleContext) -> Iterator[Finding]:
    """The Commission's policy on projections (Regulation S-K Item 10(b)) expects a
    reasonable basis, an appropriate format and the key assumptions to be disclosed, and
    since Release 33-11265 asks that projections not based on historical results be
    distinguished as such; Rule 175 / Rule 3b-6 protect projections made with a reasonable
    basis in good faith. A number in a forward-looking sentence ("we expect revenue of $50
    million in 2026") with no assumption, basis or historical comparison nearby invites the
    question what it rests on.

    Reported: a forward-looking sentence with a strong cue whose money, percentage or
    operating figure (revenue, production, capacity, units, ...) comes after the cue, with
    no basis words ("assuming", "based on", "backlog", "compared with", "last year") in it or
    in the sentence before or after. Transaction terms (offering proceeds, purchase price)
    are facts of the deal, not projections, and market-size estimates ("a projected $5
    billion market") are someone else's. Public issuers only, as for FLS001; publishers'
    articles are not checked. Guidance for a named fiscal period ("revenue for full year
    2026 in the range of $25 million to $29 million") is an `info` reminder: issuers seldom
    state its assumptions, and counsel reviewing real releases did not insist on them; a
    long-range target ("sales exceeding $100 million within five years") stays a warning.
    """
    if standing(ctx).public is None or not _issuer_statement(ctx):
        return
    reading = _reading(ctx)
    patterns = _context_patterns()
    sentences = ctx.facts.sentences
    for fls in reading.sentences:
        if not fls.strong or fls.section in ("headline", "subheadline"):
            continue  # a headline's figure is restated, with its basis, in the body
        figure = _projected_figure(ctx, fls, patterns)
        if figure is None:
            continue
        near = [
            sentences[i].text
            for i in (fls.index - 1, fls.index, fls.index + 1)
            if 0 <= i < len(sentences) and sentences[i].paragraph is fls.sentence.paragraph
        ]
        if any(patterns["basis"].search(t) for t in near):
            continue
        evidence = [
            f'forward-looking: {fls.describe()} in "{excerpt(fls.text)}"',
            "no assumption, basis or historical comparison in this or the adjacent sentences",
        ]
        severity = None
        period = patterns["guidance"].search(fls.text)
        if period is not None:
            severity = Severity.INFO
            evidence.append(
                f'periodic guidance ("{period.group()}"): issuers seldom state its '
                "assumptions; an info reminder"
            )
        yield ctx.finding(
            fls.start,
            fls.end,
            f'projection "{figure}" with no stated basis or assumptions',
            evidence=evidence,
            severity=severity,
        )


_NUMBER = lazy_compile(
    r"(?:[$€£]\s?\d[\d,.]*(?:\s?(?:million|billion|thousand|[mbk])\b)?|\d[\d,.]*\s?%|"
    r"\b\d[\d,.]*\s?(?:million|billion|thousand)?\s+(?:units|customers|subscribers|users|"
    r"ounces|barrels|tonnes|tons|MW|GW|GWh|MWh|megawatts|stores|locations))",
    _I,
)


def _projected_figure(ctx: RuleContext, fls: FlsSentence, patterns: dict[str, Any]) -> str | None:
    text = fls.text
    if not patterns["measures"].search(text) or patterns["not_projection"].search(text):
        return None
    first = fls.cues[0]
    first_cue = first.start - fls.start
    for match in _NUMBER.finditer(text):
        if match.start() >= first_cue:
            return match.group().strip()
        # "$50 million in projected revenue": the number may come just before the cue
        if first.id in ("projected", "forecast") and first_cue - match.end() <= 40:
            return match.group().strip()
    return None


RULES: list[Rule] = [
    fls_without_cautionary_statement,
    boilerplate_cautionary_statement,
    untailored_risk_factors,
    vague_filing_reference,
    duty_to_update,
    penny_stock_safe_harbor,
    safe_harbor_exclusion,
    third_party_fls_quote,
    promissory_language,
    projection_without_basis,
]
