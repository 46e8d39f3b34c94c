"""German, ninth probe round: regressions a read-only review found in the eighth round's rules (session 37; its
sentences in /tmp/s37/rev-de), reworded in our own words, with the cases each rule was written for beside them.

Said on a Wednesday, 5 June 2013 (ISO week 23), unless told otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dates_lang import pairs_for

N = dt.date(2013, 6, 5)    # a Wednesday (ISO week 23)

pairs = pairs_for("de", N)


# a day without its month after "vom" before "auf", "in", "ins", "zum": a place in a ranking or a step of a change,
# not a day -- but in "die Nacht vom 15. auf den 16." both are days; a day of every month ("am 15. jedes Monats",
# "jeweils am 5.") is no date
@pytest.mark.parametrize("text, expected", [
    ("Der Slalomfahrer fiel im zweiten Lauf vom 4. auf den 11. Platz zurück.", []),
    ("Die Handballerinnen rückten vom 6. auf den 2. Rang vor.", []),
    ("Der Langläufer verbesserte sich vom 14. auf den 8.", []),
    ("Die Kanzlei übersiedelt vom 2. in den 5. Stock.", []),
    ("Das Kind wechselt im Herbst vom 1. ins 2. Schuljahr.", [("Herbst", "2013-FA")]),
    ("Meran kletterte vom 9. auf den 3. Tabellenplatz.", []),
    ("Sie schob sich vom 7. auf Rang 4 nach vorne.", []),
    ("Die Pacht ist am 10. jedes Monats zu überweisen.", []),
    ("Der Bauernmarkt ist jeweils am 3.", []),
    # the cases the rule was written for, and the night between two days without the month
    ("Die Sitzung fand am 3. statt.", [("3.", "2013-06-03")]),
    ("Der Beschluss vom 28. wurde aufgehoben.", [("28.", "2013-05-28")]),
    ("Vom 3. an gilt der neue Tarif.", [("3.", "2013-06-03")]),
    ("In der Nacht vom 1. auf den 2. brannte in Vahrn ein Stadel.", [("1.", "2013-06-01"), ("2.", "2013-06-02")]),
    ("In der Nacht vom 15. auf den 16. wird die Brennerstraße gesperrt.",
     [("15.", "2013-06-15"), ("16.", "2013-06-16")]),
    ("In der Nacht vom 15. auf den 16. Juni wird die Straße gesperrt.",
     [("15.", "2013-06-15"), ("16. Juni", "2013-06-16")]),
])
def test_day_without_month_not_a_ranking(text, expected):
    assert pairs(text) == expected


# a day without its month in a clause told in the present: the coming one, not the nearest (the 25th said on the 5th
# is this month's, not last month's); told in the past: the last one
@pytest.mark.parametrize("text, expected", [
    ("Die Anmeldefrist endet am 25.", [("25.", "2013-06-25")]),
    ("Am 25. ist Schluss mit den Sonderpreisen.", [("25.", "2013-06-25")]),
    ("Die Fotoausstellung im Rathaus endet am 30.", [("30.", "2013-06-30")]),
    ("Am 20. beginnt die Badesaison.", [("20.", "2013-06-20")]),
    # traps: the past
    ("Er kehrte am 25. aus Wien zurück.", [("25.", "2013-05-25")]),
    ("Der Tabellenführer verlor am 25. in Meran.", [("25.", "2013-05-25")]),
    ("Das Geld ist am 3. eingegangen.", [("3.", "2013-06-03")]),
])
def test_day_without_month_in_the_present_is_the_coming_one(text, expected):
    assert pairs(text) == expected


# "um" + a number that ends its clause after a verb of change anywhere before it in the clause: the amount of the
# change, no year (the verb need not stand right before "um"); a clause whose verb is no change keeps the year
@pytest.mark.parametrize("text, expected", [
    ("Die Zahl der Nächtigungen stieg im April um 1700.", [("April", "2013-04")]),
    ("Die Steuereinnahmen sanken gegenüber dem Vorjahr um 1250.", [("dem Vorjahr", "2012")]),
    ("Die Zahl der Pendler nahm im Vergleich zu 2010 um 1450 ab.", [("2010", "2010")]),
    ("Die Einwohnerzahl von Bruneck wuchs seither um 1300.", []),
    ("Die Zahl der Arbeitslosen fiel zwischen 2009 und 2012 um 1600.", [("2009", "2009"), ("2012", "2012")]),
    # traps: a year after "um" in a clause of building or origin, and after "bis um"
    ("Um 1500 entstand der Flügelaltar in der Pfarrkirche.", [("1500", "1500")]),
    ("Der Ansitz entstand um 1550.", [("1550", "1550")]),
    ("Die Kapelle wurde um 1450 erbaut.", [("1450", "1450")]),
    ("Die Siedlung wuchs bis um 1600.", [("1600", "1600")]),
])
def test_um_amount_after_a_verb_of_change_in_the_clause(text, expected):
    assert pairs(text) == expected


# "heute" before the present of a scheduled event is the day -- but not "nowadays" told by an adverb of frequency or
# of a contrast in the clause, "sich finden", a "treffen" that is no meeting, nor "was für heute gilt"
@pytest.mark.parametrize("text, expected", [
    ("Heute findet sich am Ort der alten Mühle ein Supermarkt.", [("Heute", "PRESENT_REF")]),
    ("Heute tagt der Ausschuss nur noch zweimal im Jahr.", [("Heute", "PRESENT_REF")]),
    ("Heute beginnt die Badesaison meist schon im Mai.", [("Heute", "PRESENT_REF"), ("Mai", "2013-05")]),
    ("Heute trifft die Arbeitslosigkeit vor allem die Älteren.", [("Heute", "PRESENT_REF")]),
    ("Heute eröffnet die Digitalisierung ganz neue Wege.", [("Heute", "PRESENT_REF")]),
    ("Heute startet kaum noch ein Betrieb ohne Kredit.", [("Heute", "PRESENT_REF")]),
    ("Heute trifft sich die Dorfjugend nicht mehr im Gasthaus, sondern online.", [("Heute", "PRESENT_REF")]),
    ("Was für heute gilt, galt auch früher.", [("heute", "PRESENT_REF"), ("früher", "PAST_REF")]),
    # the day: a meeting, an event that takes place, a match, an opening by someone, after "für" a forecast
    ("Heute trifft sich der Bildungsausschuss im Rathaus.", [("Heute", "2013-06-05")]),
    ("Heute findet in Klausen die Prozession statt.", [("Heute", "2013-06-05")]),
    ("Heute trifft der HC Bozen auf Klagenfurt.", [("Heute", "2013-06-05")]),
    ("Heute eröffnet die Landesrätin die Messe.", [("Heute", "2013-06-05")]),
    ("Heute tagt erstmals der neue Gemeinderat.", [("Heute", "2013-06-05")]),
    ("Für heute ist im Unterland Hagel angesagt.", [("heute", "2013-06-05")]),
])
def test_today_nowadays_in_a_general_statement(text, expected):
    assert pairs(text) == expected


# "Dreikönig" is the feast after a preposition, else the name of an inn or a hotel; a feast as the subject of "ist" or
# "gilt" after "Der"/"Das" is the feast in general, unless its weekday or "heuer" follows
@pytest.mark.parametrize("text, ref, expected", [
    ("Der Gasthof Dreikönig in Sterzing wird umgebaut.", N, []),
    ("Wir übernachteten im Hotel Dreikönig am Hauptplatz.", N, []),
    ("Der Valentinstag ist für Floristen ein gutes Geschäft.", N, []),
    ("Der Johannistag gilt in Schweden als Volksfest.", N, []),
    # the feast itself
    ("Bis Dreikönig bleibt die Krippe in der Kirche.", dt.date(2013, 12, 20), [("Dreikönig", "2014-01-06")]),
    ("Zu Dreikönig ziehen die Sternsinger durch Tramin.", dt.date(2013, 12, 20), [("Dreikönig", "2014-01-06")]),
    ("Der Valentinstag ist heuer ein Donnerstag.", N, [("Valentinstag", "2013-02-14"), ("heuer", "2013")]),
])
def test_feast_names_of_inns_and_feasts_in_general(text, ref, expected):
    assert pairs(text, ref) == expected


# "das neue Jahr": not the new year of another calendar named by a genitive after it; from February on, in a sentence
# looking ahead, the next year (not this one, whose New Year's Day is the nearest); told in the past, this year
@pytest.mark.parametrize("text, ref, expected", [
    ("Das neue Jahr der Juden beginnt im Herbst.", N, [("Herbst", "2013-FA")]),
    ("Für das neue Jahr plant der Tourismusverein drei Feste.", N, [("neue Jahr", "2014")]),
    ("Im neuen Jahr soll die Umfahrung eröffnet werden.", N, [("neuen Jahr", "2014")]),
    ("Im neuen Jahr soll die Umfahrung eröffnet werden.", dt.date(2013, 3, 12), [("neuen Jahr", "2014")]),
    ("Für Samstag plant der Verein ein Grillfest.", N, [("Samstag", "2013-06-08")]),
    # traps: told in the past; said in January
    ("Das neue Jahr brachte den Obstbauern viel Hagel.", N, [("neue Jahr", "2013")]),
    ("Im neuen Jahr soll die Umfahrung eröffnet werden.", dt.date(2014, 1, 8), [("neuen Jahr", "2014")]),
])
def test_the_new_year_looking_ahead(text, ref, expected):
    assert pairs(text, ref) == expected


# "vorletzt-"/"übernächst-" + a unit before a genitive article or "nach"/"vor" a feast: a unit counted from something
# else, no date; alone (or before a place) still two units away
@pytest.mark.parametrize("text, expected", [
    ("In der vorletzten Woche der Fastenzeit wurde nicht gefeiert.", []),
    ("Im vorletzten Jahr der Amtsperiode wurde die Schule gebaut.", []),
    ("In der übernächsten Woche nach Pfingsten beginnen die Proben.", [("Pfingsten", "2014-06-08")]),
    ("Der Bürgermeister reist übernächste Woche nach Wien.", [("übernächste Woche", "2013-W25")]),
    ("Vorletzte Woche wurde in Lana ein Stadel gelöscht.", [("Vorletzte Woche", "2013-W21")]),
])
def test_second_unit_with_an_attribute_after(text, expected):
    assert pairs(text) == expected


# a date right after "ab" ("ab Frühjahr", "ab dem Sommer", "ab März") in a clause not told in the past: the coming one
@pytest.mark.parametrize("text, ref, expected", [
    ("Ab Frühjahr gelten im Pustertal neue Bustarife.", dt.date(2013, 10, 10), [("Frühjahr", "2014-SP")]),
    ("Ab dem Sommer gilt in der Altstadt ein Fahrverbot.", dt.date(2013, 11, 20), [("Sommer", "2014-SU")]),
    ("Ab März gilt der neue Fahrplan.", dt.date(2013, 11, 20), [("März", "2014-03")]),
    # traps: told in the past; "seit"
    ("Ab Frühjahr galten im Pustertal neue Bustarife.", dt.date(2013, 10, 10), [("Frühjahr", "2013-SP")]),
    ("Seit dem Sommer ist die Brücke gesperrt.", dt.date(2013, 11, 20), [("Sommer", "2013-SU")]),
])
def test_date_after_ab_is_the_coming_one(text, ref, expected):
    assert pairs(text, ref) == expected


# "kommen" after its subject is the present of a plan, like "findet statt" ("Die Sternsinger kommen zu Dreikönig" said
# in June: the coming feast, not the last one); told in the past, the last one
@pytest.mark.parametrize("text, ref, expected", [
    ("Die Sternsinger kommen zu Dreikönig.", N, [("Dreikönig", "2014-01-06")]),
    ("Der Bischof kommt am Sonntag nach Brixen.", N, [("Sonntag", "2013-06-09")]),
    ("Der Bischof kam am Sonntag nach Brixen.", N, [("Sonntag", "2013-06-02")]),
])
def test_kommen_as_a_plan(text, ref, expected):
    assert pairs(text, ref) == expected
