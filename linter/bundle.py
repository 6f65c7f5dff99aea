"""disclint's own modules served from one file of compiled code, so that a fresh process
does not look each one up, examine it and read its bytecode file one by one.

A one-file check imports some 130 of disclint's modules. For each, Python's path finder
tries five file suffixes in the package's folder, the source loader finds the bytecode
file's name, examines the source, opens, reads and validates the ``.pyc`` and unmarshals
it (measured on 140 empty modules: about 285 k instructions a module in all, a third of
them this looking up and reading, and half a dozen system calls). This module keeps the
code objects of the modules a run imported in one file of the cache folder
(``$DISCLINT_CACHE_DIR``, as the pattern cache) with an index, and puts a finder on
``sys.meta_path`` (before Python's path finder, after any import hook) that serves a module
from it: one ``stat`` of its source file and a ``marshal.loads`` of its slice of the file
(mapped into memory). A cold check of the seed release: 599 M instructions before, 582 M
with it, and about 5 ms less CPU (system time: the files not opened and read).

What is served is what Python would import: the code object the source loader itself
returned (read from the ``.pyc`` or compiled from the source, ``co_filename`` the source's
path), and a spec made as the path finder makes one (same origin, ``__file__``,
``__cached__``, ``__path__`` for a package) with a loader that is Python's
``SourceFileLoader`` except that ``get_code`` takes the stored code. A module is served
only when nothing that decides the import can have changed since the file was written:

* the file was written by this Python (bytecode magic number, cache tag, ``-O`` level);
* the module's parent package looks for it first in the folder it was found in, and that
  folder's modification time is the one recorded (a file added, removed or renamed there,
  a ``.so`` that would now be chosen first, changes it);
* its source file has the recorded modification time (nanoseconds) and size, as the
  ``.pyc`` check itself requires.

Anything else (no file, an old or corrupt one, a changed module, an import hook that
answers first) leaves the import to Python, silently; a process that imported modules
the file lacks, or that had changed, writes it again at exit (atomically), recording only
modules the path finder finds where they were found. Only the command line installs it;
a program that imports disclint as a library imports as usual.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from importlib.machinery import ModuleSpec, PathFinder, SourceFileLoader
from types import CodeType, ModuleType

TYPE_CHECKING = False  # without importing ``typing``: ``disclint --version`` loads this too
if TYPE_CHECKING:
    import mmap
    from collections.abc import Sequence

PACKAGE = "disclint"
_MAGIC = b"DLMB1\n"
#: The file opens with the magic and the length of the marshalled index after it (8 bytes,
#: little-endian); the index, then the modules' code follow.
_HEADER_SIZE = len(_MAGIC) + 8
#: An entry of the index: source path, folder searched, is a package, the source's
#: modification time (ns) and size, its bytecode file's path (the spec's ``cached``), and
#: the place and length of its code (in the file: from the end of the index in the file,
#: from its start once read).
Entry = tuple[str, str, bool, int, int, str, int, int]

_index: dict[str, Entry] = {}
_folders: dict[str, int] = {}
_map: mmap.mmap | None = None
_file: str | None = None
#: Folders whose modification time was checked this process: folder -> unchanged.
_checked: dict[str, bool] = {}
#: Modules served from the file (their stored slice is copied when the file is rewritten).
_served: set[str] = set()
#: disclint's modules asked for and not served, and those imported before the finder was
#: installed: the file is written again only if one of them is not stored as it is now.
_missed: set[str] = set()
_before: list[str] = []
_installed = False


def _stamp() -> str | None:
    """The Python this file is for, or None when Python keeps no bytecode."""
    from importlib._bootstrap_external import MAGIC_NUMBER

    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    return f"{tag}-{MAGIC_NUMBER.hex()}-o{sys.flags.optimize}"


class BundleLoader(SourceFileLoader):
    """Python's source loader, whose ``get_code`` takes the stored code when it has it."""

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        """The new module of a plain module's spec (not a package's) with ``__file__`` and
        ``__cached__`` already what ``importlib`` then sets (``_init_module_attrs``): it asks
        a new module for each with ``getattr`` first, and a module's missing attribute costs
        two formatted AttributeErrors (about 6.8 k instructions; some 280 in a check of one
        release). The same module: the same values, in the same order in its namespace. A
        package's is made as Python makes it (its ``__path__`` goes before them)."""
        if spec.submodule_search_locations is not None or not spec.has_location:
            return None
        if not isinstance(spec.origin, str) or not isinstance(spec.cached, str):
            return None
        module = ModuleType(spec.name)
        module.__file__ = spec.origin
        module.__cached__ = spec.cached  # type: ignore[attr-defined]
        return module

    def get_code(self, fullname: str) -> CodeType | None:
        code = _stored_code(fullname, self.path)
        if code is not None:
            _served.add(fullname)
            return code
        return super().get_code(fullname)


class BundleFinder:
    """A meta-path finder for disclint's modules stored in the file (see the module)."""

    @classmethod
    def find_spec(
        cls, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        spec = _spec(fullname, path, target)
        if spec is None and fullname.startswith(PACKAGE + "."):
            _missed.add(fullname)
        return spec


def _spec(
    fullname: str, path: Sequence[str] | None, target: ModuleType | None
) -> ModuleSpec | None:
    """The spec of a module the file may serve now, else None."""
    entry = _index.get(fullname)
    if entry is None or not path or target is not None:
        return None
    try:  # an entry of another shape (a damaged file) raises here: not served
        origin, folder, package, mtime, size, cached = entry[:6]
        if next(iter(path)) != folder or not _folder_unchanged(folder):
            return None
        status = os.stat(origin)
        if status.st_mtime_ns != mtime or status.st_size != size:
            return None
        spec = ModuleSpec(fullname, BundleLoader(fullname, origin), origin=origin)
        spec.has_location = True
        spec.cached = cached
        if package:
            spec.submodule_search_locations = [os.path.dirname(origin)]
    except (OSError, TypeError, ValueError, StopIteration):
        return None
    return spec


def _folder_unchanged(folder: str) -> bool:
    known = _checked.get(folder)
    if known is None:
        try:
            known = os.stat(folder).st_mtime_ns == _folders.get(folder)
        except OSError:
            known = False
        _checked[folder] = known
    return known


def _stored_code(fullname: str, origin: str) -> CodeType | None:
    """The stored code of ``fullname`` if the file holds it for ``origin``, else None."""
    entry = _index.get(fullname)
    if entry is None or entry[0] != origin or _map is None:
        return None
    try:
        offset, length = entry[6], entry[7]
        code = marshal.loads(memoryview(_map)[offset : offset + length])
    except (ValueError, EOFError, TypeError):
        code = None
    if not isinstance(code, CodeType):
        del _index[fullname]  # a damaged entry: stored again at exit
        _missed.add(fullname)
        return None
    return code


def cache_folder() -> str | None:
    """The cache folder (``disclint.grammars.cache_dir``'s, found without ``pathlib``, which
    ``disclint --version`` does not otherwise import): ``$DISCLINT_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/disclint``, else ``~/.cache/disclint``; None if it is not writable."""
    configured = os.environ.get("DISCLINT_CACHE_DIR")
    if configured:
        base = configured
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        home = os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg if xdg else home, "disclint")
    try:
        os.makedirs(base, exist_ok=True)
    except OSError:
        return None
    return base if os.access(base, os.W_OK) else None


def install(folder: str | None) -> None:
    """Serve disclint's modules from the file in ``folder`` (once per process; a no-op
    without a folder or a bytecode cache tag)."""
    global _installed, _file
    if _installed or folder is None:
        return
    _installed = True
    stamp = _stamp()
    if stamp is None:
        return
    # One file per installation: two (a checkout and an installed copy) sharing the cache
    # folder would otherwise write it again in turn, each finding the other's modules.
    package = getattr(sys.modules.get(PACKAGE), "__file__", None) or ""
    location = _fnv1a(os.path.dirname(package).encode("utf-8", "surrogatepass"))
    _file = os.path.join(folder, f"modules-{stamp}-{location:08x}.bin")
    _before.extend(name for name in sys.modules if name.startswith(PACKAGE + "."))
    _load(_file)
    meta_path = sys.meta_path
    place = next((i for i, f in enumerate(meta_path) if f is PathFinder), len(meta_path))
    while place and _passes(meta_path[place - 1]):
        place -= 1
    meta_path.insert(place, BundleFinder)
    atexit.register(_save)


#: Finders that never find a module inside a package (Python's built-in and frozen
#: modules; setuptools' ``distutils`` shim, which answers only for ``distutils`` and ``pip``
#: and for ``test.*``): the bundle's finder goes before them, so that a served module is
#: not first looked for by each (three calls in Python a module). Any other finder (an
#: import hook, a debugger's) keeps its place before the bundle's.
_NEVER_IN_PACKAGES = ("BuiltinImporter", "FrozenImporter", "DistutilsMetaFinder")


def _passes(finder: object) -> bool:
    """Whether the bundle's finder may go before ``finder`` (see ``_NEVER_IN_PACKAGES``)."""
    kind = finder if isinstance(finder, type) else type(finder)
    known = kind.__module__ in ("_frozen_importlib", "_distutils_hack")
    return known and kind.__name__ in _NEVER_IN_PACKAGES


def _fnv1a(data: bytes) -> int:
    """A 32-bit FNV-1a hash (the same in every process, unlike ``hash``; no ``zlib``)."""
    value = 0x811C9DC5
    for byte in data:
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def _load(path: str) -> None:
    """Map the file and read its index; any problem leaves the index empty."""
    global _map, _index, _folders
    try:
        import mmap

        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except (ImportError, OSError):
        return
    try:
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return
    finally:
        os.close(fd)
    try:
        if mapped[: len(_MAGIC)] != _MAGIC:
            raise ValueError("not a module bundle")
        length = int.from_bytes(mapped[len(_MAGIC) : _HEADER_SIZE], "little")
        prefix, folders, index = marshal.loads(
            memoryview(mapped)[_HEADER_SIZE : _HEADER_SIZE + length]
        )
        if not (isinstance(folders, dict) and isinstance(index, dict)):
            raise ValueError("not a module bundle")
        if prefix != sys.pycache_prefix:  # the bytecode files' paths would differ
            raise ValueError("another pycache prefix")
    except (ValueError, EOFError, TypeError):
        try:  # noqa: SIM105 (contextlib: an import ``--version`` does without)
            mapped.close()
        except BufferError:  # a view of it still held by the failed read
            pass
        return
    start = _HEADER_SIZE + length
    _map, _folders = mapped, folders
    try:
        _index = {name: (*entry[:6], entry[6] + start, entry[7]) for name, entry in index.items()}
    except (TypeError, IndexError):
        _index = {}
    from disclint.releasescope import at_release_end

    at_release_end(_unmap_pages)


def _unmap_pages() -> None:
    """Let go of the pages of the file read so far (the engine calls this as each release
    ends): a page read stays resident in this process, and a run over many releases
    imports most of disclint's modules, so the whole file (about 4 MB) would count in its
    peak memory. A module imported later maps its slice again from the page cache."""
    if _map is not None and hasattr(_map, "madvise"):
        try:  # contextlib is an import ``--version`` does without
            import mmap

            _map.madvise(mmap.MADV_DONTNEED)
        except (OSError, ValueError):
            pass


# -- writing the file -----------------------------------------------------------------------


def _candidates() -> list[tuple[str, ModuleType]]:
    """disclint's modules imported in this process by Python's source loader (or served),
    in name order: the package itself is imported before the finder exists."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith(PACKAGE + ".") or module is None:
            continue
        spec = getattr(module, "__spec__", None)
        if spec is None or not isinstance(spec.loader, SourceFileLoader):
            continue
        if not isinstance(spec.origin, str) or not spec.has_location:
            continue
        found.append((name, module))
    return sorted(found, key=lambda item: item[0])


def _record(name: str, module: ModuleType, folders: dict[str, int]) -> tuple[Entry, bytes] | None:
    """The entry and marshalled code of an imported module, if Python's path finder finds
    it, now, where it was found (no other file would be chosen first). The folder's
    modification time is read (into ``folders``) before the search: a change after it
    shows in the next process."""
    spec = module.__spec__
    assert spec is not None
    origin = spec.origin
    parent = sys.modules.get(name.rpartition(".")[0])
    path = getattr(parent, "__path__", None)
    if not isinstance(origin, str) or path is None:
        return None
    try:
        folder = next(iter(path))
        if folder not in folders:
            folders[folder] = os.stat(folder).st_mtime_ns
        if not _found_there(name, module):
            return None
        before = os.stat(origin)
        code = SourceFileLoader(name, origin).get_code(name)
        after = os.stat(origin)
    except (OSError, ImportError, SyntaxError, ValueError, StopIteration):
        return None
    if code is None or (before.st_mtime_ns, before.st_size) != (after.st_mtime_ns, after.st_size):
        return None
    package = bool(spec.submodule_search_locations is not None)
    cached = spec.cached
    if not isinstance(cached, str):
        return None
    entry = (origin, folder, package, after.st_mtime_ns, after.st_size, cached, 0, 0)
    return entry, marshal.dumps(code)


def _found_there(name: str, module: ModuleType) -> bool:
    """Whether Python's path finder finds the imported module ``name`` now where it was
    found (in its parent's ``__path__``, by the source loader): only such a module can be
    stored. One that another finder imported (an editable install maps ``disclint.rules``
    to a folder outside ``disclint``'s) cannot, in this process or the next."""
    spec = module.__spec__
    origin = getattr(spec, "origin", None)
    parent = sys.modules.get(name.rpartition(".")[0])
    path = getattr(parent, "__path__", None)
    if not isinstance(origin, str) or path is None:
        return False
    try:
        found = PathFinder.find_spec(name, list(path))
    except (ImportError, OSError, ValueError):
        return False
    return (
        found is not None and found.origin == origin and isinstance(found.loader, SourceFileLoader)
    )


def _save() -> None:
    """Write the file again when this process imported a module the file could not serve:
    the modules imported here and those stored before that are still current."""
    if _file is None:
        return
    try:
        _write(_file)
    except Exception:  # a cache: never fail a run over it
        return


def _write(path: str) -> None:
    folders: dict[str, int] = {}

    def unchanged(entry: Entry) -> bool:
        """Whether a stored entry still holds: its folder and source file as recorded."""
        folder = entry[1]
        if folder not in folders:
            folders[folder] = os.stat(folder).st_mtime_ns
        if _folders.get(folder) != folders[folder]:
            return False
        status = os.stat(entry[0])
        return (status.st_mtime_ns, status.st_size) == (entry[3], entry[4])

    def current(name: str) -> bool:
        """Whether the file holds this run's module as it is (served, or imported before
        the finder was installed, as ``disclint.entry`` is)."""
        entry = _index.get(name)
        return entry is not None and _map is not None and unchanged(entry)

    if not _missed and all(current(name) for name in _before):
        return  # every module imported here was served or is stored as it is
    candidates = _candidates()
    # A module the file cannot hold (another finder imported it) is no reason to write it
    # again: in a checkout's editable install that was every run (some 5 ms at exit).
    if all(
        name in _served or current(name) or not _found_there(name, module)
        for name, module in candidates
    ):
        return
    # Written one module at a time (its code to a body file, then the head and the body
    # copied in chunks): holding every module's code at once set a run's peak memory as
    # it ended (about 4 MB of code, and as much again in code objects made to marshal).
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name}.{os.urandom(4).hex()}")
    body_path = temporary + ".body"
    index: dict[str, Entry] = {}
    offset = 0
    try:
        with open(body_path, "w+b") as body:

            def keep(module_name: str, entry: Entry, blob: bytes | memoryview) -> None:
                nonlocal offset
                body.write(blob)
                index[module_name] = (*entry[:6], offset, len(blob))
                offset += len(blob)

            for module_name, module in candidates:
                if current(module_name):
                    entry = _index[module_name]
                    assert _map is not None
                    keep(module_name, entry, _map[entry[6] : entry[6] + entry[7]])
                    continue
                recorded = _record(module_name, module, folders)
                if recorded is not None:
                    keep(module_name, *recorded)
            for module_name, entry in _index.items():  # stored modules this run did not import
                if module_name in index or module_name in sys.modules or _map is None:
                    continue
                try:
                    if unchanged(entry):
                        keep(module_name, entry, _map[entry[6] : entry[6] + entry[7]])
                except OSError:
                    continue
            used = {entry[1] for entry in index.values()}
            head = marshal.dumps(
                (sys.pycache_prefix, {f: m for f, m in folders.items() if f in used}, index)
            )
            body.seek(0)
            with open(temporary, "wb") as stream:
                stream.write(_MAGIC + len(head).to_bytes(8, "little"))
                stream.write(head)
                while chunk := body.read(1 << 16):
                    stream.write(chunk)
        os.replace(temporary, path)
    finally:
        for leftover in (body_path, temporary):
            try:  # noqa: SIM105 (contextlib: an import ``--version`` does without)
                os.unlink(leftover)
            except OSError:
                pass
