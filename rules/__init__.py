"""disclint's built-in rule pack.

Loaded through the same mechanism as a repository's own rule folder or a third-party
package (``disclint.packs``): a module whose ``RULES`` lists the rules it offers. Each
family lives in a module of its own and uses only ``disclint.api``.
"""

from __future__ import annotations

from disclint.api import Rule

from . import hygiene

RULES: list[Rule] = [
    *hygiene.RULES,
]
