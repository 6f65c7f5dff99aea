"""Every NUM rule's documented examples (what ``disclint explain`` shows) behave as
documented: the flagged one gets a finding of that rule, the accepted one none.

An example is the body of a release; when it holds a blank line, the text before it is the
headline (rules such as NUM009 and NUM011 compare the headline with the body); an example
that starts with "|" is a Markdown table, checked as a .md release."""

from __future__ import annotations

import pytest

from disclint.api import Rule
from disclint.rules.arithmetic import RULES
from tests.test_rules_arithmetic import num, problems, release

EXAMPLES = [
    pytest.param(r, flagged, accepted, id=f"{r.code}-{i}")
    for r in RULES
    for i, (flagged, accepted) in enumerate(r.examples)
]


def _codes(example: str) -> list[str]:
    if example.startswith("|"):  # a Markdown table: the release is a .md file
        text = f"# Norvale Photonics Update\n\nNorvale reported its schedule.\n\n{example}\n"
        return [f.code for f in problems(num(text, "release.md"))]
    headline, _, body = example.rpartition("\n\n")
    text = release(body, headline) if headline else release(body)
    return [f.code for f in problems(num(text))]


def test_every_num_rule_documents_an_example() -> None:
    assert all(r.examples for r in RULES), [r.code for r in RULES if not r.examples]


@pytest.mark.parametrize(("rule", "flagged", "accepted"), EXAMPLES)
def test_flagged_example_is_flagged(rule: Rule, flagged: str, accepted: str) -> None:
    assert rule.code in _codes(flagged), (rule.code, flagged)


@pytest.mark.parametrize(("rule", "flagged", "accepted"), EXAMPLES)
def test_accepted_example_is_accepted(rule: Rule, flagged: str, accepted: str) -> None:
    assert rule.code not in _codes(accepted), (rule.code, accepted)
