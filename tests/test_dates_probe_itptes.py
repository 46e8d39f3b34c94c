"""Everyday news grammar of dates in Italian, Portuguese and Spanish: one sentence per construction (a full date,
a weekday in a past or a future clause, "N days ago", "early 2020", decades, centuries, holidays, references...),
and traps that are no date (a month in a name, a price, a count, a duration)."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday


def pairs(text, lang, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=ref)]


ITALIAN = [
    ('Il trattato è stato firmato il 5 marzo 2021 a Bruxelles.', [('il 5 marzo 2021', '2021-03-05')]),  # full date
    ('Le elezioni si sono svolte nel marzo 2021.', [('marzo 2021', '2021-03')]),  # month year
    ('Le elezioni si sono svolte a marzo del 2021.', [('marzo del 2021', '2021-03')]),  # month year2
    ("Nel 2019 l'azienda ha aperto una nuova sede.", [('2019', '2019')]),  # in year
    ('Dal 2015 il museo è chiuso per restauri.', [('2015', '2015')]),  # since year
    ('Lunedì il premier ha incontrato i sindacati.', [('Lunedì', '2024-04-08')]),  # weekday past
    ('Venerdì il parlamento voterà la riforma.', [('Venerdì', '2024-04-12')]),  # weekday future
    ('Ieri il governo ha approvato il decreto.', [('Ieri', '2024-04-09')]),  # yesterday
    ('Oggi il presidente ha firmato la legge.', [('Oggi', '2024-04-10')]),  # today
    ('Domani si terrà il vertice europeo.', [('Domani', '2024-04-11')]),  # tomorrow
    ("L'altro ieri la polizia ha arrestato due persone.", [("L'altro ieri", '2024-04-08')]),  # day before yesterday
    ('La settimana scorsa i prezzi sono scesi.', [('La settimana scorsa', '2024-W14')]),  # last week
    ('Questo mese le vendite sono aumentate.', [('Questo mese', '2024-04')]),  # this month
    ("L'anno prossimo la tassa sarà abolita.", [("L'anno prossimo", '2025')]),  # next year
    ('Il prossimo anno la tassa sarà abolita.', [('Il prossimo anno', '2025')]),  # next year2
    ('Tre giorni fa un incendio ha distrutto il magazzino.', [('Tre giorni fa', '2024-04-07')]),  # days ago
    ('Tra due settimane si voterà per il nuovo sindaco.', [('Tra due settimane', '2024-W17')]),  # in weeks
    ("All'inizio del 2020 l'epidemia si è diffusa in Europa.", [("All'inizio del 2020", '2020')]),  # early year
    ('A metà 2020 il governo ha cambiato strategia.', [('metà 2020', '2020')]),  # mid year
    ('Alla fine del 2020 è arrivato il vaccino.', [('Alla fine del 2020', '2020')]),  # late year
    ("All'inizio dell'anno scorso l'inflazione era alta.", [("All'inizio dell'anno scorso", '2023')]),  # begin last year
    ("Alla fine dell'anno scorso la banca ha chiuso.", [("Alla fine dell'anno scorso", '2023')]),  # end last year
    ("All'inizio di questo mese il ministro si è dimesso.", [("All'inizio di questo mese", '2024-04')]),  # earlier this month
    ("Il nuovo modello sarà presentato entro la fine dell'anno.", [("fine dell'anno", '2024')]),  # later this year
    ("Il nuovo modello sarà presentato nel corso di quest'anno.", [("quest'anno", '2024')]),  # later this year2
    ('Negli anni novanta la città è cresciuta molto.', [('anni novanta', '199')]),  # decade words
    ("Negli anni '90 la lira era debole.", [("anni '90", '199')]),  # decade digits
    ('Il palazzo fu costruito nel diciannovesimo secolo.', [('diciannovesimo secolo', '18')]),  # century words
    ('Il palazzo fu costruito nel XIX secolo.', [('XIX secolo', '18')]),  # century roman
    ("Il palazzo fu costruito nell'Ottocento.", [("nell'Ottocento", '18')]),  # century ottocento
    ('Nel primo trimestre del 2020 il PIL è calato del 5%.', [('primo trimestre del 2020', '2020-Q1')]),  # quarter
    ('Nel primo semestre del 2019 gli utili sono cresciuti.', [('primo semestre del 2019', '2019-H1')]),  # half
    ("L'estate scorsa il caldo ha causato molti incendi.", [("L'estate scorsa", '2023-SU')]),  # last summer
    ("Nell'inverno 2019 la neve ha bloccato le strade.", [("Nell'inverno 2019", '2019-WI')]),  # winter year
    ("Nell'inverno del 2019 la neve ha bloccato le strade.", [("Nell'inverno del 2019", '2019-WI')]),  # winter year2
    ('Dal 2010 al 2015 è stato sindaco di Torino.', [('2010', '2010'), ('2015', '2015')]),  # range years
    ('Tra marzo e maggio 2020 i contagi sono aumentati.', [('marzo', '2020-03'), ('maggio 2020', '2020-05')]),  # range months
    ('Tra marzo e maggio del 2020 i contagi sono aumentati.', [('marzo', '2020-03'), ('maggio del 2020', '2020-05')]),  # range months2
    ('Il decreto è stato firmato il 5 marzo 2021. Il giorno dopo sono iniziate le proteste.', [('il 5 marzo 2021', '2021-03-05'), ('Il giorno dopo', '2021-03-06')]),  # following day
    ('Recentemente il comune ha rinnovato la piazza.', [('Recentemente', 'PAST_REF')]),  # recently
    ('Attualmente la disoccupazione è al 7%.', [('Attualmente', 'PRESENT_REF')]),  # now
    ("Nei prossimi mesi i prezzi dell'energia aumenteranno.", [('prossimi mesi', 'FUTURE_REF')]),  # coming months
    ('Negli ultimi anni il turismo è cresciuto.', [('ultimi anni', 'PAST_REF')]),  # recent years
    ('Un decennio fa la città era molto più povera.', [('Un decennio fa', '201')]),  # decade ago
    ('Lo scorso Natale i negozi sono rimasti aperti.', [('Lo scorso Natale', '2023-12-25')]),  # christmas
    ('A Natale i negozi sono rimasti aperti.', [('Natale', '2023-12-25')]),  # christmas2
    ('Lunedì 8 aprile il ministro ha parlato alla Camera.', [('Lunedì 8 aprile', '2024-04-08')]),  # weekday date
    ('Lunedì, 8 aprile, il ministro ha parlato alla Camera.', [('Lunedì', '2024-04-08')]),  # weekday date2
    ('Marzo è stato il mese più caldo degli ultimi anni.', [('Marzo', '2024-03'), ('ultimi anni', 'PAST_REF')]),  # capitalized month at start
    ('Entro fine anno il ponte sarà pronto.', [('fine anno', '2024')]),  # end of year no article
]
ITALIAN_TRAPS = [
    'Il giornalista Pino Aprile ha presentato il suo nuovo libro.',  # name
    'Il Maggio Musicale Fiorentino ha presentato il suo programma.',  # festival
    'Il corteo è partito da via XX Settembre.',  # street
    'Il biglietto costa 2000 euro.',  # price
    'Alla marcia hanno partecipato 1500 persone.',  # count
    'Il cantiere è durato due anni.',  # duration
    'Ha lavorato per tre mesi in Germania.',  # duration2
    'Babbo Natale porta i regali ai bambini.',  # santa claus
    "L'albero di Natale è stato acceso in piazza.",  # christmas tree
    'Ottocento persone hanno partecipato alla marcia.',  # number 800
    "La Cinquecento è un'auto famosa.",  # car
]

PORTUGUESE = [
    ('O acordo foi assinado em 5 de março de 2021 em Lisboa.', [('5 de março de 2021', '2021-03-05')]),  # full date
    ('As eleições realizaram-se em março de 2021.', [('março de 2021', '2021-03')]),  # month year
    ('Em 2019 a empresa abriu uma nova fábrica.', [('2019', '2019')]),  # in year
    ('Desde 2015 o museu está fechado.', [('2015', '2015')]),  # since year
    ('Na segunda-feira o primeiro-ministro reuniu-se com os sindicatos.', [('Na segunda-feira', '2024-04-08')]),  # weekday past
    ('Na sexta-feira o parlamento vai votar a reforma.', [('Na sexta-feira', '2024-04-12')]),  # weekday future
    ('Ontem o governo aprovou o decreto.', [('Ontem', '2024-04-09')]),  # yesterday
    ('Hoje o presidente assinou a lei.', [('Hoje', '2024-04-10')]),  # today
    ('Amanhã será realizada a cimeira europeia.', [('Amanhã', '2024-04-11')]),  # tomorrow
    ('Anteontem a polícia prendeu dois suspeitos.', [('Anteontem', '2024-04-08')]),  # day before yesterday
    ('Na semana passada os preços caíram.', [('Na semana passada', '2024-W14')]),  # last week
    ('Este mês as vendas aumentaram.', [('Este mês', '2024-04')]),  # this month
    ('No próximo ano o imposto será abolido.', [('No próximo ano', '2025')]),  # next year
    ('Há três dias um incêndio destruiu o armazém.', [('Há três dias', '2024-04-07')]),  # days ago
    ('Daqui a duas semanas os eleitores vão escolher o novo presidente da câmara.', [('Daqui a duas semanas', '2024-W17')]),  # in weeks
    ('No início de 2020 a epidemia espalhou-se pela Europa.', [('No início de 2020', '2020')]),  # early year
    ('Em meados de 2020 o governo mudou de estratégia.', [('meados de 2020', '2020')]),  # mid year
    ('No final de 2020 chegou a vacina.', [('No final de 2020', '2020')]),  # late year
    ('No início do ano passado a inflação era alta.', [('No início do ano passado', '2023')]),  # begin last year
    ('No fim do ano passado o banco fechou.', [('No fim do ano passado', '2023')]),  # end last year
    ('No início deste mês o ministro demitiu-se.', [('deste mês', '2024-04')]),  # earlier this month
    ('O novo modelo será apresentado ainda este ano.', [('este ano', '2024')]),  # later this year
    ('Nos anos noventa a cidade cresceu muito.', [('anos noventa', '199')]),  # decade words
    ('Nos anos 90 a inflação era altíssima.', [('anos 90', '199')]),  # decade digits
    ('O palácio foi construído no século dezanove.', [('século dezanove', '18')]),  # century words
    ('O palácio foi construído no século dezenove.', [('século dezenove', '18')]),  # century words br
    ('O palácio foi construído no século XIX.', [('século XIX', '18')]),  # century roman
    ('No primeiro trimestre de 2020 o PIB caiu 5%.', [('primeiro trimestre de 2020', '2020-Q1')]),  # quarter
    ('No primeiro semestre de 2019 os lucros cresceram.', [('primeiro semestre de 2019', '2019-H1')]),  # half
    ('No verão passado o calor provocou muitos incêndios.', [('No verão passado', '2023-SU')]),  # last summer
    ('No inverno de 2019 a neve bloqueou as estradas.', [('No inverno de 2019', '2019-WI')]),  # winter year
    ('De 2010 a 2015 foi presidente da câmara do Porto.', [('2010', '2010'), ('2015', '2015')]),  # range years
    ('Entre março e maio de 2020 os casos aumentaram.', [('março', '2020-03'), ('maio de 2020', '2020-05')]),  # range months
    ('O decreto foi assinado em 5 de março de 2021. No dia seguinte começaram os protestos.', [('5 de março de 2021', '2021-03-05'), ('No dia seguinte', '2021-03-06')]),  # following day
    ('Recentemente a câmara renovou a praça.', [('Recentemente', 'PAST_REF')]),  # recently
    ('Atualmente o desemprego está em 7%.', [('Atualmente', 'PRESENT_REF')]),  # now
    ('Nos próximos meses os preços da energia vão subir.', [('próximos meses', 'FUTURE_REF')]),  # coming months
    ('Nos últimos anos o turismo cresceu.', [('últimos anos', 'PAST_REF')]),  # recent years
    ('Há uma década a cidade era muito mais pobre.', [('Há uma década', '201')]),  # decade ago
    ('No Natal passado as lojas ficaram abertas.', [('No Natal passado', '2023-12-25')]),  # christmas
    ('No Natal as lojas ficaram abertas.', [('No Natal', '2023-12-25')]),  # christmas2
    ('Na segunda-feira, 8 de abril, o ministro falou no parlamento.', [('Na segunda-feira', '2024-04-08')]),  # weekday date
    ('Em Abril, o governo aprovou a lei.', [('Abril', '2024-04')]),  # capitalized month pt
    ('Na véspera de Natal a cidade parou.', [('Na véspera de Natal', '2023-12-24')]),  # christmas eve
]
PORTUGUESE_TRAPS = [
    'A revista foi publicada pela Editora Abril.',  # publisher
    'O trânsito na Ponte 25 de Abril esteve cortado.',  # bridge
    'O bilhete custa 2000 euros.',  # price
    'Cerca de 1500 pessoas participaram na marcha.',  # count
    'A obra durou dois anos.',  # duration
    'Trabalhou durante três meses na Alemanha.',  # duration2
    'O jogo será disputado em Natal.',  # city
    'A Rua 1º de Maio foi fechada ao trânsito.',  # street
]

SPANISH = [
    ('El tratado fue firmado el 5 de marzo de 2021 en Bruselas.', [('el 5 de marzo de 2021', '2021-03-05')]),  # full date
    ('Las elecciones se celebraron en marzo de 2021.', [('marzo de 2021', '2021-03')]),  # month year
    ('En 2019 la empresa abrió una nueva fábrica.', [('2019', '2019')]),  # in year
    ('Desde 2015 el museo está cerrado.', [('2015', '2015')]),  # since year
    ('El lunes el presidente se reunió con los sindicatos.', [('El lunes', '2024-04-08')]),  # weekday past
    ('El viernes el Congreso votará la reforma.', [('El viernes', '2024-04-12')]),  # weekday future
    ('Ayer el Gobierno aprobó el decreto.', [('Ayer', '2024-04-09')]),  # yesterday
    ('Hoy el presidente firmó la ley.', [('Hoy', '2024-04-10')]),  # today
    ('Mañana se celebrará la cumbre europea.', [('Mañana', '2024-04-11')]),  # tomorrow
    ('Anteayer la policía detuvo a dos sospechosos.', [('Anteayer', '2024-04-08')]),  # day before yesterday
    ('La semana pasada los precios bajaron.', [('La semana pasada', '2024-W14')]),  # last week
    ('Este mes las ventas han aumentado.', [('Este mes', '2024-04')]),  # this month
    ('El próximo año el impuesto será abolido.', [('El próximo año', '2025')]),  # next year
    ('Hace tres días un incendio destruyó el almacén.', [('Hace tres días', '2024-04-07')]),  # days ago
    ('Dentro de dos semanas los ciudadanos elegirán al nuevo alcalde.', [('Dentro de dos semanas', '2024-W17')]),  # in weeks
    ('A principios de 2020 la epidemia se extendió por Europa.', [('principios de 2020', '2020')]),  # early year
    ('A mediados de 2020 el Gobierno cambió de estrategia.', [('mediados de 2020', '2020')]),  # mid year
    ('A finales de 2020 llegó la vacuna.', [('finales de 2020', '2020')]),  # late year
    ('A principios del año pasado la inflación era alta.', [('principios del año pasado', '2023')]),  # begin last year
    ('A finales del año pasado el banco cerró.', [('finales del año pasado', '2023')]),  # end last year
    ('A principios de este mes el ministro dimitió.', [('principios de este mes', '2024-04')]),  # earlier this month
    ('El nuevo modelo se presentará a lo largo de este año.', [('este año', '2024')]),  # later this year
    ('En los años noventa la ciudad creció mucho.', [('los años noventa', '199')]),  # decade words
    ('En los años 90 la inflación era muy alta.', [('los años 90', '199')]),  # decade digits
    ('El palacio fue construido en el siglo diecinueve.', [('el siglo diecinueve', '18')]),  # century words
    ('El palacio fue construido en el siglo XIX.', [('el siglo XIX', '18')]),  # century roman
    ('En el primer trimestre de 2020 el PIB cayó un 5%.', [('el primer trimestre de 2020', '2020-Q1')]),  # quarter
    ('En el primer semestre de 2019 los beneficios crecieron.', [('el primer semestre de 2019', '2019-H1')]),  # half
    ('El verano pasado el calor provocó muchos incendios.', [('El verano pasado', '2023-SU')]),  # last summer
    ('En el invierno de 2019 la nieve bloqueó las carreteras.', [('el invierno de 2019', '2019-WI')]),  # winter year
    ('De 2010 a 2015 fue alcalde de Sevilla.', [('2010', '2010'), ('2015', '2015')]),  # range years
    ('Entre marzo y mayo de 2020 los contagios aumentaron.', [('marzo', '2020-03'), ('mayo de 2020', '2020-05')]),  # range months
    ('El decreto se firmó el 5 de marzo de 2021. Al día siguiente comenzaron las protestas.', [('el 5 de marzo de 2021', '2021-03-05'), ('Al día siguiente', '2021-03-06')]),  # following day
    ('En 2019 la empresa se trasladó a Madrid. Ese año contrató a cincuenta personas.', [('2019', '2019'), ('Ese año', '2019')]),  # that year
    ('Recientemente el ayuntamiento renovó la plaza.', [('Recientemente', 'PAST_REF')]),  # recently
    ('Actualmente el desempleo se sitúa en el 7%.', [('Actualmente', 'PRESENT_REF')]),  # now
    ('En los próximos meses los precios de la energía subirán.', [('próximos meses', 'FUTURE_REF')]),  # coming months
    ('En los últimos años el turismo ha crecido.', [('últimos años', 'PAST_REF')]),  # recent years
    ('Hace una década la ciudad era mucho más pobre.', [('Hace una década', '201')]),  # decade ago
    ('La pasada Navidad las tiendas abrieron todos los días.', [('La pasada Navidad', '2023-12-25')]),  # christmas
    ('En Navidad las tiendas abrieron todos los días.', [('Navidad', '2023-12-25')]),  # christmas2
    ('El lunes 8 de abril el ministro habló en el Congreso.', [('El lunes 8 de abril', '2024-04-08')]),  # weekday date
    ('El lunes, 8 de abril, el ministro habló en el Congreso.', [('El lunes, 8 de abril', '2024-04-08')]),  # weekday date2
    ('La Navidad de 2019 fue triste.', [('La Navidad de 2019', '2019-12-25')]),  # christmas year
    ('El siglo veinte fue violento.', [('El siglo veinte', '19')]),  # century twenty
    ('El lunes el ministro será recibido por el rey.', [('El lunes', '2024-04-15')]),  # weekday future passive
]
SPANISH_TRAPS = [
    'Miles de personas se concentraron en la Plaza de Mayo.',  # plaza
    'Fue operado en la Clínica Mayo de Rochester.',  # clinic
    'El billete cuesta 2000 euros.',  # price
    'Unas 1500 personas participaron en la marcha.',  # count
    'Trabajó durante dos años en la obra.',  # duration
    'La obra duró tres meses.',  # duration2
    'El espíritu de la Navidad llegó a la ciudad.',  # feast
]


@pytest.mark.parametrize("lang, text, expected", [("it",) + r for r in ITALIAN] + [("pt",) + r for r in PORTUGUESE]
                         + [("es",) + r for r in SPANISH])
def test_everyday_dates(lang, text, expected):
    got = pairs(text, lang)
    for p in expected:
        assert p in got, got


@pytest.mark.parametrize("lang, text", [("it", t) for t in ITALIAN_TRAPS] + [("pt", t) for t in PORTUGUESE_TRAPS]
                         + [("es", t) for t in SPANISH_TRAPS])
def test_traps_are_not_dates(lang, text):
    assert pairs(text, lang) == [], pairs(text, lang)
