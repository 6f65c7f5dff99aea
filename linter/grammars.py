"""Loading the Lark grammars in ``grammar/`` once per process, from Lark's on-disk cache.

Building an LALR table from a grammar takes tens of milliseconds; loading it from Lark's
cache takes about one. A pre-commit hook starts a new process on every commit, so the
parsers are built lazily and cached in the user's cache directory (``$DISCLINT_CACHE_DIR``,
else ``$XDG_CACHE_HOME/disclint``, else ``~/.cache/disclint``). Lark keys the cache on the
grammar's hash, so an edited grammar is rebuilt, never served stale.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lark import Lark


def grammar_dir() -> Path:
    """Where the .lark files are: ``disclint/grammar`` in the wheel, ``grammar/`` beside
    ``linter/`` in a checkout (an editable install maps the package to ``linter/``)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "grammar", here.parent / "grammar"):
        if (candidate / "release.lark").is_file():
            return candidate
    raise RuntimeError("disclint's grammar files are missing from this installation")


def cache_dir() -> Path | None:
    """A writable directory for Lark's table cache, or ``None`` to build in memory."""
    configured = os.environ.get("DISCLINT_CACHE_DIR")
    if configured:
        base = Path(configured)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = Path(xdg) / "disclint" if xdg else Path.home() / ".cache" / "disclint"
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return base if os.access(base, os.W_OK) else None


@functools.cache
def load(name: str) -> Lark:
    """The LALR parser (contextual lexer) for ``grammar/<name>.lark``."""
    from lark import Lark
    from lark import __version__ as lark_version

    from disclint import __version__

    path = grammar_dir() / f"{name}.lark"
    directory = cache_dir()
    cache: str | bool = False
    if directory is not None:
        cache = str(directory / f"{name}-{__version__}-lark{lark_version}.lark.cache")
    return Lark(
        path.read_text(encoding="utf-8"),
        parser="lalr",
        lexer="contextual",
        propagate_positions=False,
        maybe_placeholders=False,
        cache=cache,
    )
