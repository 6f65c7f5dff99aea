"""The built-in rule pack's data files (``rules/data/*.toml``): word lists, cue lexicons,
venue tables. Counsel reads and edits them as data; rules and fact extractors load them
through here, once per process.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any


def data_dir() -> Path:
    """``rules/data`` of the installed package, found without importing ``disclint.rules``
    (importing it would load every rule module)."""
    spec = importlib.util.find_spec("disclint.rules")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the disclint.rules package (and its data) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@cache
def load_rule_data(name: str) -> dict[str, Any]:
    """A TOML file of ``rules/data``, by name with or without ``.toml`` (``"fls_cues"``)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    filename = name if name.endswith(".toml") else f"{name}.toml"
    with (data_dir() / filename).open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    return data


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A case-insensitive regular expression from a data file, compiled once."""
    return re.compile(pattern, re.IGNORECASE)


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation of the patterns of a word list."""
    return compiled("|".join(f"(?:{p})" for p in patterns) or r"(?!)")
