"""One scanner for every state of a contextual lexer.

Lark's contextual lexer gives each parser state its own lexer, and each lexer compiles its
own union of the terminals that state accepts: the release grammar's states make ten or so
unions of nearly the same twenty terminals (about 140 KB of compiled code each), and a
one-file check loaded every one of them from the pattern cache (about a fifth of all the
pattern code a cold check loads).

Every state's lexer orders its terminals by the same key (priority, width, length, name),
so a state's terminals are the root lexer's list with some left out, in the same order. A
union returns the first branch that matches at the position; so when the root lexer's first
matching terminal is one the state accepts, the state's own union would have returned that
same terminal with the same text (every terminal before it in the state's list is also
before it in the root's, and none of those matched). Only when the root's terminal is one
the state does not accept is the state's own union asked (compiled then, as before). The
tokens are the same; ``tests/test_lexscan.py`` compares both on the examples and fixtures.
"""

from __future__ import annotations

from typing import Any


def share_root_scanner(parser: Any) -> None:
    """Make the states' lexers of ``parser`` (a ``Lark`` of the stand-alone runtime, LALR
    with the contextual lexer) match with the root lexer's union first. Left alone when the
    parser is not of that shape or a lexer has callbacks (which the union would skip)."""
    lexer = getattr(getattr(parser, "parser", None), "lexer", None)
    root = getattr(lexer, "root_lexer", None)
    states = getattr(lexer, "lexers", None)
    if root is None or not isinstance(states, dict):
        return
    basics = [root, *{id(b): b for b in states.values()}.values()]
    if not all(_plain(basic) for basic in basics):
        return
    order = {terminal.name: index for index, terminal in enumerate(root.terminals)}
    for basic in basics:
        names = [t.name for t in basic.terminals]
        if any(name not in order for name in names):
            return
        if names != sorted(names, key=order.__getitem__):
            return  # not the root's order: the argument above does not hold
    for basic in basics:
        basic.callback = {}  # what ``_build_scanner`` sets for plain terminals
    for basic in basics[1:]:
        basic.match = _state_match(root, basic)


def _plain(basic: Any) -> bool:
    """A lexer whose terminals are all regular expressions, without user callbacks: its
    scanner is the plain union of its terminals and its ``callback`` table is empty."""
    terminals = getattr(basic, "terminals", None)
    if terminals is None or getattr(basic, "user_callbacks", None):
        return False
    kinds = {getattr(t.pattern, "type", None) for t in terminals}
    # on the class: the instance's ``scanner`` would compile the state's union
    return kinds <= {"re"} and hasattr(type(basic), "scanner")


def _state_match(root: Any, basic: Any) -> Any:
    """``basic.match``: the root's union first, the state's own only for a terminal the
    state does not accept. The root's union is compiled on the first call (its scanner is
    one pattern unless the terminals outnumber ``re``'s groups: then the scanner's own
    loop is used)."""
    allowed = frozenset(t.name for t in basic.terminals)
    own = type(basic).match
    union: list[Any] = []

    def match(text: Any, pos: int) -> tuple[str, str] | None:
        if not union:
            mres = root.scanner._mres
            union.append(mres[0].match if len(mres) == 1 else None)
        one = union[0]
        found: tuple[str, str] | None
        if one is None:
            found = root.match(text, pos)
        else:
            m = one(text.text, pos, text.end)
            found = None if m is None else (m.group(0), m.lastgroup)
        if found is None or found[1] in allowed:
            return found  # none of the state's terminals matches either, or the same one
        state_found: tuple[str, str] | None = own(basic, text, pos)
        return state_found

    return match
