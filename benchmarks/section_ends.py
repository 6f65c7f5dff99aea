"""Print where every About section and forward-looking legend ends, for a reader to judge.

    python benchmarks/section_ends.py --files ../helpers/nonblind.txt
                                      [--corpus ../shared/corpus/real]
                                      [--exclude ../helpers/BLIND.txt] [--kind about|fls]

A label-free review: the gold set scores section ends only on the releases it labels, and the
training splits already score them near 1.0, so an end that is wrong in a layout the set lacks
only shows to someone who reads it. For each section this prints, on two lines, the section's
last paragraph (its opening and its closing words) and what comes right after the section:
the rest of the same block when the section ends inside a block (a card or a source line run
into it), else the next block with its kind as the reader saw it (``p``, ``h2``, ``tb``,
``li``) and the section the parser put it in. A reader looks for ends that come too early
(the next block continues the company's description or the legend) or too late (the last
paragraph is a card, a table, another section's heading, page furniture).

Files the exclude list names (a session's blind list) are never parsed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from score_parse import listed_names, skipped_names

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
#: Characters shown of a paragraph's opening and closing words, and of the next block.
HEAD = 70
TAIL = 50
NEXT = 100


def _flat(text: str) -> str:
    return " ".join(text.split())


def _excerpt(text: str) -> str:
    """The opening and closing words of a paragraph, one line."""
    flat = _flat(text)
    if len(flat) <= HEAD + TAIL + 5:
        return flat
    return f"{flat[:HEAD]} … {flat[-TAIL:]}"


def _section_at(release: Any, offset: int) -> str:
    """The kind of the narrowest parsed section that holds ``offset`` ("-" where none does:
    the body's section spans its paragraphs and the sections found inside it)."""
    holding = [s for s in release.sections if s.span.text_start <= offset < s.span.text_end]
    if not holding:
        return "-"
    narrowest = min(holding, key=lambda s: s.span.text_end - s.span.text_start)
    return str(getattr(narrowest.kind, "value", narrowest.kind))


def _after(source: Any, release: Any, end: int) -> str:
    """What follows a section that ends at ``end``: the rest of its block, or the next block."""
    text = source.text
    for block in source.blocks:
        if block.start < end < block.end and text[end : block.end].strip():
            rest = text[end : block.end]
            offset = end + len(rest) - len(rest.lstrip())
            return f"[same block → {_section_at(release, offset)}] {_flat(rest)[:NEXT]}"
    following = next(
        (b for b in source.blocks if b.start >= end and text[b.start : b.end].strip()), None
    )
    if following is None:
        return "[end of document]"
    kind = following.kind.value
    shown = {"heading": f"h{following.level or 1}", "paragraph": "p", "list_item": "li"}.get(
        kind, kind
    )
    return (
        f"[{shown} → {_section_at(release, following.start)}] "
        f"{_flat(text[following.start : following.end])[:NEXT]}"
    )


def review(path: Path, kinds: set[str]) -> list[str]:
    """Two lines per About section and legend of the release at ``path``."""
    from disclint.parse import parse_source
    from disclint.readers import read_path

    source = read_path(path)
    release = parse_source(source)
    lines: list[str] = []
    sections = []
    if "about" in kinds:
        sections += [("ABOUT", s) for s in release.about]
    if "fls" in kinds:
        sections += [("FLS", s) for s in release.forward_looking]
    for label, section in sorted(sections, key=lambda s: s[1].span.text_start):
        paragraphs = section.paragraphs
        count = len(paragraphs)
        last = paragraphs[-1].text if paragraphs else section.text
        lines.append(f"  {label}({count}) …{_excerpt(last)}")
        lines.append(f"      next {_after(source, release, section.span.text_end)}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--files", type=Path, required=True, help="files (one name a line)")
    parser.add_argument("--exclude", type=Path, help="files never to parse (a blind list)")
    parser.add_argument("--kind", choices=("about", "fls"), help="one kind of section only")
    args = parser.parse_args()
    excluded = skipped_names(args.exclude)
    names = listed_names(args.files)
    kinds = {args.kind} if args.kind else {"about", "fls"}
    for name in names:
        if name in excluded:
            continue
        lines = review(args.corpus / name, kinds)
        if lines:
            print(name)
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
