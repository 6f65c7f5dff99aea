"""Readers turn a file (.txt, .md, .html/.htm, .docx) into a ``Source``.

Each reader module exposes ``read(raw: str, path: str) -> Source`` (``.docx`` takes bytes).
This module decides which reader a file gets, decodes bytes, and turns every way a file can
be unusable into an ``InputError`` with a one-line explanation: nothing here may raise a
traceback at a user.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import BinaryIO

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
    data = read_limited(name)
    return read_bytes(data, name, fmt=fmt or format_for(name))


def read_limited(name: str) -> bytes:
    """The bytes of a regular file, at most ``MAX_BYTES`` of them.

    The file is opened without blocking (a FIFO with no writer would otherwise hang the
    run), then refused unless it is a regular file: devices such as ``/dev/zero`` report a
    size of 0 and never end. The limit is on what is read, not on what ``stat`` says.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        if os.path.isdir(name):
            raise InputError(name, "is a directory, not a release file")
        descriptor = os.open(name, flags)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "cannot read the file: permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, f"is {file_kind(info.st_mode)}, not a regular file")
        if info.st_size > MAX_BYTES:
            raise InputError(name, _too_large(info.st_size))
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(MAX_BYTES + 1)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    finally:
        os.close(descriptor)
    if len(data) > MAX_BYTES:
        raise InputError(name, _too_large(len(data)))
    return data


def read_stream(stream: BinaryIO, name: str) -> bytes:
    """Standard input, read up to ``MAX_BYTES`` (an endless pipe is refused, not read whole)."""
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(name, f"cannot read standard input: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise InputError(name, f"input is larger than {MAX_BYTES // 1048576} MB")
    return data


def _too_large(size: int) -> str:
    return (
        f"file is {size / 1048576:.1f} MB or more; disclint reads releases up to "
        f"{MAX_BYTES // 1048576} MB"
    )


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words ("a named pipe (FIFO)")."""
    kinds = [
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    ]
    return next((label for test, label in kinds if test(mode)), "a special file")


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
    if not _visible(raw):
        raise InputError(name, "file is empty (no visible characters)")
    if fmt == "html":
        from disclint.readers import html

        source = html.read(raw, name)
    elif fmt == "md":
        from disclint.readers import markdown

        source = markdown.read(raw, name)
    else:
        from disclint.readers import text

        source = text.read(raw, name)
    if not _visible(source.text):
        raise InputError(name, "no text left after removing markup")
    source.encoding = encoding
    return source


def decode(data: bytes, name: str) -> str:
    """The text of ``data`` (see ``decode_with_encoding``)."""
    return decode_with_encoding(data, name)[0]


def decode_with_encoding(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM (Word's "Unicode text"),
    else cp1252; returns the text and the codec that writes it back the same way, byte
    order and mark included (for ``--fix``; see ``encode_text``).

    A file that is none of these, or that holds NUL bytes without a BOM, is binary.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), f"{codec}{BOM_SUFFIX}"
            except UnicodeDecodeError as exc:
                offset = len(bom) + exc.start
                raise InputError(
                    name,
                    f"file starts with a {codec.upper()} byte order mark but byte "
                    f"0x{data[offset]:02x} at offset {offset} is not {codec.upper()}",
                ) from None
    if b"\x00" in data:
        kind = "a .docx or other zip archive" if data.startswith(b"PK\x03\x04") else "binary"
        raise InputError(name, f"file is {kind}, not text")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            # The first byte that is not UTF-8 is the one to look at: a file that is
            # neither usually has its problem there, not where Windows-1252 gave up.
            first = utf8_error.start
            raise InputError(
                name,
                f"cannot decode byte 0x{data[first]:02x} at offset {first}: the file is "
                f"neither UTF-8 nor Windows-1252 text (0x{data[exc.start]:02x} at offset "
                f"{exc.start} is not Windows-1252)",
            ) from None
    if _looks_binary(text):
        raise InputError(name, "file is binary, not text")
    return text, encoding


#: Byte order marks, longest first: UTF-32 LE's mark starts with UTF-16 LE's.
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Appended to a codec name: the file had a byte order mark, and a rewrite keeps it.
BOM_SUFFIX = "+bom"


def encode_text(text: str, encoding: str) -> bytes:
    """``text`` in the encoding ``decode_with_encoding`` reported, mark and byte order
    kept. Raises ``UnicodeEncodeError`` if a character has no place in it."""
    if encoding.endswith(BOM_SUFFIX):
        codec = encoding.removesuffix(BOM_SUFFIX)
        mark = next(bom for bom, name in BOMS if name == codec)
        return mark + text.encode(codec)
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if encoding == "utf-16":  # what older versions recorded: Python's own BOM and order
        return text.encode("utf-16")
    return text.encode(encoding)


def _visible(text: str) -> bool:
    """Does ``text`` hold a character that prints (not only spaces, zero-width spaces,
    joiners, byte order marks and other invisible format characters)?"""
    for char in text:
        if char.isspace():
            continue
        if unicodedata.category(char) in ("Cf", "Cc", "Zs", "Zl", "Zp"):
            continue
        return True
    return False


def _looks_binary(text: str) -> bool:
    """Many control characters (other than tab, newlines, form feed) mean it is not prose."""
    sample = text[:4096]
    controls = len(_CONTROLS.findall(sample))  # counted in C, not a Python loop per character
    return controls > max(8, len(sample) // 100)


#: The control characters ``_looks_binary`` counts: below 32, except tab, newlines, form feed.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
