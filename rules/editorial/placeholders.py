"""EDT001: placeholders and template leftovers ("Headline", "Lorem ipsum", "$XX million")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from disclint.api import (
    MONTH_NAME,
    Finding,
    Rule,
    RuleContext,
    RuleOptions,
    any_of,
    compiled,
    excerpt,
    finditer_any_of,
    fold,
    lazy_compile,
    may_match,
    required_character,
    rule,
)
from disclint.rules.editorial._text import case_sensitive, pieces, placeholders

_HEADING_KINDS = ("headline", "subheadline")
#: Words before "Company Name" that make it the issuer's own name being discussed
#: ("announces new Company Name", "its company name").
_NAMING = lazy_compile(r"(?:\b(?:its|the|our|new|a|of|former|changed?)\s+)$", re.IGNORECASE)


class PlaceholderOptions(RuleOptions):
    """EDT001 options."""

    fonts: bool = True
    """Report a headline that is a typeface name ("Open Sans"): a style pasted for a title."""


@rule(
    code="EDT001",
    name="template-placeholder",
    family="editorial",
    severity="error",
    summary="Placeholder or template text left in the release (Headline, Lorem ipsum, $XX)",
    citation=(
        "Wire-service editorial guidelines: releases are distributed as submitted and the "
        "submitter answers for their accuracy; Rule 10b-5 (17 CFR 240.10b-5) where the "
        "placeholder stands for a material figure"
    ),
    options=PlaceholderOptions,
    examples=(
        ("[headline] Headline", "[headline] Norvale Mining Reports Record Revenue"),
        (
            "Norvale Mining Corp. reported revenue of $XX million for the quarter.",
            "Norvale Mining Corp. reported revenue of $12.4 million for the quarter.",
        ),
    ),
)
def template_placeholder(ctx: RuleContext) -> Iterator[Finding]:
    """A release is written from a template: a headline field that reads "Headline", a
    subheadline that reads "Subheadline", a font name where the title belongs, dummy text
    ("Lorem ipsum"), merge fields that were never filled ("{{first_name}}", "«Company»"),
    bracketed instructions ("[insert quote]", "[Company]") and "XX" where a figure, a date
    or a ticker belongs ("$XX million", "Q2 20XX", "(NASDAQ: XXX)"). Wires distribute the
    copy as submitted, and such releases go out and are then corrected ("CORRECTING and
    REPLACING"). Where the placeholder holds the place of a figure, the published release
    misstates or omits a fact that investors read.

    Headline leftovers are reported only when the whole headline is the template's word;
    "Company Name" followed by a colon is a form's label, and a bare "TK" is a symbol
    (Teekay) or a name (TK Elevator); "TK" is reported where a figure belongs ("$TK
    million", "TK%") or in brackets.
    """
    options: PlaceholderOptions = ctx.options
    data = placeholders()["placeholder"]
    wholes = [*data["whole_heading"], *(data["fonts"] if options.fonts else [])]
    whole = compiled("|".join(f"(?:{p})" for p in wholes))
    anywhere = any_of(data["anywhere"])
    figure_source = "|".join(f"(?:{p})" for p in data["figure"]).replace("{month}", MONTH_NAME)
    figure = case_sensitive(figure_source)
    # a character every figure placeholder is written with (its "X"), looked for as it is:
    # case folded, the prefilter's "x" is in nearly every block
    figure_mark = required_character(figure_source)
    company = case_sensitive(data["company_name"])
    to_come = case_sensitive(data["to_come"])
    # A block is a slice of the release's text: a pattern whose required literals the
    # whole release lacks matches no block, and is not tried block by block.
    release_folded = ctx.facts.folded
    kinds = [
        (pattern, kind)
        for pattern, kind in (
            (anywhere, "template text"),
            (figure, "a placeholder where a figure belongs"),
            (company, "template text"),
            (to_come, 'printers\' "to come" mark'),
        )
        if may_match(pattern, release_folded)
    ]
    for piece in pieces(ctx):
        where = piece.where
        if piece.kind in _HEADING_KINDS:
            stripped = piece.text.strip().strip(":.-–—*#[]()<>\"“”'")
            if whole.fullmatch(stripped):
                yield ctx.finding(
                    piece.element,
                    message=f'the {where} is template text: "{stripped}"',
                    evidence=[f'the whole {where} reads "{stripped}": no title was filled in'],
                )
                continue
        if not kinds:
            continue
        folded = fold(piece.text)
        for pattern, kind in kinds:
            if not may_match(pattern, folded):
                continue
            if pattern is figure and figure_mark is not None and figure_mark not in piece.text:
                continue
            # the word list's alternation, a search per pattern (the same matches)
            matches = (
                finditer_any_of(data["anywhere"], piece.text, folded)
                if pattern is anywhere
                else pattern.finditer(piece.text)
            )
            for match in matches:
                if pattern is company and _NAMING.search(piece.text[: match.start()]):
                    continue
                start = piece.start + match.start()
                around = excerpt(piece.text, max(0, match.start() - 50), match.end() + 50)
                yield ctx.finding(
                    start,
                    start + len(match.group()),
                    f'{kind} "{match.group()}" left in the {where}',
                    evidence=[f"in: {around}"],
                )


RULES: list[Rule] = [template_placeholder]
