"""Texts dated by their year only (``extract_dates(reference_year=...)``, the UN General Debate speeches): what the
year alone settles gets a value, what needs the day of the telling gets none. From a hand audit of 300 UNGDC
mentions (fifth session's reference_year): the values it gave were right 0.81 of the time, wrong mostly where the
year alone could not say. Sentences are our own."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

YEAR = 1990


def by_year(text, year=YEAR):
    return [(m.text, m.value) for m in extract_dates(text, lang="en", reference_year=year)]


def by_day(text, day=dt.date(YEAR, 9, 25)):
    return [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=day)]


# A month, a day, a quarter, a half, a season or a feast with "this/last/next year" names its year from the reference
# year (left empty before); "this December", "this summer" likewise
@pytest.mark.parametrize("text, expected", [
    ("The floods of May this year destroyed the harvest.", [("May this year", "1990-05")]),
    ("The accord was signed on 4 April last year in Lusaka.", [("4 April last year", "1989-04-04")]),
    ("The conference will convene in March next year.", [("March next year", "1991-03")]),
    ("Exports fell in the first half of this year.", [("the first half of this year", "1990-H1")]),
    ("Exports fell in the first quarter of last year.", [("the first quarter of last year", "1989-Q1")]),
    ("Talks resumed in the autumn of last year.", [("the autumn of last year", "1989-FA")]),
    ("The plant will open in the spring of next year.", [("the spring of next year", "1991-SP")]),
    ("The ceasefire held at Christmas last year.", [("Christmas last year", "1989-12-25")]),
    ("The summit will take place in Montreal this December.", [("this December", "1990-12")]),
    ("This summer the rains failed again.", [("This summer", "1990-SU")]),
])
def test_a_year_written_beside_a_date_takes_the_reference_year(text, expected):
    assert by_year(text) == expected
    assert by_day(text) == expected  # the same as with the day of the telling


# ... but "last December", "next March" depend on the month of the telling, which the year does not give
@pytest.mark.parametrize("text, word", [
    ("Last December the rains failed.", "Last December"),
    ("The meeting will be held next March.", "next March"),
    ("Prices rose yesterday.", "yesterday"),
])
def test_what_needs_the_day_of_the_telling_stays_empty(text, word):
    assert by_year(text) == [(word, "")]
    assert by_day(text)[0][1] != ""


# "the past year", "this past year", "the last year": the twelve months up to the telling, no calendar year without
# its day (with the day, TimeML's year before, as "last year"); "last year" alone is the year before either way
@pytest.mark.parametrize("text, word", [
    ("Over the past year the Organization has faced many crises.", "the past year"),
    ("During the last year, our region has suffered three floods.", "the last year"),
    ("We thank the President for his guidance this past year.", "this past year"),
])
def test_the_past_year_is_no_calendar_year_without_the_day(text, word):
    assert by_year(text) == [(word, "")]
    assert by_day(text) == [(word, "1989")]


def test_last_year_alone_is_the_year_before():
    assert by_year("Last year the Assembly adopted the declaration.") == [("Last year", "1989")]
    assert by_year("The past years were hard.") == [("The past years", "PAST_REF")]


# "the year" told by its own clause ("the year that has gone by", "the year in which", "the year ahead") is no date
@pytest.mark.parametrize("text, expected", [
    ("The year that has gone by since the last session was hard.", []),
    ("We look forward to the year ahead with hope.", []),
    ("We remember 1948, the year in which the Declaration was adopted.", [("1948", "1948")]),
    ("The year which has elapsed since Helsinki brought little.", []),
    # traps: the year of the telling
    ("Earlier in the year, prices rose.", [("the year", "1990")]),
    ("Profits rose sharply for the year.", [("the year", "1990")]),
])
def test_the_year_told_by_its_clause(text, expected):
    assert by_year(text) == expected
    assert by_day(text) == expected


# a half of a century, a decade or a match is no half-year
@pytest.mark.parametrize("text, expected", [
    ("During its first half-century the Organization grew.", []),
    ("In the second half of the twentieth century, many nations became free.", [("the twentieth century", "19")]),
    ("In the first half of the match the visitors scored twice.", []),
    # traps: halves of a year
    ("In the second half, profits rose.", [("the second half", "1990-H2")]),
    ("In the second half of the year, profits rose.", [("the second half of the year", "1990-H2")]),
    ("First-half profits rose.", [("First-half", "1990-H1")]),
])
def test_a_half_of_something_else(text, expected):
    assert by_day(text) == expected


# "September 11" before the attacks' nouns names the day of 2001, as "9/11" does; any other September 11 is a date
# like any other
@pytest.mark.parametrize("text, expected", [
    ("Three years after the 11 September attacks, the threat remains.", [("11 September", "2001-09-11")]),
    ("The September 11 attacks changed everything.", [("September 11", "2001-09-11")]),
    ("Families met the Sept. 11 commission in Washington.", [("Sept. 11", "2001-09-11")]),
    ("Since the September 11, 2001 attacks, the world changed.", [("September 11, 2001", "2001-09-11")]),
    # traps: that day of the year; one attack (review)
    ("The vote was held on September 11.", [("September 11", "2004-09-11")]),
    ("On September 11 memorial services were held across the country.", [("September 11", "2004-09-11")]),
    ("On Sept. 11 militants attacked a police post in the north.", [("Sept. 11", "2004-09-11")]),
    ("The vote will be held on 11 September, officials said.", [("11 September", "2004-09-11")]),
])
def test_september_11_before_the_attacks(text, expected):
    assert by_year(text, 2004) == expected
    assert by_day(text, dt.date(2004, 9, 25)) == expected


# A late month (October to December) told in the past, in a text dated by its year only, is last year's: only a text
# written in its last weeks could tell it as past within its own year. Earlier months, a future, and a year the text
# writes keep the year as before
@pytest.mark.parametrize("text, expected", [
    ("In December, the Council adopted a resolution on the matter.", [("December", "1992-12")]),
    ("Another milestone was reached in November, when the treaty entered into force.", [("November", "1992-11")]),
    ("On 8 October, the rebels attacked the capital.", [("8 October", "1992-10-08")]),
    # traps
    ("In March, the Council adopted a resolution on the matter.", [("March", "1993-03")]),
    ("The conference will be held in December.", [("December", "1993-12")]),
    ("In 1990, in December, the Council met.", [("1990", "1990"), ("December", "1990-12")]),
    # ... and a plan told in the past (the past verb is not the date's: review)
    ("We agreed to meet again in December.", [("December", "1993-12")]),
    ("The summit, planned for October, was postponed.", [("October", "1993-10")]),
    ("The President said in July that in December the parliament would vote.", [("July", "1993-07"),
                                                                                 ("December", "1993-12")]),
    # a year in brackets before "of" names the date's year ("resolution 436 (1978) of 6 October")
    ("The Council adopted resolution 812 (1993) of 12 November.", [("1993", "1993"), ("12 November", "1993-11-12")]),
])
def test_a_late_month_told_in_the_past(text, expected):
    assert by_year(text, 1993) == expected
