"""Documentation that runs: every registered rule's documented examples, as ``disclint
explain`` shows them, are checked through the real engine inside the standard example
release (``disclint.ruledocs.example_release``): a "flagged" example makes that rule report
at least one finding, an "accepted" one makes it report none. And every rule code cited
anywhere (messages, citations, rationales, data files, README) names a rule that exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclint.api import Rule
from disclint.engine import Engine, RunOptions
from disclint.ruledocs import example_release
from tests.conftest import ROOT

_CODE = re.compile(r"\b(?:FLS|NG|OFF|DISC|FMT|NUM|PRM|CON|HYG|EDT|DL)\d{3}\b")


def _registry() -> list[Rule]:
    return list(Engine(RunOptions(entry_points=False)).plan_for(ROOT).registry)


RULES = _registry()
CASES = [
    pytest.param(rule, index, kind, text, id=f"{rule.code}-{index}-{kind}")
    for rule in RULES
    for index, pair in enumerate(rule.examples)
    for kind, text in zip(("flagged", "accepted"), pair, strict=True)
]


def _codes_reported(tmp_path: Path, code: str, example: str) -> list[str]:
    release, config = example_release(example)
    (tmp_path / ".disclint.toml").write_text(config, encoding="utf-8")
    path = tmp_path / "example.txt"
    path.write_text(release, encoding="utf-8")
    result = Engine(RunOptions(select=[code], entry_points=False)).check_path(path)
    assert result.error is None
    return [f.code for f in result.findings]


@pytest.mark.parametrize(("rule", "index", "kind", "text"), CASES)
def test_documented_example_behaves_as_documented(
    tmp_path: Path, rule: Rule, index: int, kind: str, text: str
) -> None:
    reported = _codes_reported(tmp_path, rule.code, text)
    if kind == "flagged":
        assert rule.code in reported, f"{rule.code} example {index} is documented as flagged"
    else:
        assert rule.code not in reported, f"{rule.code} example {index} is documented as accepted"
    assert "DL001" not in reported


FLAGGED = [
    pytest.param(rule, index, pair[0], id=f"{rule.code}-{index}")
    for rule in RULES
    if rule.severity.value != "info"
    for index, pair in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "index", "text"), FLAGGED)
def test_a_flagged_example_is_more_than_an_info_reminder(
    tmp_path: Path, rule: Rule, index: int, text: str
) -> None:
    """``disclint explain`` shows a warning or error rule's flagged example as what the rule
    reports: the example must not be one the rule demotes to an info reminder."""
    release, config = example_release(text)
    (tmp_path / ".disclint.toml").write_text(config, encoding="utf-8")
    path = tmp_path / "example.txt"
    path.write_text(release, encoding="utf-8")
    result = Engine(RunOptions(select=[rule.code], entry_points=False)).check_path(path)
    levels = {f.severity.value for f in result.findings if f.code == rule.code}
    assert levels - {"info"}, f"{rule.code} example {index} is reported only as {levels}"


def test_every_built_in_rule_outside_the_engine_has_an_example() -> None:
    missing = [r.code for r in RULES if not r.examples and not r.code.startswith("DL")]
    assert missing == []


def _known_codes() -> set[str]:
    codes = {r.code for r in _registry()}
    return codes


def _cited() -> dict[str, set[str]]:
    """Every code written in the rules' metadata, the rule data files, and the README."""
    found: dict[str, set[str]] = {}
    for rule in _registry():
        text = " ".join(
            [rule.summary, rule.citation, rule.rationale or "", *(a + b for a, b in rule.examples)]
        )
        for code in _CODE.findall(text):
            found.setdefault(code, set()).add(f"rule {rule.code}")
    sources = [ROOT / "README.md", ROOT / "examples" / "README.md"]
    sources += sorted((ROOT / "rules").rglob("*.py"))
    sources += sorted((ROOT / "rules" / "data").glob("*.toml"))
    for path in sources:
        for code in _CODE.findall(path.read_text(encoding="utf-8")):
            found.setdefault(code, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_cited_code_exists() -> None:
    known = _known_codes()
    missing = {code: sorted(where) for code, where in _cited().items() if code not in known}
    assert missing == {}


def test_explain_of_every_known_code_exits_0() -> None:
    from click.testing import CliRunner

    from disclint.cli import cli

    runner = CliRunner()
    for code in sorted(_known_codes()):
        assert runner.invoke(cli, ["explain", code]).exit_code == 0, code


def test_explain_of_an_unknown_code_suggests_the_nearest() -> None:
    from click.testing import CliRunner

    from disclint.cli import cli

    result = CliRunner().invoke(cli, ["explain", "FLS02"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "FLS002" in lines[0] or "FLS001" in lines[0]
