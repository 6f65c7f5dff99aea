"""Which files a folder walk checks: ``.gitignore`` honoured (git's semantics), ``--exclude``
replacing the globs, ``--extend-exclude`` adding to them, ``--no-respect-gitignore``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from disclint.cli import cli

TEXT = "Headline\n\nAcme Corp announced results.\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git" / "info").mkdir(parents=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("private.txt\n")
    (tmp_path / ".gitignore").write_text("# drafts stay local\ndrafts/\n*.bak.txt\n!keep.bak.txt\n")
    for name in [
        "release.txt",
        "old.bak.txt",
        "keep.bak.txt",
        "private.txt",
        "drafts/draft.txt",
        "archive/2019.txt",
        "archive/sub/2018.md",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    (tmp_path / "archive" / ".gitignore").write_text("sub/\n!/2019.txt\n")
    return tmp_path


def _checked(folder: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(
        cli, ["check", str(folder), "--format", "json", "--isolated", *args]
    )
    assert result.exit_code in (0, 1), result.output
    files = json.loads(result.stdout)["files"]
    return sorted(Path(f["path"]).relative_to(folder).as_posix() for f in files)


def test_gitignore_is_honoured(repo: Path) -> None:
    assert _checked(repo) == ["archive/2019.txt", "keep.bak.txt", "release.txt"]


def test_no_respect_gitignore(repo: Path) -> None:
    assert len(_checked(repo, "--no-respect-gitignore")) == 7


def test_outside_a_git_repository_gitignore_is_not_read(repo: Path) -> None:
    (repo / ".git" / "info" / "exclude").unlink()
    (repo / ".git" / "info").rmdir()
    (repo / ".git").rmdir()
    assert len(_checked(repo)) == 7


def test_config_can_turn_it_off(repo: Path) -> None:
    (repo / ".disclint.toml").write_text("respect-gitignore = false\n")
    result = CliRunner().invoke(cli, ["check", str(repo), "--format", "json"])
    assert len(json.loads(result.stdout)["files"]) == 7


def test_exclude_and_extend_exclude(repo: Path) -> None:
    assert _checked(repo, "--extend-exclude", "archive") == ["keep.bak.txt", "release.txt"]
    assert _checked(repo, "--extend-exclude", "release.*,keep*") == ["archive/2019.txt"]
    # --exclude replaces the built-in globs: a README is then checked too
    (repo / "README.md").write_text(TEXT, encoding="utf-8")
    assert "README.md" not in _checked(repo)
    assert _checked(repo, "--exclude", "archive") == ["README.md", "keep.bak.txt", "release.txt"]


def test_force_exclude_applies_gitignore_to_named_files(repo: Path) -> None:
    named = str(repo / "old.bak.txt")
    result = CliRunner().invoke(cli, ["check", named, "--format", "json", "--isolated"])
    assert len(json.loads(result.stdout)["files"]) == 1
    result = CliRunner().invoke(
        cli, ["check", named, "--force-exclude", "--format", "json", "--isolated"]
    )
    assert json.loads(result.stdout)["files"] == []
