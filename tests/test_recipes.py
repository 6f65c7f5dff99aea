"""Every install and CI recipe in README, run as written on a fresh environment.

Each test takes the recipe's block from README (the fenced block after
``<!-- recipe: NAME -->``) and runs it: the install commands in a copy of this repository,
the pre-commit configuration with the real pre-commit, the GitLab job's script in a fresh
virtual environment, and the GitHub Action's steps as a script (GitHub's runner itself
cannot run here: the steps that are other actions, setting up Python and uploading SARIF,
are GitHub's). The one thing a reader changes, where they keep disclint (``repo:``,
``DISCLINT_REPOSITORY``), points at a clone of this repository.

They install disclint and its dependencies from the package index several times, so they
run in CI (``CI`` set) or when asked (``DISCLINT_RECIPES=1``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import EXAMPLES, ROOT

TAG = "v0.1.0"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _has_tag() -> bool:
    found = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "-q", "--verify", f"refs/tags/{TAG}"],
        capture_output=True,
        check=False,
    )
    return found.returncode == 0


pytestmark = [
    pytest.mark.skipif(
        not (os.environ.get("CI") or os.environ.get("DISCLINT_RECIPES")),
        reason="README recipes install disclint into fresh environments from the package "
        "index (slow): they run in CI, or locally with DISCLINT_RECIPES=1",
    ),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is needed to clone the repo"),
    pytest.mark.skipif(
        shutil.which("git") is not None and not _has_tag(),
        reason=f"the recipes install the tag {TAG}, which this clone lacks (git fetch --tags)",
    ),
]


def recipe(name: str) -> str:
    """The fenced block that follows ``<!-- recipe: name -->`` in README."""
    match = re.search(rf"<!-- recipe: {name} -->\n```\w*\n(.*?)```", README, re.S)
    assert match, f"README has no recipe {name!r}"
    return match.group(1)


def _sh(
    script: str, cwd: Path, env: dict[str, str], check: bool = True
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if check:
        assert done.returncode == 0, f"{script}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh clone of this repository (its committed state and tags)."""
    target = tmp_path_factory.mktemp("repo") / "disclint"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(target)], check=True)
    return target


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    """A clean environment: no venv of ours on PATH, caches and homes in ``tmp_path``."""
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if ".venv" not in p]
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"VIRTUAL_ENV", "PYTHONPATH", "PIP_REQUIRE_VIRTUALENV"}
    }
    env.update(
        PATH=os.pathsep.join(path),
        HOME=str(tmp_path / "home"),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
    )
    (tmp_path / "home").mkdir()
    return env


def _python_named_python(folder: Path) -> Path:
    """A folder with ``python`` (what actions/setup-python puts on PATH) for this Python."""
    folder.mkdir(parents=True, exist_ok=True)
    base = getattr(sys, "_base_executable", sys.executable)
    (folder / "python").symlink_to(base)
    return folder


def test_install(clone: Path, tmp_path: Path, environment: dict[str, str]) -> None:
    work = tmp_path / "work"
    work.mkdir()
    shutil.copytree(clone, work / "disclint", ignore=shutil.ignore_patterns(".git"))
    shutil.copy(EXAMPLES / "annual-results.docx", work / "release.docx")
    env = {
        **environment,
        "PIPX_HOME": str(tmp_path / "pipx"),
        "PIPX_BIN_DIR": str(tmp_path / "bin"),
    }
    env["PATH"] = os.pathsep.join([str(tmp_path / "bin"), env["PATH"]])
    if shutil.which("pipx", path=env["PATH"]) is None:  # a fresh machine: pipx from the index
        tools = tmp_path / "tools"
        subprocess.run([sys.executable, "-m", "venv", str(tools)], check=True)
        subprocess.run([str(tools / "bin" / "pip"), "install", "-q", "pipx"], check=True, env=env)
        env["PATH"] = os.pathsep.join([env["PATH"], str(tools / "bin")])
    _sh(recipe("install"), work, env)
    page = (work / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "release.docx" in page


def test_pre_commit(clone: Path, tmp_path: Path, environment: dict[str, str]) -> None:
    if shutil.which("pre-commit") is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[dev]' installs it)")
    repo = tmp_path / "releases"
    repo.mkdir()
    config = re.sub(r"(- repo: ).*", rf"\g<1>{clone}", recipe("pre-commit"), count=1)
    assert config != recipe("pre-commit")
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    shutil.copy(EXAMPLES / "offering-pricing.txt", repo / "clean.txt")
    env = {
        **environment,
        "PATH": os.pathsep.join(
            [str(Path(shutil.which("pre-commit") or "").parent), environment["PATH"]]
        ),
    }
    git = "git -c user.email=c@example.com -c user.name=Counsel"
    _sh(f"git init -q && git add . && {git} commit -qm clean", repo, env)
    passed = _sh("pre-commit run --all-files", repo, env, check=False)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    shutil.copy(EXAMPLES / "offering-flawed.txt", repo / "flawed.txt")
    failed = _sh("git add flawed.txt && pre-commit run --files flawed.txt", repo, env, check=False)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert re.search(r"flawed\.txt:\d+:\d+: NUM001 error", failed.stdout)


def _releases(project: Path) -> None:
    (project / "releases").mkdir(parents=True)
    shutil.copy(EXAMPLES / "offering-flawed.txt", project / "releases" / "flawed.txt")
    shutil.copy(EXAMPLES / "offering-pricing.txt", project / "releases" / "clean.txt")


def test_gitlab(clone: Path, tmp_path: Path, environment: dict[str, str]) -> None:
    job = yaml.safe_load(recipe("gitlab"))["disclint"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    project = tmp_path / "project"
    _releases(project)
    venv = tmp_path / "venv"  # the job's image: a fresh Python with pip on PATH
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {**environment, **{k: str(v) for k, v in job["variables"].items()}}
    env["DISCLINT_REPOSITORY"] = clone.as_uri()  # the project's CI/CD variable overrides it
    env["PATH"] = os.pathsep.join([str(venv / "bin"), env["PATH"]])
    *setup, gate = job["script"]
    for line in setup:
        _sh(line, project, env)
    gated = _sh(gate, project, env, check=False)
    assert gated.returncode == 1, gated.stdout + gated.stderr  # the flawed release fails it
    assert re.search(r"releases/flawed\.txt:\d+:\d+: NUM001 error", gated.stdout)
    issues = json.loads((project / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert {i["location"]["path"] for i in issues} == {"releases/flawed.txt"}


def _expand(value: Any, inputs: dict[str, str]) -> str:
    return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], str(value))


def test_github_action(clone: Path, tmp_path: Path, environment: dict[str, str]) -> None:
    workflow = yaml.safe_load(recipe("github"))
    steps = workflow["jobs"]["disclint"]["steps"]
    ours = next(s for s in steps if str(s.get("uses", "")).endswith(f"/disclint@{TAG}"))
    action = yaml.safe_load((clone / "action.yml").read_text(encoding="utf-8"))
    assert set(ours.get("with", {})) <= set(action["inputs"])
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    inputs.update({k: str(v) for k, v in ours.get("with", {}).items()})

    checkout = tmp_path / "action"  # what `uses: OWNER/disclint@v0.1.0` checks out
    subprocess.run(["git", "clone", "-q", "--branch", TAG, str(clone), str(checkout)], check=True)
    project = tmp_path / "project"
    _releases(project)
    github_path = tmp_path / "github_path"
    github_path.write_text("", encoding="utf-8")
    env = {
        **environment,
        "GITHUB_ACTION_PATH": str(checkout),
        "GITHUB_PATH": str(github_path),
        "RUNNER_TEMP": str(tmp_path / "runner-temp"),
    }
    (tmp_path / "runner-temp").mkdir()
    # actions/setup-python: `python` on PATH
    env["PATH"] = os.pathsep.join([str(_python_named_python(tmp_path / "py")), env["PATH"]])
    outcomes = []
    for step in action["runs"]["steps"]:
        if "run" not in step:
            assert step["uses"].split("@")[0] in {
                "actions/setup-python",
                "github/codeql-action/upload-sarif",
            }
            continue
        step_env = {**env, **{k: _expand(v, inputs) for k, v in step.get("env", {}).items()}}
        added = github_path.read_text(encoding="utf-8").split()
        step_env["PATH"] = os.pathsep.join([*reversed(added), env["PATH"]])
        outcomes.append(_sh(_expand(step["run"], inputs), project, step_env, check=False))
    install, sarif, annotate = outcomes
    assert install.returncode == 0 and sarif.returncode == 0, install.stderr + sarif.stderr
    assert annotate.returncode == 1  # an error in the flawed release fails the step
    assert "::error file=releases/flawed.txt,line=" in annotate.stdout
    report = json.loads((project / inputs["sarif"]).read_text(encoding="utf-8"))
    assert report["runs"][0]["results"]
