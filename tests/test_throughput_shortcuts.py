"""The corpus-throughput shortcuts give exactly what the plain computation gives: the e-mail
scan that starts near the first "@", and EDT003's multiset letter bound before an
edit-distance table."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from disclint.api import fold, literal_index, may_match, osa_distance
from disclint.contacts import EMAIL, email_scan_start, find_emails, without_emails
from disclint.model import Element, Paragraph, Release, Section, Span
from disclint.rules.editorial.names import _letters, _pairs
from disclint.source import BlockKind

_MAILISH = st.text(alphabet="ab1.@-+ \n\t'%_é,x", max_size=40)


@settings(max_examples=2000, deadline=None)
@given(_MAILISH)
def test_without_emails_is_the_plain_substitution(text: str) -> None:
    assert without_emails(text) == EMAIL.sub(" ", text)
    assert without_emails(text, "") == EMAIL.sub("", text)


@settings(max_examples=2000, deadline=None)
@given(_MAILISH, st.integers(0, 40), st.integers(0, 40))
def test_the_scan_start_loses_no_match(text: str, start: int, stop: int) -> None:
    stop = min(stop, len(text))
    start = min(start, stop)
    plain = [m.span() for m in EMAIL.finditer(text, start, stop)]
    begin = email_scan_start(text, start, stop)
    if begin == -1:
        assert plain == []
    else:
        assert start <= begin and [m.span() for m in EMAIL.finditer(text, begin, stop)] == plain


def test_find_emails_in_a_contact_line() -> None:
    text = "Media: Jo Roe, jo.roe@acme.example, (555) 010-0100; ir@acme.example."
    assert [text[a:b] for a, b in find_emails(text)] == ["jo.roe@acme.example", "ir@acme.example"]
    assert find_emails("no address here") == []
    assert email_scan_start("word@host", 0) == 0
    assert email_scan_start("a b\tword@host", 0) == 4


def _bag_distance(a: str, b: str) -> int:
    ca, cb = Counter(a), Counter(b)
    return max(sum((ca - cb).values()), sum((cb - ca).values()))


def test_letters_difference_is_the_multiset_difference() -> None:
    words = ["".join(p) for n in range(5) for p in itertools.product("aab", repeat=n)]
    for a in words:
        for b in words:
            diff = max(len(_letters(a) - _letters(b)), len(_letters(b) - _letters(a)))
            assert diff == _bag_distance(a, b)
            assert diff <= osa_distance(a, b, 10)  # a lower bound of the edit distance


def _plain_pairs(known: set[str], counts: Counter[str], min_length: int) -> list[tuple[str, str]]:
    pairs = set()
    for name in known:
        for other in counts:
            if len(other) < min_length or abs(len(other) - len(name)) > 2:
                continue
            if other == name or counts[other] == counts[name]:
                continue
            if osa_distance(other, name, 2) <= 2:
                pairs.add((other, name) if counts[other] < counts[name] else (name, other))
    return sorted(pairs)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="aeiknrst", min_size=3, max_size=9), min_size=1, max_size=25),
    st.data(),
)
def test_pairs_are_those_of_the_plain_search(words: list[str], data: st.DataObject) -> None:
    counts = Counter(words)
    known = set(data.draw(st.lists(st.sampled_from(sorted(counts)), max_size=5)))
    assert _pairs(known, counts, 4) == _plain_pairs(known, counts, 4)
    for most in (1, 2):  # the rarer spelling's uses bounded: the same pairs, the others dropped
        kept = [p for p in _plain_pairs(known, counts, 4) if counts[p[0]] <= most]
        assert _pairs(known, counts, 4, most) == kept


def test_pairs_bounded_by_the_rarer_spellings_uses() -> None:
    counts = Counter({"yamaguchi": 5, "yamagachi": 1, "norvale": 4, "norvalle": 3})
    assert _pairs({"yamaguchi", "norvale"}, counts, 4) == [
        ("norvalle", "norvale"),
        ("yamagachi", "yamaguchi"),
    ]
    # "norvalle" is used three times: a name of its own for a rule that allows two
    assert _pairs({"yamaguchi", "norvale"}, counts, 4, 2) == [("yamagachi", "yamaguchi")]


_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bnet\s+income\b",
        r"adjusted\s+(?:ebitda|earnings)",
        r"revolutionar\w*|game[- ]chang\w*",
        r"\d+%",  # requires no literal: may always match
        r"free\s+cash\s+flow|fcf",
        r"stock\s+(?:price|rose|jumped)",
    )
)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="adjustenicomrvlbgh %1fcspw-", max_size=60))
def test_literal_index_answers_as_may_match(text: str) -> None:
    folded = fold(text)
    index = literal_index(_PATTERNS)
    assert index is literal_index(_PATTERNS)  # made once per tuple of patterns
    assert index.may_match(folded) == [may_match(p, folded) for p in _PATTERNS]
    for pattern, may in zip(_PATTERNS, index.may_match(folded), strict=True):
        if not may:
            assert pattern.search(text) is None


def _word_lists() -> list[list[str]]:
    from disclint.ruledata import load_rule_data

    lists = [list(p) for p in load_rule_data("fls_cues")["not_fls"].values()]
    lists.append(list(load_rule_data("standing")["paid"]["payer"]))
    lists.append(list(load_rule_data("edt_placeholders")["placeholder"]["anywhere"]))
    return lists


_PHRASES = (
    "you may", "investors can", "please contact", "if you", "as soon as possible",
    "has been retained by", "paid by", "lorem ipsum", "[insert quote]", "{{name}}",
    "will be available on the website", "who may have", "would like to", "tbd", "xx",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES) | st.text(alphabet="ab .,;Y", max_size=6), max_size=12))
def test_finditer_any_of_finds_what_the_alternation_finds(parts: list[str]) -> None:
    from disclint.ruledata import any_of, finditer_any_of

    text = " ".join(parts)
    for patterns in _word_lists():
        fast = [(m.span(), m.group()) for m in finditer_any_of(patterns, text)]
        assert fast == [(m.span(), m.group()) for m in any_of(patterns).finditer(text)]


def test_finditer_any_of_falls_back_where_a_branch_is_not_alone() -> None:
    from disclint.ruledata import _branches, any_of, finditer_any_of

    for patterns in (["(a)\\1", "b"], ["a?", "b"], ["(x)?(?(1)y|z)"]):
        assert _branches(tuple(patterns)) is None
        text = "aab aa b xy z"
        assert [m.span() for m in finditer_any_of(patterns, text)] == [
            m.span() for m in any_of(patterns).finditer(text)
        ]


def _random_sections(rng: random.Random) -> list[Section]:
    kinds = ["body", "quote", "about", "contacts", "footer", "forward_looking"]
    sections = []
    for _ in range(rng.randint(0, 12)):
        start = rng.randint(0, 200)
        end = start + rng.randint(0, 80)
        span = Span.model_construct(start=None, end=None, text_start=start, text_end=end)
        sections.append(Section.model_construct(kind=rng.choice(kinds), span=span))
    return sections


def test_section_run_holds_until_its_bound() -> None:
    """``section_run`` gives ``section_at``'s answer and an offset before which every later
    offset gets that answer too (EDT003 asks again only there); the bound is the nearest
    place where the answer may change, so it is never beyond a real change."""
    rng = random.Random(8)
    for _ in range(200):
        release = Release.model_construct(sections=_random_sections(rng))
        for offset in range(0, 300):
            kind, until = release.section_run(offset)
            assert kind == release.section_at(offset)
            assert until > offset
            for later in range(offset, min(until, 300)):
                assert release.section_at(later) == kind


def _paragraph(text: str, start: int, kind: BlockKind = BlockKind.PARAGRAPH) -> Paragraph:
    span = Span.model_construct(start=None, end=None, text_start=start, text_end=start + len(text))
    return Paragraph.model_construct(text=text, span=span, kind=kind, level=None)


def test_paragraphs_are_made_again_when_a_list_changes() -> None:
    """``Release.paragraphs`` keeps its ordered list between calls, and gives the blocks of
    the release as it is now after a list grew, shrank or was replaced, or the headline
    changed (the near miss: an unchanged release gives the very same list again)."""
    release = Release.model_construct(body=[_paragraph("Two.", 20), _paragraph("One.", 10)])
    first = list(release.paragraphs())
    assert [p.text for p in first] == ["One.", "Two."]
    assert all(a is b for a, b in zip(release.paragraphs(), first, strict=True))
    release.body.append(_paragraph("Three.", 30))
    assert [p.text for p in release.paragraphs()] == ["One.", "Two.", "Three."]
    release.body = [_paragraph("Only.", 5)]
    assert [p.text for p in release.paragraphs()] == ["Only."]
    release.headline = Element.model_construct(
        text="Head", span=Span.model_construct(start=None, end=None, text_start=0, text_end=4)
    )
    assert [p.text for p in release.paragraphs()] == ["Head", "Only."]
    release.footer.append(_paragraph("Foot.", 90))
    assert [p.text for p in release.paragraphs()] == ["Head", "Only.", "Foot."]


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="aab#ħé", max_size=7), st.text(alphabet="aab#ħé", max_size=7))
def test_letter_bits_never_count_more_than_the_letters(a: str, b: str) -> None:
    """EDT003's bit test rejects a pair only when its letter sets would: the differing
    bits (letters that share a bit: "a" and "#", "é" and "ħ" modulo 62) are at most the
    letters one word has and the other lacks."""
    from disclint.rules.editorial.names import _mask

    assert (_mask(a) & ~_mask(b)).bit_count() <= len(_letters(a) - _letters(b))
    assert (_mask(b) & ~_mask(a)).bit_count() <= len(_letters(b) - _letters(a))


_VENUE_PIECES = st.lists(
    st.sampled_from(
        ["NYSE", "nasdaq", "Nasdaq Global Select Market", "TSX Venture", "OTCQB", "New York",
         "Stock Exchange", ":", " ", "  ", "\n", "\t", "(", "-", "x", "ACME", ",", "#", "."]
    ),
    max_size=24,
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(_VENUE_PIECES)
def test_bare_venues_are_found_as_the_whole_text_scan_finds_them(pieces: list[str]) -> None:
    """``bare_matches`` looks only a few words before each colon; it finds the spans that
    ``bare_pattern.finditer`` finds over the whole text."""
    from disclint.tickers import load_venues

    table = load_venues()
    text = "".join(pieces)
    expected = [m.span() for m in table.bare_pattern.finditer(text)]
    assert [m.span() for m in table.bare_matches(text)] == expected


def test_bare_venues_in_a_listing_line() -> None:
    from disclint.tickers import load_venues

    table = load_venues()
    text = (
        "Listed on the Nasdaq Global Select Market : ACME and NYSE:XYZ; (NYSE: NOT) TSX  Venture:\n"
    )
    found = [text[m.start() : m.end()] for m in table.bare_matches(text)]
    assert found == ["Nasdaq Global Select Market", "NYSE", "TSX  Venture"]
    # the near miss: a venue not followed by a colon is not a bare listing
    assert table.bare_matches("shares trade on the NYSE under ACME") == []
    # an alias from a rule option that holds a colon: the whole text is searched
    wider = table.extended({"NYSE": ["N:YSE"]})
    text = "quoted on N:YSE: ACME"
    assert [m.span() for m in wider.bare_matches(text)] == [
        m.span() for m in wider.bare_pattern.finditer(text)
    ]


def test_union_literals_made_once_per_tuple() -> None:
    from disclint.prefilter import _union_literals, any_may_match, union_literals

    patterns = _PATTERNS[:2] + _PATTERNS[4:5]
    first = union_literals(patterns)
    assert first == _union_literals(patterns)
    assert union_literals(patterns) is first  # remembered, not sorted again
    assert any_may_match(first, fold("Free cash flow rose")) and not any_may_match(
        first, fold("Revenue rose")
    )
    assert union_literals((*patterns, re.compile(r"\d+"))) is None  # one requires no literal


def test_measure_kinds_in_the_whole_text_as_each_pattern_says() -> None:
    from disclint.rules.nongaap.measures import _kind_patterns, measure_kinds

    kinds = measure_kinds()
    patterns = _kind_patterns()
    assert patterns == tuple(k.pattern for k in kinds) + tuple(k.gaap for k in kinds)
    for text in ("Adjusted EBITDA rose", "Net income was $3.1 million", "nothing here"):
        folded = fold(text)
        assert literal_index(patterns).may_match(folded) == [may_match(p, folded) for p in patterns]


#: EDT003's capitalised-word pattern as it was written first: the lookbehind opening it.
_WORD_PLAIN = re.compile(
    r"(?<![\w'’.-])[A-Z][A-Za-z]*[a-z][A-Za-z]*(?![\w-])|(?<![\w'’.-])[A-Z]{4,}(?![\w-])"
)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="AaBZzéÉ'’.-_ 1\n", max_size=40))
def test_capitalised_words_are_the_plain_patterns(text: str) -> None:
    from disclint.rules.editorial.names import _WORD

    assert [m.span() for m in _WORD.finditer(text)] == [
        m.span() for m in _WORD_PLAIN.finditer(text)
    ]


def test_capitalised_words_in_a_sentence() -> None:
    from disclint.rules.editorial.names import _WORD

    text = "ACME and McEwen met O'Neil, re-Elect, X.Ray, Dr. Roe and NASA at Acme-Bio."
    words = [m.group() for m in _WORD.finditer(text)]
    assert words == ["ACME", "McEwen", "Dr", "Roe", "NASA"]  # not after ' . - nor before -
    assert words == [m.group() for m in _WORD_PLAIN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES) | st.text(alphabet="ab .,;Y\n", max_size=6), max_size=12))
def test_finditer_any_of_with_line_anchors_finds_what_the_alternation_finds(
    parts: list[str],
) -> None:
    """With ``flags="(?m)"``: the alternation ``any_of_lines`` makes, whose ``^`` and ``$``
    anchor at line ends (EDT002's notes to the client)."""
    from disclint.ruledata import finditer_any_of
    from disclint.rules.editorial._text import any_of_lines

    text = " ".join(parts)
    lists = [*_word_lists(), ["^a b", "b$", "ab"], ["^(?:a|Y)\\b", "\\bb\\s*$", "tbd"]]
    for patterns in lists:
        fast = [(m.span(), m.group()) for m in finditer_any_of(patterns, text, flags="(?m)")]
        assert fast == [(m.span(), m.group()) for m in any_of_lines(patterns).finditer(text)]


def test_drafting_phrases_found_phrase_by_phrase() -> None:
    from disclint.ruledata import finditer_any_of
    from disclint.rules.editorial._text import any_of_lines, placeholders

    phrases = placeholders()["note"]["phrases"]
    text = (
        "Please note we are still finalizing executive approval of the quote.\n"
        "Client to confirm the figures. Pending client approval from the board."
    )
    fast = [m.group() for m in finditer_any_of(phrases, text, flags="(?m)")]
    assert fast == [m.group() for m in any_of_lines(phrases).finditer(text)]
    assert fast[:2] == [
        "Please note we are still finalizing",
        "Client to confirm",
    ]


def test_generic_factor_phrases_found_pattern_by_pattern() -> None:
    """FLS's generic factor phrases, tested a pattern at a time (``search_any_of``): found
    exactly where their alternation finds one."""
    from disclint.cues import compile_list
    from disclint.ruledata import load_rule_data, search_any_of

    generic = load_rule_data("fls_legend")["factors"]["generic"]
    alternation = compile_list(generic)
    items = [
        "other risks and uncertainties",
        "known and unknown risks",
        "general economic and market conditions",
        "the timing of the Phase 3 trial of AX-12",
        "our ability to raise capital, and other factors",
        "",
    ]
    found = [search_any_of(generic, item) is not None for item in items]
    assert found == [alternation.search(item) is not None for item in items]
    assert found == [True, True, True, False, False, False]


_CLAUSE_BREAK_PLAIN = re.compile(
    r";|\bwhile\b|\bwhereas\b|,\s+and\b|,\s+but\b|\bdue (?:primarily |mainly |largely )?to\b"
    r"|\bdriven\b|\battribut\w+\s+to\b|\bas a result of\b|\breflecting\b|\bbecause\b"
    r"|\bprimarily\b|\bmainly\b|\blargely\b|\boffset by\b|\bresulting from\b|\bled by\b"
    r"|\bthanks to\b|\bgenerating\b|\bwith (?:a|an|the)\b|\bincluding\b|\bon (?:a|an|the) basis\b"
    r"|\band (?:an?|the|its|our)\b",
    re.IGNORECASE,
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["while", "and the", ", and", "due to", "with a", ";", "Led by", "x"])
        | st.text(alphabet="adehilnortw ,;", max_size=8),
        max_size=12,
    )
)
def test_clause_breaks_are_the_alternations(parts: list[str]) -> None:
    """The claim reader's clause breaks, searched one by one, split a sentence where the
    alternation they were written as splits it."""
    from disclint.rules.arithmetic.claims import _clauses

    text = " ".join(parts)
    begin, plain = 0, []
    for match in _CLAUSE_BREAK_PLAIN.finditer(text):
        plain.append((begin, match.start()))
        begin = match.end()
    plain.append((begin, len(text)))
    assert _clauses(text) == plain


def test_literals_of_are_what_may_match_tests() -> None:
    from disclint.prefilter import literals_of

    for pattern in _PATTERNS:
        literals = literals_of(pattern)
        for text in ("net income rose", "adjusted ebitda", "fcf", "stock price", "nothing", ""):
            folded = fold(text)
            expected = literals is None or any(lit in folded for lit in literals)
            assert may_match(pattern, folded) == expected
    assert literals_of(_PATTERNS[3]) == ("%",)  # r"\d+%" requires its "%"
    assert literals_of(re.compile(r"\d+")) is None  # no literal required
