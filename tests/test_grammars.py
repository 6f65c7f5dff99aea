"""The parsers a check uses come from ``disclint.lark_standalone`` (generated from the
grammars by Lark's stand-alone tool, so that a check never imports Lark): they must be the
grammars' parsers, built from the current grammar files, and parse exactly as Lark does."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from disclint import grammars, lark_standalone
from disclint.dateline import DATELINE_WINDOW
from disclint.parse import block_view
from disclint.readers import read_path
from tests.conftest import EXAMPLES, FIXTURES


def _releases() -> list[Path]:
    found = [
        path
        for folder in (EXAMPLES, FIXTURES)
        for path in sorted(folder.rglob("*"))
        if path.suffix in {".txt", ".md", ".html", ".htm", ".docx"}
    ]
    assert len(found) >= 10
    return found


def _shape(node: Any) -> Any:
    """A parse tree as plain values, whichever runtime's ``Tree`` and ``Token`` made it."""
    if hasattr(node, "children"):
        return (str(node.data), [_shape(child) for child in node.children])
    return (node.type, str(node), node.line, node.column, node.start_pos, node.end_pos)


def _parse(parser: Any, text: str) -> Any:
    try:
        return _shape(parser.parse(text))
    except Exception as exc:  # both must refuse the same texts
        return ("refused", type(exc).__name__)


def _inputs() -> dict[str, list[str]]:
    views, openings = [], []
    for path in _releases():
        try:
            source = read_path(path)
        except Exception:
            continue
        views.append(block_view(source))
        for block in source.blocks[:12]:
            text = source.text[block.start : block.end]
            openings.append(text[:DATELINE_WINDOW].replace("\n", " "))
    openings += ["", "ACME – A NEW ERA", "NEW YORK, March 3, 2024 /PRNewswire/ -- Acme"]
    # Block views of made-up releases: every kind of block, in shuffled orders, with the
    # lines the grammar treats specially (front matter, About, legend, contacts, end mark).
    chooser = random.Random(15)
    kinds = ["p", "h1", "h2", "h3", "h6", "li", "tb", "bq"]
    texts = [
        "FOR IMMEDIATE RELEASE",
        "Acme Reports Record Third Quarter Results",
        "NEW YORK, March 3, 2024 /PRNewswire/ -- Acme Corp. today announced results.",
        '"We are pleased," said Jane Doe, Chief Executive Officer.',
        "About Acme",
        "About Acme Corp. Acme makes anvils.",
        "Forward-Looking Statements",
        "This release contains forward-looking statements.",
        "Contacts:",
        "Investor Relations\x1fir@acme.example\x1f+1 212 555 0100",
        "###",
        "Source: Acme Corp.",
        "Revenue | $10.0 million | $8.0 million",
    ]
    for _ in range(300):
        lines = [
            f"{chooser.choice(kinds)} {chooser.choice(texts)}\n"
            for _ in range(chooser.randint(0, 14))
        ]
        views.append("".join(lines))
    return {"release": views, "dateline": openings}


def test_the_module_holds_the_current_grammars() -> None:
    """Regenerate with ``python -m disclint.grammars`` after editing ``grammar/*.lark``."""
    for name in grammars.GRAMMARS:
        assert lark_standalone.GRAMMARS[name] == grammars.grammar_text(name), name


def test_standalone_parsers_parse_as_lark_does() -> None:
    from lark import Lark

    inputs = _inputs()
    assert len(inputs["release"]) > 20
    for name in grammars.GRAMMARS:
        standalone = lark_standalone.load(name)
        built = Lark(grammars.grammar_text(name), **grammars.LARK_OPTIONS)
        for text in inputs[name]:
            assert _parse(standalone, text) == _parse(built, text), (name, text[:80])


def test_an_edited_grammar_is_built_with_lark(monkeypatch: pytest.MonkeyPatch) -> None:
    """A grammar that differs from the one the module was generated from is built with
    Lark and loaded into the same runtime (its trees are the module's ``Tree``)."""
    grammars.load.cache_clear()
    monkeypatch.setattr(lark_standalone, "GRAMMARS", {})
    try:
        parser = grammars.load("dateline")
        tree = parser.parse("NEW YORK, March 3, 2024 /PRNewswire/ -- Acme")
        assert isinstance(tree, lark_standalone.Tree)
        expected = lark_standalone.load("dateline")
        for text in _inputs()["dateline"]:
            assert _parse(parser, text) == _parse(expected, text)
    finally:
        grammars.load.cache_clear()


def test_a_check_does_not_import_lark() -> None:
    import subprocess
    import sys

    seed = FIXTURES / "same" / "release.txt"
    code = (
        "import sys; from disclint.cli import main\n"
        "try:\n"
        f"    main(['check', '--no-cache', '--fail-on', 'never', {str(seed)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert 'lark' not in sys.modules, 'lark imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_the_module_records_the_digests_of_its_runtime_and_tables() -> None:
    """A parser pickled in the cache folder is keyed on these: they must describe the
    module as it is (``python -m disclint.grammars`` writes them)."""
    import ast
    import hashlib

    from disclint import lark_tables

    text = Path(lark_standalone.__file__).read_text(encoding="utf-8")
    first = next(iter(grammars.GRAMMARS)).upper()
    runtime = text.split("\n", 2)[2].split(f"\nGRAMMAR_{first} = ", 1)[0]
    assert hashlib.sha256(runtime.encode()).hexdigest() == lark_standalone.RUNTIME_DIGEST
    for name in grammars.GRAMMARS:
        tables = repr(lark_tables.TABLES[name])
        assert lark_standalone.TABLE_DIGESTS[name] == hashlib.sha256(tables.encode()).hexdigest()
        assert ast.literal_eval(tables) == lark_tables.TABLES[name]


def test_parsers_come_back_from_the_cache_folder_as_they_were_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCLINT_CACHE_DIR", str(tmp_path))
    inputs = _inputs()
    for name in grammars.GRAMMARS:
        built = lark_standalone.load(name)
        first = grammars._pickled(name, lark_standalone)  # builds it and writes the file
        [stored] = tmp_path.glob(f"parser-{name}-*.pickle")

        def no_tables(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("built from the tables again")

        with monkeypatch.context() as patch:
            patch.setattr(lark_standalone, "load", no_tables)
            again = grammars._pickled(name, lark_standalone)
        assert again is not first and isinstance(again, lark_standalone.Lark)
        for text in inputs[name]:
            assert _parse(again, text) == _parse(built, text) == _parse(first, text)
        stored.write_bytes(b"not a pickle")  # a damaged file is rebuilt and rewritten
        assert _parse(grammars._pickled(name, lark_standalone), inputs[name][0]) == _parse(
            built, inputs[name][0]
        )
        assert stored.read_bytes() != b"not a pickle"


def test_a_stored_parser_makes_only_the_runtimes_classes(tmp_path: Path) -> None:
    import io
    import os
    import pickle

    class Intruder:
        def __reduce__(self) -> Any:
            return (os.system, ("echo intruder",))

    _, unpickler = grammars._picklers()
    for payload in (Intruder(), Path("x"), {"a": os}):
        data = io.BytesIO()
        try:
            pickle.dump(payload, data)
        except Exception:
            continue
        data.seek(0)
        with pytest.raises(pickle.UnpicklingError):
            unpickler(data, lark_standalone).load()


def test_no_writable_cache_folder_builds_from_the_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grammars, "cache_dir", lambda: None)
    parser = grammars._pickled("dateline", lark_standalone)
    assert isinstance(parser, lark_standalone.Lark)
    assert not list(tmp_path.iterdir())


def test_a_stored_parser_holds_each_symbol_and_option_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCLINT_CACHE_DIR", str(tmp_path))
    inputs = _inputs()
    for name in grammars.GRAMMARS:
        grammars._pickled(name, lark_standalone)  # builds and writes the file
        stored = grammars._pickled(name, lark_standalone)  # read from the file
        symbols = [s for r in stored.rules for s in (r.origin, *r.expansion)]
        keys = {(type(s), s.name, getattr(s, "filter_out", None)) for s in symbols}
        assert len({id(s) for s in symbols}) == len(keys) < len(symbols)
        options = {id(r.options) for r in stored.rules}
        assert len(options) < len(stored.rules)
        built = lark_standalone.load(name)
        for text in inputs[name]:
            assert _parse(stored, text) == _parse(built, text)


def test_symbols_that_differ_in_any_attribute_stay_apart() -> None:
    rt: Any = lark_standalone
    kept, dropped = rt.Terminal("A", filter_out=False), rt.Terminal("A", filter_out=True)
    origin, again = rt.NonTerminal("x"), rt.NonTerminal("x")
    loud, quiet = rt.RuleOptions(keep_all_tokens=True), rt.RuleOptions()
    rules = [
        rt.Rule(origin, [kept, dropped], options=loud),
        rt.Rule(again, [rt.Terminal("A"), rt.Terminal("A", True)], options=quiet),
    ]

    class Parser:
        pass

    parser = Parser()
    parser.rules = rules  # type: ignore[attr-defined]
    grammars._share_equal_parts(parser, rt)
    first, second = rules
    assert second.origin is first.origin  # "x" twice: one object
    assert second.expansion[0] is first.expansion[0] is kept
    assert second.expansion[1] is first.expansion[1] is dropped
    assert kept is not dropped  # same name, another filter_out: apart
    assert first.options is loud and second.options is quiet  # unequal options: apart


def test_the_runtime_leaves_its_annotations_unevaluated() -> None:
    """``from __future__ import annotations`` opens the generated runtime (a quarter of its
    import was Python building ``typing`` forms no one reads), and parsing is unchanged."""
    import ast

    module = ast.parse(Path(lark_standalone.__file__).read_text(encoding="utf-8"))
    first = module.body[0]
    assert isinstance(first, ast.ImportFrom) and first.module == "__future__"
    assert [alias.name for alias in first.names] == ["annotations"]
    hints = lark_standalone.Tree.__init__.__annotations__
    assert hints and all(isinstance(hint, str) for hint in hints.values())
    tree = lark_standalone.load("dateline").parse("NEW YORK, March 3, 2024 /PRNewswire/ -- Acme")
    assert isinstance(tree, lark_standalone.Tree) and tree.data == "start"
