"""Persian dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/fa.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from .dates_lang import found_and_traps, pairs_for

REF = dt.date(2024, 4, 10)  # a Wednesday
LANG = "fa"


pairs = pairs_for(LANG, REF)


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


test_dates_found, test_traps_are_not_dates = found_and_traps(pairs, FOUND, TRAPS)


@pytest.mark.parametrize("text, expected", [
    # a Solar month of a Solar year: the Gregorian month holding most of it (the month of its 16th day)
    ("او در اسفند ۱۳۹۸ درگذشت.", [("اسفند ۱۳۹۸", "2020-03")]),  # 20 February - 19 March 2020
    ("او در فروردین ۱۴۰۳ به دنیا آمد.", [("فروردین ۱۴۰۳", "2024-04")]),  # 20 March - 19 April 2024
    ("در مهر ماه ۱۴۰۲ باران آمد.", [("مهر ماه ۱۴۰۲", "2023-10")]),  # 23 September - 22 October 2023
])
def test_a_solar_month_is_the_gregorian_month_holding_most_of_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # said on 15 June 2020 (26 Khordad 1399): a Solar month of the Solar year named, or the one nearest
    ("او در اسفند سال گذشته درگذشت.", [("اسفند سال گذشته", "2020-03")]),  # Esfand 1398
    ("انتخابات در خرداد سال آینده برگزار می‌شود.", [("خرداد سال آینده", "2021-06")]),  # Khordad 1400
    ("او در آبان پارسال درگذشت.", [("آبان پارسال", "2019-11")]),  # Aban 1398
    ("او در اسفند گذشته درگذشت.", [("اسفند گذشته", "2020-03")]),  # the last Esfand
    ("در مهر ماه باران آمد.", [("مهر ماه", "2019-10")]),  # told in the past: the last Mehr
    ("در مهر ماه باران خواهد آمد.", [("مهر ماه", "2020-10")]),  # told of the future: the next one
    ("با مهر و محبت آمد.", []),  # "مهر", kindness, is no month
])
def test_a_solar_month_without_its_year(text, expected):
    assert pairs(text, ref=dt.date(2020, 6, 15)) == expected


def test_last_solar_month_said_inside_it_and_references_out_of_range():
    # said on 1 March 2024 (11 Esfand 1402): the last Esfand is 1401's (2023-03), not the one under way
    assert pairs("او در اسفند گذشته درگذشت.", ref=dt.date(2024, 3, 1)) == [("اسفند گذشته", "2023-03")]
    # a reference date the Solar calendar cannot hold: the mention without a value, no error
    assert pairs("او در اسفند گذشته درگذشت.", ref=dt.date(9999, 12, 31)) == [("اسفند گذشته", "")]
    assert pairs("او در ۱۵ اسفند درگذشت.", ref=dt.date(1, 1, 1)) == [("۱۵ اسفند", "")]
