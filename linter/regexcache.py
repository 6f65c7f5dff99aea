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
import sys
from array import array
from pathlib import Path
from typing import Any

#: Every pattern is kept (the rule modules' patterns, the lexicons and data-file patterns
#: built on first use, and the few a rule builds per name), up to this many; when a run has
#: added patterns, the file is written back with this run's patterns last and the oldest
#: beyond the limit dropped (least recently used, counted in runs that saved).
MAX_ENTRIES = 3000
#: A pattern's code is kept as packed 32-bit words (a quarter of a list of ints in
#: memory) and unpacked on use.
_CODE_TYPE = "I"
_entries: dict[tuple[bool, str | bytes, int], tuple[Any, ...]] = {}
_used: set[tuple[bool, str | bytes, int]] = set()
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
    if array(_CODE_TYPE).itemsize != _sre.CODESIZE:
        return
    _file = folder / f"regex2-{_stamp()}.marshal"
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
                flags_, packed, *extra = entry
                compiled = _sre.compile(p, flags_, array(_CODE_TYPE, packed).tolist(), *extra)
                _used.add(key)
                return compiled
            except Exception:
                _entries.pop(key, None)
        parsed = parser.parse(p, flags)
        code = [int(op) for op in compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        rest = (parsed.state.groups - 1, groupindex, tuple(indexgroup))
        flags_ = int(flags | parsed.state.flags)
        compiled = _sre.compile(p, flags_, code, *rest)
        _entries[key] = (flags_, array(_CODE_TYPE, code).tobytes(), *rest)
        _used.add(key)
        _added += 1
        return compiled

    compiler.compile = compile_cached
    atexit.register(_save)


def _save() -> None:
    """Write the cache if this process compiled patterns it did not have: the patterns
    this run used go last, and the oldest beyond ``MAX_ENTRIES`` are dropped."""
    if not _added or _file is None:
        return
    ordered = {k: v for k, v in _entries.items() if k not in _used}
    ordered.update((k, _entries[k]) for k in _entries if k in _used)
    kept = dict(list(ordered.items())[-MAX_ENTRIES:])
    with contextlib.suppress(Exception):
        temporary = _file.with_name(f".{_file.name}.{os.urandom(4).hex()}")
        temporary.write_bytes(marshal.dumps(kept))
        os.replace(temporary, _file)
