"""English dates: the regressions a review of the hp8 rules found (tests/test_dates_probe_hp8.py), on sentences of our
own, with the readings those rules were written for kept beside them.

A. "eyes"/"targets" as plural nouns, not verbs that look forward; B. a participle clause that opens the sentence
("Heading into ...,") leaves the tense to the main clause; C. the new time of a rescheduled event, not in a participle
clause set off by commas, after "after being", nor "delayed for"; D. a capitalised "Tomorrow"/"Today" in quotation
marks is a title only near a title's noun or verb; E. a feast as an institution only when made, declared or become a
holiday; F. "ahead of" a feast in a past sentence: the nearest one only when it is near; I. a date before "panel",
"committee": the body named after a past day only for a named body; J. a weekday with an ordinal that is no day of
the month; K. a sentence ends at an abbreviation's period before a capitalised function word; N. "Any Day Now" as a
quoted title."""
import datetime as dt

import pytest

from tests.dates_lang import pairs_for

pairs = pairs_for("en", dt.date(2024, 3, 13))  # a Wednesday


def _check(text, ref, expected):
    assert (pairs(text) if ref is None else pairs(text, ref=ref)) == expected


# A. "targets", "eyes" after a past verb, a determiner, a number or an adjective are nouns: the weekday is the last one
@pytest.mark.parametrize("text,ref,expected", [
    ("Warplanes hit targets Sunday near the border.", None, [("Sunday", "2024-03-10")]),
    ("Artillery shelled army targets Tuesday, the ministry said.", None, [("Tuesday", "2024-03-12")]),
    ("The firm missed its sales targets Monday and its shares fell.", None, [("Monday", "2024-03-11")]),
    ("The navy said it destroyed 12 targets Saturday.", None, [("Saturday", "2024-03-09")]),
    ("He rubbed his eyes Sunday as the jury came back.", None, [("Sunday", "2024-03-10")]),
    # ... kept: the verb before an article, and in a title-case headline
    ("The club eyes a Sunday return for its captain.", None, [("Sunday", "2024-03-17")]),
    ("The carmaker targets a Friday launch for the new model.", None, [("Friday", "2024-03-15")]),
    ("Samsung Targets Friday Release For New Phone", None, [("Friday", "2024-03-15")]),
    ("Studio Eyes Saturday Premiere For Sequel", None, [("Saturday", "2024-03-16")]),
    ("The agency is eyeing a Saturday launch.", None, [("Saturday", "2024-03-16")]),
])
def test_targets_eyes(text, ref, expected):
    _check(text, ref, expected)


# B. a participle of looking forward that opens the sentence or a clause after a comma: the main clause decides
@pytest.mark.parametrize("text,ref,expected", [
    ("Heading into the October vote, the coalition was badly divided.", dt.date(2024, 11, 20),
     [("October", "2024-10")]),
    ("Heading into the November runoff, surveys showed a tie.", dt.date(2024, 12, 10), [("November", "2024-11")]),
    ("The coalition, heading into the October vote, was badly divided.", dt.date(2024, 11, 20),
     [("October", "2024-10")]),
    ("Preparing for a Sunday evacuation, the town was emptied.", None, [("Sunday", "2024-03-10")]),
    # ... kept: inside the clause
    ("The scandal has shaken the race heading into the November vote.", dt.date(2024, 7, 31),
     [("November", "2024-11")]),
    ("Families are preparing for a Sunday evacuation.", None, [("Sunday", "2024-03-17")]),
])
def test_participle_opening(text, ref, expected):
    _check(text, ref, expected)


# C. the new time of a rescheduled event told after the event
@pytest.mark.parametrize("text,ref,expected", [
    ("Delayed to Saturday by snow, the derby was won by the visitors.", None, [("Saturday", "2024-03-09")]),
    ("The motion, deferred to Monday, passed by four votes.", None, [("Monday", "2024-03-11")]),
    ("After being postponed to Saturday, the final was won on penalties.", dt.date(2024, 3, 18),
     [("Saturday", "2024-03-16")]),
    ("Having been pushed back to Sunday, the race drew a record crowd.", dt.date(2024, 3, 18),
     [("Sunday", "2024-03-17")]),
    ("The concert, rescheduled for Saturday, sold out.", dt.date(2024, 3, 18), [("Saturday", "2024-03-16")]),
    ("Customers whose gifts were delayed for Christmas filed complaints.", dt.date(2023, 12, 28),
     [("Christmas", "2023-12-25")]),
    # ... kept: the move told in the clause, and a future main clause after the apposition
    ("The final was postponed to Sunday because of the storm.", None, [("Sunday", "2024-03-17")]),
    ("Organisers Delay Marathon To Saturday", None, [("Saturday", "2024-03-16")]),
    ("The inquest has been rescheduled for Monday.", None, [("Monday", "2024-03-18")]),
    ("The hearing, postponed until Monday, will hear from the widow.", None, [("Monday", "2024-03-18")]),
])
def test_rescheduled(text, ref, expected):
    _check(text, ref, expected)


# D. a capitalised "Tomorrow"/"Today" alone in quotation marks is a title only near a title's verb or noun; a one-word
# answer, a quoted word after "said"/"was" or in a headline is the day
@pytest.mark.parametrize("text,expected", [
    ("Asked when the strike would end, the leader replied: 'Tomorrow'.", [("Tomorrow", "2024-03-14")]),
    ("When will the bridge reopen? 'Tomorrow', the council said.", [("Tomorrow", "2024-03-14")]),
    ("The minister said the answer was \u2018Tomorrow\u2019.", [("Tomorrow", "2024-03-14")]),
    ("Asked when, he said only: \u201cToday\u201d.", [("Today", "2024-03-13")]),
    ("Union Says Walkout Will End \u2018Tomorrow\u2019", [("Tomorrow", "2024-03-14")]),
    # ... kept: a song, a novel, a show, a single
    ("The choir performed \"Tomorrow\" at the gala.", []),
    ("He played 'Yesterday' on an old guitar.", []),
    ("Her debut novel \u201cYesterday\u201d sold a million copies.", []),
    ("\u2018Today\u2019 co-host Savannah Guthrie returned.", []),
    ("\u201cTonight\u201d is the group's second single.", []),
    ("The duo closed the show with \"Yesterday\" and left.", []),
])
def test_quoted_titles(text, expected):
    assert pairs(text) == expected


# E. a feast is an institution only when it is made, declared or becomes a holiday; "X is / will be a holiday" tells
# the day
@pytest.mark.parametrize("text,ref,expected", [
    ("Christmas Day will be a public holiday, so post offices will shut.", dt.date(2023, 12, 18),
     [("Christmas Day", "2023-12-25")]),
    ("Easter Monday is a bank holiday across the UK.", dt.date(2024, 3, 20), [("Easter Monday", "2024-04-01")]),
    ("Thanksgiving is a national holiday, and schools will close.", dt.date(2023, 11, 15),
     [("Thanksgiving", "2023-11-23")]),
    # ... kept: made, declared, become a holiday
    ("Lawmakers voted to make Juneteenth a federal holiday.", dt.date(2021, 6, 16), []),
    ("Juneteenth was declared a federal holiday by Congress.", dt.date(2024, 6, 10), []),
    ("Juneteenth has become a paid holiday for state workers.", dt.date(2024, 6, 10), []),
    ("Activists want Election Day to be a national holiday.", dt.date(2024, 6, 10), []),
])
def test_feast_as_institution(text, ref, expected):
    _check(text, ref, expected)


# F. "ahead of" a feast in a past sentence: the coming one only when it is near, else the last one
@pytest.mark.parametrize("text,ref,expected", [
    ("Egg prices jumped ahead of Thanksgiving, the survey found.", dt.date(2024, 6, 10),
     [("Thanksgiving", "2023-11-23")]),
    ("Chocolate prices soared ahead of Easter, dealers said.", dt.date(2024, 1, 10), [("Easter", "2023-04-09")]),
    ("Train fares rose ahead of Christmas, the watchdog found.", dt.date(2024, 7, 10), [("Christmas", "2023-12-25")]),
    # ... kept: near the feast, and a sentence with no tense
    ("Supermarkets hired extra staff ahead of Thanksgiving.", dt.date(2023, 11, 20), [("Thanksgiving", "2023-11-23")]),
    ("The charity launched its appeal ahead of Christmas.", dt.date(2023, 12, 1), [("Christmas", "2023-12-25")]),
    ("Egg sales surged ahead of Easter.", dt.date(2024, 3, 20), [("Easter", "2024-03-31")]),
])
def test_ahead_of_feast(text, ref, expected):
    _check(text, ref, expected)


# I. a date before "panel" or "committee": a body named after a past day only for a named house's panel, and not
# before the body's markup or stage
@pytest.mark.parametrize("text,ref,expected", [
    ("He will sit on the Thursday panel at the festival.", None, [("Thursday", "2024-03-14")]),
    ("She is due to speak at an April 4 panel in Austin.", dt.date(2024, 3, 13), [("April 4", "2024-04-04")]),
    ("The bill faces a Nov. 9 committee markup.", dt.date(2023, 10, 25), [("Nov. 9", "2023-11-09")]),
    ("Fans will elect the Saturday panel of judges.", None, [("Saturday", "2024-03-16")]),
    # ... kept: a house's panel and a committee or commission named after the day
    ("A Dec. 9 Senate Panel Summons Three Officials", dt.date(2024, 11, 20), [("Dec. 9", "2023-12-09")]),
    ("The April 2 commission published its report.", dt.date(2024, 3, 13), [("April 2", "2023-04-02")]),
    ("The Oct. 5 committee heard from survivors.", dt.date(2024, 3, 13), [("Oct. 5", "2023-10-05")]),
])
def test_panel_committee(text, ref, expected):
    _check(text, ref, expected)


# J. a weekday before an ordinal that is no day of the month: before "and", or no month near with that day on that
# weekday
@pytest.mark.parametrize("text,ref,expected", [
    ("Ministers met on Tuesday, the 3rd and last day of the talks.", dt.date(2024, 6, 6), [("Tuesday", "2024-06-04")]),
    ("The final resumes Friday, the 2nd and deciding leg.", dt.date(2024, 6, 6), [("Friday", "2024-06-07")]),
    ("She finished Saturday the 4th and climbed the rankings.", dt.date(2024, 6, 6), [("Saturday", "2024-06-01")]),
    ("The Mets won on Tuesday, the 3rd in a row.", dt.date(2024, 6, 6), [("Tuesday", "2024-06-04")]),
    # ... kept: a weekday with its day of the month
    ("The referendum is on Sunday, the 9th.", dt.date(2024, 6, 6), [("Sunday, the 9th", "2024-06-09")]),
    ("Talks reopen on Monday, the 10th, in Vienna.", dt.date(2024, 6, 6), [("Monday, the 10th", "2024-06-10")]),
    ("Shares slid on Friday the 13th.", dt.date(2024, 9, 16), [("Friday the 13th", "2024-09-13")]),
])
def test_weekday_ordinal(text, ref, expected):
    _check(text, ref, expected)


# K. the rest of a sentence after a fronted date ends at an abbreviation's period before a word that opens a sentence,
# or at a firm's "Inc."/"Co." before a capitalised word
@pytest.mark.parametrize("text,ref,expected", [
    ("On Monday, Italy beat Albania in Group B. The final is set to be played in Rome.", dt.date(2024, 6, 19),
     [("Monday", "2024-06-17")]),
    ("On Tuesday, the regulator hit Globex Inc. It is set to appeal the fine.", None, [("Tuesday", "2024-03-12")]),
    ("On Monday, the lender cut its stake in Initech Co. Analysts are set to cut forecasts.", None,
     [("Monday", "2024-03-11")]),
    # ... kept: an abbreviation inside the subject
    ("On Monday, U.S. diplomats will meet their Iranian counterparts.", None, [("Monday", "2024-03-18")]),
    ("On Friday, Dr. Osei will open the new ward.", None, [("Friday", "2024-03-15")]),
])
def test_abbreviation_ends_sentence(text, ref, expected):
    _check(text, ref, expected)


# N. "Any Day Now" in title case inside quotation marks is a title; the phrase itself is to come
@pytest.mark.parametrize("text,expected", [
    ("\u201cAny Day Now\u201d took the jury prize in Berlin.", []),
    ("The drama \"Any Day Now\" opens Friday.", [("Friday", "2024-03-15")]),
    # ... kept
    ("A verdict is expected any day now.", [("any day now", "FUTURE_REF")]),
    ("Any Day Now: Rate Cut Looms", [("Any Day Now", "FUTURE_REF")]),
    ("The deal could close \u201cany day now\u201d, a source said.", [("any day now", "FUTURE_REF")]),
])
def test_any_day_now_title(text, expected):
    assert pairs(text) == expected
