"""Codes disclint itself reports: rule crashes and suppression bookkeeping.

They are rules in every sense a user sees (listed by ``disclint rules``, explained by
``disclint explain``, selectable, re-severable) but the engine emits them, because they
are about the run rather than about the release: a rule that crashed, a suppression that
silenced nothing or carries no reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from disclint.api import Finding, Rule, RuleContext, rule
from disclint.startup import cleandoc


def _emitted_by_engine(ctx: RuleContext) -> Iterator[Finding]:
    """The engine reports these codes itself after the rules have run."""
    return iter(())


def _engine_rule(
    code: str, name: str, severity: str, summary: str, rationale: str, citation: str
) -> Rule:
    made = rule(
        code=code,
        name=name,
        family="disclint",
        severity=severity,
        summary=summary,
        citation=citation,
    )(_emitted_by_engine)
    return replace(made, rationale=cleandoc(rationale), origin="disclint")


INTERNAL_ERROR = _engine_rule(
    "DL001",
    "internal-error",
    "error",
    "A rule raised an exception; its checks did not run on this file",
    """A crash in one rule must not hide the findings of the others, nor pass silently:
    the other rules still run, this finding names the rule and the exception, and the run
    exits with code 2 whatever `--fail-on` says. Please report it with the release (or a
    redacted copy) so the rule can be fixed.""",
    "disclint's own contract: a run that could not check everything says so",
)
TOO_MANY_FINDINGS = _engine_rule(
    "DL002",
    "too-many-findings",
    "warning",
    "A rule found more problems in one file than a report can usefully show",
    """Past a hundred findings of one rule in one file, more lines help nobody and a
    hostile or mangled file (a megabyte of stray backslashes) could make a report of
    gigabytes. The engine keeps the first hundred and adds this one finding, at the rule's
    severity, saying how many more there were.""",
    "disclint's own contract: a report stays readable and bounded",
)
UNUSED_SUPPRESSION = _engine_rule(
    "DL100",
    "unused-suppression",
    "warning",
    "A suppression comment silences no finding",
    """A suppression that silences nothing is stale: the text it was written for has
    changed, or the rule no longer fires there. Left in place it would silence a future,
    different finding without anyone reviewing it. Remove it, or move it to where it
    belongs.""",
    "Audit trail for suppressed findings (compare ruff RUF100, SQLFluff --warn-unused-ignores)",
)
MISSING_REASON = _engine_rule(
    "DL101",
    "suppression-without-reason",
    "error",
    "A suppression comment gives no reason",
    """Every suppression is a decision that a reviewer may have to defend later. Write
    why after ` -- `, e.g. `disclint: ignore FLS006 -- bespeaks-caution language approved
    by J. Smith, 2026-11-02`. Turn the requirement off with `require-reason = false`.""",
    "Audit trail for suppressed findings",
)
BAD_SUPPRESSION = _engine_rule(
    "DL102",
    "malformed-suppression",
    "error",
    "A suppression comment names no rule, an unknown rule, or has an unknown action",
    """A suppression must say what it silences: `disclint: ignore CODE[, CODE] -- reason`,
    `disclint: disable CODE -- reason` ... `disclint: enable CODE`, or `disclint:
    ignore-file CODE -- reason`. A comment that names an unknown code silences nothing, and
    a blanket suppression would hide findings nobody reviewed.""",
    "Audit trail for suppressed findings",
)

ENGINE_RULES = (
    INTERNAL_ERROR,
    TOO_MANY_FINDINGS,
    UNUSED_SUPPRESSION,
    MISSING_REASON,
    BAD_SUPPRESSION,
)
ENGINE_CODES = frozenset(r.code for r in ENGINE_RULES)
