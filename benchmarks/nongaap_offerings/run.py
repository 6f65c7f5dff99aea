"""Dev set for the NG / OFF / DISC families: clean corpus releases and one realistic edit each.

    python benchmarks/nongaap_offerings/run.py build ../shared/corpus/real   # writes pairs.toml
    python benchmarks/nongaap_offerings/run.py run ../shared/corpus/real [--split dev|test] [-v]
    python benchmarks/nongaap_offerings/run.py build-test2 ../shared/corpus/real [--seed 13]
    python benchmarks/nongaap_offerings/run.py validate ../shared/corpus/real [--split test2]
    python benchmarks/nongaap_offerings/run.py validate --split test3   # written pairs

``build`` picks candidate releases for each edit of ``edits.CATEGORIES`` by what their raw
text contains (never by reading them), in two splits fixed by a hash of the file name: ``dev``
(the releases the rules were tuned on) and ``test`` (not read while changing the rules).
``run`` checks each named release untouched (no warning or error from the NG, OFF or DISC
families is allowed) and with its edit applied (the expected rule must report it), and prints
the caught rate and the clean rate per split and per edit. An edit that did not remove what it
should (the release words it differently) is counted apart as "edit missed". A release that is
a cut-off or republished copy gets an absence finding as an ``info`` reminder by design (what
it lacks may be in the missing part): such a pair is counted in the ``copy`` column, and the
caught rate is printed both over all edited pairs and over the complete releases. Nothing of the
corpus is stored here: ``pairs.toml`` names files and edits only.

``test2`` (``pairs_test2.toml``) is a second, fresh test split: ``build-test2`` draws, with a
fixed seed, up to ``TEST2_PER_EDIT`` releases for each edit among the issuer releases that
``pairs.toml`` does not name and whose text has what the edit removes (``Category.eligible``),
never by what disclint reports. ``run`` leaves it out unless ``--split test2`` or ``--split
all`` is given. ``validate`` checks that each pair still applies (the release has what the
edit removes, and the edit removes it) without running disclint, so it shows nothing of what
the rules catch.

``test3`` (``pairs_test3.toml``) is written, not drawn: releases of fictional issuers written
for the benchmark, each stored twice under ``written/``, clean and with one edit made by hand.
Its pairs name ``release`` and ``defective`` (paths relative to this folder) instead of a
corpus ``file``; ``run`` reads the defective text from the file instead of applying
``Category.apply``, and ``validate`` checks that both files exist, differ, and that the
defective one lacks what ``Category.gone`` says the edit removes. These pairs need no corpus
argument. ``run`` leaves test3 out unless ``--split test3`` or ``--split all`` is given.
``test4`` (``pairs_test4.toml``, ``written4/``) is a second written split made the same way
by another author, once test3 had been read; ``test5`` (``pairs_test5.toml``, ``written5/``) a
third, by a third author once test4 had been scored; ``test6`` (``pairs_test6.toml``,
``written6/``) a fourth, by a fourth author once test5 had been scored; ``test7``
(``pairs_test7.toml``, ``written7/``) a fifth, by a fifth author once test6 had been scored
(left out of ``run`` unless ``--split test7`` or ``--split all`` is given); ``authored``
(``pairs_authored.toml``, ``authored/``) holds releases the rule authors wrote while tuning
(training data).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tempfile
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from edits import CATEGORIES, visible_text  # noqa: E402

FAMILIES = ("NG", "OFF", "DISC")
PER_CATEGORY = 6
TEST2_PER_EDIT = 8
SPONSORED = re.compile(r"\bsponsored\s+(?:content|post|article)\b|\bpaid\s+advertisement\b", re.I)
SPLIT_FILES = {
    "dev": "pairs.toml",
    "test": "pairs.toml",
    "test2": "pairs_test2.toml",
    "test3": "pairs_test3.toml",
    "test4": "pairs_test4.toml",
    "test5": "pairs_test5.toml",
    "test6": "pairs_test6.toml",
    "train6": "pairs_test6.toml",  # test6 pairs read after its first scoring
    "test7": "pairs_test7.toml",
    "authored": "pairs_authored.toml",
}
#: Releases written for the benchmark (fictional; ``pairs_authored.toml``), not corpus files.
AUTHORED = HERE / "authored"


def release_path(corpus: Path | None, pair: dict[str, str]) -> Path:
    """Where a pair's release is: the corpus, or ``authored/`` for the written ones."""
    if pair["split"] == "authored":
        return AUTHORED / pair["file"]
    if corpus is None:
        raise SystemExit(f"{pair['file']}: a corpus pair needs the corpus argument")
    return corpus / pair["file"]


def split_of(name: str) -> str:
    """``test`` for a seeded half of the corpus, ``dev`` for the other half."""
    return "test" if hashlib.sha1(("p13" + name).encode()).digest()[0] % 2 else "dev"


def _decode(data: bytes) -> tuple[str, str]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


@lru_cache(maxsize=2)
def _manifest(corpus: Path) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for line in (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) >= 6:
            kinds[fields[0]] = fields[5]
    return kinds


def _third_party(path: Path) -> bool:
    from disclint.errors import InputError
    from disclint.parse import parse_path
    from disclint.standing import third_party_evidence

    try:
        return third_party_evidence(parse_path(str(path)), []) is not None
    except InputError:
        return True


def build(corpus: Path) -> None:
    kinds = _manifest(corpus)
    chosen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in sorted(kinds):
        path = corpus / name
        if not path.exists():
            continue
        raw, _ = _decode(path.read_bytes())
        if _third_party(path):
            continue  # a promotion network's article: not the issuer's release to edit
        for category in CATEGORIES.values():
            key = (category.name, split_of(name))
            if len(chosen[key]) < PER_CATEGORY and category.select(raw, kinds[name]):
                chosen[key].append(name)
    lines = [
        "# Generated by run.py build: corpus releases (by file name) and the edit applied to",
        "# each at benchmark time. No corpus text is stored.",
    ]
    for (category, split), names in sorted(chosen.items()):
        for name in names:
            lines += [
                "",
                "[[pair]]",
                f'file = "{name}"',
                f'edit = "{category}"',
                f'split = "{split}"',
            ]
    (HERE / "pairs.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(len(v) for v in chosen.values())} pairs written to {HERE / 'pairs.toml'}")


def load_pairs(split: str | None) -> list[dict[str, str]]:
    """The pairs of ``split``: ``None`` means dev and test (``pairs.toml``), ``all`` adds
    ``test2``, ``test3``, ``test4``, ``test5``, ``test6``, ``test7`` and ``authored``."""
    import tomllib

    files = sorted(set(SPLIT_FILES.values())) if split == "all" else [SPLIT_FILES[split or "dev"]]
    pairs: list[dict[str, str]] = []
    for name in files:
        pairs += tomllib.loads((HERE / name).read_text(encoding="utf-8"))["pair"]
    return [p for p in pairs if split in (None, "all") or p["split"] == split]


def written(pair: dict[str, str]) -> bool:
    """Whether ``pair`` is a written one (``release`` and ``defective`` files stored here)
    rather than a corpus ``file`` edited at run time."""
    return "release" in pair


def pair_name(pair: dict[str, str]) -> str:
    return pair["release"] if written(pair) else pair["file"]


def texts(corpus: Path | None, pair: dict[str, str]) -> tuple[str, str, str, str]:
    """The clean text, the defective text, the file suffix and the encoding of ``pair``: a
    written pair's two files, or a corpus release and ``Category.apply`` of it."""
    if written(pair):
        raw, encoding = _decode((HERE / pair["release"]).read_bytes())
        edited = _decode((HERE / pair["defective"]).read_bytes())[0]
        return raw, edited, Path(pair["release"]).suffix, encoding
    path = release_path(corpus, pair)
    raw, encoding = _decode(path.read_bytes())
    return raw, CATEGORIES[pair["edit"]].apply(raw), path.suffix, encoding


def written_problems(pair: dict[str, str]) -> list[str]:
    """Why a written pair does not hold (empty when it does): a file is missing, the two
    files are the same, or the defective one still has what the edit removes."""
    import re

    category = CATEGORIES[pair["edit"]]
    missing = [pair[key] for key in ("release", "defective") if not (HERE / pair[key]).exists()]
    if missing:
        return [f"file not found: {name}" for name in missing]
    raw, edited, _, _ = texts(None, pair)
    found: list[str] = []
    if edited == raw:
        found.append("the defective file is the same as the release")
    elif re.search(category.gone, edited, re.IGNORECASE):
        found.append(f"the defective file has /{category.gone[:40]}/")
    return found


def problems(corpus: Path | None, pair: dict[str, str]) -> list[str]:
    """Why ``pair`` does not apply (empty when it does): the file is missing, its text lacks
    what the edit removes, or the edit left the text unchanged or left what it must remove.
    Reads text only: disclint is not run."""
    import re

    if written(pair):
        return written_problems(pair)
    if corpus is None and pair["split"] != "authored":
        return ["a corpus pair needs the corpus argument"]
    category = CATEGORIES[pair["edit"]]
    path = release_path(corpus, pair)
    if not path.exists():
        return ["file not found"]
    raw, _ = _decode(path.read_bytes())
    found: list[str] = []
    drawn = pair.get("drawn", pair["split"])  # a pair moved out of test2 keeps its criterion
    if drawn in ("test2", "authored") and category.eligible is not None:
        has = category.eligible(raw)  # the criterion test2 was drawn by
    else:
        has = category.select(raw, _manifest(corpus).get(pair["file"], "") if corpus else "")
    if not has:
        found.append("the release lacks what the edit removes")
    edited = category.apply(raw)
    if edited == raw:
        found.append("the edit changed nothing")
    elif re.search(category.gone, edited, re.IGNORECASE):
        found.append(f"the edit left /{category.gone[:40]}/")
    return found


def validate(corpus: Path | None, split: str | None) -> int:
    """Check that each pair applies, without running disclint; exit 1 if one does not."""
    bad = 0
    counts: Counter[str] = Counter()
    for pair in load_pairs(split):
        counts[f"{pair['split']}/{pair['edit']}"] += 1
        for problem in problems(corpus, pair):
            bad += 1
            print(f"{pair['split']:5} {pair['edit']:22} {pair_name(pair)}: {problem}")
    for key in sorted(counts):
        print(f"{key:36} {counts[key]:3}")
    print(f"{sum(counts.values())} pairs, {bad} problems")
    return 1 if bad else 0


def build_test2(corpus: Path, seed: int) -> None:
    """Draw the ``test2`` split: for each edit, ``TEST2_PER_EDIT`` releases (or all, if fewer)
    drawn with ``random.Random(seed)`` from the eligible ones, in sorted order."""
    import random

    used = {p["file"] for p in load_pairs(None) if not written(p)}
    kinds = _manifest(corpus)
    eligible: dict[str, list[str]] = defaultdict(list)
    for name in sorted(kinds):
        path = corpus / name
        if name in used or not path.exists() or _third_party(path):
            continue
        raw = _decode(path.read_bytes())[0]
        if SPONSORED.search(visible_text(raw)):
            continue  # a paid write-up by another author, even if it repeats the release
        for category in CATEGORIES.values():
            if category.eligible is not None and category.eligible(raw):
                eligible[category.name].append(name)
    rng = random.Random(seed)
    lines = [
        f"# Generated by run.py build-test2 --seed {seed}: for each edit, up to {TEST2_PER_EDIT}",
        "# issuer releases drawn at random among those pairs.toml does not name whose text has",
        "# what the edit removes (edits.Category.eligible). No corpus text is stored.",
    ]
    for name in CATEGORIES:
        pool = eligible[name]
        drawn = sorted(rng.sample(pool, min(TEST2_PER_EDIT, len(pool))))
        lines += ["", f"# {name}: {len(drawn)} drawn of {len(pool)} eligible"]
        for file in drawn:
            lines += ["", "[[pair]]", f'file = "{file}"', f'edit = "{name}"', 'split = "test2"']
    (HERE / "pairs_test2.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"pairs written to {HERE / 'pairs_test2.toml'}")


#: Evidence by which a rule says it lowered an absence finding because the text is a cut-off
#: or republished copy (``disclint.completeness``): what it lacks may be in the missing part.
_COPY_EVIDENCE = ("the copy looks cut off", "a news site's copy may have dropped")


def _findings(
    engine: object, text: str, suffix: str, encoding: str
) -> list[tuple[str, str, str, bool]]:
    from disclint.engine import Engine

    assert isinstance(engine, Engine)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"release{suffix}"
        path.write_bytes(text.encode(encoding, errors="replace"))
        result = engine.check_path(path)
    return [
        (
            f.code,
            f.severity.value,
            f.message,
            any(cue in e for e in f.evidence for cue in _COPY_EVIDENCE),
        )
        for f in result.findings
        if f.code.startswith(FAMILIES)
    ]


def run(corpus: Path | None, split: str | None, verbose: bool) -> int:
    import re

    from disclint.engine import Engine, RunOptions

    engine = Engine(RunOptions(select=list(FAMILIES), entry_points=False, isolated=True))
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in load_pairs(split):
        category = CATEGORIES[pair["edit"]]
        raw, edited, suffix, encoding = texts(corpus, pair)
        key = f"{pair['split']}/{category.name}"
        clean = [f for f in _findings(engine, raw, suffix, encoding) if f[1] != "info"]
        tally[key]["pairs"] += 1
        tally[key]["clean ok"] += not clean
        if edited == raw or re.search(category.gone, edited, re.IGNORECASE):
            tally[key]["edit missed"] += 1
            status = "edit missed"
        else:
            found = _findings(engine, edited, suffix, encoding)
            caught = any(code == category.expect and sev != "info" for code, sev, _, _ in found)
            reminded = not caught and any(
                code == category.expect and copy for code, _, _, copy in found
            )
            tally[key]["edited"] += 1
            tally[key]["caught"] += caught
            tally[key]["copy"] += reminded
            status = "caught" if caught else "reminder (incomplete copy)" if reminded else "MISSED"
        if verbose or clean or status == "MISSED":
            print(f"{pair['split']:4} {category.name:22} {pair_name(pair)}: {status}")
            for code, severity, message, _ in clean:
                print(f"      untouched: {code} {severity} {message[:150]}")
    total: Counter[str] = Counter()
    print(f"\n{'split/edit':36} pairs edited caught clean-ok edit-missed copy")
    for key in sorted(tally):
        counts = tally[key]
        total.update(counts)
        print(
            f"{key:36} {counts['pairs']:5} {counts['edited']:6} {counts['caught']:6} "
            f"{counts['clean ok']:8} {counts['edit missed']:11} {counts['copy']:4}"
        )
    edited_total = total["edited"] or 1
    pairs_total = total["pairs"] or 1
    whole = total["edited"] - total["copy"]
    print(
        f"\ncaught {total['caught']}/{total['edited']} = {total['caught'] / edited_total:.0%}; "
        f"on complete releases {total['caught']}/{whole} = {total['caught'] / (whole or 1):.0%} "
        f"({total['copy']} edited copies that are cut off or republished got the finding as "
        "an info reminder); "
        f"untouched releases without NG/OFF/DISC warning or error {total['clean ok']}/"
        f"{total['pairs']} = {total['clean ok'] / pairs_total:.0%}; edits that found nothing "
        f"to remove {total['edit missed']}"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("build", "build-test2", "run", "validate"))
    parser.add_argument(
        "corpus", type=Path, nargs="?", help="the corpus folder (not needed for written splits)"
    )
    parser.add_argument(
        "--split",
        choices=(
            "dev",
            "test",
            "test2",
            "test3",
            "test4",
            "test5",
            "test6",
            "train6",
            "test7",
            "authored",
            "all",
        ),
        help="default: dev and test (pairs.toml); the other splits only when asked, or with all",
    )
    parser.add_argument("--seed", type=int, default=13, help="build-test2's draw")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.command in ("build", "build-test2") and args.corpus is None:
        parser.error(f"{args.command} needs the corpus folder")
    if args.command == "build":
        build(args.corpus)
        return 0
    if args.command == "build-test2":
        build_test2(args.corpus, args.seed)
        return 0
    if args.command == "validate":
        return validate(args.corpus, args.split)
    return run(args.corpus, args.split, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
