"""benchmarks/section_anomalies.py flags a section by its structure: a long About, a card
line inside a legend, a nameless card with a person's line; the company's channels under
"Connect with us:" are the About's own. Releases written for the test."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import section_anomalies

_OPENING = (
    "# Quellon Robotics Opens a Plant\n\n"
    "DAYTON, OH - May 4, 2025 (NEWMEDIAWIRE) - Quellon Robotics, Inc. today opened a plant.\n\n"
)


def flags(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    return section_anomalies.scan(path)


def test_a_long_about_is_flagged(tmp_path: Path) -> None:
    about = "About Quellon Robotics\n\n" + "".join(
        f"Quellon Robotics runs plant number {n} in Ohio, which builds robots.\n\n"
        for n in range(1, 8)
    )
    assert "about:long(7)" in flags(tmp_path, _OPENING + about)


def test_the_abouts_channels_under_the_social_label_are_not_counted(tmp_path: Path) -> None:
    about = (
        "About Quellon Robotics\n\nQuellon Robotics designs warehouse robots for grocers.\n\n"
        "Connect with us:\n\nX - https://x.example/quellon\n\nEmail: ir@quellon.example\n\n"
        "LinkedIn - https://linkedin.example/quellon\n\nYouTube - https://yt.example/quellon\n\n"
        "Instagram - https://ig.example/quellon\n"
    )
    assert flags(tmp_path, _OPENING + about) == []


def test_a_nameless_card_with_a_persons_line() -> None:
    card = SimpleNamespace(names=[], text="Media Contact:\nJane Roe, Vice President\n555-0100")
    assert section_anomalies.nameless_card(card)
    desk = SimpleNamespace(names=[], text="Media Contact:\nInvestor Relations\n555-0100")
    assert not section_anomalies.nameless_card(desk)


def test_source_kinds() -> None:
    assert section_anomalies.source_kind(Path("a.htm")) == "edgar_html"
    assert section_anomalies.source_kind(Path("a.txt")) == "edgar_text"
    assert section_anomalies.source_kind(Path("a.md")) == "wire"
