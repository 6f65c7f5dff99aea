"""The two phases of a disclint process: start-up (imports, rule modules, plans) and
checking. A pre-commit hook starts a new process per commit, so start-up is paid often.

Start-up creates some hundred thousand objects that live as long as the process (classes,
functions, compiled patterns, rule data); Python's cyclic garbage collector would walk
them again and again while they are being made, finding nothing to free. The command line
pauses the collector while it starts; when the first file is about to be checked (or
worker processes are about to be forked), ``start_up_over`` moves everything made so far
out of the collector's sight (``gc.freeze``, which also keeps forked workers from
touching, and so copying, the parent's pages) and turns collection back on.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collection() -> None:
    """Pause the cyclic collector for start-up (the command line does this; a program
    that uses disclint as a library keeps its own settings)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def start_up_over() -> None:
    """Checking begins: a paused collector resumes with the start-up objects frozen."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
