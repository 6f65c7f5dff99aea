"""Flawed releases in every format for the counsel outputs' tests (HTML report, Word copy).

Most of the project's examples are clean, so these are made from the one flawed example's
text (written for the project): as HTML with entities, inline tags and EDGAR-like wrappers,
as Markdown with a heading and emphasis, and as Word with its lines cut into short runs of
alternating formatting (so a comment must split runs to sit on exactly the flagged words).
"""

from __future__ import annotations

import html
from pathlib import Path

import docx

from tests.conftest import EXAMPLES

SOURCE = EXAMPLES / "offering-flawed.txt"


def _paragraphs() -> list[str]:
    text = SOURCE.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def flawed_docx(folder: Path) -> Path:
    document = docx.Document()
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        paragraph = document.add_paragraph()
        for i in range(0, len(line), 7):
            paragraph.add_run(line[i : i + 7]).bold = i % 14 == 0
    path = folder / "flawed.docx"
    document.save(str(path))
    return path


def flawed_html(folder: Path) -> Path:
    headline, *rest = _paragraphs()
    body = "\n".join(
        f'<p style="margin:0"><font size="2">{html.escape(p).replace(" the ", " <b>the</b> ", 1)}'
        "</font></p>"
        for p in rest
    )
    page = (
        "<html><head><title>EX-99.1</title></head><body>\n"
        f"<p align=center><b>{html.escape(headline)}</b></p>\n{body}\n</body></html>\n"
    )
    path = folder / "flawed.html"
    path.write_text(page, encoding="utf-8")
    return path


def flawed_markdown(folder: Path) -> Path:
    headline, *rest = _paragraphs()
    path = folder / "flawed.md"
    path.write_text(f"# {headline}\n\n" + "\n\n".join(rest) + "\n", encoding="utf-8")
    return path


MAKERS = {"docx": flawed_docx, "html": flawed_html, "md": flawed_markdown}
