"""Korean dates: sentence shapes of Korean news, with the traps of a language whose particles are written onto the
word before them (see viz/dates/lang/ko.py). Sentences are our own."""
from __future__ import annotations

import datetime as dt

import pytest

from .dates_lang import found_and_traps, pairs_for

REF = dt.date(2020, 6, 15)  # a Monday
LANG = "ko"


pairs = pairs_for(LANG, REF)


FOUND = [
    ("정부는 2021년 5월 7일 새로운 교통 규정을 발표했다.", [("2021년 5월 7일", "2021-05-07")]),
    ("회담은 2019년 11월에 열렸다.", [("2019년 11월", "2019-11")]),
    ("회사는 1998년에 설립됐다.", [("1998년", "1998")]),
    ("1592년 전쟁이 일어났다.", [("1592년", "1592")]),
    ("1990년대 경제가 성장했다.", [("1990년대", "199")]),
    ("19세기 이 다리가 건설됐다.", [("19세기", "18")]),
    # a year named before the month
    ("지난해 7월 홍수가 발생했다.", [("지난해 7월", "2019-07")]),
    ("올해 3월에 정부가 약속했다.", [("올해 3월", "2020-03")]),
    # a day by its number: past with "지난", coming with "오는", or the text's month
    ("지난 5일 양국은 협정에 서명했다.", [("지난 5일", "2020-06-05")]),
    ("오는 10일 회담이 열릴 예정이다.", [("오는 10일", "2020-07-10")]),
    ("정부는 5일 발표했다.", [("5일", "2020-06-05")]),
    # relative to the day of the text, with their particles
    ("지난해부터 물가가 올랐다.", [("지난해", "2019")]),
    ("작년에 수출이 줄었다.", [("작년", "2019")]),
    ("내년 선거를 앞두고 있다.", [("내년", "2021")]),
    ("지난달 실업률이 올랐다.", [("지난달", "2020-05")]),
    ("다음 주에 결과가 나온다.", [("다음 주", "2020-W26")]),
    ("지난 주말 시위가 열렸다.", [("지난 주말", "2020-W24-WE")]),
    ("어제 경찰은 두 명을 체포했다.", [("어제", "2020-06-14")]),
    ("내일 외무장관이 도쿄를 방문한다.", [("내일", "2020-06-16")]),
    ("현재 감염은 진정되고 있다.", [("현재", "PRESENT_REF")]),
    ("3년 전 공장이 문을 닫았다.", [("3년 전", "2017")]),
    ("몇 년 전 그는 이곳에 왔다.", [("몇 년 전", "PAST_REF")]),
    ("2020년 1분기 매출이 증가했다.", [("2020년 1분기", "2020-Q1")]),
    ("올해 상반기 성장이 둔화됐다.", [("올해 상반기", "2020-H1")]),
    ("지난주 월요일 합의에 도달했다.", [("지난주 월요일", "2020-06-08")]),
    ("다음 주 금요일에 결과가 발표된다.", [("다음 주 금요일", "2020-06-26")]),
]

TRAPS = [
    "2000년 동안 사람들이 이곳에 살았다.",  # for two thousand years
    "5일간 축제가 열렸다.",  # five days long
    "3일째 비가 내렸다.",  # the third day of rain
    "그는 2000명의 시위대를 이끌었다.",  # a count of people
    "내 친구가 왔다.",  # "내" (my) is no "next" before anything but 년
    "1일 평균 3회 운동한다.",  # a daily average
    "3일 연속 비가 왔다.",  # three days in a row
    "7일 이상 걸린다.",  # seven days or more
]


test_dates_found, test_traps = found_and_traps(pairs, FOUND, TRAPS)


@pytest.mark.parametrize("text, expected", [
    # the sentence's ending tells the year of a year-less month: the plain present of a schedule, or the past
    ("10월에 선거가 치러진다.", "2020-10"),
    ("10월에 선거가 치러졌다.", "2019-10"),
    ("8월에 모의 투표에서 승리했다.", "2019-08"),
])
def test_tense_of_a_year_less_month(text, expected):
    assert [v for _, v in pairs(text)] == [expected], pairs(text)


def test_story_words_and_counts_are_not_read_inside_other_words():
    # after a date, "이해" (understanding), "전해" (handed on) and "세일 후" (after the sale) are no dates
    got = pairs("2020년 3월 5일 회담이 열렸다. 상호 이해를 넓혔다. 그는 전해 들었다. 세일 후 가격이 올랐다. 이튿날 떠났다.")
    assert got == [("2020년 3월 5일", "2020-03-05"), ("이튿날", "2020-03-06")], got


@pytest.mark.parametrize("text, expected", [
    ("미국 정부는 5월 7일(현지시간) 발표했다.", [("5월 7일", "2020-05-07")]),
    ("입력 2021.05.07 14:30", [("2021.05.07", "2021-05-07")]),
])
def test_wire_news_forms(text, expected):
    assert pairs(text) == expected
