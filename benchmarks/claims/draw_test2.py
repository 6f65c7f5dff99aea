"""The seeded draw that chose the corpus releases of the ``test2`` claim split.

    python benchmarks/claims/draw_test2.py [--corpus ../shared/corpus/real] [--stage 1|2]

Releases were chosen by chance, not by what the NUM rules handle: the population is every
corpus file not already named by a claim of an earlier split, with at least 6 figures
(stage 1) or 3 to 5 figures (stage 2, drawn once stage 1 was read to its end); each
stage's file names, sorted, are shuffled with ``random.Random(SEED)`` and were read in that
order. A figure is a match of ``FIGURE`` in the bytes decoded as UTF-8.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus" / "real"
SEED = 20261202
FIGURE = re.compile(r"\$\s?\d|\d\s?%|\d percent")
#: Splits labelled with or after this draw: their files do not shrink the population.
LATER = {"test2", "own3"}


def earlier_files(claims: Path) -> set[str]:
    with claims.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["file"] for row in rows if row["split"] not in LATER}


def draw(corpus: Path, stage: int, claims: Path) -> list[str]:
    used = earlier_files(claims)
    low, high = (6, None) if stage == 1 else (3, 6)
    names = []
    for path in sorted(corpus.iterdir()):
        if path.name == "MANIFEST.tsv" or path.name in used:
            continue
        count = len(FIGURE.findall(path.read_bytes().decode("utf-8", "replace")))
        if count >= low and (high is None or count < high):
            names.append(path.name)
    random.Random(SEED).shuffle(names)
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--claims", type=Path, default=HERE / "claims.tsv")
    parser.add_argument("--stage", type=int, choices=(1, 2), default=1)
    args = parser.parse_args()
    print("\n".join(draw(args.corpus, args.stage, args.claims)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
