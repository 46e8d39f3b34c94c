"""Spanish dates as TimeML marks them (Spanish TimeBank): references, articles inside the mention, prepositions
outside, days without a month, dates relative to the last date of the text."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2000, 6, 1)  # a Thursday


def pairs(text, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang="es", reference_date=ref)]


@pytest.mark.parametrize("text, expected", [
    ("Ahora todos los vecinos piden un semáforo en el cruce.", [("Ahora", "PRESENT_REF")]),
    ("El sucesor del actual presidente gobernará seis años.", [("actual", "PRESENT_REF")]),
    ("Inauguró la recién construida biblioteca del barrio.", [("recién", "PAST_REF")]),
    ("Aseguró que hasta el momento no se han detectado nuevos casos.", [("el momento", "PRESENT_REF")]),
    ("Desde entonces guarda silencio.", [("entonces", "PAST_REF")]),
    ("La ciudad acogerá la próxima edición del festival de cine.", [("próxima", "FUTURE_REF")]),
    ("El nuevo alcalde prometió saldar las deudas que arrastra del pasado.", [("del pasado", "PAST_REF")]),
    ("El Gobierno informó hoy, jueves, de la decisión.", [("hoy, jueves", "2000-06-01")]),
    ("Las elecciones de mañana, viernes, serán reñidas.", [("mañana, viernes", "2000-06-02")]),
    ("El torneo de pádel se jugó del 6 al 9 de abril.", [("del 6", "2000-04-06"), ("al 9 de abril", "2000-04-09")]),
    ("Entre el 5 y el 6 de junio abrirán sus puertas las piscinas municipales de la ciudad.",
     [("el 5", "2000-06-05"), ("el 6 de junio", "2000-06-06")]),
    ("Los comicios del pasado día 3 dieron la victoria al centro.", [("del pasado día 3", "2000-05-03")]),
    ("Dirige el hospital provincial desde el 20 de marzo de 1994.", [("el 20 de marzo de 1994", "1994-03-20")]),
    ("A principios de 2020 llegó.", [("principios de 2020", "2020")]),
    ("Falleció hace más de 30 años.", [("hace más de 30 años", "1970")]),
    ("Murió hace un par de meses.", [("hace un par de meses", "2000-04")]),
    ("El Primero de Mayo será una llamada a la unidad.", [("El Primero de Mayo", "2000-05-01")]),
    ("Hoy por hoy nadie sabe cuándo reabrirá el aeropuerto.", [("Hoy por hoy", "PRESENT_REF")]),
    ("El 20 de mayo firmó. El día anterior se había reunido.", [("El día anterior", "2000-05-19")]),
    ("En lo que va de año el paro bajó en la región.", [("año", "2000")]),
])
def test_spanish_timeml(text, expected):
    got = pairs(text)
    for p in expected:
        assert p in got, got


@pytest.mark.parametrize("text", [
    "Los corredores pasarán por la Avenida 17 de Junio.",  # a street named after a date
    "Hay que mirar al futuro de las pensiones con miedo.",  # "el futuro de X" is the noun, not FUTURE_REF
    "Los votantes no le perdonan su pasado ni su arrogancia.",  # "su pasado": someone's past, not a time
    "El mar estaba en calma.",  # "mar" is the sea, never "mar." (March)
    "El avión aterrizó en Santo Domingo.",  # the city, not a Sunday
    "Plácido Domingo cantó en Madrid.",  # the tenor
])
def test_spanish_traps(text):
    got = [p for p in pairs(text) if p[1]]
    assert not [p for p in got if p[0].lower() not in ("el futuro",)], got


def test_spanish_year_before_ha_is_a_year():
    """'ha' is 'has' ('En 1998 ha crecido'), not hectares."""
    assert ("1998", "1998") in pairs("En 1998 ha crecido la economía un 4 %.")


def test_spanish_hoy_between_article_and_adjective_is_nowadays():
    assert pairs("Trabajó como piloto para la hoy desaparecida aerolínea Mexicana.") == [("hoy", "PRESENT_REF")]
    # "hoy" is the day in a news report (here: a weekday named) or in a clause telling an event; a bare present
    # clause with no such cue reads as "nowadays" (see GENERIC_TODAY in viz/dates/lang/es.py)
    assert pairs("Hoy llega el presidente, que se reunirá el viernes con el rey.")[0] == ("Hoy", "2000-06-01")
    assert pairs("Hoy anunció el presidente su dimisión.") == [("Hoy", "2000-06-01")]
    assert pairs("La ciudad es hoy un centro comercial moderno.") == [("hoy", "PRESENT_REF")]
    assert ("el día de hoy", "2000-06-01") in pairs("Lo anunció el día de hoy.")


def test_spanish_decade_in_digits_and_winter_olympics():
    assert pairs("En los 80, presentó un concurso en la televisión pública.") == [("los 80", "198")]
    assert pairs("Llegaron los 80 diputados al pleno.") == []  # eighty deputies
    assert pairs("La pista de esquí se construyó para los Juegos Olímpicos de Invierno de 2010.") == [("2010", "2010")]


REF3 = dt.date(2020, 3, 12)  # a Thursday


@pytest.mark.parametrize("text, expected", [
    # "1.º" as the RAE writes the first of a month, and "1º"
    ("La reunión se celebrará el 1.º de julio en Lima.", [("el 1.º de julio", "2020-07-01")]),
    ("El Día del Trabajo se celebrará el 1º de mayo.", [("El Día del Trabajo", "2020-05-01"), ("el 1º de mayo", "2020-05-01")]),
    # "desde mañana", "a partir de mañana": from tomorrow (not "muy de mañana", early in the day)
    ("A partir de mañana los colegios permanecerán cerrados.", [("mañana", "2020-03-13")]),
    ("Desde mañana rige la nueva tarifa.", [("mañana", "2020-03-13")]),
    ("Se levantó muy de mañana para viajar.", []),
    # "próximamente" as "recientemente": a vague future
    ("Próximamente la empresa abrirá una tienda en Quito.", [("Próximamente", "FUTURE_REF")]),
    # a fiscal or school year with its number is one mention, the year ("el año" alone is not this year)
    ("El año fiscal 2020 comenzó con déficit.", [("El año fiscal 2020", "2020")]),
    ("La aerolínea registró pérdidas en el ejercicio 2019.", [("el ejercicio 2019", "2019")]),
    # a season of two years: both
    ("Ganó la liga en la temporada 1999/2000.", [("1999", "1999"), ("2000", "2000")]),
    # a capitalised month after "de" and a word of time is the month; after another word it is a name
    ("El paro subió durante el mes de Febrero.", [("el mes de Febrero", "2020-02")]),
    ("A partir de Junio subirán las tarifas.", [("Junio", "2020-06")]),
])
def test_spanish_news_grammar(text, expected):
    assert pairs(text, REF3) == expected


@pytest.mark.parametrize("text", [
    "La Ley 19/2001 de Seguridad Vial fue reformada.",  # number / year of a law
    "El Real Decreto 463/2020 declaró el estado de alarma.",
    "La Directiva 2001/29/CE regula los derechos de autor.",  # year / number of a directive
    "El equipo de Mayo ganó el torneo.",  # a surname: Spanish writes its months in lower case
    "El hijo de Julio Iglesias cantó en Miami.",
    "La Revolución de Mayo es un símbolo nacional.",
])
def test_spanish_numbers_and_names_are_no_dates(text):
    assert pairs(text, REF3) == []


def test_spanish_same_period_is_the_quarter_only_after_a_quarter():
    got = pairs("En el tercer trimestre ganó 5 millones, frente a 3 millones en el mismo periodo del año anterior.", REF3)
    assert ("el mismo periodo del año anterior", "2018-Q3") in got
    # no quarter before: not a quarter (the month's year before, as "el año anterior" reads it)
    got = pairs("En enero las ventas crecieron respecto al mismo periodo del año anterior.", REF3)
    assert not [v for _t, v in got if "Q" in v], got


@pytest.mark.parametrize("ref, text, expected", [
    (dt.date(2020, 3, 16), "Este domingo se celebraron elecciones en Francia.", ("Este domingo", "2020-03-15")),
    (REF3, "El Barcelona jugará este miércoles en Milán.", ("este miércoles", "2020-03-18")),
    (REF3, "Este sábado comienza el festival.", ("Este sábado", "2020-03-14")),  # no tense: this week's
])
def test_spanish_this_weekday_by_tense(ref, text, expected):
    assert expected in pairs(text, ref)


@pytest.mark.parametrize("text, expected", [
    # "N unidades antes" counts back from the story's last date ("atrás" and "hace" count from today)
    ("El alcalde dimitió el 20 de mayo de 2019. Un mes antes había sido acusado.", ("Un mes antes", "2019-04")),
    ("La fábrica abrió en 2010. Dos años antes la empresa había quebrado.", ("Dos años antes", "2008")),
    ("Dos años atrás la empresa había quebrado.", ("Dos años atrás", "2018")),
    ("En 2019 el PIB creció un 2%. En el mismo año la inflación bajó.", ("el mismo año", "2019")),
    ("A mediados de semana el Congreso votará la ley.", ("mediados de semana", "2020-W11")),
    ("El decenio de 1980 fue el de la deuda.", ("El decenio de 1980", "198")),
])
def test_spanish_story_dates_and_parts(text, expected):
    assert expected in pairs(text, REF3)


def test_spanish_numbered_things_are_no_years():
    assert pairs("El autobús de la línea 2020 chocó contra un muro.", REF3) == []
    assert pairs("El vuelo 1995 aterrizó en Quito.", REF3) == []
    # no story date to count back from: no value computed from today
    assert pairs("Tres días antes de las elecciones, el candidato renunció.", REF3) == []


@pytest.mark.parametrize("text, expected", [
    ("En otoño se celebrarán elecciones municipales.", [("otoño", "2020-FA")]),
    ("En verano llegaron dos millones de turistas.", [("verano", "2019-SU")]),
    ("Hasta el verano no habrá cambios en la tarifa.", [("el verano", "2020-SU")]),
    ("En verano la ciudad recibe miles de turistas.", []),  # any summer: no date
    ("Vivaldi compuso La primavera en Venecia.", []),
])
def test_spanish_bare_season_after_a_preposition(text, expected):
    assert pairs(text, REF3) == expected


@pytest.mark.parametrize("text, expected", [
    ("Croacia preside este semestre el Consejo de la UE.", ("este semestre", "2020-H1")),
    ("El próximo semestre subirán las tasas.", ("El próximo semestre", "2020-H2")),
    ("El semestre pasado las ventas cayeron.", ("El semestre pasado", "2019-H2")),
    ("En los próximos semestres habrá cambios.", ("próximos semestres", "FUTURE_REF")),
])
def test_spanish_half_year_by_direction(text, expected):
    assert expected in pairs(text, REF3)


@pytest.mark.parametrize("text, expected", [
    ("El miércoles de la semana pasada el banco subió los tipos.", [("El miércoles de la semana pasada", "2020-03-04")]),
    ("El lunes de la próxima semana se reunirá el gabinete.", [("El lunes de la próxima semana", "2020-03-16")]),
    ("Durante el fin de semana hubo protestas.", [("el fin de semana", "2020-W10-WE")]),
    ("El fin de semana se celebrarán elecciones.", [("El fin de semana", "2020-W11-WE")]),
    ("Todos los fines de semana llueve en la costa.", []),  # every weekend: no date
    ("Cada fin de semana viaja a la sierra.", []),
])
def test_spanish_weekday_of_a_named_week_and_the_weekend(text, expected):
    assert pairs(text, REF3) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tras el 11-M, el Gobierno convocó elecciones.", [("11-M", "2004-03-11")]),
    ("El 23-F fracasó el golpe de Estado.", [("23-F", "1981-02-23")]),
    ("El F-16 despegó de la base.", []),  # a jet
    ("La autovía A-7 está cortada.", []),  # a road
    ("El Valencia ganó 11-3 al Sevilla.", []),  # a score
])
def test_spanish_days_named_by_their_date(text, expected):
    assert pairs(text, REF3) == expected


@pytest.mark.parametrize("ref, text, expected", [
    # preterites in "-yeron", "-jeron" and the irregular ones tell the past as "-aron", "-ieron" do
    (REF3, "En el cuarto trimestre las ventas cayeron un 3%.", ("el cuarto trimestre", "2019-Q4")),
    (REF3, "El 20 de abril la empresa redujo su plantilla.", ("El 20 de abril", "2019-04-20")),
    (REF3, "El 20 de abril se produjeron los primeros despidos.", ("El 20 de abril", "2019-04-20")),
    (REF3, "El 20 de abril dieron a conocer el informe.", ("El 20 de abril", "2019-04-20")),
    (REF3, "El 20 de abril se conocerá el informe.", ("El 20 de abril", "2020-04-20")),
    (REF3, "Esta misma semana el juez dictará sentencia.", ("Esta misma semana", "2020-W11")),
])
def test_spanish_irregular_preterites_and_this_same_week(ref, text, expected):
    assert expected in pairs(text, ref)


@pytest.mark.parametrize("text", [
    "La entrada cuesta 1995 pesetas.",
    "El índice cerró en 1998 puntos.",
    "Se vendieron 2005 ejemplares del libro.",
    "La empresa produjo 2000 barriles diarios.",
    "Se emitieron 2010 acciones nuevas.",
    "El premio es de 2000 francos.",
])
def test_spanish_counts_of_money_and_units_are_no_years(text):
    assert pairs(text, REF3) == []


def test_spanish_year_before_a_determiner_and_a_unit_noun_stays():
    assert pairs("En 2010 las acciones subieron un 5%.", REF3) == [("2010", "2010")]


@pytest.mark.parametrize("text, expected", [
    ("En Año Nuevo se registraron 20 incendios.", [("Año Nuevo", "2020-01-01")]),
    ("El pasado Día de Reyes la policía detuvo a un ladrón.", [("El pasado Día de Reyes", "2020-01-06")]),
    ("El Día de Todos los Santos de 2019 llovió.", [("El Día de Todos los Santos de 2019", "2019-11-01")]),
    ("El Día de San Valentín se vendieron un millón de rosas.", [("El Día de San Valentín", "2020-02-14")]),
    ("Celebraron el Año Nuevo chino en Lima.", []),  # not this year, not 1 January
    ("El gol fue marcado por Reyes en el descuento.", []),  # a surname
])
def test_spanish_fixed_feasts(text, expected):
    assert pairs(text, REF3) == expected


@pytest.mark.parametrize("text, expected", [
    # "ejercicio" with a direction: a company's (fiscal) year; not a military exercise
    ("El banco ganó 500 millones en el pasado ejercicio.", [("el pasado ejercicio", "2019")]),
    ("En el próximo ejercicio la empresa invertirá 50 millones.", [("el próximo ejercicio", "2021")]),
    ("El beneficio de 2019 superó al del ejercicio anterior.", [("2019", "2019"), ("del ejercicio anterior", "2018")]),
    ("El próximo ejercicio militar será en mayo.", [("mayo", "2020-05")]),
    ("En lo que llevamos de año se han vendido 500 pisos.", [("año", "2020")]),
    # "el último X de Y" is the final X of Y, not the one before today's
    ("El último día del año llovió en Madrid.", [("del año", "2020")]),
    ("La última semana de campaña fue tensa.", []),
    ("La última semana el peso cayó un 2%.", [("La última semana", "2020-W10")]),
    ("En el último trimestre de 2018 el PIB cayó.", [("el último trimestre de 2018", "2018-Q4")]),
    ("El último semestre del año pasado fue malo.", [("El último semestre del año pasado", "2019-H2")]),
])
def test_spanish_fiscal_year_and_the_final_one(text, expected):
    assert pairs(text, REF3) == expected


@pytest.mark.parametrize("text, ref, expected", [
    # from a review of the Spanish probe round: the preterite right before "este lunes" tells its day, not the verb
    # after "que"; an aside of saying is not the clause's verb
    ("El ministro anunció este lunes que dimitirá.", dt.date(2024, 4, 17), [("este lunes", "2024-04-15")]),
    ("Este domingo, según dijo el portavoz, se votará la moción.", dt.date(2024, 4, 17),
     [("Este domingo", "2024-04-21")]),
    ("El equipo jugará este lunes.", dt.date(2024, 4, 17), [("este lunes", "2024-04-22")]),
    # units that are also common nouns block a year only right after it and not after "en", "desde"
    ("En 2016 unidades del ejército tomaron la ciudad.", dt.date(2024, 4, 17), [("2016", "2016")]),
    ("Desde 2010 nuevos marcos legales regulan el sector.", dt.date(2024, 4, 17), [("2010", "2010")]),
    ("La empresa vendió 1995 acciones.", dt.date(2024, 4, 17), []),
    # "este ejercicio" is an exercise; "el pasado ejercicio" the last fiscal year
    ("Con este ejercicio, los alumnos aprenden a sumar.", dt.date(2024, 4, 17), []),
    ("El pasado ejercicio la empresa ganó 5 millones.", dt.date(2024, 4, 17), [("El pasado ejercicio", "2023")]),
])
def test_spanish_review_of_probe_round_three(text, ref, expected):
    assert pairs(text, ref=ref) == expected
