"""Portuguese dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/pt.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from .dates_lang import found_and_traps, pairs_for

REF = dt.date(2024, 4, 10)  # a Wednesday
LANG = "pt"


pairs = pairs_for(LANG, REF)


FOUND = [
    ("O acordo foi assinado em 5 de maio de 2021 em Lisboa.", [("5 de maio de 2021", "2021-05-05")]),
    ("No domingo passado choveu em São Paulo.", [("No domingo passado", "2024-04-07")]),
    ("Em março de 2020 a pandemia chegou ao Brasil.", [("março de 2020", "2020-03")]),
    ("Há três anos, a empresa faliu.", [("Há três anos", "2021")]),
    ("A reunião será na próxima semana.", [("na próxima semana", "2024-W16")]),
    ("No primeiro trimestre de 2020 o PIB caiu.", [("primeiro trimestre de 2020", "2020-Q1")]),
    ("Hoje em dia, poucos leem jornais.", [("Hoje em dia", "PRESENT_REF")]),
    ("O feriado de 1º de maio foi tranquilo.", [("1º de maio", "2023-05-01")]),  # told in the past: the last one
]
TRAPS = [
    "Plácido Domingo cantou em Viena.",  # a tenor, not a Sunday
    "O marco histórico fica no centro da cidade.",  # "marco" is a landmark, not March
    "Marte é o quarto planeta do sistema solar.",  # Mars
    "Ele pagou 2000 reais pelo carro.",  # a sum, not a year
]


test_dates_found, test_traps_are_not_dates = found_and_traps(pairs, FOUND, TRAPS)


@pytest.mark.parametrize("text, expected", [
    ("O licenciamento da nova barragem está agora nas mãos do tribunal regional.", [("agora", "PRESENT_REF")]),
    ("Até o momento, nenhum tratamento se mostrou eficaz contra a praga dos laranjais.",
     [("o momento", "PRESENT_REF")]),
    ("Ultimamente ele perdeu contra adversários mais jovens.", [("Ultimamente", "PAST_REF")]),
])
def test_portuguese_references(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an obligation still to be met, a date governed by a future though a past verb opens the sentence, a feat told
    # with "hoje"
    ("O orçamento ainda deve ser aprovado pela câmara municipal em sua sessão de outubro.", [("outubro", "2024-10")]),
    ("A oposição criticou a medida às vésperas da votação que irá ser realizada em novembro.",
     [("novembro", "2024-11")]),
    ("A nadadora Marta Lopes fez história hoje ao atravessar o estuário do Tejo.", [("hoje", "2024-04-10")]),
    # traps: the city of Santo Domingo, an obligation met in the past, "hoje" in a generic statement
    ("O velho bairro colonial, que agora pertence ao município de Santo Domingo, recebe muitos turistas.",
     [("agora", "PRESENT_REF")]),
    ("O orçamento foi aprovado pela câmara municipal em outubro.", [("outubro", "2023-10")]),
    ("Os computadores são hoje indispensáveis.", [("hoje", "PRESENT_REF")]),
])
def test_future_cues_preterites_and_santo_domingo(text, expected):
    assert pairs(text) == expected, pairs(text)


@pytest.mark.parametrize("text, expected", [
    # "no passado mês de março": the last March, not "no passado" (the past) and a month
    ("No passado mês de março ele morreu.", [("No passado mês de março", "2024-03")]),
    ("No próximo mês de março haverá eleições.", [("No próximo mês de março", "2025-03")]),
    ("No passado ele era professor.", [("No passado", "PAST_REF")]),
])
def test_the_month_after_its_direction(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "hoje" closing a relative clause in the present is nowadays, even after a past verb in its sentence (modelled on a
    # SIB-200 sentence)
    ("Ao longo de gerações, a escola de ourivesaria de Braga formou os mestres que conhecemos hoje.",
     [("hoje", "PRESENT_REF")]),
    # ... but a past verb that tells the day of "hoje" itself still dates it
    ("A escola de ourivesaria de Braga formou hoje a sua primeira turma de aprendizes.", [("hoje", "2024-04-10")]),
    ("A empresa fechou hoje a fábrica que comprou em 2010.", [("hoje", "2024-04-10"), ("2010", "2010")]),
])
def test_today_closing_a_relative_clause(text, expected):
    assert pairs(text) == expected, pairs(text)


M = dt.date(2009, 3, 12)  # a Thursday


@pytest.mark.parametrize("text, expected", [
    # a preterite governing the date in its clause (right after it, or after "em", "a"): the last such date, though
    # the next one is close ahead (said in March)
    ("A diretoria se reuniu em 20 de abril.", [("20 de abril", "2008-04-20")]),
    ("A diretoria reuniu-se no dia 20 de abril.", [("no dia 20 de abril", "2008-04-20")]),
    ("O presidente chegou a Lisboa a 3 de maio.", [("3 de maio", "2008-05-03")]),
    ("O ministro disse na segunda-feira que a empresa vai voltar a ter lucro.",
     [("na segunda-feira", "2009-03-09")]),
    # ... and opening its sentence: the future after "que" is reported speech's, not the weekday's clause
    ("Disse na sexta-feira que a empresa vai voltar a ter lucro.", [("na sexta-feira", "2009-03-06")]),
    ("Na sexta-feira o parlamento vai votar a reforma.", [("Na sexta-feira", "2009-03-13")]),
    # "até" after a preterite of lasting ends a past state
    ("A greve durou até 20 de abril.", [("20 de abril", "2008-04-20")]),
    ("O presidente ocupou o cargo até abril.", [("abril", "2008-04")]),
    ("As vendas caíram 5,2% até abril.", [("abril", "2008-04")]),
    ("As exportações cresceram até abril.", [("abril", "2008-04")]),
    ("As vendas vão cair até abril.", [("abril", "2009-04")]),
    # traps: the coming date (a term set, a verb of planning, a future, reported speech, an infinitive)
    ("A fábrica ficará fechada até abril.", [("abril", "2009-04")]),
    ("O governo suspendeu as aulas até 20 de abril.", [("20 de abril", "2009-04-20")]),
    ("A votação foi adiada até 20 de abril.", [("20 de abril", "2009-04-20")]),
    ("O sindicato convocou uma greve para 20 de abril.", [("20 de abril", "2009-04-20")]),
    ("O juiz marcou o julgamento em 20 de abril.", [("20 de abril", "2009-04-20")]),
    ("A empresa anunciou que em abril vai apresentar o plano.", [("abril", "2009-04")]),
    ("A empresa decidiu realizar a assembleia em abril.", [("abril", "2009-04")]),
    ("O Parlamento Europeu em abril votará a lei.", [("abril", "2009-04")]),
    ("A cúpula será realizada em Moscou em abril.", [("abril", "2009-04")]),  # a name in -ou, not a preterite
    ("O presidente viajou a Moscou em abril.", [("abril", "2008-04")]),
    ("A empresa anunciou demissões em abril.", [("abril", "2009-04")]),  # the object's date, to come
    ("O presidente foi eleito no dia 3 de maio.", [("no dia 3 de maio", "2008-05-03")]),
    # a preterite opening its sentence (no subject) or its clause after a comma
    ("Foi eleito em maio presidente do clube.", [("maio", "2008-05")]),
    ("O presidente da empresa, João Silva, demitiu-se em 2 de abril.", [("2 de abril", "2008-04-02")]),
    ("Convocou em 2 de abril uma greve geral.", [("2 de abril", "2009-04-02")]),  # a verb of planning: to come
])
def test_a_preterite_governing_the_date(text, expected):
    assert pairs(text, M) == expected, pairs(text, M)
