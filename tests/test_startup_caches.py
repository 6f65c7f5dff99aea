"""What a fresh process skips at start-up gives the same answers as doing the work: parsed
rule data from the marshal cache, and the entry-point lookup only when a pack is there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from disclint import packs, ruledata


@pytest.fixture
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DISCLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(ruledata, "_PARSED", None)
    monkeypatch.setattr(ruledata, "_CHANGED", False)
    return tmp_path


def test_rule_data_is_served_from_the_store(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = ruledata.load_rule_data.__wrapped__("fls_cues")
    ruledata._save()
    assert list(fresh_store.glob("ruledata-*.marshal"))
    monkeypatch.setattr(ruledata, "_PARSED", None)

    def no_parsing(text: str) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setitem(sys.modules, "tomllib", type(sys)("tomllib"))
    sys.modules["tomllib"].loads = no_parsing  # type: ignore[attr-defined]
    assert ruledata.load_rule_data.__wrapped__("fls_cues") == parsed


def test_changed_rule_data_is_parsed_again(fresh_store: Path) -> None:
    ruledata._parsed()["fls_cues.toml"] = (b"old bytes", {"stale": True})
    assert "stale" not in ruledata.load_rule_data.__wrapped__("fls_cues")


def test_entry_points_are_looked_up_only_when_declared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "acme_pack-1.0.dist-info"
    dist.mkdir()
    (dist / "entry_points.txt").write_text("[console_scripts]\nacme = acme:main\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert not packs._any_pack_installed()
    (dist / "entry_points.txt").write_text("[disclint.rules]\nacme = acme_rules\n")
    assert packs._any_pack_installed()


def test_collector_paused_for_start_up_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from disclint import startup

    monkeypatch.setattr(startup, "_paused", False)
    assert gc.isenabled()
    try:
        startup.pause_collection()
        assert not gc.isenabled()
        startup.start_up_over()
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_library_use_keeps_its_collector_settings() -> None:
    import gc

    from disclint import startup

    gc.disable()
    try:
        startup.start_up_over()  # nothing paused by disclint: nothing resumed
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_prefilter_answers_are_served_from_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern's required literals come back from the store of an earlier run as they
    were computed, without reading the pattern again; a store written by another version
    of the prefilter's source is ignored."""
    import re

    from disclint import prefilter

    monkeypatch.setenv("DISCLINT_CACHE_DIR", str(tmp_path))
    for name, value in (("_STORE", None), ("_USED", set()), ("_ADDED", False)):
        monkeypatch.setattr(prefilter, name, value)
    patterns = [re.compile(r"\b(?:net loss|adjusted EBITDA)\b", re.I), re.compile(r"\d+")]
    computed = [prefilter._required_literals(p) for p in patterns]
    assert [prefilter.required_literals.__wrapped__(p) for p in patterns] == computed
    prefilter._save()
    assert list(tmp_path.glob("prefilter-*.marshal"))

    def never(pattern: re.Pattern[str]) -> None:
        raise AssertionError("read again instead of served from the store")

    monkeypatch.setattr(prefilter, "_STORE", None)
    monkeypatch.setattr(prefilter, "_required_literals", never)
    assert [prefilter.required_literals.__wrapped__(p) for p in patterns] == computed

    monkeypatch.setattr(prefilter, "_STORE", None)
    monkeypatch.setattr(prefilter, "_own_source", lambda: b"another prefilter")
    assert prefilter._stored() == {}


def test_a_lazy_pattern_is_looked_up_in_the_store_without_reading_its_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern compiled on first use is keyed on its text and the flags it was given:
    the store answers without the pattern cache's entry being read for its compiled flags
    (a lookup for each of some 360 patterns of a one-file check), and the answer is the
    compiled pattern's. Its key can never be a compiled pattern's (negative flags), and
    other given flags are another key."""
    import re

    from disclint import prefilter, regexcache
    from disclint.lazyre import lazy_compile

    monkeypatch.setenv("DISCLINT_CACHE_DIR", str(tmp_path))
    for name, value in (("_STORE", None), ("_USED", set()), ("_ADDED", False)):
        monkeypatch.setattr(prefilter, name, value)
    text = r"\b(?:ability|failure)\s+to\s+(?:raise|obtain)\b"
    lazy, compiled = lazy_compile(text, re.I), re.compile(text, re.I)
    expected = prefilter._required_literals(compiled)
    assert expected == frozenset({"ability", "failure"})
    assert prefilter.required_literals.__wrapped__(lazy) == expected  # computed, stored

    def never(pattern: object, flags: int) -> None:
        raise AssertionError("the pattern cache was read for the flags")

    monkeypatch.setattr(regexcache, "stored_flags", never)
    monkeypatch.setattr(prefilter, "_required_literals", never)
    assert prefilter.required_literals.__wrapped__(lazy) == expected  # from the store
    key = prefilter._store_key(lazy)
    assert key[1] < 0 and key != prefilter._store_key(compiled)
    assert key != prefilter._store_key(lazy_compile(text))


def test_collection_after_start_up_runs_less_often(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once start-up is frozen, the youngest generation is collected after
    ``GC_YOUNG_THRESHOLD`` allocations, not Python's 700 (a one-file check made some 40
    collections that found nothing to free); a library use keeps its own thresholds."""
    import gc

    from disclint import startup

    before = gc.get_threshold()
    monkeypatch.setattr(startup, "_paused", False)
    try:
        startup.start_up_over()  # not paused by disclint: thresholds untouched
        assert gc.get_threshold() == before
        startup.pause_collection()
        startup.start_up_over()
        assert gc.get_threshold() == (startup.GC_YOUNG_THRESHOLD, *before[1:])
    finally:
        gc.set_threshold(*before)
        gc.enable()
        gc.unfreeze()


def test_minimal_literals_are_served_from_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shortest-first literals ``may_match`` tests (``_minimal``) are saved with the
    pattern's literals and served to the next process without being worked out again;
    the answers are the same."""
    import re

    from disclint import prefilter

    monkeypatch.setenv("DISCLINT_CACHE_DIR", str(tmp_path))
    for name, value in (("_STORE", None), ("_USED", set()), ("_ADDED", False), ("_BY_ID", {})):
        monkeypatch.setattr(prefilter, name, value)
    monkeypatch.setattr(prefilter, "_MINIMAL", {})
    pattern = re.compile(r"\b(?:the ceo|ceo|chief executive officer|founder)\b", re.I)
    texts = ["our ceo said", "the founder", "the chief financial officer", "nothing"]
    answers = [prefilter.may_match(pattern, prefilter.fold(t)) for t in texts]
    assert answers == [True, True, False, False]
    minimal = ("ceo", "founder", "chief executive officer")  # "the ceo" holds "ceo"
    assert prefilter._MINIMAL[prefilter._store_key(pattern)] == minimal
    prefilter._save()

    def never(literals: object) -> None:
        raise AssertionError("worked out again instead of served from the store")

    monkeypatch.setattr(prefilter, "_STORE", None)
    monkeypatch.setattr(prefilter, "_BY_ID", {})
    monkeypatch.setattr(prefilter, "_minimal", never)
    assert [prefilter.may_match(pattern, prefilter.fold(t)) for t in texts] == answers
