"""German, tenth probe round (session 38): a regional daily's dates (South Tyrol, Austria, Bavaria) -- club and parish
announcements, match days, forecasts, closures -- with the traps beside each rule. Our own sentences.

Said on a Wednesday, 5 June 2024 (ISO week 23), unless told otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dates_lang import pairs_for

N = dt.date(2024, 6, 5)    # a Wednesday (ISO week 23)

pairs = pairs_for("de", N)


# a weekday after an indefinite article or "jeden" with an adjective between is any such day, not this week's; a
# weekday after a title is a surname
@pytest.mark.parametrize("text, expected", [
    ("Die Hochzeit fand an einem verregneten Sonntag im Mai statt.", [("Mai", "2024-05")]),
    ("Der Unfall passierte an einem nebligen Montag.", []),
    ("Die Sprechstunde ist jeden zweiten Dienstag im Pfarrhaus.", []),
    ("An keinem anderen Samstag kamen so viele Besucher.", []),
    ("Herr Sonntag wurde zum Obmann gewählt.", []),
    ("Der Verein dankt Frau Montag für ihren Einsatz.", []),
    ("Familie Sonntag aus Algund spendete 300 Euro.", []),
    # traps: the article or the title belongs to another noun, the weekday is the day
    ("Eine Frau wurde am Sonntag in Bozen überfallen.", [("Sonntag", "2024-06-02")]),
    ("Ein am Sonntag veröffentlichtes Video zeigt den Unfall.", [("Sonntag", "2024-06-02")]),
    ("Mit einem klaren Sieg am Sonntag sicherte sich Meran den Titel.", [("Sonntag", "2024-06-02")]),
    ("Der Bauer hat einen neuen Traktor am Samstag gekauft.", [("Samstag", "2024-06-01")]),
    ("Die Polizei hat eine Frau am Sonntag festgenommen.", [("Sonntag", "2024-06-02")]),
])
def test_weekday_after_an_indefinite_adjective_or_a_title(text, expected):
    assert pairs(text) == expected


# "heute spielt" against an opponent (or away), "heute gastiert": the match or the guest performance of the day; not
# the career or the role of nowadays
@pytest.mark.parametrize("text, expected", [
    ("Heute spielt der FC Südtirol auswärts gegen Cittadella.", [("Heute", "2024-06-05")]),
    ("Der HC Bozen spielt heute gegen den KAC.", [("heute", "2024-06-05")]),
    ("Heute gastiert das Haydn-Orchester im Kursaal.", [("Heute", "2024-06-05")]),
    # traps
    ("Früher kickte er in Tramin, heute spielt er bei Inter.", [("Früher", "PAST_REF"), ("heute", "PRESENT_REF")]),
    ("Heute spielt der Tourismus im Tal eine große Rolle.", [("Heute", "PRESENT_REF")]),
    ("Heute spielt die Mannschaft meist gegen stärkere Gegner.", [("Heute", "PRESENT_REF")]),
])
def test_today_of_a_match(text, expected):
    assert pairs(text) == expected


# the state passive of an announcement ("ist ... erbeten", "wird ... gebeten") dates the event to come: "erbeten" is a
# participle, neither a Perfekt nor a weak Präteritum; an "-eten" after a letter other than t, d, n, m is a present
# ("bieten", "treten") -- the weak Präteritum's plural keeps its stem's t, d, n, m ("meldeten", "eröffneten")
@pytest.mark.parametrize("text, expected", [
    ("Zur Versammlung am Samstag ist eine Anmeldung erbeten.", [("Samstag", "2024-06-08")]),
    ("Für die Wanderung am Sonntag wird um Anmeldung gebeten.", [("Sonntag", "2024-06-09")]),
    ("Zur Feier am Sonntag sind alle Mitglieder herzlich eingeladen.", [("Sonntag", "2024-06-09")]),
    ("Die Vereine bieten am Samstag ein buntes Programm.", [("Samstag", "2024-06-08")]),
    ("Die Schützen treten am Sonntag beim Umzug an.", [("Sonntag", "2024-06-09")]),
    # traps: the past
    ("Der Sieg am Sonntag war verdient.", [("Sonntag", "2024-06-02")]),
    ("Die Vereine meldeten am Samstag einen Rekord.", [("Samstag", "2024-06-01")]),
    ("Die Wirte eröffneten am Montag die Saison.", [("Montag", "2024-06-03")]),
    ("Zur Versammlung am Samstag waren alle eingeladen.", [("Samstag", "2024-06-01")]),
])
def test_announcement_and_eten(text, expected):
    assert pairs(text) == expected


# a day forecast after "für": an ordinal or a superlative ("die ersten", "die stärksten") is no weak Präteritum, nor
# is the verb of the forecast itself ("erwarten")
@pytest.mark.parametrize("text, expected", [
    ("Die Wetterdienste erwarten für Dienstag die ersten Schneefälle.", [("Dienstag", "2024-06-11")]),
    ("Die Meteorologen erwarten für Samstag die stärksten Gewitter des Sommers.", [("Samstag", "2024-06-08")]),
    # traps: the forecast told in the past
    ("Für Dienstag erwarteten die Wetterdienste die ersten Schneefälle.", [("Dienstag", "2024-06-04")]),
])
def test_forecast_for_a_day(text, expected):
    assert pairs(text) == expected


# "ab" right before a date after a Präteritum of a state ("war", "blieb", "galt"): the start of a past span, not a
# start to come; in the present "ab" stays the coming one
@pytest.mark.parametrize("text, expected", [
    ("Die Straße war ab Montag für drei Wochen gesperrt.", [("Montag", "2024-06-03")]),
    ("Die Straße blieb ab Montag gesperrt.", [("Montag", "2024-06-03")]),
    ("Das Badeverbot galt ab 1. Juni.", [("1. Juni", "2024-06-01")]),
    # traps: the present, and a past clause before a comma
    ("Die Straße ist ab Montag für drei Wochen gesperrt.", [("Montag", "2024-06-10")]),
    ("Das Badeverbot gilt ab 1. Juli.", [("1. Juli", "2024-07-01")]),
    ("Die Straße war lange gesperrt, ab Montag ist sie wieder offen.", [("Montag", "2024-06-10")]),
])
def test_ab_after_a_past_state(text, expected):
    assert pairs(text) == expected


# "ab Mai" in a clause in the present, said in June: "ab" names a start still to come (its past is "seit", and "ab
# Mai galt" tells a past start), so next May, not the May just past
@pytest.mark.parametrize("text, expected", [
    ("Ab Mai gilt in der Altstadt ein Fahrverbot für Lkw.", [("Mai", "2025-05")]),
    ("Ab Mai zahlen die Bürger mehr für den Müll.", [("Mai", "2025-05")]),
    # traps: the past start, and "seit"
    ("Ab Mai galt in der Altstadt ein Fahrverbot für Lkw.", [("Mai", "2024-05")]),
    ("Seit Mai gilt in der Altstadt ein Fahrverbot für Lkw.", [("Mai", "2024-05")]),
])
def test_ab_month_in_the_present(text, expected):
    assert pairs(text) == expected


# "morgen" (tomorrow) earlier in the sentence: the days listed after it in a forecast or a programme are to come
@pytest.mark.parametrize("text, expected", [
    ("BRIXEN. Das Wetter: Heute sonnig, morgen Gewitter, am Samstag wieder freundlich.",
     [("Heute", "2024-06-05"), ("morgen", "2024-06-06"), ("Samstag", "2024-06-08")]),
    ("Der Wetterbericht: Morgen sonnig, am Sonntag Regen.", [("Morgen", "2024-06-06"), ("Sonntag", "2024-06-09")]),
    # traps: "von morgen" (the future), "Morgen" the morning, a past verb between
    ("Die Schule von morgen wurde am Montag vorgestellt.", [("morgen", "FUTURE_REF"), ("Montag", "2024-06-03")]),
    ("Am Morgen nach dem Fest war am Montag alles aufgeräumt.", [("Montag", "2024-06-03")]),
    ("Er hat uns für morgen eingeladen, am Samstag war er noch krank.",
     [("morgen", "2024-06-06"), ("Samstag", "2024-06-01")]),
    # ... nor the morning in the old spelling after a day: "heute morgen", "gestern morgen" are no future
    ("Gestern morgen und am Sonntag regnete es in Strömen.", [("Gestern morgen", "2024-06-04"),
                                                             ("Sonntag", "2024-06-02")]),
    ("Heute morgen meldete die Polizei, am Sonntag sei ein Auto gestohlen worden.",
     [("Heute morgen", "2024-06-05"), ("Sonntag", "2024-06-02")]),
    ("Der Bauer war gestern morgen und am Sonntag auf der Alm.", [("gestern morgen", "2024-06-04"),
                                                                  ("Sonntag", "2024-06-02")]),
])
def test_morgen_before_listed_days(text, expected):
    assert pairs(text) == expected


# the verbs of a match or a party that "steigt", of a part of a programme that follows, of a trip, of an offer: after
# their subject, with the weekday in the middle field, a plan (the coming day)
@pytest.mark.parametrize("text, expected", [
    ("Das Rückspiel steigt am Dienstag in Asiago.", [("Dienstag", "2024-06-11")]),
    ("Die Party steigt am Samstag auf dem Festplatz.", [("Samstag", "2024-06-08")]),
    ("Die Prämierung folgt am Sonntag.", [("Sonntag", "2024-06-09")]),
    ("Der Seniorenclub fährt am Montag nach Innsbruck.", [("Montag", "2024-06-10")]),
    ("Die Bibliothek bietet am Samstag eine Lesung für Kinder.", [("Samstag", "2024-06-08")]),
    # traps: the past, and "seit"
    ("Das Rückspiel stieg am Dienstag in Asiago.", [("Dienstag", "2024-06-04")]),
    ("Der Seniorenclub fuhr am Montag nach Innsbruck.", [("Montag", "2024-06-03")]),
    ("Der Wasserstand steigt seit Montag.", [("Montag", "2024-06-03")]),
])
def test_plan_verbs_of_a_regional_daily(text, expected):
    assert pairs(text) == expected


# a month after another month and a slash is the second of a pair ("im Juli/August"): cued by the first, as after a
# comma or "und"; a name after a slash stays a name
@pytest.mark.parametrize("text, expected", [
    ("Im Juli/August ist das Freibad bis 20 Uhr geöffnet.", [("Juli", "2024-07"), ("August", "2024-08")]),
    ("Ende September/Oktober beginnt die Weinlese.", [("Ende September", "2024-09"), ("Oktober", "2024-10")]),
    # traps: a firm's name, a month alone without a cue
    ("Die Firma März/Partner übersiedelt nach Lana.", []),
    ("August Pichler und Maria Mai wurden geehrt.", []),
])
def test_month_after_a_month_and_a_slash(text, expected):
    assert pairs(text) == expected


# "heute" in a clause with a day of a person's or a body's calendar (a birthday, a name day, an anniversary, a day
# of death), or "feiert ... ihren 90." (the ordinal's full stop ends the clause read): the regional daily's
# congratulations and anniversaries, this day -- not a habit ("meist", "oft"), nor "man"
@pytest.mark.parametrize("text, expected", [
    ("Heute feiert Anna Mair aus Lana ihren 90. Geburtstag.", [("Heute", "2024-06-05")]),
    ("Ihren 85. Geburtstag feiert heute Frau Rosa Pichler.", [("heute", "2024-06-05")]),
    ("Der Verein feiert heute sein 50. Gründungsfest.", [("heute", "2024-06-05")]),
    ("Heute jährt sich der Todestag des Dichters zum 50. Mal.", [("Heute", "2024-06-05")]),
    # traps: nowadays
    ("Heute feiern Kinder ihren Geburtstag meist mit einer Party.", [("Heute", "PRESENT_REF")]),
    ("Heute feiert man seinen 18. Geburtstag oft in der Disco.", [("Heute", "PRESENT_REF")]),
    ("Heute liegt der Verein auf dem 3. Platz.", [("Heute", "PRESENT_REF")]),
])
def test_today_of_a_birthday_or_an_anniversary(text, expected):
    assert pairs(text) == expected


# the free entry of an announcement dates the event to come ("Zum Vortrag am Dienstag ist der Eintritt frei"); a word
# in "-te" after the date, when a present finite verb already stands before it (V2), is an adjective, not a second
# finite verb ("Die Veranstalter bieten am Sonntag geführte Wanderungen an")
@pytest.mark.parametrize("text, expected", [
    ("Zum Vortrag am Dienstag ist der Eintritt frei.", [("Dienstag", "2024-06-11")]),
    ("Der Eintritt zum Konzert am Samstag ist frei.", [("Samstag", "2024-06-08")]),
    ("Die Veranstalter bieten am Sonntag geführte Wanderungen an.", [("Sonntag", "2024-06-09")]),
    ("Der Alpenverein veranstaltet am Samstag eine geführte Tour.", [("Samstag", "2024-06-08")]),
    # traps: the past
    ("Beim Konzert am Samstag war der Eintritt frei.", [("Samstag", "2024-06-01")]),
    ("Der Eintritt zum Konzert am Samstag war frei.", [("Samstag", "2024-06-01")]),
    ("Die Veranstalter boten am Sonntag geführte Wanderungen an.", [("Sonntag", "2024-06-02")]),
    ("Die Landesregierung genehmigte am Montag Beiträge für die Vereine.", [("Montag", "2024-06-03")]),
])
def test_free_entry_and_adjective_after_a_v2_present(text, expected):
    assert pairs(text) == expected


# the Friday prayer blocks the weekday only as the noun "Gebet" ("Freitagsgebet", "Freitag Gebet"), not the
# participle "gebeten" after a weekday; a surname after a title and a degree ("Frau Dr. Sonntag") is no day
@pytest.mark.parametrize("text, expected", [
    ("Um Anmeldung wird bis Freitag gebeten.", [("Freitag", "2024-06-07")]),
    ("Frau Dr. Sonntag übernimmt die Leitung der Abteilung.", []),
    ("Herr Mag. Montag hielt den Festvortrag.", []),
    # traps: the prayer, a weekday after "Dr." that is no title of a name
    ("Am Freitag Gebet und Predigt in der Moschee.", []),
    ("Die Sprechstunde bei Dr. Huber ist am Montag.", [("Montag", "2024-06-10")]),
])
def test_gebet_and_titled_surname(text, expected):
    assert pairs(text) == expected
