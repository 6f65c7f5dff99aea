"""First-character sets for ``re``'s search loop: where a pattern opens with a lookaround or
a word boundary, ``re`` finds no set of characters a match must start with, so its search
runs the whole pattern at every position of the text; with such a set it skips, in a tight
loop in C, every position where no match can start.

CPython's compiler (``re._compiler._compile_info``) looks for that set only where the
pattern's first item is a literal, a character class or an alternation of literals. This
module looks further: past zero-width items (lookarounds, ``\\b``, ``^``), into groups,
alternations of any branches and repeats (an optional item adds what may follow it). A
case-insensitive item's letters are given in both cases (ASCII only), with every non-ASCII
character added (Unicode case rules pair a few of them with ASCII letters, "K" with the
Kelvin sign). The set is only ever a necessary condition on the first character of a match:
``search``, ``finditer`` and ``sub`` find exactly what they found without it (``match``
and ``fullmatch`` do not read it). ``install`` makes ``re`` use it for every pattern
compiled after it (patterns of minimum width 0 have no set, as in CPython).

The same module speeds up case-insensitive alternations (``(?i)will|shall|may``): ``re``
skips a branch without entering it when the branch opens with a literal or a class
matched case-sensitively, but a case-insensitive letter is neither, so every branch is
entered at every position tried. ``fast_branches`` rewrites such a first letter as the
class of exactly the characters that letter matches ignoring case (``[wW]``; "i" also
matches "İ" and "ı", "k" the Kelvin sign, "s" the long s, as ``re``'s own tables say),
matched case-sensitively: the same matches, and branches that cannot match are skipped.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: Inline flags that may change inside a pattern (the first set is compiled with the
#: pattern's own: re.I is handled per item; M, S and X do not change a first character).
_FREE_FLAGS = 2 | 8 | 16 | 64  # IGNORECASE, MULTILINE, DOTALL, VERBOSE
#: Every character beyond ASCII, added to a case-insensitive item's set.
_NON_ASCII = (128, 0x10FFFF)
_installed = False


class _UnboundedError(Exception):
    """The first character of a match cannot be bounded (``.``, a negated class, ...)."""


def first_chars(pattern: Any, flags: int) -> list[tuple[Any, Any]] | None:
    """Charset items (``re._parser`` form) one of which the first character of any match
    of the parsed ``pattern`` satisfies, or ``None`` when there is no useful bound."""
    from re import _constants as c

    if flags & c.SRE_FLAG_LOCALE:
        return None
    items: list[tuple[Any, Any]] = []
    try:
        nullable = _sequence(list(pattern.data), flags, items, c)
    except (_UnboundedError, RecursionError):
        return None
    if nullable or not items:
        return None
    return _compact(items, c)


def _compact(items: list[tuple[Any, Any]], c: Any) -> list[tuple[Any, Any]] | None:
    """A set that holds every non-ASCII character as the ASCII characters it lacks,
    negated: ``re`` stores a set reaching beyond U+00FF as a table of 256-character
    blocks (some 350 bytes a pattern), a negated ASCII set as a 32-byte bitmap. ``None``
    when the set holds every character (no bound at all)."""
    if (c.RANGE, _NON_ASCII) not in items:
        return items
    covered: set[int] = set()
    for op, av in items:
        if op is c.LITERAL:
            covered.add(av)
        elif op is c.RANGE:
            covered.update(range(av[0], min(av[1], 127) + 1))
        else:  # a category: keep the set as it is (re stores it compactly)
            return items
    lacking = [(c.LITERAL, code) for code in range(128) if code not in covered]
    return [(c.NEGATE, None), *lacking] if lacking else None


def _sequence(data: list[Any], flags: int, out: list[Any], c: Any) -> bool:
    """Add the first characters of a sequence to ``out``; whether it can match empty."""
    for op, av in data:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero width: the match's first character is the next item's
        if not _item(op, av, flags, out, c):
            return False
    return True


def _item(op: Any, av: Any, flags: int, out: list[Any], c: Any) -> bool:
    """Add the first characters of one item to ``out``; whether it can match empty."""
    ignore = bool(flags & c.SRE_FLAG_IGNORECASE)
    if op is c.LITERAL:
        _literal(av, ignore, out, c)
        return False
    if op is c.IN:
        _charset(av, ignore, out, c)
        return False
    if op is c.SUBPATTERN:
        _group, add, remove, sub = av
        if (add | remove) & ~_FREE_FLAGS:
            raise _UnboundedError  # an inline ASCII/LOCALE/UNICODE changes what \w means
        inner = (flags | add) & ~remove
        return _sequence(list(sub.data), inner, out, c)
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av.data), flags, out, c)
    if op is c.BRANCH:
        nullable = False
        for branch in av[1]:
            nullable |= _sequence(list(branch.data), flags, out, c)
        return nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        nullable = _sequence(list(sub.data), flags, out, c)
        return nullable or low == 0
    raise _UnboundedError  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...


def _literal(code: int, ignore: bool, out: list[Any], c: Any) -> None:
    if not ignore:
        out.append((c.LITERAL, code))
        return
    if code >= 128:  # some pair with an ASCII letter ("K", the Kelvin sign, with "k")
        out.extend([(c.RANGE, (ord("A"), ord("Z"))), (c.RANGE, (ord("a"), ord("z")))])
        out.append((c.RANGE, _NON_ASCII))
        return
    char = chr(code)
    for variant in {char, char.lower(), char.upper()}:
        out.append((c.LITERAL, ord(variant)))
    out.append((c.RANGE, _NON_ASCII))


def _charset(items: list[Any], ignore: bool, out: list[Any], c: Any) -> None:
    if not ignore:
        if any(op is c.NEGATE for op, _ in items):
            raise _UnboundedError
        out.extend(items)
        return
    for op, av in items:
        if op is c.LITERAL:
            _literal(av, True, out, c)
        elif op is c.RANGE:
            low, high = av
            for code in range(low, min(high, 127) + 1):
                _literal(code, True, out, c)
            if high >= 128:
                _literal(high, True, out, c)
        elif op is c.CATEGORY:
            out.append((op, av))
            out.append((c.RANGE, _NON_ASCII))
        else:  # NEGATE, or an item this module does not know
            raise _UnboundedError


#: The characters an ASCII letter matches under re.IGNORECASE without re.ASCII (``re``'s
#: Unicode simple lower-case mapping and its extra cases; ``tests/test_firstchars.py``
#: checks this against every code point). With re.ASCII a letter matches its two cases.
_UNICODE_CASES = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}


def fast_branches(pattern: Any, flags: int) -> None:
    """Rewrite, in the parsed ``pattern``, each case-insensitive branch's first ASCII
    letter as the case-sensitive class of the characters it matches (see above)."""
    from re import _constants as c

    if flags & c.SRE_FLAG_LOCALE:
        return
    try:
        _walk(pattern, flags, c)
    except RecursionError:  # each rewrite is exact: stopping part way is still right
        return


def _walk(pattern: Any, flags: int, c: Any) -> None:
    for op, av in pattern.data:
        if op is c.SUBPATTERN:
            _walk(av[3], (flags | av[1]) & ~av[2], c)
        elif op is c.BRANCH:
            for branch in av[1]:
                if flags & c.SRE_FLAG_IGNORECASE and branch.data:
                    branch.data[0] = _exact(branch.data[0], branch, flags, c)
                _walk(branch, flags, c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            _walk(av[2], flags, c)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _walk(av[1], flags, c)
        elif op is c.ATOMIC_GROUP:
            _walk(av, flags, c)
        elif op is c.GROUPREF_EXISTS:
            _walk(av[1], flags, c)
            if av[2] is not None:
                _walk(av[2], flags, c)


def _exact(item: tuple[Any, Any], branch: Any, flags: int, c: Any) -> tuple[Any, Any]:
    """A branch's first item, a case-insensitive ASCII letter or class of ASCII characters,
    as a case-sensitive class of the same characters; any other item as it is."""
    op, av = item
    if op is c.LITERAL:
        members = [av]
    elif op is c.IN and all(kind in (c.LITERAL, c.RANGE) for kind, _ in av):
        members = []
        for kind, value in av:
            members.extend([value] if kind is c.LITERAL else range(value[0], value[1] + 1))
            if len(members) > 128:
                return item
    else:
        return item
    if any(code >= 128 for code in members):
        return item
    chars: set[str] = set()
    for code in members:
        letter = chr(code).lower()
        if not letter.isalpha():
            chars.add(letter)
        elif flags & c.SRE_FLAG_ASCII:
            chars.update((letter, letter.upper()))
        else:
            chars.update(_UNICODE_CASES.get(letter, letter + letter.upper()))
    from re import _parser

    inner = _parser.SubPattern(branch.state, [(c.IN, [(c.LITERAL, ord(x)) for x in sorted(chars)])])
    return (c.SUBPATTERN, (None, 0, c.SRE_FLAG_IGNORECASE, inner))


def install() -> None:
    """Make ``re``'s compiler use ``first_chars`` where it finds no prefix of its own (once
    per process; a no-op if ``re``'s private compiler is not what this module expects)."""
    global _installed, _original, _original_code
    if _installed:
        return
    _installed = True
    try:
        import re._compiler as compiler  # type: ignore[import-not-found]
    except ImportError:
        return
    original = getattr(compiler, "_get_charset_prefix", None)
    if original is None:
        return
    code = getattr(compiler, "_code", None)
    if code is None:
        return
    _original, _original_code = original, code
    compiler._get_charset_prefix = charset_prefix

    def code_with_fast_branches(p: Any, flags: int) -> Any:
        fast_branches(p, p.state.flags | flags)
        return code(p, flags)

    compiler._code = code_with_fast_branches


#: ``re``'s own ``_get_charset_prefix`` and ``_code``, once ``install`` has replaced them.
_original: Any = None
_original_code: Any = None


def charset_prefix(pattern: Any, flags: int) -> Any:
    """``re``'s first-character set of a parsed pattern, else ``first_chars``'s, bounded
    exactly on Latin-1 (``latin1_bound``)."""
    found = _original(pattern, flags) if _original is not None else None
    if found is None:
        found = first_chars(pattern, flags)
    return latin1_bound(found, flags)


def latin1_bound(items: list[tuple[Any, Any]] | None, flags: int) -> Any:
    """A first-character set that ``re`` tests fast: exact on the first 256 characters,
    every character beyond them let through, stored as the Latin-1 characters it lacks,
    negated (a 32-byte bitmap and one negation).

    ``re`` tests the set at every position a search passes. A set holding a category
    (``\\d``, ``\\w``, ``\\s``) or a character beyond Latin-1 is compiled as a table of
    256-character blocks followed by the category, and a character outside the table (a
    space, most punctuation) is tested against both: about 50 instructions a character, a
    tenth of a corpus run's instructions (``sre_search``'s calls of the charset test). The
    bitmap answers in about 10; a character beyond Latin-1 (a curly quote, a dash) now
    lets ``re`` try a match there, which fails where the set would have. Being a superset,
    the set changes no match. A set of Latin-1 characters only, a negated set, a locale
    pattern or an item this function does not know is returned as it is."""
    if items is None:
        return None
    from re import _constants as c

    if flags & c.SRE_FLAG_LOCALE or any(op is c.NEGATE for op, _ in items):
        return items
    members = bytearray(256)
    wide = False
    for op, av in items:
        if op is c.LITERAL:
            if av < 256:
                members[av] = 1
            else:
                wide = True
        elif op is c.RANGE:
            low, high = av
            for code in range(low, min(high, 255) + 1):
                members[code] = 1
            wide |= high > 255
        elif op is c.CATEGORY and getattr(av, "name", None) in _CATEGORY_CLASSES:
            for code in _category_members(av.name, bool(flags & c.SRE_FLAG_UNICODE)):
                members[code] = 1
            wide = True  # a category may hold characters beyond Latin-1
        else:
            return items
    if not wide:
        return items  # ``re`` makes a bitmap of it already
    lacking: list[tuple[Any, Any]] = []  # runs of the characters it lacks
    code = 0
    while code < 256:
        if members[code]:
            code += 1
            continue
        end = code
        while end + 1 < 256 and not members[end + 1]:
            end += 1
        lacking.append((c.LITERAL, code) if end == code else (c.RANGE, (code, end)))
        code = end + 1
    return [(c.NEGATE, None), *lacking] if lacking else None


#: What each category of a parsed pattern matches, character by character, as ``re``'s
#: matcher decides it (``_sre``: with Unicode patterns ``str.isdecimal``, ``isspace``,
#: ``isalnum`` or "_"; with ``re.ASCII`` C's ``isdigit``, ``isspace``, ``isalnum`` or "_"
#: below 128). Written without ``re``: this runs inside ``re``'s compiler.
#: ``tests/test_firstchars.py`` compares it with ``re`` on every Latin-1 character.
_ASCII_DIGITS = frozenset("0123456789")
_ASCII_SPACES = frozenset(" \t\n\r\x0b\x0c")
_ASCII_WORD = frozenset("_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CATEGORY_CLASSES: dict[str, tuple[Any, frozenset[str], bool]] = {
    "CATEGORY_DIGIT": (str.isdecimal, _ASCII_DIGITS, False),
    "CATEGORY_NOT_DIGIT": (str.isdecimal, _ASCII_DIGITS, True),
    "CATEGORY_SPACE": (str.isspace, _ASCII_SPACES, False),
    "CATEGORY_NOT_SPACE": (str.isspace, _ASCII_SPACES, True),
    "CATEGORY_WORD": (lambda char: char.isalnum() or char == "_", _ASCII_WORD, False),
    "CATEGORY_NOT_WORD": (lambda char: char.isalnum() or char == "_", _ASCII_WORD, True),
}


@cache  # twelve answers, asked for every pattern compiled anew
def _category_members(category: str, unicode: bool) -> tuple[int, ...]:
    """The Latin-1 characters ``category`` matches (as ``re`` matches it: Unicode or ASCII)."""
    test, ascii_members, negated = _CATEGORY_CLASSES[category]
    found = []
    for code in range(256):
        char = chr(code)
        inside = bool(test(char)) if unicode else char in ascii_members
        if inside != negated:
            found.append(code)
    return tuple(found)
