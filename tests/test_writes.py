"""Safe writes (issue 15): ``-o``, ``--fix`` and baselines replace only regular files, keep
mode, byte order and hard links (or refuse), honour the umask, and fail in one line."""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from disclint.cli import cli
from disclint.writes import WriteError, write_file

FLAWED = "Acme Announces Results\n\nNEW YORK -- Acme &amp; Sons <u>grew</u>.\n"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", "--isolated", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(FLAWED, encoding="utf-8")
    return path


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_a_device_is_never_replaced(release: Path) -> None:
    code, _, err = invoke(str(release), "-o", "/dev/null")
    assert code == 2 and "character device" in err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_or_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="directory"):
        write_file(tmp_path, b"x")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        with pytest.raises(WriteError, match="FIFO"):
            write_file(tmp_path / "pipe", b"x")


def test_a_symlink_is_followed_and_its_target_written(release: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    invoke(str(release), "--format", "json", "-o", str(link))
    assert link.is_symlink()
    assert target.read_text().startswith("{")
    fixed_link = tmp_path / "alias.txt"
    fixed_link.symlink_to(release)
    invoke(str(fixed_link), "--fix")
    assert fixed_link.is_symlink()
    assert "&amp;" not in release.read_text(encoding="utf-8")


def test_hard_links_are_refused_not_broken(release: Path, tmp_path: Path) -> None:
    other = tmp_path / "same.txt"
    os.link(release, other)
    code, _, err = invoke(str(release), "--fix")
    assert code == 2 and "hard links" in err
    assert release.read_text(encoding="utf-8") == FLAWED
    assert os.stat(release).st_ino == os.stat(other).st_ino


def test_read_only_files_are_not_rewritten(release: Path) -> None:
    release.chmod(0o444)
    try:
        code, _, err = invoke(str(release), "--fix")
        assert code == 2 and "read-only" in err
        assert release.read_text(encoding="utf-8") == FLAWED
    finally:
        release.chmod(0o644)


def test_mode_is_kept_and_new_files_follow_the_umask(release: Path, tmp_path: Path) -> None:
    release.chmod(0o640)
    invoke(str(release), "--fix")
    assert stat.S_IMODE(os.stat(release).st_mode) == 0o640
    previous = os.umask(0o027)
    try:
        write_file(tmp_path / "new.json", b"{}")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(tmp_path / "new.json").st_mode) == 0o640


def test_missing_folder_is_one_line(release: Path, tmp_path: Path) -> None:
    code, out, err = invoke(str(release), "-o", str(tmp_path / "missing" / "dir" / "r.json"))
    assert code == 2 and err.count("\n") == 1 and "no such directory" in err
    assert out == ""


def test_full_disk_is_one_line_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteError, match="no space left"):
        write_file(tmp_path / "r.json", b"{}")
    assert list(tmp_path.iterdir()) == []


def test_fix_that_the_encoding_cannot_hold_changes_nothing(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(FLAWED, encoding="utf-8")
    legacy = tmp_path / "b.txt"
    original = "Acme Announces Résumé Service\n\nNEW YORK -- Acme &rarr; grew.\n".encode("cp1252")
    legacy.write_bytes(original)
    code, _, err = invoke(str(first), str(legacy), "--fix")
    assert code == 2 and "cp1252" in err and "U+2192" in err
    assert legacy.read_bytes() == original
    assert "&amp;" not in first.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("codec", "mark"),
    [
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
        ("utf-8", codecs.BOM_UTF8),
    ],
)
def test_fix_keeps_byte_order_and_mark(release: Path, codec: str, mark: bytes) -> None:
    release.write_bytes(mark + FLAWED.replace("\n", "\r\n").encode(codec))
    invoke(str(release), "--fix")
    data = release.read_bytes()
    assert data.startswith(mark)
    text = data[len(mark) :].decode(codec)
    assert "&amp;" not in text and "\r\n" in text
