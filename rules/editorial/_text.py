"""What the editorial rules share: the family's word lists and the places of a release.

Private to the EDT family (``rules/editorial``); the vocabulary itself is data in
``rules/data/edt_*.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from disclint.api import Element, RuleContext, compiled, fold, load_rule_data, squeeze


def placeholders() -> dict[str, Any]:
    """``rules/data/edt_placeholders.toml``: template leftovers and drafting notes."""
    return load_rule_data("edt_placeholders")


def places() -> dict[str, Any]:
    """``rules/data/edt_places.toml``: states, provinces, countries and cities."""
    return load_rule_data("edt_places")


def case_sensitive(pattern: str) -> re.Pattern[str]:
    """A data-file pattern that only means what it says in capitals ("DRAFT", "TBD")."""
    return _case_sensitive(pattern)


@cache
def _case_sensitive(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.MULTILINE)


def any_of_lines(patterns: list[str]) -> re.Pattern[str]:
    """A case-insensitive alternation whose ``^``/``$`` anchor at line ends."""
    return compiled("(?m)" + "|".join(f"(?:{p})" for p in patterns))


@dataclass(frozen=True)
class Piece:
    """A located text of the release the family reads: ``kind`` is its section."""

    kind: str
    element: Element

    @property
    def start(self) -> int:
        return self.element.span.text_start

    @property
    def text(self) -> str:
        return self.element.text

    @property
    def where(self) -> str:
        """The section as a message names it ("forward-looking", "about")."""
        return self.kind.replace("_", "-")


def pieces(ctx: RuleContext) -> Iterator[Piece]:
    """Every block of the release with its section, About headings included, in document
    order: listed once a release (three rules of the family read them)."""
    return iter(ctx.facts.memo("editorial.pieces", lambda: _pieces(ctx)))


def _pieces(ctx: RuleContext) -> tuple[Piece, ...]:
    release = ctx.release
    blocks: list[Element] = [*release.paragraphs(), *(a.heading for a in release.about)]
    return tuple(
        Piece(release.section_at(block.span.text_start) or "body", block)
        for block in sorted(blocks, key=lambda b: b.span.text_start)
    )


def region_names() -> dict[str, list[str]]:
    """Each U.S. state's and Canadian province's code with its names (``OR``: Oregon, Ore.)."""
    data = places()
    return {**data["us_states"], **data["ca_provinces"]}


def region_of(text: str) -> str | None:
    """The state or province code a dateline's region names ("OR", "Ore.", "Oregon")."""
    wanted = text.strip().rstrip(",").casefold()
    bare = wanted.rstrip(".")  # "OH." at the end of a sentence; "Ore." is a name itself
    for code, names in region_names().items():
        written = {n.casefold() for n in names}
        if wanted in written or bare == code.casefold() or bare in written:
            return code
    return None


@cache
def region_pattern(code: str) -> re.Pattern[str]:
    """Where a text names a state or province: its names, or its code after a comma
    (capitals only: ", or" is not Oregon; "Washington, D.C." is not Washington state)."""
    names = "|".join(re.escape(n) for n in region_names()[code])
    return re.compile(rf"(?<![\w.])(?:{names})(?!\w)(?!,?\s*D\.?C\b)|,\s*{code}\b(?![.\w])")


def countries_named(text: str) -> set[str]:
    """The region codes of the countries a text names, by country, adjective, capital, or
    a U.S. state or Canadian province ("Falmouth, Maine" names the United States).

    Each place's pattern runs only when one of its names occurs in the text as a plain
    substring, case folded (a necessary condition for a match, tested in C): most texts
    name few places, so most of the ~130 patterns are never run."""
    folded = fold(text)
    found = {
        code
        for code, (keys, pattern) in _country_patterns().items()
        if any(map(folded.__contains__, keys)) and pattern.search(text)
    }
    data = places()
    for table, country in (("us_states", "US"), ("ca_provinces", "CA")):
        if country not in found and any(
            _region_may_match(code, text, folded) and region_pattern(code).search(text)
            for code in data[table]
        ):
            found.add(country)
    return found


def _region_may_match(code: str, text: str, folded: str) -> bool:
    """Whether ``region_pattern(code)`` can match: one of the region's names occurs, folded,
    or its code does, as written."""
    return code in text or any(map(folded.__contains__, _region_keys(code)))


@cache
def _region_keys(code: str) -> tuple[str, ...]:
    return tuple(fold(name) for name in region_names()[code])


@cache
def _country_patterns() -> dict[str, tuple[tuple[str, ...], re.Pattern[str]]]:
    """Long names in any case ("UNITED ARAB EMIRATES" in a dateline); short ones and
    abbreviations as written ("US", not "us"). Each with its names folded, the
    substrings one of which a text must contain for the pattern to match."""
    patterns: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {}
    for code, names in places()["countries"].items():
        exact = [re.escape(n) for n in names if len(n) < 5 or n.isupper()]
        loose = [re.escape(n) for n in names if not (len(n) < 5 or n.isupper())]
        alternatives = [f"(?:{'|'.join(exact)})"] if exact else []
        if loose:
            alternatives.append(f"(?i:{'|'.join(loose)})")
        keys = tuple(fold(n) for n in names)
        patterns[code] = (
            keys,
            re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?!\w)"),
        )
    return patterns


def place_country(place: str) -> str | None:
    """The country of a dateline's place ("DUBAI, UAE", "PORTLAND, Ore.", "Toronto")."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    for part in reversed(parts):
        code = region_of(part)
        if code is not None:
            return "CA" if code in places()["ca_provinces"] else "US"
        named = countries_named(part)
        if len(named) == 1:
            return next(iter(named))
    city = parts[0].title() if parts else ""
    for table in ("major_cities", "ambiguous_cities"):
        regions = places()[table].get(city)
        if regions:
            countries = {"CA" if r in places()["ca_provinces"] else "US" for r in regions}
            return next(iter(countries)) if len(countries) == 1 else None
    return None


def names_domain(name: str, label: str) -> bool:
    """Whether a domain's name plausibly belongs to an organisation's name: one contains
    the other, they share a long prefix, or the domain starts with the name's initials
    ("Sector SPDRs" and "sectorspdrs"; "International Business Machines" and "ibm")."""
    squeezed, label = squeeze(name), squeeze(label)
    if len(squeezed) < 3 or len(label) < 2:
        return False
    if squeezed in label or label in squeezed:
        return True
    prefix = min(len(label), len(squeezed), 5)
    if prefix >= 4 and squeezed[:prefix] == label[:prefix]:
        return True
    words = [w for w in re.split(r"[\s\-&,.]+", name) if w and w[0].isalnum()]
    initials = "".join(w[0] for w in words).casefold()
    if (len(initials) >= 2 and label.startswith(initials)) or (
        len(initials) >= 3 and initials in label
    ):
        return True
    return any(len(w) >= 4 and squeeze(w) in label for w in words)


@cache
def placed_in(code: str) -> re.Pattern[str]:
    """A place written with a state or province ("Falmouth, Maine", "Bangor, ME")."""
    names = "|".join(re.escape(n) for n in region_names()[code])
    return re.compile(rf"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*(?:{names}|{code}\b(?!\.\w))(?!\w)")
