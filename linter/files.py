"""Finding the files to check, and writing files safely.

Folders are walked recursively for the include globs, skipping excluded names (version
control, virtual environments, README and other non-release files). Files named on the
command line are always checked unless ``--force-exclude`` is given: a pre-commit hook
passes every staged path explicitly, and needs the exclusions applied to them too.

Inside a git repository, what git ignores is skipped too (``.gitignore`` files at every
level and ``.git/info/exclude``, read with pathspec's git semantics, negations included),
unless ``respect_gitignore`` is off. pathspec is imported only when there is a
``.gitignore`` to read.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


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


class GitIgnored:
    """Does git ignore a path? ``.gitignore`` files from the repository's top down to the
    path's folder, deeper ones overriding (``!pattern`` re-includes), and
    ``.git/info/exclude``. Outside a git repository nothing is ignored (as git and ruff do)."""

    def __init__(self) -> None:
        self._specs: dict[Path, Any] = {}
        self._tops: dict[Path, Path | None] = {}

    def _top(self, folder: Path) -> Path | None:
        if folder not in self._tops:
            self._tops[folder] = next(
                (d for d in (folder, *folder.parents) if (d / ".git").exists()), None
            )
        return self._tops[folder]

    def _spec(self, folder: Path, top: Path) -> Any:
        if folder not in self._specs:
            lines: list[str] = []
            sources = [folder / ".gitignore"]
            if folder == top:
                sources.insert(0, top / ".git" / "info" / "exclude")
            for source in sources:
                if source.is_file():
                    lines.extend(source.read_text(encoding="utf-8", errors="replace").splitlines())
            spec = None
            if any(line.strip() and not line.startswith("#") for line in lines):
                import pathspec

                spec = pathspec.GitIgnoreSpec.from_lines(lines)
            self._specs[folder] = spec
        return self._specs[folder]

    def __call__(self, path: Path, is_dir: bool) -> bool:
        path = path.resolve()
        top = self._top(path.parent)
        if top is None:
            return False
        ignored = False
        parts = path.parent.relative_to(top).parts
        folders = [top.joinpath(*parts[:depth]) for depth in range(len(parts) + 1)]
        for folder in folders:  # from the top down: a deeper .gitignore decides last
            spec = self._spec(folder, top)
            if spec is None:
                continue
            relative = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
            decided = spec.check_file(relative).include
            if decided is not None:
                ignored = decided
        return ignored


def discover(
    paths: Iterable[str],
    include: list[str],
    exclude: list[str],
    *,
    force_exclude: bool = False,
    root: Path | None = None,
    respect_gitignore: bool = True,
) -> Iterator[Path]:
    """Files to check, in a stable order; missing paths are yielded so they get an error."""
    seen: set[Path] = set()
    ignored = GitIgnored() if respect_gitignore else None
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path, include, exclude, root, ignored):
                if found not in seen:
                    seen.add(found)
                    yield found
            continue
        if force_exclude and (
            matches(path, exclude, root) or (ignored is not None and ignored(path, False))
        ):
            continue
        if path not in seen:
            seen.add(path)
            yield path


def _walk(
    folder: Path,
    include: list[str],
    exclude: list[str],
    root: Path | None,
    ignored: GitIgnored | None,
) -> Iterator[Path]:
    def skip(path: Path, is_dir: bool) -> bool:
        return matches(path, exclude, root) or (ignored is not None and ignored(path, is_dir))

    for current, dirs, files in os.walk(folder):
        base = Path(current)
        dirs[:] = sorted(d for d in dirs if not skip(base / d, True))
        for name in sorted(files):
            file = base / name
            if matches(file, include) and not skip(file, False):
                yield file


def atomic_write(target: Path, content: str | bytes, encoding: str = "utf-8") -> None:
    """Write ``target`` atomically and safely (see ``disclint.writes``); a problem is a
    one-line ``WriteError``."""
    from disclint.readers import encode_text
    from disclint.writes import write_file

    data = encode_text(content, encoding) if isinstance(content, str) else content
    write_file(target, data)
