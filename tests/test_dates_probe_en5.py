"""English newswire forms of the fifth probe round: the futurate present with a bare weekday ("The trial starts
Monday": a scheduled event told in the simple present is the coming day), a possessive before a month ("the Fed's
September meeting": a determiner, not a name), the months that bound a calendar quarter ("the April-June quarter"),
"9/11" and bare counts of 1800-2099 before a plural noun. Traps: past and reported clauses, states, headlines, nouns in
-s before the weekday, names ending at the month ("the Women's March"), month ranges that are no quarter, fractions.

Written from the grammar of English news (AP/Reuters/Wikinews style), not from evaluation files."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

WED = dt.date(2013, 9, 18)  # a Wednesday
OCT = dt.date(2013, 10, 18)


def pairs(text, ref):
    return [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=ref)]


FUTURATE = [
    ("The trial starts Monday in federal court in Manhattan.", [("Monday", "2013-09-23")]),
    ("The trial starts on Monday.", [("Monday", "2013-09-23")]),
    ("Voters in the northern state go to the polls Sunday.", [("Sunday", "2013-09-22")]),
    ("The Senate votes Tuesday on the spending bill.", [("Tuesday", "2013-09-24")]),
    ("The company reports quarterly earnings Thursday.", [("Thursday", "2013-09-19")]),
    ("The ceasefire begins at midnight Friday.", [("Friday", "2013-09-20")]),
    ("Obama heads to Asia on Friday for a week of talks.", [("Friday", "2013-09-20")]),
    ("The House takes up the measure Monday, aides said.", [("Monday", "2013-09-23")]),
    ("Negotiators return to Geneva on Saturday.", [("Saturday", "2013-09-21")]),
    ("Germany plays France in Paris on Saturday.", [("Saturday", "2013-09-21")]),
    ("Parliament debates the budget Tuesday.", [("Tuesday", "2013-09-24")]),
    ("The two leaders hold talks Friday in Beijing.", [("Friday", "2013-09-20")]),
    ("The festival runs through Sunday.", [("Sunday", "2013-09-22")]),
    ("Lawmakers vote on the measure Thursday.", [("Thursday", "2013-09-19")]),
    ("He faces sentencing Friday.", [("Friday", "2013-09-20")]),
    ("Officials say the president returns to Washington on Friday.", [("Friday", "2013-09-20")]),
    ("Iran's new president arrives in New York on Monday.", [("Monday", "2013-09-23")]),
    ('"We play Chelsea on Saturday," he said.', [("Saturday", "2013-09-21")]),
    ("The game kicks off at 8 p.m. Sunday.", [("8 p.m. Sunday", "2013-09-22T20:00")]),
    # traps: a past form, a verb of saying, a state, a negation, a habit, a noun in -s, an event after a preposition
    ("The trial started Monday in federal court.", [("Monday", "2013-09-16")]),
    ("The company said Monday it would cut jobs.", [("Monday", "2013-09-16")]),
    ("The ministry says Tuesday that exports rose.", [("Tuesday", "2013-09-17")]),
    ("The agency reports a rise in exports Monday.", [("Monday", "2013-09-16")]),
    ("The senator says he spoke with the president on Friday.", [("Friday", "2013-09-13")]),
    ("The death toll stands at 40 after the quake Tuesday.", [("Tuesday", "2013-09-17")]),
    ("The president is in Brussels on Monday.", [("Monday", "2013-09-16")]),
    ("The talks Monday ended without a deal.", [("Monday", "2013-09-16")]),
    ("The protests Friday are the biggest since 2011.", [("Friday", "2013-09-13"), ("2011", "2011")]),
    ("Following the attacks Sunday in Kabul, the government tightened security.", [("Sunday", "2013-09-15")]),
    ("The plant, which opened Monday, employs 300 people.", [("Monday", "2013-09-16")]),
    ("Rebels hit the convoy Monday near the border.", [("Monday", "2013-09-16")]),
    ("He faces charges over a shooting Friday.", [("Friday", "2013-09-13")]),
    ("We didn't play on Saturday because of the rain.", [("Saturday", "2013-09-14")]),
    ("The shop opens every Friday.", [("Friday", "2013-09-13")]),
    ("Dar es Salaam hosted the summit Thursday.", [("Thursday", "2013-09-12")]),
    # traps: a past too short for the past-tense cue, a past far back in the sentence, a plain form that is also a
    # past, the present perfect, a fronted phrase whose verb comes after the comma, a statement's source
    ("The novelist, a longtime advocate of animal rights, died on Monday at her home in Vermont.",
     [("Monday", "2013-09-16")]),
    ("The band played acoustic versions of their early hits and two new songs to the packed arena audience on Monday.",
     [("Monday", "2013-09-16")]),
    ("The low-budget thriller beat two studio epics to the top awards at the festival on Sunday.",
     [("Sunday", "2013-09-15")]),
    ("Rising bond yields and a weaker yen hit exporters' shares on Monday.", [("Monday", "2013-09-16")]),
    ("Fans across the country have been celebrating the singer's birthday on Saturday.", [("Saturday", "2013-09-14")]),
    ("In the only singles match on Sunday, the Czech veteran beat the top seed.", [("Sunday", "2013-09-15")]),
    ("The floods killed at least 20 people, according to provincial officials on Thursday.",
     [("Thursday", "2013-09-12")]),
    # ... and futurates of other forms: a subordinate clause, a plural subject right before its verb
    ("As European leaders gather in Brussels on Friday, the markets will watch closely.", [("Friday", "2013-09-20")]),
    ("The plans face further scrutiny in parliament on Monday.", [("Monday", "2013-09-23")]),
    ("This series of the talent show ends on Sunday.", [("Sunday", "2013-09-22")]),
    ("The new phone goes on sale Friday in eight countries.", [("Friday", "2013-09-20")]),
    ("The General Assembly opens its annual debate Tuesday.", [("Tuesday", "2013-09-24")]),
    ("The rally ends Sunday in the capital.", [("Sunday", "2013-09-22")]),
    # trap: a past form in the clause after the weekday
    ("Rescuers search for survivors Thursday after the mudslide buried a village.", [("Thursday", "2013-09-12")]),
]


@pytest.mark.parametrize("text,expected", FUTURATE)
def test_futurate_present(text, expected):
    assert pairs(text, WED) == expected


HEADLINES = [
    # a headline tells a past event in the present: the first line without a full stop, or title case
    ("Gunman Kills 12 At Navy Yard On Monday\nA gunman opened fire at the Washington Navy Yard on Monday.",
     [("Monday", "2013-09-16"), ("Monday", "2013-09-16")]),
    ("Police arrest three men in Leeds\nPolice arrested three men in Leeds on Monday.", [("Monday", "2013-09-16")]),
    ("Gunman kills guard at bank on Monday\nThe bank was closed after the shooting.", [("Monday", "2013-09-16")]),
    # ... but a body sentence after the headline is read as usual
    ("Court date set\nThe trial starts Monday.", [("Monday", "2013-09-23")]),
]


@pytest.mark.parametrize("text,expected", HEADLINES)
def test_headline_present_is_no_plan(text, expected):
    assert pairs(text, WED) == expected


POSSESSIVE_MONTH = [
    ("Analysts had expected the Fed's September meeting to bring a taper.", [("September", "2013-09")]),
    ("The figure was published in Germany's October survey.", [("October", "2013-10")]),
    ("China\u2019s September exports beat forecasts.", [("September", "2013-09")]),
    # traps: a name that ends at the month, a capitalised word before it
    ("Thousands joined the Women's March on Washington.", []),
    ("She spoke at the Women's March.", []),
    ("The Women's March drew huge crowds.", []),
    ("Veterans of the Long March gathered in Beijing.", []),
    # ... a plural possessor's march is a march ("the Women's March organizers", "the Veterans' March")
    ("The Women's March organizers met with the mayor.", []),
    ("The Veterans' March passed the memorial.", []),
    ("The bank's March meeting was tense.", [("March", "2013-03")]),
]


@pytest.mark.parametrize("text,expected", POSSESSIVE_MONTH)
def test_possessive_before_month(text, expected):
    assert pairs(text, OCT) == expected


MONTH_QUARTER = [
    ("The economy grew 0.9 percent in the April-June quarter.", [("the April-June quarter", "2013-Q2")]),
    ("Japan's April-June growth was revised up.", [("April-June", "2013-Q2")]),
    ("Exports rose in the July-September period, the ministry said.", [("the July-September period", "2013-Q3")]),
    ("Profit rose in the July-September quarter of 2012.", [("the July-September quarter of 2012", "2012-Q3")]),
    ("Output in the January-to-March period fell.", [("the January-to-March period", "2013-Q1")]),
    # traps: months that bound no quarter, a range with "from ... to"
    ("Rainfall was heavy in the May-July period.", [("July", "2013-07")]),
    ("Sales from April to June rose 4 percent.", [("April", "2013-04"), ("June", "2013-06")]),
]


@pytest.mark.parametrize("text,expected", MONTH_QUARTER)
def test_months_bounding_a_quarter(text, expected):
    assert pairs(text, OCT) == expected


def test_month_quarter_told_in_past_early_next_year():
    assert pairs("Japan's economy grew 1 percent in the October-December quarter.", dt.date(2014, 2, 14)) == [
        ("the October-December quarter", "2013-Q4")]


NINE_ELEVEN = [
    ("Security at airports was tightened after 9/11.", [("9/11", "2001-09-11")]),
    ("Relatives visited the 9/11 memorial in New York.", [("9/11", "2001-09-11")]),
    ("The 9/11 Commission report was released in 2004.", [("9/11", "2001-09-11"), ("2004", "2004")]),
    ("Post-9/11 security rules still apply.", [("9/11", "2001-09-11")]),
    ("9/11 families sued the Saudi government.", [("9/11", "2001-09-11")]),
    # traps: a date of its own, a score, a fraction, a range of days
    ("The hearing is set for 9/11/2013.", [("9/11/2013", "2013-09-11")]),
    ("He shot 9/11 from the free-throw line.", []),
    ("Only 9/11 of the patients responded.", []),
    ("The fair runs from 9/11 to 9/15.", []),
]


@pytest.mark.parametrize("text,expected", NINE_ELEVEN)
def test_nine_eleven(text, expected):
    assert pairs(text, OCT) == expected


# A bare 1800-2099 number before a plural noun is a count ("Police said 1900 protesters gathered"), but the same
# position holds a year as a modifier ("Wales may meet 2003 champions Australia") and a year as a subject before a
# verb in -s ("The Forest Act, 1927 protects teak"). A rule by plural endings (-ers, -ists, -ions, ...) with
# no governing word before the number changed only those two years in 2,500 unannotated BBC and Wikinews stories and
# found no count there (news writes "1,900"); left out.
BARE_COUNT_MISSES = [
    "Police said 1900 protesters gathered outside parliament.",
    "The company would cut 1850 positions.",
]


@pytest.mark.xfail(strict=True, reason="a bare count before a plural noun is read as a year (see above)")
@pytest.mark.parametrize("text", BARE_COUNT_MISSES)
def test_bare_count_before_plural_noun(text):
    assert pairs(text, OCT) == []


YEARS_BEFORE_PLURALS = [
    ("Wales may meet 2003 champions Australia in the semi-finals.", [("2003", "2003")]),
    ("In 1990 voters rejected the plan.", [("1990", "1990")]),
    ("The 2012 elections were peaceful.", [("2012", "2012")]),
    ("Since 1990 prices have doubled.", [("1990", "1990")]),
]


@pytest.mark.parametrize("text,expected", YEARS_BEFORE_PLURALS)
def test_year_before_plural_noun(text, expected):
    assert pairs(text, OCT) == expected
