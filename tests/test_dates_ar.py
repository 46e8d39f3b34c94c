"""Arabic dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/ar.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday
LANG = "ar"


def pairs(text, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=LANG, reference_date=ref)]


FOUND = [
    ("وقع الاتفاق في 5 مايو 2021 في القاهرة.", [("5 مايو 2021", "2021-05-05")]),
    ("وقع الاتفاق في ٥ أيار ٢٠٢١ في دمشق.", [("٥ أيار ٢٠٢١", "2021-05-05")]),  # Eastern Arabic digits
    ("بدأ الصيام في 1 رمضان 1445 هـ.", [("1 رمضان 1445 هـ", "2024-03-11")]),  # lunar Hijri
    ("قال أمس إن الاجتماع سيعقد يوم الجمعة المقبل.", [("أمس", "2024-04-09"), ("يوم الجمعة المقبل", "2024-04-12")]),
    ("ارتفعت الأسعار العام الماضي وقبل عامين.", [("العام الماضي", "2023"), ("قبل عامين", "2022")]),
    ("عقد المؤتمر في شهر مارس الماضي.", [("شهر مارس الماضي", "2024-03")]),
    ("قتل 2000 شخص في عام 2019.", [("عام 2019", "2019")]),
]
TRAPS = [
    "مارس الضغط على الحكومة لسنوات.",  # "practised": a verb spelled like March
    "انتهت المباراة بثلاثة أهداف مقابل صفر.",  # zero, not the month Safar
    "رجب طيب أردوغان رئيس تركيا.",  # a first name, not the month Rajab
    "أدى المصلون صلاة الجمعة.",  # the Friday prayer, not a date
    "المريخ كوكب أحمر.",  # Mars
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_dates_found(text, expected):
    got = pairs(text)
    for p in expected:
        assert p in got, got


@pytest.mark.parametrize("text", TRAPS)
def test_traps_are_not_dates(text):
    assert pairs(text) == [], pairs(text)
