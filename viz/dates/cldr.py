"""Month and weekday names from CLDR (through Babel), so a language module types only its patterns.

Called when a language module is first imported (that is, when the language is first used), never at
``import viz.dates``. Names are lower-cased; a word ending in "." is an abbreviation whose dot is optional (see
``engine._alt``); Latin-script names also come without their accents ("miercoles", "marco") as people type them.

    >>> months("es")["septiembre"], weekdays("de")["montag"]
    (9, 0)
"""
from __future__ import annotations

import unicodedata


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
    from babel.dates import get_day_names

    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for n, name in get_day_names("wide", context=context, locale=locale).items():
            _add(out, name, n)
    return out
