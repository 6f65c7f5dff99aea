"""Mine arithmetic coincidences in release prose, and ask whether the claim model read them.

    python benchmarks/claims/mine.py [--files LIST] [--corpus DIR] [--show N] [--null]
                                     [--relation change --relation product]

Hand labels are slow and a developer who reads the misses of a labelled split fixes the
wordings of that split. This script finds candidate claims without labels: in every
sentence (``Facts.sentences``) it tries the arithmetic the NUM family checks on the
sentence's figures (``Facts.quantities``), and keeps the combinations that agree within
the **stated figure's rounding** (intervals of each operand's last written digit, no
"approximately" slack):

* ``product``: shares x price = amount (a per-share price, a count of shares, an amount);
* ``eps``: the same arithmetic when the per-share figure is earnings ("per diluted share",
  "net income", "loss per share");
* ``change``: (new - old) / old = stated percent, either sign; ``premium`` when the
  sentence says premium or discount;
* ``change-amount``: new - old = stated amount (also what parts, proceeds and aggregates
  state: a claim of any of those relations counts);
* ``change-delta``: the amount of a change over the prior level (stated, or the new level
  less the amount) = stated percent ("grew $433 million, or 7%, to $6.6 billion");
* ``portion``: part / whole = stated percent; ``margin`` when the sentence says margin;
* ``dividend``: a per-share rate times 4 (or 12) = another per-share rate, with "dividend"
  or "distribution" in the sentence.

The same is tried over two adjacent sentences of one paragraph for ``product`` and
``change`` (``...-pair``; one operand in each sentence), and with ``--across`` over the
last sentence of a paragraph and the first of the next (``...-para``). Each coincidence is
counted once, by its stated figure, and is **extracted** when ``claims_of`` lists a claim of
a matching relation holding all its operands (a figure the model reads as restated, or a
headline figure the body states again, stands for the figure it restates). A coincidence
is evidence, not a label: a few are chance (``--null`` estimates how many by moving every
stated figure 30% and counting the coincidences that still appear), and a real claim may
be one the release only implies.
Reading the missed ones, grouped by the sentence structure that defeated the model, is the
point. Figures in tables are not mined (``sentence`` is None for cells).

Run it only on files that are not blind test data: ``--files LIST`` names them (the corpus
minus every file a ``test*`` split of the benchmarks names), or ``--dir`` a folder of
written releases.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import permutations
from pathlib import Path

from disclint.errors import InputError
from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.quantities import Interval, Kind, Quantity
from disclint.readers import read_path
from disclint.rules.arithmetic.model import claims_of

HERE = Path(__file__).resolve().parent
#: The corpus beside the checkout (``/work/main``), or beside a worktree's parent.
CORPUS = next(
    (p / "shared" / "corpus" / "real" for p in HERE.parents[2:4] if (p / "shared").is_dir()),
    HERE.parents[2] / "shared" / "corpus" / "real",
)
HUNDRED = Decimal(100)
#: The factor ``--null`` moves stated figures by: a coincidence that survives it is chance.
NULL_FACTOR = Decimal("1.3")
#: Relations whose claims count as reading a coincidence of each kind.
READ_BY = {
    "product": {"product", "eps", "proceeds"},
    "product-unread": {"product", "eps", "proceeds"},
    "eps": {"eps", "product"},
    "change": {"change", "premium"},
    "premium": {"premium", "change"},
    "change-delta": {"change", "premium"},
    "change-amount": {"change", "parts-total", "proceeds", "aggregate", "premium"},
    "portion": {"portion", "margin", "dividend", "change"},
    "margin": {"margin", "portion"},
    "dividend": {"dividend"},
}
#: Figures too small to make a coincidence informative (0 and 1 make any product hold).
MIN_VALUE = Decimal("0.001")
_EARNINGS = re.compile(
    r"earnings|net income|net loss|net (?:income|loss) (?:attributable|per)|\beps\b"
    r"|(?:income|loss|earnings) per|per (?:basic|diluted)",
    re.I,
)
HEADS = frozenset({"headline", "subheadline"})
_PREMIUM = re.compile(r"premium|discount", re.I)
_MARGIN = re.compile(r"margin", re.I)
_DIVIDEND = re.compile(r"dividend|distribution", re.I)


@dataclass(frozen=True)
class Coincidence:
    relation: str
    stated: Quantity
    operands: tuple[Quantity, ...]  # stated first, then the figures computed from
    pair: bool  # across two sentences


def face(q: Quantity, factor: Decimal = Decimal(1)) -> tuple[Decimal, Decimal]:
    """The figure's face value with its rounding (half its last written digit)."""
    half = q.ulp / 2
    low, high = (q.value - half) * factor, (q.value + half) * factor
    return (low, high) if q.value >= 0 else (high, low)


def _mul(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal]:
    p = [x * y for x in a for y in b]
    return min(p), max(p)


def _div(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal] | None:
    if b[0] <= 0 <= b[1]:
        return None
    q = [x / y for x in a for y in b]
    return min(q), max(q)


def _meets(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _tight(computed: tuple[Decimal, Decimal], stated: tuple[Decimal, Decimal]) -> bool:
    """The computed interval is no wider than four times the stated figure's rounding (or
    2% of its value): operands rounded far coarser than the result prove nothing."""
    width = computed[1] - computed[0]
    scale = max(stated[1] - stated[0], abs(stated[0] + stated[1]) / 100)
    return width <= 4 * scale


def _money(q: Quantity) -> bool:
    return q.kind is Kind.MONEY and abs(q.value) >= MIN_VALUE


def _alike(a: Quantity, b: Quantity) -> bool:
    """Two levels of one measure: both money in one currency (same per-unit or none), or
    both share counts."""
    if a.kind is not b.kind or a.kind not in (Kind.MONEY, Kind.SHARES):
        return False
    if a.kind is Kind.MONEY:
        return a.currency == b.currency and (a.per is None) == (b.per is None)
    return True


def coincidences(
    figures: Sequence[Quantity],
    text: str,
    factor: Decimal = Decimal(1),
    split: int | None = None,
    unread: Sequence[Quantity] = (),
) -> Iterator[Coincidence]:
    """Every coincidence among ``figures`` (``split``: the index where the second sentence's
    figures start; then each coincidence takes figures from both)."""
    pair = split is not None
    percents = [q for q in figures if q.kind is Kind.PERCENT and q.value != 0]
    money = [q for q in figures if _money(q)]
    counts = [q for q in figures if q.kind is Kind.SHARES and q.value >= 1]
    levels = money + counts
    first = set(map(id, figures[:split])) if pair else set()

    def spans(*qs: Quantity) -> bool:
        if not pair:
            return True
        sides = {id(q) in first for q in qs}
        return len(sides) == 2

    earnings = bool(_EARNINGS.search(text))
    counts = [*counts, *unread]
    # products: amount = shares x price
    for amount in money:
        if amount.per is not None:
            continue
        stated = face(amount, factor)
        for shares in counts:
            for price in money:
                if price is amount or abs(price.value) >= abs(amount.value):
                    continue
                if price.currency != amount.currency:
                    continue
                computed = _mul(face(shares), face(price))
                if (
                    _meets(computed, stated)
                    and _tight(computed, stated)
                    and spans(amount, shares, price)
                ):
                    per_share = price.per is not None
                    relation = "eps" if earnings and per_share else "product"
                    if shares.kind is Kind.DATE:  # an unread number standing in for a count
                        relation = "product-unread"
                    yield Coincidence(relation, amount, (amount, shares, price), pair)
    # changes: (new - old) / old = percent; premium and discount the same
    for percent in percents:
        stated = face(percent, factor)
        for new, old in permutations(levels, 2):
            if not _alike(new, old) or old.value <= 0 or new.value == old.value:
                continue
            ratio = _div(face(new), face(old))
            if ratio is None:
                continue
            computed = ((ratio[0] - 1) * HUNDRED, (ratio[1] - 1) * HUNDRED)
            computed = (min(computed[0], -computed[1]), max(computed[1], -computed[0]))
            if not (_meets(computed, stated) and (new.value - old.value) * percent.value != 0):
                continue
            signed = ((ratio[0] - 1) * HUNDRED, (ratio[1] - 1) * HUNDRED)
            hit = _meets(signed, stated) or _meets((-signed[1], -signed[0]), stated)
            if hit and _tight(signed, stated) and spans(percent, new, old):
                relation = "premium" if _PREMIUM.search(text) else "change"
                yield Coincidence(relation, percent, (percent, new, old), pair)
    # the amount of a change over the prior level: delta / old, delta / (new -+ delta)
    if not pair:
        for percent in percents:
            low, high = face(percent, factor)
            stated = (min(abs(low), abs(high)), max(abs(low), abs(high)))  # "(-0.28%)"
            for delta, level in permutations(levels, 2):
                if not _alike(delta, level) or not 0 < delta.value < level.value:
                    continue
                d, lv = face(delta), face(level)
                # the level as the prior one is a portion (mined above): new -+ delta only
                olds = [(lv[0] - d[1], lv[1] - d[0]), (lv[0] + d[0], lv[1] + d[1])]
                for old in olds:
                    ratio = _div(d, old)
                    if ratio is None:
                        continue
                    computed = (ratio[0] * HUNDRED, ratio[1] * HUNDRED)
                    if _meets(computed, stated) and _tight(computed, stated):
                        yield Coincidence("change-delta", percent, (percent, delta, level), pair)
                        break
    # change amounts: new - old = stated amount
    if not pair:
        for delta in levels:
            stated = face(delta, factor)
            for new, old in permutations(levels, 2):
                if delta is new or delta is old or not (_alike(new, old) and _alike(new, delta)):
                    continue
                if not (0 < delta.value < new.value and old.value > 0 and new.value > old.value):
                    continue
                computed = (face(new)[0] - face(old)[1], face(new)[1] - face(old)[0])
                if _meets(computed, stated) and _tight(computed, stated):
                    yield Coincidence("change-amount", delta, (delta, new, old), pair)
    # portions: part / whole = percent; margins the same
    if not pair:
        for percent in percents:
            if not 0 < percent.value < 100:
                continue
            stated = face(percent, factor)
            for part, whole in permutations(levels, 2):
                if not _alike(part, whole) or not 0 < part.value < whole.value:
                    continue
                ratio = _div(face(part), face(whole))
                if ratio is None:
                    continue
                computed = (ratio[0] * HUNDRED, ratio[1] * HUNDRED)
                if _meets(computed, stated) and _tight(computed, stated):
                    relation = "margin" if _MARGIN.search(text) else "portion"
                    yield Coincidence(relation, percent, (percent, part, whole), pair)
        # dividends: periodic x 4 (or 12) = annual
        if _DIVIDEND.search(text):
            rates = [q for q in money if q.per is not None]
            for annual, periodic in permutations(rates, 2):
                stated = face(annual, factor)
                for times in (4, 12, 2):
                    computed = _mul(face(periodic), (Decimal(times), Decimal(times)))
                    if _meets(computed, stated) and _tight(computed, stated):
                        yield Coincidence("dividend", annual, (annual, periodic), pair)


@dataclass
class Found:
    relation: str  # the coincidence's, "-pair" / "-para" for two sentences
    coincidence: Coincidence
    extracted: bool
    where: str
    sentence: str


_BARE_NUMBER = re.compile(
    r"(?<![\w.,$€£/-])(?:\d+(?:\.\d+)?\s+(?P<scale>million|billion|thousand)\b"
    r"|\d{1,3}(?:,\d{3})+(?![\w.,%/-]|\.\d)|\d{4,}(?![\w.,%/-]))",
    re.I,
)
_SCALES = {"thousand": Decimal(10**3), "million": Decimal(10**6), "billion": Decimal(10**9)}


def _unread_numbers(base: int, text: str, figures: Sequence[Quantity]) -> Iterator[Quantity]:
    """Numbers of 1,000 or more the quantity reader left unread ("9,240 homes"), as
    counts (kind DATE marks them: no other coincidence reads that kind); years excluded."""
    spans = [(q.start - base, q.end - base) for q in figures]
    for match in _BARE_NUMBER.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in spans):
            continue
        digits = match.group()
        value = Decimal(digits.replace(",", "").split()[0])
        ulp = Decimal(1)
        if match.group("scale"):
            scale = _SCALES[match.group("scale").lower()]
            places = len(digits.split()[0].partition(".")[2])
            value, ulp = value * scale, scale / Decimal(10) ** places
        elif "," not in digits and 1900 <= value <= 2100:
            continue
        yield Quantity(
            kind=Kind.DATE,
            value=value,
            interval=Interval(value, value),
            start=base + match.start(),
            end=base + match.end(),
            text=digits,
            ulp=ulp,
        )


def _same_figures(a: Coincidence, b: Coincidence) -> bool:
    return {q.start for q in a.operands} == {q.start for q in b.operands}


def mine_file(path: Path, factor: Decimal = Decimal(1), across: bool = False) -> list[Found]:
    """The coincidences of one release, each counted once by (relation, stated figure)."""
    source = read_path(path)
    release = parse_source(source)
    facts = Facts(release)
    sentences = facts.sentences
    by_sentence: dict[int, list[Quantity]] = defaultdict(list)
    for q in facts.quantities:
        if q.sentence is not None and q.cell is None:
            by_sentence[q.sentence].append(q)
    found: dict[tuple[str, int], list[Coincidence]] = defaultdict(list)
    for index, figures in by_sentence.items():
        text = sentences[index].text
        unread = list(_unread_numbers(sentences[index].start, text, figures))
        for c in coincidences(figures, text, factor, unread=unread):
            # a = b + c is found once per addend
            if c.relation == "change-amount" and any(
                _same_figures(c, o) for os in found.values() for o in os
            ):
                continue
            found[(c.relation, c.stated.start)].append(c)
        nxt = index + 1
        same = nxt < len(sentences) and sentences[nxt].paragraph is sentences[index].paragraph
        if nxt < len(sentences) and (same or across):
            following = by_sentence.get(nxt, [])
            if following:
                both = text + " " + sentences[nxt].text
                suffix = "-pair" if same else "-para"
                for c in coincidences([*figures, *following], both, factor, split=len(figures)):
                    if (c.relation, c.stated.start) not in found:
                        found[(c.relation + suffix, c.stated.start)].append(c)
    if not found:
        return []
    claims = claims_of(facts)
    # a figure the model reads as restated ("Prices $13.8 Million Public Offering" in the
    # headline, "gross proceeds of approximately $13.8 million" in the body) stands for
    # the other: a claim on one reads the coincidence on either
    root: dict[int, int] = {}

    def find(start: int) -> int:
        while root.get(start, start) != start:
            start = root[start]
        return start

    for claim in claims:
        if claim.relation in ("restatement", "text-table"):
            first, *others = [find(q.start) for q in claim.operands if q is not None]
            for other in others:
                if other != first:
                    root[other] = first
    # a headline figure the body states again (NUM011 reads the headline against the
    # body only when they differ, so the model lists no claim for an agreeing pair)
    body = [q for q in facts.quantities if q.sentence is not None and q.section not in HEADS]
    for q in facts.quantities:
        if q.section in HEADS and q.kind in (Kind.MONEY, Kind.SHARES, Kind.PERCENT):
            for b in body:
                if b.kind is q.kind and b.currency == q.currency and _meets(face(q), face(b)):
                    if find(b.start) != find(q.start):
                        root[find(q.start)] = find(b.start)
                    break
    held: dict[str, list[set[int]]] = defaultdict(list)
    for claim in claims:
        held[claim.relation].append({find(q.start) for q in claim.operands if q is not None})
    result: list[Found] = []
    for (relation, _start), options in found.items():
        base = relation.removesuffix("-pair").removesuffix("-para")
        readers = READ_BY[base]

        def read(c: Coincidence, readers: set[str] = readers) -> bool:
            starts = {find(q.start) for q in c.operands}
            return any(starts <= s for r in readers for s in held.get(r, []))

        best = next((c for c in options if read(c)), options[0])
        stated = best.stated
        line = release.position(stated.start).line
        sentence = sentences[stated.sentence].text if stated.sentence is not None else ""
        if best.pair:
            sentence = " || ".join(
                sentences[i].text
                for i in sorted({q.sentence for q in best.operands if q.sentence is not None})
            )
        result.append(Found(relation, best, read(best), f"{path.name}:{line}", sentence))
    return result


#: ``--files``: which corpus files a run may read.
FILES_HELP = "the corpus files to read, one name a line (a list without blind test data)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=Path, help=FILES_HELP)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--dir", type=Path, help="mine every file of this folder instead")
    parser.add_argument("--show", type=int, default=15, help="missed ones listed per relation")
    parser.add_argument("--relation", action="append", help="list misses of these only")
    parser.add_argument("--null", action="store_true", help="move stated figures 30%% (chance)")
    parser.add_argument("--extracted", action="store_true", help="list extracted ones too")
    parser.add_argument(
        "--across", action="store_true", help="pairs across a paragraph break too (-para)"
    )
    args = parser.parse_args(argv)
    if args.dir is None and args.files is None:
        parser.error("give --files LIST (corpus files that are not blind test data) or --dir")
    if args.dir is not None:
        args.corpus = args.dir
        names = sorted(p.name for p in args.dir.iterdir() if p.is_file())
    else:
        names = [n.strip() for n in args.files.read_text().splitlines() if n.strip()]
    factor = NULL_FACTOR if args.null else Decimal(1)
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed: dict[str, list[Found]] = defaultdict(list)
    hits: dict[str, list[Found]] = defaultdict(list)
    for name in names:
        try:
            found = mine_file(args.corpus / name, factor, args.across)
        except InputError:
            continue
        for f in found:
            rel = f.relation
            table[rel][0] += 1
            table[rel][1] += f.extracted
            (hits if f.extracted else missed)[rel].append(f)
    print(f"{'relation':20} {'coincidences':>12} {'extracted':>9}")
    for rel, (n, seen) in sorted(table.items()):
        print(f"{rel:20} {n:12} {seen:9}")
    total = [sum(v[0] for v in table.values()), sum(v[1] for v in table.values())]
    print(f"{'all':20} {total[0]:12} {total[1]:9}")
    for rel in sorted(missed):
        if args.relation and rel not in args.relation:
            continue
        shown = [*missed[rel], *(hits[rel] if args.extracted else [])][: args.show]
        if shown:
            print(f"\n## {rel}: missed {len(missed[rel])}")
        for f in shown:
            ops = " | ".join(q.text for q in f.coincidence.operands)
            mark = "+" if f.extracted else "-"
            print(f"{mark} {f.where}  [{ops}]\n    {' '.join(f.sentence.split())[:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
