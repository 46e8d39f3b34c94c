"""English dates, business news (our own sentences):

A. "fall" the verb before a relative year after a modal, "to", a negation or a plural subject of quantity
("Unemployment is expected to fall next year", "Prices will fall this year", "if profits fall next year"): the year
alone, not the autumn; elsewhere "fall" is the season ("in fall next year", "well into fall next year", "in mid-fall
next year"), and so is "next fall", "fall 2009";
B. "a year earlier", "two years before" after a year or a month told in the sentence, the story's date, when the
sentence compares a figure or tells the past: counted back from that date (a month compared: the same month);
not after a year that is itself the figure compared with, nor one told in a side clause (between commas, or after
"which/who"), nor with no date before it in the sentence; a bare "from" (no figure after it) is no comparison."""
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


# B. "a year earlier" after a year or a month told in its sentence
@pytest.mark.parametrize("text,expected", [
    ("The company earned $5 million in 2009, up from $3 million a year earlier.",
     [("2009", "2009"), ("a year earlier", "2008")]),
    ("Profit rose to $2 billion in 2008 from $1.5 billion two years earlier.",
     [("2008", "2008"), ("two years earlier", "2006")]),
    ("The company earned $5 million in 2009, up from $3 million a year before.",
     [("2009", "2009"), ("a year before", "2008")]),
    # (a bare "from" is no comparison: the past tense gives the year)
    ("Sales in March 2009 rose 5 percent from a year earlier.", [("March 2009", "2009-03"), ("a year earlier", "2008")]),
    ("Output in May 2010 was 4.5 percent higher than a year earlier.",
     [("May 2010", "2010-05"), ("a year earlier", "2009-05")]),
    ("Inflation eased to 2 percent in April from 3.1 percent a year earlier.",
     [("April", "2010-04"), ("a year earlier", "2009-04")]),
    ("He was elected in 2008 after losing a race two years earlier.", [("2008", "2008"), ("two years earlier", "2006")]),
    ("The bank expects to earn $3 billion in 2011, up from $2 billion a year earlier.",
     [("2011", "2011"), ("a year earlier", "2010")]),
    ("Rates were cut in September, and rose a year earlier.", [("September", "2010-09"), ("a year earlier", "2009")]),
    # (kept: a quarter, no date before, a date in an earlier sentence, a comparison with "than", a compared year)
    ("The firm earned $5 million in the third quarter, up from $3 million a year earlier.",
     [("the third quarter", "2010-Q3"), ("a year earlier", "2009-Q3")]),
    ("Net income was $5 million, up from $3 million a year earlier.", [("a year earlier", "2009")]),
    ("The firm was founded in 2001. Sales rose 5 percent from a year earlier.", [("2001", "2001"), ("a year earlier", "2009")]),
    ("The plant opened in 2009, a year earlier than planned.", [("2009", "2009")]),
    ("Costs fell to 5.4% from 10.2% in 2007 and debt fell to $1m from $2m a year earlier.",
     [("2007", "2007"), ("a year earlier", "2009")]),
])
def test_year_earlier_after_told_year(text, expected):
    assert pairs(text) == expected


# review regressions: the season after any other word than a modal, "to", a negation or a quantity
@pytest.mark.parametrize("text,expected", [
    ("The fair returns in mid-fall next year.", [("mid-fall next year", "2011-FA")]),
    ("The strike could last well into fall next year.", [("fall next year", "2011-FA")]),
    ("The works will go on throughout fall next year.", [("fall next year", "2011-FA")]),
    ("The delay stretches toward fall next year.", [("fall next year", "2011-FA")]),
    ("Work continued over fall last year.", [("fall last year", "2009-FA")]),
    ("The museum reopens between fall next year and spring 2012.",
     [("fall next year", "2011-FA"), ("spring 2012", "2012-SP")]),
])
def test_fall_season_after_other_words(text, expected):
    assert pairs(text) == expected


# review regressions: a year or month in a side clause, or a bare "from", is no anchor of "a year earlier"
@pytest.mark.parametrize("text,expected", [
    ("The index, which was created in 2004, rose 5 percent from a year earlier.",
     [("2004", "2004"), ("a year earlier", "2009")]),
    ("The company, set up in 1990, said sales rose 4 percent from a year earlier.",
     [("1990", "1990"), ("a year earlier", "2009")]),
    ("The bank, which collapsed in 2008, said deposits at rivals rose from a year earlier.",
     [("2008", "2008"), ("a year earlier", "2009")]),
    ("Sales, which have tripled since 2005, rose 4 percent from a year earlier.",
     [("2005", "2005"), ("a year earlier", "2009")]),
    ("The carmaker, listed since 2001, said output fell from a year earlier.",
     [("2001", "2001"), ("a year earlier", "2009")]),
    ("The firm, incorporated in 1987, reported profit up 6 percent from a year earlier.",
     [("1987", "1987"), ("a year earlier", "2009")]),
    ("The lender, launched in 1999, said loans rose from a year earlier.", [("1999", "1999"), ("a year earlier", "2009")]),
    ("The retailer, opened in 1972, said sales rose from a year earlier.", [("1972", "1972"), ("a year earlier", "2009")]),
    ("Unemployment fell to 5 percent, down from a record high of 10.2 percent in 2003, and debt fell from $2 million "
     "a year earlier.", [("2003", "2003"), ("a year earlier", "2009")]),
    ("In a report in June, the agency said exports rose 5 percent from a year earlier.",
     [("June", "2010-06"), ("a year earlier", "2009")]),
])
def test_year_earlier_side_clause(text, expected):
    assert pairs(text) == expected
