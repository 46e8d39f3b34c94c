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
