"""EDT002: drafting and review notes left in the copy ("[KG1]", "please note we are ...")."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import (
    Finding,
    Rule,
    RuleContext,
    Severity,
    excerpt,
    finditer_any_of,
    fold,
    may_match,
    rule,
)
from disclint.rules.editorial._text import any_of_lines, case_sensitive, pieces, placeholders

#: Above this share of capitals a block is set in capitals, and "DRAFT" in it is a word
#: ("NFL DRAFT PARTNERSHIP"), not a marking, unless it stands alone on its line.
_CAPITALS_BLOCK = 0.6


def _capitals(text: str) -> float:
    """The share of capitals among the letters of a block (0 without letters); worked out
    only where a draft marking is found, not for every block (hot path)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


@rule(
    code="EDT002",
    name="drafting-note",
    family="editorial",
    severity="error",
    summary="Reviewer comments, notes to the client and DRAFT markings left in the release",
    citation=(
        "Wire-service editorial guidelines: copy is distributed as submitted; comment "
        "anchors and notes to the client are printed with it"
    ),
    examples=(
        (
            "Norvale Mining Corp.[KG1] reported record output. Please note we are still "
            "finalizing executive approval of the quote.",
            "Norvale Mining Corp. reported record output. Please note the CUSIP change "
            "effective July 1, 2024.",
        ),
    ),
)
def drafting_note(ctx: RuleContext) -> Iterator[Finding]:
    """Releases pass between the issuer, its agency and counsel as Word files with
    comments and tracked changes. Pasted into a wire's submission form, a comment leaves
    its anchor ("[KG1]", "[MI3]") in the text, and notes addressed to the client ("please
    note we are still finalizing executive approval of the quote", "TBD", "insert quote",
    "DRAFT - not for release") are published as written. Each has gone out on the wire and
    been corrected.

    Notes addressed to readers are not reported: "Please note the CUSIP change" tells
    shareholders something, and "Note to editors" is a wire convention. "TBD" and "TBC"
    are reported as warnings (an event's time may honestly be "TBD"); the rest as errors.
    """
    data = placeholders()["note"]
    anchor = case_sensitive(data["anchor"])
    residue = any_of_lines(data["residue"])
    phrases = any_of_lines(data["phrases"])
    abbreviations = case_sensitive(data["abbreviations"])
    marking = case_sensitive("|".join(f"(?:{p})" for p in data["marking"]))
    # A block is a slice of the release's text: a pattern whose required literals the
    # whole release lacks matches no block, and is not tried block by block.
    release_folded = ctx.facts.folded
    kinds = [
        (pattern, what, severity)
        for pattern, what, severity in (
            (anchor, "comment anchor", None),
            (residue, "tracked-change or comment residue", None),
            (phrases, "note to the client or reviewer", None),
            (abbreviations, "unresolved abbreviation", Severity.WARNING),
            (marking, "draft marking", None),
        )
        if may_match(pattern, release_folded)
    ]
    for piece in pieces(ctx) if kinds else ():
        text = piece.text
        folded = fold(text)
        for pattern, what, severity in kinds:
            if not may_match(pattern, folded):
                continue
            # the phrases' alternation, a search per phrase (the same matches)
            matches = (
                finditer_any_of(data["phrases"], text, folded, flags="(?m)")
                if pattern is phrases
                else pattern.finditer(text)
            )
            for match in matches:
                if (
                    pattern is marking
                    and _capitals(text) > _CAPITALS_BLOCK
                    and text.strip() != match.group().strip()
                    and not match.group().strip().lower().startswith("not")
                ):
                    continue
                found = match.group().strip()
                start = piece.start + match.start() + match.group().index(found)
                yield ctx.finding(
                    start,
                    start + len(found),
                    f'{what} "{found}" left in the {piece.where}',
                    evidence=[f"in: {excerpt(text, max(0, match.start() - 60), match.end() + 60)}"],
                    severity=severity,
                )


RULES: list[Rule] = [drafting_note]
