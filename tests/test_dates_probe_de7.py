"""German, seventh probe round (a South Tyrolean regional daily): a number that is the only subject of a plural passive
is a count ("Bisher wurden erst 1200 gesammelt"); "heutig-" before a weekday is one mention with it, and before a
noun and a name it tells the present-day kind of a place ("im heutigen Stadtteil Milland"); a weekday coordinated
with another shares the verb after both; the noun of a set date before a present copula tells a date to come ("Der
Termin für die Wahl ist der 27. Oktober"); "am 28. d. M." is this month's day (resolver pending).

Our own sentences (the probes /tmp/s36/esde/probe_de.txt and probe_de2.txt of that round), values written down
before viz was run."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dates_lang import pairs_for

N = dt.date(2013, 6, 12)   # a Wednesday
T = dt.date(2014, 1, 14)   # a Tuesday


pairs = pairs_for("de", N)


@pytest.mark.parametrize("text, expected", [
    ("Bisher wurden erst 1200 gesammelt.", []),
    ("Heuer wurden bereits 1750 gezählt.", [("Heuer", "2013")]),
    ("BOZEN. Insgesamt wurden 1400 verkauft, sagte der Obmann.", []),
    ("Die Sammlung läuft gut. Bislang wurden schon 1350 abgegeben.", []),
    # traps: a subject before the verb, or after the year; the singular passive; a year after a preposition
    ("Die Fresken wurden 1480 gemalt.", [("1480", "1480")]),
    ("Die Häuser wurden erst 1260 erbaut.", [("1260", "1260")]),
    ("So wurden 1809 die Bauern besiegt.", [("1809", "1809")]),
    ("Die Burg wurde erst 1260 erbaut.", [("1260", "1260")]),
    ("Damals wurden im Jahr 1480 Fresken gemalt.", [("Damals", "PAST_REF"), ("Jahr 1480", "1480")]),
])
def test_number_subject_of_a_plural_passive(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("BOZEN. Der heutige Dienstag bringt Neuschnee bis in die Täler.", [("heutige Dienstag", "2014-01-14")]),
    ("BRIXEN. Im heutigen Stadtteil Milland standen damals nur Bauernhöfe.", [("damals", "PAST_REF")]),
    # traps: a news text's "heutig-" before a noun that does not classify is the day; an event noun, in any text
    ("MERAN. Die heutige Ausgabe enthält eine Beilage zum Fasching, sagte er gestern.",
     [("heutige", "2014-01-14"), ("gestern", "2014-01-13")]),
    ("Die heutige Sitzung des Gemeinderates beginnt um 19 Uhr.", [("heutige", "2014-01-14")]),
])
def test_heutig_before_a_weekday_or_a_named_place(text, expected):
    assert pairs(text, T) == expected


@pytest.mark.parametrize("text, expected", [
    ("Am Samstag und Sonntag findet das Dorffest statt.", [("Samstag", "2013-06-15"), ("Sonntag", "2013-06-16")]),
    # trap: told in the past
    ("Am Samstag und Sonntag fand das Dorffest statt.", [("Samstag", "2013-06-08"), ("Sonntag", "2013-06-09")]),
])
def test_coordinated_weekdays_share_the_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Der Termin für die Wahl ist der 27. Oktober.", [("27. Oktober", "2013-10-27")]),
    ("Stichtag bleibt der 1. Oktober.", [("1. Oktober", "2013-10-01")]),
    # traps: the past copula; a Perfekt with "ist am"
    ("Der Termin für die Wahl war der 27. Oktober.", [("27. Oktober", "2012-10-27")]),
    ("Die Frist ist am 30. April abgelaufen.", [("30. April", "2013-04-30")]),
])
def test_set_date_noun_before_a_present_copula(text, expected):
    assert pairs(text) == expected


# "d. M." (des Monats) is this month, whatever the distance (resolvers.r_dom, group thismonth)
def test_day_of_this_month():
    assert pairs("Die Vollversammlung findet am 28. d. M. im Vereinshaus statt.") == [("28. d. M.", "2013-06-28")]


@pytest.mark.parametrize("text, ref, expected", [
    ("Am Herz-Jesu-Sonntag wurden auf den Bergen die Feuer entzündet.", dt.date(2013, 6, 12),
     [("Herz-Jesu-Sonntag", "2013-06-09")]),
    ("Am Herz-Jesu-Sonntag werden auf den Bergen die Feuer entzündet.", dt.date(2013, 6, 5),
     [("Herz-Jesu-Sonntag", "2013-06-09")]),
    ("Zum Muttertag gestalteten die Kinder eine Feier.", N, [("Muttertag", "2013-05-12")]),
    ("Am Dreifaltigkeitssonntag fand die Bergmesse statt.", N, [("Dreifaltigkeitssonntag", "2013-05-26")]),
    # traps: a compound of the feast is no date; "Sonntag" alone stays the weekday
    ("Die Muttertagsfeier der Bäuerinnen war gut besucht.", N, []),
    ("Am Sonntag brannten auf den Bergen die Herz-Jesu-Feuer.", N, [("Sonntag", "2013-06-09")]),
])
def test_tyrolean_feasts_after_pentecost(text, ref, expected):
    assert pairs(text, ref) == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("Im abgelaufenen Jahr rückte die Feuerwehr zu 45 Einsätzen aus.", dt.date(2014, 2, 20),
     [("abgelaufenen Jahr", "2013")]),
    ("Am abgelaufenen Wochenende siegte der HC Bozen zweimal.", N, [("abgelaufenen Wochenende", "2013-W23-WE")]),
    # traps: the verb "ablaufen" of a deadline; a season is no unit
    ("Die Frist ist gestern abgelaufen.", N, [("gestern", "2013-06-11")]),
    ("Die abgelaufene Saison war für den Verein schwierig.", N, []),
])
def test_the_year_just_ended(text, ref, expected):
    assert pairs(text, ref) == expected


@pytest.mark.parametrize("text, expected", [
    ("Der Jahrgang 1963 feierte seinen 50er.", [("1963", "1963")]),
    ("Sie feierte ihren 80er im Kreise der Familie.", []),
    ("Zum 90er gratulierte der Bürgermeister.", []),
    # traps: the decade in the plural or with "Jahre"
    ("In den 50ern wanderten viele aus dem Tal aus.", [("den 50ern", "195")]),
    ("Die 80er waren für den Verein wilde Jahre.", [("Die 80er", "198")]),
    ("Er war in den 90er-Jahren Bürgermeister.", [("den 90er-Jahren", "199")]),
])
def test_a_birthday_is_no_decade(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Landtagswahl am 27. Oktober wirft ihre Schatten voraus.", [("27. Oktober", "2013-10-27")]),
    ("Die Musikkapelle gibt am Sonntag ein Platzkonzert.", [("Sonntag", "2013-06-16")]),
    # traps: told in the past; "vom" dates a past event; not an event noun
    ("Die Landtagswahl am 27. Oktober brachte eine Überraschung.", [("27. Oktober", "2012-10-27")]),
    ("Die Wahl vom 27. Oktober wirft Fragen auf.", [("27. Oktober", "2012-10-27")]),
    ("Der Unfall am 3. Februar beschäftigt die Gerichte.", [("3. Februar", "2013-02-03")]),
    ("Die Musikkapelle gab am Sonntag ein Platzkonzert.", [("Sonntag", "2013-06-09")]),
])
def test_a_scheduled_event_told_in_the_present(text, expected):
    assert pairs(text) == expected


# From the review of these rules: a pronoun or a quantifier before the plural passive is its subject, so the number is
# a year (the count reading needs an adverb of amount or of time up to now first: "Bisher wurden erst 1200
# gesammelt"); a decade before a noun or coordinated with another is no birthday
@pytest.mark.parametrize("text, expected", [
    ("Sie wurden 1942 deportiert.", [("1942", "1942")]),
    ("Alle wurden 1943 verhaftet.", [("1943", "1943")]),
    ("Beide wurden 2010 gewählt, beide 2015 bestätigt.", [("2010", "2010"), ("2015", "2015")]),
    ("In den 80er und 90er Jahren boomte die Branche im Tal.", [("den 80er", "198"), ("90er Jahren", "199")]),
    ("Die Kapelle spielte Hits aus den 60er, 70er und 80er Jahren.",
     [("den 60er", "196"), ("70er", "197"), ("80er Jahren", "198")]),
    ("Die Band trat im 70er-Look auf.", [("70er", "197")]),
    # traps: still counts and birthdays
    ("Bisher wurden erst 1200 gesammelt.", []),
    ("Insgesamt wurden 1800 registriert.", []),
    ("Der Bürgermeister feierte seinen 50er, dann ging er.", []),
])
def test_review_of_counts_and_birthdays(text, expected):
    assert pairs(text) == expected
