"""Shared vocabulary of company names: legal forms and the words that make a name a business's.

Several readers need to know that "Acme Robotics, Inc." is a company's name: the parser (a
block that is only a company's name, the end of a sentence, the company a boilerplate
paragraph describes), the quotation reader (an organisation after a speaker's title), the
contact reader (a company line run into a person's name) and the rules that decide whose
release it is. They used to carry their own copies of the list, and the copies drifted
("GmbH" known to one, "S.A." to another). The lists live here, once; each reader builds the
pattern it needs from them with :func:`alternation`, so adding a legal form teaches every
reader at once.

Only data and a pattern builder: importing this module compiles nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "BUSINESS_WORDS",
    "DOTTED_LEGAL_FORMS",
    "LEGAL_FORMS",
    "SECTOR_WORDS",
    "SPELLED_LEGAL_FORMS",
    "UNDOTTED_LEGAL_FORMS",
    "alternation",
]

#: Legal forms printed with a full stop as part of them ("Inc.", "N.V."): that full stop
#: does not end a sentence. Written here without the final full stop; a pattern adds ``\.?``.
DOTTED_LEGAL_FORMS: tuple[str, ...] = (
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "Ltda",
    "L.L.C",
    "L.P",
    "N.V",
    "S.A",
)
#: Legal forms printed as initials or a short word without a full stop ("LLC", "AG").
UNDOTTED_LEGAL_FORMS: tuple[str, ...] = (
    "LLC",
    "LLP",
    "LP",
    "plc",
    "PLC",
    "NV",
    "SA",
    "AG",
    "SE",
    "GmbH",
    "BV",
    "AB",
    "ASA",
    "Oyj",
)
#: Legal forms written out in full ("Acme Robotics Corporation").
SPELLED_LEGAL_FORMS: tuple[str, ...] = ("Incorporated", "Corporation", "Company", "Limited")
#: Every legal form a company's name may end with.
LEGAL_FORMS: tuple[str, ...] = DOTTED_LEGAL_FORMS + UNDOTTED_LEGAL_FORMS + SPELLED_LEGAL_FORMS
#: Words that make a name a business's rather than a person's when they close it ("Roe
#: Holdings", "Acme Technologies"), beside the legal forms.
BUSINESS_WORDS: tuple[str, ...] = (
    "Group",
    "Holdings",
    "Partners",
    "Capital",
    "Technologies",
    "Systems",
    "Labs",
    "Bank",
    "Communications",
    "Advisors",
    "Advisory",
    "Consulting",
    "Strategies",
    "Solutions",
    "Agency",
    "Associates",
    "Network",
    "Media",
    "Relations",
    "Resources",
    "Mining",
    "Ventures",
    "Securities",
    "Markets",
)

#: Sector words that often close a business's name ("Acme Medical", "Mauka Digital") but are
#: too common as adjectives to mark a line as an organisation's: only a reader that already
#: knows it looks at a name uses them, to tell "Jane Roe" from "Roe Health".
SECTOR_WORDS: tuple[str, ...] = ("Medical", "Health", "Digital")


def alternation(words: Iterable[str], *, upper: bool = False) -> str:
    """A non-capturing alternation matching any of ``words`` as written (full stops
    escaped, longest first so "L.L.C" wins over "L"), and with ``upper`` their all-capitals
    spellings too ("INC", "CORPORATION"), as headings and letterheads print them. No word
    boundaries: the caller places the alternation where its pattern needs it."""
    forms = set(words)
    if upper:
        forms |= {w.upper() for w in forms}
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"
