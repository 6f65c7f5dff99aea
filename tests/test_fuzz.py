"""Property tests: whatever bytes or text a release holds, reading gives a ``Source`` or an
``InputError``, and checking gives findings, never an exception (issue 15). Bounded so the
suite stays fast; ``benchmarks/fuzz.py`` runs the long mutation campaign."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclint.engine import Engine, RunOptions
from disclint.errors import InputError
from disclint.readers import read_bytes

ENGINE = Engine(RunOptions(isolated=True))

#: Pieces releases are made of, and the characters the audit found trouble with.
PIECES = [
    "Acme Announces Record Results\n\n",
    "NEW YORK, May 1, 2026 /PRNewswire/ -- Acme Corp. (Nasdaq: ACME) today said ",
    "revenue was $12.5 million, up 15% from $10.9 million. ",
    '"We are pleased," said Jane Doe, Chief Executive Officer. ',
    "\n\nAbout Acme\n\nAcme makes widgets.\n\n",
    "Forward-Looking Statements\n\nThis release contains forward-looking statements. ",
    "\n\nContact:\nJane Doe\njane@acme.example\n(212) 555-0100\n\n###\n",
    "<u>",
    "&amp;",
    "\\$",
    "**",
    "_",
    "[a](",
    "<!--",
    "-->",
    "<table><tr><td>",
    "|",
    "\x1b",
    "\x07",
    "\u200b",
    "\ufeff",
    "\u202e",
    "\r\n",
    "\t",
    "...",
    "!!!",
    "100,",
]
release_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), min_size=1, max_size=40
).map("".join)
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


@FUZZ
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(["txt", "md", "html", "docx"]))
def test_any_bytes_read_or_one_line_error(data: bytes, fmt: str) -> None:
    try:
        source = read_bytes(data, f"x.{fmt}", fmt=fmt)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    result = ENGINE.check_source(source, Path(f"x.{fmt}"))
    assert result.error is None or "\n" not in result.error


@FUZZ
@given(text=release_text, fmt=st.sampled_from(["txt", "md", "html"]))
def test_any_release_text_checks_without_crashing(text: str, fmt: str) -> None:
    try:
        source = read_bytes(text.encode("utf-8", "surrogatepass"), f"x.{fmt}", fmt=fmt)
    except InputError:
        return
    result = ENGINE.check_source(source, Path(f"x.{fmt}"))
    assert not [f for f in result.findings if f.code == "DL001"], [
        f.message for f in result.findings if f.code == "DL001"
    ]
