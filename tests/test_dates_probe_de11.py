"""German, eleventh probe round (session 38): the regressions a reviewer found in the tenth round's rules (a surname
after a title, a weekday after an article and an adjective, 'morgen' as a future cue, 'war ... ab', plan verbs,
'heute spielt', a birthday 'heute'), each with the gain it must keep. Our own sentences (some the reviewer's).

Said on a Wednesday, 15 May 2024 (ISO week 20), unless told otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dates_lang import pairs_for

N = dt.date(2024, 5, 15)    # a Wednesday (ISO week 20)

pairs = pairs_for("de", N)


# a weekday after Herr/Frau/Familie is a surname only where the title opens the name: not after an article, a
# possessive or an adjective, not before a time of day; "aus" and a place after it is a family's origin
@pytest.mark.parametrize("text, expected", [
    ("Die Polizei fand die Frau Montag früh leblos in ihrer Wohnung.", [("Montag", "2024-05-13")]),
    ("Eine 82-jährige Frau Dienstag früh in Graz überfallen.", [("Dienstag", "2024-05-14")]),
    ("Der Mann und seine Frau Samstag in der Früh in Wels festgenommen.", [("Samstag", "2024-05-11")]),
    ("Polizei befragte die Frau Freitag und Samstag mehrmals.", [("Freitag", "2024-05-10"), ("Samstag", "2024-05-11")]),
    ("Pensionistin (81) in Wohnung überfallen: Frau Montag früh von Nachbarin gefunden.", [("Montag", "2024-05-13")]),
    ("Die Feuerwehr rettete die Familie Samstag früh aus dem brennenden Haus.", [("Samstag", "2024-05-11")]),
    # the surnames stay
    ("Herr Sonntag wurde zum Obmann gewählt.", []),
    ("Der Verein dankt Frau Montag für ihren Einsatz.", []),
    ("Die Familie Montag aus Meran feierte ihr Hoffest.", []),
    ("Ein Herr Dienstag hat sich bei der Redaktion gemeldet.", []),
    ("Laut Frau Mittwoch ist die Kasse leer.", []),
    ("Der Brief von Frau Montag wurde verlesen.", []),
])
def test_title_before_a_weekday(text, expected):
    assert pairs(text) == expected


# an adjective between the article and the weekday makes it any such day only after "jeden" or "an (k)einem"
@pytest.mark.parametrize("text, expected", [
    ("Die Feuerwehr erlebte einen turbulenten Sonntag mit 30 Einsätzen.", [("Sonntag", "2024-05-12")]),
    ("Nach einem ruhigen Montag kam es am Dienstag zu mehreren Unfällen.",
     [("Montag", "2024-05-13"), ("Dienstag", "2024-05-14")]),
    # kept: any such day
    ("Der Unfall passierte an einem nebligen Montag.", []),
    ("Die Sprechstunde ist jeden zweiten Dienstag im Pfarrhaus.", []),
    ("An keinem anderen Samstag kamen so viele Besucher.", []),
])
def test_adjective_between_article_and_weekday(text, expected):
    assert pairs(text) == expected


# 'morgen' as a future cue does not reach across a comma into a relative or subordinate clause with its own tense
@pytest.mark.parametrize("text, expected", [
    ("Morgen tritt das Gesetz in Kraft, das der Nationalrat im März beschlossen hat.",
     [("Morgen", "2024-05-16"), ("März", "2024-03")]),
    ("Morgen endet die Frist, die der Gemeinderat am Montag gesetzt hatte.",
     [("Morgen", "2024-05-16"), ("Montag", "2024-05-13")]),
    ("Morgen reist der Präsident ab, nachdem er am Sonntag angekommen war.",
     [("Morgen", "2024-05-16"), ("Sonntag", "2024-05-12")]),
    # kept: a forecast's list
    ("BRIXEN. Das Wetter: Heute sonnig, morgen Gewitter, am Samstag wieder freundlich.",
     [("Heute", "2024-05-15"), ("morgen", "2024-05-16"), ("Samstag", "2024-05-18")]),
])
def test_morgen_not_across_a_relative_clause(text, expected):
    assert pairs(text) == expected


# 'war/blieb/galt ... ab' is a past start only in its own clause, not across 'und' into a present one
@pytest.mark.parametrize("text, expected", [
    ("Die Straße war gesperrt und ist ab Montag wieder befahrbar.", [("Montag", "2024-05-20")]),
    ("Das Bad war geschlossen und öffnet ab Freitag wieder.", [("Freitag", "2024-05-17")]),
    # kept: the past start
    ("Die Straße war ab Montag für drei Wochen gesperrt.", [("Montag", "2024-05-13")]),
    ("Das Geschäft war lange offen und blieb ab Montag geschlossen.", [("Montag", "2024-05-13")]),
])
def test_past_start_ab_in_its_own_clause(text, expected):
    assert pairs(text) == expected


# 'steigt' of a count is the reporting present of a toll; 'fährt ... ab' is no plan; the match that 'steigt', the
# trip, the forecast, the service stay the coming day
@pytest.mark.parametrize("text, expected", [
    ("Die Zahl der Toten steigt am Dienstag auf 40.", [("Dienstag", "2024-05-14")]),
    ("Die Zahl der Todesopfer steigt am Montag auf 17.", [("Montag", "2024-05-13")]),
    ("Rückblick: Der Bus fährt am Freitag um 7.15 Uhr ab, zehn Minuten später kracht es.",
     [("Freitag", "2024-05-10")]),
    # kept
    ("Das Rückspiel steigt am Dienstag in Asiago.", [("Dienstag", "2024-05-21")]),
    ("Der Seniorenclub fährt am Montag nach Innsbruck.", [("Montag", "2024-05-20")]),
    ("Die Temperaturen steigen am Samstag auf 25 Grad.", [("Samstag", "2024-05-18")]),
])
def test_steigt_of_a_count_and_a_departure(text, expected):
    assert pairs(text) == expected


# 'heute spielt ... gegen' is a match only against a named opponent, not 'gegen die besten Teams'
@pytest.mark.parametrize("text, expected", [
    ("Heute spielt er in der Bundesliga gegen die besten Teams Europas.", [("Heute", "PRESENT_REF")]),
    ("Heute spielt der FC Südtirol auswärts gegen Cittadella.", [("Heute", "2024-05-15")]),
    ("Der HC Bozen spielt heute gegen den KAC.", [("heute", "2024-05-15")]),
])
def test_heute_spielt_against_a_named_opponent(text, expected):
    assert pairs(text) == expected


# a birthday or an anniversary makes 'heute' the day with a verb of one celebrant ('feiert', 'begeht', 'hat', 'wird'),
# or a plural before a group named ('die Sozialdemokraten'); not a generic plural
@pytest.mark.parametrize("text, expected", [
    ("Heute feiern viele Familien den Geburtstag ihrer Kinder im Restaurant.", [("Heute", "PRESENT_REF")]),
    ("Heute feiern Jugendliche ihren 18. Geburtstag oft in Clubs.", [("Heute", "PRESENT_REF")]),
    ("Heute feiern die meisten Paare ihren 25. Hochzeitstag nicht mehr so groß.", [("Heute", "PRESENT_REF")]),
    ("Viele Menschen feiern heute ihren Geburtstag lieber im kleinen Kreis.", [("heute", "PRESENT_REF")]),
    ("Heute ist der Jahrestag der Revolution in Vergessenheit geraten.", [("Heute", "PRESENT_REF")]),
    # kept: the day
    ("Heute feiert Anna Mair aus Lana ihren 90. Geburtstag.", [("Heute", "2024-05-15")]),
    ("Ihren 85. Geburtstag feiert heute Frau Rosa Pichler.", [("heute", "2024-05-15")]),
    ("Heute begehen die Sozialdemokraten den Jahrestag ihres Wahlsiegs.", [("Heute", "2024-05-15")]),
    ("Der Jahrestag wird heute mit einer Messe begangen.", [("heute", "2024-05-15")]),
    ("Heute hat Maria Huber Geburtstag.", [("Heute", "2024-05-15")]),
])
def test_heute_of_a_birthday_with_one_celebrant(text, expected):
    assert pairs(text) == expected


# "morgen in einer Woche", "gestern vor einem Jahr": an anniversary phrase counted from tomorrow or yesterday, as
# "heute in einer Woche" is from today; not the noun "Morgen" after an article
@pytest.mark.parametrize("text, expected", [
    ("Morgen in einer Woche beginnt das Stadtfest.", [("Morgen in einer Woche", "2024-05-23")]),
    ("Die Wahl findet morgen in zwei Wochen statt.", [("morgen in zwei Wochen", "2024-05-30")]),
    ("Gestern vor einem Jahr starb der langjährige Bürgermeister.", [("Gestern vor einem Jahr", "2023-05-14")]),
    ("Heute in einer Woche beginnt das Stadtfest.", [("Heute in einer Woche", "2024-05-22")]),
    # trap: the morning, a year ago
    ("Am Morgen vor einem Jahr brannte die Scheune ab.", [("vor einem Jahr", "2023")]),
])
def test_anniversary_counted_from_tomorrow_or_yesterday(text, expected):
    assert pairs(text) == expected


# the old spelling of the morning after a weekday ("am Dienstag morgen") is that day's morning, not tomorrow
@pytest.mark.parametrize("text, expected", [
    ("Sonntag morgen wurde ein Einbruch in der Bahnhofstraße gemeldet.", [("Sonntag", "2024-05-12")]),
    ("Am Dienstag morgen kam es auf der Brennerautobahn zu einem Unfall.", [("Dienstag", "2024-05-14")]),
    # traps: "morgen" as tomorrow after a comma, and on its own
    ("Der Markt ist am Sonntag geöffnet, morgen bleibt er zu.", [("Sonntag", "2024-05-19"), ("morgen", "2024-05-16")]),
    ("Der Gemeinderat tagt morgen.", [("morgen", "2024-05-16")]),
])
def test_weekday_morning_in_the_old_spelling(text, expected):
    assert pairs(text) == expected
