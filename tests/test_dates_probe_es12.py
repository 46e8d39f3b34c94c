"""Spanish, twelfth probe round (EFE newswire of about 2000, Wikinews economy news): an agency dateline whose month is
written "may", "mar", "ago" (abbreviations left out of MONTHS as words of their own) is the day of the text; a future
verb before the date wins over a past verb in a clause after "pero", "aunque", "tal como"; a preterite (of saying)
right before a weekday after a comma is the past one; a weekday after "cada", "los" is a set, no date; "sábado santo"
in lower case is the feast; a capitalised weekday right after a first name is a surname; "por cuarto trimestre
consecutivo" is a count.

Our own sentences (/tmp/s39/es/probe12.txt, written for this round), with traps."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dates_lang import pairs_for

FRI = dt.date(2000, 5, 12)   # a Friday
MON = dt.date(2000, 3, 6)    # a Monday
THU = dt.date(2010, 6, 3)    # a Thursday

pairs = pairs_for("es", FRI)
pairs_mon = pairs_for("es", MON)
pairs_thu = pairs_for("es", THU)


@pytest.mark.parametrize("text, expected", [
    ("Madrid, 12 may (EFE).- El Consejo de Ministros aprobó el decreto de ayudas a los agricultores.",
     [("12 may", "2000-05-12")]),
    ("Lima, 12 may (EFE).- El presidente aseguró hoy que no habrá fraude en la segunda vuelta.",
     [("12 may", "2000-05-12"), ("hoy", "2000-05-12")]),
    ("Quito, 12 may. (EFE).- Los indígenas marcharán el lunes hacia la capital.",
     [("12 may.", "2000-05-12"), ("el lunes", "2000-05-15")]),
    ("Madrid, 10 abr (EFE).- El Gobierno aprobó hoy la ley.", [("10 abr", "2000-04-10"), ("hoy", "2000-05-12")]),
    # traps: "may" and "mar" as words, not before an agency's name in brackets
    ("El Mar Menor, 12 may (no se sabe) sufrió otro episodio de anoxia.", []),
    ("Le dije en inglés: it may rain (maybe).", []),
    ("La temperatura del mar, 12 grados (medida en la costa), sorprendió a los bañistas.", []),
])
def test_dateline_month_abbreviation(text, expected):
    assert pairs(text) == expected


def test_dateline_august():
    assert pairs_for("es", dt.date(2000, 8, 11))("Vigo, 11 ago (EFE).- El Celta fichó a un central brasileño.") == [
        ("11 ago", "2000-08-11")]


def test_dateline_march():
    assert pairs_mon("Bilbao, 6 mar (EFE).- El Athletic perdió ayer en San Mamés.") == [
        ("6 mar", "2000-03-06"), ("ayer", "2000-03-05")]
