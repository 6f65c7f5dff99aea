"""What standard input holds when it comes without a name: a Word file, HTML, Markdown or
plain text, judged from its first few kilobytes.

``cat exhibit.htm | disclint check -`` should read HTML as HTML (entities decoded, tags
gone), not as plain text full of markup. The signals are deliberately strong: a zip
archive with Word's parts; a document or a handful of common tags for HTML; ATX headings
with text, links or emphasis pairs for Markdown. A plain-text release's "###" end mark or
a stray "<u>" is not enough, so plain text stays plain text.
"""

from __future__ import annotations

import re

HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|table|tr|td|span|font|br|h[1-6]|ul|li|b|i|a)\b",
    re.I,
)
MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
MD_SIGNALS = (
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),  # [text](url)
    re.compile(r"(?<![*\w])\*\*[^*\n]+\*\*(?![*\w])"),  # **bold**
    re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])[ \t]+\S", re.M),  # list items
    re.compile(r"^\|.*\|\s*\n\|[ :|-]+\|", re.M),  # pipe table with its rule
)


def sniff_format(data: bytes) -> str:
    """``docx``, ``html``, ``md`` or ``txt`` for bytes of unknown name."""
    if data[:4] == b"PK\x03\x04":
        return "docx"
    head = data[:8192].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if head.lower().startswith(("<!doctype html", "<html")) or len(HTML.findall(head)) >= 3:
        return "html"
    signals = sum(1 for pattern in MD_SIGNALS if pattern.search(head))
    if MD_HEADING.search(head) or signals >= 2:
        return "md"
    return "txt"
