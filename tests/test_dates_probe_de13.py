"""German, thirteenth probe round (session 40): a South Tyrolean regional daily (local politics, fire brigades, the
Church, obituaries and anniversaries). Our own sentences, values written before running the code.

Said on a Wednesday, 14 March 2012 (ISO week 11), unless told otherwise."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dates_lang import pairs_for

N = dt.date(2012, 3, 14)    # a Wednesday: past Fri 9, Sat 10, Sun 11, Mon 12; coming Fri 16, Sat 17, Sun 18

pairs = pairs_for("de", N)


# a weekday right after a common given name is a surname ("Maria Freitag aus Lana", "Bürgermeister Franz Montag");
# kept: a given name that is no list's (a pope's, "Papst Benedikt Sonntag"), a saint's place ("St. Martin"), a
# surname between the given name and the weekday, a time of day after the weekday ("Sonntag um zehn Uhr", "Samstag
# abends"), a word of kinship before the given name ("Onkel Franz", "Enkel Florian": one of the family, by the given
# name alone)
@pytest.mark.parametrize("text, expected", [
    ("Maria Freitag aus Lana feiert heute ihren 90. Geburtstag.", [("heute", "2012-03-14")]),
    ("Der ehemalige Bürgermeister Franz Montag ist verstorben.", []),
    ("Anna Sonntag feiert am Freitag ihren 100. Geburtstag.", [("Freitag", "2012-03-16")]),
    ("Die Ehrennadel ging an Josef Freitag und Hans Mair.", []),
    ("Thomas Freitag leitet seit 20 Jahren den Kirchenchor.", []),
    ("Die Ehrung erhielt Maria Sonntag früher als erwartet.", []),
    # kept
    ("Papst Benedikt Sonntag in Brixen: Tausende jubelten ihm zu.", [("Sonntag", "2012-03-11")]),
    ("Brand in St. Martin Sonntag früh: Stadel zerstört.", [("Sonntag", "2012-03-11")]),
    ("In St.Martin Sonntag früh brannte ein Stadel.", [("Sonntag", "2012-03-11")]),
    ("In Sant'Anna Sonntag früh brannte ein Stadel.", [("Sonntag", "2012-03-11")]),
    ("Das betonte Landesrat Hans Mair Montag in Bozen.", [("Montag", "2012-03-12")]),
    ("Am Freitag feiert Maria Mair ihren 80. Geburtstag.", [("Freitag", "2012-03-16")]),
    ("Die Feier mit Maria Samstag um 18 Uhr war gut besucht.", [("Samstag", "2012-03-10")]),
    ("Das Gespräch mit Josef Montag um halb neun Uhr wurde verschoben.", [("Montag", "2012-03-12")]),
    ("Mit Peter Samstag abends im Kino gewesen.", [("Samstag", "2012-03-10")]),
    ("Wir trafen Onkel Franz Freitag am Bahnhof.", [("Freitag", "2012-03-09")]),
    ("Enkel Florian Samstag in Meran getauft.", [("Samstag", "2012-03-10")]),
])
def test_weekday_after_a_given_name(text, expected):
    assert pairs(text) == expected


# a day and month after the Italian word of a street or a square is the street's name ("Via 4. November"); kept: the
# date elsewhere in the sentence, a capitalized German "Via" nowhere near a date
@pytest.mark.parametrize("text, expected", [
    ("Der Sitz des Verbandes ist in der Via 4. November in Bozen.", []),
    ("Auf der Piazza 25. April wurde ein Radfahrer angefahren.", []),
    ("Der Unfall ereignete sich im Corso 4. November.", []),
    # kept
    ("Am 4. November wird in der Via Roma ein Denkmal enthüllt.", [("4. November", "2012-11-04")]),
    ("Die Via Claudia Augusta ist seit 1. März wieder befahrbar.", [("1. März", "2012-03-01")]),
])
def test_street_named_after_a_date(text, expected):
    assert pairs(text) == expected


# the n-th or the last weekday of a named month ("am letzten Samstag im September", "am ersten Sonntag im Oktober"): that
# day of the month, in the reference's year without a year; not a weekday of every month ("am ersten Montag im Monat",
# "jeden letzten Freitag des Monats"), a set
@pytest.mark.parametrize("text, expected", [
    ("Der Almabtrieb findet am letzten Samstag im September statt.", [("letzten Samstag im September", "2012-09-29")]),
    ("Am ersten Sonntag im Oktober wird in Kaltern Erntedank gefeiert.", [("ersten Sonntag im Oktober", "2012-10-07")]),
    ("Die Wahl fand am letzten Sonntag im Jänner statt.", [("letzten Sonntag im Jänner", "2012-01-29")]),
    ("Am zweiten Samstag im Mai 2013 wird die Kapelle geweiht.", [("zweiten Samstag im Mai 2013", "2013-05-11")]),
    ("Die Sprechstunde ist am ersten Montag im Monat.", []),
    ("Der Stammtisch trifft sich jeden letzten Freitag des Monats.", []),
    # kept: the last weekday without a month, the weekday before "im" and a place
    ("Er kam am letzten Samstag im Hotel an.", [("letzten Samstag", "2012-03-10")]),
])
def test_nth_weekday_of_a_month(text, expected):
    assert pairs(text) == expected


# a return or a start of service told in the present ("kehrt ... zurück", "nimmt ... den Betrieb auf", "geht ... in
# Betrieb"): a plan, the coming month or day, as "beginnt" (said in March: next December, not the last); kept: the
# past, the Perfekt, a verb without its particle, the present of a month just past
@pytest.mark.parametrize("text, expected", [
    ("Der Skiweltcup kehrt im Dezember nach Gröden zurück.", [("Dezember", "2012-12")]),
    ("Im Dezember kommt der Weltcup nach Alta Badia zurück.", [("Dezember", "2012-12")]),
    ("Im September nimmt die neue Grundschule den Betrieb auf.", [("September", "2012-09")]),
    ("Die neue Seilbahn geht im Oktober in Betrieb.", [("Oktober", "2012-10")]),
    ("Der Primar kehrt am 10. Jänner an das Krankenhaus zurück.", [("10. Jänner", "2013-01-10")]),
    # kept
    ("Der Skiweltcup kehrte im Dezember nach Gröden zurück.", [("Dezember", "2011-12")]),
    ("Im Dezember ist der Weltcup nach Gröden zurückgekehrt.", [("Dezember", "2011-12")]),
    ("Im September nahm die neue Grundschule den Betrieb auf.", [("September", "2011-09")]),
    ("Im Februar kehrt der Bürgermeister aus dem Urlaub zurück.", [("Februar", "2012-02")]),
])
def test_return_or_start_of_service_in_the_present(text, expected):
    assert pairs(text) == expected


# the end of a range of weekdays ("von Montag bis Mittwoch") is the first such day after the range's start, never one
# before it (said on a Wednesday: "bis Mittwoch" after the coming Monday is the Wednesday after it, not today)
@pytest.mark.parametrize("text, expected", [
    ("Von Montag bis Mittwoch bleibt die Straße nach Sulden gesperrt.", [("Montag", "2012-03-19"), ("Mittwoch", "2012-03-21")]),
    ("Der Markt findet von Samstag bis Dienstag statt.", [("Samstag", "2012-03-17"), ("Dienstag", "2012-03-20")]),
    ("Von Dienstag bis Montag wird in Meran gefeiert.", [("Dienstag", "2012-03-20"), ("Montag", "2012-03-26")]),
    # kept: a range in the past, a range ending on a later day of the same week
    ("Von Freitag bis Sonntag fand in Meran das Weinfest statt.", [("Freitag", "2012-03-09"), ("Sonntag", "2012-03-11")]),
    ("Von Freitag bis Sonntag wird in Meran gefeiert.", [("Freitag", "2012-03-16"), ("Sonntag", "2012-03-18")]),
])
def test_range_of_weekdays(text, expected):
    assert pairs(text) == expected


# ... German only (RANGE_END_AFTER_START): its "bis" is never the goal of a move, which takes "auf"; English "to" and
# Italian "al" are also a move's goal, the new day, which is not moved ("moved from Sunday to Saturday": the coming
# Saturday, the day before)
@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Das Spiel wird von Sonntag auf Samstag vorverlegt.",
     [("Sonntag", "2012-03-18"), ("Samstag", "2012-03-17")]),
    ("en", "The council will move the vote from Thursday to Tuesday.",
     [("Thursday", "2012-03-15"), ("Tuesday", "2012-03-20")]),
    ("en", "The race will be moved from Sunday to Friday.", [("Sunday", "2012-03-18"), ("Friday", "2012-03-16")]),
    ("en", "The opening will switch from Saturday to Thursday.",
     [("Saturday", "2012-03-17"), ("Thursday", "2012-03-15")]),
    ("it", "La gara sarà spostata dalla domenica al sabato.", [("domenica", "2012-03-18"), ("sabato", "2012-03-17")]),
])
def test_weekday_moved_to_an_earlier_day(lang, text, expected):
    assert pairs_for(lang, N)(text) == expected


# a year told with a change of a count that has no "von" ("Die Zahl der Einsätze stieg 2013 auf 412", "wurde 2012 auf
# 1500 Euro erhöht") is the change's year; the number after "von" before "auf" is the count it changed from
@pytest.mark.parametrize("text, expected", [
    ("Die Zahl der Einsätze stieg 2013 auf 412.", [("2013", "2013")]),
    ("Die Gebühr wurde 2012 auf 150 Euro erhöht.", [("2012", "2012")]),
    ("Die Zahl der Gäste sank 2009 auf 8000.", [("2009", "2009")]),
    # kept
    ("Die Zahl der Mitglieder wuchs von 1800 auf 2100.", []),
    ("Die Zahl stieg von 1200 im Jahr 2011 auf 1500 im Jahr 2012.", [("Jahr 2011", "2011"), ("Jahr 2012", "2012")]),
    # ... and the amount after "um", before "auf" ("stieg um 1500 auf 12.000"), whatever stands between the verb and
    # "um"
    ("Die Zahl der Nächtigungen stieg gegenüber dem Vorjahr um 1500 auf 12.000.", [("dem Vorjahr", "2011")]),
    ("Die Zahl der Pendler stieg in Brixen um 1300 auf 9000.", []),
    ("Die Summe erhöhte sich gegenüber 2011 um 1200 auf 5400 Euro.", [("2011", "2011")]),
])
def test_year_of_a_change_without_von(text, expected):
    assert pairs(text) == expected


# two weekdays coordinated before the verb they share ("Am Samstag und Sonntag ist das Museum geöffnet"): each read as
# if it stood alone, a plan in the present (was: both the past ones); kept: the past verb
@pytest.mark.parametrize("text, expected", [
    ("Am Samstag und Sonntag ist das Heimatmuseum geöffnet.", [("Samstag", "2012-03-17"), ("Sonntag", "2012-03-18")]),
    ("Am Freitag und am Samstag ist der Bauernmarkt auf dem Kirchplatz.",
     [("Freitag", "2012-03-16"), ("Samstag", "2012-03-17")]),
    ("Am Samstag oder Sonntag ist mit Neuschnee zu rechnen.", [("Samstag", "2012-03-17"), ("Sonntag", "2012-03-18")]),
    # ... also with no word before the first weekday
    ("Samstag und Sonntag sind die Loipen offen.", [("Samstag", "2012-03-17"), ("Sonntag", "2012-03-18")]),
    ("Freitag und Samstag ist das Rathaus geschlossen.", [("Freitag", "2012-03-16"), ("Samstag", "2012-03-17")]),
    ("Samstag und am Sonntag ist der Flohmarkt geöffnet.", [("Samstag", "2012-03-17"), ("Sonntag", "2012-03-18")]),
    # kept
    ("Am Samstag und Sonntag war das Heimatmuseum geöffnet.", [("Samstag", "2012-03-10"), ("Sonntag", "2012-03-11")]),
    ("Am Samstag und Sonntag hat es in den Bergen geschneit.", [("Samstag", "2012-03-10"), ("Sonntag", "2012-03-11")]),
    ("Samstag und Sonntag waren die Loipen gespurt.", [("Samstag", "2012-03-10"), ("Sonntag", "2012-03-11")]),
])
def test_coordinated_weekdays_share_the_verb(text, expected):
    assert pairs(text) == expected


# the Tyrolean names of saints' days with the Latin genitive in "-i" ("Martinitag", "Jakobitag"), as "Stefanitag"
@pytest.mark.parametrize("text, expected", [
    ("Am Martinitag findet in Algund der Viehmarkt statt.", [("Martinitag", "2012-11-11")]),
    ("Am Jakobitag war die Kirche von St. Jakob voll.", [("Jakobitag", "2011-07-25")]),
])
def test_tyrolean_saints_days(text, expected):
    assert pairs(text) == expected


# a number inside the subject's name (an ordinal after the article, "Der 1. FC Bozen"; a number after the noun, "Der
# Jahrgang 1953") does not hide the subject from the reading of a present plan in verb-second order
@pytest.mark.parametrize("text, expected", [
    ("Der 1. FC Bozen spielt am Sonntag gegen Trient.", [("Sonntag", "2012-03-18")]),
    ("Der Jahrgang 1952 trifft sich am Samstag zur Jahrgangsfeier.", [("1952", "1952"), ("Samstag", "2012-03-17")]),
    # kept: the past
    ("Der 1. FC Bozen verlor am Sonntag gegen Trient.", [("Sonntag", "2012-03-11")]),
    ("Der Jahrgang 1952 traf sich am Samstag zur Jahrgangsfeier.", [("1952", "1952"), ("Samstag", "2012-03-10")]),
])
def test_number_in_the_subject_name(text, expected):
    assert pairs(text) == expected


# "am darauffolgenden Sonntag", "am folgenden Montag": the first such day after the day told before it; with no day
# before it, read as a bare weekday by the tense of its clause
@pytest.mark.parametrize("text, expected", [
    ("Am 6. Mai wurde gewählt, am darauffolgenden Sonntag fand die Stichwahl statt.",
     [("6. Mai", "2011-05-06"), ("darauffolgenden Sonntag", "2011-05-08")]),
    ("Er stürzte am Freitag, 2. März, am folgenden Montag erlag er seinen Verletzungen.",
     [("Freitag, 2. März", "2012-03-02"), ("folgenden Montag", "2012-03-05")]),
    ("Am folgenden Sonntag fand die Stichwahl statt.", [("folgenden Sonntag", "2012-03-11")]),
    ("Die Stichwahl findet am darauffolgenden Sonntag statt.", [("darauffolgenden Sonntag", "2012-03-18")]),
    ("Die folgenden Sonntage sind verkaufsoffen.", []),
])
def test_following_weekday(text, expected):
    assert pairs(text) == expected


# the acts of the Church in the present of an announcement ("weiht", "segnet", "zelebriert"): the coming day, as
# "feiert", "besucht"; not "spendet" nor "predigt", as often a statement's idiom told in the present of a report
# ("spendet Lob", "predigt Sparsamkeit": the past day); and "Der Unsinnige Donnerstag" in the nominative (the
# Thursday before Ash Wednesday)
@pytest.mark.parametrize("text, expected", [
    ("Der Bischof weiht am Sonntag die neue Orgel der Pfarrkirche.", [("Sonntag", "2012-03-18")]),
    ("Der Pfarrer segnet am Samstag die Traktoren der Bauern.", [("Samstag", "2012-03-17")]),
    ("Der Unsinnige Donnerstag war heuer sehr kalt.", [("Unsinnige Donnerstag", "2012-02-16"), ("heuer", "2012")]),
    # kept: the past
    ("Der Bischof weihte am Sonntag die neue Orgel der Pfarrkirche.", [("Sonntag", "2012-03-11")]),
    ("Der Pfarrer hat am Samstag die Traktoren gesegnet.", [("Samstag", "2012-03-10")]),
    ("Die Fans spenden am Sonntag der Mannschaft viel Beifall.", [("Sonntag", "2012-03-11")]),
    ("Der Bürgermeister spendet am Dienstag den Helfern großes Lob.", [("Dienstag", "2012-03-13")]),
    ("Die Landesrätin predigt am Montag Sparsamkeit.", [("Montag", "2012-03-12")]),
])
def test_church_acts_and_unsinniger_donnerstag(text, expected):
    assert pairs(text) == expected


# a rest day is every week's ("Dienstag Ruhetag", "Ruhetag: Mittwoch"): a set, no date; kept: "am Montag Ruhetag", a
# race's or a team's one day, "außer am Montag", one day left out, and "täglich außer am kommenden Montag" (the day an
# opening time leaves out, read only as a date: "täglich außer Montag" is not told apart from it)
@pytest.mark.parametrize("text, expected", [
    ("Gasthof Post, Montag Ruhetag.", []),
    ("Im Gasthaus ist Dienstag Ruhetag.", []),
    ("Ruhetag: Mittwoch.", []),
    # kept
    ("Die Radprofis hatten am Sonntag Ruhetag.", [("Sonntag", "2012-03-11")]),
    ("Nach dem Zeitfahren ist am Dienstag Ruhetag.", [("Dienstag", "2012-03-20")]),
    ("Am Dienstag hatte die Mannschaft Ruhetag.", [("Dienstag", "2012-03-13")]),
    # (with "ist" too: "am" makes it one day, as on the session's start; found by the lead against main)
    ("Am Sonntag ist Ruhetag.", [("Sonntag", "2012-03-18")]),
    ("Die Straße ist diese Woche gesperrt, außer am Montag.", [("diese Woche", "2012-W11"), ("Montag", "2012-03-12")]),
    ("Das Freibad ist täglich außer am kommenden Montag geöffnet.", [("kommenden Montag", "2012-03-19")]),
])
def test_opening_times_and_rest_days(text, expected):
    assert pairs(text) == expected


# the activities a programme announces, told in the present in verb-second order (a concert, a talk, a march, a hike,
# a debate, a strike): the coming day, as "spielt", "feiert"; kept: the past, and the verbs as often of a statement's
# idiom told in the present of a report ("übt Kritik", "singt ein Loblied", "liest die Leviten", "demonstriert
# Stärke": the past day)
@pytest.mark.parametrize("text, expected", [
    ("Die Musikkapelle konzertiert am Samstag im Kursaal.", [("Samstag", "2012-03-17")]),
    ("Der Historiker referiert am Freitag über die Option.", [("Freitag", "2012-03-16")]),
    ("Der Alpenverein wandert am Sonntag auf den Ifinger.", [("Sonntag", "2012-03-18")]),
    ("Der Landtag debattiert am Dienstag über das Sanitätsgesetz.", [("Dienstag", "2012-03-20")]),
    ("Die Gewerkschaften streiken am Freitag.", [("Freitag", "2012-03-16")]),
    # kept
    ("Der Kirchenchor sang am Sonntag die Missa brevis.", [("Sonntag", "2012-03-11")]),
    ("Die Opposition übt am Montag scharfe Kritik an der Landesregierung.", [("Montag", "2012-03-12")]),
    ("Das Team demonstriert am Sonntag seine Stärke und siegt 4:0.", [("Sonntag", "2012-03-11")]),
    ("Die Bauern demonstrieren am Montag Geschlossenheit.", [("Montag", "2012-03-12")]),
    ("Der Obmann liest am Montag dem Vorstand die Leviten.", [("Montag", "2012-03-12")]),
    ("Der Verein singt am Dienstag ein Loblied auf das Ehrenamt.", [("Dienstag", "2012-03-13")]),
])
def test_programme_activities_in_the_present(text, expected):
    assert pairs(text) == expected


# the n-th weekday of a month without a year takes the month's year as a bare month would, by the clause's tense
# (resolvers.r_nthweekday with NTH_WEEKDAY_BY_TENSE)
@pytest.mark.parametrize("text, expected", [
    ("Am letzten Sonntag im Jänner wird in Meran gewählt.", [("letzten Sonntag im Jänner", "2013-01-27")]),
    ("Am letzten Sonntag im Jänner wurde in Meran gewählt.", [("letzten Sonntag im Jänner", "2012-01-29")]),
    ("Der Almabtrieb fand am ersten Samstag im Oktober statt.", [("ersten Samstag im Oktober", "2011-10-01")]),
    ("Der Almabtrieb findet am ersten Samstag im Oktober statt.", [("ersten Samstag im Oktober", "2012-10-06")]),
])
def test_nth_weekday_year_by_tense(text, expected):
    assert pairs(text) == expected


# a weekday and a day of the month without the month after "am" ("Am Samstag, dem 17., findet der Ball statt"): one
# mention, the month whose day falls on that weekday (the rule read the weekday alone once "am" stood before it)
@pytest.mark.parametrize("text, expected", [
    ("Am Samstag, dem 17., findet im Kursaal der Ball statt.", [("Samstag, dem 17.", "2012-03-17")]),
    ("Am Freitag, den 9., wurde der Ball im Kursaal gefeiert.", [("Freitag, den 9.", "2012-03-09")]),
    # kept: with the month
    ("Am Samstag, dem 17. März, findet der Ball statt.", [("Samstag, dem 17. März", "2012-03-17")]),
])
def test_weekday_and_day_without_month_after_am(text, expected):
    assert pairs(text) == expected


# a dateline's place and dash opening the story ("Auer – Gestern stürzte ein Arbeiter"): the capitalized "Gestern",
# "Morgen", "Heute" after it opens a sentence, the day (resolvers._relday_is_noun); not a title opened by an article,
# and in any place not a day word coordinated with another capitalized one or repeated with "für", the noun of a
# title ("Gestern und Heute", "Morgen für Morgen", every morning); the day only before its verb (a word in lower
# case) or a time of day, not before a comma, a colon, a full stop or the end of the line (a title: "Musik – Heute")
@pytest.mark.parametrize("text, expected", [
    ("Auer – Gestern Vormittag stürzte ein Arbeiter von einem Gerüst.", [("Gestern Vormittag", "2012-03-13")]),
    ("Sand in Taufers - Morgen wird die neue Brücke eröffnet.", [("Morgen", "2012-03-15")]),
    ("Bilanz.\nSt. Ulrich – Heute beginnt die Saison.", [("Heute", "2012-03-14")]),
    ("Prad – Gestern Abend brannte eine Scheune.", [("Gestern Abend", "2012-03-13")]),
    ("Gestern und heute hat es geschneit.", [("Gestern", "2012-03-13"), ("heute", "2012-03-14")]),
    # the noun
    ("Brixen – Gestern und Heute.", []),
    ("Tirol – Gestern und Heute in alten Fotos.", []),
    ("Klausen – Morgen für Morgen warten die Schüler auf den Bus.", []),
    ("Lana – Morgen für Morgen fährt der Zug zu spät.", []),
    ("Morgen für Morgen fährt der Zug zu spät.", []),
    ("Gestern und Heute einer Bergbauernfamilie.", []),
    ("Die Stadt – Gestern und Heute.", []),
    ("Er lebt im Gestern.", []),
    ("Schlanders – Gestern.", []),
    ("Musik – Heute", []),
    ("Naturns – Morgen: ein Blick in die Zukunft", []),
    ("Kastelbell – Gestern, Heute", []),
    ("Eppan – Gestern hat der Gemeinderat getagt.", [("Gestern", "2012-03-13")]),
])
def test_dateline_dash(text, expected):
    assert pairs(text) == expected


# an invitation "for" the day in the present ("Die Gemeinde lädt für Donnerstag zur Bürgerversammlung"): the coming
# day, as "lädt am Donnerstag"; kept: the past
@pytest.mark.parametrize("text, expected", [
    ("Kaltern – Die Gemeinde lädt für Donnerstag zur Bürgerversammlung.", [("Donnerstag", "2012-03-15")]),
    ("Der Verein lädt für Samstag alle Mitglieder ein.", [("Samstag", "2012-03-17")]),
    # kept
    ("Die Gemeinde lud für Montag zur Bürgerversammlung.", [("Montag", "2012-03-12")]),
])
def test_invitation_for_a_day(text, expected):
    assert pairs(text) == expected
