"""The release grammar's gated terminals (``grammar/release.lark``: ``CONTACT_PARAGRAPH``'s
card branches, ``MORE_INFO``) match exactly the lines the same terminals match without
their gates. Each gate is a lookahead that a match implies ("@" or a digit, a label word,
the opening phrase's first letter): it only lets a line that cannot match fail sooner."""

from __future__ import annotations

import re

import pytest

from disclint import grammars

#: Each gate as the terminal's regular expression holds it (after Lark's conversion).
_GATES = {
    "CONTACT_PARAGRAPH": (
        "(?=[^\n]*[@\\d])(?=[^\n]*(?i:relations|contact|mail|tel|phone))",
        "(?=[^\n]*@)",
    ),
    "MORE_INFO": ("(?=[FLMT])",),
}

#: Invented blocks in the block view: contact cards, sentences that point the reader on,
#: near misses (an address or a number without a label word, a label word without either),
#: long lines, lines in capitals and lines with line breaks (shown as \x1f).
_LINES = [
    "p Media contact: Jane Roe, jane.roe@norvale.example, +1 (415) 555-0134",
    "p Investor Relations\x1fNorvale Mining Corp.\x1fir@norvale.example\x1f(604) 555-0199",
    "p Jane Roe\x1fjane@norvale.example\x1f604-555-0199",
    "p Contact: Jane Roe at 604.555.0199",
    "p For more information, please contact Jane Roe at jane@norvale.example.",
    "p For more information, visit www.norvale.example.",
    "p For more information, please visit https://norvale.example or call 604-555-0199.",
    "li Learn more: see https://norvale.example/investors",
    "p To learn more, go to www.norvale.example",
    "p More information is available at https://norvale.example",
    "p Revenue rose 12% to $5.2 million in the quarter ended March 31, 2026.",
    "p Send questions to questions@norvale.example before the meeting.",
    "p The company will contact shareholders by mail in the coming weeks.",
    "p PHONE: 604 555 0199 EMAIL: IR@NORVALE.EXAMPLE",
    "p TEL. 604 555 0199",
    "p Ms. Roe can be reached by telephone at 604-555-0199.",
    "h2 Contacts",
    "p " + "Norvale Mining reported steady output across its mines. " * 8,
    "p " + "Norvale ir@norvale.example 604-555-0199 " * 9,
    "p Telephone 604-555-0199",
]


def _ungated(name: str, pattern: str) -> str:
    for gate in _GATES[name]:
        assert gate in pattern, (name, gate)
        pattern = pattern.replace(gate, "", 1)
    return pattern


@pytest.mark.parametrize("name", sorted(_GATES))
def test_gated_terminals_match_the_same_lines(name: str) -> None:
    lexer = grammars.load("release").parser.lexer.root_lexer
    [terminal] = [t for t in lexer.terminals if t.name == name]
    gated_source = terminal.pattern.to_regexp()
    gated = re.compile(gated_source, lexer.g_regex_flags)
    plain = re.compile(_ungated(name, gated_source), lexer.g_regex_flags)
    matched = 0
    for line in _LINES:
        text = line + "\n"
        found, expected = gated.match(text), plain.match(text)
        assert (found and found.span()) == (expected and expected.span()), line
        matched += expected is not None
    assert matched >= 3  # the lines exercise the branches, not only their failures
