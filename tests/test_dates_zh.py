"""Chinese dates: sentence shapes of Chinese news, with the traps of a language written without spaces (see
viz/dates/lang/zh.py). Sentences are our own."""
from __future__ import annotations

import datetime as dt

import pytest

from viz.dates import extract_dates

from .dates_lang import pairs_for

REF = dt.date(2020, 6, 15)  # a Monday
LANG = "zh"


pairs = pairs_for(LANG, REF)


FOUND = [
    # full dates in figures, in characters, with spaces around the figures
    ("2021年5月7日，市政府宣布新的交通规定。", [("2021年5月7日", "2021-05-07")]),
    ("二〇一九年十一月二十五日，两国签署了协议。", [("二〇一九年十一月二十五日", "2019-11-25")]),
    ("会议于 2017 年 1 月在北京举行。", [("2017 年 1 月", "2017-01")]),
    ("新法自2021/3/1起施行。", [("2021/3/1", "2021-03-01")]),
    # years, decades, centuries
    ("公司成立于1998年。", [("1998年", "1998")]),
    ("公元1644年，清军入关。", [("1644年", "1644")]),
    ("上世纪80年代，这座城市开始发展。", [("上世纪80年代", "198")]),
    ("二十世纪九十年代经济快速增长。", [("二十世纪九十年代", "199")]),
    ("这座桥建于19世纪。", [("19世纪", "18")]),
    ("他在2009赛季表现出色。", [("2009", "2009")]),
    # relative to the day of the text
    ("去年，该国出口下降了5%。", [("去年", "2019")]),
    ("明年将举行大选。", [("明年", "2021")]),
    ("上个月物价上涨。", [("上个月", "2020-05")]),
    ("下周将公布结果。", [("下周", "2020-W26")]),
    ("昨天，警方逮捕了两名嫌疑人。", [("昨天", "2020-06-14")]),
    ("外长明天将访问东京。", [("明天", "2020-06-16")]),
    ("目前，疫情已得到控制。", [("目前", "PRESENT_REF")]),
    ("三年前，这里还是一片农田。", [("三年前", "2017")]),
    ("两周前发生了地震。", [("两周前", "2020-W23")]),
    ("多年前他来过这里。", [("多年前", "PAST_REF")]),
    ("几千年前，人类开始种植水稻。", [("几千年前", "PAST_REF")]),
    # a year named before the month: that year's month
    ("去年七月份发生了洪水。", [("去年七月份", "2019-07")]),
    ("今年3月，政府作出了承诺。", [("今年3月", "2020-03")]),
    # quarters, halves, seasons
    ("2019年第一季度经济增长6.4%。", [("2019年第一季度", "2019-Q1")]),
    ("今年上半年增长放缓。", [("今年上半年", "2020-H1")]),
    ("去年冬天特别冷。", [("去年冬天", "2019-WI")]),
    # weekdays: the week named, or the tense of the clause
    ("上周三，双方签署了协议。", [("上周三", "2020-06-10")]),
    ("美国国家篮球协会周三暂停了赛季。", [("周三", "2020-06-10")]),
    ("飓风预计在星期三前将增强。", [("星期三", "2020-06-17")]),
    # the day of the month alone (news: "the foreign ministry said on the 5th")
    ("外交部发言人5日在例行记者会上表示，中方反对制裁。", [("5日", "2020-06-05")]),
    # the Republic of China's years (Taiwan)
    ("民国109年1月11日举行选举。", [("民国109年1月11日", "2020-01-11")]),
]

TRAPS = [
    "每周一开会。",  # every Monday: no one day
    "这种药一周一次。",  # once a week, not Monday
    "今年春节期间，旅客增加。",  # the Spring Festival is no season (the year is found alone)
    "这个问题出现在报告里。",  # 出现 + 在 (appears in), not 现在 (now)
    "近2000年来，这里一直有人居住。",  # two thousand years, not the year 2000
    "说明年度报告的内容。",  # 说明 (explain) + 年度 (annual), not 明年 (next year)
    "如今年轻人喜欢网购。",  # 如今 (nowadays) + 年轻 (young): no "this year"
    "宇航员登上月球。",  # 登上 + 月球 (the moon), not 上月 (last month)
    "他们组织了五日游。",  # a five-day tour
    "这项工程为期5日。",  # lasts five days
    "会议记录已经整理完毕。",  # 会议 (meeting): no date at all
    # number characters that count no time, and day or direction words inside other words
    "他一日三餐都在食堂吃。",  # three meals a day
    "地铁3号线开通了。",  # line 3
    "他穿10号球衣。",  # shirt number 10
    "然后天气转晴。",  # 然后 (then) + 天气 (weather), not 后天
    "聪明天才。",  # 聪明 + 天才, not 明天
    "他加上月薪一共一万元。",  # 加上 (plus) + 月薪 (salary), not 上月
    "日本月薪水平较高。",  # 日本 + 月薪, not 本月
    "基本年薪十万元。",  # 基本 + 年薪, not 本年
    "网上周销量很好。",  # 网上 + 周销量, not 上周
    "同年级的学生。",  # the same grade
    "同一月份出生。",  # the same month
    "统一月度报表。",  # unified monthly report
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_dates_found(text, expected):
    got = pairs(text)
    for p in expected:
        assert p in got, got


@pytest.mark.parametrize("text", TRAPS)
def test_traps(text):
    got = pairs(text)
    if text.startswith("今年春节"):
        assert got == [("今年", "2020")], got
    elif text.startswith("如今"):
        assert got == [("如今", "PRESENT_REF")], got
    else:
        assert got == [], got


@pytest.mark.parametrize("text, expected", [
    # a year-less date told in the future: the coming one; in the past: the last one
    ("这项投票还必须于10月份在哥本哈根举行的会议上得到批准。", "2020-10"),
    ("他表示会参加于1月21日举行的初选。", "2021-01-21"),
    ("八月曾在模拟民意调查中胜出的议员决定退出竞选。", "2019-08"),
    ("地震活动于3月10日发生在火山的东北侧。", "2020-03-10"),
])
def test_tense_of_a_year_less_date(text, expected):
    assert [v for _, v in pairs(text)] == [expected], pairs(text)


def test_the_end_of_a_range_takes_the_year_of_its_start():
    assert pairs("残奥会将于2021年8月24日至9月5日举行。") == [("2021年8月24日", "2021-08-24"), ("9月5日", "2021-09-05")]
    assert pairs("展览从2020年12月20日到1月5日。") == [("2020年12月20日", "2020-12-20"), ("1月5日", "2021-01-05")]


def test_the_next_day_counts_from_the_story():
    assert pairs("乐队在9月20日取消了演出，次日公布了原因。") == [("9月20日", "2019-09-20"), ("次日", "2019-09-21")]


@pytest.mark.parametrize("text, expected", [
    # era years in characters, a weekday in brackets in its date's mention, the weekend, spaces around figures
    ("民国三十八年，政府迁台。", [("民国三十八年", "1949")]),
    ("比赛将于10月1日（周五）举行。", [("10月1日（周五）", "2020-10-01")]),
    ("上周末，双方举行会谈。", [("上周末", "2020-W24-WE")]),
    ("微软 Windows 11 于 10 月 5 日正式发布。", [("10 月 5 日", "2019-10-05")]),
    ("据CNN 5日报道，双方已达成协议。", [("5日", "2020-06-05")]),
    ("会议于 3 月 10 日 举行。", [("3 月 10 日", "2020-03-10")]),
    ("2019年（民国108年）5月1日举行。", [("2019年", "2019"), ("民国108年", "2019"), ("5月1日", "2019-05-01")]),
])
def test_exact_mentions(text, expected):
    assert pairs(text) == expected


def test_traditional_characters():
    assert pairs("上個月物價上漲，下個星期將公布結果。") == [("上個月", "2020-05"), ("下個星期", "2020-W26")]


def test_spans_are_offsets_into_the_text_as_written():
    text = "会议于 2017 年 1 月举行，二〇二〇年三月五日结束。"
    for m in extract_dates(text, lang=LANG, reference_date=REF):
        assert text[m.start:m.end] == m.text
    assert [m.text for m in extract_dates(text, lang=LANG, reference_date=REF)] == ["2017 年 1 月", "二〇二〇年三月五日"]


def test_a_year_alone_before_a_closing_bracket_is_a_year():
    # a citation, a work's year; a year without 年 elsewhere is no year
    assert pairs("动机被认为很重要（詹姆斯等，1995）。") == [("1995", "1995")]
    assert pairs("电影《流浪地球》（2019）上映。") == [("2019", "2019")]
    assert pairs("编号1995的列车。") == []
