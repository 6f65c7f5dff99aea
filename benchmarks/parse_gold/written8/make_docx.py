"""Build the two Word releases of split test8 (w819, w820) with python-docx.

Written for the parse gold set, session 8 (issue 9): the releases are fictional and were
drafted the way a communications team drafts them in Word (Title and Heading styles, an
italic subheadline, a contact table, a centred end mark, a one-line contact at the top).
Run from anywhere: ``python make_docx.py`` writes the two ``.docx`` files beside this script.
The committed files are the output of this script; their labels are the ``w819_*.json`` and
``w820_*.json`` files in ``parse_gold/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent


def _para(
    document: Any,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    center: bool = False,
    size: float | None = None,
) -> Any:
    paragraph = document.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def fernhollow() -> Path:
    document = Document()
    _para(document, "FOR IMMEDIATE RELEASE", bold=True)
    document.add_heading(
        "Fernhollow Outdoor Co. Opens Repair and Resale Centers in Five Western Cities", level=1
    )
    _para(
        document,
        "Company expects to refurbish 120,000 jackets, packs and tents in 2026 through its"
        " Second Trail program",
        italic=True,
    )
    paragraph = document.add_paragraph()
    paragraph.add_run("PORTLAND, Ore. – Jan. 14, 2026 –").bold = True
    paragraph.add_run(
        " Fernhollow Outdoor Co. (OTCQX: FHOC), a maker of outdoor apparel and camping gear, today"
        " opened Second Trail repair and resale centers in Portland, Seattle, Boise, Salt Lake City"
        " and Denver. The centers repair worn Fernhollow products for free or at cost and resell"
        " refurbished gear at about half the price of new."
    )
    _para(
        document,
        "Customers who trade in used Fernhollow gear receive store credit of up to 40% of the"
        " original price. Items that cannot be repaired are taken apart so that zippers, buckles"
        " and fabric can be reused in repairs.",
    )
    _para(
        document,
        "Fernhollow Chief Executive Officer Maren Lindahl said: “The most sustainable jacket is the"
        " one you already own. Second Trail makes it easy to keep our products in use for another"
        " season, or another ten.”",
    )
    _para(
        document,
        "“We tested the program in two stores last year and the response surprised us,” said"
        " Theo Brandvold, Fernhollow’s vice president of product stewardship. “Customers brought in"
        " 14,000 items in six months, and almost nine in ten of them were back on a shelf within"
        " three weeks.”",
    )
    _para(
        document,
        "The five centers will employ about 60 repair technicians. Fernhollow plans to add"
        " centers in Sacramento and Albuquerque later in 2026.",
    )
    document.add_heading("About Fernhollow Outdoor Co.", level=2)
    _para(
        document,
        "Founded in 1987 in Portland, Oregon, Fernhollow Outdoor Co. designs and sells rain shells,"
        " insulated jackets, backpacks and tents through 38 company stores, independent outdoor"
        " retailers and fernhollow.com. Fernhollow is a certified B Corporation.",
    )
    _para(document, "Contacts", bold=True)
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    cells = [
        ("Media", "Investors"),
        ("Imogen Strand", "Rafael Quiroga"),
        ("press@fernhollow.com", "investors@fernhollow.com"),
        ("503-555-0129", "503-555-0175"),
    ]
    for row, (left, right) in zip(table.rows, cells, strict=True):
        row.cells[0].text = left
        row.cells[1].text = right
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    _para(document)
    _para(document, "###", center=True)
    target = HERE / "w819_fernhollow-repair-centers.docx"
    document.save(str(target))
    return target


def cobaltine() -> Path:
    document = Document()
    _para(
        document,
        "Media contact: Harriet Lowe | Head of Communications | harriet.lowe@cobaltine.co.uk |"
        " +44 20 7946 0381",
        size=9,
    )
    _para(document, "PRESS RELEASE", bold=True)
    document.add_heading(
        "Cobaltine plc signs 400 MWh battery storage agreement with Northmere Energy", level=1
    )
    paragraph = document.add_paragraph()
    paragraph.add_run("LONDON, 12 March 2026 –").bold = True
    paragraph.add_run(
        " Cobaltine plc (AIM: CBLT), the developer of long-duration sodium-ion battery systems,"
        " today announced that it has signed an agreement with Northmere Energy Limited to supply"
        " a 100 MW / 400 MWh storage system for Northmere’s grid site near Grimsby, Lincolnshire."
        " The contract is worth approximately £96 million over its term, including fifteen years"
        " of maintenance."
    )
    _para(
        document,
        "Delivery of the first containers is scheduled for the second quarter of 2027, with"
        " commercial operation expected before the end of that year. It is Cobaltine’s largest"
        " contract to date and takes the Company’s order book to 1.1 GWh.",
    )
    _para(
        document,
        "Dr Saoirse Kilbride, Chief Executive of Cobaltine, said: ‘This is the project that moves"
        " us from pilots to grid scale. Northmere chose sodium-ion because it does not depend on"
        " lithium or cobalt and because it can sit in a field for twenty years with very little"
        " fuss.’",
    )
    _para(
        document,
        "‘We are also pleased that almost all of the system will be assembled at our Teesside"
        " plant,’ she added.",
    )
    _para(
        document,
        "Gareth Pughe, Managing Director of Northmere Energy, commented: ‘Four-hour storage is what"
        " the Lincolnshire grid needs to make better use of offshore wind. Cobaltine’s bid was the"
        " strongest on cost over the life of the asset.’",
    )
    _para(document, "– ENDS –", center=True)
    document.add_heading("Notes to Editors", level=2)
    document.add_heading("About Cobaltine plc", level=3)
    _para(
        document,
        "Cobaltine plc designs and manufactures sodium-ion battery systems for grid-scale and"
        " industrial energy storage. Founded in 2019 as a spin-out from the University of Durham,"
        " the Company employs 210 people in Durham and Teesside. Its shares are traded on AIM.",
    )
    document.add_heading("Forward-looking statements", level=3)
    _para(
        document,
        "This announcement contains forward-looking statements, including statements about the"
        " timing of delivery and commercial operation and the value of the contract. These"
        " statements involve risks and uncertainties, including risks relating to construction,"
        " grid connection and supply chains, and actual results may differ materially. Cobaltine"
        " undertakes no obligation to update these statements, save as required by the AIM Rules"
        " or applicable law.",
    )
    target = HERE / "w820_cobaltine-northmere-storage.docx"
    document.save(str(target))
    return target


if __name__ == "__main__":
    for built in (fernhollow(), cobaltine()):
        print(built.name)
