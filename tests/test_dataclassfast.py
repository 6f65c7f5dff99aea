"""The one-pass dataclass maker (``disclint.dataclassfast``) makes the classes Python makes.

Each kind of class is made twice from the same class body, once by Python's
``_process_class`` and once by the fast one, and everything ``@dataclass`` writes is
compared: the class's attributes in order, each generated method's code, names, defaults,
annotations and closure, the fields and parameters, the slots; then every dataclass of
disclint itself, imported with and without the fast maker in two processes.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import types
from typing import Any, ClassVar

import pytest

from disclint import dataclassfast

ORIGINAL = dataclasses._process_class  # type: ignore[attr-defined]
FAST = dataclassfast._maker(dataclasses, ORIGINAL)

needs_311 = pytest.mark.skipif(
    ORIGINAL.__code__.co_names != dataclassfast._PROCESS_CLASS_NAMES
    or not dataclassfast.mirrors(dataclasses),
    reason="the fast maker replaces Python 3.11.7's _process_class only",
)


def test_installed_only_over_the_functions_it_mirrors() -> None:
    """``install`` leaves a ``dataclasses`` whose mirrored functions differ alone."""
    changed = types.SimpleNamespace(**vars(dataclasses))
    changed._field_assign = lambda frozen, name, value, self_name: f"{self_name}.{name}={value}"
    assert not dataclassfast.mirrors(changed)


@needs_311
def test_the_command_line_installs_it(tmp_path: Any) -> None:
    """The command line's caches put the fast maker in ``dataclasses`` (a library import
    does not: ``disclint.dataclassfast`` is imported by ``install_caches`` only)."""
    script = (
        "import dataclasses, sys\n"
        "import disclint.api\n"
        "before = dataclasses._process_class.__qualname__\n"
        "from disclint.entry import install_caches\n"
        "install_caches()\n"
        "print(before, dataclasses._process_class.__qualname__)\n"
    )
    env = {**__import__("os").environ, "DISCLINT_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["_process_class", "_maker.<locals>.process"]


def describe(value: Any, depth: int = 0) -> Any:
    """A comparable account of a class made by ``@dataclass`` (or of one of its parts)."""
    if depth > 6:
        return "..."
    if isinstance(value, type):
        if depth:
            return f"class {value.__qualname__}"
        return {
            "attributes": [(name, describe(item, depth + 1)) for name, item in vars(value).items()],
            "mro": [c.__qualname__ for c in value.__mro__],
        }
    if isinstance(value, types.FunctionType):
        wrapped = getattr(value, "__wrapped__", None)
        return {
            "qualname": value.__qualname__,
            "name": value.__name__,
            "code": describe(value.__code__, depth + 1),
            "defaults": describe(value.__defaults__, depth + 1),
            "annotations": describe(value.__annotations__, depth + 1),
            "closure": [describe(c.cell_contents, depth + 1) for c in value.__closure__ or ()],
            "wrapped": describe(wrapped, depth + 1) if wrapped is not None else None,
        }
    if isinstance(value, types.CodeType):
        return {
            "code": value.co_code.hex(),
            "consts": [describe(c, depth + 1) for c in value.co_consts],
            "names": value.co_names,
            "varnames": value.co_varnames,
            "freevars": value.co_freevars,
            "qualname": value.co_qualname,
            "filename": value.co_filename,
        }
    if isinstance(value, dataclasses.Field):
        return {slot: describe(getattr(value, slot), depth + 1) for slot in value.__slots__}
    if isinstance(value, dict | types.MappingProxyType):
        return [(describe(k, depth + 1), describe(v, depth + 1)) for k, v in value.items()]
    if isinstance(value, tuple | list):
        return [describe(item, depth + 1) for item in value]
    if isinstance(value, str | int | float | bool | type(None)):
        return value
    # an object's address differs between the two processes: not part of the comparison
    return re.sub(r" at 0x[0-9a-f]+", "", f"{type(value).__qualname__}:{value!r}")


def both(make: Any, **params: Any) -> tuple[Any, Any]:
    """The class ``make()`` returns made by Python and by the fast maker, with ``params``."""
    options = {
        "init": True, "repr": True, "eq": True, "order": False, "unsafe_hash": False,
        "frozen": False, "match_args": True, "kw_only": False, "slots": False,
        "weakref_slot": False,
    }  # fmt: skip
    options.update(params)
    return ORIGINAL(make(), **options), FAST(make(), **options)


def _factory() -> list[int]:
    return [1]


def plain() -> type:
    class Plain:
        """A record."""

        name: str
        size: int = 3
        tags: list[int] = dataclasses.field(default_factory=_factory)
        note: str = dataclasses.field(default="", compare=False)
        hidden: int = dataclasses.field(default=0, repr=False)

    return Plain


def with_self() -> type:
    class WithSelf:
        """A field named self: __init__ takes __dataclass_self__."""

        self: int
        other: str = "x"

    return WithSelf


def empty() -> type:
    class Empty:
        """No fields."""

    return Empty


def factory_only() -> type:
    class FactoryOnly:
        """Only a factory (the class attribute is removed)."""

        items: list[str] = dataclasses.field(default_factory=list)

    return FactoryOnly


@needs_311
@pytest.mark.parametrize("make", [plain, with_self, empty, factory_only])
@pytest.mark.parametrize("frozen", [False, True])
@pytest.mark.parametrize("slots", [False, True])
def test_same_class_as_python(make: Any, frozen: bool, slots: bool) -> None:
    theirs, ours = both(make, frozen=frozen, slots=slots)
    assert describe(ours) == describe(theirs)


@needs_311
def test_same_behaviour() -> None:
    theirs, ours = both(plain, frozen=True, slots=True)
    for cls in (theirs, ours):
        made = cls("a")
        assert repr(made).endswith(".Plain(name='a', size=3, tags=[1], note='')")
        assert made == cls("a", note="other")
        assert hash(cls("a", tags=())) == hash(cls("a", tags=(), note="other"))
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.name = "b"
        assert dataclasses.replace(made, size=4).size == 4
        assert dataclasses.asdict(made)["tags"] == [1]
        assert cls.__match_args__ == ("name", "size", "tags", "note", "hidden")


def classvar_field() -> type:
    class WithClassVar:
        """A ClassVar is not a field."""

        kind: ClassVar[str] = "k"
        name: str = "n"

    return WithClassVar


def initvar_field() -> type:
    class WithInitVar:
        """An InitVar goes to __post_init__."""

        seed: dataclasses.InitVar[int]
        name: str = "n"

        def __post_init__(self, seed: int) -> None:
            self.name = f"n{seed}"

    return WithInitVar


def no_doc() -> type:
    class NoDoc:
        name: str = "n"

    return NoDoc


def own_repr() -> type:
    class OwnRepr:
        """It writes its own __repr__."""

        name: str = "n"

        def __repr__(self) -> str:
            return "mine"

    return OwnRepr


def mutable_default() -> type:
    class Mutable:
        """A list default: Python's own ValueError."""

        items: list[int] = []  # noqa: RUF012

    return Mutable


def misordered() -> type:
    class Misordered:
        """A field without a default after one with: Python's own TypeError."""

        a: int = 1
        b: int  # type: ignore[misc]

    return Misordered


@needs_311
@pytest.mark.parametrize("make", [classvar_field, initvar_field, no_doc, own_repr])
def test_other_kinds_go_to_python(make: Any) -> None:
    """Classes outside the fast maker's kind are made by Python's own function (the
    same class, whatever they hold)."""
    theirs, ours = both(make, frozen=False)
    assert describe(ours) == describe(theirs)


@needs_311
def test_order_and_hash_options_go_to_python() -> None:
    theirs, ours = both(plain, order=True, unsafe_hash=True)
    assert describe(ours) == describe(theirs)
    assert ours("a") < ours("b")


@needs_311
@pytest.mark.parametrize("make", [mutable_default, misordered])
def test_errors_are_pythons(make: Any) -> None:
    with pytest.raises((ValueError, TypeError)) as theirs:
        ORIGINAL(make(), True, True, True, False, False, False, True, False, False, False)
    with pytest.raises(type(theirs.value)) as ours:
        FAST(make(), True, True, True, False, False, False, True, False, False, False)
    assert str(ours.value) == str(theirs.value)


ALL_CLASSES = r"""
import dataclasses, importlib, json, pkgutil, sys
sys.path.insert(0, {tests!r})
from test_dataclassfast import describe
if {fast!r}:
    from disclint import dataclassfast
    dataclassfast.install()
import disclint, disclint.rules
names = ["disclint." + m.name for m in pkgutil.walk_packages(disclint.__path__, "")]
names += [m.name for m in pkgutil.walk_packages(disclint.rules.__path__, "disclint.rules.")]
seen = {{}}
for name in sorted(set(names)):
    if name.endswith(("__main__", "lark_tables")):
        continue
    module = importlib.import_module(name)
    for value in list(vars(module).values()):
        if isinstance(value, type) and "__dataclass_fields__" in vars(value) \
                and value.__module__ == name:
            seen[f"{{name}}.{{value.__qualname__}}"] = describe(value)
print(json.dumps(seen, sort_keys=True, default=str))
"""


@needs_311
def test_every_disclint_dataclass_is_the_same() -> None:
    """Every dataclass disclint defines, made with and without the fast maker (two
    processes, every module imported), is the same class."""
    from pathlib import Path

    tests = str(Path(__file__).parent)
    found = []
    for fast in (False, True):
        script = ALL_CLASSES.format(tests=tests, fast=fast)
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        found.append(json.loads(done.stdout))
    assert len(found[0]) > 100
    assert found[1] == found[0]
