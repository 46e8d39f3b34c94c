"""Dates whose value comes from their context, in every language: a year-less month or day right after a year
mention takes that year ("last year in March", "l'an dernier en mars", "im vergangenen Jahr im März":
resolvers._year_just_before); "this winter" is the coming one when told of the future (resolvers.r_season)."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

REF = dt.date(2020, 6, 15)


def pairs(text, lang):
    return [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=REF)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Last year in March he died.", [("Last year", "2019"), ("March", "2019-03")]),
    ("en", "In 2018, March was the wettest month.", [("2018", "2018"), ("March", "2018-03")]),
    ("en", "Next year on March 5 we vote.", [("Next year", "2021"), ("March 5", "2021-03-05")]),
    ("fr", "L'an dernier en mars, il est mort.", [("L'an dernier", "2019"), ("mars", "2019-03")]),
    ("nl", "Vorig jaar in maart overleed hij.", [("Vorig jaar", "2019"), ("maart", "2019-03")]),
    ("it", "L'anno scorso a marzo è morto.", [("L'anno scorso", "2019"), ("marzo", "2019-03")]),
    ("ru", "В прошлом году в марте он умер.", [("прошлом году", "2019"), ("марте", "2019-03")]),
    ("pt", "No ano passado, em março, ele morreu.", [("No ano passado", "2019"), ("março", "2019-03")]),
    ("de", "Im vergangenen Jahr im März starb er.", [("vergangenen Jahr", "2019"), ("März", "2019-03")]),
    ("es", "El año pasado en marzo murió.", [("El año pasado", "2019"), ("marzo", "2019-03")]),
    ("ar", "توفي العام الماضي في مارس.", [("العام الماضي", "2019"), ("مارس", "2019-03")]),
    ("id", "Tahun lalu pada bulan Maret ia meninggal.", [("Tahun lalu", "2019"), ("bulan Maret", "2019-03")]),
    # not across a range word ("from 2015 to March": this March), nor from a year counted from the story
    ("en", "From 2015 to March prices rose.", [("2015", "2015"), ("March", "2020-03")]),
    # ... nor from a year that bounds a span: the date is not inside it
    ("en", "Since 2015, in March the company will open a plant.", [("2015", "2015"), ("March", "2021-03")]),
    ("en", "He was jailed until 2019, in March he was freed.", [("2019", "2019"), ("March", "2020-03")]),
    ("es", "Desde 2015, en marzo la empresa abrirá una planta.", [("2015", "2015"), ("marzo", "2021-03")]),
    ("de", "Bis 2030 im März wird das Werk schließen.", [("2030", "2030"), ("März", "2021-03")]),
    ("en", "She opened the bakery in August 2019. Exactly a year later on August 10 she sold it.",
     [("August 2019", "2019-08"), ("a year later", "2020"), ("August 10", "2020-08-10")]),
])
def test_a_year_less_date_after_a_year_takes_it(lang, text, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize("lang, text, ref, expected", [
    # said in June 2020: the coming winter when told of the future, the last one when told of the past
    ("en", "This winter it will be cold.", REF, [("This winter", "2020-WI")]),
    ("en", "This winter was cold.", REF, [("This winter", "2019-WI")]),
    ("ru", "Этой зимой будет холодно.", REF, [("Этой зимой", "2020-WI")]),
    ("it", "Questo inverno farà freddo.", REF, [("Questo inverno", "2020-WI")]),
    ("it", "Lo scorso autunno è piovuto molto.", REF, [("Lo scorso autunno", "2019-FA")]),
    ("it", "Il prossimo inverno sarà freddo.", REF, [("Il prossimo inverno", "2020-WI")]),
    # said in October 2020: this spring is the last one when told of the past, the next one when told of the future
    ("en", "This spring sales fell.", dt.date(2020, 10, 15), [("This spring", "2020-SP")]),
    ("en", "This spring sales will rise.", dt.date(2020, 10, 15), [("This spring", "2021-SP")]),
    # "this summer" said in spring is this year's even after a verb of saying in the past
    ("en", "They will not be left alone this summer, he said.", dt.date(2020, 4, 15), [("this summer", "2020-SU")]),
])
def test_this_season_by_the_tense_of_its_clause(lang, text, ref, expected):
    assert [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=ref)] == expected


def test_a_quotation_that_ends_its_sentence_keeps_its_tense_inside():
    """The future inside a quotation ending '."' does not reach the next sentence's weekday (said Saturday 30 March
    2019, 'on Wednesday' told in the past is 27 March, not 3 April)."""
    text = '"We are going to open the new school." Earlier this week on Wednesday, the mayor spoke on the radio.'
    got = [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=dt.date(2019, 3, 30))]
    assert ("Wednesday", "2019-03-27") in got


@pytest.mark.parametrize("text, expected", [
    # a scheduled event told in the present right before its date is to come (said Wednesday 29 April 1998)
    ("He and Arafat meet separately Monday with the envoy.", [("Monday", "1998-05-04")]),
    ("The trial opens on March 5.", [("March 5", "1999-03-05")]),
    ("The new rules take effect in March.", [("March", "1999-03")]),
    # a past verb, or a word that is also an adjective or a noun: as before
    ("He met Arafat Monday.", [("Monday", "1998-04-27")]),
    ("The shelter stayed open until Saturday, volunteers said.", [("Saturday", "1998-04-25")]),
    ("Tax returns in March were late.", [("March", "1998-03")]),
])
def test_a_present_verb_of_schedule_before_an_english_date(text, expected):
    assert [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=dt.date(1998, 4, 29))] == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "This winter will be cold."), ("en", "This winter is cold."), ("de", "Diesen Winter wird es kalt."),
])
def test_this_winter_said_in_the_autumn_is_the_coming_one_once(lang, text):
    """Said in October 2020, "this winter" is the one about to begin (2020-WI, December 2020 - February 2021), told
    in the future or not: the autumn rule and the future tense must not both move it a year."""
    got = [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=dt.date(2020, 10, 15))]
    assert [v for _, v in got] == ["2020-WI"]


@pytest.mark.parametrize("text, expected", [
    # the nouns "meet", "resume", "kick off", "starts" are no scheduled present (said Wednesday 13 October 2021)
    ("The team won the track meet on Saturday.", [("Saturday", "2021-10-09")]),
    ("Smith finished third at the swim meet Saturday.", [("Saturday", "2021-10-09")]),
    ("She emailed her resume on Monday.", [("Monday", "2021-10-11")]),
    ("He sent his resume on Monday.", [("Monday", "2021-10-11")]),
    ("This meet on Saturday drew 500 runners.", [("Saturday", "2021-10-09")]),
    ("After a delayed kick off on Saturday, the match ended 2-1.", [("Saturday", "2021-10-09")]),
    # the verbs after their subject are
    ("Talks resume Monday.", [("Monday", "2021-10-18")]),
    ("The leaders meet on Monday.", [("Monday", "2021-10-18")]),
])
def test_nouns_that_look_like_a_scheduled_present(text, expected):
    assert [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=dt.date(2021, 10, 13))] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a year-less date opening its sentence before a comma: the clause after the comma is its own (said 15 June
    # 2020, July is close ahead, so only a past verb makes it the last July)
    ("es", "En julio, la ley entró en vigor.", [("julio", "2019-07")]),
    ("pt", "Em julho, a lei entrou em vigor.", [("julho", "2019-07")]),
    ("it", "A luglio, la legge è entrata in vigore.", [("luglio", "2019-07")]),
    ("it", "A luglio la legge entrerà in vigore.", [("luglio", "2020-07")]),
    ("it", "A luglio la città è bella.", [("luglio", "2020-07")]),
    # not a clause after a date deep in a sentence ("... antes de julio, lo que la alcaldesa consideró imposible")
    ("es", "Piden que entregue el informe antes de julio, lo que la alcaldesa consideró imposible.",
     [("julio", "2020-07")]),
])
def test_the_clause_a_fronted_date_opens(lang, text, expected):
    assert [(m.text, m.value) for m in extract_dates(text, lang=lang, reference_date=REF)] == expected


@pytest.mark.parametrize("text, expected", [
    # "current" before a person in office, or one word before it, is no time; before a thing it is the present
    ("The current Chelsea manager was sacked.", []),
    ("The current England captain was injured.", []),
    ("The current senator spoke.", []),
    ("The current Ebola outbreak is severe.", [("current", "PRESENT_REF")]),
])
def test_current_before_a_person_or_a_thing(text, expected):
    assert [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=dt.date(2021, 10, 13))] == expected


def test_na_dnyakh_without_a_tense_is_a_recent_past():
    got = [(m.text, m.value) for m in extract_dates("На днях в Москве.", lang="ru", reference_date=REF)]
    assert got == [("На днях", "PAST_REF")]


@pytest.mark.parametrize("lang, text", [("en", "This winter was the mildest on record."),
                                         ("de", "Diesen Winter fiel kaum Schnee.")])
def test_this_winter_said_in_the_autumn_in_the_past_is_the_last_one(lang, text):
    got = [m.value for m in extract_dates(text, lang=lang, reference_date=dt.date(2024, 10, 15))]
    assert got == ["2023-WI"]


@pytest.mark.parametrize("text, expected", [
    # a code named with its year is no year ("2019-nCoV"); "2019-era" and a season "2019-20" keep theirs
    ("The WHO's designation 2019-nCoV was replaced.", []),
    ("The 2019-era rules applied.", [("2019", "2019")]),
])
def test_a_code_named_with_its_year(text, expected):
    assert [(m.text, m.value) for m in extract_dates(text, lang="en", reference_date=REF)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the year-less end of a range takes the year of its start, the next one across the new year
    ("en", "The show runs from December 3, 2019 until January 5.", ["2019-12-03", "2020-01-05"]),
    ("en", "The show runs from March 3, 2019 to April 5.", ["2019-03-03", "2019-04-05"]),
    ("de", "Die Ausstellung läuft vom 3. Dezember 2019 bis 5. Januar.", ["2019-12-03", "2020-01-05"]),
    ("fr", "L'exposition dure du 3 décembre 2019 au 5 janvier.", ["2019-12-03", "2020-01-05"]),
    ("es", "La muestra va del 3 de diciembre de 2019 al 5 de enero.", ["2019-12-03", "2020-01-05"]),
    ("zh", "展览于2019年12月3日至1月5日举行。", ["2019-12-03", "2020-01-05"]),
    # not across other words: "and closed on January 5" is a date of its own (the coming one, said in February)
    ("en", "It opened on December 3, 2019 and closed on January 5.", ["2019-12-03", "2019-01-05"]),
])
def test_the_year_less_end_of_a_range(lang, text, expected):
    got = [m.value for m in extract_dates(text, lang=lang, reference_date=dt.date(2019, 2, 1))]
    assert got == expected, got


@pytest.mark.parametrize("lang, text, expected", [
    # a year opening the sentence before a comma dates its year-less days and months
    ("en", "In 2019, the company opened its first store on February 6 and a second in May.",
     ["2019", "2019-02-06", "2019-05"]),
    ("fr", "En 2019, la société a ouvert son premier magasin le 6 février.", ["2019", "2019-02-06"]),
    ("es", "En 2019, la empresa abrió su primera tienda el 6 de febrero.", ["2019", "2019-02-06"]),
    # not a year that bounds a span ("Since 2019"), nor one inside the sentence
    ("en", "Since 2019, the store opened on February 6.", ["2019", "2020-02-06"]),
    ("en", "The company, founded in 2019, opened a store on February 6.", ["2019", "2020-02-06"]),
    # nor past another comma: the report is not dated by the year
    ("en", "In 2019, the company lost $5 million, it reported on February 6.", ["2019", "2020-02-06"]),
    ("ar", "في 2019، افتتحت الشركة متجرها الأول في 6 فبراير.", ["2019", "2019-02-06"]),
    ("zh", "2019年，该公司于2月6日开设了第一家店。", ["2019", "2019-02-06"]),
])
def test_a_year_opening_the_sentence(lang, text, expected):
    got = [m.value for m in extract_dates(text, lang=lang, reference_date=dt.date(2020, 6, 20))]
    assert got == expected, got


@pytest.mark.parametrize("lang, text, expected", [
    # a date to come, told with the day it was said in the same sentence: the next one after that day (said in June)
    ("de", "Am 3. März wurde die Frist auf den 30. April verlängert.", ["2020-03-03", "2020-04-30"]),
    ("en", "On March 3, the company said it will open a store on April 30.", ["2020-03-03", "2020-04-30"]),
    ("en", "On November 3, the company said it will open a store on April 30.", ["2019-11-03", "2020-04-30"]),
    # ... not across a sentence: the next April 30 from the text's day
    ("en", "On March 3, the company said so. It will open a store on April 30.", ["2020-03-03", "2021-04-30"]),
])
def test_a_plan_dated_from_the_day_it_was_told(lang, text, expected):
    got = [m.value for m in extract_dates(text, lang=lang, reference_date=dt.date(2020, 6, 17))]
    assert got == expected, got


def test_a_participle_after_a_comma_gives_a_generic_season_no_tense():
    # "during the winter, combined with ..., is the best preparation": any winter; a finite past after it dates it
    text = ("Some swimming during the winter, combined with weight training, is the best preparation for the rowing "
            "season.")
    assert [m.value for m in extract_dates(text, lang="en", reference_date=REF)] == []
    got = [m.value for m in extract_dates("During the winter, rivals offered more.", lang="en",
                                          reference_date=dt.date(2020, 6, 15))]
    assert got == ["2019-WI"], got



@pytest.mark.parametrize("lang, text, expected", [
    # from the third review: an earlier date inside the sentence is not when a plan was told (said 2021-06-10)
    ("en", "She was born on May 2, 1990, and will turn 31 on June 20.", ["1990-05-02", "2021-06-20"]),
    ("en", "The bridge, opened on June 1, 1980, will close for repairs in August.", ["1980-06-01", "2021-08"]),
    ("en", "The agency, which raised rates on March 3, will meet again on April 30.", ["2021-03-03", "2022-04-30"]),
    ("zh", "出生于1990年3月3日的歌手将于4月30日演出。", ["1990-03-03", "2022-04-30"]),
    # a finite past after an appositive is no participle phrase
    ("en", "In the spring, the firm, Acme, moved to Texas.", ["2021-SP"]),
    # a count before a Latin word is no year; an event's name is
    ("zh", "共有2000 Tesla汽车被召回。", []),
    ("zh", "华硕在2007 Taipei IT Month上展示了新产品。", ["2007"]),
    # French: a date moved to, an office taken from
    ("fr", "Le concert a été déplacé au 3 juillet.", ["2021-07-03"]),
    ("fr", "Il a été nommé directeur à compter du 1er juillet.", ["2021-07-01"]),
    # German: a count after "ab"; a plural weak past after a stem in t; a participle of an event after "heute"
    ("de", "Ab 1500 verkauften Exemplaren gibt es eine Auszeichnung.", []),
    ("de", "Die Bauern ernteten im September Rekordmengen.", ["2020-09"]),
    ("de", "Die heute gemeldeten Fälle zeigen einen Anstieg.", ["2021-06-10"]),
    # Hindi: a comma after a fronted "कल"
    ("hi", "कल, प्रधानमंत्री भाषण देंगे।", ["2021-06-11"]),
])
def test_third_review(lang, text, expected):
    got = [m.value for m in extract_dates(text, lang=lang, reference_date=dt.date(2021, 6, 10))]
    assert got == expected, got


# A clause set off by commas between a fronted day and the main verb (ASIDE_OPEN, viz.dates.tense.tense): the main
# verb tells the day's tense. Said on Monday 2020-06-15: the Saturday before is the 13th, the one after the 20th.
@pytest.mark.parametrize("lang, text, value", [
    ("en", "On Saturday, when the leaders meet in Lisbon, the treaty will be signed.", "2020-06-20"),
    ("en", "Saturday, as the ministers gather in the capital, farmers will march on parliament.", "2020-06-20"),
    ("es", "El sábado, cuando los líderes estén reunidos en Lisboa, los agricultores se manifestarán ante el palacio.",
     "2020-06-20"),
    ("es", "El sábado, según dijo el portavoz del sindicato, se votará la huelga.", "2020-06-20"),
    ("fr", "Samedi, lorsque les dirigeants seront à Lisbonne, les agriculteurs manifesteront.", "2020-06-20"),
    ("de", "Am Samstag, wenn die Staatschefs in Lissabon tagen, wird das Abkommen unterzeichnet.", "2020-06-20"),
    ("it", "Sabato, quando i leader si riuniranno a Lisbona, l'accordo sarà firmato.", "2020-06-20"),
    ("pt", "No sábado, quando os líderes estiverem reunidos, o acordo será assinado.", "2020-06-20"),
    # traps: the main verb in the past; a past aside; no aside (an apposition); the aside ends the sentence
    ("en", "On Saturday, when the leaders met in Lisbon, the treaty was signed.", "2020-06-13"),
    ("es", "El sábado, cuando los líderes estaban reunidos, los agricultores se manifestaron ante el palacio.",
     "2020-06-13"),
    ("de", "Am Samstag, als die Staatschefs in Lissabon tagten, wurde das Abkommen unterzeichnet.", "2020-06-13"),
    ("it", "Sabato, mentre i leader erano riuniti, è stato firmato l'accordo.", "2020-06-13"),
    ("en", "On Saturday, the day of the summit, farmers marched on parliament.", "2020-06-13"),
    ("en", "The farmers left on Saturday, as the ministers arrived. They will come back.", "2020-06-13"),
])
def test_main_verb_past_an_aside_tells_the_tense(lang, text, value):
    assert [v for _t, v in pairs(text, lang)] == [value]


# The next decade of a list, written as a bare number or word (resolvers.r_decade_listed): only right after a decade
@pytest.mark.parametrize("lang, text, expected", [
    ("es", "En los años 80 y 90 la ciudad creció.", [("los años 80", "198"), ("90", "199")]),
    ("es", "La novelista escribió durante las décadas de los años 50 y 60.",
     [("las décadas de los años 50", "195"), ("60", "196")]),
    ("es", "En los años sesenta, setenta y ochenta hubo crisis.",
     [("los años sesenta", "196"), ("setenta", "197"), ("ochenta", "198")]),
    ("es", "En los años 90 y 2000 la ciudad creció.", [("los años 90", "199"), ("2000", "200")]),
    ("fr", "Dans les années 1980 et 1990, la ville a grandi.", [("les années 1980", "198"), ("1990", "199")]),
    ("it", "Negli anni '60, '70 e '80 la città è cresciuta.",
     [("anni '60", "196"), ("'70", "197"), ("'80", "198")]),
    ("pt", "Nos anos oitenta e noventa a cidade cresceu.", [("anos oitenta", "198"), ("noventa", "199")]),
    # traps: a count after a decade and a comma; a number after "y" with no decade before it; a percentage
    ("es", "En los años 80, 30 empresas cerraron.", [("los años 80", "198")]),
    ("fr", "Dans les années 1980, 20 usines ont fermé.", [("les années 1980", "198")]),
    ("es", "Tenía entre 70 y 80 ovejas.", []),
    ("pt", "Nos anos 80 e 90 por cento dos votos foram anulados.", [("anos 80", "198")]),
])
def test_a_listed_decade_is_a_decade(lang, text, expected):
    assert pairs(text, lang) == expected


# A year opening its sentence after its preposition, without a comma, dates the sentence's year-less months too
# (resolvers._SENTENCE_YEAR_PP); a bare year without a comma may be the subject and does not
@pytest.mark.parametrize("lang, text, month", [
    ("en", "In 2018 the vote was held in March.", "2018-03"),
    ("es", "En 2018 la votación se celebró en marzo.", "2018-03"),
    ("de", "Im Jahr 2018 fand die Wahl im März statt.", "2018-03"),
    ("ru", "В 2018 году выборы прошли в марте.", "2018-03"),
    ("it", "Nel 2018 il voto si è tenuto a marzo.", "2018-03"),
    # traps: past another comma (another clause); the year as the subject
    ("en", "In 2018 the company lost money, it said in March.", "2020-03"),
    ("en", "2018 was a bad year and prices rose in March.", "2020-03"),
])
def test_year_opening_its_sentence_without_a_comma(lang, text, month):
    assert [v for _t, v in pairs(text, lang) if len(v) == 7] == [month]


# "since" before a year-less month or day (SINCE_WORDS, resolvers._since): the last one up to the reference date, even
# when the next one is close ahead; not "from" a date told of the future
@pytest.mark.parametrize("lang, text, value", [
    ("en", "Bread prices climbed to their highest since August.", "2019-08"),
    ("en", "It is the third execution in the state since July 4.", "2019-07-04"),
    ("de", "Seit dem 3. Juli ist die Brennerstraße gesperrt.", "2019-07-03"),
    ("fr", "Les prix augmentent depuis août, selon l'Insee.", "2019-08"),
    ("es", "Los precios suben desde agosto, según el INE.", "2019-08"),
    ("pt", "Os preços sobem desde agosto.", "2019-08"),
    ("nl", "De prijzen stijgen sinds augustus.", "2019-08"),
    ("id", "Harga beras naik sejak Agustus.", "2019-08"),
    ("ar", "ارتفعت الأسعار منذ أغسطس.", "2019-08"),
    ("sw", "Bei za mchele zimepanda tangu Agosti.", "2019-08"),
    # traps: "from" a date to come; "desde" told of the future; a date after "since" with its year
    ("en", "The office will be closed from August.", "2020-08"),
    ("es", "Desde el 3 de julio regirá la nueva tarifa.", "2020-07-03"),
    ("en", "Prices have risen since August 2017.", "2017-08"),
])
def test_since_a_yearless_date_is_the_last_one(lang, text, value):
    assert [v for _t, v in pairs(text, lang)] == [value]
