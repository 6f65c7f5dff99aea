"""The NUM claim benchmark: extraction recall, detection recall and false alarms.

    python benchmarks/claims/score.py [--corpus ../shared/corpus/real] [--show-misses]
                                      [--split test2 --split own3] [--validate]

``claims.tsv`` lists arithmetic claims verified by hand, one a line: an id, the split
(``train``: corpus releases read while writing the claim readers; ``test``: the corpus's
``1001+`` files, labelled after the readers were written and not read while changing
them; ``own``: short releases written for the benchmark, in ``releases/``; ``own2``: more
of them, scored before any change; ``test2``: corpus releases drawn at random after the
claim model was written, labelled without running the NUM rules on them (see
``README.md``; ``dev2`` is the half of its files handed to developers); ``own3`` and
``own6``: releases written for the benchmark in the same way; ``test3``: corpus releases
of a pool the lead drew in session 11, labelled in the same way and unread; ``own5``:
releases with statement tables in each layout, for the table rules), the file, the
relation (as ``disclint.rules.arithmetic.model.RELATIONS`` names it), the operands as
``text@offset`` (the exact text and its character offset in the decoded file), which
operand the generator moves (its index; ``2-`` moves it down), and the arithmetic as
checked by hand.

For every claim the scorer

* checks **extraction**: the NUM family lists a claim of that relation whose operands
  include every labelled operand (``claims_of``);
* makes a **defective copy**: the moved operand's number times 1.25 (0.75 for ``k-``; one
  more step if that still rounds to the same figure), written in the same style; and
  checks **detection**:
  the copy gets a NUM error or warning that the untouched release does not get;
* counts **false alarms**: NUM errors and warnings on the untouched releases.

``--validate`` only checks that every operand's text is found at its offset and prints the
rows that are not (no detection is run): labellers use it to check rows without seeing what
the rules find. ``--split`` scores only the named splits.

Corpus text stays in the corpus: ``claims.tsv`` holds file names, offsets and the
operands' own figures only.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from disclint.engine import Engine, RunOptions
from disclint.errors import InputError
from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_path
from disclint.rules.arithmetic.model import claims_of

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus" / "real"
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
ENGINE = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))


@dataclass(frozen=True)
class Operand:
    text: str
    offset: int


@dataclass(frozen=True)
class Labelled:
    ident: str
    split: str
    file: str
    relation: str
    operands: tuple[Operand, ...]
    moved: int
    down: bool  # "2-": move the operand down (x 0.75) rather than up
    arithmetic: str


def load(path: Path) -> list[Labelled]:
    rows: list[Labelled] = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(
            (line for line in handle if not line.startswith("#")), delimiter="\t"
        ):
            operands = tuple(
                Operand(text, int(offset))
                for text, offset in (o.rsplit("@", 1) for o in row["operands"].split(" | "))
            )
            rows.append(
                Labelled(
                    row["id"],
                    row["split"],
                    row["file"],
                    row["relation"],
                    operands,
                    int(row["moved"].rstrip("-")),
                    row["moved"].endswith("-"),
                    row["arithmetic"],
                )
            )
    return rows


def resolve(file: str, corpus: Path) -> Path:
    return HERE / file if file.startswith("releases/") else corpus / file


def _write_like(number: str, value: Decimal) -> str:
    places = len(number.split(".")[1]) if "." in number else 0
    text = f"{value:,.{places}f}" if "," in number else f"{value:.{places}f}"
    return text


def moved_text(text: str, down: bool = False) -> str:
    """The operand with its number moved 25% up (down), further if the writing would hide
    the move (a whole number moved less than one unit)."""
    match = NUMBER.search(text)
    if match is None:
        raise ValueError(f"no number in operand {text!r}")
    number = match.group()
    value = Decimal(number.replace(",", ""))
    step = Decimal("-0.25") if down else Decimal("0.25")
    factor = 1 + step
    new = _write_like(number, value * factor)
    while new == number or abs(Decimal(new.replace(",", "")) - value) < value / 10:
        factor += step
        new = _write_like(number, value * factor)
    return text[: match.start()] + new + text[match.end() :]


def defective(raw: str, claim: Labelled) -> str:
    operand = claim.operands[claim.moved]
    found = raw[operand.offset : operand.offset + len(operand.text)]
    if found != operand.text:
        raise ValueError(f"{claim.ident}: {operand.text!r} not at {operand.offset} ({found!r})")
    end = operand.offset + len(operand.text)
    return raw[: operand.offset] + moved_text(operand.text, claim.down) + raw[end:]


def misplaced(claims: list[Labelled], corpus: Path) -> list[str]:
    """One line per operand whose text is not at its offset (or whose file is missing)."""
    errors: list[str] = []
    raws: dict[str, str] = {}
    for claim in claims:
        if claim.file not in raws:
            try:
                raws[claim.file] = read_path(resolve(claim.file, corpus)).raw
            except InputError as exc:
                errors.append(f"{claim.ident}: {exc}")
                raws[claim.file] = ""
                continue
        raw = raws[claim.file]
        if not raw:
            continue
        for index, operand in enumerate(claim.operands):
            found = raw[operand.offset : operand.offset + len(operand.text)]
            if found != operand.text:
                errors.append(
                    f"{claim.ident}: operand {index} {operand.text!r} not at {operand.offset}"
                    f" in {claim.file} (found {found!r})"
                )
        if not 0 <= claim.moved < len(claim.operands):
            errors.append(f"{claim.ident}: moved operand {claim.moved} out of range")
    return errors


def problems(path: Path) -> set[tuple[str, str]]:
    result = ENGINE.check_path(path)
    return {(f.code, f.message) for f in result.findings if f.severity.value != "info"}


def extracted(path: Path, claim: Labelled) -> bool:
    source = read_path(path)
    facts = Facts(parse_source(source))
    for found in claims_of(facts):
        if found.relation != claim.relation:
            continue
        spans = [(source.raw_offset(q.start), source.raw_end(q.end)) for q in found.operands if q]
        if all(any(start - 3 <= o.offset <= end for start, end in spans) for o in claim.operands):
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--claims", type=Path, default=HERE / "claims.tsv")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--split", action="append", help="score only this split (repeatable)")
    parser.add_argument(
        "--validate", action="store_true", help="only check each operand is at its offset"
    )
    args = parser.parse_args()
    claims = [c for c in load(args.claims) if not args.split or c.split in args.split]
    if args.validate:
        errors = misplaced(claims, args.corpus)
        for error in errors:
            print(error)
        print(f"{len(claims)} claims checked, {len(errors)} errors")
        return 1 if errors else 0
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    alarms: dict[str, dict[str, set[tuple[str, str]]]] = defaultdict(dict)
    with tempfile.TemporaryDirectory() as tmp:
        for claim in claims:
            path = resolve(claim.file, args.corpus)
            raw = read_path(path).raw
            before = alarms[claim.split].setdefault(claim.file, problems(path))
            copy = Path(tmp) / f"{claim.ident}{path.suffix}"
            copy.write_text(defective(raw, claim), encoding="utf-8")
            caught = bool(problems(copy) - before)
            seen = extracted(path, claim)
            for key in ((claim.split, claim.relation), (claim.split, "ALL")):
                row = table[key]
                row[0] += 1
                row[1] += seen
                row[2] += caught
            if args.show_misses and not caught:
                print(f"miss {claim.ident} {claim.relation} {claim.file} extracted={seen}")
    print(f"{'split':6} {'relation':12} {'claims':>6} {'extracted':>10} {'detected':>9}")
    for (split, relation), (n, seen, caught) in sorted(table.items()):
        print(
            f"{split:6} {relation:12} {n:6} {seen / n:10.0%} {caught / n:9.0%}"
            f"   ({seen}/{n}, {caught}/{n})"
        )
    for split, files in sorted(alarms.items()):
        count = sum(len(found) for found in files.values())
        print(f"false alarms on untouched {split} releases: {count} in {len(files)} files")
        for file, found in sorted(files.items()):
            for code, message in sorted(found):
                print(f"  {file}: {code} {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
