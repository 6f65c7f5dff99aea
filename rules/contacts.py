"""Contacts (CON): who investors and reporters can reach about the release, and how.

Replaces the design catalog's contact-block convention rule. The wires require a contact a
reporter or investor can reach (PRWeb: a named person and a phone answered by a company
representative; Business Wire editors list missing or incomplete contact information among
their most frequent catches), and the contact is part of what an issuer publishes: a wrong
address or an unnamed third-party firm answering for the company is the issuer's problem.

Contact blocks are read by ``disclint.contacts`` into ``Release.contacts`` (label, names,
organisations, e-mail addresses and phone numbers with their spans); the flattened line of
older wire copy ("Acme Investor Relations Jane Doe jane@acme.com +1-646-555-0100") reads as
one complete contact. E-mail addresses are checked for syntax only (``email-validator`` with
deliverability checks off: a linter never touches the network), phone numbers against the
numbering plan of their country (``phonenumbers``); both libraries are imported only when a
release has something for them to check, and the common North American phone forms are
answered from ``phonenumbers``' metadata without importing it (``disclint.phones``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from disclint import api
from disclint.api import (
    BUSINESS_WORDS,
    LEGAL_FORMS,
    SECTOR_WORDS,
    URL,
    Element,
    Field,
    Finding,
    Rule,
    RuleContext,
    RuleOptions,
    Severity,
    Span,
    alternation,
    any_of,
    domain_label,
    excerpt,
    fold,
    lazy_compile,
    load_rule_data,
    name_key,
    release_pattern,
    reminder_if_cut,
    rule,
    same_company,
    squeeze,
    standing,
    without_emails,
)

if TYPE_CHECKING:
    from disclint.api import Contact, Release

CITATION_WIRES = (
    "Wire-service contact requirements (PRWeb: a named person and a working phone; Business "
    "Wire editors' frequent catches: missing or incomplete contact information)"
)

_PURPOSE = lazy_compile(
    r"\b(?:investor|investors|IR|media|press|public relations|shareholder|analyst|"
    r"communications|PR)\b",
    re.IGNORECASE,
)
_WEBMAIL = frozenset(
    {
        "gmail",
        "googlemail",
        "yahoo",
        "outlook",
        "hotmail",
        "live",
        "msn",
        "icloud",
        "me",
        "aol",
        "protonmail",
        "proton",
        "gmx",
        "mail",
        "zoho",
        "yandex",
        "qq",
        "163",
        "126",
    }
)
#: Country names in contact text that say which numbering plan a local number follows.
COUNTRY_HINTS = {
    "canada": "CA",
    "united kingdom": "GB",
    "england": "GB",
    "london": "GB",
    "u.k.": "GB",
    "uk": "GB",
    "singapore": "SG",
    "hong kong": "HK",
    "australia": "AU",
    "sydney": "AU",
    "germany": "DE",
    "switzerland": "CH",
    "israel": "IL",
    "china": "CN",
    "japan": "JP",
    "india": "IN",
    "france": "FR",
    "paris": "FR",
    "netherlands": "NL",
    "sweden": "SE",
    "norway": "NO",
    "ireland": "IE",
    "dublin": "IE",
    "mexico": "MX",
    "brazil": "BR",
    "dubai": "AE",
    "united arab emirates": "AE",
    "uae": "AE",
    "taiwan": "TW",
    "korea": "KR",
    "malaysia": "MY",
    "italy": "IT",
    "spain": "ES",
    "south africa": "ZA",
    "new zealand": "NZ",
    "belgium": "BE",
    "austria": "AT",
    "vienna": "AT",
    "denmark": "DK",
    "finland": "FI",
    "malta": "MT",
    "valletta": "MT",
    "cyprus": "CY",
    "greece": "GR",
    "poland": "PL",
    "philippines": "PH",
    "thailand": "TH",
    "vietnam": "VN",
    "indonesia": "ID",
    "nigeria": "NG",
    "kenya": "KE",
    "argentina": "AR",
    "chile": "CL",
    "colombia": "CO",
    "peru": "PE",
    "turkey": "TR",
    "saudi arabia": "SA",
    "egypt": "EG",
    "luxembourg": "LU",
    "portugal": "PT",
    "czech": "CZ",
    "hungary": "HU",
    "estonia": "EE",
    "lithuania": "LT",
    "latvia": "LV",
}
_JURISDICTION_REGION = {"US": "US", "CA": "CA", "UK": "GB"}
_PHONE_CUE = lazy_compile(
    r"\b(?:call|dial|dialing|phone|telephone|tel|toll[- ]free|fax|contact|reach|text|sms|"
    r"mobile|cell|office|direct)\b[^.\n]{0,40}$",
    re.IGNORECASE,
)


def _who(contact: Contact) -> str:
    if contact.names:
        return contact.names[0]
    if contact.label:
        return f'"{contact.label}" contact'
    if contact.organisations:
        return f"{contact.organisations[0]} contact"
    return "contact"


def _reachable_elsewhere(ctx: RuleContext) -> str | None:
    """An e-mail address (or a phone after "contact"/"call") outside the contact block."""
    facts = ctx.facts
    if facts.emails:
        return facts.emails[0].text
    text = ctx.release.text
    for token in facts.phones:
        if token.section in ("footer", "source", "forward_looking"):
            continue
        if _PHONE_CUE.search(text[max(0, token.start - 60) : token.start]) and not re.search(
            r"\b(?:dial|call-in|conference|webcast|replay|passcode)\b",
            text[max(0, token.start - 80) : token.start],
            re.IGNORECASE,
        ):
            return token.text
    return None


# -- CON001 ---------------------------------------------------------------------------------------


class MissingOptions(RuleOptions):
    """Options of CON001."""

    #: Also require a contact on releases that show no listing (no ticker, no profile),
    #: reported as a warning.
    require_for_unlisted: bool = False


@rule(
    code="CON001",
    name="no-contact",
    family="contacts",
    severity="error",
    summary="No investor-relations or media contact anywhere in the release",
    citation=CITATION_WIRES,
    options=MissingOptions,
    examples=(
        (
            "[contact]",
            "[contact] Investor Relations: Jane Doe, Acme Solar, +1 303-555-0100, "
            "ir@acme-solar.example",
        ),
    ),
)
def no_contact(ctx: RuleContext) -> Iterator[Finding]:
    """A listed company's release is read by investors, analysts and reporters who need to
    ask someone about it; the wires reject financial releases without a contact, and a
    release with no one to call invites the rumours it was meant to prevent. For an
    issuer's own wire release (a ticker in the text or an issuer profile, and a wire in the
    dateline) a missing contact is an `error`. Without a wire in the dateline the text is
    usually a newsroom copy or a filed exhibit, which carries its contacts in a letterhead
    or dropped them: an `info` reminder to check the original. So is a copy of the wire's
    published page (its "View original content" or "SOURCE Acme Corp." trailer, the
    standing decision's evidence): the release as published, not a draft the issuer can
    still fix, and the wire may show the contact beside the text where a copy does not reach.

    A promotion network's article about an issuer is not the issuer's release: its missing
    issuer contact is not the issuer's doing, and PRM004 reports what matters there. A
    private organisation's marketing note (no ticker, no profile) is not a disclosure
    document; set `require-for-unlisted` to hold it to the wire convention (as a warning).
    An e-mail address given in the body ("contact ir@acme.com") counts as a contact. A
    text that stops in the middle of a sentence (``disclint.completeness.cut_off``: an
    excerpt or a paste that stopped short) gets an `info` reminder: the contact may be in
    the missing part.
    """
    options: MissingOptions = ctx.options or MissingOptions()
    release = ctx.release
    stand = standing(ctx)
    if stand.third_party is not None or stand.republished is not None:
        return
    if not stand.issuer_release and not options.require_for_unlisted:
        return
    if any(c.emails or c.phones for c in release.contacts):
        return
    if _reachable_elsewhere(ctx):
        return
    end = len(release.text.rstrip())
    wire = release.dateline.wire if release.dateline is not None else None
    evidence = [
        f"issuer release ({stand.listing})"
        if stand.issuer_release
        else "unlisted release (require-for-unlisted is set)",
        "no contact block with a phone or e-mail, and no e-mail in the text",
        stand.summary(),
    ]
    if not stand.issuer_release:
        severity = Severity.WARNING
    elif stand.wire_copy is not None:
        # the release as the wire published it: not a draft to fix, and the wire may show
        # the contact beside the text, where a copy does not reach
        severity = Severity.INFO
        evidence.append("a copy of the wire's published page: check the original for a contact")
    elif wire:
        severity = Severity.ERROR
        evidence.append(f"a wire release (dateline: {wire}): the wires require a contact")
    else:
        # newsroom copies and filed exhibits carry contacts in a letterhead or drop them
        severity = Severity.INFO
        evidence.append("no wire in the dateline: a copy or exhibit; check the original")
    finding = ctx.finding(
        end,
        end,
        "the release gives no investor-relations or media contact",
        evidence=evidence,
        severity=severity,
    )
    yield reminder_if_cut(release, finding)  # the contact may be in the part that is missing


# -- CON002 ---------------------------------------------------------------------------------------


@rule(
    code="CON002",
    name="contact-without-channel",
    family="contacts",
    severity="warning",
    summary="A contact with no phone number and no e-mail address",
    citation=CITATION_WIRES,
    examples=(
        (
            "[contact] Media Contact: Jane Doe, Acme Solar",
            "[contact] Media Contact: Jane Doe, Acme Solar, +1 303-555-0100, "
            "jane.doe@acme-solar.example",
        ),
    ),
)
def contact_without_channel(ctx: RuleContext) -> Iterator[Finding]:
    """A contact is a way to reach a person. A name and a company with no phone and no
    e-mail (or only a web form) is not one: reporters on deadline and investors with a
    question have nowhere to go. Reported for each contact that names someone or some firm
    but gives neither channel; a bare label line ("Contacts:") followed by the cards is not
    a contact of its own. Promotion networks' articles are not checked (their contact is
    the publisher's).
    """
    if not standing(ctx).issuer_release:
        return
    contacts = ctx.release.contacts
    if any(not (c.emails or c.phones) for c in contacts) and not any(
        c.emails or c.phones for c in contacts
    ):
        # No contact in the block has a channel: one finding for the block, at the first.
        first = next((c for c in contacts if c.names or c.organisations), None)
        if (
            first is not None
            and _reachable_elsewhere(ctx) is None
            and not _channel_in_next_lines(ctx, first)
        ):
            yield ctx.finding(
                first,
                message=f"{_who(first)} has no phone number or e-mail address",
                evidence=[f'contact block: "{excerpt(first.text, width=70)}"'],
            )
        return
    text = ctx.release.text
    for index, contact in enumerate(contacts):
        if contact.emails or contact.phones or not contact.names:
            continue
        if _channel_in_next_lines(ctx, contact):
            continue
        following = contacts[index + 1] if index + 1 < len(contacts) else None
        if (
            following is not None
            and (following.emails or following.phones)
            and not text[contact.span.text_end : following.span.text_start].strip()
        ):
            continue  # the card goes on in the next block ("Contact: Jane Doe" / "Email: ...")
        yield ctx.finding(
            contact,
            message=f"{_who(contact)} has no phone number or e-mail address",
            evidence=[f'contact: "{excerpt(contact.text, width=70)}"'],
        )


#: How far below a contact a flattened letterhead column may put its phone or e-mail.
_NEXT_LINES = 4


def _channel_in_next_lines(ctx: RuleContext, contact: Contact) -> bool:
    """Whether a phone or e-mail in the next few short lines belongs to the contact: a
    two-column letterhead read line by line puts "CONTACT: Jo Roe" and "(715) 555-0164" a
    line or two apart ("FOR IMMEDIATE RELEASE" between). A line of prose (eight words or
    more) or another contact ends the search."""
    text = ctx.release.text
    start = contact.span.text_end
    others = [c.span for c in ctx.release.contacts if c is not contact]
    end = start
    for number, line in enumerate(text[start:].split("\n")):
        if number > _NEXT_LINES or len(line.split()) >= 8:
            break
        end += len(line) + 1
    for token in [*ctx.facts.phones, *ctx.facts.emails]:
        if start <= token.start < end and not any(
            o.text_start <= token.start < o.text_end for o in others
        ):
            return True
    return False


# -- CON003 ---------------------------------------------------------------------------------------


#: Addresses of the plainest shape ("jane.roe@ir.acme-solar.com"): dot-separated runs of
#: letters, digits and ``_%+-`` before the "@", hostname labels and an alphabetic top-level
#: domain after it. Every address of this shape within the length limits is one
#: email-validator accepts (a property test holds the two together), so the common case is
#: decided without importing it: its import is a tenth of a one-file check's start-up.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
#: Top-level domains email-validator refuses as special-use (RFC 6761 and later): left to it.
_SPECIAL_USE_TLDS = frozenset(
    {"arpa", "invalid", "local", "localhost", "onion", "test", "example", "internal", "alt"}
)


def plainly_valid_email(address: str) -> bool:
    """Whether ``address`` has the plain shape that needs no full syntax check."""
    if len(address) > 254 or _PLAIN_EMAIL.fullmatch(address) is None:
        return False
    local, domain = address.rsplit("@", 1)
    if any(label[2:4] == "--" for label in domain.split(".")):
        return False  # "ab--" starts an IDNA label only as "xn--": left to the full check
    return len(local) <= 64 and domain.rsplit(".", 1)[1].lower() not in _SPECIAL_USE_TLDS


@rule(
    code="CON003",
    name="invalid-email",
    family="contacts",
    severity="error",
    summary="An e-mail address that is not valid (syntax only; never a network look-up)",
    citation=(
        f"{CITATION_WIRES}; RFC 5321/5322 address syntax as checked by email-validator "
        "(deliverability checks off)"
    ),
    examples=(
        (
            "[contact] Investor Relations: Jane Doe, ir@acme-solar,example",
            "[contact] Investor Relations: Jane Doe, ir@acme-solar.example",
        ),
    ),
)
def invalid_email(ctx: RuleContext) -> Iterator[Finding]:
    """An address that cannot exist ("ir@acme,com", "jane@acme", "jane..doe@acme.com")
    bounces every message sent to it: the release's contact is dead on arrival. The check
    is syntax only (email-validator with deliverability checks off): a linter must give the
    same answer offline and must not reveal drafts to DNS servers. Every address in the
    release is checked, in the contact block or not. `error`: the address is wrong, not
    merely unusual.
    """
    tokens = ctx.facts.emails
    seen: set[str] = set()
    for token in tokens:
        address = token.text
        if address in seen or plainly_valid_email(address):
            continue
        seen.add(address)
        from email_validator import EmailNotValidError, validate_email

        try:
            validate_email(address, check_deliverability=False)
        except EmailNotValidError as exc:
            yield ctx.finding(
                token.start,
                token.end,
                f'"{address}" is not a valid e-mail address',
                evidence=[f"email-validator (syntax only): {exc}"],
            )


# -- CON004 ---------------------------------------------------------------------------------------


class PhoneOptions(RuleOptions):
    """Options of CON004."""

    #: Region (ISO 3166 code) assumed for numbers written without a "+" country code,
    #: when neither the contact nor the dateline names a country.
    default_region: str = Field(default="US", min_length=2, max_length=2)


@rule(
    code="CON004",
    name="invalid-phone",
    family="contacts",
    severity="warning",
    summary="A phone number that is not a valid number for its country",
    citation=f"{CITATION_WIRES}; ITU-T E.164 and national numbering plans (libphonenumber)",
    options=PhoneOptions,
    examples=(
        (
            "[contact] Investor Relations: Jane Doe, +1 303-555-010, ir@acme-solar.example",
            "[contact] Investor Relations: Jane Doe, +1 303-555-0100, ir@acme-solar.example",
        ),
    ),
)
def invalid_phone(ctx: RuleContext) -> Iterator[Finding]:
    """A phone number with a digit missing, an area code that does not exist, or a local
    number with no area code cannot be dialled by the investors and reporters it is for.
    Numbers are checked against the numbering plan of their country with phonenumbers
    (Google's libphonenumber metadata). The country is the "+" code when there is one;
    otherwise a country named in the contact ("Singapore", "Canada"), the dateline's place,
    the issuer profile's jurisdiction, or the `default-region` (US), and a number valid for
    any of these is accepted. Checked: numbers in the contact block, and numbers elsewhere
    that follow "call", "dial", "tel" and the like (dial-in numbers of a call). `warning`:
    the region is sometimes inferred.
    """
    options: PhoneOptions = ctx.options or PhoneOptions()
    release = ctx.release
    candidates = _phone_candidates(ctx)
    if not candidates:
        return
    fallback = _fallback_regions(ctx, options.default_region.upper())
    seen: set[str] = set()
    for element, context_text in candidates:
        raw = element.text
        digits = re.sub(r"\D", "", raw)
        if digits in seen:
            continue
        seen.add(digits)
        explicit = _explicit_plus(release.text, element)
        regions: list[str | None]
        if explicit is not None:
            number_text, regions = explicit, [None]
        else:
            number_text = _with_area_code(release.text, element)
            regions = [*_hinted_regions(context_text), *fallback]
        valid, tried = _is_valid(number_text, regions)
        if valid or (explicit is None and _valid_as_international(number_text)):
            continue
        where = (
            "its + country code"
            if regions == [None]
            else "region " + " or ".join(r for r in tried if r)
        )
        yield ctx.finding(
            element,
            message=f'"{raw.strip()}" is not a valid phone number for {where}',
            evidence=[
                f"phonenumbers: {number_text.strip()} is not a valid number "
                + ("(E.164)" if regions == [None] else f"in {', '.join(r for r in tried if r)}")
            ],
        )


def _phone_candidates(ctx: RuleContext) -> list[tuple[Element, str]]:
    """Contact-block phones (with their contact's text) and cued phones elsewhere."""
    release = ctx.release
    found: list[tuple[Element, str]] = []
    taken: set[int] = set()
    for contact in release.contacts:
        for phone in contact.phones:
            found.append((phone, contact.text))
            taken.add(phone.span.text_start)
    text = release.text
    for token in ctx.facts.phones:
        if token.start in taken or token.section in ("footer", "source", "forward_looking"):
            continue
        if token.section != "contacts" and (
            not _PHONE_CUE.search(text[max(0, token.start - 60) : token.start])
            or sum(ch.isdigit() for ch in token.text) < 10
        ):
            continue  # outside the contacts only full numbers after "call", "dial", "tel"
        element = Element.model_construct(
            text=token.text,
            span=Span.model_construct(
                start=release.position(token.start),
                end=release.end_position(token.end),
                text_start=token.start,
                text_end=token.end,
            ),
        )
        block = text[max(0, token.start - 120) : token.end + 60]
        found.append((element, block))
    return found


def _explicit_plus(text: str, element: Element) -> str | None:
    """The number with its "+" country code, also when written "(+65) 6222 5223"."""
    raw = element.text
    if raw.lstrip().startswith("+"):
        return raw
    before = text[max(0, element.span.text_start - 8) : element.span.text_start]
    match = re.search(r"\(?\+\s?(\d{1,3})\)?[\s.\-]*$", before)
    if match:
        return f"+{match.group(1)} {raw}"
    return None


def _with_area_code(text: str, element: Element) -> str:
    """A local number with the "(201)" area code that glued text left in front of it
    ("Nephros, Inc.(201) 343-5202": the reader's pattern starts after the parenthesis)."""
    raw = element.text
    if sum(ch.isdigit() for ch in raw) > 7:
        return raw
    before = text[max(0, element.span.text_start - 7) : element.span.text_start]
    match = re.search(r"\((\d{3})\)\s?$", before)
    return f"({match.group(1)}) {raw}" if match else raw


def _valid_as_international(number_text: str) -> bool:
    """Whether the digits read as a valid number once taken as "+<digits>": the Asian style
    "(852) 2622 2891" writes the country code in parentheses without a plus."""
    import phonenumbers as pn

    digits = re.sub(r"\D", "", number_text.split("x")[0])
    if len(digits) < 10 or len(digits) == 10 or (len(digits) == 11 and digits[0] == "1"):
        return False  # too short, or shaped like a North American number: not this case
    try:
        return bool(pn.is_valid_number(pn.parse("+" + digits, None)))
    except pn.NumberParseException:
        return False


def _hinted_regions(context_text: str) -> list[str]:
    lowered = f" {context_text.casefold()} "
    hinted: list[str] = []
    for name, region in COUNTRY_HINTS.items():
        if name not in lowered:  # the pattern needs the name: no pattern compiled per name
            continue
        if re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", lowered) and region not in hinted:
            hinted.append(region)
    return hinted


def _fallback_regions(ctx: RuleContext, default: str) -> list[str]:
    regions: list[str] = []
    dateline = ctx.release.dateline
    if dateline is not None:
        regions.extend(_hinted_regions(dateline.place))
    jurisdiction = _JURISDICTION_REGION.get(ctx.issuer.jurisdiction)
    for region in (jurisdiction, default):
        if region and region not in regions:
            regions.append(region)
    return regions


def _is_valid(number_text: str, regions: list[str | None]) -> tuple[bool, list[str | None]]:
    """Whether the number is valid in one of the regions (``None``: its + country code),
    as phonenumbers answers (``api.is_valid_phone``: the common North American forms
    without importing it; read as an attribute so that ``disclint.phones`` loads only when
    a release has a number to test, and each call is a dictionary look-up, not an import)."""
    tried: list[str | None] = []
    for region in regions:
        tried.append(region)
        if api.is_valid_phone(number_text, region):
            return True, tried
    return False, tried


# -- CON005 ---------------------------------------------------------------------------------------


@rule(
    code="CON005",
    name="contact-identity",
    family="contacts",
    severity="warning",
    summary="A contact without a person's name, no contact labelled for investors or media, "
    "or an outside firm answering for the company without being named",
    citation=(
        f"{CITATION_WIRES}; OTC Markets Group Policy on Stock Promotion (IR firms acting for "
        "the issuer identified)"
    ),
    examples=(
        (
            "[contact] Acme Investor Relations Jane Doe jane@ir-firm.example +1 646-555-0100",
            "[contact] Investor Relations: Jane Doe, IR Firm LLC (for Acme), +1 646-555-0100, "
            "jane@ir-firm.example",
        ),
    ),
)
def contact_identity(ctx: RuleContext) -> Iterator[Finding]:
    """Readers need to know who they are calling and about what. A contact block that names no
    person ("ir@acme.com" alone) gives no one to hold to an answer (PRWeb requires a named
    person; `info`, because many listed issuers' IR desks answer as a team address and
    counsel reviewing real releases did not act on it). Several contacts none of which says
    "investor relations" or "media" leave investors guessing which line is theirs (`info`; a
    single contact is plainly the contact). And when a contact's e-mail is at a firm the
    release never names (an IR or promotion agency answering as "Acme Investor Relations"),
    readers cannot tell that an outside firm, possibly paid to promote the stock, speaks for
    the company: name the firm ("Jane Doe, PCG Advisory, for Acme").

    A firm counts as named when its name appears in the contact or elsewhere in the release
    ("ICR" names icrinc.com; an e-mail at the domain of a company the release names is that
    company's); an address at the issuer's own domain (one its name spells, or starts with
    and extends, as "canbiola" for Can B Corp., or the website its own About section gives),
    or at webmail, is not an outside
    firm, and neither is a contact the release names as one of the issuer's officers (its
    CEO writing from another domain). A card that says whom the person speaks for
    ("Communications, REalloys", "for Acme", naming the issuer or a company the release is
    about) makes the agency's domain ordinary practice: an `info` reminder. Contacts that
    follow another organisation's About
    section (a conference organiser's) are that organisation's and do not count for the
    investor/media label. A card split over several blocks is read as one. Only issuer
    releases (a ticker or an issuer profile) are checked: for a private organisation's note
    the wire's own desk applies its contact policy, and a promotion network's contact is
    the publisher's.
    """
    stand = standing(ctx)
    if not stand.issuer_release:
        return
    release = ctx.release
    contacts = [c for c in release.contacts if c.emails or c.phones]
    if not contacts:
        return
    if not any(names_person(c) for c in contacts):
        yield ctx.finding(
            contacts[0],
            message="no contact names a person to ask for",
            evidence=[f'contact: "{excerpt(c.text, width=60)}"' for c in contacts[:3]],
            severity=Severity.INFO,
        )
    own = [c for c in contacts if not _other_organisations_contact(ctx, c)]
    block = _split_glued(" ".join(p.text for p in release.contact_blocks))
    if (
        len(own) > 1
        and not any(_PURPOSE.search(c.label or "") for c in own)
        and not any(_PURPOSE.search(_split_glued(c.text)) for c in own)
        and not _PURPOSE.search(block)
    ):
        yield ctx.finding(
            contacts[0],
            message="no contact says whether it is for investors or for the media",
            evidence=[
                "labels: " + ", ".join(f'"{c.label}"' if c.label else "(none)" for c in contacts)
            ],
            severity=Severity.INFO,
        )
    yield from _unnamed_firms(ctx, contacts, release)


def _split_glued(text: str) -> str:
    """Words run together by a converter apart again ("JohnstonIR Advisor" -> "Johnston IR
    Advisor"), for searching labels."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)


def _other_organisations_contact(ctx: RuleContext, contact: Contact) -> bool:
    """Whether the contact follows the About section of another organisation (an event
    organiser's or partner's "About ... / Contact: ..." at the end of the release): it is
    that organisation's contact, not the issuer's."""
    before = [a for a in ctx.release.about if a.span.text_end <= contact.span.text_start]
    if not before:
        return False
    subject = before[-1].subject
    issuer = standing(ctx).names
    return bool(issuer) and not any(same_company(subject, name) for name in issuer)


_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Dr|Prof)\.?$|^(?:Ph\.?D|MD|M\.D|Jr|Sr|CPA|MBA)\.?$", re.I)


def _person_key(name: str) -> str:
    """A person's name without honorifics and degrees ("Dr. Jane Roe, Ph.D." -> "jane roe")."""
    words = [w for w in re.split(r"[\s,]+", name) if w and not _HONORIFIC.match(w)]
    return " ".join(words).casefold()


def _in_blocks(ctx: RuleContext) -> Callable[[int], bool]:
    """Whether an offset lies in one of the release's contacts (the union of their spans,
    merged once per release and looked up by bisection)."""

    def make() -> Callable[[int], bool]:
        merged: list[list[int]] = []
        for a, b in sorted((c.span.text_start, c.span.text_end) for c in ctx.release.contacts):
            if a >= b:
                continue
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        starts = [a for a, _ in merged]

        def inside(offset: int) -> bool:
            i = bisect_right(starts, offset) - 1
            return i >= 0 and offset < merged[i][1]

        return inside

    return ctx.facts.memo(("contacts", "in_blocks"), make)


def _officers_named_outside(ctx: RuleContext) -> list[str]:
    """The squeezed names of "Derek Sisson, CEO" in the text outside the contacts (once per
    release)."""
    inside = _in_blocks(ctx)
    return ctx.facts.memo(
        ("contacts", "officers_named"),
        lambda: [
            squeeze(m.group("name"))
            for m in _OFFICER_NAMED.finditer(ctx.release.text)
            if not inside(m.start())
        ],
    )


def _named_as_officer(ctx: RuleContext, name: str) -> bool:
    """Whether the text outside the contacts names the person with an officer title
    ("Jane Roe, Chief Financial Officer"), memoised per release and name; the text is
    scanned only if an officer title occurs in it at all."""
    words = name.split()
    if len(words) < 2:
        return False
    text = ctx.release.text
    if not ctx.facts.memo(("contacts", "any_officer"), lambda: bool(_OFFICER_CI.search(text))):
        return False  # the pattern ends in an officer title: none, no match

    def make() -> bool:
        # the pattern's two names are literals it requires (``prefilter``): a text without
        # both, case folded, has no match, and the pattern (made for this name, with the
        # officer titles in it) is never compiled
        folded = fold(text)
        if fold(words[0]) not in folded or fold(words[-1]) not in folded:
            return False
        inside = _in_blocks(ctx)
        pattern = release_pattern(
            rf"\b{re.escape(words[0])}\s+(?:[A-Z]\.\s+)?{re.escape(words[-1])}\b"
            rf"[^\n]{{0,40}}?{_OFFICER.pattern}",
            re.IGNORECASE,
        )
        return any(not inside(m.start()) for m in pattern.finditer(text))

    return ctx.facts.memo(("contacts", "named_as_officer", words[0], words[-1]), make)


def _issuer_spokesperson(ctx: RuleContext, contact: Contact) -> bool:
    """Whether the contact is a person the release quotes as one of the issuer's own (its
    CEO giving an address at another domain is not an outside firm answering for it)."""
    glued = squeeze(contact.text)
    for officer in _officers_named_outside(ctx):
        if officer in glued:
            return True  # "Derek Sissonderek@..." is the "Derek Sisson, CEO" of the body
    names = {_person_key(n) for n in contact.names if _plausible_name(n)}
    if not names:
        return False
    issuer = standing(ctx).names
    for quote in ctx.release.quotes:
        if quote.speaker is None or _person_key(quote.speaker) not in names:
            continue
        organisation = quote.organisation or ""
        if not organisation or any(same_company(organisation, n) for n in issuer):
            return True
        if any(name_key(n) and name_key(n) in name_key(quote.title or "") for n in issuer):
            return True
    return any(_named_as_officer(ctx, name) for name in names)


#: A person named with an officer title in the text ("Derek Sisson, CEO of Acme").
_OFFICER_NAMED = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?),?\s+(?:the\s+)?"
    r"(?:Chief\s+\w+\s+Officer|CEO|CFO|COO|CTO|President|Chair(?:man|woman|person)?|Founder)\b"
)
#: Officer titles that make a person named in the text one of the issuer's own.
_OFFICER = lazy_compile(
    r"\b(?:Chief\s+\w+\s+Officer|CEO|CFO|COO|CTO|CIO|CMO|CSO|CCO|CAO|President|"
    r"Vice\s+President|EVP|SVP|General\s+Counsel|Chair(?:man|woman|person)?|Founder|"
    r"Corporate Secretary)\b"
)
_OFFICER_CI = re.compile(_OFFICER.pattern, re.IGNORECASE)


#: Words that make two capitalised words an organisation, a label or an address, not a name.
_NAME_STOP_TEXT = """
    investor investors relations media contact contacts email e-mail phone telephone tel
    press public company corporate information inquiries enquiries for office mobile
    direct main general chief executive officer president senior vice director manager
    head global group inc corp llc ltd limited communications advisory advisors partners
    capital consulting strategies solutions technologies holdings financial markets market
    network agency marketing follow visit website new york united states street avenue
    suite floor drive road boulevard the and of contact: ir pr investor-relations
"""
_NOT_NAME_WORDS = frozenset(_NAME_STOP_TEXT.split())
_PERSON_RUN = lazy_compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][a-z]+)|"
    r"(?<![A-Za-z])(?P<first>[A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?!\s*" + alternation((*LEGAL_FORMS, *BUSINESS_WORDS, *SECTOR_WORDS)) + r"\b)"
)
_LOCAL_NAME = lazy_compile(r"^[a-z]{2,}[._][a-z]{2,}$", re.IGNORECASE)


def names_person(contact: Contact) -> bool:
    """Whether the contact names a person: a name the card reader found, a name-shaped pair
    of words in its text (also when run into the next word, as flattened copy has it), or
    a "first.last" mailbox."""
    if any(_plausible_name(n) for n in contact.names):
        return True
    if any(_LOCAL_NAME.match(e.text.split("@")[0]) for e in contact.emails):
        return True
    for match in _PERSON_RUN.finditer(_unglue(contact.text)):
        words = [w.casefold() for w in re.findall(r"[A-Za-z]+", match.group())]
        if words and not any(w in _NOT_NAME_WORDS for w in words):
            return True
    return False


def _unglue(text: str) -> str:
    """Put back the spaces flattened copy lost: "Contact DetailsProactive" -> "Contact
    Details Proactive"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", text)


def _plausible_name(name: str) -> bool:
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", name)]
    return len(words) >= 2 and not any(w in _NOT_NAME_WORDS for w in words)


def _acronym(name: str) -> str:
    # "Lippert/Heilshorn & Associates" is LHA: a slash joins partners' names too
    words = [w for w in re.split(r"[\s\-&,./]+", name) if w and w[0].isalpha()]
    return "".join(w[0] for w in words).casefold()


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’/-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’/-]*)*")
_ORGANISATION_NAME = re.compile(
    # from a word's start only: tried inside a long word, the run would be read again
    # from each of its letters
    r"(?<![\w&'’.-])(?:[A-Z][\w&'’.-]*[ \t]+){0,4}[A-Z][\w&'’.-]*[ \t]+"
    + alternation((*LEGAL_FORMS, *BUSINESS_WORDS, "PR"))
    + r"\b"
)


def _firm_named(label: str, names: list[str], release_words: str) -> bool:
    """Whether a mail domain's name ("pcgadvisory", "icrinc", "investor3") is the name of an
    organisation the release names ("PCG Advisory, Inc.", "ICR", "Investor Cubed Inc.")."""
    if len(label) < 3 or label in release_words:
        return True
    for name in names:
        squeezed = squeeze(name)
        if len(squeezed) < 3:
            continue
        if squeezed.startswith(label) or label.startswith(squeezed):
            return True
        prefix = min(len(label), len(squeezed), 6)
        if prefix >= 5 and squeezed[:prefix] == label[:prefix]:
            return True
        acronym = _acronym(name)
        if len(acronym) >= 3 and label.startswith(acronym):
            return True
        # the name's first word starts the domain ("Elray Resources" at elraygaming.com)
        first = squeeze(name.split()[0]) if name.split() else ""
        if len(first) >= 5 and first not in _GENERIC_FIRST_WORDS and label.startswith(first):
            return True
    return False


class _ReleaseNames:
    """What ``_unnamed_firms`` compares a mail domain with: the release's text squeezed
    (``words``), its capitalised tokens and the index of the names it gives (issuer, About
    subjects, organisations in the text and the contacts), made together on first need."""

    def __init__(self, release: Release, issuer: list[str]) -> None:
        stripped = URL.sub(" ", without_emails(release.text))
        self.words = squeeze(stripped)
        self.tokens = {squeeze(t) for t in set(re.findall(r"\b[A-Z][\w&-]{2,}", _unglue(stripped)))}
        names: list[str] = [*issuer, *(a.subject for a in release.about)]
        names.extend(m.group() for m in _ORGANISATION_NAME.finditer(stripped))
        for contact in release.contacts:
            names.extend(contact.organisations)
            names.extend(_candidate_names(_unglue(without_emails(contact.text))))
        self.index = _NameIndex(names)


class _NameIndex:
    """The names of ``_firm_named`` indexed once, so that each mail domain is looked up in
    time of its own length rather than compared with every name: the same tests, as sets of
    the names' squeezed forms, acronyms and first words, all their prefixes, and their
    first six characters."""

    def __init__(self, names: list[str]) -> None:
        self.starts: set[str] = set()  # a label starting with one of these is named
        self.prefixes: set[str] = set()  # every prefix of a squeezed name (3+ characters)
        self.six: set[str] = set()  # the first six characters of squeezed names of 6+
        for name in names:
            squeezed = squeeze(name)
            if len(squeezed) < 3:
                continue
            self.starts.add(squeezed)
            self.prefixes.update(squeezed[:k] for k in range(3, len(squeezed) + 1))
            if len(squeezed) >= 6:
                self.six.add(squeezed[:6])
            acronym = _acronym(name)
            if len(acronym) >= 3:
                self.starts.add(acronym)
            first = squeeze(name.split()[0]) if name.split() else ""
            if len(first) >= 5 and first not in _GENERIC_FIRST_WORDS:
                self.starts.add(first)

    def names(self, label: str) -> bool:
        """``_firm_named``'s name tests for a label of 3 or more characters."""
        if label in self.prefixes:
            return True  # a name starts with the label
        if any(label[:k] in self.starts for k in range(3, len(label) + 1)):
            return True  # the label starts with a name, its acronym or its first word
        return len(label) >= 6 and label[:6] in self.six


#: First words of company names too common to identify a domain's owner on their own.
_GENERIC_FIRST_WORDS = frozenset(
    [
        "global",
        "first",
        "american",
        "national",
        "united",
        "international",
        "general",
        "capital",
        "digital",
        "investor",
        "investors",
        "public",
        "strategic",
        "advanced",
        "premier",
    ]
)


_FIRM_SUFFIXES = (
    "",
    "inc",
    "llc",
    "group",
    "ir",
    "pr",
    "co",
    "corp",
    "partners",
    "advisors",
    "advisory",
    "comms",
    "communications",
    "media",
    "global",
    "capital",
    "usa",
    "us",
)


def _acronym_named(label: str, tokens: set[str]) -> bool:
    """ "icrinc" when the release says "ICR": a named token plus a company suffix."""
    squeezed = squeeze(label)
    return any(
        squeezed.endswith(suffix) and squeezed[: len(squeezed) - len(suffix)] in tokens
        for suffix in _FIRM_SUFFIXES
        if len(squeezed) - len(suffix) >= 3
    )


def _candidate_names(text: str) -> list[str]:
    """Capitalised runs of a contact's text and their words ("PCG Advisory", "PCG", "ICR"),
    generic words ("Investor", "Media") left out."""
    found: list[str] = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        kept = [w for w in words if w.casefold().strip(".,") not in _NOT_NAME_WORDS]
        if kept:
            found.append(" ".join(kept))
            found.extend(w for w in kept if len(w) >= 3)
    return found


def _unnamed_firms(
    ctx: RuleContext, contacts: list[Contact], release: Release
) -> Iterator[Finding]:
    issuer = list(standing(ctx).names)
    own_domains = {domain_label(c.email) for c in ctx.issuer.ir_contacts if c.email}
    for url in URL.finditer(release.text):
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.group().casefold()).split("/")[0]
        parts = [p for p in host.split(".") if p]
        if len(parts) >= 2 and issuer and _firm_named(squeeze(parts[-2]), issuer, ""):
            own_domains.add(parts[-2])
    # the website the issuer's own About section gives is the issuer's domain, whatever its name
    for about in release.about:
        if issuer and not any(same_company(about.subject, name) for name in issuer):
            continue
        for url in URL.finditer(about.text):
            host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.group().casefold()).split("/")[0]
            parts = [p for p in host.split(".") if p]
            if len(parts) >= 2:
                own_domains.add(squeeze(parts[-2]))
    # what the release names (its words, capitalised tokens and organisations), read only
    # once an address gets past the cheap tests: most contacts write to the issuer's domain
    named: _ReleaseNames | None = None
    reported: set[str] = set()
    for contact in contacts:
        if _issuer_spokesperson(ctx, contact):
            continue
        for email in contact.emails:
            label = squeeze(domain_label(email.text))
            if label in reported or label in _WEBMAIL or label in own_domains:
                continue
            if _issuers_domain(label, issuer):
                continue
            if len(label) < 3:
                continue
            if named is None:
                named = _ReleaseNames(release, issuer)
            if label in named.words or named.index.names(label):
                continue  # as _firm_named(label, names, release_words), names indexed once
            if _acronym_named(label, named.tokens):
                continue
            if squeeze(contact.text).count(label) >= 2:
                continue  # the firm's name is written in the contact ("Jo Roe, Harborpr" ...)
            reported.add(label)
            domain = email.text.rsplit("@", 1)[-1]
            agency = (
                _agency_address(email.text, issuer)
                or _beside_own_address(contact, own_domains)
                or _speaks_for(contact, [*issuer, *(a.subject for a in release.about)])
            )
            yield ctx.finding(
                email,
                message=(
                    f"{_who(contact)}'s e-mail is at {domain}, a firm the release does not "
                    "name; say who answers for the company"
                ),
                evidence=[
                    f'"{domain}" is not the issuer\'s domain'
                    + (f" ({', '.join(sorted(own_domains))})" if own_domains else "")
                    + " and matches no organisation named in the release",
                    f'contact: "{excerpt(contact.text, width=70)}"',
                    *([f"{agency}: ordinary practice, an info reminder"] if agency else []),
                ],
                severity=Severity.INFO if agency else None,
            )


def _issuers_domain(label: str, names: list[str]) -> bool:
    """Whether an e-mail domain's name starts with the issuer's name and goes on ("canbiola"
    for Can B Corp., formerly Canbiola, Inc.; "acmecorp" for Acme): a company's domain often
    extends its name (a former name, too, often begins as the new one). The name must have
    four letters or more."""
    for name in names:
        key = squeeze(name_key(name))
        if len(key) >= 4 and label.startswith(key):
            return True
    return False


_SPEAKS_FOR = lazy_compile(
    r"\b(?:Communications|Corporate\s+Communications|Media\s+Relations|Public\s+Relations|"
    r"Investor\s+Relations|Media|Press)\s*,\s*(?P<role>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
    r"|\b(?:for|on\s+behalf\s+of)\s+(?P<behalf>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)


def _speaks_for(contact: Contact, companies: list[str]) -> str | None:
    """Why an outside address is an agency person's whose card says whom they answer for,
    or ``None``: "Communications, REalloys" or "for Acme" names the issuer or a company the
    release is about, so readers know for whom the person speaks (an agency's domain beside
    that is ordinary practice)."""
    text = contact.text
    for email in contact.emails:  # only the address itself: copy glues words onto it
        text = text.replace(email.text, " ")
    text = _unglue(text)
    for match in _SPEAKS_FOR.finditer(text):
        named = match.group("role") or match.group("behalf") or ""
        words = named.split()
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size])
            if any(name.strip() and same_company(candidate, name) for name in companies):
                return f'the contact says whom it speaks for ("{match.group().strip()}")'
    return None


def _beside_own_address(contact: Contact, own_domains: set[str]) -> str | None:
    """Why an outside address in a contact block that also gives the issuer's own address
    reads as its agency's, or ``None``: the company answers there itself, and the agency
    beside it ("Media Contact: info@acme.com, jo.roe@agency.example") is ordinary practice."""
    for email in contact.emails:
        label = domain_label(email.text).casefold()
        if label in own_domains or squeeze(label) in own_domains:
            return f'the same contact also gives the issuer\'s own address "{email.text}"'
    return None


def _agency_address(email: str, issuer: list[str]) -> str | None:
    """Why an outside address reads as the issuer's IR or PR agency, or ``None``: the
    domain's name ends as agencies name themselves ("roberts-communications"), or the
    mailbox is named for the issuer ("acme@agency.example", an agency's desk for its
    client). An agency answering for its client is ordinary practice (counsel did not act
    on it); an address that looks like neither stays a warning."""
    endings = load_rule_data("con_agencies")["domain_endings"]
    label = domain_label(email).casefold()
    if any_of([rf"(?:{'|'.join(endings)})$"]).search(label):
        return f'"{label}" is named like an IR or PR agency'
    mailbox = email.rsplit("@", 1)[0]
    if any(same_company(mailbox, name) for name in issuer if name.strip()):
        return f'the mailbox "{mailbox}" is named for the issuer (an agency\'s desk for its client)'
    return None


# -- CON006 ---------------------------------------------------------------------------------------


#: CON006's documented example: an issuer profile whose IR contact is the example release's.
_EX_PROFILE_CONTACT = (
    '[config] [[issuer.ir-contacts]]\nlabel = "Investor Relations"\nname = "Jane Doe"\n'
    'email = "ir@acme-solar.example"\nphone = "+1 303-555-0100"'
)


@rule(
    code="CON006",
    name="contact-differs-from-profile",
    family="contacts",
    severity="warning",
    summary="Contacts that disagree with the issuer profile's IR contacts",
    citation=(
        f"{CITATION_WIRES}; Regulation FD policy practice (only authorized spokespersons "
        "answer investors)"
    ),
    examples=(
        (
            _EX_PROFILE_CONTACT
            + "\n[contact] Investor Relations: John Roe, jroe@old-agency.example, "
            "+1 303-555-0199",
            _EX_PROFILE_CONTACT,
        ),
    ),
)
def contact_differs_from_profile(ctx: RuleContext) -> Iterator[Finding]:
    """When the issuer profile lists its IR and media contacts, a release that gives
    someone else, or the right person with an old address or number, sends investors to a
    person not authorized to speak for the company (the Regulation FD policy problem) or to
    a dead line. Typical cause: a template from before the IR firm changed. Each release
    contact is matched to the profile by e-mail, phone digits or name; a contact that
    matches nothing, and a matched contact whose e-mail or phone differs, are reported. If
    none of the profile's contacts appears, that is reported once. Silent without
    `ir-contacts` in the profile.
    """
    profile = ctx.issuer.ir_contacts
    if not profile:
        return
    release = ctx.release
    contacts = [c for c in release.contacts if c.emails or c.phones or c.names]
    matched_profile: set[int] = set()
    for contact in contacts:
        emails = {e.text.casefold() for e in contact.emails}
        phones = {_digits(p.text) for p in contact.phones}
        names = {name_key(n) for n in contact.names}
        match_index = None
        for index, expected in enumerate(profile):
            if (
                (expected.email and expected.email.casefold() in emails)
                or (expected.phone and _digits(expected.phone) in phones)
                or (expected.name and name_key(expected.name) in names)
            ):
                match_index = index
                break
        if match_index is None:
            yield ctx.finding(
                contact,
                message=f"{_who(contact)} is not one of the issuer profile's IR contacts",
                evidence=["issuer profile ir-contacts: " + _profile_contacts(ctx)],
            )
            continue
        matched_profile.add(match_index)
        expected = profile[match_index]
        if expected.email and emails and expected.email.casefold() not in emails:
            yield ctx.finding(
                contact.emails[0],
                message=(
                    f"{_who(contact)}'s e-mail {contact.emails[0].text} differs from the issuer "
                    f"profile ({expected.email})"
                ),
                evidence=["issuer profile ir-contacts: " + _profile_contacts(ctx)],
            )
        if expected.phone and phones and not _phone_matches(expected.phone, phones):
            yield ctx.finding(
                contact.phones[0],
                message=(
                    f"{_who(contact)}'s phone {contact.phones[0].text} differs from the issuer "
                    f"profile ({expected.phone})"
                ),
                evidence=["issuer profile ir-contacts: " + _profile_contacts(ctx)],
            )
    if contacts and not matched_profile:
        first = contacts[0]
        yield ctx.finding(
            first,
            message="none of the issuer profile's IR contacts appears in the release",
            evidence=["issuer profile ir-contacts: " + _profile_contacts(ctx)],
        )


def _digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def _phone_matches(expected: str, phones: set[str]) -> bool:
    wanted = _digits(expected)
    return any(p.endswith(wanted[-10:]) or wanted.endswith(p[-10:]) for p in phones)


def _profile_contacts(ctx: RuleContext) -> str:
    parts = []
    for contact in ctx.issuer.ir_contacts:
        bits = [b for b in (contact.label, contact.name, contact.email, contact.phone) if b]
        parts.append(" / ".join(bits))
    return "; ".join(parts)


RULES: list[Rule] = [
    no_contact,
    contact_without_channel,
    invalid_email,
    invalid_phone,
    contact_identity,
    contact_differs_from_profile,
]
