"""The ``disclint`` command line.

Every command imports what it needs inside its own body: ``disclint --version`` or a
pre-commit hook on a clean file should not pay for the parser, the rules or the reporters
it does not use. Errors a user can fix print as one line and exit with code 2; a closed
pipe (``disclint ... | head``) ends quietly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from disclint import __version__

F = TypeVar("F", bound=Callable[..., Any])

#: Exit codes: nothing at or above --fail-on / findings at or above it / usage, config or input.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


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
    """Show the sections disclint sees in each release (the first thing to run when a
    finding surprises you)."""
    from disclint.errors import InputError
    from disclint.outline import outline
    from disclint.parse import parse_path

    releases = []
    failed = False
    for path in paths:
        try:
            release = parse_path(path)
        except InputError as exc:
            report_error(str(exc))
            failed = True
            continue
        if output_format == "text":
            click.echo(outline(release))
        else:
            releases.append(release)
    if output_format == "json":
        import json

        payload = {
            "version": __version__,
            "releases": [r.model_dump(mode="json") for r in releases],
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="disclint")
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_CLEAN)
    except KeyboardInterrupt:
        sys.exit(130)
