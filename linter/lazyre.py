"""Regular expressions compiled on first use.

A cold one-file check compiles about a thousand patterns (from the pattern cache,
``disclint.regexcache``: the stored code is unpacked and handed to ``_sre.compile``), and
about half of them never run on a given release: the word lists of rules whose other
conditions fail first, the cue lexicon's exceptions, the arithmetic claims' wording. Making
those cost a fifth of a one-file check's CPU. ``lazy_compile`` returns a stand-in that
holds the pattern text and flags and compiles on the first call of a method; from then on
its ``search``, ``match``, ``finditer`` ... are the compiled pattern's own bound methods,
stored on the stand-in, so a call costs what it costs on a compiled pattern.

The stand-in answers ``pattern`` (the text) and ``flags`` (the compiled pattern's flags,
read from the pattern cache's entry when it has one, so the prefilter can look the pattern
up without compiling it) and everything else a compiled pattern has; it is not an
instance of ``re.Pattern``, so it is used only where the code calls its methods (not
``re.search(pattern, ...)``, not ``isinstance`` tests). An invalid pattern raises
``re.error`` on first use instead of at definition.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["LazyPattern", "lazy_compile"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used (see the module)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


class LazyPattern:
    """A regular expression compiled on first use (``lazy_compile``)."""

    __slots__ = (*_METHODS, "_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = int(flags)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, the first time)."""
        compiled = self._compiled
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self._compiled = compiled
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Called only for what the slots do not hold yet: a method before the first use,
        # or another attribute of a compiled pattern (``groups``, ``groupindex``, ...).
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    @property
    def requested_flags(self) -> int:
        """The flags given to ``lazy_compile`` (without those compiling adds): with the
        text, what the pattern is, known without reading the pattern cache."""
        return self._flags

    @property
    def flags(self) -> int:
        """The compiled pattern's flags (with ``re.UNICODE`` and inline flags added)."""
        if self._compiled is None:
            from disclint.regexcache import stored_flags

            known = stored_flags(self.pattern, self._flags)
            if known is not None:
                return known
        return self.compiled().flags

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            if (other.pattern, other._flags) == (self.pattern, self._flags):
                return True
            other = other.compiled()
        return self.compiled() == other

    def __hash__(self) -> int:  # without compiling (``functools`` caches hash patterns)
        return hash((self.pattern, self._flags))

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: Any) -> LazyPattern:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags))
