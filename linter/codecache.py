"""An on-disk cache of the methods ``dataclasses`` generates (and of the string annotations
``typing`` compiles), so a fresh process does not compile them again.

``@dataclass`` writes the source of ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``
and the frozen ``__setattr__``/``__delattr__`` of each class as text and compiles it with
``exec``: about 0.2 ms a class, and disclint's start-up makes some 140 dataclasses (a fifth
of a one-file check's start-up was Python's compiler at work on these few lines). This
module gives the ``dataclasses`` module an ``exec`` of its own that looks the text up in a
``marshal`` file next to the compiled-pattern cache (``disclint.regexcache``) and runs the
stored code object; the functions made are the ones Python would make (same text, same
file name ``<string>``, same compiler flags). ``typing.ForwardRef`` (a string annotation,
about 900 of them when pydantic and the models load) compiles its expression the same way
and is given a ``compile`` that takes it from the same file.

Safety: the file is keyed on the exact Python version and bytecode tag; anything
unexpected (an old file, a ``dataclasses`` module that does not call ``exec`` by that name)
leaves Python's own compiler in charge, silently. New entries are saved atomically when the
process exits. Only the command line installs it; a program that imports disclint as a
library keeps Python's behaviour.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

#: Entries kept (the start-up makes about 700 functions); when a run added some, the file
#: is written back with this run's entries last and the oldest beyond the limit dropped.
MAX_ENTRIES = 4000
#: Keys: the text ``dataclasses`` executes, or ("eval", expression) for ``typing``.
_Key = str | tuple[str, str]
_entries: dict[_Key, CodeType] = {}
_used: set[_Key] = set()
_added = 0
_file: Path | None = None
_installed = False


def _stamp() -> str:
    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"{sys.implementation.cache_tag}-{version}"


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` with the compiled code of a source text taken from the cache."""
    if isinstance(source, str):
        source = _cached(source, source, "exec")
    builtins.exec(source, globals, locals)


def _compile(source: Any, filename: Any, mode: Any, *args: Any, **kwargs: Any) -> Any:
    """``compile`` with the code of an expression compiled as ``typing`` does (file name
    ``<string>``, mode ``eval``, no other argument) taken from the cache."""
    if args or kwargs or filename != "<string>" or mode != "eval" or not isinstance(source, str):
        return compile(source, filename, mode, *args, **kwargs)
    return _cached(("eval", source), source, "eval")


def _cached(key: _Key, source: str, mode: str) -> CodeType:
    """The code of ``source`` compiled in ``mode``, from the cache or compiled now and kept.
    ``dont_inherit``: the flags of the caller's module (dataclasses.py, typing.py: none),
    not this module's ``from __future__ import annotations``, as the built-in would do
    there. A syntax error is raised here, as the built-in raises it, and nothing is kept."""
    global _added
    code = _entries.get(key)
    if code is None:
        code = compile(source, "<string>", mode, dont_inherit=True)
        _entries[key] = code
        _added += 1
    _used.add(key)
    return code


def read_marshal(path: Path) -> Any:
    """``marshal.loads`` of the file at ``path``, read through a read-only mapping of it
    rather than a copy: the caches of a fresh process (this one's ~0.5 MB of code, the rule
    data's, the prefilter's) are unmarshalled straight from the page cache, with a third
    fewer pages touched than reading them into a ``bytes`` first. Raises ``OSError``, or
    ``ValueError`` for an empty file, as reading would (and ``marshal``'s own errors)."""
    import mmap

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        with mmap.mmap(fd, 0, access=mmap.ACCESS_READ) as mapped:
            return marshal.loads(mapped)
    finally:
        os.close(fd)


def install(folder: Path | None) -> None:
    """Route ``dataclasses``' compilation through the cache in ``folder`` (once per
    process; a no-op without a folder or if ``dataclasses`` is not what this expects)."""
    global _installed, _file
    if _installed or folder is None:
        return
    _installed = True
    import dataclasses
    import typing

    patch_dataclasses = "exec" not in vars(dataclasses) and _calls(dataclasses, "exec")
    patch_typing = "compile" not in vars(typing) and _calls(typing, "compile")
    if not (patch_dataclasses or patch_typing):
        return
    _file = folder / f"code-{_stamp()}.marshal"
    with contextlib.suppress(Exception):
        loaded = read_marshal(_file)
        if isinstance(loaded, dict):
            _entries.update((k, v) for k, v in loaded.items() if _valid(k, v))
    if patch_dataclasses:
        dataclasses.exec = _exec  # type: ignore[attr-defined]
        _install_is_type(dataclasses)
    if patch_typing:
        typing.compile = _compile  # type: ignore[attr-defined]
    atexit.register(_save)


#: The names Python 3.11's ``dataclasses._is_type`` uses, in order: the function
#: ``_install_is_type`` replaces is exactly that one, or it is left alone.
_IS_TYPE_NAMES = (
    "_MODULE_IDENTIFIER_RE", "match", "group", "sys", "modules", "get", "__module__", "__dict__",
)  # fmt: skip


def _install_is_type(dataclasses: Any) -> None:
    """``dataclasses._is_type`` (is a string annotation ``ClassVar``, ``InitVar`` or
    ``KW_ONLY``?) with the parse of each annotation text remembered. With
    ``from __future__ import annotations`` every field's annotation is a string, and
    ``@dataclass`` asks twice a field (some 1,600 calls a check's start-up, a sixth of the
    time ``dataclasses`` takes there), each matching the same pattern on the same few texts
    ("int", "str | None", ...). The answer is computed as Python 3.11 computes it, from the
    modules as they are at the call; only the match of the text is reused. Installed
    only over the exact function it mirrors."""
    original = getattr(dataclasses, "_is_type", None)
    code = getattr(original, "__code__", None)
    pattern = getattr(dataclasses, "_MODULE_IDENTIFIER_RE", None)
    if code is None or code.co_names != _IS_TYPE_NAMES or code.co_argcount != 5:
        return
    if pattern is None or not hasattr(pattern, "match"):
        return
    parsed: dict[str, tuple[str | None, str] | None] = {}
    modules = sys.modules

    def _is_type(
        annotation: str, cls: type, a_module: Any, a_type: Any, is_type_predicate: Any
    ) -> bool:
        try:
            found = parsed[annotation]
        except KeyError:
            match = pattern.match(annotation)
            found = parsed[annotation] = (match.group(1), match.group(2)) if match else None
        if found is None:
            return False
        module_name, name = found
        ns = None
        if not module_name:
            ns = modules.get(cls.__module__).__dict__
        else:
            module = modules.get(cls.__module__)
            if module and module.__dict__.get(module_name) is a_module:
                ns = modules.get(a_type.__module__).__dict__
        return bool(ns and is_type_predicate(ns.get(name), a_module))

    dataclasses._is_type = _is_type


def _valid(key: object, value: object) -> bool:
    if not isinstance(value, CodeType):
        return False
    if isinstance(key, str):
        return True
    return isinstance(key, tuple) and len(key) == 2 and key[0] == "eval" and isinstance(key[1], str)


def _calls(module: Any, builtin: str) -> bool:
    """Whether the function of ``module`` that compiles text calls ``builtin`` by name:
    dataclasses' ``_create_fn`` (to Python 3.12) or ``_FuncBuilder`` (3.13) calls ``exec``,
    typing's ``ForwardRef`` calls ``compile``."""
    for name in ("_create_fn", "_FuncBuilder", "ForwardRef"):
        holder = getattr(module, name, None)
        functions = [holder] if callable(holder) and not isinstance(holder, type) else []
        if isinstance(holder, type):
            functions = [f for f in vars(holder).values() if callable(f)]
        for function in functions:
            code = getattr(function, "__code__", None)
            if code is not None and builtin in code.co_names:
                return True
    return False


def _save() -> None:
    """Write the cache if this process compiled text it did not have: the entries this run
    used go last, and the oldest beyond ``MAX_ENTRIES`` are dropped."""
    if not _added or _file is None:
        return
    ordered = {k: v for k, v in _entries.items() if k not in _used}
    ordered.update((k, _entries[k]) for k in _entries if k in _used)
    kept = dict(list(ordered.items())[-MAX_ENTRIES:])
    with contextlib.suppress(Exception):
        temporary = _file.with_name(f".{_file.name}.{os.urandom(4).hex()}")
        temporary.write_bytes(marshal.dumps(kept))
        os.replace(temporary, _file)
