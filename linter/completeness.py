"""Whether the text looks cut off: a copy that stops in the middle of a sentence.

Rules that report what a release *lacks* (a contact, a cautionary statement) assume they
see the whole release. A page excerpt, a paste that stopped short or a draft saved half
way ends in the middle of a sentence ("... under applicable securities regulation and a"),
and what it lacks may simply be in the part that is missing. Such a finding is still worth
a reminder, but it is not a claim counsel can act on, so those rules lower it to ``info``
and say why. A release that ends with a contact line, a URL, a table or a full stop is
not cut off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from disclint.model import Release

if TYPE_CHECKING:
    from disclint.api import Finding

#: The shortest last paragraph judged on its last word alone: a short last line is usually
#: a contact, a name or a label (see ``_stops_short``).
MIN_PARAGRAPH = 120
#: A last word that can only continue: a lower-case word (not an address, a URL or a
#: code, which hold dots, digits or "@"), optionally followed by a comma or a dash.
_DANGLING = re.compile(r"(?<![\w@./:-])[a-z]{1,20}\s*[,;:\u2013\u2014-]?\s*$")


#: ...or, in a long paragraph, a capitalised word after a preposition or an article, with
#: no full stop ("... to shareholders of record on Aug").
_DANGLING_NAME = re.compile(
    r"(?<![\w@./:-])(?:of|on|to|the|a|an|and|or|for|in|at|by|with|from)\s+[A-Z][a-z]{0,8}\s*$"
)
#: A short last line that opens like a footnote or a table row ("1 Source: ...", "| 2024").
_NOTE_OR_ROW = re.compile(r"^(?:\d{1,2}\s|[*†‡|(\[])")
#: A word no sentence ends on (an article, a preposition, a conjunction, an auxiliary):
#: a short last line ending on one stopped short ("Acme also said that the").
_FUNCTION_END = re.compile(
    r"(?<![\w@./:-])(?:the|a|an|and|or|but|nor|of|to|for|in|on|at|by|with|from|as|that"
    r"|which|its|their|our|his|her|this|these|is|are|was|were|be|will|would|may)"
    r"\s*[,;:\u2013\u2014-]?\s*$"
)
#: The fewest words a short last line needs to be read as a sentence that stopped.
MIN_WORDS = 4


def _stops_short(last: str) -> bool:
    """Whether the last paragraph ``last`` stops mid-sentence. A long one may end on any
    word that cannot close a sentence; a short one (a release's last line is usually a
    contact, a name, a label or ``###``; a sentence that merely lacks its full stop ends
    on a noun) only on a word no sentence ends on, after at least four words, and never
    when it opens like a footnote or a table row."""
    tail = last[-40:]
    if len(last) >= MIN_PARAGRAPH:
        return bool(_DANGLING.search(tail) or _DANGLING_NAME.search(tail))
    return (
        len(last.split()) >= MIN_WORDS
        and not _NOTE_OR_ROW.match(last)
        and "@" not in last
        and _FUNCTION_END.search(tail) is not None
    )


def cut_off(release: Release) -> str | None:
    """Evidence that ``release`` ends in the middle of a sentence, or ``None``."""
    text = release.text.rstrip()
    last = text[text.rfind("\n") + 1 :].strip()
    if not _stops_short(last):
        return None
    tail = last[-40:].lstrip()
    return (
        f'the text ends in the middle of a sentence ("...{tail}"): the copy looks cut off, '
        "so what it lacks may be in the missing part"
    )


def reminder_if_cut(release: Release, finding: Finding) -> Finding:
    """``finding`` (a claim that the release *lacks* something) as an ``info`` reminder,
    with the reason in its evidence, when the text looks cut off; else unchanged."""
    from disclint.api import Severity

    cut = cut_off(release)
    if cut is None or finding.severity is Severity.INFO:
        return finding
    return finding.model_copy(
        update={"severity": Severity.INFO, "evidence": [*finding.evidence, cut]}
    )


def reminders_if_cut(release: Release, findings: Iterable[Finding]) -> Iterator[Finding]:
    """``reminder_if_cut`` for each of a rule's findings (rules whose every finding is an
    absence: a legend, a prospectus pointer)."""
    for finding in findings:
        yield reminder_if_cut(release, finding)
