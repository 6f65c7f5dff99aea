"""Reading contact blocks into contacts: label, people, organisations, emails, phones.

Contact blocks come in three shapes: a card of short lines ("Media Contact:" / name /
organisation / phone / email), a line with commas ("Investors: Jane Doe, Acme, +1 ...")
and the flattened line of older wire copy ("Acme Investor Relations Jane Doe
jane@acme.com +1-646-555-0100"). The patterns capture e-mail addresses and phone numbers
loosely, so that a malformed one is still found and reported by the contact rules rather
than silently skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from disclint.lazyre import lazy_compile
from disclint.vocabulary import BUSINESS_WORDS, LEGAL_FORMS, alternation

#: Anything with an @ and text on both sides; validity is the contact rules' business.
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+'%-]*@[\w-]+(?:[.,][\w-]+)*(?:\.[A-Za-z]{2,})?")
#: A phone number: optional +country, optional (area) or area and a slash (older wire copy:
#: "937/555-0100"), three or more digit groups. After a +country code the groups follow the
#: country's plan: a one-digit area ("+33 1 23 45 67 89"), a group of six ("+44 (0)7700
#: 900123"), a subscriber number of up to nine digits in one group ("+43 720 262627126").
PHONE = re.compile(
    r"(?<![\w$€£.,/-])(?:\+\s?\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d{1,5}(?:[\s.\-]\d{2,9}){1,4}"
    r"|(?:\+\s?\d{1,3}[\s.\-]?|1[.\-](?=\d{3}[.\-]))?"
    r"(?:\(\d{1,4}\)[\s.\-]?|\d{3}/(?=\d{3}[.\-]\d{4}(?!\d)))?\d{2,5}"
    r"(?:[\s.\-]\d{2,5}){1,4})(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?"
    # not glued to a word, a currency or a decimal; a no-break space misread as cp1252
    # ("Â" and the space: UTF-8's C2 A0) is a space, not a letter
    r"(?!(?!Â(?:\s|$))[\w$%]|,\d)"
)
_ISO_DATE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")
#: An amount in thousands groups ("1,250,000"), not a phone number.
_GROUPED_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+")
#: A U.S. ZIP+4 code ("55164-0854") is an address, not a phone number.
_ZIP_PLUS_FOUR = re.compile(r"\d{5}-\d{4}")

LABEL = re.compile(
    # (PR Newswire's older copy opens its card with a slash: "/CONTACT: Jane Roe of Acme")
    r"^/?(?P<label>(?:[A-Z0-9][\w&.'’-]*\s+){1,3}(?:media|press|investors?|ir|investor relations|"
    r"public relations)\s+contacts?(?=\s*:|\s*$)"
    # "Contact Acme Partners, LLP:" -- the desk or firm named after the word
    r"|contact\s+(?!(?:information|details|info)\b)(?-i:(?:[A-Z0-9&][\w&.'’-]*,?\s+){0,5}[A-Z0-9][\w&.'’-]*)(?=\s*:)"
    r"|(?:press|news|media) release contacts?"
    r"|contacts?\s+(?:for|at)\s+[^:\n]{1,50}(?=:)"
    r"|(?:(?:media|press|investor|investors|ir|company|corporate|public|financial media|"
    r"analyst|shareholder)(?: relations|(?<=corporate) communications)?"
    r"(?:(?: (?:and|&) | ?/ ?)(?:media|press|investor|public)"
    r"(?: relations)?)? ?(?:contacts?|inquiries|enquiries|information)?"
    r"|contacts?(?: information| details| info)?"
    r"|for (?:further|more|additional) information(?:,)?(?: please)? contact"
    r"|for (?:media|press|investor|investors) (?:inquiries|enquiries|information)(?:,)?"
    r"(?: please)? contact"
    # "For Media:", "For Investors:" -- the desk a card is for
    r"|for (?:media|press|investors?|analysts?)(?=\s*:)"
    # "Company, Investors and Media:" -- the desks one card serves, listed
    r"|(?:company|corporate|media|press|investors?|ir|analysts?)"
    r"(?:,\s+(?:company|corporate|media|press|investors?|ir|analysts?))+,?\s+(?:and|&)\s+"
    r"(?:company|corporate|media|press|investors?|ir|analysts?)(?=\s*:)"
    # "Communications:", "Corporate Communications:" -- a desk's card, its label printed
    r"|(?:(?:corporate|media|external|global) )?communications(?=\s*:)"
    r"|for (?:further|more|additional) (?:information|details)(?=\s*:)"
    # "Acme Contact:", "B2i Digital Contact Information:", "Acme Holding Group, Inc.
    # Contact:" -- an organisation's card
    r"|(?-i:(?:[A-Z0-9][\w&.'’-]*,?\s+){1,5})contacts?(?:\s+(?:information|details|info))?"
    r"(?=\s*:)))"
    # (a label glued to the next word, "ContactJane Roe", but not a brand that opens with
    # the word: "InvestorWire", "MediaNews", nor an address's local part made of it and a
    # desk's word: "PublicRelations@", "MediaInquiries@")
    r"(?:\s*[:\-–—]\s*|\s+(?-i:(?=[A-Z]))|(?-i:(?=[A-Z])(?!Wire|News|Brand)"
    r"(?!(?:Relations|Inquiries|Enquiries|Contacts?|Affairs|Desk)@))|\s*$)",
    re.IGNORECASE,
)
_INNER_LABEL = re.compile(
    r"\b(?P<label>(?:Investor|Media|Public|Press)\s+Relations(?:\s+Contact)?|"
    r"(?:Investor|Media|Press|IR)\s+Contacts?)\b"
)
ORGANISATION = re.compile(
    r"\b(?:" + alternation(LEGAL_FORMS + BUSINESS_WORDS, upper=True) + "|"
    r"PR|Global|Investor Relations|IR|Public Relations|Marketing|Fund|"
    # ... words that name a business, not a person ("Best Growth Stocks", "Equities Desk")
    r"(?i:Investors|Research|Brands|Stocks|Reporter|Observer|Entertainment|Pharmacy|Sciences|"
    r"Services|Desk|News|Newswire|Industries|Systems|Labs|Studios|Therapeutics|"
    r"Pharmaceuticals|Biosciences|Biotech|Resources|Minerals|Mining|Metals|Energy|Interiors|"
    r"Insurance|Realty|Foundation|Institute|University|Association|Society|Securities|"
    r"Markets|Magazine|Journal|Productions|Publishing|Healthcare|Software|Motors|Bancorp|"
    r"Trust|Financial|Investments|Properties|Logistics|Consultants|North America|Newsroom|"
    r"Helpline|Hotline|Pressroom))\b\.?"
)
_TITLE = re.compile(
    r"\b(?:CEO|CFO|COO|President|Chair(?:man|woman)?|Founder|Director|Officer|Vice President|"
    r"VP|SVP|EVP|Manager|Head|Partner|Executive|Lead|Principal|Senior|Specialist|Associate|"
    r"Coordinator|Counsel|Secretary|Treasurer|Analyst|Chief)\b"
)
#: A capital and the letters of a name's word, Latin letters with accents among them
#: ("José García", "Łukasz Nowak"); a surname's lower-case particles ("Jean van der Berg").
_NAME_CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-ž]"
_NAME_LETTERS = r"[a-zA-Z'’\-À-ÖØ-öø-ÿĀ-ž]"
_NAME_PARTICLES = r"(?:\s+(?:van|von|der|den|de|del|della|da|di|du|le|la|dos|das|bin|al)){0,2}"
_PERSON = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z]\.\s?)?"
    + _NAME_CAPITAL
    + _NAME_LETTERS
    + r"+(?:\s+[A-Z]\.)?"
    + r"(?:"
    + _NAME_PARTICLES
    + r"\s+"
    + _NAME_CAPITAL
    + _NAME_LETTERS
    + r"+){1,2}$"
)
#: A person's name (two or three capitalised words) and straight after it a title that
#: opens with a title word: "Thomas Sauve Chief Executive Officer", "Jane Roe CEO".
_NAME_THEN_TITLE = re.compile(
    r"^(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2}?)\s+"
    r"(?P<title>(?:CEO|CFO|COO|President|Chair(?:man|woman)?|Founder|Director|Vice President|"
    r"VP|SVP|EVP|Senior|Executive|Managing|Head|Partner|Chief|General Counsel)\b[^\n]{0,60})$"
)
#: A person's name and a title that ends in "of" or "for", before a desk's name: "Jane Roe
#: Head of" (Investor Relations), "Jane Roe Vice President for" (Media Relations).
_NAME_THEN_TITLE_OF = re.compile(
    r"^(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2}?)\s+"
    r"(?P<title>(?:Head|Director|Vice President|VP|SVP|EVP|Manager|Senior Manager|"
    r"Senior Director)(?:\s+[A-Z][a-z]+){0,2}\s+(?:of|for))$"
)
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_CHANNEL_PREFIX = re.compile(
    r"\b(?:tel|phone|telephone|office|mobile|cell|direct|main|fax|p|t|o|m|e|email|e-mail)"
    r"\s*[:.]\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class ParsedContact:
    """A contact found in text; offsets are relative to the text that was parsed."""

    start: int
    end: int
    label: str | None = None
    names: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    emails: list[tuple[int, int]] = field(default_factory=list)
    phones: list[tuple[int, int]] = field(default_factory=list)

    @property
    def has_channel(self) -> bool:
        return bool(self.emails or self.phones)

    @property
    def is_empty(self) -> bool:
        return not (self.names or self.organisations or self.emails or self.phones)


#: A common top-level domain run into the next word: "ir@acme.comTel", "info@acme.com954-..."
#: (text whose line breaks a converter dropped), or any domain's last label run into a web
#: address ("info@acme.arhttps://acme.ar", "ir@acme.bewww.acme.be": no domain label goes
#: on with "http" or "www."). The address ends after the domain.
_GLUED_TLD = re.compile(
    r"\.(?:com|net|org|edu|gov|io|ai|co|us|ca|uk|de|ch|au|info|biz|news|tech|app|me|cn|hk|sg|"
    r"jp|in|fr|nl|se|no|fi|dk|il|ae|eu|global|group|capital|partners|health|bio|energy)"
    r"(?=[A-Z0-9]|www\.|https?://)|\.[a-z]{2,6}?(?=https?://|www\.)"
)


#: Role mailboxes (RFC 2142 and the desks press releases name). When one of them ends a
#: local part that starts with a capitalised word, digits or an abbreviation ("OfficeEditor@",
#: "Starmanmedia@", "19087info@", "Inc.info@", "Friedman708-925-9424ir@"), the start is the
#: word before it run into the address by a converter that dropped a line break.
ROLE_MAILBOXES = (
    "info",
    "media",
    "press",
    "pr",
    "ir",
    "investorrelations",
    "mediarelations",
    "publicrelations",
    "investors",
    "investor",
    "editor",
    "news",
    "newsroom",
    "contact",
    "contactus",
    "enquiries",
    "inquiries",
    "sales",
    "support",
    "hello",
    "office",
    "communications",
    "marketing",
)
_GLUED_ROLE = re.compile(
    r"^(?P<prefix>(?:(?-i:[A-Z])[A-Za-z]*|[\w.'-]*\d|"
    + alternation((*LEGAL_FORMS, "Group"))
    + r"\.))(?P<role>"
    + "|".join(sorted(ROLE_MAILBOXES, key=len, reverse=True))
    + r")@",
    re.IGNORECASE,
)


_GLUED_ROLE_AFTER_LINK = lazy_compile(
    r"^(?P<prefix>[A-Za-z]+)(?P<role>"
    + "|".join(sorted(ROLE_MAILBOXES, key=len, reverse=True))
    + r")@",
    re.IGNORECASE,
)


def email_scan_start(text: str, start: int = 0, end: int | None = None) -> int:
    """Where a scan of ``text[start:end]`` for ``EMAIL`` may start, or -1 when it holds no
    match. Every match holds an "@", with only local-part characters (no white space)
    between its start and that "@": no match starts before the white space that precedes
    the first "@" (a text without "@" is not scanned at all; ``EMAIL`` opens with a
    lookbehind, so ``re`` would try it at every position)."""
    limit = len(text) if end is None else end
    first = text.find("@", start, limit)
    if first == -1:
        return -1
    return max(start, *(text.rfind(space, start, first) + 1 for space in " \n\t"))


def without_emails(text: str, replacement: str = " ") -> str:
    """``EMAIL.sub(replacement, text)``, scanning only from ``email_scan_start``: the text
    before it is kept as it is (the character before it, if any, is white space, which
    ``EMAIL``'s lookbehind accepts as it accepts the start of a string)."""
    begin = email_scan_start(text)
    if begin == -1:
        return text
    return text[:begin] + EMAIL.sub(replacement, text[begin:])


def find_emails(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of e-mail-like tokens (trailing punctuation, glued following words and glued
    preceding words excluded)."""
    spans: list[tuple[int, int]] = []
    limit = len(text) if end is None else end
    begin = email_scan_start(text, start, limit)
    if begin == -1:
        return spans
    for match in EMAIL.finditer(text, begin, limit):
        begin, stop = match.start(), match.end()
        at = text.find("@", begin, stop)
        # (the lookahead may see past the match: "acme.comhttp://" stops before "http")
        glued = _GLUED_TLD.search(text, at, stop + 8) if at != -1 else None
        if glued is not None and glued.end() < stop:
            stop = glued.end()
        while stop > begin and text[stop - 1] in ".,;:":
            stop -= 1
        begin += _glued_prefix(
            text[begin : at + 1] if at != -1 else "",
            text[begin - 1 : begin],
            text[at + 1 : stop] if at != -1 else "",
        )
        spans.append((begin, stop))
    return spans


#: A phone number run into the address after it: "(646) 555-0143jroe@acme.example", or a
#: whole number with the word before it ("CEO412-555-0143jroe@": a title, the number and
#: the address on one line that lost its breaks).
_GLUED_NUMBER = re.compile(r"^(?:[A-Za-z]{0,12}(?:\d{3}[.-])?\d{3}[.-])?\d{3}[.-]\d{4}(?=[A-Za-z])")
#: A company's legal form, with its full stop, run into the address after it ("Acme Brands,
#: Inc.jane.roe@..."): the card's company line lost its line break.
_GLUED_LEGAL_FORM = re.compile("^" + alternation(LEGAL_FORMS) + r"\.(?=[a-z0-9])")


def _glued_prefix(local: str, before: str = "", domain: str = "") -> int:
    """Length of a word run into a role mailbox ("OfficeEditor@" -> 6, or after a web
    address's slash "acme.example/investorsir@" -> 9), of a phone number's last digits
    run into an address ("555-0143jroe@" -> 8) or of a legal form ("Inc.jroe@" -> 4), else
    0. A lower-case word before a role ("adobepr@") is the address's own, and so is the
    company's name that the domain opens with ("AcmeInvestorRelations@acme.com", not
    "Acme Groupinfo@acmegroup.com")."""
    number = _GLUED_NUMBER.match(local) or _GLUED_LEGAL_FORM.match(local)
    if number is not None:
        return number.end()
    found = _GLUED_ROLE.match(local)
    if found is None and before == "/":
        found = _GLUED_ROLE_AFTER_LINK.match(local)
    if found is None:
        return 0
    prefix = found.group("prefix")
    if len(prefix) < 2 or (prefix.isalpha() and domain.casefold().startswith(prefix.casefold())):
        return 0
    return len(prefix)


#: A North American number run into the word before it ("Muscaglione702-885-1679",
#: "Inc.(201) 343-5202"): text whose line breaks a converter dropped. Only this complete,
#: unambiguous shape is taken after a letter; ``PHONE`` refuses digits glued to a word.
_GLUED_PHONE = re.compile(
    r"(?<=[A-Za-z.:])(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}"
    r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\da-z_])"
    # ... or run into the word after it ("2743www.acme.com", "9424ir@", "4567Email:") or
    # into a street number ("(484) 270-1453280 King of Prussia Road").
    r"|(?<![\d\-])(?<!\d\.)(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}"
    r"(?=[A-Za-z]|\d{1,5}\s+[A-Z][a-z])"
)
#: What every match of ``_GLUED_PHONE`` contains (both branches end "ddd-dddd"): the scan
#: starts just before the first one, and a text without one is not scanned (the pattern
#: opens with a lookbehind, so ``re`` tries it at every position: most of the cost of
#: finding phones).
_GLUED_GATE = re.compile(r"\d{3}[-.]\d{4}")


def find_phones(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of phone-number-like tokens with 7 to 15 digits (dates and amounts excluded)."""
    stop = len(text) if end is None else end
    spans = []
    for match in PHONE.finditer(text, start, stop):
        token = match.group()
        digits = sum(map(str.isdigit, token.split("x")[0].split("ext")[0]))
        if not 7 <= digits <= 15 or _ISO_DATE.match(token):
            continue
        if _GROUPED_AMOUNT.fullmatch(token.replace(" ", "")):
            continue
        if _ZIP_PLUS_FOUR.fullmatch(token):
            continue
        spans.append((match.start(), match.end()))
    # No match starts more than 9 characters ("+1 (ddd) ") before the first "ddd-dddd";
    # the lookbehinds still see the text before where the scan starts.
    first = _GLUED_GATE.search(text, start, stop)
    glued = _GLUED_PHONE.finditer(text, max(start, first.start() - 12), stop) if first else ()
    for match in glued:
        overlapping = [(a, b) for a, b in spans if a < match.end() and match.start() < b]
        if all(match.start() <= a and b <= match.end() for a, b in overlapping):
            spans = [span for span in spans if span not in overlapping]
            spans.append((match.start(), match.end()))
    return sorted(spans)


def parse_contacts(text: str, lines: list[tuple[int, int]]) -> list[ParsedContact]:
    """Group the lines of a contacts section into contacts.

    ``lines`` are (start, end) offsets into ``text``; a blank gap between blocks is
    marked by a ``(-1, -1)`` entry. A label line starts a new contact, and so does a new
    block once the current contact already has a way to reach someone.
    """
    contacts: list[ParsedContact] = []
    current: ParsedContact | None = None
    new_block = True
    for start, end in _segments(text, lines):
        if start < 0:
            new_block = True
            continue
        line = text[start:end]
        if (
            current is not None
            and not new_block
            and (current.names or current.organisations)
            and not current.has_channel
            and _DEPARTMENT_LINE.match(line)
        ):
            # "Jane Roe" / "Investor Relations" / "Acme Robotics" / phone: the department of
            # the person or company above, not the label of another card
            current.titles.append(" ".join(line.split()))
            current.end = max(current.end, end)
            continue
        # ("Company Name: Acme" / "Contact Person: Jane Roe": fields of a form, no labels)
        label_match = None if _FIELD.match(line) else LABEL.match(line)
        label = None
        content_start = start
        desk_line = (
            _DESK_LINE.match(line)
            if current is None or current.is_empty or current.has_channel
            else None
        )
        owner = desk_line.group("owner").strip() if desk_line else ""
        if desk_line and _PERSON.match(owner) and not ORGANISATION.search(owner):
            desk_line = None  # "Dana Roe Investor Relations": a person and her desk
        if desk_line:
            # "External Investor Relations" / "Investor Relations/" over a card: its label.
            label = " ".join(desk_line.group("desk").split())
            content_start = end
        elif (
            label_match
            and current is not None
            and current.is_empty
            and current.label
            and _GENERIC_LABEL.match(current.label)
            and _team_line(line, label_match.end())
        ):
            # "Contact:" / "Media Hotline": a team's name under the printed label, not a
            # label of its own (the card keeps "Contact")
            current.organisations.append(" ".join(line.split()))
            current.end = max(current.end, end)
            new_block = False
            continue
        elif (
            label_match
            and _GENERIC_LABEL.match(_clean_label(label_match.group("label")))
            and (sub := _SUB_LABEL.fullmatch(line[label_match.end() :].strip(" \t:"))) is not None
        ):
            # "Contact DetailsCEO" over the CEO's card (a page's heading run into the first
            # card's own label): the card's label is its own
            label = " ".join(sub.group().split())
            content_start = end
        elif label_match and (label_match.end() < len(line) or line.rstrip().endswith(":")):
            label = _clean_label(label_match.group("label"))
            content_start = start + label_match.end()
        elif label_match and label_match.end() == len(line):
            label = _clean_label(label_match.group("label"))
            content_start = end
        starts_new = (
            current is None
            or (label is not None and not current.is_empty)
            or (new_block and current.has_channel and _starts_with_name(text, start, end))
            # a block with an e-mail of its own after a card that has one: another card
            # ("Acme AdvisoryJane Roe(646) ...jroe@..." / "Acme Inc.Lee Park...lee@...")
            or (new_block and current.emails and _names_and_email(text, start, end))
        )
        if starts_new:
            current = ParsedContact(start=start, end=end)
            contacts.append(current)
        assert current is not None
        new_block = False
        if label and current.label and current.is_empty and current.label.endswith("/"):
            current.label += label  # "Investor Relations/" + "Media Contact"
        elif label and (
            not current.label
            or (
                current.is_empty
                and _GENERIC_LABEL.match(current.label)
                # (a desk line replaces the word "Contact" alone, see ``_BARE_LABEL``)
                and not (desk_line and not _BARE_LABEL.match(current.label))
            )
        ):
            # ("For further information: Media: ...": the desk's label names the card)
            current.label = label
        current.end = max(current.end, end)
        _read_line(text, content_start, end, current)
    for contact in contacts:
        contact.names = distinct_names(contact.names)
        contact.emails = [_unglue_from_name(text, span, contact.names) for span in contact.emails]
        contact.emails = _distinct_spans(text, contact.emails)
        _organisations_by_domain(text, contact)
    return [c for c in contacts if not c.is_empty or c.label]


def _distinct_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A card's addresses, each once (the first time it is printed): an address printed
    twice on one card (under the name, and again as a link) is one."""
    seen: set[str] = set()
    kept = []
    for a, b in spans:
        if text[a:b].casefold() not in seen:
            seen.add(text[a:b].casefold())
            kept.append((a, b))
    return kept


def distinct_names(names: list[str]) -> list[str]:
    """A card's names, each once: a name printed twice on one card (a quoted signature over
    the typed name, "“Jane Roe”" / "Jane Roe, President") is one person."""
    return list({" ".join(name.split()).casefold(): name for name in names}.values())


def _team_line(line: str, label_end: int) -> bool:
    """A line that opens with a desk word but is a team's name ("Media Hotline", "Press
    Office"): more capitalised words after the word, no colon, no e-mail or telephone."""
    rest = line[label_end:].strip()
    return (
        ":" not in line
        and bool(rest)
        and len(rest.split()) <= 3
        and all(word[:1].isupper() for word in rest.split())
        and not EMAIL.search(line)
        and not PHONE.search(line)
    )


def _organisations_by_domain(text: str, contact: ParsedContact) -> None:
    """A "name" that spells the card's mail or web domain ("Best Growth Stocks" over
    editor@bestgrowthstocks.example) is the organisation the card is for, unless an
    address on the card is the person's own (its local part holds the name's first word)."""
    if not contact.names:
        return
    addresses = [text[a:b] for a, b in contact.emails]
    domains = {domain_label(a) for a in addresses}
    domains |= {domain_label(u.group()) for u in URL.finditer(text, contact.start, contact.end)}
    domains = {squeeze(d) for d in domains if len(squeeze(d)) >= 6}
    if not domains:
        return
    locals_ = [a.split("@", 1)[0].casefold() for a in addresses]
    for name in list(contact.names):
        folded = squeeze(name)
        first = squeeze(name.split()[0]) if name.split() else ""
        if len(folded) < 6 or any(first and first in local for local in locals_):
            continue
        if any(folded in d or d in folded for d in domains):
            contact.names.remove(name)
            contact.organisations.append(name)


#: Where a contact line holding several cards in a row divides: at a semicolon ("...,
#: +1-224-555-0101; or Investors: Jane Roe, ...") and before a desk label after a colon or a
#: full stop ("For further information: Media: Jane Roe, ...").
_SEGMENT_BREAK = re.compile(
    r";\s*(?:(?:or|and)\s+)?"
    r"|(?<=[:.\d])\s+(?=(?:Media|Investors?|Press|Analysts?|IR|Financial|Shareholders?)"
    r"(?:\s+(?:Relations|Contacts?|Inquiries|Enquiries))?\s*:)"
    # ... and after a name ("Investors: Jane Roe / Lee Park Media: Dana Poe ..."), before the
    # desk words that are never part of a person's name
    r"|(?<=[a-z])\s+(?=(?:Media|Investors?|Analysts?|Shareholders?)"
    r"(?:\s+(?:Relations|Contacts?|Inquiries|Enquiries))?\s*:)"
)


def _segments(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a contacts section, a line of several cards in a row divided into one
    line per card part (a long line only: a card's own lines are short)."""
    segments: list[tuple[int, int]] = []
    for start, end in lines:
        if start < 0 or end - start < SEGMENT_MIN or not _SEGMENT_BREAK.search(text, start, end):
            segments.append((start, end))
            continue
        position = start
        for found in _SEGMENT_BREAK.finditer(text, start, end):
            piece = text[position : found.start()]
            if not found.group().startswith(";") and not _card_or_label(piece):
                continue  # a lead-in ("please contact the Company at: Investor ...") stays
            if found.start() > position:
                segments.append((position, found.start()))
            position = found.end()
        if position < end:
            segments.append((position, end))
    return segments


def _card_or_label(piece: str) -> bool:
    """A piece of a line that is a card of its own (it has a way to reach someone, or a
    desk label and the people under it: "Investors: Jane Roe / Lee Park") or a label alone
    ("For further information:")."""
    if "@" in piece or re.search(r"\d{3}", piece):
        return True
    label = LABEL.match(piece.strip())
    if label is None:
        return False
    rest = piece.strip()[label.end() :]
    return not rest or (":" in label.group() and not _PROSE.search(rest))


#: A contact line at least this long may hold several cards in a row.
SEGMENT_MIN = 80


def _unglue_from_name(text: str, span: tuple[int, int], names: list[str]) -> tuple[int, int]:
    """An address whose local part is a capitalised word run into a person's name on the
    same card ("Acmeangela@" on Angela Roe's card) starts at the name: the word before it
    lost its line break. A local part made of the person's own names ("JaneRoe@") is kept."""
    start, end = span
    at = text.find("@", start, end)
    local = text[start:at] if at != -1 else ""
    if not local[:1].isupper():
        return span
    folded = local.casefold()
    for name in names:
        tokens = [t.casefold() for t in re.findall(r"[A-Za-z]{3,}", name)]
        for token in tokens:
            position = folded.find(token, 1)
            before = folded[:position]
            if (
                position >= 4  # a word, not initials ("SLynch@", "JDoe@")
                and local[position - 1].isalpha()
                and not any(before.startswith(t) for t in tokens)  # "MarkRDoe@" is his own
            ):
                return start + position, end
    return span


def _names_and_email(text: str, start: int, end: int) -> bool:
    """Whether a line holds an e-mail address and words before it (not an address alone)."""
    emails = find_emails(text, start, end)
    return bool(emails) and bool(re.search(r"[A-Za-z]{3}", text[start : emails[0][0]]))


def _clean_label(label: str) -> str:
    return " ".join(label.split()).rstrip(":").strip()


def _starts_with_name(text: str, start: int, end: int) -> bool:
    first = re.split(r"[,|\n]", text[start:end])[0].strip()
    return bool(_PERSON.match(first))


#: A channel prefix run into the name before it ("Dr. Jane RoeEmail:", "Dean StuartE:"):
#: copy whose line breaks a converter dropped. A split there keeps the name clean.
_GLUED_PREFIX = re.compile(
    r"(?<=[a-z])(?=(?:Email|E-mail|Tel|Phone|Telephone|Mobile|Cell|Office|Fax|Direct|[ETPMO])"
    r"\s*:)"
)


#: Words run together where a converter dropped the line break between them: "LLPJonathan",
#: "RoadRadnor". Three lower-case letters before the capital keep "McDonald", "DeAngelo".
_GLUED_WORDS = re.compile(
    r"(?<=[a-z]{3})(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})"
    # ... a name run into an agency's initials: "Kirin SmithPCG Advisory"
    r"|(?<=[a-z]{3})(?=[A-Z]{2,5}\s+[A-Z][a-z])"
    # ... a name run into an officer's acronym: "Jane RoeCEO"
    r"|(?<=[a-z]{2})(?=(?:C[A-Z]{1,2}O|S?VP|EVP)\b)"
    # ... and a legal form run into the next name: "Acme Inc.Jane Roe"
    r"|(?:" + "|".join(rf"(?<={re.escape(form)}\.)" for form in LEGAL_FORMS) + r")(?=[A-Z][a-z])"
    # ... a short surname run into a title word: "Rana VigPresident and CEO"
    r"|(?<=[A-Z][a-z]{2})(?=(?:President|Chief|Chair(?:man|woman)?|Director|Founder|Managing|"
    r"Senior|Head|Vice|Executive|Partner|Manager)\b)"
    # ... a name run into a street number: "Kim Roe45 Broadway"
    r"|(?<=[A-Za-z][a-z]{2})(?=\d{1,6}\s+[A-Z][a-z])"
)
#: A line of a card that is a telephone number alone, without separators: 10 to 13 digits.
_BARE_NUMBER = re.compile(r"\+?\d{10,13}")
#: Such a number among a card's words: ten digits (a North American number, "1" before it
#: allowed) with a space or the line's edge on both sides.
_INLINE_NUMBER = re.compile(r"(?<!\S)(?:\+?1)?\d{10}(?!\S)")
#: An international number ("+", a country code, groups of digits) run into a capitalised
#: word after it: a card whose next line lost its line break.
_GLUED_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .\-]\d{2,5}){2,4}(?=[A-Z][a-z])")
#: A word in lower case: a sentence's, not a card line's ("Jane Roe", "Acme Inc.").
_LOWER_WORD = re.compile(r"(?<![\w.@/-])[a-z]{2,}\b")
#: A person's first name and surname, the surname run into the local part of an address
#: ("Derek Sissonderek@", "Mark Greenmgreen@"): the card's line break lost between them.
_NAME_BEFORE_GLUED_ADDRESS = lazy_compile(r"(?<![\w.@-])(?P<first>[A-Z][a-z]{1,20})[ \t]+$")


#: How many more letters (and a separator) a local part may give a first name than the card
#: prints ("Greg" on the card, "gregory.roe@" in the address).
GIVEN_NAME_SLACK = 6


def _local_parts(first: str, last: str) -> set[str]:
    """The local parts an address made from a person's name may take: "derek", "dsisson",
    "derek.sisson", "dereks", "sisson" and the like."""
    given, family = first.casefold(), last.casefold()
    joined = {given + mark + family for mark in ("", ".", "_", "-")}
    return {given, family, given[0] + family, given + family[0], family + given[0], *joined}


def _unglue_named_address(text: str, span: tuple[int, int], line_start: int) -> tuple[int, int]:
    """An address whose local part opens with a capitalised word run into it after a first
    name ("Derek Sissonderek@famousb.example", "Jane RoeJane.Roe@acme.example") starts where
    the part made from that name begins ("derek@", "Jane.Roe@"): the capitalised word is the
    person's surname. An address only starts later when what is left is such a part, at a
    word's edge, so "JaneRoe@" or "Acme@" stay whole."""
    start, end = span
    at = text.find("@", start, end)
    if at == -1 or not text[start : start + 1].isupper():
        return span
    first = _NAME_BEFORE_GLUED_ADDRESS.search(text, max(line_start, start - 24), start)
    if first is None:
        return span
    local = text[start:at]
    given = first.group("first")
    for cut in range(2, len(local) - 1):
        surname, rest = local[:cut], local[cut:]
        if not (rest[:1].islower() or (local[cut - 1].islower() and rest[:1].isupper())):
            continue  # a cut inside a word
        folded = rest.casefold()
        if folded in _local_parts(given, surname) or (
            # "Greg MichaelsGregory.Michaels@": the full first name and the surname
            folded.startswith(given.casefold())
            and folded.endswith(surname.casefold())
            and len(folded) <= len(given) + len(surname) + GIVEN_NAME_SLACK
        ):
            return start + cut, end
    return span


#: The text of a page's contact links, not a name or a company: "Email Us Here", "Visit us on
#: social media", "Visit Our Website" (EIN Presswire and Newsworthy cards).
_LINK_TEXT = re.compile(
    r"\b(?i:e-?mail us here|e-?mail us|visit us on social media|visit (?:our|us on the) website|"
    r"visit us online)\b"
)
#: A postal address line ("280 King of Prussia Road", "Suite 1485", "Dallas, TX 75240").
_ADDRESS = re.compile(
    r"^\d{1,6}\s+\w|\b(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Way|Suite|"
    r"Floor|Plaza|Parkway)\b\.?$|\bP\.?\s?O\.?\s+Box\b|^[A-Z]{2}\s+\d{5}(?:-\d{4})?$"
)


def _read_line(text: str, start: int, end: int, contact: ParsedContact) -> None:
    """Take channels out of a line, then classify what is left: names, titles, orgs."""
    emails = find_emails(text, start, end)
    phones = [p for p in find_phones(text, start, end) if not _inside(p, emails)]
    line = text[start:end]
    bare = _BARE_NUMBER.fullmatch(line.strip())
    if bare is not None and not phones:
        # a card's line that is a number alone, printed without separators ("5202760992")
        number = start + line.index(bare.group())
        phones = [(number, number + len(bare.group()))]
    # an international number run into the word after it ("+372 622 9177About Acme")
    phones += [
        (start + found.start(), start + found.end())
        for found in _GLUED_INTERNATIONAL.finditer(line)
        if not any(a < start + found.end() and start + found.start() < b for a, b in phones)
    ]
    if bare is None and not _LOWER_WORD.search(URL.sub(" ", without_emails(line))):
        # ... or among a card line's other words, all capitalised: "Jane Roe 5202760992
        # jane@acme.example" (not "Order 5205550192 shipped")
        phones += [
            (start + found.start(), start + found.end())
            for found in _INLINE_NUMBER.finditer(line)
            if not any(a < start + found.end() and start + found.start() < b for a, b in phones)
            and not _inside((start + found.start(), start + found.end()), emails)
        ]
    phones.sort()
    emails = [_unglue_named_address(text, span, start) for span in emails]
    contact.emails.extend(emails)
    contact.phones.extend(phones)
    masked = list(text[start:end])
    for a, b in [*emails, *phones]:
        for i in range(a - start, b - start):
            masked[i] = " "
    remainder = _GLUED_WORDS.sub("  ", _GLUED_PREFIX.sub("  ", URL.sub(" ", "".join(masked))))
    # (a page's card prints the person's name first, then the company: "Jane Roe Acme
    # Digital Email Us Here")
    prefer = "name first" if _LINK_TEXT.search(remainder) else "name"
    remainder = _LINK_TEXT.sub("  ", remainder)
    desk = _DESK.match(remainder)
    owner = desk.group("owner").strip() if desk else ""
    if desk and not contact.names and _PERSON.match(owner) and not ORGANISATION.search(owner):
        # "Jane Roe Investor Relations" on a card with no name yet: a person and her desk.
        desk = None
    if desk and (contact.label is None or _BARE_LABEL.match(contact.label)):
        # "Oracle Investor Relations" on a line of its own names the card's desk: a better
        # label than a bare "Contact:".
        contact.label = " ".join(desk.group("desk").split())
    inner = _INNER_LABEL.search(remainder)
    if inner and not contact.label:
        contact.label = " ".join(inner.group("label").split())
    if _PROSE.search(remainder):
        # A sentence ("For more information, please contact the agent, EQ Services, at
        # ..."): a person is the one it asks to contact, other capitalised words are not.
        _classify_prose(remainder, contact)
        return
    if inner:
        before, after = remainder[: inner.start()], remainder[inner.end() :]
        # Words run straight into the label ("Acme Solar Investor Relations") are the
        # organisation whose relations desk it is; earlier comma-separated parts may be names.
        pieces = re.split(r"([,|;/•·]|\s[-–—]\s|\s{2,}|\n)", before)
        titled = _NAME_THEN_TITLE_OF.match(pieces[-1].strip())
        if titled is not None and _person_name(titled.group("name")):
            # "Jane Roe Head of Investor Relations": a person and her title, the label the
            # title's end
            _classify("".join(pieces[:-1]), contact, prefer="name")
            contact.names.append(titled.group("name"))
            contact.titles.append(f"{titled.group('title')} {inner.group('label')}")
            _classify(after, contact, prefer="name")
            return
        if pieces[-1].strip():
            _classify("".join(pieces[:-1]), contact, prefer="name")
            _add_organisation(pieces[-1], contact)
        else:
            _classify(before, contact, prefer="name")
        _classify(after, contact, prefer="name")
        return
    _classify(remainder, contact, prefer=prefer)


#: A line that is only a relations desk: "Oracle Investor Relations", "Acme Corporate
#: Communications".
_DESK = re.compile(
    r"^\s*(?P<desk>(?P<owner>(?:[A-Z0-9][\w&.'’-]*\s+){0,3})(?:(?:Investor|Media|Public|Press)"
    r"\s+Relations|Corporate\s+Communications))\s*$"
)
#: A line that is only a relations desk, a label over the card below it: "External Investor
#: Relations", "Investor Relations/" (over "Media Contact:").
_DESK_LINE = re.compile(
    r"^\s*(?P<desk>(?P<owner>(?:[A-Z][\w&'’-]*\s+){0,2})(?:Investor|Media|Public|Press)\s+"
    r"Relations(?:\s*/)?)"
    # one run of white space before and one after the colon: runs side by side with only an
    # optional sign between them split a long run every way ("Relations", tabs, "x": cubic)
    r"\s*(?::\s*)?$"
)
#: A department's name alone on a line, with no colon or slash after it: under a person's
#: or company's name it says where they work ("Investor Relations", "Corporate
#: Communications").
_DEPARTMENT_LINE = lazy_compile(
    r"^\s*(?:(?:Investor|Media|Public|Press)\s+Relations|Corporate\s+Communications)\s*$"
)
#: A label that names no desk: "Contact", "Contacts", "Contact Information".
_GENERIC_LABEL = lazy_compile(
    r"^(?:contacts?(?:\s+(?:information|details|info))?|(?:contacts?\s+)?for\s+"
    r"(?:further|more|additional)\s+(?:information|details))$",
    re.IGNORECASE,
)
#: What may follow a generic label on its line as the card's own label: an officer's initials
#: ("CEO", "CFO") or a desk ("Investor Relations", "Media").
_SUB_LABEL = lazy_compile(
    r"C[A-Z]{1,2}O|(?:Investor|Media|Public|Press)\s+Relations|Investors|Media"
)
#: A label that is the word "Contact" alone: a desk line below it names the card better
#: ("Contact: / Oracle Investor Relations"); a label with more words is kept ("Contact
#: Details" over an agency's "Ditto Public Relations").
_BARE_LABEL = lazy_compile(r"^contacts?$", re.IGNORECASE)
#: A line that reads as a sentence: a run of several lower-case words.
_PROSE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")
#: The person a sentence asks to contact: "contact attorney Jane Roe", "call Jane Roe".
_ASKED = lazy_compile(
    r"(?:\b(?:contact|contacting|call|calling|reach|email|e-mail)\s+(?:(?:our\s+)?(?:attorney|"
    r"counsel|partner|spokesperson|Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?|:\s+)"
    r"(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2})\b"
)


def _classify_prose(sentence: str, contact: ParsedContact) -> None:
    """Organisations as in any line; names only where the sentence asks to contact them."""
    before = len(contact.names)
    _classify(sentence, contact, prefer="name")
    del contact.names[before:]
    for found in _ASKED.finditer(sentence):
        name = found.group("name")
        if (
            _PERSON.match(name)
            and not ORGANISATION.search(name)
            and not any(w.upper() in _NOT_NAME_WORDS for w in name.split())
        ):
            contact.names.append(name)


#: A company's legal suffix after a comma ("Acme Solar, Inc.") belongs to the name before it.
_SUFFIX_AFTER_COMMA = re.compile(r",\s*(?=" + alternation(LEGAL_FORMS) + r"\b)")


#: A channel's label opening a card's fragment ("Tel:", "Email.", "E:"): dropped before the
#: fragment is read. A one-letter label with a point and a capitalised word after it is an
#: initial ("E. Will Roe II").
_FRAGMENT_PREFIX = lazy_compile(
    r"^(?:(?:tel|phone|email|e-mail|office|mobile|cell|direct)\s*[:.]|[ptome]\s*:"
    r"|[ptome]\.(?!\s*(?-i:[A-Z][a-z])))\s*",
    re.IGNORECASE,
)


def _classify(fragment_text: str, contact: ParsedContact, prefer: str) -> None:
    fragment_text = _SUFFIX_AFTER_COMMA.sub(" ", fragment_text)
    # (a tab separates a card's cells as two spaces do: "Jane Roe<TAB>Acme<TAB>jane@...")
    fragments = re.split(r"[,|;/•·\t]|\s[-–—]\s|\s{2,}|\n", fragment_text)
    for position, raw_fragment in enumerate(fragments):
        fragment = _CHANNEL_PREFIX.sub("", raw_fragment).strip(" :.-–—()“”\"'")
        # (a channel's one-letter prefix with a point is a person's initial when a name
        # follows it: "E. Jane Roe", not "E. " before a masked address)
        fragment = _FRAGMENT_PREFIX.sub("", fragment).strip()
        headed = _HEADED.match(fragment)
        field = _FIELD.match(fragment) if headed is not None else None
        if field is not None and headed is not None:
            # a form's field: "Company Name: Acme Robotics", "Contact Person: Jane Roe"
            value = headed.group("rest").strip(" .")
            if field.group("person") and _PERSON.match(value) and not ORGANISATION.search(value):
                contact.names.append(value)
            elif value:
                contact.organisations.append(value)
            continue
        if headed is not None:
            # "Website: Acme", "Facebook: Acme" name a channel; "Contact:Jane Roe",
            # "Information: Jane Roe" a label run into what it labels.
            if _CHANNEL_HEAD.fullmatch(headed.group("head").strip()):
                continue
            head, value = headed.group("head").strip(), headed.group("rest").strip(" .")
            if _TITLE.search(head) and not ORGANISATION.search(head) and _person_name(value):
                # "Senior Editor: Jane Roe": a title over the person who holds it
                contact.names.append(value)
                contact.titles.append(head)
                continue
            if head[:1].isupper() and not _LABEL_HEAD.search(head) and _person_name(value):
                # "ICR (United States): Jane Roe": the agency or company she answers for
                contact.names.append(value)
                contact.organisations.append(head)
                continue
            if _LABEL_HEAD.search(headed.group("head")):
                fragment = raw_fragment = headed.group("rest").strip()
        # words that join a name to its channels in a line ("Jane Roe at (212) ... or
        # jane@..."): the channels are masked, the joining words are left over
        fragment = _JOINING_WORDS.sub("", fragment).strip()
        if len(fragment) < 2 or not any(ch.isalpha() for ch in fragment):
            continue
        if fragment.isupper() and not _person_name(fragment.title()):
            cased = fragment.title()
            if _TITLE.search(cased) and not ORGANISATION.search(cased):
                contact.titles.append(fragment)  # "VICE PRESIDENT, INVESTOR RELATIONS"
                continue
            if ORGANISATION.search(cased):
                contact.organisations.append(fragment)  # "INVESTOR RELATIONS"
                continue
        if fragment.casefold() in place_names():
            continue  # "United States", "New York": a line of the address
        located = _PERSON_IN_PLACE.match(fragment)
        if located and not ORGANISATION.search(located.group("name")):
            fragment = raw_fragment = located.group("name")  # "Jane Roe in Ireland"
        if _ADDRESS.search(fragment):
            continue
        of_org = _NAME_OF_ORG.match(re.sub(r"^(?:or|and)\s+", "", fragment))
        if (
            of_org is not None
            and not ORGANISATION.search(of_org.group("name"))
            and not _TITLE.search(of_org.group("name"))
            and _name_like(raw_fragment, of_org.group("name"), place=False)
        ):
            # "Jane Roe of Acme Robotics" (PR Newswire's contact line), "or Lee Park of ..."
            contact.names.append(of_org.group("name"))
            contact.organisations.append(of_org.group("org"))
            continue
        named = _NAME_THEN_TITLE.match(fragment)
        if (
            named is not None
            and not ORGANISATION.search(named.group("name"))
            and not _TITLE.search(named.group("name"))
            and _name_like(raw_fragment, named.group("name"), place=False)
        ):
            # "Thomas Sauve Chief Executive Officer": a name and a title, the comma lost
            contact.names.append(named.group("name"))
            contact.titles.append(named.group("title"))
        elif _TITLE.search(fragment) and not ORGANISATION.search(fragment):
            contact.titles.append(fragment)
        elif _PERSON.match(fragment) and not ORGANISATION.search(fragment):
            if _name_like(raw_fragment, fragment, place=_is_region(fragments, position)):
                contact.names.append(fragment)
        elif ORGANISATION.search(fragment) or prefer == "organisation":
            after_form = _NAME_AFTER_FORM.match(fragment)
            if after_form and _PERSON.match(after_form.group("name")):
                # "Skyline Communications Group LLC Scott Powell": a lost line break
                contact.organisations.append(after_form.group("org"))
                contact.names.append(after_form.group("name"))
                continue
            before_org = _NAME_BEFORE_ACRONYM.match(fragment)
            if (
                before_org is not None
                and not ORGANISATION.search(before_org.group("name"))
                and not _TITLE.search(before_org.group("name"))
                and _name_like(raw_fragment, before_org.group("name"), place=False)
            ):
                # "Kirin M. Smith PCG Advisory, Inc.": a person, then the agency whose
                # initials open its name, on what were two lines
                contact.names.append(before_org.group("name"))
                contact.organisations.append(before_org.group("org"))
                continue
            contact.organisations.append(fragment)
        elif _looks_like_flattened_name(fragment):
            name, rest = _split_trailing_name(fragment)
            words = fragment.split()
            if prefer == "name first" and len(words) > 2 and _PERSON.match(" ".join(words[:2])):
                name, rest = " ".join(words[:2]), " ".join(words[2:])
            if not _name_like(raw_fragment, name, place=_is_region(fragments, position)):
                contact.organisations.append(fragment)
                continue
            if rest:
                contact.organisations.append(rest)
            contact.names.append(name)
        elif fragment[:1].isupper():
            contact.organisations.append(fragment)


#: Joining words left at a fragment's edge once its channels are masked: "Jane Roe at",
#: "or Jane Roe", "Jane Roe via".
_JOINING_WORDS = re.compile(r"^(?:or|and|at|via)\s+|(?<!\s)\s+(?:at|or|on|via|by|and)$")
#: A form's field naming the company or the person: "Company Name:", "Contact Person:".
_FIELD = re.compile(
    r"^\s*(?:(?P<person>Contact\s+(?:Person|Name)|(?:Full\s+)?Name)|Company(?:\s+Name)?|"
    r"Organi[sz]ation(?:\s+Name)?|Business\s+Name)\s*:",
    re.IGNORECASE,
)
#: A fragment with a word and a colon before its text: "Website: acme", "Contact:Jane Roe".
_HEADED = re.compile(r"^(?P<head>[A-Za-z0-9][\w &.'’()-]{0,40}?)\s*:\s*(?P<rest>\S.*)$")
#: The heads that name a channel, not a person: web sites and social networks.
_CHANNEL_HEAD = lazy_compile(
    r"(?:company\s+)?(?:website|web\s*site|web|site|url|facebook|twitter|x|linkedin|in|"
    r"instagram|youtube|tiktok|telegram|discord|reddit|stocktwits|threads|bluesky|wechat)",
    re.IGNORECASE,
)
#: The heads that are a label run into the name after it: "Contact:", "Information:".
_LABEL_HEAD = lazy_compile(
    r"\b(?:contacts?|information|details|inquiries|enquiries|investors?|media|press|analysts?|"
    r"ir|relations|shareholders?)$",
    re.IGNORECASE,
)


@cache
def place_names() -> frozenset[str]:
    """Names of states, provinces, countries and major cities, case-folded, from the one
    table of places (``rules/data/edt_places.toml``): an address line, never a person."""
    from disclint.ruledata import load_rule_data

    places = load_rule_data("edt_places")
    names: list[str] = []
    for table in ("us_states", "ca_provinces", "countries"):
        for spellings in places[table].values():
            names.extend(spellings)
    names.extend(places["major_cities"])
    names.extend(places["ambiguous_cities"])
    return frozenset(name.casefold() for name in names)


#: An organisation's legal form, then a person's name on what was the next line.
_NAME_AFTER_FORM = lazy_compile(
    r"^(?P<org>.+?\b" + alternation(LEGAL_FORMS) + r"\.?)\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'’-]+)$"
)
#: A person's name, then an organisation whose name opens with its initials in capitals
#: ("Jodi Roe SPRIG Consulting", "Kirin M. Smith PCG Advisory Inc"): a lost line break.
_NAME_BEFORE_ACRONYM = lazy_compile(
    r"^(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+)\s+(?P<org>[A-Z]{2,6}\s+[A-Z].*)$"
)
#: A person "of" the organisation they answer for: "Jane Roe of Acme Robotics, Inc." (PR
#: Newswire's contact line), "Jane Roe on behalf of Acme" (an agency's card).
_NAME_OF_ORG = re.compile(
    r"^(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2})\s+"
    r"(?:of|on\s+behalf\s+of)\s+(?:the\s+)?(?P<org>[A-Z].*)$"
)
#: A person and where they sit, in a card run into a line: "Jane Roe in the United States".
_PERSON_IN_PLACE = re.compile(
    r"^(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2})\s+in\s+"
    r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$"
)


#: Words never part of a person's name on a contact card: joining words and card words
#: ("Email Contact", "OF AMERICA").
_NOT_NAME_WORDS = frozenset(
    "OF AND THE FOR CONTACT CONTACTS EMAIL E-MAIL PHONE TEL FAX MOBILE OFFICE STATEMENTS "  # noqa: SIM905
    "STATEMENT INFORMATION FORWARD-LOOKING LOOKING ABOUT WEBSITE DETAILS INQUIRIES US HERE "
    "VISIT SOURCE".split()
)


def _person_name(text: str) -> bool:
    """Whether a whole fragment reads as a person's name: two or three capitalised words,
    no company or title word, no card word."""
    return (
        _PERSON.match(text) is not None
        and not ORGANISATION.search(text)
        and not _TITLE.search(text)
        and _name_like(text, text, place=False)
    )


def _name_like(raw: str, fragment: str, *, place: bool) -> bool:
    """Whether a person-shaped fragment is a name: not a heading ("SIGMA GLOBAL VISION："),
    not a place before its region ("Los Angeles, CA"), no joining word ("OF AMERICA"), and
    in capitals only with words of three letters or more ("DC DN" is a product code)."""
    if place or raw.rstrip().endswith((":", "：")):
        return False
    words = fragment.split()
    if any(w.upper() in _NOT_NAME_WORDS for w in words):
        return False
    return not fragment.isupper() or all(len(w) >= 3 for w in words if not w.endswith("."))


#: A region code, alone or before a postal code: what follows a city ("Los Angeles, CA").
_REGION = re.compile(r"^\s*(?P<code>[A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?\s*$")


@cache
def region_codes() -> frozenset[str]:
    """U.S. state and Canadian province postal codes, from the one table of places
    (``rules/data/edt_places.toml``), read once and only when a contact line needs it."""
    from disclint.ruledata import load_rule_data

    places = load_rule_data("edt_places")
    return frozenset([*places["us_states"], *places["ca_provinces"]])


def _is_region(fragments: list[str], position: int) -> bool:
    """Whether the fragment after ``position`` is a state or province, by code or by name,
    alone or before a postal code ("CA", "Florida 33139"): the fragment is its city."""
    following = fragments[position + 1] if position + 1 < len(fragments) else ""
    following = _CHANNEL_PREFIX.sub("", following)  # "Florida 33139 Email:"
    found = _REGION.match(following)
    if found is not None:
        return found.group("code") in region_codes()
    named = _NAMED_REGION.match(following)
    return named is not None and named.group("name").casefold() in place_names()


#: A region written out, alone or before a postal code: "Florida 33139", "New York 10036".
_NAMED_REGION = re.compile(
    r"^\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s+\d{5}(?:-\d{4})?)?\s*$"
)


def _add_organisation(fragment_text: str, contact: ParsedContact) -> None:
    fragment = fragment_text.strip(" :.-–—()")
    if len(fragment) >= 2 and any(ch.isalpha() for ch in fragment):
        contact.organisations.append(fragment)


def _looks_like_flattened_name(fragment: str) -> bool:
    words = fragment.split()
    return len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words[-2:])


#: A word of a person's name: a capital, then letters, apostrophes, hyphens or a full stop
#: (not "States):Jane", what is left of a label run into a name).
_NAME_WORD = lazy_compile(r"[A-Z][A-Za-z'’.-]*")


def _split_trailing_name(fragment: str) -> tuple[str, str]:
    """ "Acme Corp Jane Doe" -> ("Jane Doe", "Acme Corp"): the last two capitalised words."""
    words = fragment.split()
    return " ".join(words[-2:]), " ".join(words[:-2])


def _inside(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in others)


def domain_label(address: str) -> str:
    """The registrable name of a mail or web domain ("ir.acme-corp.co.uk" -> "acme-corp"):
    what the contact rules compare with the issuer's and the card's names."""
    host = address.strip().casefold().rsplit("@", 1)[-1]
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", host)
    # The host ends at its top-level domain, also when a phone number is glued on
    # ("www.investorwire.com512.354.7000").
    found = re.match(r"(?:[a-z0-9-]+\.)+[a-z]{2,}(?![a-z])", host)
    host = found.group() if found else host
    parts = [p for p in host.split(".") if p]
    if (
        len(parts) >= 3
        and parts[-2] in ("co", "com", "net", "org", "ac", "gov")
        and len(parts[-1]) == 2
    ):
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else host


def squeeze(text: str) -> str:
    """Letters and digits only, case-folded ("Sirona Biochem Corp." -> "sironabiochemcorp"):
    names compared with domains, which have no spaces or punctuation."""
    return re.sub(r"[^0-9a-z]+", "", text.casefold())
