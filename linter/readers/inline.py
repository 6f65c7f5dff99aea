"""Inline markup shared by the text and Markdown readers: HTML tags, entities, escapes.

In Markdown these are part of the format and are simply resolved. In a plain-text release
they are strays that a wire would print literally (``<u>Acme</u>``, ``\\$1,000``, ``&amp;``):
they are resolved the same way, so rules read clean prose, and also recorded as artifacts
for the hygiene rule to report and fix.
"""

from __future__ import annotations

import re

from disclint.lazyre import lazy_compile
from disclint.source import TextBuilder

#: Tags writers and converters leave behind; an unknown ``<word>`` ("<5%", "<TICKER>") stays text.
TAG_NAMES = (
    "a|abbr|b|big|blockquote|br|center|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|kbd|"
    "li|mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul"
)
#: A Markdown backslash escape (``\\$``): in HTML and plain text, a stray.
ESCAPE_PATTERN = r"\\[!-/:-@\[-`{-~]"
ESCAPE = lazy_compile(ESCAPE_PATTERN)
INLINE = lazy_compile(
    rf"(?P<tag></?(?:{TAG_NAMES})(?:\s[^<>]{{0,300}})?/?>)"
    r"|(?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)"
    rf"|(?P<escape>{ESCAPE_PATTERN})",
    re.IGNORECASE,
)
#: The characters a match of ``INLINE`` starts with: a span without one is copied as is.
INLINE_START = re.compile(r"[<&\\]")
BREAK_TAG = lazy_compile(r"<br\b", re.IGNORECASE)


def copy_inline(
    builder: TextBuilder, raw: str, start: int, end: int, *, stray: bool, escapes: bool = True
) -> None:
    """Copy ``raw[start:end]`` into ``builder``, resolving tags, entities and escapes.

    ``stray`` records each resolved piece as an artifact (plain text); ``escapes`` turns
    ``\\X`` into ``X`` (off where backslashes are ordinary characters).
    """
    if INLINE_START.search(raw, start, end) is None:
        builder.copy(start, end)  # no tag, entity or escape can start here (most text)
        return
    pos = start
    for match in INLINE.finditer(raw, start, end):
        kind = match.lastgroup
        if kind == "escape" and not escapes:
            continue
        builder.copy(pos, match.start())
        pos = match.end()
        token = match.group()
        if kind == "tag":
            replacement = "\n" if BREAK_TAG.match(token) else ""
            if replacement:
                builder.newline(match.start())
        elif kind == "entity":
            import html  # only for a text that has an entity (a cached import after the first)

            replacement = html.unescape(token)
            if replacement == token:  # not an entity html knows: leave it as text
                builder.copy(match.start(), match.end())
                continue
            builder.emit(replacement, match.start())
        else:
            replacement = token[1]
            builder.emit(replacement, match.start() + 1)
        if stray:
            builder.artifact(kind or "markup", match.start(), match.end(), replacement)
    builder.copy(pos, end)
