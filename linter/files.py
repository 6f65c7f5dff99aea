"""Finding the files to check, and writing files safely.

Folders are walked recursively for the include globs, skipping excluded names (version
control, virtual environments, README and other non-release files). Files named on the
command line are always checked unless ``--force-exclude`` is given: a pre-commit hook
passes every staged path explicitly, and needs the exclusions applied to them too.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def matches(path: Path, patterns: Iterable[str], root: Path | None = None) -> bool:
    """Does ``path`` match a glob by its name, or by its path relative to ``root``?"""
    name = path.name
    relative = None
    if root is not None:
        try:
            relative = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            relative = None
    for pattern in patterns:
        if fnmatch.fnmatch(name, pattern):
            return True
        if relative is not None and (
            fnmatch.fnmatch(relative, pattern)
            or fnmatch.fnmatch(relative, pattern.rstrip("/") + "/*")
        ):
            return True
    return False


def discover(
    paths: Iterable[str],
    include: list[str],
    exclude: list[str],
    *,
    force_exclude: bool = False,
    root: Path | None = None,
) -> Iterator[Path]:
    """Files to check, in a stable order; missing paths are yielded so they get an error."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path, include, exclude, root):
                if found not in seen:
                    seen.add(found)
                    yield found
            continue
        if force_exclude and matches(path, exclude, root):
            continue
        if path not in seen:
            seen.add(path)
            yield path


def _walk(
    folder: Path, include: list[str], exclude: list[str], root: Path | None
) -> Iterator[Path]:
    for current, dirs, files in os.walk(folder):
        base = Path(current)
        dirs[:] = sorted(d for d in dirs if not matches(base / d, exclude, root))
        for name in sorted(files):
            file = base / name
            if matches(file, include) and not matches(file, exclude, root):
                yield file


def atomic_write(target: Path, content: str | bytes, encoding: str = "utf-8") -> None:
    """Write ``target`` atomically and safely (see ``disclint.writes``); a problem is a
    one-line ``WriteError``."""
    from disclint.readers import encode_text
    from disclint.writes import write_file

    data = encode_text(content, encoding) if isinstance(content, str) else content
    write_file(target, data)
