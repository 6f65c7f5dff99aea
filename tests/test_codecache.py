"""The dataclass code cache makes classes that behave exactly as Python's own."""

from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import dataclasses, typing
from disclint import codecache
from disclint.grammars import cache_dir
codecache.install(cache_dir())
installed = dataclasses.__dict__.get("exec") is codecache._exec
installed = installed and typing.__dict__.get("compile") is codecache._compile

@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)

@dataclasses.dataclass(slots=True)
class Slotted:
    name: str
    size: "int" = 3

p = Point(1, 2)
try:
    p.x = 5
    frozen = "no"
except dataclasses.FrozenInstanceError as exc:
    frozen = type(exc).__name__
s = Slotted("a")
s.size = 4
print(codecache._added, installed)
print(repr(p), p == Point(1, 2, ["x"]), p < Point(1, 3), hash(p) == hash(Point(1, 2)), frozen)
init = Point.__init__
print(repr(s), Slotted.__slots__, init.__annotations__, init.__code__.co_filename)
ref = typing.ForwardRef("dict[str, list[int]] | None")
try:
    typing.ForwardRef("not an expression(")
    refused = "no"
except SyntaxError as exc:
    refused = str(exc)
print(eval(ref.__forward_code__), ref.__forward_code__.co_filename, refused)
print(typing.get_type_hints(Slotted), typing.get_type_hints(Point))
"""


def _run(cache: Path) -> list[str]:
    env = {"DISCLINT_CACHE_DIR": str(cache), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.splitlines()


def _plain() -> list[str]:
    """The same classes made by Python's own compiler (no cache installed)."""
    script = SCRIPT.replace("codecache.install(cache_dir())", "")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return result.stdout.splitlines()


def test_cached_dataclasses_behave_like_fresh_ones(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first[0] == f"{first[0].split()[0]} True" and first[0] != "0 True"  # compiled, kept
    assert list(tmp_path.glob("code-*.marshal"))
    second = _run(tmp_path)
    assert second[0] == "0 True"  # every method served from the cache
    assert first[1:] == second[1:] == _plain()[1:]
    assert "FrozenInstanceError" in first[1] and "<string>" in first[2]
    assert "dict[str, list[int]] | None <string> Forward reference must be" in first[3]


def test_a_corrupt_cache_file_is_ignored(tmp_path: Path) -> None:
    expected = _run(tmp_path)[1:]
    for file in tmp_path.glob("code-*.marshal"):
        file.write_bytes(b"\x00garbage")
    assert _run(tmp_path)[1:] == expected


def test_only_code_objects_are_taken_from_the_file(tmp_path: Path) -> None:
    expected = _run(tmp_path)[1:]
    (store,) = tmp_path.glob("code-*.marshal")
    entries = marshal.loads(store.read_bytes())
    store.write_bytes(marshal.dumps(dict.fromkeys(entries, "not code")))
    assert _run(tmp_path)[1:] == expected


def test_read_marshal_reads_what_marshal_wrote(tmp_path: Path) -> None:
    """The caches are unmarshalled from a mapping of their file: the same objects as
    ``marshal.loads`` of its bytes; an empty file is a ``ValueError`` and a missing one an
    ``OSError`` (what the callers treat as "no cache"), a truncated one ``marshal``'s own
    error."""
    import marshal

    from disclint.codecache import read_marshal

    data = {"eval": (1, 2.5, "x" * 5000, b"\x00\xff", None), ("k", 3): frozenset({"a"})}
    path = tmp_path / "store.marshal"
    path.write_bytes(marshal.dumps(data))
    assert read_marshal(path) == data
    (tmp_path / "empty.marshal").write_bytes(b"")
    with pytest.raises(ValueError):
        read_marshal(tmp_path / "empty.marshal")
    with pytest.raises(OSError):
        read_marshal(tmp_path / "missing.marshal")
    (tmp_path / "cut.marshal").write_bytes(marshal.dumps(data)[:100])
    with pytest.raises((EOFError, ValueError)):
        read_marshal(tmp_path / "cut.marshal")


IS_TYPE_SCRIPT = r"""
import dataclasses, sys, types, typing
original = dataclasses._is_type
from disclint import codecache
from disclint.grammars import cache_dir
codecache.install(cache_dir())
print("replaced", dataclasses._is_type is not original)

home = types.ModuleType("fake_home")
home.__dict__.update(
    typing=typing, dataclasses=dataclasses, ClassVar=typing.ClassVar, CV=typing.ClassVar,
    InitVar=dataclasses.InitVar, IV=dataclasses.InitVar, KW_ONLY=dataclasses.KW_ONLY,
    t=typing, dc=dataclasses, int=int,
)
sys.modules["fake_home"] = home
cls = type("Holder", (), {"__module__": "fake_home"})
texts = [
    "int", "str | None", "ClassVar[int]", "CV[int]", "typing.ClassVar[int]", "t.ClassVar",
    " typing . ClassVar[int]", "InitVar[str]", "IV", "dataclasses.InitVar[int]",
    "dc.InitVar", "KW_ONLY", "dc.KW_ONLY", "typing.Any", "other.ClassVar", "", "[int]",
    "ClassVar", "ClassVar[int]",
]
checks = [
    (typing, typing.ClassVar, dataclasses._is_classvar),
    (dataclasses, dataclasses.InitVar, dataclasses._is_initvar),
    (dataclasses, dataclasses.KW_ONLY, dataclasses._is_kw_only),
]
answers = [
    (original(text, cls, *check), dataclasses._is_type(text, cls, *check))
    for text in texts for check in checks
]
print("same", all(a == b and type(a) is type(b) for a, b in answers), sum(a for a, _ in answers))

@dataclasses.dataclass
class Uses:
    __module__ = "fake_home"
    a: "int"
    b: "CV[int]" = 1
    c: "typing.ClassVar[str]" = "x"
    d: "IV[int]" = 0
    _: "dc.KW_ONLY"
    e: "int" = 2

print([f.name for f in dataclasses.fields(Uses)], Uses(1, 5, e=3))
"""


def test_the_remembered_annotation_parse_answers_as_python_does(tmp_path: Path) -> None:
    """``_is_type`` with its parse remembered gives Python's answer for every kind of
    annotation text (plain, aliased, module-qualified, ClassVar, InitVar, KW_ONLY), twice
    for the same text, and the classes made with it have the same fields."""
    env = {"DISCLINT_CACHE_DIR": str(tmp_path), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", IS_TYPE_SCRIPT], capture_output=True, text=True, env=env, check=True
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "replaced True"
    assert lines[1].startswith("same True ")
    assert int(lines[1].split()[-1]) >= 10  # the texts that are one of the three kinds
    assert lines[2] == "['a', 'e'] Uses(a=1, e=3)"
