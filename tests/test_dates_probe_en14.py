"""English dates, business news (our own sentences):

A. "fall" the verb before a relative year only after a modal, a negated modal or do, or "expected/likely/set to"
("Unemployment is expected to fall next year", "Prices will fall this year", "Rents won't fall this year"): the year
alone, not the autumn; elsewhere "fall" is the season ("in fall next year", "well into fall next year", "in mid-fall
next year"), and so is "next fall", "fall 2009";
B. "a year earlier", "two years before" after a year or a month told in the sentence, the story's date, when the
sentence compares a figure: counted back from that date (a month compared: the same month); only after a year
or month that dates the figure ("in/during/for 2009", "last year"; not "since 2005", "Unlike in 2007", "created in
2004", "the 1998 law", nor across "and"); not after a year that is itself the figure compared with, nor one told in
a side clause (between commas, or after "which/who"); a bare "from" (no figure after it) is no comparison."""
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
    ("Output in May 2010 was 4.5 percent higher than a year earlier.",
     [("May 2010", "2010-05"), ("a year earlier", "2009-05")]),
    ("Inflation eased to 2 percent in April from 3.1 percent a year earlier.",
     [("April", "2010-04"), ("a year earlier", "2009-04")]),
    ("The bank expects to earn $3 billion in 2011, up from $2 billion a year earlier.",
     [("2011", "2011"), ("a year earlier", "2010")]),
    ("Rates were cut in September, and rose a year earlier.", [("September", "2010-09"), ("a year earlier", "2009")]),
    # (kept: a quarter, no date before, a date in an earlier sentence, a comparison with "than", a compared year)
    ("The firm earned $5 million in the third quarter, up from $3 million a year earlier.",
     [("the third quarter", "2010-Q3"), ("a year earlier", "2009-Q3")]),
    ("Net income was $5 million, up from $3 million a year earlier.", [("a year earlier", "2009")]),
    ("The firm was founded in 2001. Sales rose 5 percent from a year earlier.", [("2001", "2001"), ("a year earlier", "2009")]),
    ("The plant opened in 2009, a year earlier than planned.", [("2009", "2009")]),
    ("Costs fell to 6.3% from 9.8% in 2007 and debt fell to $1m from $2m a year earlier.",
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


# second-review regressions: "fall" before a relative year is the season unless a modal, a negated modal or do,
# or "expected/likely/set ... to" stands right before it (the goal of a move, an adverb, a contrast, a noun)
@pytest.mark.parametrize("text,expected", [
    ("The concert was moved to fall next year.", [("fall next year", "2011-FA")]),
    ("The launch got pushed back to fall next year.", [("fall next year", "2011-FA")]),
    ("Their wedding was postponed to fall next year.", [("fall next year", "2011-FA")]),
    ("The fair moves to fall this year.", [("fall this year", "2010-FA")]),
    ("The opening was delayed to fall last year.", [("fall last year", "2009-FA")]),
    ("The referendum was brought forward to fall this year.", [("fall this year", "2010-FA")]),
    ("The ministry said the vote is likely fall next year.", [("fall next year", "2011-FA")]),
    ("The new album is probably fall next year.", [("fall next year", "2011-FA")]),
    ("The band tours again, probably fall next year, in Asia.", [("fall next year", "2011-FA")]),
    ("Courses start in spring and also fall next year.", [("fall next year", "2011-FA")]),
    ("Lessons begin again fall next year.", [("fall next year", "2011-FA")]),
    ("The council will sit in spring, not fall next year.", [("fall next year", "2011-FA")]),
    ("The shop holds its big sales fall next year and in spring.", [("fall next year", "2011-FA")]),
    # (the verb still: a modal, a negated do, "set to")
    ("It'll fall next year, traders say.", [("next year", "2011")]),
    ("Prices did not fall last year.", [("last year", "2009")]),
    ("Yields are set to fall next year.", [("next year", "2011")]),
])
def test_fall_season_unless_verb_cue(text, expected):
    assert pairs(text) == expected


# second-review regressions: "a year earlier" counts back from a told year only in a comparison with a figure,
# and only from a year after "in/during/for" (or none) that dates the figure, not across "and"
@pytest.mark.parametrize("text,expected", [
    ("The firm has grown since 2005 and its profit rose 4 percent from a year earlier.",
     [("2005", "2005"), ("a year earlier", "2009")]),
    ("After the crash of 2008 the lender recovered, and deposits rose 5 percent from a year earlier.",
     [("2008", "2008"), ("a year earlier", "2009")]),
    ("Unlike in 2007, imports grew 3 percent from a year earlier.", [("2007", "2007"), ("a year earlier", "2009")]),
    ("Set up in 1990 the group said revenue rose from a year earlier.", [("1990", "1990"), ("a year earlier", "2009")]),
    ("Created in 2004 the benchmark rose 5 percent from a year earlier.",
     [("2004", "2004"), ("a year earlier", "2009")]),
    ("The benchmark created in 2004 rose 5 percent from a year earlier.",
     [("2004", "2004"), ("a year earlier", "2009")]),
    ("The group that was set up in 1990 said revenue rose from a year earlier.",
     [("1990", "1990"), ("a year earlier", "2009")]),
    ("The brewer has been listed since 2001 and said output fell from a year earlier.",
     [("2001", "2001"), ("a year earlier", "2009")]),
    ("Under the 1998 law, penalties rose 5 percent from a year earlier.", [("1998", "1998"), ("a year earlier", "2009")]),
    ("Under a law passed in 1998 penalties rose from a year earlier.", [("1998", "1998"), ("a year earlier", "2009")]),
    ("Before 2008 the province grew fast, and exports rose 6 percent from a year earlier.",
     [("2008", "2008"), ("a year earlier", "2009")]),
    ("As in 2008, revenue rose 5 percent from $3 million a year earlier.", [("2008", "2008"), ("a year earlier", "2009")]),
    ("Debt fell to $1 million from the peak that it reached in 2003 and revenue rose from $2 million a year earlier.",
     [("2003", "2003"), ("a year earlier", "2009")]),
    ("The study published in June said imports rose 4 percent compared with a year earlier.",
     [("June", "2010-06"), ("a year earlier", "2009")]),
])
def test_year_earlier_only_after_year_of_figure(text, expected):
    assert pairs(text) == expected
