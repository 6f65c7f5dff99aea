"""Running the engine on text in a temporary folder, for the engine and rule tests."""

from __future__ import annotations

from pathlib import Path

from disclint.api import Finding
from disclint.checking import CheckRequest, run_check
from disclint.engine import Engine, FileResult, RunOptions


def check_text(
    tmp_path: Path,
    text: str,
    name: str = "release.txt",
    *,
    config: str | None = None,
    options: RunOptions | None = None,
) -> FileResult:
    """Write ``text`` (and an optional .disclint.toml) to ``tmp_path`` and check it."""
    if config is not None:
        (tmp_path / ".disclint.toml").write_text(config, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Engine(options or RunOptions(entry_points=False)).check_path(path)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


#: The engine's own tests (config, suppressions, baselines) drive the engine with the
#: hygiene rules on small fragments that are not whole releases: the release-structure
#: families (FMT, CON, FLS, ...) would rightly complain about those fragments.
MECHANISM_FAMILIES = ("HYG", "DL")


def mechanism_codes(findings: list[Finding]) -> list[str]:
    """Codes of the hygiene and engine findings only (see ``MECHANISM_FAMILIES``)."""
    return [f.code for f in findings if f.code.startswith(MECHANISM_FAMILIES)]


def mechanism_options(*, no_suppress: bool = False) -> RunOptions:
    """Run options that select only the hygiene and engine rules."""
    return RunOptions(select=list(MECHANISM_FAMILIES), entry_points=False, no_suppress=no_suppress)


def run(request: CheckRequest) -> tuple[int, str, str]:
    """Run ``disclint check`` in-process; returns exit code, output and error lines."""
    out: list[str] = []
    err: list[str] = []
    code = run_check(request, echo=out.append, error=err.append)
    return code, "\n".join(out), "\n".join(err)
