"""An on-disk cache of compiled regular expressions, so a fresh process does not re-parse
the rules' ~700 patterns (a third of a one-file check's start-up).

Python compiles a pattern in two steps: a parser and a code generator written in Python
(slow: about 0.2 ms a pattern, far more for the large cue alternations), then
``_sre.compile`` in C (fast) from the generated code. This module remembers the generated
code, keyed on the pattern text and flags, in one ``marshal`` file next to Lark's cache
(``$DISCLINT_CACHE_DIR``, else ``~/.cache/disclint``), and on the next start hands it
straight to ``_sre.compile``. The result is the same pattern object Python would build.

Safety: the file is keyed on the exact Python version and the regex engine's ``MAGIC`` and
``CODESIZE``; anything unexpected (an old file, a different Python, a private API that
changed) falls back to Python's own compiler, silently. Only ``str``/``bytes`` patterns
are cached; new entries are saved atomically when the process exits.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import secrets
import sys
import time
from pathlib import Path
from typing import Any

#: Every pattern compiled at start-up (the rule modules' patterns, known in advance) is
#: kept; once files are being checked, only patterns that take this long to compile (the
#: lexicons built on first use, not the small patterns a rule builds per name, which would
#: make the file grow run after run), and no more than this many.
WORTH_CACHING = 0.0005
MAX_ENTRIES = 4000
_threshold = 0.0
_entries: dict[tuple[bool, str | bytes, int], tuple[Any, ...]] = {}
_added = 0
_file: Path | None = None
_installed = False


def _stamp() -> str:
    import _sre  # type: ignore[import-not-found]

    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}"


def install() -> None:
    """Route ``re``'s compiler through the cache (once per process; a no-op if the private
    API is not what this module expects, or no cache folder is writable)."""
    global _installed, _file
    if _installed:
        return
    _installed = True
    try:
        import _sre
        import re._compiler as compiler  # type: ignore[import-not-found]
        import re._parser as parser  # type: ignore[import-not-found]
    except ImportError:
        return
    if not all(hasattr(m, n) for m, n in ((compiler, "_code"), (parser, "parse"))):
        return
    from disclint.grammars import cache_dir

    folder = cache_dir()
    if folder is None:
        return
    _file = folder / f"regex-{_stamp()}.marshal"
    with contextlib.suppress(Exception):
        loaded = marshal.loads(_file.read_bytes())
        if isinstance(loaded, dict):
            _entries.update(loaded)
    original = compiler.compile

    def compile_cached(p: Any, flags: int = 0) -> Any:
        global _added
        if not isinstance(p, (str, bytes)) or flags & 128:  # 128: re.DEBUG prints
            return original(p, flags)
        key = (isinstance(p, bytes), p, int(flags))
        entry = _entries.get(key)
        if entry is not None:
            try:
                return _sre.compile(p, *entry)
            except Exception:
                _entries.pop(key, None)
        started = time.perf_counter()
        parsed = parser.parse(p, flags)
        code = [int(op) for op in compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (
            int(flags | parsed.state.flags),
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        compiled = _sre.compile(p, *entry)
        if time.perf_counter() - started >= _threshold and len(_entries) < MAX_ENTRIES:
            _entries[key] = entry
            _added += 1
        return compiled

    compiler.compile = compile_cached
    atexit.register(_save)


def checking_started() -> None:
    """Start-up is over (the engine is about to check a file): from now on only patterns
    worth caching are added."""
    global _threshold
    _threshold = WORTH_CACHING


def _save() -> None:
    """Write the cache if this process compiled patterns it did not have."""
    if not _added or _file is None:
        return
    with contextlib.suppress(Exception):
        temporary = _file.with_name(f".{_file.name}.{secrets.token_hex(4)}")
        temporary.write_bytes(marshal.dumps(_entries))
        os.replace(temporary, _file)
