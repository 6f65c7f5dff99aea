"""Make the README's screenshot of the HTML report (``docs/html-report.png``).

    python docs/screenshot.py [TARGET.png]

Checks one of the project's flawed examples, writes the HTML report to a temporary
folder and photographs it in headless Chromium (``tests/browser.py``). The test suite
runs the same function into a temporary file, so the picture in README is what the
current code renders.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "strategic-investor-conversion.txt"
TARGET = ROOT / "docs" / "html-report.png"


def make_screenshot(target: Path = TARGET) -> Path:
    from disclint.engine import Engine, RunOptions
    from disclint.reporters import ReportContext, renderer
    from tests.browser import screenshot

    engine = Engine(RunOptions(isolated=True, entry_points=False))
    result = engine.check_path(EXAMPLE, display=EXAMPLE.relative_to(ROOT).as_posix())
    page = renderer("html")([result], ReportContext(registry=engine.all_rules()))
    with tempfile.TemporaryDirectory(prefix="disclint-shot-") as folder:
        html = Path(folder) / "report.html"
        html.write_text(page, encoding="utf-8")
        return screenshot(html, target)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(make_screenshot(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET))
