"""Russian dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/ru.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday
LANG = "ru"


def pairs(text, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=LANG, reference_date=ref)]


FOUND = [
    ("Договор был подписан 5 мая 2021 года в Москве.", [("5 мая 2021 года", "2021-05-05")]),
    ("В мае 2020 года началась пандемия.", [("мае 2020 года", "2020-05")]),
    ("В прошлом году цены выросли.", [("прошлом году", "2023")]),
    ("Три года назад завод закрылся.", [("Три года назад", "2021")]),
    ("Через два месяца пройдут выборы.", [("Через два месяца", "2024-06")]),
    ("Вчера министр заявил об этом.", [("Вчера", "2024-04-09")]),
    ("В 1990-е годы страна изменилась.", [("1990-е годы", "199")]),
    ("В первом квартале 2020 года ВВП упал.", [("первом квартале 2020 года", "2020-Q1")]),
]
TRAPS = [
    "Мая Плисецкая танцевала в Большом театре.",  # Maya, a name, is also the genitive of May
    "Марс — четвёртая планета Солнечной системы.",  # Mars
    "На митинг пришли 2000 человек.",  # people, not a year
    "Строительство заняло два года.",  # a duration
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
    ("Кафе на углу открылось год назад.", [("год назад", "2023")]),
    ("Река не выходила из берегов с начала 19 века.", [("начала 19 века", "18")]),
    ("Раскопки, которые велись в двадцатом веке, дали мало находок.", [("двадцатом веке", "19")]),
    ("Через два года после открытия завода в городе построили новую школу.", []),  # after the opening, not from today
    ("Выборы пройдут через два года.", [("через два года", "2026")]),
])
def test_russian_ago_centuries_and_narrative_intervals(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a range of months of this year, the dative of a year, the beginning and the end of a month
    ("Летняя выставка скульптур продлится с июня по август этого года.",
     [("июня", "2024-06"), ("август этого года", "2024-08")]),
    ("Новые трамваи город обещает получить к следующему году.", [("следующему году", "2025")]),
    ("Подрядчик закончил ремонт моста к началу февраля.", [("началу февраля", "2024-02")]),
    ("По состоянию на конец марта долги по зарплате за июль 2020 года не погашены.",
     [("конец марта", "2024-03"), ("июль 2020 года", "2020-07")]),
    # traps: "конец" and "начало" of something else
    ("Конец фильма был скучным.", []),
    ("Начало концерта задержали.", []),
])
def test_months_after_their_beginning_or_end_ranges_and_the_dative(text, expected):
    assert pairs(text) == expected, pairs(text)


@pytest.mark.parametrize("text, expected", [
    # the adjective after a month is the year's: "в январе прошлого года" is January of last year, not last January
    ("В январе прошлого года он ушёл из клуба.", [("январе прошлого года", "2023-01")]),
    ("В январе следующего года откроют мост.", [("январе следующего года", "2025-01")]),
    ("В январе этого года он ушёл из клуба.", [("январе этого года", "2024-01")]),
    # a year written after its adjective: the year written ("в прошлом 2017 году" is 2017, not "в прошлом", the past)
    ("Он перешёл в клуб в январе прошлого 2017 года.", [("январе прошлого 2017 года", "2017-01")]),
    ("В прошлом 2019 году выручка выросла.", [("прошлом 2019 году", "2019")]),
    ("В текущем 2024 году ожидается рост.", [("текущем 2024 году", "2024")]),
    ("В минувшем 2023 году было 200 пожаров.", [("минувшем 2023 году", "2023")]),
    ("5 марта прошлого 2023 года суд вынес приговор.", [("5 марта прошлого 2023 года", "2023-03-05")]),
    # "в прошлом" alone is still the past
    ("В прошлом он был учителем.", [("прошлом", "PAST_REF")]),
])
def test_the_adjective_of_a_year(text, expected):
    assert pairs(text) == expected
