"""German dates in the style of a South Tyrolean regional daily and of a weekly essay paper, as KRAUTS (TimeML)
marks them: announcements, police and council news, sports, obituaries; history and essays ("im 19. Jahrhundert",
"in den sechziger Jahren", "einst", "heute" as nowadays); and traps (month words as names, counts and prices, item
numbers, durations, clock times).

Written from the grammar of German dates, not from evaluation files; reference date a Wednesday. Spans follow the
module's conventions (the preposition outside: "am [Freitag]", "im [Vorjahr]")."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday


def pairs(text, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang="de", reference_date=ref)]


FOUND = [
    ('Am Samstag, 20. April, findet um 20 Uhr im Vereinshaus von Kastelruth ein Konzert statt.', [('Samstag, 20. April', '2024-04-20')]),
    ('In der Nacht auf Sonntag brachen Unbekannte in eine Bar in Bruneck ein.', [('Sonntag', '2024-04-07')]),
    ('Der Verstorbene wurde 1935 in Brixen geboren.', [('1935', '1935')]),
    ('Seit 1. Jänner gilt in der Altstadt die neue Parkordnung.', [('1. Jänner', '2024-01-01')]),
    ('Heuer werden in Meran mehr Touristen erwartet.', [('Heuer', '2024')]),
    ('Im Vorjahr waren es noch 300 Teilnehmer.', [('Vorjahr', '2023')]),
    ('Zu Allerheiligen findet die Gräbersegnung um 14 Uhr statt.', [('Allerheiligen', '2024-11-01')]),
    ('Am Montagabend kam es auf der Brennerautobahn zu einem Auffahrunfall.', [('Montag', '2024-04-08')]),
    ('Die Entscheidung soll Ende der Woche fallen.', [('Ende der Woche', '2024-W15')]),
    ('Anfang Mai beginnen die Arbeiten an der Umfahrungsstraße.', [('Anfang Mai', '2024-05')]),
    ('Mitte der 90er Jahre zog er nach Bozen.', [('Mitte der 90er Jahre', '199')]),
    ('Vor 20 Jahren wurde der Verein gegründet.', [('Vor 20 Jahren', '2004')]),
    ('Das Dorffest findet heuer zum 25. Mal statt.', [('heuer', '2024')]),
    ('Der Jahrgang 1950 feierte am Sonntag im Gasthof Post.', [('1950', '1950'), ('Sonntag', '2024-04-07')]),
    ('Im Zeitraum 2015 bis 2020 stiegen die Mieten um zehn Prozent.', [('2015', '2015'), ('2020', '2020')]),
    ('Die Arbeiten sollen bis Ende 2025 abgeschlossen sein.', [('Ende 2025', '2025')]),
    ('In den kommenden Jahren soll das Krankenhaus ausgebaut werden.', [('kommenden Jahren', 'FUTURE_REF')]),
    ('Am 3. Mai wird in Leifers der neue Bürgermeister gewählt.', [('3. Mai', '2024-05-03')]),
    ('Die nächste Gemeinderatssitzung findet am Donnerstag statt.', [('Donnerstag', '2024-04-11')]),
    ('Gestern Abend brannte in Sterzing ein Stadel.', [('Gestern Abend', '2024-04-09')]),
    ('Die Carabinieri berichteten am Dienstag von einem Einbruch in Lana.', [('Dienstag', '2024-04-09')]),
    ('Die Ausstellung im Stadtmuseum ist bis 30. Juni geöffnet.', [('30. Juni', '2024-06-30')]),
    ('Im Juli 2023 hatte das Unwetter große Schäden angerichtet.', [('Juli 2023', '2023-07')]),
    ('Der Bürgermeister kündigte an, im Herbst zurückzutreten.', [('Herbst', '2024-FA')]),
    ('Im vergangenen Sommer waren die Hotels im Gadertal ausgebucht.', [('vergangenen Sommer', '2023-SU')]),
    ('Nächste Woche beginnt die Sanierung der Talferbrücke.', [('Nächste Woche', '2024-W16')]),
    ('Letztes Jahr kamen 5000 Besucher zum Speckfest.', [('Letztes Jahr', '2023')]),
    ('Am Wochenende herrscht in den Bergen erhebliche Lawinengefahr.', [('Wochenende', '2024-W15-WE')]),
    ('Das neue Vereinshaus wird im kommenden Frühjahr eröffnet.', [('kommenden Frühjahr', '2025-SP')]),
    ('Ende März wurde die Skisaison am Kronplatz beendet.', [('Ende März', '2024-03')]),
    ('Die Beerdigung findet am Freitag um 14.30 Uhr in der Pfarrkirche statt.', [('Freitag', '2024-04-12')]),
    ('Am Ostermontag kam es auf der Pustertaler Straße zu einem schweren Unfall.', [('Ostermontag', '2024-04-01')]),
    ('Morgen wird auf dem Waltherplatz der Bauernmarkt eröffnet.', [('Morgen', '2024-04-11')]),
    ('Am 24. Dezember bleibt das Rathaus geschlossen.', [('24. Dezember', '2024-12-24')]),
    ('Die Vollversammlung vom 5. März hat den Vorstand bestätigt.', [('5. März', '2024-03-05')]),
    ('Der Sommer 2022 war der heißeste seit Beginn der Messungen.', [('Sommer 2022', '2022-SU')]),
    ('Im ersten Quartal 2023 sank der Umsatz der Genossenschaft.', [('ersten Quartal 2023', '2023-Q1')]),
    ('In der zweiten Jahreshälfte 2023 zog die Nachfrage wieder an.', [('zweiten Jahreshälfte 2023', '2023-H2')]),
    ('Anfang 2024 trat die neue Regelung in Kraft.', [('Anfang 2024', '2024')]),
    ('Sie verstarb am 6. April im 89. Lebensjahr.', [('6. April', '2024-04-06')]),
    ('Geboren wurde er am 3. März 1935 in Brixen.', [('3. März 1935', '1935-03-03')]),
    ('Am Sonntag trifft der FC Südtirol im Drususstadion auf Bari.', [('Sonntag', '2024-04-14')]),
    ('Am Sonntag gewann der FC Südtirol in Bari mit 2:0.', [('Sonntag', '2024-04-07')]),
    ('Am Mittwoch stellte der Landeshauptmann das Programm vor.', [('Mittwoch', '2024-04-10')]),
    ('Im Dezember hatte der Gemeinderat das Projekt genehmigt.', [('Dezember', '2023-12')]),
    ('Im Oktober wird der Landtag neu gewählt.', [('Oktober', '2024-10')]),
    ('Vorige Woche wurde die Straße wieder freigegeben.', [('Vorige Woche', '2024-W14')]),
    ('Vor zwei Jahren übernahm sie die Leitung des Chores.', [('Vor zwei Jahren', '2022')]),
    ('Vor drei Tagen wurde der Wanderer als vermisst gemeldet.', [('Vor drei Tagen', '2024-04-07')]),
    ('Mitte April wird die Seilbahn wieder in Betrieb genommen.', [('Mitte April', '2024-04')]),
    ('Am vergangenen Freitag wurde die neue Feuerwehrhalle eingeweiht.', [('vergangenen Freitag', '2024-04-05')]),
    ('Die Zahl der Nächtigungen ist seit Jahresbeginn gestiegen.', [('Jahresbeginn', '2024')]),
    ('Die Gebühren werden Ende des Monats erhöht.', [('Ende des Monats', '2024-04')]),
    ('Am vergangenen Wochenende wurden 40 Verkehrssünder angezeigt.', [('vergangenen Wochenende', '2024-W14-WE')]),
    ('Das Konzert wird am Sonntag, den 28. April, wiederholt.', [('Sonntag, den 28. April', '2024-04-28')]),
    ('Der Vertrag läuft bis 2027.', [('2027', '2027')]),
    ('Im Herbst vergangenen Jahres wurde der Spatenstich gesetzt.', [('Herbst vergangenen Jahres', '2023-FA')]),
    ('Zu Pfingsten wird die Kirche geweiht.', [('Pfingsten', '2024-05-19')]),
    ('Im 19. Jahrhundert wuchs die Stadt rasant.', [('19. Jahrhundert', '18')]),
    ('In den sechziger Jahren rebellierten die Studenten gegen ihre Eltern.', [('den sechziger Jahren', '196')]),
    ('Seit der Wende 1989 hat sich das Land grundlegend verändert.', [('1989', '1989')]),
    ('Einst war die Region bitterarm.', [('Einst', 'PAST_REF')]),
    ('Damals glaubte niemand an den Erfolg der Partei.', [('Damals', 'PAST_REF')]),
    ('Heute ist die Region eine der reichsten Europas.', [('Heute', 'PRESENT_REF')]),
    ('Vor Jahrzehnten war das noch undenkbar.', [('Vor Jahrzehnten', 'PAST_REF')]),
    ('Im Jahr 1848 erhoben sich die Bürger gegen die Monarchie.', [('Jahr 1848', '1848')]),
    ('Zwischen 1933 und 1945 wurden Millionen Menschen verfolgt.', [('1933', '1933'), ('1945', '1945')]),
    ('Ende des 18. Jahrhunderts zerfiel das alte Reich.', [('Ende des 18. Jahrhunderts', '17')]),
    ('Im Sommer 1968 demonstrierten in Paris die Studenten.', [('Sommer 1968', '1968-SU')]),
    ('Bis heute ist der Fall nicht aufgeklärt.', [('heute', 'PRESENT_REF')]),
    ('In Zukunft wird die Arbeit ganz anders aussehen.', [('In Zukunft', 'FUTURE_REF')]),
    ('Anfang der neunziger Jahre brach das System zusammen.', [('Anfang der neunziger Jahre', '199')]),
    ('In den 1920er Jahren war Berlin eine Weltstadt.', [('den 1920er Jahren', '192')]),
    ('Vor hundert Jahren starb Franz Kafka.', [('Vor hundert Jahren', '1924')]),
    ('Um 1900 lebten in dem Tal kaum Menschen.', [('1900', '1900')]),
    ('Mitte des 20. Jahrhunderts begann der Massentourismus.', [('Mitte des 20. Jahrhunderts', '19')]),
    ('Früher war das Dorf ein Zentrum des Bergbaus.', [('Früher', 'PAST_REF')]),
    ('Heute leben in der Stadt doppelt so viele Menschen wie damals.', [('Heute', 'PRESENT_REF'), ('damals', 'PAST_REF')]),
    ('In den vergangenen Jahrzehnten hat sich das Klima verändert.', [('vergangenen Jahrzehnten', 'PAST_REF')]),
    ('Nach 1945 wurde die Stadt wieder aufgebaut.', [('1945', '1945')]),
    ('Im Frühjahr 1945 erreichten die Alliierten die Stadt.', [('Frühjahr 1945', '1945-SP')]),
    ('Mitte der Achtzigerjahre kam die erste Krise.', [('Mitte der Achtzigerjahre', '198')]),
    ('Derzeit wird über eine Reform verhandelt.', [('Derzeit', 'PRESENT_REF')]),
    ('Die Gemeinderatswahl fand am 27. Oktober in der Aula statt.', [('27. Oktober', '2023-10-27')]),
    ('Im Mai beginnen die Arbeiten an der Brücke.', [('Mai', '2024-05')]),
    ('Die Feier findet am Sonntag, 21. April, in der Pfarrkirche statt.', [('Sonntag, 21. April', '2024-04-21')]),
    ('Am kommenden Samstag wird der neue Platz eingeweiht.', [('kommenden Samstag', '2024-04-13')]),
    ('Übermorgen beginnt in Bozen die Messe.', [('Übermorgen', '2024-04-12')]),
    ('Vorgestern wurde in Klausen eingebrochen.', [('Vorgestern', '2024-04-08')]),
    ('Ende Juni wird der neue Radweg eröffnet.', [('Ende Juni', '2024-06')]),
    ('Die Zahl der Arbeitslosen soll bis 2030 halbiert werden.', [('2030', '2030')]),
    ('Im Jahr 2000 hatte das Dorf 2000 Einwohner.', [('Jahr 2000', '2000')]),
    ('Anno 1809 kämpfte Andreas Hofer gegen die Bayern.', [('1809', '1809')]),
    ('Vor einer Woche wurde der Skilift stillgelegt.', [('Vor einer Woche', '2024-W14')]),
    ('In zwei Jahren soll der Tunnel fertig sein.', [('In zwei Jahren', '2026')]),
    ('Nächstes Jahr feiert der Verein sein Jubiläum.', [('Nächstes Jahr', '2025')]),
    ('Diese Woche bleibt das Schwimmbad geschlossen.', [('Diese Woche', '2024-W15')]),
    ('Anfang nächsten Jahres soll mit dem Bau begonnen werden.', [('Anfang nächsten Jahres', '2025')]),
    ('Ende vergangenen Jahres wurde der Vertrag unterzeichnet.', [('Ende vergangenen Jahres', '2023')]),
    ('Im Sommer 2025 findet in Toblach das Festival statt.', [('Sommer 2025', '2025-SU')]),
    ('Zu Ostern war das Wetter schlecht.', [('Ostern', '2024-03-31')]),
    ('Seit Montag ist die Straße gesperrt.', [('Montag', '2024-04-08')]),
    ('Die Straße bleibt bis Sonntag gesperrt.', [('Sonntag', '2024-04-14')]),
    ('Am Wochenende kam es auf den Straßen zu zahlreichen Unfällen.', [('Wochenende', '2024-W14-WE')]),
    ('Die Zeitung erschien in den Fünfzigerjahren zweimal pro Woche.', [('den Fünfzigerjahren', '195')]),
    ('Anfang des 20. Jahrhunderts wanderten viele nach Amerika aus.', [('Anfang des 20. Jahrhunderts', '19')]),
    ('Vor 30 Jahren fiel die Mauer.', [('Vor 30 Jahren', '1994')]),
    ('Seit den siebziger Jahren hat sich viel verändert.', [('den siebziger Jahren', '197')]),
    ('In jüngster Zeit häufen sich die Beschwerden.', [('In jüngster Zeit', 'PAST_REF')]),
    ('Heute weiß man, dass die Theorie falsch war.', [('Heute', 'PRESENT_REF')]),
    ('Ende der achtziger Jahre kam die Wende.', [('Ende der achtziger Jahre', '198')]),
    ('Am 9. November 1989 fiel die Berliner Mauer.', [('9. November 1989', '1989-11-09')]),
    ('1968 protestierten überall in Europa die Studenten.', [('1968', '1968')]),
    ('Mitte der 1980er Jahre begann der Abstieg der Werft.', [('Mitte der 1980er Jahre', '198')]),
    ('Der Erste Weltkrieg dauerte von 1914 bis 1918.', [('1914', '1914'), ('1918', '1918')]),
    ('Am Dienstagnachmittag wurde in Meran ein Radfahrer angefahren.', [('Dienstag', '2024-04-09')]),
    ('Der Landtag tagt am Donnerstag in Bozen.', [('Donnerstag', '2024-04-11')]),
    ('Die Verhandlung beginnt am Montag vor dem Landesgericht.', [('Montag', '2024-04-15')]),
    ('Die Abschlussfeier ist am Freitag im Kulturhaus.', [('Freitag', '2024-04-12')]),
    ('Der Sänger tritt am Samstag im Forum Brixen auf.', [('Samstag', '2024-04-13')]),
    # the Präteritum closest before the date outweighs a future cue further back in the sentence
    ('Die für nächste Woche geplante Sitzung wurde am Montag abgesagt.', [('nächste Woche', '2024-W16'), ('Montag', '2024-04-08')]),
]

# a weekday or a day in a clause told in the Perfekt is past, whatever the present of its auxiliary
PERFEKT = [
    'Der Altbürgermeister ist am Sonntag im Alter von 90 Jahren gestorben.',
    'Die Frau ist am Montag in Bozen angekommen.',
    'Die Kinder sind am Sonntag zur Erstkommunion gegangen.',
    'Das Ergebnis ist am Montag bekannt gegeben worden.',
]

TRAPS = [
    'Die Ausstellung zeigt Werke von August Macke.',
    'Mai Thi Nguyen-Kim moderiert die Sendung.',
    'Das Dorf hat 2000 Einwohner.',
    'Die Strafe beträgt 1500 Euro.',
    'Der Gast übernachtete in Zimmer 1904.',
    'Nach Paragraph 1812 ist das verboten.',
    'Er war drei Jahre lang Bürgermeister der Gemeinde.',
    'Seit 50 Jahren führt er das Geschäft am Domplatz.',
    'Das Fest findet zum 25. Mal statt.',
    'Thomas Sommer ist neuer Obmann der Musikkapelle.',
    'Josef Winter wurde zum Kommandanten gewählt.',
    'Die Schutzhütte liegt auf 2100 Metern Meereshöhe.',
    'Der Gipfel ist 3000 Meter hoch.',
    'Das Tor fiel in der 90. Minute.',
    'Der Verein zählt 1850 Mitglieder.',
    'Er lief die 1500 Meter in neuer Bestzeit.',
    'Nach dem Zweiten Weltkrieg lag die Stadt in Trümmern.',
    'Die Feuerwehr rückte mit 25 Mann aus.',
    'Der Verstorbene war 40 Jahre lang Mitglied der Feuerwehr.',
    'Karl August Weber leitet den Chor.',
    'Der Bau kostete 1,2 Millionen Euro.',
    'Die Mannschaft gewann das Spiel mit 3:1.',
    'Die Buslinie 201 fährt nach Brixen.',
    'Das Grundstück ist 1200 Quadratmeter groß.',
    'Die Sitzung dauerte vier Stunden.',
    'Die Polizei stellte 1960 Euro sicher.',
    'Die Aktie verlor 2,5 Prozent.',
    'Das Oktoberfest lockt Millionen Besucher an.',
    'Die Schutzhütte liegt auf 1800 Metern Seehöhe.',
    'Innerhalb von zwei Jahren verdoppelte sich der Umsatz.',
    'Zurzeit wird über eine Reform verhandelt.',
    'Gegenwärtig leben in Südtirol rund 530.000 Menschen.',
    'Er ist seit drei Wochen im Krankenstand.',
    'Der Maibaum wird aufgestellt.',
    'Die Gemeinde investiert 1300 Euro pro Einwohner.',
    'Die Feuerwehr rückte um 3.15 Uhr aus.',
]

KNOWN_FAILURES = [
    ('Die Gemeinderatswahl findet am 27. Oktober in der Aula statt.', [('27. Oktober', '2024-10-27')]),
]

# a Präteritum right after a year-less date, in its clause: the last such month or day (resolvers._anchor_year)
TOLD_PAST = [
    ('Im Mai wurde die neue Brücke eröffnet.', [('Mai', '2023-05')]),
    ('Am 20. April fand in Brixen ein Flohmarkt statt.', [('20. April', '2023-04-20')]),
]


@pytest.mark.parametrize("text, expected", TOLD_PAST)
def test_a_past_verb_after_a_yearless_date(text, expected):
    assert pairs(text) == expected, pairs(text)


@pytest.mark.parametrize("text, expected", FOUND)
def test_dates_found(text, expected):
    got = pairs(text)
    for p in expected:
        assert p in got, got


@pytest.mark.parametrize("text", PERFEKT)
def test_perfekt_is_past(text):
    got = pairs(text)
    assert len(got) == 1 and got[0][1] < REF.isoformat(), got


@pytest.mark.parametrize("text", TRAPS)
def test_traps_are_not_dates(text):
    assert pairs(text) == [], pairs(text)


# a year-less date far ahead in "findet ... statt" (the bracket also reports an event just past: "Die Messe findet vom
# 3. bis 5. März statt" stays this year's in test_dates.py): the coming one (de.plan_clause; was a strict xfail)
@pytest.mark.parametrize("text, expected", KNOWN_FAILURES)
def test_known_failures(text, expected):
    got = pairs(text)
    for p in expected:
        assert p in got, got
