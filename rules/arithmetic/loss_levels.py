"""The sign a level takes from being named a loss, beside a level that is a profit.

"Adjusted EBITDA was $1.3 million, an improvement of $5.9 million from the adjusted EBITDA
loss of $4.6 million": the quantity reads "$4.6 million" as positive, but the measure was
-4.6 million, and the change from -4.6 to +1.3 is 5.9. Read unsigned, the two levels give a
change of 3.3 and a correct release gets an error.

A level is named a loss by its own phrase ("a loss of $4.6 million", "the adjusted EBITDA
loss of", "a $4.6 million net loss", "a deficit of"). It is negative only when the other
level is a profit: the sentence names a profit measure (income, earnings, EBITDA, ...) and
no other loss, so "net loss of $2.0 million, compared with a net loss of $3.1 million"
(both losses, both read as magnitudes, a loss narrowing) keeps its plain reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import lazy_compile

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import View

__all__ = ["loss_sides", "negated"]

#: The figure's own phrase before it names it a loss: "a loss of", "the adjusted EBITDA loss
#: of", "net loss was", "a deficit of approximately".
_LOSS_BEFORE = lazy_compile(
    r"\b(?:loss(?:es)?|deficit)\s+(?:of|was|were|totall?ed|at|came\s+to)\s+"
    r"(?:(?:approximately|about|roughly|nearly|almost)\s+)?$",
    re.I,
)
#: ... or after it: "a $4.6 million loss", "a $4.6 million net loss".
_LOSS_AFTER = lazy_compile(
    r"^\s*(?:(?:net|operating|pre-?tax|adjusted(?:\s+ebitda)?|ebitda)\s+)?(?:loss|deficit)\b",
    re.I,
)
#: Any word that names a loss or a negative figure in the sentence.
_LOSS_WORD = lazy_compile(r"\b(?:loss(?:es)?|deficits?|negative|minus)\b", re.I)
#: A profit measure, which a loss is the negative of.
_PROFIT = lazy_compile(
    r"\b(?:income|profits?|earnings|ebitda|ebit|ebt|ffo|affo|cash\s+flows?|operating\s+results?)\b",
    re.I,
)


def _named_loss(view: View, q: Quantity) -> bool:
    return bool(_LOSS_BEFORE.search(view.before(q, 40)) or _LOSS_AFTER.match(view.after(q, 30)))


def loss_sides(view: View, old: Quantity, new: Quantity) -> tuple[bool, bool]:
    """Which of two levels of a change is a loss beside a profit: (old is, new is).

    At most one is: the one named a loss in its own phrase, when it is the sentence's only
    loss word and the sentence names a profit measure the other level is of. (False,
    False) when neither or both are losses, or when the sentence does not say."""
    losses = (_named_loss(view, old), _named_loss(view, new))
    if losses.count(True) != 1:
        return False, False
    if len(_LOSS_WORD.findall(view.text)) != 1 or not _PROFIT.search(view.text):
        return False, False
    return losses


def negated(q: Quantity) -> Quantity:
    """``q`` as the negative level it names ("a loss of $4.6 million" is -4.6 million);
    shown with its sign in evidence."""
    return replace(
        q,
        value=-q.value,
        interval=q.interval.scaled(Decimal(-1)),
        negative=True,
        text=f"-{' '.join(q.text.split())}",
    )
