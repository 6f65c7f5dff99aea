"""disclint's built-in rule pack.

Loaded through the same mechanism as a repository's own rule folder or a third-party
package (``disclint.packs``): a module whose ``RULES`` lists the rules it offers. Each
family lives in a module of its own (``hygiene``, ``fls``, ...) that imports only
``disclint.api`` (which exports the model types, facts and helpers the families read) and
its own package, and declares its own ``RULES``; this module gathers them, so adding a
family is adding a file. ``tests/test_rule_imports.py`` holds the import boundary.
"""

from __future__ import annotations

from disclint.api import Rule, package_rules

RULES: list[Rule] = package_rules(__name__, __path__)
