"""Standard input: its format sniffed when it has no telling name; ``--fix -`` as a filter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from disclint.cli import cli
from disclint.readers.sniff import sniff_format
from tests.conftest import EXAMPLES

MARKUP = "Headline\n\nAcme <u>Corp</u> announced results.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<!DOCTYPE html><html><body><p>Acme</p></body></html>", "html"),
        (b"<html>\n<p>Acme &amp; Co.</p>", "html"),
        (b"<div><p>Acme</p><p>Corp</p></div>", "html"),
        (b"# Acme Reports Results\n\nAcme Corp. today reported.\n", "md"),
        (b"Acme\n\n- one\n- two\n\nSee [the filing](https://example.com).\n", "md"),
        (b"PK\x03\x04rest-of-a-zip", "docx"),
        # plain text stays plain: an end mark, a stray tag, a lone list, a bare URL
        (b"Acme <u>Corp</u> announced results.\n\n###\n", "txt"),
        (b"Highlights:\n- revenue up 10%\n\nContact: ir@acme.example\n", "txt"),
    ],
)
def test_sniff(data: bytes, expected: str) -> None:
    assert sniff_format(data) == expected


def _invoke(*args: str, data: bytes) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", *args, "--isolated"], input=data)
    return result.exit_code, result.stdout, result.stderr


def test_html_on_stdin_is_read_as_html() -> None:
    page = (EXAMPLES / "acquisition.html").read_bytes()
    _, named, _ = _invoke("-", "--stdin-filename", "x.html", "--format", "json", data=page)
    _, sniffed, _ = _invoke("-", "--format", "json", data=page)
    assert named.replace('"x.html"', '"-"') == sniffed


def test_fix_on_stdin_writes_the_fixed_text() -> None:
    code, out, err = _invoke(
        "-", "--fix", "--select", "HYG", "--fail-on", "warning", data=MARKUP.encode()
    )
    assert out == "Headline\n\nAcme Corp announced results.\n"
    assert "2 fixes applied" in err
    assert code == 0  # the fixed text has nothing left at or above warning


def test_fix_on_stdin_never_writes_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _, out, _ = _invoke(
        "-", "--fix", "--select", "HYG", "--stdin-filename", "named.txt", data=MARKUP.encode()
    )
    assert out.startswith("Headline\n\nAcme Corp announced")
    assert not Path("named.txt").exists() and os.listdir(".") == []


def test_diff_on_stdin() -> None:
    _, out, _ = _invoke("-", "--diff", "--select", "HYG", data=MARKUP.encode())
    assert "-Acme <u>Corp</u> announced results." in out
    assert "+Acme Corp announced results." in out
