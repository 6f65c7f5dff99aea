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

from disclint.api import RuleContext
from disclint.model import Element
from disclint.ruledata import compiled, load_rule_data


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


def pieces(ctx: RuleContext) -> Iterator[Piece]:
    """Every block of the release with its section, in document order."""
    release = ctx.release
    for paragraph in release.paragraphs():
        yield Piece(release.section_at(paragraph.span.text_start) or "body", paragraph)


def region_names() -> dict[str, list[str]]:
    """Each U.S. state's and Canadian province's code with its names (``OR``: Oregon, Ore.)."""
    data = places()
    return {**data["us_states"], **data["ca_provinces"]}


def region_of(text: str) -> str | None:
    """The state or province code a dateline's region names ("OR", "Ore.", "Oregon")."""
    wanted = text.strip().rstrip(",").casefold()
    for code, names in region_names().items():
        if wanted == code.casefold() or wanted in (n.casefold() for n in names):
            return code
    return None


@cache
def region_pattern(code: str) -> re.Pattern[str]:
    """Where a text names a state or province: its names, or its code after a comma
    (capitals only: ", or" is not Oregon; "Washington, D.C." is not Washington state)."""
    names = "|".join(re.escape(n) for n in region_names()[code])
    return re.compile(rf"(?<![\w.])(?:{names})(?!\w)(?!,?\s*D\.?C\b)|,\s*{code}\b(?![.\w])")
