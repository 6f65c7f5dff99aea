"""Editorial consistency (EDT): the errors that actually ship on the wire.

Releases that were later corrected on the wire ("CORRECTING and REPLACING", "Update:")
rarely fail on law; they fail on editing: a template headline left in, a reviewer's note
to the client, a name spelled two ways, a headline period or dateline that contradicts the
story, a contact who belongs to someone else, an empty body, invisible characters. Each
rule of this family is one module of this package; this module gathers their ``RULES``.
"""

from __future__ import annotations

import importlib
import pkgutil

from disclint.api import Rule


def _rules() -> list[Rule]:
    rules: list[Rule] = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        rules.extend(getattr(module, "RULES", ()))
    return sorted(rules, key=lambda r: r.code)


RULES: list[Rule] = _rules()
