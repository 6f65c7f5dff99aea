"""A checked release is freed as soon as its check returns (reference counting, not the
cyclic collector): otherwise the objects of several large releases add up between
collections and the peak memory of a run depends on when the collector ran."""

from __future__ import annotations

import gc
import sys
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


def test_word_caches_of_the_names_rule_are_emptied_when_a_release_ends() -> None:
    """EDT003's word caches (``_mask``, ``_letters``, ``_honorific_or_title``) hold a
    release's words only while it is checked: kept from release to release they were most
    of what a run's checks left behind in memory."""
    from disclint.rules.editorial import names

    caches = (names._mask, names._letters, names._honorific_or_title)
    for cache in caches:
        cache("Yamagachi")  # as an earlier release's check left them
    assert [c.cache_info().currsize for c in caches] == [1, 1, 1]
    result = Engine(RunOptions(isolated=True)).check_path(EXAMPLES / "q3-earnings.md")
    assert result.error is None
    assert [c.cache_info().currsize for c in caches] == [0, 0, 0]


_SYLLABLES = ("var", "ton", "mel", "drik", "sa", "lom", "bre", "quin", "ast", "oru", "pel")


def _name(number: int, parts: int) -> str:
    """A made-up capitalised name, different for each ``number``."""
    letters = []
    for _ in range(parts):
        number, index = divmod(number, len(_SYLLABLES))
        letters.append(_SYLLABLES[index])
        number += 7
    return "".join(letters).capitalize()


def _release(number: int) -> str:
    """A short release of its own company, people, places and figures."""
    company, ceo, cfo = _name(number, 3), _name(number * 5 + 1, 3), _name(number * 3 + 2, 4)
    first, second = _name(number + 11, 2), _name(number + 23, 2)
    revenue, before = 40 + number % 50, 30 + number % 20
    return (
        f"{company} Reports Second Quarter Results\n\n"
        f"DENVER, Colo., Aug. 6, 2025 /PRNewswire/ -- {company} Corp. (Nasdaq: "
        f"{company[:4].upper()}) today announced revenue of ${revenue}.2 million for the "
        f"second quarter, compared with ${before}.1 million a year earlier.\n\n"
        f'"We grew in every region," said {first} {ceo}, Chief Executive Officer of '
        f"{company}. Mr. {ceo} added that the {second} plant opened in June.\n\n"
        f"Chief Financial Officer {second} {cfo} will host a call at 4:30 p.m. ET. "
        f"Ms. {cfo} joined {company} in 2019 from {_name(number + 41, 3)} Partners.\n\n"
        f"Contact: {first} {ceo}, {ceo.lower()}@{company.lower()}.com, "
        f"(303) 555-01{number % 90 + 10}\n"
    )


def test_memory_does_not_grow_with_the_number_of_releases(tmp_path: Path) -> None:
    """Allocated blocks after checking 10 releases and after 70 more, in one process, each
    release with its own names: whatever a check leaves behind is bounded, not kept per
    release (the word caches kept a release's words until they were full: thousands of
    entries over a run)."""
    engine = Engine(RunOptions(isolated=True))

    def check(numbers: range) -> None:
        for number in numbers:
            path = tmp_path / f"r{number}.txt"
            path.write_text(_release(number), encoding="utf-8")
            assert engine.check_path(path).error is None
            path.unlink()

    def blocks() -> int:
        gc.collect()
        return sys.getallocatedblocks()

    check(range(10))  # rule modules imported, lexicons and patterns made
    start = blocks()
    check(range(10, 80))
    # about 1,000 here (a few bounded caches filling: ``re``'s 512 patterns, the
    # compiled-pattern cache's new entries); 3,800 when the word caches were kept
    assert blocks() - start < 1_500


def test_patterns_made_from_a_release_are_dropped_when_it_ends(tmp_path: Path) -> None:
    """The patterns rules build from a release's own names (the issuer, a contact, a
    surname) live as long as its check: none of them is left in ``re``'s cache, where each
    outlived its release by some 500 more and pushed the rules' own patterns out."""
    import re

    from disclint import ownpatterns

    engine = Engine(RunOptions(isolated=True))
    names: set[str] = set()
    for number in range(200, 212):
        path = tmp_path / f"r{number}.txt"
        path.write_text(_release(number), encoding="utf-8")
        assert engine.check_path(path).error is None
        names.update(_name(n, parts) for n, parts in ((number, 3), (number * 5 + 1, 3)))
        names.update((_name(number * 3 + 2, 4), _name(number + 11, 2), _name(number + 23, 2)))
    assert ownpatterns._PATTERNS == {}
    cache: dict[tuple[object, object, object], object] = re._cache  # type: ignore[attr-defined]
    folded = {name.lower() for name in names}
    kept = [key[1] for key in cache if any(name in str(key[1]).lower() for name in folded)]
    assert kept == []


def test_a_release_pattern_is_the_compiled_pattern_made_once_a_release() -> None:
    """``release_pattern`` gives what ``re.compile`` gives, the same object when asked
    again in the release, and forgets it when the release ends."""
    import re

    from disclint.api import release_pattern
    from disclint.releasescope import release_over

    source = r"\bVarmelton\s+Corp\b"
    made = release_pattern(source, re.IGNORECASE)
    assert made == re.compile(source, re.IGNORECASE)
    assert made.search("the varmelton corp board").group() == "varmelton corp"  # type: ignore[union-attr]
    assert release_pattern(source, re.IGNORECASE) is made
    assert release_pattern(source) is not made
    release_over()
    assert release_pattern(source, re.IGNORECASE) is not made
    release_over()


def test_memory_after_many_releases_stays_within_a_bound_of_the_first(tmp_path: Path) -> None:
    """Allocated blocks after 40 releases with names of their own and after 40 more: the
    second batch leaves next to nothing behind (bounded caches already full, nothing kept
    per release; ``re``'s cache among them, which the patterns made from each release's
    names no longer enter)."""
    engine = Engine(RunOptions(isolated=True))

    def check(numbers: range) -> int:
        for number in numbers:
            path = tmp_path / f"r{number}.txt"
            path.write_text(_release(number), encoding="utf-8")
            assert engine.check_path(path).error is None
            path.unlink()
        gc.collect()
        return sys.getallocatedblocks()

    check(range(300, 320))  # modules imported, lexicons and patterns made
    first = check(range(320, 360))
    second = check(range(360, 400))
    assert second - first < 300  # 45 here; 91 when re's cache took the names' patterns
