"""No input loses a run (issue 15): every hostile or unusual input of the audit is one
file's one-line error or a bounded report, and the other files are still checked."""

from __future__ import annotations

import io
import json
import os
import pickle
import platform
import signal
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from disclint.budget import BudgetExceeded, time_budget
from disclint.cli import cli
from disclint.engine import Engine, RunOptions
from disclint.errors import InputError
from disclint.readers import MAX_BYTES, read_bytes, read_path, read_stream

RELEASE = (
    "Acme Announces Record Quarterly Results\n\n"
    "NEW YORK, May 1, 2026 -- Acme Corp. (Nasdaq: ACME) today reported revenue of "
    "$12.5 million for the first quarter.\n"
)


def invoke(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", "--isolated", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def _docx(heading_level: int = 1) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Acme Announces Record Quarterly Results", 1)
    document.add_paragraph(
        "NEW YORK, May 1, 2026 -- Acme Corp. (Nasdaq: ACME) today reported revenue."
    )
    document.add_heading("Outlook", heading_level)
    document.add_paragraph("Acme expects revenue to grow.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _repack(data: bytes, **replace: bytes) -> bytes:
    """The archive stored (uncompressed), with some members' content replaced."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, replace.get(info.filename, source.read(info)))
    return out.getvalue()


def _with_method(data: bytes, method: int) -> bytes:
    """The archive with every member claiming compression ``method`` (6: PKWARE implode)."""
    raw = bytearray(_repack(data))
    for signature, field in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        index = raw.find(signature)
        while index != -1:
            struct.pack_into("<H", raw, index + field, method)
            index = raw.find(signature, index + 4)
    return bytes(raw)


# -- whole-run crashes ------------------------------------------------------------------------


@pytest.mark.parametrize("level", [7, 8, 9])
def test_word_heading_7_to_9_is_read(level: int) -> None:
    source = read_bytes(_docx(level), "deep.docx", fmt="docx")
    result = Engine(RunOptions(isolated=True)).check_source(source, Path("deep.docx"))
    assert result.error is None
    assert not [f for f in result.findings if f.code == "DL001"]


def test_hundreds_of_nested_tables_do_not_recurse(tmp_path: Path) -> None:
    depth = 400
    html = (
        "<h1>Acme Announces Results</h1><p>NEW YORK, May 1, 2026 -- Acme said today.</p>"
        + "<table><tr><td>" * depth
        + "innermost words"
        + "</td></tr></table>" * depth
        + "<p>After the tables.</p>"
    )
    file = tmp_path / "nested.html"
    file.write_text(html, encoding="utf-8")
    source = read_path(file)
    assert "innermost words" in source.text
    assert "After the tables." in source.text
    code, _, err = invoke(str(file))
    assert "Traceback" not in err and code in (0, 1)


def test_unsupported_zip_compression_is_one_file_error(tmp_path: Path) -> None:
    (tmp_path / "implode.docx").write_bytes(_with_method(_docx(), 6))
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    code, out, err = invoke(str(tmp_path), "--format", "json")
    assert code == 2
    assert "compression method 6" in err and err.count("\n") == 1
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert files["good.txt"]["error"] is None


def test_any_crash_while_reading_is_that_files_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from disclint.readers import text

    def explode(raw: str, path: str) -> Any:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(text, "read", explode)
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "b.md").write_text(RELEASE, encoding="utf-8")
    code, out, err = invoke(str(tmp_path), "--format", "json")
    assert code == 2
    assert "a.txt: internal error while reading: RecursionError" in err
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert files["b.md"]["error"] is None


def test_a_worker_result_always_pickles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under -j N a worker returns a result, never an exception (one that does not pickle
    hid the real cause behind "cannot pickle 'module' object")."""
    from disclint import checking

    class UnpicklableError(Exception):
        def __init__(self) -> None:
            super().__init__("the real cause")
            self.module = sys

    def crash(path: Path, display: str | None = None) -> Any:
        raise UnpicklableError()

    engine = Engine(RunOptions(isolated=True))
    monkeypatch.setattr(engine, "check_path", crash)
    monkeypatch.setattr(checking, "_WORKER", engine)
    result = pickle.loads(pickle.dumps(checking._worker_check(Path("x.txt"))))
    assert result.error is not None and "the real cause" in result.error


def test_parallel_run_reports_each_files_own_error(tmp_path: Path) -> None:
    for index in range(6):
        (tmp_path / f"good{index}.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "implode.docx").write_bytes(_with_method(_docx(), 6))
    (tmp_path / "deep.docx").write_bytes(_docx(8))
    code, out, err = invoke(str(tmp_path), "-j", "2", "--format", "json")
    assert code == 2
    assert "cannot pickle" not in err and "compression method 6" in err
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert len(files) == 8
    assert [name for name, f in files.items() if f["error"]] == ["implode.docx"]


# -- hangs and memory ---------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="named pipe"):
        read_path(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_devices_are_refused() -> None:
    with pytest.raises(InputError, match="character device"):
        read_path("/dev/zero")


def test_stdin_is_read_with_a_cap() -> None:
    class Endless(io.RawIOBase):
        def readinto(self, buffer: Any) -> int:
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

        def readable(self) -> bool:
            return True

    with pytest.raises(InputError, match="larger than"):
        read_stream(io.BufferedReader(Endless()), "-")
    assert read_stream(io.BytesIO(b"short"), "-") == b"short"


def test_docx_members_are_capped_on_uncompressed_size(monkeypatch: pytest.MonkeyPatch) -> None:
    from disclint.readers import docx as docx_reader

    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED", 512 * 1024)
    data = _docx()
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    padded = document.replace(b"<w:body>", b"<w:body>" + b" " * (1024 * 1024), 1)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        source = zipfile.ZipFile(io.BytesIO(data))
        for info in source.infolist():
            content = padded if info.filename == "word/document.xml" else source.read(info)
            archive.writestr(info.filename, content)
    assert len(bomb.getvalue()) < 100 * 1024  # small on disk, a megabyte inflated
    with pytest.raises(InputError, match="inflate to more than"):
        read_bytes(bomb.getvalue(), "bomb.docx", fmt="docx")


def test_findings_of_one_rule_are_capped_with_a_summary() -> None:
    from disclint.engine import MAX_FINDINGS_PER_RULE

    text = RELEASE + "\n" + " ".join(["\\\\"] * (MAX_FINDINGS_PER_RULE * 3)) + "\n"
    source = read_bytes(text.encode(), "slashes.txt")
    result = Engine(RunOptions(isolated=True)).check_source(source, Path("slashes.txt"))
    stray = [f for f in result.findings if f.code == "HYG001"]
    summary = [f for f in result.findings if f.code == "DL002"]
    assert len(stray) == MAX_FINDINGS_PER_RULE
    assert len(summary) == 1 and "HYG001" in summary[0].message
    assert f"found {MAX_FINDINGS_PER_RULE * 2} more" in summary[0].message


def test_time_budget_interrupts_a_runaway_check() -> None:
    import re

    started = time.monotonic()
    with pytest.raises(BudgetExceeded), time_budget(0.2):
        re.search(r"(a+)+$", "a" * 40 + "!")  # exponential backtracking
    assert time.monotonic() - started < 30


def test_time_budget_puts_back_the_alarm_handler_it_found() -> None:
    """The budget sets its alarm through the C module ``_signal``; the handler in place
    before (Python's default, or a program's own) is in place again after, as the
    ``signal`` module reports it, whether the block ran out of time or not."""
    import signal

    def own(signum: int, frame: object) -> None:
        raise AssertionError("the program's own handler ran")

    before = signal.getsignal(signal.SIGALRM)
    try:
        for handler in (signal.SIG_DFL, own):
            signal.signal(signal.SIGALRM, handler)
            with time_budget(5.0):
                pass
            assert signal.getsignal(signal.SIGALRM) == handler
            with pytest.raises(BudgetExceeded), time_budget(0.05):
                while True:
                    time.sleep(0.01)
            assert signal.getsignal(signal.SIGALRM) == handler
    finally:
        signal.signal(signal.SIGALRM, before)


def test_a_file_over_budget_is_its_own_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from disclint import engine as engine_module

    def slow(source: Any) -> Any:
        while True:
            time.sleep(0.01)

    monkeypatch.setenv("DISCLINT_TIME_BUDGET", "0.2")
    monkeypatch.setattr("disclint.parse.parse_source", slow)
    (tmp_path / "slow.txt").write_text(RELEASE, encoding="utf-8")
    result = engine_module.Engine(RunOptions(isolated=True)).check_path(tmp_path / "slow.txt")
    assert result.error is not None and "time budget" in result.error


# -- wrong answers on input -------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be", "utf-16-be", "utf-16-le"])
def test_unicode_with_a_byte_order_mark(codec: str) -> None:
    import codecs

    marks = {
        "utf-32": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-16-le": codecs.BOM_UTF16_LE,
    }
    body = RELEASE.encode("utf-32-le" if codec == "utf-32" else codec)
    source = read_bytes(marks[codec] + body, "wide.txt")
    assert source.raw == RELEASE


def test_decode_error_names_the_first_bad_byte() -> None:
    data = b"Headline\n\nCaf\xff and more text \x81 here.\n"
    with pytest.raises(InputError, match=r"byte 0xff at offset 13"):
        read_bytes(data, "bad.txt")


def test_a_file_of_invisible_characters_is_empty() -> None:
    with pytest.raises(InputError, match="empty"):
        read_bytes(("\u200b\ufeff\u2060 \n" * 50).encode(), "zw.txt")


# -- signals and output -------------------------------------------------------------------------


def test_control_characters_never_reach_a_report(tmp_path: Path) -> None:
    file = tmp_path / "esc.txt"
    file.write_text(
        "Acme Announces \x1b]0;owned\x07Results\n\n"
        "NEW YORK -- Acme \x1b[2J said &amp; <u>today</u> it grew \x1b[31m.\n",
        encoding="utf-8",
    )
    for fmt in ("text", "concise", "json", "sarif", "github", "junit"):
        _, out, _ = invoke(str(file), "--format", fmt, "--fail-on", "never")
        assert "\x1b" not in out and "\x07" not in out, fmt
    _, out, _ = invoke(str(file), "--format", "junit")
    ET.fromstring(out.split("\n", 1)[1])


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_non_utf8_file_names_give_valid_reports(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9 \x1b[2J.txt")
    (tmp_path / name).write_text("Headline\n\nAcme <u>Corp</u> grew.\n", encoding="utf-8")
    for fmt in ("json", "junit", "sarif"):
        run = subprocess.run(
            [sys.executable, "-m", "disclint", "check", "--isolated", "--format", fmt, "."],
            cwd=tmp_path,
            capture_output=True,
            check=False,
        )
        assert b"Traceback" not in run.stderr
        text = run.stdout.decode("utf-8")  # raises if the report is not UTF-8
        assert "\x1b" not in text
        if fmt == "junit":
            ET.fromstring(text.split("\n", 1)[1])
        else:
            json.loads(text)


def test_latin1_stdout_does_not_traceback(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("Headline\n\nAcme &rarr; grew.\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "disclint", "check", "--isolated", "r.txt"],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "latin-1"},
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    assert b"Traceback" not in run.stderr


def _wait_reading_stdin(pid: int) -> None:
    """Wait until the process blocks reading standard input, so that the interrupt meets
    the check and not the interpreter's start-up (on a loaded machine start-up can take
    longer than any fixed sleep). Linux on x86-64 shows the blocking call in
    ``/proc/PID/syscall`` ("0 0x0 ..." is read(2) on descriptor 0); elsewhere a fixed wait
    stands in."""
    probe = Path(f"/proc/{pid}/syscall")
    if platform.machine() != "x86_64" or not probe.exists():
        time.sleep(1.5)
        return
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if probe.read_text().startswith("0 0x0 "):
                return
        except OSError:
            time.sleep(1.5)
            return
        time.sleep(0.05)


def test_ctrl_c_exits_130() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "disclint", "check", "--isolated", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_reading_stdin(process.pid)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130
    assert b"Traceback" not in err


def _all_ended(processes: list[Any]) -> bool:
    """Whether every process has ended, allowing up to 30 s (the pool's management thread
    reaps killed workers too, and ``is_alive`` can lag it on a loaded machine); a worker
    left running its 60 s task fails."""
    deadline = time.monotonic() + 30
    while any(p.is_alive() for p in processes) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not any(p.is_alive() for p in processes)


def test_terminating_stops_pool_workers() -> None:
    from concurrent.futures import ProcessPoolExecutor, wait

    from disclint.checking import _terminate, _worker_init

    # the workers a run starts: their initializer restores SIGTERM's default action (a
    # worker forked from a process with disclint's own handler would otherwise inherit it)
    pool = ProcessPoolExecutor(
        max_workers=2, initializer=_worker_init, initargs=(RunOptions(entry_points=False),)
    )
    futures = [pool.submit(time.sleep, 60) for _ in range(2)]
    time.sleep(0.5)
    processes = list(pool._processes.values())  # type: ignore[attr-defined]
    _terminate(pool)
    assert _all_ended(processes)
    # the pool's management thread settles the killed workers' futures asynchronously
    # (BrokenProcessPool); a bounded wait lets it, without asserting any timing
    wait(futures, timeout=30)
    assert all(f.cancelled() or f.done() for f in futures)


def test_terminating_kills_a_worker_that_outlives_sigterm() -> None:
    # a worker forked a moment before the stop still holds the parent's SIGTERM handler
    # (here: ignored); the stop must end it all the same
    import signal
    from concurrent.futures import ProcessPoolExecutor, wait

    from disclint.checking import _terminate

    previous = signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        pool = ProcessPoolExecutor(max_workers=1)
        future = pool.submit(time.sleep, 60)
        while not pool._processes:  # type: ignore[attr-defined]
            time.sleep(0.05)
        processes = list(pool._processes.values())  # type: ignore[attr-defined]
        _terminate(pool)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert processes and _all_ended(processes)
    wait([future], timeout=30)
    assert future.cancelled() or future.done()


def test_unexaminable_path_on_the_command_line_is_that_files_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    long_name = str(tmp_path / ("x" * 5000 + ".txt"))  # ENAMETOOLONG even for root
    code, out, err = invoke(long_name, str(tmp_path / "good.txt"), "--format", "json")
    assert code == 2 and "Traceback" not in err
    files = json.loads(out)["files"]
    assert [f["error"] is None for f in files] == [False, True]


def test_config_is_validated_before_any_file(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / ".disclint.toml").write_text('docs-url = "https://x/{code}/{section}"\n')
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "r.txt")])
    assert result.exit_code == 2
    assert "docs-url" in result.stderr and "{code}" in result.stderr
    assert result.stdout == ""


def test_config_nested_thousands_deep_is_one_line(tmp_path: Path) -> None:
    (tmp_path / ".disclint.toml").write_text("x = " + "[" * 2000 + "]" * 2000 + "\n")
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "r.txt")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_size_limit_is_on_what_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_BYTES + 10))
    with pytest.raises(InputError, match="MB"):
        read_path(big)
