"""Table reading coverage: an unsupervised measure of how well the table reader reads totals.

    python benchmarks/claims/table_coverage.py --files LIST [--corpus DIR] [--show N]
                                               [--rows FILE]

Over the files named in ``--files`` (one a line, required: a list of corpus files without
the blind test data), every table fact (``disclint.tables.read_tables``) is looked at for

* **total rows**: rows whose label makes them a subtotal or total (the labels NUM020 and
  NUM017 recognise: "Total ...", "Gross profit", "Operating income", "Net income", "...,
  net" under "Less ...") and unlabelled rows with figures under a run of items (counted
  apart when a rule line "-----" stands above them in the source). A total row is
  **explained** when one of NUM020's forms (the sum of the items right above it, an
  earlier subtotal standing for its rows, or the topmost item less the others) gives it
  within rounding in at least one column that adds up, or NUM017's plain sum does. No
  label is needed for a row to be explained, so the share explained measures how often
  the table was read into the right columns, signs and rows;
* **reading problems** (counted per table, a table once per kind): rows whose figures
  were not read (not one per column: misaligned columns, a figure split over cells),
  cells with digits the figure pattern does not read ("1,234 (a)"), a "(" cell before a
  figure (its sign lost), a row of years read as data (a header read as figures), a
  figure written in parentheses read as positive, dashes the nil pattern misses, and a
  table whose unit is stated near it ("in thousands") but not read (scale 1).

Printed by source kind (EDGAR HTML, EDGAR text, wire Markdown, plain text), then the files
with unexplained totals. Only aggregate counts and the files' own names are printed;
``--rows`` writes each unexplained row (file, table, label, figures) to a file for reading.
Never run on blind files: the list is the session's non-blind one (the corpus minus every
file a ``test*`` split of the benchmarks names).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from disclint.errors import InputError
from disclint.parse import parse_source
from disclint.readers import read_path
from disclint.rules.arithmetic import table_subtotals as ts
from disclint.rules.arithmetic.table_totals import table_totals
from disclint.tables import _FIGURE, _FILLER, _MARK, _NIL, Table, read_tables

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus" / "real"
_EDGAR_SOURCE = re.compile(r"ex-?99|8-K|sec\.gov|edgar|exhibit", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DATED = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I
)
_RULE = re.compile(r"^[-=_—–\s]{3,}$")
_SCALE_NEAR = re.compile(r"\bin\s+(?:thousands|millions|billions)\b|\(\$?000'?s?\)", re.I)
_DASHES = re.compile(r"^[\s$€£(]*[-−–—]+[\s)%]*$|^[-−–—]\s*0\s*[-−–—]$")
KINDS = ("EDGAR HTML", "EDGAR text", "wire Markdown", "plain text")
WRITTEN = ("written HTML", "written text", "written Markdown")
LAYOUTS = ("layout HTML", "layout text")
RELEASES = HERE / "releases"
#: Statements written for this measure in the EDGAR layouts the non-blind corpus lacks
#: (text exhibits, HTML with spacer cells), invented figures; the fixes were made on them.
LAYOUT_DIR = HERE / "layouts"


@dataclass
class Tally:
    files: int = 0
    tables: int = 0
    totals: int = 0
    explained: int = 0
    unlabelled: int = 0
    unlabelled_explained: int = 0
    ruled: int = 0
    ruled_explained: int = 0
    unread_total: int = 0  # the total row itself has no figures read
    alone: int = 0  # fewer than two items right above (a statement's first line): not counted
    problems: Counter[str] = field(default_factory=Counter)


def kind_of(name: str, manifest: dict[str, tuple[str, str]]) -> str:
    fmt, source = manifest.get(name, ("", ""))
    if source in WRITTEN or source in LAYOUTS:
        return source
    suffix = Path(name).suffix.lower()
    if fmt == "html" or suffix in (".html", ".htm"):
        return "EDGAR HTML"
    if fmt == "md" or suffix == ".md":
        return "wire Markdown"
    if _EDGAR_SOURCE.search(source) or _EDGAR_SOURCE.search(name):
        return "EDGAR text"
    return "plain text"


def _manifest(corpus: Path) -> dict[str, tuple[str, str]]:
    path = corpus / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return {
            r["file"]: (r["format"], r["source"]) for r in csv.DictReader(handle, delimiter="\t")
        }


def _is_total(table: Table, at: int) -> bool:
    row = table.rows[at]
    if row.empty and not row.unread:
        return False
    if ts._NOT_AN_AMOUNT.search(row.label):
        return False
    if ts._SUBTOTAL.match(row.label):
        return True
    if ts._NET.search(row.label) and at and ts._LESS_OR_ACCUMULATED.match(table.rows[at - 1].label):
        return True
    # an unlabelled row of figures under a labelled row of figures
    return not row.label.strip() and at > 0 and not table.rows[at - 1].empty


def _ruled(table: Table, at: int) -> bool:
    """Does a rule line ("-----") stand right above the row in the source?"""
    raw = table.paragraph.rows or []
    index = table.rows[at].index
    if not 0 < index <= len(raw) or table.parts > 1:
        return False
    above = raw[index - 1]
    return bool(above) and all(_RULE.match(c.text) or not c.text.strip() for c in above)


def _explained(table: Table, at: int, blocks: dict[int, int], columns: list[int]) -> bool:
    """Does a form give the row in one column? Besides NUM020's forms, a run whose one
    figure that is not nil is the total ("Total nonperforming assets" over one line of
    figures and two of dashes) counts: the table was read right, though the rule takes no
    evidence from it."""
    walked = ts._walk(table, at, blocks)
    row = table.rows[at]
    for c in columns:
        for _, result in ts._forms(walked, row, c):
            if result:
                return True
        stated = ts._value(row, c)
        running = Decimal(0)
        for item in walked:
            value = ts._value(item.row, c)
            if value is None or stated is None:
                break
            running += value
            if stated and running == stated:
                return True
    return False


def _problems(table: Table, release_text: str) -> set[str]:
    found: set[str] = set()
    if any(r.unread for r in table.rows):
        found.add("rows not read (figures not one per column)")
    for r in table.rows:
        if r.cells and all(c is not None and _YEAR.match(c.text.strip()) for c in r.cells):
            found.add("header row of years read as data")
        for c in r.cells:
            if c is not None and c.value > 0 and c.text.strip().startswith("(") and ")" in c.text:
                found.add("parenthesised figure read as positive")
    by_index = {r.index: r for r in table.rows}
    for at, raw_row in enumerate(table.paragraph.rows or []):
        texts = [c.text.strip() for c in raw_row[1:]]
        read = by_index.get(at)
        for i, text in enumerate(texts):
            if not text:
                continue
            if (
                text in ("(", "$(", "$ (")
                and i + 1 < len(texts)
                and _FIGURE.match(texts[i + 1])
                and not (
                    read is not None and any(c is not None and c.value < 0 for c in read.cells)
                )
            ):
                found.add("'(' in a cell of its own (sign lost)")
            elif _DASHES.match(text) and not _NIL.match(text) and not _FILLER.match(text):
                found.add("dash not read as nil")
            elif (
                _DIGIT.search(text)
                and not _FIGURE.match(text)
                and not _NIL.match(text)
                and not _FILLER.match(text)
                and not _MARK.match(text)
                and not _DATED.search(text)
                and len(text) <= 20
            ):
                found.add("cell with digits not read as a figure")
    if table.scale == 1 and any(not r.empty for r in table.rows):
        start = table.paragraph.span.text_start
        near = release_text[max(0, start - 400) : start] + " " + table.caption + " " + table.title
        head = " ".join(c.text for row in (table.paragraph.rows or [])[:4] for c in row)
        if _SCALE_NEAR.search(near) or _SCALE_NEAR.search(head):
            found.add("unit stated near the table, not read")
    return found


def measure(path: Path) -> tuple[list[Table], str]:
    source = read_path(path)
    release = parse_source(source)
    return read_tables(release), release.text


#: ``--files``: which corpus files a run may read.
FILES_HELP = "the corpus files to read, one name a line (a list without blind test data)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--files", type=Path, required=True, help=FILES_HELP)
    parser.add_argument("--show", type=int, default=100, help="files listed (0: none)")
    parser.add_argument("--rows", type=Path, help="write each unexplained row here")
    parser.add_argument(
        "--written",
        action="store_true",
        help="also the benchmark's written releases (releases/*) and the layouts written "
        "for this measure (layouts/*), as kinds of their own",
    )
    args = parser.parse_args()
    manifest = _manifest(args.corpus)
    names = [n for n in args.files.read_text(encoding="utf-8").split() if n]
    kinds = KINDS
    if args.written:
        kinds = KINDS + WRITTEN + LAYOUTS
        for path in sorted(RELEASES.iterdir()):
            kind = {".html": 0, ".htm": 0, ".txt": 1, ".md": 2}.get(path.suffix)
            if kind is not None:
                names.append(str(path))
                manifest[str(path)] = ("", WRITTEN[kind])
        for path in sorted(LAYOUT_DIR.iterdir()):
            kind = {".html": 0, ".txt": 1}.get(path.suffix)
            if kind is not None:
                names.append(str(path))
                manifest[str(path)] = ("", LAYOUTS[kind])
    tally: dict[str, Tally] = defaultdict(Tally)
    unexplained: Counter[str] = Counter()
    out = args.rows.open("w", encoding="utf-8") if args.rows else None
    for name in names:
        kind = kind_of(name, manifest)
        try:
            tables, text = measure(args.corpus / name)
        except InputError:
            continue
        t = tally[kind]
        t.files += 1
        for table in tables:
            if not any(not r.empty for r in table.rows):
                continue
            t.tables += 1
            for problem in _problems(table, text):
                t.problems[problem] += 1
            columns = ts._columns(table)
            blocks: dict[int, int] = {}
            for s in ts.subtotal_checks([table]):
                at = table.rows.index(s.row)
                top = table.rows.index(s.items[0])
                blocks[at] = blocks.get(top, top)
            matched = {x.total.index for x in table_totals([table]) if x.matched}
            for at, row in enumerate(table.rows):
                if not _is_total(table, at):
                    continue
                if (
                    row.index not in matched
                    and len(ts._walk(table, at, blocks)) < 2
                    and not any(r.unread for r in table.rows[:at])
                ):
                    t.alone += 1
                    continue
                t.totals += 1
                unlabelled = not row.label.strip()
                ruled = _ruled(table, at)
                t.unlabelled += unlabelled
                t.ruled += ruled
                if row.unread:
                    t.unread_total += 1
                ok = row.index in matched or _explained(table, at, blocks, columns)
                if ok:
                    t.explained += 1
                    t.unlabelled_explained += unlabelled
                    t.ruled_explained += ruled
                    continue
                unexplained[name] += 1
                if out is not None:
                    figures = [c.text.strip() if c else "·" for c in row.cells]
                    out.write(f"{name}\tT{table.index}\t{row.label[:60]!r}\t{figures}\n")
    if out is not None:
        out.close()
    print(
        "kind            files tables  totals explained   (unlabelled  ruled)  total-unread  alone"
    )
    all_ = Tally()
    for kind in kinds:
        t = tally.get(kind, Tally())
        share = f"{t.explained / t.totals:.0%}" if t.totals else "-"
        print(
            f"{kind:<15} {t.files:>5} {t.tables:>6} {t.totals:>7} {t.explained:>5} {share:>4}"
            f"   ({t.unlabelled_explained}/{t.unlabelled}  {t.ruled_explained}/{t.ruled})"
            f"  {t.unread_total:>5}  {t.alone:>5}"
        )
        for name in ("files", "tables", "totals", "explained", "unlabelled"):
            setattr(all_, name, getattr(all_, name) + getattr(t, name))
        all_.unlabelled_explained += t.unlabelled_explained
        all_.ruled += t.ruled
        all_.ruled_explained += t.ruled_explained
        all_.unread_total += t.unread_total
        all_.alone += t.alone
        all_.problems.update(t.problems)
    share = f"{all_.explained / all_.totals:.0%}" if all_.totals else "-"
    print(
        f"{'all':<15} {all_.files:>5} {all_.tables:>6} {all_.totals:>7} {all_.explained:>5}"
        f" {share:>4}   ({all_.unlabelled_explained}/{all_.unlabelled}"
        f"  {all_.ruled_explained}/{all_.ruled})  {all_.unread_total:>5}  {all_.alone:>5}"
    )
    print("\ntables with a reading problem, by kind:")
    problems = sorted(all_.problems)
    for problem in problems:
        counts = " ".join(f"{tally.get(k, Tally()).problems[problem]:>4}" for k in kinds)
        print(f"  {problem:<48} {counts}")
    print(f"  (columns: {' / '.join(kinds)})")
    if args.show:
        print(f"\nfiles with unexplained totals ({len(unexplained)}):")
        for name, count in unexplained.most_common(args.show):
            print(f"  {count:>3}  {kind_of(name, manifest):<16} {Path(name).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
