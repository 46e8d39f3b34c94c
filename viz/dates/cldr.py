"""Month and weekday names from CLDR (through Babel), so a language module types only its patterns.

Called when a language module is first imported (that is, when the language is first used), never at
``import viz.dates``. Names are lower-cased; a word ending in "." is an abbreviation whose dot is optional (see
``engine._alt``); Latin-script names also come without their accents ("miercoles", "marco") as people type them.

    >>> months("es")["septiembre"], weekdays("de")["montag"]
    (9, 0)

Importing Babel and loading a locale took about 0.1 s, most of a language's first use. The tables are therefore
kept in the viz cache (``$VIZ_CACHE_DIR/cldr/``), in a file named for the installed Babel (its path, size and
time) and this module's own format: a new Babel, or a change here, makes a new file. Any trouble with the file
falls back to Babel.
"""
from __future__ import annotations

import json
import os
import unicodedata
import zlib

_FORMAT = 1  # raise when _add or _plain change what a table holds
_tables: dict | None = None  # the cache file's tables, read once per process
_path = None


def _cache_path():
    import importlib.util

    from ..cachedir import default_cache_dir

    spec = importlib.util.find_spec("babel")
    st = os.stat(spec.origin)
    tag = "%d-%08x-%d-%d" % (_FORMAT, zlib.crc32(spec.origin.encode()), st.st_size, st.st_mtime_ns)
    return default_cache_dir() / "cldr" / ("names-%s.json" % tag)


def _cached(key: str, compute) -> dict:
    """compute() (a {name: number} table), read from the cache file when it holds it, else written there."""
    global _tables, _path
    try:
        if _tables is None:
            _path = _cache_path()
            try:
                with open(_path, encoding="utf-8") as f:
                    _tables = json.load(f)
            except FileNotFoundError:
                _tables = {}
        if key in _tables:
            return dict(_tables[key])
    except Exception:  # noqa: BLE001 - an unreadable cache: Babel
        _tables = {}
        return compute()
    table = compute()
    _tables[key] = table
    try:
        from ..cachedir import write_atomic

        data = json.dumps(_tables, ensure_ascii=False).encode("utf-8")
        write_atomic(_path, lambda out: out.write(data), ".json.tmp")
    except Exception:  # noqa: BLE001 - an unwritable cache: next time from Babel again
        pass
    return dict(table)


def _plain(word: str) -> str:
    """The word without combining accents ("miércoles" -> "miercoles"); non-Latin scripts are left alone."""
    if not all(ord(c) < 0x250 for c in word):
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _add(out: dict, word: str, value, abbreviation: bool = False) -> None:
    word = word.lower().strip()
    if not word:
        return
    if abbreviation:
        word = word.rstrip(".")
        if len(word) < 3:  # "mi", "ma": too short to be read as a name
            return
        word += "."
    for w in {word, _plain(word)}:
        out.setdefault(w, value)


def months(*locales: str, abbreviations: bool = True) -> dict[str, int]:
    """{name: month number} of one or more locales ("ar", "ar_SY": Egyptian and Levantine names), with the wide
    names in both CLDR contexts ("января" and "январь") and, unless `abbreviations` is false, the abbreviated
    ones ("sept.")."""
    return _cached("months|%s|%d" % (",".join(locales), abbreviations), lambda: _months(locales, abbreviations))


def _months(locales, abbreviations):
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for locale in locales:
        for context in ("format", "stand-alone"):
            for n, name in get_month_names("wide", context=context, locale=locale).items():
                _add(out, name, n)
    if abbreviations:
        for locale in locales:
            for context in ("format", "stand-alone"):
                for n, name in get_month_names("abbreviated", context=context, locale=locale).items():
                    if name.lower().rstrip(".") not in out:
                        _add(out, name, n, abbreviation=True)
    return out


def weekdays(locale: str) -> dict[str, int]:
    """{name: weekday number, Monday = 0} (wide names, both CLDR contexts)."""
    return _cached("weekdays|" + locale, lambda: _weekdays(locale))


def _weekdays(locale):
    from babel.dates import get_day_names

    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for n, name in get_day_names("wide", context=context, locale=locale).items():
            _add(out, name, n)
    return out
