"""Parts of a whole told over two sentences, the last part "the remaining" one.

``gen_parts`` reads a whole and its parts in one sentence, and two parts whose second is
"the remaining" against the one figure of the sentence before. Releases also write:

* "Of the $9.8 million spent on capital projects, new stores took $5.1 million and remodels
  $2.9 million. The remaining $1.8 million went to the distribution center." The first
  sentence opens with its whole ("Of the") and names some parts; the next, opening with
  "The remaining" (the rest, the balance) and stating one figure, completes the list:
  whole = every part of both;
* "Backlog was $84.0 million. Defense programs accounted for $41.2 million, civil
  aviation for $30.5 million and the remaining $12.3 million came from industrial
  customers." Three parts or more, the last "the remaining", against the one figure of
  the sentence before.

Like figures only (one kind and currency, no per-share figure, no bound); a sentence that
compares periods, gives examples or states a change is not read.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from disclint.api import Kind, lazy_compile
from disclint.rules.arithmetic.gen_parts import like_figures
from disclint.rules.arithmetic.parts_total import PartsTotal

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["remaining_parts"]

#: "Of the $9.8 million ...": the whole opens the sentence.
_OF_THE = lazy_compile(
    r"(?:^\W*|(?:--|—|[.;:])\s*)of\s+(?:the|its|our|their)\s+(?:total\s+(?:of\s+)?)?$", re.I
)
#: The sentence that completes the list opens with the rest of the whole.
_REST_OPENS = lazy_compile(
    r"^\W*(?:the\s+)?(?:remaining|rest|balance)\s+(?:of\s+(?:the|it)\s+)?(?:about\s+)?$",
    re.I,
)
#: The last part of a list is what remains.
_REMAINING_BEFORE = lazy_compile(
    r"\b(?:the\s+remaining|the\s+rest|the\s+balance|the\s+remainder)\s+(?:of\s+)?$", re.I
)
#: A sentence that admits another reading: periods compared, examples, changes, bounds.
_OTHER_READING = lazy_compile(
    r"\binclud|\bsuch\s+as\b|\bamong\b|\bfor\s+example\b|\bprimarily\b|\bmainly\b"
    r"|\bprincipally\b|\blargely\b|\bpartly\b|\bin\s+part\b|\bexclud|\bcompared\b|\bversus\b"
    r"|\bvs\b|\bfrom\s+\$|\bup\s+to\b|\bincrease|\bdecrease|\bgrew\b|\brose\b|\bfell\b"
    r"|\bdeclin|\bup\s+\d|\bdown\s+\d|\ba\s+year\s+(?:earlier|ago)|\bprior\s+year\b"
    r"|\blast\s+year\b|\bper\b|\beach\b|\bapiece\b|\bnet\s+of\b|\bless\b|\bexcept\b"
    r"|\brespectively\b|\bor\s+\$|\bapproximately\b|\babout\b|\bover\b|\bnearly\b",
    re.I,
)
#: The most parts one list of two sentences holds.
MAX_PARTS = 6


def _figures(view: View) -> list[Quantity] | None:
    """The sentence's money and share figures, all alike and firm (``gen_parts``' reading),
    in a sentence that states no percentage; else None."""
    if any(q.kind is Kind.PERCENT for q in view.quantities):
        return None
    return like_figures(view)


def remaining_parts(rel: Relations) -> list[PartsTotal]:
    """Lists of parts completed or ended by "the remaining" over two sentences."""
    found: list[PartsTotal] = []
    views = rel.section_views()
    for first, second in pairwise(views):
        if first.block != second.block or not first.quantities or not second.quantities:
            continue
        if _OTHER_READING.search(first.text) or _OTHER_READING.search(second.text):
            continue
        one, two = _figures(first), _figures(second)
        if one is None or two is None or one[0].kind is not two[0].kind:
            continue
        if (one[0].currency or "USD") != (two[0].currency or "USD"):
            continue
        claim: PartsTotal | None = None
        if (
            len(one) >= 2
            and len(two) == 1
            and _OF_THE.search(first.text[: one[0].start - first.start])
            and _REST_OPENS.match(second.text[: two[0].start - second.start])
        ):
            claim = PartsTotal(one[0], (*one[1:], two[0]))
        elif (
            len(one) == 1
            and 3 <= len(two) <= MAX_PARTS
            and _REMAINING_BEFORE.search(second.before(two[-1], 30))
        ):
            claim = PartsTotal(one[0], tuple(two))
        if claim is None or len(claim.parts) > MAX_PARTS:
            continue
        if claim.total.value <= max(p.value for p in claim.parts):
            continue  # a whole no larger than one of its parts is not their sum
        found.append(claim)
    return found
