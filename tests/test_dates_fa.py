"""Persian dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/fa.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday
LANG = "fa"


def pairs(text, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=LANG, reference_date=ref)]


FOUND = [
    ("این قرارداد در ۱۴ فروردین ۱۴۰۳ امضا شد.", [("۱۴ فروردین ۱۴۰۳", "2024-04-02")]),  # Solar Hijri
    ("جلسه روز سه‌شنبه ۵ مه ۲۰۲۱ برگزار شد.", [("روز سه\u200cشنبه ۵ مه ۲۰۲۱", "2021-05-05")]),
    ("سال گذشته و دو سال پیش.", [("سال گذشته", "2023"), ("دو سال پیش", "2022")]),
    ("دیروز وزیر گفت.", [("دیروز", "2024-04-09")]),
    ("انقلاب در سال ۱۳۵۷ رخ داد.", [("سال ۱۳۵۷", "1978")]),
    ("ماه رمضان از ۱ رمضان ۱۴۴۵ آغاز شد.", [("۱ رمضان ۱۴۴۵", "2024-03-11")]),
]
TRAPS = [
    "او با تیر زده شد.",  # an arrow, not the month Tir
    "مهر مادری بی‌پایان است.",  # kindness, not the month Mehr
    "مه غلیظ بود.",  # fog, not May
    "۲۰۰۰ نفر در این مراسم شرکت کردند.",  # people, not a year
    "مریخ سیاره‌ای سرخ است.",  # Mars
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_dates_found(text, expected):
    got = pairs(text)
    for p in expected:
        assert p in got, got


@pytest.mark.parametrize("text", TRAPS)
def test_traps_are_not_dates(text):
    assert pairs(text) == [], pairs(text)
