"""English dates, business and economy news of 2004-2011 in the Wikinews style (our own sentences):

A. a quarter named by the month it ends with ("the December quarter", "the June quarter of 2009"), resolved as the
quarter rules resolve an ordinal quarter (told in the past after the quarter's start: last year's);
B. "fiscal 2005", "fiscal year 2009": the year with "fiscal" in the mention, as TimeML marks it; not a fiscal year
written with two years ("fiscal 2009-10"), left as before;
C. a year's possessive before a quarter or a half ("2008's fourth quarter"): one mention, that year's quarter;
D. "prior" as "previous" ("the prior quarter", "the prior year");
E. software named with its year ("Windows 2000", "Microsoft Office 2007"): no date;
F. a plural subject whose head follows a noun ("Finance ministers of the Group of Seven meet ... on Saturday"): the
futurate present, a weekday to come;
G. a weekday with its week ("on Tuesday next week", "Thursday of last week"): that day of that week;
H. "the fiscal year ending March 31": the period whose end is nearer (to come or past), as its date is read;
I. "the fiscal year ending in March": the period still running (the next such March) when told in the present or the
future or as a forecast's period; a past clause, a month just gone by and a year the sentence gives keep their value;
J. "the quarter ended March 31": a period told as over ends on the last such day;
K. "who has been on leave since January, is expected to return", "in force since May, will be reviewed": English
"since" is past whatever future the sentence tells elsewhere (not after a future or modal perfect: "will have been
shut since August"; nor "since" as "because": "since May is too soon");
L. a month-named quarter is not the first part of a compound ("the June quarter-final", "the December quarter-point
cut"): the month alone;
M. (a second review) "ending in <month>" is the period still running only on a sign of it (a future, a modal, a verb
of expectation, a forecast made or changed); otherwise the month is read as any month ("Sales in the year ending in
June fell");
N. (a second review) "since" is past despite a future elsewhere only after a perfect, in a phrase in commas, at the
sentence's end or as a record's bound; "since <date> is" is "because" only in a sentence that moves a date;
O. a month-named quarter before "horse", "mile": the month (a short list of two-word compounds)."""
import datetime as dt

import pytest

from tests.dates_lang import pairs_for

REF = dt.date(2009, 10, 20)  # a Tuesday
pairs = pairs_for("en", REF)


# A. a quarter named by its last month
@pytest.mark.parametrize("ref,text,expected", [
    (REF, "The maker expects revenue of about $11 billion in the December quarter.",
     [("the December quarter", "2009-Q4")]),
    (REF, "The firm sold 5 million phones in the June quarter.", [("the June quarter", "2009-Q2")]),
    (REF, "Profit rose in the March quarter of 2008.", [("the March quarter of 2008", "2008-Q1")]),
    (REF, "Shipments fell in the September quarter.", [("the September quarter", "2009-Q3")]),
    # said in January: a December quarter told in the past is the one just ended
    (dt.date(2008, 1, 22), "The company sold 2.3 million handsets in the December quarter.",
     [("the December quarter", "2007-Q4")]),
    (dt.date(2010, 7, 16), "The maker will report its results for the June quarter on Tuesday.",
     [("the June quarter", "2010-Q2"), ("Tuesday", "2010-07-20")]),
    # ... not a month that ends no quarter, nor the month alone
    (REF, "Sales rose in the October quarter.", [("October", "2009-10")]),
    (REF, "Sales were strong in December.", [("December", "2009-12")]),
])
def test_month_quarter(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# B. fiscal years
@pytest.mark.parametrize("text,expected", [
    ("The chip maker expects sales to double in fiscal 2011.", [("fiscal 2011", "2011")]),
    ("Revenue for fiscal year 2009 was $36 billion.", [("fiscal year 2009", "2009")]),
    ("For fiscal 2010, the airline forecast a small profit.", [("fiscal 2010", "2010")]),
    ("Lawmakers approved the fiscal 2010 budget on Monday.", [("fiscal 2010", "2010"), ("Monday", "2009-10-19")]),
    ("Profit fell in the first half of fiscal 2009.", [("the first half of fiscal 2009", "2009-H1")]),
    ("Net income rose in the fiscal 2009 third quarter.", [("the fiscal 2009 third quarter", "2009-Q3")]),
])
def test_fiscal_year(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["The deficit for fiscal year 2009-10 was larger than planned.",
                                  "The budget for fiscal 2008/09 was cut twice."])
def test_fiscal_two_years(text):
    assert not any(t.startswith("fiscal") for t, _ in pairs(text))  # (left to the rules of two years)


# C. a year's possessive before its quarter or half ("2008's fourth quarter"): one mention, that year's
@pytest.mark.parametrize("text,expected", [
    ("The bank lost $2 billion in 2008's fourth quarter.", [("2008's fourth quarter", "2008-Q4")]),
    ("Orders were the highest since 2007’s third quarter.", [("2007’s third quarter", "2007-Q3")]),
    ("The carrier reported 2008's fourth-quarter loss on Monday.", [("2008's fourth-quarter", "2008-Q4"), ("Monday", "2009-10-19")]),
    ("Sales recovered in 2009's second half.", [("2009's second half", "2009-H2")]),
    # ... unchanged without the possessive, and a year's own possessive elsewhere
    ("Profit rose in the 2008 fourth quarter.", [("the 2008 fourth quarter", "2008-Q4")]),
    ("2008's losses were the worst in the firm's history.", [("2008", "2008")]),
])
def test_year_possessive_quarter(text, expected):
    assert pairs(text) == expected


# D. "prior" as "previous": "the prior quarter", "the prior year" (after a year told: the one before it)
@pytest.mark.parametrize("text,expected", [
    ("Revenue rose 8 percent from the prior quarter.", [("the prior quarter", "2009-Q3")]),
    ("Sales were 4 percent lower than the prior year.", [("the prior year", "2008")]),
    ("Sales rose in 1998. The prior year they had fallen.", [("1998", "1998"), ("The prior year", "1997")]),
    ("Sales rose from the prior month.", [("the prior month", "2009-09")]),
    ("The firm restated its results for prior years.", [("prior years", "PAST_REF")]),
    # ... not "prior to", nor a prior thing
    ("The shares fell prior to the announcement.", []),
    ("He had two prior convictions for fraud.", []),
])
def test_prior(text, expected):
    assert pairs(text) == expected


# E. software named with its year is no date ("Windows 2000", "Windows Server 2008", "Microsoft Office 2007")
@pytest.mark.parametrize("text,expected", [
    ("Windows Server 2008 went on sale last week.", [("last week", "2009-W42")]),
    ("Many firms still run Windows 2000 on their desktops.", []),
    ("Microsoft Office 2007 sold well in its first year.", []),
    # ... a year after other words is kept
    ("The windows were replaced in 2008.", [("2008", "2008")]),
    ("The company moved its servers to Texas in 2007.", [("2007", "2007")]),
])
def test_software_year(text, expected):
    assert pairs(text) == expected


# F. a plural subject whose head follows a noun, with a phrase after it, in the present: a weekday to come
@pytest.mark.parametrize("ref,text,expected", [
    (dt.date(2008, 10, 10), "Finance ministers of the Group of Seven meet in Washington on Saturday.",
     [("Saturday", "2008-10-11")]),
    (dt.date(2008, 10, 10), "Auto workers at the Ohio plant return to their jobs on Monday.", [("Monday", "2008-10-13")]),
    (dt.date(2008, 10, 10), "Union leaders from both airlines hold talks on Sunday.", [("Sunday", "2008-10-12")]),
    # ... told in the past: the last such day
    (dt.date(2008, 10, 10), "Finance ministers of the Group of Seven met in Washington on Saturday.",
     [("Saturday", "2008-10-04")]),
    (dt.date(2008, 10, 10), "Union members at the plant walked out on Monday.", [("Monday", "2008-10-06")]),
])
def test_plural_head_after_noun(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# G. a weekday with the week it falls in: that day of that week, one mention
@pytest.mark.parametrize("text,expected", [
    ("The carmaker's results are due on Tuesday next week.", [("Tuesday next week", "2009-10-27")]),
    ("Talks resume on Thursday of next week.", [("Thursday of next week", "2009-10-29")]),
    ("The union voted on the deal on Friday last week.", [("Friday last week", "2009-10-16")]),
    ("The board meets on Thursday this week.", [("Thursday this week", "2009-10-22")]),
    # ... not a week's own possession, nor a weekday set off by a comma
    ("On Monday, last week's losses were erased.", [("Monday", "2009-10-19"), ("last week", "2009-W42")]),
    ("The firm said on Monday, this week, that it would cut jobs.", [("Monday", "2009-10-19"), ("this week", "2009-W43")]),
])
def test_weekday_of_week(text, expected):
    assert pairs(text) == expected


# H. "the (fiscal) year/quarter ending March 31": the period whose end is the nearer, to come or past; "ended" keeps
# the last past one
@pytest.mark.parametrize("ref,text,expected", [
    (dt.date(2009, 2, 12), "The electronics maker expects a loss for the fiscal year ending March 31.",
     [("the fiscal year", "2009"), ("March 31", "2009-03-31")]),
    (dt.date(2009, 2, 12), "The bank expects to lose money in the quarter ending March 31.",
     [("the quarter", "2009-Q1"), ("March 31", "2009-03-31")]),
    (dt.date(2008, 5, 14), "Its profit for the fiscal year ending March 31 rose 20 percent.",
     [("the fiscal year", "2008"), ("March 31", "2008-03-31")]),
    (dt.date(2009, 2, 12), "The retailer lost money in the quarter ending December 31.",
     [("the quarter", "2008-Q4"), ("December 31", "2008-12-31")]),
    (dt.date(2009, 2, 12), "It earned $2 million for the year ended June 30.", [("the year", "2008"),
                                                                                ("June 30", "2008-06-30")]),
])
def test_period_ending(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# H (continued). the period takes the year of the day that ends it, read as the month rule I reads its month: the
# period still running when told in the present or as a forecast, more than three months after the last such day;
# a past clause the last one; a year the sentence gives
@pytest.mark.parametrize("ref,text,expected", [
    (dt.date(2008, 7, 15), "The shipbuilder expects a loss for the fiscal year ending March 31.",
     [("the fiscal year", "2009"), ("March 31", "2009-03-31")]),
    (dt.date(2008, 10, 1), "The brewer forecasts a profit for the year ending March 31.",
     [("the year", "2009"), ("March 31", "2009-03-31")]),
    (dt.date(2008, 11, 18), "The shipbuilder made a profit in the fiscal year ending March 31.",
     [("the fiscal year", "2008"), ("March 31", "2008-03-31")]),
    (dt.date(2009, 2, 12), "In 2006, the brewer lost money in the year ended June 30.",
     [("2006", "2006"), ("the year", "2006"), ("June 30", "2006-06-30")]),
])
def test_period_ending_day_year(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# I. a month a period ends with, in the present participle ("the fiscal year ending in March"): the period still
# running (its end the next such month) when told in the present or the future, or as a forecast's period; "ended",
# a past clause, a month just gone by and a year of the sentence keep the value the month has without the rule
@pytest.mark.parametrize("ref,text,expected", [
    (dt.date(2008, 11, 18), "The carmaker cut its profit forecast for the fiscal year ending in March.",
     [("March", "2009-03")]),
    (dt.date(2008, 9, 14), "The carmaker gave its forecast for the fiscal year ending in March.", [("March", "2009-03")]),
    (dt.date(2008, 5, 14), "The carmaker's profit rose in the fiscal year ending in March.", [("March", "2008-03")]),
    (dt.date(2008, 11, 18), "Profit fell in the year ended in March.", [("March", "2008-03")]),
    (dt.date(2008, 11, 18), "The maker expects a loss for the year ending next March.", [("next March", "2009-03")]),
    (dt.date(2008, 7, 15), "The steel maker sees a loss in the fiscal year ending in March.", [("March", "2009-03")]),
    (dt.date(2009, 10, 20), "The utility is forecasting a profit for the year ending in June.", [("June", "2010-06")]),
    (dt.date(2009, 2, 12), "The brewer cut its outlook for the year ending in June.", [("June", "2009-06")]),
    # ... a past clause: the period over, its last such month (not the coming one)
    (dt.date(2008, 11, 18), "The steel maker booked a record profit in the fiscal year ending in March.",
     [("March", "2008-03")]),
    (dt.date(2008, 11, 18), "Earnings for the year ending in March were the best the brewer had seen.",
     [("March", "2008-03")]),
    (dt.date(2009, 10, 20), "The utility lost money in the fiscal year ending in March.", [("March", "2009-03")]),
    # ... a future whose period ends more than half a year on: still the next such month (not the nearer past one)
    (dt.date(2008, 10, 1), "The term ending in June will be the last one at the old campus, and the school year ending "
     "in June will close it.", [("June", "2009-06"), ("June", "2009-06")]),
    (dt.date(2009, 10, 20), "The utility expects to lose money in the fiscal year ending in June.", [("June", "2010-06")]),
    # ... a year the sentence gives
    (dt.date(2009, 2, 12), "In 2006, the brewer's sales for the year ending in June fell.",
     [("2006", "2006"), ("June", "2006-06")]),
])
def test_month_period_ending(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# J. the end of a period told as over ("the quarter ended March 31", "the three months that ended on June 30"): the
# last such day, however the rest is told
@pytest.mark.parametrize("ref,text,expected", [
    (dt.date(2009, 2, 12), "Profit for the year ended March 31 rose 8 percent.",
     [("the year", "2008"), ("March 31", "2008-03-31")]),
    (dt.date(2009, 2, 12), "The bank earned $2 billion in the three months ended March 31.", [("March 31", "2008-03-31")]),
    (dt.date(2009, 2, 12), "Sales fell in the period that ended April 30.", [("April 30", "2008-04-30")]),
    (dt.date(2009, 7, 22), "Sales fell in the three months ended June 30.", [("June 30", "2009-06-30")]),
])
def test_period_ended_day(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# K. "since" after a perfect in its clause: past, whatever future the sentence tells elsewhere
@pytest.mark.parametrize("ref,text,expected", [
    (dt.date(2009, 6, 5), "The chief executive, who has been on leave since January, is expected to return this month.",
     [("January", "2009-01"), ("this month", "2009-06")]),
    (dt.date(2009, 6, 5), "The founder, who has been on medical leave since January, will return at the end of June.",
     [("January", "2009-01"), ("the end of June", "2009-06")]),
    (dt.date(2009, 6, 5), "Sales have fallen since March, and analysts say they will fall further.", [("March", "2009-03")]),
    # ... unchanged: "since" with no future, and a plain future without "since"
    (dt.date(2009, 6, 5), "The plant has been idle since April.", [("April", "2009-04")]),
    (dt.date(2009, 6, 5), "The line has been closed and will reopen in March.", [("March", "2010-03")]),
])
def test_since_perfect(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# K (continued). not after a future or modal perfect: the month after "since" is then read with the sentence's future
@pytest.mark.parametrize("ref,text,expected", [
    (dt.date(2009, 6, 5), "By next year, the smelter will have been idle since August.",
     [("next year", "2010"), ("August", "2009-08")]),
    # ... a present or past perfect still reads as past beside a future
    (dt.date(2009, 6, 5), "The smelter has been idle since August, and it will restart next year.",
     [("August", "2008-08"), ("next year", "2010")]),
    (dt.date(2009, 6, 5), "The curfew, which had been in force since March, will end next year.",
     [("March", "2009-03"), ("next year", "2010")]),
])
def test_since_future_perfect(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# K (continued). no perfect needed: a participle or a noun before "since" with a future elsewhere; and "since" as
# "because" before a date that is a verb's subject, which is then no span's start
@pytest.mark.parametrize("ref,text,expected", [
    (dt.date(2009, 6, 5), "The curfew, in place since May, will be lifted next year.",
     [("May", "2009-05"), ("next year", "2010")]),
    (dt.date(2005, 3, 15), "The purchase would be the third big media deal since October.", [("October", "2004-10")]),
    (dt.date(2009, 2, 12), "The poll has been moved to June since May is too early for the parties.",
     [("June", "2009-06"), ("May", "2009-05")]),
])
def test_since_no_perfect(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# L. a month-named quarter is not the first part of a compound: the month alone
@pytest.mark.parametrize("ref,text,expected", [
    (dt.date(2008, 7, 15), "Portugal won the June quarter-final in Basel.", [("June", "2008-06")]),
    (dt.date(2008, 7, 15), "The side lost the March quarter-final after extra time.", [("March", "2008-03")]),
    (dt.date(2009, 10, 20), "The club reached the December quarter-finals.", [("December", "2009-12")]),
    (dt.date(2008, 1, 22), "Traders expect more easing after the December quarter-point cut.", [("December", "2007-12")]),
    (dt.date(2009, 10, 20), "The March quarter-point rise squeezed home owners.", [("March", "2009-03")]),
    # ... the quarter itself is still one
    (dt.date(2009, 1, 20), "The December quarter was the weakest in years.", [("The December quarter", "2008-Q4")]),
])
def test_month_quarter_compound(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# A (continued). a month-named quarter after a possessive pronoun (the mention from the month) or with its year
# between; a fiscal year's possessive before a quarter or a half
@pytest.mark.parametrize("ref,text,expected", [
    (REF, "The phone maker lifted its outlook for its December quarter.", [("December quarter", "2009-Q4")]),
    (REF, "Revenue climbed in the June 2009 quarter.", [("the June 2009 quarter", "2009-Q2")]),
    (REF, "Its September 2008 quarter was the weakest.", [("September 2008 quarter", "2008-Q3")]),
    (REF, "Outlays grew in fiscal 2009's second half.", [("fiscal 2009's second half", "2009-H2")]),
    (REF, "Margins shrank in fiscal 2008's fourth quarter.", [("fiscal 2008's fourth quarter", "2008-Q4")]),
    # ... not a compound, nor a month before another noun
    (REF, "Their March quarter-final ended in a draw.", [("March", "2009-03")]),
    (REF, "The firm trimmed its June forecast.", [("June", "2009-06")]),
])
def test_month_quarter_more(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# M. (a second review) "ending in <month>" is the period still running only on a sign that it is; without one the
# month is read as any month: a finished period that is the subject of a verb after it, or told in the present
NOV = dt.date(2009, 11, 18)


@pytest.mark.parametrize("ref,text,expected", [
    (NOV, "Sales in the year ending in June fell 3 percent.", [("June", "2009-06")]),
    (NOV, "Sales for the quarter ending in July rose.", [("July", "2009-07")]),
    (NOV, "The quarter ending in June saw record sales.", [("June", "2009-06")]),
    (NOV, "Results for the year ending in March, released on Monday, showed a loss.",
     [("March", "2009-03"), ("Monday", "2009-11-16")]),
    (NOV, "The brewer's profit in the year ending in June topped $1 billion.", [("June", "2009-06")]),
    (NOV, "The annual report for the year ending in June shows a loss.", [("June", "2009-06")]),
    (NOV, "The accounts for the year ending in March are now online.", [("March", "2009-03"), ("now", "PRESENT_REF")]),
    (NOV, "Figures for the 12 months ending in June show a fall in crime.", [("June", "2009-06")]),
    (NOV, "That compares with a profit in the year ending in March.", [("March", "2009-03")]),
    (NOV, "The report covers the year ending in June.", [("June", "2009-06")]),
    (NOV, "The annual report for the fiscal year ending March 31 shows a loss.",
     [("the fiscal year", "2009"), ("March 31", "2009-03-31")]),
    # ... a forecast set beside an outcome, or told as past itself: a period over
    (NOV, "Last year's forecast for the year ending in June turned out too high.",
     [("Last year", "2008"), ("June", "2009-06")]),
    (NOV, "The forecast for the year ending in June proved far too rosy.", [("June", "2009-06")]),
    (NOV, "Profit trailed the firm's forecast for the year ending in June.", [("June", "2009-06")]),
    (NOV, "Profit matched the guidance for the half ending in June.", [("June", "2009-06")]),
    (NOV, "Sales lagged the outlook for the year ending in July.", [("July", "2009-07")]),
    (NOV, "Sales came in under its forecast for the year ending in June.", [("June", "2009-06")]),
    (NOV, "The company beat its forecast for the year ending in June.", [("June", "2009-06")]),
    (NOV, "Profit surpassed guidance for the quarter ending in June.", [("June", "2009-06")]),
    (NOV, "Profit was well ahead of its forecast for the year ending in July.", [("July", "2009-07")]),
    (NOV, "Last year's forecast for the year ending June 30 was too high.",
     [("Last year", "2008"), ("the year", "2009"), ("June 30", "2009-06-30")]),
    # ... and with a sign: the next such month
    (NOV, "The firm said last week it expects a profit for the year ending in June.",
     [("last week", "2009-W46"), ("June", "2010-06")]),
    (NOV, "Profit for the year ending in June is expected to fall.", [("June", "2010-06")]),
])
def test_month_period_ending_sign(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# N. (a second review) "since" before a date that is the subject of "is/are" is still "since" (a span that runs to
# now: the last such month), unless the sentence moves a date ("moved to June since May is too early"); a causal
# "since" before another verb in a future sentence is read with the sentence's tense (no perfect, comma phrase or
# record's bound before it)
FEB = dt.date(2010, 2, 10)


@pytest.mark.parametrize("ref,text,expected", [
    (FEB, "The rise since March is the biggest in a decade.", [("March", "2009-03")]),
    (FEB, "Prices since April are up 8 percent.", [("April", "2009-04")]),
    (FEB, "Her first trip abroad since May is planned for spring.", [("May", "2009-05")]),
    (FEB, "The first snow since April is forecast for Friday.", [("April", "2009-04"), ("Friday", "2010-02-12")]),
    (FEB, "The toll since March 1 is forty.", [("March 1", "2009-03-01")]),
    (FEB, "The launch will slip to July since June clashes with the summit.", [("July", "2010-07"), ("June", "2010-06")]),
    (FEB, "The vote will be held in May, since April would be too early.", [("May", "2010-05"), ("April", "2010-04")]),
    (FEB, "The fair will move to October since September has too many holidays.",
     [("October", "2010-10"), ("September", "2010-09")]),
    (FEB, "The games will be held in March since April brings heavy rain.", [("March", "2010-03"), ("April", "2010-04")]),
    (FEB, "The board will vote in June since May seems too soon.", [("June", "2010-06"), ("May", "2010-05")]),
    # ... still past: a perfect, a phrase in commas, a record's bound
    (FEB, "The plant, shut since November, will reopen in June.", [("November", "2009-11"), ("June", "2010-06")]),
    (FEB, "The mayor, in office since August, plans to run again.", [("August", "2009-08")]),
    # ... and at the sentence's end, where "since" has no clause of its own to be "because"
    (FEB, "Prices will stay near the levels seen since March.", [("March", "2009-03")]),
    (FEB, "Shares will need to climb to recover their value since November.", [("November", "2009-11")]),
])
def test_since_causal_or_temporal(ref, text, expected):
    assert pairs(text, ref=ref) == expected


# O. (a second review) a month-named quarter before a noun it makes a compound with, written as two words: the month
@pytest.mark.parametrize("ref,text,expected", [
    (REF, "The June quarter horse sale drew buyers.", [("June", "2009-06")]),
    (REF, "The September quarter mile race was cancelled.", [("September", "2009-09")]),
    (REF, "The June quarter results beat forecasts.", [("The June quarter", "2009-Q2")]),
])
def test_month_quarter_two_word_compound(ref, text, expected):
    assert pairs(text, ref=ref) == expected
