"""What Chinese and Japanese share for the date extractor: numbers written in characters, read as figures where they
count time.

Both write a date as numbers each followed by its unit ("2021年5月7日"), in figures or in characters ("二〇二一年",
"五月七日", "十一月"). A module's `scan_text` (see viz.dates.engine) reads full-width figures as ASCII ones, and a run
of number characters as figures only where it counts time: before a unit ("三年前", "十一月", "第一季度" after 第),
as a day after its month ("五月七日"), after a weekday's name ("星期一"), or as the four digits of a year. So
"十一月" is scanned as "十1月" and "二十五日" (after a month) as "2十5日", while "一日三餐" (three meals a day) and
"有朝一日" (one day) keep their characters and are no dates. Word lists are written as the text is, and put in
their scanned form by `scanned_keys`, which applies the same reading to them."""
from __future__ import annotations

import re

_FIGURES = "０１２３４５６７８９"
_NUMBER_CHARS = "〇一二三四五六七八九零"
_TABLE = {ord(c): ord("0") + i % 10 for i, c in enumerate(_FIGURES + _NUMBER_CHARS)}
_FULL_WIDTH = {ord(c): ord("0") + i for i, c in enumerate(_FIGURES)}
# a run of number characters (十 included; not the 四 of 四半期, the Japanese quarter)
_RUN = re.compile(r"(?:(?!四半期)[〇一二三四五六七八九十零])+")
_YEAR_RUN = re.compile(r"[〇一二三四五六七八九零]{4}")
# the day of a month: "五月七日", "三月五号"
_DAY_AFTER_MONTH = re.compile(r"\s*[日号號]")
_WEEKDAY_NAMES = ("星期", "礼拜", "禮拜", "周", "週", "第")


def number_scanner(units: str):
    """A `scan_text` for a language whose units of time are the regex `units` (what may follow a count of them)."""
    unit_after = re.compile(r"\s*(?:" + units + ")")

    def scan_text(text: str) -> str:
        text = text.translate(_FULL_WIDTH)
        out = None
        for m in _RUN.finditer(text):
            s, e = m.span()
            run = m.group()
            if run == "十":
                continue  # nothing to read as a figure ("十月" is in the word lists as written)
            before = text[max(0, s - 2):s]
            if (unit_after.match(text, e) or before.endswith(_WEEKDAY_NAMES) or _YEAR_RUN.fullmatch(run)
                    or (before.rstrip().endswith("月") and _DAY_AFTER_MONTH.match(text, e))):
                if out is None:
                    out = list(text)
                out[s:e] = run.translate(_TABLE)
        return text if out is None else "".join(out)

    return scan_text


def scanned_keys(table: dict, scan_text) -> dict:
    """A word list as `scan_text` reads its words in a text ("星期一" -> "星期1"; "一昨日" stays)."""
    return {scan_text(k): v for k, v in table.items()}


# the numbers 10-99 in characters, as scanned: "十" 10, "十1" 11, "2十" 20, "2十5" 25
TENS = ({"十": 10} | {"十%d" % i: 10 + i for i in range(1, 10)} | {"%d十" % t: 10 * t for t in range(2, 10)}
        | {"%d十%d" % (t, i): 10 * t + i for t in range(2, 10) for i in range(1, 10)})
# a day of the month in characters (10-31), longest first
DAY_WORDS = "|".join(sorted((k for k, v in TENS.items() if v <= 31), key=len, reverse=True))
# the months in figures ("3月", "03月", with a space: "3 月") and characters ("十一月", scanned "十1月")
MONTHS = ({"%d月" % n: n for n in range(1, 13)} | {"0%d月" % n: n for n in range(1, 10)}
          | {"%d 月" % n: n for n in range(1, 13)} | {"十月": 10, "十1月": 11, "十2月": 12})
# the years of an era (viz.dates.calendars.ERAS): in figures, in characters ("三十八", scanned "3十8") or "元" (the first)
ERA_YEAR = r"(?P<eyear>\d{1,3}|元|(?P<eyearw>[1-9]?十[1-9]?))"
