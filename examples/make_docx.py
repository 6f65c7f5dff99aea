"""Write examples/annual-results.docx, a clean full-year results release in Word format.

Run from the repository root (or anywhere):

    .venv/bin/python examples/make_docx.py

The document uses real Word styles (Title for the headline, Heading 2 for section headings,
List Bullet for the highlights, a table for the results, Normal for everything else), so the
.docx reader sees the same structure a communications team would produce in Word. The output
is byte-for-byte reproducible: the document properties are fixed and every part of the zip
package gets the same timestamp.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent / "annual-results.docx"
FIXED_TIME = dt.datetime(2025, 3, 12, 7, 0, 0)
ZIP_TIME = (2025, 3, 12, 7, 0, 0)

HEADLINE = "Palmquist Diagnostics Reports Full-Year 2024 Financial Results"

DATELINE = (
    "MIAMI, FL / ACCESSWIRE / March 12, 2025 / Palmquist Diagnostics, Inc. (Nasdaq: PQDX) "
    '("Palmquist" or the "Company"), which develops and sells point-of-care molecular tests '
    "for respiratory infections, today reported financial results for the year ended "
    "December 31, 2024."
)

HIGHLIGHTS = [
    "Revenue was $18.6 million, an increase of 31.0% from $14.2 million in 2023.",
    "Gross margin was 58.0%, compared with 54.0% in 2023, an increase of 4.0 percentage points.",
    "Net loss was $9.4 million, or $0.38 per share, compared with $12.8 million, or $0.55 per "
    "share, in 2023.",
    "Cash and cash equivalents were $27.5 million as of December 31, 2024, compared with "
    "$34.1 million as of December 31, 2023.",
    "The installed base of Palmquist analyzers in clinics and urgent-care centers was 1,240 as "
    "of December 31, 2024, compared with 910 a year earlier.",
]

QUOTE = (
    '"Most of our growth in 2024 came from urgent-care groups that placed analyzers in 2023 and '
    "then added test volume through the winter respiratory season. Our cost per test cartridge "
    "fell as our second production line in Doral came up to full volume, which is the main "
    "reason gross margin improved. In 2025 we plan to focus our sales team on primary-care "
    'networks and to keep operating expenses close to 2024 levels," said Helena Sorvik, '
    "President and Chief Executive Officer of Palmquist Diagnostics."
)

RESULTS_HEADING = "Full-Year 2024 Financial Results"

RESULTS = [
    "Revenue for 2024 was $18.6 million, an increase of 31.0% from $14.2 million in 2023. "
    "Test cartridge sales accounted for most of the increase, reflecting the larger installed "
    "base of analyzers.",
    "Gross profit was $10.8 million, compared with $7.7 million in 2023. Gross margin was "
    "58.0%, compared with 54.0%, an increase of 4.0 percentage points.",
    "Research and development expenses were $6.9 million, compared with $7.4 million in 2023, "
    "and selling, general and administrative expenses were $14.1 million, compared with "
    "$14.0 million. Total operating expenses were $21.1 million, compared with $21.4 million.",
    "Net loss was $9.4 million, or $0.38 per basic and diluted share, compared with a net loss "
    "of $12.8 million, or $0.55 per basic and diluted share, in 2023, a decrease of "
    "$3.4 million.",
    "Cash and cash equivalents were $27.5 million as of December 31, 2024, compared with "
    "$34.1 million as of December 31, 2023. Net cash used in operating activities was "
    "$6.2 million in 2024, compared with $10.1 million in 2023. Based on its current operating "
    "plan, the Company believes that its cash and cash equivalents will be sufficient to fund "
    "its operations for at least the next 12 months from the date of this press release.",
]

TABLE_TITLE = (
    "Selected Consolidated Statements of Operations Data (in thousands, except per share amounts)"
)

TABLE = [
    ("", "Year Ended December 31, 2024", "Year Ended December 31, 2023"),
    ("Revenue", "$18,600", "$14,200"),
    ("Cost of revenue", "7,810", "6,530"),
    ("Gross profit", "10,790", "7,670"),
    ("Research and development", "6,940", "7,360"),
    ("Selling, general and administrative", "14,120", "14,000"),
    ("Total operating expenses", "21,060", "21,360"),
    ("Loss from operations", "(10,270)", "(13,690)"),
    ("Interest and other income, net", "870", "890"),
    ("Net loss", "$(9,400)", "$(12,800)"),
    ("Net loss per share, basic and diluted", "$(0.38)", "$(0.55)"),
    ("Weighted-average shares outstanding, basic and diluted", "24,710", "23,290"),
    ("Cash and cash equivalents, end of year", "$27,480", "$34,120"),
]

ABOUT_HEADING = "About Palmquist Diagnostics"

ABOUT = (
    "Palmquist Diagnostics, Inc. develops, manufactures and sells a benchtop molecular "
    "analyzer and single-use test cartridges that detect common respiratory viruses from a "
    "nasal swab in about 25 minutes. Its tests are used in urgent-care centers, primary-care "
    "clinics and hospital emergency departments in the United States. Palmquist is "
    "headquartered in Miami, Florida, and manufactures its cartridges in Doral, Florida. For "
    "more information, visit www.palmquistdx.com."
)

FLS_HEADING = "Forward-Looking Statements"

FLS = (
    "This press release contains forward-looking statements within the meaning of Section 27A "
    "of the Securities Act of 1933, as amended, and Section 21E of the Securities Exchange Act "
    "of 1934, as amended, including statements by management quoted in this press release. "
    "Forward-looking statements include statements about the Company's sales focus and "
    "operating expenses in 2025 and the sufficiency of its cash and cash equivalents to fund "
    'its operations. Words such as "believe," "expect," "intend," "plan," "will" and similar '
    "expressions identify forward-looking statements. Actual results could differ materially "
    "because of risks and uncertainties that include: the severity and timing of respiratory "
    "infection seasons, which drive test cartridge demand; the Company's ability to place "
    "analyzers with primary-care networks and to grow test volume per analyzer; changes in "
    "Medicare and commercial reimbursement rates for molecular respiratory tests; the "
    "Company's reliance on single-source suppliers for certain cartridge components; "
    "manufacturing yields at its Doral facility; competition from larger diagnostics "
    "companies; regulatory requirements of the U.S. Food and Drug Administration for its "
    "current and future tests; and the Company's history of net losses and possible need for "
    'additional financing. These and other risks are described under "Risk Factors" in the '
    "Company's Annual Report on Form 10-K for the year ended December 31, 2024, which the "
    "Company filed with the Securities and Exchange Commission on March 12, 2025, and in its "
    "subsequent Quarterly Reports on Form 10-Q. Forward-looking statements speak only as of "
    "the date of this press release. Except as required by law, the Company undertakes no "
    "obligation to update or revise any forward-looking statement, whether as a result of new "
    "information, future events or otherwise."
)

CONTACTS = [
    ("Investor Contact:", "Andrea Solano", "ir@palmquistdx.com", "+1 305-555-0165"),
    ("Media Contact:", "Tomas Echeverri", "media@palmquistdx.com", "+1 305-555-0177"),
]

SOURCE = "Source: Palmquist Diagnostics, Inc."
END_MARK = "###"


def build() -> bytes:
    doc = Document()
    props = doc.core_properties
    props.title = HEADLINE
    props.author = "Palmquist Diagnostics, Inc."
    props.last_modified_by = "Palmquist Diagnostics, Inc."
    props.comments = "Example release for disclint (fictional company)."
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1

    doc.add_paragraph(HEADLINE, style="Title")
    doc.add_paragraph(DATELINE, style="Normal")

    doc.add_heading("Full-Year 2024 Highlights", level=2)
    for item in HIGHLIGHTS:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph(QUOTE, style="Normal")

    doc.add_heading(RESULTS_HEADING, level=2)
    for text in RESULTS:
        doc.add_paragraph(text, style="Normal")

    doc.add_paragraph(TABLE_TITLE, style="Normal").runs[0].bold = True
    table = doc.add_table(rows=len(TABLE), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            paragraph = cell.paragraphs[0]
            if c > 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if r == 0:
                for run in paragraph.runs:
                    run.bold = True

    doc.add_heading(ABOUT_HEADING, level=2)
    doc.add_paragraph(ABOUT, style="Normal")

    doc.add_heading(FLS_HEADING, level=2)
    doc.add_paragraph(FLS, style="Normal")

    for label, name, email, phone in CONTACTS:
        paragraph = doc.add_paragraph(style="Normal")
        paragraph.add_run(label).bold = True
        for line in (name, email, phone):
            run = paragraph.add_run()
            run.add_break()
            run.add_text(line)

    doc.add_paragraph(SOURCE, style="Normal")
    doc.add_paragraph(END_MARK, style="Normal")

    buffer = io.BytesIO()
    doc.save(buffer)
    return _normalize_zip(buffer.getvalue())


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite the package with a fixed timestamp on every part, in the original order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    OUT.write_bytes(build())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
