"""``prefilter.search_from``: a case-insensitive pattern looked for in a long text only
where the folded text holds a word it starts with (issue 15, per-release CPU). The answer
is ``pattern.search``'s: the same span and groups, from any position."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclint.prefilter import LONG_TEXT, fold, folds_in_place, search_from, start_literals
from disclint.ruledata import any_of, finditer_any_of, load_rule_data, search_any_of
from tests.test_prefilters import DATA_PATTERNS


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\battorney advertising\b", ("attorney advertising",)),
        (
            r"(?:(?:releases?|released|published|issued) (?:a |an ))",
            ("issued", "published", "release"),
        ),
        (r"(?<![\w.])(?:Florida|Fla\.)(?!\w)", ("fla.", "florida")),
        (r"^(?:the )?company\b", None),  # "the " is optional: "company" may start a match
        (r"\b(?:ha(?:ve|s)|had)\s+not", ("had", "has", "have")),  # the parser's "ha" lengthened
        (r"\b(?:by|on)\s+behalf", None),  # "by": shorter than MIN_START_LITERAL
        (r"[a-z]+ment", None),  # a class first
        (r"(?-i:PIPE)s?", None),  # a case-sensitive part
        (r"(?:price|)\s+target", None),  # an empty branch
    ],
)
def test_start_literals(source: str, expected: tuple[str, ...] | None) -> None:
    assert start_literals(re.compile(source, re.IGNORECASE)) == expected


def test_a_case_sensitive_pattern_has_no_start_literals() -> None:
    assert start_literals(re.compile(r"attorney advertising")) is None


def _long(rng: random.Random, words: list[str]) -> str:
    text = ""
    while len(text) < LONG_TEXT + 200:
        text += rng.choice(words) + rng.choice([" ", ", ", ". ", "\n", "-"])
    return text


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    if found is None or expected is None:
        return found is expected
    return (found.span(), found.groups(), found.groupdict()) == (
        expected.span(),
        expected.groups(),
        expected.groupdict(),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_search_from_finds_what_search_finds(data: st.DataObject) -> None:
    """A data pattern's own matches (in other cases, with the Kelvin sign and the long s
    that ``re`` equates with "k" and "s"), inside a long text, from positions before,
    inside and after them."""
    pattern = data.draw(st.sampled_from(DATA_PATTERNS))
    try:
        sample = data.draw(st.from_regex(pattern))
    except Exception:  # a construct hypothesis cannot generate from
        return
    rng = random.Random(data.draw(st.integers(0, 10**6)))
    variants = [sample, sample.upper(), sample.title(), sample.replace("k", "\u212a")]
    variants.append(sample.replace("s", "\u017f"))
    words = ["the", "company", "said", "shares", "Acme", "advertising", *variants]
    text = _long(rng, words)
    folded = fold(text)
    for pos in (0, 1, len(text) // 3, len(text) // 2, len(text) - 5):
        assert _same(search_from(pattern, text, folded, pos), pattern.search(text, pos)), (
            pattern.pattern,
            pos,
        )


def test_a_text_that_does_not_fold_in_place_is_searched_by_re() -> None:
    """ "ß" folds to "ss": offsets of the folded text are not the text's."""
    pattern = re.compile(r"\bstrasse\b", re.IGNORECASE)
    text = "Große Straße " * 50 + "Main Strasse 1"
    folded = fold(text)
    assert not folds_in_place(text, folded)
    assert _same(search_from(pattern, text, folded), pattern.search(text))
    plain = "Main Road " * 120 + "Hauptstrasse, STRASSE 1"
    assert folds_in_place(plain, fold(plain))
    assert _same(search_from(pattern, plain, fold(plain)), pattern.search(plain))


def test_word_lists_in_long_texts_find_what_the_alternation_finds() -> None:
    """``search_any_of`` and ``finditer_any_of`` on texts longer than ``LONG_TEXT``: the
    alternation's leftmost match and its matches, whatever the branches start with."""
    data = load_rule_data("standing")
    lists = [
        data["third_party"]["markers"],
        data["paid"]["markers"],
        data["advertisement"]["decisive"],
        [r"\bacme\b", r"acme corp", r"corp\w*"],  # overlapping: ties and nesting
    ]
    rng = random.Random(18)
    words = ["Acme Corp.", "this article", "compensated", "editorial", "the", "ACME", "Ünited"]
    for patterns in lists:
        for source in patterns[:20]:
            words.append(re.sub(r"\\[bsw]|[()?:*+|\\\[\]{}^$]", " ", source).strip())
    for patterns in lists:
        for _ in range(40):
            text = _long(rng, words)
            expected = any_of(patterns).search(text)
            assert _same(search_any_of(patterns, text), expected), patterns
            spans = [m.span() for m in any_of(patterns).finditer(text)]
            assert [m.span() for m in finditer_any_of(patterns, text)] == spans, patterns
