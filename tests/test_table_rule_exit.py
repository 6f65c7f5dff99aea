"""NUM020 returns at once on a release without tables (it then skips importing its
row-total reader): the same statement is still checked when written as a table."""

from __future__ import annotations

from tests.catalog_helpers import check

LEAD = (
    "AUSTIN, Texas, Aug. 6, 2024 /PRNewswire/ -- Bellwether Instruments Inc. (Nasdaq: BWTI) "
    "today reported results for the second quarter."
)
ROWS = (("Revenue", "48,210", "41,377"), ("Cost of revenue", "20,115", "18,002"))
WRONG = ("Gross profit", "29,095", "23,375")


def _text(body: str) -> str:
    return "\n\n".join(["Bellwether Reports Results", LEAD, body, "###"]) + "\n"


def test_num020_without_a_table_finds_nothing_and_with_one_finds_the_subtotal() -> None:
    prose = " ".join(f"{a} was {b} thousand against {c} thousand." for a, b, c in (*ROWS, WRONG))
    assert check(_text(prose), "NUM020") == []
    table = "| (in thousands) | Q2 2024 | Q2 2023 |\n|---|---|---|\n" + "\n".join(
        f"| {a} | {b} | {c} |" for a, b, c in (*ROWS, WRONG)
    )
    found = check(_text(table), "NUM020")
    assert len(found) == 1 and "Gross profit" in found[0].message
