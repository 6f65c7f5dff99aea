"""GitLab Code Quality output, validated against the fields GitLab requires (its documented
report format, written here as a JSON Schema), and the docs link in every format."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from disclint.checking import CheckRequest
from tests.conftest import EXAMPLES
from tests.engine_helpers import run

#: GitLab's Code Quality report format: an array of issues, each with these required fields
#: (docs.gitlab.com, "Code Quality report format"); severity is one of the five listed.
CODE_QUALITY_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1, "not": {"pattern": "^/"}},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}},
                    },
                },
            },
        },
    },
}


def _report(fmt: str, paths: list[str]) -> str:
    _, out, _ = run(CheckRequest(paths=paths, output_format=fmt, entry_points=False))
    return out


def test_examples_validate() -> None:
    issues = json.loads(_report("gitlab", [str(EXAMPLES)]))
    jsonschema.validate(issues, CODE_QUALITY_SCHEMA)
    assert len(issues) >= 20
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints)  # GitLab keeps one issue per print
    severities = {issue["severity"] for issue in issues}
    assert severities <= {"critical", "major", "info"}


def test_fingerprints_survive_lines_moving(tmp_path: Path) -> None:
    text = (EXAMPLES / "offering-flawed.txt").read_text(encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(text, encoding="utf-8")
    before = {
        i["check_name"]: i["fingerprint"] for i in json.loads(_report("gitlab", [str(release)]))
    }
    release.write_text("\n\n" + text, encoding="utf-8")
    after = json.loads(_report("gitlab", [str(release)]))
    assert {i["check_name"]: i["fingerprint"] for i in after} == before
    assert all(i["location"]["lines"]["begin"] > 2 for i in after)


def test_unreadable_file_is_an_issue(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, _ = run(
        CheckRequest(
            paths=[str(tmp_path / "empty.txt")], output_format="gitlab", entry_points=False
        )
    )
    issues = json.loads(out)
    jsonschema.validate(issues, CODE_QUALITY_SCHEMA)
    assert code == 2 and issues[0]["severity"] == "blocker"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab", "junit", "html"])
def test_docs_link_in_every_format(fmt: str, tmp_path: Path) -> None:
    (tmp_path / ".disclint.toml").write_text(
        'docs-url = "https://wiki.example.com/disclint/{code}"\n', encoding="utf-8"
    )
    release = tmp_path / "release.txt"
    release.write_bytes((EXAMPLES / "offering-flawed.txt").read_bytes())
    out = _report(fmt, [str(release)])
    assert "https://wiki.example.com/disclint/NUM001" in out
