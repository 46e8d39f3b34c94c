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


# a season said in December (resolvers.r_season): this year's spring, summer and autumn are all past, the next ones are
# next year's (the winter keeps its own labelling)
@pytest.mark.parametrize("text, expected", [
    ("Im kommenden Frühjahr beginnt der Bau der Umfahrung.", [("kommenden Frühjahr", "2012-SP")]),
    ("Bis zum Sommer soll die Brücke fertig sein.", [("Sommer", "2012-SU")]),
    ("Im vergangenen Sommer kamen mehr Gäste aus Deutschland.", [("vergangenen Sommer", "2011-SU")]),
    ("Im Herbst hatte der Gemeinderat den Plan abgelehnt.", [("Herbst", "2011-FA")]),
])
def test_season_said_in_december(text, expected):
    assert pairs_for("de", dt.date(2011, 12, 7))(text) == expected


# the noun of a scheduled event dated by "am", in a clause that tells its state in the present or calls people to it:
# the event to come ("Das Spiel am Samstag ist ausverkauft"); also a noun of one word ("Spiel", "Wahl"), not only a
# compound; kept: the past copula, a noun that is no event ("Sieg", "Straße")
@pytest.mark.parametrize("text, expected", [
    ("Das Spiel am Samstag ist seit Tagen ausverkauft.", [("Samstag", "2011-11-19")]),
    ("Bei der Wahl am Sonntag sind 4000 Bürger wahlberechtigt.", [("Sonntag", "2011-11-20")]),
    ("Zur Abstimmung am Sonntag sind alle Mitglieder aufgerufen.", [("Sonntag", "2011-11-20")]),
    ("Die Wahl am 27. November wirft ihre Schatten voraus.", [("27. November", "2011-11-27")]),
    # kept
    ("Das Spiel am Samstag war ausverkauft.", [("Samstag", "2011-11-12")]),
    ("Der Sieg am Sonntag ist verdient.", [("Sonntag", "2011-11-13")]),
])
def test_event_noun_at_a_day_in_the_present(text, expected):
    assert pairs(text) == expected


# a verb of an announcement, a plan, a threat or a promise before the comma of its infinitive clause, which holds the
# date: the act to come, though told in the past; not a "dass" clause that reports a past, nor the day the
# announcement was made; "rückwirkend ab" a month: a start already past
@pytest.mark.parametrize("text, expected", [
    ("Die Verteidigung kündigte an, am Montag Berufung einzulegen.", [("Montag", "2011-11-21")]),
    ("Der Verein hatte vor, im Jänner einen Ball zu veranstalten.", [("Jänner", "2012-01")]),
    ("Die Erhöhung der Gebühren gilt rückwirkend ab Juli.", [("Juli", "2011-07")]),
    # kept
    ("Er kündigte an, dass er am Montag zurückgetreten sei.", [("Montag", "2011-11-14")]),
    ("Die Verteidigung kündigte am Montag an, Berufung einzulegen.", [("Montag", "2011-11-14")]),
    ("Die Erhöhung der Gebühren gilt ab Jänner.", [("Jänner", "2012-01")]),
])
def test_plan_in_an_infinitive_clause_and_retroactive_start(text, expected):
    assert pairs(text) == expected


# "von gestern/heute" after the noun of one event is that day ("der Unfall von gestern"); after any other noun the past
# or the present of a time ("die Politik von gestern", "die Welt von morgen")
@pytest.mark.parametrize("text, expected", [
    ("Der Unfall von gestern auf der Vinschgauer Straße forderte drei Verletzte.", [("gestern", "2011-11-15")]),
    ("Nach dem Brand von gestern ist die Scheune unbewohnbar.", [("gestern", "2011-11-15")]),
    # kept
    ("Mit den Rezepten von gestern löst man keine Probleme.", [("gestern", "PAST_REF")]),
    ("Die Schule von morgen braucht mehr Lehrer.", [("morgen", "FUTURE_REF")]),
])
def test_von_gestern_after_an_event_noun(text, expected):
    assert pairs(text) == expected


# a present plan of an opening or a visit, a modal's present in V2 with or without its infinitive, a weekend or a day
# forecast after "für (das)" in a state passive ("ist Regen angesagt"): the coming one; kept: the past, a Perfekt
@pytest.mark.parametrize("text, expected", [
    ("Der Landesrat eröffnet am Freitag die neue Bibliothek.", [("Freitag", "2011-11-18")]),
    ("Der Bischof besucht am Sonntag die Pfarrei Algund.", [("Sonntag", "2011-11-20")]),
    ("Der HC Meran muss am Samstag nach Asiago.", [("Samstag", "2011-11-19")]),
    ("Für das Wochenende ist Regen angesagt.", [("Wochenende", "2011-W46-WE")]),
    # kept
    ("Der Landesrat eröffnete am Freitag die neue Bibliothek.", [("Freitag", "2011-11-11")]),
    ("Der HC Meran musste am Samstag eine Niederlage hinnehmen.", [("Samstag", "2011-11-12")]),
    ("Für das Wochenende hat die Polizei eine Bilanz gezogen.", [("Wochenende", "2011-W45-WE")]),
])
def test_more_plans_in_the_present(text, expected):
    assert pairs(text) == expected


# the decision of a body told in the present, the weekday right after the verb: the coming day; kept: the past, a Perfekt
@pytest.mark.parametrize("text, expected", [
    ("Der Landtag verabschiedet am Donnerstag das Haushaltsgesetz.", [("Donnerstag", "2011-11-17")]),
    ("Der Gemeinderat behandelt am Montag den Antrag der Bürgerliste.", [("Montag", "2011-11-21")]),
    # kept
    ("Der Landtag verabschiedete am Donnerstag das Haushaltsgesetz.", [("Donnerstag", "2011-11-10")]),
    ("Der Gemeinderat hat am Montag den Antrag behandelt.", [("Montag", "2011-11-14")]),
])
def test_decision_of_a_body_in_the_present(text, expected):
    assert pairs(text) == expected


# the weekday-as-surname rules narrowed (reviews of a0c60ff): a headline names its subject and the day without "am", and
# German nouns are capitalized, so two capitalized words before the weekday are a date unless a role of an association
# (Obmann, Obfrau, Kommandant) comes before them; "Frau" after a weak Präteritum only of a verb of saying ("vermisste",
# "verletzte" are adjectives)
@pytest.mark.parametrize("text, expected", [
    ("Gemeindeausschuss Brixen Dienstag: Tarife erhöht.", [("Dienstag", "2011-11-15")]),
    ("Neue Brücke Montag für den Verkehr freigegeben.", [("Montag", "2011-11-14")]),
    ("Bergsteiger Huber Sonntag am Ortler abgestürzt.", [("Sonntag", "2011-11-13")]),
    ("Verletzte Frau Samstag ins Krankenhaus gebracht.", [("Samstag", "2011-11-12")]),
    ("Die gestürzte Frau Montag operiert.", [("Montag", "2011-11-14")]),
    # still a surname
    ("Wie Ehrenobmann Josef Sonntag erzählte, wurde der Verein 1952 gegründet.", [("1952", "1952")]),
    ("Das sagte Frau Dienstag bei der Versammlung.", []),
])
def test_weekday_as_a_surname_narrowed(text, expected):
    assert pairs(text) == expected


# the announcement before an infinitive clause narrowed (review of a53949c): not "drohte" (a danger as often as a
# threat), not after a date that opens the sentence and dates the announcement itself, not when the next clause tells
# the plan was called off ("..., musste es aber absagen"); kept for the plain announcement
@pytest.mark.parametrize("text, expected", [
    ("Der Damm drohte, am Samstag zu brechen, hielt aber stand.", [("Samstag", "2011-11-12")]),
    ("Die Lawine drohte, am Montag die Straße zu verschütten.", [("Montag", "2011-11-14")]),
    ("Im Frühjahr kündigte die Gemeinde an, im Juni den Spielplatz zu erneuern.",
     [("Frühjahr", "2011-SP"), ("Juni", "2011-06")]),
    ("Die Musikkapelle plante, am Sonntag ein Konzert zu geben, musste es aber wegen Regen absagen.",
     [("Sonntag", "2011-11-13")]),
    ("Der Verband beabsichtigte, im März eine Reise zu organisieren, konnte sie jedoch nicht finanzieren.",
     [("März", "2011-03")]),
    # kept
    ("Die Gemeinde kündigte an, am Freitag die Straße zu sperren.", [("Freitag", "2011-11-18")]),
    ("Der Bürgermeister versprach, am Montag die Anrainer zu informieren.", [("Montag", "2011-11-21")]),
])
def test_announcement_before_an_infinitive_narrowed(text, expected):
    assert pairs(text) == expected


# the plan told in the present with a clock time or a particle (51ce633) narrowed after review: not the verbs of an
# accident or a police act, told in the historical present of a report, nor a clause followed by its fatal outcome
@pytest.mark.parametrize("text, expected", [
    ("Der Lenker verliert am Sonntag um 4 Uhr die Herrschaft über sein Auto.", [("Sonntag", "2011-11-13")]),
    ("Ein Tourengeher stürzt am Samstag um 13 Uhr in eine Gletscherspalte.", [("Samstag", "2011-11-12")]),
    ("Eine Lawine reißt am Montag um 10 Uhr drei Bergsteiger mit.", [("Montag", "2011-11-14")]),
    ("Die Carabinieri nehmen am Dienstag einen Einbrecher fest.", [("Dienstag", "2011-11-15")]),
    ("Der Wanderer rutscht am Sonntag um 16 Uhr aus und stirbt.", [("Sonntag", "2011-11-13")]),
    ("Die Feuerwehr rückt am Samstag um 2 Uhr aus und findet den Bewohner tot in der Küche.",
     [("Samstag", "2011-11-12")]),
    # kept: plans
    ("Die Feuerwehr rückt am Samstag um 14 Uhr zur Übung aus.", [("Samstag", "2011-11-19")]),
    ("Die Senioren brechen am Montag um 7 Uhr nach Venedig auf.", [("Montag", "2011-11-21")]),
    ("Der Chor singt am Sonntag um 10 Uhr in der Pfarrkirche.", [("Sonntag", "2011-11-20")]),
])
def test_present_plan_not_an_accident_report(text, expected):
    assert pairs(text) == expected


# the plans of today's classes widened (review): the state of an event's noun called off or open to the public, a
# state passive after "für" + the day, the reflexive pronoun after a plan verb, a verdict pronounced
@pytest.mark.parametrize("text, expected", [
    ("Die Vollversammlung am Freitag ist öffentlich.", [("Freitag", "2011-11-18")]),
    ("Das Benefizkonzert am Sonntag ist abgesagt.", [("Sonntag", "2011-11-20")]),
    ("Für Samstag ist die Brennerstraße gesperrt.", [("Samstag", "2011-11-19")]),
    ("Die Mannschaft verabschiedet sich am Sonntag in die Winterpause.", [("Sonntag", "2011-11-20")]),
    ("Das Schwurgericht spricht am Freitag das Urteil gegen den Angeklagten aus.", [("Freitag", "2011-11-18")]),
    # kept: the past
    ("Die Vollversammlung am Freitag war öffentlich.", [("Freitag", "2011-11-11")]),
    ("Für Samstag war die Brennerstraße gesperrt.", [("Samstag", "2011-11-12")]),
    ("Die Mannschaft verabschiedete sich am Sonntag in die Winterpause.", [("Sonntag", "2011-11-13")]),
    ("Der Minister spricht sich am Montag gegen das Gesetz aus.", [("Montag", "2011-11-14")]),
])
def test_plans_of_today_widened(text, expected):
    assert pairs(text) == expected


# second review of today's rules: an agency's bare weekday after its source and two capitalized words is a date (the
# block of two capitalized words removed; a role of an association's officer and a given name still block it); the
# reflexive pronoun only after a verb of a meeting or a farewell; a verdict pronounced only with "Urteil" as the object;
# the particle read in the first clause, not after "und" and a second verb; a plan in an infinitive clause that the
# next clause tells done is past; "hatte ... aber" is no plan called off
@pytest.mark.parametrize("text, expected", [
    ("Das bestätigte die Feuerwehr Bozen Sonntag auf Anfrage.", [("Sonntag", "2011-11-13")]),
    ("Das sagte der Landesrat Schuler Montag in Bozen.", [("Montag", "2011-11-14")]),
    ("Die Feuerwehr Meran stand Samstag im Großeinsatz.", [("Samstag", "2011-11-12")]),
    ("Der Obmann Anton Sonntag eröffnete die Versammlung.", []),
    ("Der Bürgermeister hält sich am Montag mit einer Stellungnahme zurück.", [("Montag", "2011-11-14")]),
    ("Die Opposition gibt sich am Dienstag zuversichtlich.", [("Dienstag", "2011-11-15")]),
    ("Die Jungbauern treffen sich am Samstag in Brixen.", [("Samstag", "2011-11-19")]),
    ("Der Richter spricht am Dienstag sein Urteil aus.", [("Dienstag", "2011-11-22")]),
    ("Die Opfer sprechen am Montag ihre Enttäuschung über das Urteil aus.", [("Montag", "2011-11-14")]),
    ("Eine Mure geht am Sonntag im Vinschgau ab und reißt zwei Autos mit.", [("Sonntag", "2011-11-13")]),
    ("Der Verein stellt am Freitag sein Programm vor und lädt alle Mitglieder ein.", [("Freitag", "2011-11-18")]),
    ("Die Gemeinde hatte vor, im Juni den Platz zu erneuern, und hat das auch gemacht.", [("Juni", "2011-06")]),
    ("Der Verein kündigte an, im März neu zu wählen, hatte aber noch keinen Kandidaten.", [("März", "2012-03")]),
])
def test_second_review_of_todays_rules(text, expected):
    assert pairs(text) == expected


# the accident veto of the V2 plan (87551a2) not for the weather of a forecast, whose verbs are those of an accident,
# nor for a timetable's departure ("geht ... ab"); an accident of a bus or a train stays past
@pytest.mark.parametrize("text, expected", [
    ("Der Winter bricht am Samstag mit Schnee bis in die Täler ein.", [("Samstag", "2011-11-19")]),
    ("Die Temperaturen stürzen am Montag um zehn Grad ab.", [("Montag", "2011-11-21")]),
    ("Der Föhn schlägt am Freitag am Alpenhauptkamm zu.", [("Freitag", "2011-11-18")]),
    ("Der Sonderbus geht am Sonntag um 8 Uhr in Bozen ab.", [("Sonntag", "2011-11-20")]),
    ("Die Post geht am Montag an alle Haushalte ab.", [("Montag", "2011-11-21")]),
    # kept: accidents
    ("Der Linienbus prallt am Montag um 7 Uhr gegen eine Mauer.", [("Montag", "2011-11-14")]),
    ("Der Zug erfasst am Sonntag um 6 Uhr einen Traktor.", [("Sonntag", "2011-11-13")]),
    ("Eine Lawine geht am Samstag um 11 Uhr am Ortler ab.", [("Samstag", "2011-11-12")]),
    ("Ein Felssturz geht am Dienstag um 5 Uhr im Eisacktal ab.", [("Dienstag", "2011-11-15")]),
])
def test_accident_veto_not_for_weather_or_timetable(text, expected):
    assert pairs(text) == expected


# "kommt ... ab" (a vehicle off the road) is read by the accident veto, not as the plan of "kommt" in V2; "kommt"
# with another particle or none stays a plan
@pytest.mark.parametrize("text, expected", [
    ("Ein Lkw kommt am Montag um 5 Uhr von der Fahrbahn ab.", [("Montag", "2011-11-14")]),
    ("Der Pkw kommt am Sonntag von der Straße ab.", [("Sonntag", "2011-11-13")]),
    ("Der Schulbus kommt am Dienstag um 7 Uhr von der Straße ab.", [("Dienstag", "2011-11-15")]),
    # kept: plans
    ("Der Nikolaus kommt am Sonntag in die Pfarrei.", [("Sonntag", "2011-11-20")]),
    ("Der Bischof kommt am Samstag um 10 Uhr in Brixen an.", [("Samstag", "2011-11-19")]),
    ("Der Chor kommt am Freitag zur Probe zusammen.", [("Freitag", "2011-11-18")]),
])
def test_vehicle_off_the_road_not_a_plan(text, expected):
    assert pairs(text) == expected


# an infinitive after "zu" is no finite verb of a scheduled event ("zu starten", "zu beginnen"): the plan called off in
# the next clause stays past; the finite verb still a plan
@pytest.mark.parametrize("text, expected", [
    ("Die Firma plante, im Juli die Produktion zu starten, konnte aber nicht beginnen.", [("Juli", "2011-07")]),
    ("Der Verein plante, im Juni mit dem Bau zu beginnen, musste aber warten.", [("Juni", "2011-06")]),
    # kept
    ("Die Gemeinde kündigte an, im März mit dem Bau zu beginnen.", [("März", "2012-03")]),
    ("Im März beginnen die Bauarbeiten.", [("März", "2012-03")]),
    ("Die Saison startet im Dezember.", [("Dezember", "2011-12")]),
])
def test_infinitive_after_zu_is_no_finite_verb(text, expected):
    assert pairs(text) == expected


# a body convened for a day, told in the state passive ("ist ... einberufen"): the day to come; the past and the
# Perfekt passive stay past
@pytest.mark.parametrize("text, expected", [
    ("Für Dienstag ist der Landtag einberufen.", [("Dienstag", "2011-11-22")]),
    ("Für Montag ist der Gemeinderat zu einer Sondersitzung einberufen.", [("Montag", "2011-11-21")]),
    ("Für Dienstag war der Landtag einberufen.", [("Dienstag", "2011-11-15")]),
    ("Der Gemeinderat ist am Montag einberufen worden.", [("Montag", "2011-11-14")]),
])
def test_body_convened_in_the_state_passive(text, expected):
    assert pairs(text) == expected
