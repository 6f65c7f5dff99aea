"""Configuration: discovery, inheritance, selection, severities, options, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclint.config import find_config, load_config
from disclint.engine import Engine, RunOptions
from disclint.errors import ConfigError
from tests.engine_helpers import check_text, mechanism_codes

MARKUP = "Acme <u>Corp</u> announced \\$5 million and the Companyâ€™s plan.\n"


def test_closest_config_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.disclint]\nselect = ["HYG001"]\n')
    nested = tmp_path / "releases" / "2025"
    nested.mkdir(parents=True)
    (tmp_path / "releases" / ".disclint.toml").write_text('select = ["HYG002"]\n')
    assert find_config(nested) == tmp_path / "releases" / ".disclint.toml"
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    result = Engine(RunOptions(entry_points=False)).check_path(_write(nested / "a.txt"))
    assert set(mechanism_codes(result.findings)) == {"HYG002"}


def test_pyproject_without_disclint_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / ".disclint.toml").write_text('ignore = ["HYG001"]\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(sub) == tmp_path / ".disclint.toml"


def test_extend_inherits_and_overrides(tmp_path: Path) -> None:
    base = tmp_path / "base.toml"
    base.write_text(
        'ignore = ["HYG002"]\n[severity]\nHYG001 = "error"\n[issuer]\nname = "Acme Corp."\n'
    )
    child = tmp_path / ".disclint.toml"
    child.write_text('extend = "base.toml"\n[issuer]\npenny-stock = true\n')
    settings = load_config(child).settings
    assert settings.ignore == ["HYG002"]
    assert settings.severity["HYG001"].value == "error"
    assert settings.issuer.name == "Acme Corp."
    assert settings.issuer.penny_stock is True
    result = check_text(tmp_path, MARKUP)
    assert set(mechanism_codes(result.findings)) == {"HYG001"}
    assert {f.severity.value for f in result.findings if f.code == "HYG001"} == {"error"}


def test_extend_cycle_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('extend = "b.toml"\n')
    (tmp_path / "b.toml").write_text('extend = "a.toml"\n')
    with pytest.raises(ConfigError, match="circular"):
        load_config(tmp_path / "a.toml")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('selct = ["HYG"]\n', "selct: unknown setting"),
        ('fail-on = "sometimes"\n', "fail-on: must be one of"),
        ('[severity]\nHYG001 = "fatal"\n', "severity.HYG001"),
        ('[issuer]\ntickers = ["ACME"]\n', "issuer.tickers: ticker 'ACME' should look like"),
        ("[issuer]\nshares-outstanding = -5\n", "issuer.shares-outstanding"),
        ("select = [\n", "not valid TOML"),
        ('select = ["NOPE"]\n', "unknown rule code, prefix or name 'NOPE'"),
        ("[rules.ZZZ999]\nx = 1\n", "rules.ZZZ999: no rule has this code"),
        ("[rules.HYG001]\nx = 1\n", "rules.HYG001: this rule takes no options"),
        ('docs-url = "https://wiki/rules"\n', "docs-url"),
    ],
)
def test_bad_config_is_one_readable_line(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / ".disclint.toml"
    config.write_text(content)
    with pytest.raises(ConfigError) as caught:
        Engine(RunOptions(entry_points=False)).plan_for(tmp_path / "x.txt")
    text = str(caught.value)
    assert "\n" not in text
    assert str(config) in text
    assert message in text


def test_pyproject_errors_name_the_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.disclint]\nignor = ["X"]\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml: tool.disclint.ignor: unknown setting"):
        Engine(RunOptions(entry_points=False)).plan_for(tmp_path / "x.txt")


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("", {"HYG001", "HYG002"}),
        ('select = ["HYG001"]\n', {"HYG001"}),
        ('select = ["ALL"]\nignore = ["HYG"]\n', set()),
        ('select = ["HYG001"]\nignore = ["HYG"]\n', {"HYG001"}),  # more specific wins
        ('ignore = ["HYG"]\nextend-select = ["HYG002"]\n', {"HYG002"}),
        ('ignore = ["mojibake"]\n', {"HYG001"}),  # by name
    ],
)
def test_selection(tmp_path: Path, config: str, expected: set[str]) -> None:
    assert set(mechanism_codes(check_text(tmp_path, MARKUP, config=config).findings)) == expected


def test_command_line_overrides_the_file(tmp_path: Path) -> None:
    options = RunOptions(select=["HYG002"], entry_points=False)
    result = check_text(tmp_path, MARKUP, config='select = ["HYG001"]\n', options=options)
    assert set(mechanism_codes(result.findings)) == {"HYG002"}


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "legacy").mkdir()
    config = '[per-file-ignores]\n"legacy/*" = ["HYG001"]\n'
    result = check_text(tmp_path, MARKUP, "legacy/old.txt", config=config)
    assert set(mechanism_codes(result.findings)) == {"HYG002"}
    fresh = check_text(tmp_path, MARKUP, "new.txt", config=config)
    assert set(mechanism_codes(fresh.findings)) == {"HYG001", "HYG002"}


def test_severity_by_prefix_and_code(tmp_path: Path) -> None:
    config = '[severity]\nHYG = "info"\nHYG002 = "error"\n'
    result = check_text(tmp_path, MARKUP, config=config)
    assert {(f.code, f.severity.value) for f in result.findings if f.code[:3] == "HYG"} == {
        ("HYG001", "info"),
        ("HYG002", "error"),
    }


def test_issuer_profile_reaches_rules(tmp_path: Path) -> None:
    config = (
        '[issuer]\nname = "Acme Corp."\n'
        'tickers = ["Nasdaq: ACME", {symbol = "ACM", venue = "TSX"}]\n'
        'reporting-status = "13(a)"\nshares-outstanding = 1000\n'
        "shares-outstanding-as-of = 2025-01-31\n"
        '[[issuer.ir-contacts]]\nlabel = "Investor Relations"\nemail = "ir@acme.com"\n'
    )
    (tmp_path / ".disclint.toml").write_text(config)
    plan = Engine(RunOptions(entry_points=False)).plan_for(tmp_path / "x.txt")
    issuer = plan.config.settings.issuer
    assert [(t.venue, t.symbol) for t in issuer.tickers] == [("Nasdaq", "ACME"), ("TSX", "ACM")]
    assert issuer.shares_outstanding == 1000
    assert str(issuer.shares_outstanding_as_of) == "2025-01-31"
    assert issuer.ir_contacts[0].email == "ir@acme.com"


def _write(path: Path) -> Path:
    path.write_text(MARKUP, encoding="utf-8")
    return path


def test_family_options_table_applies_to_every_rule_that_takes_the_option(tmp_path: Path) -> None:
    config = tmp_path / ".disclint.toml"
    config.write_text(
        '[rules.FLS]\nignore-cues = ["potential"]\nmin-factors = 5\n'
        '[rules.FLS010]\nignore-cues = ["guarantee"]\n'
    )
    plan = Engine(RunOptions(entry_points=False)).plan_for(tmp_path / "x.txt")
    assert plan.options["FLS001"].ignore_cues == ["potential"]
    assert plan.options["FLS011"].ignore_cues == ["potential"]
    assert plan.options["FLS002"].min_factors == 5
    assert plan.options["FLS010"].ignore_cues == ["guarantee"]  # the rule's own table wins


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[rules.FLS]\nno-such-option = 1\n", "rules.FLS.no-such-option: no FLS rule takes"),
        ("[rules.ZZZ]\nx = 1\n", "rules.ZZZ: no rule has this code"),
    ],
)
def test_family_options_errors(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / ".disclint.toml").write_text(content)
    with pytest.raises(ConfigError, match=message):
        Engine(RunOptions(entry_points=False)).plan_for(tmp_path / "x.txt")
