"""Quotations and who said them, in the attribution patterns wire copy uses."""

from __future__ import annotations

import pytest

from disclint.quotes import earlier_mention, find_quotes


def speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = []
    for quote in find_quotes(text):
        a = quote.attribution
        found.append((a.speaker, a.title, a.organisation) if a else (None, None, None))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mr. Lin Jiahe, Chairman and Founder of the Harborlight Group, commented "We remain '
            'fully committed to the Company." Mr. Lin continued, "We will also provide support '
            'in the region to help the Company."',
            [("Lin Jiahe", "Chairman and Founder", "Harborlight Group")] * 2,
        ),
        (
            'The President and CEO of Quillmoor Photovoltaics, Mr. Elliot Brandvold said, "By '
            'electing to convert, the investor shows its belief in us."',
            [("Elliot Brandvold", "President and CEO", "Quillmoor Photovoltaics")],
        ),
        (
            "“We are thrilled to be working with this team of people,” said Jane Doe, Chief "
            "Executive Officer of Acme Corp. “More news will follow soon from all of us.”",
            [("Jane Doe", "Chief Executive Officer", "Acme Corp.")] * 2,
        ),
        (
            "Acme's CEO John Smith said, “This deal transforms our company and our prospects.”",
            [("John Smith", "CEO", "Acme")],
        ),
        (
            "President and CEO Jane Roe commented: “We expect strong growth in all our markets.”",
            [("Jane Roe", "President and CEO", None)],
        ),
        (
            "“This is the first part of the statement,” said Jane Doe, CEO of Acme. “And this is "
            "the second part,” she added.",
            [("Jane Doe", "CEO", "Acme")] * 2,
        ),
        # honours and degrees after the name are not an organisation; a second title is a title
        (
            "“We grew our clinic network in every quarter of the year,” said co-CEO Dr. Mei Lin "
            "Tan, PBM, Senior Consultant Family Physician.",
            [("Mei Lin Tan", "co-CEO, Senior Consultant Family Physician", None)],
        ),
        (
            "Co-CEO Dr. Arun Pillai, PBM, Family Physician, added, “We expect the network to keep "
            "growing next year.”",
            [("Arun Pillai", "Co-CEO, Family Physician", None)],
        ),
        (
            "“The results show the value of our platform for members,” said Jane Roe, PhD, Chief "
            "Scientific Officer of Acme.",
            [("Jane Roe", "Chief Scientific Officer", "Acme")],
        ),
        # an organisation after the title is still read as one
        (
            "“The results show the value of our platform for members,” said Jane Roe, CEO, NWX.",
            [("Jane Roe", "CEO", "NWX")],
        ),
    ],
)
def test_attribution_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


def test_defined_terms_are_not_quotes() -> None:
    text = 'Acme Holdings Limited ("Acme Group") converted shares under the Agreement ("SPA").'
    assert find_quotes(text) == []


def test_unattributed_quote_has_no_speaker() -> None:
    assert speakers("Sales rose. “This is an unattributed statement about the company.”") == [
        (None, None, None)
    ]


def test_open_quote_continues_into_the_next_paragraph() -> None:
    first = find_quotes("“We begin a long statement that continues in the next paragraph,")
    assert first[0].continues
    carried = find_quotes(
        "Jane Doe, CEO of Acme, said, “We begin a long statement that carries on further,"
    )[0].attribution
    second = find_quotes("“and it ends here, in the following paragraph of the release.”", carried)
    assert second[0].attribution is carried


# -- issue 9, round 3: attribution forms seen on wire copy (fixtures written for the test) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round of partner quotations: name and title, a colon, no speech verb
        (
            "Ann Lee, cofounder and CEO of Bluefin: “Faster networks let our models learn more "
            "from every customer we serve.”",
            [("Ann Lee", "cofounder and CEO", "Bluefin")],
        ),
        # a verb, what the remark is about, then a participle handing over the quotation
        (
            "Tom Reyes, CEO of Harbor Dental, highlighted the role of state associations, "
            "saying, “Associations like ours train and support practices across the state.”",
            [("Tom Reyes", "CEO", "Harbor Dental")],
        ),
        (
            "Mia Ortiz, chair of Lumo Foods, welcomed the expansion, stating, “The board is "
            "pleased with the pace of the new plant build-out.”",
            [("Mia Ortiz", "chair", "Lumo Foods")],
        ),
        # "... comments on <topic>, “...”"
        (
            "Raj Patel, Technical Manager for Corvid, comments on the second target, “The "
            "structure looks much like the first one we drilled.”",
            [("Raj Patel", "Technical Manager", "Corvid")],
        ),
        # a lead-in ending in a colon with a longer remark before it
        (
            "Lena Fox emphasized the importance of the new dehumidifier line in widening the "
            "company's revenue base and its market position: “The new line lifts both growth "
            "and margins.”",
            [("Lena Fox", None, None)],
        ),
        # a sentence glued to the attribution by a layout that lost the space
        (
            "The membrane needs no extra boards.Paul Grant Jr., CEO of Nordwall, commented, "
            "“The growth we see this year is the result of years of work.”",
            [("Paul Grant Jr.", "CEO", "Nordwall")],
        ),
        # the name after "said" followed by a clause about the occasion
        (
            "“With a larger fleet we are well placed for the market,” said Okafor when "
            "reporting first-half results. “Our board has declared a dividend this quarter.”",
            [("Okafor", None, None)] * 2,
        ),
        # the split quote goes on after the rest of the attribution's sentence
        (
            "“Our fleet is well placed for the market this year,” said Okafor when "
            "reporting first-half results of the group. “The board has declared a dividend "
            "this quarter.”",
            [("Okafor", None, None)] * 2,
        ),
        # a name with initials does not end the attribution's sentence; a lower-case title
        # before an organisation's possessive is a title
        (
            "“We love the small businesses of our state and want to help them,” said J.R. "
            "Mays, senior vice president of Acme’s Western Region. “The program will deliver "
            "resources that last.”",
            [("J.R. Mays", "senior vice president", "Acme’s Western Region")] * 2,
        ),
        # a quoted phrase nested inside the quotation does not split it
        (
            "“We are pleased with the response, though one holder chose “for personal "
            "reasons” to sell during the raise,” stated Dana Kim, CEO of Lumo. “The funds "
            "will expand our footprint.”",
            [("Dana Kim", "CEO", "Lumo")] * 2,
        ),
        # mixed marks: opened with “, closed with a straight mark
        (
            '“The program gave me what I needed in a hard year," said Ivy Chen, owner of Chen '
            'Physio. “I hope it helps other businesses too."',
            [("Ivy Chen", "owner", "Chen Physio")] * 2,
        ),
    ],
)
def test_more_attribution_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a colon after words that are not a person: no speaker
        "Outlook for the year: “Demand in every segment keeps rising across our markets.”",
        # a single capitalised word before a colon is not a speaker without a title
        "Update: “Demand in every segment keeps rising across our markets.”",
        # a participle hand-over with no person before it
        "The market turned quickly, stating, “this is not said by anyone in particular here.”",
        # "said the company in the press release": no name
        "“The results reflect demand across all our product lines,” said the company in a "
        "statement.",
    ],
)
def test_near_misses_name_no_speaker(text: str) -> None:
    assert speakers(text) in ([], [(None, None, None)])


def test_nested_marks_that_never_close_keep_the_open_quotation() -> None:
    text = (
        "“We are pleased with the offer and the market. “Our funds will grow again next "
        "year,” said Jo Park."
    )
    found = find_quotes(text)
    assert [(q.continues, q.attribution and q.attribution.speaker) for q in found] == [
        (True, None),
        (False, "Jo Park"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit and a region after the title's "of", the organisation last
        (
            "Dana Holt, Head of Global Custody Services, Europe, Brightwater Trust, said: "
            "“The expansion reflects the strength of our relationship with the fund.”",
            [("Dana Holt", "Head of Global Custody Services, Europe", "Brightwater Trust")],
        ),
        # near miss: one part after the organisation is its place, not the organisation
        (
            "“Working with industry on our courses makes them attractive,” said Professor Ivo "
            "Marsh, President of the Institute of Technology, Kilcar.",
            [("Ivo Marsh", "Professor, President", "Institute of Technology")],
        ),
        # a unit after a comma, then the organisation after "at"
        (
            "“Shoppers now compare every offer before they buy,” notes Mara Vale, Senior "
            "Director, Payments Policy at the National Grocers Council, “and they expect "
            "the best price.”",
            [("Mara Vale", "Senior Director, Payments Policy", "National Grocers Council")] * 2,
        ),
        # "Head of X at Org": the organisation follows "at", not the first "of"
        (
            "“Data is not a magic wand for any of us,” emphasizes Luc Arnaud, Head of Insights "
            "(Retail and Travel) at Maison Belcour, “you must test what you build.”",
            [("Luc Arnaud", "Head of Insights (Retail and Travel)", "Maison Belcour")] * 2,
        ),
        # a supervisory board is part of the title
        (
            "“The appointment brings us a highly experienced leader,” says Eva Brandt, Chair of "
            "the Supervisory Board of Nordhaus, “for our building business in the north.”",
            [("Eva Brandt", "Chair of the Supervisory Board", "Nordhaus")] * 2,
        ),
        # a C-suite acronym outside the common few
        (
            "Rosa Lind, CHRO of Tallgrass Foods, said, “Our people made this year a success.”",
            [("Rosa Lind", "CHRO", "Tallgrass Foods")],
        ),
    ],
)
def test_titles_with_units_and_boards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


def _mention(text: str, speaker: str) -> tuple[str | None, str | None] | None:
    found = earlier_mention(text, speaker, len(text))
    return (found.title, found.organisation) if found else None


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # a title written in front of the name
        (
            "The board renewed the contract of CHRO Rosa Lind until 2029.",
            "Rosa Lind",
            ("CHRO", None),
        ),
        (
            "Today the firm said Tallgrass Chief Executive Officer Rosa Lind will speak.",
            "Rosa Lind",
            ("Chief Executive Officer", "Tallgrass"),
        ),
        # "as Title" later in the same sentence, nobody else named in between
        (
            "Acme announced that Rosa Lind has informed the Board of her decision to step down "
            "as Chief Executive Officer after ten years.",
            "Rosa Lind",
            ("Chief Executive Officer", "Acme"),  # the organisation that announced it
        ),
        (
            "Acme Appoints Rosa Lind as Chief Development Officer and Renews Ivo Marsh's Contract",
            "Rosa Lind",
            ("Chief Development Officer", "Acme"),
        ),
        # an appositive between the organisation and its verb; near miss: a sentence that
        # opens with no organisation that appoints
        (
            "Lumo, a maker of solar roofs, today announced the appointment of Rosa Lind as "
            "chief financial officer.",
            "Rosa Lind",
            ("chief financial officer", "Lumo"),
        ),
        (
            "The board said Rosa Lind will serve as Chief Executive Officer from June.",
            "Rosa Lind",
            ("Chief Executive Officer", None),
        ),
        # near misses: a verb right before the name, "as" without a title, another person
        # named before the "as", a title in another sentence
        ("Acme Renews Rosa Lind's Contract Ahead of Schedule.", "Rosa Lind", None),
        ("Rosa Lind was named as the best speaker of the year.", "Rosa Lind", None),
        (
            "We met Rosa Lind, who then hired Ivo Marsh as Chief Financial Officer.",
            "Rosa Lind",
            None,
        ),
        ("Rosa Lind joined. As Chief Financial Officer, Ivo Marsh left.", "Rosa Lind", None),
    ],
)
def test_earlier_mention_forms(
    text: str, speaker: str, expected: tuple[str | None, str | None] | None
) -> None:
    assert _mention(text, speaker) == expected


# -- issue 9, round 4: units, regions, organisations before titles, occasions ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a business unit after "of" belongs to the title; the organisation follows "at"
        (
            "“Buyers want safer products on regulated venues,” said Noor Haddad, Global Head "
            "of Digital Asset Products at Corvane Exchange.",
            [("Noor Haddad", "Global Head of Digital Asset Products", "Corvane Exchange")],
        ),
        # ... or a comma
        (
            "“They are a dependable source of maps we cannot find elsewhere,” said Ray Pike, "
            "VP of Engineering, Tallow Valley Water.",
            [("Ray Pike", "VP of Engineering", "Tallow Valley Water")],
        ),
        # ... and with nothing after it there is no organisation
        (
            "“Local interest has been strong from the first week,” said Kim Ota, Executive Vice "
            "President of Revenue.",
            [("Kim Ota", "Executive Vice President of Revenue", None)],
        ),
        # a unit, then "for" the organisation
        (
            "“Demand keeps growing in every region we serve,” said Jo Marsh, Vice President of "
            "Sales and Marketing for Brightline Robotics.",
            [("Jo Marsh", "Vice President of Sales and Marketing", "Brightline Robotics")],
        ),
        # a region after the title goes with the title
        (
            "Lea Grund, Head of Asset Servicing, Americas, said: “We are committed to building "
            "stronger relationships with our clients.”",
            [("Lea Grund", "Head of Asset Servicing, Americas", None)],
        ),
        # the organisation before the title, the unit after its "of"
        (
            "“Our partnership keeps delivering cleaner fuel,” said Ted Ruiz, Harbor Waste "
            "Senior Vice President of Sustainability Innovations.",
            [("Ted Ruiz", "Senior Vice President of Sustainability Innovations", "Harbor Waste")],
        ),
        # an organisation whose name has an "of", then the title
        (
            "“We welcome a new class of volunteers this spring,” Ada Brook, Garden Club of "
            "Lake Placid President said.",
            [("Ada Brook", "President", "Garden Club of Lake Placid")],
        ),
        # the occasion of the remark is not part of the organisation or the name
        (
            "“Europe is a large market for our vans,” said Tallow Motors CEO and chair Dan "
            "Reese in the press release.",
            [("Dan Reese", "CEO and chair", "Tallow Motors")],
        ),
        (
            "“More programs look to adopt our sensors,” said Ola Berg, co-founder and CEO at "
            "Lidarco during a conference call to discuss results with analysts.",
            [("Ola Berg", "co-founder and CEO", "Lidarco")],
        ),
        # a sentence adverb before the speaker, a legal form after the organisation
        (
            "Meanwhile, Ian Cole, President and CEO of Graphite Ridge, said: “This is a "
            "historic moment for the region.”",
            [("Ian Cole", "President and CEO", "Graphite Ridge")],
        ),
        (
            "“The value he brings to the company is vast,” said Ian Cole CEO of Lake Minerals, "
            "Inc.",
            [("Ian Cole", "CEO", "Lake Minerals, Inc.")],
        ),
    ],
)
def test_units_regions_and_occasions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a company named after "of" with a unit word in it is an organisation
        (
            "“We grew in every quarter,” said Ivy Wren, CEO of Harbor Capital Markets.",
            [("Ivy Wren", "CEO", "Harbor Capital Markets")],
        ),
        # a short organisation name that is no unit
        (
            "“The launch went well in every city,” said Sam Toll, CEO of AIR.",
            [("Sam Toll", "CEO", "AIR")],
        ),
        # a modifier before the title is no organisation; the organisation follows
        (
            "“Our grants help owners grow,” said Jo Keller, Regional Senior Vice President, "
            "Cablecom Mountain Region.",
            [("Jo Keller", "Regional Senior Vice President", "Cablecom Mountain Region")],
        ),
        # "in" followed by a place is not the occasion of a remark
        (
            "“Sales rose in all of our stores,” said Mo Diaz, Head of Retail at Lumo in the "
            "Americas.",
            [("Mo Diaz", "Head of Retail", "Lumo in the Americas")],
        ),
    ],
)
def test_units_near_misses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # a surname alone takes the title the release gave the full name ("as" a title in
        # the headline, which does not run on into the dateline on the next line)
        (
            "Acme Appoints Rosa Lind as Chief Financial Officer\n\nCHICAGO – Acme said today. "
            "“Rosa brings depth,” said Marsh. “I am glad to join,” said Lind.",
            "Lind",
            ("Chief Financial Officer", "Acme"),
        ),
        # a title in lower case
        (
            "Acme today announced the appointment of Rosa Lind as chief operating officer, "
            "effective August 1.",
            "Lind",
            ("chief operating officer", "Acme"),
        ),
        # a clause after the name's comma holds the title
        (
            "Acme hired Rosa Lind and Ivo Marsh. Lind, as CMO, will lead global marketing and "
            "brand strategy.",
            "Lind",
            ("CMO", None),
        ),
        # near misses: "as" without a title, in lower case; a surname never given in full
        ("Acme hired Rosa Lind as part of the growth plan.", "Lind", None),
        ("The team thanked Lind for the plan.", "Lind", None),
    ],
)
def test_surname_mentions(
    text: str, speaker: str, expected: tuple[str | None, str | None] | None
) -> None:
    assert _mention(text, speaker) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office abbreviated before the name, in lower case
        (
            "“Fast internet lets our farms sell across the country,” said state Sen. Ada Marsh.",
            [("Ada Marsh", "state Sen", None)],
        ),
        # a role in lower case before the name; a relative clause after it is no title
        (
            "“We saw a chance to bring the brand to our neighborhood,” said franchisee Jo Passo, "
            "who is also the owner of two diners.",
            [("Jo Passo", "franchisee", None)],
        ),
        # the verb of the sentence before, the speaker, then "who continued"
        (
            "“We repaid the notes early,” said Ian Cole, CEO of Lumo Group, who continued, "
            "“This leaves us free to invest in new markets next year.”",
            [("Ian Cole", "CEO", "Lumo Group")] * 2,
        ),
        # an adverb before the verb; "said that the deal" runs into the quotation
        (
            "Mr. Ian Cole also noted, “We expect our fee income to keep growing this year.”",
            [("Ian Cole", None, None)],
        ),
        (
            "Ian Cole, Lumo’s Chief Executive Officer, said that the deal “will open new ways "
            "for fans to follow the game.”",
            [("Ian Cole", "Chief Executive Officer", "Lumo")],
        ),
        # a capitalised verb after the quotation; verbs "pointed out" and "quoted"
        (
            "“Small businesses are the backbone of our towns,” Said Rosa Diaz, owner of "
            "Diaz Paint.",
            [("Rosa Diaz", "owner", "Diaz Paint")],
        ),
        (
            "As Lumo CEO Rosa Diaz pointed out, “The project is now funded for its first phase.”",
            [("Rosa Diaz", "CEO", "Lumo")],
        ),
    ],
)
def test_roles_offices_and_verbs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a lower-case word that is no role ("our"), a surname that is no title
        (
            "“The plan works for all of us,” said our Ian Cole.",
            [(None, None, None)],
        ),
        (
            "“We expanded into three new states,” said Howard Dean, CEO of Lumo.",
            [("Howard Dean", "CEO", "Lumo")],
        ),
    ],
)
def test_roles_near_misses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


def test_a_description_after_the_name_is_no_title() -> None:
    text = "The board added Ian Byrd, an accomplished attorney with four decades of practice."
    assert _mention(text, "Byrd") is None


def test_a_title_after_a_description() -> None:
    text = "Lumo added Dr. Ivo Lang, a noted chemist, and co-founder of Medra, to its board."
    assert _mention(text, "Lang") == ("co-founder", "Medra")


def test_the_announcing_organisation_after_a_dateline() -> None:
    text = (
        "DENVER, May 4, 2026 /PRNewswire/ — Lumo today announced that Rosa Lind will step "
        "down as Chief Executive Officer in June."
    )
    assert _mention(text, "Rosa Lind") == ("Chief Executive Officer", "Lumo")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name is known, so capitalised words after the title are the organisation
        (
            "“We must protect the rights of every patient,” said Ada Stone, President Lumo "
            "Florida.",
            [("Ada Stone", "President", "Lumo Florida")],
        ),
        # near miss: a title with the name after it
        (
            "President and CEO Ada Stone said, “We must protect the rights of every patient.”",
            [("Ada Stone", "President and CEO", None)],
        ),
    ],
)
def test_an_organisation_right_after_the_title(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert speakers(text) == expected


def test_a_name_and_what_follows_are_found_as_the_joined_pattern_finds_them() -> None:
    """``_name_then`` finds a speaker's name and then a tail compiled once where the joined
    pattern (compiled per speaker) matched: the same starts, spans and groups, for names
    that recur, overlap ("Ann" in "Ann Annan"), carry a diacritic, or end at ``before``;
    and nothing where the tail never follows (the near miss)."""
    import random
    import re

    from disclint.quotes import (
        _AFFILIATION,
        _BRACKETED,
        _JOINED_TAILS,
        _MENTION_REST,
        _WORD_END,
        _name_then,
        _spelled,
    )

    rng = random.Random(14)
    pieces = [
        "Ann", "Ann Annan", "Jürgen Roe", "Jurgen Roe", ", President of Acme Bank",
        " (CEO, Acme Robotics)", ", Ph.D., of the Salk Institute", ". ", "said ", "U.S. ",
        ", a", "AnnAnn", "; ", "\n",
    ]  # fmt: skip
    for speaker in ("Ann", "Ann Annan", "Jürgen Roe", "Acme", "Ann ", ""):
        for tail in (_MENTION_REST, _BRACKETED, _AFFILIATION, _WORD_END):
            joined = re.compile(_spelled(speaker) + _JOINED_TAILS.get(tail.pattern, tail.pattern))
            for _ in range(60):
                text = "".join(rng.choice(pieces) for _ in range(10))
                before = rng.randrange(len(text) + 1)
                expected = [
                    (m.start(), m.span(), m.groupdict()) for m in joined.finditer(text, 0, before)
                ]
                found = [
                    (s, (s, m.end()), m.groupdict())
                    for s, m in _name_then(text, speaker, tail, before)
                ]
                assert found == expected, (speaker, tail.pattern, text, before)
    assert list(_name_then("Ann Roe said", "Ann", _MENTION_REST, 12)) == []
