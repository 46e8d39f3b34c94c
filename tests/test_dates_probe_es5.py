"""Spanish, from reviewer 66's findings: a season of a year told relative to the story ("el verano del año pasado"),
and a feast in a sentence of repeated events ("todos los años en Navidad": no one date). Our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2000, 3, 15)


def pairs(text):
    return [(m.text, m.value) for m in extract_dates(text, lang="es", reference_date=REF)]


@pytest.mark.parametrize("text, expected", [
    ("En el verano del año pasado hubo incendios en la sierra.", [("el verano del año pasado", "1999-SU")]),
    ("En la primavera del próximo año se abrirá la planta.", [("la primavera del próximo año", "2001-SP")]),
    ("El otoño de este año será seco, según los meteorólogos.", [("El otoño de este año", "2000-FA")]),
    ("El invierno del año que viene traerá nuevas tarifas.", [("El invierno del año que viene", "2001-WI")]),
    # traps: a season with its own year; the season in a name ("los Juegos Olímpicos de Invierno")
    ("En el verano de 1998 hubo incendios.", [("el verano de 1998", "1998-SU")]),
    ("Los Juegos Olímpicos de Invierno del año pasado fueron un éxito.", [("año pasado", "1999")]),
])
def test_season_of_a_relative_year(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Todos los años en Navidad la familia se reúne en el pueblo.", []),
    ("Cada año en Nochevieja suenan las campanadas en la Puerta del Sol.", []),
    # traps: "como cada año" reports this year's feast; a feast told once
    ("Como cada año en Navidad, la familia se reunió en el pueblo.", [("Navidad", "1999-12-25")]),
    ("La familia se reunió en Navidad en el pueblo.", [("Navidad", "1999-12-25")]),
])
def test_feast_in_a_sentence_of_repeated_events(text, expected):
    assert pairs(text) == expected


# "en lo que va de mes" (so far this month), "a primeros de mes" (early this month): the current month or week, as
# "en lo que va de año" and "a principios de mes" already were
@pytest.mark.parametrize("text, expected", [
    ("En lo que va de mes se han vendido 2.000 coches.", [("mes", "2000-03")]),
    ("Lo que llevamos de semana ha sido tranquilo en la Bolsa.", [("semana", "2000-W11")]),
    ("El Consejo se reunirá a primeros de mes.", [("primeros de mes", "2000-03")]),
    ("El Ayuntamiento inaugurará el puente a primeros de abril.", [("primeros de abril", "2000-04")]),
    # trap: "de mes a mes" is no date
    ("Todo lo que va de mes a mes cambia poco.", []),
])
def test_part_of_the_current_month(text, expected):
    assert pairs(text) == expected


# Feasts named in several words, capitalised, anywhere in the sentence (not only after a preposition), and the movable
# and fixed feasts of Spain and Latin America; said on 2000-03-15
@pytest.mark.parametrize("text, expected", [
    ("El Día de la Constitución se celebró con un acto en el Congreso.", [("El Día de la Constitución", "1999-12-06")]),
    ("El Domingo de Ramos miles de fieles acudirán a la catedral.", [("El Domingo de Ramos", "2000-04-16")]),
    ("La víspera de Navidad hubo un atentado en la capital.", [("La víspera de Navidad", "1999-12-24")]),
    ("En el Día de Muertos las familias visitaron los cementerios.", [("el Día de Muertos", "1999-11-02")]),
    ("El Miércoles de Ceniza comenzó la Cuaresma.", [("El Miércoles de Ceniza", "2000-03-08")]),
    ("El Miércoles de Ceniza comenzará la Cuaresma.", [("El Miércoles de Ceniza", "2001-02-28")]),
    # traps: lower case is a phrase, not the feast's name; "la víspera" of something else; the Chinese New Year
    ("El trabajo del día de la constitución de la empresa fue largo.", []),
    ("La víspera de las elecciones hubo un atentado.", []),
    ("El Año Nuevo chino se celebró en el barrio.", []),
])
def test_named_feasts(text, expected):
    assert pairs(text) == expected
