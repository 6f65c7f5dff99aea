"""``disclint check`` without click reads its arguments and reports exactly as the click
command does (``disclint.entry``), and hands to click whatever it is not sure of."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from disclint.cli import cli
from disclint.entry import check_arguments, echo

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FLAWED = str(EXAMPLES / "offering-flawed.txt")
CLEAN = str(EXAMPLES / "offering-pricing.txt")


def _clicks(args: list[str]) -> dict[str, object] | None:
    """The parameters click gives ``check`` for ``args``, or ``None`` if it refuses them."""
    command = cli.commands["check"]
    try:
        with command.make_context("check", list(args[1:])) as ctx:
            return dict(ctx.params)
    except (click.ClickException, click.exceptions.Exit):
        return None


READ_ALIKE = [
    ["check"],
    ["check", FLAWED],
    ["check", FLAWED, CLEAN, "--isolated", "--no-cache"],
    ["check", "--force-exclude", FLAWED],
    ["check", FLAWED, "--format", "json", "--fail-on", "never", "-o", "report.json"],
    ["check", "--format=sarif", "--output=out.sarif", FLAWED],
    ["check", "-j", "2", "--jobs", "0", "-q", "--statistics", "--color", "never", FLAWED],
    ["check", "--select", "FLS,NUM", "--select", "PRM001", "--extend-select", "EDT"],
    ["check", "--ignore", "CON005", "--exclude", "*.md", "--extend-exclude", "drafts/*"],
    ["check", "--respect-gitignore", "--no-respect-gitignore", "."],
    ["check", "--no-respect-gitignore", "--no-suppress", "--fix", "--unsafe-fixes", "--diff"],
    ["check", "-", "--stdin-filename", "release.md", "--baseline", "base.json"],
    ["check", "--write-baseline", "base.json", "--annotate", "copy.docx", FLAWED],
    ["check", "--config", str(ROOT / "pyproject.toml"), FLAWED],
    ["check", "--", "--isolated", FLAWED],
    ["check", "--format", "json", "--format", "text", "-j", "007"],
    ["check", "--select", "", FLAWED],
    ["check", "-", FLAWED, "no-such-file.txt"],
]

LEFT_TO_CLICK = [
    ["--version"],
    ["-h"],
    ["parse", FLAWED],
    ["check", "--help"],
    ["check", "-h"],
    ["check", "--format", "yaml"],
    ["check", "--format"],
    ["check", "--format", "--isolated"],
    ["check", "-j", "-1"],
    ["check", "-j", "two"],
    ["check", "-j2"],
    ["check", "-qj", "2"],
    ["check", "-o=x.json"],
    ["check", "-ofile.json"],
    ["check", "--quiet=yes"],
    ["check", "--isolate"],
    ["check", "--config", "no-such-config.toml"],
    ["check", "--config", str(EXAMPLES)],
    ["check", "--output", str(EXAMPLES)],
    ["check", "--respect-gitignore=no"],
    ["check", "--fail-on", "Error"],
    ["check", "-o", "-"],
]


@pytest.mark.parametrize("args", READ_ALIKE, ids=" ".join)
def test_an_ordinary_check_is_read_as_click_reads_it(args: list[str]) -> None:
    ours = check_arguments(args)
    assert ours is not None
    assert ours == _clicks(args)


@pytest.mark.parametrize("args", LEFT_TO_CLICK, ids=" ".join)
def test_anything_else_goes_to_click(args: list[str]) -> None:
    assert check_arguments(args) is None


def test_an_unreadable_path_goes_to_click(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("x")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who reads every file")
        assert check_arguments(["check", str(locked)]) is None
        assert _clicks(["check", str(locked)]) is None
    finally:
        locked.chmod(0o600)


def test_shell_completion_goes_to_click(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_DISCLINT_COMPLETE", "bash_complete")
    assert check_arguments(["check", FLAWED]) is None


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream_type", [io.StringIO, _Terminal])
@pytest.mark.parametrize(
    "message", ["plain", "\x1b[31merror\x1b[0m: x\x1b[1m", "", None, "é → \u2192"]
)
def test_echo_writes_what_click_echo_writes(stream_type: type, message: str | None) -> None:
    ours, theirs = stream_type(), stream_type()
    echo(message, file=ours)
    click.echo(message, file=theirs)
    assert ours.getvalue() == theirs.getvalue()


def _run(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISCLINT_CACHE_DIR": str(cwd / "cache")}
    env.pop("NO_COLOR", None)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=cwd
    )


FAST = "import sys; from disclint.entry import main; main({args!r})"
CLICK = "from disclint.cli import cli, main; import sys; main.__globals__['check_arguments'] = lambda a: None; main({args!r})"  # noqa: E501
PROBE = (
    "import atexit, sys; atexit.register(lambda: print('click' in sys.modules, file=sys.stderr));"
    " from disclint.entry import main; main({args!r})"
)


@pytest.mark.parametrize(
    "args",
    [
        ["check", FLAWED, CLEAN, "--isolated", "--no-cache"],
        ["check", FLAWED, "--format", "concise", "--no-cache", "--statistics"],
        ["check", CLEAN, "--format", "json", "--fail-on", "never", "--isolated", "--no-cache"],
        ["check", "no-such-file.txt", "--no-cache"],
        ["check", FLAWED, "--select", "NOPE999", "--no-cache"],
    ],
    ids=lambda a: " ".join(Path(w).name for w in a),
)
def test_a_check_reports_as_the_click_command_does(args: list[str], tmp_path: Path) -> None:
    fast = _run(FAST.format(args=args), tmp_path)
    slow = _run(CLICK.format(args=args), tmp_path)
    assert (fast.returncode, fast.stdout, fast.stderr) == (
        slow.returncode,
        slow.stdout,
        slow.stderr,
    )
    assert fast.stdout or fast.stderr


def test_a_check_does_not_import_click(tmp_path: Path) -> None:
    ran = _run(PROBE.format(args=["check", CLEAN, "--no-cache"]), tmp_path)
    assert ran.stderr.splitlines()[-1] == "False"
    helped = _run(PROBE.format(args=["check", "--help"]), tmp_path)
    assert "Usage: disclint check" in helped.stdout and helped.stderr.strip() == "True"
