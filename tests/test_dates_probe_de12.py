"""German, twelfth probe round (session 39): South Tyrolean regional news (announcements of associations, parishes,
courts, sports). Our own sentences, values written before running the code.

Said on a Wednesday, 16 November 2011 (ISO week 46), unless told otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dates_lang import pairs_for

N = dt.date(2011, 11, 16)    # a Wednesday: past Sat 12, coming Sat 19; past Sun 13, coming Sun 20

pairs = pairs_for("de", N)


# a present finite verb after its subject (V2), the weekday in the middle field, and a separable verb's particle closing
# the clause, or a modal's infinitive, or a clock time in the clause: a plan (the coming day); not the past, not a
# statement reported in the present, not a narrative told moment after moment
@pytest.mark.parametrize("text, expected", [
    ("Der Sonderzug nach Verona fährt am Samstag um 7 Uhr in Brixen ab.", [("Samstag", "2011-11-19")]),
    ("Die Pilger brechen am Sonntag um 5 Uhr zur Wallfahrt auf.", [("Sonntag", "2011-11-20")]),
    ("Die Landesregierung legt am Montag den Haushaltsentwurf vor.", [("Montag", "2011-11-21")]),
    ("Der Gemeinderat stimmt am Dienstag über den Bauleitplan ab.", [("Dienstag", "2011-11-22")]),
    ("Die Bäuerinnen bieten am Samstag ab 9 Uhr Krapfen auf dem Kirchplatz.", [("Samstag", "2011-11-19")]),
    ("Der Angeklagte muss sich am Montag erneut vor dem Richter verantworten.", [("Montag", "2011-11-21")]),
    ("Der Zeuge sagt am Freitag vor dem Landesgericht aus.", [("Freitag", "2011-11-18")]),
    # the past and the traps
    ("Die Pilger brachen am Sonntag zur Wallfahrt auf.", [("Sonntag", "2011-11-13")]),
    ("Die Landesregierung hat am Montag den Haushaltsentwurf vorgelegt.", [("Montag", "2011-11-14")]),
    ("Der Minister räumt am Montag ein, dass Fehler passiert sind.", [("Montag", "2011-11-14")]),
    ("Der Zug fährt am Samstag um 6 Uhr ab, wenige Minuten später entgleist er.", [("Samstag", "2011-11-12")]),
    ("Der Bus fährt am Freitag ab.", [("Freitag", "2011-11-11")]),
    ("Der Anwalt weist am Dienstag alle Vorwürfe zurück.", [("Dienstag", "2011-11-15")]),
])
def test_present_plan_with_a_particle_or_a_clock(text, expected):
    assert pairs(text) == expected


# a weekday that is a surname: after a given name and a role or another name (two capitalized words), after "Herr"
# with a verb before it, after "Wie Frau" or a statement's weak Präteritum and "Frau", after "Marke"; kept: a date
# after an article and a noun, a time of day after the title, "am" before the weekday
@pytest.mark.parametrize("text, expected", [
    ("Der Obmann Alois Sonntag wurde einstimmig bestätigt.", []),
    ("Wie Feuerwehrkommandant Georg Montag berichtete, brannte der Stadel völlig nieder.", []),
    ("Das betonte Herr Sonntag bei der Vollversammlung.", []),
    ("Wie Frau Montag erklärte, fehlen der Schule zwei Lehrer.", []),
    ("Rucksäcke der Marke Freitag sind aus alten Planen genäht.", []),
    # kept
    ("Die Gemeinderatswahl Sonntag brachte eine Überraschung.", [("Sonntag", "2011-11-13")]),
    ("Ein älterer Herr Sonntag früh im Park überfallen.", [("Sonntag", "2011-11-13")]),
    ("Herr Sonntag eröffnet am Sonntag um 10 Uhr die Ausstellung.", [("Sonntag", "2011-11-20")]),
    ("Seine Frau Samstag beerdigt.", [("Samstag", "2011-11-12")]),
])
def test_weekday_as_a_surname(text, expected):
    assert pairs(text) == expected
