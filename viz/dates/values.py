"""TIMEX3 value helpers: granularity, covered interval, calendar arithmetic."""
from __future__ import annotations

import datetime as dt
import functools
import re


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_GRAN_RX = [
    (re.compile(r"\d{4}-\d{2}-\d{2}(?:T[\w:]+)?"), "day"),
    (re.compile(r"\d{4}-\d{2}"), "month"),
    (re.compile(r"\d{4}-W\d{2}(?:-WE)?"), "week"),
    (re.compile(r"\d{4}-Q[1-4]"), "quarter"),
    (re.compile(r"\d{4}-H[12]"), "half"),
    (re.compile(r"\d{4}-(?:SP|SU|FA|WI)"), "season"),
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{3}X?"), "decade"),
    (re.compile(r"\d{2}(?:XX)?"), "century"),  # TimeML writes "19"; "19XX" is read too
    (re.compile(r"(?:PRESENT|PAST|FUTURE)_REF"), "ref"),
]


@functools.lru_cache(maxsize=8192)  # a text's mentions repeat their values; each is read twice (Mention, anchor)
def granularity_of(value: str) -> str:
    for rx, g in _GRAN_RX:
        if rx.fullmatch(value):
            return g
    return ""


def _month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)) - dt.timedelta(days=1)


@functools.lru_cache(maxsize=8192)  # (dates are immutable: a cached pair is safe to share)
def interval(value: str) -> tuple[dt.date | None, dt.date | None]:
    """Inclusive date interval covered by a TIMEX3 value (None, None when not a calendar interval)."""
    g = granularity_of(value)
    try:
        if g == "day":
            d = dt.date.fromisoformat(value[:10])
            return d, d
        if g == "month":
            y, m = int(value[:4]), int(value[5:7])
            return dt.date(y, m, 1), _month_end(y, m)
        if g == "year":
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if g == "week":
            y, w = int(value[:4]), int(value[6:8])
            mon = dt.date.fromisocalendar(y, w, 1)
            if value.endswith("-WE"):
                return mon + dt.timedelta(days=5), mon + dt.timedelta(days=6)
            return mon, mon + dt.timedelta(days=6)
        if g == "quarter":
            y, q = int(value[:4]), int(value[6])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if g == "half":
            y, h = int(value[:4]), int(value[6])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if g == "season":
            y = int(value[:4])
            a, b = _SEASON_MONTHS[value[5:]]
            return dt.date(y, a, 1), _month_end(y + (1 if b < a else 0), b)
        if g == "decade":
            y = int(value[:3]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        if g == "century":
            y = int(value[:2]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:
        pass
    return None, None


def ymd(d: dt.date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return "%04d-%02d" % (y, m)


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return "%04d-W%02d" % (y, w)


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def shift_quarter(y: int, q: int, n: int) -> tuple[int, int]:
    k = y * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def two_digit_year(yy: int, ref: dt.date | None) -> int:
    pivot = ((ref.year if ref else 2030) + 10) % 100
    return (2000 if yy <= pivot else 1900) + yy



def _norm_word(s: str) -> str:
    # Turkish capital "İ" lowercases to "i" and a combining dot above
    return " ".join(s.lower().replace("i\u0307", "i").replace("\u2019", "'").rstrip(".").split())
