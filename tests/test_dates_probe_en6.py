"""English newswire forms of the sixth probe round (errors found by reading dated news far from its publication date):
an -ed word right after a determiner is an adjective, not a past ("will play a mixed doubles match on Sunday"); "as
early as" after a past verb says how early it was, not a plan; "through" before a date under "will"/"would" ends a
span to come; a title-case headline's infinitive ("Book To Be Published In June"); a modal of possibility close
before the date ("could be complete around November"); a year-less date or a weekday naming a violent incident or an
accident ("the April shooting") is the last one; short regular pasts ("died", "sued") and "drew".
Traps: real pasts after those words, spans that are past, title-case headlines of past events, forecast weather,
festivals to come, guesses at a cause, a modal far from the date or with a past verb between.

Written from the grammar of English news, not from evaluation files."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

WED = dt.date(2021, 3, 10)  # a Wednesday


def pairs(text, ref):
    return [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=ref)]


CASES = [
    # an -ed word after a determiner is an adjective or a noun
    (WED, "Both clubs will play a rescheduled fixture on Saturday.", [("Saturday", "2021-03-13")]),
    (WED, "The governor will visit the flooded towns on Friday.", [("Friday", "2021-03-12")]),
    (WED, "She will travel with her injured teammate on Monday.", [("Monday", "2021-03-15")]),
    (WED, "The bank will publish its revised forecast on Thursday.", [("Thursday", "2021-03-11")]),
    (WED, "Its chief will address the assembled delegates on Friday.", [("Friday", "2021-03-12")]),
    # traps: a past verb after a noun or a pronoun stays a past
    (WED, "The council approved the plan on Monday.", [("Monday", "2021-03-08")]),
    (WED, "Her lawyer filed the appeal on Monday.", [("Monday", "2021-03-08")]),
    (WED, "That changed on Friday, when the results came in.", [("Friday", "2021-03-05")]),
    (WED, "The team, which will travel on Sunday, trained on Tuesday.", [("Sunday", "2021-03-14"),
                                                                        ("Tuesday", "2021-03-09")]),
    # "as early as" after a past: how early it was
    (dt.date(2020, 10, 18), "Hospitals had begun rationing masks from as early as February 20.",
     [("February 20", "2020-02-20")]),
    (dt.date(2021, 11, 2), "Farmers noticed the drought as early as June, the report found.", [("June", "2021-06")]),
    (dt.date(2019, 11, 21), "Aides Knew Of The Plan As Early As July 25, Emails Show", [("July 25", "2019-07-25")]),
    # traps: a plan ("could", "would", no past before) stays a plan
    (dt.date(2021, 1, 10), "Officials said the ruling could come as early as March.", [("March", "2021-03")]),
    (dt.date(2021, 1, 10), "The bill would take effect as early as July.", [("July", "2021-07")]),
    (dt.date(2021, 1, 10), "Shipments begin as early as Tuesday.", [("Tuesday", "2021-01-12")]),
    # "through" under "will"/"would": the end of a span to come
    (dt.date(2022, 2, 18), "The deal will keep the offices needed for the census open through Sept. 30.",
     [("Sept. 30", "2022-09-30")]),
    (dt.date(2020, 5, 4), "The mayor said the order would stay in place through June 1.", [("June 1", "2020-06-01")]),
    # traps: a span that is past
    (dt.date(2019, 11, 5), "Exports rose 3% in the nine months through September.", [("September", "2019-09")]),
    (dt.date(2019, 11, 5), "The show ran through Oct. 20 and drew record crowds.", [("Oct. 20", "2019-10-20")]),
    # a title-case headline's infinitive of a plan
    (dt.date(2022, 2, 23), "Late Singer's Letters To Be Auctioned In June", [("June", "2022-06")]),
    (dt.date(2021, 9, 1), "State Senate To Vote On Redistricting In March", [("March", "2022-03")]),
    # traps: a title-case headline of a past event; "To" before a noun
    (dt.date(2021, 9, 1), "Wildfire Reached Town In August, Officials Say", [("August", "2021-08")]),
    # a modal of possibility close before the date
    (dt.date(2019, 6, 15), "The new bridge could be ready around November, engineers said.", [("November", "2019-11")]),
    (dt.date(2005, 1, 15), "The console may be shown at a trade fair in May.", [("May", "2005-05")]),
    (dt.date(2018, 3, 7), "What The Primary Results Could Mean For November", [("November", "2018-11")]),
    (dt.date(2018, 3, 7), "Why Democrats Might Win Big In November", [("November", "2018-11")]),
    # trap: a title-case "Could Have" looks back
    (dt.date(2018, 3, 7), "How The Storm Could Have Been Stopped In November", [("November", "2017-11")]),
    # traps: a passive of "could" (a past ability), a guess at a cause, a modal far back, a past verb between
    (dt.date(2019, 6, 15), "The comet could be seen clearly in April.", [("April", "2019-04")]),
    (dt.date(2005, 1, 15), "Discounts may be behind November's jump in sales, analysts said.", [("November", "2004-11")]),
    (dt.date(2005, 1, 15), "While rents may soften, prices are still high, up 12% in the year to November.",
     [("November", "2004-11")]),
    (dt.date(2005, 1, 15), "The news may please the inspectors, who arrived in Paris on Tuesday.",
     [("Tuesday", "2005-01-11")]),
    # a year-less date or a weekday naming a violent incident or an accident: the last one
    (dt.date(2019, 6, 1), "The gunman will be sentenced for the February shooting.", [("February", "2019-02")]),
    (dt.date(2021, 12, 20), "A memorial will honour the victims of the Nov. 30 bombing.", [("Nov. 30", "2021-11-30")]),
    (dt.date(2019, 2, 3), "Engineers will study the December derailment next week.",
     [("December", "2018-12"), ("next week", "2019-W06")]),
    (WED, "The airline will compensate families after the Sunday crash.", [("Sunday", "2021-03-07")]),
    (dt.date(2019, 4, 19), "The appeals court upheld a June ruling by a federal judge.", [("June", "2018-06")]),
    (dt.date(2019, 4, 19), "Her lawyers will appeal the March verdict.", [("March", "2019-03")]),
    # traps: weather is forecast by its day, an event to come is no incident
    (dt.date(2019, 2, 3), "The October festival will return to the harbour.", [("October", "2019-10")]),
    (dt.date(2019, 2, 3), "The March storm is expected to dump a foot of snow.", [("March", "2019-03")]),
    (WED, "The Friday match will be played behind closed doors.", [("Friday", "2021-03-12")]),
    # short regular pasts and "drew"
    (dt.date(2019, 5, 15), "The actor, who will be buried in his home town, died on Sunday.", [("Sunday", "2019-05-12")]),
    (dt.date(2019, 5, 15), "Neighbours who will testify next week sued the landlord on Monday.",
     [("next week", "2019-W21"), ("Monday", "2019-05-13")]),
    (dt.date(2019, 5, 15), "The rally, which organisers will repeat, drew thousands on Saturday.",
     [("Saturday", "2019-05-11")]),
    # trap: "used" after a determiner is an adjective
    (dt.date(2019, 5, 15), "The charity will open a used clothing store on Friday.", [("Friday", "2019-05-17")]),
    # a date opening a "that" clause told in the past; traps: the clause in the future, a plain object clause
    (dt.date(2019, 9, 29), "The broadcaster revealed that in December, the prince accepted responsibility.",
     [("December", "2018-12")]),
    (dt.date(2019, 9, 29), "Officials said that in December, the company will open a plant.", [("December", "2019-12")]),
    # an inquiry into a day names a day past; trap: a hearing on a day to come
    (dt.date(2021, 12, 20), "Lawyers will review the findings of the Jan. 3 probe.", [("Jan. 3", "2021-01-03")]),
    (dt.date(2021, 12, 20), "Lawyers will attend the Jan. 3 hearing.", [("Jan. 3", "2022-01-03")]),
    # "To March" before "against"/"through" is the verb of a headline; traps: the month after "to", lowercase march
    (dt.date(2019, 5, 15), "Thousands Set To March Against Austerity In London", []),
    (dt.date(2019, 5, 15), "Thousands Set To March Through Capital On Saturday", [("Saturday", "2019-05-18")]),
    (dt.date(2019, 1, 15), "The vote was postponed to March, officials said.", [("March", "2019-03")]),
    (dt.date(2019, 1, 15), "Thousands will march through the city in March.", [("March", "2019-03")]),
    # a present-tense verb of lasting right before "through"; traps: a noun in -s across a comma, a past verb
    (dt.date(2021, 4, 1), "The relief program covers rent payments through September.", [("September", "2021-09")]),
    (dt.date(2020, 5, 3), "The curfew remains in force through December.", [("December", "2020-12")]),
    (dt.date(2022, 3, 9), "The stopgap keeps the ministries funded through Dec. 16.", [("Dec. 16", "2022-12-16")]),
    (dt.date(2019, 11, 5), "Investors moved money into bond funds, which saw no change this year through August.",
     [("this year", "2019"), ("August", "2019-08")]),
    (dt.date(2019, 11, 5), "The curfew remained in force through August.", [("August", "2019-08")]),
    # a title-case headline's "To Fund ... Through"
    (dt.date(2018, 3, 23), "Congress Passes Bill To Fund Agencies Through September", [("September", "2018-09")]),
    # a present-tense verb of intention before an infinitive close before the date; traps: the past form, a past verb
    # between, a title-case headline with a gerund clause
    (dt.date(2020, 5, 3), "The senator wants to hold hearings on the matter in November.", [("November", "2020-11")]),
    (dt.date(2005, 1, 15), "The carmaker hopes to be back in profit in July.", [("July", "2005-07")]),
    (dt.date(2020, 5, 3), "The senator wanted to hold hearings in November.", [("November", "2019-11")]),
    (dt.date(2020, 5, 3), "She hopes to learn who leaked the memo in November.", [("November", "2019-11")]),
    (dt.date(2018, 12, 15), "Singer Wants To Thank Fan For Dressing As Her For Halloween", [("Halloween", "2018-10-31")]),
    # the past perfect right before "in"/"on" and the date: the last one; traps: a plan in the past perfect, an
    # infinitive between
    (dt.date(2019, 11, 13), "Records showed that a submarine had torpedoed the freighter in late December.",
     [("late December", "2018-12")]),
    (dt.date(2019, 11, 13), "Police said the suspect had been arrested in January.", [("January", "2019-01")]),
    (dt.date(2019, 11, 13), "The club had planned to reopen in January.", [("January", "2020-01")]),
    (dt.date(2019, 11, 13), "The board had agreed to vote in December.", [("December", "2019-12")]),
    # an editor's year in square brackets after a month; trap: a bracket that is no year
    (dt.date(2020, 7, 6), "From October [2017] to April [2018], she kept the shop open.",
     [("October [2017]", "2017-10"), ("April [2018]", "2018-04")]),
    (dt.date(2020, 7, 6), "The results came out in March [1].", [("March", "2020-03")]),
    # the present progressive close before "in"/"on" and the date: a plan; traps: verbs of an aftermath or of looking
    # back, a preposition of cause or an earlier time between, a past verb between
    (dt.date(2021, 5, 5), "The mayor, who is seeking a third term in November, declined to comment.",
     [("November", "2021-11")]),
    (dt.date(2021, 5, 5), "The two leaders are holding a summit in December.", [("December", "2021-12")]),
    (dt.date(2021, 5, 5), "The lawyer, who is contesting the seat in November, spoke.", [("November", "2021-11")]),
    (dt.date(2021, 5, 5), "The singer is recovering from a fall in March.", [("March", "2021-03")]),
    (dt.date(2021, 5, 5), "Police are investigating a break-in on Monday.", [("Monday", "2021-05-03")]),
    (dt.date(2021, 5, 5), "The airline is cutting flights after heavy losses in March.", [("March", "2021-03")]),
    (dt.date(2021, 5, 5), "She is still living in the flat she rented in March.", [("March", "2021-03")]),
    # "next" before a superlative ranks, it does not point ahead; trap: "the next meeting"
    (dt.date(2020, 5, 29), "Spain reported the next largest toll, 27,000 deaths as of Wednesday.",
     [("Wednesday", "2020-05-27")]),
    (dt.date(2020, 5, 29), "The next meeting is on Wednesday.", [("Wednesday", "2020-06-03")]),
    # a part of the day after a fronted date before a past clause
    (dt.date(2019, 7, 23), "By Monday afternoon, the storm had weakened.", [("Monday", "2019-07-22")]),
    (dt.date(2019, 7, 23), "By Monday afternoon, the storm will have weakened.", [("Monday", "2019-07-29")]),
    # "was to" + verb is a plan told in the past: the nearest such day; trap: "was to" told of the future
    (dt.date(2020, 1, 10), "The terminal was to open on Wednesday, but repairs took longer.",
     [("Wednesday", "2020-01-08")]),
    (dt.date(2020, 1, 10), "The terminal was to blame, and it will reopen on Wednesday.", [("Wednesday", "2020-01-15")]),
    # "past" before a day is a preposition, not "last"
    (dt.date(2019, 1, 30), "Talks Aim To Keep Agencies Open Past Feb. 15", [("Feb. 15", "2019-02-15")]),
]


@pytest.mark.parametrize("ref,text,want", CASES, ids=[c[1][:60] for c in CASES])
def test_en6(ref, text, want):
    assert pairs(text, ref) == want


# a contraction before a month is no possessor ("it's August" is the month; "the Women's March." a name)
@pytest.mark.parametrize("text, expected", [
    ("Nobody can quite believe it's August.", [("August", "2019-08")]),
    ("That's October for you: rain and more rain.", [("October", "2019-10")]),
    ("Thousands joined the Women's March.", []),
])
def test_contraction_before_a_month(text, expected):
    assert [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=dt.date(2019, 8, 2))] == expected
