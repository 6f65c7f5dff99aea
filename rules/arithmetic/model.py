"""Every claim of a release in one list: the relation and the figures it ties together.

The NUM rules each read the claims of their relation; this module lists them all at once,
for ``disclint``'s own benchmark (``benchmarks/claims/``) and for anyone who wants to see
what the family understood of a release: ``claims_of(facts)`` gives ``Claim(relation,
operands)`` with the operands as ``Quantity`` (kind, value, tolerance, location).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from disclint.api import tables_of
from disclint.rules.arithmetic.aggregates import holdings_after_acts, with_earlier_levels
from disclint.rules.arithmetic.changes import clause_changes
from disclint.rules.arithmetic.claims import relations_for
from disclint.rules.arithmetic.dividends import dividend_claims
from disclint.rules.arithmetic.eps_text import text_eps
from disclint.rules.arithmetic.figure_deals import (
    buyback_products,
    deal_term_products,
    valued_products,
)
from disclint.rules.arithmetic.figure_queries import (
    figure_premiums,
    figure_proceeds,
    figure_products,
    figure_splits,
    figure_stated_values,
)
from disclint.rules.arithmetic.joins import (
    joined_changes,
    joined_eps,
    joined_margins,
    joined_portions,
    joined_products,
)
from disclint.rules.arithmetic.measures_text import measures_relations
from disclint.rules.arithmetic.ownership import holdings_any_order, outstanding_first_portions
from disclint.rules.arithmetic.parts_lists import listed_parts
from disclint.rules.arithmetic.parts_total import joined_totals, parts_totals
from disclint.rules.arithmetic.parts_total import unread as unread_totals
from disclint.rules.arithmetic.ratios import ratio_claims, table_ratio_claims
from disclint.rules.arithmetic.restated import head_body_restatements, table_restatements
from disclint.rules.arithmetic.splits import class_splits
from disclint.rules.arithmetic.stated_value import conversions_at_stated_value
from disclint.rules.arithmetic.statements import (
    DILUTED_EPS,
    release_statements,
    table_links,
    year_changes,
)
from disclint.rules.arithmetic.table_changes import table_change_checks
from disclint.rules.arithmetic.table_columns import row_total_checks
from disclint.rules.arithmetic.table_eps import table_eps_checks
from disclint.rules.arithmetic.table_margins import table_margin_checks
from disclint.rules.arithmetic.table_parts import cell_quantity as _cell_quantity
from disclint.rules.arithmetic.table_parts import table_parts
from disclint.rules.arithmetic.table_subtotals import subtotal_checks
from disclint.rules.arithmetic.transactions import deal_proceeds, deal_products
from disclint.rules.arithmetic.unit_products import unit_products

if TYPE_CHECKING:
    from disclint.api import Cell, Facts, Quantity

__all__ = ["RELATIONS", "Claim", "claims_of"]

#: The relation names ``claims_of`` uses, as the benchmark labels them.
RELATIONS = (
    "product",
    "premium",
    "change",
    "portion",
    "aggregate",
    "proceeds",
    "split",
    "restatement",
    "dividend",
    "parts-total",
    "margin",
    "eps",
    "stated-value",
)


@dataclass(frozen=True, slots=True)
class Claim:
    """A relation the release states between figures (the benchmark lists these)."""

    relation: str
    operands: tuple[Quantity, ...]


def _present(*quantities: Quantity | None) -> tuple[Quantity, ...]:
    return tuple(q for q in quantities if q is not None)


def claims_of(facts: Facts) -> list[Claim]:
    """The claims the NUM family reads in a release, in no particular order."""
    return list(_claims(facts))


def _claims(facts: Facts) -> Iterator[Claim]:
    rel = relations_for(facts)
    for p in [*rel.products, *rel.offering_products, *rel.exercise_products]:
        yield Claim("product", _present(p.amount, p.shares, p.price, p.preferred, p.option))
    for p in [*joined_products(rel), *deal_products(rel), *unit_products(rel)]:
        yield Claim("product", _present(p.amount, p.shares, p.price))
    figured = [*figure_products(rel), *deal_term_products(rel), *buyback_products(rel)]
    for p in [*figured, *valued_products(rel)]:
        yield Claim("product", _present(p.amount, p.shares, p.price, p.option))
    from disclint.rules.arithmetic.gen_products import gen_product_sums, gen_products

    for p in gen_products(rel):
        yield Claim("product", (p.amount, p.shares, p.price))
    from disclint.rules.arithmetic.buyer_products import buyer_products
    from disclint.rules.arithmetic.payout_products import payout_products
    from disclint.rules.arithmetic.rate_products import rate_products
    from disclint.rules.arithmetic.thing_products import thing_products

    for p in [*rate_products(rel), *buyer_products(rel), *thing_products(rel)]:
        yield Claim("product", (p.amount, p.shares, p.price))
    for p in payout_products(rel):
        yield Claim("product", (p.amount, p.shares, p.price))
    from disclint.rules.arithmetic.exercise_totals import exercise_totals

    for p in exercise_totals(rel, rel.exercise_products):
        yield Claim("product", (p.amount, p.shares, p.price))
    from disclint.rules.arithmetic.equity_values import equity_values

    for p in equity_values(rel):
        yield Claim("product", (p.amount, p.shares, p.price))
    from disclint.rules.arithmetic.offering_sums import offering_sums

    for summed in offering_sums(rel):
        yield Claim("product", (summed.amount, *(q for pair in summed.pairs for q in pair)))
    for summed in gen_product_sums(rel):
        yield Claim("product", (summed.amount, *(q for pair in summed.pairs for q in pair)))
    from disclint.rules.arithmetic.ads_ratios import ads_conversions

    for converted in ads_conversions(rel):
        yield Claim("product", (converted.ordinary, converted.ads))
    for o in [*joined_portions(rel), *outstanding_first_portions(rel), *holdings_any_order(rel)]:
        yield Claim("portion", _present(o.part, o.percent, o.whole))
    for joined in [*joined_eps(rel), *text_eps(rel)]:
        yield Claim("eps", (joined.stated, joined.numerator, joined.denominator))
    from disclint.rules.arithmetic.eps_after_net import eps_after_net

    for joined in eps_after_net(rel):
        yield Claim("eps", (joined.stated, joined.numerator, joined.denominator))
    from disclint.rules.arithmetic.eps_clauses import eps_clauses

    for joined in eps_clauses(rel):
        yield Claim("eps", (joined.stated, joined.numerator, joined.denominator))
    from disclint.rules.arithmetic.revenue_margins import revenue_margins

    for joined in revenue_margins(rel):
        yield Claim("margin", (joined.stated, joined.numerator, joined.denominator))
    for joined in joined_margins(rel):
        yield Claim("margin", (joined.stated, joined.numerator, joined.denominator))
    from disclint.rules.arithmetic.subject_premiums import subject_premiums

    for m in [*rel.premiums, *figure_premiums(rel), *subject_premiums(rel)]:
        yield Claim("premium", _present(m.percent, m.price, m.reference, m.amount))
    for c in [*rel.changes, *joined_changes(rel), *clause_changes(rel)]:
        yield Claim("change", _present(c.change, c.new, c.old, c.delta))
    for o in rel.portions:
        yield Claim("portion", _present(o.part, o.percent, o.whole))
    from disclint.rules.arithmetic.named_portions import named_portions

    for o in named_portions(rel):
        yield Claim("portion", _present(o.part, o.percent, o.whole))
    from disclint.rules.arithmetic.fee_portions import fee_portions

    for o in fee_portions(rel):
        yield Claim("portion", _present(o.part, o.percent, o.whole))
    from disclint.rules.arithmetic.elided_wholes import elided_whole_portions
    from disclint.rules.arithmetic.row_portions import row_portions
    from disclint.rules.arithmetic.stated_wholes import stated_whole_portions

    for o in [*stated_whole_portions(rel), *elided_whole_portions(rel), *row_portions(rel)]:
        yield Claim("portion", _present(o.part, o.percent, o.whole))
    from disclint.rules.arithmetic.thing_portions import thing_portions

    for o in thing_portions(rel):
        yield Claim("portion", _present(o.part, o.percent, o.whole))
    from disclint.rules.arithmetic.base_portions import base_portions
    from disclint.rules.arithmetic.offering_sums import base_terms

    sold = base_terms(rel)
    for o in base_portions(rel):
        wholes = tuple(f.quantity for f in sold[0]) if sold else ()
        yield Claim("portion", (o.part, o.percent, *wholes))
    earlier = with_earlier_levels(rel)
    for a in [*(earlier.get(id(a), a) for a in rel.aggregates), *holdings_after_acts(rel)]:
        yield Claim("aggregate", _present(a.total, a.increment, a.prior))
    from disclint.rules.arithmetic.outstanding_after import outstanding_after_sales

    for a in outstanding_after_sales(rel):
        yield Claim("aggregate", _present(a.total, a.increment, a.prior))
    from disclint.rules.arithmetic.share_ledger import ledger_portions, share_ledgers

    measured_aggregates = list(measures_relations(rel).aggregates)
    known = [*rel.aggregates, *holdings_after_acts(rel), *measured_aggregates]
    ledgers = share_ledgers(rel, known)
    for a in ledgers:
        yield Claim("aggregate", _present(a.total, a.increment, a.prior))
    for o in ledger_portions(rel, ledgers):
        yield Claim("portion", _present(o.part, o.percent, o.whole))
    for g in [*rel.proceeds, *deal_proceeds(rel), *figure_proceeds(rel)]:
        yield Claim("proceeds", _present(g.gross, g.net, *g.fees, *g.fee_percents))
    for s in [*rel.splits, *class_splits(rel), *figure_splits(rel)]:
        yield Claim("split", _present(s.ratio, s.before, s.after))
    for r in rel.restatements:
        yield Claim("restatement", _present(r.first, r.second, *r.alternatives))
    for restated in head_body_restatements(facts):
        yield Claim(
            "restatement", (restated.summary.quantity, *(b.quantity for b in restated.body))
        )
    cells = {q.start: q for q in facts.quantities}
    for linked in table_restatements(facts):
        if linked.cell.start in cells:
            yield Claim("restatement", (linked.measure.quantity, cells[linked.cell.start]))
    views = list(rel.claim_views())
    for d in dividend_claims(rel.section_views()):
        yield Claim("dividend", _present(d.periodic, d.annual, d.yield_, d.price))
    found_totals = [*parts_totals(views, rel.section_views()), *table_parts(facts, views)]
    found_totals += joined_totals(rel, found_totals)
    from disclint.rules.arithmetic.gen_parts import gen_parts

    found_totals += unread_totals(found_totals, listed_parts(rel))
    from disclint.rules.arithmetic.parts_remaining import remaining_parts
    from disclint.rules.arithmetic.table_total_columns import total_columns

    found_totals += unread_totals(found_totals, [*remaining_parts(rel), *total_columns(facts)])
    found_totals += unread_totals(found_totals, gen_parts(rel))
    from disclint.rules.arithmetic.named_parts import named_parts

    found_totals += unread_totals(found_totals, named_parts(rel))
    from disclint.rules.arithmetic.parts_other import other_parts

    for t in [*found_totals, *unread_totals(found_totals, other_parts(rel))]:
        yield Claim("parts-total", (t.total, *t.parts, *t.less))
    for v in [*conversions_at_stated_value(rel.section_views()), *figure_stated_values(rel)]:
        yield Claim("stated-value", (v.issued, v.preferred, v.stated_value, v.price))
    stated = release_statements(facts, views, rel.views)
    at = {q.start: q for q in facts.quantities}
    eps_by_row = {id(e.eps): e for e in table_eps_checks(tables_of(facts))}
    for link, _table, row, column in table_links(facts, stated):
        cell = row.cells[column]
        if cell is not None and cell.start in at:
            # the text restates the table's figure: one concept, period and subject twice
            yield Claim("restatement", (link.quantity, at[cell.start]))
        found = eps_by_row.get(id(row)) if link.concept == DILUTED_EPS else None
        if found is not None and column in found.holds:
            # the text's diluted EPS is the table's: net income over diluted shares
            operands = [found.numerator.cells[column], found.shares.cells[column]]
            if all(c is not None and c.start in at for c in operands):
                yield Claim("eps", (link.quantity, *(at[c.start] for c in operands if c)))
    for y in year_changes(facts, stated):
        yield Claim("change", (y.change, y.statement.quantity, y.old))
    by_key: dict[tuple[str, str, str], Quantity] = {}
    for statement in stated:
        key = (statement.concept, statement.period, statement.subject)
        first = by_key.setdefault(key, statement.quantity)
        if first is not statement.quantity:
            yield Claim("restatement", (first, statement.quantity))
    yield from _table_claims(facts)
    measured = measures_relations(rel)
    for ratio in measured.ratios:
        relation = "margin" if ratio.code == "NUM015" else "eps"
        yield Claim(relation, (ratio.stated, ratio.numerator, ratio.denominator))
    for c in measured.changes:
        yield Claim("change", _present(c.change, c.new, c.old, c.delta))
    from disclint.rules.arithmetic.table_label_changes import label_changes

    for c in label_changes(rel):
        yield Claim("change", _present(c.change, c.new, c.old))
    from disclint.rules.arithmetic.apposed_changes import apposed_changes

    for c in apposed_changes(rel):
        yield Claim("change", _present(c.change, c.new, c.old))
    from disclint.rules.arithmetic.points_changes import points_changes

    for c in points_changes(rel):
        yield Claim("change", _present(c.change, c.new, c.old))
    from disclint.rules.arithmetic.label_links import label_link_changes, label_links

    for named in label_links(rel):
        yield Claim("restatement", (named.quantity, _cell_quantity(named.cell)))
    for c in label_link_changes(rel):
        yield Claim("change", _present(c.change, c.new, c.old))
    from disclint.rules.arithmetic.split_changes import split_changes

    for c in split_changes(rel):
        yield Claim("change", _present(c.change, c.new, c.old))
    for o in measured.portions:
        yield Claim("portion", _present(o.part, o.percent, o.whole))
    for a in measured.aggregates:
        yield Claim("aggregate", _present(a.total, a.increment, a.prior))
    for ratio in [*ratio_claims(views), *table_ratio_claims(facts, views, rel.views)]:
        relation = "margin" if ratio.code == "NUM015" else "eps"
        yield Claim(relation, (ratio.stated, ratio.numerator, ratio.denominator))


def _table_claims(facts: Facts) -> Iterator[Claim]:
    """Subtotals and per-share figures of tables, one claim per column checked."""
    starts = sorted((q.start, q.end, q) for q in facts.quantities)
    keys = [s[0] for s in starts]

    def quantity(cell: Cell | None) -> Quantity | None:
        if cell is None:
            return None
        i = bisect_left(keys, cell.start)
        if i < len(starts) and starts[i][0] < cell.end:
            return starts[i][2]
        return _cell_quantity(cell)

    tables = tables_of(facts)
    for s in subtotal_checks(tables):
        for column in sorted(s.holds | s.fails):
            operands = [quantity(r.cells[column]) for r in (s.row, *s.items)]
            if all(q is not None for q in operands):
                yield Claim("parts-total", _present(*operands))
    for t in row_total_checks(tables):
        for row in (*t.holds, *t.fails):
            operands = [quantity(row.cells[c]) for c in (t.column, *t.parts)]
            if all(q is not None for q in operands):
                yield Claim("parts-total", _present(*operands))
    for change in table_change_checks(tables):
        for row in (*change.holds, *change.fails):
            columns = (change.column, change.new, change.old)
            operands = [quantity(row.cells[c]) for c in columns]
            if all(q is not None for q in operands):
                yield Claim("change", _present(*operands))
    for margin, _reportable in table_margin_checks(tables):
        operands = [quantity(c) for c in (margin.stated, margin.amount, margin.revenue)]
        if all(q is not None for q in operands):
            yield Claim("margin", _present(*operands))
    for e in table_eps_checks(tables):
        for column in sorted(e.holds | e.fails):
            operands = [quantity(r.cells[column]) for r in (e.eps, e.numerator, e.shares)]
            if all(q is not None for q in operands):
                yield Claim("eps", _present(*operands))
