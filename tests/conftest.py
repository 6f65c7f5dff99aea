"""Shared fixtures: paths to the project's examples and to the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "ascent-solar-2017-05-30.txt"
CORPUS = SHARED / "corpus" / "real"


@pytest.fixture(autouse=True)
def _isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lark's table cache goes to a per-session temporary folder, never the user's home."""
    monkeypatch.setenv("DISCLINT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    # Results are never served from .disclint_cache in tests (tests/test_cache.py opts in).
    monkeypatch.setenv("DISCLINT_NO_CACHE", "1")


def needs(path: Path) -> pytest.MarkDecorator:
    """Skip a test when an optional input (the shared seed or corpus) is not present."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is not available")
