"""Italian and Russian news dates, second probe: constructions the first probes (test_dates_probe_itptes.py,
test_dates_probe_nltrru.py) leave out, written from the grammar of dates as agency wires (ANSA, TASS), newspapers and
Wikinews write them, with the values TimeML/TempEval-3 gives them on a Wednesday (2024-04-10).

Italian: "venerdì scorso", "lo scorso 5 marzo", "il prossimo 15 maggio", "a inizio settimana", "nel corso dell'anno",
"il Novecento", "nel Duemila", "entro l'estate", "ieri sera", a past verb right after a year-less month or day ("A
maggio è stata inaugurata": last May). Russian: "в прошлую пятницу", "5 марта этого года", "к концу года", "в
середине 1990-х", "в минувшие выходные", "в ближайшее время", "через год", "15-го числа", a future perfective after a
date ("1 сентября школьники пойдут в школу"). Traps: month words in names and streets ("Giovanni Marzo", "улица 8
Марта", "Август" the emperor), counts and measures ("2000 metri", "в 2000 метрах", "1990 экземпляров"), durations,
clock times, a time of day alone ("in serata": a TIME, not a date)."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2024, 4, 10)  # a Wednesday


def pairs(text, lang, ref=REF):
    return [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=ref)]


ITALIAN = [
    ('Venerdì scorso il consiglio comunale ha approvato il bilancio.', [('Venerdì scorso', '2024-04-05')]),
    ('Sabato scorso migliaia di persone hanno sfilato a Roma.', [('Sabato scorso', '2024-04-06')]),
    ('Domenica prossima si vota per le comunali.', [('Domenica prossima', '2024-04-14')]),
    ('Lo scorso 5 marzo il tribunale ha emesso la sentenza.', [('5 marzo', '2024-03-05')]),
    ("Il prossimo 15 maggio si terrà l'assemblea degli azionisti.", [('15 maggio', '2024-05-15')]),
    ('Il 3 aprile scorso la polizia ha sgomberato il campo.', [('Il 3 aprile scorso', '2024-04-03')]),
    ('Nei primi mesi del 2023 le esportazioni sono calate.', [('2023', '2023')]),
    ('A inizio settimana il ministro ha incontrato le parti sociali.', [('inizio settimana', '2024-W15')]),
    ("Nel corso dell'anno la produzione aumenterà.", [("dell'anno", '2024')]),
    ('Nella notte tra sabato e domenica un incendio ha distrutto un capannone.', [('sabato', '2024-04-06'), ('domenica', '2024-04-07')]),
    ("Gli attentati dell'11 settembre 2001 hanno cambiato il mondo.", [('11 settembre 2001', '2001-09-11')]),
    ("Negli anni Novanta l'azienda ha aperto filiali all'estero.", [('anni Novanta', '199')]),
    ('Negli anni Ottanta la lira perse valore.', [('anni Ottanta', '198')]),
    ('Il Novecento è stato il secolo delle guerre mondiali.', [('Il Novecento', '19')]),
    ("All'inizio del Novecento Milano contava mezzo milione di abitanti.", [("All'inizio del Novecento", '19')]),
    ('Il palazzo fu costruito nel Settecento.', [('Settecento', '17')]),
    ('Nel XXI secolo le città sono cresciute ovunque.', [('XXI secolo', '20')]),
    ('Tra il 2010 e il 2015 le emissioni sono diminuite.', [('2010', '2010'), ('2015', '2015')]),
    ("Quest'anno il festival si terrà a luglio.", [("Quest'anno", '2024'), ('luglio', '2024-07')]),
    ("L'anno scorso il turismo è cresciuto del 10%.", [("L'anno scorso", '2023')]),
    ('Due anni fa il ponte è crollato.', [('Due anni fa', '2022')]),
    ('Un anno fa la fabbrica ha chiuso.', [('Un anno fa', '2023')]),
    ('Fra tre giorni si vota in Sardegna.', [('Fra tre giorni', '2024-04-13')]),
    ('Tra un mese il cantiere sarà chiuso.', [('Tra un mese', '2024-05')]),
    ("Oggi l'Italia importa gran parte del suo gas dall'estero.", [('Oggi', 'PRESENT_REF')]),
    ('Di recente il governo ha varato un nuovo piano.', [('Di recente', 'PAST_REF')]),
    ("A marzo l'inflazione è scesa al 1,2%.", [('marzo', '2024-03')]),
    ('A giugno si voterà per il Parlamento europeo.', [('giugno', '2024-06')]),
    ('A novembre il governo ha approvato la manovra.', [('novembre', '2023-11')]),
    ('A maggio è stata inaugurata la nuova linea della metropolitana.', [('maggio', '2023-05')]),
    ('Lo scorso dicembre il tasso di disoccupazione era al 7,2%.', [('Lo scorso dicembre', '2023-12')]),
    ('Il 2 giugno 1946 gli italiani votarono per la Repubblica.', [('Il 2 giugno 1946', '1946-06-02')]),
    ('Il decreto è entrato in vigore il 1° gennaio.', [('il 1° gennaio', '2024-01-01')]),
    ('Sabato 13 aprile si terrà la manifestazione nazionale.', [('Sabato 13 aprile', '2024-04-13')]),
    ("Entro il 2030 l'Unione vuole ridurre le emissioni del 55%.", [('2030', '2030')]),
    ('La scorsa settimana i sindacati hanno proclamato lo sciopero.', [('La scorsa settimana', '2024-W14')]),
    ('Il mese prossimo partirà la campagna vaccinale.', [('Il mese prossimo', '2024-05')]),
    ('Il mese scorso le vendite di auto sono calate.', [('Il mese scorso', '2024-03')]),
    ('Lo scorso fine settimana i carabinieri hanno effettuato cinquanta controlli.', [('Lo scorso fine settimana', '2024-W14-WE')]),
    ('Nelle ultime settimane i prezzi sono saliti.', [('ultime settimane', 'PAST_REF')]),
    ('Ieri sera la polizia ha arrestato il latitante.', [('Ieri sera', '2024-04-09')]),
    ('Stamattina il treno è arrivato in ritardo.', [('Stamattina', '2024-04-10')]),
    ("Nell'ottobre del 2022 il governo Meloni ha giurato al Quirinale.", [('ottobre del 2022', '2022-10')]),
    ('Il 31 dicembre 2023 è scaduto il termine.', [('Il 31 dicembre 2023', '2023-12-31')]),
    ('A fine marzo la Bce ha lasciato i tassi invariati.', [('fine marzo', '2024-03')]),
    ('A metà maggio è attesa la decisione della Corte.', [('metà maggio', '2024-05')]),
    ('Nel 1989, con la caduta del Muro, finì la guerra fredda.', [('1989', '1989')]),
    ('Dal 3 al 5 maggio si svolgerà il salone del libro.', [('3', '2024-05-03'), ('5 maggio', '2024-05-05')]),
    ('Giovedì il premier riferirà in Senato.', [('Giovedì', '2024-04-11')]),
    ('A Pasqua molti italiani sono partiti per le vacanze.', [('Pasqua', '2024-03-31')]),
    ('Nei primi anni Duemila la città ha cambiato volto.', [('anni Duemila', '200')]),
    ("Nel Duemila la lira fu sostituita dall'euro.", [('Duemila', '2000')]),
    ('In questi giorni la città è invasa dai turisti.', [('questi giorni', 'PRESENT_REF')]),
    ("Entro l'estate il ponte sarà riaperto.", [("l'estate", '2024-SU')]),
    ('Il 12/03/2024 la Camera ha approvato il testo.', [('12/03/2024', '2024-03-12')]),
    ('Il 15 maggio è stata firmata la pace.', [('Il 15 maggio', '2023-05-15')]),
    ('Giovedì è stato arrestato il sindaco.', [('Giovedì', '2024-04-04')]),
    ('A luglio è previsto il voto in Senato.', [('luglio', '2024-07')]),
    ('Ieri mattina il treno è deragliato.', [('Ieri mattina', '2024-04-09')]),
]
ITALIAN_TRAPS = [
    'In serata il presidente ha parlato alla nazione.',
    "L'assessore Giovanni Marzo ha presentato il piano.",
    'La giornalista Anna Maggio ha vinto il premio.',
    'Il bonus vale 2000 euro per famiglia.',
    'Sono stati assunti 1500 lavoratori.',
    'Ha vissuto per tre anni a Parigi.',
    'Lo ha riferito il Secolo XIX.',
    'Il treno delle 8.30 è stato soppresso.',
    "L'incontro è iniziato alle 15:30.",
    "L'atleta ha corso i 2000 metri in tempo record.",
    'Il corteo ha attraversato corso Venti Settembre.',
    'Domenica Rossi è stata eletta sindaca.',
    'Il premio vale duemila euro.',
    'La sfilata si è tenuta in via Venti Settembre.',
]

RUSSIAN = [
    ('В прошлую пятницу суд вынес приговор.', [('прошлую пятницу', '2024-04-05')]),
    ('5 марта этого года суд вынес приговор.', [('5 марта этого года', '2024-03-05')]),
    ('К концу года мост будет достроен.', [('концу года', '2024')]),
    ('В середине 1990-х компания обанкротилась.', [('середине 1990-х', '199')]),
    ('В XXI веке города быстро растут.', [('XXI веке', '20')]),
    ('В конце XX века распался Советский Союз.', [('конце XX века', '19')]),
    ('В XVIII веке был основан Петербург.', [('XVIII веке', '17')]),
    ('В 1980-е годы страна пережила кризис.', [('1980-е годы', '198')]),
    ('В 2010-х годах население города выросло.', [('2010-х годах', '201')]),
    ('С 2018 по 2022 год цены выросли вдвое.', [('2018', '2018'), ('2022 год', '2022')]),
    ('В минувшие выходные в Москве прошли акции протеста.', [('минувшие выходные', '2024-W14-WE')]),
    ('В эти выходные ожидается сильный ветер.', [('эти выходные', '2024-W15-WE')]),
    ('На этой неделе министр посетит Казань.', [('этой неделе', '2024-W15')]),
    ('На следующей неделе начнётся сессия.', [('следующей неделе', '2024-W16')]),
    ('В эти дни в городе проходит фестиваль.', [('эти дни', 'PRESENT_REF')]),
    ('В ближайшее время закон будет принят.', [('ближайшее время', 'FUTURE_REF')]),
    ('В последнее время цены на бензин растут.', [('последнее время', 'PAST_REF')]),
    # "на днях" is a recent past or a near future by its verb's tense (REFS value TENSE_REF)
    ('На днях губернатор подписал указ.', [('На днях', 'PAST_REF')]),
    ('На днях губернатор подпишет указ.', [('На днях', 'FUTURE_REF')]),
    ('В понедельник вечером в центре города произошла авария.', [('понедельник', '2024-04-08')]),
    ('Юрий Гагарин полетел в космос 12 апреля 1961 г.', [('12 апреля 1961 г.', '1961-04-12')]),
    ('Победа была одержана 9 мая 1945 года.', [('9 мая 1945 года', '1945-05-09')]),
    ('В мае открыли новый мост через Волгу.', [('мае', '2023-05')]),
    ('В мае откроют новый мост через Волгу.', [('мае', '2024-05')]),
    ('В марте инфляция замедлилась.', [('марте', '2024-03')]),
    ('Послезавтра в Москве пройдёт саммит.', [('Послезавтра', '2024-04-12')]),
    ('В конце марта ЦБ сохранил ставку.', [('конце марта', '2024-03')]),
    ('В начале мая пройдут выборы.', [('начале мая', '2024-05')]),
    ('В 2023 г. компания увеличила выручку.', [('2023 г.', '2023')]),
    ('В прошлом месяце безработица снизилась.', [('прошлом месяце', '2024-03')]),
    ('В следующем месяце тарифы вырастут.', [('следующем месяце', '2024-05')]),
    ('Месяц назад завод остановил производство.', [('Месяц назад', '2024-03')]),
    ('Год назад мост был закрыт на ремонт.', [('Год назад', '2023')]),
    ('Неделю назад в городе выпал снег.', [('Неделю назад', '2024-W14')]),
    ('Две недели назад в городе выпал снег.', [('Две недели назад', '2024-W13')]),
    ('Через год откроется новая станция метро.', [('Через год', '2025')]),
    ('Через месяц начнётся посевная.', [('Через месяц', '2024-05')]),
    ('В прошлом году экспорт вырос на 5%.', [('прошлом году', '2023')]),
    ('В 2020-2021 годах школы работали дистанционно.', [('2020', '2020'), ('2021', '2021')]),
    ('В четверг состоится заседание Госдумы.', [('четверг', '2024-04-11')]),
    ('В ночь на воскресенье произошло землетрясение.', [('воскресенье', '2024-04-07')]),
    ('В субботу и воскресенье прошли матчи чемпионата.', [('субботу', '2024-04-06'), ('воскресенье', '2024-04-07')]),
    ('В третьем квартале прошлого года экономика выросла.', [('третьем квартале прошлого года', '2023-Q3')]),
    ('К 2030 году выбросы сократят вдвое.', [('2030 году', '2030')]),
    ('До 1 июля компании должны сдать отчёты.', [('1 июля', '2024-07-01')]),
    ('С 1 января 2025 года вступит в силу новый закон.', [('1 января 2025 года', '2025-01-01')]),
    ('Летом откроется новый терминал аэропорта.', [('Летом', '2024-SU')]),
    ('Этой весной в регионе было много паводков.', [('Этой весной', '2024-SP')]),
    ('31 декабря 2023 г. истёк срок действия договора.', [('31 декабря 2023 г.', '2023-12-31')]),
    ('1 сентября школьники пойдут в школу.', [('1 сентября', '2024-09-01')]),
    ('В апреле 2022-го цены выросли на 18%.', [('апреле 2022', '2022-04')]),
    ('В 2022-м году компания ушла с рынка.', [('2022', '2022')]),
    ('В начале недели акции упали.', [('начале недели', '2024-W15')]),
    ('В начале 2020 года в мире началась пандемия.', [('начале 2020 года', '2020')]),
    ('Ранее в среду министр провёл совещание.', [('среду', '2024-04-10')]),
    ('15-го числа зарплату выплатят всем сотрудникам.', [('15-го числа', '2024-04-15')]),
    ('На выходных будет дождь.', [('выходных', '2024-W15-WE')]),
    ('На выходных прошли протесты.', [('выходных', '2024-W14-WE')]),
    ('Летом компания открыла завод.', [('Летом', '2023-SU')]),
    ('В прошлые годы урожай был выше.', [('прошлые годы', 'PAST_REF')]),
    ('До 20 числа нужно оплатить счета.', [('20 числа', '2024-04-20')]),
]
RUSSIAN_TRAPS = [
    'Пробка образовалась на улице 8 Марта.',
    'Император Август правил Римом более сорока лет.',
    'Блаженный Августин писал о времени.',
    'Судно затонуло в 2000 метрах от берега.',
    'Тираж книги составил 1990 экземпляров.',
    'На конференцию приехали 1500 участников.',
    'Строительство продолжалось в течение трёх лет.',
    'Заседание началось в 15:30.',
    'Автобус отправляется в 9.45.',
    'Площадь Октябрьской революции закрыта.',
    'Май Митурич был известным художником-иллюстратором.',
    'Поезд прошёл 2000 километров.',
    'Летом здесь жарко.',
    'В выходные дни музей закрыт.',
    'Нужно сложить 2 числа.',
    'В эти годы страна росла.',
    'Через год после войны он вернулся домой.',
]


def _cases(lang, rows):
    out = []
    for r in rows:
        if hasattr(r, "marks"):  # pytest.param: keep its marks
            out.append(pytest.param(lang, *r.values, marks=r.marks))
        else:
            out.append((lang,) + r)
    return out


@pytest.mark.parametrize("lang, text, expected", _cases("it", ITALIAN) + _cases("ru", RUSSIAN))
def test_dates_found(lang, text, expected):
    got = pairs(text, lang)
    for p in expected:
        assert p in got, got


@pytest.mark.parametrize("lang, text", [("it", t) for t in ITALIAN_TRAPS] + [("ru", t) for t in RUSSIAN_TRAPS])
def test_traps_are_not_dates(lang, text):
    assert pairs(text, lang) == [], pairs(text, lang)
