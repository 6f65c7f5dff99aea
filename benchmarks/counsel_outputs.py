"""Check the counsel outputs over a folder of releases (the real corpus, say):

    python benchmarks/counsel_outputs.py DIR [--limit N]

For every release: the HTML report lists and pins every finding (counted in the page, no
browser), the annotated .docx has one disclint comment per finding, and the release is
byte-identical afterwards. Prints the totals and any file that breaks one of these; no
assertions (the tests assert on the examples): numbers for the developers' notes.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()

    import docx

    from disclint.annotate import annotate
    from disclint.engine import Engine, RunOptions
    from disclint.readers import FORMATS
    from disclint.reporters import ReportContext, renderer

    engine = Engine(RunOptions(isolated=True))
    render = renderer("html")
    files = sorted(p for p in args.folder.iterdir() if p.suffix.lower() in FORMATS)
    if args.limit:
        files = files[: args.limit]
    findings = problems = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "annotated.docx"
        for path in files:
            before = path.read_bytes()
            result = engine.check_path(path)
            if result.error is not None:
                continue
            count = len(result.findings)
            findings += count
            page = render([result], ReportContext(registry=engine.all_rules()))
            listed = len(re.findall(r"<li class='finding ", page))
            pinned = len(re.findall(r"<a class='pin ", page))
            annotate(result, path, target)
            comments = sum(1 for c in docx.Document(str(target)).comments if c.author == "disclint")
            if (listed, pinned, comments) != (count, count, count) or path.read_bytes() != before:
                problems += 1
                print(
                    f"{path.name}: {count} findings, {listed} listed, {pinned} pinned, "
                    f"{comments} comments"
                )
    elapsed = time.perf_counter() - started
    print(
        f"{len(files)} files, {findings} findings, {problems} files with a mismatch "
        f"({elapsed:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
