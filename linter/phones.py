"""Whether a phone number is valid for a region, as ``phonenumbers`` (Google's libphonenumber
metadata) answers it, without importing ``phonenumbers`` for the common North American forms.

``import phonenumbers`` loads about fifty modules and compiles their patterns: several
milliseconds of every cold one-file check of a release whose contact gives a number. Most
numbers in press releases are North American ("(303) 555-0100", "+1 646-555-0100",
"1-800-555-0100"), and for those the answer depends only on the ten digits: ``parse``
gives country code 1 and the ten digits as the national number in every NANP region, and
``is_valid_number`` then asks which NANP region's patterns the digits fit. This module
keeps those patterns (each NANP region's leading digits, general description and number
type descriptions, read from ``phonenumbers``' own metadata) in a small ``marshal`` file in
the cache folder, keyed on ``phonenumbers``' version and location, and answers the common
forms from it with the same steps as ``phonenumbers``; every other form, region or an
unreadable cache goes to ``phonenumbers`` itself. ``tests/test_phones.py`` compares the two
answers on every phone string of the test fixtures and on generated numbers of each form.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

#: The common North American forms: ten digits with an area code (first digit 2-9),
#: optionally after "+1" or a "1" trunk prefix, with up to three ASCII spaces, dots or
#: hyphens or an area code in parentheses between the groups (bounded runs: linear time on
#: any text). Anything else goes to ``phonenumbers``.
_NANP_FORM = re.compile(
    r" {0,2}(\+ ?1|1)?[ .\-]{0,3}(?:\(([2-9]\d\d)\)|([2-9]\d\d))[ .\-]{0,3}(\d{3})"
    r"[ .\-]{0,3}(\d{4}) {0,2}",
    re.ASCII,
)

#: Per NANP region, in ``phonenumbers``' order for country code 1: the region code, its
#: leading-digits pattern (or None), its general description and its number types'
#: descriptions, each (possible lengths, national number pattern).
_Desc = tuple[tuple[int, ...], str]
_Region = tuple[str, str | None, _Desc, list[_Desc]]
#: The number type descriptions ``phonenumbers``' ``_number_type_helper`` tries: a number
#: matching the general description and any of these is of a known type (valid).
_TYPES = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
    "mobile",
)


def is_valid(number_text: str, region: str | None) -> bool:
    """Whether ``phonenumbers.is_valid_number(phonenumbers.parse(number_text, region))``
    (False when it cannot be parsed); ``region`` None: the number carries its "+" code."""
    nanp = _nanp_digits(number_text, region)
    if nanp is not None:
        table = _nanp_table()
        if table is not None:
            return _valid_nanp(nanp, table)
    return _is_valid_slow(number_text, region)


def _nanp_digits(number_text: str, region: str | None) -> str | None:
    """The ten digits of a common North American form that ``parse`` reads as country code
    1 in ``region`` (a NANP region, or None with "+1"), else None."""
    match = _NANP_FORM.fullmatch(number_text)
    if match is None:
        return None
    prefix = match.group(1)
    if region is None:
        if prefix is None or not prefix.startswith("+"):
            return None
    else:
        table = _nanp_table()
        if table is None or region not in {entry[0] for entry in table}:
            return None
    return (match.group(2) or match.group(3)) + match.group(4) + match.group(5)


def _valid_nanp(national: str, table: list[_Region]) -> bool:
    """``is_valid_number`` for country code 1: the first region whose leading digits match
    (or, with none, whose types the number fits) decides, as ``region_code_for_number``."""
    for _region, leading, general, types in table:
        if leading is not None:
            if re.match(leading, national):
                return _fits(national, general, types)
        elif _fits(national, general, types):
            return True
    return False


def _fits(national: str, general: _Desc, types: list[_Desc]) -> bool:
    return _matches(national, general) and any(_matches(national, desc) for desc in types)


def _matches(national: str, desc: _Desc) -> bool:
    lengths, pattern = desc
    if lengths and len(national) not in lengths:
        return False
    return re.fullmatch(pattern, national) is not None


def _is_valid_slow(number_text: str, region: str | None) -> bool:
    import phonenumbers as pn

    try:
        parsed = pn.parse(number_text, region)
    except pn.NumberParseException:
        return False
    return bool(pn.is_valid_number(parsed))


@cache
def _nanp_table() -> list[_Region] | None:
    """The NANP regions' patterns: from the cache folder when it holds them for the
    installed ``phonenumbers``, else read from ``phonenumbers`` and stored there."""
    key = _installed_key()
    if key is None:
        return None
    store = _store(key)
    if store is not None:
        from disclint.codecache import read_marshal

        try:
            loaded = read_marshal(store)
        except (OSError, ValueError, EOFError, TypeError):
            loaded = None
        valid = isinstance(loaded, tuple) and len(loaded) == 2 and loaded[0] == key
        if valid and _valid_table(loaded[1]):
            return list(loaded[1])
    table = nanp_table_from_metadata()
    if table is not None and store is not None:
        _save(store, key, table)
    return table


def _installed_key() -> str | None:
    """``phonenumbers``' version and folder, read without importing it."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("phonenumbers")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    try:
        head = Path(spec.origin).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", head, re.MULTILINE)
    if match is None:
        return None
    return f"{match.group(1)}\0{spec.origin}"


def _store(key: str) -> Path | None:
    """The table's file, named by a checksum of the key (the file holds the key too)."""
    import zlib

    from disclint.grammars import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"phones-{zlib.crc32(key.encode()):08x}.marshal"


def _save(store: Path, key: str, table: list[_Region]) -> None:
    import contextlib
    import marshal
    import os

    with contextlib.suppress(OSError, ValueError):
        store.parent.mkdir(parents=True, exist_ok=True)
        temporary = store.with_name(f".{store.name}.{os.urandom(4).hex()}")
        temporary.write_bytes(marshal.dumps((key, table)))
        os.replace(temporary, store)


def _valid_table(loaded: Any) -> bool:
    if not isinstance(loaded, list) or not loaded:
        return False
    for entry in loaded:
        if not (isinstance(entry, tuple) and len(entry) == 4):
            return False
        region, leading, general, types = entry
        if not isinstance(region, str) or not (leading is None or isinstance(leading, str)):
            return False
        if not isinstance(types, list) or not all(_valid_desc(d) for d in [general, *types]):
            return False
    return True


def _valid_desc(desc: Any) -> bool:
    return (
        isinstance(desc, tuple)
        and len(desc) == 2
        and isinstance(desc[0], tuple)
        and all(isinstance(n, int) for n in desc[0])
        and isinstance(desc[1], str)
    )


def nanp_table_from_metadata() -> list[_Region] | None:
    """The NANP regions' patterns read from ``phonenumbers``' metadata; None when a region
    does not parse as this module assumes (national prefix "1", no carrier codes)."""
    import phonenumbers as pn

    table: list[_Region] = []
    for region in pn.COUNTRY_CODE_TO_REGION_CODE.get(1, ()):
        metadata = pn.PhoneMetadata.metadata_for_region(region, None)
        if metadata is None:
            continue
        if metadata.country_code != 1 or metadata.national_prefix != "1":
            return None
        general = _desc(metadata.general_desc)
        if general is None:
            return None
        types = []
        for name in _TYPES:
            desc = _desc(getattr(metadata, name, None))
            if desc is not None:
                types.append(desc)
        table.append((region, metadata.leading_digits, general, types))
    return table or None


def _desc(desc: Any) -> _Desc | None:
    if desc is None or not desc.national_number_pattern:
        return None
    return tuple(desc.possible_length or ()), desc.national_number_pattern
