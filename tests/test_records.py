"""Light records (``disclint.records``): they behave as the pydantic models of the same
declaration, and a check without rule options never imports pydantic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from disclint.api import Edit, Finding, Fix, Severity
from disclint.config import Settings
from disclint.profile import IssuerProfile
from disclint.source import Position

SEED = Path(__file__).parent / "fixtures" / "same" / "release.txt"


def _finding() -> Finding:
    at = Position(line=1, column=2, offset=1)
    return Finding.model_construct(
        code="ACM001",
        name="acme",
        severity=Severity.WARNING,
        message="m",
        path="r.txt",
        start=at,
        end=at,
        evidence=["a", "b"],
        fix=Fix("d", [Edit(1, 2, "x")]),
    )


def test_dump_matches_pydantic() -> None:
    """``model_dump`` in both modes and ``model_dump_json`` are pydantic's, field for field."""
    finding = _finding()
    twin = Finding.pydantic_model().model_validate(finding.model_dump())
    assert finding.model_dump(mode="json") == twin.model_dump(mode="json")
    assert finding.model_dump() == twin.model_dump()
    assert finding.model_dump_json() == twin.model_dump_json()
    assert isinstance(twin, Finding)


def test_copy_updates_without_touching_the_original() -> None:
    finding = _finding()
    copied = finding.model_copy(update={"severity": Severity.INFO})
    assert copied.severity is Severity.INFO and finding.severity is Severity.WARNING
    assert copied.evidence is finding.evidence  # shallow, as pydantic's
    assert copied != finding and finding.model_copy() == finding


@pytest.mark.parametrize(
    "table",
    [
        {},
        {"fail-on": "warning", "ignore": ["PRM001"], "severity": {"HYG001": "info"}},
        {"issuer": {"name": "Acme", "tickers": ["Nasdaq: ACME", {"symbol": "A", "venue": "NYSE"}]}},
        {"issuer": {"shares-outstanding": 5, "penny_stock": True}, "rules": {"X": {"a": 1}}},
        {"phrase-rules": [{"code": "ACM001", "pattern": "TBD", "message": "m"}]},
        {"docs-url": "https://example.com/{code}", "include": ["*.txt"]},
    ],
)
def test_light_validation_gives_pydantic_values(table: dict[str, object]) -> None:
    """A table whose values already have their types is taken without pydantic, and the
    result is what pydantic's model gives."""
    light = Settings.model_validate(table)
    heavy = Settings.pydantic_model().model_validate(table)
    assert type(light) is Settings
    assert light.model_dump() == heavy.model_dump()


def test_validated_records_are_records() -> None:
    """What pydantic validated comes back as the records themselves, nested ones too (so
    that it pickles for the worker processes as records made without pydantic do)."""
    import pickle

    table = {"issuer": {"name": "Acme", "tickers": ["Nasdaq: ACME"], "shares-outstanding": "5"}}
    settings = Settings.model_validate(table)
    assert type(settings.issuer) is IssuerProfile
    assert type(settings.issuer.tickers[0]).__mro__[1].__name__ == "ConfigTable"
    assert pickle.loads(pickle.dumps(settings)) == settings
    assert pickle.loads(pickle.dumps(_finding())) == _finding()


@pytest.mark.parametrize(
    ("table", "field"),
    [
        ({"issuer": {"shares-outstanding": -1}}, "issuer.shares-outstanding"),
        ({"issuer": {"tickers": ["ACME"]}}, "tickers"),
        ({"fail-on": "sometimes"}, "fail-on"),
        ({"docs-url": "https://example.com/"}, "docs-url"),
        ({"unknown": 1}, "unknown"),
        ({"issuer": {"shares-outstanding": "5"}}, None),  # converted by pydantic: accepted
    ],
)
def test_anything_else_is_pydantics(table: dict[str, object], field: str | None) -> None:
    from pydantic import ValidationError

    if field is None:
        assert Settings.model_validate(table).issuer.shares_outstanding == 5
        return
    with pytest.raises(ValidationError) as caught:
        Settings.model_validate(table)
    assert field in str(caught.value)


def test_fields_and_schema() -> None:
    fields = IssuerProfile.model_fields
    assert fields["short_names"].alias == "short-names"
    assert fields["short_names"].get_default(call_default_factory=True) == []
    assert IssuerProfile().model_dump() == IssuerProfile.pydantic_model()().model_dump()
    schema = IssuerProfile.model_json_schema()
    assert schema["title"] == "IssuerProfile"
    assert "shares-outstanding" in schema["properties"]


def test_check_does_not_import_pydantic(tmp_path: Path) -> None:
    """A check with no configuration, or one that sets no rule options, never imports
    pydantic; a config that does set options still validates them."""
    plain = tmp_path / ".disclint.toml"
    plain.write_text('fail-on = "warning"\n[issuer]\nname = "Acme"\ntickers = ["Nasdaq: ACME"]\n')
    script = (
        "import sys\n"
        "from disclint.entry import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('pydantic' in sys.modules, file=sys.stderr)\n"
    )
    for extra in (["--isolated"], ["--config", str(plain)]):
        result = subprocess.run(
            [sys.executable, "-c", script, "check", "--no-cache", *extra, str(SEED)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.stderr.strip().splitlines()[-1] == "False", (extra, result.stderr)


def test_options_declared_with_pydantic_field() -> None:
    """A rule pack's options written with pydantic's ``Field`` keep working."""
    from pydantic import Field as PydanticField
    from pydantic import ValidationError

    from disclint.api import RuleOptions
    from disclint.factories import construct_defaults

    class Options(RuleOptions):
        words: list[str] = PydanticField(default=["TBD"], description="placeholders")
        limit: int = PydanticField(default=3, ge=1)

    assert construct_defaults(Options).words == ["TBD"]
    assert Options.model_fields["words"].description == "placeholders"
    assert Options.model_validate({"limit": 5, "words": ["TK"]}).words == ["TK"]
    with pytest.raises(ValidationError):
        Options.model_validate({"limit": 0})
