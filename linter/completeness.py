"""Whether the text looks cut off: a copy that stops in the middle of a sentence.

Rules that report what a release *lacks* (a contact, a cautionary statement) assume they
see the whole release. A page excerpt, a paste that stopped short or a draft saved half
way ends in the middle of a sentence ("... under applicable securities regulation and a"),
and what it lacks may simply be in the part that is missing; so does one that stops inside
a quotation or a bracket it opened, and one that refers to notes ("Adjusted EBITDA(4)") it
does not hold. Such a finding is still worth
a reminder, but it is not a claim counsel can act on, so those rules lower it to ``info``
and say why. A release that ends with a contact line, a URL, a table or a full stop is
not cut off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from disclint.lazyre import lazy_compile
from disclint.model import Release
from disclint.ownpatterns import release_pattern

if TYPE_CHECKING:
    from disclint.api import Finding, RuleContext

#: The shortest last paragraph judged on its last word alone: a short last line is usually
#: a contact, a name or a label (see ``_stops_short``).
MIN_PARAGRAPH = 120
#: A last word that can only continue: a lower-case word (not an address, a URL or a
#: code, which hold dots, digits or "@"), optionally followed by a comma or a dash.
_DANGLING = lazy_compile(r"(?<![\w@./:-])[a-z]{1,20}\s*[,;:\u2013\u2014-]?\s*$")


#: ...or, in a long paragraph, a capitalised word after a preposition or an article, with
#: no full stop ("... to shareholders of record on Aug").
_DANGLING_NAME = lazy_compile(
    r"(?<![\w@./:-])(?:of|on|to|the|a|an|and|or|for|in|at|by|with|from)\s+[A-Z][a-z]{0,8}\s*$"
)
#: A short last line that opens like a footnote or a table row ("1 Source: ...", "| 2024").
_NOTE_OR_ROW = lazy_compile(r"^(?:\d{1,2}\s|[*†‡|(\[])")
#: A word no sentence ends on (an article, a preposition, a conjunction, an auxiliary):
#: a short last line ending on one stopped short ("Acme also said that the").
_FUNCTION_END = lazy_compile(
    r"(?<![\w@./:-])(?:the|a|an|and|or|but|nor|of|to|for|in|on|at|by|with|from|as|that"
    r"|which|its|their|our|his|her|this|these|is|are|was|were|be|will|would|may)"
    r"\s*[,;:\u2013\u2014-]?\s*$"
)
#: The fewest words a short last line needs to be read as a sentence that stopped.
MIN_WORDS = 4
#: A lower-case last word (not an address, a URL or a code) that is a word cut in two: in
#: a short line of at least ``MIN_SENTENCE_WORDS`` words that is no label ("Contact: Jane
#: Roe, head of communications"), a last word the release never uses as a word of its own
#: but that begins a longer word it does use ("... impairment charge, ope" beside
#: "operating"). A real word that merely lacks its full stop ("... by post") is whole.
MIN_SENTENCE_WORDS = 6
_LOWER_END = lazy_compile(r"(?<![\w@./:-])([a-z]{1,20})\s*$")
_LABEL = lazy_compile(r"^[^:]{1,40}:")
#: A short last line that is a sentence stopped before its noun: it opens with a capital,
#: has a finite verb and ends, with no closing mark, on a hyphenated compound, which
#: modifies what would follow ("Morgan Stanley and Cowen are acting as joint book-running").
#: A sentence that only lacks its full stop ("... may be sent to Acme by post") is whole.
MIN_CLAUSE_WORDS = 8
_FINITE_VERB = lazy_compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|may|shall)\b")
_COMPOUND_LAST_WORD = lazy_compile(r"(?:^|\s)[A-Za-z]+-[a-z][a-z-]*\s*$")
#: A capitalised fragment after "&", a comma or a lower-case word ("Investor Relations &
#: Tr", "Roth Capital Partners, L", "the fiscal year ended J"): a name or a month cut in two
#: when it is a word cut in two.
_NAME_CUT = lazy_compile(r"(?:&|,|\b[a-z]{2,})\s*\b([A-Z][a-z]{0,2})\s*$")
#: The characters that close a sentence, a quotation or a bracket.
_CLOSED = (".", "!", "?", "\u2026", '"', "\u201d", "'", "\u2019", ")", "]")


def _word_cut_in_two(word: str, before: str) -> bool:
    """Whether ``word`` is no word of ``before`` (the text above the last line) but begins
    one of its longer words. An initial or an abbreviation ("J.", "Co.") is no use of the
    word on its own: the fragment at the end has no full stop."""
    pattern = release_pattern(rf"\b{re.escape(word)}(\w*)(\.?)", re.IGNORECASE)
    longer = False
    for match in pattern.finditer(before):
        if match.group(1):
            longer = True
        elif not match.group(2):
            return False  # used as a word of its own (an initial, "J.", is not)
    return longer


def _stops_short(last: str, before: str = "") -> bool:
    """Whether the last paragraph ``last`` stops mid-sentence. A long one may end on any
    word that cannot close a sentence; a short one (a release's last line is usually a
    contact, a name, a label or ``###``) on a word no sentence ends on after at least four
    words, or on a word cut in two after at least six (``_word_cut_in_two``; ``before`` is
    the text above the line), and never when it opens like a footnote or a table row or
    holds an address, or on a hyphenated compound when it is a clause of eight words or
    more with a finite verb. Either may end on a capitalised word cut in two after "&", a comma or
    a lower-case word ("Roth Capital Partners, L"; "the fiscal year ended J")."""
    tail = last[-40:]
    name = _NAME_CUT.search(tail)
    if name is not None and _word_cut_in_two(name.group(1), before):
        return True
    if len(last) >= MIN_PARAGRAPH:
        return bool(_DANGLING.search(tail) or _DANGLING_NAME.search(tail))
    if len(last.split()) < MIN_WORDS or _NOTE_OR_ROW.match(last) or "@" in last:
        return False
    if _FUNCTION_END.search(tail) is not None:
        return True
    if (
        len(last.split()) >= MIN_CLAUSE_WORDS
        and last[0].isupper()
        and not _LABEL.match(last)
        and _FINITE_VERB.search(last) is not None
        and _COMPOUND_LAST_WORD.search(tail) is not None
    ):
        return True
    end = _LOWER_END.search(tail)
    return (
        end is not None
        and len(last.split()) >= MIN_SENTENCE_WORDS
        and not _LABEL.match(last)
        and _word_cut_in_two(end.group(1), before)
    )


def _left_open(paragraph: str) -> bool:
    """Whether the last paragraph stops inside a quotation or a bracket it opened, with no
    full stop: a quote cut in two ('"This is an excellent acquisition for Beta and it
    creates the world\'s premie') or an aside ('its transfer agent ("AST').  A quotation
    that closes, or a paragraph that ends a sentence, is whole."""
    if paragraph.endswith(_CLOSED):
        return False
    curly_open = paragraph.rfind("\u201c") > paragraph.rfind("\u201d")
    straight_open = paragraph.count('"') % 2 == 1
    bracket_open = paragraph.rfind("(") > paragraph.rfind(")")
    return curly_open or straight_open or bracket_open


#: A note marker glued to a word ("Adjusted EBITDA(4)"), not a citation's chain
#: ("Rule 5550(a)(2)", "Rule 4810(c)(3)(A)").
#: The bracket comes first and the letters before it are tested after it: ``re`` then skips to
#: the next "(" in C instead of trying the lookbehind at every character (the same matches).
_NOTE_MARK = lazy_compile(r"\((?<=[A-Za-z]{2}\()([1-9])\)(?!\s*\()")
#: The fewest distinct markers that make a set of notes.
MIN_NOTES = 2


def _notes_missing(text: str, original: str) -> str | None:
    """The note markers ``text`` uses when the file (``original``: its markup and list
    numbers, which the parse drops) holds none of their notes (no line, cell or element
    opens with "(1)", "1." or "[1]"): a copy that lost the notes at its end."""
    marks = sorted({m.group(1) for m in _NOTE_MARK.finditer(text)})
    if len(marks) < MIN_NOTES:
        return None
    for mark in marks:
        if re.search(rf"(?m)(?:^|[>|])[\s*]*(?:\({mark}\)|{mark}[.)]|\[{mark}\])", original):
            return None
    return ", ".join(f"({m})" for m in marks)


def cut_off(release: Release) -> str | None:
    """Evidence that ``release`` ends in the middle of a sentence, or has lost the notes
    it refers to, or ``None``."""
    text = release.text.rstrip()
    notes = _notes_missing(text, release.original())
    if notes is not None:
        return (
            f"the text refers to notes {notes} but holds none of them: the copy looks cut "
            "off, so what it lacks may be in the missing part"
        )
    last = text[text.rfind("\n") + 1 :].strip()
    paragraph = text[text.rfind("\n\n") + 1 :].strip()
    before = text[: len(text) - len(last)]
    if not last or not (_stops_short(last, before) or _left_open(paragraph)):
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


def reminder_if_republished(ctx: RuleContext, finding: Finding) -> Finding:
    """``finding`` (a claim that the release *lacks* a legend or a closing section) as an
    ``info`` reminder when the text is a news site's republished copy (``disclint.standing``:
    republished, and not the wire's own page, which is verbatim): such copies often stop
    before the legends, reconciliations and notes the issuer published."""
    from disclint.api import Severity
    from disclint.standing import Whose, standing

    stand = standing(ctx)
    if (
        stand.kind is not Whose.REPUBLISHED
        or stand.wire_copy is not None
        or finding.severity is Severity.INFO
    ):
        return finding
    reason = (
        f"{stand.republished or 'a republished copy'}: a news site's copy may have dropped "
        "what the issuer published"
    )
    return finding.model_copy(
        update={"severity": Severity.INFO, "evidence": [*finding.evidence, reason]}
    )


def reminders_if_republished(ctx: RuleContext, findings: Iterable[Finding]) -> Iterator[Finding]:
    """``reminder_if_republished`` for each of a rule's absence findings."""
    for finding in findings:
        yield reminder_if_republished(ctx, finding)
