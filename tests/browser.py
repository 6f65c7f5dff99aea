"""Headless Chromium for the HTML report's tests and the README screenshot.

Chromium runs with a fresh profile in a temporary folder and every background service
off (no sync, no component updates, no QUIC, no first-run page), so a test run opens no
network connection of its own; the report's Content-Security-Policy forbids the page any.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_chromium() -> str | None:
    """The Chromium executable ($DISCLINT_CHROMIUM, else the first on PATH), or None."""
    configured = os.environ.get("DISCLINT_CHROMIUM")
    if configured:
        return configured
    return next((found for name in NAMES if (found := shutil.which(name))), None)


def _run(
    page: Path, *extra: str, fragment: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    executable = find_chromium()
    if executable is None:
        raise FileNotFoundError("chromium not found")
    with tempfile.TemporaryDirectory(prefix="disclint-chromium-") as profile:
        return subprocess.run(
            [
                executable,
                *FLAGS,
                f"--user-data-dir={profile}",
                *extra,
                page.resolve().as_uri() + (f"#{fragment}" if fragment else ""),
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )


def dump_dom(page: Path, fragment: str = "") -> str:
    """The DOM after the page's scripts ran (at ``page#fragment``), serialised as HTML."""
    return _run(page, "--dump-dom", fragment=fragment).stdout


def screenshot(page: Path, target: Path, width: int = 1280, height: int = 900) -> Path:
    """A PNG of the top of the page at ``width`` x ``height`` pixels."""
    _run(page, f"--screenshot={target.resolve()}", f"--window-size={width},{height}")
    return target
