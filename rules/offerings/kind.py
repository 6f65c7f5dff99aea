"""When the offering rules apply. What kind of communication a release is (registered or
unregistered offering, business combination, fund advertisement) is a shared fact:
``disclint.api.classify_communication``."""

from __future__ import annotations

from disclint.api import RuleContext, standing


def applies(ctx: RuleContext) -> bool:
    """The Securities Act rules bind the issuer for its own communications (not a
    promotion network's article, nor a news site's write-up of another company)."""
    return standing(ctx).third_party is None and ctx.issuer.jurisdiction in ("US", "CA")
