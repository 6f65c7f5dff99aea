"""The benchmark edits of benchmarks/nongaap_offerings on fictional text: each removes what it
names and nothing else."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks" / "nongaap_offerings"))

from edits import drop_record_date, strip_ma_legend

MERGER = """Acme to Combine with Birch

Acme and Birch signed a merger agreement.

Additional Information and Where to Find It

Acme will file a proxy statement. Stockholders are urged to read the proxy statement.

Participants in the Solicitation

Acme's directors may be participants in the solicitation.

About Acme

Acme makes anvils.
"""


def test_strip_ma_legend_removes_the_sections_and_keeps_the_rest() -> None:
    edited = strip_ma_legend(MERGER)
    assert "urged to read" not in edited and "Where to Find" not in edited
    assert "participants in the solicitation" not in edited
    assert "signed a merger agreement" in edited and "About Acme\n\nAcme makes anvils." in edited


def test_strip_ma_legend_without_heading_drops_the_urging_paragraph() -> None:
    text = "Deal news.\nHolders are urged to read the Schedule TO when filed.\nAbout Acme.\n"
    assert strip_ma_legend(text) == "Deal news.\nAbout Acme.\n"


def test_drop_record_date_after_a_month_abbreviation() -> None:
    text = (
        "The dividend is payable on Jan. 3, 2000 to shareholders of record on Dec. 17, 1999. Next."
    )
    assert drop_record_date(text) == "The dividend is payable on Jan. 3, 2000. Next."


def test_the_authored_pairs_apply_and_are_caught() -> None:
    """The releases written for the benchmark (fictional, ``authored/``): each pair applies,
    the untouched release has no NG/OFF/DISC warning or error, the edited one is caught."""
    import run

    from disclint.engine import Engine, RunOptions

    engine = Engine(RunOptions(select=list(run.FAMILIES), entry_points=False, isolated=True))
    corpus = Path("/nonexistent")  # authored pairs never read the corpus
    pairs = run.load_pairs("authored")
    assert len(pairs) >= 12
    for pair in pairs:
        assert run.problems(corpus, pair) == [], pair["file"]
        category = run.CATEGORIES[pair["edit"]]
        path = run.release_path(corpus, pair)
        raw = path.read_text(encoding="utf-8")
        clean = run._findings(engine, raw, path.suffix, "utf-8")
        assert [f for f in clean if f[1] != "info"] == [], pair["file"]
        found = run._findings(engine, category.apply(raw), path.suffix, "utf-8")
        assert any(code == category.expect and sev != "info" for code, sev, *_ in found), pair
