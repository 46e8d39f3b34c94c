"""German, fourteenth probe round (session 40, second fixer): South Tyrolean regional daily. Our own sentences,
values written before running the code.

Said on a Wednesday, 14 March 2012, unless told otherwise: past Mon 12, Tue 13, Fri 9, Sun 11; coming Mon 19,
Tue 20, Fri 16, Sat 17, Sun 18."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dates_lang import pairs_for

N = dt.date(2012, 3, 14)

pairs = pairs_for("de", N)


# a date opening a main clause of its own after "," or "und", its finite verb right after it: that verb tells its
# tense, not the past of the clause before; both in the past, both to come, and an infinitive clause stay as they were
@pytest.mark.parametrize("text, expected", [
    ("Am Montag wurde gewählt, am Dienstag wird ausgezählt.", [("Montag", "2012-03-12"), ("Dienstag", "2012-03-20")]),
    ("Am Montag wurde gewählt und am Dienstag wird ausgezählt.",
     [("Montag", "2012-03-12"), ("Dienstag", "2012-03-20")]),
    ("Am Sonntag fiel der erste Schnee, am Freitag wird es wieder warm.",
     [("Sonntag", "2012-03-11"), ("Freitag", "2012-03-16")]),
    ("Am Samstag gewann der HCB in Asiago, am Dienstag folgt das Rückspiel.",
     [("Samstag", "2012-03-10"), ("Dienstag", "2012-03-20")]),
    ("Am Sonntag war das Wetter schlecht, am Samstag soll es besser werden.",
     [("Sonntag", "2012-03-11"), ("Samstag", "2012-03-17")]),
    ("Gestern wurde gewählt, am Freitag wird ausgezählt.", [("Gestern", "2012-03-13"), ("Freitag", "2012-03-16")]),
    ("Im Mai wurde das Projekt genehmigt, im Oktober soll es fertig sein.", [("Mai", "2011-05"), ("Oktober", "2012-10")]),
    # kept
    ("Am Montag wurde gewählt, am Dienstag wurde ausgezählt.", [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13")]),
    ("Am Montag wurde gewählt, und am Dienstag hat man ausgezählt.",
     [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13")]),
    ("Am Montag wird gewählt, am Dienstag wird ausgezählt.", [("Montag", "2012-03-19"), ("Dienstag", "2012-03-20")]),
    ("Die Feuerwehr rückte am Montag aus, am Dienstag war der Brand gelöscht.",
     [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13")]),
    ("Der Bürgermeister versprach, am Montag die Anrainer zu informieren.", [("Montag", "2012-03-19")]),
])
def test_own_clause_after_a_past_clause(text, expected):
    assert pairs(text) == expected


# a subordinate clause of cause, condition, concession or time, the date in its middle field and a present verb
# closing it: the coming day or month; its past stays past
@pytest.mark.parametrize("text, expected", [
    ("Weil die Lehrer am Montag streiken, bleiben die Schulen zu.", [("Montag", "2012-03-19")]),
    ("Wenn der Bürgermeister im Dezember zurückkehrt, wird neu verhandelt.", [("Dezember", "2012-12")]),
    ("Da die Bauern am Freitag demonstrieren, ist die Brennerstraße gesperrt.", [("Freitag", "2012-03-16")]),
    ("Falls die Gewerkschaften am Dienstag streiken, fallen die Busse aus.", [("Dienstag", "2012-03-20")]),
    ("Obwohl die Lehrer am Montag streiken, findet der Unterricht statt.", [("Montag", "2012-03-19")]),
    ("Damit die Kinder am Freitag pünktlich ankommen, fährt ein Sonderbus.", [("Freitag", "2012-03-16")]),
    # the past
    ("Weil die Lehrer am Montag streikten, blieben die Schulen zu.", [("Montag", "2012-03-12")]),
    ("Als der Bürgermeister im Dezember zurückkehrte, wurde neu verhandelt.", [("Dezember", "2011-12")]),
    ("Da die Bauern am Freitag demonstriert haben, war die Straße gesperrt.", [("Freitag", "2012-03-09")]),
    ("Nachdem die Lehrer am Montag gestreikt hatten, blieben die Schulen zu.", [("Montag", "2012-03-12")]),
])
def test_verb_final_subordinate_present(text, expected):
    assert pairs(text) == expected


# a date opening its clause before "ist" and the day's name: a scheduled day, this year's coming one, for a bare month
# as for the n-th weekday of a month; the past copula and a Perfekt keep the past
@pytest.mark.parametrize("text, expected", [
    ("Am vierten Sonntag im November ist Wahltag.", [("vierten Sonntag im November", "2012-11-25")]),
    ("Am dritten Sonntag im November ist Landtagswahl.", [("dritten Sonntag im November", "2012-11-18")]),
    ("Am letzten Sonntag im September ist Almabtrieb.", [("letzten Sonntag im September", "2012-09-30")]),
    ("Im November ist Wahltag.", [("November", "2012-11")]),
    # the past
    ("Am vierten Sonntag im November war Wahltag.", [("vierten Sonntag im November", "2011-11-27")]),
    ("Im November war Wahltag.", [("November", "2011-11")]),
    ("Am ersten Sonntag im Februar war Wahltag.", [("ersten Sonntag im Februar", "2012-02-05")]),
])
def test_scheduled_day_with_present_copula(text, expected):
    assert pairs(text) == expected


# the n-th weekday of a month as a habit ("jeden", "jedes Jahr", "alljährlich", "immer am"): a set, no mention (nor
# one of its month); without the habit, the day
@pytest.mark.parametrize("text, expected", [
    ("Das Fest findet immer am ersten Sonntag im Oktober statt.", []),
    ("Immer am ersten Sonntag im Oktober ziehen die Kühe ins Tal.", []),
    ("Jeden ersten Sonntag im Mai wird in Tramin gefeiert.", []),
    ("Alljährlich am dritten Sonntag im Oktober wird das Törggelen eröffnet.", []),
    ("Die Feier ist jedes Jahr am ersten Sonntag im Mai.", []),
    ("Am ersten Sonntag im Oktober findet das Fest statt.", [("ersten Sonntag im Oktober", "2012-10-07")]),
    ("Die Lage wird immer schlimmer, am ersten Sonntag im Mai wird gewählt.",
     [("ersten Sonntag im Mai", "2012-05-06")]),
])
def test_nth_weekday_habit(text, expected):
    assert pairs(text) == expected


# the subject's name with a class's or a line's number and letter, and a start of service or of force closing a
# present clause: a plan (the coming day); the past stays past
@pytest.mark.parametrize("text, expected", [
    ("Die 20 Schüler der Klasse 3A fahren am Montag nach Rom.", [("Montag", "2012-03-19")]),
    ("Die Schüler der Klasse 3A fuhren am Montag nach Rom.", [("Montag", "2012-03-12")]),
    ("Der Lift geht am Samstag in Betrieb.", [("Samstag", "2012-03-17")]),
    ("Der Lift ging am Samstag in Betrieb.", [("Samstag", "2012-03-10")]),
    ("Das Gesetz tritt am Montag in Kraft.", [("Montag", "2012-03-19")]),
])
def test_plan_subject_number_and_service_start(text, expected):
    assert pairs(text) == expected


# two days of one clause joined by "und" keep sharing its verb
@pytest.mark.parametrize("text, expected", [
    ("Der Markt fand am Samstag statt und am Sonntag gab es ein Konzert.",
     [("Samstag", "2012-03-10"), ("Sonntag", "2012-03-11")]),
    ("Der Rat tagt am Donnerstag und am Freitag.", [("Donnerstag", "2012-03-15"), ("Freitag", "2012-03-16")]),
    ("Der Rat tagte am Donnerstag und am Freitag.", [("Donnerstag", "2012-03-08"), ("Freitag", "2012-03-09")]),
])
def test_days_joined_by_und(text, expected):
    assert pairs(text) == expected


# the state passive in a verb-final clause ("gesperrt ist"): a state, not a Perfekt
@pytest.mark.parametrize("text, expected", [
    ("Weil am Sonntag die Straße gesperrt ist, fahren Busse.", [("Sonntag", "2012-03-18")]),
    ("Weil am Sonntag die Straße gesperrt war, fuhren Busse.", [("Sonntag", "2012-03-11")]),
    ("Da das Museum am Montag geschlossen ist, bleibt die Kasse zu.", [("Montag", "2012-03-19")]),
])
def test_state_passive_verb_final(text, expected):
    assert pairs(text) == expected


# a main clause after a fronted subordinate clause, opened by the present of a scheduled event and its subject: a plan
@pytest.mark.parametrize("text, expected", [
    ("Weil es regnet, findet die Führung am Dienstag statt.", [("Dienstag", "2012-03-20")]),
    ("Wenn alles klappt, eröffnet der Landeshauptmann am Montag die Messe.", [("Montag", "2012-03-19")]),
    ("Weil es regnete, fand die Führung am Dienstag statt.", [("Dienstag", "2012-03-13")]),
    ("Wie die Polizei mitteilte, verliert der Fahrer am Montag die Kontrolle.", [("Montag", "2012-03-12")]),
])
def test_plan_after_fronted_subordinate_clause(text, expected):
    assert pairs(text) == expected


J = dt.date(2012, 6, 20)
pairs_june = pairs_for("de", J)


# review regressions, as on the start: two days joined by "und" share the clause's tense, also when a participle, an
# adjective or an adverb follows the second one; the last day of a list does not open a clause of its own before the
# list's shared participle
@pytest.mark.parametrize("text, expected", [
    ("Der Täter wurde am Montag gefasst und am Dienstag freigelassen.",
     [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13")]),
    ("Am Montag wurde der Mann festgenommen und am Dienstag verhört.",
     [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13")]),
    ("Die Straße war am Montag und am Dienstag gesperrt.", [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13")]),
    ("Die Schulen blieben am Montag und am Dienstag geschlossen.",
     [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13")]),
    ("Die Geschäfte hatten am Samstag und am Sonntag geöffnet.",
     [("Samstag", "2012-03-10"), ("Sonntag", "2012-03-11")]),
    ("Die Museen waren am Samstag und am Sonntag geöffnet.", [("Samstag", "2012-03-10"), ("Sonntag", "2012-03-11")]),
    ("Es regnete am Montag und am Dienstag ununterbrochen.", [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13")]),
    ("Die Polizei kontrollierte am Freitag und am Samstag verstärkt.",
     [("Freitag", "2012-03-09"), ("Samstag", "2012-03-10")]),
    ("Das Museum war am Samstag und am Sonntag gut besucht.", [("Samstag", "2012-03-10"), ("Sonntag", "2012-03-11")]),
    ("Das Wetter war am Samstag schön und am Sonntag schlecht.",
     [("Samstag", "2012-03-10"), ("Sonntag", "2012-03-11")]),
    ("Er wurde am Montag operiert und am Dienstag entlassen.", [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13")]),
    ("Die Straße war am Freitag, am Samstag und am Sonntag gesperrt.",
     [("Freitag", "2012-03-09"), ("Samstag", "2012-03-10"), ("Sonntag", "2012-03-11")]),
    ("Die Straße wurde am Montag, am Dienstag und am Donnerstag kontrolliert.",
     [("Montag", "2012-03-12"), ("Dienstag", "2012-03-13"), ("Donnerstag", "2012-03-08")]),
])
def test_days_sharing_a_past_clause(text, expected):
    assert pairs(text) == expected


# a date opening its own clause after a comma, with a present verb and a capitalized noun after it: the noun is no
# participle closing a shared clause (the participle check reads lower-case words only)
@pytest.mark.parametrize("text, expected", [
    ("Am Samstag protestierten Bauern, am Montag protestieren Gemeinden.",
     [("Samstag", "2012-03-10"), ("Montag", "2012-03-19")]),
    ("Am Freitag sangen die Kinder, am Samstag spielen Geigen.", [("Freitag", "2012-03-09"), ("Samstag", "2012-03-17")]),
])
def test_own_clause_with_a_noun_after_its_verb(text, expected):
    assert pairs(text) == expected


# "wie immer", "für immer", "noch immer" are no habit: the day is one date
@pytest.mark.parametrize("text, expected", [
    ("Das Erntedankfest wurde wie immer am ersten Sonntag im Oktober gefeiert.",
     [("ersten Sonntag im Oktober", "2011-10-02")]),
    ("Das Kino schließt für immer am letzten Samstag im März.", [("letzten Samstag im März", "2012-03-31")]),
    ("Der Verletzte liegt noch immer im Krankenhaus, zu Ostern soll er entlassen werden.",
     [("Ostern", "2012-04-08")]),
    ("Sie waren immer an der Spitze, am ersten Sonntag im Mai wollen sie den Titel verteidigen.",
     [("ersten Sonntag im Mai", "2012-05-06")]),
    ("Er ist noch immer im Amt, am ersten Sonntag im Mai wird neu gewählt.", [("ersten Sonntag im Mai", "2012-05-06")]),
    ("Wie immer zu Ostern fuhr die Familie ans Meer.", [("Ostern", "2011-04-24")]),
])
def test_immer_not_a_habit(text, expected):
    assert pairs(text) == expected


def test_wie_immer_after_the_feast():
    assert pairs_for("de", dt.date(2012, 5, 10))("Die Familie traf sich wie immer zu Ostern in Meran.") == [
        ("Ostern", "2012-04-08")]


# a month in a content, cause or concession clause with a present verb: a figure reported for it, not a plan (said in
# June: the past January)
@pytest.mark.parametrize("text, expected", [
    ("Das Landesinstitut meldet, dass die Arbeitslosenquote im Jänner bei vier Prozent liegt.",
     [("Jänner", "2012-01")]),
    ("Das ASTAT teilte mit, dass die Inflation im Februar bei drei Prozent liegt.", [("Februar", "2012-02")]),
    ("Weil die Umsätze im Jänner deutlich unter dem Vorjahr liegen, klagen die Händler.",
     [("Jänner", "2012-01"), ("dem Vorjahr", "2011")]),
])
def test_month_in_reported_present(text, expected):
    assert pairs_june(text) == expected
