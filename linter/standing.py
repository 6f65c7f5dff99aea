"""Whose text is it? One decision per release, with the evidence it rests on.

Every rule family depends on the answer: a private company's marketing note has no ticker to
show, a promotion network's article about an issuer is not the issuer's to fix, a law firm's
class-action advertisement is not the company's statement, and a news site's republication
of a release may have lost its dateline. ``standing`` decides once per release, from the issuer
profile, the ticker mentions, the dateline and wire, and the distribution, disclaimer and
compensation language of ``rules/data/standing.toml``; rules read the decision and never
detect the issuer on their own. ``disclint parse`` shows it, and findings cite it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from disclint.api import Finding, RuleContext, Severity, excerpt
from disclint.lazyre import lazy_compile
from disclint.prefilter import fold, may_match
from disclint.ruledata import any_of, finditer_any_of, load_rule_data, search_any_of
from disclint.vocabulary import LEGAL_FORMS, alternation

if TYPE_CHECKING:
    from disclint.api import CheckFunction
    from disclint.facts import Facts
    from disclint.model import Release
    from disclint.profile import IssuerProfile
    from disclint.tickers import TickerMention


class Whose(str, Enum):
    """Whose text a release is (the ``kind`` of a ``Standing``)."""

    ISSUER = "issuer"  # a listed (or configured) issuer's own release
    REPUBLISHED = "republished"  # a verbatim republication of an issuer's release
    PUBLISHER = "publisher"  # a publisher's or promoter's article about a listed company
    PROMOTION = "paid-promotion"  # an article that says it was paid for
    ADVERTISEMENT = "advertisement"  # a law firm's or investor-alert service's advertisement
    PRIVATE = "private"  # a company with no listing in the text or the profile

    def describe(self) -> str:
        """A phrase for reports: "the issuer's own release"."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    Whose.ISSUER: "the issuer's own release",
    Whose.REPUBLISHED: "a republished copy of the issuer's release",
    Whose.PUBLISHER: "a publisher's or promoter's article about a listed company",
    Whose.PROMOTION: "paid promotion of a listed company",
    Whose.ADVERTISEMENT: "a law firm's or investor-alert advertisement",
    Whose.PRIVATE: "a release with no listed issuer (a private company's)",
}


@dataclass(frozen=True)
class Standing:
    """Whose release this is, as far as the text and the profile tell.

    ``kind``: the decision (``Whose``); ``evidence``: the facts it rests on, one line each
    (listing, dateline and wire, distribution or compensation language, About subject).
    ``listed``: the release shows a ticker, or the issuer profile lists one. ``profile``:
    an issuer profile is configured, so every release checked is the issuer's own.
    ``public``: why the issuer is a public company (ticker, profile, listing words), or
    ``None``. ``third_party``: evidence that a promotion network, newsletter or research
    firm wrote the release about an issuer. ``paid``: evidence that the article says it was
    paid for. ``advertisement``: evidence of a law firm's or investor-alert advertisement.
    ``republished``: evidence that the copy is a news site's republication. ``wire_copy``:
    evidence that the text is the wire's published page (its trailer), copied. ``sponsor``:
    evidence that the issuer paid for a third party's text (the disclosure names the issuer
    as the payer, or says the piece is sponsored without naming anyone else; never for a
    ``roundup``: evidence that a publisher's text covers several companies' stocks). ``names``: the
    issuer's names (profile, or the name written with its ticker, or the About subject);
    ``aliases``: those plus its ticker symbols, the About subjects that share its name and
    the source line, for telling the issuer's own voice from others'. ``markets``: the
    markets of the issuer's listing as written with its name (the first ticker group:
    "US", "US-OTC", "CA", ...).
    """

    listed: bool
    profile: bool
    third_party: str | None = None
    republished: str | None = None
    listing: str | None = None
    names: list[str] = field(default_factory=list)
    kind: Whose = Whose.ISSUER
    evidence: tuple[str, ...] = ()
    public: str | None = None
    paid: str | None = None
    advertisement: str | None = None
    aliases: list[str] = field(default_factory=list)
    wire_copy: str | None = None
    sponsor: str | None = None
    markets: tuple[str, ...] = ()
    roundup: str | None = None

    @property
    def listed_abroad_only(self) -> bool:
        """The issuer's listing, as the text writes it, is on a market outside the US, with
        at most an OTC quotation in the US ("(CSE: GCX) (OTC Pink: GCXXF)"): such an issuer
        usually files no Form 10-K or 20-F (Rule 12g3-2(b))."""
        return (
            bool(self.markets)
            and "US" not in self.markets
            and any(m != "US-OTC" for m in self.markets)
        )

    @property
    def issuer_release(self) -> bool:
        """The issuer's own release, listed (or configured): the rules for issuers apply."""
        return (
            (self.listed or self.profile) and self.third_party is None and not (self.advertisement)
        )

    @property
    def issuer_original(self) -> bool:
        """An issuer release as the issuer wrote it (not a republished copy): the rules on
        what a release must carry (dateline, contacts, About) apply."""
        return self.issuer_release and self.republished is None

    @property
    def issuer_statement(self) -> bool:
        """The words are the issuer's own (its release, or a verbatim copy of it), listed
        or not: the rules on what an issuer says and how it cautions apply."""
        return self.kind in (Whose.ISSUER, Whose.REPUBLISHED, Whose.PRIVATE)

    @property
    def issuer_promotion(self) -> bool:
        """The issuer's own words, or promotion it paid for: the rules on how the issuer
        promotes itself (hype, stock-price talk) apply."""
        return self.issuer_statement or self.sponsor is not None

    def summary(self) -> str:
        """One line for reports and evidence: the decision and its first reason."""
        because = f" ({self.evidence[0]})" if self.evidence else ""
        return f"whose text: {self.kind.describe()}{because}"


def standing(ctx: RuleContext) -> Standing:
    """The standing of the release in ``ctx`` (computed once)."""
    return ctx.facts.memo("standing", lambda: decide(ctx.release, ctx.facts, ctx.issuer))


def decide(release: Release, facts: Facts, issuer: IssuerProfile) -> Standing:
    """Whose text ``release`` is: the decision and its evidence (a pure function of the
    parsed release, its facts and the issuer profile)."""
    mentions = [m for m in facts.tickers if m.known]
    listing = None
    if mentions:
        listing = f"({mentions[0].text})"
    elif issuer.tickers:
        listing = f"issuer profile: {issuer.tickers[0].venue}: {issuer.tickers[0].symbol}"
    profile = bool(issuer.name or issuer.tickers or issuer.short_names)
    listed = bool(mentions or issuer.tickers)
    public = public_evidence(release, mentions, issuer)
    third_party = third_party_evidence(release, [] if profile else mentions)
    paid = paid_evidence(release) if not profile else None
    if paid is not None and third_party is None and listed:
        third_party = paid
    advertisement = None if profile else advertisement_evidence(release)
    republished = republished_evidence(release)
    wire_copy = wire_copy_evidence(release) if republished is None else None
    evidence: list[str] = []
    if advertisement is not None:
        kind = Whose.ADVERTISEMENT
        evidence.append(advertisement)
    elif third_party is not None and paid is not None:
        kind = Whose.PROMOTION
        evidence += dict.fromkeys([paid, third_party])
    elif third_party is not None:
        kind = Whose.PUBLISHER
        evidence.append(third_party)
    elif republished is not None and (listed or profile or public is not None):
        kind = Whose.REPUBLISHED
        evidence.append(republished)
    elif wire_copy is not None and listed and not profile:
        # with a profile the user checks the issuer's own text, whatever it carries
        kind = Whose.REPUBLISHED
        evidence.append(wire_copy)
    elif (
        listed
        and not profile
        and public is not None
        and public.startswith("the release gives")
        and (counterparty := counterparty_listing(release, mentions)) is not None
    ):
        # the only listing in the text is a target's, partner's or investor's
        kind = Whose.PRIVATE
        evidence.append(counterparty)
        listed, listing, public = False, None, None
    elif listed or profile or public is not None:
        kind = Whose.ISSUER
    else:
        kind = Whose.PRIVATE
        evidence.append("no ticker, listing words or issuer profile")
    if public is not None:
        evidence.append(public)
    evidence += _context_lines(release)
    names = names_of(release, facts, issuer)
    aliases = issuer_aliases(release, facts, issuer)
    sponsor = None
    roundup = None
    if kind in (Whose.PUBLISHER, Whose.PROMOTION):
        roundup = None if profile else roundup_evidence(mentions)
        if roundup is not None:
            # the words are about several companies: none of them speaks, even if one paid
            evidence += [] if roundup in evidence else [roundup]
        else:
            sponsor = sponsor_evidence(
                release, [*names, *aliases], promotion=kind is Whose.PROMOTION
            )
            if sponsor is not None:
                evidence.append(sponsor)
    return Standing(
        listed=listed,
        profile=profile,
        third_party=third_party,
        republished=republished,
        listing=listing,
        names=names,
        kind=kind,
        evidence=tuple(evidence),
        public=public,
        paid=paid,
        advertisement=advertisement,
        aliases=aliases,
        wire_copy=wire_copy if kind is Whose.REPUBLISHED else None,
        sponsor=sponsor,
        markets=_listing_markets(mentions) if listed else (),
        roundup=roundup,
    )


def _listing_markets(mentions: list[TickerMention]) -> tuple[str, ...]:
    """The markets of the issuer's listing: the venues written together with its first
    ticker ("(TSXV: AGX) (OTCQB: AGXPF)": "CA", "US-OTC")."""
    if not mentions:
        return ()
    group = [m for m in mentions if m.group == mentions[0].group]
    markets = ["US-OTC" if m.is_otc and m.market == "US" else (m.market or m.venue) for m in group]
    return tuple(dict.fromkeys(markets))


def _context_lines(release: Release) -> list[str]:
    """The dateline's wire and the About subjects: context for a reader of the decision."""
    lines = []
    dateline = release.dateline
    if dateline is not None and dateline.wire:
        lines.append(f"dateline wire: {dateline.wire}")
    subjects = [a.subject.strip() for a in release.about if a.subject.strip()]
    if subjects:
        lines.append("About: " + "; ".join(excerpt(s, width=40) for s in subjects[:3]))
    return lines


def public_evidence(
    release: Release, mentions: list[TickerMention], issuer: IssuerProfile
) -> str | None:
    """Why the release is a public issuer's (profile, ticker, listing words), or ``None``."""
    if issuer.tickers:
        return "issuer profile lists tickers: " + ", ".join(
            f"{t.venue}: {t.symbol}" for t in issuer.tickers
        )
    if issuer.reporting_status in ("13(a)", "15(d)"):
        return f"issuer profile: Exchange Act reporting status {issuer.reporting_status}"
    limit = release.body[0].span.text_end if release.body else len(release.text)
    first = next((m for m in mentions if m.start < limit), None)
    if first is not None:
        return f'the release gives the issuer\'s listing "{first.text}"'
    phrases = any_of(load_rule_data("standing")["public"]["phrases"])
    for paragraph in [*release.body[:3], *release.about[:1]]:
        match = phrases.search(paragraph.text)
        if match:
            return f'the release says "{match.group()}"'
    return None


def third_party_evidence(release: Release, mentions: list[TickerMention]) -> str | None:
    """What shows that a third party (promotion network, newsletter, research firm) wrote
    the release about an issuer, or ``None``."""
    data = load_rule_data("standing")["third_party"]
    headline = release.headline.text if release.headline else ""
    match = any_of(data["headline"]).search(headline)
    if match:
        return f'headline "{match.group().strip()}" is a publisher\'s byline'
    match = search_any_of(data["markers"], release.text)
    if match:
        return f'"{excerpt(match.group().strip(), width=50)}"'
    for about in release.about:
        if any_of(data["publishers"]).search(about.subject):
            return f'"About {about.subject}" describes the publisher'
    return roundup_evidence(mentions)


def roundup_evidence(mentions: list[TickerMention]) -> str | None:
    """What shows that the text is a roundup of several companies' stocks ("4 Stocks For A
    Decarbonized Future"), or ``None``: the tickers of ``roundup_companies`` companies or
    more. A roundup is no issuer's release, and no one issuer's promotion either."""
    data = load_rule_data("standing")["third_party"]
    companies = _companies(m for m in mentions if m.section != "footer")
    if len(companies) >= int(data["roundup_companies"]):
        listed = ", ".join(sorted(min(c) for c in companies)[:5])
        return f"a roundup of {len(companies)} companies' stocks ({listed})"
    return None


def paid_evidence(release: Release) -> str | None:
    """What shows that the text says it was paid for (sponsored content, a publisher's
    compensation disclosure), or ``None``."""
    match = search_any_of(load_rule_data("standing")["paid"]["markers"], release.text)
    if match:
        return f'compensation disclosed: "{excerpt(match.group().strip(), width=60)}"'
    return None


#: A company name as a disclosure writes it after "retained by": capitalised words.
_PAYER_NAME = lazy_compile(r"(?:[A-Z0-9][\w&.'’-]*,?\s+){0,6}[A-Z0-9][\w&.'’-]*")


#: What ``payers`` gives for "retained by the company": the article's subject itself.
ISSUER_ITSELF = "the company"


def payers(release: Release) -> list[str]:
    """The names a compensation disclosure gives as the one who retained or paid for the
    text ("has been retained by Acme Corp. to ...": "Acme Corp."; "retained by the company":
    ``ISSUER_ITSELF``)."""
    data = load_rule_data("standing")["paid"]
    itself = any_of([data["issuer_payer"]])
    found: list[str] = []
    for match in finditer_any_of(data["payer"], release.text):
        if itself.match(release.text, match.end()):
            found.append(ISSUER_ITSELF)
            continue
        name = _PAYER_NAME.match(release.text, match.end())
        if name is not None:
            found.append(name.group().strip(" ,"))
    return found


def sponsor_evidence(release: Release, names: list[str], *, promotion: bool) -> str | None:
    """What shows that the issuer paid for a third party's text about it, or ``None``: a
    disclosure naming the issuer as the payer, or (for text that says it is sponsored) a
    disclosure that names no other payer. A promoter retained by someone else ("retained by
    Awareness Associates") or a newswire's summary of a release speaks for itself."""
    named = payers(release)
    for payer in named:
        if payer == ISSUER_ITSELF or any(
            same_company(payer, name) for name in names if name.strip()
        ):
            return f'the issuer paid for it: "{excerpt(payer, width=50)}" is the payer'
    if promotion and not named:
        return "sponsored content naming no other payer (read as the issuer's)"
    return None


def outside_text(*, promotional: bool = False) -> Callable[[CheckFunction], CheckFunction]:
    """Decorate a rule on the issuer's own text: where the text is not the issuer's (a
    publisher's or promoter's article, a newswire's summary, an advertisement), its
    findings become ``info``. The issuer cannot fix a promoter's typo, and counsel did not
    act on one. ``promotional``: the rule is about how the issuer promotes itself, so it
    keeps its severity on promotion the issuer paid for (``Standing.issuer_promotion``)."""

    def decorate(check: CheckFunction) -> CheckFunction:
        @functools.wraps(check)
        def wrapped(ctx: RuleContext) -> Iterator[Finding]:
            stand = standing(ctx)
            own = stand.issuer_promotion if promotional else stand.issuer_statement
            note = f"{stand.summary()}: not the issuer's text (info)"
            if promotional and stand.roundup is not None:
                note += f"; {stand.roundup}: no one issuer's promotion, whoever paid for it"
            for finding in check(ctx):
                if not own and finding.severity is not Severity.INFO:
                    finding = finding.model_copy(
                        update={
                            "severity": Severity.INFO,
                            "evidence": [*finding.evidence, note],
                        }
                    )
                yield finding

        return wrapped

    return decorate


def advertisement_evidence(release: Release) -> str | None:
    """What shows that the text is a law firm's or investor-alert advertisement, or ``None``:
    one decisive phrase, or two different signals."""
    data = load_rule_data("standing")["advertisement"]
    folded = fold(release.text)
    match = search_any_of(data["decisive"], release.text)
    if match:
        return f'law-firm advertisement: "{match.group()}"'
    signals = [any_of([p]) for p in data["signals"]]
    found = [m.group() for p in signals if may_match(p, folded) and (m := p.search(release.text))]
    if len(found) >= 2:
        return "law-firm advertisement: " + "; ".join(f'"{f}"' for f in found[:2])
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
    patterns = any_of(load_rule_data("standing")["republished"]["footer"])
    for paragraph in reversed(release.footer or list(release.paragraphs())[-3:]):
        match = patterns.search(paragraph.text)
        if match:
            return f'"{excerpt(match.group().strip(), width=60)}"'
    return None


def counterparty_listing(release: Release, mentions: list[TickerMention]) -> str | None:
    """Evidence that every ticker of the text is another company's (a target, a partner, an
    investor), not the issuer's, or ``None``: the text has About sections naming specific
    companies, and each ticker is written after a company name that none of them names, and
    none is written inside an About section ("Cunningham Mining ... acquisition of American
    Creek Resources Ltd (TSXV: AMK)", About GEM Digital, About Cunningham Mining)."""
    subjects = [a.subject.strip() for a in release.about if a.subject.strip()]
    if not mentions or not subjects or any(GENERIC_SUBJECT.match(s) for s in subjects):
        return None
    # the company a headline is about opens it ("Acme Completes ...", "Acme and its ...")
    headline = " ".join(h.text[:40] for h in [release.headline, *release.subheadlines] if h)
    announcer = _announcer(release)
    owners: list[str] = []
    for mention in mentions:
        if mention.section not in ("body", "dateline"):
            return None  # a ticker in the headline, an About section or a footer: a party's
        owner = _company_before(release.text, mention.start)
        if owner is None or any(same_company(owner, s) for s in subjects):
            return None
        own = name_tokens(owner)
        if own & name_tokens(headline) or own & name_tokens(announcer):
            return None  # the company the headline is about, or the one announcing
        owners.append(owner)
    about = "; ".join(excerpt(s, width=40) for s in subjects[:3])
    return (
        f'the tickers name another company ("{excerpt(owners[0], width=40)}"), not the '
        f"subject of any About section ({about})"
    )


def _announcer(release: Release) -> str:
    """The words that open the story, where the announcing company is named: the start of
    the first body paragraph after its dateline."""
    if not release.body:
        return ""
    first = release.body[0]
    text = release.text[first.span.text_start : first.span.text_end]
    dateline = release.dateline
    if dateline is not None and first.span.text_start <= dateline.span.text_end:
        text = release.text[dateline.span.text_end : first.span.text_end]
    return text.lstrip(" -–—:")[:60]


def _company_before(text: str, start: int) -> str | None:
    """The company name written just before a ticker's parenthesis, or ``None``."""
    paren = text.rfind("(", 0, start)
    if paren < 0 or start - paren > 12:
        return None
    found = _NAME_BEFORE.search(text[max(0, paren - 90) : paren])
    if not found:
        return None
    name = _strip_lead(found.group("name"))
    return name if name_tokens(name) else None


def wire_copy_evidence(release: Release) -> str | None:
    """What shows that the text is a copy of the wire's published page (the trailer the
    wire adds: "View original content", a "SOURCE Acme Corp." line), or ``None``."""
    patterns = any_of(load_rule_data("standing")["republished"]["wire_page"])
    tail = [*release.body[-3:], *release.about[-1:], *release.footer]
    if release.source_line is not None:
        tail.append(release.source_line)
    for element in tail:
        for line in element.text.splitlines():
            match = patterns.search(line)
            if match:
                return f'the wire\'s published page: "{excerpt(line.strip(), width=60)}"'
    return None


#: A legal suffix closing a name (from the first of the separators before it, so a run of
#: them is read once).
_LEGAL_SUFFIX = re.compile(
    r"(?<![,\s])[,\s]+"
    + alternation((*LEGAL_FORMS, "Holding", "Holdings", "Group", "Technologies", "Technology"))
    + r"\.?$",
)
_NAME_BEFORE = re.compile(
    r"(?P<name>(?:(?:[A-Z0-9]|[a-z][A-Z])[\w&'’.\-]*|of|and|&|de|the)"
    r"(?:[ \t]+(?:[A-Z0-9][\w&'’.\-]*|of|and|&|de|the))*"
    r"(?:,?[ \t]+" + alternation(LEGAL_FORMS) + r"\.?)?)"
    r"[ \t]*(?:\((?:the )?[“\"][^)]{1,40}\)[ \t]*)?$"
)


def issuer_names(ctx: RuleContext) -> list[str]:
    """The names the issuer goes by (see ``names_of``)."""
    return names_of(ctx.release, ctx.facts, ctx.issuer)


def names_of(release: Release, facts: Facts, issuer: IssuerProfile) -> list[str]:
    """The names the issuer goes by: the profile's, or the name written before the first
    ticker of the body (or headline), or the subject of the first About section."""
    if issuer.names:
        return list(issuer.names)
    names: list[str] = []
    for mention in facts.tickers:
        if mention.section not in ("body", "headline", "dateline") or not mention.known:
            continue
        paren = release.text.rfind("(", 0, mention.start)
        if paren < 0:
            continue  # no parenthesis before the ticker ("NYSE: ACME" in a table): no name
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


#: Words of a company name that do not identify it.
_SUFFIX_WORDS = frozenset(
    [
        *(form.lower() for form in LEGAL_FORMS),
        "group",
        "holdings",
        "holding",
        "the",
        "of",
        "and",
        "technologies",
        "technology",
        "international",
        "global",
    ]
)
_WORD = r"(?:[A-Z0-9]|[a-z](?=[A-Z]))[\w&.'’-]*"  # "Acme", "3D", "iMD"
_NAME_BEFORE_PAREN = re.compile(
    # from a word's start only, so a long word is not read again from each of its letters
    rf"(?<![\w&.'’-])((?:{_WORD}\s+){{0,6}}{_WORD}(?:,?\s+{alternation(LEGAL_FORMS)}\.?)?)"
    r",?\s*(?:\([^()]{1,40}\)\s*)?\($"  # 'Acme Corp. (the "Company") (Nasdaq: ACME)'
)


def name_tokens(name: str) -> set[str]:
    """The words of a name that identify the company (legal suffixes and "the" dropped)."""
    words = re.findall(r"[A-Za-z0-9][\w’'.-]*", name.lower())
    return {w.strip(".’'") for w in words if w.strip(".’'") not in _SUFFIX_WORDS and len(w) > 1}


def issuer_aliases(release: Release, facts: Facts, issuer: IssuerProfile) -> list[str]:
    """The issuer's names, most certain first: from the profile; else the company named with
    the issuer's ticker (and the ticker symbols, which releases use as short names), the
    About sections about that company (or the first About section when there is no ticker:
    a partner's About section may come first), and the source line."""
    if issuer.names:
        return list(issuer.names)
    found: list[str] = []
    limit = release.body[0].span.text_end if release.body else len(release.text)
    ticker = next((m for m in facts.tickers if m.known and m.start < limit), None)
    if ticker is not None:
        head = release.text[max(0, ticker.start - 120) : ticker.start]
        match = _NAME_BEFORE_PAREN.search(head)
        if match:
            found.append(match.group(1))
        found.extend(ticker.symbols)
    subjects = [a.subject for a in release.about if a.subject]
    if found:
        own = name_tokens(found[0])
        found.extend(s for s in subjects if own & name_tokens(s))
    else:
        found.extend(subjects[:1])
    if release.source_line is not None:
        source = re.sub(r"^\s*source\s*:\s*", "", release.source_line.text, flags=re.I).strip()
        if source:
            found.append(source)
    return [n for n in dict.fromkeys(found) if name_tokens(n)]


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
