"""benchmarks/section_ends.py prints, for a reader, each About's and legend's last paragraph
and what follows the section: the next block with its kind and the section it went to, or
the rest of the block when a card ran into the section's last line. Releases written for
the test."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import section_ends

_RELEASE = (
    "# Quellon Robotics Opens a Plant\n\n"
    "DAYTON, OH - May 4, 2025 (NEWMEDIAWIRE) - Quellon Robotics, Inc. today opened a plant.\n\n"
    "## About Quellon Robotics\n\n"
    "Quellon Robotics designs warehouse robots for grocers in twelve states.\n\n"
    "## Forward-Looking Statements\n\n"
    "This release contains forward-looking statements that involve risks and uncertainties. "
    "Quellon undertakes no obligation to update them.\n\n"
    "Media Contact:\n\nJane Roe\n\njane@quellon.example\n"
)


def review(tmp_path: Path, text: str, kinds: set[str] | None = None) -> list[str]:
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    return section_ends.review(path, kinds or {"about", "fls"})


def test_each_section_shows_its_last_paragraph_and_the_block_after_it(tmp_path: Path) -> None:
    lines = review(tmp_path, _RELEASE)
    assert (
        lines[0]
        == "  ABOUT(1) …Quellon Robotics designs warehouse robots for grocers in twelve states."
    )
    assert lines[1].startswith("      next [h2 → forward_looking] Forward-Looking Statements")
    assert lines[2].startswith("  FLS(1) …This release contains")
    assert lines[3] == "      next [p → contacts] Media Contact:"


def test_one_kind_of_section_only(tmp_path: Path) -> None:
    lines = review(tmp_path, _RELEASE, {"fls"})
    assert len(lines) == 2 and lines[0].startswith("  FLS(1)")


def test_a_card_run_into_the_last_line_shows_as_the_rest_of_its_block(tmp_path: Path) -> None:
    text = _RELEASE.split("## Forward")[0].replace(
        "twelve states.", "twelve states. Media Contact: Jane Roe, jane@quellon.example"
    )
    lines = review(tmp_path, text)
    assert (
        lines[1]
        == "      next [same block → contacts] Media Contact: Jane Roe, jane@quellon.example"
    )


def test_the_end_of_the_document(tmp_path: Path) -> None:
    lines = review(tmp_path, _RELEASE.split("## Forward")[0])
    assert lines[1] == "      next [end of document]"
