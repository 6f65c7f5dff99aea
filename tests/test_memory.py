"""A checked release is freed as soon as its check returns (reference counting, not the
cyclic collector): otherwise the objects of several large releases add up between
collections and the peak memory of a run depends on when the collector ran."""

from __future__ import annotations

import gc
from collections import Counter
from pathlib import Path

import pytest

from disclint.engine import Engine, RunOptions

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    "name", ["acquisition.html", "q3-earnings.md", "offering-pricing.txt", "annual-results.docx"]
)
def test_nothing_of_a_checked_release_waits_for_the_cyclic_collector(name: str) -> None:
    engine = Engine(RunOptions(isolated=True))
    engine.check_path(EXAMPLES / name)  # first use: rule modules and lexicons are made
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        result = engine.check_path(EXAMPLES / name)
        assert result.error is None
        del result
        gc.collect()
        left = Counter(type(o).__module__ for o in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    ours = {module: n for module, n in left.items() if module.startswith("disclint")}
    assert ours == {}


def test_the_file_list_keeps_strings_and_gives_paths() -> None:
    from disclint.checking import FileList

    names = [f"folder/r{i}.txt" for i in range(5)]
    files = FileList(list(names))
    assert len(files) == 5
    assert list(files) == [Path(n) for n in names]
    assert files[3] == Path(names[3]) and files[-1] == Path(names[-1])
    assert files[1:3] == [Path(names[1]), Path(names[2])]
    assert Path(names[2]) in files
