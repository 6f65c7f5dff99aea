"""List About sections, forward-looking legends and contact cards whose extent looks wrong by
structure, over a list of corpus releases.

    python benchmarks/section_anomalies.py [--corpus ../shared/corpus/real]
                                           [--files ../helpers/nonblind.txt]
                                           [--exclude ../helpers/BLIND.txt] [--quiet]

Labelled gold data runs out; a parse error of a kind the gold set does not hold still shows
in the shape of what the parser returned. This scan reads no wording of a particular issuer:
it asks whether a section holds a block of another kind (a heading-like line, a table, a
contact card's label or a short line with an e-mail address or a telephone number, an end
mark, another section's heading), whether it runs to the end of the document past such a
block, whether it is unusually long or empty, whether an About stops right before the
boilerplate's usual last line ("For more information, visit ..."), and whether a contact
card with no name holds a line that reads like a person's name. Each flag is a lead for a
reader, not a verdict: the reader decides which are parse errors.

Counts are printed by anomaly and by source kind (``edgar_html``, ``edgar_text``, ``wire``,
``docx``), then the flagged files with their flags. Files the exclude list names (a
session's blind list) are never parsed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from score_parse import listed_names, skipped_names

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"

#: Paragraph counts past which a section is "long" (the corpus' About sections rarely run
#: past four blocks, legends past six).
LONG = {"about": 6, "forward_looking": 8}
#: A section whose text is shorter than this is a fragment.
FRAGMENT = 60
#: A block this short with an e-mail address or a telephone number reads as a card's line.
CARD_LINE = 160

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}")
PHONE = re.compile(
    r"(?<!\d)(?:\+?\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)"
    r"|\+\d{1,3}(?:[ .-]?\(?\d{1,9}\)?){2,5}"
)
#: Words a card's line holds besides its channels (a name, a title, a desk).
CARD_WORDS = 8
CHANNEL = re.compile(
    r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}|(?:https?://|www\.)\S+|\+?[\d().-]{7,}(?:\s[\d().-]+)*"
)
#: A run of lower-case words: a sentence's, which no card line holds.
SENTENCE = re.compile(r"\b[a-z]+(?:\s+[a-z]+){3}\b")
END_MARK = re.compile(
    r"\s*(?:#\s*#\s*#[#\s]*|-{1,2}\s*30\s*-{1,2}|-\s*0\s*-|-\s*ends\s*-)\s*", re.I
)
CONTACT_LABEL = re.compile(
    r"\s*(?:(?:media|press|investor|investors|ir|company|corporate|public)(?: relations)?"
    r"(?: (?:and|&) (?:media|press|investor)(?: relations)?)? ?(?:contacts?|inquiries|enquiries)"
    r"|contacts?(?: information| details)?)\s*[:\n]",
    re.I,
)
OTHER_HEADING = {
    "about": re.compile(
        r"\s*(?:contacts?\b|non-gaap\b|conference call\b|source:|forward[- ]looking statements?\b"
        r"|safe harbou?r\b|cautionary (?:note|statement)|about [A-Z])",
        re.I,
    ),
    "forward_looking": re.compile(
        r"\s*(?:contacts?\b|non-gaap\b|conference call\b|source:|about [A-Z])", re.I
    ),
}
TITLE_WORD = re.compile(
    r"[A-Z0-9(&][\w&.,'’()/-]*|of|and|the|for|to|in|on|at|by|with|a|an|or|&|[-–—|]"
)
MORE_INFO = re.compile(
    r"\s*(?:for (?:more|further|additional) information|to learn more|learn more|visit\b"
    r"|more information|(?:https?://|www\.)\S+\s*$|follow (?:us|\w+) on)",
    re.I,
)
#: A legend's usual closing words: a block after the legend that holds them was its own.
LEGEND_TAIL = re.compile(
    r"undue reliance|(?:no|any) (?:obligation|duty|intention) to (?:publicly )?(?:update|revise)"
    r"|except as (?:required|may be required) by (?:applicable )?law|speak only as of"
    r"|differ materially|risk factors",
    re.I,
)
ABOUT_LINE = re.compile(r"(?:About|ABOUT) (?!(?:the|this|our|these|its|a|an) )\S")
FLS_LINE = re.compile(
    r"(?:(?:cautionary|special) (?:note|statement)s?[^.]{0,40}forward|forward[- ]looking "
    r"(?:statements?|information)\s*$|safe harbou?r(?: statement)?\s*$)",
    re.I,
)
SOCIAL_LABEL = re.compile(
    r"(?:connect with us|follow us|stay connected|find us)(?: (?:on|at) social(?: media)?)?\s*:?",
    re.I,
)
CAPITALS = re.compile(r"[A-Z0-9&,.'’()/ -]{6,}")
NAME_LINE = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z]\.)?\s(?:(?:Mc|Mac|O')?[A-Z][a-z]+"
    r"(?:-[A-Z][a-z]+)?)(?:,?\s(?:Jr\.|Sr\.|III|II))?(?:\s*[,|–—-]\s*[^\n]{0,80})?"
)
NOT_A_NAME = re.compile(
    r"\b(?:Investor|Investors|Relations|Media|Press|Contact|Contacts|Inc|Corp|Corporation|LLC|Ltd"
    r"|Group|Communications|Company|Public|Street|Avenue|Road|Suite|Floor|Partners|Strategic"
    r"|Global|Capital|Holdings|Office|Department|Director|Officer|Manager|President|Phone"
    r"|Email|E-mail|Tel|Telephone|Fax|Website|Agency|Marketing|Advisors|Associates|Team|Desk"
    r"|New|North|South|East|West|Los|San|Santa|Park|Center|Centre|Tower|Plaza|Boulevard|Drive"
    r"|Lane|Way|Inquiries|Information|Services|Solutions|Technologies|Limited|Global|Systems)\b"
)


def source_kind(path: Path) -> str:
    """The gold set's source kinds, read from the file's type."""
    suffix = path.suffix.lower()
    if suffix in (".htm", ".html"):
        return "edgar_html"
    if suffix == ".txt":
        return "edgar_text"
    if suffix == ".docx":
        return "docx"
    return "wire"


def heading_like(text: str) -> bool:
    """A short line of capitalised words without closing punctuation (a heading's shape)."""
    line = text.strip()
    words = line.split()
    if not 1 <= len(words) <= 10 or len(line) > 90 or line[-1] in '.!?;,”"':
        return False
    if EMAIL.search(line) or "http" in line or "www." in line:
        return False
    return all(TITLE_WORD.fullmatch(word) for word in words) and any(
        word[0].isupper() for word in words
    )


def block_flag(
    kind: str, section: Any, text: str, *, first: bool, wrapped: bool = False
) -> str | None:
    """What kind of foreign block ``text`` is inside a section, if any (a line of a
    hard-wrapped block when ``wrapped``: only capital lines count as headings there)."""
    if not text:
        return None
    if END_MARK.fullmatch(text):
        return "end_mark"
    if not first and CONTACT_LABEL.match(text + "\n") and len(text) <= CARD_LINE:
        return "contact_label"
    if (
        len(text) <= CARD_LINE
        and (EMAIL.search(text) or PHONE.search(text))
        and not SENTENCE.search(text)
        and len(CHANNEL.sub(" ", text).split()) <= CARD_WORDS
    ):
        return "card_line"
    if not first and OTHER_HEADING[kind].match(text) and len(text) <= 200:
        if kind == "about" and text.lower().startswith("about "):
            subject = section.subject.lower()
            if subject and subject.split()[0] in text.lower():
                return None  # the same company's heading again
        if wrapped and not heading_like(text):
            return None
        return "other_heading"
    if not first and heading_like(text) and (not wrapped or CAPITALS.fullmatch(text)):
        return "heading"
    return None


def _own_paragraphs(kind: str, paragraphs: list[Any]) -> int:
    """How many paragraphs a section has before an About's social label."""
    for position, paragraph in enumerate(paragraphs):
        if kind == "about" and SOCIAL_LABEL.fullmatch(paragraph.text.strip()):
            return position
    return len(paragraphs)


def section_flags(kind: str, section: Any, release: Any, document_end: int) -> list[str]:
    """The structural oddities of one About section or legend."""
    flags: list[str] = []
    paragraphs = section.paragraphs
    if not paragraphs or len(section.text.strip()) < FRAGMENT:
        flags.append("fragment")
    own = _own_paragraphs(kind, paragraphs)
    if own >= LONG[kind]:
        flags.append(f"long({own})")
    inside: list[str] = []
    social = False
    for position, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        # the company's channels under "Connect with us:" close an About (the gold set's
        # convention): neither a card's line nor length
        social = social or (kind == "about" and SOCIAL_LABEL.fullmatch(text) is not None)
        if social:
            continue
        kind_name = getattr(paragraph.kind, "value", str(paragraph.kind))
        if kind_name == "table" or paragraph.rows:
            inside.append("table")
            continue
        found = block_flag(kind, section, text, first=not position)
        if found is None and position and kind_name == "heading":
            found = "heading"
        if found is not None:
            inside.append(found)
            continue
        lines = [line.strip() for line in re.split(r"[\n\x1f]", text)]
        if len(lines) > 1:
            # a hard-wrapped block (EDGAR text): a line of another kind inside it
            for line in lines[1:]:
                found = block_flag(kind, section, line, first=False, wrapped=True)
                if found is not None:
                    inside.append(f"line_{found}")
                    break
    flags.extend(sorted(set(inside)))
    if inside and section.span.text_end >= document_end:
        flags.append("to_end")
    return flags


def next_body(section: Any, release: Any) -> str | None:
    """The text of the block right after a section when the body resumes there (no other
    section between), else None."""
    end = section.span.text_end
    following = [s for s in release.sections if s.span.text_start >= end]
    if not following:
        return None
    first = min(following, key=lambda s: s.span.text_start)
    if first.kind != "body":
        return None
    paragraph = next((p for p in release.body if p.span.text_start >= end), None)
    return None if paragraph is None else paragraph.text.strip()


def short_flags(kind: str, section: Any, release: Any) -> list[str]:
    """Whether the section seems to stop short: its text ends without closing punctuation
    and the body resumes right after it, or the next block is the usual last line of such a
    section (an About's pointer to the web site, a legend's closing disclaimer)."""
    flags: list[str] = []
    following = next_body(section, release)
    if following is None:
        return flags
    ending = section.text.rstrip()
    if (
        ending
        and ending[-1] not in '.!?)”"’:;*'
        and not re.search(r"(?:https?://|www\.)\S+$|\.\w{2,4}/?$", ending)
        and following[:1].islower()
    ):
        flags.append("cut_midsentence")
    if kind == "about" and len(following) <= 240 and MORE_INFO.match(following):
        flags.append("short_of_more_info")
    if kind == "forward_looking" and LEGEND_TAIL.search(following):
        flags.append("short_of_legend_tail")
    return flags


def nameless_card(contact: Any) -> bool:
    """Whether a card without names holds a line that reads like a person's name."""
    if contact.names:
        return False
    for line in re.split(r"[\n\x1f]+", contact.text):
        line = line.strip()
        if not line or len(line) > 100:
            continue
        # the part before a comma or dash: "Jane Roe, Vice President"
        head = re.split(r"\s*[,|–—]\s*|\s+-\s+", line)[0]
        if NAME_LINE.fullmatch(head) and not NOT_A_NAME.search(head):
            return True
    return False


def body_flags(release: Any) -> list[str]:
    """Blocks the body kept that have the shape of a section it should have opened: an About
    heading (alone or run into its text), a legend's heading, a contact card's line after
    the boilerplate."""
    flags: set[str] = set()
    boilerplate = [
        s.span.text_start for s in release.sections if s.kind in ("about", "forward_looking")
    ]
    first_boilerplate = min(boilerplate, default=len(release.text))
    for paragraph in release.body:
        text = paragraph.text.strip()
        late = paragraph.span.text_start >= first_boilerplate
        if ABOUT_LINE.match(text) and (late or len(text) <= 80):
            flags.add("body:about_heading")
        elif FLS_LINE.match(text) and len(text) <= 200:
            flags.add("body:fls_heading")
        elif (
            late
            and len(text) <= CARD_LINE
            and (EMAIL.search(text) or PHONE.search(text))
            and not SENTENCE.search(text)
            and len(CHANNEL.sub(" ", text).split()) <= CARD_WORDS
        ):
            flags.add("body:card_line")
    return sorted(flags)


def scan(path: Path) -> list[str]:
    from disclint.parse import parse_source
    from disclint.readers import read_path

    release = parse_source(read_path(path))
    document_end = len(release.text.rstrip())
    flags: list[str] = []
    for about in release.about:
        flags += [f"about:{flag}" for flag in section_flags("about", about, release, document_end)]
        flags += [f"about:{flag}" for flag in short_flags("about", about, release)]
    for legend in release.forward_looking:
        flags += [
            f"fls:{flag}"
            for flag in section_flags("forward_looking", legend, release, document_end)
        ]
        flags += [f"fls:{flag}" for flag in short_flags("forward_looking", legend, release)]
    for contact in release.contacts:
        if nameless_card(contact):
            flags.append("contact:nameless_card")
    flags += body_flags(release)
    return flags


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--files", type=Path, help="the files to scan (one name a line)")
    parser.add_argument("--exclude", type=Path, help="files never to parse (a blind list)")
    parser.add_argument("--quiet", action="store_true", help="counts only, no file list")
    args = parser.parse_args()

    excluded = skipped_names(args.exclude)
    if args.files:
        paths = [args.corpus / name for name in listed_names(args.files)]
    else:
        paths = sorted(p for p in args.corpus.iterdir() if p.suffix.lower() != ".tsv")
    paths = [p for p in paths if p.name not in excluded]

    by_flag: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    scanned: Counter[str] = Counter()
    flagged: list[tuple[str, list[str]]] = []
    for path in paths:
        kind = source_kind(path)
        scanned[kind] += 1
        flags = scan(path)
        if not flags:
            continue
        flagged.append((path.name, flags))
        for flag in sorted({re.sub(r"\(\d+\)$", "", flag) for flag in flags}):
            by_flag[flag] += 1
            by_kind[kind][flag] += 1
    print(f"releases scanned: {sum(scanned.values())} ({dict(sorted(scanned.items()))})")
    print(f"releases flagged: {len(flagged)}   flags (kind per release): {sum(by_flag.values())}")
    print(f"{'flag':32} {'total':>5}  " + "  ".join(f"{k:>10}" for k in sorted(scanned)))
    for flag, count in sorted(by_flag.items()):
        cells = "  ".join(f"{by_kind[k][flag]:>10}" for k in sorted(scanned))
        print(f"{flag:32} {count:>5}  {cells}")
    if not args.quiet:
        print("\nflagged releases:")
        for name, flags in flagged:
            print(f"  {name}: {', '.join(flags)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
