"""The states of the release grammar's contextual lexer match with the root lexer's union
(``disclint.lexscan``): the same tokens as each state's own union, and the states' unions
are compiled only where the root's terminal is one the state does not accept."""

from __future__ import annotations

from typing import Any

from disclint import grammars, lark_standalone
from disclint.lexscan import share_root_scanner
from tests.test_grammars import _inputs, _parse


def _states(parser: Any) -> list[Any]:
    lexer = parser.parser.lexer
    return list({id(b): b for b in lexer.lexers.values()}.values())


def test_shared_scanner_gives_the_states_tokens() -> None:
    """Every view of the examples, the fixtures and 300 made-up block sequences, plus
    lines a state does not accept (a social-media label outside an About, an About's
    channels after a legend): the same trees, tokens and positions as the plain parser."""
    shared = grammars.load("release")
    plain = lark_standalone.load("release")
    views = _inputs()["release"]
    views += [
        "p Acme Corp. announced a result.\np Follow us:\np X - https://x.com/acme\n",
        "h2 About Acme\np Acme makes anvils.\np Follow us on social media:\n"
        "li https://x.com/acme\np Connect with us:\n",
        "p Forward-Looking Statements\np This release contains forward-looking statements"
        " within the meaning of the Private Securities Litigation Reform Act.\n"
        "p Follow us:\np ###\n",
    ]
    for text in views:
        assert _parse(shared, text) == _parse(plain, text), text[:80]


def test_states_compile_their_own_union_only_when_needed() -> None:
    """Only the root's union and the tiny one of the state that expects a line break."""
    parser = lark_standalone.load("release")
    share_root_scanner(parser)
    parser.parse("p Acme Corp. announced a result.\np Revenue rose 5%.\n")
    built = [state for state in _states(parser) if state._scanner is not None]
    assert [[t.name for t in state.terminals] for state in built] == [["_NL"]]
    # A social-media link in the body: the root's first match is SOCIAL_LINK, which only
    # an About's state accepts; the body's state asks its own union (a paragraph).
    tree = parser.parse("p Acme Corp. announced a result.\np X - https://x.com/acme\n")
    assert [c.children[0].type for c in tree.children] == ["PARAGRAPH", "PARAGRAPH"]
    assert any(state._scanner is not None for state in _states(parser))


def test_string_terminals_without_unless_callbacks_share_the_root_union() -> None:
    """The dateline grammar has string terminals ("(", ")") that no regular expression of
    their priority matches: no "unless" callback, so its states can share the root's union
    (``grammars.load`` does not: see there) and give the same trees."""
    shared = lark_standalone.load("dateline")
    share_root_scanner(shared)
    plain = lark_standalone.load("dateline")
    root = shared.parser.lexer.root_lexer
    large = [s for s in _states(shared) if len(s.terminals) * 4 > len(root.terminals)]
    assert large and all("match" in vars(state) for state in large)
    for text in _inputs()["dateline"]:
        assert _parse(shared, text) == _parse(plain, text), text[:80]


def test_a_root_that_needs_unless_callbacks_leaves_the_states_alone() -> None:
    """Lark decides a keyword that a name pattern also matches by a callback after the
    match; with one, each state keeps its own union (and its own callbacks)."""
    from lark import Lark

    grammar = """
        start: stmt+
        stmt: "if" NAME ";" | NAME "=" NAME ";"
        NAME: /[a-z]+/
        %ignore " "
    """
    texts = ["if x;", "a = b;", "if if;", "ab = if;", "x = y; if z;", "if = x;"]

    def tokens(parser: Any, text: str) -> Any:
        try:
            return [(t.type, str(t)) for t in parser.parse(text).scan_values(lambda v: True)]
        except Exception as exc:
            return type(exc).__name__

    plain = Lark(grammar, parser="lalr", lexer="contextual")
    shared = Lark(grammar, parser="lalr", lexer="contextual")
    share_root_scanner(shared)
    for text in texts:
        assert tokens(shared, text) == tokens(plain, text), text
    assert any(state._scanner is not None for state in _states(shared))
