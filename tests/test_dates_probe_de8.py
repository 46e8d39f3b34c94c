"""German, eighth probe round (a South Tyrolean regional daily and German news generally): constructions chosen from
German grammar, not from the development files.

Our own sentences (the probes /tmp/s37/de/probe1.txt and probe2.txt of session 37), values written down before viz
was run."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dates_lang import pairs_for

N = dt.date(2013, 6, 12)   # a Wednesday (ISO week 24)
T = dt.date(2014, 1, 14)   # a Tuesday (ISO week 3)
K = dt.date(2012, 11, 5)   # a Monday (ISO week 45)


pairs = pairs_for("de", N)


# a day (or a month, a season) whose year a genitive of direction names ("vergangenen Jahres", "des Vorjahres",
# "dieses Jahres", "des heurigen Jahres", the official "v. J.", "d. J.") or "des Jahres 1809": one mention, that year's
@pytest.mark.parametrize("text, ref, expected", [
    ("Am 15. Mai des Vorjahres wurde der Grundstein gelegt.", N, [("15. Mai des Vorjahres", "2012-05-15")]),
    ("Am 3. März vergangenen Jahres wurde der Verein gegründet.", N, [("3. März vergangenen Jahres", "2012-03-03")]),
    ("Am 20. Oktober dieses Jahres wird gewählt.", N, [("20. Oktober dieses Jahres", "2013-10-20")]),
    ("Am 28. Dezember des Vorjahres wurde der Tunnel eröffnet.", T, [("28. Dezember des Vorjahres", "2013-12-28")]),
    ("Am 5. Juni v. J. wurde das Gesetz erlassen.", N, [("5. Juni v. J.", "2012-06-05")]),
    ("Die Wahl fand am 5. Juni d. J. statt.", N, [("5. Juni d. J.", "2013-06-05")]),
    ("Im Juni des heurigen Jahres wurde der Bau begonnen.", N, [("Juni des heurigen Jahres", "2013-06")]),
    ("Im Herbst des heurigen Jahres wird gebaut.", N, [("Herbst des heurigen Jahres", "2013-FA")]),
    ("Am 3. März des Jahres 1809 zogen die Schützen nach Bozen.", N, [("3. März des Jahres 1809", "1809-03-03")]),
    ("Im März des Jahres 1809 zogen die Schützen nach Bozen.", N, [("März des Jahres 1809", "1809-03")]),
    # "heurig", "diesjährig" before a season: this year's season (before another noun: the year)
    ("Das heurige Frühjahr war nass.", N, [("heurige Frühjahr", "2013-SP")]),
    ("Im diesjährigen Sommer bleibt das Freibad zu.", N, [("diesjährigen Sommer", "2013-SU")]),
    # traps: a day of the year of a story, and of the last year when no genitive follows; an adjective before
    # another noun; a genitive that belongs to the next noun phrase
    ("Am 3. März wurde der Verein gegründet, im vergangenen Jahr feierte er.", N,
     [("3. März", "2013-03-03"), ("vergangenen Jahr", "2012")]),
    ("Die heurige Ausgabe des Festivals war gut besucht.", N, [("heurige", "2013")]),
    ("Am 3. Mai wurde die Bilanz des Vorjahres vorgelegt.", N, [("3. Mai", "2013-05-03"), ("des Vorjahres", "2012")]),
])
def test_day_with_a_genitive_of_its_year(text, ref, expected):
    assert pairs(text, ref) == expected


# a season after a preposition of a point or a bound in time other than "im" ("seit dem Frühjahr", "ab Herbst", "bis
# Herbst", "vor dem Winter"), and in the genitive after a word of its part or its course ("im Laufe des Sommers",
# "Anfang des Winters"; not "während des Sommers", mostly any summer in advice)
@pytest.mark.parametrize("text, expected", [
    ("Seit dem Frühjahr ist die Straße nach Pfelders gesperrt.", [("Frühjahr", "2013-SP")]),
    ("Ab Herbst gilt der neue Stundenplan.", [("Herbst", "2013-FA")]),
    ("Bis Herbst soll der Bau abgeschlossen sein.", [("Herbst", "2013-FA")]),
    ("Vor dem Winter soll das Dach des Widums fertig sein.", [("Winter", "2013-WI")]),
    ("Im Laufe des Sommers wird der Radweg fertiggestellt.", [("des Sommers", "2013-SU")]),
    ("Anfang des Winters fiel in Sulden viel Schnee.", [("Anfang des Winters", "2012-WI")]),
    ("Während des Winters 2012 war es in Toblach sehr kalt.", [("Winters 2012", "2012-WI")]),
    # traps: a surname; a season as a subject, or in a genitive after a noun; a metaphor
    ("Gemeinderat Sommer stimmte dagegen.", []),
    ("Bürgermeister Georg Sommer eröffnete die Sitzung.", []),
    ("Der Sommer war heiß.", []),
    ("Der Schnee des Winters schmilzt langsam.", []),
    ("Seit dem Herbst seines Lebens schreibt er Gedichte.", []),
    ("Achten Sie während des Sommers auf die Mücken.", []),
])
def test_season_after_other_prepositions_and_in_the_genitive(text, expected):
    assert pairs(text) == expected


# the subject of a plan in the present may hold a prepositional attribute ("Die Feier zum 60. Geburtstag findet am
# Samstag statt", "Die Sitzung des Gemeinderates von Lana findet am Montag statt"): still the coming day
@pytest.mark.parametrize("text, expected", [
    ("Die Feier zum 60. Geburtstag findet am Samstag statt.", [("Samstag", "2013-06-15")]),
    ("Die Feier zum Jubiläum findet am Samstag im Vereinshaus statt.", [("Samstag", "2013-06-15")]),
    ("Die Sitzung des Gemeinderates von Lana findet am Montag statt.", [("Montag", "2013-06-17")]),
    ("Die Wanderung auf die Seiser Alm findet am Sonntag statt.", [("Sonntag", "2013-06-16")]),
    # traps: the same subjects told in the past
    ("Die Feier zum Jubiläum fand am Samstag statt.", [("Samstag", "2013-06-08")]),
    ("Das Spiel gegen Naturns endete am Samstag mit 2:1.", [("Samstag", "2013-06-08")]),
    ("Der Unfall in Brixen geschah am Montag.", [("Montag", "2013-06-10")]),
])
def test_subject_with_a_prepositional_attribute_before_a_plan(text, expected):
    assert pairs(text) == expected


# a weekday after an indefinite article is any such day or the kind of a day, no date
@pytest.mark.parametrize("text, expected", [
    ("Der 16. Juni ist ein Sonntag.", [("16. Juni", "2013-06-16")]),
    ("Das Unglück geschah an einem Sonntag im Juli.", [("Juli", "2012-07")]),
    ("An einem Montagabend kam er zum ersten Mal in die Probe.", []),
    # traps: the definite "am", the article of another noun before the weekday
    ("Am Sonntag ist in Glurns ein Markt.", [("Sonntag", "2013-06-16")]),
    ("Ein Wanderer stürzte am Sonntag am Ortler ab.", [("Sonntag", "2013-06-09")]),
])
def test_weekday_after_an_indefinite_article(text, expected):
    assert pairs(text) == expected


# the other names of feasts: "Allerseelentag", "Allerheiligentag", "Dreikönig", "das Fest der Heiligen Drei Könige",
# "der zweite Weihnachtsfeiertag", "Valentinstag"
@pytest.mark.parametrize("text, ref, expected", [
    ("Am Allerseelentag fand eine Messe für die Verstorbenen statt.", K, [("Allerseelentag", "2012-11-02")]),
    ("Am Allerheiligentag wurden die Gräber gesegnet.", K, [("Allerheiligentag", "2012-11-01")]),
    ("Zu Dreikönig zogen die Sternsinger von Haus zu Haus.", T, [("Dreikönig", "2014-01-06")]),
    ("Am Fest der Heiligen Drei Könige segnete der Pfarrer die Häuser.", T,
     [("Fest der Heiligen Drei Könige", "2014-01-06")]),
    ("Am zweiten Weihnachtsfeiertag kam es auf der Pustertaler Straße zu einem Unfall.", T,
     [("zweiten Weihnachtsfeiertag", "2013-12-26")]),
    ("Zum Valentinstag verkauft die Gärtnerei Rosen.", T, [("Valentinstag", "2014-02-14")]),
    # traps: the Magi; a compound of the feast's name
    ("Die Heiligen Drei Könige brachten Gold, Weihrauch und Myrrhe.", T, []),
    ("Die Dreikönigsaktion brachte 20.000 Euro ein.", T, []),
])
def test_other_names_of_feasts(text, ref, expected):
    assert pairs(text, ref) == expected


# the half of a month in one word ("in der ersten Septemberhälfte", "in der zweiten Monatshälfte"): that month
@pytest.mark.parametrize("text, ref, expected", [
    ("Die Arbeiten werden in der ersten Septemberhälfte abgeschlossen.", N, [("ersten Septemberhälfte", "2013-09")]),
    ("In der zweiten Julihälfte ist auf der Brennerstraße mit Staus zu rechnen.", N,
     [("zweiten Julihälfte", "2013-07")]),
    ("In der ersten Maihälfte regnete es in Meran fast täglich.", N, [("ersten Maihälfte", "2013-05")]),
    ("In der zweiten Monatshälfte wird die Straße gesperrt.", T, [("zweiten Monatshälfte", "2014-01")]),
    ("In der ersten Jännerhälfte fiel kaum Schnee.", T, [("ersten Jännerhälfte", "2014-01")]),
    # traps: a half of something else; the half of the year (the half rule)
    ("Die Hälfte der Gemeinderäte stimmte dagegen.", N, []),
    ("In der zweiten Jahreshälfte wird gebaut.", N, [("zweiten Jahreshälfte", "2013-H2")]),
    ("Nach der ersten Spielhälfte stand es 1:0.", N, []),
])
def test_half_of_a_month(text, ref, expected):
    assert pairs(text, ref) == expected


# the week (month, year) before the last and after the next ("vorletzte Woche", "im vorletzten Jahr", "übernächste
# Woche"): two units away (resolvers.r_relunit, group "second")
@pytest.mark.parametrize("text, expected", [
    ("Vorletzte Woche wurde in eine Bar in Meran eingebrochen.", [("Vorletzte Woche", "2013-W22")]),
    ("Im vorletzten Jahr gab es auf der Mebo mehr Unfälle.", [("vorletzten Jahr", "2011")]),
    ("Vorletzten Monat stiegen die Preise für Heizöl.", [("Vorletzten Monat", "2013-04")]),
    ("Übernächste Woche beginnt der Umbau der Grundschule.", [("Übernächste Woche", "2013-W26")]),
    # traps: the penultimate of something (a genitive or "vor" after it, a day of a tournament); a weekday two weeks
    # away is not read (rather than the nearest such day)
    ("In der vorletzten Woche vor der Wahl gab es Streit.", []),
    ("Das vorletzte Jahr seines Lebens verbrachte er in Meran.", []),
    ("Am vorletzten Tag des Turniers regnete es.", []),
    ("Vorletzten Sonntag kam er aus dem Krankenhaus.", []),
    ("Letzte Woche wurde in eine Bar eingebrochen.", [("Letzte Woche", "2013-W23")]),
])
def test_the_unit_before_the_last_and_after_the_next(text, expected):
    assert pairs(text) == expected


# the day of the month before ("am 30. v. M.", vorigen Monats; "am 3. vergangenen Monats", "am 28. des Vormonats")
# and of this month spelt out ("am 10. dieses Monats"): resolvers.r_dom, group "lastmonth"
@pytest.mark.parametrize("text, ref, expected", [
    ("Die Anzeige wurde am 30. v. M. erstattet.", K, [("30. v. M.", "2012-10-30")]),
    ("Die Anzeige wurde am 30. v. M. erstattet.", dt.date(2013, 1, 5), [("30. v. M.", "2012-12-30")]),
    ("Am 3. vergangenen Monats wurde der Ausschuss gewählt.", K, [("3. vergangenen Monats", "2012-10-03")]),
    ("Am 28. des Vormonats ging die Meldung ein.", K, [("28. des Vormonats", "2012-10-28")]),
    ("Am 10. dieses Monats wird der Ausschuss gewählt.", K, [("10. dieses Monats", "2012-11-10")]),
    # traps: this month's "d. M."; a month named after the day; an ordinal of something else
    ("Der Unfall ereignete sich am 4. d. M. gegen 18 Uhr.", K, [("4. d. M.", "2012-11-04")]),
    ("Am 30. Oktober wurde die Anzeige erstattet.", K, [("30. Oktober", "2012-10-30")]),
    ("Er wurde zum 3. Mal Obmann des Vereins.", K, []),
])
def test_day_of_the_month_before(text, ref, expected):
    assert pairs(text, ref) == expected


# two days of one month joined by a slash or a dash without "am", and the night "vom 15. auf den 16. Juni": both days
@pytest.mark.parametrize("text, expected", [
    ("Sa./So., 22./23. Juni: Dorffest in Lajen.", [("22.", "2013-06-22"), ("23. Juni", "2013-06-23")]),
    ("Das Zeltfest findet 22.-23. Juni in Villanders statt.", [("22.", "2013-06-22"), ("23. Juni", "2013-06-23")]),
    ("In der Nacht vom 15. auf den 16. Juni wird die Straße gesperrt.",
     [("15.", "2013-06-15"), ("16. Juni", "2013-06-16")]),
    # traps: ordinals of classes and places before a noun that is no month
    ("Die Schüler der 2.-3. Klasse sangen im Juni.", [("Juni", "2013-06")]),
    ("Sie belegten den 2./3. Platz.", []),
])
def test_two_days_joined_by_a_slash_a_dash_or_auf(text, expected):
    assert pairs(text) == expected


# "heute" after a preposition of a bound or a purpose ("ab heute", "seit heute", "für heute") is the day, in any text
@pytest.mark.parametrize("text, expected", [
    ("Ab heute gilt in den Gastbetrieben das Rauchverbot.", [("heute", "2013-06-12")]),
    ("Seit heute ist der Pass wieder offen.", [("heute", "2013-06-12")]),
    ("Für heute ist im Vinschgau Regen angesagt.", [("heute", "2013-06-12")]),
    # traps: "bis heute" (until now) and "heute" alone in a general statement stay the present
    ("Bis heute ist nichts geschehen.", [("heute", "PRESENT_REF")]),
    ("Heute leben in dem Weiler nur noch 30 Menschen.", [("Heute", "PRESENT_REF")]),
])
def test_today_after_ab_seit_fuer(text, expected):
    assert pairs(text) == expected


# a year where a count guard fired: after "Jahr" before "auf" + a number ("von 1200 im Jahr 2011 auf 1500"), before a
# comparison with another year ("2012 mehr Unfälle als 2011"), and a number of the years 1900-2099 that is not round
# after "wurden" before a noun ("Zuletzt wurden 2010 Neuwahlen abgehalten", as _BARE_COUNT reads such numbers)
@pytest.mark.parametrize("text, expected", [
    ("Die Zahl stieg von 1200 im Jahr 2011 auf 1500 im Jahr 2012.", [("Jahr 2011", "2011"), ("Jahr 2012", "2012")]),
    ("Es gab 2012 mehr Unfälle als 2011.", [("2012", "2012"), ("2011", "2011")]),
    ("Es gab 2012 deutlich weniger Unfälle als im Jahr 2011.", [("2012", "2012"), ("Jahr 2011", "2011")]),
    ("Zuletzt wurden 2010 Neuwahlen abgehalten.", [("2010", "2010")]),
    # traps: counts (a change, a comparison of counts, a round number before a noun after "wurden")
    ("Die Zahl stieg von 1200 auf 1500.", []),
    ("Es kamen 1900 mehr Besucher als 2010 Einwohner hat.", []),
    ("Der Verein hat 1900 mehr Mitglieder als im Vorjahr.", [("Vorjahr", "2012")]),
    ("In Wien wurden 1600 Anträge gestellt.", []),
    ("In Brixen wurden 2000 Unterschriften gesammelt.", []),
])
def test_years_where_a_count_guard_fired(text, expected):
    assert pairs(text) == expected


# "heutig", "gestrig", "morgig" before the day itself or a part of it ("am heutigen Tag", "am gestrigen Abend"): that
# day, in any text
@pytest.mark.parametrize("text, expected", [
    ("Am heutigen Tag wird der Gemeinderat gewählt.", [("heutigen", "2013-06-12")]),
    ("Am gestrigen Abend brannte in Vahrn ein Stadel.", [("gestrigen", "2013-06-11")]),
    ("Am morgigen Vormittag ist das Gemeindeamt geschlossen.", [("morgigen", "2013-06-13")]),
    ("Der gestrige Tag war lang.", [("gestrige", "2013-06-11")]),
    # traps: "to this day"; "gestrig" as outdated
    ("Bis zum heutigen Tag ist der Brand ungeklärt.", []),
    ("Das sind gestrige Ansichten.", []),
])
def test_relday_adjective_before_the_day_or_its_part(text, expected):
    assert pairs(text) == expected


# a day without its month after "am" or a weekday ("Die nächste Sitzung ist am 25.", "für Samstag, den 15."): that day
# of this month or the nearest one
@pytest.mark.parametrize("text, expected", [
    ("Die nächste Sitzung des Bildungsausschusses ist am 25.", [("25.", "2013-06-25")]),
    ("Die Sitzung fand am 3. statt.", [("3.", "2013-06-03")]),
    ("Der Verein lädt für Samstag, den 15., zur Feier.", [("Samstag, den 15.", "2013-06-15")]),
    # traps: an ordinal before its noun; the first of two days before a month; a genitive of the month
    ("Er siegte am 3. Tag des Turniers.", []),
    ("Lana landete am Ende auf dem 2. Platz.", []),
    ("Am 3. und 4. Juni wurde gefeiert.", [("3.", "2013-06-03"), ("4. Juni", "2013-06-04")]),
    ("Am 3. vergangenen Monats wurde der Ausschuss gewählt.", [("3. vergangenen Monats", "2013-05-03")]),
])
def test_day_without_its_month(text, expected):
    assert pairs(text) == expected


# the weekday of an event noun in an announcement's state passive ("Zum Konzert am Samstag sind alle eingeladen", "Für
# die Wanderung am Sonntag ist eine Anmeldung erforderlich"): the event to come
@pytest.mark.parametrize("text, expected", [
    ("Zum Konzert am Samstag sind alle eingeladen.", [("Samstag", "2013-06-15")]),
    ("Zur Feier am Freitag sind alle herzlich willkommen.", [("Freitag", "2013-06-14")]),
    ("Für die Wanderung am Sonntag ist eine Anmeldung erforderlich.", [("Sonntag", "2013-06-16")]),
    # traps: told in the past; a present of a judgement on a past event
    ("Zum Konzert am Samstag waren alle eingeladen.", [("Samstag", "2013-06-08")]),
    ("Der Sieg am Sonntag ist verdient.", [("Sonntag", "2013-06-09")]),
])
def test_event_noun_weekday_in_an_announcement(text, expected):
    assert pairs(text) == expected


# "nächstjährig" (next year's), beside "vorjährig", "letztjährig"
@pytest.mark.parametrize("text, expected", [
    ("Die nächstjährige Ausgabe des Festivals findet in Brixen statt.", [("nächstjährige", "2014")]),
    ("Der letztjährige Sieger war wieder am Start.", [("letztjährige", "2012")]),
    # traps: other compounds of "nächst"
    ("Das nächstgelegene Krankenhaus ist in Brixen.", []),
    ("Die nächsthöhere Klasse spielt in Bozen.", []),
])
def test_next_years_adjective(text, expected):
    assert pairs(text) == expected


# a focus or linking adverb that opens the Vorfeld with the date ("Bereits am Samstagabend spielt die Musikkapelle"):
# the verb after them tells the tense, as after the date alone
@pytest.mark.parametrize("text, expected", [
    ("Bereits am Samstagabend spielt die Musikkapelle auf dem Dorfplatz.", [("Samstag", "2013-06-15")]),
    ("Anschließend am Sonntag findet ein Frühschoppen statt.", [("Sonntag", "2013-06-16")]),
    # traps: the same told in the past
    ("Bereits am Samstagabend spielte die Musikkapelle auf dem Dorfplatz.", [("Samstag", "2013-06-08")]),
    ("Bereits am Montag hat die Polizei den Mann gefasst.", [("Montag", "2013-06-10")]),
])
def test_adverb_opening_the_vorfeld_with_the_date(text, expected):
    assert pairs(text) == expected


# "um" (about) before a year, also under 1800 ("Die Kirche wurde um 1450 erbaut"); not the amount of a change after
# its verb ("Die Zahl stieg um 1900", "erhöhte sich um 1200") or before its participle ("ist um 1500 gestiegen"),
# nor a clock time
@pytest.mark.parametrize("text, expected", [
    ("Die Kirche wurde um 1450 erbaut.", [("1450", "1450")]),
    ("Um 1500 entstand die Burg Reifenstein.", [("1500", "1500")]),
    ("Die Kirche ist um 1500 entstanden.", [("1500", "1500")]),
    ("Der Hof wurde um 1900 erweitert.", [("1900", "1900")]),
    # traps
    ("Die Zahl der Nächtigungen stieg um 1900.", []),
    ("Die Zahl der Gäste erhöhte sich um 1200.", []),
    ("Die Zahl der Mitglieder ist um 1500 gestiegen.", []),
    ("Er kam um 1530 Uhr.", []),
    ("Die Produktion wurde um 1500 Stück erhöht.", []),
    ("Zum Dorffest kamen um 1500 Leute.", []),
])
def test_um_before_a_year(text, expected):
    assert pairs(text) == expected


# a forecast "für das Wochenende", "für den Sonntag" (the article after "für"): the coming one, as "für Sonntag"
@pytest.mark.parametrize("text, expected", [
    ("Der Wetterdienst sagt für das Wochenende Gewitter voraus.", [("Wochenende", "2013-W24-WE")]),
    ("Für den Sonntag sagt der Wetterdienst Gewitter voraus.", [("Sonntag", "2013-06-16")]),
    # traps: no forecast; a Perfekt
    ("Für den Sonntag bedankte sich der Obmann bei allen Helfern.", [("Sonntag", "2013-06-09")]),
    ("Für das Wochenende hat der Wetterdienst Gewitter vorhergesagt.", [("Wochenende", "2013-W23-WE")]),
])
def test_forecast_for_the_weekend_or_a_day(text, expected):
    assert pairs(text) == expected


# the strong dative of a direction after "seit", "ab", "mit" ("seit letztem Herbst", "seit vorigem Jahr")
@pytest.mark.parametrize("text, expected", [
    ("Seit letztem Herbst ist die Straße nach Pfunders gesperrt.", [("letztem Herbst", "2012-FA")]),
    ("Seit letztem Jahr ist die Straße gesperrt.", [("letztem Jahr", "2012")]),
    ("Seit vorigem Jahr ist er Obmann der Bauernjugend.", [("vorigem Jahr", "2012")]),
    ("Seit vergangenem Jahr gilt die neue Regelung.", [("vergangenem Jahr", "2012")]),
    # traps: the final day of something; a weekday (its own rule)
    ("Mit letztem Tag des Monats endet die Frist.", []),
    ("Seit vergangenem Montag ist die Straße gesperrt.", [("vergangenem Montag", "2013-06-10")]),
])
def test_strong_dative_of_a_direction(text, expected):
    assert pairs(text) == expected


# "heute in einer Woche", "heute in einem Jahr": the day that far ahead (as "heute vor einem Jahr" back)
@pytest.mark.parametrize("text, expected", [
    ("Heute in einer Woche beginnt das Stadtfest.", [("Heute in einer Woche", "2013-06-19")]),
    ("Heute in einem Jahr wird der neue Gemeinderat gewählt.", [("Heute in einem Jahr", "2014-06-12")]),
    # traps: "heute" before a place; "in einer Woche" alone is the week
    ("Heute in Meran wurde der Haushalt genehmigt.", [("Heute", "2013-06-12")]),
    ("In einer Woche beginnt das Stadtfest.", [("In einer Woche", "2013-W25")]),
])
def test_today_in_a_week(text, expected):
    assert pairs(text) == expected


# "im neuen Jahr", "das alte Jahr" around New Year: the year of the nearest New Year's Day, the year that ends at the
# nearest New Year's Eve (resolvers.r_relunit, groups "newyear", "oldyear")
@pytest.mark.parametrize("text, ref, expected", [
    ("Im neuen Jahr soll mit dem Bau begonnen werden.", T, [("neuen Jahr", "2014")]),
    ("Im neuen Jahr soll mit dem Bau begonnen werden.", dt.date(2013, 12, 20), [("neuen Jahr", "2014")]),
    ("Das neue Jahr begann in Sexten mit viel Schnee.", T, [("neue Jahr", "2014")]),
    ("Im alten Jahr gab es auf der Brennerautobahn viele Unfälle.", T, [("alten Jahr", "2013")]),
    ("Das alte Jahr ging ruhig zu Ende.", dt.date(2013, 12, 31), [("alte Jahr", "2013")]),
    # traps: a wish; another noun
    ("Die Musikkapelle wünscht allen ein gutes neues Jahr.", T, []),
    ("Das neue Schuljahr beginnt im September.", N, [("September", "2013-09")]),
])
def test_the_new_and_the_old_year(text, ref, expected):
    assert pairs(text, ref) == expected


# Holy Week ("in der Karwoche"): the ISO week of Good Friday
@pytest.mark.parametrize("text, expected", [
    ("In der Karwoche finden in der Pfarrkirche täglich Andachten statt.", [("Karwoche", "2014-W16")]),
    ("In der Karwoche fand in Tramin eine Andacht statt.", [("Karwoche", "2013-W13")]),
    ("In der Karwoche 2012 war es kalt.", [("Karwoche 2012", "2012-W14")]),
    # traps: Good Friday itself; a cirque ("Kar") in the mountains
    ("Am Karfreitag bleiben die Geschäfte offen.", [("Karfreitag", "2014-04-18")]),
    ("Der Bergsteiger stürzte im Kar unterhalb der Wand ab.", []),
])
def test_holy_week(text, expected):
    assert pairs(text, T) == expected


# the start, middle or end of a season in one word ("zu Sommerbeginn", "seit Winterbeginn", "bis Sommerende")
@pytest.mark.parametrize("text, expected", [
    ("Zu Sommerbeginn wird das Freibad in Naturns eröffnet.", [("Sommerbeginn", "2013-SU")]),
    ("Zum Herbstbeginn wird die Straße saniert.", [("Herbstbeginn", "2013-FA")]),
    ("Seit Winterbeginn gab es im Ultental drei Lawinen.", [("Winterbeginn", "2012-WI")]),
    ("Bis Sommerende bleibt die Hütte offen.", [("Sommerende", "2013-SU")]),
    # traps: a compound noun; other compounds of a season
    ("Das Sommerende-Fest lockte viele Gäste an.", []),
    ("Die Winterreifen müssen bis November montiert sein.", [("November", "2013-11")]),
])
def test_season_start_or_end_in_one_word(text, expected):
    assert pairs(text) == expected


# "heute" with the present of one scheduled event right after or before it ("Heute trifft sich der Gemeinderat",
# "Der Kurs beginnt heute"): the day, as a weekday with a plan verb
@pytest.mark.parametrize("text, expected", [
    ("Heute trifft sich der Gemeinderat von Feldthurns.", [("Heute", "2013-06-12")]),
    ("Heute findet in Brixen die Herz-Jesu-Prozession statt.", [("Heute", "2013-06-12")]),
    ("Der Erste-Hilfe-Kurs beginnt heute im Vereinshaus.", [("heute", "2013-06-12")]),
    # traps: a state, a plural habit, a generic "man"
    ("Heute leben in dem Weiler nur noch 30 Menschen.", [("Heute", "PRESENT_REF")]),
    ("Heute treffen sich junge Leute eher im Internet.", [("Heute", "PRESENT_REF")]),
    ("Heute beginnt man mit der Ausbildung später.", [("Heute", "PRESENT_REF")]),
])
def test_today_with_a_plan_verb(text, expected):
    assert pairs(text) == expected


# a time of day after a weekday that opens its clause ("Montag früh beginnt die Schule"): the verb after it tells
# the tense
@pytest.mark.parametrize("text, expected", [
    ("Montag früh beginnt in Lana wieder die Schule.", [("Montag", "2013-06-17")]),
    ("Sonntag abends findet in der Pfarrkirche eine Messe statt.", [("Sonntag", "2013-06-16")]),
    # traps: told in the past
    ("Montag früh begann in Lana wieder die Schule.", [("Montag", "2013-06-10")]),
    ("Am Montag früh wurde der Mann gefasst.", [("Montag", "2013-06-10")]),
])
def test_time_of_day_after_an_opening_weekday(text, expected):
    assert pairs(text) == expected
