"""The NG rules ask ``scope.applies`` before anything else, and import the measure reader
(``nongaap.measures``) only when the rules apply: a release of an issuer Regulation G does
not bind (no US ticker, not a registrant) does not load it. Invented issuers and figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

_PROGRAM = """\
import sys
from pathlib import Path
from disclint.engine import Engine, RunOptions
from disclint.readers import read_path
engine = Engine(RunOptions(select=["NG"], entry_points=False, isolated=True))
found = engine.check_source(read_path(sys.argv[1]), Path(sys.argv[2])).findings
print(sorted(f.code for f in found), "disclint.rules.nongaap.measures" in sys.modules)
"""

UNBOUND = (
    "AUSTIN, Texas, March 3, 2026 -- Quillon Bakery, a family-owned bakery, today opened "
    "its third shop. Adjusted EBITDA was $1.2 million in 2025.\n"
)
BOUND = (
    "AUSTIN, Texas, March 3, 2026 -- Quillon Sensors, Inc. (NASDAQ: QLSN) today reported "
    "results. Adjusted EBITDA was $1.2 million in 2025.\n"
)


@pytest.mark.parametrize(("text", "loaded"), [(UNBOUND, False), (BOUND, True)])
def test_the_measure_reader_loads_only_when_the_rules_apply(
    tmp_path: Path, text: str, loaded: bool
) -> None:
    release = tmp_path / "release.txt"
    release.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, str(release), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    codes, imported = done.stdout.rsplit(" ", 1)
    assert imported.strip() == str(loaded)
    if loaded:
        assert "NG001" in codes  # read, and the measure without its GAAP pair is reported
    else:
        assert codes == "[]"


def test_the_measure_reader_still_offers_the_context_patterns() -> None:
    from disclint.rules.nongaap import measures, scope

    assert measures.context_pattern is scope.context_pattern
