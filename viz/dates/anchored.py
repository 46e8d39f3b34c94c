"""Resolvers for ranges, dates anchored on the previous mention and a few multi-part English forms.

Range resolvers return a list of parts ``(start, end, value, granularity, kind)``: one mention per end of the
interval, as TimeML annotates them ("April [24] and [25]" -> two dates; "between May and July 2020" -> 2020-05 and
2020-07)."""
from __future__ import annotations

import datetime as dt
import re

from .resolvers import _anchor_year, _g, _lookup, r_date, r_month, r_year
from .tense import sentence_after, sentence_before
from .values import _norm_word, add_months, iso_week, quarter_of, safe_date, shift_quarter, ym, ymd


def _part(ctx, res, s, e):
    text = ctx.text
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    return (s, e) + tuple(res)


def r_range_days(ctx, gd, s, e):
    """'April 24 and 25', '3-5 March 2020', 'du 3 au 5 mars': two day mentions sharing the month (and year)."""
    m = ctx.match
    common = {"month": gd.get("month"), "mnum": gd.get("mnum"), "year": _g(gd, "year")}  # mnum: "23./24.11." (de)
    second = r_date(ctx, dict(common, day=gd.get("dayb")), s, e)  # tense of the sentence before the whole range
    if second is not None and second[0] and not common["year"]:  # both ends in the year found for the second
        common["year"] = second[0][:4]
    first = r_date(ctx, dict(common, day=gd.get("day")), m.start("day"), m.end("day"))
    if first is not None and second is not None and first[0] and not _g(gd, "year"):
        first = (first[0], first[1], second[2])
    if first is None or second is None or first[0] > second[0]:
        return None
    month_first = m.start("month") < m.start("day")
    if month_first:  # "April 24 and 25": [April 24] [25]
        return [_part(ctx, first, s, m.end("day")), _part(ctx, second, m.start("dayb"), e)]
    return [_part(ctx, first, _with_article(ctx, m.start("day")), m.end("day")),
            _part(ctx, second, _with_article(ctx, m.start("dayb")), e)]


def _with_article(ctx, s):
    """Start of a range's day with the article the language counts in its mention ("[del 6] [al 9 de abril]")."""
    rx = ctx.lang.day_article
    if rx is None:
        return s
    m = rx.search(ctx.text, max(0, s - 8), s)
    return m.start() if m is not None else s


def r_range_months(ctx, gd, s, e):
    """'between May and July 2020', 'de mai à juillet 2020': two month mentions sharing the year."""
    m = ctx.match
    year = _g(gd, "year")
    ydir = gd.get("ydir")  # "с июня по август этого года": the months of the year named after them
    second = r_month(ctx, {"month": gd.get("monthb"), "year": year, "ydir": ydir}, m.start("monthb"), e)
    first = r_month(ctx, {"month": gd.get("month"), "year": year, "ydir": ydir}, m.start("month"), m.end("month"))
    if first is None or second is None or (year and first[0] > second[0]):
        return None
    return [_part(ctx, first, m.start("month"), m.end("month")), _part(ctx, second, m.start("monthb"), e)]


def r_range_years(ctx, gd, s, e):
    """'2019-2021', '2019-21': two years."""
    m = ctx.match
    y1 = int(gd["year"])
    y2 = gd.get("yearb") or gd.get("yy")
    y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if len(gd.get("yearb") or "") != 4 and y2 < y1:
        y2 += 100  # "1999/00", "1999-2000" written short: the next century's
    if not y1 < y2 <= y1 + 30 or r_year(ctx, {"year": gd["year"]}, s, m.end("year")) is None:
        return None
    return [(m.start("year"), m.end("year"), str(y1), "year", "absolute"),
            (m.start("yearb") if gd.get("yearb") else m.start("yy"), e, str(y2), "year", "absolute")]


# ----------------------------------------------------------------------------------- anchored on earlier text

_REL = {"following": 1, "next": 1, "after": 1, "later": 0, "earlier": 0, "same": 0, "that": 0,
        "previous": -1, "preceding": -1, "before": -1, "prior": -1,
        "suivant": 1, "suivante": 1, "lendemain": 1, "veille": -1, "précédent": -1, "précédente": -1,
        "même": 0, "anterior": -1, "siguiente": 1, "después": 1, "antes": -1, "mismo": 0, "misma": 0,
        "víspera": -1, "darauf": 1, "danach": 1, "folgenden": 1, "zuvor": -1, "davor": -1, "vor": -1, "selben": 0, "diesem": 0,
        "jenem": 0, "jenen": 0, "jener": 0,
        "gleichen": 0, "nächsten": 1, "successivo": 1, "seguente": 1, "dopo": 1, "seguinte": 1, "posterior": 1,
        "следующий": 1, "التالي": 1}
_UNIT = {"quarter": "Q", "day": "D", "morning": "D", "evening": "D", "night": "D", "afternoon": "D", "week": "W", "month": "M",
         "year": "Y", "jour": "D", "semaine": "W", "mois": "M", "année": "Y", "an": "Y", "matin": "D", "soir": "D",
         "día": "D", "dia": "D", "jornada": "D", "semana": "W", "mes": "M", "año": "Y",
         "tag": "D", "woche": "W", "monat": "M", "jahr": "Y", "giorno": "D", "день": "D", "اليوم": "D"}


def r_that_unit(ctx, gd, s, e):
    """'later that year', 'that same day', 'the following year', 'the next morning', 'the day after', 'le
    lendemain', 'la veille', 'l'année suivante': relative to the last resolved date of the text, never the
    document date (value "" when no earlier mention has the needed precision)."""
    uw = _norm_word(gd.get("unit") or "")
    unit = _UNIT.get(uw, ctx.lang.that_units.get(uw))  # the language's own words: THAT_UNITS, THAT_RELS
    rel = _norm_word(gd.get("rel") or "that")
    if rel == "lendemain":
        unit, rel = "D", "next"
    elif rel in ("veille", "víspera"):
        unit = "D"
    off = _REL.get(rel, ctx.lang.that_rels.get(rel))
    if unit is None or off is None:
        return None
    if unit == "Q" and off and not (ctx.anchor is not None and ctx.anchor[1] == "quarter"):
        return None  # "el trimestre anterior" with no quarter told before it: counted from the text's date (a later rule)
    return shift_from_anchor(ctx, unit, off, s)


def shift_from_anchor(ctx, unit, off, s):
    """The last resolved date of the text shifted by `off` units ("D", "W", "M", "Q", "Y"): the value of "that
    year" (0), "the next day" (1), "two days later" (2); None when there is nothing to anchor on."""
    gran = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}[unit]
    anchor = ctx.anchor
    if anchor is None or s - ctx.last_end > 2000:
        return None  # nothing to anchor on: a generic "that day", not a date
    value, agran = anchor
    if unit == "Q":  # "that quarter": the quarter of the last dated mention
        if agran == "quarter" and off == 0:
            return value, gran, "anchored"
        if agran == "quarter" and re.fullmatch(r"\d{4}-Q[1-4]", value):  # "the previous quarter" after a quarter
            return "%d-Q%d" % shift_quarter(int(value[:4]), int(value[6]), off), gran, "anchored"
        if agran in ("day", "month") and off == 0:
            return "%d-Q%d" % quarter_of(dt.date(int(value[:4]), int(value[5:7]), 1)), gran, "anchored"
        return "", gran, "anchored"
    order = ("day", "week", "month", "year")
    if agran not in order or order.index(agran) > order.index(gran):
        if not (agran in ("quarter", "season", "half") and gran == "year"):
            if off:
                return "", gran, "anchored"  # "the next day" after a bare year: a date, but unresolved
            if unit == "D" and agran == "month":
                return value[:7] + "-XX", gran, "anchored"  # "that same day" in an October: 1998-10-XX
            return None  # "trades made that day" with no dated day before: a generic day, not a date
    try:
        if unit == "Y":
            return str(int(value[:4]) + off), gran, "anchored"
        if unit == "M":
            return ym(*add_months(int(value[:4]), int(value[5:7]), off)), gran, "anchored"
        if unit == "W":
            if agran == "week":
                d = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            else:
                d = dt.date.fromisoformat(value[:10])
            return iso_week(d + dt.timedelta(days=7 * off)), gran, "anchored"
        return ymd(dt.date.fromisoformat(value[:10]) + dt.timedelta(days=off)), gran, "anchored"
    except ValueError:
        return "", gran, "anchored"


def r_period_ended(ctx, gd, s, e):
    """'the quarter ended Sept. 30' -> the calendar quarter (or year) holding that date; the date itself is left
    for the next rule (only 'the quarter' becomes this mention)."""
    m = ctx.match
    month = _lookup(ctx.lang.months, gd.get("month"))
    day = int(re.match(r"\d+", gd["day"]).group()) if gd.get("day") else 1
    if month is None:
        return None
    year = _g(gd, "year")
    if year:
        y = int(year)
    elif ctx.ref is not None:
        # the year of the date that ends it, as that date is read ("the fiscal year ending March 31": the period still
        # running, unless told in the past; "ended": the last such day; a year the sentence gives)
        res = r_date(ctx, {"month": gd.get("month"), "day": gd.get("day")}, m.start("month"), e)
        y = int(res[0][:4]) if res and res[0][:4].isdigit() else None
        if y is None:
            d = safe_date(ctx.ref.year, month, day)
            y = ctx.ref.year if d is None or d <= ctx.ref else ctx.ref.year - 1
    else:
        y = ctx.doc_year
    unit = gd.get("unit").lower().split()[-1]
    gran = "year" if unit == "year" else "quarter"
    pe = m.end("unit")
    if y is None:
        return [(s, pe, "", gran, "anchored")]
    if gran == "year":
        return [(s, pe, str(y), gran, "anchored")]
    qy, q = quarter_of(dt.date(y, month, min(day, 28)) - dt.timedelta(days=45))  # the 3 months ending then
    return [(s, pe, "%d-Q%d" % (qy, q), gran, "anchored")]


# ----------------------------------------------------------------------------------- spelled-out years (en)

_UNITS_W = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS_W = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS_W = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
           "ninety": 90}


def r_spelled_year(ctx, gd, s, e):
    """'nineteen ninety-six', 'two thousand and one', 'January nineteen ninety-seven' (broadcast transcripts)."""
    if gd.get("thousand"):
        y = 2000 + (_UNITS_W.get((gd.get("tu") or "").lower(), 0) if gd.get("tu") else 0)
    else:
        hi = 19 if gd["cent"].lower() == "nineteen" else 18 if gd["cent"].lower() == "eighteen" else 20
        lo = gd.get("lo", "").lower().replace("-", " ").split()
        if not lo:
            return None
        n = _TEENS_W.get(lo[0]) or _TENS_W.get(lo[0])
        if n is None:
            return None
        if len(lo) > 1:
            u = _UNITS_W.get(lo[1])
            if u is None or n < 20:
                return None
            n += u
        y = hi * 100 + n
    if gd.get("month"):
        month = _lookup(ctx.lang.months, gd["month"])
        return ym(y, month), "month", "absolute"
    if gd.get("season"):
        se = _lookup(ctx.lang.seasons, gd["season"])
        return "%d-%s" % (y, se), "season", "absolute"
    return str(y), "year", "absolute"


def r_nth_week(ctx, gd, s, e):
    """'in der ersten Woche', 'der dritten Woche': the n-th week of a period that began on the last resolved day (or
    month) of the text ("Start war am 1. Juli. ... in der Woche darauf ... in der dritten Woche" -> the week of 1 July
    + 2), not counted from the weeks between; no mention without such a day, nor when the sentence of that day does
    not tell the start of a period (the language's PERIOD_START: "Am 5. Mai verunglückte ein Bergsteiger ... in der
    ersten Woche" is a week of some other span)."""
    n = _lookup(ctx.lang.ords, gd.get("ord"))
    anchor = ctx.day_anchor
    start = getattr(ctx.lang.mod, "PERIOD_START", None)
    if not n or n > 12 or anchor is None or start is None or s - anchor[2] > 2000:
        return None
    value, agran, end = anchor
    mod = ctx.lang.mod
    told = (getattr(mod, "sentence_before", sentence_before)(ctx.text, end, 200)
            + getattr(mod, "sentence_after", sentence_after)(ctx.text, end, 200))
    if not re.search(start, told, re.I):
        return None
    try:
        if agran == "day":
            d = dt.date.fromisoformat(value[:10])
        else:
            d = dt.date(int(value[:4]), int(value[5:7]), 1)
    except ValueError:
        return None
    return iso_week(d + dt.timedelta(days=7 * (n - 1))), "week", "anchored"


EXTRA_RESOLVERS = {
    "nth_week": r_nth_week,
    "range_days": r_range_days, "range_months": r_range_months, "range_years": r_range_years,
    "that_unit": r_that_unit, "period_ended": r_period_ended, "spelled_year": r_spelled_year,
}
