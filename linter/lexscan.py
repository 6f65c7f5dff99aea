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

Some terminals are decided by what a lookahead finds anywhere in the line ("forward-looking"
in the first 700 characters, "accepts no responsibility" in the first 200): the union tries
them, position by position, on every block, and over the corpus they were half of the
lexer's work. ``share_root_scanner(parser, gated=...)`` names such terminals; each gets the
literals one of which its line must hold when it matches (``linegate.line_literals``: a
necessary condition, read from the terminal's own pattern), and a line that holds none of
the gated terminals' literals is matched with a second union of the root's terminals without
them. That union returns what the root's returns (the first branch that matches, and the
ones left out cannot match there); a line that holds a literal gets the root's union.
"""

from __future__ import annotations

from typing import Any

#: A state with at most this fraction (1/SMALL_STATE) of the root's terminals keeps its own
#: union: the release grammar's state after a block accepts only the line break, and the
#: root's union would try every one of its branches at each line break (a 1-branch union
#: costs nothing to build).
SMALL_STATE = 4


def share_root_scanner(parser: Any, gated: tuple[str, ...] = ()) -> None:
    """Make the states' lexers of ``parser`` (a ``Lark`` of the stand-alone runtime, LALR
    with the contextual lexer) match with the root lexer's union first; ``gated``: terminals
    left out of that union on a line without their literals (see the module). Left alone
    when the parser is not of that shape or a lexer has callbacks (which the union would
    skip)."""
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
    if any(getattr(basic, "_scanner", None) is not None for basic in basics):
        return  # a union already built (its callbacks set): leave the lexers as they are
    shared = _Root(root, gated)
    for basic in basics[1:]:
        if len(basic.terminals) * SMALL_STATE <= len(root.terminals):
            continue  # a state that expects a line break: its own tiny union is faster
        basic.callback = {}  # what ``_build_scanner`` sets when no terminal needs one
        basic.match = _state_match(shared, basic)


def _plain(basic: Any) -> bool:
    """A lexer of regular-expression and string terminals without user callbacks."""
    terminals = getattr(basic, "terminals", None)
    if terminals is None or getattr(basic, "user_callbacks", None):
        return False
    kinds = {getattr(t.pattern, "type", None) for t in terminals}
    # on the class: the instance's ``scanner`` would compile the state's union
    return kinds <= {"re", "str"} and hasattr(type(basic), "scanner")


class _Root:
    """The root lexer's union, read on first use. Lark decides string terminals that a
    regular expression of the same priority also matches by a callback after the match
    ("unless"), and leaves such strings out of the union; where the root needs none, no
    state does (a state's pairs of terminals are some of the root's), and every state's
    union is its terminals in the root's order. Where the root needs one (or its
    terminals outnumber ``re``'s groups, so that its scanner holds several patterns), the
    states keep their own unions."""

    __slots__ = ("gate", "gated", "lexer", "match")

    def __init__(self, lexer: Any, gated: tuple[str, ...] = ()) -> None:
        self.lexer = lexer
        self.gated = gated
        self.match: Any = None  # the union's ``match``; False: the states match alone
        self.gate: _LineGate | None = None

    def ready(self) -> Any:
        if self.match is None:
            lexer = self.lexer
            scanner = lexer.scanner  # builds the union and the root's callbacks
            same = [t.name for t in scanner.terminals] == [t.name for t in lexer.terminals]
            shared = same and not lexer.callback and len(scanner._mres) == 1
            self.match = scanner._mres[0].match if shared else False
            if shared and self.gated and not scanner.use_bytes:
                self.gate = _LineGate(scanner, self.gated, self.match)
        return self.match


#: A document shorter than this (in the block view) is matched with the root's union alone:
#: the gate's second union and its literals are made on the first longer document, so a
#: check of one short release (a hook's usual run) pays nothing for them; over the corpus
#: the longer documents hold three quarters of the blocks.
GATED_MIN_LENGTH = 4096


class _LineGate:
    """The root's union and the union without the gated terminals, and the literals one of
    which a line must hold for a gated terminal to match at its start (both made on first
    use: ``GATED_MIN_LENGTH``)."""

    __slots__ = ("full", "gated", "literals", "reduced", "scanner")

    def __init__(self, scanner: Any, gated: tuple[str, ...], full: Any) -> None:
        self.scanner = scanner
        self.gated = gated
        self.full = full
        self.literals: tuple[str, ...] | None = None
        self.reduced: Any = None

    def choose(self, text: str, pos: int, end: int) -> Any:
        """The union to match at ``pos``: the reduced one when the line from ``pos`` (to
        the next line break or ``end``) holds none of the literals."""
        if len(text) < GATED_MIN_LENGTH:
            return self.full
        literals = self.literals
        if literals is None:
            literals = self._prepare()
        from disclint.prefilter import fold_once

        stop = text.find("\n", pos, end)
        line = fold_once(text[pos : end if stop < 0 else stop])
        for literal in literals:
            if literal in line:
                return self.full
        return self.reduced

    def _prepare(self) -> tuple[str, ...]:
        """Read the gated terminals' literals and compile the union without those that
        have some (a terminal without any stays in it); no literal at all: the root's union
        is used for every line (``reduced`` is the root's)."""
        from disclint.linegate import stored_line_literals
        from disclint.prefilter import _minimal

        scanner = self.scanner
        flags = scanner.g_regex_flags
        literals: set[str] = set()
        left_out: set[str] = set()
        for terminal in scanner.terminals:
            if terminal.name not in self.gated:
                continue
            found = stored_line_literals(_branch(terminal), flags)
            if found is not None:
                literals.update(found)
                left_out.add(terminal.name)
        if left_out:
            kept = [t for t in scanner.terminals if t.name not in left_out]
            self.reduced = scanner.re_.compile("|".join(_branch(t) for t in kept), flags).match
        else:
            self.reduced = self.full
        self.literals = _minimal(literals)
        return self.literals


def _branch(terminal: Any) -> str:
    """``terminal``'s branch of a union, as Lark's ``Scanner`` writes it."""
    return f"(?P<{terminal.name}>{terminal.pattern.to_regexp()})"


def _state_match(root: _Root, basic: Any) -> Any:
    """``basic.match``: the root's union first, the state's own only for a terminal the
    state does not accept (or for every token, where the root's union cannot be shared).
    The first call puts the matcher that applies in its place."""
    allowed = frozenset(t.name for t in basic.terminals)
    own = type(basic).match

    def first(text: Any, pos: int) -> tuple[str, str] | None:
        union = root.ready()
        if union is False:
            del basic.match  # the class's own method again
        else:
            basic.match = _shared(union, allowed, own, basic, root.gate)
        found: tuple[str, str] | None = basic.match(text, pos)
        return found

    return first


def _shared(
    union: Any, allowed: frozenset[str], own: Any, basic: Any, gate: _LineGate | None = None
) -> Any:
    def match(text: Any, pos: int) -> tuple[str, str] | None:
        scan = union if gate is None else gate.choose(text.text, pos, text.end)
        found = scan(text.text, pos, text.end)
        if found is None:
            return None  # none of the state's terminals matches either
        name = found.lastgroup
        if name in allowed:
            return found.group(0), name  # the state's union would give the same
        state_found: tuple[str, str] | None = own(basic, text, pos)
        return state_found

    return match
