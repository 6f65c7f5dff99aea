"""The engine: for each file, find its configuration, read, parse, run the selected rules,
then apply severities, per-file ignores, suppressions and the baseline.

Each stage is a pure function of the one before: rules see the parsed ``Release`` and its
``Facts``, never the file. A rule that raises is isolated into a DL001 finding; the other
rules still run. Input errors are per file: the other files of the run are still checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclint.api import Finding, Rule, RuleContext, Severity
from disclint.budget import BudgetExceeded, budget_seconds, time_budget
from disclint.config import DEFAULT_EXCLUDE, Config, find_config, load_config
from disclint.errors import ConfigError, DisclintError, InputError
from disclint.factories import construct_defaults
from disclint.files import matches
from disclint.packs import Registry, build_registry
from disclint.source import Source

if TYPE_CHECKING:
    from disclint.facts import Facts

SEVERITY_ORDER = {"info": 1, "warning": 2, "error": 3, "never": 99}
#: Findings of one rule in one file beyond this are summed up in one DL002 finding: a
#: file of 500,000 stray backslashes must not make 500,000 findings.
MAX_FINDINGS_PER_RULE = 100
#: How far the findings beyond the cap are counted before the rule is stopped.
MAX_FINDINGS_COUNTED = 10_000


@dataclass
class RunOptions:
    """What the command line says about a run (``None`` means: as the config says)."""

    select: list[str] | None = None
    extend_select: list[str] | None = None
    ignore: list[str] | None = None
    fail_on: str | None = None
    config_file: Path | None = None
    isolated: bool = False
    no_suppress: bool = False
    baseline: Path | None = None
    entry_points: bool = True
    exclude: list[str] | None = None
    extend_exclude: list[str] | None = None
    respect_gitignore: bool | None = None
    #: Reuse results of unchanged files from ``.disclint_cache`` (the command line's
    #: default; ``--no-cache`` turns it off).
    cache: bool = False

    def overrides(self) -> dict[str, Any]:
        values: dict[str, Any] = {"select": self.select, "fail-on": self.fail_on}
        return {k: v for k, v in values.items() if v is not None}


@dataclass
class FileResult:
    """The outcome for one file: findings, or the one-line reason it could not be read."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    suppressed: int = 0
    baselined: int = 0
    source: Source | None = None
    #: The original text of each line a finding starts on (for reports, once ``source``
    #: is dropped to keep memory flat, or when the result came from the cache).
    lines: dict[int, str] | None = None
    #: For a markup file (HTML, Word): the visible line of each finding (see
    #: ``reporters.spans.visible_line``), kept like ``lines``; None for other formats.
    visible: dict[str, tuple[str, int, int]] | None = None

    def line_text(self, line: int) -> str:
        """The original text of a 1-based line, if the report may need it."""
        if self.source is not None:
            return self.source.line_text(line)
        return (self.lines or {}).get(line, "")

    def is_markup(self) -> bool:
        """Are the file's lines markup rather than the text a reader sees?"""
        from disclint.reporters.spans import MARKUP_FORMATS

        if self.source is not None:
            return self.source.format in MARKUP_FORMATS
        return self.visible is not None

    def visible_line(self, finding: Finding) -> tuple[str, int, int] | None:
        """A markup file's visible line that ``finding`` is on, its column and width there."""
        from disclint.reporters.spans import visible_key, visible_line

        if self.source is not None:
            return visible_line(self.source, finding)
        return (self.visible or {}).get(visible_key(finding))


@dataclass(frozen=True)
class Plan:
    """Everything a config decides for a run: rules, their severities and options."""

    config: Config
    registry: Registry
    selected: tuple[Rule, ...]
    severities: dict[str, Severity]
    options: dict[str, Any]

    def severity(self, rule: Rule) -> Severity:
        return self.severities.get(rule.code, rule.severity)


def resolve_selection(
    registry: Registry,
    select: Sequence[str] | None,
    extend_select: Sequence[str],
    ignore: Sequence[str],
    origin: str,
) -> tuple[Rule, ...]:
    """Rules enabled by select / extend-select / ignore, ruff-style: a code, a prefix
    ("FLS", "NUM00"), a rule name or ALL; the most specific selector wins, and ignore wins
    a tie. Without ``select``, the rules enabled by default are the starting set."""

    def specificity(selector: str, rule: Rule) -> int | None:
        wanted = selector.strip()
        if wanted.upper() == "ALL":
            return 0
        if wanted.lower() == rule.name:
            return 100
        if rule.code.startswith(wanted.upper()):
            return len(wanted)
        return None

    check_selectors(registry, [*(select or ()), *extend_select, *ignore], origin)
    chosen = []
    for rule in registry:
        picks = [s for s in (*(select or ()), *extend_select) if specificity(s, rule) is not None]
        best_select = max((specificity(s, rule) or 0 for s in picks), default=None)
        if select is None and best_select is None and rule.default_enabled:
            best_select = -1
        drops = [specificity(s, rule) for s in ignore]
        best_ignore = max((d for d in drops if d is not None), default=None)
        if best_select is not None and (best_ignore is None or best_select > best_ignore):
            chosen.append(rule)
    return tuple(chosen)


def check_selectors(registry: Registry, selectors: Sequence[str], origin: str) -> None:
    """A selector that names no rule is a mistake where it was written (``origin``)."""
    for selector in selectors:
        wanted = selector.strip()
        if wanted.upper() == "ALL" or any(
            wanted.lower() == r.name or r.code.startswith(wanted.upper()) for r in registry
        ):
            continue
        raise ConfigError(f"{origin}: unknown rule code, prefix or name {selector!r}")


def _severities(
    registry: Registry, overrides: dict[str, Severity], origin: str
) -> dict[str, Severity]:
    resolved: dict[str, Severity] = {}
    for selector in overrides:
        if not any(r.code.startswith(selector.upper()) or r.name == selector for r in registry):
            raise ConfigError(f"{origin}: severity: unknown rule code or prefix {selector!r}")
    for rule in registry:
        best: tuple[int, Severity] | None = None
        for selector, severity in overrides.items():
            if rule.name == selector:
                rank = 100
            elif rule.code.startswith(selector.upper()):
                rank = len(selector)
            else:
                continue
            if best is None or rank > best[0]:
                best = (rank, severity)
        if best is not None:
            resolved[rule.code] = best[1]
    return resolved


def _rule_options(
    registry: Registry, table: dict[str, dict[str, Any]], origin: str
) -> dict[str, Any]:
    """Validate ``[rules.X]`` tables into each rule's options model.

    ``X`` is a rule code or name, or a code prefix such as ``FLS``: a prefix table sets the
    options it names for every rule of that prefix that takes them (so a cue list is written
    once for the family), and a rule's own table wins over it key by key.
    """
    prefixes: dict[str, dict[str, Any]] = {}
    for key, prefix_values in table.items():
        if registry.get(key) is not None:
            continue
        family = [rule for rule in registry if rule.code.startswith(key)]
        if not family or not key.isalpha() or not key.isupper():
            raise ConfigError(f"{origin}: rules.{key}: no rule has this code")
        for option in prefix_values:
            if not any(r.options is not None and option in _option_keys(r) for r in family):
                raise ConfigError(
                    f"{origin}: rules.{key}.{option}: no {key} rule takes this option"
                )
        prefixes[key] = prefix_values
    options: dict[str, Any] = {}
    for rule in registry:
        own = table.get(rule.code) or table.get(rule.name) or {}
        if rule.options is None:
            if own:
                raise ConfigError(f"{origin}: rules.{rule.code}: this rule takes no options")
            continue
        accepted = _option_keys(rule)
        values: dict[str, Any] = {}
        for prefix in sorted(p for p in prefixes if rule.code.startswith(p)):
            values.update({k: v for k, v in prefixes[prefix].items() if k in accepted})
        values.update(own)
        if not values:  # the defaults: no validation, and pydantic is not imported
            options[rule.code] = construct_defaults(rule.options)
            continue
        try:  # a table of values of the options' own types needs no pydantic either
            options[rule.code] = rule.options.model_validate(values)
        except Exception as exc:
            from pydantic import ValidationError

            if not isinstance(exc, ValidationError):
                raise
            error = exc.errors()[0]
            key = ".".join(str(p) for p in error["loc"])
            problem = error["msg"].removeprefix("Value error, ")
            if error["type"] == "extra_forbidden":
                problem = "unknown option"
            raise ConfigError(f"{origin}: rules.{rule.code}.{key}: {problem}") from None
    return options


def _option_keys(rule: Rule) -> set[str]:
    """The keys a rule's options table accepts: field names and their aliases."""
    if rule.options is None:
        return set()
    keys: set[str] = set()
    for name, info in rule.options.model_fields.items():
        keys.add(name)
        if info.alias:
            keys.add(info.alias)
    return keys


class Engine:
    """Checks files. Configurations and rule plans are cached per config file."""

    def __init__(self, options: RunOptions | None = None) -> None:
        self.options = options or RunOptions()
        self._config_for_dir: dict[Path, Path | None] = {}
        self._plans: dict[Path | None, Plan] = {}
        self._baselines: dict[Path, Any] = {}
        self._caches: dict[Path, Any] = {}

    # -- configuration -----------------------------------------------------------------------

    def config_path(self, target: Path) -> Path | None:
        if self.options.isolated:
            return None
        if self.options.config_file is not None:
            return self.options.config_file
        directory = (target if target.is_dir() else target.parent).resolve()
        if directory not in self._config_for_dir:
            self._config_for_dir[directory] = find_config(directory)
        return self._config_for_dir[directory]

    def plan_for(self, target: Path) -> Plan:
        """The rules, severities and options that apply to a file (or folder)."""
        path = self.config_path(target)
        if path not in self._plans:
            self._plans[path] = self._make_plan(path)
        return self._plans[path]

    def _make_plan(self, path: Path | None) -> Plan:
        config = load_config(path, self.options.overrides())
        settings = config.settings
        origin = config.display
        registry = build_registry(
            folders=[Path(p) for p in settings.rule_packs],
            phrases=settings.phrase_rules,
            config_origin=origin,
            entry_points=self.options.entry_points,
        )
        for flag, given in (
            ("--select", self.options.select),
            ("--extend-select", self.options.extend_select),
            ("--ignore", self.options.ignore),
        ):  # a command-line mistake is reported as one, not as the config file's
            check_selectors(registry, given or (), f"command line: {flag}")
        extend = [*settings.extend_select, *(self.options.extend_select or ())]
        ignore = [*settings.ignore, *(self.options.ignore or ())]
        selected = resolve_selection(registry, settings.select, extend, ignore, origin)
        return Plan(
            config=config,
            registry=registry,
            selected=selected,
            severities=_severities(registry, settings.severity, origin),
            options=_rule_options(registry, settings.rules, origin),
        )

    def all_rules(self) -> Registry:
        """Every rule known to any configuration used so far (for report metadata)."""
        rules: dict[str, Rule] = {}
        for plan in self._plans.values():
            rules.update(plan.registry.rules)
        if not rules:
            return self.plan_for(Path.cwd()).registry
        return Registry(dict(sorted(rules.items())))

    def exclude_patterns(self, target: Path) -> list[str]:
        """Built-in and configured globs, unless ``--exclude`` replaces them; then every
        ``extend-exclude`` (configured and ``--extend-exclude``) on top."""
        settings = self.plan_for(target).config.settings
        base = self.options.exclude
        if base is None:
            base = [*DEFAULT_EXCLUDE, *settings.exclude]
        return [*base, *settings.extend_exclude, *(self.options.extend_exclude or ())]

    def respect_gitignore(self, target: Path) -> bool:
        if self.options.respect_gitignore is not None:
            return self.options.respect_gitignore
        return self.plan_for(target).config.settings.respect_gitignore

    # -- checking ------------------------------------------------------------------------------

    def check_path(self, path: Path, display: str | None = None) -> FileResult:
        """Read, parse and check one file. Nothing a file contains can end the run: input
        problems, a crash anywhere in reading or parsing, and a file that exceeds the time
        budget all become ``FileResult.error`` (one line); a rule's crash is a DL001 finding.
        """
        from disclint.readers import format_for, read_bytes, read_limited

        name = display or str(path)
        stage = "reading"
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # read_limited will say what is wrong
        try:
            with time_budget(budget_seconds(size)):
                try:
                    data = read_limited(os.fspath(path))
                    cache, key = self._cache_slot(path, data, name)
                    if cache is not None and key is not None:
                        hit = cache.get(key)
                        if hit is not None:
                            return hit  # type: ignore[no-any-return]
                    source = read_bytes(data, os.fspath(path), fmt=format_for(path))
                    del data  # decoded into ``source``: not held through the check
                except InputError as exc:
                    return FileResult(path=name, error=str(exc))
                source.path = name
                stage = "checking"
                result = self.check_source(source, path)
                if cache is not None and key is not None:
                    cache.put(key, result)
                return result
        except BudgetExceeded as exc:
            return FileResult(path=name, error=f"{name}: {exc}")
        except DisclintError:
            raise
        except Exception as exc:  # any crash is this file's error, never the run's
            return FileResult(path=name, error=internal_error_message(name, stage, exc))

    def _cache_slot(self, path: Path, data: bytes, name: str) -> tuple[Any, str | None]:
        """The results cache of the project ``path`` belongs to, and the file's key."""
        if not self.options.cache:
            return None, None  # --no-cache: the cache module is not even imported
        from disclint.cache import ResultCache, disabled_by_environment

        if disabled_by_environment():
            return None, None
        plan = self.plan_for(path)
        root = plan.config.root
        if root not in self._caches:
            self._caches[root] = ResultCache.for_root(root)
        cache = self._caches[root]
        options = self.options
        baseline = options.baseline
        extra = repr(
            (
                options.select,
                options.extend_select,
                options.ignore,
                options.fail_on,
                options.no_suppress,
                str(baseline) if baseline else None,
                os.stat(baseline).st_mtime_ns if baseline and baseline.exists() else None,
            )
        )
        return cache, cache.key(data, name, cache.plan_key(plan, extra))

    def check_source(self, source: Source, config_target: Path) -> FileResult:
        """Check a read ``Source``; ``config_target`` says where to look for configuration."""
        from disclint.baseline import assign_fingerprints
        from disclint.releasescope import release_over
        from disclint.startup import start_up_over

        plan = self.plan_for(config_target)
        start_up_over()
        try:
            findings = self._findings(source, plan, config_target)
        except _ParseCrashError as crash:  # a parser crash is this file's error, not the run's
            return FileResult(
                path=source.path,
                error=internal_error_message(source.path, "parsing", crash.exc),
            )
        finally:
            # the caches readers keep of this release's sentences and texts (held
            # otherwise until full, thousands of sentences of earlier releases)
            release_over()
        settings = plan.config.settings
        ignored = self._per_file_ignores(plan, config_target)
        result = FileResult(path=source.path, source=source)
        if not self.options.no_suppress:
            findings = self._suppress(findings, source, plan, ignored, result)
        findings.sort(key=lambda f: (f.start.offset, f.end.offset, f.code))
        assign_fingerprints(findings, source.raw)
        baseline = self._baseline(settings.baseline)
        if baseline is not None:
            kept = baseline.filter(source.path, findings)
            result.baselined = len(findings) - len(kept)
            findings = kept
        if settings.docs_url:
            for finding in findings:
                finding.url = settings.docs_url.format(code=finding.code)
        result.findings = findings
        result.lines = {f.start.line: source.line_text(f.start.line) for f in findings}
        from disclint.reporters.spans import MARKUP_FORMATS, visible_lines

        if source.format in MARKUP_FORMATS:
            result.visible = visible_lines(source, findings)
        return result

    def _findings(self, source: Source, plan: Plan, config_target: Path) -> list[Finding]:
        """Parse ``source`` and run the selected rules on it (a parser crash is raised as
        ``_ParseCrashError``)."""
        from disclint.facts import Facts
        from disclint.parse import parse_source

        try:
            release = parse_source(source)
        except (DisclintError, BudgetExceeded):
            raise
        except Exception as exc:
            raise _ParseCrashError(exc) from exc
        ignored = self._per_file_ignores(plan, config_target)
        findings: list[Finding] = []
        # One Facts per release, shared by every rule: its properties are computed on first
        # use and cached, so the sentences, quantities and cues are read once, not per rule.
        facts = Facts(release)
        for rule in plan.selected:
            if rule.family == "disclint" or any(rule.code.startswith(c) for c in ignored):
                continue
            findings.extend(self._run_rule(rule, release, plan, facts))
        facts.close()  # breaks the memo's cycles: the release is freed when this returns
        return findings

    def _run_rule(self, rule: Rule, release: Any, plan: Plan, facts: Facts) -> list[Finding]:
        """Run one rule, turning an exception into a DL001 finding."""
        context = RuleContext(
            release=release,
            rule=rule,
            options=plan.options.get(rule.code),
            issuer=plan.config.settings.issuer,
            _facts=facts,
        )
        try:
            produced, more = _take(rule.check(context), MAX_FINDINGS_PER_RULE)
        except Exception as exc:  # isolate the crash, keep the other rules running
            return [self._internal_error(rule, release, exc)]
        if more:
            produced.append(self._too_many(rule, release, plan, more))
        configured = plan.severities.get(rule.code)
        if configured is not None:
            for finding in produced:
                finding.severity = configured
        return produced

    def _too_many(self, rule: Rule, release: Any, plan: Plan, more: int) -> Finding:
        """The one finding that stands for every finding of ``rule`` beyond the cap."""
        from disclint.engine_rules import TOO_MANY_FINDINGS

        start = release.position(0)
        counted = f"{more}" if more < MAX_FINDINGS_COUNTED else f"at least {more}"
        return Finding.model_construct(
            code=TOO_MANY_FINDINGS.code,
            name=TOO_MANY_FINDINGS.name,
            severity=plan.severity(rule),
            message=(
                f"rule {rule.code} ({rule.name}) found {counted} more problems in this file; "
                f"only the first {MAX_FINDINGS_PER_RULE} are reported"
            ),
            path=release.path,
            start=start,
            end=start,
            evidence=["fix the reported ones (or check that this is a release) and run again"],
            citation=TOO_MANY_FINDINGS.citation,
        )

    def _internal_error(self, rule: Rule, release: Any, exc: Exception) -> Finding:
        import traceback

        from disclint.engine_rules import INTERNAL_ERROR

        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {os.path.basename(frame.filename)}:{frame.lineno}" if frame else ""
        start = release.position(0)
        return Finding.model_construct(
            code=INTERNAL_ERROR.code,
            name=INTERNAL_ERROR.name,
            severity=Severity.ERROR,
            message=f"rule {rule.code} ({rule.name}) crashed: {type(exc).__name__}: {exc}",
            path=release.path,
            start=start,
            end=start,
            evidence=[f"exception raised{where}; the other rules ran normally"],
            citation=INTERNAL_ERROR.citation,
        )

    def _per_file_ignores(self, plan: Plan, path: Path) -> list[str]:
        ignored: list[str] = []
        root = plan.config.root
        for pattern, codes in plan.config.settings.per_file_ignores.items():
            if matches(path, [pattern], root):
                ignored.extend(c.upper() for c in codes)
        return ignored

    def _suppress(
        self,
        findings: list[Finding],
        source: Source,
        plan: Plan,
        ignored: list[str],
        result: FileResult,
    ) -> list[Finding]:
        from disclint.engine_rules import BAD_SUPPRESSION, MISSING_REASON, UNUSED_SUPPRESSION
        from disclint.suppress import apply, parse_suppressions

        suppressions, problems = parse_suppressions(
            source, lambda code: plan.registry.get(code) is not None
        )
        kept = []
        for finding in findings:
            if apply(suppressions, finding.code, finding.start.offset) is None:
                kept.append(finding)
            else:
                result.suppressed += 1
        selected = {r.code for r in plan.selected}
        made: list[Finding] = []

        def report(rule: Rule, start: int, end: int, message: str, evidence: list[str]) -> None:
            if rule.code not in selected or any(rule.code.startswith(c) for c in ignored):
                return
            made.append(
                Finding.model_construct(
                    code=rule.code,
                    name=rule.name,
                    severity=plan.severity(rule),
                    message=message,
                    path=source.path,
                    start=source.raw_position(start),
                    end=source.raw_position(end),
                    evidence=evidence,
                    citation=rule.citation,
                )
            )

        for problem in problems:
            rule = BAD_SUPPRESSION if problem.code == "DL102" else MISSING_REASON
            report(
                rule,
                problem.comment.start,
                problem.comment.end,
                problem.message,
                [problem.comment.body],
            )
        for suppression in suppressions:
            comment = suppression.comment
            if plan.config.settings.require_reason and not suppression.reason:
                report(
                    MISSING_REASON,
                    comment.start,
                    comment.end,
                    "suppression gives no reason; add one after ' -- '",
                    [comment.body],
                )
            unused = sorted(
                code
                for code in suppression.codes - suppression.used
                if code in selected and not any(code.startswith(c) for c in ignored)
            )
            if unused:
                report(
                    UNUSED_SUPPRESSION,
                    comment.start,
                    comment.end,
                    f"suppression of {', '.join(unused)} silences nothing here",
                    [comment.body],
                )
        return kept + made

    def _baseline(self, configured: str | None) -> Any:
        from disclint.baseline import Baseline

        location = self.options.baseline or (Path(configured) if configured else None)
        if location is None:
            return None
        if location not in self._baselines:
            self._baselines[location] = Baseline.load(location)
        return self._baselines[location]


class _ParseCrashError(Exception):
    """The parser raised ``exc`` (not a ``DisclintError``): the file's error."""

    def __init__(self, exc: Exception) -> None:
        super().__init__(exc)
        self.exc = exc


def _take(produced: Iterable[Finding], limit: int) -> tuple[list[Finding], int]:
    """The first ``limit`` findings, and how many more there were (counted up to
    ``MAX_FINDINGS_COUNTED``, then no further: a runaway rule is not run to its end)."""
    kept: list[Finding] = []
    more = 0
    for finding in produced:
        if len(kept) < limit:
            kept.append(finding)
            continue
        more += 1
        if more >= MAX_FINDINGS_COUNTED:
            break
    return kept, more


def internal_error_message(name: str, stage: str, exc: BaseException) -> str:
    """One line for a crash while reading or parsing a file: what raised, and where."""
    import traceback

    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {os.path.basename(frame.filename)}:{frame.lineno}" if frame else ""
    detail = " ".join(str(exc).split())[:200]
    return (
        f"{name}: internal error while {stage}: {type(exc).__name__}"
        f"{': ' + detail if detail else ''}{where} (please report it with the file)"
    )


def exit_code(results: Iterable[FileResult], fail_on: str) -> int:
    """0 clean, 1 findings at or above ``fail_on``, 2 input errors or a crashed rule."""
    threshold = SEVERITY_ORDER[fail_on]
    code = 0
    for result in results:
        if result.error is not None or any(f.code == "DL001" for f in result.findings):
            return 2
        if any(f.severity.rank >= threshold for f in result.findings):
            code = 1
    return code
