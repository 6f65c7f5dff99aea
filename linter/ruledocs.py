"""Rule documentation: the ``disclint rules`` listing and ``disclint explain`` pages.

Everything shown comes from the rules themselves (their metadata, docstring and options
model), so documentation cannot drift from behaviour.
"""

from __future__ import annotations

import json
import textwrap
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from disclint.api import Rule
    from disclint.engine import Plan


def rules_listing(plan: Plan, output_format: str) -> str:
    """All rules as a table (text), a list of objects (json) or a Markdown table."""
    enabled = {r.code for r in plan.selected}
    rows: list[dict[str, Any]] = [
        {
            "code": r.code,
            "name": r.name,
            "family": r.family,
            "severity": plan.severity(r).value,
            "default_severity": r.severity.value,
            "enabled": r.code in enabled,
            "fixable": r.fixable,
            "summary": r.summary,
            "origin": r.origin,
        }
        for r in plan.registry
    ]
    if output_format == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False)
    if output_format == "markdown":
        lines = ["| Code | Name | Family | Severity | Fix | Summary |", "|---|---|---|---|---|---|"]
        lines += [
            f"| {r['code']} | {r['name']} | {r['family']} | {r['default_severity']} | "
            f"{'yes' if r['fixable'] else ''} | {r['summary']} |"
            for r in rows
        ]
        return "\n".join(lines)
    width = max((len(r["name"]) for r in rows), default=10)
    lines = [
        f"{r['code']:8} {r['name']:<{width}}  {r['severity']:<7}  "
        f"{'on ' if r['enabled'] else 'off'}  {r['summary']}"
        for r in rows
    ]
    return "\n".join(lines)


def explain(rule: Rule, plan: Plan) -> str:
    """The full page for one rule."""
    enabled = any(r.code == rule.code for r in plan.selected)
    header = (
        f"{rule.code} {rule.name} ({rule.family}; default severity {rule.severity.value}; "
        f"{'enabled' if enabled else 'not enabled'} here; "
        f"{'fixable' if rule.fixable else 'no automatic fix'})"
    )
    parts = [header, "", rule.summary, ""]
    if rule.rationale:
        parts += [rule.rationale, ""]
    parts += [f"Source: {rule.citation}", ""]
    if rule.options is not None:
        parts.append(f"Options ([tool.disclint.rules.{rule.code}]):")
        for name, info in rule.options.model_fields.items():
            key = info.alias or name.replace("_", "-")
            default = info.get_default(call_default_factory=True)
            description = info.description or ""
            parts.append(f"  {key} = {json.dumps(default, default=str)}  {description}".rstrip())
        parts.append("")
    for flagged, accepted in rule.examples:
        parts += [
            "Flagged:",
            textwrap.indent(textwrap.fill(flagged, 88), "  "),
            "Accepted:",
            textwrap.indent(textwrap.fill(accepted, 88), "  "),
            "",
        ]
    parts.append(f"Origin: {rule.origin}")
    return "\n".join(parts).rstrip()
