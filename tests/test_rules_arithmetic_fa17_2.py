"""Two false alarms of own15 (session 17), read generally, and the defects still caught.

* NUM001 (``figure_queries._product_at``): the gross proceeds were paired with the count of
  an earlier sentence (one buyer's part, a standby purchaser's remaining shares) though the
  amount's own clause states the count it is the gross of ("all N shares will be issued,
  raising gross proceeds of $X"). The count of the amount's own clause now wins.
* NUM011 (``claims._body_restatements``): the gross proceeds of an offering and those of an
  at-the-market program were read as one fact stated twice; sentences naming different kinds
  of transaction state different facts.

Every passage is invented (companies and figures of this file; each figure computed first).
"""

from __future__ import annotations

from tests.test_rules_arithmetic_model import codes

#: A rights offering taken up by holders, with a standby purchaser's remaining shares
#: named in the sentence before the gross: 6,000,000 x $6.25 = $37.5 million.
STANDBY = (
    "Holders took up 5,120,000 shares in the rights offering at the subscription price of "
    "$6.25 per share. Halvard Capital, the standby purchaser, bought the 880,000 shares "
    "that remained. All 6,000,000 shares will therefore be issued, raising gross proceeds of "
    "{gross}."
)


def test_own_clause_count_is_what_the_gross_is_of() -> None:
    assert "NUM001" not in codes(STANDBY.format(gross="$37.5 million"))


def test_wrong_gross_of_own_clause_count_is_still_caught() -> None:
    # 6,000,000 x $6.25 is $37.5 million, not $39.5 million
    assert "NUM001" in codes(STANDBY.format(gross="$39.5 million"))


def test_count_of_an_earlier_sentence_still_serves_when_the_clause_has_none() -> None:
    body = (
        "The company sold 2,400,000 shares in the registered direct offering at $4.50 per "
        "share. The transaction produced gross proceeds of {gross} before fees."
    )
    assert "NUM001" not in codes(body.format(gross="$10.8 million"))
    assert "NUM001" in codes(body.format(gross="$11.8 million"))


#: An underwritten offering this quarter and an at-the-market program earlier in the year,
#: each with its own gross: 4,000,000 x $5.00 = $20.0 million; 500,000 x $7.10 = $3.55
#: million.
TWO_SALES = (
    "The company sold 4,000,000 shares in its underwritten public offering at $5.00 per "
    "share. The offering closed on May 2, bringing gross proceeds of $20.0 million.\n\n"
    "In February the company sold 500,000 shares through its at-the-market program at an "
    "average price of $7.10, for gross proceeds of $3.55 million."
)


def test_proceeds_of_an_offering_and_of_a_program_are_two_facts() -> None:
    assert "NUM011" not in codes(TWO_SALES)


def test_one_offerings_proceeds_stated_twice_differently_are_still_caught() -> None:
    body = TWO_SALES + (
        "\n\nThe company intends to use the net proceeds of the offering for working "
        "capital. Gross proceeds from the offering were $22.0 million."
    )
    assert "NUM011" in codes(body)


def test_one_programs_proceeds_stated_twice_differently_are_still_caught() -> None:
    body = (
        "In the quarter the company sold 500,000 shares under its at-the-market program, "
        "for gross proceeds of $3.55 million.\n\n"
        "Sales under the at-the-market program brought gross proceeds of $3.95 million."
    )
    assert "NUM011" in codes(body)
