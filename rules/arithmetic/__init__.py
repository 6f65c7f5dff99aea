"""Arithmetic and numeric consistency (NUM): the numbers a release states must agree.

The family owns its analysis:

- ``claims``: which figures a sentence (or a paragraph) claims are related, and how
  (``Relations``: products, premiums, changes, portions, aggregates, proceeds, splits,
  restatements), read from the phrase each number belongs to;
- ``checks``: the arithmetic of each claim with its working (``Analysis``), and the rules
  NUM001-NUM011 that report it;
- one module per further relation (``change_amount``, ``dividends``, ``parts_total``,
  ``ratios``, ``table_totals``, ``stated_value``, ``table_subtotals``, ``table_eps``,
  ``table_changes``, ``table_margins``), each with its own claim reader and rule
  (NUM012-NUM018, NUM020-NUM023); ``statements`` ties
  each stated measure to its concept, period and subject and checks that one measure
  stated twice (text or table) agrees (NUM019); ``restated`` reads the summary (headline,
  subheadlines, highlights, quotes) against the body's figure of the same measure, subject
  and period (NUM011), text against a breakdown table and the headline against the
  statements (NUM019), and amounts in words against their digits (NUM011);
- ``changes``: a change read from the parts of its clause in any word order (direction
  word, two levels of one kind, the words that mark the base, the amount), which NUM003
  and NUM012 check beside the template readers' changes;
- ``transactions`` (a sale read as one fact with slots: count, price, gross, net, fees,
  across the sentences that tell it), ``unit_products`` (a count of any unit at a price per
  that unit), ``ownership`` (held and outstanding in either order), ``aggregates`` (a running
  total's earlier level, a holding after the purchase it points back to), ``splits`` (one
  before/after pair per share class, decimal ratios): further readers for NUM001-NUM007;
- ``eps_text`` and ``eps_table_count`` (EPS over net income and a weighted count in text or
  in the table's row of its kind and period), ``parts_lists`` and ``parts_periods`` (colon
  lists, totals after their named parts, parts beside their prior-period twins): further
  readers for NUM014 and NUM016;
- ``joins``: facts of one transaction or period whose operands sit in different
  sentences or paragraphs (a price in the sentence before, a weighted count in another
  paragraph, an acquisition's cash and stock before its total), joined in a bounded
  scope only when one candidate fits its subject, period and context; the rules above
  check the joined claims like their own.

Shared facts (quantities with their tolerance, sentences, table cells) come from the core.
"""

from __future__ import annotations

from disclint.api import Rule
from disclint.rules.arithmetic.change_amount import change_amount
from disclint.rules.arithmetic.checks import RULES as _CHECKS
from disclint.rules.arithmetic.dividends import dividend_consistency
from disclint.rules.arithmetic.parts_total import parts_total
from disclint.rules.arithmetic.ratios import earnings_per_share, margin
from disclint.rules.arithmetic.stated_value import stated_value_conversion
from disclint.rules.arithmetic.statements import measure_stated_twice
from disclint.rules.arithmetic.table_changes import table_change
from disclint.rules.arithmetic.table_eps import table_eps
from disclint.rules.arithmetic.table_margins import table_margin
from disclint.rules.arithmetic.table_subtotals import table_subtotal
from disclint.rules.arithmetic.table_totals import table_total

RULES: list[Rule] = [
    *_CHECKS,
    change_amount,
    dividend_consistency,
    parts_total,
    margin,
    earnings_per_share,
    table_total,
    table_subtotal,
    table_eps,
    table_change,
    table_margin,
    stated_value_conversion,
    measure_stated_twice,
]

__all__ = ["RULES"]
