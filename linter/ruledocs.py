"""Rule documentation: the ``disclint rules`` listing and ``disclint explain`` pages.

Everything shown comes from the rules themselves (their metadata, docstring and options
model), so documentation cannot drift from behaviour.
"""

from __future__ import annotations

import json
import re
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
    if rule.examples:
        parts += [
            "Examples (each is checked inside a clean example release; text under [part] "
            "replaces that part, an empty [part] removes it, other text is a body paragraph):",
            "",
        ]
    for flagged, accepted in rule.examples:
        parts += [
            "Flagged:",
            _example_text(flagged),
            "Accepted:",
            _example_text(accepted),
            "",
        ]
    parts.append(f"Origin: {rule.origin}")
    return "\n".join(parts).rstrip()


def _example_text(example: str) -> str:
    """An example as written, its lines kept (a tag starts a line), long lines wrapped."""
    lines = [textwrap.fill(line, 88) if line else "" for line in example.splitlines()]
    return textwrap.indent("\n".join(lines), "  ", lambda line: True)


# -- examples that run ---------------------------------------------------------------------

#: The clean release every documented example is checked inside (``example_release``). No
#: built-in rule reports anything on it as it stands; an example changes one part of it.
EXAMPLE_FRAME: dict[str, str] = {
    "date": "June 12, 2025",
    "headline": "Acme Solar Signs Supply Agreement with Borealis Glass",
    "opening": (
        "GOLDEN, Colo., June 12, 2025 /PRNewswire/ -- Acme Solar, Inc. (Nasdaq: ACME), a "
        "maker of flexible solar modules, today announced a three-year agreement under which "
        "Borealis Glass Ltd. will supply the front glass for its modules."
    ),
    "body": "",
    "about": (
        "About Acme Solar\n\nAcme Solar, Inc. makes flexible solar modules at its plant in "
        "Golden, Colorado. For more information, visit www.acme-solar.example."
    ),
    "legend": (
        "Forward-Looking Statements\n\nThis press release contains forward-looking "
        "statements within the meaning of the Private Securities Litigation Reform Act of "
        "1995, including statements about deliveries under the agreement. Actual results "
        "could differ materially because of risks and uncertainties that include Borealis "
        "Glass's ability to deliver glass on schedule, demand for flexible modules in Europe, "
        "changes in tariffs on imported glass, and our ability to finance the expansion of "
        'the Golden plant. These and other risks are described under "Risk Factors" in our '
        "Annual Report on Form 10-K for 2024 and our later Quarterly Reports on Form 10-Q. "
        "These statements speak only as of the date of this release, and we undertake no "
        "obligation to update them except as required by law."
    ),
    "contact": "Investor Relations:\nJane Doe\nir@acme-solar.example\n+1 303-555-0100",
}
_SLOT = re.compile(r"^\[(?P<slot>[a-z]+)\][ \t]?", re.MULTILINE)
_WHOLE = re.compile(r"\A\s*\[release\]\s*")


def example_release(example: str) -> tuple[str, str]:
    """The release (and the ``.disclint.toml``) a documented example is checked in.

    An example is written as the part of a release it is about. Text under a tag replaces
    that part of ``EXAMPLE_FRAME`` (``[headline]``, ``[date]``, ``[opening]``, ``[about]``,
    ``[legend]``, ``[contact]``; an empty tag removes the part); untagged text, or text under
    ``[body]``, is a body paragraph after the opening; ``[config]`` lines are the
    configuration (TOML, e.g. an issuer profile). So "[legend]" alone is "this release with
    no cautionary section", and the rest of the release is the clean frame. An example that
    is about the release as a whole (its headline against its body, its kind of
    announcement) starts with ``[release]``: the text after the tag is the whole release and
    the frame is not used.
    """
    whole = _WHOLE.match(example)
    if whole:
        return example[whole.end() :].strip() + "\n", ""
    parts = dict(EXAMPLE_FRAME)
    config: list[str] = []
    pieces = _SLOT.split(example)
    chunks = [("body", pieces[0]), *zip(pieces[1::2], pieces[2::2], strict=True)]
    for slot, text in chunks:
        text = text.strip()
        if slot == "config":
            config.append(text)
        elif slot == "body":
            parts["body"] = "\n\n".join(p for p in (parts["body"], text) if p)
        elif slot in parts:
            parts[slot] = text
        else:
            raise ValueError(f"unknown example part [{slot}]")
    order = ("date", "headline", "opening", "body", "about", "legend", "contact")
    release = "\n\n".join(parts[k] for k in order if parts[k]) + "\n"
    return release, "\n".join(config) + ("\n" if config else "")
