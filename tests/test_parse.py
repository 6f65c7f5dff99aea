"""Parsing releases into sections: the seed, the seed-shaped example, and one release in
three formats."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from disclint.model import Release
from disclint.parse import parse_path
from tests.conftest import EXAMPLES, FIXTURES, SEED, needs


def _flat(text: str) -> str:
    return " ".join(text.split())


def summary(release: Release) -> dict[str, Any]:
    """What a reader of the release would call its sections, independent of the format."""
    dateline = release.dateline
    return {
        "front": [(f.kind, _flat(f.text)) for f in release.front],
        "headline": release.headline and _flat(release.headline.text),
        "subheadlines": [_flat(s.text) for s in release.subheadlines],
        "dateline": dateline and (dateline.city, dateline.region, dateline.wire, dateline.date),
        "body": [_flat(p.text) for p in release.body],
        "quotes": [(q.speaker, q.title, q.organisation, _flat(q.text)) for q in release.quotes],
        "about": [(a.subject, [_flat(p.text) for p in a.paragraphs]) for a in release.about],
        "forward_looking": [[_flat(p.text) for p in f.paragraphs] for f in release.forward_looking],
        "contacts": [
            (c.label, c.names, [e.text for e in c.emails], [p.text for p in c.phones])
            for c in release.contacts
        ],
        "source_line": release.source_line and release.source_line.text,
        "end_mark": release.end_mark and release.end_mark.text,
    }


@needs(SEED)
def test_seed_sections() -> None:
    release = parse_path(str(SEED))
    assert release.headline is not None
    assert release.headline.text.startswith("Strategic Investor Increases Shareholding")
    assert release.front[0].date == dt.date(2017, 5, 30)
    dateline = release.dateline
    assert dateline is not None
    assert (dateline.city, dateline.region, dateline.wire, dateline.date) == (
        "THORNTON",
        "CO",
        "Marketwired",
        dt.date(2017, 5, 30),
    )
    assert (dateline.span.start.line, dateline.span.start.column) == (7, 1)
    speakers = [(q.speaker, q.title, q.organisation) for q in release.quotes]
    assert speakers == [
        ("Song Liang", "Chairman and Founder", "Boone Group"),
        ("Song Liang", "Chairman and Founder", "Boone Group"),
        ("Victor Lee", "President and CEO", "Ascent Solar"),
    ]
    assert [a.subject for a in release.about] == ["Ascent Solar Technologies"]
    [fls] = release.forward_looking
    assert fls.heading == "Forward-Looking Statements"
    assert fls.paragraphs[0].text.startswith("Statements in this press release")
    [contact] = release.contacts
    assert contact.label == "Investor Relations"
    assert contact.names == ["Adam Holdsworth"]
    assert contact.organisations == ["Ascent Solar Technologies"]
    assert [e.text for e in contact.emails] == ["adamh@pcgadvisory.com"]
    assert [p.text for p in contact.phones] == ["+1-646-862-4607"]
    assert (contact.emails[0].span.start.line, contact.emails[0].span.start.column) == (23, 62)
    assert release.source_line is not None
    assert release.end_mark is None
    assert [_flat(f.text) for f in release.footer] == ["News Provided by Acquire Media"]


def test_same_release_in_three_formats_has_the_same_sections() -> None:
    summaries = {
        ext: summary(parse_path(str(FIXTURES / "same" / f"release.{ext}")))
        for ext in ("txt", "md", "html")
    }
    assert summaries["md"] == summaries["txt"]
    assert summaries["html"] == summaries["txt"]
    text = summaries["txt"]
    assert text["headline"] == "Corvane Robotics Signs Supply Agreement with Delta Harbor Freight"
    assert text["dateline"] == ("DENVER", None, "PRNewswire", dt.date(2025, 3, 4))
    assert text["contacts"] == [
        ("Investor Contact", ["Marcus Bell"], ["ir@corvane-robotics.com"], ["+1 303-555-0147"])
    ]
    assert text["end_mark"] == "###"


@needs(EXAMPLES / "strategic-investor-conversion.txt")
def test_seed_shaped_example_parses_into_the_expected_sections() -> None:
    release = parse_path(str(EXAMPLES / "strategic-investor-conversion.txt"))
    assert [f.kind for f in release.front] == ["date"]
    assert release.headline is not None
    assert release.subheadlines == []
    dateline = release.dateline
    assert dateline is not None
    assert (dateline.city, dateline.region, dateline.wire, dateline.date) == (
        "GOLDEN",
        "CO",
        "Marketwired",
        dt.date(2018, 6, 12),
    )
    assert len(release.quotes) == 3
    first, second, third = release.quotes
    assert first.speaker == second.speaker is not None
    assert first.title is not None and "Chairman" in first.title
    assert third.speaker is not None and third.speaker != first.speaker
    assert third.title is not None and "CEO" in third.title
    assert len(release.about) == 1
    assert len(release.forward_looking) == 1
    [contact] = release.contacts
    assert contact.label == "Investor Relations"
    assert len(contact.names) == 1
    assert len(contact.emails) == 1 and len(contact.phones) == 1
    assert release.source_line is not None
    assert release.end_mark is None


def test_every_element_points_into_the_file() -> None:
    release = parse_path(str(FIXTURES / "same" / "release.md"))
    raw = (FIXTURES / "same" / "release.md").read_text(encoding="utf-8")
    lines = raw.splitlines()
    for quote in release.quotes:
        start = quote.span.start
        assert lines[start.line - 1][start.column - 1 :].startswith(quote.text[:20])
        assert raw[start.offset :].startswith(quote.text[:20])
    assert release.headline is not None
    assert release.headline.span.start.column == 3  # after "# "


@pytest.mark.parametrize("name", ["release.txt", "release.md", "release.html"])
def test_section_at(name: str) -> None:
    release = parse_path(str(FIXTURES / "same" / name))
    quote = release.quotes[0]
    assert release.section_at(quote.span.text_start + 3) == "quote"
    assert release.dateline is not None
    assert release.section_at(release.dateline.span.text_start) == "dateline"
    fls = release.forward_looking[0]
    assert release.section_at(fls.paragraphs[0].span.text_start + 5) == "forward_looking"


def test_fast_construction_matches_pydantic() -> None:
    """The builder's shortcut for spans and elements makes what ``model_construct`` makes."""
    from disclint.model import Element, Span
    from disclint.parse import _construct
    from disclint.source import Position

    at = Position(line=2, column=3, offset=10)
    values = {"start": at, "end": at, "text_start": 4, "text_end": 9}
    fast = _construct(Element, {"text": "Acme", "span": _construct(Span, dict(values))})
    slow = Element.model_construct(text="Acme", span=Span.model_construct(**values))
    assert fast == slow
    assert fast.model_dump() == slow.model_dump()
    assert fast.model_dump_json() == slow.model_dump_json()
