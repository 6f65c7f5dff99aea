"""Readers turn a file (.txt, .md, .html/.htm, .docx) into a ``Source``.

Each reader module exposes ``read(raw: str, path: str) -> Source`` (``.docx`` takes bytes).
This module decides which reader a file gets, decodes bytes, and turns every way a file can
be unusable into an ``InputError`` with a one-line explanation: nothing here may raise a
traceback at a user.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from disclint.errors import InputError
from disclint.source import Source

#: File endings disclint reads, and the reader each one gets.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
}

#: A release is a few kilobytes; EDGAR exhibits with tables reach a few hundred. Anything far
#: larger is almost certainly not a release and would only slow a pre-commit hook down.
MAX_BYTES = 10 * 1024 * 1024


def format_for(path: str | os.PathLike[str], default: str = "txt") -> str:
    """The reader for a path, by its ending (an unknown ending is read as ``default``)."""
    return FORMATS.get(Path(path).suffix.lower(), default)


def read_path(path: str | os.PathLike[str], *, fmt: str | None = None) -> Source:
    """Read and decode one file. Raises ``InputError`` for anything unusable."""
    name = os.fspath(path)
    file = Path(name)
    try:
        if file.is_dir():
            raise InputError(name, "is a directory, not a release file")
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                name,
                f"file is {size / 1048576:.1f} MB; disclint reads releases up to "
                f"{MAX_BYTES // 1048576} MB",
            )
        data = file.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "cannot read the file: permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    return read_bytes(data, name, fmt=fmt or format_for(name))


def read_bytes(data: bytes, name: str, *, fmt: str = "txt") -> Source:
    """Decode and read bytes already in memory (standard input, tests)."""
    if len(data) > MAX_BYTES:
        raise InputError(name, f"input is larger than {MAX_BYTES // 1048576} MB")
    if not data.strip():
        raise InputError(name, "file is empty")
    if fmt == "docx":
        from disclint.readers import docx

        return docx.read(data, name)
    raw, encoding = decode_with_encoding(data, name)
    if not raw.strip():
        raise InputError(name, "file is empty")
    if fmt == "html":
        from disclint.readers import html

        source = html.read(raw, name)
    elif fmt == "md":
        from disclint.readers import markdown

        source = markdown.read(raw, name)
    else:
        from disclint.readers import text

        source = text.read(raw, name)
    if not source.text.strip():
        raise InputError(name, "no text left after removing markup")
    source.encoding = encoding
    return source


def decode(data: bytes, name: str) -> str:
    """The text of ``data`` (see ``decode_with_encoding``)."""
    return decode_with_encoding(data, name)[0]


def decode_with_encoding(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with a BOM (Word's "Unicode text"), else cp1252;
    returns the text and the codec that writes it back the same way (for ``--fix``).

    A file that is none of these, or that holds NUL bytes without a UTF-16 BOM, is binary.
    """
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(name, "file starts with a UTF-16 mark but is not UTF-16") from None
    if b"\x00" in data:
        kind = "a .docx or other zip archive" if data.startswith(b"PK\x03\x04") else "binary"
        raise InputError(name, f"file is {kind}, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
        encoding = "cp1252"
    try:
        text = text or data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            name,
            f"cannot decode byte 0x{data[exc.start]:02x} at offset {exc.start}: "
            "the file is neither UTF-8 nor Windows-1252 text",
        ) from None
    if _looks_binary(text):
        raise InputError(name, "file is binary, not text")
    return text, encoding


def _looks_binary(text: str) -> bool:
    """Many control characters (other than tab, newlines, form feed) mean it is not prose."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls > max(8, len(sample) // 100)
