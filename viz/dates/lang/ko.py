"""Korean words and rules for the date extractor (see viz.dates.engine for the template syntax).

Korean writes a date as numbers each followed by its unit ("2021년 5월 7일", "5월 7일", "2021년"), and its particles
attached to the word before them ("5월에", "지난해부터", "월요일까지"): a word of a list ends before a space, a
punctuation mark or a particle (WORD_END), not before another syllable ("지난 주말" is last weekend, not last week).
News dates a day by its number alone, with "지난" (past) or "오는" (coming) before it ("지난 5일", "오는 10일") or
without ("정부는 5일 발표했다"). The verb ends the sentence: a past ending ("발표했다", "열렸습니다") or a plan
("예정이다", "할 계획") after a year-less date tells its year."""
from .. import cldr

CODE = "ko"
DAY_FIRST = False
# the particles that may follow a date word ("5월에", "지난해의", "어제부터", "올해는", "이번 주까지")
_PARTICLE = (r"(?:에서|에는|에도|에|의|부터|까지|은|는|도|보다|만|과|와|이|가|을|를|로|으로|께|엔|쯤|경|중|초|말|께서"
             r"|이다|였다|이었다|였던)")
WORD_END = r"(?=[\s.,;:!?()\[\]（）'\"”’·~]|$|" + _PARTICLE + ")"  # "5월 7일(현지시간)"

MONTHS = cldr.months("ko")
WEEKDAYS = cldr.weekdays("ko")
SEASONS = {"봄": "SP", "여름": "SU", "가을": "FA", "겨울": "WI"}
NUMBERS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
VAGUE_NUMBERS = ("몇", "수", "여러", "수십", "수백", "수천")
ORDINALS = {"상": 1, "하": 2}  # "상반기" (the first half), "하반기"
UNITS = {"해": "Y", "년": "Y", "달": "M", "개월": "M", "주": "W", "주일": "W", "주말": "WE", "일": "D", "분기": "Q",
         "세기": "CENT"}
# "지난해", "작년", "올해", "금년", "내년", "재작년"; "지난달", "이번 달", "다음 달"; "지난주", "이번 주", "다음 주";
# "지난 5일" (the last 5th), "오는 10일" (the coming 10th); "지난 3월", "오는 3월"
DIRS = {"지난": -1, "작": -1, "재작": -2, "올": 0, "금": 0, "이번": 0, "내": 1, "다음": 1, "오는": 1, "지난해": -1,
        "작년": -1, "올해": 0, "금년": 0, "내년": 1}
AGO_FUTURE = ("후", "뒤")
ANCHORED_AFTER = ("후", "뒤")  # "사흘 뒤 사임했다": from the story's last date
THAT_UNITS = {"날": "D", "해": "Y", "달": "M"}
THAT_RELS = {"이": 0, "그": 0, "전": -1, "다음": 1, "이튿": 1, "이듬": 1}
RELDAYS = {"어제": -1, "오늘": 0, "내일": 1, "그제": -2, "그저께": -2, "모레": 2, "어젯밤": -1, "오늘밤": 0}
REFS = {"현재": "PRESENT_REF", "지금": "PRESENT_REF", "요즘": "PRESENT_REF", "최근": "PAST_REF", "앞으로": "FUTURE_REF",
        "향후": "FUTURE_REF", "과거에": "PAST_REF", "미래에": "FUTURE_REF"}

# a past ending after a year-less date ("5월에 개최됐다", "3월 10일 발생했습니다"); a plan ("예정이다", "계획이다",
# "할 것으로 보인다", "-겠-")
_PAST_SYLLABLE = "[었았였했됐갔왔졌났렸켰웠겼셨샀섰냈봤줬쳤혔랐렀]"
PAST_AFTER = r"[^.?!]*?" + _PAST_SYLLABLE + r"(?:다|습니다|던|고|지만|는데|으며|으나|어요|죠)"
# ... or the plain present, which news uses for what is scheduled ("선거가 치러진다", "회의가 열립니다")
FUTURE_AFTER = (r"[^.?!]*?(?:예정|계획|방침|전망|겠|[할될갈올볼줄]\s*것|"
                r"(?:[한된진간온난친른린는준운본센킨긴]다|[합됩갑옵납칩릅립줍봅]니다)(?=[\s.?!\"”']|$))")
RANGE_WORDS = ("부터", "까지", "~")

YEAR_CUE = r""  # written with 년, a year before 1800 is one too ("1592년")
YEAR_NOT_AFTER = r"[$€£¥#§₩]|\d[.,](?!\s)|약|무려|최소|최대|지난\s*\d+"
# "2000년 동안" (for 2000 years), "2000년 전" (2000 years ago), "2000년 만에"; "2000명" is no year (no 년)
YEAR_NOT_BEFORE = r"\s*(?:동안|간|째|만에|여\s|전(?=[\s.,]|$|에|부터|까지|의|만))"

_YEAR = r"{YEAR}\s*년\s*(?:도\s*)?"
_YDIR = r"(?P<ydir>지난해|작년|올해|금년|내년)\s*"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)\s*일"
_END = WORD_END

RULES = [
    ("iso", r"(?P<y>(?:19|20)\d\d)\s*[-/.]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?![\d])"),
    # "2021년 5월 7일", "5월 7일", "지난해 5월 7일"
    ("date", r"(?:" + _YEAR + r"|" + _YDIR + r")?{MONTH}\s*" + _DAY + _END),
    ("month", _YEAR + r"{MONTH}"),
    ("month", _YDIR + r"{MONTH}"),
    # "지난 3월" (last March), "오는 10월"
    ("month", r"(?P<dir>지난|오는)\s+{MONTH}"),
    ("month", r"{MONTH}"),
    # "2020년 1분기", "올해 3분기", "1·4분기" (the older writing)
    ("quarter", r"(?:" + _YEAR + r"|(?P<ofdir>지난해|작년|올해|내년)\s*)?(?P<qn>[1-4])\s*(?:[·.]\s*4\s*)?분기" + _END),
    ("half", r"(?:" + _YEAR + r"|(?P<ofdir>지난해|작년|올해|내년)\s*)?(?P<ord>상|하)반기" + _END),
    ("season", _YEAR + r"{SEASON}"),
    ("season", r"(?P<ydir>지난해|작년|올해|내년)\s*{SEASON}"),
    ("season", r"(?P<dir>지난|이번|올|다음)\s*{SEASON}"),
    ("decade", r"(?:(?P<year>1[5-9]\d0|20[0-9]0)|(?P<yy>[1-9]0))\s*년대" + _END),
    ("century", r"(?P<cnum>[12]?\d)\s*세기" + _END),
    # "3년 전", "두 달 뒤", "2주 후", "몇 년 전" (a vague past)
    # (a number word stands apart from its unit: "세 달", not "세일 후", after the sale)
    ("ago", r"{NUM}(?:(?<=\d)\s*|\s+){UNIT}\s*(?P<after>전|후|뒤)" + _END),
    # "이날" (that day, of the story), "그날", "전날", "다음 날", "이튿날"; "이듬해", "그해" (not "이해", understanding,
    # nor "전해", handed on)
    ("that_unit", r"(?P<rel>이튿|이|그|전|다음)\s*(?P<unit>날)" + _END),
    ("that_unit", r"(?P<rel>이듬|그)(?P<unit>해)" + _END),
    # "지난주 월요일", "다음 주 금요일"
    ("weekday", r"(?:(?P<wdir>지난|이번|다음)\s*주\s*)?{WEEKDAY}"),
    ("relday", r"{RELDAY}"),
    ("ref", r"{REF}"),
    # "지난해", "작년", "올해", "내년", "재작년"; "지난달", "이번 달", "다음 달"; "지난주", "이번 주"; "다음 분기"
    ("relunit", r"(?:(?P<dir>재작|작|금|내)(?=년)|(?P<dirb>올)(?=해)|(?P<dirc>지난|이번|다음)\s*)"
                r"(?P<unit>해|년|달|주말|주(?!말)|분기|세기)" + _END),
    ("year", r"{YEAR}\s*년(?!대)" + _END),
    # "지난 5일", "오는 10일", and "5일" alone: the day of the reference month ("정부는 5일 발표했다"); not a count of
    # days ("5일간", "5일 동안", "3일째", "3일 만에", "3일 연속", "1일 평균", "1일 3회")
    ("dom", r"(?:(?P<dir>지난|오는)\s+)?(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)\s*일(?!\s*(?:간|동안|째|만에|만|이내|내|평균|당|연속|이상|이하|\d))"
            + _END),
]
