"""Literal prefilters in front of a family of patterns (issue 15, per-release CPU): a
pattern is skipped only when the text cannot contain what it matches, so the answers
are those of running every pattern."""

from __future__ import annotations

import contextlib
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclint.prefilter import any_may_match, fold, may_match, required_literals, union_literals
from disclint.ruledata import data_dir, load_rule_data
from disclint.rules.editorial import _text


def _every_pattern(text: str) -> set[str]:
    """``countries_named`` without its prefilter: every country's and region's pattern."""
    patterns = _text._country_patterns()
    found = {code for code, (_, pattern) in patterns.items() if pattern.search(text)}
    data = _text.places()
    for table, country in (("us_states", "US"), ("ca_provinces", "CA")):
        if country not in found and any(
            _text.region_pattern(code).search(text) for code in data[table]
        ):
            found.add(country)
    return found


def _names() -> list[str]:
    data = _text.places()
    names = [n for group in data["countries"].values() for n in group]
    names += [n for group in _text.region_names().values() for n in group]
    return names + list(_text.region_names())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "NEW YORK, May 1, 2026 -- Acme Corp. today reported results.",
        "Offices in Toronto, Ontario and PORTLAND, Ore., with a plant in Mexico.",
        "UNITED ARAB EMIRATES and the united kingdom; us and US; Washington, D.C.",
        "İndia, ındia and INDIA",  # the dotted and dotless i that re equates with i
        "Falmouth, Maine; Austin, TX; Solon, OH.",
    ],
)
def test_countries_named_agrees_with_every_pattern(text: str) -> None:
    assert _text.countries_named(text) == _every_pattern(text)


def test_countries_named_agrees_on_random_mixtures() -> None:
    rng = random.Random(15)
    names = _names()
    fillers = [" ", ", ", ".", " and ", "-", "x", "\n", "İ", "ı", "ſ"]
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 8)):
            name = rng.choice(names)
            name = rng.choice([name, name.upper(), name.lower(), name.swapcase()])
            parts += [name, rng.choice(fillers)]
        text = "".join(parts)
        assert _text.countries_named(text) == _every_pattern(text), text


# --- disclint.prefilter: the literals a pattern requires -------------------------------


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"adjusted\s+EBITDA", {"adjusted"}),
        (r"(?:adjusted|non[- ]GAAP)\s+EBIT\b", {"ebit"}),  # longer than "non"
        (r"(?:adjusted|non[- ]GAAP)\s+\w+", {"adjusted", "gaap"}),
        (r"(?:consolidated\s+)?free\s+cash\s+flow", {"free"}),
        (r"(?:a|b)+c{2,}", {"c"}),
        (r"x?y*", None),
        (r"(?i:UNITED\s+STATES)", {"united"}),
        (r"(?<!\w)[A-Z]{2,5}\b", None),
        (r"(?=abc)\w+", None),
        (r"(a)|\1b", {"a", "b"}),
        (r"\w+(?:ab)?", None),
        (r"(?P<m>İndia)", {"india"}),
    ],
)
def test_required_literals(pattern: str, literals: set[str] | None) -> None:
    found = required_literals(re.compile(pattern))
    assert (None if found is None else set(found)) == literals


def test_no_literal_means_any_text_may_match() -> None:
    assert may_match(re.compile(r"\d+"), "")
    assert not may_match(re.compile(r"adjusted\s+EBITDA"), fold("EBITDA was $5 million"))
    assert may_match(re.compile(r"(?i)adjusted\s+EBITDA"), fold("ADJUSTED EBITDA"))


def test_union_of_literals_gates_a_list_of_patterns() -> None:
    patterns = (re.compile(r"(?i)\bexpects?\b"), re.compile(r"(?i)\b(?:will|shall)\b"))
    literals = union_literals(patterns)
    assert literals == ("will", "shall", "expect")
    assert any_may_match(literals, fold("We EXPECT growth"))
    assert any_may_match(literals, fold("It will"))
    assert not any_may_match(literals, fold("Revenue rose 5%"))
    # a pattern that requires nothing: every text may match
    assert union_literals((*patterns, re.compile(r"\d+"))) is None
    assert any_may_match(None, "")


def _data_patterns() -> list[re.Pattern[str]]:
    """The regular expressions of the rule data files (every string that compiles, case
    insensitive as most are read), so the property covers the shapes counsel writes."""
    found: dict[str, re.Pattern[str]] = {}

    def walk(value: object) -> None:
        if isinstance(value, str):
            with contextlib.suppress(re.error):
                found.setdefault(value, re.compile(value, re.IGNORECASE))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted(data_dir().glob("*.toml")):
        walk(load_rule_data(path.stem))
    return [p for p in found.values() if required_literals(p) is not None]


DATA_PATTERNS = _data_patterns()


def test_data_patterns_mostly_have_literals() -> None:
    assert len(DATA_PATTERNS) > 100


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_a_match_contains_a_required_literal(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(DATA_PATTERNS))
    try:
        text = data.draw(st.from_regex(pattern))
    except Exception:  # a construct hypothesis cannot generate from
        return
    if pattern.search(text):
        assert may_match(pattern, fold(text)), (pattern.pattern, text)


def test_search_any_of_finds_what_the_alternation_finds() -> None:
    """The leftmost match, and on a tie the first pattern of the list (as the alternation
    tries its branches), whatever order the patterns' literals occur in."""
    from disclint.ruledata import any_of, search_any_of

    data = load_rule_data("standing")
    lists = [
        data["third_party"]["markers"],
        data["paid"]["markers"],
        data["advertisement"]["decisive"],
        [r"\bacme\b", r"acme corp", r"corp\w*"],  # overlapping: ties and nesting
        [],
    ]
    rng = random.Random(15)
    words = ["Acme Corp.", "this article", "compensated", "editorial", "the ", "\n", "."]
    for patterns in lists:
        for literal_source in patterns[:20]:
            words.append(re.sub(r"\\[bsw]|[()?:*+|\\\[\]{}^$]", " ", literal_source))
    for patterns in lists:
        for _ in range(150):
            text = "".join(rng.choice(words) + rng.choice(["", " ", ", "]) for _ in range(12))
            expected = any_of(patterns).search(text)
            found = search_any_of(patterns, text)
            assert (None if expected is None else expected.span()) == (
                None if found is None else found.span()
            ), (patterns, text)


def test_a_literal_that_holds_another_is_not_tested() -> None:
    """``may_match`` tests "the ceo" no more once "ceo" is tested (a text holding the
    first holds the second); a literal beside it that holds none is kept (the near miss)."""
    from disclint.prefilter import _minimal

    assert _minimal({"the ceo", "ceo", "chief", "chief ceo"}) == ("ceo", "chief")
    assert _minimal({"abc", "abd"}) == ("abc", "abd")
    pattern = re.compile(r"(?i)\b(?:the\s+ceo\b|ceo\b|chiefly)")
    assert may_match(pattern, fold("Our CEO said"))
    assert not may_match(pattern, fold("Revenue rose 5%"))


@settings(max_examples=500, deadline=None)
@given(
    st.sets(st.text(alphabet="abc ", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="abc ", max_size=30),
)
def test_dropping_literals_that_hold_others_keeps_the_answer(literals: set[str], text: str) -> None:
    from disclint.prefilter import _minimal

    assert any(lit in text for lit in literals) == any(lit in text for lit in _minimal(literals))


# -- session 13: folds kept, folded slices, exact literal words -----------------------------


def test_fold_of_the_same_text_is_kept_and_a_new_text_folded() -> None:
    from disclint.prefilter import _FOLDED, forget_folds

    text = "Acme İNC. Straße " * 3
    first = fold(text)
    assert fold(text) is first  # the same object: answered from the store
    assert first == text.casefold().replace("\u0131", "i").replace("\u0307", "")
    other = "ACME inc. strasse " * 3  # equal fold, another text: folded on its own
    assert fold(other) == other.casefold()
    forget_folds()
    assert not _FOLDED
    assert fold(text) == first


@pytest.mark.parametrize(
    ("text", "in_place"),
    [
        ("Acme Corp. reported “record” revenue—up 5%. Its CEO spoke.", True),
        ("İstanbul-based Acme Corp. reported revenue. Its CEO spoke.", True),  # İ folds to i
        ("Acme Straße GmbH reported revenue. Its CEO spoke.", False),  # ß folds to ss
        ("Acme Corp. reported revenue. Its CE\u0307O spoke.", False),  # a dropped dot
    ],
)
def test_folded_sentences_are_the_folds_of_the_sentences(text: str, in_place: bool) -> None:
    """A sentence's folded text is a slice of the folded release only when every character
    folds to one; otherwise each sentence is folded alone. The same answers either way."""
    from disclint.facts import Facts
    from tests.helpers import parse_release

    facts = Facts(parse_release("# Acme Reports\n\n" + text))
    assert facts.sentences
    assert facts.folds_in_place is in_place
    assert facts.folded_sentences == [fold(s.text) for s in facts.sentences]


@pytest.mark.parametrize(
    ("pattern", "exact"),
    [
        (r"share|stock|ADS", ("share", "stock", "ads")),
        (r"quarter", ("quarter",)),
        (r"for|\d:\d|to", None),  # a branch that is no word
        (r"\bQ[1-4]", None),
        (r"fiscal\b", None),
        (r"naïve|cafe", None),  # a letter outside ASCII: its case-insensitive matches vary
    ],
)
def test_exact_literals_only_for_patterns_of_literal_words(
    pattern: str, exact: tuple[str, ...] | None
) -> None:
    from disclint.prefilter import exact_literals

    assert exact_literals(re.compile(pattern, re.IGNORECASE)) == exact
    assert exact_literals(re.compile(pattern)) is None  # case-sensitive: folding is no test


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzSTOCKQUARTER%: 0123456789\u017f\u212a’", max_size=40
    )
)
def test_exact_literals_decide_ascii_texts_as_the_search_does(text: str) -> None:
    """For an ASCII text, a literal word in the folded text is a match; a text with other
    characters (the long s and the Kelvin sign match "s" and "k") is searched."""
    from disclint.quantities import _has

    for gate in (
        (re.compile(r"share|stock|unit", re.IGNORECASE),),
        (re.compile(r"quarter|fiscal|FY", re.IGNORECASE), re.compile(r"\bQ[1-4]", re.IGNORECASE)),
        (re.compile(r"%|pct|point", re.IGNORECASE), re.compile(r"\d:\d")),
    ):
        expected = any(p.search(text) for p in gate)
        assert _has(gate, text, fold(text)) == expected, (text, gate)
        assert _has(gate, text, None) == expected


def test_a_pattern_needs_a_literal_of_each_mandatory_part() -> None:
    """A text must hold one of a pattern's required literals and one of each of its other
    mandatory parts' (``required_conjuncts``): "[" of a bracketed instruction, whose
    required literals are its words; "valu" of "undervalued", beside "under"."""
    from disclint.prefilter import literal_index, required_conjuncts

    bracket = re.compile(r"\[\s*(?:insert|name|date)\b[^\]\n]{0,80}\]", re.I)
    under = re.compile(r"\bunder-?valu(?:ed|ation)\b", re.I)
    assert required_conjuncts(bracket) == (("[",), ("]",))
    cases = [
        (bracket, "Insert the date here", False),  # the words without the brackets
        (bracket, "[Insert date]", True),
        (bracket, "the name [1]", True),  # a near miss the test cannot tell: it may match
        (under, "under pressure", False),
        (under, "Undervalued shares", True),
    ]
    for pattern, text, expected in cases:
        assert may_match(pattern, fold(text)) is expected, (pattern.pattern, text)
        assert bool(pattern.search(text)) <= expected  # never a match the test rules out
    index = literal_index((bracket, under))
    for text in ("Insert the date", "[insert] undervalued", "under pressure", "[name]"):
        assert index.may_match(fold(text)) == [
            may_match(bracket, fold(text)),
            may_match(under, fold(text)),
        ]


def test_conjuncts_leave_out_whitespace_and_what_the_literals_imply() -> None:
    """A part that is only a space is no test; a part every required literal holds ("ceo"
    beside "the ceo") adds nothing; at most ``MAX_CONJUNCTS``, the most selective first."""
    from disclint.prefilter import MAX_CONJUNCTS, required_conjuncts

    assert required_conjuncts(re.compile(r"(?i)company name")) == ()
    assert required_conjuncts(re.compile(r"(?i)(?:the ceo|ceo)\s+ceo")) == ()
    found = required_conjuncts(re.compile(r"(?i)insert (?:name|title)"))
    assert found == (("name", "title"),), found
    many = required_conjuncts(re.compile(r"(?i)alpha\s+be\s+ga\s+de\s+ep\s+ze"))
    assert len(many) == MAX_CONJUNCTS and all(len(c[0]) == 2 for c in many)
    assert required_conjuncts(re.compile(r"\d+")) == ()


def test_search_any_of_skips_a_pattern_missing_a_mandatory_part() -> None:
    """The list's alternation's match, found without searching a pattern whose second
    mandatory part the text lacks (and with it when the text holds it)."""
    from disclint.ruledata import any_of, search_any_of

    patterns = [r"\[\s*(?:insert|name)\]", r"\binsert\b"]
    for text in ("insert here", "[insert] here", "please [ name ] insert"):
        expected = any_of(patterns).search(text)
        found = search_any_of(patterns, text)
        assert (expected and expected.span()) == (found and found.span()), text
