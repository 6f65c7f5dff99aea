"""``disclint.linegate``: the literals a line must hold for a pattern to match at its start,
and the release lexer's gate built on them (``lexscan``: a line without the gated
terminals' literals is matched with a union without them). A line where a gated terminal
matches is never given the smaller union."""

from __future__ import annotations

import re
from typing import Any

import pytest

from disclint import grammars, lark_standalone, lexscan
from disclint.lexscan import share_root_scanner
from disclint.linegate import line_literals, may_read_newline
from disclint.prefilter import fold
from tests.test_grammars import _inputs, _parse


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        # a lookahead's literals count: what it matches starts where the pattern stands
        (r"p (?=[^\n]{0,700}?forward[- ]looking)[^\n]*", ("forward",)),
        (r"(?i:Safe Harbor|Cautionary Note)", ("safe harbor", "cautionary note")),
        # a lookbehind or a negative lookahead requires nothing
        (r"(?<=about )\d", None),
        (r"(?!about)\d", None),
        # reading stops at an item that may match a line break: "statement" may be on the
        # next line, so only "forward" is the line's
        (r"forward\s+looking\s+statement", ("forward",)),
        (r"forward.*statement", ("forward",)),
        (r"forward[^x]statement", ("forward",)),
        (r"forward[^\n\x1f]{0,9}statement", ("statement",)),
        (r"forward\nstatement", ("forward",)),
        # an optional part requires nothing; an alternation the union of its branches
        (r"(?:advice)?xy", ("xy",)),
        (r"(?:urged|advised) to", ("urged", "advised")),
        (r"(?:urged|\d+) to", (" to",)),
        (r"\d+", None),
        (r"(?P<n>ab)(?P=n)cdef", ("ab",)),
    ],
)
def test_line_literals(pattern: str, literals: tuple[str, ...] | None) -> None:
    assert line_literals(pattern) == literals


@pytest.mark.parametrize(
    "cls",
    [
        *(r"[\s]", r"[\S]", r"[\w]", r"[\W]", r"[\d]", r"[\D]", r"[^\n]", r"[^\s]", r"[^\S]"),
        *(r"[^a]", r"[\x00-\x1f]", r"[^\x00-\x1f]", r"[a-z]", r"[^\n\x1f]", r"[\n]", r"[^\w]"),
        *(r"[^\W]", r"\s", r"\D", r".", r"(?s:.)", r"\n", r"[xy]", r"[^\n]+", r"(?:\n|x)"),
        r"(?:a|b\s)",
    ],
)
def test_reading_stops_at_an_item_that_may_match_a_line_break(cls: str) -> None:
    """A literal after an item that matches "\n" may lie on the next line: never taken
    (an item that cannot may still stop the reading: a necessary condition only)."""
    found = line_literals(f"abc{cls}defgh")
    if re.search(cls, "\n"):
        assert found == ("abc",)
    else:
        assert found in (("abc",), ("defgh",))


@pytest.mark.parametrize(
    "cls", [r"[\s]", r"[\W]", r"[\D]", r"[^a]", r"[\x00-\x1f]", r"[^\S]", r"[^\w]", r"[\n]"]
)
def test_a_class_that_matches_a_line_break_is_told(cls: str) -> None:
    import re._parser as parser  # type: ignore[import-not-found]

    [(op, items)] = list(parser.parse(cls + "x", 0))[:1]
    if str(op) == "IN":
        assert may_read_newline(list(items))


def _gated_terminals() -> list[Any]:
    root = grammars.load("release").parser.lexer.root_lexer
    return [t for t in root.terminals if t.name in grammars.GATED_TERMINALS]


def test_every_gated_terminal_has_line_literals() -> None:
    """A terminal named for the gate without literals would be left in the small union
    (correct, but then naming it saves nothing)."""
    scanner = grammars.load("release").parser.lexer.root_lexer.scanner
    gated = _gated_terminals()
    assert {t.name for t in gated} == set(grammars.GATED_TERMINALS)
    for terminal in gated:
        source = f"(?P<{terminal.name}>{terminal.pattern.to_regexp()})"
        assert line_literals(source, scanner.g_regex_flags), terminal.name


#: Lines each of the gated terminals matches (in the block view: the kind, a space, the
#: text), in capitals, mixed case and with the words where the lookaheads find them.
_MATCHING = [
    "p Forward-Looking Statements",
    "h2 FORWARD-LOOKING STATEMENTS",
    "p SAFE HARBOR STATEMENT",
    "p Cautionary Note Regarding Forward-Looking Statements: This release contains ...",
    "p This press release contains forward-looking statements within the meaning of the "
    "Private Securities Litigation Reform Act of 1995, which involve risks.",
    "p Statements in this release that are not historical are forward-looking information "
    "and actual results may differ materially.",
    "li Neither the TSX Venture Exchange nor its Regulation Services Provider accepts "
    "responsibility for the adequacy or accuracy of this release.",
    "p OTC Markets Group takes no responsibility for the content of this release.",
    "p This article is not investment advice.",
    "p Notes to editors: the photographs are available on request.",
    "p Photos accompanying this announcement are available at https://example.com/p",
    "p Investors and security holders are urged to read the proxy statement when filed.",
    "p The company urges all shareholders to carefully read the materials.",
    "p SAFE HARBOUR: Statements in this release ...",
]


def test_a_line_a_gated_terminal_matches_holds_its_literals() -> None:
    """For every line above that a gated terminal matches on its own, the line holds one of
    that terminal's line literals (so the gate gives it the root's union)."""
    scanner = grammars.load("release").parser.lexer.root_lexer.scanner
    flags = scanner.g_regex_flags
    matched = set()
    for terminal in _gated_terminals():
        source = f"(?P<{terminal.name}>{terminal.pattern.to_regexp()})"
        literals = line_literals(source, flags)
        assert literals is not None
        pattern = re.compile(source, flags)
        for line in _MATCHING:
            if pattern.match(line + "\n"):
                matched.add(terminal.name)
                assert any(literal in fold(line) for literal in literals), (terminal.name, line)
    assert matched == set(grammars.GATED_TERMINALS)


def test_the_gate_gives_the_same_trees_and_uses_the_smaller_union(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The examples, the fixtures and made-up block sequences (with the lines above mixed
    in) parse to the same trees with the gate as with the plain per-state lexers, and most
    lines are matched with the smaller union (every document gated, however short)."""
    monkeypatch.setattr(lexscan, "GATED_MIN_LENGTH", 0)
    gated = lark_standalone.load("release")
    share_root_scanner(gated, gated=grammars.GATED_TERMINALS)
    plain = lark_standalone.load("release")
    chosen: list[bool] = []
    original = lexscan._LineGate.choose

    def choose(self: Any, text: str, pos: int, end: int) -> Any:
        union = original(self, text, pos, end)
        chosen.append(union is self.reduced)
        return union

    views = _inputs()["release"]
    views += ["p Acme Corp. announced a result.\n" + line + "\np ###\n" for line in _MATCHING]
    lexscan._LineGate.choose = choose  # type: ignore[method-assign]
    try:
        for text in views:
            assert _parse(gated, text) == _parse(plain, text), text[:80]
    finally:
        lexscan._LineGate.choose = original  # type: ignore[method-assign]
    assert chosen.count(True) > chosen.count(False) > 0


def test_a_short_document_is_matched_with_the_root_union_alone() -> None:
    """A document shorter than ``GATED_MIN_LENGTH`` is not gated: the gate's literals and
    second union are not even made (a one-file check of a short release pays nothing)."""
    parser = lark_standalone.load("release")
    share_root_scanner(parser, gated=grammars.GATED_TERMINALS)
    short = "p Acme Corp. announced a result.\np Revenue rose 5%.\n"
    assert len(short) < lexscan.GATED_MIN_LENGTH
    parser.parse(short)
    gates = {
        id(cell.cell_contents): cell.cell_contents
        for state in parser.parser.lexer.lexers.values()
        for cell in getattr(vars(state).get("match"), "__closure__", None) or ()
        if isinstance(cell.cell_contents, lexscan._LineGate)
    }
    assert gates and all(g.literals is None and g.reduced is None for g in gates.values())
    long = short * (lexscan.GATED_MIN_LENGTH // len(short) + 1)
    assert _parse(parser, long) == _parse(lark_standalone.load("release"), long)
    assert all(g.literals and g.reduced is not None for g in gates.values())
