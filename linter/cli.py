"""The ``disclint`` command line.

Every command imports what it needs inside its own body: ``disclint --version`` or a
pre-commit hook on a clean file should not pay for the parser, the rules or the reporters
it does not use. Errors a user can fix print as one line and exit with code 2; a closed
pipe (``disclint ... | head``) ends quietly. The program starts in ``disclint.entry``,
which runs an ordinary ``check`` without importing click and hands everything else to the
click group defined here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from disclint import __version__
from disclint.entry import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    install_caches,
    main,
    run_check_command,
)

if TYPE_CHECKING:
    from disclint.model import Release
    from disclint.standing import Standing

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_FINDINGS", "cli", "main"]


def report_error(message: str) -> None:
    """One line on standard error, the shape every disclint error has."""
    click.echo(f"disclint: error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="disclint")
def cli() -> None:
    """disclint: a regulatory-disclosure linter for corporate press releases.

    Reads releases (.txt, .md, .html/.htm, .docx), parses them into sections and checks
    forward-looking statements, contacts, arithmetic, wire conventions and more.
    """


@cli.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: a readable outline; json: the complete parsed model.",
)
def parse_command(paths: Sequence[str], output_format: str) -> None:
    """Show the sections disclint sees in each release, and whose text it decides the
    release is (the first thing to run when a finding surprises you)."""
    install_caches()
    from disclint.errors import InputError
    from disclint.outline import outline
    from disclint.parse import parse_path

    releases = []
    failed = False
    for path in paths:
        try:
            release = parse_path(path)
            decision = _standing_of(release, path)
        except InputError as exc:
            report_error(str(exc))
            failed = True
            continue
        except Exception as exc:  # a crash is this file's one-line error, as in `check`
            from disclint.engine import internal_error_message

            report_error(internal_error_message(path, "parsing", exc))
            failed = True
            continue
        if output_format == "text":
            click.echo(outline(release))
            click.echo(decision.summary())
            for line in decision.evidence[1:]:
                click.echo(f"  {line}")
        else:
            payload = release.model_dump(mode="json")
            payload["standing"] = {
                "kind": decision.kind.value,
                "description": decision.kind.describe(),
                "evidence": list(decision.evidence),
                "names": decision.names,
            }
            releases.append(payload)
    if output_format == "json":
        import json

        payload = {"version": __version__, "releases": releases}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


def _standing_of(release: Release, path: str) -> Standing:
    """Whose text ``release`` is, with the issuer profile of the configuration that applies
    to ``path`` (none if the configuration cannot be read: ``check`` reports that)."""
    from pathlib import Path

    from disclint.engine import Engine
    from disclint.errors import DisclintError
    from disclint.facts import Facts
    from disclint.profile import IssuerProfile
    from disclint.standing import decide

    try:
        issuer = Engine().plan_for(Path(path)).config.settings.issuer
    except DisclintError:
        issuer = IssuerProfile()
    return decide(release, Facts(release), issuer)


@cli.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "concise", "json", "sarif", "github", "gitlab", "junit", "html"]),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Lowest severity that makes the exit code 1 [config, else error].",
)
@click.option("--select", multiple=True, help="Rules to run: codes, prefixes, names or ALL.")
@click.option("--extend-select", multiple=True, help="Rules to run in addition.")
@click.option("--ignore", multiple=True, help="Rules not to run: codes, prefixes or names.")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Files checked in parallel (0: one per CPU).",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply exclude globs to files named on the command line too (pre-commit).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary.")
@click.option(
    "--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, exists=True),
    help="Use this configuration file instead of searching for one.",
)
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option(
    "--no-suppress",
    is_flag=True,
    help="Ignore inline suppressions and show every finding (for audits).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record every current finding in this file, then exit 0.",
)
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files (never .docx).")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; change nothing.")
@click.option("--stdin-filename", help="Name (and so format and config) for input read from -.")
@click.option(
    "--annotate",
    type=click.Path(dir_okay=False),
    help="Write a .docx copy of the release with a Word comment at each finding.",
)
@click.option(
    "--exclude", multiple=True, help="Globs to skip, replacing the built-in and configured ones."
)
@click.option("--extend-exclude", multiple=True, help="Globs to skip in addition.")
@click.option(
    "--respect-gitignore/--no-respect-gitignore",
    default=None,
    help="Skip what git ignores (.gitignore) [config, else on].",
)
@click.option(
    "--no-cache", is_flag=True, help="Check every file again; ignore .disclint_cache results."
)
def check_command(
    paths: Sequence[str],
    output_format: str,
    output: str | None,
    fail_on: str | None,
    select: Sequence[str],
    extend_select: Sequence[str],
    ignore: Sequence[str],
    statistics: bool,
    jobs: int,
    force_exclude: bool,
    quiet: bool,
    color: str,
    config_file: str | None,
    isolated: bool,
    no_suppress: bool,
    baseline: str | None,
    write_baseline: str | None,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    stdin_filename: str | None,
    annotate: str | None,
    exclude: Sequence[str],
    extend_exclude: Sequence[str],
    respect_gitignore: bool | None,
    no_cache: bool,
) -> None:
    """Check releases (files or folders; - reads standard input) and report findings.

    Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a usage,
    configuration or input error, or a rule that crashed.
    """
    run_check_command(
        {
            "paths": paths,
            "output_format": output_format,
            "output": output,
            "fail_on": fail_on,
            "select": select,
            "extend_select": extend_select,
            "ignore": ignore,
            "statistics": statistics,
            "jobs": jobs,
            "force_exclude": force_exclude,
            "quiet": quiet,
            "color": color,
            "config_file": config_file,
            "isolated": isolated,
            "no_suppress": no_suppress,
            "baseline": baseline,
            "write_baseline": write_baseline,
            "fix": fix,
            "unsafe_fixes": unsafe_fixes,
            "diff": diff,
            "stdin_filename": stdin_filename,
            "annotate": annotate,
            "exclude": exclude,
            "extend_exclude": extend_exclude,
            "respect_gitignore": respect_gitignore,
            "no_cache": no_cache,
        },
        click.echo,
    )


@cli.command("rules")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True))
def rules_command(output_format: str, config_file: str | None) -> None:
    """List every rule: code, name, family, severity, summary, and whether it is enabled."""
    from pathlib import Path

    install_caches()

    from disclint.engine import Engine, RunOptions
    from disclint.errors import DisclintError
    from disclint.ruledocs import rules_listing

    try:
        engine = Engine(RunOptions(config_file=Path(config_file) if config_file else None))
        plan = engine.plan_for(Path.cwd())
    except DisclintError as exc:
        report_error(str(exc))
        sys.exit(EXIT_ERROR)
    click.echo(rules_listing(plan, output_format))


@cli.command("explain")
@click.argument("code")
def explain_command(code: str) -> None:
    """Explain a rule: why it exists, its legal or conventional source, options, examples."""
    from pathlib import Path

    install_caches()

    from disclint.engine import Engine
    from disclint.errors import DisclintError
    from disclint.ruledocs import explain

    try:
        plan = Engine().plan_for(Path.cwd())
    except DisclintError as exc:
        report_error(str(exc))
        sys.exit(EXIT_ERROR)
    found = plan.registry.get(code)
    if found is None:
        import difflib

        known = [r.code for r in plan.registry] + [r.name for r in plan.registry]
        near = difflib.get_close_matches(code.upper(), known, n=1, cutoff=0.5) or (
            difflib.get_close_matches(code, known, n=1, cutoff=0.5)
        )
        hint = f"; did you mean {near[0]}?" if near else ""
        report_error(f"no rule has the code or name {code!r}{hint} (see `disclint rules`)")
        sys.exit(EXIT_ERROR)
    click.echo(explain(found, plan))
