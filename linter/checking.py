"""``disclint check`` from request to exit code: discover files, check them (in parallel
with ``--jobs``), apply fixes, write a baseline, render the report, choose the exit code.

Kept apart from the click command so that it can be driven and tested without a shell.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from disclint.engine import Engine, FileResult, RunOptions, exit_code

Echo = Callable[[str], None]


@dataclass
class CheckRequest:
    """Everything ``disclint check`` was asked to do."""

    paths: list[str]
    output_format: str = "text"
    output: Path | None = None
    fail_on: str | None = None
    select: list[str] | None = None
    extend_select: list[str] | None = None
    ignore: list[str] | None = None
    statistics: bool = False
    jobs: int = 1
    force_exclude: bool = False
    quiet: bool = False
    color: bool = False
    config_file: Path | None = None
    isolated: bool = False
    no_suppress: bool = False
    baseline: Path | None = None
    write_baseline: Path | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    stdin_filename: str | None = None
    annotate: Path | None = None
    exclude: list[str] | None = None
    extend_exclude: list[str] | None = None
    respect_gitignore: bool | None = None
    entry_points: bool = True
    stdin: bytes | None = field(default=None, repr=False)

    def run_options(self) -> RunOptions:
        return RunOptions(
            select=self.select,
            extend_select=self.extend_select,
            ignore=self.ignore,
            fail_on=self.fail_on,
            config_file=self.config_file,
            isolated=self.isolated,
            no_suppress=self.no_suppress,
            baseline=None if self.write_baseline else self.baseline,
            entry_points=self.entry_points,
            exclude=self.exclude,
            extend_exclude=self.extend_exclude,
            respect_gitignore=self.respect_gitignore,
        )


def files_to_check(engine: Engine, request: CheckRequest) -> list[Path]:
    """Expand folders with the include/exclude globs of the configuration that governs them."""
    from disclint.files import discover

    found: list[Path] = []
    for raw in request.paths:
        if raw == "-":
            continue
        target = Path(raw)
        plan = engine.plan_for(target if target.exists() else Path.cwd())
        settings = plan.config.settings
        found.extend(
            discover(
                [raw],
                settings.include,
                engine.exclude_patterns(target if target.exists() else Path.cwd()),
                force_exclude=request.force_exclude,
                root=plan.config.root,
                respect_gitignore=engine.respect_gitignore(
                    target if target.exists() else Path.cwd()
                ),
            )
        )
    return list(dict.fromkeys(found))


def run_check(request: CheckRequest, echo: Echo, error: Echo) -> int:
    """Run a check; returns the exit code. Raises ``DisclintError`` for config problems."""
    from disclint.reporters import ReportContext, renderer

    engine = Engine(request.run_options())
    files = files_to_check(engine, request)
    results = _check_all(engine, request, files)
    stdin = _check_stdin(engine, request) if "-" in request.paths else None
    fixed = 0
    if request.fix or request.diff:
        results, fixed = _apply_fixes(engine, request, results, files, echo)
    fixed_stdin: str | None = None
    if stdin is not None:
        if (request.fix or request.diff) and stdin.source is not None:
            stdin, fixed_stdin, count = _fix_stdin(engine, request, stdin, echo)
            fixed += count
        results.append(stdin)
    for result in results:
        if result.error is not None:
            error(result.error)
    anchor = next((Path(p) for p in request.paths if p != "-" and Path(p).exists()), Path.cwd())
    plan = engine.plan_for(anchor)
    fail_on = request.fail_on or plan.config.settings.fail_on
    if request.write_baseline is not None:
        from disclint.baseline import write_baseline

        count, pruned = write_baseline(
            request.write_baseline,
            [(r.path, r.findings) for r in results if r.error is None],
        )
        note = f" Pruned {pruned} stale entr{'y' if pruned == 1 else 'ies'}." if pruned else ""
        echo(f"Recorded {count} finding(s) in {request.write_baseline}.{note}")
        return 2 if any(r.error for r in results) else 0
    if request.annotate is not None:
        _annotate(request.annotate, results)
    baseline = request.baseline or (
        Path(plan.config.settings.baseline) if plan.config.settings.baseline else None
    )
    stale = 0
    if baseline is not None:
        from disclint.baseline import stale_entries

        stale = stale_entries(baseline, [(r.path, r.baselined) for r in results if not r.error])
    context = ReportContext(
        stale_baseline=stale,
        registry=engine.all_rules(),
        fail_on=fail_on,
        color=request.color,
        statistics=request.statistics,
        quiet=request.quiet,
        fixed=fixed,
    )
    if request.statistics:
        from disclint.reporters.statistics import render_statistics

        report = render_statistics(results, context, request.output_format)
    else:
        report = renderer(request.output_format)(results, context)
    if request.quiet and request.output_format == "text":
        report = "\n".join(_findings_only(report))
    if request.output is not None:
        from disclint.files import atomic_write

        atomic_write(request.output, report + "\n")
    elif fixed_stdin is not None:
        # `--fix -`: standard output is the fixed release (a filter), the report goes to stderr.
        echo(fixed_stdin.removesuffix("\n"))
        if report:
            print(report, file=sys.stderr)
    elif report:
        echo(report)
    return exit_code(results, fail_on)


def _annotate(target: Path, results: list[FileResult]) -> None:
    """``--annotate``: a .docx copy of the one release checked, a comment per finding."""
    from disclint.annotate import annotate
    from disclint.errors import ConfigError

    if len(results) != 1:
        raise ConfigError(f"--annotate needs exactly one release to check, not {len(results)}")
    if results[0].error is None:
        annotate(results[0], Path(results[0].path), target)


def _findings_only(report: str) -> list[str]:
    lines = report.splitlines()
    while lines and not lines[-1].startswith(" ") and ":" not in lines[-1].split(" ")[0]:
        lines.pop()
    return lines


def _check_all(engine: Engine, request: CheckRequest, files: list[Path]) -> list[FileResult]:
    from disclint.progress import progress

    jobs = request.jobs if request.jobs > 0 else (os.cpu_count() or 1)
    shown = not request.quiet
    if jobs <= 1 or len(files) < 4:
        checked = (engine.check_path(path) for path in files)
        return list(progress(checked, len(files), enabled=shown))
    from concurrent.futures import ProcessPoolExecutor

    options = request.run_options()
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_worker_init, initargs=(options,)
    ) as pool:
        chunks = max(1, len(files) // (jobs * 4))
        done = pool.map(_worker_check, files, chunksize=chunks)
        return list(progress(done, len(files), enabled=shown))


_WORKER: Engine | None = None


def _worker_init(options: RunOptions) -> None:
    global _WORKER
    _WORKER = Engine(options)


def _worker_check(path: Path) -> FileResult:
    assert _WORKER is not None
    return _WORKER.check_path(path)


def _check_stdin(engine: Engine, request: CheckRequest, data: bytes | None = None) -> FileResult:
    """Check standard input; without a telling ``--stdin-filename`` its format is sniffed."""
    from disclint.errors import InputError
    from disclint.readers import format_for, read_bytes
    from disclint.readers.sniff import sniff_format

    name = request.stdin_filename or "-"
    if data is None:
        data = request.stdin if request.stdin is not None else sys.stdin.buffer.read()
    try:
        source = read_bytes(data, name, fmt=format_for(name, default=sniff_format(data)))
    except InputError as exc:
        return FileResult(path=name, error=str(exc))
    target = Path(request.stdin_filename) if request.stdin_filename else Path.cwd() / "-"
    return engine.check_source(source, target)


def _fix_stdin(
    engine: Engine, request: CheckRequest, result: FileResult, echo: Echo
) -> tuple[FileResult, str | None, int]:
    """``--fix -``: the fixed text (for standard output) and its fresh check; ``--diff -``:
    the diff. Nothing is written to a file, whatever ``--stdin-filename`` says."""
    from disclint.fixes import fix_file, unified_diff

    source = result.source
    assert source is not None
    if source.format == "docx":  # a .docx is never rewritten: the report as usual
        return result, None, 0
    outcome = fix_file(
        source, result.findings, result.path, unsafe=request.unsafe_fixes, write=False
    )
    if request.diff:
        if outcome.fixed_text is not None:
            echo(unified_diff(result.path, source.raw, outcome.fixed_text))
        return result, None, outcome.applied
    if outcome.fixed_text is None:
        return result, source.raw, 0
    again = _check_stdin(engine, request, outcome.fixed_text.encode(source.encoding))
    return again, outcome.fixed_text, outcome.applied


def _apply_fixes(
    engine: Engine,
    request: CheckRequest,
    results: list[FileResult],
    files: Sequence[Path],
    echo: Echo,
) -> tuple[list[FileResult], int]:
    """Fix (or diff) each file, then re-check the fixed ones so the report is current."""
    from disclint.fixes import fix_file, unified_diff

    total = 0
    updated: list[FileResult] = []
    for result in results:
        source = result.source
        if result.error is not None or source is None or result.path == "-":
            updated.append(result)
            continue
        outcome = fix_file(
            source,
            result.findings,
            result.path,
            unsafe=request.unsafe_fixes,
            write=request.fix and not request.diff,
        )
        if outcome.fixed_text is None:
            updated.append(result)
            continue
        total += outcome.applied
        if request.diff:
            echo(unified_diff(result.path, source.raw, outcome.fixed_text))
            updated.append(result)
        else:
            updated.append(engine.check_path(Path(result.path)))
    return updated, total
