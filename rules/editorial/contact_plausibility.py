"""EDT006: contact details that belong to someone else (a website, an e-mail domain, a
phone country, a name cut short)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from disclint.api import (
    EMAIL,
    GENERIC_SUBJECT,
    URL,
    Contact,
    Element,
    Finding,
    Rule,
    RuleContext,
    RuleOptions,
    domain_label,
    excerpt,
    rule,
    standing,
)
from disclint.rules.editorial._text import (
    countries_named,
    names_domain,
    place_country,
    places,
)

#: A card's own statement of whose it is ("Company Name: Asprofin Bank", "Company: Acme").
_CARD_COMPANY = re.compile(
    r"^\s*(?:company|organi[sz]ation|business)(?: name)?\s*:\s*(.+?)\s*$", re.I | re.M
)
#: "Mr. Luke T": a name that ends in a lone capital with no full stop, the surname cut off.
_TRUNCATED = re.compile(r"^(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+\s+[A-Z]$")


class ContactOptions(RuleOptions):
    """EDT006 options."""

    phones: bool = True
    """Compare a phone's country calling code with the countries the release names."""


@rule(
    code="EDT006",
    name="implausible-contact",
    family="editorial",
    severity="warning",
    summary="A contact's website, e-mail domain, phone country or name does not fit the release",
    citation=(
        "Wire-service editorial guidelines: contact information must be accurate and the "
        "submitter's own; Rule 10b-5 (17 CFR 240.10b-5) where a reader is sent to another "
        "company's site"
    ),
    options=ContactOptions,
    examples=(
        (
            "[headline] Norvale Mining Opens Dubai Office\n\n"
            "[opening] DUBAI, UAE, Jan. 5, 2024 /PRNewswire/ -- Norvale Mining Corp. opened an "
            "office in Dubai to serve its Gulf customers.\n\n"
            "[contact] Contact:\nMr. Luke T\nNorvale Mining Corp.\n+966 50 123 4567",
            "[headline] Norvale Mining Opens Dubai Office\n\n"
            "[opening] DUBAI, UAE, Jan. 5, 2024 /PRNewswire/ -- Norvale Mining Corp. opened an "
            "office in Dubai to serve its Gulf customers.\n\n"
            "[contact] Contact:\nLuke Tremaine\nNorvale Mining Corp.\n+971 4 123 4567",
        ),
    ),
)
def implausible_contact(ctx: RuleContext) -> Iterator[Finding]:
    """A reader who calls or writes to a release's contact should reach the company that
    issued it. Releases go out with contact details that belong to someone else: a
    "Company Website" of another company (copied from the last client's template on a
    distribution platform), an e-mail domain that matches neither the company's website
    nor its name, a Saudi (+966) number for a firm "in Dubai", a contact name cut to
    "Mr. Luke T". Each sends investors and journalists to the wrong place, and a link to
    another company's site attributes that site's content to the issuer.

    A website on a contact card is compared with the card's organisation, its e-mail
    domains, the issuer's names and the About sections; an e-mail domain only on a card
    that says it is the company's own ("Company Name: ..."), since agencies answer for
    most issuers (CON006 covers unnamed agencies). A phone is compared only when written
    with its "+" country code (other than +1), and only in a release whose dateline names
    a country: the phone's country must be the dateline's or one the release mentions.
    """
    options: ContactOptions = ctx.options
    release = ctx.release
    owners = _owner_names(ctx)
    for block in release.contact_blocks:
        yield from _card(ctx, block, owners)
    for contact in release.contacts:
        for name in contact.names:
            if _TRUNCATED.match(name.strip()):
                yield _name_finding(ctx, contact, name)
    if options.phones:
        yield from _phones(ctx)


def _owner_names(ctx: RuleContext) -> list[str]:
    """Whose contacts these may be: the issuer, each About subject, organisations named on
    the contact cards."""
    names = list(standing(ctx).names)
    names.extend(a.subject for a in ctx.release.about if not GENERIC_SUBJECT.match(a.subject))
    for contact in ctx.release.contacts:
        names.extend(contact.organisations)
    return [n for n in names if n.strip()]


def _card(ctx: RuleContext, block: Element, owners: list[str]) -> Iterator[Finding]:
    text = block.text
    hosts = places()["hosts"]
    stated = [m.group(1) for m in _CARD_COMPANY.finditer(text)]
    mails = [domain_label(m.group()) for m in EMAIL.finditer(text)]
    about_sites = ctx.facts.memo(
        "edt006.about-sites",
        lambda: {
            domain_label(m.group()) for about in ctx.release.about for m in URL.finditer(about.text)
        },
    )
    for match in URL.finditer(text):
        label = domain_label(match.group())
        if label in hosts["shared"] or label in mails or label in about_sites:
            continue
        if any(names_domain(name, label) for name in [*stated, *owners]):
            continue
        who = ", ".join(f'"{n}"' for n in (stated or owners)[:3]) or "no organisation"
        yield ctx.finding(
            block.span.text_start + match.start(),
            block.span.text_start + match.end(),
            f'website "{match.group()}" is not the site of {who}',
            evidence=[
                f'domain name "{label}" matches none of the names on the card or in the release',
                f"card: {excerpt(text, width=100)}",
            ],
        )
    sites = {domain_label(m.group()) for m in URL.finditer(text)} | about_sites
    # Only a card that names its company ("Company Name: ...") says whose mail it carries:
    # elsewhere an agency's address beside the issuer's website is the norm (CON006).
    claimed = stated
    for mail in dict.fromkeys(mails):
        if not claimed or mail in hosts["webmail"] or mail in sites:
            continue
        if any(names_domain(name, mail) for name in [*claimed, *owners]):
            continue
        yield ctx.finding(
            block,
            message=f'e-mail domain "{mail}" matches neither the card\'s company '
            f"({', '.join(claimed[:2])}) nor its website",
            evidence=[f"websites: {', '.join(sorted(sites)) or 'none'}"],
        )


def _name_finding(ctx: RuleContext, contact: Contact, name: str) -> Finding:
    index = contact.text.find(name)
    start = contact.span.text_start + max(index, 0)
    return ctx.finding(
        start,
        start + (len(name) if index >= 0 else 0),
        f'contact name "{name.strip()}" looks cut short (a lone initial for a surname)',
        evidence=[f"contact: {excerpt(contact.text, width=100)}"],
    )


def _phones(ctx: RuleContext) -> Iterator[Finding]:
    release = ctx.release
    home = place_country(release.dateline.place) if release.dateline is not None else None
    if home is None:
        return
    named: set[str] | None = None  # read from the whole text only if a number needs it
    for contact in release.contacts:
        for phone in contact.phones:
            raw = _with_plus(release.text, phone)
            if not raw.startswith("+") or raw.startswith("+1"):
                continue
            import phonenumbers as pn  # only for a number with a country code other than +1

            try:
                number = pn.parse(raw, None)
            except pn.NumberParseException:
                continue
            code = number.country_code
            regions = set(pn.region_codes_for_country_code(code)) if code else set()
            if not regions:
                continue
            if named is None:
                named = countries_named(release.text) | {home}
            if regions & named:
                continue
            yield ctx.finding(
                phone,
                message=(
                    f"phone {raw} has the country code +{code} "
                    f"({'/'.join(sorted(regions))}), a country the release never mentions"
                ),
                evidence=[
                    f'dateline "{release.dateline.place if release.dateline else ""}": {home}',
                    f"countries the release names: {', '.join(sorted(named))}",
                ],
            )


def _with_plus(text: str, phone: Element) -> str:
    """The number with the "+" a glued or parenthesised prefix left outside the phone's
    span ("IR@ACME.AI+966 11 ...", "(+971) 4 ...")."""
    raw = phone.text.strip()
    if raw.startswith("+"):
        return raw
    before = text[max(0, phone.span.text_start - 3) : phone.span.text_start]
    found = re.search(r"\(?\+\s?$", before)
    return f"+{raw}" if found else raw


RULES: list[Rule] = [implausible_contact]
