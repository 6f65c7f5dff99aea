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


def _alive_of_a_release() -> Counter[str]:
    """Objects made per release (figures, sentence views) that are alive now."""
    from disclint.quantities import Quantity
    from disclint.rules.arithmetic.claims import View

    return Counter(type(o).__name__ for o in gc.get_objects() if isinstance(o, Quantity | View))


def test_no_module_cache_keeps_a_checked_release() -> None:
    """Caches readers keep by a sentence's identity (``claims._ORDERS`` ...) hold its view
    and figures: registered with ``per_release``, they are emptied as each check ends, so
    a run over many files never holds earlier releases' sentences."""
    engine = Engine(RunOptions(isolated=True))
    engine.check_path(EXAMPLES / "q3-earnings.md")
    gc.collect()
    before = _alive_of_a_release()
    result = engine.check_path(EXAMPLES / "acquisition.html")
    assert result.error is None
    del result
    gc.collect()
    assert _alive_of_a_release() - before == Counter()
    assert sum(before.values()) == 0
    from disclint.rules.arithmetic.claims import _ORDERS
    from disclint.sentences import _WHOLE

    assert _ORDERS == {} and _WHOLE == {}


def test_registered_caches_are_emptied_after_each_release() -> None:
    from disclint import releasescope
    from disclint.api import per_release

    cache: dict[int, str] = per_release({})
    resets: list[int] = []
    releasescope.at_release_end(lambda: resets.append(len(cache)))
    try:
        cache[1] = "an entry of an earlier release"
        engine = Engine(RunOptions(isolated=True))
        assert engine.check_path(EXAMPLES / "offering-pricing.txt").error is None
        assert cache == {} and len(resets) == 1
        cache[2] = "x"
        engine.check_path(EXAMPLES / "q3-earnings.md")
        assert cache == {} and len(resets) == 2
    finally:
        del releasescope._ENDS[-2:]


def test_caches_are_emptied_when_a_release_cannot_be_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from disclint import parse, releasescope

    cache: set[str] = releasescope.per_release(set())
    try:
        cache.add("left by a reader")

        def crash(source: object) -> None:
            raise RuntimeError("parser bug")

        monkeypatch.setattr(parse, "parse_source", crash)
        result = Engine(RunOptions(isolated=True)).check_path(EXAMPLES / "offering-pricing.txt")
        assert result.error is not None and "internal error while parsing" in result.error
        assert "RuntimeError: parser bug" in result.error
        assert cache == set()
    finally:
        del releasescope._ENDS[-1:]
