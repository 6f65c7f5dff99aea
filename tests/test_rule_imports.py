"""Rules import only ``disclint.api``: the architecture's boundary, enforced.

The pipeline is readers -> parse -> facts -> rules -> engine -> report, and a rule reads
the core only through ``disclint.api`` (stable names, loaded on first use), so the core
can change without breaking rule packs and a third-party pack sees what a built-in rule
sees. Nothing else held the boundary, and by session 17 twenty-three rule modules imported
core modules directly. This test walks every ``rules/**/*.py`` and ``examples/**/*.py``
with ``ast`` and fails on any import of ``disclint.X`` other than ``disclint.api`` and
``disclint.rules...``, at any depth: module level, inside functions and classes, under
``if TYPE_CHECKING:``, relative imports resolved against the module's package, and
``importlib.import_module``/``__import__`` with a literal name.

There are no exceptions: the arithmetic family's last six direct imports were converted
when session 17's branches were merged, and the allow-list that held them went with them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Source folders checked, with the package their files belong to (``None``: not a package,
#: so a relative import there cannot reach disclint).
CHECKED = {"rules": "disclint.rules", "examples": None}


def allowed(module: str) -> bool:
    """Whether a rule may import ``module``: the public API or the rule packages."""
    return (
        module == "disclint.api"
        or module == "disclint.rules"
        or module.startswith("disclint.rules.")
    )


def package_of(path: Path, folder: str) -> str | None:
    """The package a source file's relative imports are resolved against."""
    base = CHECKED[folder]
    if base is None:
        return None
    parts = path.relative_to(ROOT / folder).parent.parts
    return ".".join([base, *parts])


def imported(tree: ast.AST, package: str | None) -> list[tuple[int, str]]:
    """Every (line, module) imported anywhere in ``tree``: ``import a.b`` gives ``a.b``,
    ``from a import b`` gives ``a.b`` (``b`` may be a module), a relative import is
    resolved against ``package``, and ``import_module("a.b")`` / ``__import__("a.b")`` with
    a literal argument give ``a.b``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                if package is None:
                    continue
                parents = package.split(".")
                if node.level > 1:
                    parents = parents[: -(node.level - 1)]
                base = ".".join([*parents, *([base] if base else [])])
            for alias in node.names:
                if alias.name == "*" or base != "disclint":
                    found.append((node.lineno, base))
                else:
                    found.append((node.lineno, f"{base}.{alias.name}"))
        elif isinstance(node, ast.Call) and node.args:
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else None
            if isinstance(function, ast.Name):
                name = function.id
            first = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append((node.lineno, first.value))
    return found


def violations(source: str, package: str | None) -> list[tuple[int, str]]:
    """The imports of disclint's core (anything but the API and the rule packages)."""
    return [
        (line, module)
        for line, module in imported(ast.parse(source), package)
        if (module == "disclint" or module.startswith("disclint.")) and not allowed(module)
    ]


def checked_files() -> list[tuple[Path, str]]:
    return [
        (path, folder)
        for folder in CHECKED
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "__pycache__" not in path.parts
    ]


def test_rules_import_only_the_api() -> None:
    problems: list[str] = []
    files = checked_files()
    for path, folder in files:
        relative = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        for line, module in violations(source, package_of(path, folder)):
            problems.append(f"{relative}:{line}: imports {module} (use disclint.api)")
    assert any(p.name == "contacts.py" and f == "rules" for p, f in files)  # the walk ran
    assert not problems, "rules must import only disclint.api:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from disclint.model import Release\n", [(1, "disclint.model")]),
        ("import disclint.standing as s\n", [(1, "disclint.standing")]),
        ("from disclint import api, tables\n", [(1, "disclint.tables")]),
        ("import disclint\n", [(1, "disclint")]),
        ("def f():\n    from disclint.phones import is_valid\n", [(2, "disclint.phones")]),
        (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n"
            "    from disclint.facts import Facts\n",
            [(3, "disclint.facts")],
        ),
        ("class C:\n    def m(self):\n        import disclint.cues\n", [(3, "disclint.cues")]),
        ("from ...quotes import HONORIFIC\n", [(1, "disclint.quotes")]),
        ("from ... import model\n", [(1, "disclint.model")]),
        ("from .. import fls\n", []),
        (
            "import importlib\nimportlib.import_module('disclint.tickers')\n",
            [(2, "disclint.tickers")],
        ),
        ("from disclint.api import rule\nimport disclint.api\nfrom disclint import api\n", []),
        ("from disclint.rules.editorial._text import pieces\nfrom . import _text\n", []),
        ("from ..nongaap.measures import applies\nimport re\nimport disclintx\n", []),
    ],
)
def test_violations_found_at_any_depth(source: str, expected: list[tuple[int, str]]) -> None:
    """The checker itself: each form of import is seen, resolved and judged (a module of
    ``rules/editorial/``, whose package is ``disclint.rules.editorial``)."""
    assert violations(source, "disclint.rules.editorial") == expected
