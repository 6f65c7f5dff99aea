"""NUM014 lists of parts the sentence readers of ``parts_total`` do not take.

- **A list introduced by a colon**, one part per list item, under a sentence that names
  the measure broken down: "Adjusted EBITDA was $41.6 million, up roughly 9% ... By
  segment, Adjusted EBITDA was:" then "* Gathering and compression - $22.9 million",
  "* Processing - $13.4 million", "* Marketing and other - $5.3 million". The total is
  tied to the list by its concept, not by adjacency: the one figure of the paragraph that
  the same measure's name introduces ("Adjusted EBITDA was $41.6 million"), or the one
  figure of the colon's own sentence. Every item must hold exactly one figure, alike to the
  total (kind, currency), and nothing else (no change, no prior period); a list whose
  introduction says it is partial ("including", "such as", "among", "highlights") or
  names no measure is left alone.
- **A total after its parts, across sentences**: "Product revenue was $7.5 million.
  Service revenue was $4.5 million. Total revenue was $12.0 million." Every figure of the
  paragraph before the total that the same measure labels is a part, each named by its own
  owner ("Product", "service"); the total is named "total", "consolidated" or "combined".
  An unnamed figure of the measure, a repeated owner or a basis ("adjusted", a period)
  ends the claim (the mirror of ``parts_total``'s total before its named parts).
- **A part stated as a count at a price**, restated as an amount: "The total consideration
  of $285.0 million consists of $171.0 million in cash and 4,750,000 shares of Silverline
  common stock valued at $24.00 per share, or $114.0 million": the amount after ", or"
  is the part; the count and its price are the product NUM001 checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from disclint.api import Kind, Quantity, lazy_compile, qualified_interval, release_pattern
from disclint.rules.arithmetic.claims import HEDGED
from disclint.rules.arithmetic.parts_total import _PARTS_AFTER, PartsTotal, _alike, _usable

if TYPE_CHECKING:
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["listed_parts"]

_BREAKDOWN = r"(?:segment|region|business|division|product(?:\s+line)?|geography|category|source)s?"
#: "By segment, Adjusted EBITDA was:", "Revenue by segment was as follows:", "Net sales
#: by region were:": the measure a colon list breaks down.
_INTRO = lazy_compile(
    rf"^\W*(?:(?:by|per)\s+{_BREAKDOWN}\s*,\s*)?(?:the\s+)?(?P<measure>[A-Za-z][\w&'’.-]*"
    r"(?:\s+[\w&'’.-]+){0,4}?)"
    rf"(?:\s+(?:by|per)\s+{_BREAKDOWN})?"
    r"(?:\s+(?:for|in)\s+the\s+[\w\s-]{0,30}?)?"
    r"\s+(?:was|were|is|are|consisted\s+of|comprised|breaks\s+down\s+as\s+follows"
    r"|(?:was|were)\s+as\s+follows|as\s+follows)\s*:\s*$",
    re.I,
)
_PARTIAL = lazy_compile(
    r"\b(?:including|includes|included|such\s+as|among|highlights?|key|notable|largest|top"
    r"|some|selected|primarily|mainly|principal|major)\b",
    re.I,
)
#: "Gathering and compression - $22.9 million": a dash between the label and the figure is
#: a separator, not a minus sign.
_DASH_AFTER_LABEL = lazy_compile(r"[A-Za-z)]\s+$")


def listed_parts(rel: Relations) -> list[PartsTotal]:
    """The totals of colon lists, of parts restated as amounts and of parts named across a
    paragraph beside their prior period's figures (``parts_periods``)."""
    from disclint.rules.arithmetic.parts_periods import parts_with_priors

    return [
        *_colon_lists(rel),
        *_restated_parts(rel),
        *_total_after_named_parts(rel),
        *parts_with_priors(rel),
    ]


def _magnitude(view: View, q: Quantity) -> Quantity:
    if not q.negative or not q.text.lstrip().startswith(("-", "–", "—")):
        return q
    if not _DASH_AFTER_LABEL.search(view.before(q, 40)):
        return q
    value = abs(q.value)
    return replace(
        q, value=value, negative=False, interval=qualified_interval(value, q.ulp, q.qualifier)
    )


def _colon_lists(rel: Relations) -> Iterator[PartsTotal]:
    from disclint.rules.arithmetic import ratios

    # a list item's kind, as the reader names it (the block shapes are a str enum)
    kinds = [p.kind == "list_item" for p in rel.facts.release.paragraphs()]
    by_block: dict[int, list[View]] = {}
    for view in rel.section_views():
        if view.block is not None:
            by_block.setdefault(view.block, []).append(view)
    for block, views in by_block.items():
        intro = views[-1]
        if not intro.text.rstrip().endswith(":") or _PARTIAL.search(intro.text):
            continue
        parts: list[Quantity] = []
        index = block + 1
        while index < len(kinds) and kinds[index] and index in by_block:
            items = by_block[index]
            figures = [q for v in items for q in v.quantities]
            if len(items) != 1 or len(figures) != 1 or figures[0].kind not in (Kind.MONEY,):
                parts = []
                break
            parts.append(_magnitude(items[0], figures[0]))
            index += 1
        if len(parts) < 2 or not all(_usable(p) and _alike(p, parts[0]) for p in parts):
            continue
        own = [q for q in intro.quantities if q.kind is Kind.MONEY and _usable(q)]
        if own:
            if len(own) == 1 and len(intro.quantities) == 1 and _alike(own[0], parts[0]):
                yield PartsTotal(own[0], tuple(parts))
            continue
        named = _INTRO.match(intro.text.strip())
        if named is None:
            continue
        measure = re.escape(named.group("measure")).replace(r"\ ", r"\s+")
        label = release_pattern(
            rf"\b{measure}\s+(?:was|were|of|totall?ed|reached|amounted\s+to|came\s+to|:)\s+{HEDGED}$",
            re.I,
        )
        totals = [
            q
            for v in views[:-1]
            for q in v.quantities
            if _alike(q, parts[0])
            and _usable(q)
            and label.search(v.before(q, 80))
            and ratios._current(v, q)
        ]
        if len({q.value for q in totals}) == 1 and all(p.value < totals[0].value for p in parts):
            yield PartsTotal(totals[0], tuple(parts))


#: "4,750,000 shares ... valued at $24.00 per share, or $114.0 million": the amount a
#: count at a price comes to, after ", or".
_OR_AMOUNT = lazy_compile(rf",\s*or\s+{HEDGED}$", re.I)
_ITEM_GAP = lazy_compile(r"^[^;:()$\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)[^;:()$\d]{0,30}$", re.I)
_NO_LIST = lazy_compile(
    r"\b(?:compared|versus|vs|up|down|increase\w*|decrease\w*|per|each|including|excluding"
    r"|of which|net of|less)\b",
    re.I,
)


def _restated_parts(rel: Relations) -> Iterator[PartsTotal]:
    for view in rel.claim_views():
        figures = [q for q in view.quantities if q.kind in (Kind.MONEY, Kind.SHARES)]
        for i, total in enumerate(figures):
            if total.kind is not Kind.MONEY or not _usable(total):
                continue
            if not _PARTS_AFTER.match(view.after(total, 60)):
                continue
            parts = _parts_with_restated(view, figures[i + 1 :], total)
            if len(parts) >= 2 and all(p.value < total.value for p in parts):
                yield PartsTotal(total, tuple(parts))


def _parts_with_restated(view: View, after: list[Quantity], total: Quantity) -> list[Quantity]:
    """Parts after a total, where a count and its price stand for the amount after ", or";
    only when one part at least is so restated (plain lists are ``parts_total``'s)."""
    parts: list[Quantity] = []
    restated = False
    last: Quantity | None = None
    i = 0
    while i < len(after):
        q = after[i]
        if q.kind is Kind.SHARES and i + 2 < len(after):
            price, amount = after[i + 1], after[i + 2]
            if (
                price.per is not None
                and _alike(amount, total)
                and _OR_AMOUNT.search(view.between(q, amount).split(price.text, 1)[-1])
                and not _NO_LIST.search(view.between(q, price).replace("shares", ""))
            ):
                entry, item = q, amount
                restated = True
                i += 3
            else:
                break
        elif _alike(q, total) and _usable(q):
            entry, item = q, q
            i += 1
        else:
            break
        if last is not None:
            gap = view.between(last, entry)
            if not _ITEM_GAP.match(gap) or _NO_LIST.search(gap):
                break
        parts.append(item)
        last = item
    if not restated or len(parts) < 2:
        return []
    tail = view.text[parts[-1].end - view.start :]
    if not re.match(r"^\s*(?:[.;]|$)", tail):
        return []  # the list goes on past what was read
    return parts


#: A basis that makes a figure another measure than the reported one.
_BASIS = lazy_compile(r"\b(?:adjusted|non-gaap|pro\s+forma|organic|comparable|constant)\b", re.I)


def _words_before(view: View, q: Quantity) -> str:
    """The words of a figure's clause before it: back to the figure before or the
    sentence's start."""
    earlier = [o.end for o in view.quantities if o.end <= q.start]
    start = max(earlier, default=view.start) - view.start
    return view.text[start : q.start - view.start]


def _total_after_named_parts(rel: Relations) -> Iterator[PartsTotal]:
    from disclint.rules.arithmetic.parts_total import _NOT_AN_OWNER, _TOTAL_WORD, _labelled

    by_block: dict[int, list[View]] = {}
    for view in rel.claim_views():
        if view.block is not None:
            by_block.setdefault(view.block, []).append(view)
    for views in by_block.values():
        figures = [f for view in views for f in _labelled(view)]
        for i, total in enumerate(figures):
            if not _TOTAL_WORD.search(total.owner):
                continue
            if _NOT_AN_OWNER.search(_TOTAL_WORD.sub("", total.owner)):
                continue
            parts = [f for f in figures[:i] if f.measure == total.measure]
            owners = [p.owner.lower() for p in parts]
            if (
                len(parts) < 2
                or len(set(owners)) != len(owners)
                or not all(p.owner and not _TOTAL_WORD.search(p.owner) for p in parts)
                or any(_NOT_AN_OWNER.search(p.owner) for p in parts)
                or any(_BASIS.search(_words_before(p.view, p.quantity)) for p in (*parts, total))
            ):
                continue
            chosen = [p.quantity for p in parts]
            if all(_alike(p, total.quantity) and p.value < total.quantity.value for p in chosen):
                yield PartsTotal(total.quantity, tuple(chosen))
