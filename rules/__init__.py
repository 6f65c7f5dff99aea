"""disclint's built-in rule pack.

Loaded through the same mechanism as a repository's own rule folder or a third-party
package (``disclint.packs``): a module whose ``RULES`` lists the rules it offers. Each
family lives in a module of its own (``hygiene``, ``fls``, ...) that uses only
``disclint.api`` and the model and facts it documents, and declares its own ``RULES``;
this module gathers them, so adding a family is adding a file.
"""

from __future__ import annotations

import importlib
import pkgutil

from disclint.api import Rule


def _family_rules() -> list[Rule]:
    rules: list[Rule] = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        rules.extend(getattr(module, "RULES", ()))
    return rules


RULES: list[Rule] = _family_rules()
