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


@pytest.mark.parametrize("text, expected", [
    # a future verb before the date: the clause after "pero", "aunque", "tal como", "y" + a new subject is another's
    ("El partido se jugará el sábado, pero la lluvia obligó ayer a suspender el entrenamiento.",
     [("el sábado", "2000-05-13"), ("ayer", "2000-05-11")]),
    ("La federación anunció que la final se jugará el domingo, pero el Atlético recurrió la decisión.",
     [("el domingo", "2000-05-14")]),
    ("El referéndum se celebrará el domingo y los sondeos dieron ayer la victoria al sí.",
     [("el domingo", "2000-05-14"), ("ayer", "2000-05-11")]),
    ("El juez declarará el jueves, tal como pidió la defensa.", [("el jueves", "2000-05-18")]),
    ("El encuentro se disputará el miércoles, aunque los jugadores se quejaron del calendario.",
     [("el miércoles", "2000-05-17")]),
    # traps: the past verb in the date's own clause, a second date before it, a relative clause's past
    ("La policía detuvo el sábado a tres presuntos miembros de la banda.", [("el sábado", "2000-05-06")]),
    ("El lunes y el martes llegaron a Lampedusa 500 inmigrantes.",
     [("El lunes", "2000-05-08"), ("el martes", "2000-05-09")]),
    ("El lunes el presidente se reunió con los sindicatos.", [("El lunes", "2000-05-08")]),
    ("La cumbre que se celebró el lunes en Lisboa terminó sin acuerdo.", [("el lunes", "2000-05-08")]),
])
def test_future_before_wins_its_clause(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the inverted clause of saying after a comma: its own day is past
    ("El domingo se celebrará la segunda vuelta en Colombia, informó el martes la Registraduría.",
     [("El domingo", "2010-06-06"), ("el martes", "2010-06-01")]),
    ("La huelga general será el 29 de septiembre, anunciaron el lunes los sindicatos.",
     [("el 29 de septiembre", "2010-09-29"), ("el lunes", "2010-05-31")]),
    # traps: no comma (the verb's own future plan), a verb of planning, a future after the comma
    ("El Gobierno aprobará el lunes un nuevo recorte.", [("el lunes", "2010-06-07")]),
    ("La cumbre se celebrará en Toronto, y la delegación viajará el martes.", [("el martes", "2010-06-08")]),
])
def test_saying_verb_before_weekday(text, expected):
    assert pairs_thu(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday's feast of Holy Week in lower case (Easter 2000: 23 April)
    ("El sábado santo miles de fieles asistieron a la vigilia en Sevilla.", [("El sábado santo", "2000-04-22")]),
    ("La procesión del jueves santo recorrió las calles de Zamora.", [("jueves santo", "2000-04-20")]),
    ("El domingo de ramos hubo procesiones en toda Andalucía.", [("El domingo de ramos", "2000-04-16")]),
    ("El martes santo salió la cofradía del Cristo de los Gitanos.", [("El martes santo", "2000-04-18")]),
    # traps: the saint after the weekday's clause, the city, a capitalised name
    ("El sábado el santo patrón salió en procesión.", [("El sábado", "2000-05-06")]),
    ("El cantante llegó a Santo Domingo el miércoles.", [("el miércoles", "2000-05-10")]),
    # a set of days: no one date
    ("Cada lunes los jubilados se concentran ante el Ayuntamiento.", []),
    ("Los lunes el museo permanece cerrado.", []),
    ("Las Madres de Plaza de Mayo marcharon ayer como cada jueves.", [("ayer", "2000-05-11")]),
    ("La tertulia de los martes se suspendió.", []),
    # traps: one day, after "el", and "los días"
    ("El lunes los jubilados se concentraron ante el Ayuntamiento.", [("El lunes", "2000-05-08")]),
    ("Los trabajadores pararon el martes.", [("el martes", "2000-05-09")]),
])
def test_feasts_and_sets(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("José Domingo, portavoz de la compañía, negó los despidos.", []),
    ("La empresa de Luis Sábado quebró el año pasado.", [("el año pasado", "2009")]),
    ("El abogado Ignacio Martes presentó el recurso ayer.", [("ayer", "2010-06-02")]),
    # traps: the weekday after a word of time or an article, capitalised
    ("Este Domingo se celebrará la segunda vuelta.", [("Este Domingo", "2010-06-06")]),
    ("El Domingo Chile elegirá presidente.", [("El Domingo", "2010-06-06")]),
    ("Real Madrid y Barcelona juegan el Domingo en el Bernabéu.", [("el Domingo", "2010-06-06")]),
])
def test_weekday_as_surname(text, expected):
    assert pairs_thu(text) == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("Citigroup anunció pérdidas por cuarto trimestre consecutivo.", dt.date(2008, 10, 15), []),
    ("El PIB cayó por segundo semestre consecutivo.", dt.date(2008, 10, 15), []),
    # traps: the quarter named, and a count after it
    ("El banco registró pérdidas en el tercer trimestre.", dt.date(2008, 10, 15), [("el tercer trimestre", "2008-Q3")]),
    ("La economía se contrajo en el tercer trimestre, el segundo consecutivo.", dt.date(2008, 10, 15),
     [("el tercer trimestre", "2008-Q3")]),
    # a scheduled end in the present
    ("El viernes termina la campaña electoral.", MON, [("El viernes", "2000-03-10")]),
    ("La huelga de médicos termina el jueves.", MON, [("el jueves", "2000-03-09")]),
    # trap: "termina de" (has just), a past end
    ("El club termina de pagar el estadio.", MON, []),
    ("La campaña terminó el viernes.", MON, [("el viernes", "2000-03-03")]),
    # "hoy" near an irregular preterite's compound, and in an agency's text, is the day
    ("El ciclista mantuvo hoy el maillot amarillo.", dt.date(2000, 7, 17), [("hoy", "2000-07-17")]),
    ("Madrid, 17 jul (EFE).- Los mercados abren hoy con caídas.", dt.date(2000, 7, 17),
     [("17 jul", "2000-07-17"), ("hoy", "2000-07-17")]),
    # traps: the present of a state after a relative clause's past, no agency
    ("El dirigente que obtuvo el poder en 1990 hoy es un anciano.", dt.date(2000, 7, 17),
     [("1990", "1990"), ("hoy", "PRESENT_REF")]),
    ("La tecnología hoy es omnipresente.", dt.date(2000, 7, 17), [("hoy", "PRESENT_REF")]),
])
def test_counts_plans_and_today(text, ref, expected):
    assert pairs_for("es", ref)(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day after "para" and its article: a term to come, even after a past verb
    ("El Gobierno peruano convocó elecciones para el 8 de abril.", [("el 8 de abril", "2001-04-08")]),
    ("El juez citó a los acusados para el día 12 de enero.", [("el día 12 de enero", "2001-01-12")]),
    # traps: a term barely past, a past verb after the date, no "para"
    ("Los sindicatos convocaron una huelga para el 20 de noviembre.", [("el 20 de noviembre", "2000-11-20")]),
    ("Las entradas para el 8 de abril se agotaron en marzo.", [("el 8 de abril", "2000-04-08"), ("marzo", "2000-03")]),
    ("Los hechos ocurrieron el 8 de abril en Lima.", [("el 8 de abril", "2000-04-08")]),
])
def test_term_after_para(text, expected):
    assert pairs_for("es", dt.date(2000, 11, 23))(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a done act's participle, or a preterite of saying after a comma, before a day with its article: the past one,
    # whatever the main clause's tense
    ("La ley, aprobada el 3 de febrero, entrará en vigor en julio.",
     [("el 3 de febrero", "2000-02-03"), ("julio", "2000-07")]),
    ("El Gobierno aplicará la ley aprobada el 3 de febrero.", [("el 3 de febrero", "2000-02-03")]),
    ("Según el informe publicado el 3 de febrero, la economía crecerá.", [("el 3 de febrero", "2000-02-03")]),
    ("La reforma entrará en vigor en julio, anunciaron el 3 de febrero los sindicatos.",
     [("julio", "2000-07"), ("el 3 de febrero", "2000-02-03")]),
    # traps: a plan moved to the date, a participle of planning
    ("La ley, aplazada al 3 de febrero, entrará en vigor.", [("al 3 de febrero", "2001-02-03")]),
    ("La cumbre, prevista para el 3 de febrero, reunirá a los quince.", [("el 3 de febrero", "2001-02-03")]),
])
def test_done_participle_before_a_day(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted date, an apposition that names the day, then the main clause that tells its tense
    ("El 12 de octubre, Día de la Hispanidad, el Rey presidirá el desfile.",
     [("El 12 de octubre", "2000-10-12"), ("Día de la Hispanidad", "2000-10-12")]),
    ("El sábado, jornada de reflexión, no se podrán publicar sondeos.", [("El sábado", "2000-05-13")]),
    # traps: the main clause in the past
    ("El sábado, fiesta en Madrid, cerraron los comercios.", [("El sábado", "2000-05-06")]),
    ("El 12 de octubre, Día de la Hispanidad, el Rey presidió el desfile.",
     [("El 12 de octubre", "1999-10-12"), ("Día de la Hispanidad", "1999-10-12")]),
])
def test_apposition_naming_the_day(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the figures of one of the last three months, however their release is told
    ("El dato de octubre se conocerá el 5 de diciembre.", [("octubre", "2000-10"), ("el 5 de diciembre", "2000-12-05")]),
    ("Los datos correspondientes a octubre se conocerán el lunes.", [("octubre", "2000-10"), ("el lunes", "2000-11-27")]),
    ("Los datos del paro de septiembre se publicarán mañana.", [("septiembre", "2000-09"), ("mañana", "2000-11-24")]),
    # traps: a month to come, a month long past, no noun of figures
    ("Las cifras de diciembre serán buenas.", [("diciembre", "2000-12")]),
    ("El paro de mayo bajará.", [("mayo", "2001-05")]),
    ("El Gobierno aprobará en octubre los presupuestos.", [("octubre", "2001-10")]),
])
def test_figures_of_a_past_month(text, expected):
    assert pairs_for("es", dt.date(2000, 11, 23))(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case weekday before "Santo" and a capitalised word: a place or a saint, not Holy Week
    ("El lunes Santo Domingo amaneció sin electricidad.", [("El lunes", "2000-05-08")]),
    ("El miércoles Santo Tomé y Príncipe firmó el acuerdo.", [("El miércoles", "2000-05-10")]),
    ("El martes Santo Domingo recibió al presidente haitiano.", [("El martes", "2000-05-09")]),
    # traps: the feast, in lower case, capitalised, or with a capitalised subject after the capitalised feast
    ("El martes santo la cofradía salió a la calle.", [("El martes santo", "2000-04-18")]),
    ("El miércoles Santo salieron las cofradías.", [("El miércoles Santo", "2000-04-19")]),
    ("El Jueves Santo Juan Pablo II lavó los pies a doce sacerdotes.", [("El Jueves Santo", "2000-04-20")]),
    # (only a short list of names after "Santo" is a place or a person: another capitalised word is the feast's subject)
    ("El jueves Santo Toribio abrió la puerta del perdón.", [("El jueves", "2000-05-11")]),
    ("El viernes Santo Sevilla vivió la Madrugá con miles de fieles.", [("El viernes Santo", "2000-04-21")]),
    ("El jueves Santo Madrid se quedó vacío por el puente.", [("El jueves Santo", "2000-04-20")]),
    ("El viernes Santo Cristo de la Buena Muerte salió a las cinco.", [("El viernes Santo", "2000-04-21")]),
    ("El lunes Santo Málaga recibió a la Legión.", [("El lunes Santo", "2000-04-17")]),
])
def test_weekday_before_a_place_named_santo(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym in brackets that is also an agency's: a firm's or a party's, no news cue ("hoy": nowadays)
    ("Las Administradoras de Fondos de Pensiones (AFP) gestionan hoy 35.000 millones de dólares.",
     [("hoy", "PRESENT_REF")]),
    ("El partido Acción Popular (AP) es hoy una fuerza menor en Perú.", [("hoy", "PRESENT_REF")]),
    # traps: the agency in a dateline, with its date or its dash
    ("Bogotá, 12 may (AFP).- El Gobierno colombiano es hoy más optimista.",
     [("12 may", "2000-05-12"), ("hoy", "2000-05-12")]),
    ("(EFE).- La Bolsa de Madrid es hoy la más rentable de Europa.", [("hoy", "2000-05-12")]),
    ("Lima (AP) - El Congreso es hoy un campo de batalla.", [("hoy", "2000-05-12")]),
    # a name and its acronym at the text's start are no dateline (no dash or period after the bracket)
    ("Acción Popular (AP) es hoy una fuerza menor en Perú.", [("hoy", "PRESENT_REF")]),
    ("La Alianza Popular (AP) fue la antecesora del PP, que hoy gobierna.", [("hoy", "PRESENT_REF")]),
    ("Caracas (AFP). El Gobierno es hoy más prudente.", [("hoy", "2000-05-12")]),
])
def test_agency_only_in_a_dateline(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an irregular compound preterite in another clause: "hoy" of a present state is nowadays
    ("El equipo obtuvo el ascenso en 1998 y hoy es líder.", [("1998", "1998"), ("hoy", "PRESENT_REF")]),
    ("La empresa mantuvo la plantilla y hoy tiene 300 empleados.", [("hoy", "PRESENT_REF")]),
    # traps: the compound right next to "hoy", before or after it
    ("El Barcelona mantuvo hoy el liderato.", [("hoy", "2000-05-12")]),
    ("El Gobierno impuso hoy nuevas tasas a la importación.", [("hoy", "2000-05-12")]),
    ("Hoy obtuvo el equipo su primera victoria.", [("Hoy", "2000-05-12")]),
    # ... or in the same clause, with words between
    ("El ciclista mantuvo el maillot amarillo hoy en la etapa reina.", [("hoy", "2000-05-12")]),
    ("La selección obtuvo su pase al Mundial hoy en Lima.", [("hoy", "2000-05-12")]),
    # (traps: another clause, after "pero" or a comma)
    ("El club obtuvo el título en 1990, pero hoy es un equipo modesto.", [("1990", "1990"), ("hoy", "PRESENT_REF")]),
    ("El partido obtuvo la mayoría en 1996 y el país hoy es otro.", [("1996", "1996"), ("hoy", "PRESENT_REF")]),
])
def test_compound_preterite_next_to_today(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb or "antes de" between the noun of figures and the month: a term, not the month's figures
    ("La inflación repuntará antes de abril.", [("abril", "2001-04")]),
    ("El desempleo caerá antes de marzo, según el Gobierno.", [("marzo", "2001-03")]),
    ("Las importaciones crecerán a partir de abril.", [("abril", "2001-04")]),
    # traps: the month's figures, with a word between and a release to come
    ("El paro de abril se conocerá el martes.", [("abril", "2000-04"), ("el martes", "2000-05-16")]),
    ("Los datos del paro de marzo se publicarán mañana.", [("marzo", "2000-03"), ("mañana", "2000-05-13")]),
    # (a noun in "-ía" between them is no verb: a region's, a sector's figures)
    ("El IPC de Andalucía de abril se publicará el martes.", [("abril", "2000-04"), ("el martes", "2000-05-16")]),
    ("La producción de energía de marzo se conocerá el lunes.", [("marzo", "2000-03"), ("el lunes", "2000-05-15")]),
    ("Las exportaciones de Turquía de abril se conocerán mañana.", [("abril", "2000-04"), ("mañana", "2000-05-13")]),
    ("El IPC de la región de abril se publicará el martes.", [("abril", "2000-04"), ("el martes", "2000-05-16")]),
])
def test_figures_not_across_a_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the agency's credit closing the text, after a word in lower case: a news report
    ("El Ibex cierra hoy con una subida del 2 por ciento (EFE).", [("hoy", "2000-05-12")]),
    ("El dólar baja hoy frente al euro (Reuters).", [("hoy", "2000-05-12")]),
    # ... after whatever comes before it: a figure's sign, a place, a closing quote, the final period
    ("La Bolsa de Madrid sube hoy un 1,2 % (EFE).", [("hoy", "2000-05-12")]),
    ("El euro cae hoy frente al dólar en Fráncfort (Reuters).", [("hoy", "2000-05-12")]),
    ("El Real Madrid juega hoy contra el Barcelona. (EFE)", [("hoy", "2000-05-12")]),
    ("La Bolsa de Madrid abre hoy en \"terreno positivo\" (EFE).", [("hoy", "2000-05-12")]),
    ("La Comisión Europea examina hoy el plan español en Bruselas (EFE).", [("hoy", "2000-05-12")]),
    ("Los ministros debaten hoy la propuesta de la Comisión Europea (EFE).", [("hoy", "2000-05-12")]),
    ("El Gobierno chino es hoy más prudente en Pekín (AFP).", [("hoy", "2000-05-12")]),
    # traps: a name's acronym closing the text, an agency's name in a sentence that goes on
    ("El sistema chileno depende hoy de las Administradoras de Fondos de Pensiones (AFP).", [("hoy", "PRESENT_REF")]),
    ("La agencia española (EFE) es hoy la cuarta del mundo.", [("hoy", "PRESENT_REF")]),
    ("En Perú la fuerza menor es hoy Acción Popular (AP).", [("hoy", "PRESENT_REF")]),
])
def test_agency_credit_at_the_end(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plan told in the imperfect or the pluperfect, "para el" and a day: the plan as it stood, its day maybe past
    ("Los comicios estaban programados para el 16 de abril, pero el tribunal los suspendió.",
     [("el 16 de abril", "2000-04-16")]),
    ("La visita del Papa estaba prevista para el 2 de abril, aunque se retrasó.", [("el 2 de abril", "2000-04-02")]),
    ("La oposición había convocado una marcha para el 20 de abril, pero la policía la prohibió.",
     [("el 20 de abril", "2000-04-20")]),
    # traps: the same plan, its day ahead; a preterite of calling, a future before "pero"
    ("La cumbre estaba prevista para el 20 de junio.", [("el 20 de junio", "2000-06-20")]),
    ("El presidente convocó elecciones para el 8 de octubre.", [("el 8 de octubre", "2000-10-08")]),
    ("La final se jugará el 3 de junio, pero la federación suspendió ayer la venta de entradas.",
     [("el 3 de junio", "2000-06-03"), ("ayer", "2000-05-11")]),
    # (only when the plan is undone after "pero", "aunque", "finalmente" by a past verb of cancelling or postponing)
    ("Las elecciones estaban previstas para el 9 de abril, pero fueron aplazadas.", [("el 9 de abril", "2000-04-09")]),
    ("El concierto estaba programado para el 28 de abril, pero finalmente se canceló.",
     [("el 28 de abril", "2000-04-28")]),
    # (traps: the plan alone, or moved in the perfect: its day ahead)
    ("La reunión estaba prevista para el 15 de septiembre.", [("el 15 de septiembre", "2000-09-15")]),
    ("La inauguración estaba prevista para el 30 de octubre, pero se ha retrasado por las lluvias.",
     [("el 30 de octubre", "2000-10-30")]),
    ("La votación estaba prevista para el 14 de abril, aunque el Gobierno quiere otra fecha.",
     [("el 14 de abril", "2001-04-14")]),
])
def test_plan_told_in_the_imperfect(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted date, an apposition that names the day, a main clause in the past: the past one, though near ahead
    ("El 15 de mayo, festividad de San Isidro, los madrileños acudieron a la pradera.",
     [("El 15 de mayo", "1999-05-15")]),
    ("El 25 de julio, fiesta de Santiago, el Rey visitó Compostela.", [("El 25 de julio", "1999-07-25")]),
    # traps: the main clause in the future, and no aside
    ("El 24 de junio, festividad de San Juan, los comercios abrirán.", [("El 24 de junio", "2000-06-24")]),
    ("El 25 de julio el Rey visitará Compostela.", [("El 25 de julio", "2000-07-25")]),
])
def test_past_main_clause_after_an_aside(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare "víspera" in an apposition after a date names that same day: no day before it
    ("El viernes, víspera de la final, los jugadores descansarán.", [("El viernes", "2000-05-12")]),
    ("El lunes, víspera de la cumbre, llegaron los ministros.", [("El lunes", "2000-05-08")]),
    # traps: "la víspera" of the story's last date, and the feast's eve
    ("El presidente llegó el domingo. La víspera, los ministros se reunieron.",
     [("el domingo", "2000-05-07"), ("La víspera", "2000-05-06")]),
    ("El 24 de diciembre, víspera de Navidad, cerraron las tiendas.",
     [("El 24 de diciembre", "1999-12-24"), ("víspera de Navidad", "1999-12-24")]),
])
def test_eve_in_apposition(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, ref, expected", [
    # a day set by a call ("convocar"): the nearest such day, the past one when nearer
    ("El Gobierno convocó los comicios para el 9 de abril.", FRI, [("el 9 de abril", "2000-04-09")]),
    ("La CUT convocó un paro nacional para el 20 de abril.", FRI, [("el 20 de abril", "2000-04-20")]),
    ("El Gobierno peruano convocó elecciones para el 8 de abril.", dt.date(2000, 11, 23),
     [("el 8 de abril", "2001-04-08")]),
    ("El presidente convocó elecciones para el 8 de octubre.", FRI, [("el 8 de octubre", "2000-10-08")]),
    # traps: a day set by another act (a trial's, a postponement's: the coming one), no call
    ("La Junta fijó la vista oral para el 3 de abril.", FRI, [("el 3 de abril", "2001-04-03")]),
    ("El Gobierno aplazó la votación para el día 20 de febrero.", FRI, [("el día 20 de febrero", "2001-02-20")]),
    # (nor a call told in the perfect, or dated in its sentence: news of a day to come)
    ("El partido ha convocado su congreso para el 20 de enero.", FRI, [("el 20 de enero", "2001-01-20")]),
    ("El Gobierno convocó ayer elecciones generales para el 26 de noviembre.", FRI,
     [("ayer", "2000-05-11"), ("el 26 de noviembre", "2000-11-26")]),
    ("Los sindicatos convocaron el lunes una huelga general para el 20 de enero.", FRI,
     [("el lunes", "2000-05-08"), ("el 20 de enero", "2001-01-20")]),
])
def test_day_set_by_a_call(text, ref, expected):
    assert pairs_for("es", ref)(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a work told finished by a day in the imperfect or the pluperfect: a deadline met, past
    ("Las obras estaban terminadas para el 1 de marzo.", [("el 1 de marzo", "2000-03-01")]),
    ("Los informes habían sido completados para el 3 de abril.", [("el 3 de abril", "2000-04-03")]),
    # traps: the same work told in the future or as a duty is the coming day; a plan alone keeps its day ahead
    ("Las obras estarán terminadas para el 1 de marzo.", [("el 1 de marzo", "2001-03-01")]),
    ("La reunión estaba prevista para el 15 de septiembre.", [("el 15 de septiembre", "2000-09-15")]),
])
def test_work_finished_by_a_day(text, expected):
    assert pairs(text) == expected
