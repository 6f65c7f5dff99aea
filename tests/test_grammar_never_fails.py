"""The release grammar never fails (its design, ``grammar/release.lark``): any order of
blocks parses. Session 13 found it did not: LALR merges the parser states after a text
block, so the contextual lexer offered a terminal (the social-media label) in states where
the grammar could not take it, and "Follow us:" after a body paragraph made the file
unreadable. This test puts one block of each kind the grammar's terminals classify in
random orders, in Markdown and plain text, and requires every order to parse."""

from __future__ import annotations

import random

import pytest

from disclint.parse import parse_source
from disclint.readers import read_bytes

#: One block for each terminal of the release grammar (and a few that look like two).
BLOCKS = [
    "Acme Corp. announced results today in New York.",  # PARAGRAPH
    "## Results",  # HEADING
    "- an item of a list",  # LISTITEM
    "| Metric | 2026 |\n|---|---|\n| Revenue | $1.2 |",  # TABLE
    "> a quoted remark",  # BLOCKQUOTE
    "Non-GAAP Financial Measures",  # TITLE
    "FOR IMMEDIATE RELEASE",  # FRONT
    "| Investor Contact | Media Contact |\n|---|---|\n| Jane Roe | John Doe |",  # CONTACT_TABLE
    "Highlights: revenue rose in the quarter.",  # HEADED_TEXT
    "May 1, 2026",  # DATE_LINE
    "About Acme Corp.",  # ABOUT_HEADER
    "About Acme Corp. Acme Corp. makes widgets for grocers.",  # ABOUT_GLUED
    "Forward-Looking Statements",  # FLS_HEADER
    "This press release contains forward-looking statements within the meaning of the "
    "Private Securities Litigation Reform Act of 1995.",  # FLS_PARAGRAPH
    "Media Contact:",  # CONTACT_HEADER
    "Contact: Jane Roe, ir@acme.example, 212-555-0100",  # CONTACT_PARAGRAPH
    "This press release does not constitute an offer to sell or a solicitation of an offer "
    "to buy any securities.",  # NOTICE
    "Disclaimer: the information here is not investment advice.",  # DISCLAIMER
    "NEW YORK, May 1, 2026 (GLOBE NEWSWIRE) -- Acme Corp. today announced results.",
    "For more information, visit www.acme.example.",  # MORE_INFO
    "SOURCE Acme Corp.",  # SOURCE_LINE
    "###",  # END_MARK
    "View original content: https://www.prnewswire.com/news/acme",  # FOOTER_LINE
    "Follow us:",  # SOCIAL_LABEL
    "Connect with us:",
    "X - https://x.com/acme",  # SOCIAL_LINK
    "Email: ir@acme.example",
]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_any_order_of_blocks_parses(fmt: str) -> None:
    rng = random.Random(13)
    for _ in range(1500):
        blocks = rng.choices(BLOCKS, k=rng.randint(1, 9))
        text = "\n\n".join(["Acme Announces Results", *blocks]) + "\n"
        try:
            parse_source(read_bytes(text.encode("utf-8"), f"x.{fmt}", fmt=fmt))
        except Exception as exc:  # the order that fails, for the report
            raise AssertionError(f"{blocks!r}: {exc}") from exc
