"""English dates: regressions of the session's English rules found by a read-only review, on sentences of our own
(several the reviewer's), with the gains of those rules kept beside them.

A. a title-case headline's present verb after a weekday tells a past event, but not a verb of anticipation, nor after a
word of a schedule right before the day ("Set For", "Due", "Expected");
B. "ahead of" a possessive weekday: "last week" or the event's outcome in the sentence make it the past one;
C. "it was announced/decided that ... would ... on <day>": a recent announcement, the coming day; after an
announcement's own weekday, the first such day after it; the nearest one only when a phrase places the decision in
the story's past ("At that session, it was agreed ...");
D. "starting" after a verb that calls off what was to come ("have cancelled operations starting Thursday");
E. a definite incident named by its day ("The attack on Wednesday is to be investigated"): the past day;
F. a day an event was moved or postponed to, with its outcome told after it in the past: the past day;
G. "the following April" after a week: from the week's month."""
import datetime as dt

import pytest

from tests.dates_lang import pairs_for

pairs = pairs_for("en", dt.date(2024, 3, 13))  # a Wednesday

MON = dt.date(2024, 3, 11)
WED = dt.date(2024, 3, 13)


def _check(text, ref, expected):
    assert pairs(text, ref=ref) == expected


# A. headlines
@pytest.mark.parametrize("text,ref,expected", [
    ("Strike Set For Monday Threatens Commuter Chaos", WED, [("Monday", "2024-03-18")]),
    ("Budget Due Wednesday Promises Tax Cuts", MON, [("Wednesday", "2024-03-13")]),
    ("Storm Due Friday Puts Coast On Alert", MON, [("Friday", "2024-03-15")]),
    ("Summit Set For Thursday Raises Hopes Of Deal", MON, [("Thursday", "2024-03-14")]),
    ("Final On Sunday Promises Thrills", WED, [("Sunday", "2024-03-17")]),
    ("Vote Moved To Thursday Worries Campaigners", WED, [("Thursday", "2024-03-14")]),
    ("Walkout On Friday Looms Over Talks", WED, [("Friday", "2024-03-15")]),
    # ... kept: the headline's verb of an outcome tells a past event
    ("Match Postponed To Sunday Ends Goalless", WED, [("Sunday", "2024-03-10")]),
    ("Rally Planned For Saturday Draws Thousands", WED, [("Saturday", "2024-03-09")]),
    ("Match Moved To Saturday Draws Big Crowd", WED, [("Saturday", "2024-03-09")]),
])
def test_headline_anticipation(text, ref, expected):
    _check(text, ref, expected)


# B. "ahead of" a possessive weekday
@pytest.mark.parametrize("text,ref,expected", [
    ("Shares slid last week ahead of Friday's jobs report.", MON,
     [("last week", "2024-W10"), ("Friday", "2024-03-08")]),
    ("Markets were quiet last week ahead of Sunday's vote.", WED,
     [("last week", "2024-W10"), ("Sunday", "2024-03-10")]),
    ("The pound rose ahead of Friday's inflation figures, which later showed a fall.", MON,
     [("Friday", "2024-03-08")]),
    ("Stocks rose ahead of Friday's jobs report and then slumped after it was released.", MON,
     [("Friday", "2024-03-08")]),
    # ... kept: the coming one in the story's week
    ("Stocks fell on Monday ahead of Friday's jobs report.", MON, [("Monday", "2024-03-11"), ("Friday", "2024-03-15")]),
    ("Investors are cautious ahead of Friday's jobs data.", MON, [("Friday", "2024-03-15")]),
    ("Traders stayed on the sidelines ahead of Sunday's election.", WED, [("Sunday", "2024-03-17")]),
])
def test_ahead_of_told_past(text, ref, expected):
    _check(text, ref, expected)


# C. a decision or an announcement told in the passive
@pytest.mark.parametrize("text,ref,expected", [
    ("It was announced that the bridge would close on Saturday for repairs.", MON, [("Saturday", "2024-03-16")]),
    ("It was decided that the museum would be closed on Friday for a private event.", MON, [("Friday", "2024-03-15")]),
    ("It was announced on Sunday that the border would reopen on Saturday.", MON,
     [("Sunday", "2024-03-10"), ("Saturday", "2024-03-16")]),
    ("It was announced on Thursday that the border would reopen on Saturday.", MON,
     [("Thursday", "2024-03-07"), ("Saturday", "2024-03-09")]),
    ("The ministry confirmed on Friday that the schools would reopen on Monday.", WED,
     [("Friday", "2024-03-08"), ("Monday", "2024-03-11")]),
    # ... kept: a decision placed in the story's past by a phrase before it, the nearest such day
    ("At that session, it was agreed a curfew would be imposed on Saturday.", MON,
     [("Saturday", "2024-03-09")]),
])
def test_announced_would(text, ref, expected):
    _check(text, ref, expected)


# D. "starting" after a verb that calls off what was to come
@pytest.mark.parametrize("text,ref,expected", [
    ("Hospitals have cancelled operations starting Thursday.", WED, [("Thursday", "2024-03-14")]),
    ("The airline has scrapped its night flights starting Monday.", WED, [("Monday", "2024-03-18")]),
    # ... kept: a past verb of another kind dates a span that has begun
    ("The firm laid off 300 workers, starting Monday.", WED, [("Monday", "2024-03-11")]),
    ("Prices have risen sharply, starting in April.", dt.date(2024, 6, 12), [("April", "2024-04")]),
])
def test_starting_after_cancel(text, ref, expected):
    _check(text, ref, expected)


# E. a definite incident named by its day
@pytest.mark.parametrize("text,ref,expected", [
    ("The attack on Wednesday is to be investigated.", MON, [("Wednesday", "2024-03-06")]),
    ("The crash on Saturday will be examined by air safety experts.", WED, [("Saturday", "2024-03-09")]),
    # ... kept: an event to come; an attack planned, with no article
    ("The vote on Thursday is to decide the leadership.", MON, [("Thursday", "2024-03-14")]),
    ("The rebels will launch an attack on Friday, the commander said.", WED, [("Friday", "2024-03-15")]),
])
def test_incident_on_weekday(text, ref, expected):
    _check(text, ref, expected)


# F. a day an event was moved to, with its outcome told after it
@pytest.mark.parametrize("text,ref,expected", [
    ("The final was moved to Sunday and Spain won it 2-1.", WED, [("Sunday", "2024-03-10")]),
    ("After the storm, the race moved to Sunday, when Verstappen won it.", WED, [("Sunday", "2024-03-10")]),
    ("The concert moved to Saturday after the singer fell ill, and 20,000 fans turned up.", WED,
     [("Saturday", "2024-03-09")]),
    ("The game, which was moved to Sunday because of the snow, ended 1-1.", WED, [("Sunday", "2024-03-10")]),
    ("Organisers moved the race to Sunday, and the favourite won it comfortably.", WED, [("Sunday", "2024-03-10")]),
    ("The final was postponed to Sunday and the hosts won it on penalties.", WED, [("Sunday", "2024-03-10")]),
    # ... kept: the move told with no outcome, or an outcome still to come
    ("The match was moved to Saturday because of the storm.", WED, [("Saturday", "2024-03-16")]),
    ("The vote was moved to Monday.", WED, [("Monday", "2024-03-18")]),
    ("The final was postponed to Sunday, and whoever wins it will face Italy.", WED, [("Sunday", "2024-03-17")]),
])
def test_moved_with_outcome(text, ref, expected):
    _check(text, ref, expected)


# G. "the following <month>" after a week
@pytest.mark.parametrize("text,ref,expected", [
    ("The strike began last week, and talks are planned for the following April.", WED,
     [("last week", "2024-W10"), ("following April", "2024-04")]),
    ("Applications opened this week, and the course begins the following September.", WED,
     [("this week", "2024-W11"), ("following September", "2024-09")]),
    # ... kept: after a year, the year after
    ("The law was passed in 2001. It took effect the following January.", WED,
     [("2001", "2001"), ("following January", "2002-01")]),
])
def test_following_month_after_week(text, ref, expected):
    _check(text, ref, expected)


# H. a fronted month whose main clause has a name of several capitalised words for its subject and "will": to come;
# a weather forecast for a day told in the present: the coming day
@pytest.mark.parametrize("text,ref,expected", [
    ("In December, Prime Minister Rishi Sunak will visit India.", dt.date(2024, 6, 30), [("December", "2024-12")]),
    ("In September the United Nations General Assembly will meet in New York.", dt.date(2024, 3, 13),
     [("September", "2024-09")]),
    ("Heavy rain is forecast for Thursday and Friday.", dt.date(2024, 6, 30),
     [("Thursday", "2024-07-04"), ("Friday", "2024-07-05")]),
    # ... kept: the past told in the main clause; a forecast told after the fact; a title-case headline
    ("In December, Prime Minister Rishi Sunak visited India.", dt.date(2024, 6, 30), [("December", "2023-12")]),
    ("Heavy rain was forecast for Thursday, but the day stayed dry.", dt.date(2024, 6, 30),
     [("Thursday", "2024-06-27")]),
    ("In November Donald Trump Won The Election", dt.date(2024, 3, 13), [("November", "2023-11")]),
])
def test_fronted_name_will_and_forecast(text, ref, expected):
    _check(text, ref, expected)


# I. a fronted month with a past verb and its infinitive in the main clause ("In May, the council voted to close the
# library"): a past act, the last such month; not "was/were to", a plan told in the past
@pytest.mark.parametrize("text,ref,expected", [
    ("In May the council voted to close the library.", WED, [("May", "2023-05")]),
    ("In May, the council agreed to sell the site.", WED, [("May", "2023-05")]),
    # ... kept
    ("In May, the workers were to return to the office.", WED, [("May", "2024-05")]),
    ("In May the council will vote to close the library.", WED, [("May", "2024-05")]),
])
def test_fronted_month_past_verb_to(text, ref, expected):
    _check(text, ref, expected)


# J. a plan told in the past perfect ("had been set for Tuesday"), as one told in the past: the nearest such day
@pytest.mark.parametrize("text,ref,expected", [
    ("Parliament moved to Thursday the debate that had been set for Tuesday.", WED,
     [("Thursday", "2024-03-14"), ("Tuesday", "2024-03-12")]),
    # ... kept: the nearest one is the coming one
    ("The talks, which had been set for Friday, may be delayed.", WED, [("Friday", "2024-03-15")]),
])
def test_plan_in_past_perfect(text, ref, expected):
    _check(text, ref, expected)
