"""French dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/fr.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2020, 6, 15)  # a Monday


def pairs(text, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang="fr", reference_date=ref)]


@pytest.mark.parametrize("text, expected", [
    # the end of the year ahead; "à ce jour" (so far) after a past date is no day
    ("La nouvelle piscine municipale devrait ouvrir ses portes avant la fin de l'année.",
     [("la fin de l'année", "2020")]),
    ("Une station météo du Finistère a mesuré le 25 janvier la plus forte rafale enregistrée à ce jour.",
     [("le 25 janvier", "2020-01-25")]),  # "à ce jour" is "so far", not a day
    # "ce jour-là": the day of the last date in the text, not the text's own
    ("Le 3 mai, le fleuve a débordé. Ce jour-là, il pleuvait.", [("Le 3 mai", "2020-05-03"), ("Ce jour-là", "2020-05-03")]),
    ("Au début de l'année, les ventes ont baissé.", [("Au début de l'année", "2020")]),
    # traps: "l'année" of something else, a "ce jour-là" with no date before it
    ("À la fin de l'année de sa mort, le livre parut.", []),
    ("Ce jour-là, il pleuvait.", []),
])
def test_the_end_of_the_year_so_far_and_that_day(text, expected):
    assert pairs(text) == expected, pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a month followed by the year it belongs to, with or without "de": the month of that year
    ("En mars l'an dernier, il est mort.", [("mars l'an dernier", "2019-03")]),
    ("En mars de l'an dernier, il est mort.", [("mars de l'an dernier", "2019-03")]),
    ("En mars l'an prochain, il y aura des élections.", [("mars l'an prochain", "2021-03")]),
    ("Depuis mars l'année passée, il pleut.", [("mars l'année passée", "2019-03")]),
    ("En janvier dernier, il est mort.", [("janvier dernier", "2020-01")]),  # the last January
])
def test_a_month_of_the_year_named_after_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the future right after a year-less date that opens its clause: the coming one (said on 15 June 2020)
    ("En mars, la loi entrera en vigueur.", [("mars", "2021-03")]),
    ("Le 3 mars, le conseil se réunira.", [("Le 3 mars", "2021-03-03")]),
    ("En février, les élections auront lieu.", [("février", "2021-02")]),
    ("Cet hiver, il fera froid.", [("Cet hiver", "2020-WI")]),
    # the past, in the clause the date opens: the last one, even when the next one is close ahead (July, August)
    ("En juillet, la loi est entrée en vigueur.", [("juillet", "2019-07")]),
    ("En août, le choléra a tué des milliers de personnes.", [("août", "2019-08")]),
    ("En juillet, la loi entrera en vigueur.", [("juillet", "2020-07")]),
    # a name ending like a future is no future ("Ferreira", "Pereira"): the past verb after it decides
    ("En juillet, Ferreira a signé au club.", [("juillet", "2019-07")]),
])
def test_the_verb_after_a_year_less_date(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive past right before the date: the last such day or month, said in June
    ("Le premier exemplaire du traité a été expédié au maire de Lyon le 6 juillet.", "2019-07-06"),
    ("Les premières coupures d'eau ont été signalées fin juillet.", "2019-07"),
    # ... not a date set or moved, nor one given "pour"
    ("La réunion a été reportée au 6 juillet.", "2020-07-06"),
    ("Le vote a été fixé au 6 juillet.", "2020-07-06"),
    ("Il a été convoqué pour le 6 juillet.", "2020-07-06"),
])
def test_passive_past_before_a_year_less_date(text, expected):
    got = [m.value for m in extract_dates(text, lang="fr", reference_date=dt.date(2020, 6, 15))]
    assert got == [expected], got
