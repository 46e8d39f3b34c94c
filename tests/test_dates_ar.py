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


@pytest.mark.parametrize("text, expected", [
    # ordinal days and centuries in words
    ("أُرسلت واحدة منهم إلى جورج واشنطن في السادس من يوليو 1776.", [("السادس من يوليو 1776", "1776-07-06")]),
    ("كانت أول قراءة عامة للوثيقة في الثامن من تموز 1776.", [("الثامن من تموز 1776", "1776-07-08")]),
    ("وقع الاتفاق في الحادي والعشرين من مارس 2019.", [("الحادي والعشرين من مارس 2019", "2019-03-21")]),
    ("لم تواجه هايتي مشاكل متعلقة بالمرض منذ القرن التاسع عشر.", [("القرن التاسع عشر", "18")]),
    ("أوضحت أبحاث القرن العشرين وجود مجموعتين.", [("القرن العشرين", "19")]),
    ("صُنعت في أوروبا في أواخر القرن الـ16.", [("أواخر القرن الـ16", "15")]),
    ("وخلال الثمانينيات من القرن الماضي، عمل في عروض.", [("الثمانينيات من القرن الماضي", "198")]),
    ("كان من المقرر أن يحل شوماخر المتقاعد في عام2006 محل ماسا.", [("عام2006", "2006")]),
    ("مع ذلك، ففي الوقت الراهن هناك فنانون.", [("الوقت الراهن", "PRESENT_REF")]),
])
def test_arabic_ordinals_centuries_decades_refs(text, expected):
    assert pairs(text) == expected


def test_arabic_future_prefix_only_at_a_word_start():
    """'استوائي' (tropical) holds the letters of the future prefix; it says nothing of the tense: Tuesday is past."""
    text = "ضعفت العاصفة بتأثير منخفض استوائي قبل أن تتبدد يوم الثلاثاء."
    assert pairs(text) == [("يوم الثلاثاء", "2024-04-09")]
    assert pairs("قال إن الاجتماع سيعقد يوم الجمعة.") == [("يوم الجمعة", "2024-04-12")]
