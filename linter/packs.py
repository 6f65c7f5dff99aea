"""Rule packs: one mechanism for the built-in rules, local folders, installed packages and
phrase rules written in configuration.

A pack is a Python module (or package) whose namespace holds ``Rule`` objects, or which
lists them in ``RULES``. The built-in pack is the module ``disclint.rules``; an installed
package registers its module under the entry-point group ``disclint.rules``; a folder
named in ``rule-packs`` is imported file by file. Every rule passes the same checks, and
two rules with one code is a configuration error that names both origins.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from disclint.api import Rule, RuleContext, Severity, iter_rules, rule
from disclint.digests import sha1
from disclint.errors import ConfigError

if TYPE_CHECKING:
    from disclint.api import Finding
    from disclint.config import PhraseRule

ENTRY_POINT_GROUP = "disclint.rules"
BUILTIN_PACK = "disclint.rules"


@dataclass(frozen=True)
class Registry:
    """All rules available to a run, by code, in a stable order."""

    rules: dict[str, Rule]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules.values())

    def get(self, code_or_name: str) -> Rule | None:
        wanted = code_or_name.strip()
        found = self.rules.get(wanted.upper())
        if found is not None:
            return found
        return next((r for r in self.rules.values() if r.name == wanted.lower()), None)


def rules_of_module(module: ModuleType) -> list[Rule]:
    """The rules a module offers: its ``RULES`` list if it has one, else every ``Rule``."""
    declared = getattr(module, "RULES", None)
    if declared is not None:
        return list(iter_rules(declared))
    return list(iter_rules(vars(module)))


def load_module_pack(name: str, origin: str) -> list[Rule]:
    """Import a pack by module name (the built-in pack, or an entry point's target)."""
    try:
        module = importlib.import_module(name)
    except Exception as exc:  # a broken third-party pack must not be a traceback
        raise ConfigError(f"rule pack {origin}: cannot import {name}: {exc}") from None
    return _relabel(rules_of_module(module), origin)


def load_folder_pack(folder: Path) -> list[Rule]:
    """Import every ``*.py`` file of a folder (not starting with ``_``) as a pack."""
    if not folder.is_dir():
        raise ConfigError(f"rule-packs: {folder} is not a folder")
    digest = sha1(str(folder).encode()).hexdigest()[:10]
    package = f"disclint_pack_{digest}"
    found: list[Rule] = []
    for file in sorted(folder.glob("*.py")):
        if file.name.startswith("_"):
            continue
        module_name = f"{package}_{file.stem}"
        module = sys.modules.get(module_name)
        if module is None:
            spec = importlib.util.spec_from_file_location(module_name, file)
            if spec is None or spec.loader is None:
                raise ConfigError(f"rule-packs: cannot load {file}")
            module = importlib.util.module_from_spec(spec)
            sys.modules[module_name] = module
            try:
                spec.loader.exec_module(module)
            except Exception as exc:
                del sys.modules[module_name]
                raise ConfigError(f"rule-packs: {file}: {type(exc).__name__}: {exc}") from None
        found.extend(_relabel(rules_of_module(module), str(file)))
    return found


def entry_point_packs() -> Iterator[tuple[str, str]]:
    """(origin, module name) for every installed pack registered under ``disclint.rules``."""
    if not _any_pack_installed():
        return
    from importlib.metadata import entry_points

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        dist = entry.dist.name if entry.dist is not None else "?"
        yield f"{dist} (entry point {entry.name})", entry.value.split(":")[0]


def _any_pack_installed() -> bool:
    """Whether any installed distribution on ``sys.path`` declares the entry-point group:
    a look at the ``entry_points.txt`` files, so that the usual run (no third-party pack)
    does not import ``importlib.metadata`` (a third of a pre-commit hook's fixed cost after
    the rules themselves). Anything unexpected answers yes, and the full lookup decides."""
    import os

    marker = f"[{ENTRY_POINT_GROUP}]".encode()
    try:
        for folder in sys.path:
            if not folder or not os.path.isdir(folder):
                continue
            for name in os.listdir(folder):
                if not name.endswith((".dist-info", ".egg-info")):
                    continue
                try:
                    with open(os.path.join(folder, name, "entry_points.txt"), "rb") as handle:
                        if marker in handle.read():
                            return True
                except (FileNotFoundError, NotADirectoryError):
                    continue
    except OSError:
        return True
    return False


def phrase_rules(definitions: Iterable[PhraseRule], origin: str) -> list[Rule]:
    """Turn ``phrase-rules`` from configuration into rules."""
    made = []
    for definition in definitions:
        try:
            made.append(_phrase_rule(definition, origin))
        except (ValueError, re.error) as exc:
            raise ConfigError(f"{origin}: phrase-rules {definition.code}: {exc}") from None
    return made


def _phrase_rule(definition: PhraseRule, origin: str) -> Rule:
    flags = 0 if definition.case_sensitive else re.IGNORECASE
    source = definition.pattern if definition.regex else re.escape(definition.pattern)
    if not definition.regex:
        source = rf"(?<!\w){source}(?!\w)"
    pattern = re.compile(source, flags)
    sections = set(definition.sections)
    message = definition.message

    def check(ctx: RuleContext) -> Iterator[Finding]:
        text = ctx.release.text
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            if sections and ctx.release.section_at(match.start()) not in sections:
                continue
            yield ctx.finding(
                match.start(),
                match.end(),
                message,
                evidence=[f"matched {match.group()!r} (pattern {definition.pattern!r})"],
            )

    check.__doc__ = (
        f"A house rule from {origin}.\n\nIt flags `{definition.pattern}`"
        f"{' (regular expression)' if definition.regex else ''}"
        f"{' in ' + ', '.join(sorted(sections)) if sections else ''}: {message}"
    )
    check.__module__ = origin
    made = rule(
        code=definition.code,
        name=definition.name or f"house-{definition.code.lower()}",
        family="house",
        severity=definition.severity,
        summary=definition.summary or message,
        citation=definition.citation or f"House rule ({origin})",
    )(check)
    return _relabel([made], origin)[0]


def _relabel(rules: list[Rule], origin: str) -> list[Rule]:
    """``rules`` with ``origin`` (a rule already from there is kept as it is)."""
    return [r if r.origin == origin else _with_origin(r, origin) for r in rules]


def _with_origin(made: Rule, origin: str) -> Rule:
    """``dataclasses.replace(made, origin=origin)``: a copy of its fields (``Rule``
    validates nothing as it is made, so copying them is making it again), without
    ``replace``'s look at every field and keyword call of ``__init__`` (83 rules
    relabelled as a check starts). A subclass that checks its fields on creation
    (``__post_init__``), or one without a ``__dict__``, is made by ``replace``."""
    kind = type(made)
    state = getattr(made, "__dict__", None)
    if state is None or hasattr(kind, "__post_init__"):
        from dataclasses import replace

        return replace(made, origin=origin)
    copied = object.__new__(kind)
    vars(copied).update(state)
    vars(copied)["origin"] = origin
    return copied


def build_registry(
    folders: Iterable[Path] = (),
    phrases: Iterable[PhraseRule] = (),
    config_origin: str = "configuration",
    *,
    entry_points: bool = True,
) -> Registry:
    """Collect the built-in pack, installed packs, folder packs and phrase rules."""
    from disclint.engine_rules import ENGINE_RULES

    collected: list[Rule] = [*ENGINE_RULES, *load_module_pack(BUILTIN_PACK, "built-in")]
    if entry_points:
        for origin, module in entry_point_packs():
            if module == BUILTIN_PACK:
                continue
            collected.extend(load_module_pack(module, origin))
    for folder in folders:
        collected.extend(load_folder_pack(folder))
    collected.extend(phrase_rules(phrases, config_origin))
    rules: dict[str, Rule] = {}
    for item in collected:
        other = rules.get(item.code)
        if other is not None and other is not item:
            raise ConfigError(
                f"two rules have the code {item.code}: {other.name} from {other.origin} "
                f"and {item.name} from {item.origin}"
            )
        rules[item.code] = item
    _check_engine_codes(rules)
    return Registry(dict(sorted(rules.items())))


def _check_engine_codes(rules: dict[str, Rule]) -> None:
    from disclint.engine_rules import ENGINE_CODES

    for code in ENGINE_CODES:
        if code in rules and rules[code].origin != "disclint":
            raise ConfigError(
                f"rule code {code} is reserved for disclint itself ({rules[code].origin})"
            )


__all__ = ["Registry", "Severity", "build_registry", "load_folder_pack", "rules_of_module"]
