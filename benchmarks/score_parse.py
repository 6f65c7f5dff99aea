"""Score disclint's parse against the hand-labelled gold set in ``benchmarks/parse_gold/``.

    python benchmarks/score_parse.py [--split SPLIT[,SPLIT...]|all]
                                     [--corpus ../shared/corpus/real] [--worst N] [--show FILE]
                                     [--skip-listed LIST]
    python benchmarks/score_parse.py --split test2 --check-labels

``--split`` takes any split named in ``SPLIT.tsv``, several joined by commas (``test9,test10``:
one score over their releases together, the way the unread half is reported), or ``all``.
``--check-labels`` only loads
and checks the split's labels (keys, types, the corpus file each names) without parsing
anything, so a fresh split can be checked without reading disclint's output on it.
``--skip-listed`` leaves out the releases a list names (a session's blind list: files other
benchmarks hold out, which a development run must not parse).

Each label file (``parse_gold/<stem>.json``) was written by reading the release, never from
disclint's output. ``parse_gold/SPLIT.tsv`` assigns every labelled release to ``dev`` (read
while changing the parser), ``test`` (kept unread: its score is the honest figure) or
``test2``/``test4`` (labelled later, never used to tune the parser), ``dev3`` (labelled later
as ``test3``, read from round 4 of issue 9 on), ``dev5`` (labelled in round 6 as training
data; its first score is in the README), ``dev7`` and ``dev8`` (labelled in rounds 7 and 8
as training data, the same way), ``test6``, ``test7`` and ``test8`` (unread; ``test7`` holds
EDGAR HTML exhibits written for the gold set, stored in ``parse_gold/written7/``, not in the
corpus; ``test8`` holds releases of every kind written for it in round 8, stored in
``parse_gold/written8/``, its Word files built there by ``written8/make_docx.py``), ``dev9``
(``test7`` files read after their first scoring in session 8: the two whose forward-looking
section end missed there; training data, still stored in ``written7/``), ``dev10`` (labelled in
session 9 as training data) and ``test9`` (labelled with it, unread), ``dev11`` and ``test10``
(a second session-9 draw, weighted to About sections: training data and unread), ``dev12`` and
``test11`` (a session-10 draw of the same kind: training data and unread), ``dev13`` and
``test12`` (the session-11 draw, likewise) and to
a source kind: ``wire`` (Markdown / plain text), ``edgar_html`` (EDGAR EX-99 exhibits),
``edgar_text`` (EDGAR text exhibits) or ``docx``. The ``docx`` releases of the corpus are Word
files this script builds from the corpus file named in the label, into a temporary folder, at
run time (corpus text is never committed); a written ``docx`` row names its Word file itself.
The default run (``--split dev``) reads none of the unread splits.

Scoring counts items per element (true positives, false positives, false negatives):

- ``headline``: the parsed headline starts with the labelled anchor (case and spacing folded).
- ``dateline``: city, region, wire and date, each one item where the label states it.
- ``quote_speaker``: one item per (paragraph, speaker) the label lists; matched on the last
  word of the name. ``quote_title``/``quote_org``: word overlap with the labelled title and
  organisation of a matched speaker.
- ``about``: a section whose subject names the labelled company and whose text starts at
  the labelled start anchor; ``about_end``: the same section ends with the end anchor.
- ``fls`` / ``fls_end``: the forward-looking section starts / ends at the anchors.
- ``contact_name``, ``contact_email``, ``contact_phone`` (multisets over the release's
  contacts; phones compared on their digits, a printed extension aside) and
  ``contact_label`` (where labelled).
- ``source_line`` and ``end_mark``.

Where the label has no such element, anything the parser reports for it is a false
positive (labels and unattributed quotations excepted).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOLD = HERE / "parse_gold"
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "real"
# Rows whose file starts with one of these folders name a release written for the gold set
# (stored under ``parse_gold/``), not a corpus file.
WRITTEN = ("written7/", "written8/")

ELEMENTS = (
    "headline",
    "dateline",
    "quote_speaker",
    "quote_title",
    "quote_org",
    "about",
    "about_end",
    "fls",
    "fls_end",
    "contact_name",
    "contact_email",
    "contact_phone",
    "contact_label",
    "source_line",
    "end_mark",
)
#: How far into a section its start anchor may sit (a heading, a glued company name).
START_SLACK = 160
#: How far from a section's end its end anchor may sit (trailing link text, a stray mark).
END_SLACK = 40


@dataclass
class Tally:
    """True positives, false positives and false negatives of one element."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Score:
    """Tallies by element for one release, with the misses spelled out."""

    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)

    def count(self, element: str, tp: int = 0, fp: int = 0, fn: int = 0, why: str = "") -> None:
        tally = self.tallies[element]
        tally.tp += tp
        tally.fp += fp
        tally.fn += fn
        if (fp or fn) and why:
            self.misses.append(f"{element}: {why}")

    def total(self) -> Tally:
        out = Tally()
        for tally in self.tallies.values():
            out.add(tally)
        return out


def norm(text: str | None) -> str:
    """Fold case, quotes, dashes and spacing so anchors compare on their words."""
    text = (text or "").lower()
    text = re.sub(r"[‘’`´]", "'", text)
    text = re.sub(r"[“”«»]", '"', text)
    text = re.sub(r"[‐‑‒–—―]", "-", text)
    text = re.sub(r"[*_#>|\\]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .,:;")


def squash(text: str | None) -> str:
    """Letters and digits only: for anchors that glued text may run together."""
    return re.sub(r"[^0-9a-z]", "", norm(text))


_HONORIFIC = re.compile(
    r"^(?:(?:mr|mrs|ms|dr|prof|sir)\.?\s+)+|,?\s+(?:ph\.?d|esq|m\.?d|jr|sr|cpa|mba)\.?$",
    re.IGNORECASE,
)


def person(name: str | None) -> str:
    """A person's name without honorifics and post-nominals ("Dr. Ann Lee, PhD" -> "ann lee")."""
    text = norm(name)
    previous = None
    while previous != text:
        previous, text = text, _HONORIFIC.sub("", text).strip(" ,.")
    return text


def label_key(label: str | None) -> str:
    """Contact labels compared on their words, "Investors" = "Investor Contact"."""
    return " ".join(sorted(w.rstrip("s") for w in words(label) if w not in {"contact", "contacts"}))


def words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[0-9a-z&]+", norm(text)) if w not in _STOP}


_STOP = {"of", "the", "and", "at", "for", "a", "an", "inc", "corp", "co", "ltd", "llc", "plc"}


def last_name(name: str | None) -> str:
    found = re.findall(r"[a-z][a-z'\-]+", norm(name))
    found = [w for w in found if w not in {"jr", "sr", "ii", "iii", "phd", "md", "mr", "ms"}]
    return found[-1] if found else ""


#: A printed extension after a number ("x 2", "ext. 202"): labels leave it out of the phone
#: (README, decisions), the parser keeps it in the number's span.
_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension)\s*\d{1,6}\s*$", re.IGNORECASE)


def phone_digits(text: str) -> str:
    return re.sub(r"\D", "", _EXTENSION.sub("", text))[-10:]


def multiset_match(
    score: Score, element: str, gold: Iterable[str], found: Iterable[str], *, show: bool = True
) -> None:
    gold_c = Counter(g for g in gold if g)
    found_c = Counter(f for f in found if f)
    tp = sum((gold_c & found_c).values())
    fn_items = gold_c - found_c
    fp_items = found_c - gold_c
    score.count(element, tp=tp)
    if fn_items:
        score.count(element, fn=sum(fn_items.values()), why=f"missed {sorted(fn_items)}")
    if fp_items and show:
        score.count(element, fp=sum(fp_items.values()), why=f"spurious {sorted(fp_items)}")


def starts_with(found: str, anchor: str, slack: int = START_SLACK) -> bool:
    hay, needle = squash(found), squash(anchor)
    return bool(needle) and needle in hay[: len(needle) + slack]


def ends_with(found: str, anchor: str, slack: int = END_SLACK) -> bool:
    hay, needle = squash(found), squash(anchor)
    return bool(needle) and needle in hay[-(len(needle) + slack) :]


# -- scoring one release ---------------------------------------------------------------------


def score_release(label: dict[str, Any], release: Any) -> Score:
    score = Score()
    _headline(score, label, release)
    _dateline(score, label, release)
    _quotes(score, label, release)
    _about(score, label, release)
    _fls(score, label, release)
    _contacts(score, label, release)
    for element, attr in (("source_line", "source_line"), ("end_mark", "end_mark")):
        gold = label.get(element)
        found = getattr(release, attr)
        if gold and found is not None and squash(gold) in squash(found.text):
            score.count(element, tp=1)
        else:
            if gold:
                score.count(element, fn=1, why=f"missed {gold!r}")
            if found is not None:
                score.count(element, fp=1, why=f"found {found.text[:60]!r}")
    return score


def _headline(score: Score, label: dict[str, Any], release: Any) -> None:
    gold, found = label.get("headline"), release.headline
    if gold and found is not None and squash(found.text).startswith(squash(gold)[:80]):
        score.count("headline", tp=1)
        return
    if gold:
        score.count("headline", fn=1, why=f"want {gold[:50]!r}")
    if found is not None:
        score.count("headline", fp=1, why=f"got {found.text[:60]!r}")


def _dateline(score: Score, label: dict[str, Any], release: Any) -> None:
    gold = label.get("dateline") or {}
    found = release.dateline
    for key in ("city", "region", "wire", "date"):
        want = gold.get(key)
        got = None if found is None else getattr(found, key)
        got = None if got is None else str(got)
        if want and got and squash(want) == squash(got):
            score.count("dateline", tp=1)
            continue
        if want:
            score.count("dateline", fn=1, why=f"{key} want {want!r} got {got!r}")
        if got and (want or not gold):
            score.count("dateline", fp=1, why=f"{key} got {got!r}")


def _quotes(score: Score, label: dict[str, Any], release: Any) -> None:
    gold = label.get("quotes") or []
    found: list[Any] = []
    seen: set[tuple[int, str]] = set()
    for quote in release.quotes:
        if not quote.speaker:
            continue
        key = (quote.paragraph, last_name(quote.speaker))
        if key not in seen:
            seen.add(key)
            found.append(quote)
    multiset_match(
        score,
        "quote_speaker",
        (last_name(q["speaker"]) for q in gold),
        (last_name(q.speaker) for q in found),
    )
    by_speaker: dict[str, list[Any]] = defaultdict(list)
    for quote in found:
        by_speaker[last_name(quote.speaker)].append(quote)
    for element, key, attr in (
        ("quote_title", "title", "title"),
        ("quote_org", "organisation", "organisation"),
    ):
        for want in gold:
            if not want.get(key):
                continue
            candidates = [getattr(q, attr) for q in by_speaker.get(last_name(want["speaker"]), [])]
            wanted = words(want[key])
            if any(c and len(wanted & words(c)) * 2 >= len(wanted) for c in candidates):
                score.count(element, tp=1)
            else:
                score.count(
                    element, fn=1, why=f"{want['speaker']}: want {want[key]!r} got {candidates}"
                )


def _section_text(section: Any) -> str:
    heading = getattr(section.heading, "text", section.heading)
    parts = [heading] if isinstance(heading, str) else []
    parts += [p.text for p in section.paragraphs] or [section.text]
    return " ".join(parts)


def _about(score: Score, label: dict[str, Any], release: Any) -> None:
    gold = list(label.get("about") or [])
    found = list(release.about)
    for want in gold:
        company = words(want["company"])
        match = next(
            (
                a
                for a in found
                if (company & words(a.subject) or squash(want["company"]) in squash(a.text))
                and starts_with(_section_text(a), want["start"], START_SLACK + len(a.subject))
            ),
            None,
        )
        if match is None:
            score.count("about", fn=1, why=f"missed About {want['company']!r}")
            score.count("about_end", fn=1)
            continue
        found.remove(match)
        score.count("about", tp=1)
        if ends_with(_section_text(match), want["end"]):
            score.count("about_end", tp=1)
        else:
            tail = _section_text(match)[-60:]
            score.count(
                "about_end",
                fn=1,
                fp=1,
                why=f"{want['company']}: want …{want['end']!r} got …{tail!r}",
            )
    for extra in found:
        score.count("about", fp=1, why=f"spurious About {extra.subject!r}")


def _fls(score: Score, label: dict[str, Any], release: Any) -> None:
    want = label.get("forward_looking")
    found = list(release.forward_looking)
    if want:
        match = next((f for f in found if starts_with(_section_text(f), want["start"])), None)
        if match is None:
            got = [_section_text(f)[:50] for f in found]
            score.count("fls", fn=1, why=f"want {want['start']!r} got {got}")
            score.count("fls_end", fn=1)
        else:
            found.remove(match)
            score.count("fls", tp=1)
            text = _section_text(match)
            if ends_with(text, want["end"]):
                score.count("fls_end", tp=1)
            else:
                score.count("fls_end", fn=1, fp=1, why=f"want …{want['end']!r} got …{text[-60:]!r}")
    for extra in found:
        score.count("fls", fp=1, why=f"spurious {_section_text(extra)[:50]!r}")


def _contacts(score: Score, label: dict[str, Any], release: Any) -> None:
    gold = label.get("contacts") or []
    found = release.contacts
    multiset_match(
        score,
        "contact_name",
        (person(n) for c in gold for n in c["names"]),
        (person(n) for c in found for n in c.names),
    )
    multiset_match(
        score,
        "contact_email",
        (e.strip().lower() for c in gold for e in c["emails"]),
        (e.text.strip().lower() for c in found for e in c.emails),
    )
    multiset_match(
        score,
        "contact_phone",
        (phone_digits(p) for c in gold for p in c["phones"]),
        (phone_digits(p.text) for c in found for p in c.phones),
    )
    labels = [label_key(c["label"]) for c in gold if c.get("label")]
    if labels:
        multiset_match(
            score, "contact_label", labels, (label_key(c.label) for c in found if c.label)
        )


# -- building .docx releases from corpus text ------------------------------------------------

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def make_docx(markdown_path: Path, out: Path) -> Path:
    """Write a Word file with the release's paragraphs (headings as Heading styles), as a
    communications team would have drafted it before the wire flattened it."""
    from docx import Document

    document = Document()
    text = markdown_path.read_text(encoding="utf-8", errors="replace")
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        level = 0
        heading = re.match(r"^(#{1,6})\s+", chunk)
        if heading:
            level = len(heading.group(1))
            chunk = chunk[heading.end() :]
        chunk = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", chunk)).replace("\\", "")
        if level:
            document.add_heading(chunk.replace("\n", " "), level=min(level, 3))
        else:
            paragraph = document.add_paragraph()
            lines = chunk.split("\n")
            for number, line in enumerate(lines):
                run = paragraph.add_run(line.strip())
                if number < len(lines) - 1:
                    run.add_break()
    target = out / (markdown_path.stem + ".docx")
    document.save(str(target))
    return target


# -- the run ----------------------------------------------------------------------------------


def read_split() -> list[dict[str, str]]:
    with (GOLD / "SPLIT.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def split_names() -> list[str]:
    """The splits ``SPLIT.tsv`` names, in order of first appearance."""
    return list(dict.fromkeys(row["split"] for row in read_split()))


_LABEL_KEYS = {
    "file": (str,),
    "headline": (str, type(None)),
    "dateline": (dict, type(None)),
    "quotes": (list,),
    "about": (list,),
    "forward_looking": (dict, type(None)),
    "contacts": (list,),
    "source_line": (str, type(None)),
    "end_mark": (str, type(None)),
}
_OPTIONAL_KEYS = {"note"}
_PART_KEYS: dict[str, dict[str, tuple[type, ...]]] = {
    "dateline": {k: (str, type(None)) for k in ("city", "region", "wire", "date")},
    "quotes": {"speaker": (str,), "title": (str, type(None)), "organisation": (str, type(None))},
    "about": {"company": (str,), "start": (str,), "end": (str,)},
    "forward_looking": {"start": (str,), "end": (str,)},
    "contacts": {
        "label": (str, type(None)),
        "names": (list,),
        "emails": (list,),
        "phones": (list,),
    },
}


def source_path(row: dict[str, str], corpus: Path) -> Path:
    """Where the release of a ``SPLIT.tsv`` row lives: ``parse_gold/`` for written releases,
    the corpus otherwise."""
    return (GOLD if row["file"].startswith(WRITTEN) else corpus) / row["file"]


def _written_docx(row: dict[str, str]) -> bool:
    """A Word file written for the gold set (``written8/``), read as it is, not built."""
    return row["file"].startswith(WRITTEN) and row["file"].endswith(".docx")


def release_path(row: dict[str, str], corpus: Path, tmp: Path) -> Path:
    """The file to parse for a row: a corpus ``docx`` row's Markdown is built into a Word file
    in ``tmp``; every other row (written Word files included) is read where it lies."""
    path = source_path(row, corpus)
    if row["kind"] == "docx" and not _written_docx(row):
        path = make_docx(path, tmp)
    return path


def label_problems(row: dict[str, str], label: Any, corpus: Path) -> list[str]:
    """What is wrong with one label file: missing or unknown keys, wrong types, an ISO date
    that is not one, a file name that does not match its row, a corpus file that is missing."""
    if not isinstance(label, dict):
        return ["not a JSON object"]
    problems = [f"missing key {k!r}" for k in _LABEL_KEYS if k not in label]
    problems += [
        f"unknown key {k!r}" for k in label if k not in _LABEL_KEYS.keys() | _OPTIONAL_KEYS
    ]
    for key, types in _LABEL_KEYS.items():
        if key in label and not isinstance(label[key], types):
            problems.append(f"{key}: {type(label[key]).__name__}")
    if label.get("file") != row["file"]:
        problems.append(f"file {label.get('file')!r} is not the row's {row['file']!r}")
    for key, fields in _PART_KEYS.items():
        value = label.get(key)
        parts = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
        for number, part in enumerate(parts):
            if not isinstance(part, dict) or set(part) != set(fields):
                problems.append(
                    f"{key}[{number}]: keys {sorted(part) if isinstance(part, dict) else part}"
                )
                continue
            problems += [
                f"{key}[{number}].{name}: {type(part[name]).__name__}"
                for name, types in fields.items()
                if not isinstance(part[name], types)
            ]
            if key == "contacts":
                problems += [
                    f"contacts[{number}].{name}: not all strings"
                    for name in ("names", "emails", "phones")
                    if not all(isinstance(item, str) for item in part[name])
                ]
    dateline = label.get("dateline")
    date = dateline.get("date") if isinstance(dateline, dict) else None
    if isinstance(date, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        problems.append(f"dateline.date {date!r} is not ISO")
    if not source_path(row, corpus).is_file():
        problems.append(f"corpus file missing: {source_path(row, corpus)}")
    if row["kind"] == "docx" and not (row["file"].endswith(".md") or _written_docx(row)):
        problems.append("a docx row must name a Markdown release or a written Word file")
    return problems


def in_splits(row: dict[str, str], split: str) -> bool:
    """Whether a ``SPLIT.tsv`` row belongs to ``split`` (a name, names joined by commas, or all)."""
    return split == "all" or row["split"] in split.split(",")


def split_argument(value: str) -> str:
    """``--split``'s value, checked name by name so a typo is an error, not an empty score."""
    known = set(split_names())
    unknown = [name for name in value.split(",") if name not in known]
    if value != "all" and unknown:
        choices = ", ".join((*split_names(), "all"))
        raise argparse.ArgumentTypeError(f"unknown split {unknown[0]!r} (choose from {choices})")
    return value


def check_labels(split: str, corpus: Path) -> int:
    """Load every label of the split and report problems; parse nothing."""
    kinds: Counter[str] = Counter()
    bad = 0
    for row in read_split():
        if not in_splits(row, split):
            continue
        kinds[row["kind"]] += 1
        label_path = GOLD / (Path(row["file"]).stem + ".json")
        try:
            label = json.loads(label_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            problems = [f"cannot load {label_path.name}: {error}"]
        else:
            problems = label_problems(row, label, corpus)
        if problems:
            bad += 1
            print(f"{row['file']}: " + "; ".join(problems))
    total = sum(kinds.values())
    by_kind = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
    print(f"split: {split}   labels: {total} ({by_kind})   with problems: {bad}")
    return 1 if bad or not total else 0


def listed_names(listing: Path) -> list[str]:
    """The file names a list gives (one path a line, blank lines ignored), in its order."""
    lines = listing.read_text(encoding="utf-8").splitlines()
    return [Path(line.strip()).name for line in lines if line.strip()]


def skipped_names(listing: Path | None) -> set[str]:
    """File names listed (one path a line) in ``listing``: releases a run must not touch."""
    return set(listed_names(listing)) if listing is not None else set()


def releases(
    split: str, corpus: Path, tmp: Path, skip: set[str] | frozenset[str] = frozenset()
) -> Iterator[tuple[dict[str, str], dict[str, Any], Any]]:
    from disclint.parse import parse_source
    from disclint.readers import read_path

    for row in read_split():
        if not in_splits(row, split):
            continue
        if Path(row["file"]).name in skip:
            continue
        label_path = GOLD / (Path(row["file"]).stem + ".json")
        if not label_path.exists():
            print(f"(no label yet: {row['file']})", file=sys.stderr)
            continue
        label = json.loads(label_path.read_text(encoding="utf-8"))
        yield row, label, parse_source(read_path(release_path(row, corpus, tmp)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        type=split_argument,
        default="dev",
        help="a split of SPLIT.tsv, several joined by commas, or all (default: dev)",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--worst", type=int, default=8, help="releases to list, worst first")
    parser.add_argument("--show", metavar="FILE", help="print every miss of releases matching")
    parser.add_argument(
        "--skip-listed",
        metavar="LIST",
        type=Path,
        help="leave out the releases a file lists (one path a line), e.g. a session's blind list",
    )
    parser.add_argument(
        "--check-labels",
        action="store_true",
        help="only load and check the split's labels (parses nothing, prints no scores)",
    )
    args = parser.parse_args()
    if args.check_labels:
        return check_labels(args.split, args.corpus)

    by_element: dict[str, Tally] = defaultdict(Tally)
    by_kind: dict[str, Tally] = defaultdict(Tally)
    by_kind_element: dict[tuple[str, str], Tally] = defaultdict(Tally)
    per_release: list[tuple[float, str, Score]] = []
    with tempfile.TemporaryDirectory(prefix="disclint-gold-") as tmp:
        skip = skipped_names(args.skip_listed)
        for row, label, release in releases(args.split, args.corpus, Path(tmp), skip):
            score = score_release(label, release)
            for element, tally in score.tallies.items():
                by_element[element].add(tally)
                by_kind[row["kind"]].add(tally)
                by_kind_element[(row["kind"], element)].add(tally)
            per_release.append((score.total().prf()[2], row["file"], score))
            if args.show and args.show in row["file"]:
                print(f"== {row['file']}")
                for miss in score.misses:
                    print(f"   {miss}")

    total = Tally()
    print(f"split: {args.split}   releases: {len(per_release)}")
    print(f"{'element':16} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for element in ELEMENTS:
        tally = by_element.get(element)
        if tally is None:
            continue
        total.add(tally)
        p, r, f = tally.prf()
        print(f"{element:16} {p:6.3f} {r:6.3f} {f:6.3f}   {tally.tp}/{tally.fp}/{tally.fn}")
    p, r, f = total.prf()
    print(f"{'TOTAL':16} {p:6.3f} {r:6.3f} {f:6.3f}   {total.tp}/{total.fp}/{total.fn}")
    print("\nby source kind:")
    for kind, tally in sorted(by_kind.items()):
        p, r, f = tally.prf()
        print(f"  {kind:12} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print("\nsection ends / contacts by kind (F1):")
    for kind in sorted(by_kind):
        cells = []
        for element in ("about_end", "fls_end", "contact_name", "contact_email"):
            tally = by_kind_element.get((kind, element))
            cells.append(f"{element} {tally.prf()[2]:.2f}" if tally else f"{element} -")
        print(f"  {kind:12} " + "  ".join(cells))
    print(f"\nworst {args.worst} releases:")
    for f1, name, score in sorted(per_release)[: args.worst]:
        print(f"  F1 {f1:.3f}  {name}")
        for miss in score.misses[:6]:
            print(f"      {miss[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
