"""Every TOML configuration example in README.md is a configuration disclint accepts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclint.engine import Engine, RunOptions

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_has_configuration_examples() -> None:
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_configuration_example_is_accepted(tmp_path: Path, block: str) -> None:
    if "[tool.disclint" in block:
        (tmp_path / "pyproject.toml").write_text(block, encoding="utf-8")
    elif re.search(r"^\[project\]|^\[build-system\]", block, re.M):
        pytest.skip("not a disclint configuration")
    else:
        (tmp_path / ".disclint.toml").write_text(block, encoding="utf-8")
    for folder in ("compliance/rules",):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "disclint-baseline.json").write_text(
        '{"version": 1, "findings": []}', encoding="utf-8"
    )
    plan = Engine(RunOptions(entry_points=False)).plan_for(tmp_path / "release.txt")
    assert plan.selected
