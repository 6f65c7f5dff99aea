"""A Markdown line whose first character (after spaces and tabs) opens no block markup is
read as paragraph text without trying each line pattern (``markdown.MARKUP_LEADS``), and a
span without a character an inline construct starts with is copied without the inline
scans (``markdown.INLINE_START``): the same blocks, text, offsets and comments as trying
them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclint.readers import inline, markdown, text
from tests.conftest import EXAMPLES, FIXTURES

LINES = [
    "Acme Corp. announced results.",
    "   indented text",
    "\ttabbed text",
    "\u00a0# a no-break space before a hash is text",
    "\f- a form feed before a dash",
    "٣. an Arabic-Indic digit item",
    "3) a numbered item",
    "12. another",
    "disclint: disable=EDT001",
    "<!-- disclint: disable=EDT002 -->",
    "[disclint: disable-next-line]",
    "dashes follow",
    "# Heading",
    "   ### Heading three",
    "Setext heading",
    "===",
    "Another",
    "---",
    "* * *",
    "_ _ _",
    "| a | b |",
    "|---|---|",
    "> quoted",
    "+ plus item",
    "• bullet",
    "```",
    "code",
    "```",
    "~~~",
    "[ref]: https://example.com",
    "<!-- a comment",
    "spanning lines -->",
    "Émile wrote this.",
    "“Quoted,” said Jane.",
    "*emphasis* at the start",
    "_underscore_ start",
    "AT&amp;T &copy; 2024 &bogus; \\$5 \\* <b>bold</b> <br> x<br/>y `code` ![img](a.png)",
    "[link text](https://x.example) <https://x.example> <ir@acme.example> snake_case_name",
    "a*b*c and 2 * 3 * 4 and **strong** and __strong__ and a_b_",
    "plain words only, with punctuation: commas, periods. (Parentheses) 50% $3.",
]


def _outcome(raw: str) -> object:
    """What the Markdown and the plain-text readers make of ``raw`` (the text reader
    shares ``inline.copy_inline`` and its shortcut)."""
    made = []
    for source in (markdown.read(raw, "x.md"), text.read(raw, "x.txt")):
        blocks = [(b.kind, b.level, b.start, b.end, b.rows) for b in source.blocks]
        made.append((source.text, blocks, list(source.origin), repr(source.comments)))
        made.append(repr(source.artifacts))
    return made


def _both(raw: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    fast = _outcome(raw)
    with monkeypatch.context() as patch:
        patch.setattr(markdown, "MARKUP_LEADS", _Everything())
        patch.setattr(markdown, "INLINE_START", re.compile(""))  # always "may start"
        patch.setattr(inline, "INLINE_START", re.compile(""))
        slow = _outcome(raw)
    return fast, slow


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def test_made_up_lines_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    for joiner in ("\n", "\n\n"):
        raw = joiner.join(LINES) + "\n"
        fast, slow = _both(raw, monkeypatch)
        assert fast == slow


def test_examples_and_fixtures_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [
        p
        for folder in (EXAMPLES, FIXTURES)
        for p in sorted(Path(folder).rglob("*"))
        if p.suffix in (".md", ".txt")
    ]
    assert paths
    for path in paths:
        fast, slow = _both(path.read_text(encoding="utf-8"), monkeypatch)
        assert fast == slow, path.name
