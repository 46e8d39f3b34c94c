"""Japanese dates: sentence shapes of Japanese news, with the traps of a language written without spaces (see
viz/dates/lang/ja.py). Sentences are our own."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

from .dates_lang import found_and_traps, pairs_for

REF = dt.date(2020, 6, 15)  # a Monday
LANG = "ja"


pairs = pairs_for(LANG, REF)


FOUND = [
    ("2021年5月7日に新しい条例が施行された。", [("2021年5月7日", "2021-05-07")]),
    ("二〇一九年十一月二十五日に発表した。", [("二〇一九年十一月二十五日", "2019-11-25")]),
    ("1969年5月に宇宙船が帰還した。", [("1969年5月", "1969-05")]),
    ("会社は1998年に設立された。", [("1998年", "1998")]),
    ("1610年、ガリレオが金星を観測した。", [("1610年", "1610")]),
    ("MRIの原理は1930年代に発見された。", [("1930年代", "193")]),
    ("1800年代以来、この病気は見られなかった。", [("1800年代", "18")]),
    ("最初の望遠鏡は16世紀後半に作られた。", [("16世紀", "15")]),
    # the emperor's era
    ("改正法は令和2年4月1日に施行された。", [("令和2年4月1日", "2020-04-01")]),
    ("平成31年に制度が改正された。", [("平成31年", "2019")]),
    ("令和元年の出来事を振り返る。", [("令和元年", "2019")]),
    # relative to the day of the text
    ("昨年、輸出は5%減少した。", [("昨年", "2019")]),
    ("来年、選挙が行われる。", [("来年", "2021")]),
    ("一昨年の大会で優勝した。", [("一昨年", "2018")]),
    ("先月、取材に応じた。", [("先月", "2020-05")]),
    ("来週、結果が発表される。", [("来週", "2020-W26")]),
    ("昨日、警察は二人を逮捕した。", [("昨日", "2020-06-14")]),
    ("外相は明日、東京を訪問する。", [("明日", "2020-06-16")]),
    ("本日、新製品が発表された。", [("本日", "2020-06-15")]),
    ("年内に新たな方針を示すべきだ。", [("年内", "2020")]),
    ("現在、感染は収まっている。", [("現在", "PRESENT_REF")]),
    ("夫婦は1年前に結婚した。", [("1年前", "2019")]),
    ("2週間前に優勝を決めた。", [("2週間前", "2020-W23")]),
    ("数年前に工場が閉鎖された。", [("数年前", "PAST_REF")]),
    ("何千年も前に、学者が地動説を唱えた。", [("何千年も前", "PAST_REF")]),
    # a year named before the month
    ("隕石は昨年7月に落下した。", [("昨年7月", "2019-07")]),
    ("今年3月に公約が掲げられた。", [("今年3月", "2020-03")]),
    # quarters, halves, seasons
    ("2020年第1四半期の売上高が発表された。", [("2020年第1四半期", "2020-Q1")]),
    ("今年の上半期は赤字だった。", [("今年の上半期", "2020-H1")]),
    ("昨夏、記録的な猛暑となった。", [("昨夏", "2019-SU")]),
    # weekdays
    ("先週水曜日に合意した。", [("先週水曜日", "2020-06-10")]),
    ("来週の金曜日に発表する予定です。", [("来週の金曜日", "2020-06-26")]),
    ("水曜日にNBAはシーズンの中断を発表した。", [("水曜日", "2020-06-10")]),
    ("日曜日に予定されている試合に備える。", [("日曜日", "2020-06-21")]),
    # the day of the month alone: the one of the text's month, or the last one told in the past
    ("大統領は16日午前、シンガポールに到着した。", [("16日", "2020-05-16")]),
    ("首相は10日、記者会見を開いた。", [("10日", "2020-06-10")]),
]

TRAPS = [
    "毎週月曜日に会議がある。",  # every Monday
    "5日間の日程で開催された。",  # five days long
    "3日目に優勝した。",  # on the third day (of an event)
    "10年ぶりの優勝となった。",  # the first time in ten years
    "約2000年の歴史がある。",  # two thousand years of history
    "2000年間続いた王朝。",  # lasted two thousand years
    "一日も早い復興を願う。",  # as soon as possible ("one day earlier")
    "1日3回、食後に服用する。",  # three times a day
    "1日あたりの感染者数が増えた。",  # per day
    "べんきょうしました。",  # study (べんきょう), not きょう
    "きょうだいが3人いる。",  # siblings
    "未来年表を作る。",  # 未来 + 年表, not 来年
    "統一月例報告。",  # unified monthly report
    "3日後に辞任した。",  # three days after what? no story date: no date
]


test_dates_found, test_traps = found_and_traps(pairs, FOUND, TRAPS)


@pytest.mark.parametrize("text, expected", [
    # the sentence's verb tells the tense of a year-less date that is the time of the verb
    ("投票は、10月にコペンハーゲンで開催される総会で承認されなければなりません。", "2020-10"),
    ("地震活動は、3月10日に火山の北東側で発生していました。", "2020-03-10"),
    ("8月に模擬投票で勝利した議員は、選挙戦を終了することに決めた。", "2019-08"),
    # a non-past verb quoted ("said he will run on January 21")
    ("後に、1月21日の予備選に出馬すると述べました。", "2021-01-21"),
    # "as of late March" is no time of a verb to come
    ("3月下旬の時点で、ほとんどの規定は延長されません。", "2020-03"),
])
def test_tense_of_a_year_less_date(text, expected):
    assert [v for _, v in pairs(text)] == [expected], pairs(text)


def test_today_is_the_day_in_news_and_nowadays_in_a_general_statement():
    assert pairs("今日、政府は新たな対策を発表した。") == [("今日", "2020-06-15")]
    assert pairs("今日午後、首相が会見した。") == [("今日", "2020-06-15")]
    assert pairs("今日使用されているコンピュータの多くは二進数に基づいている。") == [("今日", "PRESENT_REF")]
    assert pairs("今日の空の旅では、まず航空券を比較するのがふつうだ。") == [("今日", "PRESENT_REF")]


@pytest.mark.parametrize("text, expected", [
    ("昭和二十年八月十五日に終戦を迎えた。", [("昭和二十年八月十五日", "1945-08-15")]),
    ("平成三十一年四月三十日に退位した。", [("平成三十一年四月三十日", "2019-04-30")]),
    ("大会は10月1日（金）に開催される。", [("10月1日（金）", "2020-10-01")]),
    # said on a Monday: the coming weekend in a sentence of the future, the one just past in a past one (as English
    # "this weekend", THIS_WEEKEND_BY_TENSE)
    ("今週末に大会が開かれる。", [("今週末", "2020-W25-WE")]),
    ("今週末に大会が開かれた。", [("今週末", "2020-W24-WE")]),
    ("きょうは雨です。", [("きょう", "2020-06-15")]),
    ("首相は水曜日に会見した。今日は雨が降っている。", [("水曜日", "2020-06-10"), ("今日", "2020-06-15")]),
    ("2019年（令和元年）5月1日に即位した。", [("2019年", "2019"), ("令和元年", "2019"), ("5月1日", "2019-05-01")]),
    ("第一四半期の売上高。", [("第一四半期", "2020-Q1")]),
])
def test_exact_mentions(text, expected):
    assert pairs(text) == expected


def test_as_of_a_year_is_that_year_not_now():
    assert pairs("トルコ航空は2014年現在、39都市に就航している。") == [("2014年", "2014")]


def test_the_next_day_counts_from_the_story():
    assert pairs("9月20日に公演を中止し、翌日に理由を説明した。") == [("9月20日", "2019-09-20"), ("翌日", "2019-09-21")]


def test_spans_are_offsets_into_the_text_as_written():
    text = "会議は２０１９年１１月２５日に開かれ、令和元年十二月三日に終わった。"
    got = extract_dates(text, lang=LANG, reference_date=REF)
    assert [(m.text, m.value) for m in got] == [("２０１９年１１月２５日", "2019-11-25"), ("令和元年十二月三日", "2019-12-03")]
    for m in got:
        assert text[m.start:m.end] == m.text


def test_a_year_alone_before_a_closing_bracket_is_a_year():
    assert pairs("重要な動機が示唆されています(James et al., 1995)。") == [("1995", "1995")]
    assert pairs("番号1995の列車。") == []


def test_a_clause_that_goes_on_after_its_comma_takes_the_sentence_verb():
    # "送られ、" (was sent, and) goes on to the past "朗読されました": both dates are the last ones (said in June)
    assert pairs("1通は7月6日にワシントンに送られ、7月9日にニューヨークで朗読されました。") == [
        ("7月6日", "2019-07-06"), ("7月9日", "2019-07-09")]


def test_a_year_before_an_event_name_in_latin_letters():
    assert pairs("ASUSのEee PCは2007 Taipei IT Monthで話題となりました。") == [("2007", "2007")]
    assert pairs("2007 units were sold.") == []  # a count before a lower-case word
