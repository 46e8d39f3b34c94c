"""Dates written in other calendars, resolved to Gregorian TIMEX3 values.

* Lunar Hijri ("15 رمضان 1445", "١ شوال ١٤٤٥ هـ") through ``hijridate``;
* Solar Hijri, Iran's calendar ("۱۴ فروردین ۱۴۰۳" is 2024-04-02) through ``jdatetime``;
* the years of an era: Japan's ("令和2年" is 2020) and the Republic of China's ("民国109年" is 2020), Gregorian years
  counted from another start (no package needed).

A day converts exactly. A month or a year of these calendars straddles two Gregorian ones, so it has no TIMEX3
value of its own: a month comes back unresolved (value ""), a Solar Hijri year as the Gregorian year holding most
of it (1403 starts on 20 March 2024: "2024"), a Solar Hijri decade likewise ("دهه‌ی ۱۳۷۰" is "199"), and a season
of a Solar year as the Gregorian season it starts in ("بهار ۱۴۰۳" is 2024-SP). Both packages are imported on first
use."""
from __future__ import annotations

import datetime as dt

from .resolvers import _g, _lookup
from .tense import tense
from .values import safe_date, ym, ymd


def _nearest(cands, ref):
    """The candidate date nearest the reference, preferring the past unless the next one is close (news)."""
    cands = [d for d in cands if d is not None]
    if not cands:
        return None
    if ref is None:
        return None
    near = [d for d in cands if d <= ref + dt.timedelta(days=90)]
    return max(near) if near else min(cands)


def _hijri_to_date(y, m, d):
    from hijridate import Hijri
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def r_hijri(ctx, gd, s, e):
    """'15 رمضان 1445': a Hijri day; without a year, the one nearest the reference date."""
    month = _lookup(ctx.lang.hijri_months, gd.get("hmonth"))
    if month is None:
        return None
    day = int(gd["day"]) if gd.get("day") else None
    year = _g(gd, "hyear")
    if day is None:
        return "", "month", "absolute" if year else "anchored"
    if year:
        d = _hijri_to_date(int(year), month, day)
        return (ymd(d), "day", "absolute") if d else None
    if ctx.ref is None:
        return "", "day", "anchored"
    from hijridate import Gregorian
    hy = Gregorian(ctx.ref.year, ctx.ref.month, ctx.ref.day).to_hijri().year
    d = _nearest([_hijri_to_date(y, month, day) for y in (hy - 1, hy, hy + 1)], ctx.ref)
    return (ymd(d) if d else ""), "day", "anchored"


def _solar_to_date(y, m, d):
    import jdatetime
    try:
        return jdatetime.date(y, m, d).togregorian()
    except (ValueError, OverflowError):
        return None


def _solar_year_of(d: dt.date):
    """The Solar Hijri year of a Gregorian date, None out of jdatetime's range."""
    import jdatetime
    try:
        return jdatetime.date.fromgregorian(date=d).year
    except (ValueError, OverflowError):
        return None


def _solar_month_span(y, m):
    """First and last Gregorian day of Solar month m of year y (None, None when out of range)."""
    first = _solar_to_date(y, m, 1)
    following = _solar_to_date(y + (m == 12), m % 12 + 1, 1)
    return (first, following - dt.timedelta(days=1)) if first and following else (None, None)


def _solar_month(ctx, gd, s, e, month):
    """A Solar month without its year, as the Gregorian month holding most of it: of the Solar year named ("اسفند سال
    گذشته", "آبان پارسال"), the last one ended before the reference date ("اسفند گذشته"; said in Esfand, last year's)
    or the next one begun after it ("خرداد آینده", or a year-less one told of the future), else the nearest."""
    sy = _solar_year_of(ctx.ref)
    if sy is None:
        return "", "month", "anchored"
    yword = gd.get("sydir") or gd.get("sydir2")
    if yword:  # "اسفند سال گذشته": the month of the Solar year named
        d = _solar_to_date(sy + (_lookup(ctx.lang.dirs, yword) or 0), month, 16)
        return (ym(d.year, d.month) if d else ""), "month", "relative"
    years = (sy - 1, sy, sy + 1)
    after = gd.get("smdir") == "آینده" or (not gd.get("smdir") and tense(ctx, s, e) > 0)
    if gd.get("smdir") or after:
        spans = [_solar_month_span(y, month) for y in years]
        if after:
            starts = [f for f, _ in spans if f is not None and f > ctx.ref]
            d = min(starts) + dt.timedelta(days=15) if starts else None
        else:
            ends = [l for _, l in spans if l is not None and l < ctx.ref]
            d = max(ends) - dt.timedelta(days=14) if ends else None
    else:
        d = _nearest([_solar_to_date(y, month, 16) for y in years], ctx.ref)
    return (ym(d.year, d.month) if d else ""), "month", "relative" if gd.get("smdir") else "anchored"


def r_solar(ctx, gd, s, e):
    """'۱۴ فروردین ۱۴۰۳' -> 2024-04-02; without a year, the one nearest the reference date. A month alone ('اسفند
    ۱۳۹۸', 20 February to 19 March 2020) is the Gregorian month holding most of it, the one of its 16th day (2020-03),
    as a Solar year is the Gregorian year holding most of it (see _solar_month without a year)."""
    month = _lookup(ctx.lang.solar_months, gd.get("smonth"))
    if month is None:
        return None
    day = int(gd["day"]) if gd.get("day") else None
    year = _g(gd, "syear")
    if day is None:
        if year:
            d = _solar_to_date(int(year), month, 16)
            return (ym(d.year, d.month), "month", "absolute") if d else None
        if ctx.ref is None:
            return "", "month", "anchored"
        return _solar_month(ctx, gd, s, e, month)
    if year:
        d = _solar_to_date(int(year), month, day)
        return (ymd(d), "day", "absolute") if d else None
    if ctx.ref is None:
        return "", "day", "anchored"
    sy = _solar_year_of(ctx.ref)
    if sy is None:
        return "", "day", "anchored"
    d = _nearest([_solar_to_date(y, month, day) for y in (sy - 1, sy, sy + 1)], ctx.ref)
    return (ymd(d) if d else ""), "day", "anchored"


def r_solar_year(ctx, gd, s, e):
    """'سال ۱۴۰۳': the Gregorian year holding most of it (Nowruz falls on 20 or 21 March)."""
    y = int(gd["syear"])
    if ctx.lang.year_block_after.match(ctx.text, e) or ctx.lang.year_block_before.search(ctx.text, max(0, s - 25), s):
        return None
    return str(y + 621), "year", "absolute"


def r_solar_season(ctx, gd, s, e):
    """'بهار ۱۴۰۳': Iran's seasons are the quarters of the Solar year, which begins at the March equinox, so each is
    the same-named season of the Gregorian year it starts in (spring 1403 is 2024-SP, winter 1402 is 2023-WI)."""
    se = _lookup(ctx.lang.seasons, gd.get("season"))
    if se is None:
        return None
    return "%d-%s" % (int(gd["syear"]) + 621, se), "season", "absolute"


def r_solar_decade(ctx, gd, s, e):
    """'دهه‌ی ۱۳۷۰' (1370-1379, March 1991 to March 2001): the Gregorian decade holding most of it ("199"); a bare
    'دهه ۷۰' is the 1370s."""
    y = int(gd["syear"]) if gd.get("syear") else 1300 + int(gd["syy"])
    return str(y + 621)[:3], "decade", "absolute"


# the years of an era: Japan's (gengō) and the Republic of China's (Minguo, Taiwan), as (first Gregorian year, last
# year of the era or None while it lasts); the era's first year is its year 1, written "元年" ("the first year")
ERAS = {"令和": (2019, None), "平成": (1989, 2019), "昭和": (1926, 1989), "大正": (1912, 1926), "明治": (1868, 1912),
        "民国": (1912, None), "民國": (1912, None)}


def r_era(ctx, gd, s, e):
    """A year counted in an era ("令和2年" is 2020, "平成31年4月30日" 2019-04-30, "民国109年" 2020), with its month and
    day when the rule has them. Not a year past the era's end ("平成40年": none)."""
    first, last = ERAS[gd["era"]]
    ey = gd["eyear"]  # in figures, "元" (the first year) or in characters ("三十八", scanned "3十8")
    n = 1 if ey == "元" else int(ey) if ey.isdigit() else _lookup(ctx.lang.nums, ey)
    if n is None:
        return None
    y = first + n - 1
    if n < 1 or (last is not None and y > last) or y > 2100:
        return None
    month = _lookup(ctx.lang.months, gd.get("month"))
    if month is None:
        return str(y), "year", "absolute"
    day = int(gd["day"]) if gd.get("day") else _lookup(ctx.lang.nums, gd.get("dayw"))
    if day is not None:
        d = safe_date(y, month, day)
        return (ymd(d), "day", "absolute") if d else None
    return ym(y, month), "month", "absolute"


CALENDAR_RESOLVERS = {"era": r_era, "hijri": r_hijri, "solar": r_solar, "solar_year": r_solar_year, "solar_decade": r_solar_decade,
                      "solar_season": r_solar_season}
