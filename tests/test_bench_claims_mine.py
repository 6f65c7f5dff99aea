"""The claim miners of ``benchmarks/claims``: ``mine.py`` finds the coincidences a release's
figures make and whether the model read them; ``perturb.py`` rewrites read claims and says
which rewritings the model still reads. Written releases only (no corpus text)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks" / "claims"))

import mine
import perturb

HEAD = (
    "Brindle Corp. Reports Results\n\nDALLAS, Oct. 20, 2026 /PRNewswire/ -- Brindle today "
    "reported. "
)
TAIL = "\n\nAbout Brindle\n\nBrindle Corp. is a company written for a test.\n"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    return path


def _found(path: Path, **kwargs: object) -> dict[str, bool]:
    return {f.relation: f.extracted for f in mine.mine_file(path, **kwargs)}  # type: ignore[arg-type]


def test_a_read_product_and_change_are_mined(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "The Company sold 2,500,000 shares at $4.00 per share for gross proceeds of $10.0 "
        "million. Revenue rose 12.5% to $45.0 million from $40.0 million.",
    )
    found = _found(path)
    assert found["product"] is True
    assert found["change"] is True


def test_an_unread_coincidence_is_listed_as_missed(tmp_path: Path) -> None:
    # a change across two sentences that no cue ties: the arithmetic holds, the model is silent
    path = _write(
        tmp_path, "Revenue was $45.0 million. Last year it came to $40.0 million and grew 12.5%."
    )
    found = mine.mine_file(path)
    assert any(not f.extracted for f in found)


def test_figures_that_do_not_agree_are_no_coincidence(tmp_path: Path) -> None:
    path = _write(tmp_path, "Revenue rose 9.0% to $45.0 million from $40.0 million.")
    assert "change" not in _found(path)


def test_the_null_run_moves_the_stated_figure(tmp_path: Path) -> None:
    path = _write(tmp_path, "Revenue rose 12.5% to $45.0 million from $40.0 million.")
    assert "change" in _found(path)
    assert "change" not in _found(path, factor=mine.NULL_FACTOR)


def test_rewritings_of_a_read_claim_are_tried_and_kept(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "Net sales were $52.4 million, an increase of $6.4 million, or 13.9%, compared to "
        "$46.0 million in the prior-year quarter.",
    )
    results = list(perturb.perturb_file(path, None))
    kinds = {kind for kind, _kept, _where, _text in results}
    assert {"period", "date", "paren", "approx", "trail"} <= kinds
    assert all(kept for kind, kept, _w, _t in results if kind in ("period", "date", "approx"))
