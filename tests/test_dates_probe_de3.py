"""German dates in the style of a South Tyrolean daily (third probe round): announcements with a weekday and a date,
"am Dienstag der Vorwoche", "Anfang/Mitte/Ende Jänner", "Feber", "heuer", "heurig", the Austrian names of feasts
("Stephanstag", "Christtag", "Hochunserfrau", "Josefitag"), weekends, ranges, anniversaries, seasons and school
years, dates in parentheses and obituaries, numeric dates, the year of a year-less date by the tense of its clause
(a report in the past, a plan in the present), and traps (prices, scores, item and start numbers, names, ages,
durations).

Sentences written for these tests (not taken from any evaluation file), with the values expected written down before
viz was run on them. A mention must carry the value and its text must contain the expected text or lie inside it
(KRAUTS keeps prepositions outside: "am [Freitag]"); no other mention may be found."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

N = dt.date(2013, 11, 20)   # a Wednesday, 2013-W47
J = dt.date(2014, 1, 15)    # a Wednesday, 2014-W03
D = dt.date(2013, 12, 27)   # a Friday
A = dt.date(2013, 8, 10)    # a Saturday
A2 = dt.date(2013, 8, 20)
O = dt.date(2013, 10, 10)
M = dt.date(2014, 2, 10)    # a Monday, 2014-W07 (Easter 2014: 20 April)


def check(text, ref, expected):
    got = [(m.text, m.value) for m in extract_dates(text, lang="de", reference_date=ref)]
    left = list(got)
    for span, val in expected:
        vals = val if isinstance(val, tuple) else (val,)
        hit = next((g for g in left if g[1] in vals and (span in g[0] or g[0] in span)), None)
        assert hit is not None, (span, val, got)
        left.remove(hit)
    assert not left, ("unexpected", left, got)


FOUND = [
    # announcements
    ("Am Samstag, 23. November, findet im Pfarrsaal von Lana ein Adventsbasar statt.", N, [("Samstag, 23. November", "2013-11-23")]),
    ("Die Jahreshauptversammlung der Feuerwehr ist am Freitag, 29. November, um 20 Uhr.", N, [("Freitag, 29. November", "2013-11-29")]),
    ("Samstag, 23.11., 20 Uhr: Konzert des Männerchors im Pfarrsaal.", N, [("Samstag, 23.11.", "2013-11-23")]),
    ("Am 23. 11. findet im Vereinshaus die Versammlung statt.", N, [("23. 11.", "2013-11-23")]),
    ("Die Veranstaltung findet am 30. November im Kulturhaus statt.", N, [("30. November", "2013-11-30")]),
    ("Anmeldeschluss ist der 28. November.", N, [("28. November", "2013-11-28")]),
    ("Die Trauerfeier ist am Samstag, 23. November, um 10 Uhr in der Pfarrkirche.", N, [("Samstag, 23. November", "2013-11-23")]),
    ("Das Rückspiel ist am 4. Dezember im Eisstadion.", N, [("4. Dezember", "2013-12-04")]),
    ("Am 5. Dezember findet in der Aula die Preisverleihung statt.", N, [("5. Dezember", "2013-12-05")]),
    ("Am Donnerstag findet in Tramin ein Vortrag über Bienen statt.", N, [("Donnerstag", "2013-11-21")]),
    ("Am Sonntag ist in Kaltern Kirchtag.", N, [("Sonntag", "2013-11-24")]),
    ("Kommenden Sonntag wird der neue Pfarrer eingeführt.", N, [("Kommenden Sonntag", "2013-11-24")]),
    ("Am Sonntag, den 24. November, singt der Kirchenchor.", N, [("Sonntag, den 24. November", "2013-11-24")]),
    ("Ab Montag gilt auf der Brennerstraße Winterreifenpflicht.", N, [("Montag", "2013-11-25")]),
    ("Ab 1. Dezember gilt die Winterreifenpflicht.", N, [("1. Dezember", "2013-12-01")]),
    ("Ab kommender Woche gilt in der Innenstadt ein Fahrverbot.", N, [("kommender Woche", "2013-W48")]),
    ("Am 11.11. beginnt in Brixen der Fasching.", dt.date(2013, 11, 5), [("11.11.", "2013-11-11")]),
    ("Die Frist läuft am 12.12. ab.", N, [("12.12.", "2013-12-12")]),
    # Vorwoche, weekdays past
    ("Am Dienstag der Vorwoche wurde in Schlanders in eine Wohnung eingebrochen.", N, [("Dienstag der Vorwoche", "2013-11-12")]),
    ("Am Montag der Vorwoche hatte der Ausschuss getagt.", N, [("Montag der Vorwoche", "2013-11-11")]),
    ("In der Vorwoche hatte der Gemeindeausschuss das Projekt genehmigt.", N, [("der Vorwoche", "2013-W46")]),
    ("Am Freitag vergangener Woche wurde der Spatenstich gesetzt.", N, [("Freitag vergangener Woche", "2013-11-15")]),
    ("Am Sonntag war in Kaltern Kirchtag.", N, [("Sonntag", "2013-11-17")]),
    ("Am Donnerstag kam es auf der Vinschgauer Straße zu einem Unfall.", N, [("Donnerstag", "2013-11-14")]),
    ("Am vergangenen Donnerstag wurde das Gemeindehaus eingeweiht.", N, [("vergangenen Donnerstag", "2013-11-14")]),
    ("Der HC Bozen gewann am Dienstag mit 4:2 gegen Linz.", N, [("Dienstag", "2013-11-19")]),
    ("Die Straße ist seit Dienstag gesperrt.", N, [("Dienstag", "2013-11-19")]),
    ("Letzten Sonntag fand das Preiswatten statt.", N, [("Letzten Sonntag", "2013-11-17")]),
    ("In der Nacht auf Montag wurde in Bruneck ein Auto aufgebrochen.", N, [("Montag", "2013-11-18")]),
    ("In der Nacht auf den 1. Mai wurde der Maibaum gestohlen.", N, [("1. Mai", "2013-05-01")]),
    ("Gestern Abend kam es in Meran zu einer Schlägerei.", N, [("Gestern Abend", "2013-11-19")]),
    ("Vergangene Woche wurde der Adventskranz gebunden.", N, [("Vergangene Woche", "2013-W46")]),
    # months with Anfang/Mitte/Ende, Jänner, Feber
    ("Anfang Jänner beginnt der Umbau der Grundschule.", N, [("Anfang Jänner", "2014-01")]),
    ("Mitte Jänner hatte es in Bozen heftig geschneit.", dt.date(2014, 2, 3), [("Mitte Jänner", "2014-01")]),
    ("Ende Jänner wird das neue Seniorenheim bezogen.", N, [("Ende Jänner", "2014-01")]),
    ("Mitte Feber beginnen die Faschingsumzüge.", J, [("Mitte Feber", "2014-02")]),
    ("Im Feber hatte es in Sexten Lawinenalarm gegeben.", dt.date(2013, 5, 10), [("Feber", "2013-02")]),
    ("Am 1. Feber tritt das neue Gesetz in Kraft.", J, [("1. Feber", "2014-02-01")]),
    ("Ende Oktober wurde das Gebäude geräumt.", N, [("Ende Oktober", "2013-10")]),
    ("Anfang Dezember soll die Piste geöffnet werden.", N, [("Anfang Dezember", "2013-12")]),
    ("Der Antrag muss bis Mitte Dezember eingereicht werden.", N, [("Mitte Dezember", "2013-12")]),
    ("Die Anmeldungen sind bis Ende März im Gemeindeamt abzugeben.", N, [("Ende März", "2014-03")]),
    ("Im März wird die neue Bahnlinie eröffnet.", N, [("März", "2014-03")]),
    ("Im Dezember wurde in Klausen zweimal eingebrochen.", J, [("Dezember", "2013-12")]),
    ("Im November tagt der Gemeinderat.", O, [("November", "2013-11")]),
    ("Heuer im Juli war der Pragser Wildsee überlaufen.", N, [("Heuer", "2013"), ("Juli", "2013-07")]),
    # heuer, heurig, vorjährig
    ("Heuer im Frühjahr wurde die Kapelle renoviert.", N, [("Heuer", "2013"), ("Frühjahr", "2013-SP")]),
    ("Der heurige Winter war bisher schneearm.", J, [("heurige", ("2014", "2014-WI", "2013-WI"))]),
    ("Seit heuer gibt es in Mühlbach einen Wochenmarkt.", N, [("heuer", "2013")]),
    ("Die heurige Ausgabe des Festivals war ein Erfolg.", N, [("heurige", "2013")]),
    ("Der vorjährige Sieger ist wieder am Start.", N, [("vorjährige", "2012")]),
    ("Die diesjährige Ernte fiel gering aus.", N, [("diesjährige", "2013")]),
    ("Im heurigen Sommer kamen weniger Gäste ins Ahrntal.", N, [("heurigen", ("2013", "2013-SU"))]),
    ("Im Herbst des Vorjahres wurde der Kindergarten erweitert.", N, [("Herbst des Vorjahres", "2012-FA")]),
    ("Im Frühjahr wird mit dem Bau begonnen.", N, [("Frühjahr", "2014-SP")]),
    ("Im Frühjahr wurde mit dem Bau begonnen.", N, [("Frühjahr", "2013-SP")]),
    ("Im kommenden Sommer wird das Freibad saniert.", N, [("kommenden Sommer", "2014-SU")]),
    ("Seit Anfang des Jahres gibt es weniger Arbeitslose.", N, [("Anfang des Jahres", "2013")]),
    ("Bis Jahresende sollen die Arbeiten abgeschlossen sein.", N, [("Jahresende", "2013")]),
    # feasts
    ("Am Stephanstag gab es auf der Brennerstaatsstraße mehrere Unfälle.", D, [("Stephanstag", "2013-12-26")]),
    ("Am Stefanitag fand in Toblach das Eisstockturnier statt.", D, [("Stefanitag", "2013-12-26")]),
    ("Am Christtag bleiben die Geschäfte geschlossen.", N, [("Christtag", "2013-12-25")]),
    ("Zu Maria Himmelfahrt findet in Maria Weißenstein eine Wallfahrt statt.", A, [("Maria Himmelfahrt", "2013-08-15")]),
    ("Zu Hochunserfrau waren die Gasthäuser in Gröden voll.", A2, [("Hochunserfrau", "2013-08-15")]),
    ("Am Dreikönigstag wird die Sternsingeraktion abgeschlossen.", dt.date(2013, 12, 20), [("Dreikönigstag", "2014-01-06")]),
    ("Zu Silvester wurden in Bozen zahlreiche Böller gezündet.", J, [("Silvester", "2013-12-31")]),
    ("Am Heiligen Abend ist das Geschäft bis 12 Uhr geöffnet.", N, [("Heiligen Abend", "2013-12-24")]),
    ("Am Josefitag ist in Südtirol schulfrei.", dt.date(2014, 3, 10), [("Josefitag", "2014-03-19")]),
    ("Am Nikolaustag besuchte der Nikolaus den Kindergarten.", D, [("Nikolaustag", "2013-12-06")]),
    ("Zu Allerheiligen findet die Gräbersegnung statt.", O, [("Allerheiligen", "2013-11-01")]),
    # weekends
    ("Am Wochenende wird in Brixen der Weihnachtsmarkt eröffnet.", N, [("Wochenende", "2013-W47-WE")]),
    ("Übers Wochenende bleibt die Jaufenstraße gesperrt.", N, [("Wochenende", "2013-W47-WE")]),
    ("Am kommenden Wochenende findet das Törggelefest statt.", N, [("kommenden Wochenende", "2013-W47-WE")]),
    # ranges
    ("Das Fest findet vom 3. bis 5. Mai statt.", N, [("3.", "2014-05-03"), ("5. Mai", "2014-05-05")]),
    ("Vom 2. bis 4. Dezember bleibt das Rathaus geschlossen.", N, [("2.", "2013-12-02"), ("4. Dezember", "2013-12-04")]),
    ("Vom 27. Dezember 2013 bis 6. Jänner 2014 ist die Eisbahn geöffnet.", N, [("27. Dezember 2013", "2013-12-27"), ("6. Jänner 2014", "2014-01-06")]),
    ("Zwischen 1945 und 1950 wanderten viele Familien aus dem Vinschgau aus.", N, [("1945", "1945"), ("1950", "1950")]),
    ("Die Bauarbeiten dauern bis 20. Dezember.", N, [("20. Dezember", "2013-12-20")]),
    ("Die Ausstellung (bis 6. Jänner) ist täglich geöffnet.", N, [("6. Jänner", "2014-01-06")]),
    # anniversaries
    ("Vor 50 Jahren wurde die Kirche von St. Peter geweiht.", N, [("Vor 50 Jahren", "1963")]),
    ("Vor genau 100 Jahren wurde die Vinschgaubahn eröffnet.", N, [("Vor genau 100 Jahren", "1913")]),
    ("Vor einem Jahr starb der Altbürgermeister.", N, [("Vor einem Jahr", "2012")]),
    ("Vor zehn Jahren übernahm er den elterlichen Hof.", N, [("Vor zehn Jahren", "2003")]),
    ("Die Kirche wurde 1492 erbaut und 1895 erweitert.", N, [("1492", "1492"), ("1895", "1895")]),
    ("Der 1965 geborene Mann wurde verhaftet.", N, [("1965", "1965")]),
    # seasons and school years
    # (a season across two years is two years, as HeidelTime's "1850/51" and TimeML's two ends of a span: see
    # test_dates_probe_de4)
    ("In der Saison 2013/14 spielt der HC Pustertal in der Inter-National-League.", N, [("2013", "2013"),
                                                                                        ("14", "2014")]),
    ("Im Schuljahr 2012/13 besuchten 420 Kinder die Musikschule.", N, [("2012", "2012"), ("13", "2013")]),
    ("Die Wintersaison beginnt am 7. Dezember.", N, [("7. Dezember", "2013-12-07")]),
    ("Im Frühjahr 2014 wird gewählt.", N, [("Frühjahr 2014", "2014-SP")]),
    ("Die Gemeinderatswahlen finden im Mai 2015 statt.", N, [("Mai 2015", "2015-05")]),
    ("In den 50er-Jahren wanderten viele aus.", N, [("50er-Jahren", "195")]),
    # parentheses, obituaries, numeric
    ("Das Konzert (am 12. Oktober) war ausverkauft.", N, [("12. Oktober", "2013-10-12")]),
    ("Anna Mair * 3. 4. 1935 † 12. 11. 2013", N, [("3. 4. 1935", "1935-04-03"), ("12. 11. 2013", "2013-11-12")]),
    ("Josef Kofler (* 14.2.1920, † 10.11.2013) war Schmied.", N, [("14.2.1920", "1920-02-14"), ("10.11.2013", "2013-11-10")]),
    ("Der Unfall ereignete sich am 12.11.2013 gegen 18 Uhr.", N, [("12.11.2013", "2013-11-12")]),
    ("Er starb am 12. November im 86. Lebensjahr.", N, [("12. November", "2013-11-12")]),
    ("In der Sitzung vom 14. November beschloss der Gemeinderat den Haushalt.", N, [("14. November", "2013-11-14")]),
    ("Mit Beschluss Nr. 1234 vom 5.11.2013 wurde die Vergabe genehmigt.", N, [("5.11.2013", "2013-11-05")]),
    ("Laut Landesgesetz Nr. 13 vom 11. August 1997 ist das verboten.", N, [("11. August 1997", "1997-08-11")]),
    ("Die Feuerwehr Brixen wurde 1890 gegründet und zählt 85 Mitglieder.", N, [("1890", "1890")]),
    # tense of year-less dates
    ("Am 5. Dezember kam es in Klausen zu einem Brand.", J, [("5. Dezember", "2013-12-05")]),
    ("Am 20. Oktober war die Straße wegen eines Murenabgangs gesperrt.", N, [("20. Oktober", "2013-10-20")]),
    ("Am 3. Jänner wurde der Verletzte entlassen.", J, [("3. Jänner", "2014-01-03")]),
    ("Am 3. Februar wird der Verletzte entlassen.", J, [("3. Februar", "2014-02-03")]),
    ("Im November hat der Gemeinderat getagt.", J, [("November", "2013-11")]),
    ("Am 28. Dezember hat es in Sulden geschneit.", J, [("28. Dezember", "2013-12-28")]),
    # traps
]

TRAPS = [
    ("Der Eintritt kostet 12.50 Euro.", N, []),
    ("Der FC Südtirol gewann mit 3:1.", N, []),
    ("Artikel Nr. 1935 ist ausverkauft.", N, []),
    ("Mai Linh eröffnete in Bozen ein Restaurant.", N, []),
    ("Die Sängerin April Wine trat im Forum auf.", N, []),
    ("Ingrid Mai sang im Kirchenchor.", N, []),
    ("August Pichler ist neuer Obmann.", N, []),
    ("Er war zwei Jahre lang Obmann des Vereins.", N, []),
    ("Sie verstarb im Alter von 85 Jahren.", N, []),
    ("Mit 85 Jahren fährt er noch Ski.", N, []),
    ("Die Wohnung hat 120 Quadratmeter.", N, []),
    ("Das Spiel endete 2:2.", N, []),
    ("Das Auto fuhr mit 130 km/h.", N, []),
    ("Hermann Sommer und Paul Winter wurden geehrt.", N, []),
    ("Die Lawine ging auf 2400 Metern ab.", N, []),
    ("Der Läufer mit der Startnummer 1950 gewann.", N, []),
    ("Der Mann wurde zu 18 Monaten Haft verurteilt.", N, []),
    ("Der 85-Jährige wurde ins Krankenhaus gebracht.", N, []),
    ("Die Mannschaft liegt mit 20 Punkten auf Platz 3.", N, []),
    ("In der 88. Minute fiel das 2:1.", N, []),
    ("Der Fahrpreis steigt um 1,20 Euro.", N, []),
    ("Die Maiandacht wird gut besucht.", N, []),
    ("Die Märzenbecher blühen im Wald.", N, []),
    ("Er ist seit 30 Jahren Mesner.", N, []),
    ("Der Pfarrer feierte sein 50-jähriges Priesterjubiläum.", N, []),
    ("Die Wintersaison war ein Erfolg.", N, []),
    ("Die Bergrettung rückte mit 12 Mann aus.", N, []),
    ("Der Kaufpreis liegt bei 2013 Euro.", N, []),
    ("Er wohnt in der Hausnummer 12.", N, []),
    ("Die Gemeinde Mals hat 5100 Einwohner.", N, []),
]


# a second round, written the same way: ranges "von 8. bis 12. April", abbreviations ("Jän.", "Dez.", "Nov."), the
# present of an association's plans ("Die Feuerwehr hält am Freitag ... ab"), parts of the week and month
# ("Ende der Vorwoche", "bis Monatsende", "im Laufe des Dezembers"), carnival and Holy Week feasts, parts of a season
# ("im Spätherbst"), named years ("Geschäftsjahr 2012", "Baujahr 1998"), counts back; traps: telephone and postal
# numbers, roads, points, votes, times, classes, names
FOUND2 = [
    ("Von 8. bis 12. April findet in Meran die Frühjahrsmesse statt.", M, [("8.", "2014-04-08"), ("12. April", "2014-04-12")]),
    ("Vom 2. bis zum 4. Dezember bleibt die Bibliothek geschlossen.", N, [("2.", "2013-12-02"), ("4. Dezember", "2013-12-04")]),
    ("Am 24. und 25. Dezember bleibt das Museum zu.", N, [("24.", "2013-12-24"), ("25. Dezember", "2013-12-25")]),
    ("Am 3. Dez. tagt der Gemeinderat.", N, [("3. Dez.", "2013-12-03")]),
    ("Die Eisbahn ist ab 10. Jän. 2014 geöffnet.", N, [("10. Jän. 2014", "2014-01-10")]),
    ("Sa., 23. Nov., Konzert im Pfarrsaal", N, [("23. Nov.", "2013-11-23")]),
    ("Am Samstag, 23. November 2013, wird der Christkindlmarkt eröffnet.", N, [("Samstag, 23. November 2013", "2013-11-23")]),
    ("Mit Beginn 1. Jänner gelten neue Tarife.", N, [("1. Jänner", "2014-01-01")]),
    ("Am Sonntag hat in Kaltern der Kirchtag stattgefunden.", N, [("Sonntag", "2013-11-17")]),
    ("Am Sonntag soll in Kaltern der Kirchtag stattfinden.", N, [("Sonntag", "2013-11-24")]),
    ("Am Sonntag wird in Kaltern gewählt.", N, [("Sonntag", "2013-11-24")]),
    ("Am Sonntag wurde in Kaltern gewählt.", N, [("Sonntag", "2013-11-17")]),
    ("Am Sonntag wählen die Kalterer einen neuen Bürgermeister.", N, [("Sonntag", "2013-11-24")]),
    ("Die Kalterer wählen am Sonntag einen neuen Bürgermeister.", N, [("Sonntag", "2013-11-24")]),
    ("Der Unfall passierte am Sonntag gegen 15 Uhr.", N, [("Sonntag", "2013-11-17")]),
    ("Zum Unfall kam es am Sonntag auf der Staatsstraße.", N, [("Sonntag", "2013-11-17")]),
    ("Das Spiel am Sonntag endete 1:1.", N, [("Sonntag", "2013-11-17")]),
    ("Der Pfarrer feiert am Sonntag sein Priesterjubiläum.", N, [("Sonntag", "2013-11-24")]),
    ("Die Feuerwehr hält am Freitag ihre Vollversammlung ab.", N, [("Freitag", "2013-11-22")]),
    ("Der Bildungsausschuss veranstaltet am Samstag einen Vortrag.", N, [("Samstag", "2013-11-23")]),
    ("Der Verein lädt am Samstag zum Törggelen ein.", N, [("Samstag", "2013-11-23")]),
    ("Mitte der Woche soll es wieder schneien.", N, [("Mitte der Woche", "2013-W47")]),
    ("Anfang nächster Woche wird die Straße geöffnet.", N, [("Anfang nächster Woche", "2013-W48")]),
    ("Ende der Vorwoche war der Pass noch gesperrt.", N, [("Ende der Vorwoche", "2013-W46")]),
    ("In der kommenden Woche beginnt der Unterricht.", N, [("der kommenden Woche", "2013-W48")]),
    ("Seit Ende Oktober ist der Lift in Betrieb.", N, [("Ende Oktober", "2013-10")]),
    ("Bis Monatsende können Anträge gestellt werden.", N, [("Monatsende", "2013-11")]),
    ("Anfang des Monats wurde der Vertrag unterzeichnet.", N, [("Anfang des Monats", "2013-11")]),
    ("Mitte nächsten Monats beginnt der Umbau.", N, [("Mitte nächsten Monats", "2013-12")]),
    ("Im nächsten Monat wird der Haushalt verabschiedet.", N, [("nächsten Monat", "2013-12")]),
    ("Im Laufe des Dezembers werden die Arbeiten abgeschlossen.", N, [("Dezembers", "2013-12")]),
    ("In den vergangenen Tagen fiel in den Dolomiten viel Schnee.", N, [("vergangenen Tagen", "PAST_REF")]),
    ("In den nächsten Tagen wird es kälter.", N, [("nächsten Tagen", "FUTURE_REF")]),
    ("Nach Ostern beginnen die Bauarbeiten.", M, [("Ostern", "2014-04-20")]),
    ("Zu Ostern 2014 wird die Kirche wieder geöffnet.", N, [("Ostern 2014", "2014-04-20")]),
    ("Am Faschingsdienstag zog der Umzug durch Bruneck.", dt.date(2014, 3, 10), [("Faschingsdienstag", "2014-03-04")]),
    ("Am Unsinnigen Donnerstag ist in Tramin der Egetmann-Umzug.", M, [("Unsinnigen Donnerstag", "2014-02-27")]),
    ("Am Palmsonntag werden die Palmbesen geweiht.", M, [("Palmsonntag", "2014-04-13")]),
    ("Am Weißen Sonntag feiern 30 Kinder die Erstkommunion.", M, [("Weißen Sonntag", "2014-04-27")]),
    ("Im Spätherbst wurde der Weg saniert.", N, [("Spätherbst", "2013-FA")]),
    ("Im Frühsommer kommen die Kühe auf die Alm.", M, [("Frühsommer", "2014-SU")]),
    ("Das Geschäftsjahr 2012 schloss mit einem Gewinn.", N, [("2012", "2012")]),
    ("Im Haushaltsjahr 2014 stehen 3 Millionen Euro zur Verfügung.", N, [("2014", "2014")]),
    ("Der Jahrgang 1943 traf sich in Villanders.", N, [("1943", "1943")]),
    ("Der Wagen, Baujahr 1998, wurde gestohlen.", N, [("1998", "1998")]),
    ("Die Olympischen Spiele 2026 finden in Cortina statt.", N, [("2026", "2026")]),
    ("Sie wurde geb. 1935 in Tiers.", N, [("1935", "1935")]),
    ("Das Gebäude stammt aus dem 16. Jahrhundert.", N, [("16. Jahrhundert", "15")]),
    ("Der Altar stammt aus dem Jahr 1520.", N, [("Jahr 1520", "1520")]),
    ("Die Fresken wurden 1430 gemalt.", N, [("1430", "1430")]),
    ("Seit 1995 leitet er den Chor.", N, [("1995", "1995")]),
    ("Im Jahr darauf wurde er Bürgermeister.", N, []),
    ("Vor einer Woche wurde die Skisaison eröffnet.", N, [("Vor einer Woche", "2013-W46")]),
    ("In einer Woche beginnt die Skisaison.", N, [("In einer Woche", "2013-W48")]),
    ("Vor zwei Wochen war der Pass noch offen.", N, [("Vor zwei Wochen", "2013-W45")]),
    ("Vor drei Monaten wurde das Geschäft eröffnet.", N, [("Vor drei Monaten", "2013-08")]),
    ("Der Mai war kühl und regnerisch.", N, [("Mai", "2013-05")]),
    ("Am ersten Adventsonntag wird der Adventskranz gesegnet.", N, [("ersten Adventsonntag", "2013-12-01")]),
    ("Heute vor einem Jahr starb der Bergsteiger.", N, [("Heute vor einem Jahr", "2012-11-20")]),
    ("Am 3. Advent singt der Kirchenchor in der Pfarrkirche.", N, [("3. Advent", "2013-12-15")]),
    ("Heute vor 50 Jahren wurde die Brücke über die Etsch eröffnet.", N, [("Heute vor 50 Jahren", "1963-11-20")]),
]

TRAPS2 = [
    ("Informationen unter Tel. 0471 1950 23.", N, []),
    ("Der Sitz ist in 39100 Bozen.", N, []),
    ("Das Gasthaus liegt an der Staatsstraße 12.", N, []),
    ("Die Brennerautobahn A22 war gesperrt.", N, []),
    ("Der Verein hat 1300 Mitglieder und 12 Sektionen.", N, []),
    ("Sie erzielte 1985 Punkte im Weltcup.", N, []),
    ("Der Landtag stimmte mit 19 zu 14 Stimmen zu.", N, []),
    ("Er fuhr die Strecke in 1:58,32 Minuten.", N, []),
    ("Der 1. FC Bozen verlor das Derby.", N, []),
    ("Die Schüler der 3. Klasse besuchten das Museum.", N, []),
    ("Das Haus Nr. 1810 wurde abgerissen.", N, []),
    ("Sie heißt Mai und kommt aus Vietnam.", N, []),
    ("Sein Bruder August war Bauer.", N, []),
    ("Die Kinder spielten bis spät in die Nacht.", N, []),
    ("Der Saal fasst 1200 Personen.", N, []),
    ("Der Bürgermeister ist 1,85 Meter groß.", N, []),
]

KNOWN_FAILURES = [
    # (fixed in session 37: "um" is a year's cue, not after a verb of change -- test_dates_probe_de8)
    ("Die Burg wurde um 1250 errichtet.", N, [("1250", "1250")]),
]


# a third round (values written before running): the tense of a weekday or a year-less date in police, court and
# sports news -- an allegation in the perfect infinitive ("soll ... überfallen haben") is past, a postponement ("auf den
# 3. März vertagt"), "ab" with a date, "tritt ... in Kraft", a deadline ("spätestens am Freitag") are to come; strong
# Präteritum forms
TENSE = [
    ("Der Mann soll am Sonntag in Bozen eine Tankstelle überfallen haben.", N, [("Sonntag", "2013-11-17")]),
    ("Der Täter dürfte am Montag zugeschlagen haben.", N, [("Montag", "2013-11-18")]),
    ("Er sei am Montag in Meran gewesen, sagte die Polizei.", N, [("Montag", "2013-11-18")]),
    ("Wie berichtet, ist am Sonntag ein Wanderer abgestürzt.", N, [("Sonntag", "2013-11-17")]),
    ("Der Gemeinderat wird am Montag über den Haushalt beraten.", N, [("Montag", "2013-11-25")]),
    ("Am Montag hätte die Sitzung stattfinden sollen.", N, [("Montag", "2013-11-18")]),
    ("Die für Montag geplante Sitzung fällt aus.", N, [("Montag", "2013-11-25")]),
    ("Bereits am Montag waren alle Plätze ausgebucht.", N, [("Montag", "2013-11-18")]),
    ("Ab Montag wird die Straße gesperrt.", N, [("Montag", "2013-11-25")]),
    ("Bis Freitag müssen die Unterlagen abgegeben werden.", N, [("Freitag", "2013-11-22")]),
    ("Spätestens am Freitag muss die Entscheidung fallen.", N, [("Freitag", "2013-11-22")]),
    ("Die Entscheidung fällt am Freitag.", N, [("Freitag", "2013-11-22")]),
    ("Der Prozess wird am 3. Dezember fortgesetzt.", N, [("3. Dezember", "2013-12-03")]),
    ("Der Prozess wurde auf den 3. März vertagt.", N, [("3. März", "2014-03-03")]),
    ("Die Verhandlung wurde auf März verschoben.", N, [("März", "2014-03")]),
    ("Die Frist wurde bis 31. März verlängert.", N, [("31. März", "2014-03-31")]),
    ("Am Samstag empfängt der HCB die Graz 99ers.", N, [("Samstag", "2013-11-23")]),
    ("Am Samstag empfing der HCB die Graz 99ers.", N, [("Samstag", "2013-11-16")]),
    ("Am Sonntag siegte Hofer in Hochfilzen.", N, [("Sonntag", "2013-11-17")]),
    ("Am Sonntag setzte sich Hofer im Sprint durch.", N, [("Sonntag", "2013-11-17")]),
    ("Am Sonntag schied sie im Achtelfinale aus.", N, [("Sonntag", "2013-11-17")]),
    ("Am Montag wies das Gericht die Klage ab.", N, [("Montag", "2013-11-18")]),
    ("Am Dienstag stieß ein Auto mit einem Traktor zusammen.", N, [("Dienstag", "2013-11-19")]),
    ("Am Montag verschwand in Brixen ein 15-Jähriges Mädchen.", N, [("Montag", "2013-11-18")]),
    ("Am Sonntag sprang der Südtiroler auf Platz drei.", N, [("Sonntag", "2013-11-17")]),
    ("Am Montag rief der Bürgermeister die Bürger zum Sparen auf.", N, [("Montag", "2013-11-18")]),
    ("Im Oktober stieg die Zahl der Arbeitslosen.", N, [("Oktober", "2013-10")]),
    ("Im Jänner stieg die Zahl der Arbeitslosen.", N, [("Jänner", "2013-01")]),
    ("Ab Jänner zahlen die Bürger mehr für den Müll.", N, [("Jänner", "2014-01")]),
    ("Ab März zahlen die Bürger mehr für den Müll.", N, [("März", "2014-03")]),
    ("Ab 1. März gilt das neue Gesetz.", N, [("1. März", "2014-03-01")]),
    ("Seit März zahlen die Bürger mehr für den Müll.", N, [("März", "2013-03")]),
    ("Seit 1. März gilt das neue Gesetz.", N, [("1. März", "2013-03-01")]),
    ("Das Gesetz tritt am 1. Juli in Kraft.", N, [("1. Juli", "2014-07-01")]),
    ("Das Gesetz trat am 1. Juli in Kraft.", N, [("1. Juli", "2013-07-01")]),
    ("Das Gesetz ist am 1. Juli in Kraft getreten.", N, [("1. Juli", "2013-07-01")]),
    ("Im Juni wird der neue Landtag gewählt.", N, [("Juni", "2014-06")]),
    ("Die Wahl findet im Juni statt.", N, [("Juni", "2014-06")]),
    ("Der Skilift bleibt bis April geöffnet.", N, [("April", "2014-04")]),
    ("Am 8. Dezember wird die Krippe gesegnet.", N, [("8. Dezember", "2013-12-08")]),
    ("Am 8. September wurde die Krippe gesegnet.", N, [("8. September", "2013-09-08")]),
    ("Die Saison endet am 6. April.", N, [("6. April", "2014-04-06")]),
    ("Die Saison endete am 6. April.", N, [("6. April", "2013-04-06")]),
]

# ... and the readings these rules must leave alone (written after the fixes, as guards)
TENSE_GUARDS = [
    ("Sie wartete auf August Hofer.", N, []),
    ("Wir freuen uns auf Mai Linh.", N, []),
    ("Ab 1. März galt das neue Gesetz.", N, [("1. März", "2013-03-01")]),
    ("In der Nacht auf Montag haben Unbekannte ein Auto gestohlen.", N, [("Montag", "2013-11-18")]),
    ("Der Mann soll am Sonntag nach Bozen kommen.", N, [("Sonntag", "2013-11-24")]),
    ("Bis Montag soll der Bau abgeschlossen sein.", N, [("Montag", "2013-11-25")]),
    ("Die Sitzung wurde auf den 18. November verschoben.", N, [("18. November", "2013-11-18")]),
    ("Spätestens seit Montag ist klar, dass gebaut wird.", N, [("Montag", "2013-11-18")]),
]


# a fourth round (values written before running): dates anchored on the story ("im Folgejahr", "am Folgetag",
# "zwei Tage später"), feasts of the Italian state ("Ferragosto", "Tag der Arbeit"), "Silvesternacht", "zu
# Wochenbeginn", "diesen Winter" said in the autumn, a range of months across the new year ("von Dezember bis März"),
# a range of months told in the past ("Jänner bis Oktober stieg"), "in den ersten zehn Monaten des Jahres", the end
# of a past span ("war bis 12. Oktober zu sehen"); traps
ROUND4 = [
    ("Der Hof wurde 1985 verkauft. Im Folgejahr brannte der Stadel ab.", N, [("1985", "1985"), ("Folgejahr", "1986")]),
    ("Am 12. Mai 2010 wurde er gewählt, am Folgetag trat er sein Amt an.", N, [("12. Mai 2010", "2010-05-12"), ("Folgetag", "2010-05-13")]),
    ("Der Verletzte wurde am 3. November eingeliefert und starb zwei Tage später.", N, [("3. November", "2013-11-03"), ("zwei Tage später", "2013-11-05")]),
    ("In der Nacht zum Sonntag wurde in eine Bar eingebrochen.", N, [("Sonntag", "2013-11-17")]),
    ("Zwischen Weihnachten und Neujahr bleibt das Amt geschlossen.", N, [("Weihnachten", "2013-12-24"), ("Neujahr", "2014-01-01")]),
    ("Kurz vor Weihnachten wird der Tunnel eröffnet.", N, [("Weihnachten", "2013-12-24")]),
    ("Zu Ferragosto sind die Pässe überlastet.", dt.date(2013, 8, 5), [("Ferragosto", "2013-08-15")]),
    ("Am Tag der Arbeit demonstrierten die Gewerkschaften in Bozen.", dt.date(2013, 5, 3), [("Tag der Arbeit", "2013-05-01")]),
    ("In der Silvesternacht wurden 20 Verletzte behandelt.", dt.date(2014, 1, 2), [("Silvesternacht", "2013-12-31")]),
    ("Zu Wochenbeginn wird es wieder wärmer.", N, [("Wochenbeginn", "2013-W47")]),
    ("Anfang der Woche hatte es noch geschneit.", N, [("Anfang der Woche", "2013-W47")]),
    ("Zu Jahresbeginn stieg die Arbeitslosigkeit.", N, [("Jahresbeginn", "2013")]),
    ("Ende nächsten Jahres soll der Bau fertig sein.", N, [("Ende nächsten Jahres", "2014")]),
    ("Im Winter 2012/13 fiel viel Schnee.", N, [("Winter 2012", ("2012-WI", "2012", "2013-WI"))]),
    ("Diesen Winter werden mehr Gäste erwartet.", N, [("Diesen Winter", ("2013-WI", "2014-WI"))]),
    ("Der vergangene Winter war lang.", N, [("vergangene Winter", ("2012-WI", "2013-WI"))]),
    ("Im Sommer wurde die Hütte renoviert.", N, [("Sommer", "2013-SU")]),
    ("Im Sommer wird die Hütte renoviert.", N, [("Sommer", "2014-SU")]),
    ("Im Herbst 2012 wurde der Bau genehmigt.", N, [("Herbst 2012", "2012-FA")]),
    ("Bis Mitte 2014 soll die Umfahrung fertig sein.", N, [("Mitte 2014", "2014")]),
    ("Der Bau dauerte von 2009 bis 2012.", N, [("2009", "2009"), ("2012", "2012")]),
    ("Der Bau dauerte von Mai bis September.", N, [("Mai", "2013-05"), ("September", "2013-09")]),
    ("Die Sperre gilt von Dezember bis März.", N, [("Dezember", "2013-12"), ("März", "2014-03")]),
    ("Im Zeitraum Jänner bis Oktober stieg die Zahl der Nächtigungen.", N, [("Jänner", "2013-01"), ("Oktober", "2013-10")]),
    ("In den ersten zehn Monaten des Jahres kamen mehr Gäste.", N, [("des Jahres", "2013")]),
    ("Die Zahl der Unfälle ist heuer gesunken.", N, [("heuer", "2013")]),
    ("Der Umsatz des Vorjahres wurde übertroffen.", N, [("Vorjahres", "2012")]),
    ("Seit dem Vorjahr ist er Obmann.", N, [("Vorjahr", "2012")]),
    ("Der Landtag hat gestern den Haushalt genehmigt.", N, [("gestern", "2013-11-19")]),
    ("Die Landesregierung hat heute beschlossen, die Gebühren zu senken.", N, [("heute", "2013-11-20")]),
    ("Morgen Abend spielt die Musikkapelle im Kursaal.", N, [("Morgen Abend", "2013-11-21")]),
    ("Am Montag, 25. November, beginnt der Kurs.", N, [("Montag, 25. November", "2013-11-25")]),
    ("Die Kurse beginnen am 7. Jänner.", N, [("7. Jänner", "2014-01-07")]),
    ("Die Anmeldung ist bis 15. Dezember möglich.", N, [("15. Dezember", "2013-12-15")]),
    ("Anmeldungen bis 15. Jänner unter Tel. 0471 123456.", N, [("15. Jänner", "2014-01-15")]),
    ("Die Ausstellung ist noch bis 12. Jänner zu sehen.", N, [("12. Jänner", "2014-01-12")]),
    ("Die Ausstellung war bis 12. Oktober zu sehen.", N, [("12. Oktober", "2013-10-12")]),
    ("Der Saal war bis auf den letzten Platz besetzt.", N, []),
    ("Er wurde 95 Jahre alt.", N, []),
    ("Die Sitzung dauerte bis Mitternacht.", N, []),
    ("Der Verein wurde vor Ort gegründet.", N, []),
    ("Die Zahl stieg von 1200 auf 1500.", N, []),
    ("Das Spiel endete 3:1 nach Verlängerung.", N, []),
    ("Die Musikkapelle zählt 60 Musikanten.", N, []),
    ("Der Lift befördert 1800 Personen pro Stunde.", N, []),
    ("Das Gebäude hat 1400 Kubikmeter.", N, []),
]

# ... and the readings these rules must leave alone (written after the fixes, as guards)
ROUND4_GUARDS = [
    ("Die Straße blieb bis Montag gesperrt.", N, [("Montag", "2013-11-18")]),
    ("Die Straße bleibt bis Montag gesperrt.", N, [("Montag", "2013-11-25")]),
    ("Diesen Sommer kamen viele Gäste.", N, [("Diesen Sommer", "2013-SU")]),
    ("Diesen Winter gab es viel Schnee.", dt.date(2014, 2, 10), [("Diesen Winter", "2013-WI")]),
    ("Die letzten Tage waren hektisch.", N, [("letzten Tage", "PAST_REF")]),
    ("Die nächsten Tage bleibt es kalt.", N, [("nächsten Tage", "FUTURE_REF")]),
    ("Am 2. Mai 2012 wurde er verhaftet. Zwei Monate später wurde er entlassen.", N, [("2. Mai 2012", "2012-05-02"), ("Zwei Monate später", "2012-07")]),
    ("Die Tage werden kürzer.", N, []),
    ("Im Folgenden wird das Projekt erklärt.", N, []),
    ("Sportler des Jahres wurde ein Skifahrer.", N, []),
    ("Die Schließung gilt von November bis Februar 2014.", N, [("November", "2013-11"), ("Februar 2014", "2014-02")]),
]


# a fifth round (values written before running): a weekday with a numeric date as one mention ("Mittwoch, den
# 20.11.2013"), a year of two figures ("am 20.11.13"), "am 20.–24. November", the tense of a clause read past an
# ordinal's full stop ("ist am Sonntag im 92. Lebensjahr verstorben"), datelines with "heute", "gestern", "jetzt";
# "seinerzeit" and "dazumal" were expected as PAST_REF and are left unmarked, as KRAUTS leaves "seinerzeit"
ROUND5 = [
    ("Mittwoch, den 20.11.2013, 20 Uhr: Vortrag im Bürgerhaus.", N, [("Mittwoch, den 20.11.2013", "2013-11-20")]),
    ("Der Vertrag wurde am 20.11.13 unterzeichnet.", N, [("20.11.13", "2013-11-20")]),
    ("Die Messe dauert vom 20. – 24. November.", N, [("20.", "2013-11-20"), ("24. November", "2013-11-24")]),
    ("Die Kurse finden am 20.–24. November statt.", N, [("20.", "2013-11-20"), ("24. November", "2013-11-24")]),
    ("Am 24./25. Dezember bleibt das Geschäft zu.", N, [("24.", "2013-12-24"), ("25. Dezember", "2013-12-25")]),
    ("Ende November/Anfang Dezember wird die Piste geöffnet.", N, [("Ende November", "2013-11"), ("Anfang Dezember", "2013-12")]),
    ("Im November und Dezember sinken die Preise.", N, [("November", "2013-11"), ("Dezember", "2013-12")]),
    ("In der Saison 2012/2013 wurde ein Rekord erzielt.", N, [("2012", "2012"), ("2013", "2013")]),
    ("Der Erste Weltkrieg (1914–1918) veränderte Tirol.", N, [("1914", "1914"), ("1918", "1918")]),
    ("Er diente von 1914-18 an der Front.", N, [("1914", "1914"), ("18", "1918")]),
    ("Seinerzeit war das Tal nur zu Fuß erreichbar.", N, []),  # not marked in KRAUTS (see de.REFS)
    ("Anno dazumal wurde hier Erz abgebaut.", N, []),  # not marked, as "seinerzeit"
    ("Derzeit wird die Straße saniert.", N, [("Derzeit", "PRESENT_REF")]),
    ("BOZEN. Jetzt ist es fix: Die Umfahrung wird gebaut.", N, [("Jetzt", "PRESENT_REF")]),
    ("BRIXEN. Heute beginnt der Weihnachtsmarkt.", N, [("Heute", "2013-11-20")]),
    ("MERAN (ih). Gestern hat der Gemeinderat den Haushalt genehmigt.", N, [("Gestern", "2013-11-19")]),
    ("Die Eröffnung ist für Frühjahr 2014 geplant.", N, [("Frühjahr 2014", "2014-SP")]),
    ("Die Arbeiten sollen im Laufe des kommenden Jahres beginnen.", N, [("kommenden Jahres", "2014")]),
    ("Bis Ende des Jahres sollen alle Haushalte angeschlossen sein.", N, [("Ende des Jahres", "2013")]),
    ("Der Schnee blieb bis in den April liegen.", N, [("April", "2013-04")]),
    ("Ab Mitte Dezember fährt der Skibus wieder.", N, [("Mitte Dezember", "2013-12")]),
    ("Noch im Dezember soll die Entscheidung fallen.", N, [("Dezember", "2013-12")]),
    ("Erst im Frühjahr wird weitergebaut.", N, [("Frühjahr", "2014-SP")]),
    ("Am Freitagabend wurde die Feuerwehr alarmiert.", N, [("Freitag", "2013-11-15")]),
    ("In der Nacht auf Samstag wird Schnee erwartet.", N, [("Samstag", "2013-11-23")]),
    ("Am Samstagvormittag findet die Sammlung statt.", N, [("Samstag", "2013-11-23")]),
    ("Die Kinder wurden am Sonntag getauft.", N, [("Sonntag", "2013-11-17")]),
    ("Sie ist am Sonntag im 92. Lebensjahr verstorben.", N, [("Sonntag", "2013-11-17")]),
    ("Der Trauergottesdienst ist am Freitag um 14 Uhr.", N, [("Freitag", "2013-11-22")]),
    ("Der Verstorbene wird am Freitag beerdigt.", N, [("Freitag", "2013-11-22")]),
    ("Zum 80. Geburtstag gratulierten ihm am Sonntag die Schützen.", N, [("Sonntag", "2013-11-17")]),
    ("Er feierte kürzlich seinen 80. Geburtstag.", N, [("kürzlich", "PAST_REF")]),
    ("Vor Kurzem wurde der Weg erneuert.", N, []),
    ("In zwei Wochen beginnt die Skisaison.", N, [("In zwei Wochen", "2013-W49")]),
    ("In drei Jahren soll das Projekt fertig sein.", N, [("In drei Jahren", "2016")]),
    ("Nächsten Sommer wird das Freibad eröffnet.", N, [("Nächsten Sommer", "2014-SU")]),
    ("Letzten Winter gab es Lawinenalarm.", N, [("Letzten Winter", "2012-WI")]),
    ("Im vergangenen Herbst wurde der Hang gesichert.", N, [("vergangenen Herbst", "2012-FA")]),
    ("Heuer im Herbst wird der Hang gesichert.", dt.date(2013, 6, 5), [("Heuer", "2013"), ("Herbst", "2013-FA")]),
    ("Der Vorstand wurde für die Jahre 2014 bis 2017 gewählt.", N, [("2014", "2014"), ("2017", "2017")]),
    ("Das Budget für 2014 beträgt 12 Millionen Euro.", N, [("2014", "2014")]),
    ("Der Haushalt 2014 wurde genehmigt.", N, [("2014", "2014")]),
    ("Sotschi 2014: Die Südtiroler Athleten sind bereit.", N, [("2014", "2014")]),
    ("Die Feuerwehr zählt 2013 Einsätze.", N, []),  # a count of call-outs (see test_dates_probe_de4)
    ("Er gewann in 1:12,45 Minuten.", N, []),
    ("Der Verein hat 12.000 Euro gespendet.", N, []),
    ("Kontonummer IT 60 X 05428 11101 000000123456", N, []),
    ("Die Nummer 112 ist rund um die Uhr erreichbar.", N, []),
    ("Die Sitzung beginnt um 20.30 Uhr.", N, []),
    ("Bei Kilometer 12.11 kam es zum Unfall.", N, []),
    ("Die Temperaturen sanken auf minus 12 Grad.", N, []),
    ("Das Ergebnis lautet 24:25.", N, []),
]


# a sixth round (values written before running): council politics, economy, culture and weather -- "Für Samstag
# sagen die Meteorologen ... voraus" (a day forecast, not a day something was said), "bis zum Wochenende", "vom
# Wochenende", "der kälteste Mai"; and guards written after the fixes
ROUND6 = [
    ("Der Gemeinderat hat in seiner Sitzung vom Montag den Bauleitplan abgeändert.", N, [("Montag", "2013-11-18")]),
    ("In der gestrigen Sitzung wurde der Haushalt genehmigt.", N, [("gestrigen", "2013-11-19")]),
    ("Die Landesregierung hat in ihrer heutigen Sitzung beschlossen, den Tarif zu senken.", N, [("heutigen", "2013-11-20")]),
    ("Die Landtagswahl vom 27. Oktober brachte der SVP Verluste.", N, [("27. Oktober", "2013-10-27")]),
    ("Nach der Wahl im Oktober verhandeln die Parteien über eine Koalition.", N, [("Oktober", "2013-10")]),
    ("Die neue Landesregierung soll bis Jänner stehen.", N, [("Jänner", "2014-01")]),
    ("Die Arbeitslosenquote lag im Oktober bei 4,1 Prozent.", N, [("Oktober", "2013-10")]),
    ("Im dritten Quartal stiegen die Exporte.", N, [("dritten Quartal", "2013-Q3")]),
    ("Im ersten Halbjahr 2013 wurden weniger Autos verkauft.", N, [("ersten Halbjahr 2013", "2013-H1")]),
    ("Gegenüber dem Vorjahr sank die Zahl der Nächtigungen.", N, [("Vorjahr", "2012")]),
    ("Gegenüber dem Vorjahreszeitraum stieg der Umsatz.", N, []),
    ("Die Inflation lag im Jahresschnitt bei zwei Prozent.", N, []),
    ("Der Landeshaushalt 2014 umfasst 5,3 Milliarden Euro.", N, [("2014", "2014")]),
    ("Die Ausstellung ist bis 6. Jänner täglich von 10 bis 18 Uhr geöffnet.", N, [("6. Jänner", "2014-01-06")]),
    ("Die Premiere ist am Freitag, 22. November, um 20 Uhr im Stadttheater.", N, [("Freitag, 22. November", "2013-11-22")]),
    ("Für Samstag sagen die Meteorologen Schneefall voraus.", N, [("Samstag", "2013-11-23")]),
    ("Ab Donnerstag wird es kälter.", N, [("Donnerstag", "2013-11-21")]),
    ("Bis zum Wochenende bleibt es sonnig.", N, [("Wochenende", "2013-W47-WE")]),
    ("Der November war bisher zu warm.", N, [("November", "2013-11")]),
    ("Der Oktober war der wärmste seit 1850.", N, [("Oktober", "2013-10"), ("1850", "1850")]),
    ("Es war der kälteste Mai seit Beginn der Aufzeichnungen.", N, [("Mai", "2013-05")]),
    ("Die Gemeinde plant für 2015 den Bau einer Turnhalle.", N, [("2015", "2015")]),
    ("Von 2010 bis 2012 war sie Vizebürgermeisterin.", N, [("2010", "2010"), ("2012", "2012")]),
    ("Zwischen 2008 und 2012 sanken die Geburten.", N, [("2008", "2008"), ("2012", "2012")]),
    ("Die Jahre 2008 bis 2012 waren schwierig.", N, [("2008", "2008"), ("2012", "2012")]),
    ("Im Zeitraum 2010–2012 stiegen die Kosten.", N, [("2010", "2010"), ("2012", "2012")]),
    ("Der Bürgermeister ist seit 2010 im Amt.", N, [("2010", "2010")]),
    ("Bis 2020 sollen alle Gemeinden Glasfaser haben.", N, [("2020", "2020")]),
    ("Die Gemeinde Kastelruth hatte 2012 rund 6500 Einwohner.", N, [("2012", "2012")]),
    ("Mit 1. Jänner 2014 übernimmt er die Leitung.", N, [("1. Jänner 2014", "2014-01-01")]),
    ("Die Frist endet mit 31. Dezember.", N, [("31. Dezember", "2013-12-31")]),
    ("Der Stichtag ist der 15. Dezember.", N, [("15. Dezember", "2013-12-15")]),
    ("Der Antrag vom 12. September wurde abgelehnt.", N, [("12. September", "2013-09-12")]),
    ("Das Schreiben datiert vom 2. Oktober.", N, [("2. Oktober", "2013-10-02")]),
    ("Sie ist seit Anfang November im Amt.", N, [("Anfang November", "2013-11")]),
    ("Das Konzert wurde auf nächsten Sommer verschoben.", N, [("nächsten Sommer", "2014-SU")]),
    ("Die Hütte ist von Juni bis Oktober bewirtschaftet.", N, [("Juni", ("2013-06", "2014-06")), ("Oktober", ("2013-10", "2014-10"))]),
    ("Das Stück dauert zwei Stunden.", N, []),
    ("Die Ausstellung zeigt 120 Werke aus 50 Jahren.", N, []),
    ("Der Tarif steigt um 2,5 Prozent auf 1,20 Euro.", N, []),
    ("Der Gemeinderat tagt jeden Montag.", N, []),
    ("Die Bibliothek ist montags geschlossen.", N, []),
    ("Sie war 20 Jahre lang Lehrerin.", N, []),
    ("Der Chor feierte sein 50-Jahr-Jubiläum.", N, []),
    ("Die Landesstraße 24 ist gesperrt.", N, []),
    ("Für Samstag war ein Treffen geplant.", N, [("Samstag", "2013-11-16")]),
    ("Die Zahlen für Mai fehlen noch.", N, [("Mai", "2013-05")]),
    ("Die Bilanz vom Wochenende fiel positiv aus.", N, [("Wochenende", "2013-W46-WE")]),
    ("Nach dem Wochenende wird weitergebaut.", N, [("Wochenende", "2013-W47-WE")]),
]


# a seventh round (values written before running): the compact and official forms of regional news -- a day and
# month in figures after "bis" or in parentheses ("bis 24.11.", "(24.11.)"), "am 30. d. M." (des Monats), "im Juni
# v. J." (vorigen Jahres), "Jahrgang '45", the numbers of acts ("Beschluss Nr. 1234/2013" is no year); guards after
ROUND7 = [
    ("Am Samstag Nachmittag wurde in Algund ein Radfahrer verletzt.", N, [("Samstag", "2013-11-16")]),
    ("Am Montag früh ereignete sich ein Unfall.", N, [("Montag", "2013-11-18")]),
    ("Sonntagfrüh brannte in Lana ein Stadel.", N, [("Sonntag", "2013-11-17")]),
    ("So., 24.11., 10 Uhr: Festgottesdienst", N, [("24.11.", "2013-11-24")]),
    ("Sonntag, 24.11., Festgottesdienst in der Pfarrkirche", N, [("Sonntag, 24.11.", "2013-11-24")]),
    ("Anmeldungen bis 24.11. im Pfarrbüro.", N, [("24.11.", "2013-11-24")]),
    ("Die Wahl (24.11.) wird spannend.", N, [("24.11.", "2013-11-24")]),
    ("Die Versammlung findet am 28. November d. J. statt.", N, [("28. November d. J.", "2013-11-28")]),
    ("Die Frist läuft am 30. d. M. ab.", N, [("30. d. M.", "2013-11-30")]),
    ("Im Juni d. J. wurde der Antrag gestellt.", N, [("Juni d. J.", "2013-06")]),
    ("Im Juni v. J. wurde der Antrag gestellt.", N, [("Juni v. J.", "2012-06")]),
    ("Das Gesetz vom 12. Dezember 2012, Nr. 22, wurde abgeändert.", N, [("12. Dezember 2012", "2012-12-12")]),
    ("Das Dekret Nr. 15/2013 wurde veröffentlicht.", N, []),
    ("Beschluss Nr. 1234/2013 der Landesregierung", N, []),
    ("Der Abschnitt 2013/2014 der Umfahrung ist fertig.", N, [("2013", "2013"), ("2014", "2014")]),
    ("Das Projekt wurde 2012/13 geplant.", N, [("2012", "2012"), ("13", "2013")]),
    ("Sie ist Jahrgang '45.", N, [("'45", "1945")]),
    ("Er wurde im Jahre 1901 geboren.", N, [("Jahre 1901", "1901")]),
    ("Geboren wurde sie am 3. März 1921 am Ritten.", N, [("3. März 1921", "1921-03-03")]),
    ("Er starb am 12. 11. in Bozen.", N, [("12. 11.", "2013-11-12")]),
    ("Das Foto stammt aus dem Jahr 1920.", N, [("Jahr 1920", "1920")]),
    ("Das Foto aus den 1920er-Jahren zeigt den Dorfplatz.", N, [("1920er-Jahren", "192")]),
    ("Um die Jahrhundertwende lebten hier 300 Menschen.", N, []),
    ("Im 20. Jahrhundert wuchs das Dorf.", N, [("20. Jahrhundert", "19")]),
    ("Im Spätmittelalter wurde die Burg erweitert.", N, []),
    ("Die Kirche ist über 500 Jahre alt.", N, []),
    ("Der Turm wurde im 13. Jh. errichtet.", N, [("13. Jh.", "12")]),
    ("Die B 38 ist gesperrt.", N, []),
    ("Die Wohnung Nr. 12/3 ist frei.", N, []),
    ("Sie erzielte 12,5 von 20 Punkten.", N, []),
    ("Er ist 1,75 m groß.", N, []),
    ("Der Zug fährt um 12.11 Uhr ab.", N, []),
    ("Die Gruppe 1.11 spielt zuerst.", N, []),
    ("Die Saison 2012/2013 war gut.", N, [("2012", "2012"), ("2013", "2013")]),
    ("Das Gesetz Nr. 7/1999 gilt weiter.", N, []),
    ("Die Besucherzahl war 1500.", N, []),
    ("Der Vorsitzende der Julis sprach in Bozen.", N, []),  # the FDP's youth, not a genitive of "Juli"
    ("Der Markt findet am 23./24.11. statt.", N, [("23.", "2013-11-23"), ("24.11.", "2013-11-24")]),
    ("Der Kurs ist vom 2.-4.12. im Vereinshaus.", N, [("2.", "2013-12-02"), ("4.12.", "2013-12-04")]),
    ("Wir fuhren am 1./2. in die Stadt.", N, []),
    ("Weitere Aufführungen folgen am 23., 24. und 29. November.", N,
     [("23.", "2013-11-23"), ("24.", "2013-11-24"), ("29. November", "2013-11-29")]),
    ("Gespielt wurde am 3., 10. und 24. Jänner 2011.", N,
     [("3.", "2011-01-03"), ("10.", "2011-01-10"), ("24. Jänner 2011", "2011-01-24")]),  # "war" is no cue of a year under 1800 (only the passive "wurde")
]


# every round: the sentences found, the traps and the leftovers (strict xfails), each with its reference date
@pytest.mark.parametrize("text, ref, expected", FOUND + TRAPS + FOUND2 + TRAPS2 + TENSE + TENSE_GUARDS + ROUND4
                         + ROUND4_GUARDS + ROUND5 + ROUND6 + ROUND7 + KNOWN_FAILURES)
def test_probe(text, ref, expected):
    check(text, ref, expected)
