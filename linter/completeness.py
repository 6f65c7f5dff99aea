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

from disclint.model import Release

#: The shortest last paragraph judged: a short last line is a contact, a name or a label.
MIN_PARAGRAPH = 120
#: A last word that can only continue: a lower-case word (not an address, a URL or a
#: code, which hold dots, digits or "@"), optionally followed by a comma or a dash.
_DANGLING = re.compile(r"(?<![\w@./:-])[a-z]{1,20}\s*[,;:\u2013\u2014-]?\s*$")


def cut_off(release: Release) -> str | None:
    """Evidence that ``release`` ends in the middle of a sentence, or ``None``."""
    text = release.text.rstrip()
    last = text[text.rfind("\n") + 1 :].strip()
    if len(last) < MIN_PARAGRAPH or not _DANGLING.search(last[-40:]):
        return None
    tail = last[-40:].lstrip()
    return (
        f'the text ends in the middle of a sentence ("...{tail}"): the copy looks cut off, '
        "so what it lacks may be in the missing part"
    )
