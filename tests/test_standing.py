"""Whose text is it: one decision per release (``disclint.standing``), the evidence it rests
on, and the rule families that read it. Releases are invented, modelled on what issuers,
promotion networks, paid publishers and law firms publish."""

from __future__ import annotations

from pathlib import Path

from disclint.engine import RunOptions
from tests.engine_helpers import check_text, codes
from tests.test_rules_fls import BOILERPLATE_LEGEND, FLS_BODY, release

NETWORK_FOOTER = (
    "Please see full terms of use and disclaimers on the Quillnet website applicable to all "
    "content provided by Quillnet, wherever published or re-published."
)
PAID_FOOTER = (
    "Disclaimer: The publisher of this article has been compensated by Brightfield Films, "
    "Inc. for the production and distribution of this article."
)
LAW_FIRM = (
    "March 3, 2025\n\nBrightfield Films (BRFL) Investors: Deadline in Securities Class Action"
    "\n\nRADNOR, PA -- (Wire) -- 03/03/25 -- The law firm of Poe & Roe LLP informs investors "
    "that a securities class action lawsuit has been filed against Brightfield Films, Inc. "
    "(Nasdaq: BRFL) on behalf of those who purchased Brightfield common stock. The lead "
    "plaintiff deadline is April 7, 2025. The firm will seek to recover losses.\n\n"
    "Contact: Jo Reyes, info@poeroe.example, +1 610-555-0100\n\n"
    "May be considered attorney advertising in certain jurisdictions. Past results do not "
    "guarantee future outcomes.\n"
)


def _decision(tmp_path: Path, text: str) -> dict[str, object]:
    """The standing ``disclint parse --format json`` reports for ``text``."""
    import json

    from click.testing import CliRunner

    from disclint.cli import cli

    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    standing: dict[str, object] = json.loads(result.output)["releases"][0]["standing"]
    return standing


def test_an_issuers_own_release_is_the_issuers(tmp_path: Path) -> None:
    decision = _decision(tmp_path, release(FLS_BODY))
    assert decision["kind"] == "issuer"
    assert any("Nasdaq: BRFL" in line for line in decision["evidence"])  # type: ignore[attr-defined]


def test_a_networks_article_is_a_publishers(tmp_path: Path) -> None:
    text = release(FLS_BODY + "\n\n" + NETWORK_FOOTER)
    decision = _decision(tmp_path, text)
    assert decision["kind"] == "publisher"
    assert "applicable to all content provided by" in str(decision["evidence"])


def test_a_paid_article_is_paid_promotion_whoever_publishes_it(tmp_path: Path) -> None:
    # no publisher's name from any list: the compensation disclaimer itself decides
    decision = _decision(tmp_path, release(FLS_BODY + "\n\n" + PAID_FOOTER))
    assert decision["kind"] == "paid-promotion"
    assert "compensated" in str(decision["evidence"])


def test_featured_in_an_article_is_a_promoters_phrase(tmp_path: Path) -> None:
    body = FLS_BODY + "\n\nBrightfield Films was featured in an article on Solar Stocks Daily."
    assert _decision(tmp_path, release(body))["kind"] == "publisher"


def test_law_firm_advertisement(tmp_path: Path) -> None:
    decision = _decision(tmp_path, LAW_FIRM)
    assert decision["kind"] == "advertisement"
    assert "attorney advertising" in str(decision["evidence"])


def test_private_company(tmp_path: Path) -> None:
    text = release(FLS_BODY, ticker="a private company").replace("(a private company)", "")
    assert _decision(tmp_path, text)["kind"] == "private"


def test_an_issuer_announcing_it_paid_an_ir_firm_is_still_the_issuer(tmp_path: Path) -> None:
    body = FLS_BODY + (
        "\n\nThe Company has engaged Harbor IR for investor relations services for a monthly "
        "fee of $5,000; Harbor IR has been paid no shares."
    )
    assert _decision(tmp_path, release(body))["kind"] == "issuer"


def test_parse_text_shows_the_decision(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from disclint.cli import cli

    path = tmp_path / "release.txt"
    path.write_text(release(FLS_BODY + "\n\n" + PAID_FOOTER), encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 0
    assert "whose text: paid promotion" in result.output


# -- every family reads the decision --------------------------------------------------------

ALL = RunOptions(select=["FLS", "CON", "FMT"], entry_points=False)


def test_a_publishers_boilerplate_legend_is_not_graded(tmp_path: Path) -> None:
    text = release(FLS_BODY + "\n\n" + NETWORK_FOOTER, legend=BOILERPLATE_LEGEND)
    found = codes(check_text(tmp_path, text, options=ALL).findings)
    assert not {"FLS001", "FLS002", "FLS004", "FLS005", "CON005"} & set(found)


def test_the_issuers_own_boilerplate_legend_is_graded(tmp_path: Path) -> None:
    found = codes(check_text(tmp_path, release(FLS_BODY, legend=BOILERPLATE_LEGEND)).findings)
    assert {"FLS002", "FLS005"} <= set(found)


def test_a_paid_article_without_a_legend_gets_no_fls001(tmp_path: Path) -> None:
    text = release(FLS_BODY + "\n\n" + PAID_FOOTER, legend=None)
    assert "FLS001" not in codes(check_text(tmp_path, text, options=ALL).findings)


def test_a_law_firm_advertisement_is_not_the_issuers_release(tmp_path: Path) -> None:
    found = codes(check_text(tmp_path, LAW_FIRM, options=ALL).findings)
    assert not [c for c in found if c.startswith(("FLS", "CON"))]


def test_findings_cite_the_decision(tmp_path: Path) -> None:
    result = check_text(tmp_path, release(FLS_BODY, legend=None))
    [finding] = [f for f in result.findings if f.code == "FLS001"]
    assert any(line.startswith("whose text: the issuer's own release") for line in finding.evidence)


def test_a_ticker_without_a_parenthesis_reads_no_name_from_the_whole_text(
    monkeypatch: object,
) -> None:
    """The name before a ticker is read from the 90 characters before its parenthesis; a
    ticker with none ("Nasdaq: BRFL" in a sentence or a table) has no such name, and the
    whole text before it is not searched (a 170 KB table of tickers took 16 s)."""
    import re

    import pytest

    from disclint import standing
    from disclint.facts import Facts
    from disclint.parse import parse_source
    from disclint.profile import IssuerProfile
    from disclint.readers import read_bytes

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    searched: list[int] = []
    pattern = standing._NAME_BEFORE

    class Spy:
        def search(self, text: str) -> re.Match[str] | None:
            searched.append(len(text))
            return pattern.search(text)

    monkeypatch.setattr(standing, "_NAME_BEFORE", Spy())
    filler = "Revenue grew on strong demand for films and cameras. " * 400
    text = (
        "Brightfield Films Signs Supply Agreement\n\nNEW YORK, March 3, 2025 -- "
        f"{filler}\n\nShares of Brightfield Films trade on Nasdaq: BRFL since 2019.\n"
    )
    release_ = parse_source(read_bytes(text.encode(), "release.txt", fmt="txt"))
    facts = Facts(release_)
    assert any(m.known for m in facts.tickers)
    assert standing.names_of(release_, facts, IssuerProfile()) == []
    assert sum(searched) <= 100


def test_folded_text_and_sentences_are_shared_facts() -> None:
    """``Facts.folded`` and ``Facts.folded_sentences``: the text the literal prefilters test,
    folded once per release and aligned with ``Facts.sentences``."""
    from disclint.facts import Facts
    from disclint.parse import parse_source
    from disclint.prefilter import fold
    from disclint.readers import read_bytes

    text = release("STRASSE Films EXPECTS Growth. It will grow.")
    facts = Facts(parse_source(read_bytes(text.encode(), "release.txt", fmt="txt")))
    assert facts.folded == fold(facts.release.text)
    assert facts.folded_sentences == [fold(s.text) for s in facts.sentences]
    assert facts.folded_sentences is facts.folded_sentences  # computed once


def test_a_republished_copy_of_a_public_issuers_release_without_a_ticker(tmp_path: Path) -> None:
    """The release names no ticker but says the company is public ("ticker symbol"); a news
    site's footer makes the text its copy, as it does for a listed issuer's."""
    body = (
        "Brightfield Films expects its common stock to begin trading under the ticker symbol "
        "BRFL next month."
    )
    footer = "The post Brightfield Films Signs Supply Agreement appeared first on Quillnet."
    text = release(body, ticker="a maker of films").replace(" (a maker of films)", "")
    assert _decision(tmp_path, text)["kind"] == "issuer"
    assert _decision(tmp_path, text + "\n" + footer + "\n")["kind"] == "republished"


def test_an_aggregators_excerpt_ending_on_its_source_link_is_a_copy(tmp_path: Path) -> None:
    text = release(FLS_BODY).replace(
        "Contact: Jo Reyes, ir@brightfield-films.example, +1 303-555-0100",
        "Brightfield Films expects to ship its first films in May. (Original Source)",
    )
    assert _decision(tmp_path, text)["kind"] == "republished"
    near = text.replace("(Original Source)", "(see the original source for details)")
    assert _decision(tmp_path, near)["kind"] == "issuer"
