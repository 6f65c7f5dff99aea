"""NUM016 with the weighted share count in a table and net income with its EPS in text.

"Net income for the third quarter was $9.3 million, or $0.31 per diluted share", and a
table whose "Weighted average shares outstanding - diluted" row gives 30,100 (thousands)
under "Three Months Ended September 30, 2026". The text statement's period (``statements``
reads it: "the third quarter" of the release, "q3 2026", or the year-ago quarter) picks the
column whose header names that period (``column_periods``), and the EPS's kind (basic,
diluted) picks the share row of that kind (a row naming no kind counts for both; a bare
"Diluted" under "Weighted average shares:" is the diluted count). Exactly one such cell in
the release's tables, or nothing is claimed; a segment's table is never read, nor the
counts of a table that states the per-share figure of that kind itself (the text's EPS is
then its restatement, NUM019, and the table's own EPS is checked by NUM021).

Shares are often in another unit than the dollars ("in thousands, except per share data"
may leave them in thousands or in units): the count's unit is the power of a thousand that
brings net income over the count within a factor of two of the stated EPS. A 25% error
stays within that factor and is reported; a unit is never chosen when two would do.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Kind, Quantity, lazy_compile, qualified_interval, tables_of

if TYPE_CHECKING:
    from disclint.api import Cell
    from disclint.rules.arithmetic.claims import Relations
    from disclint.rules.arithmetic.ratios import Ratio

__all__ = ["table_count_eps"]

_UNITS = (Decimal(1), Decimal(1000), Decimal(1000000))
_UNIT_WORDS = {Decimal(1): "", Decimal(1000): "thousand", Decimal(1000000): "million"}
_SEGMENT = lazy_compile(r"\bsegments?\b|\bby\s+region\b|\bgeographic", re.I)
_NET = frozenset({"net income", "net loss"})


def table_count_eps(rel: Relations) -> list[Ratio]:
    """EPS stated in text over the weighted count of its kind and period in a table."""
    from disclint.rules.arithmetic import ratios
    from disclint.rules.arithmetic.claims import plain_after
    from disclint.rules.arithmetic.statements import column_periods, release_statements
    from disclint.rules.arithmetic.table_eps import _rows

    facts = rel.facts
    counts: dict[tuple[str, str], list[tuple[Cell, Decimal]]] = {}
    for table in tables_of(facts):
        if _SEGMENT.search(f"{table.title} {table.caption}"):
            continue
        named = [column_periods(header) for header in table.columns]
        if any(a & b for i, a in enumerate(named) for b in named[i + 1 :]):
            continue  # two columns of one period: which one is the count's is open
        per_share, shares, _numerators = _rows(table)
        # a table with its own per-share row of a kind: the text's EPS of that kind is its
        # restatement (NUM019), and the table's EPS is checked in the table (NUM021)
        stated = {k for _row, kinds in per_share for k in (kinds or {"basic", "diluted"})}
        for row, kinds in shares:
            for column, keys in enumerate(named):
                cell = row.cells[column] if column < len(row.cells) else None
                if cell is None or cell.percent or cell.value <= 0:
                    continue
                for kind in (kinds or {"basic", "diluted"}) - stated:
                    for key in keys:
                        counts.setdefault((kind, key), []).append((cell, table.scale))
    if not counts:
        return []
    views = list(rel.claim_views())
    found: list[Ratio] = []
    for s in release_statements(facts, views, rel.views):
        view = s.view
        if s.concept not in _NET or s.subject or view is None:
            continue
        net = s.quantity
        if not ratios._EPS_AFTER.match(plain_after(view, net, 60)):
            continue
        loss = s.concept == "net loss" or net.negative or ratios._search_loss(view.before(net, 80))
        for eps in ratios._per_share_after(view, net):
            eps_kind = ratios._eps_kind(eps)
            if eps_kind is None or (eps.negative and not loss):
                continue
            cells = {c.start: (c, scale) for c, scale in counts.get((eps_kind, s.period), [])}
            if len(cells) != 1 or eps.value == 0:
                continue
            cell, scale = next(iter(cells.values()))
            count = _count(cell, scale, abs(net.value), abs(eps.value))
            if count is not None:
                found.append(
                    ratios.Ratio(
                        "NUM016", "EPS", ratios._magnitude(net), count, ratios._magnitude(eps)
                    )
                )
    return found


def _count(cell: Cell, scale: Decimal, net: Decimal, eps: Decimal) -> Quantity | None:
    """The cell as a share count in the one unit that makes net / count near the EPS."""
    written, ulp = cell.value / scale, cell.ulp / scale
    fitting = [u for u in _UNITS if Decimal("0.5") <= net / (written * u) / eps <= 2]
    if len(fitting) != 1:
        return None
    value = written * fitting[0]
    return Quantity(
        kind=Kind.SHARES,
        value=value,
        interval=qualified_interval(value, ulp * fitting[0], None),
        start=cell.start,
        end=cell.end,
        # the working shows the unit the count was read in ("30,100 thousand shares")
        text=f"{cell.text} {_UNIT_WORDS[fitting[0]]}".strip(),
        ulp=ulp * fitting[0],
        security="shares",
    )
