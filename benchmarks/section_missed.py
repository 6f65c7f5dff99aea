"""List blocks that look like an About section or a forward-looking legend the parse did
not find, or found from the wrong block, over a list of corpus releases.

    python benchmarks/section_missed.py --files ../helpers/nonblind.txt
                                        [--corpus ../shared/corpus/real]
                                        [--exclude ../helpers/BLIND.txt] [--flag FLAG]

``section_ends.py`` shows where every found section ends and ``section_anomalies.py`` what a
found section holds; neither sees a section the parse never opened. This scan reads every
block outside the parse's About sections and legends and flags, by layout and by the words
every company's boilerplate and every legend are made of (never an issuer's name):

- ``about_heading``: a short line (a block, a block's first line or a table cell) that
  heads boilerplate ("About Acme", "ABOUT THE COMPANY", "Acme at a Glance", "Company
  Overview", "Corporate Profile"), or an "About" run into its text, outside every About;
- ``about_text``: a paragraph in the release's tail (after its last quotation) that says
  what a company is ("Acme is a leading ...", "Founded in 1990, Acme ...", "..., based in
  Dayton, ...") outside every About;
- ``about_inside``: a paragraph inside an About after its first that opens with another
  company's name and says what that company is (two companies' boilerplate, one found);
- ``about_start`` / ``fls_start``: the block right before a section is that section's
  heading by its words (the section starts one block late);
- ``fls_heading``: a short line with a legend's heading words ("Cautionary Note", "Safe
  Harbor", "Forward-Looking Statements", "Disclaimer ... forward") outside every legend;
- ``fls_text``: a paragraph outside every legend that speaks of forward-looking statements
  with a legend's words ("undue reliance", "differ materially", "Private Securities
  Litigation Reform Act").

Each flag is a lead for a careful reader, printed with the block's opening words and the
section the parse put it in; the reader decides. Files the exclude list names (a session's
blind list) are never parsed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from score_parse import listed_names, skipped_names

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
#: How long a heading's line may be.
HEADING_MAX = 90
#: Characters of a flagged block shown.
SHOWN = 150
#: A paragraph shorter than this is no company's description (a caption, a line).
ABOUT_TEXT_MIN = 80

ABOUT_LINE = re.compile(
    r"\s*(?:About|ABOUT)\b(?:\s*[:\-–—]?\s*$|\s+\S)"
    r"|.{0,60}\b(?i:at a glance|company overview|corporate overview|company profile"
    r"|corporate profile|company background|company description|who we are|about us"
    r"|company information|corporate information)\b"
)
#: An About line that is a body's subheading, not boilerplate's ("About the Offering").
BODY_ABOUT = re.compile(
    r"\s*(?i:about)\s+(?i:the|this|these|our|its|a|an)\s+(?!company\b|corporation\b|firm\b)"
)
#: What boilerplate says of a company, early in its paragraph.
DESCRIBES = re.compile(
    r"^(?:(?:Founded|Established|Incorporated|Headquartered|Based|Formed|Launched)\s+(?:in|on)\b"
    r"|[A-Z][^.]{0,120}?\b(?:is|are)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:leading|global|world|premier|largest|international|diversified|independent|"
    r"provider|company|developer|manufacturer|firm|bank|platform|organi[sz]ation|leader|"
    r"innovator|pioneer|producer|holding|clinical-stage|biopharmaceutical|"
    r"technology|financial|real estate|specialty|integrated|publicly)"
    r"|[A-Z][^.]{0,120}?\b(?:headquartered|based)\s+in\b)"
)
OTHER_COMPANY = re.compile(
    r"^(?P<name>(?!(?:The|This|These|That|It|Its|We|Our|In|On|As|For|At|If|All|Such|Any|"
    r"Founded|Established|Headquartered|Based)\b)[A-Z][\w&'’.-]*(?:,?\s+(?:[A-Z][\w&'’.-]*|of|&)){0,5})"
    r"(?:\s*[®™])?(?:\s*\([^)]{0,60}\))?,?\s+(?:is|are)\s+(?:a|an|the|one)\b"
)
FLS_LINE = re.compile(
    r".{0,40}\b(?i:cautionary (?:note|statement|language)|safe harbou?r|forward[- ‐‑]looking "
    r"(?:statements?|information|language)|special note|disclaimer)\b"
)
FLS_WORDS = re.compile(
    r"(?i:forward[- ‐‑]looking)[\s\S]*?(?i:undue reliance|differ materially|materially differ"
    r"|within the meaning|private securities litigation|risks and uncertainties"
    r"|(?:obligation|duty) to (?:publicly )?(?:update|revise)|not guarantees|speak only as of"
    r"|identify forward[- ‐‑]looking|risk factors)"
    r"|(?i:undue reliance|differ materially|private securities litigation)[\s\S]*?"
    r"(?i:forward[- ‐‑]looking)"
)
QUOTE = re.compile(r"[“\"][^”\"]{40,}")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _holder(sections: list[tuple[str, int, int]], start: int) -> str:
    """The narrowest parsed section holding ``start`` ("-" if none)."""
    holding = [s for s in sections if s[1] <= start < s[2]]
    if not holding:
        return "-"
    return min(holding, key=lambda s: s[2] - s[1])[0]


def _lines(source: Any, block: Any) -> list[tuple[int, str]]:
    """A block's short lines to test as headings: its first line, or a table's cells."""
    text = source.text
    if block.rows:
        return [(a, text[a:b].strip()) for row in block.rows for a, b in row if text[a:b].strip()]
    first = re.split(r"[\n\x1f]", text[block.start : block.end].strip(), maxsplit=1)[0]
    return [(block.start, first)]


def scan(path: Path) -> list[tuple[str, str, str]]:
    """(flag, section, excerpt) for every lead in the release at ``path``."""
    from disclint.parse import parse_source
    from disclint.readers import read_path

    source = read_path(path)
    release = parse_source(source)
    text = source.text
    sections = [
        (str(getattr(s.kind, "value", s.kind)), s.span.text_start, s.span.text_end)
        for s in release.sections
    ]
    abouts = [(a.span.text_start, a.span.text_end) for a in release.about]
    legends = [(f.span.text_start, f.span.text_end) for f in release.forward_looking]
    last_quote = max((q.span.text_end for q in release.quotes), default=0)
    found: list[tuple[str, str, str]] = []

    def inside(spans: list[tuple[int, int]], offset: int) -> bool:
        return any(a <= offset < b for a, b in spans)

    def lead(flag: str, start: int, shown: str) -> None:
        found.append((flag, _holder(sections, start), _flat(shown)[:SHOWN]))

    for block in source.blocks:
        whole = text[block.start : block.end].strip()
        if not whole:
            continue
        for start, line in _lines(source, block):
            if inside(abouts, start):
                continue
            # (a long line is an About run into its text: its opening words are tested)
            if ABOUT_LINE.match(line[:HEADING_MAX]) and not BODY_ABOUT.match(line):
                lead("about_heading", start, line)
                break
        if (
            not inside(abouts, block.start)
            and block.start >= last_quote
            and DESCRIBES.match(whole)
            and not QUOTE.search(whole)
            and len(whole) >= ABOUT_TEXT_MIN
        ):
            lead("about_text", block.start, whole)
        if not inside(legends, block.start):
            first = _lines(source, block)[0][1] if not block.rows else ""
            if first and len(first) <= HEADING_MAX and FLS_LINE.match(first):
                lead("fls_heading", block.start, first)
            elif FLS_WORDS.search(whole[:2000]):
                lead("fls_text", block.start, whole)
    for about in release.about:
        for paragraph in about.paragraphs[1:]:
            other = OTHER_COMPANY.match(paragraph.text.strip())
            if other is None:
                continue
            name = other.group("name").split()[0].lower().strip(",.")
            if name not in about.subject.lower() and name not in about.text[:200].lower():
                lead("about_inside", paragraph.span.text_start, paragraph.text)
    for kind, spans, pattern in (
        ("about_start", abouts, ABOUT_LINE),
        ("fls_start", legends, FLS_LINE),
    ):
        for start, _end in spans:
            before = [b for b in source.blocks if b.end <= start and text[b.start : b.end].strip()]
            if not before:
                continue
            previous = before[-1]
            line = text[previous.start : previous.end].strip()
            if len(line) <= HEADING_MAX and pattern.match(line):
                lead(kind, previous.start, line)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--files", type=Path, required=True, help="files (one name a line)")
    parser.add_argument("--exclude", type=Path, help="files never to parse (a blind list)")
    parser.add_argument("--flag", help="show one flag only")
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args()
    excluded = skipped_names(args.exclude)
    counts: Counter[str] = Counter()
    files: Counter[str] = Counter()
    report: list[str] = []
    for name in listed_names(args.files):
        if name in excluded:
            continue
        leads = [f for f in scan(args.corpus / name) if not args.flag or f[0] == args.flag]
        if not leads:
            continue
        report.append(name)
        for flag in sorted({f[0] for f in leads}):
            files[flag] += 1
        for flag, holder, shown in leads:
            counts[flag] += 1
            report.append(f"  {flag:14} [{holder}] {shown}")
    print("flag            leads  releases")
    for flag in sorted(counts):
        print(f"{flag:14} {counts[flag]:>6}  {files[flag]:>8}")
    if not args.quiet:
        print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
