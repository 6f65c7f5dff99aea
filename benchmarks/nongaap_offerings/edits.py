"""The realistic edits the dev set applies to corpus releases, and how candidates are chosen.

Each edit turns a clean release into a defective one by one change a drafter could make
(delete the reconciliation, put a non-GAAP figure in the headline, drop the non-GAAP label,
strip the Rule 135c legend, the prospectus sentence or the merger legend, drop a dividend's
record date). No corpus text is stored: an edit is a rule applied to the named file when the
benchmark runs. ``CATEGORIES`` pairs each edit with the rule expected to catch it and with the
selector that picks candidate releases by what their raw text contains.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

FLAGS = re.IGNORECASE


def _sentences(pattern: str) -> re.Pattern[str]:
    """A sentence (within one text node, not across blank lines) that matches ``pattern``."""
    body = r"(?:[^.!?<>\n]|\n(?![ \t|]*\n)|\.(?=\d)|(?<=\b[A-Z])\.|(?<=\bNo)\.|(?<=\bInc)\.)"
    return re.compile(rf"{body}*(?:{pattern}){body}*[.!?]?", FLAGS)


def delete_sentences(raw: str, pattern: str) -> str:
    """Delete every sentence matching ``pattern``."""
    return _sentences(pattern).sub("", raw)


RECONCILIATION_HEADING = re.compile(
    r"(?:^|>|\n)[^<>\n]{0,80}\breconcil\w*\b[^<>\n]{0,160}(?:<|\n|$)", FLAGS
)


def remove_reconciliation(raw: str) -> str:
    """Drop the reconciliation: everything from the first reconciliation heading (in the
    second half of the release, where the tables sit) to the end, and every sentence that
    points to it."""
    half = len(raw) // 3
    match = RECONCILIATION_HEADING.search(raw, half)
    if match is not None:
        raw = raw[: match.start() + (raw[match.start()] in ">\n")]
    return delete_sentences(raw, r"reconcil")


NON_GAAP_FIGURE = re.compile(
    r"\b(adjusted\s+EBITDA|adjusted\s+net\s+income|adjusted\s+EPS|non-GAAP\s+(?:net\s+income|"
    r"EPS|earnings\s+per\s+(?:diluted\s+)?share)|free\s+cash\s+flow)\b[^.$\n]{0,60}?"
    r"((?:\$|US\$)\s?\d[\d,.]*\s*(?:million|billion)?)",
    FLAGS,
)
#: The headline: the first line or text node near the top that announces results.
HEADLINE = re.compile(
    r"(?:^|>|\n)(?:#+\s+)?(?=[^<>\n]{0,120}\b(?:Reports?|Announces?|Results|Quarter)\b)"
    r"(?=[^<>\n]{15,300}(?:<|\n|$))",
    FLAGS,
)


def non_gaap_headline(raw: str) -> str:
    """Put the first non-GAAP figure of the body at the front of the headline ("Adjusted
    EBITDA of $20.2 million; ..."), ahead of anything GAAP."""
    match = NON_GAAP_FIGURE.search(raw)
    lead = re.search(r"\btoday\b", raw)  # the headline sits above the lead's "today"
    heading = HEADLINE.search(raw, 0, min(20000, lead.start() if lead else 20000))
    if match is None or heading is None:
        return raw
    measure = " ".join(w.capitalize() if w.islower() else w for w in match.group(1).split())
    prefix = f"{measure} of {match.group(2).strip()}; "
    return raw[: heading.end()] + prefix + raw[heading.end() :]


LABEL = (
    r"non-GAAP|non-IFRS|not\s+(?:\w+\s+){0,8}?(?:in\s+accordance\s+with|under|defined\s+(?:by|under)|"
    r"recogni[sz]ed\s+(?:by|under)|prescribed\s+by)\s+(?:U\.S\.\s+|US\s+)?(?:GAAP|IFRS|generally|"
    r"accounting\s+principles\s+generally)|"
    r"supplemental\s+(?:financial\s+)?measures?|reconcil\w*\s+(?:\w+\s+){0,4}?(?:to|with|from)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,3}?(?:U\.S\.\s+)?GAAP|reconcil\w*\s+of\s+(?:GAAP\s+)?(?:net\s+)?"
    r"(?:income|earnings|loss)\s+(?:\w+\s+){0,3}?to\s+(?:adjusted|core|normali[sz]ed|underlying)"
)


def drop_label(raw: str) -> str:
    """Drop the non-GAAP label: delete the sentences that identify a measure as non-GAAP
    (those that state no figure: the figures stay) and the word "non-GAAP" wherever it is
    left (headings, table captions, "non-GAAP net income was ...")."""
    raw = _sentences(LABEL).sub(
        lambda m: m.group() if re.search(r"\$\s?\d", m.group()) else "", raw
    )
    raw = re.sub(r"\bnon-GAAP\s*(?:financial\s+)?(?:measures?)?", "", raw, flags=FLAGS)
    return re.sub(r"\bnon-IFRS\s*", "", raw, flags=FLAGS)


NOT_REGISTERED = (
    r"not\s+(?:yet\s+)?been\s+(?:and\s+will\s+not\s+be\s+)?registered|will\s+not\s+be\s+registered|"
    r"not\s+registered\s+under|exempt(?:ions?)?\s+from\s+(?:the\s+)?(?:\w+\s+){0,3}?registration|"
    r"absent\s+registration|not\s+be\s+(?:re)?offered\s+or\s+sold\s+in\s+the\s+United\s+States|"
    r"not\s+for\s+(?:distribution|dissemination)"
)
PROSPECTUS = (
    r"prospectus[^.]{0,250}(?:obtained|accessed|available|accessible|requested|sec\.gov)|"
    r"(?:copies|copy)\s+of\s+(?:the\s+)?(?:\w+\s+){0,5}?prospectus|"
    r"(?:obtain|request|access)\w*[^.]{0,120}prospectus"
)
WHERE_TO_FIND = (
    r"additional\s+information|where\s+to\s+find|(?:urged|advised|encouraged)\s+to\s+read|"
    r"read\s+(?:the|such|these|its)\s+(?:\w+\s+){0,6}?(?:proxy\s+statement|prospectus|"
    r"registration\s+statement|Schedule\s+TO|tender\s+offer|solicitation)|free\s+of\s+charge|"
    r"free\s+cop(?:y|ies)|sec\.gov"
)
#: The heading of an M&A legend section: "Additional Information and Where to Find It",
#: "Important Information for Investors and Stockholders", "Participants in the Solicitation".
MA_LEGEND_HEADING = re.compile(
    r"^[ \t#*_]*(?:important\s+(?:additional\s+)?information|additional\s+information\s+"
    r"(?:and|about|regarding)|where\s+to\s+find|no\s+offer\s+or\s+solicitation|participants\s+"
    r"in\s+(?:the\s+)?solicitation)\b[^\n.]{0,100}$",
    FLAGS,
)
#: A legend paragraph that stands without a heading: it urges holders to read the proxy
#: statement, registration statement, prospectus or Schedule TO.
MA_LEGEND_PARAGRAPH = re.compile(
    r"(?:urged|advised|encouraged)\s+to\s+read[^\n]{0,400}?(?:proxy|registration\s+statement|"
    r"prospectus|Schedule\s+(?:TO|14D-9)|tender\s+offer)",
    FLAGS,
)


def _is_heading(line: str) -> bool:
    """A short line with no closing punctuation: a section heading of a line-structured text."""
    text = line.strip().strip("#*_ ")
    return 0 < len(text) <= 100 and text[-1] not in ".!?:;," and not text[0].islower()


def strip_ma_legend(raw: str) -> str:
    """Delete the M&A legend: each section under a legend heading ("Additional Information
    and Where to Find It", "Important Information for Investors", "Participants in the
    Solicitation"), heading and paragraphs up to the next heading, and any paragraph without
    such a heading that urges holders to read the proxy statement or Schedule TO. Works on
    line-structured text (.txt, .md), where a paragraph is a line."""
    kept: list[str] = []
    in_legend = False
    for line in raw.splitlines(keepends=True):
        if MA_LEGEND_HEADING.match(line.rstrip("\r\n")):
            in_legend = True
            continue
        if in_legend and _is_heading(line):
            in_legend = False
        if in_legend or MA_LEGEND_PARAGRAPH.search(line):
            continue
        kept.append(line)
    return "".join(kept)


#: A month's abbreviation ("Dec. 17"): its period does not end the clause.
_MONTH_DOT = r"(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.|(?<=\bSept)\."
RECORD = (
    r",?\s*(?:to|for)\s+(?:the\s+)?(?:share|stock|unit)?holders\s+of\s+record\b"
    rf"(?:[^.;()]|{_MONTH_DOT})*?"
    rf"(?=(?!{_MONTH_DOT})[.;(]|,\s+(?:payable|and)|\s+payable)"
)


def drop_record_date(raw: str) -> str:
    """Drop the dividend's record date ("to holders of record on May 1")."""
    raw = re.sub(RECORD, "", raw, flags=FLAGS)
    raw = delete_sentences(raw, r"record\s+date|of\s+record")
    return raw


@dataclass(frozen=True)
class Category:
    """One kind of edit: what it does, the rule that must catch it, how to pick releases."""

    name: str
    description: str
    expect: str
    apply: Callable[[str], str]
    select: Callable[[str, str], bool]  # (raw text, manifest kind) -> candidate?
    gone: str  # a pattern the edit must have removed (checked at benchmark time)
    #: Whether a release (its raw text) has what the edit removes, judged on the visible text
    #: and wording rather than the manifest kind; used to draw and check the ``test2`` split.
    eligible: Callable[[str], bool] | None = None


def _has(pattern: str) -> Callable[[str], bool]:
    compiled = re.compile(pattern, FLAGS)
    return lambda raw: bool(compiled.search(raw))


_MEASURE = _has(r"adjusted\s+EBITDA|adjusted\s+(?:net\s+income|EPS|earnings)|non-GAAP|free\s+cash")
_PRIVATE = _has(r"private\s+placement|regulation\s+[DS]\b|rule\s+144A|accredited\s+investors")
_REGISTERED = _has(r"underwritten\s+public\s+offering|registered\s+direct|public\s+offering")
_COMBINATION = _has(
    r"merger\s+agreement|plan\s+of\s+merger|definitive\s+agreement|tender\s+offer|exchange\s+offer"
)
_VOTE = _has(
    r"proxy\s+statement|special\s+meeting|Form\s+S-4|Schedule\s+TO|(?:share|stock)holder\s+approval"
)
_DIVIDEND = _has(r"declare[sd]?\s+(?:a|an)\s+(?:\w+\s+){0,4}?dividend")


@lru_cache(maxsize=4)
def visible_text(raw: str) -> str:
    """The text a reader sees: tags and entities resolved, runs of white space made one."""
    import html

    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", raw)))


def _all(*patterns: str) -> Callable[[str], bool]:
    compiled = [re.compile(p, FLAGS) for p in patterns]
    return lambda raw: all(c.search(visible_text(raw)) for c in compiled)


#: A periodic results release: its title (the opening of the text) announces results, and
#: the text names a reported period.
_RESULTS_TITLE = re.compile(
    r"^.{0,150}?\b(?:results|quarter|Q[1-4]|earnings|fiscal|full[- ]year|"
    r"(?:three|six|nine|twelve)\s+months)\b",
    FLAGS,
)
_RESULTS = (
    r"\b(?:quarter|fiscal\s+(?:year|20\d\d)|full[- ]year|(?:three|six|nine|twelve)\s+months|"
    r"year\s+ended|financial\s+results)\b"
)
_MEASURES = (
    r"adjusted\s+EBITDA|\bEBITDA\b|adjusted\s+(?:net\s+income|EPS|earnings)|non-GAAP|non-IFRS|"
    r"free\s+cash\s+flow"
)
#: A reconciliation of a measure (not the cash-flow statement's "adjustments to reconcile").
_RECONCILED = (
    r"reconcil\w*\s+(?:\w+\W+){0,12}?(?:GAAP|IFRS|EBITDA|adjusted|measures?)\b|"
    r"(?:GAAP|IFRS|EBITDA|adjusted|measures?)\W+(?:\w+\W+){0,4}?reconcil\w*"
)
_UNREGISTERED = (
    r"private\s+placement|\bPIPE\b|regulation\s+[DS]\b|rule\s+(?:144A|506)|accredited\s+investors|"
    r"unregistered|non-brokered|hold\s+period|securities\s+purchase\s+agreement"
)
_OFFERED = (
    r"public\s+offering|registered\s+direct|at-the-market|shelf|before\s+investing|"
    r"\bETFs?\b|\bfunds?\b"
)
_MA_DEAL = r"merger|acquir\w+|acquisition|tender\s+offer|exchange\s+offer|business\s+combination"
_MA_LEGEND = (
    MA_LEGEND_PARAGRAPH.pattern + r"|where\s+to\s+find|free\s+cop(?:y|ies)\s+of\s+(?:the\s+)?"
    r"(?:\w+\s+){0,3}?(?:proxy|registration|Schedule\s+TO|tender)"
)
_DIVIDEND_RECORD = (
    r"(?:dividend|distribution)[\s\S]{0,250}?(?:of\s+record|record\s+date)|"
    r"(?:of\s+record|record\s+date)[\s\S]{0,250}?(?:dividend|distribution)"
)


def _results(raw: str) -> bool:
    """A results release: the title announces results and the text names a period."""
    return bool(_RESULTS_TITLE.search(visible_text(raw))) and _all(_RESULTS)(raw)


def _headline_on_top(raw: str) -> bool:
    """The line the headline edit writes into is the release's title, not a body paragraph
    that happens to say "quarter" (it starts within the first 200 visible characters)."""
    heading = HEADLINE.search(raw, 0, 20000)
    return heading is not None and len(visible_text(raw[: heading.start()]).strip()) <= 200


def _prospectus_offer(raw: str) -> bool:
    """An offering's prospectus sentence, not a merger legend's proxy statement/prospectus."""
    return _all(PROSPECTUS, _OFFERED)(raw) and not _all(_MA_DEAL, _MA_LEGEND)(raw)


CATEGORIES: dict[str, Category] = {
    "remove-reconciliation": Category(
        "remove-reconciliation",
        "delete the reconciliation tables (from their heading on) and the sentences "
        "pointing to them",
        "NG002",
        remove_reconciliation,
        lambda raw, kind: kind == "earnings" and _MEASURE(raw) and _has(r"reconcil")(raw),
        r"reconcil",
        lambda raw: _results(raw) and _all(_MEASURES, _RECONCILED)(raw),
    ),
    "non-gaap-headline": Category(
        "non-gaap-headline",
        "put the first non-GAAP figure of the body at the front of the headline",
        "NG003",
        non_gaap_headline,
        lambda raw, kind: (
            kind == "earnings"
            and bool(NON_GAAP_FIGURE.search(raw))
            and bool(HEADLINE.search(raw, 0, 20000))
        ),
        r"(?!)",
        lambda raw: _results(raw) and bool(NON_GAAP_FIGURE.search(raw)) and _headline_on_top(raw),
    ),
    "drop-label": Category(
        "drop-label",
        'delete the sentences calling a measure non-GAAP and the word "non-GAAP" elsewhere',
        "NG006",
        drop_label,
        lambda raw, kind: kind == "earnings" and _has(r"non-GAAP")(raw) and _MEASURE(raw),
        r"non-GAAP",
        lambda raw: _results(raw) and _all(_MEASURES, r"non-GAAP")(raw),
    ),
    "strip-135c-legend": Category(
        "strip-135c-legend",
        'delete the "not registered under the Securities Act" legend',
        "OFF001",
        lambda raw: delete_sentences(raw, NOT_REGISTERED),
        lambda raw, kind: _PRIVATE(raw) and _has(NOT_REGISTERED)(raw),
        NOT_REGISTERED,
        _all(_UNREGISTERED, NOT_REGISTERED),
    ),
    "strip-prospectus": Category(
        "strip-prospectus",
        "delete the sentences saying where the prospectus can be obtained",
        "OFF004",
        lambda raw: delete_sentences(raw, PROSPECTUS),
        lambda raw, kind: _REGISTERED(raw) and _has(PROSPECTUS)(raw),
        PROSPECTUS,
        _prospectus_offer,
    ),
    "strip-ma-legend": Category(
        "strip-ma-legend",
        'delete the "Additional Information and Where to Find It" legend (heading and paragraphs)',
        "OFF005",
        strip_ma_legend,
        lambda raw, kind: _COMBINATION(raw) and _VOTE(raw) and _has(WHERE_TO_FIND)(raw),
        r"additional\s+information\s+and\s+where|urged\s+to\s+read",
        _all(_MA_DEAL, _MA_LEGEND),
    ),
    "drop-record-date": Category(
        "drop-record-date",
        "delete the dividend's record date",
        "DISC004",
        drop_record_date,
        lambda raw, kind: _DIVIDEND(raw) and _has(r"of\s+record|record\s+date")(raw),
        r"of\s+record|record\s+date",
        _all(_DIVIDEND_RECORD),
    ),
}
