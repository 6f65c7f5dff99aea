"""The editorial (EDT) dev set: real releases with one realistic editorial error each.

    python benchmarks/editorial/run.py ../shared/corpus/real [--split dev|test|all] [-v]

Each case in ``cases.toml`` names a corpus release (by file name), an edit and the rule
that should catch it. The edit is made here, at benchmark time, on a copy of the corpus
file in a temporary folder, so no corpus text is stored in the project; ``real`` cases
(errors the corpus release already carries) need no edit. A case is caught when the
edited copy has more findings of the expected rule than the original (for a real case:
when the original has one). Prints each case and the share caught per split.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from disclint.api import Finding
from disclint.engine import Engine, RunOptions
from disclint.facts import Facts
from disclint.parse import parse_path
from disclint.standing import issuer_names

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
Edit = Callable[[str, Any, dict[str, Any]], str]


def _replace(raw: str, start: int, end: int, text: str) -> str:
    return raw[:start] + text + raw[end:]


def headline(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Replace the headline with ``text`` (a template word, a font name)."""
    span = release.headline.span
    return _replace(raw, span.start.offset, span.end.offset, case["text"])


def insert_after_sentence(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Insert ``text`` after the ``sentence``-th sentence of the body (0: the first)."""
    facts = Facts(release)
    body = [s for s in facts.sentences if s.section in ("body", "quote")]
    sentence = body[int(case.get("sentence", 0))]
    offset = release.end_position(sentence.end).offset
    return raw[:offset] + case["text"] + raw[offset:]


def figure(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Replace the first money amount in millions of the body with ``text`` ("$XX million")."""
    facts = Facts(release)
    for quantity in facts.quantities:
        written = release.text[quantity.start : quantity.end]
        if (
            quantity.kind.value == "money"
            and "million" in written
            and release.section_at(quantity.start) == "body"
        ):
            start = release.position(quantity.start).offset
            end = release.end_position(quantity.end).offset
            return _replace(raw, start, end, case["text"])
    raise ValueError("no money amount in millions")


def _swap(word: str) -> str:
    """A typist's slip: two letters in the middle of the word swapped."""
    middle = len(word) // 2
    return word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]


def misspell(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Swap two letters of one use of a name: ``whose`` is "issuer" (the longest word of the
    issuer's name) or "speaker" (the surname of the first quoted speaker); ``use`` says
    which use (0: the first), ``where`` limits it to a section."""
    if case["whose"] == "speaker":
        speaker = next(q.speaker for q in release.quotes if q.speaker)
        word = speaker.split()[-1]
    else:
        from disclint.api import RuleContext

        ctx = RuleContext(release=release, rule=None, options=None, issuer=_profile())  # type: ignore[arg-type]
        name = issuer_names(ctx)[0]
        word = max(re.findall(r"[A-Z][a-z]{4,}", name), key=len)
    uses = [
        m
        for m in re.finditer(rf"\b{re.escape(word)}\b", release.text)
        if case.get("where") in (None, release.section_at(m.start()))
    ]
    use = uses[int(case.get("use", 0))]
    start = release.position(use.start()).offset
    return _replace(raw, start, start + len(word), _swap(word))


def _profile() -> Any:
    from disclint.profile import IssuerProfile

    return IssuerProfile()


def _move_year(raw: str, release: Any, quantity: Any, delta: int) -> str | None:
    """``raw`` with the year written in ``quantity`` moved by ``delta`` (None: no year)."""
    written = release.text[quantity.start : quantity.end]
    year = re.search(r"(?:19|20)\d\d", written)
    if year is None:
        return None
    start = release.position(quantity.start + year.start()).offset
    return _replace(raw, start, start + 4, str(int(year.group()) + delta))


def headline_year(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Move the year of the headline's period label by ``delta`` years (Q1 2025 -> Q1 2024)."""
    facts = Facts(release)
    for quantity in facts.quantities:
        if quantity.kind.value == "period" and release.section_at(quantity.start) in (
            "headline",
            "subheadline",
        ):
            moved = _move_year(raw, release, quantity, int(case["delta"]))
            if moved is not None:
                return moved
    raise ValueError("no period with a year in the headline")


def period_end_year(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Move the year of the body's first "... ended <date>" by ``delta`` years."""
    facts = Facts(release)
    for quantity in facts.quantities:
        before = release.text[max(0, quantity.start - 20) : quantity.start]
        if quantity.kind.value == "date" and re.search(r"ended\s+$", before):
            moved = _move_year(raw, release, quantity, int(case["delta"]))
            if moved is not None:
                return moved
    raise ValueError("no period-end date in the body")


def dateline_region(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Replace the dateline's state or province with ``text``."""
    dateline = release.dateline
    start = dateline.span.start.offset
    index = raw.index(dateline.region, start)
    return _replace(raw, index, index + len(dateline.region), case["text"])


def phone(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Replace the first contact phone number with ``text``."""
    element = next(p for c in release.contacts for p in c.phones)
    return _replace(raw, element.span.start.offset, element.span.end.offset, case["text"])


def truncate_contact(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Cut the first contact person's surname to its initial ("Mr. Luke T")."""
    people = [
        (c, n)
        for c in release.contacts
        for n in c.names
        if len(n.split()) >= 2 and not re.search(r"Investor|Relations|Media|Contact", n)
    ]
    contact, name = people[0]
    start = raw.index(name, contact.span.start.offset)
    first, last = name.split()[0], name.split()[-1]
    return _replace(raw, start, start + len(name), f"{case.get('prefix', '')}{first} {last[0]}")


def append_to_contact(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Add a line (``text``) at the end of the first contact block."""
    block = release.contact_blocks[0]
    offset = block.span.end.offset
    return raw[:offset] + case["text"] + raw[offset:]


def empty_body(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Keep the headline and put a bare link where the body was (a failed paste)."""
    span = release.headline.span
    return raw[: span.end.offset] + "\n\n" + case["text"] + "\n"


def insert_char(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Insert an invisible character (``char``, hex) after the ``word``-th word of the body."""
    paragraph = release.body[int(case.get("paragraph", 0))]
    words = list(re.finditer(r"\w+", paragraph.text))
    end = paragraph.span.text_start + words[int(case.get("word", 10))].end()
    offset = release.end_position(end).offset
    return raw[:offset] + chr(int(case["char"], 16)) + raw[offset:]


def prepend(raw: str, release: Any, case: dict[str, Any]) -> str:
    """Put a line (``text``) above everything else (a DRAFT marking left on top)."""
    return case["text"] + raw


EDITS: dict[str, Edit] = {
    "prepend": prepend,
    "headline": headline,
    "insert_after_sentence": insert_after_sentence,
    "figure": figure,
    "misspell": misspell,
    "headline_year": headline_year,
    "period_end_year": period_end_year,
    "dateline_region": dateline_region,
    "phone": phone,
    "truncate_contact": truncate_contact,
    "append_to_contact": append_to_contact,
    "empty_body": empty_body,
    "insert_char": insert_char,
}


def _count(engine: Engine, path: Path, code: str) -> list[Finding]:
    result = engine.check_path(path)
    if result.error is not None:
        raise RuntimeError(f"{path.name}: {result.error}")
    return [f for f in result.findings if f.code == code]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", choices=("dev", "test", "test2", "found", "all"), default="all")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    cases = tomllib.loads((HERE / "cases.toml").read_text(encoding="utf-8"))["case"]
    engine = Engine(RunOptions(select=["EDT"], entry_points=False, isolated=True))
    caught: dict[str, list[bool]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for number, case in enumerate(cases, 1):
            if args.split != "all" and case["split"] != args.split:
                continue
            original = args.corpus / case["file"]
            code = case["code"]
            before = _count(engine, original, code)
            if case["edit"] == "real":
                found, new = bool(before), before
            else:
                raw = original.read_bytes().decode("utf-8")
                release = parse_path(str(original))
                try:
                    edited = EDITS[case["edit"]](raw, release, case)
                except (StopIteration, IndexError, ValueError, AttributeError) as exc:
                    print(
                        f"{number:2d} {case['split']:4s} {code} SKIP   {case['file']}: "
                        f"edit not applicable ({type(exc).__name__})"
                    )
                    continue
                copy = Path(folder) / f"{number:02d}-{case['file']}"
                copy.write_text(edited, encoding="utf-8")
                after = _count(engine, copy, code)
                found, new = len(after) > len(before), after
            caught.setdefault(case["split"], []).append(found)
            mark = "caught" if found else "MISSED"
            print(f"{number:2d} {case['split']:4s} {code} {mark:6s} {case['file']}: {case['what']}")
            if args.verbose and new:
                print(f"      {new[-1].message}")
    for split, results in sorted(caught.items()):
        share = sum(results) / len(results)
        print(f"{split}: {sum(results)}/{len(results)} caught ({share:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
