"""Dutch dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/nl.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from .dates_lang import found_and_traps, pairs_for

REF = dt.date(2024, 4, 10)  # a Wednesday
LANG = "nl"


pairs = pairs_for(LANG, REF)


FOUND = [
    ("Het verdrag werd op 5 mei 2021 in Den Haag getekend.", [("5 mei 2021", "2021-05-05")]),
    ("Vorige week en afgelopen maandag regende het.", [("Vorige week", "2024-W14"), ("afgelopen maandag", "2024-04-08")]),
    ("Drie jaar geleden sloot de fabriek.", [("Drie jaar geleden", "2021")]),
    ("In maart 2020 ging het land op slot.", [("maart 2020", "2020-03")]),
    ("Het eerste kwartaal van 2020 was slecht.", [("Het eerste kwartaal van 2020", "2020-Q1")]),
    ("Gisteren zei de minister dat het kabinet morgen beslist.", [("Gisteren", "2024-04-09"), ("morgen", "2024-04-11")]),
    ("Begin 2020 was het koud.", [("Begin 2020", "2020")]),
]
TRAPS = [
    "De planeet Mars is rood.",  # Mars is the planet in Dutch (March is "maart")
    "De zon scheen de hele dag.",  # "zon" is the sun, not Sunday (zondag)
    "Hij betaalde 2000 euro voor de fiets.",  # a sum
    "Het duurde twee jaar.",  # a duration
]


test_dates_found, test_traps_are_not_dates = found_and_traps(pairs, FOUND, TRAPS)


@pytest.mark.parametrize("text, expected", [
    # a month followed by the year it belongs to: the month of that year, not the coming or the last one
    ("In januari vorig jaar overleed hij.", [("januari vorig jaar", "2023-01")]),
    ("In januari van vorig jaar overleed hij.", [("januari van vorig jaar", "2023-01")]),
    ("In maart van dit jaar overleed hij.", [("maart van dit jaar", "2024-03")]),
    ("In maart volgend jaar komen er verkiezingen.", [("maart volgend jaar", "2025-03")]),
])
def test_a_month_of_the_year_named_after_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb right after a fronted year-less date (V2) in the past: the last such month or day (said 10 April 2024)
    ("In juli is de wet in werking getreden.", [("juli", "2023-07")]),
    ("Op 3 juli kwam de raad bijeen.", [("3 juli", "2023-07-03")]),
    ("In juli verhuisde hij naar Gent.", [("juli", "2023-07")]),
    # the present: the coming one, as before ("is" without a participle is no perfect)
    ("In juli verhuist hij naar Gent.", [("juli", "2024-07")]),
    ("Op 3 juli is de vergadering in Utrecht.", [("3 juli", "2024-07-03")]),
    ("Halverwege juni worden de resultaten bekend.", [("Halverwege juni", "2024-06")]),
])
def test_the_verb_after_a_fronted_date(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no past: a participle of plan or state, a noun of a participle's shape, an ordinal (said 10 April 2024)
    ("Op 3 juli is de vergadering gepland.", [("3 juli", "2024-07-03")]),
    ("In juli is het museum gesloten.", [("juli", "2024-07")]),
    ("Op 3 juli is er een debat over gezondheid.", [("3 juli", "2024-07-03")]),
    ("Op 3 juli tweede ronde van de verkiezingen.", [("3 juli", "2024-07-03")]),
    ("In juli zevende editie van het festival.", [("juli", "2024-07")]),
    ("Op 3 juli is hij geboren.", [("3 juli", "2023-07-03")]),  # the perfect: past
])
def test_what_is_no_past_after_a_fronted_date(text, expected):
    assert pairs(text) == expected
