"""The two phases of a disclint process: start-up (imports, rule modules, plans) and
checking. A pre-commit hook starts a new process per commit, so start-up is paid often.

Start-up creates some hundred thousand objects that live as long as the process (classes,
functions, compiled patterns, rule data); Python's cyclic garbage collector would walk
them again and again while they are being made, finding nothing to free. The command line
pauses the collector while it starts; when the first file is about to be checked (or
worker processes are about to be forked), ``start_up_over`` moves everything made so far
out of the collector's sight (``gc.freeze``, which also keeps forked workers from
touching, and so copying, the parent's pages) and turns collection back on.
"""

from __future__ import annotations

import gc
from typing import Any

_paused = False

#: Allocations between two young-generation collections once checking runs (Python's
#: default is 700). The check of one release makes no cyclic garbage worth collecting
#: early: at 10,000 a cold check of the seed release spent 8 M instructions (1.5%) in
#: collections that freed little; at 50,000 it makes none, and over 392 corpus releases in
#: one run the peak memory grew by 0.5 MB (51.1 to 51.6 MB).
GC_YOUNG_THRESHOLD = 50_000


def pause_collection() -> None:
    """Pause the cyclic collector for start-up (the command line does this; a program
    that uses disclint as a library keeps its own settings)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def start_up_over() -> None:
    """Checking begins: a paused collector resumes with the start-up objects frozen."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
        gc.enable()


# -- keeping heavy standard modules out of start-up ----------------------------------------


def defer_import(name: str, functions: tuple[str, ...] = ()) -> None:
    """Put a stand-in for the standard module ``name`` in ``sys.modules``: ``import name``
    gives it at once, and the first attribute anything reads from it imports the real
    module (whose contents the stand-in then takes over, so a module that bound the
    stand-in sees the real functions).

    For ``inspect``: ``dataclasses`` imports it (with ``ast``, ``dis``, ``tokenize`` and
    ``linecache``, about 35 M instructions, a twentieth of a one-file check) only to
    describe a class that has no docstring. The command line defers it before anything
    imports ``dataclasses``; a program that uses disclint as a library keeps Python's
    behaviour. A no-op if the module is already imported.

    ``functions``: names a module takes from it at import (``from name import f``), which
    would load it at once; the stand-in holds for each a function that loads the module
    when called. For ``urllib.parse``, which ``pathlib`` imports for ``Path.as_uri``
    (``quote_from_bytes``) and nothing a check does uses: about 4 M instructions. A dotted
    name is also set on its (imported) package, as an import would set it."""
    import sys
    import types

    if name in sys.modules:
        return
    stand_in = types.ModuleType(name)
    # ``import name`` asks an imported module for its ``__spec__`` (is it still being
    # initialised?): the stand-in answers without loading anything.
    stand_in.__spec__ = None

    def load(attribute: str) -> object:
        if attribute == "__path__":  # ``from name import f`` asks whether it is a package
            raise AttributeError(attribute)  # (the modules deferred here are not)
        import importlib

        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        real = importlib.import_module(name)
        stand_in.__dict__.update(real.__dict__)
        return getattr(real, attribute)

    stand_in.__getattr__ = load  # type: ignore[method-assign]
    for function in functions:
        setattr(stand_in, function, _loading_call(load, function))
    package, _, child = name.rpartition(".")
    if package:
        __import__(package)
        setattr(sys.modules[package], child, stand_in)
    sys.modules[name] = stand_in


#: Standard modules written in Python whose every public name is, once imported, replaced
#: by its C accelerator's (``from _datetime import *`` at the end of ``datetime.py``): the
#: module, the accelerator, and the names the accelerator must have for the swap.
ACCELERATED = {
    "datetime": (
        "_datetime",
        ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR"),
    ),
}


def use_accelerator(name: str) -> None:
    """Put in ``sys.modules`` for the standard module ``name`` (a key of ``ACCELERATED``) a
    module that holds its C accelerator's names, without running the Python module.

    ``datetime.py`` defines ``date``, ``datetime``, ``timedelta``, ``timezone`` ... in
    Python (seven classes, some 170 functions: 100 KB of bytecode) and then replaces every
    one of them with ``_datetime``'s: what a process can reach afterwards is
    ``_datetime``'s objects (and ``sys``). The module made here holds exactly those (the
    same objects: ``datetime.date is _datetime.date``), named ``datetime`` (the types'
    ``__module__``, which pickling looks up, already says ``datetime``); about 4 M
    instructions of a one-file check. A no-op if ``name`` is already imported or the
    accelerator is missing or lacks one of the names (another Python: ``datetime.py`` is
    imported as usual); the command line only. ``tests/test_startup.py`` compares the
    module with Python's."""
    import sys
    import types

    accelerator_name, required = ACCELERATED[name]
    if name in sys.modules:
        return
    try:
        accelerator = __import__(accelerator_name)
    except ImportError:
        return
    if not all(hasattr(accelerator, attribute) for attribute in required):
        return
    module = types.ModuleType(name, accelerator.__doc__)
    module.__dict__.update(
        (key, value) for key, value in vars(accelerator).items() if not key.startswith("__")
    )
    module.sys = sys  # type: ignore[attr-defined]  # datetime.py's one import left over
    module.__spec__ = None  # as ``defer_import``'s stand-ins: ``import`` asks for it
    sys.modules[name] = module


def _loading_call(load: Any, function: str) -> Any:
    """A function that loads the deferred module (``load``) and calls its ``function``."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return load(function)(*args, **kwargs)

    call.__name__ = call.__qualname__ = function
    return call


def cleandoc(doc: str) -> str:
    """``inspect.cleandoc`` (which the rules' docstrings go through as they are registered)
    without importing ``inspect``: tabs expanded, the common indentation of the lines after
    the first removed, the first line's leading blanks and the leading and trailing blank
    lines dropped. ``tests/test_startup.py`` compares the two."""
    lines = doc.expandtabs().split("\n")
    margin: int | None = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for index in range(1, len(lines)):
            lines[index] = lines[index][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def own_annotations(cls: type) -> dict[str, Any]:
    """``inspect.get_annotations(cls)`` for a class, without importing ``inspect``: a copy
    of the annotations the class itself declares (not its bases'), unevaluated."""
    declared = cls.__dict__.get("__annotations__")  # noqa: RUF063 (the point: no inspect)
    if not isinstance(declared, dict):
        return {}
    return dict(declared)
