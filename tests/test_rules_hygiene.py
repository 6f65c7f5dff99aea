"""HYG001 stray markup and HYG002 mojibake: what they catch, what they leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclint.engine import RunOptions
from tests.conftest import EXAMPLES, SEED, needs
from tests.engine_helpers import check_text, codes

ONLY_HYG = RunOptions(select=["HYG"], entry_points=False)


@needs(SEED)
def test_seed_markup_is_reported_at_its_real_position(tmp_path: Path) -> None:
    result = check_text(tmp_path, SEED.read_text(encoding="utf-8"), options=ONLY_HYG)
    places = [(f.start.line, f.start.column, f.end.column) for f in result.findings]
    assert places == [
        (7, 46, 49),
        (7, 80, 84),
        (7, 312, 314),
        (7, 471, 473),
        (9, 293, 295),
        (9, 398, 400),
    ]
    assert all(f.code == "HYG001" and f.fix is not None for f in result.findings)
    assert result.findings[0].fix is not None
    assert result.findings[0].fix.edits[0].replacement == ""
    assert result.findings[2].fix is not None
    assert result.findings[2].fix.edits[0].replacement == "$"


def test_entities_in_plain_text(tmp_path: Path) -> None:
    result = check_text(tmp_path, "Acme &amp; Sons announced results.\n", options=ONLY_HYG)
    [finding] = result.findings
    assert finding.message == 'stray HTML entity "&amp;" would print literally'
    assert (finding.start.column, finding.end.column) == (6, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue grew <5% in the quarter and margins rose >2 points.\n",  # not tags
        "Use the ticker <ACME> in filings.\n",  # unknown tag name
        "The fee is 5 & 6 percent; R&D rose.\n",  # bare ampersands
        "Path C:\\Users\\report stays as typed.\n",  # backslash before a letter
    ],
)
def test_text_that_only_looks_like_markup_is_left_alone(tmp_path: Path, text: str) -> None:
    assert check_text(tmp_path, text, options=ONLY_HYG).findings == []


def test_markdown_syntax_is_the_format_not_a_finding(tmp_path: Path) -> None:
    text = "# Headline\n\nAcme raised \\$5.0 million &amp; more, **bold** <u>under</u>.\n"
    assert check_text(tmp_path, text, "r.md", options=ONLY_HYG).findings == []


def test_mojibake_found_and_repaired(tmp_path: Path) -> None:
    result = check_text(
        tmp_path, "The Companyâ€™s shares â€” listed in ZÃ¼rich â€” rose.\n", options=ONLY_HYG
    )
    assert codes(result.findings) == ["HYG002", "HYG002", "HYG002", "HYG002"]
    repairs = [f.fix.edits[0].replacement for f in result.findings if f.fix]
    assert repairs == ["’", "—", "ü", "—"]


@pytest.mark.parametrize(
    "text",
    [
        "Société Générale and Crédit Agricole in Zürich and São Paulo.\n",
        "A naïve façade; the café’s crème brûlée.\n",
        "Ärzte ohne Grenzen; Øresund; Ålesund; Ñandú.\n",
    ],
)
def test_accented_text_is_not_mojibake(tmp_path: Path, text: str) -> None:
    assert check_text(tmp_path, text, options=ONLY_HYG).findings == []


@needs(EXAMPLES / "strategic-investor-conversion.txt")
def test_seed_shaped_example_triggers_hygiene() -> None:
    from disclint.engine import Engine

    result = Engine(ONLY_HYG).check_path(EXAMPLES / "strategic-investor-conversion.txt")
    raws = {f.message.split('"')[1] for f in result.findings}
    assert {"<u>", "</u>", "\\$"} <= raws


def test_mojibake_pattern_finds_the_runs_of_its_plain_form() -> None:
    """``MOJIBAKE`` opens with the lead character (so that ``re`` skips to one in C): the
    same runs as the plain form, an alternation of the two kinds of sequence repeated, on
    random strings of lead bytes, continuation bytes, spaces and letters."""
    import random
    import re

    from disclint.rules.hygiene import _CONTINUATION, MOJIBAKE

    plain = re.compile(
        rf"(?:[ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß][{_CONTINUATION}\xa0-\xbf ]"
        rf"|[àáâãäåæçèéêëìíîï][{_CONTINUATION}\xa0-\xbf][{_CONTINUATION}\xa0-\xbf]?)+"
    )
    alphabet = "ÂÃßàâïð€™–\x80\xa0\xbf é a’"
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in MOJIBAKE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
