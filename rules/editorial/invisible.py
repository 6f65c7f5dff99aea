"""EDT008: invisible and control characters in the text (U+FEFF inside it, U+200B)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from disclint.api import (
    Applicability,
    Edit,
    Finding,
    Fix,
    Rule,
    RuleContext,
    excerpt,
    outside_text,
    rule,
)
from disclint.rules.editorial._text import placeholders

#: Characters a text release may hold that are not printed: tab, line ends, form feed.
_LAYOUT = "\t\n\r\f"
_JOINERS = {"\u200c", "\u200d"}


def _kind(char: str) -> str | None:
    """What an invisible character is, or ``None`` if it is visible or layout."""
    name = placeholders()["invisible"].get(f"{ord(char):04X}")
    if name:
        return str(name)
    if char in _LAYOUT:
        return None
    if unicodedata.category(char) == "Cc":
        return f"control character U+{ord(char):04X}"
    return None


@cache
def _candidates() -> re.Pattern[str]:
    """One character class of everything ``_kind`` may name (the data file's invisible
    characters and the C0/C1 controls), so the rule visits those characters only instead
    of calling ``_kind`` on every character of the release (a tenth of a corpus run)."""
    listed = "".join(re.escape(chr(int(code, 16))) for code in placeholders()["invisible"])
    return re.compile(f"[{listed}\x00-\x1f\x7f-\x9f]")


def _in_mojibake(text: str, index: int) -> bool:
    """A C1 control (U+0080-U+009F) right after "â" or "Ã" is a byte of UTF-8 read as
    Latin-1 (``â\x80\x8b`` for a zero-width space): HYG002's to repair, not to delete."""
    if not 0x80 <= ord(text[index]) <= 0x9F:
        return False
    lead = index - 1
    while lead >= 0 and index - lead <= 3 and 0x80 <= ord(text[lead]) <= 0x9F:
        lead -= 1
    return lead >= 0 and "\u00c2" <= text[lead] <= "\u00ef"


def _joins_a_script(text: str, index: int) -> bool:
    """A zero-width (non-)joiner between two non-Latin letters or in an emoji sequence is
    part of the writing (Persian, Devanagari, family emoji), not debris."""
    neighbours = [text[i] for i in (index - 1, index + 1) if 0 <= i < len(text)]
    for char in neighbours:
        if unicodedata.category(char) == "So" or ord(char) >= 0x1F000:
            return True
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return True
    return False


@rule(
    code="EDT008",
    name="invisible-character",
    family="editorial",
    severity="warning",
    summary="Invisible or control characters in the text (a byte-order mark, zero-width space)",
    citation=(
        "Wire-service submission guidelines: plain text in the declared encoding; Unicode "
        "Technical Report #36 (Unicode Security Considerations) on invisible characters"
    ),
    fixable=True,
    examples=(
        (
            "Norvale Mining\u200b reported record output.",
            "Norvale Mining reported record output.",
        ),
    ),
)
@outside_text()
def invisible_character(ctx: RuleContext) -> Iterator[Finding]:
    """Characters that print as nothing travel with text pasted from web pages, PDFs and
    word processors: a byte-order mark (U+FEFF) in the middle of the text where two files
    were joined, zero-width spaces and joiners, direction overrides, control characters.
    They break the words they sit in for search, for the wire's symbol and name matching
    and for EDGAR, can make two identical-looking names differ, and some terminals show
    them as boxes. A direction override can make text read differently from how it is
    stored.

    The fix deletes the character; it is safe because the character prints as nothing.
    Zero-width joiners inside non-Latin words or emoji sequences are part of the writing and
    are left alone. A byte-order mark at the very start of the file is the encoding's and is
    not reported.
    """
    release = ctx.release
    text = release.text
    for found in _candidates().finditer(text):
        index, char = found.start(), found.group()
        what = _kind(char)
        if (
            what is None
            or (char in _JOINERS and _joins_a_script(text, index))
            or _in_mojibake(text, index)
        ):
            continue
        start = release.position(index)
        end = release.end_position(index + 1)
        # The fix deletes the character itself, not an entity ("&#8203;") that stands for it.
        line = release.line_text(start.line)
        single = end.offset - start.offset == 1 and line[start.column - 1 : start.column] == char
        label = f"U+{ord(char):04X}"
        yield ctx.finding(
            index,
            index + 1,
            f"invisible {what} ({label}) in the text",
            evidence=[f"near: {excerpt(text, max(0, index - 40), index + 40)!r}"],
            fix=Fix(
                description=f"delete the {what} ({label})",
                edits=[Edit(start=start.offset, end=end.offset, replacement="")],
                applicability=Applicability.SAFE,
            )
            if single
            else None,
        )


RULES: list[Rule] = [invisible_character]
