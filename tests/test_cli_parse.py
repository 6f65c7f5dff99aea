"""``disclint parse``: outline and JSON output, and one-line errors for unusable input."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from disclint.cli import cli
from tests.conftest import FIXTURES

GOOD = str(FIXTURES / "same" / "release.txt")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_outline_shows_sections_with_positions() -> None:
    code, out, _ = run("parse", GOOD)
    assert code == 0
    assert "headline" in out and "dateline" in out and "forward-looking" in out
    assert "       5:1  dateline         DENVER | PRNewswire | 2025-03-04" in out


def test_json_is_the_complete_model() -> None:
    code, out, _ = run("parse", "--format", "json", GOOD)
    assert code == 0
    payload = json.loads(out)
    [release] = payload["releases"]
    assert release["dateline"]["wire"] == "PRNewswire"
    assert release["dateline"]["span"]["start"] == {"line": 5, "column": 1, "offset": 90}
    assert release["contacts"][0]["emails"][0]["text"] == "ir@corvane-robotics.com"
    assert release["text"].startswith("FOR IMMEDIATE RELEASE")


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Each kind of unusable input, with the words its error message must contain."""
    binary = tmp / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    empty = tmp / "empty.md"
    empty.write_bytes(b"")
    undecodable = tmp / "latin.txt"
    undecodable.write_bytes(b"Caf\x81 \x8d\x8f\x90 text")
    broken_html = tmp / "broken.html"
    broken_html.write_text("<html><body><p>Acme announces<b", encoding="utf-8")
    corrupt_docx = tmp / "corrupt.docx"
    corrupt_docx.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    empty_zip = tmp / "nodoc.docx"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    folder = tmp / "folder.txt"
    folder.mkdir()
    return {
        "binary": (binary, "binary"),
        "empty": (empty, "empty"),
        "undecodable": (undecodable, "neither UTF-8 nor Windows-1252"),
        "broken html": (broken_html, "broken HTML"),
        "corrupt docx": (corrupt_docx, ".docx"),
        "docx without a document": (empty_zip, ".docx"),
        "directory": (folder, "directory"),
        "missing": (tmp / "missing.txt", "no such file"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "binary",
        "empty",
        "undecodable",
        "broken html",
        "corrupt docx",
        "docx without a document",
        "directory",
        "missing",
    ],
)
def test_bad_input_is_one_line_and_exit_2_and_others_still_parse(tmp_path: Path, case: str) -> None:
    path, words = _bad_inputs(tmp_path)[case]
    # A real process: what a user sees, with no traceback anywhere.
    result = subprocess.run(
        [sys.executable, "-m", "disclint", "parse", str(path), GOOD],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("disclint: error: ")
    assert words in lines[0]
    assert str(path) in lines[0]
    assert "Traceback" not in result.stderr
    assert "Corvane Robotics Signs Supply Agreement" in result.stdout


def test_closed_pipe_ends_quietly() -> None:
    command = f"{sys.executable} -m disclint parse --format json {GOOD} {GOOD} {GOOD} | head -c 10"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    assert "BrokenPipe" not in result.stderr


def test_a_parser_crash_is_that_files_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever raises while parsing one release, `disclint parse` reports it in one line,
    exits 2 and still shows the other releases."""
    import disclint.parse

    real = disclint.parse.parse_path
    broken = tmp_path / "broken.txt"
    broken.write_text("Anything at all\n", encoding="utf-8")

    def parse_path(path: str) -> object:
        if str(path) == str(broken):
            raise RecursionError("maximum recursion depth exceeded")
        return real(path)

    monkeypatch.setattr(disclint.parse, "parse_path", parse_path)
    result = CliRunner().invoke(cli, ["parse", str(broken), str(GOOD)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error while parsing: RecursionError" in lines[0]
    assert "Corvane Robotics Signs Supply Agreement" in result.stdout
