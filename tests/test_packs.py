"""Rule packs: built-in, local folder, installed package (entry point), phrase rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from disclint.engine import Engine, RunOptions
from disclint.errors import ConfigError
from disclint.packs import build_registry
from tests.engine_helpers import check_text

PACK_RULE = textwrap.dedent(
    """
    from disclint.api import RuleContext, rule

    @rule(
        code="{code}",
        name="no-tbd",
        family="house",
        severity="error",
        summary="Placeholder text left in a release",
        citation="House style guide, section 4",
    )
    def no_tbd(ctx: RuleContext):
        \"\"\"A release must not go out with TBD in it.\"\"\"
        for paragraph in ctx.release.paragraphs():
            index = paragraph.text.find("TBD")
            if index != -1:
                start = paragraph.span.text_start + index
                yield ctx.finding(start, start + 3, "placeholder TBD left in the text")
    """
)


def test_builtin_pack_loads_through_the_pack_mechanism() -> None:
    registry = build_registry(entry_points=False)
    assert registry.get("HYG001") is not None
    assert registry.get("stray-markup") is registry.get("HYG001")
    assert {r.origin for r in registry if r.code.startswith("HYG")} == {"built-in"}


def test_folder_pack(tmp_path: Path) -> None:
    pack = tmp_path / "compliance" / "rules"
    pack.mkdir(parents=True)
    (pack / "placeholders.py").write_text(PACK_RULE.format(code="ACME001"))
    (pack / "_helpers.py").write_text("raise RuntimeError('private modules are not loaded')\n")
    # EDT002 reports "TBD" too: the house rule is what this test is about.
    config = 'rule-packs = ["compliance/rules"]\nignore = ["EDT002"]\n'
    result = check_text(tmp_path, "Acme Reports Results\n\nRevenue was TBD.\n", config=config)
    [finding] = result.findings
    assert (finding.code, finding.start.line, finding.start.column) == ("ACME001", 3, 13)
    assert finding.citation == "House style guide, section 4"


def test_two_rules_with_one_code_is_a_config_error(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "mine.py").write_text(PACK_RULE.format(code="HYG001"))
    (tmp_path / ".disclint.toml").write_text('rule-packs = ["pack"]\n')
    with pytest.raises(ConfigError, match="two rules have the code HYG001"):
        Engine(RunOptions(entry_points=False)).plan_for(tmp_path / "x.txt")


def test_broken_pack_is_a_config_error(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "broken.py").write_text("import nonexistent_module_xyz\n")
    (tmp_path / ".disclint.toml").write_text('rule-packs = ["pack"]\n')
    with pytest.raises(ConfigError, match=r"broken\.py: ModuleNotFoundError"):
        Engine(RunOptions(entry_points=False)).plan_for(tmp_path / "x.txt")


def test_phrase_rules(tmp_path: Path) -> None:
    config = textwrap.dedent(
        """
        [[phrase-rules]]
        code = "HSE001"
        pattern = "guaranteed returns"
        message = "never promise returns"
        severity = "error"
        sections = ["body", "quote"]

        [[phrase-rules]]
        code = "HSE002"
        pattern = "\\\\bbest[- ]in[- ]class\\\\b"
        regex = true
        message = "unsupported superlative"
        """
    )
    text = (
        "Acme Expands Service\n\nNEW YORK, March 3, 2024 /PRNewswire/ -- "
        "Acme offers Guaranteed Returns and best-in-class service.\n\n"
        "About Acme\n\nAcme offers guaranteed returns.\n"
    )
    result = check_text(tmp_path, text, config=config)
    assert [(f.code, f.section) for f in result.findings] == [
        ("HSE001", "body"),
        ("HSE002", "body"),
    ]
    assert result.findings[0].severity.value == "error"


def test_phrase_rule_bad_regex(tmp_path: Path) -> None:
    (tmp_path / ".disclint.toml").write_text(
        '[[phrase-rules]]\ncode = "HSE001"\npattern = "(unclosed"\nregex = true\nmessage = "x"\n'
    )
    with pytest.raises(ConfigError, match="phrase-rules HSE001"):
        Engine(RunOptions(entry_points=False)).plan_for(tmp_path / "x.txt")


def test_third_party_pack_via_entry_point(tmp_path: Path) -> None:
    """A package installed with an entry point in group disclint.rules is picked up."""
    project = tmp_path / "acme-rules"
    package = project / "acme_disclint_rules"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(PACK_RULE.format(code="ACME002"))
    (project / "pyproject.toml").write_text(
        textwrap.dedent(
            """
            [build-system]
            requires = ["setuptools"]
            build-backend = "setuptools.build_meta"

            [project]
            name = "acme-disclint-rules"
            version = "1.0"

            [project.entry-points."disclint.rules"]
            acme = "acme_disclint_rules"

            [tool.setuptools]
            packages = ["acme_disclint_rules"]
            """
        )
    )
    target = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(project),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    release = tmp_path / "r.txt"
    release.write_text("Headline\n\nRevenue was TBD.\n", encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(target)}
    listing = subprocess.run(
        [sys.executable, "-m", "disclint", "rules", "--format", "json"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        check=False,
    )
    rows = {row["code"]: row for row in json.loads(listing.stdout)}
    assert rows["ACME002"]["origin"].startswith("acme-disclint-rules (entry point acme)")
    checked = subprocess.run(
        [sys.executable, "-m", "disclint", "check", str(release), "--format", "concise"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        check=False,
    )
    assert checked.returncode == 1, checked.stderr
    assert "r.txt:3:13: ACME002 error placeholder TBD left in the text" in checked.stdout


def test_relabelled_rules_are_what_replace_makes() -> None:
    """A built-in rule relabelled with its pack's origin is the rule ``dataclasses.replace``
    makes: equal, of the same type, with the same attributes in the same order."""
    import dataclasses

    from disclint.packs import _with_origin, load_module_pack

    for made in load_module_pack("disclint.rules", "built-in"):
        ours = _with_origin(made, "elsewhere")
        theirs = dataclasses.replace(made, origin="elsewhere")
        assert type(ours) is type(theirs)
        assert ours == theirs
        assert list(vars(ours).items()) == list(vars(theirs).items())
        assert made.origin == "built-in"
