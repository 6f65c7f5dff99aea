"""``disclint check``, ``rules`` and ``explain`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from disclint.cli import cli

MARKUP = "Acme Reports Results\n\nAcme <u>Corp</u> announced results.\n"
CLEAN = "Acme Reports Results\n\nAcme Corp announced results.\n"


def invoke(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "flawed.txt").write_text(MARKUP, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "README.md").write_text("Not a release <u>x</u>.\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("fail_on", "expected"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_exit_code_follows_fail_on(folder: Path, fail_on: str, expected: int) -> None:
    code, _, _ = invoke("check", str(folder), "--fail-on", fail_on, "--isolated")
    assert code == expected


def test_folders_are_walked_with_includes_and_excludes(folder: Path) -> None:
    _, out, _ = invoke("check", str(folder), "--format", "json", "--isolated")
    paths = sorted(Path(f["path"]).name for f in json.loads(out)["files"])
    assert paths == ["clean.md", "flawed.txt"]
    # Named explicitly, an excluded file is still checked, unless --force-exclude.
    _, out, _ = invoke("check", str(folder / "README.md"), "--format", "json", "--isolated")
    assert len(json.loads(out)["files"]) == 1
    _, out, _ = invoke(
        "check", str(folder / "README.md"), "--force-exclude", "--format", "json", "--isolated"
    )
    assert json.loads(out)["files"] == []


def test_fail_on_from_config(folder: Path) -> None:
    (folder / ".disclint.toml").write_text('fail-on = "warning"\n')
    assert invoke("check", str(folder))[0] == 1
    assert invoke("check", str(folder), "--fail-on", "error")[0] == 0


def test_input_error_exit_2_and_others_still_checked(folder: Path) -> None:
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    code, out, err = invoke("check", str(folder), "--format", "concise", "--isolated")
    assert code == 2
    assert err.strip().splitlines() == [
        f"disclint: error: {folder / 'broken.txt'}: file is binary, not text"
    ]
    assert "flawed.txt:3:6: HYG001" in out


def test_select_ignore_extend_select_flags(folder: Path) -> None:
    _, out, _ = invoke("check", str(folder), "--ignore", "HYG001", "--format", "json", "--isolated")
    assert json.loads(out)["summary"]["findings"] == 0
    _, out, _ = invoke(
        "check", str(folder), "--select", "HYG002,HYG001", "--format", "json", "--isolated"
    )
    assert json.loads(out)["summary"]["findings"] == 2


def test_statistics(folder: Path) -> None:
    _, out, _ = invoke("check", str(folder), "--statistics", "--isolated")
    assert out == "    2  HYG001   stray-markup\n"  # only the table
    _, out, _ = invoke("check", str(folder), "--statistics", "--format", "json", "--isolated")
    assert json.loads(out) == [{"code": "HYG001", "name": "stray-markup", "count": 2}]


def test_quiet_prints_findings_only(folder: Path) -> None:
    _, out, _ = invoke("check", str(folder), "--quiet", "--format", "concise", "--isolated")
    assert all("HYG001" in line for line in out.strip().splitlines())


def test_stdin(folder: Path) -> None:
    code, out, _ = invoke(
        "check",
        "-",
        "--stdin-filename",
        "piped.txt",
        "--format",
        "concise",
        "--isolated",
        input=MARKUP.encode(),
    )
    assert code == 0
    assert "piped.txt:3:6: HYG001" in out


def test_jobs_give_the_same_results(tmp_path: Path) -> None:
    for number in range(8):
        (tmp_path / f"r{number}.txt").write_text(MARKUP, encoding="utf-8")
    _, serial, _ = invoke("check", str(tmp_path), "--format", "json", "--isolated")
    _, parallel, _ = invoke("check", str(tmp_path), "--format", "json", "--isolated", "--jobs", "2")
    assert json.loads(serial)["files"] == json.loads(parallel)["files"]


def test_fix_writes_only_when_asked_and_diff_changes_nothing(folder: Path) -> None:
    flawed = folder / "flawed.txt"
    invoke("check", str(flawed), "--isolated")
    assert flawed.read_text(encoding="utf-8") == MARKUP
    code, out, _ = invoke("check", str(flawed), "--diff", "--isolated")
    assert "-Acme <u>Corp</u> announced results." in out
    assert "+Acme Corp announced results." in out
    assert flawed.read_text(encoding="utf-8") == MARKUP
    code, out, _ = invoke("check", str(flawed), "--fix", "--isolated", "--fail-on", "warning")
    assert code == 0
    assert flawed.read_text(encoding="utf-8") == CLEAN
    assert "2 fixes applied" in out
    assert [p.name for p in folder.iterdir() if p.name.startswith(".flawed")] == []


def test_fix_keeps_the_file_encoding(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Caf\u00e9 <b>Corp</b> \u2019s results.\n".encode("cp1252"))
    invoke("check", str(path), "--fix", "--isolated")
    assert path.read_bytes() == "Caf\u00e9 Corp \u2019s results.\n".encode("cp1252")


def test_crashing_rule_is_isolated(tmp_path: Path) -> None:
    pack = tmp_path / "house_rules"
    pack.mkdir()
    (pack / "crash.py").write_text(
        "from disclint.api import rule\n"
        "@rule(code='HSE001', name='crashes', family='house', severity='info',\n"
        "      summary='always crashes', citation='test')\n"
        "def crashes(ctx):\n"
        "    raise ValueError('boom')\n"
    )
    (tmp_path / ".disclint.toml").write_text('rule-packs = ["house_rules"]\n')
    (tmp_path / "r.txt").write_text(MARKUP, encoding="utf-8")
    code, out, _ = invoke(
        "check", str(tmp_path / "r.txt"), "--format", "concise", "--fail-on", "never"
    )
    assert code == 2
    assert "DL001 error rule HSE001 (crashes) crashed: ValueError: boom" in out
    assert "HYG001" in out  # the other rules still ran


def test_closed_pipe_ends_quietly(folder: Path) -> None:
    for number in range(30):
        (folder / f"r{number}.txt").write_text(MARKUP, encoding="utf-8")
    result = subprocess.run(
        f"{sys.executable} -m disclint check {folder} --isolated | head -n 2",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stderr == ""


def test_rules_listing() -> None:
    code, out, _ = invoke("rules", "--format", "json")
    assert code == 0
    rows = {r["code"]: r for r in json.loads(out)}
    assert rows["HYG001"]["name"] == "stray-markup"
    assert rows["HYG001"]["family"] == "hygiene"
    assert rows["HYG001"]["severity"] == "warning"
    assert rows["DL100"]["summary"]
    _, text, _ = invoke("rules")
    assert "HYG001   stray-markup" in text


def test_explain() -> None:
    code, out, _ = invoke("explain", "HYG001")
    assert code == 0
    assert out.startswith("HYG001 stray-markup (hygiene; default severity warning")
    assert "Source: Wire-service submission guidelines" in out
    assert "Flagged:" in out and "Accepted:" in out
    assert invoke("explain", "mojibake")[0] == 0
    code, _, err = invoke("explain", "NOPE999")
    assert code == 2 and "no rule has the code or name 'NOPE999'" in err


def test_bad_config_is_one_line_exit_2(tmp_path: Path) -> None:
    (tmp_path / ".disclint.toml").write_text('selct = ["HYG"]\n')
    (tmp_path / "r.txt").write_text(MARKUP, encoding="utf-8")
    code, _, err = invoke("check", str(tmp_path / "r.txt"))
    assert code == 2
    assert err.strip() == f"disclint: error: {tmp_path / '.disclint.toml'}: selct: unknown setting"


def test_command_line_mistake_is_not_blamed_on_the_config_file(folder: Path) -> None:
    (folder / "pyproject.toml").write_text('[tool.disclint]\nignore = ["PRM004"]\n')
    code, _, err = invoke("check", str(folder), "--ignore", "PRM0001")
    assert code == 2
    assert err.strip() == (
        "disclint: error: command line: --ignore: unknown rule code, prefix or name 'PRM0001'"
    )
    (folder / "pyproject.toml").write_text('[tool.disclint]\nignore = ["PRM0001"]\n')
    _, _, err = invoke("check", str(folder))
    assert "pyproject.toml" in err and "'PRM0001'" in err and "command line" not in err


def test_parallel_chunks_cover_every_file_in_order_and_shrink_to_single_files() -> None:
    from disclint.checking import _chunks

    files = [Path(f"r{i}.txt") for i in range(702)]
    chunks = list(_chunks(files, 2))
    assert [f for chunk in chunks for f in chunk] == files
    sizes = [len(chunk) for chunk in chunks]
    assert max(sizes) == 32
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-8:] == [1] * 8  # the last files go one at a time: no worker waits idle
    assert list(_chunks([], 2)) == []
    assert list(_chunks(files[:3], 4)) == [[f] for f in files[:3]]
