"""SHA-1 and SHA-256 without OpenSSL.

``import hashlib`` loads ``_hashlib``, Python's binding of OpenSSL, and with it OpenSSL's
libcrypto (about 3 MiB resident, and some 11 M instructions of a one-file check spent
loading and initialising it), to make the few digests a check needs: each finding's
fingerprint (``disclint.baseline``) and the results cache's keys. Python ships its own
SHA implementations as small built-in modules (``_sha256`` and ``_sha1`` to 3.11,
``_sha2`` from 3.12); the digests are the same bytes whichever implementation makes them
(SHA is a standard). ``hashlib`` is used when a build lacks them.
"""

from __future__ import annotations

from typing import Any, Protocol


class Hash(Protocol):
    """What a digest object offers (``hashlib``'s and the built-in modules' alike)."""

    def update(self, data: bytes, /) -> None: ...

    def digest(self) -> bytes: ...

    def hexdigest(self) -> str: ...


_constructors: dict[str, Any] = {}


def _constructor(name: str) -> Any:
    known = _constructors.get(name)
    if known is not None:
        return known
    found: Any = None
    for module in ("_sha2", f"_{name}"):  # _sha2: sha224 ... sha512 from Python 3.12
        try:
            found = getattr(__import__(module), name)
            break
        except (ImportError, AttributeError):
            continue
    if found is None:
        import hashlib

        found = getattr(hashlib, name)
    _constructors[name] = found
    return found


def sha256(data: bytes = b"") -> Hash:
    """A SHA-256 object (``update``, ``digest``, ``hexdigest``), as ``hashlib.sha256``."""
    made: Hash = _constructor("sha256")(data)
    return made


def sha1(data: bytes = b"") -> Hash:
    """A SHA-1 object, as ``hashlib.sha1``."""
    made: Hash = _constructor("sha1")(data)
    return made
