"""A content-hash cache of check results, so that re-checking unchanged files is near-instant.

Like ruff's ``.ruff_cache``: results live in ``.disclint_cache/`` at the project root (the
folder of the configuration file, else the current folder), one small JSON file per result,
keyed on everything a result depends on:

* the file's bytes and the name it is reported under;
* the configuration (every setting, the selected rules, their severities and options, the
  command-line selection, the baseline's and rule packs' file stamps);
* disclint itself: its version and the stamps of its own modules and data files, so an
  upgrade or an edited rule never serves a stale result.

Only clean outcomes are stored: a file that could not be read, or where a rule crashed, is
checked again next time. ``--no-cache`` (or ``DISCLINT_NO_CACHE=1``) turns the cache off.
Entries are written atomically, so parallel workers and interrupted runs never leave a
half-written one; an unreadable or corrupt entry is a miss.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclint.digests import sha256

if TYPE_CHECKING:
    from disclint.api import Finding
    from disclint.engine import FileResult, Plan

CACHE_NAME = ".disclint_cache"
#: Bumped when the entry format changes.
FORMAT = 2


def disabled_by_environment() -> bool:
    return os.environ.get("DISCLINT_NO_CACHE", "").strip() not in ("", "0")


@cache
def code_stamp() -> str:
    """disclint's version and the size and modification time of its own files."""
    from disclint import __version__

    here = Path(__file__).resolve().parent
    digest = sha256(f"{FORMAT}:{__version__}".encode())
    roots = [here]
    with contextlib.suppress(Exception):
        from disclint.ruledata import data_dir

        roots.append(data_dir().parent)
    for root in roots:
        for file in sorted(root.rglob("*")):
            if file.suffix in (".py", ".toml", ".txt", ".lark"):
                with contextlib.suppress(OSError):
                    info = file.stat()
                    digest.update(f"{file}:{info.st_size}:{info.st_mtime_ns}".encode())
    return digest.hexdigest()


def _stamp(path: str | os.PathLike[str]) -> str:
    try:
        info = os.stat(path)
    except OSError:
        return f"{os.fspath(path)}:missing"
    return f"{os.fspath(path)}:{info.st_size}:{info.st_mtime_ns}"


class ResultCache:
    """Results on disk under ``folder``; ``None`` from ``get`` is a miss."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._plan_keys: dict[int, str] = {}
        self._ready = False

    @classmethod
    def for_root(cls, root: Path) -> ResultCache:
        return cls(root / CACHE_NAME)

    def plan_key(self, plan: Plan, extra: str) -> str:
        """Everything about a configuration that can change a result."""
        known = self._plan_keys.get(id(plan))
        if known is not None:
            return known
        settings = plan.config.settings
        parts = [
            code_stamp(),
            extra,
            _plain_json(settings),
            ",".join(rule.code for rule in plan.selected),
            json.dumps({k: v.value for k, v in sorted(plan.severities.items())}),
            _plain_json(dict(sorted(plan.options.items()))),
            str(plan.config.root),
        ]
        for folder in settings.rule_packs:
            for file in sorted(Path(folder).rglob("*")):
                parts.append(_stamp(file))
        if settings.baseline:
            parts.append(_stamp(settings.baseline))
        key = sha256("\x00".join(parts).encode()).hexdigest()
        self._plan_keys[id(plan)] = key
        return key

    @staticmethod
    def key(data: bytes, name: str, plan_key: str) -> str:
        digest = sha256(data)
        digest.update(b"\x00" + name.encode("utf-8", "surrogateescape") + b"\x00")
        digest.update(plan_key.encode())
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> FileResult | None:
        from disclint.engine import FileResult

        try:
            payload = json.loads(self._entry(key).read_bytes())
            return FileResult(
                path=payload["path"],
                findings=[_finding_from_json(f) for f in payload["findings"]],
                suppressed=payload["suppressed"],
                baselined=payload["baselined"],
                lines={int(k): v for k, v in payload["lines"].items()},
                visible=(
                    None
                    if payload["visible"] is None
                    else {k: (v[0], v[1], v[2]) for k, v in payload["visible"].items()}
                ),
            )
        except Exception:  # a missing, unreadable or stale-format entry is a miss
            return None

    def put(self, key: str, result: FileResult) -> None:
        """Store a clean result; a cache that cannot be written is silently skipped."""
        if result.error is not None or any(f.code == "DL001" for f in result.findings):
            return
        payload = {
            "path": result.path,
            "findings": [_finding_json(f) for f in result.findings],
            "suppressed": result.suppressed,
            "baselined": result.baselined,
            "lines": {str(k): v for k, v in (result.lines or {}).items()},
            "visible": result.visible,
        }
        entry = self._entry(key)
        with contextlib.suppress(OSError, ValueError):
            self._prepare()
            entry.parent.mkdir(exist_ok=True)
            temporary = entry.with_name(f".{entry.name}.{os.urandom(4).hex()}")
            temporary.write_text(
                json.dumps(payload, ensure_ascii=False), "utf-8", "surrogateescape"
            )
            os.replace(temporary, entry)

    def _prepare(self) -> None:
        if self._ready:
            return
        self.folder.mkdir(exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# Created by disclint: results cache, safe to delete.\n*\n")
        self._ready = True


def _plain_json(value: object) -> str:
    """A stable JSON text of settings or options for the cache key, read from the models'
    fields directly."""

    def plain(item: object) -> object:
        if isinstance(item, Enum):
            return item.value
        if isinstance(item, (set, frozenset)):
            return sorted(map(repr, item))
        if hasattr(item, "__dict__"):
            return {"__type__": type(item).__qualname__, **vars(item)}
        return repr(item)

    return json.dumps(value, default=plain, sort_keys=True)


def _finding_json(value: Any) -> Any:
    """A finding as the JSON ``Finding.model_validate`` reads back, built from its fields
    (``model_dump`` gives the same, with a mode look-up per value)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_finding_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _finding_json(item) for key, item in value.items()}
    if hasattr(value, "__record_fields__"):
        return {name: _finding_json(getattr(value, name)) for name in value.__record_fields__}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _finding_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _finding_from_json(data: dict[str, Any]) -> Finding:
    """A finding back from ``_finding_json``'s form. The entry is disclint's own (its key
    includes disclint's version and files), so it is rebuilt without validation: building
    the Finding validator would cost a cache hit more than the check it saves."""
    from disclint.api import Applicability, Edit, Finding, Fix, Severity
    from disclint.source import Position

    fix = data["fix"]
    return Finding.model_construct(
        **{
            **data,
            "severity": Severity(data["severity"]),
            "start": Position(**data["start"]),
            "end": Position(**data["end"]),
            "fix": None
            if fix is None
            else Fix(
                description=fix["description"],
                edits=[Edit(**edit) for edit in fix["edits"]],
                applicability=Applicability(fix["applicability"]),
            ),
        }
    )
