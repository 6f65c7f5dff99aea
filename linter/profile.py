"""The issuer profile: facts about the company that the text alone cannot give a rule.

Kept in the repository's configuration (``[tool.disclint.issuer]``) so that counsel states
them once: legal name, tickers and venues, Exchange Act reporting status, penny-stock
status, shares outstanding and as of when, approved spokespeople, IR contacts. Rules that
need a fact the profile does not give fall back to what the release itself says, and say so.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from disclint.records import Field, Record, validator


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class ConfigTable(Record, extra="forbid", populate_by_name=True, alias_generator=_kebab):
    """A table of the configuration file: unknown keys are errors, keys are kebab-case.

    A light record (``disclint.records``): the defaults need no pydantic; a table a file
    states is validated by the pydantic model of the same declaration."""


class Ticker(ConfigTable):
    """A listing: ``symbol`` on ``venue`` (Nasdaq, NYSE, NYSE American, OTCQB, TSX, ...)."""

    symbol: str
    venue: str


class Person(ConfigTable):
    """An approved spokesperson and the title to use on first mention."""

    name: str
    title: str | None = None


class IRContact(ConfigTable):
    """A contact the release should carry (investor relations, media)."""

    label: str | None = None
    name: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None


class IssuerProfile(ConfigTable):
    """What a repository states about its issuer; every field is optional."""

    name: str | None = None
    short_names: list[str] = Field(default_factory=list)
    tickers: list[Ticker] = Field(default_factory=list)
    reporting_status: Literal["13(a)", "15(d)", "none", "unknown"] = "unknown"
    penny_stock: bool | None = None
    filer_status: list[Literal["SRC", "EGC", "FPI", "WKSI", "large-accelerated", "accelerated"]] = (
        Field(default_factory=list)
    )
    shares_outstanding: int | None = Field(default=None, ge=0)
    shares_outstanding_as_of: dt.date | None = None
    spokespeople: list[Person] = Field(default_factory=list)
    ir_contacts: list[IRContact] = Field(default_factory=list)
    jurisdiction: Literal["US", "CA", "EU", "UK"] = "US"

    @validator("tickers", mode="before")
    @classmethod
    def _tickers_from_strings(cls, value: Any) -> Any:
        """Accept "Nasdaq: ACME" as well as {symbol = "ACME", venue = "Nasdaq"}."""
        if not isinstance(value, list):
            return value
        converted: list[Any] = []
        for item in value:
            if isinstance(item, str):
                venue, sep, symbol = item.partition(":")
                if not sep or not symbol.strip() or not venue.strip():
                    raise ValueError(f'ticker {item!r} should look like "Nasdaq: ACME"')
                converted.append({"symbol": symbol.strip(), "venue": venue.strip()})
            else:
                converted.append(item)
        return converted

    @property
    def names(self) -> list[str]:
        """Every name the issuer goes by, longest first (for matching in text)."""
        names = [n for n in (self.name, *self.short_names) if n]
        return sorted(set(names), key=lambda n: (-len(n), n))
