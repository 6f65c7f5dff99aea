"""``disclint check`` from request to exit code: discover files, check them (in parallel
with ``--jobs``), apply fixes, write a baseline, render the report, choose the exit code.

Kept apart from the click command so that it can be driven and tested without a shell.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from disclint.engine import Engine, FileResult, RunOptions, exit_code

if TYPE_CHECKING:
    from disclint.reporters import ReportContext

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
    no_cache: bool = True
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
            # a cached result has no parsed source, which these need
            cache=not (self.no_cache or self.needs_source()),
        )

    def needs_source(self) -> bool:
        """Does the run need each file's parsed source after its check: to fix it, to
        annotate a copy, or for the HTML report (which shows the release's text)?"""
        return self.fix or self.diff or self.annotate is not None or self.output_format == "html"


class FileList(Sequence[Path]):
    """The files of a run, in order, kept as strings and made ``Path`` objects one at a
    time as they are checked: a ``Path`` holds its string, its parts and their strings
    (about 300 bytes more), which for 7,000 files was 2 MB of the run's peak memory."""

    __slots__ = ("_names",)

    def __init__(self, names: list[str]) -> None:
        self._names = names

    def __len__(self) -> int:
        return len(self._names)

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> list[Path]: ...

    def __getitem__(self, index: int | slice) -> Path | list[Path]:
        if isinstance(index, slice):
            return [Path(name) for name in self._names[index]]
        return Path(self._names[index])

    def __iter__(self) -> Iterator[Path]:
        return (Path(name) for name in self._names)


def files_to_check(engine: Engine, request: CheckRequest) -> FileList:
    """Expand folders with the include/exclude globs of the configuration that governs them.

    The configuration of every file is loaded and validated here, before any file is
    checked: a mistake in a nested ``.disclint.toml`` is one error up front, not a crash
    after minutes of work. A path that cannot be examined is kept, to get its own error.
    """
    from disclint.files import discover

    found: list[str] = []
    for raw in request.paths:
        if raw == "-":
            continue
        target = Path(raw)
        anchor = target if _exists(target) else Path.cwd()
        plan = engine.plan_for(anchor)
        settings = plan.config.settings
        try:
            found.extend(
                str(path)
                for path in discover(
                    [raw],
                    settings.include,
                    engine.exclude_patterns(anchor),
                    force_exclude=request.force_exclude,
                    root=plan.config.root,
                    respect_gitignore=engine.respect_gitignore(anchor),
                )
            )
        except OSError:
            found.append(str(target))  # read_path will say what is wrong with it
    files = FileList(list(dict.fromkeys(found)))
    for file in files:
        engine.plan_for(file if _exists(file) else Path.cwd())
    return files


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def run_check(request: CheckRequest, echo: Echo, error: Echo) -> int:
    """Run a check; returns the exit code. Raises ``DisclintError`` for config problems
    and for a report that cannot be written."""
    from disclint.reporters import clean_results, renderer

    if request.output is not None:
        from disclint.writes import writable_target

        writable_target(request.output)  # refuse a bad -o before any work is done
    if request.write_baseline is not None:
        from disclint.writes import writable_target

        writable_target(request.write_baseline)
    if request.annotate is not None:
        _annotate_target(request.annotate)
    engine = Engine(request.run_options())
    files = files_to_check(engine, request)
    anchor = next((Path(p) for p in request.paths if p != "-" and _exists(Path(p))), Path.cwd())
    plan = engine.plan_for(anchor)
    fail_on = request.fail_on or plan.config.settings.fail_on
    baseline = _baseline_in_effect(request, plan.config.settings.baseline)
    if _streamable(request):
        return _run_streaming(engine, request, files, fail_on, baseline, echo, error)
    keep_source = request.needs_source()
    results: list[FileResult] = []
    for result in _check_all(engine, request, files):
        if not keep_source:
            result.source = None  # memory stays flat however many files a run checks
        results.append(result)
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
    stale = 0
    if baseline is not None:
        from disclint.baseline import stale_entries

        stale = stale_entries(baseline, [(r.path, r.baselined) for r in results if not r.error])
    clean_results(results)
    for result in results:
        if result.error is not None:
            error(result.error)
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
    context = _report_context(engine, request, fail_on, fixed, stale)
    if request.statistics:
        from disclint.reporters.statistics import render_statistics

        report = render_statistics(results, context, request.output_format)
    else:
        report = renderer(request.output_format)(results, context)
    if request.quiet and request.output_format == "text":
        report = "\n".join(_findings_only(report))
    if fixed_stdin is not None:
        # `--fix -`: standard output is the fixed release (a filter); the report goes to the
        # -o file or, without one, to standard error.
        echo(fixed_stdin.removesuffix("\n"))
    if request.output is not None:
        from disclint.writes import write_file

        write_file(request.output, (report + "\n").encode("utf-8", "backslashreplace"))
    elif fixed_stdin is not None:
        if report:
            print(report, file=sys.stderr)
    elif report:
        echo(report)
    return exit_code(results, fail_on)


def _baseline_in_effect(request: CheckRequest, configured: str | None) -> Path | None:
    """The baseline whose stale entries the summary counts (none while writing one)."""
    if request.write_baseline is not None:
        return None
    return request.baseline or (Path(configured) if configured else None)


def _annotate_target(target: Path) -> None:
    """Refuse a bad ``--annotate`` target before any work is done."""
    from disclint.errors import InputError
    from disclint.writes import WriteError, writable_target

    try:
        writable_target(target)
    except WriteError as exc:
        raise InputError(str(target), f"cannot write the annotated copy: {exc.problem}") from None


def _annotate(target: Path, results: list[FileResult]) -> None:
    """``--annotate``: a .docx copy of the one release checked, a comment per finding."""
    from disclint.annotate import annotate
    from disclint.errors import ConfigError

    if len(results) != 1:
        raise ConfigError(f"--annotate needs exactly one release to check, not {len(results)}")
    if results[0].error is None:
        annotate(results[0], Path(results[0].path), target)


#: Reports written file by file as results arrive (the others need every file at once):
#: the line formats print each file's lines; the document formats have a ``Writer`` that
#: keeps running counts and spools to a temporary file what must come later.
STREAMED_FORMATS = ("text", "concise", "github")
DOCUMENT_FORMATS = ("json", "sarif", "junit")


def _streamable(request: CheckRequest) -> bool:
    """A report in a format written as files are checked, to standard output or ``-o``, with
    nothing to do after the check (no fixes, no baseline to write, no copy to annotate, no
    standard input to add at the end) and no report made from all the results at once
    (``--statistics`` prints only its table)."""
    return (
        request.output_format in STREAMED_FORMATS + DOCUMENT_FORMATS
        and not (request.fix or request.diff or request.quiet or request.statistics)
        and request.write_baseline is None
        and request.annotate is None
        and "-" not in request.paths
    )


def _run_streaming(
    engine: Engine,
    request: CheckRequest,
    files: Sequence[Path],
    fail_on: str,
    baseline: Path | None,
    echo: Echo,
    error: Echo,
) -> int:
    """Write each file's part of the report as soon as it is checked and keep only counts
    (and, with a baseline, how many of its entries each file used), so memory does not grow
    with the number of files; the output is the same as the whole-report path's."""
    import dataclasses
    import importlib

    from disclint.engine import SEVERITY_ORDER
    from disclint.reporters import Tally, clean_results
    from disclint.reporters.text_report import summary_text

    context = _report_context(engine, request, fail_on)
    module = importlib.import_module(f"disclint.reporters.{request.output_format}_report")
    document = request.output_format in DOCUMENT_FORMATS
    writer = module.Writer(context) if document else None
    threshold = SEVERITY_ORDER[fail_on]
    tally = Tally()
    code = 0
    used: list[tuple[str, int]] = []
    # The report itself shows a terminal that the run goes on; a bar there would be torn.
    shown = request.output is not None or not sys.stdout.isatty()
    with _report_sink(request, echo) as emit:
        for result in _check_all(engine, request, files, shown=shown):
            result.source = None
            if baseline is not None and result.error is None:
                used.append((result.path, result.baselined))
            clean_results([result])
            if result.error is not None:
                error(result.error)
            if writer is not None:
                for piece in writer.add(result):
                    emit(piece)
            elif lines := module.file_lines(result, context):
                emit("\n".join(lines))
            result.lines = result.visible = None
            tally.add(result)
            if result.error is not None or any(f.code == "DL001" for f in result.findings):
                code = 2
            elif code == 0 and any(f.severity.rank >= threshold for f in result.findings):
                code = 1
        if baseline is not None:
            from disclint.baseline import stale_entries

            stale = stale_entries(baseline, used)
            context = dataclasses.replace(context, stale_baseline=stale)
        if writer is not None:
            for piece in writer.close():
                emit(piece)
        else:
            emit("\n".join(summary_text(tally.summary(), context)))
    return code


@contextlib.contextmanager
def _report_sink(request: CheckRequest, echo: Echo) -> Iterator[Echo]:
    """Where a streamed report's lines go: standard output, or the ``-o`` file, replaced
    atomically when the run ends (a run that fails part way leaves the old file)."""
    if request.output is None:
        yield echo
        return
    from disclint.writes import atomic_writer

    with atomic_writer(request.output) as stream:

        def write(line: str) -> None:
            stream.write((line + "\n").encode("utf-8", "backslashreplace"))

        yield write


def _report_context(
    engine: Engine, request: CheckRequest, fail_on: str, fixed: int = 0, stale: int = 0
) -> ReportContext:
    from disclint.reporters import ReportContext

    return ReportContext(
        stale_baseline=stale,
        registry=engine.all_rules(),
        fail_on=fail_on,
        color=request.color,
        statistics=request.statistics,
        quiet=request.quiet,
        fixed=fixed,
    )


def _findings_only(report: str) -> list[str]:
    lines = report.splitlines()
    while lines and not lines[-1].startswith(" ") and ":" not in lines[-1].split(" ")[0]:
        lines.pop()
    return lines


def _check_all(
    engine: Engine, request: CheckRequest, files: Sequence[Path], *, shown: bool = True
) -> Iterator[FileResult]:
    """Each file's result, in the order of ``files``, as soon as it is known; a progress
    bar on a terminal's standard error for a long run (unless ``--quiet`` or not ``shown``)."""
    from disclint.progress import progress

    jobs = request.jobs if request.jobs > 0 else (os.cpu_count() or 1)
    checked: Iterator[FileResult]
    if jobs <= 1 or len(files) < 4:
        checked = (engine.check_path(path) for path in files)
    else:
        checked = _check_parallel(request.run_options(), files, jobs, request.needs_source())
    yield from progress(checked, len(files), enabled=shown and not request.quiet)


def _check_parallel(
    options: RunOptions, files: Sequence[Path], jobs: int, keep_source: bool = False
) -> Iterator[FileResult]:
    """Check files in worker processes, in chunks, a few chunks in flight at a time (so
    results stream out and memory does not grow with the number of files).

    A worker never raises: every failure of a file comes back as that file's error. If a
    worker process dies outright, the files of its chunk get an error saying so and the
    remaining chunks go to a fresh pool. Ctrl-C or SIGTERM stops the workers at once.
    Unless fixes need it, a worker drops the parsed source before sending a result back:
    pickling every release's text and offset maps was most of what -j 2 cost.
    """
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from disclint.startup import start_up_over

    start_up_over()  # workers are forked with the start-up objects frozen
    window = jobs * 3
    pool = ProcessPoolExecutor(
        max_workers=jobs, initializer=_worker_init, initargs=(options, keep_source)
    )
    try:
        pending: list[tuple[list[Path], Future[list[FileResult]]]] = []
        queue = _chunks(files, jobs)
        while True:
            while len(pending) < window:
                chunk = next(queue, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(_worker_check_many, chunk)))
            if not pending:
                break
            chunk, future = pending.pop(0)
            try:
                yield from future.result()
            except BrokenProcessPool:
                yield from (_worker_died(path) for path in chunk)
                for other, _ in pending:
                    queue = _chain(other, queue)
                pending = []
                _terminate(pool)
                pool = ProcessPoolExecutor(
                    max_workers=jobs, initializer=_worker_init, initargs=(options, keep_source)
                )
    except BaseException:
        _terminate(pool)
        raise
    pool.shutdown(wait=True)


def _chunks(files: Sequence[Path], jobs: int, largest: int = 32) -> Iterator[list[Path]]:
    """``files`` in consecutive chunks for ``jobs`` workers, each a quarter of an even share
    of what remains (at most ``largest``, at least one file): big chunks while much is left
    (fewer round trips), single files at the end, so that no worker sits idle while another
    finishes a long last chunk (guided self-scheduling). Made as they are sent, so the
    files' ``Path`` objects do not all exist at once."""
    start = 0
    while start < len(files):
        size = max(1, min(largest, (len(files) - start) // (jobs * 4)))
        yield list(files[start : start + size])
        start += size


def _chain(first: list[Path], rest: Iterator[list[Path]]) -> Iterator[list[Path]]:
    yield first
    yield from rest


def _worker_died(path: Path) -> FileResult:
    return FileResult(
        path=str(path),
        error=f"{path}: a worker process died while checking this file (or one checked "
        "with it); run with -j 1 to see which",
    )


def _terminate(pool: Any) -> None:
    """Stop a process pool now: cancel what has not started, kill what is running.

    SIGTERM first; a worker still alive after that is killed outright. A worker forked a
    moment ago may not have run its initializer yet and so still holds the parent's SIGTERM
    handler, which does not end it (the race shows on a loaded machine)."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=2)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)


_WORKER: Engine | None = None


_KEEP_SOURCE = False


def _worker_init(options: RunOptions, keep_source: bool = False) -> None:
    """A worker ignores Ctrl-C (the parent stops it) and dies on SIGTERM."""
    import signal

    global _WORKER, _KEEP_SOURCE
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER = Engine(options)
    _KEEP_SOURCE = keep_source


def _worker_check_many(paths: list[Path]) -> list[FileResult]:
    results = [_worker_check(path) for path in paths]
    if not _KEEP_SOURCE:
        for result in results:
            result.source = None
    return results


def _worker_check(path: Path) -> FileResult:
    """One file's result; nothing raised here crosses the process boundary (an exception
    that does not pickle would hide the real cause behind "cannot pickle ...")."""
    from disclint.engine import internal_error_message
    from disclint.errors import DisclintError

    assert _WORKER is not None
    try:
        return _WORKER.check_path(path)
    except DisclintError as exc:
        return FileResult(path=str(path), error=str(exc))
    except Exception as exc:
        return FileResult(path=str(path), error=internal_error_message(str(path), "checking", exc))


def _check_stdin(engine: Engine, request: CheckRequest, data: bytes | None = None) -> FileResult:
    """Check standard input (or ``data``, its fixed text); without a telling
    ``--stdin-filename`` its format is sniffed. The same budget and crash isolation as a
    file's."""
    from disclint.errors import DisclintError, InputError
    from disclint.readers import format_for, read_bytes, read_stream
    from disclint.readers.sniff import sniff_format

    name = request.stdin_filename or "-"
    try:
        if data is None:
            data = (
                request.stdin if request.stdin is not None else read_stream(sys.stdin.buffer, name)
            )
        source = read_bytes(data, name, fmt=format_for(name, default=sniff_format(data)))
    except InputError as exc:
        return FileResult(path=name, error=str(exc))
    target = Path(request.stdin_filename) if request.stdin_filename else Path.cwd() / "-"
    from disclint.budget import BudgetExceeded, budget_seconds, time_budget
    from disclint.engine import internal_error_message

    try:
        with time_budget(budget_seconds(len(data))):
            return engine.check_source(source, target)
    except BudgetExceeded as exc:
        return FileResult(path=name, error=f"{name}: {exc}")
    except DisclintError:
        raise
    except Exception as exc:  # the same isolation as for files
        return FileResult(path=name, error=internal_error_message(name, "checking", exc))


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
    if outcome.error is not None:  # the release passes through unchanged; the error is reported
        passed = None if request.diff else source.raw
        return FileResult(path=result.path, error=outcome.error), passed, 0
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
    """Fix (or diff) each file, then re-check the fixed ones so the report is current.

    Every fixed text is computed and encoded first; only then are files written, so a fix
    that the file's encoding cannot hold, or a file that may not be written, is that
    file's one-line error and never stops the run half-way.
    """
    from disclint.errors import DisclintError
    from disclint.fixes import FixOutcome, fix_file, unified_diff
    from disclint.writes import write_file

    total = 0
    outcomes: list[FixOutcome | None] = []
    for result in results:
        source = result.source
        if result.error is not None or source is None or result.path == "-":
            outcomes.append(None)
            continue
        outcomes.append(
            fix_file(source, result.findings, result.path, unsafe=request.unsafe_fixes, write=False)
        )
    updated: list[FileResult] = []
    for result, outcome in zip(results, outcomes, strict=True):
        if outcome is None or result.source is None:
            updated.append(result)
        elif outcome.error is not None:
            updated.append(FileResult(path=result.path, error=outcome.error))
        elif outcome.fixed_text is None or outcome.data is None:
            updated.append(result)
        elif request.diff:
            total += outcome.applied
            echo(unified_diff(result.path, result.source.raw, outcome.fixed_text))
            updated.append(result)
        else:
            try:
                write_file(Path(result.path), outcome.data)
            except DisclintError as exc:
                updated.append(FileResult(path=result.path, error=str(exc)))
                continue
            total += outcome.applied
            updated.append(engine.check_path(Path(result.path)))
    return updated, total
