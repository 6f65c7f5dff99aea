"""benchmarks/memory_growth.py names a corpus's releases through K folders of symbolic links
in a scratch folder (distinct names, so a run checks K x as many files) and never writes
into the corpus. Releases written for the test."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import memory_growth


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a-small.txt").write_text("Quellon Robotics opened a plant.\n", encoding="utf-8")
    (folder / "b-large.html").write_text("<p>" + "Quellon grew. " * 200 + "</p>", encoding="utf-8")
    (folder / "c-notes.md").write_text("# Quellon\n\nA release.\n", encoding="utf-8")
    (folder / "MANIFEST.tsv").write_text("name\tsource\n", encoding="utf-8")
    return folder


def test_folders_of_links_name_every_release_once_a_folder(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    before = sorted(p.name for p in corpus.iterdir())
    folders = memory_growth.link_folders(corpus, tmp_path / "scratch", 3)
    assert [f.name for f in folders] == ["0", "1", "2"]
    for folder in folders:
        links = sorted(folder.iterdir())
        assert [p.name for p in links] == ["a-small.txt", "b-large.html", "c-notes.md"]
        assert all(p.is_symlink() and p.resolve().parent == corpus.resolve() for p in links)
    assert sorted(p.name for p in corpus.iterdir()) == before  # nothing written there
    again = memory_growth.link_folders(corpus, tmp_path / "scratch", 3)  # reused as made
    assert again == folders


def test_a_limit_and_large_releases_last(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    (folder,) = memory_growth.link_folders(corpus, tmp_path / "first", 1, limit=2)
    assert sorted(p.name for p in folder.iterdir()) == ["a-small.txt", "b-large.html"]
    (folder,) = memory_growth.link_folders(corpus, tmp_path / "late", 1, late_over=1000)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["a-small.txt", "c-notes.md", memory_growth.LATE + "b-large.html"]


def test_the_command_is_a_no_cache_check() -> None:
    command = memory_growth.disclint_command(2)
    assert command[1:4] == ["-m", "disclint", "check"]
    assert "--no-cache" in command and command[command.index("-j") + 1] == "2"
