"""NUM015 (margin = profit / revenue) and NUM016 (EPS = net income / weighted shares).

Both are ratios of two figures an earnings release states by name. The claim reader ties
each figure to its concept from the label it follows ("gross profit of $3.5 million",
"revenue was $10.0 million", "gross margin of 35%", "net income of $3.7 million, or $0.12
per diluted share", "30,000,000 weighted average diluted shares") and relates figures of
one paragraph only when the paragraph names each concept once and one length of period: a
paragraph with the quarter and the year side by side states two revenues, and which margin
goes with which is not known, so it is left alone. A figure the words make a prior-period
one ("from", "compared to", "a year earlier") is never an operand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from disclint.api import Facts, Finding, Kind, Quantity, RuleContext, lazy_compile, rule
from disclint.rules.arithmetic.checks import (
    CITATION_10B5,
    analysis,
    difference,
    measured_relations,
    plain,
    show,
)
from disclint.rules.arithmetic.claims import (
    View,
    face_interval,
    figures_from,
    plain_after,
    plain_between,
)
from disclint.rules.arithmetic.periods import names_several_lengths

__all__ = ["Ratio", "earnings_per_share", "margin", "ratio_claims"]

HUNDRED = Decimal(100)

_LINK = (
    r"(?:\s+[\w'’.%-]+){0,4}?(?:\s+(?:for|in|during)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:19|20)\d\d)?"
    r"\s+(?:of|was|were|totall?ed|reached|to|at|is|came in at)\s+"
)
_QUAL = r"(?:(?:approximately|about|a record|record)\s+)*$"
#: Profit lines and the margin words that name them.
PROFITS = {
    "gross": r"gross profit",
    "operating": r"operating (?:income|profit)|income from operations",
    "ebitda": r"(?<!adjusted )ebitda",
    "adjusted ebitda": r"adjusted ebitda",
    "net": r"net income|net earnings|net profit",
}
#: "total revenues were up 5% in USD and up 7% in constant currency to $42.4 billion": the
#: growth, in one or more currencies or bases, between the measure and its figure.
_GROWTH_LINK = (
    r"(?:\s+(?:were|was))?\s+(?:up|down|rose|grew|increased|decreased|fell|declined)\b"
    r"(?:[^$.;:\d]|\d[\d.,]*\s?(?:%|percent)){0,70}?\bto\s+"
)
#: "Revenue: $87.4 million": a label and its colon link a highlights line's figure too.
_REVENUE = lazy_compile(
    rf"\b(?:total\s+)?(?:revenues?|net sales|sales)(?:{_LINK}|{_GROWTH_LINK}|\s?:\s*){_QUAL}",
    re.I,
)
_MARGIN = lazy_compile(
    rf"\b(?P<kind>gross|operating|adjusted ebitda|ebitda|net(?: profit)?|profit)\s+margins?"
    rf"{_LINK}{_QUAL}",
    re.I,
)
#: "a 45.0% gross margin": the margin's words right after its figure, an article before.
_MARGIN_AFTER = lazy_compile(
    r"^\s*(?P<kind>gross|operating|adjusted ebitda|ebitda|net(?: profit)?|profit)\s+margins?\b",
    re.I,
)
_ARTICLE_BEFORE = lazy_compile(r"\b(?:an?|its)\s+$", re.I)
_PROFIT = {
    kind: lazy_compile(rf"\b(?:{pattern}){_LINK}{_QUAL}", re.I) for kind, pattern in PROFITS.items()
}
_PRIOR = lazy_compile(
    # "income from operations" names a profit line, not a prior period
    r"(?:\bfrom(?!\s+(?:continuing\s+|discontinued\s+)?operations\b)|compared\s+(?:to|with)"
    r"|versus|vs\.?|prior|previous|last year|year[- ]ago)"
    r"\W+(?:[\w'’-]+\W+){0,4}$",
    re.I,
)
_PRIOR_AFTER = lazy_compile(r"^\s*(?:a year (?:earlier|ago)|in the (?:prior|previous))", re.I)
_EPS_AFTER = lazy_compile(
    # "$0.42", "US$0.42", "C$0.42": the currency as written before the digits
    r"^\s*(?:(?:,\s*)?or\s+|\(\s*)(?P<eps>(?:US|C|CA|A|AU|NZ|HK|S)?\$\s?\(?-?\d[\d.]*\)?)\s+per\s+"
    r"(?:basic\s+and\s+|basic\s+)?"
    r"(?:(?:fully\s+)?diluted\s+)?(?:common\s+)?share",
    re.I,
)
_WEIGHTED = lazy_compile(r"weighted[- ]average", re.I)


@dataclass(frozen=True, slots=True)
class Ratio:
    """numerator / denominator = stated (x100 for a margin)."""

    code: str
    concept: str  # "gross margin", "diluted EPS"
    numerator: Quantity
    denominator: Quantity
    stated: Quantity


def _current(view: View, q: Quantity) -> bool:
    return not (_PRIOR.search(view.before(q, 60)) or _PRIOR_AFTER.match(view.after(q, 30)))


def _named(view: View, pattern: re.Pattern[str], kind: Kind) -> list[Quantity]:
    return [
        q
        for q in view.of(kind)
        if not q.in_range
        and q.per is None
        and pattern.search(view.before(q, 80))
        and _current(view, q)
    ]


def ratio_claims(views: list[View]) -> list[Ratio]:
    """Margins and EPS whose operands one paragraph names once each."""
    by_block: dict[int | None, list[View]] = {}
    for view in views:
        by_block.setdefault(view.block, []).append(view)
    found: list[Ratio] = []
    blocks = list(by_block.values())
    for index, block in enumerate(blocks):
        words = " ".join(v.text for v in block).lower()
        if ("margin" not in words and "weighted" not in words) or _mixed_periods(block):
            continue
        # the revenue a margin divides may sit a paragraph or two earlier ("Revenue was
        # $42.7 million." above "Gross profit reached $24.2 million, a gross margin of 57%")
        found.extend(_margins(block, blocks[max(0, index - _REVENUE_BACK) : index]))
        found.extend(_eps(block))
    seen = {(id(r.numerator), id(r.stated)) for r in found}
    for view in views:
        for r in _per_share_on_count(view):
            if (id(r.numerator), id(r.stated)) not in seen:
                found.append(r)
    return found


#: "..., on 50.0 million diluted shares": the count a per-share figure divides by, stated
#: right after it.
_ON_COUNT = lazy_compile(r"^\s*(?:,\s*)?(?:based\s+)?on\s+(?:approximately\s+|about\s+)?$", re.I)


def _per_share_on_count(view: View) -> Iterator[Ratio]:
    """ "Core FFO of $28.5 million, or $0.57 per diluted share, on 50.0 million diluted
    shares": a measure, its per-share amount and the share count it is divided by, all in
    one phrase, whatever the measure (FFO, adjusted net income, distributable earnings)."""
    counts = [c for c in view.of(Kind.SHARES) if not c.in_range and c.instrument is None]
    if not counts:
        return
    for q in view.of(Kind.MONEY):
        if q.per is not None or q.in_range or not _EPS_AFTER.match(plain_after(view, q, 60)):
            continue
        if not _current(view, q):
            continue
        per_share = _per_share_after(view, q)
        if len(per_share) != 1:
            continue
        eps = per_share[0]
        after = [c for c in counts if c.start > eps.end]
        # one count: "27.4 million basic and 28.9 million diluted" leaves the divisor open
        if len(after) != 1 or not _ON_COUNT.match(
            view.between(eps, after[0]).split("share", 1)[-1]
        ):
            continue
        shares = after[0]
        kind = _eps_kind(eps)
        if kind is not None and _share_kind(view, shares) not in (None, kind):
            continue
        if shares.value <= 0 or (
            eps.negative and not (q.negative or _search_loss(view.before(q, 80)))
        ):
            continue
        yield Ratio("NUM016", "per-share amount", _magnitude(q), shares, _magnitude(eps))


#: How many paragraphs (or list items) before a margin its revenue is looked for: a
#: highlights list states revenue first, then a line or two of parts, then each profit with
#: its margin ("- Total revenue rose 9% to $61.2 million ... - Services revenue was ... -
#: Gross profit was ... - Operating income was $8.3 million, an operating margin of
#: 13.6%"). The nearest paragraph that names the whole's revenue is taken, and only if it
#: names the same length of period.
_REVENUE_BACK = 4


def _mixed_periods(views: list[View]) -> bool:
    return names_several_lengths(" ".join(v.text for v in views))


def _one(figures: list[Quantity]) -> Quantity | None:
    return figures[0] if len({q.value for q in figures}) == 1 else None


def _whole_revenue(view: View) -> list[Quantity]:
    """Revenue figures of the whole business: not one a word before it narrows to a part
    ("Subscription revenue was $36.9 million", "product sales of"), which a consolidated
    margin does not divide."""
    found = []
    for q in _named(view, _REVENUE, Kind.MONEY):
        before = view.before(q, 80)
        match = _last(_REVENUE, before)
        head = before[: match.start()].rstrip() if match else ""
        word = head.split()[-1].strip("*•-–:(\"'“”") if head.split() else ""
        glued = re.search(r"(?<=[a-z])[A-Z][a-z]*$", word)  # "ResultsNet revenue": a lost break
        word = (glued.group() if glued else word).lower()
        if word and head[-1:].isalnum() and not _WHOLE_WORD.fullmatch(word):
            continue
        found.append(q)
    return found


#: Words that may stand before "revenue" of the whole business.
_WHOLE_WORD = lazy_compile(
    r"the|its|our|their|a|an|total|consolidated|overall|company|company's|company’s|reported"
    r"|gaap|record|with|and|of|was|were|net|gross|quarterly|annual|in|to|on|from|by|as|that"
    r"|which|generated|recorded|q[1-4]|fy\d*|\d{4}|(?:first|second|third|fourth)(?:-quarter)?"
    r"|full-year|fiscal|quarter|year|half|nine-month|six-month|month|months|period",
)


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 (the last one is wanted)
        pass
    return found


def _margins(block: list[View], earlier: list[list[View]]) -> Iterator[Ratio]:
    revenues = [q for v in block for q in _whole_revenue(v)]
    for previous in reversed(earlier):
        if revenues:
            break
        named = [q for v in previous for q in _whole_revenue(v)]
        if named and not _mixed_periods([*previous, *block]):
            revenues = named
    revenue = _one(revenues)
    if revenue is None or revenue.value <= 0:
        return
    margins: dict[str, list[Quantity]] = {}
    for view in block:
        for q in view.of(Kind.PERCENT):
            before = view.before(q, 80)
            match = _MARGIN.search(before)
            subject = before[: match.start()] if match else before
            if match is None and _ARTICLE_BEFORE.search(before):
                # "..., a 45.0% gross margin": the margin named after its figure
                match = _MARGIN_AFTER.match(view.after(q, 40))
            if match and _segment_subject(subject):
                continue  # "Meridianbet gross margin improved to 72%": a segment's margin
            if match and not q.in_range and _current(view, q):
                kind = match.group("kind").lower()
                kind = "net" if kind.startswith(("net", "profit")) else kind
                margins.setdefault(kind, []).append(q)
            elif not match and not q.in_range and _current(view, q):
                # "adjusted EBITDA was $3.0 million, a margin of 20%": the margin of the
                # profit the clause just named
                bare_kind = _bare_margin_kind(view.before(q, 120))
                if bare_kind is not None:
                    margins.setdefault(bare_kind, []).append(q)
    for kind, stated in margins.items():
        profits = [
            (v, q)
            for v in block
            for q in _named(v, _PROFIT[kind], Kind.MONEY)
            if not _part_of_business(v, q, _PROFIT[kind])
        ]
        percent = _one(stated)
        profit = _one([q for _v, q in profits])
        if percent is not None and profit is not None:
            pairs = [(percent, profit)]
        else:
            pairs = _by_basis(block, stated, profits, _MARGIN, _PROFIT[kind])
        for percent, profit in pairs:
            if not profit.negative:
                yield Ratio("NUM015", f"{kind} margin", profit, revenue, percent)


_ADJUSTED = lazy_compile(r"\b(?:non-gaap|adjusted)\s*$", re.I)


def _basis(view: View, q: Quantity, label: re.Pattern[str]) -> str | None:
    """ "non-gaap" or "gaap" from the word right before a figure's label ("non-GAAP
    operating margin was 46%", "GAAP operating income was"); None if it has no label."""
    before = view.before(q, 80)
    match = _last(label, before)
    if match is None:
        return None
    return "non-gaap" if _ADJUSTED.search(before[: match.start()]) else "gaap"


def _by_basis(
    block: list[View],
    stated: list[Quantity],
    profits: list[tuple[View, Quantity]],
    margin: re.Pattern[str],
    profit: re.Pattern[str],
) -> list[tuple[Quantity, Quantity]]:
    """A paragraph with a GAAP and a non-GAAP figure of one profit line and its margin
    ("GAAP operating income was $10.9 billion, and GAAP operating margin was 26%. Non-GAAP
    operating income was $19.6 billion, and non-GAAP operating margin was 46%"): each
    margin with the profit of its own basis, when each basis names one of each."""
    views = {id(q): v for v in block for q in v.quantities}
    pairs = []
    for basis in ("gaap", "non-gaap"):
        margins = [q for q in stated if _basis(views[id(q)], q, margin) == basis]
        amounts = [q for v, q in profits if _basis(v, q, profit) == basis]
        if len(margins) == 1 and len(amounts) == 1:
            pairs.append((margins[0], amounts[0]))
    return pairs


_BARE_MARGIN = lazy_compile(
    r",\s*(?:an?\s+|for\s+an?\s+)?margin\s+of\s+(?:approximately\s+)?$", re.I
)


def _bare_margin_kind(before: str) -> str | None:
    """The profit a bare "..., a margin of 20%" belongs to: the one profit named in the
    words before it, its figure the last amount before the margin."""
    bare = _BARE_MARGIN.search(before)
    if bare is None:
        return None
    clause = re.split(r"[;.]\s", before[: bare.start()])[-1]
    kinds = [
        kind
        for kind, pattern in PROFITS.items()
        if re.search(rf"\b(?:{pattern})\b", clause, re.I)
        and not (kind == "ebitda" and re.search(r"adjusted ebitda", clause, re.I))
    ]
    return kinds[0] if len(kinds) == 1 else None


#: "Industrial segment operating income", "the Americas division's gross profit".
_PART_NOUN = lazy_compile(r"\b(?:segment|division|unit|region)(?:'s|’s)?\s*$", re.I)


def _part_of_business(view: View, q: Quantity, pattern: re.Pattern[str]) -> bool:
    """Whether the words before a profit figure's label name a segment, division or brand
    (a part's profit is divided by the part's revenue, not the whole's)."""
    before = view.before(q, 80)
    match = _last(pattern, before)
    if match is None:
        return False
    head = before[: match.start()]
    return _PART_NOUN.search(head) is not None or _segment_subject(head)


#: Words before a measure that narrow nothing ("its gross margin", "consolidated ...").
_NEUTRAL_BEFORE = lazy_compile(
    r"(?:^|\W)(?:the|its|our|their|a|an|total|consolidated|overall|company|company's"
    r"|company’s|reported|gaap|record|with|and|of|was|improved|quarterly|annual)\s*$",
    re.I,
)


_PERIOD_WORD = lazy_compile(
    r"Q[1-4]|FY\d*|\d{4}|(?:first|second|third|fourth)(?:[- ]quarter)?|full[- ]year|fiscal"
    r"|quarter|year|annual|quarterly|adjusted|non-gaap|gaap",
    re.I,
)


def _segment_subject(before: str) -> bool:
    """Whether the word right before a measure names a part of the business (a segment,
    brand or region written with a capital: "Meridianbet gross margin", "Americas
    revenue") rather than the whole: the whole's figure and a part's are never paired."""
    words = before.rstrip().split()
    if not words or _NEUTRAL_BEFORE.search(before.rstrip()):
        return False
    last = words[-1].strip("*•-–:(\"'“”")
    if not last or _PERIOD_WORD.fullmatch(last):
        return False  # "Q1 gross margin", "Fourth-quarter gross margin"
    return last[0].isupper()


def _eps(block: list[View]) -> Iterator[Ratio]:
    """Net income (or loss) with its per-share amounts ("$5.9 million, or $0.22 per basic
    share and $0.20 per diluted share") over the weighted average shares of the same kind
    ("27.4 million basic and 28.9 million diluted weighted average shares"); a per-share
    amount that names no kind takes the paragraph's one weighted count."""
    weighted: dict[str | None, list[Quantity]] = {}
    for v in block:
        for q in v.of(Kind.SHARES):
            if _WEIGHTED.search(v.before(q, 60) + v.after(q, 60)) and _current(v, q):
                weighted.setdefault(_share_kind(v, q), []).append(q)
    if not weighted:
        return
    every = _one([q for counts in weighted.values() for q in counts])
    for view in block:
        for q in _named(view, _NET_RESULT, Kind.MONEY):
            if not _EPS_AFTER.match(plain_after(view, q, 60)):
                continue
            loss = q.negative or _search_loss(view.before(q, 80))
            for eps in _per_share_after(view, q):
                kind = _eps_kind(eps)
                shares = _one(weighted.get(kind, [])) if kind else None
                if shares is None and (kind is None or not _kinds_named(weighted)):
                    shares = every
                if shares is None or shares.value <= 0:
                    continue
                if eps.negative and not loss:
                    continue  # income with a negative per-share figure: not this line's EPS
                yield Ratio("NUM016", "EPS", _magnitude(q), shares, _magnitude(eps))


#: The net result an EPS divides: income or a loss ("net loss of $6.3 million, or $(0.14)
#: per share").
_NET_RESULT = lazy_compile(
    rf"\b(?:{PROFITS['net']}|net loss(?:es)?|net (?:income|earnings) \(loss\))\**{_LINK}{_QUAL}",
    re.I,
)
_LOSS = lazy_compile(r"\bnet loss(?:es)?\b[^$]*$", re.I)


def _search_loss(before: str) -> bool:
    return _LOSS.search(before) is not None


def _kinds_named(weighted: dict[str | None, list[Quantity]]) -> bool:
    return any(weighted.get(k) for k in ("basic", "diluted"))


def _share_kind(view: View, q: Quantity) -> str | None:
    """ "27.4 million basic and 28.9 million diluted weighted average shares": the word
    right after a count, else the last one before it."""
    after = re.match(r"\s*(?:weighted[- ]average\s+)?(basic|diluted)\b", view.after(q, 40), re.I)
    if after:
        return after.group(1).lower()
    before = re.findall(r"\b(basic|diluted)\b", view.before(q, 40), re.I)
    return before[-1].lower() if before else None


def _eps_kind(eps: Quantity) -> str | None:
    text = (eps.per_text or "").lower()
    if "basic and diluted" in text or ("basic" in text and "diluted" in text):
        return None
    return "diluted" if "diluted" in text else "basic" if "basic" in text else None


def _per_share_after(view: View, q: Quantity) -> list[Quantity]:
    """The per-share amounts right after a net result: ", or $0.22 per basic share and
    $0.20 per diluted share"."""
    found: list[Quantity] = []
    last = q
    # the figures after ``q`` only (a skip over every figure before it, for each net
    # result, was quadratic in a long sentence of them)
    after = figures_from(view, q.end - view.start + 1, len(view.text) + 1)
    for e in (f for f in after if f.kind is Kind.MONEY):
        if e.start <= q.end:
            continue
        if e.per != "share":
            break
        # "$12.6 million for the third quarter, or $0.42 per diluted share": the period
        # (date, figure-less parenthesis) after the amount is the amount's
        gap = view.between(last, e) if last is not q else plain_between(view, q, e)
        link = (
            # ", or $0.38 per share", " ($0.38 per share)"; one run of spaces before the
            # comma and one after it (two optional runs side by side are quadratic)
            r"(?<!\s)\s*(?:,\s*)?or\s+|(?<!\s)\s*\(\s*"
            if last is q
            else r"(?:\s+per\s+(?:(?:basic|fully|diluted|common)\s+)*share)?\s*(?:,\s*)?"
            r"(?:and|or)\s+"
        )
        if not re.fullmatch(link, gap, re.I):
            break
        found.append(e)
        last = e
    return found


def _magnitude(q: Quantity) -> Quantity:
    """A loss and its per-share figure compared as sizes: "$(0.14) per share" on a net
    loss of $6.3 million."""
    if not q.negative and q.value >= 0:
        return q
    from dataclasses import replace

    from disclint.api import qualified_interval

    value = abs(q.value)
    return replace(
        q, value=value, interval=qualified_interval(value, q.ulp, q.qualifier), negative=False
    )


def table_ratio_claims(facts: Facts, views: list[View], every: list[View]) -> list[Ratio]:
    """Margins stated in text against the statement table's profit line and revenue of
    the same period (statements.py links them)."""
    from disclint.rules.arithmetic.statements import margin_links

    return [
        Ratio("NUM015", f"{m.kind} margin", m.amount, m.revenue, m.stated)
        for m in margin_links(facts, views, every)
    ]


def _check(ctx: RuleContext, code: str) -> Iterator[Finding]:
    rel = analysis(ctx).relations
    if not rel.figured:
        # a ratio's stated operand is a percent or an amount per share: a quantity of the
        # release or a table's cell (``Relations.figured``); none, no ratio is read
        return
    # imported here: joins reads this module's readers
    from disclint.rules.arithmetic.eps_text import text_eps
    from disclint.rules.arithmetic.joins import joined_eps, joined_margins

    views = list(rel.claim_views())
    claims = ctx.facts.memo("num-ratio-claims", lambda: ratio_claims(views))
    if code == "NUM015":
        claims = [*claims, *table_ratio_claims(ctx.facts, views, rel.views)]
        from disclint.rules.arithmetic.revenue_margins import revenue_margins

        claims_after = revenue_margins(rel)
    else:
        claims_after = []
    # operands joined across sentences come last: a claim read in one phrase goes first
    claims = [*claims, *(joined_eps(rel) if code == "NUM016" else joined_margins(rel))]
    if code == "NUM016":
        claims.extend(ctx.facts.memo("num-text-eps", lambda: text_eps(rel)))
        from disclint.rules.arithmetic.eps_after_net import eps_after_net

        claims.extend(eps_after_net(rel))
        from disclint.rules.arithmetic.eps_clauses import eps_clauses

        claims.extend(eps_clauses(rel))
    # one typed fact per figure, queried (measures_text): after every template reader
    measured = measured_relations(rel)
    claims.extend(measured.ratios if measured else ())
    claims.extend(claims_after)
    seen: set[int] = set()
    for claim in claims:
        if claim.code != code or claim.stated.start in seen:
            continue
        seen.add(claim.stated.start)
        scale = HUNDRED if code == "NUM015" else Decimal(1)
        computed_iv = (face_interval(claim.numerator) / face_interval(claim.denominator)).scaled(
            scale
        )
        if computed_iv.overlaps(face_interval(claim.stated)):
            continue
        from disclint.rules.arithmetic.measures_text import periods_disagree

        if periods_disagree(rel, claim.numerator, claim.denominator, claim.stated):
            continue  # a ratio of one period's figure to another's: no claim of the release
        computed = claim.numerator.value / claim.denominator.value * scale
        stated = claim.stated
        yield ctx.finding(
            stated.start,
            stated.end,
            f"{plain(claim.numerator)} / {plain(claim.denominator)} is "
            f"{'' if claim.concept == 'EPS' else 'a '}{claim.concept} of "
            f"{show(computed, stated)}, not {stated.text.strip()}",
            evidence=(
                f"{plain(claim.numerator)} / {plain(claim.denominator)}"
                f"{' x 100' if code == 'NUM015' else ''} = {show(computed, stated)}",
                f"stated {claim.concept}: {stated.text.strip()}",
                difference(computed, stated),
            ),
        )


@rule(
    code="NUM015",
    name="margin",
    family="arithmetic",
    severity="error",
    summary="A margin that is not the profit line divided by revenue",
    citation=CITATION_10B5 + "; Regulation S-K Item 303 (MD&A results of operations)",
    examples=(
        (
            "Revenue was $10.0 million. Gross profit was $3.5 million and gross margin was 45%.",
            "Revenue was $10.0 million. Gross profit was $3.5 million and gross margin was 35%.",
        ),
        (
            "Revenue for the quarter was $200.0 million. Adjusted EBITDA for the quarter was "
            "$30.0 million, a 18.0% margin.",
            "Revenue for the quarter was $200.0 million. Adjusted EBITDA for the quarter was "
            "$30.0 million, a 15.0% margin.",
        ),
    ),
)
def margin(ctx: RuleContext) -> Iterator[Finding]:
    """A margin is a profit line divided by revenue of the same period: "gross profit of
    $3.5 million on revenue of $10.0 million, a gross margin of 35%". When a paragraph
    states the three figures (each once, none of them a prior-period figure), the stated
    margin must be the quotient within the figures' rounding; a margin that contradicts its
    own profit and revenue misstates the result it summarises.

    A bare "a 15.0% margin" after a profit figure takes the one revenue of the sentence
    before, in the same paragraph (``joins``), when both are of one subject ("Its
    adjusted EBITDA" after "Kelby's revenue"; a named company's profit is never divided
    by the release's own revenue) and one period ("over the same period")."""
    yield from _check(ctx, "NUM015")


@rule(
    code="NUM016",
    name="earnings-per-share",
    family="arithmetic",
    severity="error",
    summary="Earnings per share that is not net income divided by weighted shares",
    citation=CITATION_10B5 + "; ASC 260 (earnings per share)",
    examples=(
        (
            "Net income was $3.7 million, or $0.15 per diluted share, on 30,000,000 weighted "
            "average diluted shares outstanding.",
            "Net income was $3.7 million, or $0.12 per diluted share, on 30,000,000 weighted "
            "average diluted shares outstanding.",
        ),
        (
            "Net income for the quarter was $6.0 million, or $0.38 per diluted share.\n\n"
            "Diluted weighted-average shares outstanding for the quarter were 20.0 million.",
            "Net income for the quarter was $6.0 million, or $0.30 per diluted share.\n\n"
            "Diluted weighted-average shares outstanding for the quarter were 20.0 million.",
        ),
    ),
)
def earnings_per_share(ctx: RuleContext) -> Iterator[Finding]:
    """Earnings per share is net income divided by the weighted average shares
    (ASC 260). When a paragraph states net income with its per-share amount ("$3.7
    million, or $0.12 per diluted share") and one weighted average share count, the
    quotient must match the stated EPS within the figures' rounding.

    The count may stand in a sentence or paragraph of its own ("Diluted shares averaged
    20.0 million during the quarter", ``joins``): it is joined to the net income (or FFO)
    and its per-share figure only when the release states one such count of the EPS's
    kind (basic, diluted) and period, and one figure of that measure and period it could
    divide; a count of another period, another kind or a year earlier is never joined.

    The EPS may also be named before its figure ("Diluted earnings per share were $0.31
    (net income, $9.3 million; weighted average diluted shares, 30.1 million)"), each
    figure may carry its own period ("... 17.3 million in the fourth quarter of 2024"), and
    the count may stand in a table's weighted-shares row of the EPS's kind and period
    (``eps_text``, ``eps_table_count``); an adjusted or core EPS is never net income's."""
    yield from _check(ctx, "NUM016")
