"""The progress bar: on a terminal only, never for pipes, files or CI."""

from __future__ import annotations

import io
import subprocess
import sys

from disclint.progress import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar() -> None:
    screen = _Terminal()
    assert list(progress(iter(range(5)), 5, stream=screen, delay=0)) == [0, 1, 2, 3, 4]
    assert "0/5" in screen.getvalue() and "file/s" in screen.getvalue()


def test_a_pipe_gets_nothing_and_tqdm_is_not_imported() -> None:
    code = (
        "import io, sys\n"
        "from disclint.progress import progress\n"
        "pipe = io.StringIO()\n"
        "assert list(progress(range(50), 50, stream=pipe, delay=0)) == list(range(50))\n"
        "assert pipe.getvalue() == ''\n"
        "assert 'tqdm' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_off_when_disabled() -> None:
    screen = _Terminal()
    assert list(progress(range(3), 3, stream=screen, enabled=False, delay=0)) == [0, 1, 2]
    assert screen.getvalue() == ""
