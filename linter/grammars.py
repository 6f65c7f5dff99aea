"""The LALR parsers of the Lark grammars in ``grammar/``, loaded once per process.

A pre-commit hook starts a new process on every commit, and importing Lark itself costs
more than parsing a release. So the parsers come from ``disclint.lark_standalone``: a
module generated from the grammars by Lark's stand-alone tool (Lark's small LALR runtime
and each grammar's tables, no ``import lark``), committed, and regenerated with

    python -m disclint.grammars        # rewrites linter/lark_standalone.py

``tests/test_grammars.py`` fails when the committed module was not made from the current
grammar files or parses otherwise than Lark does (Lark's generator numbers states and
terminals differently from run to run, so the test compares parses, not text). The module
holds the text of each grammar it was made from: a grammar edited since (a developer's
checkout) is built with Lark instead, through Lark's on-disk cache in the user's cache
directory (``$DISCLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/disclint``, else
``~/.cache/disclint``; keyed on the grammar's hash, so never served stale), and loaded into
the same runtime, so that every parse tree is made of the same ``Tree`` and ``Token``
classes whichever way the parser was made."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from pathlib import Path
from typing import Any


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


#: The grammars compiled into ``disclint.lark_standalone``, and how their parsers are made.
GRAMMARS = ("release", "dateline")
LARK_OPTIONS: dict[str, Any] = {
    "parser": "lalr",
    "lexer": "contextual",
    "propagate_positions": False,
    "maybe_placeholders": False,
}


def grammar_text(name: str) -> str:
    return (grammar_dir() / f"{name}.lark").read_text(encoding="utf-8")


#: The release grammar's terminals decided by a lookahead that scans the line (see
#: ``disclint.lexscan``): left out of the lexer's union on a line without their literals.
GATED_TERMINALS = ("FLS_PARAGRAPH", "FLS_HEADER", "DISCLAIMER", "NOTICE")


@functools.cache
def load(name: str) -> Any:
    """The LALR parser (contextual lexer) for ``grammar/<name>.lark``: a ``Lark`` of
    ``disclint.lark_standalone``'s runtime (its ``parse`` gives that module's ``Tree``)."""
    from disclint import lark_standalone

    runtime: Any = lark_standalone  # generated, untyped
    text = grammar_text(name)
    if runtime.GRAMMARS.get(name) == text:
        parser = _pickled(name, runtime)
    else:
        data, memo = _lark_tables(name, text)  # the grammar changed since the module was made
        parser = runtime.Lark._load_from_dict(data, memo)
    if name == "release":
        # The dateline grammar's states reject the root's first terminal too often (over
        # the corpus 13 of its 35 states built their own union as well): sharing cost more
        # per release than it saved at start-up, so it keeps Lark's per-state unions.
        from disclint.lexscan import share_root_scanner

        share_root_scanner(parser, gated=GATED_TERMINALS)
    return parser


def _pickled(name: str, runtime: Any) -> Any:
    """``runtime.load(name)``, kept in the cache folder as a pickle of the parser it makes.

    Building a parser from its serialised tables (``disclint.lark_tables``: importing them,
    then making every rule, symbol, terminal and per-state lexer object by object) was
    about 55 M instructions of a one-file check for the two grammars; unpickling the built
    parsers is a fifth of that. The file is keyed on the Python version and on the digests
    of the runtime's text and of the grammar's tables that the generated module records, so
    a regenerated module or another Python never reads a stale parser; it is read with an
    unpickler that makes only the runtime's classes (and ``functools.partial``, which its
    tree builder uses). Without a writable cache folder, or with a file that cannot be
    read, the parser is built from the tables as before (and the file written anew)."""
    folder = cache_dir()
    if folder is None:
        return runtime.load(name)
    pickler, unpickler = _picklers()
    digest = runtime.TABLE_DIGESTS[name][:16]
    # "s": the parts ``_share_equal_parts`` merges are stored once (a file written before
    # that is left to the cleaners, not read: it would load slower, never differently)
    stamp = f"{sys.implementation.cache_tag}-{runtime.RUNTIME_DIGEST[:16]}-{digest}-s"
    path = folder / f"parser-{name}-{stamp}.pickle"
    try:
        with open(path, "rb") as stream:
            parser = unpickler(stream, runtime).load()
        if isinstance(parser, runtime.Lark):
            return parser
    except Exception:  # absent, damaged or from elsewhere: build it
        pass
    parser = runtime.load(name)
    _share_equal_parts(parser, runtime)
    try:
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        with open(temporary, "wb") as stream:
            pickler(stream).dump(parser)
        os.replace(temporary, path)
    except Exception:  # a read-only or full disk: the next run builds it again
        with contextlib.suppress(OSError):
            temporary.unlink()
    return parser


def _share_equal_parts(parser: Any, runtime: Any) -> None:
    """Make the grammar rules of ``parser`` share their equal symbols and options, so that
    its pickle holds each once: the tables make a ``Terminal`` or ``NonTerminal`` for every
    place a symbol appears in a rule and a ``RuleOptions`` for every rule (the dateline
    grammar: about 1,000 symbols of 24 names, 137 options of a few values), and unpickling
    made each anew, a third of the two parsers' load (about 0.6 ms of a one-file check).

    Nothing changes but identity: a symbol is equal to another by its type and name (its
    ``__eq__`` and ``__hash__``), and only objects whose every attribute is equal are merged;
    the parser reads these objects and never changes them."""
    shared: dict[Any, Any] = {}

    def one(part: Any) -> Any:
        state = getattr(part, "__dict__", {})
        key = (
            type(part),
            getattr(part, "name", None),
            tuple((k, type(v), tuple(v) if isinstance(v, list) else v) for k, v in state.items()),
        )
        try:
            return shared.setdefault(key, part)
        except TypeError:  # an attribute that cannot be a key: kept as it is
            return part

    rules = {id(rule): rule for rule in parser.rules}
    for rule in list(rules.values()):
        if not isinstance(rule, runtime.Rule):
            continue
        rule.origin = one(rule.origin)
        rule.expansion = type(rule.expansion)(one(symbol) for symbol in rule.expansion)
        rule.options = one(rule.options)


@functools.cache
def _picklers() -> tuple[Any, Any]:
    """The pickler and unpickler of parsers, made on first use. Reading a parser needs
    only the C unpickler (``_pickle``), not the ``pickle`` module around it; writing one
    (a cold cache folder) imports ``pickle``."""
    import re
    import types

    reading: Any
    try:
        import _pickle

        reading = _pickle
    except ImportError:  # an interpreter without the C pickler
        import pickle

        reading = pickle

    class RuntimeUnpickler(reading.Unpickler):  # type: ignore[misc]
        """Makes the runtime's classes, ``functools.partial`` and the ``re`` module only."""

        def __init__(self, stream: Any, runtime: Any) -> None:
            super().__init__(stream)
            self.runtime = runtime

        def find_class(self, module: str, name: str) -> Any:
            if module == self.runtime.__name__ and not name.startswith("__"):
                return getattr(self.runtime, name)
            if (module, name) == ("functools", "partial"):
                return functools.partial
            raise reading.UnpicklingError(f"{module}.{name} is not part of a parser")

        def persistent_load(self, pid: Any) -> Any:
            if pid == ("module", "re"):
                return re
            raise reading.UnpicklingError(f"{pid!r} is not part of a parser")

    def pickler(stream: Any) -> Any:
        import pickle

        class RuntimePickler(pickle.Pickler):
            """Modules (the lexer's ``re``) are pickled by name."""

            def persistent_id(self, obj: Any) -> Any:
                return ("module", obj.__name__) if isinstance(obj, types.ModuleType) else None

        return RuntimePickler(stream, protocol=pickle.HIGHEST_PROTOCOL)

    return pickler, RuntimeUnpickler


def _lark_tables(name: str, text: str) -> tuple[Any, Any]:
    """The serialised tables of a grammar built with Lark (through its on-disk cache)."""
    from lark import Lark
    from lark import __version__ as lark_version
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    from disclint import __version__

    directory = cache_dir()
    cache: str | bool = False
    if directory is not None:
        cache = str(directory / f"{name}-{__version__}-lark{lark_version}.lark.cache")
    parser = Lark(text, cache=cache, **LARK_OPTIONS)
    data, memo = parser.memo_serialize([TerminalDef, Rule])
    return data, memo


#: Edits to Lark's stand-alone runtime (the text it generates -> what the module holds) that
#: keep modules a check never uses out of start-up: ``logging`` (Lark's "lark" logger is set
#: up, with the same handler and level, the first time something logs; the parsers never
#: do) and ``inspect`` (``getmembers``, for transformers with ``v_args``, a check has none;
#: and ``dataclasses`` describes a class without a docstring with ``inspect.signature``, so
#: ``TextSlice`` gets back the docstring the generator strips), a tenth of the runtime's
#: import. Generation fails if Lark's text changes under them.
RUNTIME_EDITS: tuple[tuple[str, str], ...] = (
    (
        """import logging
from dataclasses import dataclass
from typing import Generic, AnyStr

logger: logging.Logger = logging.getLogger("lark")
logger.addHandler(logging.StreamHandler())
##

##

logger.setLevel(logging.CRITICAL)
""",
        """from dataclasses import dataclass
from typing import Generic, AnyStr


class _Logger:
    _made = None

    def __getattr__(self, name):
        made = _Logger._made
        if made is None:
            import logging

            made = logging.getLogger("lark")
            made.addHandler(logging.StreamHandler())
            made.setLevel(logging.CRITICAL)
            _Logger._made = made
        return getattr(made, name)


logger = _Logger()
""",
    ),
    (
        "from inspect import getmembers, getmro\n",
        """

def getmembers(object, predicate=None):
    from inspect import getmembers

    return getmembers(object, predicate)


def getmro(cls):
    return cls.__mro__
""",
    ),
    (
        """class TextSlice(Generic[AnyStr]):
    #--
""",
        """class TextSlice(Generic[AnyStr]):
    \"\"\"A view of a str or bytes object between a start and an end index.\"\"\"

""",
    ),
)


def edit_runtime(text: str) -> str:
    """Lark's stand-alone runtime with ``RUNTIME_EDITS`` made, and its annotations left
    unevaluated (``from __future__ import annotations``, first): the runtime annotates its
    functions with ``typing`` forms (``Optional[Meta]``, ``Tree[_Leaf_T]``, ...) that
    Python otherwise builds at import, a quarter of the module's import (about 6 M
    instructions of a one-file check). Nothing reads them: Lark's runtime never asks for
    type hints, and ``TextSlice``, its one dataclass, has no ``ClassVar`` or ``InitVar``."""
    for before, after in RUNTIME_EDITS:
        if text.count(before) != 1:
            raise RuntimeError(f"Lark's stand-alone runtime changed: {before.splitlines()[0]!r}")
        text = text.replace(before, after)
    return FUTURE_ANNOTATIONS + text


FUTURE_ANNOTATIONS = "from __future__ import annotations\n"


def generated_sources() -> dict[str, str]:
    """The texts of ``linter/lark_standalone.py`` and ``linter/lark_tables.py`` for the
    grammars and the installed Lark (file name -> text)."""
    import io

    from lark import Lark
    from lark.tools import standalone

    gen_standalone: Any = standalone.gen_standalone  # untyped
    marker = "\nDATA = ("
    runtime: str | None = None
    tables: dict[str, tuple[str, str, str]] = {}
    for name in GRAMMARS:
        text = grammar_text(name)
        out = io.StringIO()
        gen_standalone(Lark(text, **LARK_OPTIONS), out=out)
        generated = out.getvalue()
        head, tail = generated.split(marker, 1)
        head = edit_runtime(head.removesuffix("import pickle, zlib, base64"))
        if runtime is None:
            runtime = head
        elif head != runtime:
            raise RuntimeError("Lark's stand-alone runtime differs between grammars")
        data, rest = tail.split("\n)\nMEMO = (", 1)
        memo = rest.split("\n)\nShift = 0", 1)[0]
        tables[name] = (text, data, memo)
    assert runtime is not None
    return compose_sources(runtime, tables)


def compose_sources(runtime: str, tables: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """The two generated modules from Lark's runtime (edited) and, for each grammar, its
    text and the text of its serialised tables and memo (Python literals). The tables go
    to a module of their own, imported only when a parser is built from them (not when it
    is unpickled from the cache folder: ``load``); the runtime module keeps the grammars'
    texts and the digests a pickled parser is keyed on."""
    import ast
    import hashlib

    header = (
        "# Generated by `python -m disclint.grammars` from grammar/*.lark: do not edit.\n"
        "# mypy: ignore-errors\n"
    )
    texts = "".join(f"GRAMMAR_{n.upper()} = {t!r}\n" for n, (t, _, _) in tables.items())
    grammars = ", ".join(f"{n!r}: GRAMMAR_{n.upper()}" for n in tables)
    digests = {
        name: hashlib.sha256(
            repr((ast.literal_eval(f"({data}\n)"), ast.literal_eval(f"({memo}\n)"))).encode()
        ).hexdigest()
        for name, (_, data, memo) in tables.items()
    }
    runtime_digest = hashlib.sha256(runtime.encode()).hexdigest()
    standalone = (
        header
        + runtime
        + "\n"
        + texts
        + f"""
Shift = 0
Reduce = 1
#: The text of each grammar this module was generated from.
GRAMMARS = {{{grammars}}}
#: sha256 of the runtime's text above and of ``repr(lark_tables.TABLES[name])``: a parser
#: pickled from them is keyed on these (``disclint.grammars``).
RUNTIME_DIGEST = {runtime_digest!r}
TABLE_DIGESTS = {digests!r}


def load(name, **kwargs):
    from disclint.lark_tables import TABLES

    data, memo = TABLES[name]
    return Lark._load_from_dict(data, memo, **kwargs)
"""
    )
    parts = "".join(
        f"DATA_{n.upper()} = ({data}\n)\nMEMO_{n.upper()} = ({memo}\n)\n"
        for n, (_, data, memo) in tables.items()
    )
    pairs = ", ".join(f"{n!r}: (DATA_{n.upper()}, MEMO_{n.upper()})" for n in tables)
    lark_tables = (
        header
        + '"""The serialised LALR tables of ``disclint.lark_standalone``\'s grammars."""\n\n'
        + parts
        + f"\nTABLES = {{{pairs}}}\n"
    )
    return {"lark_standalone.py": standalone, "lark_tables.py": lark_tables}


def generated_dir() -> Path:
    return Path(__file__).resolve().parent


if __name__ == "__main__":
    for file_name, source in generated_sources().items():
        (generated_dir() / file_name).write_text(source, encoding="utf-8")
