"""Configuration: ``.disclint.toml`` or ``[tool.disclint]`` in ``pyproject.toml``.

The closest configuration file above a checked file wins (as in ruff); ``extend = "path"``
inherits another file, whose settings the extending file overrides key by key (tables such
as ``rules``, ``severity`` and ``issuer`` merge one level deep). Paths in a file (rule-pack
folders, ``extend``, per-file-ignore globs) are relative to the file that states them.

A mistake in a configuration file is one readable line naming the file, the key and the
problem, never a pydantic traceback.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from disclint.api import Severity
from disclint.errors import ConfigError
from disclint.factories import construct_defaults
from disclint.model import SectionKind
from disclint.profile import ConfigTable, IssuerProfile
from disclint.records import Field, validator

if TYPE_CHECKING:
    from pydantic import ValidationError

CONFIG_NAMES = (".disclint.toml", "pyproject.toml")
DEFAULT_INCLUDE = ["*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.docx"]
#: Never descended into when walking folders (explicitly named files are still checked
#: unless --force-exclude is given).
DEFAULT_EXCLUDE = [
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".tox",
    "build",
    "dist",
    "README*",
    "CHANGELOG*",
    "LICENSE*",
    "CONTRIBUTING*",
    "~$*",
]
FailOn = Literal["error", "warning", "info", "never"]


class PhraseRule(ConfigTable):
    """A house rule written in configuration: flag a phrase (literal or regex) in sections."""

    code: str
    pattern: str
    message: str
    name: str | None = None
    regex: bool = False
    case_sensitive: bool = False
    severity: Severity = Severity.WARNING
    sections: list[SectionKind] = Field(default_factory=list)
    summary: str | None = None
    citation: str | None = None


class Settings(ConfigTable):
    """Every setting disclint reads, with its default."""

    extend: str | None = None
    select: list[str] | None = None
    extend_select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    include: list[str] = Field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = Field(default_factory=list)
    extend_exclude: list[str] = Field(default_factory=list)
    respect_gitignore: bool = True
    rule_packs: list[str] = Field(default_factory=list)
    phrase_rules: list[PhraseRule] = Field(default_factory=list)
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    issuer: IssuerProfile = Field(default_factory=lambda: construct_defaults(IssuerProfile))
    fail_on: FailOn = "error"
    require_reason: bool = True
    docs_url: str | None = None
    baseline: str | None = None

    @validator("docs_url")
    @classmethod
    def _docs_url_has_code(cls, value: str | None) -> str | None:
        if value is not None and "{code}" not in value:
            raise ValueError(
                'must contain "{code}", e.g. "https://wiki.example.com/disclint/{code}"'
            )
        if value is not None:
            try:  # the engine fills it per finding: any other placeholder must fail here
                value.format(code="X")
            except (KeyError, IndexError, ValueError, AttributeError):
                raise ValueError(
                    'may contain only the placeholder "{code}" (write a literal brace as '
                    '"{{" or "}}")'
                ) from None
        return value


@dataclass(frozen=True)
class Config:
    """Settings as resolved for a file: where they came from and what they say."""

    settings: Settings
    path: Path | None
    root: Path

    @property
    def display(self) -> str:
        return str(self.path) if self.path else "(defaults)"


def _toml_load(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _table(path: Path) -> dict[str, Any] | None:
    """The disclint table of a config file, or ``None`` if this pyproject has none."""
    data = _toml_load(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("disclint") if isinstance(tool, dict) else None
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: tool.disclint: must be a table")
        return table
    return data


def find_config(start: Path) -> Path | None:
    """The closest ``.disclint.toml`` or ``pyproject.toml`` with ``[tool.disclint]``."""
    directory = start if start.is_dir() else start.parent
    directory = directory.resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and _table(candidate) is not None:
                return candidate
    return None


def load_config(path: Path | None, overrides: dict[str, Any] | None = None) -> Config:
    """Read, inherit (``extend``) and validate a config file; ``None`` gives the defaults."""
    table: dict[str, Any] = {}
    root = Path.cwd()
    if path is not None:
        path = path.resolve()
        table = _resolve_table(path, seen=())
        root = path.parent
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    if not table and set(given) <= _CHECKED_OVERRIDES:
        # No configuration file: the defaults, and command-line values click has already
        # checked, need no validation; building the validators would cost a pre-commit
        # hook tens of milliseconds on every commit.
        settings = construct_defaults(
            Settings, **{k.replace("-", "_"): v for k, v in given.items()}
        )
        return Config(settings=settings, path=path, root=root)
    table = {**table, **given}
    try:
        settings = Settings.model_validate(table)
    except Exception as exc:
        from pydantic import ValidationError  # raised only when pydantic validated

        if not isinstance(exc, ValidationError):
            raise
        raise ConfigError(_describe(exc, path)) from None
    return Config(settings=settings, path=path, root=root)


#: Overrides the command line validates itself (click choices and code lists).
_CHECKED_OVERRIDES = frozenset({"select", "fail-on"})

_MERGED_TABLES = ("rules", "severity", "per-file-ignores", "issuer")


def _resolve_table(path: Path, seen: tuple[Path, ...]) -> dict[str, Any]:
    if path in seen:
        chain = " -> ".join(str(p) for p in (*seen, path))
        raise ConfigError(f"{path}: extend: circular inheritance ({chain})")
    if not path.is_file():
        raise ConfigError(f"{seen[-1] if seen else path}: extend: no such file {path}")
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: has no [tool.disclint] table to extend from")
    table = _absolute_paths(dict(table), path)
    parent_ref = table.pop("extend", None)
    if parent_ref is None:
        return table
    if not isinstance(parent_ref, str):
        raise ConfigError(f"{_key_prefix(path)}extend: must be a path to another config file")
    parent = _resolve_table((path.parent / parent_ref).resolve(), (*seen, path))
    merged = dict(parent)
    for key, value in table.items():
        if key in _MERGED_TABLES and isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _absolute_paths(table: dict[str, Any], path: Path) -> dict[str, Any]:
    """Rule-pack folders and the baseline are relative to the file that names them."""
    packs = table.get("rule-packs", table.get("rule_packs"))
    if isinstance(packs, list):
        key = "rule-packs" if "rule-packs" in table else "rule_packs"
        table[key] = [str((path.parent / p).resolve()) if isinstance(p, str) else p for p in packs]
    baseline = table.get("baseline")
    if isinstance(baseline, str):
        table["baseline"] = str((path.parent / baseline).resolve())
    return table


def _key_prefix(path: Path | None) -> str:
    if path is not None and path.name == "pyproject.toml":
        return f"{path}: tool.disclint."
    return f"{path}: " if path is not None else "command line: "


def _describe(exc: ValidationError, path: Path | None) -> str:
    """One line: file, dotted key, problem (and how many more problems there are)."""
    errors = exc.errors()
    first = errors[0]
    key = ".".join(str(part) for part in first["loc"]) or "(top level)"
    problem = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        problem = "unknown setting"
    elif first["type"] == "literal_error" and "expected" in first.get("ctx", {}):
        problem = f"must be one of {first['ctx']['expected']}"
    value = first.get("input")
    shown = f" (got {value!r})" if first["type"] != "extra_forbidden" and _short(value) else ""
    more = (
        f" (and {len(errors) - 1} more problem{'s' * (len(errors) > 2)})" if len(errors) > 1 else ""
    )
    return f"{_key_prefix(path)}{key}: {problem}{shown}{more}"


def _short(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool)) and len(repr(value)) <= 60
