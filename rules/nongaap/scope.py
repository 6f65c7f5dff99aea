"""Whether the NG rules apply to a release at all, decided without the measure reader.

Regulation G binds a registrant for its own disclosures (``applies``): a release of an
issuer that does not report, a promotion network's article about one, or a release dated
before the rule's effective date is read by no NG rule, each of which asks ``applies``
first and returns when it is false. This module holds that question, so the measure
reader (``measures``: the measure lexicon, the reconciliation and label readers) is
imported only by a rule that goes on to read the release, not by every check; the rules
import ``measures`` after ``applies`` has answered, inside the rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import RuleContext, compiled, lazy_compile, load_rule_data, standing

if TYPE_CHECKING:
    import datetime as dt

    from disclint.api import Release

__all__ = ["applies", "context_pattern", "release_date"]


def context_pattern(name: str) -> re.Pattern[str]:
    """A context pattern of ``rules/data/ng_context.toml``, compiled once."""
    return compiled(load_rule_data("ng_context")[name])


def applies(ctx: RuleContext) -> bool:
    """Regulation G binds the registrant for its own disclosures: not a promotion
    network's article about it, nor a non-reporting issuer (profile ``reporting_status``).
    Decided once per release, whichever NG rule asks first."""
    return ctx.facts.memo("nongaap.applies", lambda: _applies(ctx))


def _applies(ctx: RuleContext) -> bool:
    import datetime as dt

    issuer = ctx.issuer
    if issuer.reporting_status == "none" or standing(ctx).third_party is not None:
        return False
    own = release_date(ctx.release)
    if own is not None and own < dt.date.fromisoformat(load_rule_data("ng_context")["effective"]):
        return False
    if issuer.reporting_status in ("13(a)", "15(d)"):
        return True
    if any(t.market == "US" for t in ctx.facts.tickers) or any(
        t.venue.casefold().startswith(("nasdaq", "nyse", "otc")) for t in issuer.tickers
    ):
        return True
    return bool(context_pattern("registrant").search(ctx.release.text))


_TOP_DATE = lazy_compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+((?:19|20)\d\d)\b"
)


def release_date(release: Release) -> dt.date | None:
    """The release's own date, else the first written date near its top (a dateline the
    parser could not place in a run-on exhibit)."""
    import datetime as dt

    own = release.own_date()
    if own is not None:
        return own[0]
    match = _TOP_DATE.search(release.text, 0, 1500)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(), "%B %d, %Y").date()
    except ValueError:
        return None
