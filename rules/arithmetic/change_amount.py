"""NUM012: the amount of a change must be the difference of the two levels it joins.

"Revenue was $102.2 million, an increase of $3.4 million, or 3.5%, compared to $98.8
million" states one change three ways: the new level, the prior level, the amount and the
percentage. NUM003 checks the percentage against the two levels; this rule checks the
amount: new - prior = amount, each figure within its rounding. The claim is read by the
NUM family's ``claims`` (``Relations.changes``: a change whose amount is written "an
increase of $D", "up $D", "by $D" beside its percentage and both levels).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from disclint.api import Finding, RuleContext, rule
from disclint.rules.arithmetic.checks import CITATION_10B5, analysis, difference, plain, show

__all__ = ["change_amount"]


@rule(
    code="NUM012",
    name="change-amount",
    family="arithmetic",
    severity="error",
    summary="The stated amount of a change is not the difference of the two levels",
    citation=CITATION_10B5 + "; wire editorial practice",
    examples=(
        (
            "Revenue was $102.2 million, an increase of $5.4 million, or 3.5%, compared to "
            "$98.8 million a year earlier.",
            "Revenue was $102.2 million, an increase of $3.4 million, or 3.4%, compared to "
            "$98.8 million a year earlier.",
        ),
    ),
)
def change_amount(ctx: RuleContext) -> Iterator[Finding]:
    """A comparison that gives both levels and the amount of the change ("$102.2 million,
    an increase of $3.4 million, or 3.4%, compared to $98.8 million") must add up: the new
    level minus the prior level is the amount, in the direction the words say. A reader
    who recomputes one of the three figures and finds another number stops trusting the
    rest of the comparison; each figure is compared within its own rounding
    ("$3.4 million" is 3.35..3.45 million), so a rounded amount never fires."""
    from disclint.rules.arithmetic.changes import clause_changes
    from disclint.rules.arithmetic.joins import joined_changes

    relations = analysis(ctx).relations
    for change in [*relations.changes, *joined_changes(relations), *clause_changes(relations)]:
        old, delta, new = change.old, change.delta, change.new
        if old is None or delta is None or delta.kind is not new.kind:
            continue
        if not (new.interval.bounded and old.interval.bounded and delta.interval.bounded):
            continue
        sign = Decimal(change.direction or 1)
        moved = new.interval - old.interval
        if moved.overlaps(delta.interval.scaled(sign)):
            continue
        computed = new.value - old.value
        word = "increase" if sign > 0 else "decrease"
        yield ctx.finding(
            delta.start,
            delta.end,
            f"{plain(old)} to {plain(new)} is {'an' if sign > 0 else 'a'} {word} of "
            f"{show(abs(computed), delta)}, not {plain(delta)}",
            evidence=(
                f"{plain(new)} - {plain(old)} = {show(computed, delta)}",
                f"stated: {word} of {plain(delta)}",
                difference(abs(computed), delta),
            ),
        )
