"""English plans and forecasts around a weekday or a year-less date: a forecast ("was forecast to reach the coast late
on Monday") is told of a time to come; a plan told in the past tense ("which was planning to hold its primary on
Monday", "was expected to end on September 20") is the nearest such day, which may be the past one: the plan was made
before the report, for a time near it; an infinitive after the present perfect of a verb of directing or deciding ("have
agreed to meet again on Monday") is to come. Traps: the same plans told in the present, the past plan whose nearest day
is ahead, a past verb that is no plan.

Written from the grammar of English dates, not from evaluation files; reference date a Wednesday."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2021, 10, 13)  # a Wednesday


def pairs(text, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=ref)]


FORECAST = [
    ("The storm was forecast to reach the northern coast late on Thursday.", [("Thursday", "2021-10-14")]),
    ("The storm is forecast to reach the northern coast on Saturday.", [("Saturday", "2021-10-16")]),
    ("Turnout is likely to peak on Saturday, organisers said.", [("Saturday", "2021-10-16")]),
    ("Prices are projected to fall in November, the ministry said.", [("November", "2021-11")]),
    # trap: "likely" without "to" is no plan ("the likely winner on Monday")
    ("The likely winner was announced on Monday.", [("Monday", "2021-10-11")]),
]

PLAN_TOLD_PAST = [
    # the nearest such day is the past one
    ("The county, which was planning to reopen its schools on Monday, delayed it.", [("Monday", "2021-10-11")]),
    ("The launch was scheduled for Saturday but was scrubbed because of high winds.", [("Saturday", "2021-10-09")]),
    ("The curfew was expected to be lifted on September 20, but it was kept for two more weeks.",
     [("September 20", "2021-09-20")]),
    ("The opening was scheduled for August but was delayed by a strike.", [("August", "2021-08")]),
    # ... or the one ahead
    ("The council was planning to vote on Saturday.", [("Saturday", "2021-10-16")]),
    ("The opening was scheduled for December.", [("December", "2021-12")]),
    ("The talks were expected to resume on October 20.", [("October 20", "2021-10-20")]),
    # traps: the plan told in the present is the coming one
    ("The plant is expected to reopen on September 20.", [("September 20", "2022-09-20")]),
    ("The opening is scheduled for August.", [("August", "2022-08")]),
    ("The vote is planned for Monday.", [("Monday", "2021-10-18")]),
]

PERFECT_DIRECTIVE = [
    ("The two sides have agreed to meet again on Monday.", [("Monday", "2021-10-18")]),
    ("The minister has asked the panel to report back on Monday.", [("Monday", "2021-10-18")]),
    ("The court has ordered him to appear on November 2.", [("November 2", "2021-11-02")]),
    # traps: the agreement itself dated, a simple past, a verb that is no directive
    ("The two sides agreed on Monday to meet again.", [("Monday", "2021-10-11")]),
    ("The minister asked the panel on Monday to report back.", [("Monday", "2021-10-11")]),
    ("The club has been forced to close on Monday.", [("Monday", "2021-10-11")]),
]


@pytest.mark.parametrize("text,expected", FORECAST)
def test_forecast(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", PLAN_TOLD_PAST)
def test_plan_told_past(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", PERFECT_DIRECTIVE)
def test_perfect_directive(text, expected):
    assert pairs(text) == expected


# "two days earlier", "a week earlier" count back from the story's last date, as "later" counts on from it; "ago"
# counts from the text's date, and so does "a year earlier" (financial news compares with the year-ago period)
EARLIER = [
    ("The minister resigned on Friday. He had met the president two days earlier.",
     [("Friday", "2021-10-08"), ("two days earlier", "2021-10-06")]),
    ("The dam burst on September 20. Engineers had inspected it a week earlier.",
     [("September 20", "2021-09-20"), ("a week earlier", "2021-W37")]),
    # traps
    ("The minister resigned on Friday. He had met the president two days ago.",
     [("Friday", "2021-10-08"), ("two days ago", "2021-10-11")]),
    ("Net income rose to $5 million in the third quarter from $4 million a year earlier.",
     [("the third quarter", "2021-Q3"), ("a year earlier", "2020-Q3")]),
    ("Sales rose 4% from the year-earlier period.", [("the year-earlier period", "2020")]),
]


@pytest.mark.parametrize("text,expected", EARLIER)
def test_earlier_from_the_story(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, ref, expected", [
    # the passive past does not reach across "for" an event to come, nor a participle of a plan (said in June)
    ("Athletes were selected for the Games in August.", dt.date(2020, 6, 15), "2020-08"),
    ("The bill was introduced in the Senate for a vote in August.", dt.date(2020, 6, 15), "2020-08"),
    ("Tickets were sold out in hours for the show on July 3.", dt.date(2020, 6, 15), "2020-07-03"),
    ("Residents were warned of flooding expected in July.", dt.date(2020, 6, 15), "2020-07"),
    # "has agreed to the terms" is no infinitive of a plan
    ("The minister has agreed to the terms set out in March.", dt.date(2020, 6, 15), "2020-03"),
    ("The minister has told parliament he went to the summit on Monday.", dt.date(2020, 6, 17), "2020-06-15"),
    # a plan told in the past: the nearest such day, the day written first too
    ("The curfew was expected to be lifted on 20 September, but it was kept.", dt.date(2021, 10, 13),
     "2021-09-20"),
])
def test_reviewed_plans_and_passives(text, ref, expected):
    assert [m.value for m in extract_dates(text, lang="en", reference_date=ref)] == [expected]
