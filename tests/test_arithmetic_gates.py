"""The NUM family's cheap gates: a reader skips a sentence (or a release) that lacks the words
its patterns require, and still reads every one that has them.

Each gate is a literal test (``may_match`` on the folded sentence) or a cue the reader's own
answer depends on. The tests watch the gated pattern with a spy: a text with the cue is
read (the pattern runs and the claim is found), a text without it is not (the pattern never
runs). Invented issuers and figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from disclint import quantities
from disclint.api import Kind
from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic import figures, joins, measures_text, transactions
from disclint.rules.arithmetic.claims import Relations, relations_for


def _relations(text: str) -> Relations:
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    return relations_for(Facts(parse_source(source)))


class Spy:
    """A pattern that records the texts it is run on (``pattern``/``flags`` answer as the
    real one's, so the literal prefilter reads it as it reads the real one)."""

    def __init__(self, real: re.Pattern[str]) -> None:
        self.real = real
        self.pattern = real.pattern
        self.flags = real.flags
        self.texts: list[str] = []

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self.texts.append(text)
        return self.real.search(text, *args)

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        self.texts.append(text)
        return self.real.finditer(text, *args)


HEAD = "DENVER, March 3, 2026 -- Quillon Sensors, Inc. (NASDAQ: QLSN) today announced news.\n\n"


# -- transactions: a sale's telling starts at a sentence naming a sale -----------------------


def test_a_sentence_naming_a_sale_is_read_as_a_telling(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(transactions._SALE)
    monkeypatch.setattr(transactions, "_SALE", spy)
    rel = _relations(
        HEAD + "The Company sold 1,000,000 shares at $2.00 per share for gross proceeds of "
        "$2,000,000.\n"
    )
    found = transactions.deals(rel)
    assert len(found) == 1
    assert any("sold 1,000,000 shares" in t for t in spy.texts)


def test_a_sentence_without_a_sale_word_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(transactions._SALE)
    monkeypatch.setattr(transactions, "_SALE", spy)
    rel = _relations(HEAD + "Revenue grew 12% to $4.5 million in the quarter.\n")
    assert transactions.deals(rel) == []
    assert not any("Revenue grew" in t for t in spy.texts)


# -- joins: a weighted count is read only from a sentence that says weighted or averaged ------


def test_a_weighted_count_sentence_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(joins._COUNT_WORDS)
    monkeypatch.setattr(joins, "_COUNT_WORDS", spy)
    rel = _relations(
        HEAD + "Diluted weighted-average shares outstanding for the quarter were 30.0 million.\n"
    )
    counts = joins.weighted_counts(rel.section_views())
    assert [c.quantity.value for c in counts] == [30_000_000]
    assert spy.texts


def test_a_count_sentence_without_weighted_or_averaged_is_not_scanned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = Spy(joins._COUNT_WORDS)
    monkeypatch.setattr(joins, "_COUNT_WORDS", spy)
    rel = _relations(HEAD + "Diluted shares outstanding for the quarter were 30.0 million.\n")
    assert joins.weighted_counts(rel.section_views()) == []
    assert spy.texts == []


# -- figures: a referring expression is looked for only where one of its nouns stands --------


PRICED = (
    HEAD + "The Company sold 1,000,000 shares for a combined price of $2.40. That price "
    "represents a 20.0% premium to $2.00, the closing price on March 2, 2026.\n\n"
    "The Company expects to use the funds for working capital.\n"
)


def test_a_sentence_with_a_mention_noun_is_scanned_for_mentions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    figures.reading_of(_relations(PRICED))  # builds the patterns
    spy = Spy(figures._MENTION[0])
    monkeypatch.setattr(figures, "_MENTION", [spy, figures._MENTION[1]])
    reading = figures.reading_of(_relations(PRICED))
    assert [m.concept for m in reading.mentions][:1] == ["price"]
    assert reading.mentions[0].antecedent is not None
    assert any("That price" in t for t in spy.texts)


def test_a_sentence_without_a_mention_noun_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    figures.reading_of(_relations(PRICED))
    spy = Spy(figures._MENTION[0])
    monkeypatch.setattr(figures, "_MENTION", [spy, figures._MENTION[1]])
    figures.reading_of(_relations(PRICED))
    assert not any(t.startswith("The Company expects") for t in spy.texts)


# -- measures_text: the lengths of period a paragraph names are read where it has figures -----


def test_a_paragraph_with_figures_reads_its_length_of_period() -> None:
    rel = _relations(
        HEAD + "Quillon reported results for the third quarter of 2025. Revenue was $4.5 "
        "million, up 12% from $4.0 million.\n"
    )
    facts = measures_text.measured_figures(rel)
    assert {m.period.length for m in facts if m.measure == "revenue"} == {"quarter"}


def test_a_paragraph_without_figures_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real = measures_text._length

    def spy(text: str, *args: Any) -> str:
        read.append(text)
        return real(text, *args)

    monkeypatch.setattr(measures_text, "_length", spy)
    rel = _relations(
        HEAD + "The quarter brought new customers in three regions.\n\n"
        "Revenue for the quarter was $4.5 million.\n"
    )
    measures_text.measured_figures(rel)
    assert not any(t.startswith("The quarter brought") for t in read)
    assert any(t.startswith("Revenue for the quarter") for t in read)


# -- quantities: a "N for M" ratio is scanned for only where its words stand -----------------


def test_a_split_sentence_is_scanned_for_its_ratio(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(quantities._RATIO)
    monkeypatch.setattr(quantities, "_RATIO", spy)
    found = quantities.quantities_in("The board approved a 1-for-10 reverse stock split.")
    assert [q.ratio for q in found if q.kind is Kind.RATIO] == [(Decimal(1), Decimal(10))]
    assert spy.texts


@pytest.mark.parametrize(
    "text",
    [
        "Headcount grew from 5 to 10 engineers in one year.",
        # shares name a "1-for-10" ratio, never a "1-to-10" one
        "The company issued 5,000 shares to 10 investors.",
    ],
)
def test_a_sentence_without_ratio_words_is_not_scanned(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    spy = Spy(quantities._RATIO)
    monkeypatch.setattr(quantities, "_RATIO", spy)
    found = quantities.quantities_in(text)
    assert not [q for q in found if q.kind is Kind.RATIO]
    assert spy.texts == []


def test_shares_with_a_for_connector_are_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(quantities._RATIO)
    monkeypatch.setattr(quantities, "_RATIO", spy)
    found = quantities.quantities_in("Holders receive 1 share for every 5 shares held.")
    assert spy.texts
    assert not [q for q in found if q.kind is Kind.RATIO]  # no number right before "for"


# -- checks: the figure queries run (and load) only for a release with their kinds of figure ---


def _calls(monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The figure queries and the typed-fact reader called while checking ``text``."""
    from disclint.rules.arithmetic import figure_deals, figure_queries
    from tests.test_rules_arithmetic import num

    called: list[str] = []
    for module, name in [
        (figure_queries, "figure_products"),
        (figure_queries, "figure_premiums"),
        (figure_queries, "figure_proceeds"),
        (figure_queries, "figure_stated_values"),
        (figure_deals, "buyback_products"),
        (measures_text, "measures_relations"),
    ]:
        real = getattr(module, name)

        def spy(*args: Any, _real: Any = real, _name: str = name) -> Any:
            called.append(_name)
            return _real(*args)

        monkeypatch.setattr(module, name, spy)
    num(text)
    return called


def test_a_release_with_money_and_percents_is_read_by_the_figure_queries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    called = _calls(monkeypatch, PRICED)
    assert {"figure_products", "figure_premiums", "figure_proceeds"} <= set(called)
    assert {"figure_stated_values", "buyback_products", "measures_relations"} <= set(called)


def test_a_release_without_money_is_not_read_by_the_money_queries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    called = _calls(
        monkeypatch,
        HEAD + "Quillon now employs 1,200 people, 15% more than a year ago, in 12 countries.\n",
    )
    assert "figure_premiums" in called  # a percent: the premium query still reads it
    assert "measures_relations" in called
    assert not {"figure_products", "figure_proceeds", "figure_stated_values"} & set(called)
    assert "buyback_products" not in called


def test_a_release_without_figures_is_read_by_no_figure_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    called = _calls(
        monkeypatch, HEAD + "Quillon named Jane Roe chief executive officer, effective today.\n"
    )
    assert called == []


def test_holds_tells_the_kinds_of_figure_of_the_claim_sections() -> None:
    from disclint.rules.arithmetic.checks import MONEY, PERCENT

    rel = _relations(HEAD + "Revenue grew 12% in the quarter.\n")
    assert rel.holds(PERCENT)
    assert not rel.holds(MONEY)


def test_the_length_reader_runs_only_the_patterns_whose_words_stand(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from disclint.api import fold

    spy = Spy(measures_text._FISCAL_YEAR)
    monkeypatch.setattr(measures_text, "_FISCAL_YEAR", spy)
    named = "Sales for fiscal 2025 rose."
    assert measures_text._length(named, fold(named)) == "year"
    assert spy.texts == [named]
    plain = "Sales rose in March."
    assert measures_text._length(plain, fold(plain)) == ""
    assert spy.texts == [named]  # no word "fiscal": not scanned


# -- changes: a change read in one clause needs three figures in its sentence ----------------


def _parts_read(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[list[str], list[Any]]:
    from disclint.rules.arithmetic import changes

    read: list[str] = []
    real = changes._parts

    def spy(view: Any, change: Any) -> Any:
        read.append(view.text)
        return real(view, change)

    monkeypatch.setattr(changes, "_parts", spy)
    rel = _relations(HEAD + text + "\n")
    found = [changes._change_at(v, q) for v in rel.views for q in v.of(Kind.PERCENT)]
    return read, [c for c in found if c is not None]


def test_a_change_with_its_two_levels_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read, found = _parts_read(
        monkeypatch, "Revenue increased 25% to $5.0 million from $4.0 million."
    )
    assert read
    assert [(c.new.value, c.old.value) for c in found] == [(Decimal(5000000), Decimal(4000000))]


def test_a_sentence_of_fewer_than_three_figures_is_not_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read, found = _parts_read(monkeypatch, "Revenue increased 25% to $5.0 million.")
    assert read == []
    assert found == []


# -- quantities: dates, periods and words-with-digits are scanned for only where they can be ---


def _quantities(text: str) -> list[Any]:
    from disclint.prefilter import fold

    return quantities.quantities_in(text, folded=fold(text))


def test_a_sentence_with_a_month_is_scanned_for_its_date(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(quantities._DATE)
    monkeypatch.setattr(quantities, "_DATE", spy)
    found = _quantities("The offering closed on May 5, 2026 for $12.0 million.")
    assert [q.date.isoformat() for q in found if q.kind is Kind.DATE] == ["2026-05-05"]
    assert spy.texts


@pytest.mark.parametrize(
    "text",
    [
        # "mar", "may" and "dec" in lower case are no month: ``_DATE`` is case-sensitive
        "The market may see a decision on 40 sites.",
        "Revenue rose 12% as the company marketed 3 new products.",
    ],
)
def test_a_sentence_without_a_capitalised_month_is_not_scanned_for_dates(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    spy = Spy(quantities._DATE)
    monkeypatch.setattr(quantities, "_DATE", spy)
    assert not [q for q in _quantities(text) if q.kind is Kind.DATE]
    assert spy.texts == []


def test_numeric_dates_are_still_read_without_a_month_name() -> None:
    found = _quantities("The record date is 3/15/2026 and payment follows on 2026-04-01.")
    assert [q.date.isoformat() for q in found if q.kind is Kind.DATE] == [
        "2026-03-15",
        "2026-04-01",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue for the third quarter was $5.0 million.",
        "Revenue for Q2 2026 was $5.0 million.",
        "Revenue for fiscal 2025 was $5.0 million.",
        "Revenue for FY26 was $5.0 million.",
        "Revenue for the six months ended June 30, 2026 was $9.1 million.",
        "Revenue for the year ended December 31, 2025 was $9.1 million.",
        "Revenue for the first half of 2026 was $9.1 million.",
    ],
)
def test_a_sentence_naming_a_period_is_scanned_for_it(text: str) -> None:
    assert [q for q in _quantities(text) if q.kind is Kind.PERIOD]


def test_a_sentence_saying_year_without_a_period_is_not_scanned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = Spy(quantities._PERIOD)
    monkeypatch.setattr(quantities, "_PERIOD", spy)
    found = _quantities("Sales grew 12% this year, and the fiscal team added 4 people.")
    assert not [q for q in found if q.kind is Kind.PERIOD]
    assert spy.texts == []


def test_words_before_digits_in_parentheses_are_read() -> None:
    found = _quantities("The company sold two million (2,000,000) shares of common stock.")
    assert [(q.value, q.words) for q in found if q.words] == [(Decimal(2000000), "two million")]


def test_a_parenthesis_without_digits_is_not_scanned_for_number_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = Spy(quantities._WORDS_THEN_DIGITS)
    monkeypatch.setattr(quantities, "_WORDS_THEN_DIGITS", spy)
    _quantities("The company (the Issuer) sold two million shares for $4.0 million.")
    assert spy.texts == []


@pytest.mark.parametrize(
    ("text", "money"),
    [("Fees of Rs 500 crore were paid.", True), ("The firm's years of work cost 50 hours.", False)],
)
def test_rupees_are_money_and_their_letters_in_words_are_not(text: str, money: bool) -> None:
    assert any(q.kind is Kind.MONEY for q in _quantities(text)) is money


@pytest.mark.parametrize(
    ("text", "points"),
    [("Margin rose 150 bps to 12.5%.", True), ("Approximately 40 employees support it.", False)],
)
def test_basis_points_are_read_and_pp_in_words_is_not_a_unit(text: str, points: bool) -> None:
    assert any(q.kind is Kind.POINTS for q in _quantities(text)) is points


# -- periods: a length's pattern runs only where its words stand ---------------------------------


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Q3 revenue rose", "quarter"),
        ("q4 sales", "quarter"),
        ("H1 2026 revenue", "half"),
        ("the first half of the year", None),  # a half and a year: two lengths
        ("first half revenue", "half"),
        ("Q5 and H3 are no periods", None),
        ("the headquarters hosted 40 guests", None),
    ],
)
def test_period_length_reads_the_spelled_out_quarters_and_halves(
    text: str, length: str | None
) -> None:
    from disclint.rules.arithmetic.periods import period_length

    assert period_length(text) == length


def test_names_several_lengths_needs_two() -> None:
    from disclint.rules.arithmetic.periods import names_several_lengths

    assert names_several_lengths("Q4 and full-year results")
    assert not names_several_lengths("Q4 results")
    assert not names_several_lengths("results of the company")


# -- figures: a concept's patterns run only on a sentence holding its words ----------------------


def test_a_figure_role_is_read_with_the_sentence_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    rel = _relations(
        HEAD + "The company expects gross proceeds of approximately $10.0 million, at a price "
        "of $2.50 per share.\n"
    )
    reading = figures.reading_of(rel)
    assert {f.concept for f in reading.figures} >= {"gross", "price"}
    view = next(v for v in rel.views if v.quantities and "gross" in v.text)
    built = figures._sentence_patterns(view)
    assert any(p is not None for p in built["gross"])
    # a concept whose words the sentence lacks keeps no pattern to run
    assert all(p is None for p in built["conversion"])
