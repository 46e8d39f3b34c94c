"""Turkish dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/tr.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from .dates_lang import found_and_traps, pairs_for

REF = dt.date(2024, 4, 10)  # a Wednesday
LANG = "tr"


pairs = pairs_for(LANG, REF)


FOUND = [
    ("Anlaşma 5 Mayıs 2021 tarihinde Ankara'da imzalandı.", [("5 Mayıs 2021 tarihinde", "2021-05-05")]),
    ("Mart 2020'de salgın başladı.", [("Mart 2020", "2020-03")]),
    ("Geçen yıl enflasyon yükseldi.", [("Geçen yıl", "2023")]),
    ("Üç yıl önce fabrika kapandı.", [("Üç yıl önce", "2021")]),
    ("Dün açıklama yapıldı; yarın toplantı yapılacak.", [("Dün", "2024-04-09"), ("yarın", "2024-04-11")]),
    ("Pazar günü seçim var.", [("Pazar günü", "2024-04-07")]),
    ("1990'lı yıllarda ekonomi büyüdü.", [("1990'lı yıllar", "199")]),
    ("2019 yılında büyüme yavaşladı.", [("2019 yılında", "2019")]),
]
TRAPS = [
    "Pazar çok kalabalıktı.",  # the market, not Sunday
    "Mutfaktaki ocak yanıyordu.",  # a stove, not January
    "Tarlada ekim zamanı geldi.",  # sowing, not October
    "Mars kırmızı bir gezegendir.",  # Mars
    "Kazada 2000 kişi etkilendi.",  # people, not a year
]


test_dates_found, test_traps_are_not_dates = found_and_traps(pairs, FOUND, TRAPS)


@pytest.mark.parametrize("text, expected", [
    # the year before the month names it: "geçen yılın mart ayında" is March of last year, one mention
    ("Geçen yılın mart ayında öldü.", [("Geçen yılın mart ayında", "2023-03")]),
    ("Geçen yıl mart ayında öldü.", [("Geçen yıl mart ayında", "2023-03")]),
    ("Bu yılın mart ayında öldü.", [("Bu yılın mart ayında", "2024-03")]),
    ("Önümüzdeki yıl ocak ayında seçim var.", [("Önümüzdeki yıl ocak ayında", "2025-01")]),
    ("Geçen yıl çok yağmur yağdı.", [("Geçen yıl", "2023")]),
])
def test_a_month_of_the_year_named_before_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a past verb ending the clause after a year-less date: the last one (said 10 April 2024; July is close ahead)
    ("3 Temmuz'da meclis toplandı.", [("3 Temmuz", "2023-07-03")]),
    ("Temmuz'da yasa yürürlüğe girdi.", [("Temmuz", "2023-07")]),
    ("Temmuz'da yasa yürürlüğe girmiştir.", [("Temmuz", "2023-07")]),
    # the future, or a future verb before a past one of saying: the coming one
    ("Temmuz'da yasa yürürlüğe girecek.", [("Temmuz", "2024-07")]),
    ("Temmuz'da yapılacak seçimleri konuştu.", [("Temmuz", "2024-07")]),
    ("Temmuz'da şirket fabrika açtı.", [("Temmuz", "2023-07")]),
    # a noun with its possessive, or "kadın", ending a headline is no past verb
    ("Temmuz'da büyük indirim fırsatı.", [("Temmuz", "2024-07")]),
    ("Temmuz'da İstanbul'da bir kadın.", [("Temmuz", "2024-07")]),
])
def test_the_verb_ending_the_clause_after_a_date(text, expected):
    assert pairs(text) == expected
