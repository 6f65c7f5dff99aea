"""A Markdown line whose first character (after spaces and tabs) opens no block markup is
read as paragraph text without trying each line pattern (``markdown.MARKUP_LEADS``): the
same blocks, text, offsets and comments as trying them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclint.readers import markdown
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
]


def _outcome(raw: str) -> object:
    source = markdown.read(raw, "x.md")
    blocks = [(b.kind, b.level, b.start, b.end, b.rows) for b in source.blocks]
    return (source.text, blocks, list(source.origin), repr(source.comments))


def _both(raw: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    fast = _outcome(raw)
    with monkeypatch.context() as patch:
        patch.setattr(markdown, "MARKUP_LEADS", _Everything())
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
    paths = [p for folder in (EXAMPLES, FIXTURES) for p in sorted(Path(folder).rglob("*.md"))]
    assert paths
    for path in paths:
        fast, slow = _both(path.read_text(encoding="utf-8"), monkeypatch)
        assert fast == slow, path.name
