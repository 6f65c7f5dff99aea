"""Baselines hide recorded findings, survive lines moving, and show new findings."""

from __future__ import annotations

import json
from pathlib import Path

from disclint.checking import CheckRequest
from tests.engine_helpers import MECHANISM_FAMILIES, run

RELEASE = "Headline\n\nAcme <u>Corp</u> announced results.\n\nAbout Acme\n\nAcme makes things.\n"


def _request(tmp_path: Path, **kwargs: object) -> CheckRequest:
    return CheckRequest(
        paths=[str(tmp_path / "r.txt")],
        output_format="json",
        entry_points=False,
        select=list(MECHANISM_FAMILIES),
        **kwargs,
    )  # type: ignore[arg-type]


def test_baseline_hides_old_findings_and_shows_new_ones(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(RELEASE, encoding="utf-8")
    baseline = tmp_path / "disclint-baseline.json"
    code, out, _ = run(_request(tmp_path, write_baseline=baseline))
    assert code == 0
    assert "Recorded 2 finding(s)" in out
    recorded = json.loads(baseline.read_text())
    assert [f["code"] for f in recorded["findings"]] == ["HYG001", "HYG001"]
    assert recorded["findings"][0]["path"] == "r.txt"

    code, out, _ = run(_request(tmp_path, baseline=baseline))
    assert code == 0
    assert json.loads(out)["summary"]["findings"] == 0
    assert json.loads(out)["summary"]["baselined"] == 2

    # Paragraphs added above move the old findings down: they stay hidden.
    release.write_text("New first paragraph.\n\nAnother one.\n\n" + RELEASE, encoding="utf-8")
    code, out, _ = run(_request(tmp_path, baseline=baseline))
    assert json.loads(out)["summary"]["findings"] == 0

    # A new problem is reported.
    release.write_text(RELEASE + "\nA new <b>tag</b>.\n", encoding="utf-8")
    code, out, _ = run(_request(tmp_path, baseline=baseline, fail_on="warning"))
    assert code == 1
    findings = json.loads(out)["files"][0]["findings"]
    assert [f["message"] for f in findings] == [
        'stray HTML tag "<b>" would print literally',
        'stray HTML tag "</b>" would print literally',
    ]


def test_baseline_from_config(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    run(_request(tmp_path, write_baseline=tmp_path / "base.json"))
    (tmp_path / ".disclint.toml").write_text('baseline = "base.json"\n')
    code, out, _ = run(_request(tmp_path, fail_on="warning"))
    assert code == 0
    assert json.loads(out)["summary"]["baselined"] == 2


def test_missing_baseline_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    from disclint.errors import ConfigError

    try:
        run(_request(tmp_path, baseline=tmp_path / "nope.json"))
    except ConfigError as exc:
        assert "nope.json: no such file" in str(exc)
    else:
        raise AssertionError("expected a ConfigError")


def test_stale_entries_reported_and_pruned(tmp_path: Path) -> None:
    release = tmp_path / "r.txt"
    release.write_text(RELEASE, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(RELEASE, encoding="utf-8")
    baseline = tmp_path / "disclint-baseline.json"
    both = CheckRequest(
        paths=[str(release), str(other)],
        output_format="text",
        entry_points=False,
        select=list(MECHANISM_FAMILIES),
        write_baseline=baseline,
    )
    run(both)
    assert len(json.loads(baseline.read_text())["findings"]) == 4
    # one flagged tag fixed: its entry no longer matches anything
    release.write_text(RELEASE.replace("<u>Corp</u>", "Corp"), encoding="utf-8")
    text = {**vars(_request(tmp_path, baseline=baseline)), "output_format": "text"}
    _, out, _ = run(CheckRequest(**text))
    assert "2 baseline entries are stale (fixed or changed): --write-baseline prunes them" in out
    # rewriting from r.txt alone prunes r.txt's stale entries and keeps other.txt's
    _, out, _ = run(_request(tmp_path, write_baseline=baseline))
    assert "Recorded 2 finding(s)" in out and "Pruned 2 stale entries." in out
    recorded = json.loads(baseline.read_text())["findings"]
    assert sorted(r["path"] for r in recorded) == ["other.txt", "other.txt"]
    _, out, _ = run(CheckRequest(**text))
    assert "stale" not in out
