"""The ``disclint`` program: its entry point, and ``disclint check`` without click.

A pre-commit hook starts ``disclint check FILE...`` on every commit, and importing click
(with ``inspect``, ``uuid`` and ``platform``, which it pulls in) costs about a tenth of
such a run. So ``main`` reads the arguments of an ordinary ``check`` itself and runs the
same ``run_check_command`` the click command runs; anything it is not sure to read exactly
as click does (another command, ``--help``, a short option glued to its value, a value
click would refuse, a path click would examine and reject, shell completion, an ASCII or
Windows console) goes to the click command line (``disclint.cli``), which reads every
argument, writes every help text and reports every usage error. ``tests/test_entry.py``
checks that both read the same arguments alike and report the same run identically.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn

#: Exit codes: nothing at or above --fail-on / findings at or above it / usage, config or input.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

Echo = Callable[..., None]


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM: stop now with 128 + the signal's number.

    Not a ``KeyboardInterrupt``: click turns that into "Aborted!" and exit code 1, which a
    script cannot tell from "findings"."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.code = 128 + signum


def _on_signal(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def _prepare_process() -> None:
    """Signals that stop a run cleanly, and a standard output that cannot raise on a
    character its encoding lacks (a latin-1 or ASCII terminal gets ``\\u2192``). The C
    module ``_signal``: ``signal`` builds three enums over it when imported (~0.4 ms of a
    one-file check), and the handlers compared and installed are the same objects."""
    import _signal as signal  # type: ignore[import-not-found,unused-ignore]

    for name in ("SIGINT", "SIGTERM"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) in (
            signal.default_int_handler,
            signal.SIG_DFL,
        ):
            signal.signal(number, _on_signal)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a detached stream
                reconfigure(errors="backslashreplace")


def console() -> None:
    """The ``disclint`` console script and ``python -m disclint``: ``main`` with the
    process's arguments, ended without tearing the interpreter down (see ``leave``)."""
    try:
        main()
    except SystemExit as stop:
        leave(stop.code)
        raise


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line (``argv``, else the process's arguments); ends by raising
    ``SystemExit`` with the exit code."""
    from disclint.startup import defer_import, pause_collection, use_accelerator

    pause_collection()
    defer_import("inspect")  # imported by dataclasses, used by no check
    defer_import("ipaddress")  # imported by urllib.parse (pathlib), for "[host]" URLs only
    defer_import("urllib.parse", ("quote_from_bytes",))  # pathlib's, for Path.as_uri only
    use_accelerator("datetime")  # _datetime's classes, without datetime.py's in Python
    _prepare_process()
    install_module_bundle()
    args = list(argv) if argv is not None else sys.argv[1:]
    try:
        params = check_arguments(args) if _plain_streams() else None
        if params is not None:
            _standalone(params)
        else:
            from disclint.cli import cli

            cli.main(args=args, prog_name="disclint")
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_CLEAN)
    except Interrupted as stop:
        sys.exit(stop.code)
    except KeyboardInterrupt:
        sys.exit(130)


def leave(code: object) -> None:
    """End the process now with ``code``, as ``sys.exit(code)`` would end it, but without
    the interpreter's teardown: freeing every module, class, function and compiled pattern
    one by one, and a last garbage collection over them (about 12 M instructions, 2% of a
    one-file check, and memory touched only to be freed). Standard output and error are
    flushed and the ``atexit`` functions (the caches' saving) run first, as at any exit.

    Returns, leaving the ordinary exit to Python, when anything could differ: a code that
    is not a number (Python prints it), a tracer or profiler (coverage, cProfile) or
    ``python -i``, a thread still running, or a flush that fails (a closed pipe: Python
    reports it and exits 120)."""
    if not (code is None or isinstance(code, int)):
        return
    if sys.gettrace() is not None or sys.getprofile() is not None or sys.flags.inspect:
        return
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    if not _flushed():
        return
    import atexit

    atexit._run_exitfuncs()
    if not _flushed():  # what the exit functions wrote
        return
    os._exit(code or 0)


def _flushed() -> bool:
    """Flush stdout and stderr; ``False`` when a flush fails (Python's own exit reports it)."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BaseException:
        return False
    return True


# -- check, as the click command runs it --------------------------------------------------------


def run_check_command(params: Mapping[str, Any], echo: Echo) -> NoReturn:
    """``disclint check`` with its arguments read (the names and values click gives the
    command), reporting through ``echo`` (``click.echo``'s signature); exits."""
    from pathlib import Path

    install_caches()
    from disclint.checking import CheckRequest, run_check
    from disclint.errors import DisclintError

    def report_error(message: str) -> None:
        echo(f"disclint: error: {message}", err=True)

    output = params["output"]
    request = CheckRequest(
        paths=list(params["paths"] or (".",)),
        output_format=params["output_format"],
        output=Path(output) if output else None,
        fail_on=params["fail_on"],
        select=codes(params["select"]),
        extend_select=codes(params["extend_select"]),
        ignore=codes(params["ignore"]),
        statistics=params["statistics"],
        jobs=params["jobs"],
        force_exclude=params["force_exclude"],
        quiet=params["quiet"],
        color=_use_color(params["color"], output),
        config_file=Path(params["config_file"]) if params["config_file"] else None,
        isolated=params["isolated"],
        no_suppress=params["no_suppress"],
        baseline=Path(params["baseline"]) if params["baseline"] else None,
        write_baseline=Path(params["write_baseline"]) if params["write_baseline"] else None,
        fix=params["fix"],
        unsafe_fixes=params["unsafe_fixes"],
        diff=params["diff"],
        stdin_filename=params["stdin_filename"],
        annotate=Path(params["annotate"]) if params["annotate"] else None,
        exclude=codes(params["exclude"]),
        extend_exclude=codes(params["extend_exclude"]),
        respect_gitignore=params["respect_gitignore"],
        no_cache=params["no_cache"],
    )
    try:
        code = run_check(request, echo=echo, error=report_error)
    except DisclintError as exc:
        report_error(str(exc))
        code = EXIT_ERROR
    sys.exit(code)


def install_caches() -> None:
    """The compiled-pattern and dataclass-code caches of the cache folder, and the one-pass
    maker of plain dataclasses (``disclint.dataclassfast``), installed before any rule
    module compiles its patterns or makes its dataclasses."""
    from disclint.codecache import install as install_code_cache
    from disclint.dataclassfast import install as install_dataclasses
    from disclint.grammars import cache_dir
    from disclint.regexcache import install

    install()
    install_code_cache(cache_dir())
    install_dataclasses()


def install_module_bundle() -> None:
    """disclint's modules served from the cache folder's file of compiled code
    (``disclint.bundle``), installed before the command imports them."""
    from disclint.bundle import cache_folder, install

    install(cache_folder())


def codes(values: Sequence[str]) -> list[str] | None:
    """``--select FLS,NUM --select PRM001`` -> ["FLS", "NUM", "PRM001"]; nothing -> None."""
    found = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return found or None


def _use_color(choice: str, output: str | None) -> bool:
    if choice != "auto":
        return choice == "always"
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


# -- reading the arguments of `check` as click does ---------------------------------------------

#: The choices of the options that take one (as declared on the click command).
FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab", "junit", "html")
FAIL_ON = ("error", "warning", "info", "never")
COLORS = ("auto", "always", "never")

# What each option of `check` is: a flag, a value (a choice, a count, a path, text), or a
# repeatable value; (destination, kind, choices). Short names are read only alone.
_FLAG, _TEXT, _MANY, _CHOICE, _COUNT, _FILE, _CONFIG = range(7)
_OPTIONS: dict[str, tuple[str, int, tuple[str, ...]]] = {
    "--format": ("output_format", _CHOICE, FORMATS),
    "--output": ("output", _FILE, ()),
    "-o": ("output", _FILE, ()),
    "--fail-on": ("fail_on", _CHOICE, FAIL_ON),
    "--select": ("select", _MANY, ()),
    "--extend-select": ("extend_select", _MANY, ()),
    "--ignore": ("ignore", _MANY, ()),
    "--statistics": ("statistics", _FLAG, ()),
    "--jobs": ("jobs", _COUNT, ()),
    "-j": ("jobs", _COUNT, ()),
    "--force-exclude": ("force_exclude", _FLAG, ()),
    "--quiet": ("quiet", _FLAG, ()),
    "-q": ("quiet", _FLAG, ()),
    "--color": ("color", _CHOICE, COLORS),
    "--config": ("config_file", _CONFIG, ()),
    "--isolated": ("isolated", _FLAG, ()),
    "--no-suppress": ("no_suppress", _FLAG, ()),
    "--baseline": ("baseline", _FILE, ()),
    "--write-baseline": ("write_baseline", _FILE, ()),
    "--fix": ("fix", _FLAG, ()),
    "--unsafe-fixes": ("unsafe_fixes", _FLAG, ()),
    "--diff": ("diff", _FLAG, ()),
    "--stdin-filename": ("stdin_filename", _TEXT, ()),
    "--annotate": ("annotate", _FILE, ()),
    "--exclude": ("exclude", _MANY, ()),
    "--extend-exclude": ("extend_exclude", _MANY, ()),
    "--no-cache": ("no_cache", _FLAG, ()),
}
_DEFAULTS: dict[str, Any] = {
    "paths": (),
    "output_format": "text",
    "output": None,
    "fail_on": None,
    "select": (),
    "extend_select": (),
    "ignore": (),
    "statistics": False,
    "jobs": 1,
    "force_exclude": False,
    "quiet": False,
    "color": "auto",
    "config_file": None,
    "isolated": False,
    "no_suppress": False,
    "baseline": None,
    "write_baseline": None,
    "fix": False,
    "unsafe_fixes": False,
    "diff": False,
    "stdin_filename": None,
    "annotate": None,
    "exclude": (),
    "extend_exclude": (),
    "respect_gitignore": None,
    "no_cache": False,
}


def check_arguments(args: Sequence[str]) -> dict[str, Any] | None:
    """The parameters click would give the ``check`` command for ``args`` (the words after
    ``disclint``), or ``None`` when this reading is not sure to be click's: then click
    reads them. Options and paths may come in any order; ``--`` ends the options."""
    if not args or args[0] != "check" or "_DISCLINT_COMPLETE" in os.environ:
        return None
    params = {k: list(v) if isinstance(v, tuple) else v for k, v in _DEFAULTS.items()}
    paths: list[str] = []
    words = list(args[1:])
    index = 0
    while index < len(words):
        word = words[index]
        index += 1
        if word == "--":
            paths.extend(words[index:])
            break
        if not word.startswith("-") or word == "-":
            paths.append(word)
            continue
        if word in ("--respect-gitignore", "--no-respect-gitignore"):
            params["respect_gitignore"] = word == "--respect-gitignore"
            continue
        name, glued, value = word.partition("=")
        if glued and not name.startswith("--"):
            return None  # "-o=x": click reads "=x" as the value
        spec = _OPTIONS.get(name)
        if spec is None:
            return None  # --help, a misspelling, grouped short flags, "-ofile": click's
        dest, kind, choices = spec
        if kind == _FLAG:
            if glued:
                return None  # click: "does not take a value"
            params[dest] = True
            continue
        if not glued:
            if index >= len(words) or words[index].startswith("-"):
                return None  # a missing value, or one click may read otherwise
            value = words[index]
            index += 1
        read = _value(kind, value, choices)
        if read is None:
            return None
        if kind == _MANY:
            params[dest].append(value)
        else:
            params[dest] = read
    for path in paths:
        if not _path_ok(path, file_only=False, must_exist=False):
            return None
    params["paths"] = paths
    return {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}


def _value(kind: int, value: str, choices: tuple[str, ...]) -> Any:
    """The option's value as click converts it, or ``None`` if click might refuse it."""
    if kind == _CHOICE:
        return value if value in choices else None
    if kind == _COUNT:
        return int(value) if value.isascii() and value.isdigit() else None
    if kind in (_FILE, _CONFIG):
        return value if _path_ok(value, file_only=True, must_exist=kind == _CONFIG) else None
    return value


def _path_ok(path: str, *, file_only: bool, must_exist: bool) -> bool:
    """Whether ``click.Path(dir_okay=not file_only, exists=must_exist)`` takes ``path``
    unchanged: it does not exist (and need not), or it is readable (and a file where
    folders are refused)."""
    import stat

    if not path:
        return False
    try:
        status = os.stat(path)
    except OSError:
        return not must_exist
    except ValueError:  # a NUL in the name: click's own handling decides
        return False
    if file_only and stat.S_ISDIR(status.st_mode):
        return False
    return os.access(path, os.R_OK)


# -- click's standalone running and echo, for the check read above ------------------------------


def _plain_streams() -> bool:
    """Whether standard output and error are text streams click writes to as they are
    (not Windows' console, not an ASCII stream click would re-wrap as UTF-8)."""
    if os.name == "nt":
        return False
    import codecs

    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if stream is None or not encoding or getattr(stream, "errors", None) is None:
            return False
        if not hasattr(stream, "buffer") or type(stream).__module__.startswith("ipykernel."):
            return False
        try:
            if codecs.lookup(encoding).name == "ascii":
                return False
        except LookupError:
            return False
    return True


def echo(message: object = None, file: Any = None, nl: bool = True, err: bool = False) -> None:
    """``click.echo`` for text: the message and a newline, ANSI styles removed unless the
    stream is a terminal, flushed."""
    stream = file if file is not None else (sys.stderr if err else sys.stdout)
    out = "" if message is None else str(message)
    if nl:
        out += "\n"
    if not out:
        stream.flush()
        return
    try:
        terminal = bool(stream.isatty())
    except Exception:
        terminal = False
    if not terminal:
        import re

        out = re.sub(r"\033\[[0-?]*[ -/]*[@-~]", "", out)
    stream.write(out)
    stream.flush()


class _PacifyFlushWrapper:
    """A stream whose ``flush`` ignores a closed pipe (click's, for the exit after one)."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as exc:
            import errno

            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.wrapped, attr)


def _standalone(params: Mapping[str, Any]) -> NoReturn:
    """Run ``check`` as click's standalone mode runs a command: Ctrl-C or end of input
    outside disclint's own handler prints "Aborted!" (exit 1); a closed pipe exits 1
    quietly."""
    try:
        run_check_command(params, echo)
    except (EOFError, KeyboardInterrupt):
        echo(err=True)
        echo("Aborted!", err=True)
    except OSError as exc:
        import errno

        if exc.errno != errno.EPIPE:
            raise
        sys.stdout = _PacifyFlushWrapper(sys.stdout)
        sys.stderr = _PacifyFlushWrapper(sys.stderr)
    sys.exit(1)
