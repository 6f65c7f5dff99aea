"""ADS counts and prices against the release's one ADS ratio (NUM001): "2,750,000 American
Depositary Shares, each representing five ordinary shares ... The ADSs offered correspond to
13,750,000 ordinary shares", "After closing there will be 566,300,000, equivalent to
28,315,000 ADSs", "$14.40 per ADS, equivalent to $2.88 per ordinary share".

A foreign issuer's release states once how many ordinary shares one American Depositary
Share stands for, often in words, and then converts counts and prices with it. Here the
**ratio** is the release's one stated ratio ("each ADS represents N ordinary shares", "each
representing N ordinary shares" after ADSs, "every ADS stands for N", "N ordinary shares per
ADS"; two different ratios leave none), and each **conversion** is one clause that ties an
ADS figure to an ordinary-share figure by a word of equivalence ("represent", "correspond
to", "equivalent to", "equal to"):

* ADSs -> ordinary shares: ordinary = ADSs x ratio (either written first);
* a price per ADS -> per ordinary share: per share = per ADS / ratio.

Refused: a clause with a second ADS or ordinary figure, a bound, a count "up to"; a
sentence of the ratio's own ("each ADS representing five shares" states the ratio, it
converts nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Kind, lazy_compile
from disclint.rules.arithmetic.claims import count_at

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.checks import Check
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["AdsConversion", "ads_checks", "ads_conversions"]

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "one hundred": 100,
}
_N = r"(?P<n>\d{1,4}|one\s+hundred|twenty-five|[a-z]+)"
_ADS = r"(?:ADSs?|American\s+Depositary\s+Shares?)"
_ORDINARY = r"(?:ordinary|common)\s+shares?"
#: The release's statements of its ratio.
_RATIOS = (
    lazy_compile(
        rf"\b(?:each|every|one)\s+{_ADS}\s+(?:represents|representing|stands\s+for|equals"
        rf"|is\s+equal\s+to|corresponds\s+to|is\s+equivalent\s+to)\s+{_N}\s+{_ORDINARY}",
        re.I,
    ),
    lazy_compile(
        rf"\b{_ADS}\W{{0,4}}(?:\([^)]{{0,40}}\)\W{{0,3}})?,?\s+each\s+representing\s+{_N}"
        rf"\s+{_ORDINARY}",
        re.I,
    ),
    lazy_compile(rf"\b{_N}\s+{_ORDINARY}\s+(?:per|for\s+each|to\s+each|to\s+one)\s+{_ADS}", re.I),
)
#: A word of equivalence between an ADS figure and an ordinary-share figure.
_EQUIVALENT = (
    r"(?:(?:together\s+)?(?:represent(?:s|ing)?|correspond(?:s|ing)?\s+to|equivalent\s+to"
    r"|equal\s+to))"
)
#: "X ADSs ... represent Y ordinary shares".
_ADS_FIRST = lazy_compile(
    rf"(?<![\d,.$])(?P<ads>\d{{1,3}}(?:,\d{{3}})+)\s+{_ADS}\b(?P<mid>[^.;$\d]{{0,60}}?)"
    rf"\b{_EQUIVALENT}\s+(?P<ord>\d{{1,3}}(?:,\d{{3}})+)\s+{_ORDINARY}",
    re.I,
)
#: "Y (ordinary shares), equivalent to X ADSs".
_ORDINARY_FIRST = lazy_compile(
    rf"(?<![\d,.$])(?P<ord>\d{{1,3}}(?:,\d{{3}})+)(?:\s+{_ORDINARY})?,?\s+{_EQUIVALENT}\s+"
    rf"(?P<ads>\d{{1,3}}(?:,\d{{3}})+)\s+{_ADS}\b",
    re.I,
)
#: "$P per ADS, equivalent to $Q per ordinary share".
_PRICE = lazy_compile(
    rf"(?P<p>\$\d[\d,]*(?:\.\d+)?)\s+(?:per|an?|each)\s+{_ADS},?\s+{_EQUIVALENT}\s+"
    rf"(?P<q>\$\d[\d,]*(?:\.\d+)?)\s+(?:per|an?)\s+(?:ordinary\s+|common\s+)?share\b",
    re.I,
)
_REFUSE = lazy_compile(r"\bup\s+to\b|\bmore\s+than\b|\bless\s+than\b|\bat\s+least\b", re.I)


@dataclass(frozen=True, slots=True)
class AdsConversion:
    """ordinary = ads x ratio (counts), or per_share = per_ads / ratio (prices)."""

    ads: Quantity
    ordinary: Quantity
    ratio: int
    ratio_text: str
    prices: bool


def _ratio(rel: Relations) -> tuple[int, str] | None:
    found: set[int] = set()
    text = ""
    for view in rel.section_views():
        if "ADS" not in view.text and "Depositary" not in view.text:
            continue
        for m in (m for pattern in _RATIOS for m in pattern.finditer(view.text)):
            n = m.group("n")
            word = " ".join(n.lower().split())
            value = int(n) if n.isdigit() else _WORDS.get(word)
            if value is None or value < 1:
                return None
            found.add(value)
            text = n
    if len(found) != 1:
        return None
    return next(iter(found)), text


def _figure(view: View, start: int, end: int, kind: Kind) -> Quantity | None:
    """The sentence's quantity at ``start`` (or a count read there)."""
    at = view.start + start
    for q in view.quantities:
        if q.start <= at < q.end:
            return q if q.kind is kind else None
    if kind is Kind.SHARES:
        return count_at(view, start, end)
    return None


def ads_conversions(rel: Relations) -> list[AdsConversion]:
    """The clauses that convert ADS figures with the release's one ratio."""
    return rel.facts.memo("num-ads-conversions", lambda: _read(rel))


def _read(rel: Relations) -> list[AdsConversion]:
    ratio = _ratio(rel)
    if ratio is None:
        return []
    value, text = ratio
    found: list[AdsConversion] = []
    for view in rel.claim_views():
        if "ADS" not in view.text and "Depositary" not in view.text:
            continue
        if _REFUSE.search(view.text):
            continue
        matches = [*_ADS_FIRST.finditer(view.text), *_ORDINARY_FIRST.finditer(view.text)]
        for m in matches:
            ads = _figure(view, m.start("ads"), m.end("ads"), Kind.SHARES)
            ordinary = _figure(view, m.start("ord"), m.end("ord"), Kind.SHARES)
            if ads is None or ordinary is None or ads.value <= 0:
                continue
            if ads.qualifier is not None or ordinary.qualifier is not None:
                continue
            found.append(AdsConversion(ads, ordinary, value, text, prices=False))
        for m in _PRICE.finditer(view.text):
            per_ads = _figure(view, m.start("p"), m.end("p"), Kind.MONEY)
            per_share = _figure(view, m.start("q"), m.end("q"), Kind.MONEY)
            if per_ads is None or per_share is None or per_ads.qualifier or per_share.qualifier:
                continue
            found.append(AdsConversion(per_ads, per_share, value, text, prices=True))
    return found


def ads_checks(rel: Relations) -> list[Check]:
    """NUM001 for each conversion the ratio does not give."""
    from disclint.api import Interval
    from disclint.rules.arithmetic.checks import Check, difference, plain, show, stated
    from disclint.rules.arithmetic.claims import face_interval

    checks: list[Check] = []
    for c in ads_conversions(rel):
        n = Decimal(c.ratio)
        if c.prices:
            computed = c.ads.value / n
            computed_iv = face_interval(c.ads).scaled(1 / n)
            working = f"{plain(c.ads)} per ADS / {c.ratio_text} shares per ADS"
        else:
            computed = c.ads.value * n
            computed_iv = face_interval(c.ads).scaled(n)
            working = f"{plain(c.ads)} x {c.ratio_text} shares per ADS"
        stated_iv: Interval = face_interval(c.ordinary)
        if computed_iv.overlaps(stated_iv):
            continue
        checks.append(
            Check(
                "NUM001",
                c.ordinary.start,
                c.ordinary.end,
                f"{plain(c.ordinary)} does not match {working}: that is "
                f"{show(computed, c.ordinary)}",
                (
                    f"{working} = {show(computed, c.ordinary)}",
                    f"stated: {stated(c.ordinary)}",
                    difference(computed, c.ordinary),
                ),
            )
        )
    return checks
