"""``disclint.phones`` answers as ``phonenumbers`` does (``parse`` then ``is_valid_number``),
on every phone string of the test fixtures and on generated North American numbers."""

from __future__ import annotations

import os
import random
import stat
from pathlib import Path

import pytest

from disclint import phones
from disclint.contacts import find_phones
from disclint.rules.contacts import _JURISDICTION_REGION, COUNTRY_HINTS

ROOT = Path(__file__).resolve().parents[1]
#: Every region CON004 can try: the country hints, the jurisdictions, the default, the "+"
#: code (None), and a few more NANP members.
_NAMED = {*COUNTRY_HINTS.values(), *_JURISDICTION_REGION.values(), "US", "JM", "PR", "BS", "AG"}
REGIONS: list[str | None] = [*sorted(_NAMED), None]
FORMS = (
    "{a}-{e}-{n}",
    "({a}) {e}-{n}",
    "({a}){e}-{n}",
    "{a}.{e}.{n}",
    "{a} {e} {n}",
    "+1 {a}-{e}-{n}",
    "+1-{a}-{e}-{n}",
    "+1 ({a}) {e}-{n}",
    "+1{a}{e}{n}",
    "1-{a}-{e}-{n}",
    "1 ({a}) {e}-{n}",
    "1.{a}.{e}.{n}",
    "{a}{e}{n}",
    " {a}-{e}-{n} ",
    "+1 {a}-{e}-{n} x12",
    "{a}-{e}-{n} ext. 4",
    "+44 20 7946 0958",
)


@pytest.fixture(autouse=True)
def _fresh_table() -> None:
    phones._nanp_table.cache_clear()


def _fixture_phones() -> set[str]:
    """Phone tokens (as the contact reader finds them) in every test and fixture file,
    the rule documentation's examples and the bundled examples."""
    found: set[str] = set()
    folders = (ROOT / "tests", ROOT / "examples", ROOT / "rules", ROOT / "docs")
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file() or path.suffix not in {".py", ".txt", ".md", ".html", ".toml"}:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for start, end in find_phones(text):
                found.add(text[start:end])
    return found


def _slow(number: str, region: str | None) -> bool:
    return phones._is_valid_slow(number, region)


def test_same_answers_on_every_fixture_phone() -> None:
    numbers = _fixture_phones()
    assert len(numbers) > 80
    fast = 0
    for number in sorted(numbers):
        for region in REGIONS:
            if phones._nanp_digits(number, region) is not None:
                fast += 1
            assert phones.is_valid(number, region) == _slow(number, region), (number, region)
    assert fast > 50  # the in-house path answered, not only phonenumbers


def test_same_answers_on_generated_north_american_numbers() -> None:
    chooser = random.Random(15)
    valid = invalid = 0
    for area in range(200, 1000):
        for exchange in (chooser.randrange(100, 1000), 555, chooser.randrange(200, 1000)):
            line = f"{chooser.randrange(0, 10000):04d}"
            form = FORMS[(area + exchange) % len(FORMS)]
            number = form.format(a=area, e=exchange, n=line)
            for region in ("US", "CA", None, REGIONS[(area + exchange) % len(REGIONS)]):
                answer = phones.is_valid(number, region)
                assert answer == _slow(number, region), (number, region)
                valid += answer
                invalid += not answer
    assert valid > 500 and invalid > 500


def test_table_equals_the_metadata_and_survives_a_damaged_or_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCLINT_CACHE_DIR", str(tmp_path))
    table = phones._nanp_table()
    assert table == phones.nanp_table_from_metadata()
    (stored,) = tmp_path.glob("phones-*.marshal")
    phones._nanp_table.cache_clear()
    assert phones._nanp_table() == table  # read back from the folder
    stored.write_bytes(b"\x00garbage")
    phones._nanp_table.cache_clear()
    assert phones._nanp_table() == table
    assert phones.is_valid("+1 646-555-0100", None) == _slow("+1 646-555-0100", None)
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    readonly.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setenv("DISCLINT_CACHE_DIR", str(readonly))
    phones._nanp_table.cache_clear()
    assert phones._nanp_table() == table
    assert phones.is_valid("(303) 555-0100", "US") == _slow("(303) 555-0100", "US")
    if os.geteuid() != 0:  # root writes anyway
        assert not list(readonly.iterdir())


def test_other_forms_go_to_phonenumbers() -> None:
    for number, region in (
        ("+44 20 7946 0958", None),
        ("020 7946 0958", "GB"),
        ("303-555-0100", "GB"),
        ("303-555-0100", None),
        ("+1 303-555-0100 x12", None),
        ("(+1) 303-555-0100", None),
        ("303\u00a0555\u00a00100", "US"),
    ):
        assert phones._nanp_digits(number, region) is None
        assert phones.is_valid(number, region) == _slow(number, region)
