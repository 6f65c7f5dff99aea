"""CON rules: a flagged case and near misses for each rule, the seed's flattened contact, and
the examples. Companies, people, addresses and numbers are fictional (555-01xx numbers)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclint.api import Finding
from disclint.contacts import find_emails, find_phones
from disclint.engine import Engine, RunOptions
from disclint.readers import read_bytes
from disclint.rules.contacts import _PLAIN_EMAIL, plainly_valid_email
from tests.conftest import SEED, needs
from tests.engine_helpers import check_text

_ENGINE = Engine(RunOptions(select=["CON"], entry_points=False, isolated=True))
_TARGET = Path(tempfile.gettempdir())

TOP = (
    "Acme Solar Reports Record Module Shipments\n\n"
    "DENVER, Colo., March 4, 2025 /PRNewswire/ -- Acme Solar, Inc. (Nasdaq: ACMS), a maker of "
    "flexible solar modules, today announced record shipments.\n\n"
    "About Acme Solar, Inc.\n\nAcme Solar, Inc. makes modules in Denver. Visit "
    "www.acmesolar.example.\n\n"
)
CONTACT = "Investor Relations: Jane Roe, Acme Solar, Inc., +1 303-555-0100, jroe@acmesolar.example"


def release(contacts: str | None = CONTACT, top: str = TOP) -> str:
    return top + (f"{contacts}\n\n" if contacts else "") + "###\n"


def con(text: str, code: str | None = None) -> list[Finding]:
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = _ENGINE.check_source(source, _TARGET).findings
    return [f for f in found if code is None or f.code == code]


def test_the_clean_template_has_no_findings() -> None:
    assert con(release()) == []


# -- reading glued contact text (linter/contacts.py) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "emails", "phones"),
    [
        ("info@acme.comForward Looking Statements", ["info@acme.com"], []),
        ("Info@AcmeGroup.com303-555-0100", ["Info@AcmeGroup.com"], ["303-555-0100"]),
        ("Jane Roe303-555-0100Email", [], ["303-555-0100"]),
        ("Acme, Inc.(303) 555-0100 x110", [], ["(303) 555-0100 x110"]),
        (
            "Jane Roe, +1 303-555-0100, jroe@acme.example",
            ["jroe@acme.example"],
            ["+1 303-555-0100"],
        ),
        ("jroe@acme.co.uk, +44 20 7946 0100", ["jroe@acme.co.uk"], ["+44 20 7946 0100"]),
    ],
)
def test_glued_channels_are_separated(text: str, emails: list[str], phones: list[str]) -> None:
    assert [text[a:b] for a, b in find_emails(text)] == emails
    assert [text[a:b] for a, b in find_phones(text)] == phones


# -- CON001 -----------------------------------------------------------------------------------


def test_con001_issuer_release_without_contact() -> None:
    [finding] = con(release(contacts=None), "CON001")
    assert finding.message == "the release gives no investor-relations or media contact"
    assert finding.severity.value == "error"


_CUT_PARAGRAPH = (
    "Under the supply agreement, Acme Solar will deliver modules in two stages over the "
    "coming year, and the modules would be subject to the inspection rules of the buyer and a"
)


def test_con001_on_a_copy_cut_off_mid_sentence_is_a_reminder() -> None:
    """An excerpt that stops mid-sentence may have lost its contact block: info, with why."""
    text = TOP.replace("About Acme Solar", _CUT_PARAGRAPH + "\n\nAbout Acme Solar")
    text = text.split("About Acme Solar")[0].rstrip() + "\n"
    [finding] = con(text, "CON001")
    assert finding.severity.value == "info"
    assert any("ends in the middle of a sentence" in e for e in finding.evidence)


@pytest.mark.parametrize(
    "ending",
    [
        _CUT_PARAGRAPH + ".",  # a full stop: complete
        "Questions about the agreement may be sent to the company's transfer agent by post",
        "Follow Acme Solar on www.acmesolar.example/news/investors/updates/latest-shipments/q1",
    ],
)
def test_con001_a_complete_ending_keeps_the_error(ending: str) -> None:
    text = TOP.split("About Acme Solar")[0] + ending + "\n"
    [finding] = con(text, "CON001")
    assert finding.severity.value == "error"


@pytest.mark.parametrize(
    "text",
    [
        # an e-mail address in the body is a contact
        release(
            contacts=None,
            top=TOP.replace(
                "record shipments.", "record shipments. Questions: ir@acmesolar.example."
            ),
        ),
        # a private organisation's note (no ticker, no profile)
        release(contacts=None, top=TOP.replace(" (Nasdaq: ACMS)", "")),
        # a promotion network's article about the issuer
        release(contacts=None, top="InvestorNewsBreaks – " + TOP),
        # a news site's republication
        release(contacts="The post Acme Solar Reports Shipments appeared first on citybiz."),
    ],
)
def test_con001_near_misses(text: str) -> None:
    assert con(text, "CON001") == []


def test_con001_unlisted_by_option(tmp_path: Path) -> None:
    result = check_text(
        tmp_path,
        release(contacts=None, top=TOP.replace(" (Nasdaq: ACMS)", "")),
        config="[rules.CON001]\nrequire-for-unlisted = true\n",
        options=RunOptions(select=["CON001"], entry_points=False),
    )
    assert [(f.code, f.severity.value) for f in result.findings] == [("CON001", "warning")]


# -- CON002 -----------------------------------------------------------------------------------


def test_con002_contact_without_channel() -> None:
    [finding] = con(release(contacts="Media Contact: Jane Roe, Acme Solar, Inc."), "CON002")
    assert finding.message == "Jane Roe has no phone number or e-mail address"


@pytest.mark.parametrize(
    "contacts",
    [
        "Media Contact:\n\nJane Roe\n\nEmail: jroe@acmesolar.example",  # a card over three blocks
        "Media Contact: Jane Roe, Acme Solar, Inc., jroe@acmesolar.example",
        "Contacts:\n\nJane Roe, +1 303-555-0100",
    ],
)
def test_con002_near_misses(contacts: str) -> None:
    assert con(release(contacts=contacts), "CON002") == []


# -- CON003 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "problem"),
    [("jroe@acmesolar,example", "invalid characters"), ("jroe@acmesolar", "period")],
)
def test_con003_invalid_email(address: str, problem: str) -> None:
    [finding] = con(release(contacts=CONTACT.replace("jroe@acmesolar.example", address)), "CON003")
    assert finding.message == f'"{address}" is not a valid e-mail address'
    assert problem in finding.evidence[0]
    assert finding.severity.value == "error"


@pytest.mark.parametrize(
    "address",
    ["jane.roe+ir@acmesolar.example", "JRoe@Acme-Solar.co.uk", "ir@acmesolar.example.Forward"],
)
def test_con003_near_misses(address: str) -> None:
    assert con(release(contacts=CONTACT.replace("jroe@acmesolar.example", address)), "CON003") == []


# -- CON004 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "where"),
    [("+1 303-555-010", "its + country code"), ("555-0100", "region US")],
)
def test_con004_invalid_phone(phone: str, where: str) -> None:
    [finding] = con(release(contacts=CONTACT.replace("+1 303-555-0100", phone)), "CON004")
    assert finding.message == f'"{phone}" is not a valid phone number for {where}'


@pytest.mark.parametrize(
    "phone",
    [
        "+44 20 7946 0100",  # explicit country code
        "(+65) 6222 5223",  # country code in parentheses
        "6222 5223, Singapore",  # country named in the contact
        "(852) 2622 2891",  # Asian style, country code without a plus
        "1-800-555-0199 ext. 5",
    ],
)
def test_con004_near_misses(phone: str) -> None:
    assert con(release(contacts=CONTACT.replace("+1 303-555-0100", phone)), "CON004") == []


def test_con004_canadian_profile_region(tmp_path: Path) -> None:
    # a Toronto number without +1 is valid in the North American plan either way
    result = check_text(
        tmp_path,
        release(contacts=CONTACT.replace("+1 303-555-0100", "416-555-0100")),
        config='[issuer]\njurisdiction = "CA"\n',
        options=RunOptions(select=["CON004"], entry_points=False),
    )
    assert result.findings == []


# -- CON005 -----------------------------------------------------------------------------------


def test_con005_unnamed_firm() -> None:
    contacts = "Acme Solar Investor Relations Jane Roe jroe@kestrelvane.example +1 646-555-0100"
    [finding] = con(release(contacts=contacts), "CON005")
    assert finding.message == (
        "Jane Roe's e-mail is at kestrelvane.example, a firm the release does not name; say "
        "who answers for the company"
    )
    assert finding.severity.value == "warning"


def test_con005_unnamed_firm_named_like_an_agency_is_info() -> None:
    contacts = "Acme Solar Investor Relations Jane Roe jroe@irfirm-partners.example +1 646-555-0100"
    [finding] = con(release(contacts=contacts), "CON005")
    assert finding.severity.value == "info"
    assert "agency" in finding.evidence[-1]


def test_con005_no_person_and_no_purpose() -> None:
    [finding] = con(release(contacts="Contact: ir@acmesolar.example, +1 303-555-0100"), "CON005")
    assert finding.message == "no contact names a person to ask for"
    two = (
        "Contact: Jane Roe, +1 303-555-0100, jroe@acmesolar.example\n\n"
        "Contact: John Poe, +1 303-555-0101, jpoe@acmesolar.example"
    )
    [purpose] = con(release(contacts=two), "CON005")
    assert (purpose.message, purpose.severity.value) == (
        "no contact says whether it is for investors or for the media",
        "info",
    )


@pytest.mark.parametrize(
    "contacts",
    [
        # the firm is named in the contact
        "Investor Relations: Jane Roe, Harbor Lane Partners LLC, +1 646-555-0100, "
        "jroe@harborlanepartners.example",
        # the firm is named by its initials elsewhere in the block
        "Investor Relations: Jane Roe, HLP (U.S.), jane.roe@hlpinc.example",
        # webmail is not an outside firm
        "Investor Relations: Jane Roe, acmesolar.ir@gmail.com, +1 303-555-0100",
        # a first.last mailbox names a person
        "Investor Relations: jane.roe@acmesolar.example, +1 303-555-0100",
    ],
)
def test_con005_near_misses(contacts: str) -> None:
    assert con(release(contacts=contacts), "CON005") == []


def test_con005_glued_channel_prefix_keeps_the_name_clean() -> None:
    contacts = "Investor Relations\n\nJane RoeEmail: jroe@irfirm-partners.example"
    [finding] = con(release(contacts=contacts), "CON005")
    assert finding.message.startswith("Jane Roe's e-mail is at irfirm-partners.example")


@pytest.mark.parametrize(
    "quoted",
    [
        # the contact is the CEO the release quotes
        '"We shipped a record," said Dr. Jane Roe, Chief Executive Officer of Acme Solar.',
        # the contact is named as an officer (attribution on a line of its own)
        '"We shipped a record."\n\n— Jane Roe, Ph.D., Chief Executive Officer',
    ],
)
def test_con005_officer_at_another_domain_is_not_an_outside_firm(quoted: str) -> None:
    top = TOP.replace("About Acme Solar", quoted + "\n\nAbout Acme Solar")
    contacts = "Contact: Dr. Jane Roe, Email: jane@northpeak-mail.example, +1 303-555-0100"
    assert con(release(contacts=contacts, top=top), "CON005") == []
    # the same contact, not named anywhere as the issuer's officer, is an outside firm's
    [finding] = con(release(contacts=contacts), "CON005")
    assert "northpeak-mail.example" in finding.message


@pytest.mark.parametrize(
    ("body", "outside"),
    [
        # named with an officer title in capitals, not quoted: the issuer's own officer
        ("JANE ROE, CHIEF FINANCIAL OFFICER, will host the call at 10 a.m.", False),
        # another Roe is the officer: the contact is still an outside firm's
        ("JOHN ROE, CHIEF FINANCIAL OFFICER, will host the call at 10 a.m.", True),
        # the contact is named, but with no officer title
        ("Jane Roe will host the call at 10 a.m.", True),
    ],
)
def test_con005_contact_named_as_officer_in_the_text(body: str, outside: bool) -> None:
    top = TOP.replace("About Acme Solar", body + "\n\nAbout Acme Solar")
    contacts = "Contact: Jane Roe, Email: jane@northpeak-mail.example, +1 303-555-0100"
    found = con(release(contacts=contacts, top=top), "CON005")
    assert len(found) == int(outside)


def test_con005_an_organisers_contact_does_not_need_an_investor_label() -> None:
    organiser = (
        "Investor Relations: Jane Roe, +1 303-555-0100, jroe@acmesolar.example\n\n"
        "About Summit Events LLC\n\nSummit Events LLC organises investor conferences.\n\n"
        "Contact: John Poe, +1 212-555-0101, jpoe@summitevents.example"
    )
    assert con(release(contacts=organiser), "CON005") == []
    # unlabelled, the issuer's card is still its only contact: the organiser's is not counted
    unlabelled = organiser.replace("Investor Relations: ", "Contact: ")
    assert con(release(contacts=unlabelled), "CON005") == []
    # two unlabelled contacts of the issuer's own are reported (info)
    both_own = unlabelled.replace(
        "About Summit Events LLC\n\nSummit Events LLC organises investor conferences.\n\n", ""
    )
    found = con(release(contacts=both_own), "CON005")
    assert [f.message for f in found if f.severity.value == "info"] == [
        "no contact says whether it is for investors or for the media"
    ]


@needs(SEED)
def test_seed_contact_is_parsed_as_one_complete_contact() -> None:
    from disclint.parse import parse_path

    [contact] = parse_path(str(SEED)).contacts
    assert contact.label == "Investor Relations"
    assert contact.names == ["Adam Holdsworth"]
    assert contact.organisations == ["Ascent Solar Technologies"]
    assert [e.text for e in contact.emails] == ["adamh@pcgadvisory.com"]
    assert [p.text for p in contact.phones] == ["+1-646-862-4607"]


@needs(SEED)
def test_seed_contact_reads_as_one_complete_contact(tmp_path: Path) -> None:
    result = check_text(
        tmp_path,
        SEED.read_text(encoding="utf-8"),
        options=RunOptions(select=["CON"], entry_points=False),
    )
    assert [f for f in result.findings if f.severity.value == "error"] == []
    # the one finding: the e-mail is at an IR firm the release never names; an agency's
    # address is ordinary practice (round 2 counsel review), so an info reminder
    assert [(f.code, f.severity.value) for f in result.findings] == [("CON005", "info")]
    assert "pcgadvisory.com" in result.findings[0].message


# -- CON006 -----------------------------------------------------------------------------------

PROFILE = (
    '[issuer]\nname = "Acme Solar, Inc."\ntickers = ["Nasdaq: ACMS"]\n'
    "[[issuer.ir-contacts]]\n"
    'label = "Investor Relations"\nname = "Jane Roe"\nemail = "jroe@acmesolar.example"\n'
    'phone = "+1 303-555-0100"\n'
)


def _with_profile(tmp_path: Path, contacts: str) -> list[Finding]:
    return check_text(
        tmp_path,
        release(contacts=contacts),
        config=PROFILE,
        options=RunOptions(select=["CON006"], entry_points=False),
    ).findings


def test_con006_contact_not_in_profile(tmp_path: Path) -> None:
    contacts = (
        "Investor Relations: John Poe, Acme Solar, Inc., +1 303-555-0101, jpoe@acmesolar.example"
    )
    messages = [f.message for f in _with_profile(tmp_path, contacts)]
    assert messages == [
        "John Poe is not one of the issuer profile's IR contacts",
        "none of the issuer profile's IR contacts appears in the release",
    ]


def test_con006_right_person_old_address(tmp_path: Path) -> None:
    contacts = CONTACT.replace("jroe@acmesolar.example", "jroe@old-agency.example")
    [finding] = _with_profile(tmp_path, contacts)
    assert finding.message == (
        "Jane Roe's e-mail jroe@old-agency.example differs from the issuer profile "
        "(jroe@acmesolar.example)"
    )


@pytest.mark.parametrize(
    "contacts",
    [
        CONTACT,
        CONTACT.replace("+1 303-555-0100", "(303) 555-0100"),  # same number, other format
        CONTACT.replace("jroe@acmesolar.example", "JRoe@AcmeSolar.example"),  # case
    ],
)
def test_con006_near_misses(tmp_path: Path, contacts: str) -> None:
    assert _with_profile(tmp_path, contacts) == []


def test_con006_silent_without_profile_contacts() -> None:
    assert con(release(contacts="Media: John Poe, jpoe@acmesolar.example"), "CON006") == []


@given(st.from_regex(_PLAIN_EMAIL, fullmatch=True))
@settings(max_examples=300, deadline=None)
def test_plain_addresses_are_ones_email_validator_accepts(address: str) -> None:
    """The fast path of CON003 never passes an address the full check would refuse."""
    from email_validator import validate_email

    if plainly_valid_email(address):
        validate_email(address, check_deliverability=False)


@pytest.mark.parametrize(
    "address",
    ["jane..doe@acme.com", "jane@acme", "jane@acme.test", "ir@acme-.com", "jané@acme.com"],
)
def test_unusual_addresses_go_to_the_full_check(address: str) -> None:
    assert not plainly_valid_email(address)
