"""A long run gives the heap a large file freed back to the system (issue 15: memory flat
in the number of files), only when the resident set grew, and never changes results."""

from __future__ import annotations

import pytest

from disclint import memory


def _trimmer(monkeypatch: pytest.MonkeyPatch, sizes: list[int]) -> tuple[memory.Trimmer, list[int]]:
    trimmer = memory.Trimmer()
    trimmer._usable = True
    readings = iter(sizes)
    calls: list[int] = []
    monkeypatch.setattr(trimmer, "_resident", lambda: next(readings))

    def trim(pad: int) -> int:
        calls.append(pad)
        return 1

    monkeypatch.setattr(memory, "_malloc_trim", lambda: trim)
    return trimmer, calls


def test_trims_only_after_the_resident_set_grew(monkeypatch: pytest.MonkeyPatch) -> None:
    mib = 1024 * 1024
    # first file: the floor; then small growth (no trim); then a large file (trim, and
    # the floor is read again after it); then small growth from the new floor
    trimmer, calls = _trimmer(monkeypatch, [60 * mib, 61 * mib, 70 * mib, 62 * mib, 63 * mib])
    for _ in range(4):
        trimmer.after_file()
    assert calls == [0]


def test_nothing_happens_without_proc(monkeypatch: pytest.MonkeyPatch) -> None:
    trimmer = memory.Trimmer()
    trimmer._usable = False
    monkeypatch.setattr(memory, "_malloc_trim", lambda: pytest.fail("trim looked up"))
    trimmer.after_file()


def test_trimmed_yields_every_result_unchanged() -> None:
    items = [object() for _ in range(5)]
    assert list(memory.trimmed(iter(items))) == items


def test_malloc_trim_is_found_or_absent() -> None:
    trim = memory._malloc_trim()
    if trim is not None:  # glibc
        assert trim(0) in (0, 1)
