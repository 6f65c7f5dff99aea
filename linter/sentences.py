"""Sentence boundaries in release prose, aware of the abbreviations releases are full of.

"Mr. Victor Lee", "Acme Corp. (Nasdaq: ACME)", "5:00 p.m. ET" and "U.S. investors" must not
end a sentence: rules relate numbers within a sentence and FLS cues to their sentence, so a
false boundary splits a claim from its evidence.
"""

from __future__ import annotations

import re

from disclint.releasescope import at_release_end
from disclint.vocabulary import DOTTED_LEGAL_FORMS

#: Words whose full stop does not end a sentence (lower case, without the final full stop):
#: titles, months and days, units, places, and the legal forms printed with a full stop.
ABBREVIATIONS = frozenset(
    [
        *(form.lower() for form in DOTTED_LEGAL_FORMS),
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "plc",
        "bros",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "ave",
        "blvd",
        "rd",
        "ste",
        "dept",
        "est",
        "fig",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "messrs",
        "hon",
        "rev",
        "ph.d",
        "m.d",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.s.a",
        "s.p.a",
        "a.g",
        "b.v",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "cf",
        "ca",
        "al",
        "op",
        "vol",
        "pp",
        "ed",
        "eds",
        "est",
        "ext",
        "tel",
        "nasdaq",
        "nyse",
    ]
)

#: A run of terminal punctuation is matched from its first character only (the lookbehind):
#: tried at every dot of "......" the run would be re-scanned from each one (quadratic).
#: A line break ends a sentence unless the next line goes on in lower case (a hard wrap).
#: Each branch opens with its character and then looks behind it ("." not after ".", "!" or
#: "?"): the matches of ``(?<![.!?])[.!?]+...|(?<!\n)\n+...``, but ``re`` skips in C to the
#: next of the four characters instead of trying the lookbehind at every position.
_TAIL = r"[.!?]*[”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9$€£])"
_BOUNDARY = re.compile(
    rf"\.(?<![.!?]\.){_TAIL}|!(?<![.!?]!){_TAIL}|\?(?<![.!?]\?){_TAIL}"
    r"|\n(?<!\n\n)\n*(?![a-z])"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")


#: The spans of whole texts split lately: the facts split every paragraph, and the non-GAAP
#: measure reading, the legend and the communication kind split many of the same paragraphs
#: again. Cleared when full (a release's paragraphs fit many times over), so it holds at
#: most this many texts and characters, and when each release's check ends (``_forget``).
_WHOLE: dict[str, tuple[tuple[int, int], ...]] = {}
_WHOLE_LIMIT = 2048
_WHOLE_CHARS = 500_000
_whole_chars = 0


@at_release_end
def _forget() -> None:
    global _whole_chars
    _WHOLE.clear()
    _whole_chars = 0


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of ``text[start:end]``, whitespace trimmed."""
    global _whole_chars
    if start == 0 and end is None:
        known = _WHOLE.get(text)
        if known is None:
            if len(_WHOLE) >= _WHOLE_LIMIT or _whole_chars + len(text) > _WHOLE_CHARS:
                _WHOLE.clear()
                _whole_chars = 0
            known = _WHOLE[text] = tuple(_spans(text, 0, len(text)))
            _whole_chars += len(text)
        return list(known)
    return _spans(text, start, len(text) if end is None else end)


def _spans(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, stop):
        if match.group()[0] == "." and _is_abbreviation(text, match.start()):
            continue
        _append(spans, text, begin, match.end())
        begin = match.end()
    _append(spans, text, begin, stop)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at ``dot`` the end of an abbreviation or an initial ("J. Smith")?"""
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if word is None:
        return False
    token = word.group(1).rstrip(".").lower()
    if len(token) == 1:
        # "J. Smith" is an initial; "$1.2M. This" is a scale letter ending a sentence.
        return not text[word.start() - 1 : word.start()].isdigit()
    return token in ABBREVIATIONS


def _append(spans: list[tuple[int, int]], text: str, begin: int, end: int) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        spans.append((begin, end))


def sentence_start_before(text: str, position: int, floor: int = 0) -> int:
    """The start of the sentence that ``position`` is in (searching back no further than
    ``floor``); ``position`` itself if the text before it ends a sentence."""
    head = text[floor:position].rstrip()
    if not head:
        return position
    last = floor + len(head) - 1
    if head[-1] in "!?" or (head[-1] == "." and not _is_abbreviation(text, last)):
        return position
    spans = sentence_spans(text, floor, position)
    return spans[-1][0] if spans else position
