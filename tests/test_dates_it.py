"""Italian dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/it.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

from .dates_lang import found_and_traps, pairs_for

REF = dt.date(2024, 4, 10)  # a Wednesday
LANG = "it"


pairs = pairs_for(LANG, REF)


FOUND = [
    ("Il decreto è stato firmato il 5 maggio 2021 a Roma.", [("il 5 maggio 2021", "2021-05-05")]),
    ("Lunedì 8 aprile il ministro ha incontrato i sindacati.", [("Lunedì 8 aprile", "2024-04-08")]),
    ("Lo scorso marzo l'inflazione è salita.", [("Lo scorso marzo", "2024-03")]),
    ("Tre anni fa la crisi era già cominciata.", [("Tre anni fa", "2021")]),
    ("La settimana scorsa e quest'anno.", [("La settimana scorsa", "2024-W14"), ("quest'anno", "2024")]),
    ("Nel primo trimestre del 2020 il PIL è calato.", [("primo trimestre del 2020", "2020-Q1")]),
    ("Il primo maggio si celebra la festa dei lavoratori.", [("Il primo maggio", "2024-05-01")]),
    ("All'inizio del 2020 nessuno lo sapeva.", [("All'inizio del 2020", "2020")]),
    ("Ieri il governo ha approvato la legge; domani si vota.", [("Ieri", "2024-04-09"), ("domani", "2024-04-11")]),
]
TRAPS = [
    "Domenica Rossi ha vinto la gara di nuoto.",  # a woman's name
    "Marte è il quarto pianeta del sistema solare.",  # Mars, the planet
    "Il biglietto costa 2000 euro.",  # a number that is not a year
    "Ci sono voluti due anni di lavoro.",  # a duration, not a date
]


test_dates_found, test_traps_are_not_dates = found_and_traps(pairs, FOUND, TRAPS)


@pytest.mark.parametrize("text, expected", [
    ("Il Comune, che ora sarà l'unico proprietario dello stadio, cerca un gestore.", [("ora", "PRESENT_REF")]),
    ("Al giorno d'oggi pochi ragazzi leggono il giornale.", [("giorno d'oggi", "PRESENT_REF")]),
    ("Ultimamente è stato battuto da avversari più giovani.", [("Ultimamente", "PAST_REF")]),
    ("Finora nessuna terapia si è dimostrata efficace contro il parassita.", [("Finora", "PRESENT_REF")]),
])
def test_italian_references(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Il viaggio dura un'ora e mezza.",  # the noun "hour"
    "Il treno parte ogni ora.",
    "Con l'ora legale si dorme meno.",
    "Ci vuole una ora di cammino.",
])
def test_italian_ora_the_noun_is_no_date(text):
    assert pairs(text) == [], pairs(text)


@pytest.mark.parametrize("text, expected", [
    ("I due fondatori avevano avuto l'idea quando nel 1988 erano studenti a Bologna.", [("1988", "1988")]),
    ("Nel 1989 ha contribuito alla nascita di una radio locale.", [("1989", "1989")]),
])
def test_italian_year_before_a_verb(text, expected):
    assert pairs(text) == expected


def test_italian_number_before_people_is_no_year():
    assert pairs("Sono arrivati 2000 studenti e 1500 persone.") == []


def test_italian_future_verbs_decide_a_year_less_date():
    ref = dt.date(2020, 6, 15)
    got = pairs("Il sindaco ha poi confermato che resterà in carica e il 21 gennaio presenterà il bilancio.", ref)
    assert ("il 21 gennaio", "2021-01-21") in got, got
    got = pairs("Il 5 marzo il ministro ha firmato il decreto.", ref)
    assert ("Il 5 marzo", "2020-03-05") in got, got


@pytest.mark.parametrize("text, expected", [
    # "in calendario" (scheduled) puts a month ahead in a sentence told in the past ...
    ("L'opposizione ha bocciato il progetto come una mossa propagandistica in vista del referendum in calendario a "
     "novembre.", [("novembre", "2020-11")]),
    # ... the same sentence without the plan: the November just past
    ("L'opposizione ha bocciato il progetto a novembre.", [("novembre", "2019-11")]),
    # "calendario" alone is a calendar, not a plan
    ("Il calendario gregoriano fu introdotto; a novembre nevicò.", [("novembre", "2019-11")]),
])
def test_italian_in_calendario_is_a_plan(text, expected):
    assert pairs(text, dt.date(2020, 6, 15)) == expected


@pytest.mark.parametrize("text, expected", [
    # with no date told before it, a count before "prima" is counted from today (as English "two weeks ago")
    ("Era l'ultima gara della stagione per la squadra, che due settimane prima aveva già conquistato lo scudetto.",
     [("due settimane prima", "2024-W13")]),
    ("Tre anni addietro la fabbrica era ancora aperta.", [("Tre anni addietro", "2021")]),
    # before an event: counted from the event, not from the day of the text
    ("Due settimane prima delle elezioni il partito ha cambiato leader.", []),
    ("Tre giorni prima che partisse, lo aveva chiamato.", []),
])
def test_a_count_of_units_before_an_adverb_of_anteriority(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "dello scorso anno" after a month: the month of last year, not the last such month
    ("A gennaio dello scorso anno è morto.", [("gennaio dello scorso anno", "2023-01")]),
    ("Nel marzo del prossimo anno si vota.", [("marzo del prossimo anno", "2025-03")]),
    ("Nel gennaio scorso è morto.", [("gennaio scorso", "2024-01")]),  # the last January
])
def test_a_month_of_the_year_named_after_it(text, expected):
    assert [(m.text, m.value) for m in extract_dates(text, lang="it", reference_date=dt.date(2024, 4, 10))] == expected


@pytest.mark.parametrize("text, expected", [
    # "l'anno prima", "il mese dopo": the one before or after the story's last date (modelled on a SIB-200
    # sentence); without a date before it, the one before today's
    ("Il ristorante era stato aperto l'anno prima in centro.", [("l'anno prima", "2023")]),
    ("La legge fu approvata nel 2015. L'anno dopo fu abrogata.", [("2015", "2015"), ("L'anno dopo", "2016")]),
    ("Il governo cadde nel marzo 2019. Il mese prima era stato approvato il bilancio.",
     [("marzo 2019", "2019-03"), ("Il mese prima", "2019-02")]),
    ("La settimana dopo il sindaco si dimise.", []),  # no date before: no week to count from
    # traps: counted from an event, not a date; "la prima settimana" is the first one
    ("Il mese prima delle elezioni il partito crollò.", []),
    ("L'anno dopo la guerra fu durissimo.", []),
    ("La prima settimana di maggio ha piovuto sempre.", [("maggio", "2023-05")]),
])
def test_the_year_before_and_after_the_story(text, expected):
    assert pairs(text) == expected, pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a past verb governing the date in its clause (right after it, or after "a", "in"): the last such date, though
    # the next one is close ahead (said in March)
    ("Il consiglio si è riunito il 20 aprile a Roma.", [("il 20 aprile", "2023-04-20")]),
    ("La flotta salpò il 3 maggio.", [("il 3 maggio", "2023-05-03")]),
    ("Il presidente è arrivato a Lima a maggio.", [("maggio", "2023-05")]),
    ("Il carico giunse a Genova il 10 agosto.", [("il 10 agosto", "2023-08-10")]),
    ("Il ministro ha detto venerdì che l'azienda tornerà all'utile.", [("venerdì", "2024-03-08")]),
    # ... and opening its sentence: the future after "che" is reported speech's, not the weekday's clause
    ("Ha detto venerdì che l'azienda tornerà all'utile.", [("venerdì", "2024-03-08")]),
    ("Venerdì il parlamento voterà la riforma.", [("Venerdì", "2024-03-15")]),
    # a past verb opening its sentence (no subject) or its clause after a comma
    ("È stato eletto a maggio presidente del club.", [("maggio", "2023-05")]),
    ("Il presidente, Mario Rossi, si è dimesso il 2 aprile.", [("il 2 aprile", "2023-04-02")]),
    ("Ha convocato il 2 aprile uno sciopero generale.", [("il 2 aprile", "2024-04-02")]),  # planning: to come
    # traps: the coming date (a verb of planning, a term set, an infinitive, reported speech, a plan in the present,
    # a noun with its article before the date)
    ("Il giudice ha rinviato il processo al 20 aprile.", [("20 aprile", "2024-04-20")]),
    ("Il sindacato ha convocato uno sciopero per il 20 aprile.", [("il 20 aprile", "2024-04-20")]),
    ("L'azienda ha deciso di tenere l'assemblea ad aprile.", [("aprile", "2024-04")]),
    ("Il governo ha annunciato che ad aprile salirà l'IVA.", [("aprile", "2024-04")]),
    ("Il vertice è previsto il 20 aprile.", [("il 20 aprile", "2024-04-20")]),
    ("Il presidente ha criticato la seduta del 20 aprile.", [("del 20 aprile", "2024-04-20")]),
    ("L'azienda ha annunciato licenziamenti ad aprile.", [("aprile", "2024-04")]),
])
def test_a_past_verb_governing_the_date(text, expected):
    assert pairs(text, dt.date(2024, 3, 12)) == expected, pairs(text, dt.date(2024, 3, 12))
