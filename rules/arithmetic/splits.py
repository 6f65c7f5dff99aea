"""A split's effect on each share class, several pairs in one sentence: "the 63,000,000
shares of Class A common stock now outstanding will be combined into about 8,400,000
shares, and the 4,500,000 shares of Class B common stock into 600,000."

``claims`` reads one before/after pair per sentence (two counts, "from A to B" or "A will
become B"). A sentence that names each class's count and what it becomes holds one pair per
class, the verb stated once and elided after "and" (", and the N shares of Class B into M");
the count after "into" is often bare. Each pair is read from the words between its two
figures only ("[count] ... combined into [count]", nothing else numeric between), in the
sentence that names the split or the one right after it, and only when the release states
one split ratio: every class splits at it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, lazy_compile

if TYPE_CHECKING:
    from disclint.rules.arithmetic.claims import Relations, Split

__all__ = ["class_splits"]

_SPLIT_WORD = lazy_compile(r"split|consolidat|combin", re.I)
#: The words from a count to what it becomes: "... now outstanding will be combined into
#: about", "of Class B common stock into". No figure between.
_INTO = lazy_compile(
    r"^[^$%\d;]{0,80}?\b(?:(?:(?:will\s+be\s+|are\s+|were\s+|be\s+)?(?:combined"
    r"|consolidated|reduced|reclassified)\s+)?into|(?:will\s+)?become|becomes)\s+"
    r"(?:approximately\s+|about\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+million)\b(?!\s*%)",
    re.I,
)
_AUTHORIZED = lazy_compile(r"authori[sz]ed", re.I)


def class_splits(rel: Relations) -> list[Split]:
    """Before/after pairs of a split the sentence readers leave: one per class in one
    sentence, or a count and what it becomes ("will be combined into", "will become") in
    the sentence that names the split or the one after it. A reverse split's pairs only
    (the count after is smaller), of one class each."""
    from disclint.rules.arithmetic.claims import Split, count_or_read

    ratios = {r.old_per_new for r in rel.split_ratios}
    if len(ratios) != 1:
        return []
    read = {id(s.before) for s in rel.splits}  # the sentence readers' pairs stand
    found: list[Split] = []
    for view in rel.claim_views():
        # the ratio as the body states it nearest before the pairs (the headline's if none)
        earlier = [r for r in rel.split_ratios if r.ratio.start < view.start + len(view.text)]
        ratio = max(earlier or rel.split_ratios, key=lambda r: r.ratio.start)
        named = _SPLIT_WORD.search(view.text) or any(
            _SPLIT_WORD.search(v.text) for v in rel.preceding(view, 1)
        )
        counts = [
            c
            for c in view.of(Kind.SHARES)
            if c.instrument is None
            and not c.in_range
            and not _AUTHORIZED.search(view.before(c, 40) + view.after(c, 40))
        ]
        if not named:
            continue
        for c in counts:
            if id(c) in read or "preferred" in (c.share_class or ""):
                continue
            match = _INTO.search(view.after(c, 160))
            if match is None:
                continue
            offset = c.end - view.start
            after = count_or_read(view, offset + match.start("num"), offset + match.end("num"), c)
            if (after.share_class and after.share_class != c.share_class) or (
                after.value >= c.value
            ):
                continue  # another class, or no reverse split's result
            found.append(Split(ratio.ratio, c, after))
    return found
