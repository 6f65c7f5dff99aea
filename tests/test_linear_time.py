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
from pathlib import Path

import pytest

from disclint.engine import Engine, RunOptions
from disclint.model import Release, Section, Span
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
