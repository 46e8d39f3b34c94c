"""English dates, 2013 newswire and Wikinews styles (our own sentences):

A. reported speech: a verb of saying right before the date's preposition dates the saying ("The company said in June
that sales had stalled"), and a bare month after "in" is the act's own after a verb of a scheduled act, unless the
report's subject is an event to come ("Officials said the shipment arrived in May" is past; "She said the festival
opened in April" may report a plan);
B. "May" alone after a period's figures and "for" ("Forecasts for May", "Sales for May"), not a vote or a backing;
C. a year-less season continuing a story told in the past in the sentence before, whose month or day has its year
("In April 1995, ... The talks followed in the autumn": 1995's)."""
import datetime as dt

import pytest

from tests.dates_lang import pairs_for

REF = dt.date(2013, 3, 15)  # a Friday
pairs = pairs_for("en", REF)


def _check(text, expected):
    assert pairs(text, ref=REF) == expected


# A. reported speech
@pytest.mark.parametrize("text,expected", [
    ("The company said in June that sales had stalled.", [("June", "2012-06")]),
    ("The bank announced in April it would close 40 branches.", [("April", "2012-04")]),
    ("The regulator disclosed in May that it had opened an inquiry.", [("May", "2012-05")]),
    ("The firm reported in April a rise in sales.", [("April", "2012-04")]),
    ("Officials said the shipment arrived in May.", [("May", "2012-05")]),
    ("Police said the suspect left in April.", [("April", "2012-04")]),
    # ... kept: a plan reported, a saying to come, a future in the report
    ("She said the festival opened in April.", [("April", "2013-04")]),
    ("He said the conference ended in April.", [("April", "2013-04")]),
    ("The results will be announced in June.", [("June", "2013-06")]),
    ("The figures are to be reported in May.", [("May", "2013-05")]),
    ("He said the talks began on March 19.", [("March 19", "2013-03-19")]),
    ("The minister said prices would rise in April.", [("April", "2013-04")]),
])
def test_reported_speech(text, expected):
    _check(text, expected)


# B. "May" after a period's figures and "for"
@pytest.mark.parametrize("text,expected", [
    ("Forecasts for May point to a further rise in exports.", [("May", "2013-05")]),
    ("The data for May will be released in June.", [("May", "2013-05"), ("June", "2013-06")]),
    # ... kept: the name
    ("Support for May is falling among Conservative lawmakers.", []),
    ("Most lawmakers voted for May in the first round.", []),
    ("Prime Minister Theresa May said the plan would go ahead.", []),
])
def test_may_figures(text, expected):
    _check(text, expected)


# C. a season continuing a past story
@pytest.mark.parametrize("text,expected", [
    ("In April 1995, the two sides met in Geneva. The talks followed in the autumn.",
     [("April 1995", "1995-04"), ("the autumn", "1995-FA")]),
    ("The company was founded in March 1998. It went public in the summer.",
     [("March 1998", "1998-03"), ("the summer", "1998-SU")]),
    ("The dam burst on June 3, 2004. Repairs were finished in the winter.",
     [("June 3, 2004", "2004-06-03"), ("the winter", "2004-WI")]),
    # ... kept: the story's own time (a future, a day of the telling, a recent year, two sentences on, no anchor)
    ("In April 1995, the two sides met in Geneva. The next round will be held in the autumn.",
     [("April 1995", "1995-04"), ("the autumn", "2013-FA")]),
    ("The plant opened in May 2004. Output fell in the winter, the company said on Tuesday.",
     [("May 2004", "2004-05"), ("the winter", "2012-WI"), ("Tuesday", "2013-03-12")]),
    ("The strike began in October 2012. It ended in the winter.",
     [("October 2012", "2012-10"), ("the winter", "2012-WI")]),
    ("The bank failed in May 2001. Savers lost money. Sales slowed in the summer.",
     [("May 2001", "2001-05"), ("the summer", "2012-SU")]),
    ("The talks resumed in the autumn.", [("the autumn", "2012-FA")]),
])
def test_narrative_season(text, expected):
    _check(text, expected)


# D. "the following Thursday", "the previous Friday": from the story's last day
@pytest.mark.parametrize("text,expected", [
    ("The strike began on Jan. 8. Talks resumed the following Thursday.",
     [("Jan. 8", "2013-01-08"), ("following Thursday", "2013-01-10")]),
    ("The plant closed on Feb. 4 and reopened the following Monday.",
     [("Feb. 4", "2013-02-04"), ("following Monday", "2013-02-11")]),
    ("The index closed at 1,402 on Feb. 22, down 2% from the previous Friday.",
     [("Feb. 22", "2013-02-22"), ("previous Friday", "2013-02-15")]),
    # ... kept: no day told before it (from the telling), the preposition "following"
    ("The index fell 4.5% from the previous Friday.", [("previous Friday", "2013-03-08")]),
    ("The meeting will be held the following Thursday.", [("following Thursday", "2013-03-21")]),
    ("Following Monday's vote, shares fell.", [("Monday", "2013-03-11")]),
])
def test_story_weekday(text, expected):
    _check(text, expected)


# E. a participle of a schedule without its auxiliary, a lower-case present of a scheduled act, right before the day
@pytest.mark.parametrize("text,expected", [
    ("Vote Expected On Tuesday", [("Tuesday", "2013-03-19")]),
    ("The jobs report expected Monday could move markets.", [("Monday", "2013-03-18")]),
    ("The summit opened on Wednesday and ends on Sunday.", [("Wednesday", "2013-03-13"), ("Sunday", "2013-03-17")]),
    ("The talks, which began on Monday, end on Saturday.", [("Monday", "2013-03-11"), ("Saturday", "2013-03-16")]),
    # ... kept: "than expected", a negated or past verb, an adjective or a noun
    ("Retail sales rose more than expected on Tuesday.", [("Tuesday", "2013-03-12")]),
    ("The talks did not end on Wednesday.", [("Wednesday", "2013-03-13")]),
    ("The strike ended on Wednesday.", [("Wednesday", "2013-03-13")]),
    ("The shelter stayed open until Thursday, volunteers said.", [("Thursday", "2013-03-14")]),
    ("He sent his resume on Monday.", [("Monday", "2013-03-11")]),
])
def test_schedule_before_day(text, expected):
    _check(text, expected)


# F. a possessive month whose noun's verb is past: its event is done
@pytest.mark.parametrize("text,expected", [
    ("June's flood destroyed 400 homes.", [("June", "2012-06")]),
    ("April's figures showed a drop in output.", [("April", "2012-04")]),
    ("December's sales rose 3 percent.", [("December", "2012-12")]),
    # ... kept: a future, the name
    ("April's figures will be published in May.", [("April", "2013-04"), ("May", "2013-05")]),
    ("Theresa May's government faced a vote.", []),
])
def test_possessive_month_past(text, expected):
    _check(text, expected)


# G. "the year-earlier period", "a year earlier" in an earnings report: the report's own quarter (its first), not an
# aside's ("a weak second quarter")
OCT = dt.date(2013, 10, 24)


@pytest.mark.parametrize("text,expected", [
    ("Acme Corp. said its net income rose 12% in the third quarter. The company had reported a weak second quarter. "
     "In the year-earlier period, it earned $35 million.",
     [("the third quarter", "2013-Q3"), ("second quarter", "2013-Q2"), ("the year-earlier period", "2012-Q3")]),
    ("Acme said net income rose 12% in the third quarter. It had a weak second quarter, when sales fell. "
     "A year earlier, it earned $35 million.",
     [("the third quarter", "2013-Q3"), ("second quarter", "2013-Q2"), ("A year earlier", "2012-Q3")]),
    # ... a quarter to come told first is no report's
    ("Acme expects a stronger fourth quarter. Net income rose 12% in the third quarter. In the year-earlier period, "
     "it earned $35 million.",
     [("fourth quarter", "2013-Q4"), ("the third quarter", "2013-Q3"), ("the year-earlier period", "2012-Q3")]),
    # ... kept: one quarter told
    ("Acme said net income rose 12% in the third quarter, up from $35 million in the year-earlier period.",
     [("the third quarter", "2013-Q3"), ("the year-earlier period", "2012-Q3")]),
])
def test_story_quarter(text, expected):
    assert pairs(text, ref=OCT) == expected


# H. an event's noun after "on" belongs to the verb's phrase ("went on sale in January": past); "as recently as" bounds
# the date after it and is no mention of its own
OCT8 = dt.date(2008, 10, 9)


@pytest.mark.parametrize("text,expected", [
    ("The MacBook Air went on sale in January.", [("January", "2008-01")]),
    ("The former mayor went on trial in January.", [("January", "2008-01")]),
    ("The bank had posted record profits as recently as 2007.", [("2007", "2007")]),
    # ... kept: an event to come after a past verb, "recently" alone
    ("The store cut prices for the sales in January.", [("January", "2009-01")]),
    ("The bank was recently rescued.", [("recently", "PAST_REF")]),
])
def test_on_sale_and_as_recently_as(text, expected):
    assert pairs(text, ref=OCT8) == expected


# I. "expected" as the finite verb after its subject, "than"/"as", an adverb or a hyphen is no schedule; the present of
# a scheduled act needs a past one of a scheduled act before it, and is no noun after a determiner ("a weak start")
@pytest.mark.parametrize("text,expected", [
    ("Bond yields climbed more than traders expected on Wednesday.", [("Wednesday", "2013-03-13")]),
    ("The ruling came sooner than many expected Tuesday.", [("Tuesday", "2013-03-12")]),
    ("The central bank cut rates as widely expected on Thursday.", [("Thursday", "2013-03-14")]),
    ("Factory orders fell a more-than-expected 2 percent Thursday.", [("Thursday", "2013-03-14")]),
    ("Shares made a shaky start on Wednesday.", [("Wednesday", "2013-03-13")]),
    ("Exporters had an early start on Monday.", [("Monday", "2013-03-11")]),
    ("Figures on housing starts Tuesday showed a jump.", [("Tuesday", "2013-03-12")]),
    ("The Nasdaq posted its best finish on Thursday.", [("Thursday", "2013-03-14")]),
    ("Crews tied up loose ends on Thursday.", [("Thursday", "2013-03-14")]),
    # ... kept: a participle after a noun, a present after a past of a scheduled act
    ("The retail sales report expected Monday could move markets.", [("Monday", "2013-03-18")]),
    ("The fair opened on Wednesday and closes on Sunday.", [("Wednesday", "2013-03-13"), ("Sunday", "2013-03-17")]),
])
def test_expected_and_start_not_schedule(text, expected):
    _check(text, expected)


def test_analysts_expected_possessive_month():
    assert pairs("Analysts expected December's figure to come in at 58.1.", ref=dt.date(2005, 3, 15)) == [
        ("December", "2004-12")]


# J. "May" after "for" before a capitalised word or a possessive and a noun of politics is a name
@pytest.mark.parametrize("text,expected", [
    ("Revenue for May Department Stores rose 2 percent.", []),
    # ... kept: the month's figures
    ("Forecasts for May point to a further rise in exports.", [("May", "2013-05")]),
])
def test_may_name_after_for(text, expected):
    _check(text, expected)


def test_may_possessive_politics():
    assert pairs("Estimates for May's majority range from 50 to 100 seats.", ref=dt.date(2017, 9, 10)) == []


# K. only "go"/"put on" make an event's noun the verb's phrase ("went on sale"), not "insisted on talks"
@pytest.mark.parametrize("text,expected", [
    ("Unions insisted on talks in June.", [("June", "2013-06")]),
    # ... kept: "went on sale"
    ("The phone went on sale in January.", [("January", "2013-01")]),
])
def test_event_after_go_on(text, expected):
    _check(text, expected)


# L. a verb of saying after "be"/"to" and an -ly adverb is a passive to come, not the time of a saying
@pytest.mark.parametrize("text,expected", [
    ("The verdict will be formally announced in June.", [("June", "2013-06")]),
    ("The appointment is expected to be officially confirmed in May.", [("May", "2013-05")]),
    # ... kept: a saying with its adverb in the past
    ("The company formally announced in June that it would close the plant.", [("June", "2012-06")]),
])
def test_adverb_passive_saying(text, expected):
    _check(text, expected)


# M. "a year earlier", "the year-earlier period" in the sentence of a quarter, or after a quarter to come, or after a
# sentence comparing two quarters: the last quarter told, not the story's first
@pytest.mark.parametrize("text,expected", [
    ("Pepsi's second-quarter sales rose. Coca-Cola's third-quarter profit fell 9 percent from a year earlier.",
     [("second-quarter", "2013-Q2"), ("third-quarter", "2013-Q3"), ("a year earlier", "2012-Q3")]),
    ("After a slow second quarter, sales climbed in the third quarter, up 6 percent from a year earlier.",
     [("second quarter", "2013-Q2"), ("the third quarter", "2013-Q3"), ("a year earlier", "2012-Q3")]),
    ("Revenue rose in the third quarter. The firm expects fourth-quarter revenue to grow 4 percent from a year earlier.",
     [("the third quarter", "2013-Q3"), ("fourth-quarter", "2013-Q4"), ("a year earlier", "2012-Q4")]),
    ("Compared with the second quarter, third-quarter orders rose 3 percent. They rose 10 percent from the "
     "year-earlier period.",
     [("the second quarter", "2013-Q2"), ("third-quarter", "2013-Q3"), ("the year-earlier period", "2012-Q3")]),
])
def test_year_earlier_last_quarter(text, expected):
    assert pairs(text, ref=OCT) == expected


# N. a year-less season in back-story keeps the year of the month told before it (4fc9118, the next year's, reverted)
@pytest.mark.parametrize("text,expected", [
    ("In October 2009, the walkout was settled. It had begun in the spring.",
     [("October 2009", "2009-10"), ("the spring", "2009-SP")]),
    ("The firm was sold in August 2010. Its shares had been sliding since the summer.",
     [("August 2010", "2010-08"), ("the summer", "2010-SU")]),
    ("In September 2006, the mill closed. It reopened in the autumn.",
     [("September 2006", "2006-09"), ("the autumn", "2006-FA")]),
])
def test_narrative_season_back_story(text, expected):
    _check(text, expected)


# O. an adverb before the participle keeps it a participle of a schedule, unless "as"/"than" comes before it
@pytest.mark.parametrize("text,expected", [
    ("The ruling, widely expected Tuesday, may reshape the market.", [("Tuesday", "2013-03-19")]),
    # ... kept: "as widely expected"
    ("The central bank held rates as widely expected on Thursday.", [("Thursday", "2013-03-14")]),
])
def test_adverb_before_expected(text, expected):
    _check(text, expected)


# P. a quarter of a year named years before, in a sentence before "a year earlier": a record's bound, not the report's
@pytest.mark.parametrize("text,expected", [
    ("Margins in the third quarter were the widest since the first quarter of 2007. Sales rose 4 percent from a year "
     "earlier.",
     [("the third quarter", "2013-Q3"), ("the first quarter of 2007", "2007-Q1"), ("a year earlier", "2012-Q3")]),
    # ... kept: in the phrase's own sentence
    ("In the first quarter of 2007, sales rose 4 percent from a year earlier.",
     [("the first quarter of 2007", "2007-Q1"), ("a year earlier", "2006-Q1")]),
])
def test_year_earlier_after_record_bound(text, expected):
    assert pairs(text, ref=OCT) == expected


# Q. "May" alone after a participle of a schedule and "for" is the month
@pytest.mark.parametrize("text,expected", [
    ("The referendum is scheduled for May.", [("May", "2013-05")]),
    ("The final vote is slated for May, party officials said.", [("May", "2013-05")]),
    # ... kept: "set for May to" and a call for May to act are the name
    ("The stage is set for May to win the vote.", []),
    ("Calls grew for May to resign.", []),
])
def test_may_after_schedule(text, expected):
    _check(text, expected)


# R. the present "plan(s)" with its object right before the day: an act to come, even after a past verb
@pytest.mark.parametrize("text,expected", [
    ("Farmers blocked roads on Monday and plan another protest on Thursday.",
     [("Monday", "2013-03-11"), ("Thursday", "2013-03-21")]),
    # ... kept: the noun after a possessive or a determiner, a participle among the object's words
    ("He outlined his plans on Tuesday.", [("Tuesday", "2013-03-12")]),
    ("The plans a committee approved on Monday were shelved.", [("Monday", "2013-03-11")]),
])
def test_plan_object_before_day(text, expected):
    _check(text, expected)


# S. the -s present of a scheduled act after a subject with a determiner is the verb; a bare form after a plural noun
@pytest.mark.parametrize("text,expected", [
    ("The congress opened Monday and the vote closes on Thursday.", [("Monday", "2013-03-11"), ("Thursday", "2013-03-21")]),
    ("The exhibition opened in January and its tour ends on Saturday.",
     [("January", "2013-01"), ("Saturday", "2013-03-16")]),
    ("The summit began Tuesday and the talks end on Saturday.", [("Tuesday", "2013-03-12"), ("Saturday", "2013-03-16")]),
    # ... kept: a noun after a determiner (and an adjective), "housing starts"
    ("Trading opened lower and the index had a weak start on Wednesday.",
     [("Wednesday", "2013-03-13")]),
    ("Builders began more homes, and housing starts Tuesday showed it.", [("Tuesday", "2013-03-12")]),
])
def test_scheduled_act_after_determiner_subject(text, expected):
    _check(text, expected)


# T. "N people expected <day>" is the participle of a schedule (a headline); "May's government" is the month
@pytest.mark.parametrize("text,expected", [
    ("Up to 5,000 people expected Sunday at the rally", [("Sunday", "2013-03-17")]),
    ("Estimates for May's government spending come next month.", [("May", "2013-05"), ("next month", "2013-04")]),
    # ... kept: a market's watchers, a firm's name
    ("Sales rose more than analysts expected on Wednesday.", [("Wednesday", "2013-03-13")]),
    ("Shares for May Department Stores rose.", []),
])
def test_people_expected_may_government(text, expected):
    _check(text, expected)


# U. an event's noun after a phrasal verb's particle and "on" is the verb's object: a past act in the past
@pytest.mark.parametrize("text,expected", [
    ("The council signed off on plans in June to sell the depot.", [("June", "2012-06")]),
    ("Police cracked down on rallies in April.", [("April", "2012-04")]),
    ("The ministry followed up on talks in May.", [("May", "2012-05")]),
    # ... kept: a verb with "on" alone leaves an event to come
    ("The opposition insisted on elections in June.", [("June", "2013-06")]),
])
def test_phrasal_on_event_noun(text, expected):
    _check(text, expected)


# V. "a year earlier" after two quarters in one sentence: the more recent one (the other is the comparison); a quarter
# after "since" is a record's bound, never the compared one
@pytest.mark.parametrize("text,expected", [
    ("Third-quarter sales grew 6 percent, against a 3 percent rise in the second quarter. Margins widened from a "
     "year earlier.",
     [("Third-quarter", "2013-Q3"), ("the second quarter", "2013-Q2"), ("a year earlier", "2012-Q3")]),
    ("Output grew in the third quarter. It was the strongest gain since the fourth quarter of 2012. Orders rose 9 "
     "percent from a year earlier.",
     [("the third quarter", "2013-Q3"), ("the fourth quarter of 2012", "2012-Q4"), ("a year earlier", "2012-Q3")]),
    ("Its third-quarter margin was the widest since the second quarter of 2011, and sales rose 4 percent from a year "
     "earlier.",
     [("third-quarter", "2013-Q3"), ("the second quarter of 2011", "2011-Q2"), ("a year earlier", "2012-Q3")]),
    # ... kept: the comparison told first, the report's quarter after it in that sentence
    ("Compared with the second quarter, third-quarter revenue rose 5 percent. It rose 12 percent from the "
     "year-earlier period.",
     [("the second quarter", "2013-Q2"), ("third-quarter", "2013-Q3"), ("the year-earlier period", "2012-Q3")]),
])
def test_year_earlier_shared_and_bound(text, expected):
    assert pairs(text, ref=OCT) == expected


# W. a passive with an -ly adverb before the -ed verb right before the date's preposition is no past act
@pytest.mark.parametrize("text,expected", [
    ("The sale is expected to be formally completed in June.", [("June", "2013-06")]),
    ("The results are likely to be publicly disclosed in April.", [("April", "2013-04")]),
    # ... kept: the active past, with or without an adverb
    ("The company quietly disclosed the stake in January.", [("January", "2013-01")]),
    ("The company disclosed the figures in May.", [("May", "2012-05")]),
])
def test_passive_adverb_ed(text, expected):
    _check(text, expected)
