"""The readable outline ``disclint parse`` prints: each section with its line:column.

Meant for a person asking "what did disclint think this part of my release was?", so each
line shows where the element starts in the file, what kind it is, and a short excerpt.
"""

from __future__ import annotations

from disclint.model import Element, Release

EXCERPT = 72


def _excerpt(text: str, width: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _at(element: Element) -> str:
    start = element.span.start
    return f"{start.line}:{start.column}"


def outline(release: Release) -> str:
    """A multi-line outline of ``release``, in document order."""
    rows: list[tuple[int, str]] = []

    def add(element: Element, label: str, detail: str) -> None:
        rows.append((element.span.text_start, f"  {_at(element):>8}  {label:<16} {detail}"))

    for item in release.front:
        extra = f" ({item.date.isoformat()})" if item.date else ""
        add(item, f"front ({item.kind})", f'"{_excerpt(item.text)}"{extra}')
    if release.headline:
        add(release.headline, "headline", f'"{_excerpt(release.headline.text)}"')
    for sub in release.subheadlines:
        add(sub, "subheadline", f'"{_excerpt(sub.text)}"')
    if release.dateline:
        d = release.dateline
        parts = [d.place or "?", d.wire or "no wire", d.date.isoformat() if d.date else "no date"]
        add(d, "dateline", " | ".join(parts))
    for paragraph in release.body:
        label = "table" if paragraph.rows is not None else f"body {paragraph.kind.value}"
        detail = (
            f"{len(paragraph.rows)} rows"
            if paragraph.rows is not None
            else f'"{_excerpt(paragraph.text)}"'
        )
        add(paragraph, label, detail)
    for quote in release.quotes:
        who = ", ".join(x for x in (quote.speaker, quote.title, quote.organisation) if x)
        add(quote, "  quote", f'{who or "unattributed"}: "{_excerpt(quote.text, 48)}"')
    for about in release.about:
        count = len(about.paragraphs)
        add(about, "about", f"{about.subject} ({count} paragraph{'s' * (count != 1)})")
    for fls in release.forward_looking:
        count = len(fls.paragraphs)
        heading = f'"{fls.heading}"' if fls.heading else "(no heading)"
        add(fls, "forward-looking", f"{heading} ({count} paragraph{'s' * (count != 1)})")
    for contact in release.contacts:
        parts = [
            *contact.names,
            *contact.titles,
            *contact.organisations,
            *(e.text for e in contact.emails),
            *(p.text for p in contact.phones),
        ]
        add(contact, "contact", f"{contact.label or 'unlabelled'}: {'; '.join(parts)}")
    if release.source_line:
        add(release.source_line, "source", f'"{_excerpt(release.source_line.text)}"')
    if release.end_mark:
        add(release.end_mark, "end mark", f'"{release.end_mark.text}"')
    for paragraph in release.footer:
        add(paragraph, "footer", f'"{_excerpt(paragraph.text)}"')
    rows.sort(key=lambda row: row[0])
    header = f"{release.path}  ({release.format})"
    return "\n".join([header, *(line for _, line in rows)])
