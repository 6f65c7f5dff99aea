"""The pre-commit hook, run by the real pre-commit tool in a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

CLEAN = "Acme Signs Supply Agreement\n\nAcme Corp. today signed a supply agreement.\n"
FLAWED = "Acme Signs Supply Agreement\n\n<u>Acme Corp.</u> today signed a supply agreement.\n"

pytestmark = pytest.mark.skipif(
    shutil.which("pre-commit") is None or shutil.which("git") is None,
    reason="pre-commit and git are needed",
)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_hook_passes_clean_and_fails_flawed(tmp_path: Path) -> None:
    repo = tmp_path / "releases"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "counsel@example.com")
    _git(repo, "config", "user.name", "Counsel")
    # The hook's own behaviour under test, independent of which rules exist: any warning fails.
    (repo / ".disclint.toml").write_text('select = ["HYG"]\nfail-on = "warning"\n')
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (repo / "flawed.txt").write_text(FLAWED, encoding="utf-8")
    _git(repo, "add", ".")
    environment = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pre-commit", "try-repo", str(ROOT), "disclint", "--files", *files],
            cwd=repo,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )

    passed = try_repo("clean.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    failed = try_repo("flawed.txt")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "flawed.txt:3:1: HYG001 warning" in failed.stdout
