"""Japanese words and rules for the date extractor (see viz.dates.engine for the template syntax).

Japanese writes no spaces between words (NO_SPACES) and writes a date as numbers each followed by its unit:
"2021年5月7日", "5月7日", "7日" (the 7th, of the month of the text), "2021年", "80年代"; numbers in characters are
scanned as figures (see viz.dates.lang.cjk). Years are also counted in the emperor's era: "令和2年" is 2020,
"平成31年4月30日" 2019-04-30 ("元年": the era's first year). The verb ends the sentence: a year-less date is read
with the tense of the sentence's last verb ("3月10日に発生した": past; "10月に開催される": to come)."""
from .cjk import DAY_WORDS as _DAYW, ERA_YEAR, MONTHS as _MONTHS, TENS as _TENS, number_scanner

CODE = "ja"
DAY_FIRST = False
# a rule starts neither inside a number ("十一月", "12月", "数年"), nor inside a word of Latin letters, nor after a
# character that makes a word with the number after it ("統一", "同一", "唯一")
RULE_AFTER = r"[^\dA-Za-z十百千万萬数何第約同統唯単逐毎]"
WORD_END = ""  # no spaces between words: a word of a list may run into the next
# number characters are figures before a unit of time ("三年前", "十一月", "三か月"), as a day after its month or
# before 前/後/間 ("三日後"), or as a year's four digits (viz.dates.lang.cjk); not in "一日も早く" or "一日中"
scan_text = number_scanner(r"年|月|世紀|か月|カ月|ヶ月|ケ月|ヵ月|箇月|週間|週|四半期|日(?=\s*(?:前|後|間))")

NUMBERS = dict(_TENS)
VAGUE_NUMBERS = ("数", "何", "十数", "数十")
MONTHS = dict(_MONTHS)
DECADE_WORDS = {"%d0" % t: 10 * t for t in range(2, 10)}
_WD = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
WEEKDAYS = {d + "曜日": n for d, n in _WD.items()} | {d + "曜": n for d, n in _WD.items()}
WEEKDAY_NOT_AFTER = r"毎週?|隔週"  # "毎週月曜日": every Monday, no one day

SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
ORDINALS = {"上": 1, "下": 2} | _TENS  # "上半期", "十九世紀"
UNITS = {"年": "Y", "月": "M", "か月": "M", "カ月": "M", "ヶ月": "M", "ケ月": "M", "ヵ月": "M", "箇月": "M",
         "週": "W", "週間": "W", "日": "D", "世紀": "CENT", "四半期": "Q", "週末": "WE"}
# "昨年" (last year), "今月", "来週", "一昨年", "再来年"; "年内" (within this year); "今週末"
DIRS = {"昨": -1, "去": -1, "先": -1, "前": -1, "今": 0, "本": 0, "来": 1, "翌": 1, "一昨": -2, "再来": 2, "内": 0}
AGO_FUTURE = ("後",)
# "今週末" said on a Monday or Tuesday: the coming weekend in a sentence told in the future or as a plan
# ("今週末に大会が開かれる"), as in English (resolvers.r_relunit); told in the past, the one just past
THIS_WEEKEND_BY_TENSE = True
ANCHORED_AFTER = ("後",)  # "3日後に辞任した": three days after the story's last date
THAT_UNITS = {"日": "D", "年": "Y", "月": "M", "週": "W"}
THAT_RELS = {"翌": 1, "前": -1, "同": 0, "当": 0}
RELDAYS = {"今日": 0, "本日": 0, "今朝": 0, "今夜": 0, "今晩": 0, "昨日": -1, "昨夜": -1, "昨晩": -1, "明日": 1,
           "明朝": 1, "一昨日": -2, "明後日": 2}
# ... and in kana (broadcast news: "きょう", "あす"), as a word of its own: not inside another word written in kana
# ("べんきょう", study; "きょうだい", siblings)
_KANA_DAYS = {"きょう": 0, "きのう": -1, "あす": 1, "あした": 1, "おととい": -2, "あさって": 2}
RELDAYS |= _KANA_DAYS
_KANA_DAY_RULE = (r"(?<![ぁ-ゖ])(?P<relday>" + "|".join(sorted(_KANA_DAYS, key=len, reverse=True))
                  + r")(?=[はのにもがをへや、。,.]|から|まで|\s|[午朝夜中]|$)")
REFS = {"現在": "PRESENT_REF", "現時点": "PRESENT_REF", "今では": "PRESENT_REF", "今まで": "PRESENT_REF",
        "目下": "PRESENT_REF", "最近": "PAST_REF", "近年": "PAST_REF", "このところ": "PAST_REF",
        "将来": "FUTURE_REF", "今後": "FUTURE_REF", "近い将来": "FUTURE_REF", "できるだけ早く": "FUTURE_REF",
        "なるべく早く": "FUTURE_REF", "今": "PRESENT_REF"}
# "今日" is also "nowadays" ("今日の空の旅", "今日使用されているコンピュータ"): the day of the text in a news report
# (NEWS_CUE), before a time of day, or when its clause tells an event; "本日" and "きょう" are always the day
GENERIC_TODAY = ("今日",)
TODAY_AS_DATE_NEAR = r"発表|表明|明らかに|述べ|語っ|会見|開催|行わ|行っ|到着|訪問|署名|合意|決定|発売|公開|開始|始ま|終了"
# ... a time of day after it, or an event told after its comma ("今日、政府は対策を発表した")
TODAY_AS_DATE_AFTER = r"(?:午前|午後|朝|夜|夕方|正午|\d+時|\s*[、,][^。]{0,80}?(?:" + TODAY_AS_DATE_NEAR + "))"
# (the engine's own cue, a weekday as a word of its own, cannot be seen in a text without spaces)
NEWS_CUE = r"記者|によると|共同通信|時事通信|ロイター|AP通信|AFP|伝えた|報じた|\d+日(?:午前|午後)|[月火水木金土日]曜日"
HUNDREDS_ARE_CENTURIES = True  # "1800年代": the 19th century (TimeML "18")
# "2014年現在" (as of 2014), "午後3時現在": the date before it, not now
_REF_NOT_AFTER = r"(?<![年月日時点])"

# the tense of a year-less date's sentence: a past verb after it ("3月10日に発生した", "8月に勝利した議員は"), or, for
# a date that is the time of the verb (followed by に, から, まで or a comma; not "3月下旬の時点で", as of), a plan or
# a non-past verb ending its sentence ("予定", "見通し", "開催されます。", "承認されなければなりません。"), or a
# non-past verb quoted ("出馬すると述べた": said he will run). Not the progressive ("販売しています": goes on since).
_END = r"(?:[。」』]|$)"
_NONPAST = r"(?<!てい)(?<!てお)(?:ます|ません|る|う|く|す|つ|ぬ|ぶ|む|ない|べきだ)"
PAST_AFTER = r"[^。]*?(?:[しっいきちにびみりれえけせてねべめげじぎ]た|ました|でした|んだ)(?![めだしびち])"
FUTURE_AFTER = (r"(?:上旬|中旬|下旬|末|初め|頃|ごろ)?\s*(?:に|から|まで|、|以降)[^。]*?(?:予定|見通し|見込み|方針|計画|"
                r"つもり|ことになっ|" + _NONPAST + _END + ")|[^。]*?" + _NONPAST
                + r"と(?:述べ|話し|語っ|発表|表明|明らかに|言っ|伝え|強調|説明)")
RANGE_WORDS = ("から", "まで", "～", "〜")

YEAR_CUE = r""  # written with 年, a year before 1800 is one too ("1610年")
# a count of years ("約2000年", "過去100年", "2000年間", "2000年ぶり")
YEAR_NOT_AFTER = r"[$€£¥#§]|\d[.,](?!\s)|約|およそ|計|第|過去|ここ|最長|最大"
YEAR_NOT_BEFORE = r"(?:間|ぶり|以上|近く|余り|余|にわた)"

_YEAR = r"{YEAR}\s*年\s*(?:の\s*)?"
_YDIR = r"(?P<ydir>昨|去|今|来|一昨|再来)\s*年\s*(?:の\s*)?"
_DAY = r"(?:(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)|(?P<dayw>" + _DAYW + r"))\s*日(?![間目本曜])"
# ... and the weekday in brackets after it, in the mention ("10月1日（金）")
_DAY_WEEKDAY = r"(?:\s*[（(]\s*[月火水木金土日](?:曜日?)?\s*[)）])?"

RULES = [
    # an era year: "令和2年", "平成31年4月30日", "令和元年"
    ("era", r"(?P<era>令和|平成|昭和|大正|明治)\s*" + ERA_YEAR + r"\s*年(?:\s*{MONTH}(?:\s*" + _DAY + r")?)?"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/|～|〜)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))\s*年?"),
    ("iso", r"(?P<y>(?:19|20)\d\d)\s*[-/.]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"),
    # "2021年5月7日", "5月7日", "昨年5月7日"
    ("date", r"(?:" + _YEAR + r"|" + _YDIR + r")?{MONTH}\s*" + _DAY + _DAY_WEEKDAY),
    ("month", _YEAR + r"{MONTH}"),
    ("month", _YDIR + r"{MONTH}"),
    ("month", r"{MONTH}"),
    # "2020年第1四半期", "今年の第3四半期"
    ("quarter", r"(?:" + _YEAR + r"|(?P<ofdir>昨|去|今|来)\s*年\s*(?:の\s*)?)?第\s*(?P<qn>[1-4])\s*四半期"),
    # "上半期", "2019年下半期", "2020年前半"
    ("half", r"(?:" + _YEAR + r"|(?P<ofdir>昨|去|今|来)\s*年\s*(?:の\s*)?)?(?P<ord>上|下)\s*半期"),
    ("season", _YEAR + r"{SEASON}(?![休季期場服物])"),
    ("season", r"(?P<ydir>昨|去|今|来)\s*年\s*の\s*{SEASON}"),
    # "今春", "今夏", "昨秋", "来春"
    ("season", r"(?P<dir>今|昨|来)(?P<season>春|夏|秋|冬)(?![休季期場服物])"),
    ("decade", r"(?:(?P<year>1[5-9]\d0|20[0-9]0)|(?P<yy>[1-9]0))\s*年代"),
    ("century", r"(?:(?P<cnum>[12]?\d)|(?P<ord>" + _DAYW + r"))\s*世紀"),
    # "3年前", "2週間前", "3か月後", "数年前" (a vague past), "数千年前"; not "10年ぶり" (the first time in ten years)
    ("ago", r"{NUM}\s*(?:{UNIT})\s*(?P<after>前|後)(?![半期])"),
    ("ago", r"(?P<big>(?:(?:\d+|数|何)\s*)?(?:十|百|千|万|億)+)\s*(?P<unit>年)\s*(?:も\s*)?(?P<after>前)"),
    # "翌日", "前日", "同日", "翌年", "同年": from the story's last date
    ("that_unit", r"(?P<rel>翌|前|同|当)\s*(?P<unit>日|年|月|週)(?![間本曜代齢])"),
    # "先週水曜日", "来週の月曜日": that day of the week named
    ("weekday", r"(?:(?P<wdir>先|今|来)\s*週\s*(?:の\s*)?)?{WEEKDAY}"),
    ("relday", _KANA_DAY_RULE),
    ("relday", r"(?!" + "|".join(_KANA_DAYS) + r"){RELDAY}"),
    ("ref", _REF_NOT_AFTER + r"(?!今(?![でま])){REF}"),
    ("ref", r"(?P<ref>今)(?=\s*[、,]|は)"),  # "科学は今、", "今は": now
    # "昨年", "今年", "来年", "一昨年", "先月", "今月", "来月", "先週", "今週", "来週", "年内", "今世紀"
    ("relunit", r"(?P<dir>一昨|再来|昨|去|今|(?<!未)来)\s*(?P<unit>年(?!代|齢|表)|世紀)"),
    ("relunit", r"(?P<dir>先|今|来)\s*(?P<unit>月|週末|週)(?!曜)"),
    ("relunit", r"(?P<unit>年|月|週)(?P<dir>内)"),
    ("year", r"{YEAR}\s*年(?!代)"),
    # a year alone before a closing bracket: a citation ("(James et al., 1995)"), a work's year ("《流浪地球》（2019）")
    ("year", r"{YEAR}(?=\s*[)）])"),
    # ... or before an event's name in Latin letters ("2007 Taipei IT Month", "2019 World Cup"; not a count, "1500
    # Bitcoin", "2000 Tesla", nor a model, "2080 Ti")
    ("year", r"{YEAR}(?=\s+(?:(?-i:[A-Z])[\w.&-]*\s+){0,3}(?-i:Month|Week|Show|Expo|Cup|Games|Olympics|Festival|"
             r"Summit|Conference|Forum|Awards|Open|Championships?|Fair|Congress|Marathon|Tour|Biennale)(?![a-z]))"),
    # "16日" alone: the day of the reference month ("大統領は16日、到着した"), not a count of days ("5日間", "3日目")
    # ... nor "3日後" without a story to count from, "1日3回" (three times a day), "1日中", "1日あたり", "1日も早く"
    ("dom", r"(?<!毎)(?<!約)(?<!最大)(?<!ここ)(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)\s*日"
            r"(?![間目本曜以付後前中もあ当]|\s*\d|\s*[一二三四五六七八九十]\s*回)"),
]
