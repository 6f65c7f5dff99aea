"""The shared company-name vocabulary: one list of legal forms that every reader uses.

The readers used to carry their own copies of the legal forms and the copies drifted. These
tests hold each reader to the shared list (a form added there is known everywhere) and keep
new hand-written copies out of the sources.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclint import contacts, parse, quotes, sentences, standing
from disclint.vocabulary import (
    BUSINESS_WORDS,
    DOTTED_LEGAL_FORMS,
    LEGAL_FORMS,
    SECTOR_WORDS,
    UNDOTTED_LEGAL_FORMS,
    alternation,
)

ROOT = Path(__file__).resolve().parents[1]


def test_alternation_escapes_and_prefers_the_longest_form() -> None:
    pattern = re.compile(alternation(("L.P", "L.L.C", "LLC")) + "$")
    assert pattern.match("L.L.C")
    assert pattern.match("L.P")
    assert not pattern.match("LxP")  # the full stop is literal
    assert re.match(alternation(("Co", "Corp")), "Corp").group() == "Corp"


def test_alternation_adds_capitals_only_when_asked() -> None:
    assert re.fullmatch(alternation(("GmbH",), upper=True), "GMBH")
    assert not re.fullmatch(alternation(("GmbH",)), "GMBH")


def test_the_lists_do_not_overlap() -> None:
    groups = [DOTTED_LEGAL_FORMS, UNDOTTED_LEGAL_FORMS, BUSINESS_WORDS, SECTOR_WORDS]
    seen: set[str] = set()
    for group in groups:
        assert not seen & set(group)
        seen |= set(group)


@pytest.mark.parametrize("form", LEGAL_FORMS)
def test_every_reader_knows_every_legal_form(form: str) -> None:
    # the parser: a block that is only a company's name, and names compared without forms
    assert parse._company_only(f"ACME ROBOTICS {form.upper()}")
    assert parse._company_key(f"Acme Robotics, {form}.") == "acme robotics"
    # the quotation reader: a legal form after a comma in a signature
    assert quotes._LEGAL_FORM.match(form)
    # the contact reader: "Acme, Inc." keeps its form with the name
    assert contacts._SUFFIX_AFTER_COMMA.sub(" ", f"Acme, {form}") == f"Acme {form}"
    # whose release: the form does not identify the company
    assert standing.name_tokens(f"Acme Robotics {form}") == {"acme", "robotics"}


@pytest.mark.parametrize("form", DOTTED_LEGAL_FORMS)
def test_a_dotted_legal_form_does_not_end_a_sentence(form: str) -> None:
    text = f"Shares of Acme {form}. rose sharply. Others fell."
    assert len(sentences.sentence_spans(text)) == 2


def test_an_undotted_form_before_a_full_stop_ends_the_sentence() -> None:
    text = "The shares were sold to Acme AG. The buyer paid cash."
    assert len(sentences.sentence_spans(text)) == 2


#: Two legal forms joined in an alternation: a hand-written copy of the list.
_COPIED_LIST = re.compile(r"\b(?:Inc|Corp|Ltd|LLC|GmbH)\|(?:Inc|Corp|Corporation|Co|Ltd|LLC)\b")


def test_no_module_writes_its_own_list_of_legal_forms() -> None:
    generated = {"lark_standalone.py", "lark_tables.py"}
    offenders = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, found.start()) + 1}"
        for folder in ("linter", "rules")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name not in generated
        for text in [path.read_text(encoding="utf-8")]
        for found in _COPIED_LIST.finditer(text)
    ]
    assert offenders == [], "use disclint.vocabulary (or LEGAL_FORMS from disclint.api)"
