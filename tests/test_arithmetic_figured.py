"""The NUM family's release gate: a release without a figure (no quantity but dates and
periods, no table: ``Relations.figured``) is not read by the claim readers, and their
modules are not imported. The gate must change no finding: the gated and the ungated runs
(``figured`` forced true) of the fixtures, the examples, the seed, every NUM rule's own
examples and texts whose only numbers are words or counts of a noun give the same
findings. Invented issuers and figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from disclint.api import Finding
from disclint.engine import Engine, RunOptions
from disclint.readers import read_bytes, read_path
from disclint.rules.arithmetic import RULES
from disclint.rules.arithmetic.claims import Relations
from tests.conftest import EXAMPLES, FIXTURES, SEED
from tests.test_arithmetic_gates import HEAD, _relations

_CONFIG_TARGET = Path(__file__).parent

#: Releases whose only numbers are not quantities: the readers of such numbers (a split's
#: ratio in words, the counts of a unit noun) still run on them.
UNFIGURED = [
    HEAD + "Quillon named Jane Roe chief executive officer, effective today.\n",
    HEAD + "The board approved a reverse split: one new share for every ten shares held. "
    "Holders will receive one new share for every twenty shares held.\n",
    HEAD + "The chain operates a total of 1,000 stores, consisting of 600 stores in Ohio "
    "and 500 stores in Texas.\n",
    HEAD + "Quillon opened 12 offices in 2025, the third quarter of its fiscal year.\n",
]


def _findings(source_texts: list[tuple[str, bytes]]) -> list[list[Finding]]:
    engine = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))
    found = []
    for name, data in source_texts:
        fmt = "md" if name.endswith(".md") else "txt"
        found.append(engine.check_source(read_bytes(data, name, fmt=fmt), _CONFIG_TARGET).findings)
    return found


def _paths() -> list[Path]:
    paths = [p for p in sorted(FIXTURES.rglob("*")) if p.is_file()]
    paths += [p for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".txt", ".md", ".html")]
    paths += [p for p in sorted(EXAMPLES.iterdir()) if p.suffix == ".docx"]
    return [*paths, *([SEED] if SEED.exists() else [])]


def _texts() -> list[tuple[str, bytes]]:
    texts = [(f"unfigured{i}.txt", t.encode("utf-8")) for i, t in enumerate(UNFIGURED)]
    for rule in RULES:
        for n, pair in enumerate(rule.examples):
            for m, text in enumerate(pair):
                texts.append((f"{rule.code}-{n}-{m}.txt", (HEAD + text + "\n").encode("utf-8")))
    return texts


def _run_paths() -> list[list[Finding]]:
    engine = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))
    return [engine.check_source(read_path(path), _CONFIG_TARGET).findings for path in _paths()]


def _force(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Relations, "figured", property(lambda self: True))


def _keys(runs: list[list[Finding]]) -> list[list[tuple[object, ...]]]:
    return [
        [(f.code, f.start, f.end, f.severity.value, f.message) for f in findings]
        for findings in runs
    ]


def test_the_gate_changes_no_finding_of_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _run_paths()
    _force(monkeypatch)
    ungated = _run_paths()
    assert _keys(gated) == _keys(ungated)
    assert any(gated)  # the examples and the seed have NUM findings to compare


def test_the_gate_changes_no_finding_of_the_rule_examples_and_unfigured_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _texts()
    gated = _findings(texts)
    _force(monkeypatch)
    ungated = _findings(texts)
    assert _keys(gated) == _keys(ungated)
    by_name = dict(zip((name for name, _ in texts), gated, strict=True))
    # counts of a unit noun are no quantity, and a list of them is still added up
    assert [f.code for f in by_name["unfigured2.txt"]] == ["NUM014"]


@pytest.mark.parametrize("text", UNFIGURED)
def test_a_release_of_words_dates_and_counts_is_not_figured(text: str) -> None:
    assert not _relations(text).figured


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Revenue grew 12% in the quarter.\n",
        HEAD + "The company sold 1,000,000 shares.\n",
        HEAD + "| Item | 2025 |\n| --- | --- |\n| Units | 12 |\n",
    ],
)
def test_a_release_with_a_figure_or_a_table_is_figured(text: str) -> None:
    source = read_bytes(text.encode("utf-8"), "release.md", fmt="md")
    from disclint.facts import Facts
    from disclint.parse import parse_source
    from disclint.rules.arithmetic.claims import relations_for

    assert relations_for(Facts(parse_source(source))).figured


def test_an_unfigured_release_imports_no_claim_reader(tmp_path: Path) -> None:
    """The readers the NUM rules import when they run are not imported for a release
    without a figure (a fresh process: this one has imported them all)."""
    release = tmp_path / "appointment.txt"
    release.write_text(UNFIGURED[0], encoding="utf-8")
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from disclint.engine import Engine, RunOptions\n"
        "from disclint.readers import read_path\n"
        "engine = Engine(RunOptions(select=['NUM'], entry_points=False, isolated=True))\n"
        f"engine.check_source(read_path({str(release)!r}), Path({str(tmp_path)!r}))\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('disclint.rules.'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    loaded = set(done.stdout.split())
    assert "disclint.rules.arithmetic.checks" in loaded
    for reader in [
        "label_links",
        "restated",
        "measures_text",
        "share_ledger",
        "eps_text",
        "parts_lists",
        "named_parts",
        "table_label_changes",
    ]:
        assert f"disclint.rules.arithmetic.{reader}" not in loaded
