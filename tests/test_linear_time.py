"""Linear time on any input (issue 15): every pattern disclint runs on release text, and
the whole check, grow with the text's length, not its square.

Times are compared at two lengths with a generous factor (8x the text may take at most 24x
the time; a quadratic shape takes 64x); no absolute timing is asserted. The shapes are the
ones the audit found and a run of every character class.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from disclint.engine import Engine, RunOptions
from disclint.facts import Facts
from disclint.model import Release, Section, Span
from disclint.parse import parse_source
from disclint.readers import read_bytes

ROOT = Path(__file__).resolve().parents[1]
HEAD = "Acme Announces Results\n\nNEW YORK, May 1, 2026 -- Acme Corp. today reported.\n\n"
SHAPES = {
    "digits": ("1", "txt"),
    "hundreds": ("100,", "txt"),
    "dots": (".", "txt"),
    "bangs": ("!", "txt"),
    "brackets": ("[", "md"),
    "links": ("[a](", "md"),
    "comments": ("<!--", "md"),
    "stars": ("*a ", "md"),
    "amounts": ("Revenue was $1.2 million, up 5% from $1.1 million. ", "txt"),
    "contacts": ("Contact: Jane Doe, Chief Financial Officer, jane@acme.example\n\n", "txt"),
    "quotes": ('"We grew," said John Roe, CEO. ', "txt"),
    # one sentence of changes with per-share asides (a fuzz mutant that ran 43 s at 80 KB)
    "asides": (
        "net income increased 5% to $1.2 million, or $0.10 per share, compared with $1.1 "
        "million, or $0.09 per share; ",
        "txt",
    ),
    # one "sentence" of thousands of amounts: each figure's clause read once per figure (a
    # fuzz mutant of session 12 that ran 38 s at 70 KB)
    "amount-run": ("$1.2 million ", "txt"),
    "backslashes": ("\\", "txt"),
    "escapes": ("a\\b ", "md"),
}
ENGINE = Engine(RunOptions(isolated=True))


def _check_seconds(body: str, fmt: str) -> float:
    source = read_bytes((HEAD + body).encode("utf-8"), f"x.{fmt}", fmt=fmt)
    started = time.perf_counter()
    ENGINE.check_source(source, Path(f"x.{fmt}"))
    return time.perf_counter() - started


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_check_time_grows_linearly(name: str) -> None:
    unit, fmt = SHAPES[name]
    small, factor = 4000, 8
    text = unit * (small * factor // len(unit) + 1)
    _check_seconds(text[:small], fmt)  # warm: lexicons compiled, caches filled
    short = min(_check_seconds(text[:small], fmt) for _ in range(2))
    long = min(_check_seconds(text[: small * factor], fmt) for _ in range(2))
    assert long / max(short, 1e-3) < factor * 3, f"{name}: {short:.3f}s -> {long:.3f}s"


@pytest.mark.parametrize(("run", "fmt"), [("\t", "md"), ("\t", "txt"), (" ", "txt"), (" ", "md")])
def test_a_white_space_run_before_a_quotation_is_linear(run: str, fmt: str) -> None:
    """Found by fuzzing: a run of tabs inside the sentence that leads into a quotation made
    the lead-in patterns try every split of the run (53 s of CPU for 5,000 tabs)."""

    def body(n: int) -> str:
        quote = "\u201cWe grew in every market we serve.\u201d"
        return f"Jane Roe, CEO, said the deal{run * n} {quote}\n\n"

    small, factor = 250, 8
    _check_seconds(body(small), fmt)
    short = min(_check_seconds(body(small), fmt) for _ in range(2))
    long = min(_check_seconds(body(small * factor), fmt) for _ in range(2))
    assert long / max(short, 1e-3) < factor * 3, f"{run!r}: {short:.3f}s -> {long:.3f}s"


#: A run of white space between the digits of one figure, wherever a release can hold it.
#: Found by fuzzing: a mutant of ``examples/q3-earnings.md`` with "2", 5,000 tabs and "9,800"
#: in a table cell ran for minutes; the cell patterns (``tables._FIGURE``,
#: ``quantities._CELL_NUMBER``) had an optional sign between two ``\s*`` runs and tried
#: every split of the run.
SPLIT_FIGURES = {
    "md-table": (
        "Acme Announces Results\n\nNEW YORK, May 1, 2026 -- Acme Corp. today reported.\n\n"
        "(in thousands)\n\n| | 2024 | 2023 |\n|---|---:|---:|\n"
        "| Revenue | $41,100 | $4{run}1,100 |\n| Shares, basic | 30,150 | 2{run}9,800 |\n"
        "| Shares, diluted | 31,020 | 30,480 |\n\nRevenue was $41.1 million in 2024.\n",
        "md",
    ),
    "html-table": (
        "<html><body><h1>Acme Announces Results</h1><p>NEW YORK, May 1, 2026 -- Acme Corp. "
        "today reported.</p><p>(in thousands)</p><table><tr><td></td><td>2024</td>"
        "<td>2023</td></tr><tr><td>Revenue</td><td>$41,100</td><td>$4{run}1,100</td></tr>"
        "<tr><td>Shares, basic</td><td>30,150</td><td>2{run}9,800</td></tr><tr><td>Shares, "
        "diluted</td><td>31,020</td><td>30,480</td></tr></table></body></html>",
        "html",
    ),
    "text-table": (
        "Acme Announces Results\n\nNEW YORK, May 1, 2026 -- Acme Corp. today reported.\n\n"
        "(in thousands)          2024          2023\n"
        "Revenue             $ 41,100      $ 4{run}1,100\n"
        "Shares, basic         30,150        2{run}9,800\n"
        "Shares, diluted       31,020        30,480\n\n",
        "txt",
    ),
    "prose": (
        "Acme Announces Results\n\nNEW YORK, May 1, 2026 -- Acme Corp. today reported.\n\n"
        "Revenue rose 2{run}9% to $4{run}1.1 million in 2024 from 3{run}5.4 million dollars, "
        "or $0.48{run} per diluted share, and 2{run}9,800 shares in 2023.\n\n",
        "txt",
    ),
    # the same shape after a row's label (the statement and margin rows' label patterns
    # ended in three runs: "net income", tabs, "x") and after a contact desk's name
    "md-row-labels": (
        "Acme Announces Results\n\nNEW YORK, May 1, 2026 -- Acme Corp. today reported.\n\n"
        "Net income was $3.7 million, a net margin of 7.7%, and gross margin was 60.0%.\n\n"
        "| (in thousands) | 2024 | 2023 |\n|---|---:|---:|\n"
        "| Total revenue{run}x | 48,300 | 42,000 |\n| Gross profit{run}x | 28,980 | 24,360 |\n"
        "| Net income{run}x | 3,720 | 1,630 |\n| Diluted EPS{run}x | 0.12 | 0.05 |\n\n"
        "Investor Relations{run}x\n\nJane Doe\njane@acme.example\n",
        "md",
    ),
}


def _release_seconds(text: str, fmt: str) -> float:
    source = read_bytes(text.encode("utf-8"), f"x.{fmt}", fmt=fmt)
    started = time.perf_counter()
    ENGINE.check_source(source, Path(f"x.{fmt}"))
    return time.perf_counter() - started


@pytest.mark.parametrize("run", ["\t", " ", "\u00a0"])
@pytest.mark.parametrize("where", sorted(SPLIT_FIGURES))
def test_a_white_space_run_inside_a_figure_is_linear(where: str, run: str) -> None:
    template, fmt = SPLIT_FIGURES[where]
    small, factor = 250, 8
    _release_seconds(template.format(run=run * small), fmt)
    short = min(_release_seconds(template.format(run=run * small), fmt) for _ in range(2))
    long = min(_release_seconds(template.format(run=run * small * factor), fmt) for _ in range(2))
    assert long / max(short, 1e-3) < factor * 3, f"{where} {run!r}: {short:.3f}s -> {long:.3f}s"


def _grows_linearly(seconds: Callable[[int], float], small: int = 250, factor: int = 8) -> str:
    """Nothing when ``seconds(n)`` grows at most ``3 * factor`` times for ``factor`` times
    n; else the two times, for the assertion's message."""
    seconds(small)  # warm
    short = min(seconds(small) for _ in range(2))
    long = min(seconds(small * factor) for _ in range(2))
    return "" if long / max(short, 1e-3) < factor * 3 else f"{short:.3f}s -> {long:.3f}s"


def _split_cell_facts(n: int) -> Facts:
    template, fmt = SPLIT_FIGURES["md-table"]
    source = read_bytes(template.format(run="\t" * n).encode("utf-8"), "x.md", fmt=fmt)
    return Facts(parse_source(source))


def test_table_quantities_of_a_split_cell_grow_linearly() -> None:
    """Site 1 of the fuzz hang: ``quantities._CELL_NUMBER`` on each table cell."""
    from disclint.quantities import extract_quantities

    def seconds(n: int) -> float:
        facts = _split_cell_facts(n)
        started = time.perf_counter()
        extract_quantities(facts)
        return time.perf_counter() - started

    verdict = _grows_linearly(seconds)
    assert not verdict, verdict


def test_read_tables_of_a_split_cell_grow_linearly() -> None:
    """Site 2 of the fuzz hang: ``tables._FIGURE`` (NUM's year-over-year changes read the
    tables first, through ``tables_of``, so the time showed up in NUM)."""
    from disclint.tables import read_tables

    def seconds(n: int) -> float:
        release = _split_cell_facts(n).release
        started = time.perf_counter()
        tables = read_tables(release)
        spent = time.perf_counter() - started
        # the table was read: its whole rows are still figures
        assert any(row.label == "Shares, diluted" for table in tables for row in table.rows)
        return spent

    verdict = _grows_linearly(seconds)
    assert not verdict, verdict


def test_a_split_cell_is_no_figure() -> None:
    """The near miss: a cell with a run between digits is not read as one number, and the
    cells around it are read as before."""
    from disclint.quantities import extract_quantities

    cells = [q for q in extract_quantities(_split_cell_facts(40)) if q.text.strip()]
    texts = {q.text.strip() for q in cells}
    assert {"30,150", "31,020", "30,480", "$41,100"} <= texts
    assert not any("\t" in text for text in texts)


def test_a_white_space_run_keeps_the_speaker() -> None:
    from disclint.quotes import _collapsed

    text = "x Jane\t\t\tRoe  said:"
    window, where = _collapsed(text, 2, len(text))
    assert window == "Jane Roe said:"
    assert [text[where[i]] for i in range(len(window))] == list("Jane\tRoe said:")
    assert where[-1] == len(text)


def test_a_headline_figure_against_thousands_of_body_figures_is_linear() -> None:
    """Found by fuzzing: the headline-to-body figure check asked whether each body figure
    was in a list of body figures, comparing every field of every one (quadratic)."""
    head = (
        "Acme Reports Revenue of $9.9 Million\n\nNEW YORK, May 1, 2026 -- Acme Corp. reported.\n\n"
    )

    def seconds(n: int) -> float:
        body = "Revenue was $1.2 million. " * n
        source = read_bytes((head + body).encode("utf-8"), "x.txt", fmt="txt")
        started = time.perf_counter()
        ENGINE.check_source(source, Path("x.txt"))
        return time.perf_counter() - started

    small, factor = 250, 8
    seconds(small)
    short = min(seconds(small) for _ in range(2))
    long = min(seconds(small * factor) for _ in range(2))
    assert long / max(short, 1e-3) < factor * 3, f"{short:.3f}s -> {long:.3f}s"


def test_every_registered_pattern_is_linear() -> None:
    """Each pattern compiled by disclint's code, fed runs of every character class. The
    offenders known when this test was written are listed (with where they are) in
    ``benchmarks/superlinear_known.txt`` until their owners fix them; a new one fails."""
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "pattern_growth.py"),
            "--json",
            "--small",
            "200",
            "--known",
            str(ROOT / "benchmarks" / "superlinear_known.txt"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(run.stdout.splitlines()[-1])
    assert report["patterns"] > 300  # the rules' patterns were really collected
    assert report["superlinear"] == []


def _scan(sections: list[Section], offset: int) -> str | None:
    """The definition: the shortest section containing the offset, first on a tie."""
    found: Section | None = None
    for section in sections:
        span = section.span
        if span.text_start <= offset < span.text_end and (
            found is None
            or span.text_end - span.text_start < found.span.text_end - found.span.text_start
        ):
            found = section
    return found.kind if found else None


def test_section_index_agrees_with_a_scan() -> None:
    rng = random.Random(15)
    kinds = ["body", "quote", "about", "contacts", "footer", "forward_looking"]
    for _ in range(50):
        sections = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 200)
            end = start + rng.randint(0, 80)
            sections.append(
                Section.model_construct(
                    kind=rng.choice(kinds),
                    span=Span.model_construct(start=None, end=None, text_start=start, text_end=end),
                )
            )
        release = Release.model_construct(sections=sections)
        for offset in range(0, 300, 3):
            assert release.section_at(offset) == _scan(sections, offset)


def _contact_cards(count: int) -> str:
    """A release with ``count`` contact cards, each a person at a firm of its own whose mail
    domain starts with the firm's name ("Firm7 Ltd", "firm7group.example")."""
    head = (
        "Acme Announces Results\n\nNEW YORK, May 1, 2026 /PRNewswire/ -- Acme Corp. "
        "(Nasdaq: ACME) today reported.\n\nContacts:\n\n"
    )
    first = ["Jane", "John", "Mary", "Peter", "Anna", "Paul", "Laura", "Mark", "Sarah", "David"]
    last = ["Doe", "Roe", "Smith", "Brown", "Green", "White", "Black", "Stone", "Wood", "Hill"]
    cards = []
    for i in range(count):
        given = first[i % 10] + chr(97 + i // 10 % 26)
        family = last[i // 10 % 10] + chr(97 + i // 260 % 26)
        cards.append(
            f"{given} {family}\nFirm{i} Ltd\n{given.lower()}@firm{i}group.example\n"
            f"+1 303-555-{i % 10000:04d}\n\n"
        )
    return head + "".join(cards)


def test_contact_rules_grow_linearly_with_contacts() -> None:
    """The contact rules (CON001-CON006, EDT006) look each contact's names and domains up
    in indexes made once per release, not in a scan of the text or of every other contact
    per contact (issue 15: 2,000 cards took minutes)."""
    engine = Engine(RunOptions(isolated=True, select=["CON", "EDT006"]))

    def seconds(count: int) -> float:
        source = read_bytes(_contact_cards(count).encode("utf-8"), "x.txt", fmt="txt")
        started = time.perf_counter()
        engine.check_source(source, Path("x.txt"))
        return time.perf_counter() - started

    seconds(20)  # warm
    small, factor = 500, 4
    short = min(seconds(small) for _ in range(2))
    long = seconds(small * factor)
    assert long / max(short, 1e-3) < factor * 2, f"{short:.3f}s -> {long:.3f}s"


def test_name_index_agrees_with_firm_named() -> None:
    from disclint.contacts import squeeze as _squeeze
    from disclint.rules.contacts import _firm_named, _NameIndex

    rng = random.Random(15)
    pool = ["ICR", "PCG Advisory", "Elray Resources", "Global Capital", "Acme Solar Inc."]
    pool += ["Investor Cubed", "Harbor PR", "Al", "Jo-Ann Ltd", "Blueshirt Group", "Gilmartin"]
    labels = ["icrinc", "pcgadvisory", "elraygaming", "globalx", "acme", "acmesolar", "ab"]
    labels += ["investor3", "harborpr", "harbo", "blueshirtgrp", "gilmar", "gilmartinir", "zzz"]
    for _ in range(300):
        names = rng.sample(pool, rng.randint(0, len(pool)))
        index = _NameIndex(names)
        for label in labels:
            label = _squeeze(label)
            if len(label) < 3:
                continue
            assert index.names(label) == _firm_named(label, names, ""), (label, names)


def test_first_cover_index_agrees_with_a_scan() -> None:
    """``quote_at`` and the FLS legend's ``contains`` search an index (a scan per lookup
    made 8 MB of real text superlinear): the first interval containing each offset."""
    from disclint.model import first_cover, first_cover_index

    rng = random.Random(15)
    for _ in range(500):
        spans = []
        for _ in range(rng.randint(0, 10)):
            start = rng.randint(0, 50)
            spans.append((start, start + rng.randint(0, 20)))
        bounds, firsts = first_cover_index(spans)
        for offset in range(-2, 75):
            want = next((i for i, (a, b) in enumerate(spans) if a <= offset < b), None)
            assert first_cover(bounds, firsts, offset) == want, (spans, offset)


class _NoSlices(list):  # type: ignore[type-arg]
    """A list that refuses slicing: a neighbour lookup that copies the rest of the release's
    sentences at every call is quadratic (the 8 MB "amounts" shape took 109 s, not ~80)."""

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        if isinstance(key, slice):
            raise AssertionError("sliced the release's sentences")
        return super().__getitem__(key)


def test_neighbouring_sentences_are_found_without_copying() -> None:
    """Found by ``benchmarks/exponent.py`` (session 13): ``Relations.following`` and
    ``preceding``, and the holding looked for before a percentage, sliced the list of every
    sentence at each call; the sale readers rebuilt the index of every sentence at each
    sale. Each now walks from the sentence by index, and the index is built once."""
    from disclint.rules.arithmetic.claims import relations_for
    from disclint.rules.arithmetic.transactions import _sections, deals

    body = (
        "Harbor holds 3,000,000 shares. Its holding represents 15.0% of the outstanding "
        "shares.\n\nAcme sold 1,000,000 shares at $2.00 per share for $2,000,000.\n\n"
        "Revenue was $1.2 million, up 5% from $1.1 million.\n\n"
    ) * 3
    source = read_bytes((HEAD + body).encode("utf-8"), "x.txt", fmt="txt")
    rel = relations_for(Facts(parse_source(source)))
    rel.views = _NoSlices(rel.views)
    for view in rel.views:
        rel.following(view, 2)
        rel.preceding(view, 2)
        rel._holding_before(view)
    assert deals(rel)
    assert _sections(rel) is _sections(rel)
