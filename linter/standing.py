"""Whose release is it? The issuer's names, its listing, and signs that a third party
(a promotion network, a newsletter, a news site republishing the copy) wrote it.

Several rule families depend on the answer: a private company's marketing note has no
ticker to show, and a promotion network's article about an issuer is not the issuer's to
fix. ``standing`` decides once per release, from the issuer profile, the ticker mentions
and the promotion markers of ``rules/data/prm_promotion.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from disclint.api import RuleContext, excerpt
from disclint.ruledata import any_of, load_rule_data

if TYPE_CHECKING:
    from disclint.model import Release
    from disclint.tickers import TickerMention


@dataclass(frozen=True)
class Standing:
    """Whose release this is, as far as the text and the profile tell.

    ``listed``: the release shows a ticker, or the issuer profile lists one. ``profile``:
    an issuer profile is configured, so every release checked is the issuer's own.
    ``third_party``: evidence that a promotion network, newsletter or research firm wrote
    the release about an issuer ("InvestorNewsBreaks" bylines, "disseminated on behalf
    of", "sponsored content", a roundup of several companies' stocks). ``republished``:
    evidence that the copy is a news site's republication ("The post ... appeared first
    on citybiz."), whose missing dateline or contacts are the site's doing.
    """

    listed: bool
    profile: bool
    third_party: str | None = None
    republished: str | None = None
    listing: str | None = None
    names: list[str] = field(default_factory=list)

    @property
    def issuer_release(self) -> bool:
        """The issuer's own release, listed (or configured): the rules for issuers apply."""
        return (self.listed or self.profile) and self.third_party is None

    @property
    def issuer_original(self) -> bool:
        """An issuer release as the issuer wrote it (not a republished copy): the rules on
        what a release must carry (dateline, contacts, About) apply."""
        return self.issuer_release and self.republished is None


def standing(ctx: RuleContext) -> Standing:
    """The standing of the release in ``ctx`` (computed once)."""
    return ctx.facts.memo("standing", lambda: _standing(ctx))


def _standing(ctx: RuleContext) -> Standing:
    issuer = ctx.issuer
    mentions = [m for m in ctx.facts.tickers if m.known]
    listing = None
    if mentions:
        listing = f"({mentions[0].text})"
    elif issuer.tickers:
        listing = f"issuer profile: {issuer.tickers[0].venue}: {issuer.tickers[0].symbol}"
    profile = bool(issuer.name or issuer.tickers or issuer.short_names)
    return Standing(
        listed=bool(mentions or issuer.tickers),
        profile=profile,
        third_party=third_party_evidence(ctx.release, [] if profile else mentions),
        republished=republished_evidence(ctx.release),
        listing=listing,
        names=issuer_names(ctx),
    )


def third_party_evidence(release: Release, mentions: list[TickerMention]) -> str | None:
    """What shows that a third party (promotion network, newsletter, research firm) wrote
    the release about an issuer, or ``None``."""
    data = load_rule_data("prm_promotion")["third_party"]
    headline = release.headline.text if release.headline else ""
    match = any_of(data["headline"]).search(headline)
    if match:
        return f'headline "{match.group().strip()}" is a promotion network\'s byline'
    match = any_of(data["markers"]).search(release.text)
    if match:
        return f'"{excerpt(match.group().strip(), width=50)}"'
    for about in release.about:
        if any_of(data["publishers"]).search(about.subject):
            return f'"About {about.subject}" describes the publisher'
    companies = _companies(m for m in mentions if m.section != "footer")
    if len(companies) >= int(data["roundup_companies"]):
        listed = ", ".join(sorted(min(c) for c in companies)[:5])
        return f"a roundup of {len(companies)} companies' stocks ({listed})"
    return None


def _companies(mentions: Iterable[TickerMention]) -> list[set[str]]:
    """The companies behind ticker mentions: symbols written in one group (a company's
    listings) or repeated across groups are one company."""
    companies: list[set[str]] = []
    by_group: dict[int, set[str]] = {}
    for mention in mentions:
        by_group.setdefault(mention.group, set()).update(mention.symbols[:1])
    for symbols in by_group.values():
        joined = [c for c in companies if c & symbols]
        merged = set(symbols).union(*joined)
        companies = [c for c in companies if not c & symbols]
        companies.append(merged)
    return companies


def republished_evidence(release: Release) -> str | None:
    """What shows that the copy is a news site's republication, or ``None``."""
    patterns = any_of(load_rule_data("prm_promotion")["third_party"]["republished"])
    for paragraph in reversed(release.footer or release.body[-3:]):
        match = patterns.search(paragraph.text)
        if match:
            return f'"{excerpt(match.group().strip(), width=60)}"'
    return None


_LEGAL_SUFFIX = re.compile(
    r"[,\s]+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|plc|PLC|"
    r"S\.A|SA|AG|SE|NV|N\.V|BV|AB|ASA|Oyj|GmbH|LP|L\.P|Holdings?|Group|Technologies|"
    r"Technology)\.?$",
)
_NAME_BEFORE = re.compile(
    r"(?P<name>(?:(?:[A-Z0-9]|[a-z][A-Z])[\w&'’.\-]*|of|and|&|de|the)"
    r"(?:[ \t]+(?:[A-Z0-9][\w&'’.\-]*|of|and|&|de|the))*"
    r"(?:,?[ \t]+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|S\.A|AG|SE|N\.V|L\.P)\.?)?)"
    r"[ \t]*(?:\((?:the )?[“\"][^)]{1,40}\)[ \t]*)?$"
)


def issuer_names(ctx: RuleContext) -> list[str]:
    """The names the issuer goes by: the profile's, or the name written before the first
    ticker of the body (or headline), or the subject of the first About section."""
    if ctx.issuer.names:
        return list(ctx.issuer.names)
    release = ctx.release
    names: list[str] = []
    for mention in ctx.facts.tickers:
        if mention.section not in ("body", "headline", "dateline") or not mention.known:
            continue
        paren = release.text.rfind("(", 0, mention.start)
        before = release.text[max(0, paren - 90) : paren]
        found = _NAME_BEFORE.search(before)
        if found:
            name = _strip_lead(found.group("name"))
            if name:
                names.append(name)
                break
    if not names:
        for about in release.about[:1]:
            subject = about.subject.strip()
            if subject and not GENERIC_SUBJECT.match(subject):
                names.append(subject)
    return names


#: An About heading or defined term that names no company ("About the Company").
GENERIC_SUBJECT = re.compile(r"^(?:the )?(?:company|us|we|our company|the issuer)\b", re.I)
_LEAD_WORDS = re.compile(
    r"^(?:(?:[A-Z][a-z]+(?:NewsBreaks|Breaks)|[-–—:]|Today|Yesterday|In|On|As|With|The|"
    r"Shares of|About|and|or|of|&)\s+)+"
)


def _strip_lead(name: str) -> str:
    name = _LEAD_WORDS.sub("", name.strip(" ,–—-"))
    words = name.split()
    return " ".join(words[-8:])


def name_key(name: str) -> str:
    """A comparable form of a company name: no legal suffix, case or punctuation."""
    name = name.strip().rstrip(".:")
    previous = None
    while previous != name:
        previous = name
        name = _LEGAL_SUFFIX.sub("", name).strip()
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return re.sub(r"[^0-9a-z]+", " ", name.casefold()).strip()


def same_company(a: str, b: str) -> bool:
    """Whether two written names plausibly name one company ("Ascent Solar" and "Ascent
    Solar Technologies, Inc."; "D-Wave" and "D-Wave Quantum Inc.")."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or ka.startswith(kb + " ") or kb.startswith(ka + " "):
        return True
    if f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} ":
        return True
    squeezed_a, squeezed_b = ka.replace(" ", ""), kb.replace(" ", "")
    return squeezed_a == squeezed_b or (
        min(len(squeezed_a), len(squeezed_b)) >= 5
        and (squeezed_a.startswith(squeezed_b) or squeezed_b.startswith(squeezed_a))
    )
