"""What the disclosure rules share: their cue data and who they apply to."""

from __future__ import annotations

import re

from disclint.api import RuleContext, compiled, load_rule_data, standing


def cue(section: str, name: str) -> re.Pattern[str]:
    """A pattern of ``rules/data/disc_cues.toml`` (``[section] name``), compiled once."""
    return compiled(load_rule_data("disc_cues")[section][name])


def data(section: str, name: str) -> str:
    """A plain value of ``rules/data/disc_cues.toml``."""
    return str(load_rule_data("disc_cues")[section][name])


def applies(ctx: RuleContext) -> bool:
    """The issuer's own release: not a promotion network's article about it."""
    return standing(ctx).third_party is None


def lead_spans(ctx: RuleContext) -> list[tuple[int, int]]:
    """Headline, subheadlines and the dateline paragraph: where an announcement says what
    it announces."""
    release = ctx.release
    spans = [(e.span.text_start, e.span.text_end) for e in release.subheadlines]
    if release.headline is not None:
        spans.insert(0, (release.headline.span.text_start, release.headline.span.text_end))
    lead = release.dateline.span.text_start if release.dateline else None
    for paragraph in release.body:
        if paragraph.rows is None and (lead is None or paragraph.span.text_end > lead):
            spans.append((paragraph.span.text_start, paragraph.span.text_end))
            break
    return spans


def registrant(ctx: RuleContext) -> bool:
    """An SEC registrant as far as the profile or a US listing in the text shows (the
    Form 8-K reminders are for them)."""
    if ctx.issuer.reporting_status in ("13(a)", "15(d)"):
        return True
    if ctx.issuer.reporting_status == "none":
        return False
    return any(t.market == "US" and not t.otc for t in ctx.facts.tickers)
