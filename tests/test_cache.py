"""The results cache (``.disclint_cache``): an unchanged file is not checked again, and
anything that can change a result (the file, the config, the selection) is a miss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from disclint.cli import cli

FLAWED = "Acme Announces Results\n\nNEW YORK -- Acme &amp; Sons <u>grew</u>.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("DISCLINT_NO_CACHE")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".disclint.toml").write_text('fail-on = "warning"\n')
    (tmp_path / "r.txt").write_text(FLAWED, encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args])
    return result.exit_code, result.stdout


def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every release actually parsed (a cache hit parses nothing)."""
    import disclint.parse

    parsed: list[str] = []
    original = disclint.parse.parse_source

    def parse(source):  # type: ignore[no-untyped-def]
        parsed.append(source.path)
        return original(source)

    monkeypatch.setattr(disclint.parse, "parse_source", parse)
    return parsed


def test_a_rerun_is_served_from_the_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = counting(monkeypatch)
    first = run("r.txt")
    second = run("r.txt")
    assert first == second and first[0] == 1
    assert parsed == ["r.txt"]
    assert (project / ".disclint_cache" / ".gitignore").exists()
    # The text report still shows the line under each finding.
    assert "Acme &amp; Sons" in second[1]


def test_changes_are_misses(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = counting(monkeypatch)
    run("r.txt")
    (project / "r.txt").write_text(FLAWED + "More.\n", encoding="utf-8")
    run("r.txt")
    run("r.txt", "--ignore", "HYG")
    (project / ".disclint.toml").write_text('fail-on = "error"\n')
    run("r.txt")
    run("r.txt", "--no-cache")
    assert len(parsed) == 5


def test_cached_json_equals_fresh_json(project: Path) -> None:
    fresh = json.loads(run("r.txt", "--format", "json", "--no-cache")[1])
    run("r.txt", "--format", "json")
    cached = json.loads(run("r.txt", "--format", "json")[1])
    assert cached == fresh


def test_fix_never_uses_the_cache(project: Path) -> None:
    run("r.txt")
    run("r.txt", "--fix")
    assert "&amp;" not in (project / "r.txt").read_text(encoding="utf-8")


def test_corrupt_entry_is_a_miss(project: Path) -> None:
    run("r.txt")
    for entry in (project / ".disclint_cache").rglob("*.json"):
        entry.write_text("{not json")
    code, out = run("r.txt", "--format", "json")
    assert code == 1 and json.loads(out)["files"][0]["findings"]
