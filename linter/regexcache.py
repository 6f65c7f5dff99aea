"""An on-disk cache of compiled regular expressions, so a fresh process does not re-parse
the rules' ~700 patterns (a third of a one-file check's start-up).

Python compiles a pattern in two steps: a parser and a code generator written in Python
(slow: about 0.2 ms a pattern, far more for the large cue alternations), then
``_sre.compile`` in C (fast) from the generated code. This module remembers the generated
code, keyed on the pattern text and flags, in one file next to Lark's cache
(``$DISCLINT_CACHE_DIR``, else ``~/.cache/disclint``), and on the next start hands it
straight to ``_sre.compile``. The result is the same pattern object Python would build.

Memory: the file holds up to ``MAX_ENTRIES`` patterns (several MB: every run's patterns,
including those a rule builds from a release's names), but a run needs a few hundred of
them. So only the file's index is read at start (a sorted array of 64-bit hashes of the
keys and the place of each entry: about 20 bytes a pattern); an entry is read from the
file (mapped into memory, else ``os.pread``) when its pattern is compiled, checked against
the key, and dropped once ``_sre.compile`` has made the pattern. Patterns new to this
process are remembered for the next one up to ``MAX_NEW_BYTES`` of code, in an unnamed
temporary file of the cache folder (only their places are in memory: some 50 bytes a
pattern), so a run over many distinct releases (each compiling a few patterns from its own
names) does not grow with the number of files.

Safety: the file is keyed on the exact Python version and the regex engine's ``MAGIC`` and
``CODESIZE``; anything unexpected (an old file, a different Python, a private API that
changed, a corrupt entry, a hash collision) falls back to Python's own compiler, silently.
Only ``str``/``bytes`` patterns are cached; the file is replaced atomically when a
process that compiled new patterns exits.
"""

from __future__ import annotations

import atexit
import bisect
import contextlib
import marshal
import os
import struct
import sys
import zlib
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import mmap

#: Every pattern is kept (the rule modules' patterns, the lexicons and data-file patterns
#: built on first use, and the few a rule builds per name), up to this many; when a run has
#: added patterns, the file is written back with this run's patterns last and the oldest
#: beyond the limit dropped (least recently used, counted in runs that saved).
MAX_ENTRIES = 3000
#: Code of patterns new to this process kept for saving, at most (bytes, compressed):
#: beyond it new patterns are compiled as usual but not remembered.
MAX_NEW_BYTES = 2 << 20
#: A pattern's code is kept as packed 32-bit words and unpacked on use.
_CODE_TYPE = "I"
_MAGIC = b"DLRX3\n"
_HEADER = struct.Struct("<6sI")  # magic, number of entries

Key = tuple[bool, Any, int]

#: The file's index: hashes in ascending order, and for each the entry's offset and length.
_hashes: array[int] = array("Q")
_offsets: array[int] = array("Q")
_lengths: array[int] = array("I")
_fd: int | None = None
#: The file mapped into memory (``_map_file``), or None: entries are then read with pread.
_map: mmap.mmap | None = None
#: Entries compiled here that the file lacks, by the hash of their key: where their
#: marshalled entry lies, compressed (a third of the size), in the spool file (offset,
#: compressed length), and its length unpacked (the file's index is written before the
#: entries). The entries themselves wait on disk, not in memory: a run over many releases
#: compiles a few patterns from each one's names, and holding them grew the run by up to
#: ``MAX_NEW_BYTES`` (about 1.5 MB in a first run over the corpus).
_new: dict[int, tuple[int, int, int]] = {}
_new_bytes = 0
#: An unnamed temporary file in the cache folder holding the new entries (made on the
#: first one), or None.
_spool: int | None = None
#: Hashes of the file's entries this process used (they move to the young end on saving).
_used: set[int] = set()
_added = 0
_file: Path | None = None
_installed = False


def _stamp() -> str:
    import _sre  # type: ignore[import-not-found]

    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}"


def key_hash(key: Key) -> int:
    """A 64-bit hash of a cache key, the same in every process (``hash`` of a string is
    salted per process): CRC-32 and Adler-32 of the pattern with its type and flags."""
    is_bytes, pattern, flags = key
    data = pattern if is_bytes else pattern.encode("utf-8", "surrogatepass")
    data = b"%d:%d:" % (is_bytes, flags) + data
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def _load_index(path: Path) -> None:
    """Open the file and read its index (not its entries); any problem leaves it empty."""
    global _fd, _hashes, _offsets, _lengths
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return
    try:
        head = os.pread(fd, _HEADER.size, 0)
        magic, count = _HEADER.unpack(head)
        if magic != _MAGIC:
            raise ValueError("not a pattern cache")
        size = count * 20
        body = os.pread(fd, size, _HEADER.size)
        if len(body) != size:
            raise ValueError("truncated")
        hashes, offsets, lengths = array("Q"), array("Q"), array("I")
        hashes.frombytes(body[: count * 8])
        offsets.frombytes(body[count * 8 : count * 16])
        lengths.frombytes(body[count * 16 :])
        if sys.byteorder != "little":
            for table in (hashes, offsets, lengths):
                table.byteswap()
    except (OSError, ValueError, struct.error):
        os.close(fd)
        return
    _fd, _hashes, _offsets, _lengths = fd, hashes, offsets, lengths
    _map_file(fd)


def _map_file(fd: int) -> None:
    """Map the file into memory, read-only, so that an entry is a slice of it rather than
    a system call (``os.pread``) each: a check reads some 900 entries. Where mapping
    fails the entries are read with ``os.pread``. The file is only ever replaced whole
    (``os.replace``), never rewritten in place, so the mapping stays valid."""
    global _map
    try:
        import mmap

        _map = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (ImportError, OSError, ValueError):
        _map = None
        return
    from disclint.releasescope import at_release_end

    at_release_end(_unmap_pages)


def _unmap_pages() -> None:
    """Let go of the pages of the file read so far (the engine calls this as each release
    ends): a page read is resident in this process until then, and over a run that
    compiles each release's own patterns, every entry is read once: the whole file (6 MB)
    in the peak memory. A page read again comes back from the page cache."""
    if _map is not None and hasattr(_map, "madvise"):
        with contextlib.suppress(OSError, ValueError):
            import mmap

            _map.madvise(mmap.MADV_DONTNEED)


def _read(length: int, offset: int) -> bytes:
    """``length`` bytes of the file from ``offset``."""
    if _map is not None:
        return _map[offset : offset + length]
    assert _fd is not None
    return os.pread(_fd, length, offset)


def stored_flags(pattern: str | bytes, flags: int) -> int | None:
    """The flags ``re.compile(pattern, flags)`` would give its pattern (with ``re.UNICODE``
    and the pattern's inline flags), read from the file's entry without compiling; None
    when the file has no entry for it (``disclint.lazyre`` then compiles)."""
    if not _installed or _fd is None:
        return None
    key = (isinstance(pattern, bytes), pattern, int(flags))
    entry = _stored(key, key_hash(key))
    if entry is None or not entry or not isinstance(entry[0], int):
        return None
    return int(entry[0])


def _stored(key: Key, digest: int) -> tuple[Any, ...] | None:
    """The file's entry for ``key``, read now, or None (absent, unreadable, or another
    key with the same hash)."""
    if _fd is None:
        return None
    index = bisect.bisect_left(_hashes, digest)
    while index < len(_hashes) and _hashes[index] == digest:
        try:
            entry = marshal.loads(_read(_lengths[index], _offsets[index]))
        except (OSError, ValueError, EOFError, TypeError):
            return None
        if isinstance(entry, tuple) and len(entry) >= 3 and tuple(entry[:3]) == key:
            _used.add(digest)
            return tuple(entry[3:])
        index += 1
    return None


def install() -> None:
    """Route ``re``'s compiler through the cache (once per process; a no-op if the private
    API is not what this module expects, or no cache folder is writable)."""
    global _installed, _file
    if _installed:
        return
    _installed = True
    from disclint.firstchars import install as install_first_chars

    install_first_chars()  # before any code is generated (and cached) here
    try:
        import _sre
        import re._compiler as compiler  # type: ignore[import-not-found]
        import re._parser as parser  # type: ignore[import-not-found]
    except ImportError:
        return
    if not all(hasattr(m, n) for m, n in ((compiler, "_code"), (parser, "parse"))):
        return
    from disclint.grammars import cache_dir

    folder = cache_dir()
    if folder is None:
        return
    if array(_CODE_TYPE).itemsize != _sre.CODESIZE:
        return
    _file = folder / f"regex5-{_stamp()}.bin"  # 5: first-character sets bounded on Latin-1
    _load_index(_file)
    original = compiler.compile

    def compile_cached(p: Any, flags: int = 0) -> Any:
        global _added, _new_bytes
        if not isinstance(p, (str, bytes)) or flags & 128:  # 128: re.DEBUG prints
            return original(p, flags)
        key = (isinstance(p, bytes), p, int(flags))
        digest = key_hash(key)
        entry = _stored(key, digest)
        if entry is None and digest in _new:
            entry = _spooled(key, digest)
        if entry is not None:
            try:
                flags_, packed, *extra = entry
                return _sre.compile(p, flags_, array(_CODE_TYPE, packed).tolist(), *extra)
            except Exception:
                _used.discard(digest)
        parsed = parser.parse(p, flags)
        code = [int(op) for op in compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        rest = (parsed.state.groups - 1, groupindex, tuple(indexgroup))
        flags_ = int(flags | parsed.state.flags)
        compiled = _sre.compile(p, flags_, code, *rest)
        if digest not in _new and _new_bytes < MAX_NEW_BYTES:
            entry_ = marshal.dumps((*key, flags_, array(_CODE_TYPE, code).tobytes(), *rest))
            blob = zlib.compress(entry_, 1)
            if _spool_entry(digest, blob, len(entry_)):
                _new_bytes += len(blob)
                _added += 1
        return compiled

    compiler.compile = compile_cached
    _install_front()
    atexit.register(_save)


def _spool_entry(digest: int, blob: bytes, length: int) -> bool:
    """Append a new entry (compressed) to the spool file; False when it cannot be kept."""
    global _spool
    if _spool is None:
        if _file is None:
            return False
        try:
            import tempfile

            stream = tempfile.TemporaryFile(dir=_file.parent)  # noqa: SIM115 (kept open)
            _spool = os.dup(stream.fileno())
            stream.close()
        except OSError:
            return False
    try:
        written = os.pwrite(_spool, blob, _new_bytes)
    except OSError:
        return False
    if written != len(blob):
        return False
    _new[digest] = (_new_bytes, len(blob), length)
    return True


def _unspooled(digest: int) -> bytes:
    """The marshalled entry spooled under ``digest``, unpacked (raises when unreadable)."""
    assert _spool is not None
    offset, size, length = _new[digest]
    entry = zlib.decompress(os.pread(_spool, size, offset))
    if len(entry) != length:
        raise ValueError("a spooled entry unpacked to another length")
    return entry


def new_keys() -> list[Key]:
    """The keys of the patterns this process compiled that the file lacked, in order (for
    tests and for looking into a run; each is read back from the spool)."""
    keys: list[Key] = []
    for digest in _new:
        entry = marshal.loads(_unspooled(digest))
        keys.append((entry[0], entry[1], entry[2]))
    return keys


def _spooled(key: Key, digest: int) -> tuple[Any, ...] | None:
    """The spooled new entry for ``key``, or None (unreadable, or another key's hash)."""
    try:
        entry = marshal.loads(_unspooled(digest))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return None
    if isinstance(entry, tuple) and len(entry) >= 3 and tuple(entry[:3]) == key:
        return tuple(entry[3:])
    return None


#: The names Python 3.11's ``re._compile`` uses, in order: the function ``_install_front``
#: replaces is exactly that one, or it is left alone.
_FRONT_NAMES = (
    "isinstance", "RegexFlag", "value", "_cache", "type", "KeyError", "Pattern", "ValueError",
    "_compiler", "isstring", "TypeError", "T", "warnings", "warn", "DeprecationWarning",
    "compile", "DEBUG", "len", "_MAXCACHE", "next", "iter", "StopIteration", "RuntimeError",
)  # fmt: skip


def _install_front() -> None:
    """``re._compile`` (what ``re.compile``, ``re.search`` ... call) as Python 3.11 has it,
    with its two flag tests (``flags & T``, ``flags & DEBUG``) on plain integers: the int
    ``flags`` meets the ``RegexFlag`` constant there, and ``enum``'s operators, in Python,
    made those two tests a third of the cost of compiling a pattern from this cache (some
    16 k instructions a pattern, ~1,000 patterns a check). Same cache, same errors, same
    warning; installed only over the exact function it mirrors."""
    import re

    original = re._compile  # type: ignore[attr-defined]
    code = getattr(original, "__code__", None)
    if code is None or code.co_names != _FRONT_NAMES or code.co_argcount != 2:
        return
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    maximum: int = re._MAXCACHE  # type: ignore[attr-defined]
    regex_flag, pattern_type = re.RegexFlag, re.Pattern
    template, debug = int(re.TEMPLATE), int(re.DEBUG)
    compiler = re._compiler

    def _compile(pattern: Any, flags: Any) -> Any:
        if isinstance(flags, regex_flag):
            flags = flags.value
        # ``get``, not ``re``'s ``try: ... except KeyError``: the KeyError of each new pattern
        # (some 630 a check of one release) cost about 1.5 k instructions; the cache holds
        # compiled patterns only (never None), and an unhashable key raises alike.
        found = cache.get((type(pattern), pattern, flags))
        if found is not None:
            return found
        if isinstance(pattern, pattern_type):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            return pattern
        if not compiler.isstring(pattern):
            raise TypeError("first argument must be string or compiled pattern")
        if flags & template:
            import warnings

            warnings.warn(
                "The re.TEMPLATE/re.T flag is deprecated "
                "as it is an undocumented flag "
                "without an obvious purpose. "
                "Don't use it.",
                DeprecationWarning,
                stacklevel=1,
            )
        p = compiler.compile(pattern, flags)
        if not (flags & debug):
            if len(cache) >= maximum:
                # Drop the oldest item
                try:  # noqa: SIM105 (as re has it)
                    del cache[next(iter(cache))]
                except (StopIteration, RuntimeError, KeyError):
                    pass
            cache[type(pattern), pattern, flags] = p
        return p

    re._compile = _compile  # type: ignore[attr-defined]


def _entries_to_keep() -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """What to write, oldest first: (hash, offset, length) of the file's entries this
    process did not use (in the file's order), then of those it used; then (hash, length)
    of its new ones; ``MAX_ENTRIES`` at most."""
    stored: list[tuple[int, int, int]] = sorted(
        zip(_offsets, _hashes, _lengths, strict=True), key=lambda item: item[0]
    )
    unused = [(d, o, n) for o, d, n in stored if d not in _used]
    used = [(d, o, n) for o, d, n in stored if d in _used]
    room = MAX_ENTRIES - len(_new)
    old = [*unused, *used][-room:] if room > 0 else []
    fresh = [(digest, place[2]) for digest, place in _new.items()][-MAX_ENTRIES:]
    return old, fresh


def _save() -> None:
    """Write the cache if this process compiled patterns it did not have: the patterns
    this run used go last, and the oldest beyond ``MAX_ENTRIES`` are dropped.

    Entries are written one at a time: the kept ones copied from the old file
    (``os.pread``, not the mapping, whose pages would stay in this process), the new ones
    unpacked as each is written. Holding them all at once set a run's peak memory as it
    ended: the old file's entries added twice the file (12 MB); a first run's ~2,000 new
    patterns unpacked together, a few MB."""
    if not _added or _file is None:
        return
    with contextlib.suppress(Exception):
        old, fresh = _entries_to_keep()
        digests = [digest for digest, _, _ in old] + [digest for digest, _ in fresh]
        sizes = [length for _, _, length in old] + [length for _, length in fresh]
        offsets = []
        position = _HEADER.size + 20 * len(sizes)
        for size in sizes:
            offsets.append(position)
            position += size
        order = sorted(range(len(sizes)), key=lambda i: digests[i])
        hashes = array("Q", (digests[i] for i in order))
        places = array("Q", (offsets[i] for i in order))
        lengths = array("I", (sizes[i] for i in order))
        if sys.byteorder != "little":
            for table in (hashes, places, lengths):
                table.byteswap()
        temporary = _file.with_name(f".{_file.name}.{os.urandom(4).hex()}")
        with open(temporary, "wb") as stream:
            stream.write(_HEADER.pack(_MAGIC, len(sizes)))
            stream.write(hashes.tobytes() + places.tobytes() + lengths.tobytes())
            for _, offset, length in old:
                assert _fd is not None
                entry = os.pread(_fd, length, offset)
                if len(entry) != length:
                    raise OSError("the old cache file is shorter than its index")
                stream.write(entry)
            for digest, _ in fresh:
                stream.write(_unspooled(digest))
        os.replace(temporary, _file)


def stored_keys(path: Path) -> list[Key]:
    """The keys (bytes?, pattern, flags) a cache file holds, oldest first (for tests and
    for looking into a cache folder)."""
    with open(path, "rb") as stream:
        data = stream.read()
    magic, count = _HEADER.unpack_from(data)
    if magic != _MAGIC:
        raise ValueError(f"{path}: not a pattern cache")
    offsets, lengths = array("Q"), array("I")
    offsets.frombytes(data[_HEADER.size + count * 8 : _HEADER.size + count * 16])
    lengths.frombytes(data[_HEADER.size + count * 16 : _HEADER.size + count * 20])
    if sys.byteorder != "little":
        offsets.byteswap()
        lengths.byteswap()
    keys: list[Key] = []
    for offset, length in sorted(zip(offsets, lengths, strict=True)):
        entry = marshal.loads(data[offset : offset + length])
        keys.append((entry[0], entry[1], entry[2]))
    return keys
