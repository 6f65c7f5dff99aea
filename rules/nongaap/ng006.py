"""NG006: unlabelled non-GAAP measures and per-share liquidity measures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from disclint.api import (
    Finding,
    RuleContext,
    excerpt,
    reminder_if_cut,
    reminder_if_republished,
    rule,
)
from disclint.rules.nongaap.scope import applies, context_pattern

if TYPE_CHECKING:
    from disclint.rules.nongaap.measures import MeasureKind

#: Measures whose name already says how they differ from GAAP: "7% in constant currency" and
#: "organic growth" state their basis. FFO is not among them: "funds from operations" reads like
#: a cash-flow caption, and REITs are expected to call it non-GAAP (C&DI 102.01).
_SELF_DESCRIBING = {"constant_currency"}
#: Measures recognised by what the text does with a GAAP caption (``ng_measures.toml``).
_BY_USE = {"excluding", "restated", "defined"}


@rule(
    code="NG006",
    name="non-gaap-labels",
    family="nongaap",
    severity="warning",
    summary="Non-GAAP measure not identified as non-GAAP, or a liquidity measure per share",
    citation=(
        "Non-GAAP C&DI 100.05 (titles); Regulation S-K Item 10(e)(1)(ii)(A), (E); "
        "Non-GAAP C&DI 102.05 (per-share liquidity measures)"
    ),
    examples=(
        (
            "Acme Corp. (Nasdaq: ACME) reported net cash from operating activities of $52 "
            "million. Free cash flow per share was $0.85.",
            "Acme Corp. (Nasdaq: ACME) reported net cash from operating activities of $52 "
            "million and free cash flow (a non-GAAP measure) of $34 million.",
        ),
    ),
)
def labels_and_per_share(ctx: RuleContext) -> Iterator[Finding]:
    """A non-GAAP measure must not be presented so that it reads as a GAAP figure: the
    release identifies it as non-GAAP and uses a title that does not mimic a GAAP caption
    (C&DI 100.05). A liquidity measure such as free cash flow may not be presented per
    share (Item 10(e)(1)(ii)(A); C&DI 102.05).

    Two checks: an "adjusted" measure or free cash flow presented with a figure in a
    release that never calls any measure non-GAAP (or "not in accordance with GAAP"); and
    free cash flow written per share. A measure is also known by its use: a GAAP caption
    restated excluding items, or a caption the release defines as net income adjusted
    ("defines operating income as net income excluding investment gains").
    """
    if not applies(ctx):
        return
    # imported once the rule applies (``scope``): most releases are read by no NG rule
    from disclint.rules.nongaap.measures import read_measures

    reading = read_measures(ctx)
    text = ctx.release.text
    per_share = context_pattern("per_share")
    for mention in reading.presented():
        after = per_share.search(text, mention.end, mention.end + 30)
        if mention.kind.liquidity and after and not text[mention.end : after.start()].strip():
            yield ctx.finding(
                mention.start,
                after.end(),
                f'liquidity measure "{mention.text}" presented per share',
                evidence=[f'"{excerpt(text, mention.unit_start, mention.unit_end)}"'],
            )
    if reading.labelled is None:
        unlabelled = [m for m in reading.presented() if m.kind.key not in _SELF_DESCRIBING]
        if unlabelled:
            first = unlabelled[0]
            finding = ctx.finding(
                first.start,
                first.end,
                f'"{first.text}"{_described(first.kind)} is not identified as a non-GAAP '
                "measure anywhere in the release",
                evidence=[
                    f'"{excerpt(text, first.unit_start, first.unit_end)}"',
                    'no "non-GAAP" or "not in accordance with GAAP" statement in the release',
                ],
            )
            yield reminder_if_republished(ctx, reminder_if_cut(ctx.release, finding))


def _described(kind: MeasureKind) -> str:
    """What a measure recognised by its use rather than its name is ("net income" restated
    excluding items): said in the message, since its words alone read as GAAP."""
    return f" ({kind.label})" if kind.key in _BY_USE else ""
