"""Checking text with one rule, for the NG / OFF / DISC family tests: a finding list, the
text a finding points at, and the check that a rule's documented examples behave."""

from __future__ import annotations

import tempfile
from pathlib import Path

from disclint.api import Finding, Rule
from disclint.engine import Engine, RunOptions
from disclint.readers import read_bytes
from disclint.ruledocs import example_release

_TARGET = Path(tempfile.gettempdir())


def check(text: str, code: str) -> list[Finding]:
    """The findings of rule ``code`` (selected alone) on ``text`` read as a .txt release."""
    engine = Engine(RunOptions(select=[code], entry_points=False, isolated=True))
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    return [f for f in engine.check_source(source, _TARGET).findings if f.code == code]


def at(text: str, finding: Finding) -> str:
    """The text a finding points at (offsets into the file)."""
    return text[finding.start.offset : finding.end.offset]


def assert_examples(rule: Rule) -> None:
    """Each documented example pair, placed in a release the way ``disclint explain``
    documents (``disclint.ruledocs.example_release``): the flagged text is reported, the
    accepted one is not."""
    assert rule.examples
    for flagged, accepted in rule.examples:
        assert check(example_release(flagged)[0], rule.code), f"{rule.code} should flag"
        assert not check(example_release(accepted)[0], rule.code), f"{rule.code} should accept"


def check_with(tmp_path: Path, text: str, code: str, options: str) -> list[Finding]:
    """The findings of rule ``code`` on ``text`` with ``options`` (TOML lines) in the
    repository's .disclint.toml: what a configuration does to the rule."""
    from tests.engine_helpers import check_text

    result = check_text(
        tmp_path,
        text,
        config=f"[rules.{code}]\n{options}\n",
        options=RunOptions(select=[code], entry_points=False),
    )
    return [f for f in result.findings if f.code == code]
