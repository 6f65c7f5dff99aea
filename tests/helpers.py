"""Assertions shared by the reader and parser tests."""

from __future__ import annotations

from disclint.model import Release
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.source import Source


def parse_release(text: str, fmt: str = "md") -> Release:
    """The release a text parses to, read as a file of format ``fmt`` would be."""
    return parse_source(read_bytes(text.encode("utf-8"), f"release.{fmt}", fmt=fmt))


def assert_maps_back(source: Source, word: str, occurrence: int = 0) -> None:
    """``word`` found in the normalised text points at the same word in the raw file."""
    index = -1
    for _ in range(occurrence + 1):
        index = source.text.index(word, index + 1)
    position = source.position(index)
    assert source.raw[position.offset : position.offset + len(word)] == word
    line = source.line_text(position.line)
    assert line[position.column - 1 : position.column - 1 + len(word)] == word
    end = source.end_position(index + len(word))
    assert (end.line, end.column) == (position.line, position.column + len(word))


def num_codes(text: str) -> list[str]:
    """The codes of the NUM findings above info (errors and warnings) on a whole release
    ``text`` (plain text, configuration isolated): what a claims test asserts."""
    import tempfile
    from pathlib import Path

    from disclint.engine import Engine, RunOptions

    engine = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = engine.check_source(source, Path(tempfile.gettempdir())).findings
    return sorted(f.code for f in found if f.severity.value != "info")


def num_relations(text: str) -> set[tuple[str, tuple[str, ...]]]:
    """Every claim the NUM family reads in a whole release ``text``: (relation, operands)."""
    from disclint.facts import Facts
    from disclint.rules.arithmetic.model import claims_of

    facts = Facts(parse_source(read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")))
    return {(c.relation, tuple(q.text for q in c.operands)) for c in claims_of(facts)}
