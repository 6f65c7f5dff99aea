"""The public rule API: everything a rule pack imports comes from here.

A rule is a function decorated with ``@rule``. The decorator records what counsel and the
tooling need to know about it (code, name, family, default severity, summary, legal or
conventional source, options, examples); the function's docstring is its rationale, shown
by ``disclint explain``. The function receives a ``RuleContext`` and yields findings made
with ``ctx.finding(...)``::

    from disclint.api import RuleContext, rule

    @rule(
        code="ACME001",
        name="no-tbd",
        family="house",
        severity="error",
        summary="Placeholder text left in a release",
        citation="Acme Corp. disclosure policy, section 4",
    )
    def no_tbd(ctx: RuleContext):
        \"\"\"A release must not go out with "TBD" in it.\"\"\"
        for paragraph in ctx.release.paragraphs():
            index = paragraph.text.find("TBD")
            if index != -1:
                start = paragraph.span.text_start + index
                yield ctx.finding(start, start + 3, "Placeholder \\"TBD\\" left in the text")

This module is stable: names here keep their meaning across minor versions. It is also the
boundary of the rule packages: a module under ``rules/`` imports nothing of disclint but
this module and ``disclint.rules...`` (``tests/test_rule_imports.py`` walks them), so the
shared facts and helpers the built-in families read are exported here too (``_LAZY``,
grouped by the module that defines them, loaded on first use).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from disclint.factories import construct_defaults, empty_list
from disclint.lazyre import lazy_compile
from disclint.records import Field, Record
from disclint.source import Position
from disclint.startup import cleandoc

if TYPE_CHECKING:
    from disclint.communication import Communication as Communication
    from disclint.communication import Cue as Cue
    from disclint.communication import PendingCombination as PendingCombination
    from disclint.communication import classify_communication as classify_communication
    from disclint.communication import communication_cue as communication_cue
    from disclint.communication import legend_cue as legend_cue
    from disclint.communication import pending_combination as pending_combination
    from disclint.communication import transaction_legend as transaction_legend
    from disclint.completeness import cut_off as cut_off
    from disclint.completeness import reminder_if_cut as reminder_if_cut
    from disclint.completeness import reminder_if_republished as reminder_if_republished
    from disclint.completeness import reminders_if_cut as reminders_if_cut
    from disclint.completeness import reminders_if_republished as reminders_if_republished
    from disclint.contacts import EMAIL as EMAIL
    from disclint.contacts import URL as URL
    from disclint.contacts import domain_label as domain_label
    from disclint.contacts import squeeze as squeeze
    from disclint.contacts import without_emails as without_emails
    from disclint.cues import FLS_SECTIONS as FLS_SECTIONS
    from disclint.cues import THRESHOLD as FLS_CUE_THRESHOLD
    from disclint.cues import CueReading as CueReading
    from disclint.cues import FlsSentence as FlsSentence
    from disclint.cues import Legend as Legend
    from disclint.cues import compile_list as compile_list
    from disclint.cues import reading_for as reading_for
    from disclint.dateline import MONTH_NAME as MONTH_NAME
    from disclint.dateline import MONTHS as MONTHS
    from disclint.dateline import is_month_day as is_month_day
    from disclint.dateline import match_dateline as match_dateline
    from disclint.dateline import parse_date as parse_date
    from disclint.editdistance import osa_distance as osa_distance
    from disclint.facts import Facts as Facts
    from disclint.facts import Sentence as Sentence
    from disclint.lazyre import lazy_compile as lazy_compile
    from disclint.model import Contact as Contact
    from disclint.model import Dateline as Dateline
    from disclint.model import Element as Element
    from disclint.model import Paragraph as Paragraph
    from disclint.model import Quote as Quote
    from disclint.model import Release as Release
    from disclint.model import SectionKind as SectionKind
    from disclint.model import Span as Span
    from disclint.ownpatterns import release_pattern as release_pattern
    from disclint.phones import is_valid as is_valid_phone
    from disclint.prefilter import any_may_match as any_may_match
    from disclint.prefilter import fold as fold
    from disclint.prefilter import literal_index as literal_index
    from disclint.prefilter import may_match as may_match
    from disclint.prefilter import required_character as required_character
    from disclint.prefilter import search_from as search_from
    from disclint.prefilter import union_literals as union_literals
    from disclint.profile import IssuerProfile as IssuerProfile
    from disclint.quantities import INFINITY as INFINITY
    from disclint.quantities import Interval as Interval
    from disclint.quantities import Kind as Kind
    from disclint.quantities import Qualifier as Qualifier
    from disclint.quantities import Quantity as Quantity
    from disclint.quantities import describe_interval as describe_interval
    from disclint.quantities import format_decimal as format_decimal
    from disclint.quantities import parse_number_words as parse_number_words
    from disclint.quantities import period_key as period_key
    from disclint.quantities import qualified_interval as qualified_interval
    from disclint.quotes import HONORIFIC as HONORIFIC
    from disclint.quotes import SPEECH_VERBS as SPEECH_VERBS
    from disclint.quotes import TITLE_WORDS as TITLE_WORDS
    from disclint.releasescope import at_release_end as at_release_end
    from disclint.releasescope import per_release as per_release
    from disclint.ruledata import any_of as any_of
    from disclint.ruledata import compiled as compiled
    from disclint.ruledata import finditer_any_of as finditer_any_of
    from disclint.ruledata import load_rule_data as load_rule_data
    from disclint.ruledata import search_any_of as search_any_of
    from disclint.sentences import sentence_spans as sentence_spans
    from disclint.standing import GENERIC_SUBJECT as GENERIC_SUBJECT
    from disclint.standing import Standing as Standing
    from disclint.standing import Whose as Whose
    from disclint.standing import issuer_names as issuer_names
    from disclint.standing import name_key as name_key
    from disclint.standing import name_tokens as name_tokens
    from disclint.standing import outside_text as outside_text
    from disclint.standing import same_company as same_company
    from disclint.standing import standing as standing
    from disclint.tables import Cell as Cell
    from disclint.tables import Row as Row
    from disclint.tables import Table as Table
    from disclint.tables import tables_of as tables_of
    from disclint.tickers import TickerMention as TickerMention
    from disclint.tickers import Venue as Venue
    from disclint.tickers import VenueTable as VenueTable
    from disclint.tickers import find_tickers as find_tickers
    from disclint.tickers import load_venues as load_venues
    from disclint.vocabulary import BUSINESS_WORDS as BUSINESS_WORDS
    from disclint.vocabulary import DOTTED_LEGAL_FORMS as DOTTED_LEGAL_FORMS
    from disclint.vocabulary import LEGAL_FORMS as LEGAL_FORMS
    from disclint.vocabulary import SECTOR_WORDS as SECTOR_WORDS
    from disclint.vocabulary import alternation as alternation

__all__ = [
    "BUSINESS_WORDS",
    "DOTTED_LEGAL_FORMS",
    "EMAIL",
    "FLS_CUE_THRESHOLD",
    "FLS_SECTIONS",
    "GENERIC_SUBJECT",
    "HONORIFIC",
    "INFINITY",
    "LEGAL_FORMS",
    "MONTHS",
    "MONTH_NAME",
    "SECTOR_WORDS",
    "SPEECH_VERBS",
    "TITLE_WORDS",
    "URL",
    "Applicability",
    "Cell",
    "Communication",
    "Contact",
    "Cue",
    "CueReading",
    "Dateline",
    "Edit",
    "Element",
    "Facts",
    "Field",
    "Finding",
    "Fix",
    "FlsSentence",
    "Interval",
    "IssuerProfile",
    "Kind",
    "Legend",
    "Paragraph",
    "PendingCombination",
    "Qualifier",
    "Quantity",
    "Quote",
    "Release",
    "Row",
    "Rule",
    "RuleContext",
    "RuleOptions",
    "SectionKind",
    "Sentence",
    "Severity",
    "Span",
    "Standing",
    "Table",
    "TickerMention",
    "Venue",
    "VenueTable",
    "Whose",
    "alternation",
    "any_may_match",
    "any_of",
    "at_release_end",
    "classify_communication",
    "communication_cue",
    "compile_list",
    "compiled",
    "cut_off",
    "describe_interval",
    "domain_label",
    "find_tickers",
    "finditer_any_of",
    "fold",
    "format_decimal",
    "is_month_day",
    "is_valid_phone",
    "issuer_names",
    "lazy_compile",
    "legend_cue",
    "literal_index",
    "load_rule_data",
    "load_venues",
    "match_dateline",
    "may_match",
    "name_key",
    "name_tokens",
    "outside_text",
    "package_rules",
    "parse_date",
    "parse_number_words",
    "pending_combination",
    "per_release",
    "period_key",
    "qualified_interval",
    "reading_for",
    "release_pattern",
    "reminder_if_cut",
    "reminder_if_republished",
    "reminders_if_cut",
    "reminders_if_republished",
    "required_character",
    "rule",
    "same_company",
    "search_any_of",
    "search_from",
    "sentence_spans",
    "squeeze",
    "standing",
    "tables_of",
    "transaction_legend",
    "union_literals",
    "without_emails",
]

#: Shared facts a rule may read, exported here so that rule packs import ``disclint.api``
#: only: the quantities of a release (``disclint.quantities``: a number's kind, value,
#: the interval its writing implies, its qualifier), its tables (``disclint.tables``:
#: rows x columns, scale, negatives), the ``Facts`` and ``IssuerProfile`` types and the
#: section kinds; the kind of securities communication (``disclint.communication``: an
#: offering, a business combination still to be decided, a fund advertisement, with the
#: words that show it, and its legends); ``cut_off`` (``disclint.completeness``: whether
#: the text stops mid-sentence, so that what it lacks may be in a missing part); ``fold``,
#: ``may_match``, ``union_literals``, ``any_may_match`` and ``literal_index``
#: (``disclint.prefilter``: skip a pattern, or a list of patterns at once, whose required
#: literals a text lacks; which of many patterns may match, each literal looked for once;
#: ``required_character``: a character every match of a case-sensitive pattern holds);
#: ``osa_distance`` (``disclint.editdistance``: whether two words are at most k edits
#: apart); ``LEGAL_FORMS`` (``DOTTED_LEGAL_FORMS``),
#: ``BUSINESS_WORDS``, ``SECTOR_WORDS`` and ``alternation``
#: (``disclint.vocabulary``: the words that close a company's name, one list for every
#: reader); ``lazy_compile`` (``disclint.lazyre``: a pattern compiled when first used, for
#: word lists a release may never reach). They load on first use (PEP 562), so importing
#: this module stays cheap.
_LAZY = {
    "Facts": "disclint.facts",
    "IssuerProfile": "disclint.profile",
    "Release": "disclint.model",
    "SectionKind": "disclint.model",
    "INFINITY": "disclint.quantities",
    "Interval": "disclint.quantities",
    "Kind": "disclint.quantities",
    "Qualifier": "disclint.quantities",
    "Quantity": "disclint.quantities",
    "describe_interval": "disclint.quantities",
    "format_decimal": "disclint.quantities",
    "per_release": "disclint.releasescope",
    "at_release_end": "disclint.releasescope",
    "release_pattern": "disclint.ownpatterns",
    "parse_number_words": "disclint.quantities",
    "period_key": "disclint.quantities",
    "qualified_interval": "disclint.quantities",
    "Cell": "disclint.tables",
    "Row": "disclint.tables",
    "Table": "disclint.tables",
    "tables_of": "disclint.tables",
    "Communication": "disclint.communication",
    "Cue": "disclint.communication",
    "PendingCombination": "disclint.communication",
    "classify_communication": "disclint.communication",
    "communication_cue": "disclint.communication",
    "legend_cue": "disclint.communication",
    "pending_combination": "disclint.communication",
    "transaction_legend": "disclint.communication",
    "cut_off": "disclint.completeness",
    "reminder_if_cut": "disclint.completeness",
    "reminders_if_cut": "disclint.completeness",
    "reminder_if_republished": "disclint.completeness",
    "reminders_if_republished": "disclint.completeness",
    "fold": "disclint.prefilter",
    "may_match": "disclint.prefilter",
    "any_may_match": "disclint.prefilter",
    "union_literals": "disclint.prefilter",
    "literal_index": "disclint.prefilter",
    "required_character": "disclint.prefilter",
    "search_from": "disclint.prefilter",
    "osa_distance": "disclint.editdistance",
    "LEGAL_FORMS": "disclint.vocabulary",
    "BUSINESS_WORDS": "disclint.vocabulary",
    "DOTTED_LEGAL_FORMS": "disclint.vocabulary",
    "SECTOR_WORDS": "disclint.vocabulary",
    "alternation": "disclint.vocabulary",
    "lazy_compile": "disclint.lazyre",
    # What the built-in families read (session 17: the rules import nothing else). The
    # parsed release's element types (``disclint.model``) and a sentence of the facts:
    "Contact": "disclint.model",
    "Dateline": "disclint.model",
    "Element": "disclint.model",
    "Paragraph": "disclint.model",
    "Quote": "disclint.model",
    "Span": "disclint.model",
    "Sentence": "disclint.facts",
    # Whose release it is (``disclint.standing``): ``standing(ctx)`` says whether it is the
    # issuer's own, a promotion network's article or a republished copy (``Standing``,
    # ``Whose``); ``@outside_text()`` turns a rule's findings to ``info`` where the text is
    # not the issuer's; the issuer's names, a name's comparable key and identifying words,
    # ``same_company`` and ``GENERIC_SUBJECT`` ("the Company", "we"):
    "GENERIC_SUBJECT": "disclint.standing",
    "Standing": "disclint.standing",
    "Whose": "disclint.standing",
    "issuer_names": "disclint.standing",
    "name_key": "disclint.standing",
    "name_tokens": "disclint.standing",
    "outside_text": "disclint.standing",
    "same_company": "disclint.standing",
    "standing": "disclint.standing",
    # The rule families' data files (``disclint.ruledata``): ``load_rule_data(name)`` reads
    # ``rules/data/NAME.toml``; ``compiled`` and ``any_of`` make case-insensitive patterns
    # of its word lists, compiled on first use; ``search_any_of`` / ``finditer_any_of``
    # search a list of patterns, each only where the text holds its required literals:
    "any_of": "disclint.ruledata",
    "compiled": "disclint.ruledata",
    "finditer_any_of": "disclint.ruledata",
    "load_rule_data": "disclint.ruledata",
    "search_any_of": "disclint.ruledata",
    # The contact reader's address patterns, a domain's registrable name and ``squeeze``
    # (letters and digits, case-folded: names compared with domains) (``disclint.contacts``):
    "EMAIL": "disclint.contacts",
    "URL": "disclint.contacts",
    "domain_label": "disclint.contacts",
    "squeeze": "disclint.contacts",
    "without_emails": "disclint.contacts",
    # Whether a phone number is valid for a region, as ``phonenumbers`` answers
    # (``disclint.phones.is_valid``, without importing ``phonenumbers`` for NANP forms):
    "is_valid_phone": "disclint.phones:is_valid",
    # The dateline reader's month names and date parsing (``disclint.dateline``):
    "MONTHS": "disclint.dateline",
    "MONTH_NAME": "disclint.dateline",
    "is_month_day": "disclint.dateline",
    "match_dateline": "disclint.dateline",
    "parse_date": "disclint.dateline",
    # The quotation reader's word lists (``disclint.quotes``):
    "HONORIFIC": "disclint.quotes",
    "SPEECH_VERBS": "disclint.quotes",
    "TITLE_WORDS": "disclint.quotes",
    # The sentence splitter the facts use (``disclint.sentences``):
    "sentence_spans": "disclint.sentences",
    # Ticker mentions and the venue table (``disclint.tickers``):
    "TickerMention": "disclint.tickers",
    "Venue": "disclint.tickers",
    "VenueTable": "disclint.tickers",
    "find_tickers": "disclint.tickers",
    "load_venues": "disclint.tickers",
    # The forward-looking cue reading, ``ctx.facts.fls_cues`` (``disclint.cues``): its
    # types, the sections it reads, the cue weight that makes a sentence forward-looking
    # (``cues.THRESHOLD``), ``reading_for`` (the reading with a configuration's extra or
    # ignored cues) and ``compile_list`` (one lazily compiled pattern for a word list):
    "FLS_SECTIONS": "disclint.cues",
    "FLS_CUE_THRESHOLD": "disclint.cues:THRESHOLD",
    "CueReading": "disclint.cues",
    "FlsSentence": "disclint.cues",
    "Legend": "disclint.cues",
    "compile_list": "disclint.cues",
    "reading_for": "disclint.cues",
}


def __getattr__(name: str) -> Any:
    """Load a shared fact type or helper named in ``_LAZY`` on first use (PEP 562)."""
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attribute = where.partition(":")  # "module:attribute" when renamed here
    loaded = sys.modules.get(module)  # most are imported by then: skip importlib's checks
    if loaded is None:
        import importlib

        loaded = importlib.import_module(module)
    value = getattr(loaded, attribute or name)
    globals()[name] = value
    return value


CODE_PATTERN = re.compile(r"^[A-Z]{2,5}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class Severity(str, Enum):
    """How serious a finding is: ``error`` fails a run by default, ``info`` never does."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more serious (error 3, warning 2, info 1)."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Applicability(str, Enum):
    """Whether a fix may be applied without a person reading it (ruff's three levels)."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


@dataclass(frozen=True)
class Edit:
    """Replace ``raw[start:end]`` of the original file (character offsets) by ``replacement``.

    A plain dataclass, not a pydantic model: rules make one per fix on the hot path, and a
    validated model would cost ~20 ms of validator building on the first one of each run.
    """

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    """A proposed correction: what it does, the edits, and how safe it is to apply."""

    description: str
    edits: list[Edit]
    applicability: Applicability = Applicability.SAFE


class Finding(Record):
    """One problem found in one file, with where, why and the working behind it.

    ``start``/``end`` are positions in the original file (1-based line and column in
    characters, 0-based character offset). ``evidence`` lists the values and arithmetic
    that led to the finding, one step per line.
    """

    # A light record (``disclint.records``): made without pydantic on a check; validated by
    # the pydantic model of the same declaration when read from outside
    # (``Finding.model_validate``). The docstring above is its JSON schema's description.

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    start: Position
    end: Position
    section: str | None = None
    heading: str | None = None
    evidence: list[str] = Field(default_factory=empty_list)
    citation: str | None = None
    fix: Fix | None = None
    fingerprint: str | None = None
    url: str | None = None


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class RuleOptions(Record, extra="forbid", populate_by_name=True, alias_generator=_kebab):
    """Base class for a rule's options; config keys may use kebab-case or snake_case.

    Declare options as a pydantic model's fields (annotations, defaults, ``Field(...,
    description=...)``, importing ``Field`` from ``disclint.api``). A light record
    (``disclint.records``): a run without ``[rules.X]`` tables takes the defaults and never
    imports pydantic; a table is validated by the pydantic model of the same declaration.
    """


CheckFunction = Callable[["RuleContext"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A rule's identity, documentation and check function. Create it with ``@rule``."""

    code: str
    name: str
    family: str
    severity: Severity
    summary: str
    citation: str
    check: CheckFunction
    rationale: str = ""
    options: type[RuleOptions] | None = None
    examples: tuple[tuple[str, str], ...] = ()
    fixable: bool = False
    default_enabled: bool = True
    origin: str = "built-in"

    def __call__(self, ctx: RuleContext) -> Iterable[Finding]:
        return self.check(ctx)

    def default_options(self) -> RuleOptions | None:
        """The options' defaults (trusted: not validated, so the model is not built)."""
        return construct_defaults(self.options) if self.options is not None else None


def rule(
    *,
    code: str,
    name: str,
    family: str,
    severity: Severity | str,
    summary: str,
    citation: str,
    options: type[RuleOptions] | None = None,
    examples: Iterable[tuple[str, str]] = (),
    fixable: bool = False,
    default_enabled: bool = True,
) -> Callable[[CheckFunction], Rule]:
    """Declare a rule. ``examples`` are (flagged, accepted) pairs shown by ``explain``."""
    if not CODE_PATTERN.match(code):
        raise ValueError(f"rule code {code!r} must be 2-5 capital letters and three digits")
    if not NAME_PATTERN.match(name):
        raise ValueError(f"rule name {name!r} must be kebab-case")

    def decorate(check: CheckFunction) -> Rule:
        return Rule(
            code=code,
            name=name,
            family=family,
            severity=Severity(severity),
            summary=summary,
            citation=citation,
            check=check,
            rationale=cleandoc(check.__doc__ or ""),
            options=options,
            examples=tuple(examples),
            fixable=fixable,
            default_enabled=default_enabled,
            origin=getattr(check, "__module__", "") or "",
        )

    return decorate


@dataclass
class RuleContext:
    """What a rule's check sees: the parsed release, its facts, the issuer profile and the
    rule's options. ``finding`` builds a ``Finding`` located in the original file."""

    release: Release
    rule: Rule
    options: Any
    issuer: IssuerProfile
    _facts: Facts | None = None
    _findings_made: list[Finding] = field(default_factory=list)

    @property
    def facts(self) -> Facts:
        """Quantities, tickers, emails, phones, dates and cues, computed once per release."""
        if self._facts is None:
            from disclint.facts import Facts

            self._facts = Facts(self.release)
        return self._facts

    def finding(
        self,
        start: int | Element,
        end: int | None = None,
        message: str = "",
        *,
        evidence: Iterable[str] = (),
        fix: Fix | None = None,
        severity: Severity | str | None = None,
    ) -> Finding:
        """A finding at ``release.text[start:end]`` (or at an element's span).

        ``message`` says what is wrong in one sentence; ``evidence`` shows the working.
        """
        release = self.release
        if not isinstance(start, int):
            element = start
            start, end = element.span.text_start, element.span.text_end
            begin, finish = element.span.start, element.span.end
        else:
            end = start if end is None else end
            begin, finish = _positions(release, start, end)
        return Finding.model_construct(
            code=self.rule.code,
            name=self.rule.name,
            severity=Severity(severity) if severity else self.rule.severity,
            message=message,
            path=release.path,
            start=begin,
            end=finish,
            section=release.section_at(start),
            heading=release.heading_at(start),
            evidence=list(evidence),
            citation=self.rule.citation,
            fix=fix,
        )

    def at_raw(
        self,
        raw_start: int,
        raw_end: int,
        message: str,
        *,
        evidence: Iterable[str] = (),
        fix: Fix | None = None,
    ) -> Finding:
        """A finding at raw file offsets (for markup the reader removed from the text)."""
        release = self.release
        return Finding.model_construct(
            code=self.rule.code,
            name=self.rule.name,
            severity=self.rule.severity,
            message=message,
            path=release.path,
            start=release.raw_position(raw_start),
            end=release.raw_position(raw_end),
            section=release.section_at(release.text_offset_of_raw(raw_start)),
            heading=release.heading_at(release.text_offset_of_raw(raw_start)),
            evidence=list(evidence),
            citation=self.rule.citation,
            fix=fix,
        )


def _positions(release: Release, start: int, end: int) -> tuple[Position, Position]:
    return release.position(start), release.end_position(end)


def iter_rules(namespace: dict[str, Any] | Iterable[Any]) -> Iterator[Rule]:
    """Every ``Rule`` in a module namespace or an iterable, in definition order."""
    values = namespace.values() if isinstance(namespace, dict) else namespace
    for value in values:
        if isinstance(value, Rule):
            yield value


def package_rules(package: str, path: Iterable[str]) -> list[Rule]:
    """The ``RULES`` of every public module of a package (``package_rules(__name__,
    __path__)`` in its ``__init__``), module by module in name order: a rule family or pack
    that keeps one rule per module gathers them with this, so adding a rule is adding a
    file."""
    import importlib

    rules: list[Rule] = []
    for name in sorted(module_names(list(path))):
        if name.startswith("_"):
            continue
        module = importlib.import_module(f"{package}.{name}")
        rules.extend(getattr(module, "RULES", ()))
    return rules


def module_names(path: list[str]) -> list[str]:
    """The names ``pkgutil.iter_modules(path)`` gives, in its order. For folders it reads
    them as pkgutil does, without pkgutil: pkgutil imports ``inspect`` (with ``ast``, ``dis``
    and ``tokenize``) for the one function it uses, ``getmodulename``, and importing those
    was a twentieth of a one-file check. Anything else on the path (a zip file) goes to
    pkgutil. ``tests/test_startup.py`` compares the two."""
    import os

    if not all(os.path.isdir(entry) for entry in path):
        import pkgutil

        return [info.name for info in pkgutil.iter_modules(path)]
    from importlib.machinery import all_suffixes

    suffixes = sorted(all_suffixes(), key=len, reverse=True)  # the longest first, as inspect

    def module_name(filename: str) -> str | None:
        return next((filename[: -len(s)] for s in suffixes if filename.endswith(s)), None)

    names: list[str] = []
    seen: set[str] = set()
    for entry in path:
        yielded: set[str] = set()
        try:
            filenames = sorted(os.listdir(entry))  # packages before same-named modules
        except OSError:
            filenames = []
        for filename in filenames:
            name = module_name(filename)
            if name == "__init__" or (name is not None and name in yielded):
                continue
            if not name and os.path.isdir(os.path.join(entry, filename)) and "." not in filename:
                name = filename
                try:
                    contents = os.listdir(os.path.join(entry, filename))
                except OSError:
                    contents = []
                if not any(module_name(inner) == "__init__" for inner in contents):
                    continue  # not a package
            if name and "." not in name:
                yielded.add(name)
                if name not in seen:
                    seen.add(name)
                    names.append(name)
    return names


def excerpt(text: str, start: int = 0, end: int | None = None, width: int = 110) -> str:
    """A short, single-line excerpt of ``text[start:end]`` for a message or evidence line:
    the visible words only (a tag or an entity that reached the text is shown as what a
    reader sees)."""
    piece = " ".join(visible(text[start:end]).split())
    return piece if len(piece) <= width else piece[: width - 1].rstrip() + "…"


_TAG = lazy_compile(r"<(?:/?[A-Za-z][\w:-]*(?:\s[^<>]{0,300})?|!--.*?--)>", re.DOTALL)
_ENTITY = lazy_compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")


def visible(text: str) -> str:
    """``text`` as a reader sees it: markup tags removed, character entities decoded."""
    if "<" not in text and "&" not in text:
        return text
    import html

    return _ENTITY.sub(lambda m: html.unescape(m.group()), _TAG.sub(" ", text))
