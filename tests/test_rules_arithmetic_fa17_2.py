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
