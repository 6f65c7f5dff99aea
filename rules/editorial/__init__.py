"""Editorial consistency (EDT): the errors that actually ship on the wire.

Releases that were later corrected on the wire ("CORRECTING and REPLACING", "Update:")
rarely fail on law; they fail on editing: a template headline left in, a reviewer's note
to the client, a name spelled two ways, a headline period or dateline that contradicts the
story, a contact who belongs to someone else, an empty body, invisible characters. Each
rule of this family is one module of this package; this module gathers their ``RULES``.
"""

from __future__ import annotations

from disclint.api import Rule, package_rules

RULES: list[Rule] = sorted(package_rules(__name__, __path__), key=lambda r: r.code)
