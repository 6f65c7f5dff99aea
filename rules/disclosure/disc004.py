"""DISC004: dividend and split announcements missing the fields the market needs."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import (
    Field,
    Finding,
    RuleContext,
    RuleOptions,
    excerpt,
    may_match,
    reminder_if_cut,
    rule,
)
from disclint.rules.disclosure.common import applies, cue, lead_spans

#: A declaration's details follow it closely ("... payable on May 15 to holders of record
#: on May 1."): this many characters from the declaring sentence on.
_WINDOW = 1200
#: A summary, a policy or a refusal shows in the words before the declaring verb and just
#: after it ("declare dividends in the future"); what follows the declared amount ("bringing
#: the total for the year to $0.88") does not undo the declaration.
_NOT_NOW_AFTER = 20
_SECTIONS = ("body", "headline", "subheadline", "quote", "dateline", None)
_TITLE = ("headline", "subheadline")


class CorporateActionOptions(RuleOptions):
    """DISC004: whether a reverse split must give its new CUSIP."""

    require_cusip: bool = Field(
        default=True,
        description="Report (warning) a reverse split taking effect without its new CUSIP",
    )


@rule(
    code="DISC004",
    name="corporate-action-details",
    family="disclosure",
    severity="error",
    summary="Dividend without amount, record or payment date; split without ratio or date",
    citation=(
        "Exchange Act Rule 10b-17 (17 CFR 240.10b-17); Nasdaq Rule 5250(e)(6)-(7) and "
        "IM-5250-3; NYSE Listed Company Manual 202.06; FINRA Rule 6490"
    ),
    options=CorporateActionOptions,
    examples=(
        (
            "Acme Corp. (Nasdaq: ACME) today announced that its Board of Directors declared a "
            "quarterly cash dividend of $0.25 per share, payable on May 15, 2025.",
            "Acme Corp. (Nasdaq: ACME) today announced that its Board of Directors declared a "
            "quarterly cash dividend of $0.25 per share, payable on May 15, 2025 to "
            "stockholders of record at the close of business on May 1, 2025.",
        ),
    ),
)
def corporate_action_details(ctx: RuleContext) -> Iterator[Finding]:
    """Rule 10b-17 requires an issuer to give notice of a dividend or other distribution,
    a stock split or reverse split: the amount (or ratio), the record date, the payment
    (or effective) date; the exchanges need the same notice before the record date
    (Nasdaq Rule 5250(e)(6); NYSE 202.06) and a reverse split's new CUSIP (Nasdaq
    5250(e)(7)). An announcement missing one of them leaves holders and the market
    unable to tell who is entitled and when.

    Dividends: a sentence that declares a dividend (not a summary of past ones, a policy,
    a refusal, one "previously announced" or one the sentence says was paid) and the next
    few sentences must state the amount, the record date ("holders of record", "record
    date") and the payment date ("payable", "to be paid"); when the text stops mid-sentence
    within that reach (a cut-off copy), the finding is an `info` reminder.
    When the declaration is the release's announcement (the headline, the lead or the first
    paragraph) and gives neither date, it summarises what the body details further down,
    and any cut-off copy makes it a reminder.
    Splits announced in the headline or lead: the ratio and the effective date must be
    stated; a reverse split being effected without a new CUSIP is a `warning` for an
    exchange-listed issuer (Nasdaq Rule 5250(e)(7)) and an `info` reminder for one quoted
    only over the counter, where FINRA assigns the CUSIP through the corporate-action
    notice (Rule 6490) and the release need not carry it. In a cut-off copy both are
    reminders.
    """
    if not applies(ctx):
        return
    yield from _dividends(ctx)
    yield from _splits(ctx)


def _dividends(ctx: RuleContext) -> Iterator[Finding]:
    sentences = ctx.facts.sentences
    declared, not_now = cue("dividend", "declared"), cue("dividend", "not_now")
    recalled = cue("dividend", "recalled")
    fields = {
        "amount": cue("dividend", "amount"),
        "record date": cue("dividend", "record"),
        "payment date": cue("dividend", "payment"),
    }
    candidates = []
    # the declaration pattern runs only on sentences holding one of its required words
    # (most sentences name no dividend): the same matches, without a scan per sentence
    folded = ctx.facts.folded_sentences if may_match(declared, ctx.facts.folded) else []
    for index, sentence in enumerate(sentences if folded else []):
        if sentence.section not in _SECTIONS or not may_match(declared, folded[index]):
            continue
        match = declared.search(sentence.text)
        if match is None or not_now.search(sentence.text, 0, match.end() + _NOT_NOW_AFTER):
            continue
        if recalled.search(sentence.text):
            continue  # history: a declaration announced before, a dividend already paid
        candidates.append((sentence, match))
    # the body's own declaration carries the details; the headline only names it
    in_body = [c for c in candidates if c[0].section not in _TITLE]
    named_above = len(in_body) < len(candidates)  # the headline announces it too
    for sentence, match in in_body[:1] or candidates[:1]:
        window = ctx.release.text[sentence.start : sentence.end + _WINDOW]
        dateline = ctx.release.dateline
        paragraph = sentence.paragraph.text.strip()
        announced = (
            sentence.section in _TITLE
            or (dateline is not None and sentence.end <= dateline.span.text_start)
            or (len(paragraph) < 160 and not paragraph.endswith("."))
        )
        if announced or named_above:
            window += " ".join(p.text for p in ctx.release.body)  # the release announces it
        missing = [name for name, pattern in fields.items() if not pattern.search(window)]
        if missing:
            start = sentence.start + match.start()
            finding = ctx.finding(
                start,
                start + len(match.group()),
                f"dividend declared without its {' and '.join(missing)}",
                evidence=[
                    f'"{excerpt(sentence.text)}"',
                    f"no {', no '.join(missing)} in this sentence or the {_WINDOW} "
                    "characters after it",
                ],
            )
            first = next((p for p in ctx.release.body if p.rows is None), None)
            undated = {"record date", "payment date"} <= set(missing)
            # a lead that mentions the dividend without its dates: details come further down
            summary = undated and (announced or sentence.paragraph is first)
            # a headline or lead announcement (the body declares it nowhere else) is detailed
            # further down, which a cut copy may have lost
            if summary or announced or sentence.end + _WINDOW > len(ctx.release.text.rstrip()):
                finding = reminder_if_cut(ctx.release, finding)  # details may be in a lost part
            yield finding


def _splits(ctx: RuleContext) -> Iterator[Finding]:
    release = ctx.release
    spans = lead_spans(ctx)
    split = next(
        (m for a, b in spans if (m := cue("split", "split").search(release.text, a, b))), None
    )
    if split is None:
        return
    lead = " ".join(release.text[a:b] for a, b in spans)
    if cue("split", "proposal").search(lead):
        return
    body = " ".join(p.text for p in release.body)
    missing = [
        name
        for name, pattern in (
            ("ratio", cue("split", "ratio")),
            ("effective date", cue("split", "effective")),
        )
        if not pattern.search(body) and not pattern.search(lead)
    ]
    if missing:
        yield reminder_if_cut(
            release,
            ctx.finding(
                split.start(),
                split.end(),
                f"{split.group()} announced without its {' and '.join(missing)}",
                evidence=[f'"{excerpt(lead, 0, 200)}"'],
            ),
        )
    elif (
        _options(ctx).require_cusip
        and cue("split", "reverse").search(split.group())
        and not cue("split", "cusip").search(body)
    ):
        quoted_only = bool(ctx.facts.tickers) and all(t.otc for t in ctx.facts.tickers)
        yield reminder_if_cut(
            release,
            ctx.finding(
                split.start(),
                split.end(),
                f"{split.group()} takes effect but the release gives no new CUSIP number",
                evidence=[
                    "FINRA Rule 6490 processing uses the new CUSIP; naming it tells holders "
                    "and brokers which line to expect"
                    if quoted_only
                    else "Nasdaq Rule 5250(e)(7) and FINRA Rule 6490 processing use the new CUSIP"
                ],
                severity="info" if quoted_only else "warning",
            ),
        )


def _options(ctx: RuleContext) -> CorporateActionOptions:
    if isinstance(ctx.options, CorporateActionOptions):
        return ctx.options
    return CorporateActionOptions()
