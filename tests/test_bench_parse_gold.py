"""The parse gold set's labels load and have the shape benchmarks/score_parse.py scores
(checked without parsing any release, as ``--check-labels`` does)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import score_parse

ROWS = score_parse.read_split()


def _label(row: dict[str, str]) -> object:
    path = score_parse.GOLD / (Path(row["file"]).stem + ".json")
    return json.loads(path.read_text(encoding="utf-8"))


def _corpus_with(tmp_path: Path, *files: str) -> Path:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    return tmp_path


def test_every_split_row_has_a_well_formed_label(tmp_path: Path) -> None:
    corpus = _corpus_with(tmp_path, *(row["file"] for row in ROWS))
    problems = {
        row["file"]: found
        for row in ROWS
        if (found := score_parse.label_problems(row, _label(row), corpus))
    }
    assert problems == {}


def test_split_names_come_from_the_table() -> None:
    names = score_parse.split_names()
    assert {"dev", "test", "test2", "dev3", "test4", "dev5"} <= set(names)
    assert len(names) == len(set(names))


def test_a_blind_list_names_the_releases_a_run_leaves_out(tmp_path: Path) -> None:
    listing = tmp_path / "BLIND.txt"
    listing.write_text("/corpus/real/1001_acme.html\n\n  nw0001_acme.md \n", encoding="utf-8")
    assert score_parse.skipped_names(listing) == {"1001_acme.html", "nw0001_acme.md"}
    assert score_parse.skipped_names(None) == set()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"headline": 3}, "headline: int"),
        ({"quotes": [{"speaker": "Ann Lee"}]}, "quotes[0]: keys"),
        ({"dateline": {"city": "X", "region": None, "wire": None, "date": "May 1"}}, "not ISO"),
        ({"contacts": [{"label": None, "names": [1], "emails": [], "phones": []}]}, "names"),
        ({"file": "other.md"}, "is not the row's"),
        ({"extra": 1}, "unknown key 'extra'"),
    ],
)
def test_a_malformed_label_is_reported(
    tmp_path: Path, change: dict[str, object], expected: str
) -> None:
    row = {"file": "x.md", "kind": "wire", "split": "dev"}
    label: dict[str, object] = {
        "file": "x.md",
        "headline": "Acme Ships Anvils",
        "dateline": None,
        "quotes": [],
        "about": [],
        "forward_looking": None,
        "contacts": [],
        "source_line": None,
        "end_mark": None,
    }
    corpus = _corpus_with(tmp_path, "x.md")
    assert score_parse.label_problems(row, label, corpus) == []
    label.update(change)
    assert any(expected in problem for problem in score_parse.label_problems(row, label, corpus))


def test_a_missing_corpus_file_and_a_non_markdown_docx_row_are_reported(tmp_path: Path) -> None:
    row = {"file": "x.txt", "kind": "docx", "split": "dev"}
    label: dict[str, object] = {key: None for key in ("headline", "dateline", "forward_looking")}
    label |= {"file": "x.txt", "quotes": [], "about": [], "contacts": []}
    label |= {"source_line": None, "end_mark": None}
    problems = score_parse.label_problems(row, label, tmp_path)
    assert any("corpus file missing" in p for p in problems)
    assert any("Markdown" in p for p in problems)


def test_a_written_row_is_found_under_parse_gold_not_the_corpus(tmp_path: Path) -> None:
    written = {"file": "written7/w799-x.htm", "kind": "edgar_html", "split": "test7"}
    corpus_row = {"file": "x.html", "kind": "edgar_html", "split": "dev"}
    assert score_parse.source_path(written, tmp_path) == score_parse.GOLD / "written7/w799-x.htm"
    assert score_parse.source_path(corpus_row, tmp_path) == tmp_path / "x.html"


def _docx_label(file: str) -> dict[str, object]:
    label: dict[str, object] = {key: None for key in ("headline", "dateline", "forward_looking")}
    label |= {"file": file, "quotes": [], "about": [], "contacts": []}
    return label | {"source_line": None, "end_mark": None}


def test_a_written_word_file_is_read_as_it_is_not_built(tmp_path: Path) -> None:
    written = {"file": "written8/w899-x.docx", "kind": "docx", "split": "test8"}
    built = tmp_path / "built"
    built.mkdir()
    assert score_parse.release_path(written, tmp_path, built) == score_parse.GOLD / written["file"]
    assert list(built.iterdir()) == []
    problems = score_parse.label_problems(written, _docx_label(written["file"]), tmp_path)
    assert not any("Markdown" in p for p in problems)


def test_a_corpus_docx_row_is_still_built_from_markdown_and_a_corpus_word_file_is_refused(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "x.md").write_text("# Acme Ships Anvils\n\nACME, Ariz. -- Acme shipped.\n", "utf-8")
    built = tmp_path / "built"
    built.mkdir()
    row = {"file": "x.md", "kind": "docx", "split": "dev"}
    assert score_parse.release_path(row, corpus, built) == built / "x.docx"
    assert (built / "x.docx").is_file()
    corpus_word = {"file": "x.docx", "kind": "docx", "split": "dev"}
    problems = score_parse.label_problems(corpus_word, _docx_label("x.docx"), corpus)
    assert any("Markdown" in p for p in problems)


def test_a_printed_extension_is_no_part_of_the_phones_digits() -> None:
    # labels leave an extension out of the phone; the parser keeps it in the number's span
    assert score_parse.phone_digits("555-201-4400 x 2") == "5552014400"
    assert score_parse.phone_digits("(555) 201-4400, ext. 318") == "5552014400"


def test_a_number_without_an_extension_keeps_its_last_digits() -> None:
    assert score_parse.phone_digits("+1 555-201-4400") == "5552014400"
    assert score_parse.phone_digits("555-201-4402") == "5552014402"


def test_a_split_list_scores_its_splits_together_and_rejects_an_unknown_name() -> None:
    row = {"file": "x.md", "kind": "wire", "split": "test9"}
    assert score_parse.in_splits(row, "test9,test10")
    assert score_parse.in_splits(row, "all")
    assert not score_parse.in_splits(row, "test10,dev")
    assert score_parse.split_argument("dev,test2") == "dev,test2"
    with pytest.raises(argparse.ArgumentTypeError, match="unknown split 'tset2'"):
        score_parse.split_argument("dev,tset2")
