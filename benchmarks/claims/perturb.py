"""Rewrite claims the model reads in other words, and list the rewritings it stops reading.

    python benchmarks/claims/perturb.py [--files LIST | --dir DIR] [--show N] [--kind period]

``mine.py`` finds claims the model misses among the wordings a corpus happens to hold; this
finds the wordings it would miss. Seeds are the coincidences ``mine.py`` finds **and** the
model reads (true claims, read today) in single sentences. Each seed sentence is rewritten
with one meaning-preserving change at a time, in the file's own bytes (so the reader and
parser see a release as written):

* ``period``: " for the third quarter of 2025" after the first figure that ends a phrase
  (a comma, "compared", "from", "up" ... after it);
* ``date``: " at September 30, 2025" there;
* ``paren``: " (unaudited)" there;
* ``approx``: "approximately " before the last figure;
* ``trail``: ", primarily reflecting higher volumes" before the sentence's end;
* ``lead``: "As expected, " before the sentence (not before a dateline's capitals);
* ``apposition``: ", the Company said," after the sentence's first word group before a
  figure (a comma-bounded aside between subject and verb);
* ``synonym``: one change word swapped for another of the same sense ("increased" ->
  "rose", "compared to" -> "versus", "from" -> "compared with" ...).

A rewriting **keeps** the claim when ``claims_of`` on the rewritten release lists a claim of
the seed's relation whose operands include the seed's figures (by kind and value). The lost
ones, grouped by kind, are the structures to read and fix in general form. Run it only on
files that are not blind test data.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from mine import CORPUS, READ_BY, mine_file

from disclint.errors import InputError
from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.quantities import Kind
from disclint.readers import format_for, read_bytes, read_path
from disclint.rules.arithmetic.model import claims_of

_SWAPS = (
    (r"\bincreased\b", "rose"),
    (r"\brose\b", "increased"),
    (r"\bgrew\b", "increased"),
    (r"\bdecreased\b", "declined"),
    (r"\bdeclined\b", "decreased"),
    (r"\bcompared (?:to|with)\b", "versus"),
    (r"\bversus\b", "compared with"),
    (r"\bfrom\b", "compared with"),
    (r"\bup\b", "an increase of"),
    (r"\bdown\b", "a decrease of"),
    (r"\bgross proceeds of\b", "gross proceeds totaling"),
    (r"\bat a price of\b", "at"),
    (r"\bat\b(?= \$)", "at a price of"),
    (r"\brepresenting\b", "which represents"),
    (r"\bor\b(?= \d)", "representing"),
)


#: Rewritings of a claim's own wording, each tried wherever it matches (kind, pattern,
#: replacement): the same claim in the other words releases use for it.
_VARIANTS = (
    ("each", r"\bper (?:share|unit)\b", "each"),
    ("priced", r"\bat (?=\$|US\$|C\$)", "priced at "),
    (
        "proceeds-order",
        r"\bgross proceeds of (approximately |about )?(\S+(?: million| billion)?)",
        r"\1\2 in gross proceeds",
    ),
    ("stock-noun", r"\b(\d[\d,.]*(?: million)?) shares\b(?! of)", r"\1 shares of common stock"),
    ("as-compared", r"\bcompared (to|with)\b", r"as compared \1"),
    ("up-of", r",? up (\d[\d.]*%)", r", an increase of \1"),
    ("pct-noun", r"\ban? (\d[\d.]*%) (increase|decrease)\b", r"an \2 of \1"),
    ("was-up", r"\bincreased (?=\d|\$)", "was up "),
    ("prior-year", r"\bfrom (?=\$)", "from the prior year's "),
    ("price-noun", r"\bat (?=\$|US\$|C\$)", "at a purchase price of "),
    ("aggregate", r"\bgross proceeds\b", "aggregate gross proceeds"),
    ("to-company", r"\bgross proceeds (?=of)", "gross proceeds to the Company "),
    ("representing", r",? or (?=(?:approximately )?\d[\d.]*% of\b)", ", representing "),
    ("paren-pct", r",? or ((?:approximately )?\d[\d.]*%)", r" (\1)"),
    (
        "margin-rep",
        r",? (?:resulting in |for |an? )(gross|operating|net|EBITDA) margin of",
        r", representing a \1 margin of",
    ),
    ("percent-word", r"(?<=\d)%", " percent"),
    (
        "yoy",
        r"\b(increased|rose|grew|decreased|declined|fell) (\d[\d.]*%)",
        r"\1 \2 year-over-year",
    ),
    ("came-in", r"\b(?:was|were|totaled|totalled) (?=\$)", "came in at "),
    ("reached", r"\b(?:was|were|totaled|totalled) (?=\$)", "reached "),
    ("offering-price", r"\bat (?=\$\d+\.\d\d per)", "at a public offering price of "),
    ("resulting", r"\bfor (?:total |aggregate )?gross proceeds\b", "resulting in gross proceeds"),
    ("par-value", r"\b(shares of (?:its )?common stock)\b", r"\1, par value $0.001 per share,"),
    (
        "defined-term",
        r"\b(\d[\d,.]*(?: million)? (?:shares|units)(?: of (?:its )?common stock)?)",
        r'\1 (the "Securities")',
    ),
    (
        "aggregate-of",
        r"\b(?:of|issuing|sold|sale of|purchase of) (?=\d[\d,.]*(?: million)? (?:shares|units))",
        lambda m: m.group(0) + "an aggregate of ",
    ),
    (
        "before-fees",
        r"\b(gross proceeds (?:of|totaling) (?:approximately )?\S+(?: million| billion)?)",
        r"\1, before deducting placement agent fees and other offering expenses",
    ),
    (
        "level-first",
        r"\b(increased|rose|grew|decreased|declined|fell) (\d[\d.]*%) to "
        r"((?:US)?\$[\d.,]+(?: million| billion)?)",
        r"of \3 \1 \2",
    ),
    ("diluted-basis", r"\bper diluted share\b", "per share on a diluted basis"),
    ("fully-diluted", r"\bper diluted share\b", "per fully diluted share"),
    ("which-represents", r",? or (?=(?:approximately )?\d[\d.]*% of\b)", ", which represents "),
    (
        "margin-was",
        r",? (?:resulting in |for |an? )((?:gross|operating|net|EBITDA) margin) of",
        r"; \1 was",
    ),
    ("accounting", r",? or (?=(?:approximately )?\d[\d.]*% of\b)", ", accounting for "),
    ("comprising", r",? or (?=(?:approximately )?\d[\d.]*% of\b)", ", comprising "),
    (
        "pct-margin",
        r"\b(?:an? )?((?:gross|operating|net|EBITDA) margin) of (\d[\d.]*%)",
        r"a \2 \1",
    ),
    ("year-ago", r"\b(?:in|for) the (?:prior[- ]year|same) (?:quarter|period)\b", "a year ago"),
)


@dataclass(frozen=True)
class Rewrite:
    kind: str
    sentence: str  # the rewritten sentence, for reading


Edit = tuple[int, int, str]
_PHRASE_END = re.compile(
    r"\s*(?:[,.;]|\s(?:compared|from|up|down|versus|vs\.?|an increase|a decrease)\b)", re.I
)  # replace raw[start:end] with the text


def _edits(
    sentence: str, start: int, figures: list[tuple[int, int]], whole: list[bool], plain: list[bool]
) -> Iterator[tuple[str, Edit]]:
    """The rewritings of one sentence as raw edits (``start``: the sentence's raw offset,
    ``figures``: the raw spans of the seed's figures, in order; ``whole``: whether each
    figure's text is its whole phrase (an amount or a percentage, not a count whose noun
    follows); ``plain``: written with no qualifier or sign before it)."""
    # where a phrase ends after a figure ("$7.5 million, a $2.7 million increase", "$12.4
    # million compared to"): a period or a date written there reads naturally
    complete = [
        end
        for (_, end), w in zip(figures, whole, strict=True)
        if w and _PHRASE_END.match(sentence[end - start :])
    ]
    if complete:
        first_end = complete[0]
        yield "period", (first_end, first_end, " for the third quarter of 2025")
        yield "date", (first_end, first_end, " at September 30, 2025")
        yield "paren", (first_end, first_end, " (unaudited)")
    if plain[-1]:
        last_start = figures[-1][0]
        yield "approx", (last_start, last_start, "approximately ")
    body = sentence.rstrip()
    if body.endswith("."):
        end = start + len(body) - 1
        yield "trail", (end, end, ", primarily reflecting higher volumes")
    first_word = sentence.split(" ", 1)[0]
    if sentence[:1].isupper() and not first_word.isupper() and first_word not in ("I", "We"):
        yield "lead", (start, start + 1, "As expected, " + sentence[0].lower())
    verb = re.search(
        r"\s(?:was|were|is|are|increased|decreased|rose|grew|fell|declined)\b",
        sentence[: figures[0][0] - start],
    )
    if verb is not None:
        at = start + verb.start()
        yield "apposition", (at, at, ", the Company said,")
    yield from _million_form(sentence, start)
    if re.search(r"(?<![\w$])\$(?=\d)", sentence):
        # every bare dollar written "US$" (one alone would mix two ways of writing it)
        usd = re.sub(r"(?<![\w$])\$(?=\d)", "US$", sentence)
        yield "usd", (start, start + len(sentence), usd)
    for kind, pattern, replacement in _VARIANTS:
        match = re.search(pattern, sentence, re.I)
        if match is not None:
            text = replacement(match) if callable(replacement) else match.expand(replacement)
            yield kind, (start + match.start(), start + match.end(), text)
    for pattern, replacement in _SWAPS:
        match = re.search(pattern, sentence[: figures[-1][0] - start])
        if match is not None:
            yield "synonym", (start + match.start(), start + match.end(), replacement)
            break


_COUNT_MILLIONS = re.compile(r"\b(\d{1,3}),(\d{3}),000(?= (?:shares|units|common|ordinary))")


def _million_form(sentence: str, start: int) -> Iterator[tuple[str, Edit]]:
    """ "2,500,000 shares" -> "2.5 million shares": the count in the other way releases
    write it (only when the two are the same number)."""
    match = _COUNT_MILLIONS.search(sentence)
    if match is not None:
        millions = f"{int(match.group(1))}.{match.group(2)}".rstrip("0").rstrip(".")
        yield "millions", (start + match.start(), start + match.end(), f"{millions} million")


def _kept(facts: Facts, relation: str, values: Sequence[tuple[str, Decimal]]) -> bool:
    """A claim of the relation holds figures of the seed's kinds and values (compared by
    value: "13.9 percent" and "2.5 million shares" are the seed's "13.9%" and "2,500,000")."""
    for claim in claims_of(facts):
        if claim.relation not in READ_BY[relation]:
            continue
        have = [(q.kind.value, abs(q.value)) for q in claim.operands if q is not None]
        if all(w in have for w in values):
            return True
    return False


def perturb_file(path: Path, kinds: set[str] | None) -> Iterator[tuple[str, bool, str, str]]:
    """(kind, kept, where, rewritten sentence) for each rewriting of each seed."""
    source = read_path(path)
    release = parse_source(source)
    facts = Facts(release)
    raw = source.raw
    fmt = format_for(path)
    for found in mine_file(path):
        c = found.coincidence
        if c.pair or not found.extracted or found.relation.endswith(("-pair", "-para")):
            continue
        sentence = facts.sentences[c.stated.sentence] if c.stated.sentence is not None else None
        if sentence is None:
            continue
        s_start, s_end = source.raw_offset(sentence.start), source.raw_end(sentence.end)
        if raw[s_start:s_end] != sentence.text:
            continue  # markup inside the sentence: raw and text differ, leave it
        operands = sorted(c.operands, key=lambda q: q.start)
        spans = [(source.raw_offset(q.start), source.raw_end(q.end)) for q in operands]
        whole = [q.kind is not Kind.SHARES and q.per is None for q in operands]
        plain = [
            q.qualifier is None
            and not q.negative
            and not re.search(r"[~(:+-]\s*$", sentence.text[: q.start - sentence.start])
            for q in operands
        ]
        values = [(q.kind.value, abs(q.value)) for q in c.operands]
        for kind, (a, b, text) in _edits(sentence.text, s_start, spans, whole, plain):
            if kinds and kind not in kinds:
                continue
            new = raw[:a] + text + raw[b:]
            try:
                rewritten = Facts(parse_source(read_bytes(new.encode("utf-8"), path.name, fmt=fmt)))
            except InputError:
                continue
            shown = (new[s_start : s_end + len(text) - (b - a)]).strip()
            yield kind, _kept(rewritten, c.relation, values), found.where, shown


#: ``--files``: which corpus files a run may read.
FILES_HELP = "the corpus files to read, one name a line (a list without blind test data)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=Path, help=FILES_HELP)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--dir", type=Path, help="rewrite the files of this folder instead")
    parser.add_argument("--show", type=int, default=10, help="lost ones listed per kind")
    parser.add_argument("--kind", action="append", help="only these rewritings")
    args = parser.parse_args(argv)
    if args.dir is None and args.files is None:
        parser.error("give --files LIST (corpus files that are not blind test data) or --dir")
    if args.dir is not None:
        paths = sorted(p for p in args.dir.iterdir() if p.is_file())
    else:
        names = [n.strip() for n in args.files.read_text().splitlines() if n.strip()]
        paths = [args.corpus / n for n in names]
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lost: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        try:
            results = list(perturb_file(path, set(args.kind or ())))
        except InputError:
            continue
        for kind, kept, where, shown in results:
            table[kind][0] += 1
            table[kind][1] += kept
            if not kept:
                lost[kind].append(f"{where}\n    {' '.join(shown.split())[:400]}")
    print(f"{'rewriting':12} {'seeds':>6} {'kept':>6}")
    for kind, (n, kept) in sorted(table.items()):
        print(f"{kind:12} {n:6} {kept:6}")
    for kind in sorted(lost):
        print(f"\n## {kind}: lost {len(lost[kind])}")
        for line in lost[kind][: args.show]:
            print(f"- {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
