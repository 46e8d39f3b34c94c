"""English dates, business news (our own sentences):

A. "fall" the verb before a relative year ("Unemployment is expected to fall next year", "Prices will fall this
year", "if profits fall next year"): the year alone, not the autumn; "fall" after "the", a preposition or a copula
("the fall of next year", "in fall next year", "The vote is fall next year"), or at the head of a clause, is the
season, and so is "next fall", "fall 2009"."""
import datetime as dt

import pytest

from tests.dates_lang import pairs_for

REF = dt.date(2010, 11, 10)  # a Wednesday
pairs = pairs_for("en", REF)


# A. the verb "fall" before a relative year
@pytest.mark.parametrize("text,expected", [
    ("Unemployment is expected to fall next year.", [("next year", "2011")]),
    ("Prices will fall this year, the central bank said.", [("this year", "2010")]),
    ("Home values could fall next year as rates climb.", [("next year", "2011")]),
    ("Oil prices didn't fall last year.", [("last year", "2009")]),
    ("Rents won't fall this year, agents say.", [("this year", "2010")]),
    ("Interest rates will likely fall next year.", [("next year", "2011")]),
    ("If profits fall next year, jobs will go.", [("next year", "2011")]),
    ("House prices fall this year for a third time.", [("this year", "2010")]),
    ("A fall next year would hurt exporters.", [("next year", "2011")]),
    ("Prices Will Fall Next Year, Bank Says", [("Next Year", "2011")]),
    ("Profits will fall this year and rise next year.", [("this year", "2010"), ("next year", "2011")]),
])
def test_fall_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The book comes out in the fall of next year.", [("the fall of next year", "2011-FA")]),
    ("Classes begin in fall next year.", [("fall next year", "2011-FA")]),
    ("The deal should close by fall next year.", [("fall next year", "2011-FA")]),
    ("Work was delayed until fall next year.", [("fall next year", "2011-FA")]),
    ("The vote is fall next year.", [("fall next year", "2011-FA")]),
    ("Fall next year, the school opens.", [("Fall next year", "2011-FA")]),
    ("The talks will resume in fall of next year.", [("fall of next year", "2011-FA")]),
    ("He left the company last fall.", [("last fall", "2009-FA")]),
    ("The plant will open next fall.", [("next fall", "2011-FA")]),
    ("They married in the fall of 2008.", [("the fall of 2008", "2008-FA")]),
    ("The school opened in fall 2009.", [("fall 2009", "2009-FA")]),
    ("The museum will reopen in the spring of next year.", [("the spring of next year", "2011-SP")]),
    ("Spring next year will be busy.", [("Spring next year", "2011-SP")]),
])
def test_fall_season(text, expected):
    assert pairs(text) == expected
