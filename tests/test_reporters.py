"""Every output format reports the seed's stray markup at its real line and column."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from disclint.checking import CheckRequest
from tests.conftest import SEED, needs
from tests.engine_helpers import run

# (line, column) of the <u>, </u> and four \$ in the seed release.
SEED_PLACES = [(7, 46), (7, 80), (7, 312), (7, 471), (9, 293), (9, 398)]


def _report(fmt: str, paths: list[str], **kwargs: object) -> tuple[int, str]:
    request = CheckRequest(
        paths=paths,
        output_format=fmt,
        select=["HYG"],
        entry_points=False,
        **kwargs,  # type: ignore[arg-type]
    )
    code, out, _ = run(request)
    return code, out


pytestmark = needs(SEED)


def test_text() -> None:
    code, out = _report("text", [str(SEED)])
    assert code == 0  # warnings do not fail by default
    for line, column in SEED_PLACES:
        assert f"ascent-solar-2017-05-30.txt:{line}:{column}: HYG001 warning" in out
    assert "  7 | … -- (Marketwired) -- 05/30/17 -- <u>Ascent Solar" in out
    assert "    |                                   ^^^\n" in out
    assert '= fix (safe): delete "<u>"' in out
    assert "see disclint explain HYG001" in out
    assert out.rstrip().endswith("6 fixable with --fix.")


def test_concise() -> None:
    _, out = _report("concise", [str(SEED)])
    lines = [line for line in out.splitlines() if "HYG001" in line]
    assert [tuple(map(int, line.split(":")[1:3])) for line in lines] == SEED_PLACES


def test_json() -> None:
    _, out = _report("json", [str(SEED)])
    payload = json.loads(out)
    assert payload["schema"] == 1
    findings = payload["files"][0]["findings"]
    assert [(f["start"]["line"], f["start"]["column"]) for f in findings] == SEED_PLACES
    first = findings[0]
    assert first["end"] == {"line": 7, "column": 49, "offset": 139}
    assert first["section"] == "body"
    assert first["fix"]["applicability"] == "safe"
    assert first["fingerprint"] and first["evidence"]
    assert payload["summary"]["by_severity"] == {"error": 0, "warning": 6, "info": 0}


def test_sarif_is_valid_2_1_0() -> None:
    from sarif_pydantic import Sarif

    _, out = _report("sarif", [str(SEED)])
    log = json.loads(out)
    Sarif.model_validate(log)  # typed SARIF 2.1.0 model
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    [run_] = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "disclint"
    assert [r["id"] for r in driver["rules"]] == ["HYG001"]
    rule = driver["rules"][0]
    assert rule["shortDescription"]["text"] and rule["help"]["markdown"]
    assert rule["defaultConfiguration"]["level"] == "warning"
    assert run_["columnKind"] == "unicodeCodePoints"
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in run_["results"]]
    assert [(r["startLine"], r["startColumn"]) for r in regions] == SEED_PLACES
    for result in run_["results"]:
        assert result["ruleId"] == "HYG001" and result["ruleIndex"] == 0
        assert result["level"] in {"error", "warning", "note"}
        assert result["partialFingerprints"]["disclint/v1"]
        assert result["message"]["text"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith("/")


def test_github_annotations() -> None:
    _, out = _report("github", [str(SEED)])
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    assert len(annotations) == 6
    assert annotations[0].startswith("::warning file=")
    assert ",line=7,col=46,endLine=7,endColumn=49,title=HYG001 stray-markup::" in annotations[0]


def test_junit(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("A clean release.\n", encoding="utf-8")
    _, out = _report("junit", [str(SEED), str(clean)], fail_on="warning")
    root = ET.fromstring(out)
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    cases = suite.findall("testcase")
    failure = cases[0].find("failure")
    assert failure is not None and failure.text is not None
    assert "7:46 HYG001 warning" in failure.text
    assert cases[1].find("failure") is None


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "sarif", "github", "junit"])
def test_output_file(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"report.{fmt}"
    _, out = _report(fmt, [str(SEED)], output=target)
    assert out == ""
    assert target.read_text(encoding="utf-8").strip()
