"""Field values of an input as the documents table stores them: text or nothing, never the
Python text of a list, an object, a boolean or bytes; and publication dates.

A value that had to be converted comes back with what was done, so the reader can warn; one
that cannot be text raises ``ValueError`` saying what it is.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re

import pandas as pd

_SURROGATE = re.compile("[\ud800-\udfff]")
EARLIEST_YEAR = 1800  # publication dates before this (see plausible_earliest), or after next
#                     year, are flagged and left out of the timeline


def show_name(name: str) -> str:
    """A file name for messages and tables: bytes that were not UTF-8 (kept by Python as
    surrogate escapes) are shown as ``\\xNN``, so the name can be printed and stored."""
    if not _SURROGATE.search(name):
        return name
    return _SURROGATE.sub(lambda m: (f"\\x{ord(m.group()) - 0xDC00:02x}"
                                     if 0xDC80 <= ord(m.group()) <= 0xDCFF else "\ufffd"), name)


def fix_surrogates(text: str) -> tuple[str, int]:
    """Replace lone surrogates (``"\\ud800"`` in JSON: not Unicode, cannot be stored) with
    U+FFFD; returns the text and how many were replaced."""
    return _SURROGATE.subn("\ufffd", text)


def _scalar(value) -> bool:
    return isinstance(value, (str, int, float, decimal.Decimal)) and not isinstance(value, bool)


def as_text(value, *, joiner: str = ", ") -> tuple[str | None, str | None, str | None]:
    """``(text, problem, action)`` for one field value; problem and action are None when the
    value was text already. Raises ``ValueError`` ("is a ...") for a value that is not text."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None, None, None
    if isinstance(value, str):
        text, n = fix_surrogates(value)
        if n:
            return text, f"holds {n} lone surrogate escape{'s' if n > 1 else ''} (not Unicode)", \
                "replaced with U+FFFD"
        return text, None, None
    if isinstance(value, bool):
        raise ValueError(f"is a boolean ({str(value).lower()}), not text")
    if isinstance(value, (int, float, decimal.Decimal)):
        return str(value), f"is a number ({value}), not text", "stored as its digits"
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            text = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError(f"is binary data ({len(bytes(value))} bytes) that is not UTF-8 "
                             "text") from None
        text, _ = fix_surrogates(text)
        return text, "is binary data", "decoded as UTF-8"
    if isinstance(value, (dt.date, dt.datetime, pd.Timestamp)):
        return value.isoformat(), f"is a date ({value.isoformat()}), not text", \
            "stored as ISO text"
    if isinstance(value, (list, tuple)):
        if value and all(_scalar(v) for v in value):
            parts = [fix_surrogates(str(v))[0] for v in value]
            return joiner.join(parts), f"is a list of {len(parts)} items, not text", \
                f"joined with {joiner!r}"
        if not value:
            return None, "is an empty list", "left empty"
        raise ValueError(f"is a list of {len(value)} items holding "
                         f"{type(next(v for v in value if not _scalar(v))).__name__} values, "
                         "not text")
    if isinstance(value, dict):
        keys = ", ".join(fix_surrogates(str(k))[0] for k in list(value)[:5])
        raise ValueError(f"is an object (keys: {keys}), not text")
    raise ValueError(f"is a {type(value).__name__}, not text")


# --- dates -----------------------------------------------------------------------------------
_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.+\-Z]*)?\s*$")


def parse_date(value) -> tuple[dt.date | None, str | None]:
    """Parse a publication date: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (time ignored).

    Returns ``(date, precision)``; a year or month is stored as its first day with its
    precision. Raises ``ValueError`` for text that is not such a date; ``(None, None)`` for empty.
    """
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None, None
    if isinstance(value, pd.Timestamp):
        return value.date(), "day"
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"unparseable date: {type(value).__name__} value "
                         f"{fix_surrogates(repr(value))[0][:80]}")
    if isinstance(value, int) and 1000 <= value <= 2999:
        return dt.date(value, 1, 1), "year"
    text = fix_surrogates(str(value).strip())[0]
    if not text:
        return None, None
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(f"unparseable date {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(int(year), int(month), int(day)), "day"
        if month:
            return dt.date(int(year), int(month), 1), "month"
        return dt.date(int(year), 1, 1), "year"
    except ValueError as exc:
        raise ValueError(f"invalid date {text!r}: {exc}") from None


def implausible_date(day: dt.date, today: dt.date | None = None,
                     earliest: int = EARLIEST_YEAR) -> str | None:
    """Why a publication date is implausible (before ``earliest``, after next year), or None."""
    latest = (today or dt.date.today()).year + 1
    if earliest <= day.year <= latest:
        return None
    return (f"publication date {day.isoformat()} is outside the plausible range "
            f"{earliest}-{latest}")


HISTORICAL_EARLIEST = 1000  # the earliest plausible year in a corpus of historical documents
HISTORICAL_SHARE = 0.1  # ... one where at least this share of the given dates is before 1800


def plausible_earliest(days) -> int:
    """The earliest plausible publication year for a corpus with these given dates.

    1800, unless pre-1800 dates are common in the corpus (at least a tenth of its dates): then
    it is a historical corpus and anything from the year 1000 is plausible. Dates in the
    future (after next year) are never plausible. A lone year 0001 or 1200 among modern
    dates, or a 9999, stays implausible whatever the rest of the corpus holds.
    """
    return earliest_from_counts(*year_counts(days))


def year_counts(days) -> tuple[int, int]:
    """``(dates given, dates before 1800 but from the year 1000)``: what
    :func:`plausible_earliest` needs, summed over the parts of a corpus read in parts."""
    years = [d.year for d in days if d is not None]
    return len(years), sum(HISTORICAL_EARLIEST <= y < EARLIEST_YEAR for y in years)


def earliest_from_counts(n_years: int, early: int) -> int:
    """:func:`plausible_earliest` from the counts of :func:`year_counts`."""
    if not n_years:
        return EARLIEST_YEAR
    return HISTORICAL_EARLIEST if early >= HISTORICAL_SHARE * n_years and early > 1 \
        else EARLIEST_YEAR
