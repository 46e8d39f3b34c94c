"""Chinese words and rules for the date extractor (see viz.dates.engine for the template syntax), Simplified and
Traditional.

Chinese writes no spaces between words (NO_SPACES: a rule may start after any character but a digit or a number
word) and writes a date as numbers each followed by its unit: "2021年5月7日", "5月7日", "2021年", "80年代", with
spaces around the figures in some texts ("于 3 月 10 日", scanned without them). Numbers in characters ("二〇二一年",
"五月七日", "十一月") are scanned as figures (see viz.dates.lang.cjk): "十一月" is scanned as "十1月" and "星期一" as
"星期1", and the word lists below are written in that form. A bare figure is no year: a year is written with 年
("2021年"), or stands before a season or a fiscal year ("2009赛季")."""
from .cjk import DAY_WORDS as _DAYW, ERA_YEAR, MONTHS as _MONTHS, TENS as _TENS, number_scanner, scanned_keys

CODE = "zh"
DAY_FIRST = False
# a rule starts neither inside a number ("十一月", "二十五日", "12月"), nor inside a word of Latin letters, nor after
# a character that makes a word with the number after it ("同一月份", the same month; "统一", "唯一", "万一")
RULE_AFTER = r"[^\dA-Za-z十百千万萬两兩几幾第同统統唯单單逐每之]"
WORD_END = ""  # no spaces between words: a word of a list may run into the next
# number characters are figures before a unit of time ("三年前", "十一月", "两个月"), as a day after its month, after
# a weekday's name ("星期一") or as a year's four digits (viz.dates.lang.cjk); not in "一日三餐" or "有朝一日"
scan_text = number_scanner(r"年|月|世纪|世紀|季度|个|個|天|周|週|星期|礼拜|禮拜")

NUMBERS = _TENS | {"两": 2, "兩": 2}
VAGUE_NUMBERS = ("几", "幾", "数", "數", "多", "若干")
MONTHS = dict(_MONTHS)
MONTHS |= {k + "份": v for k, v in MONTHS.items()}  # "3月份"
DECADE_WORDS = {"%d0" % t: 10 * t for t in range(2, 10)} | {"%d十" % t: 10 * t for t in range(2, 10)}
_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WEEKDAYS = {p + d: n for p in ("星期", "礼拜", "禮拜", "周", "週") for d, n in _WD.items()}
# "每周一" (every Monday) is no one day; "一周一次" (once a week) no Monday (scanned "1周1次")
WEEKDAY_NOT_AFTER = r"每|逢|隔"
WEEKDAY_NOT_BEFORE = r"\s*(?:次|遍|回|年|岁|歲)"

SEASONS = {"春天": "SP", "春季": "SP", "夏天": "SU", "夏季": "SU", "秋天": "FA", "秋季": "FA", "冬天": "WI",
           "冬季": "WI", "春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
# not "春节" (the Spring Festival), "春运" (its travel), "春晚" (its gala), "冬奥会" (the Winter Olympics)
_SEASON_NOT_BEFORE = r"(?![节節运運晚奥奧残殘])"
ORDINALS = {"上": 1, "下": 2} | _TENS  # "上半年" (the first half), "二十一世纪"
UNITS = {"年": "Y", "月": "M", "个月": "M", "個月": "M", "周": "W", "週": "W", "星期": "W", "个星期": "W",
         "個星期": "W", "礼拜": "W", "禮拜": "W", "个礼拜": "W", "個禮拜": "W", "天": "D", "季度": "Q", "个季度": "Q",
         "個季度": "Q", "世纪": "CENT", "世紀": "CENT", "年代": "DEC", "周末": "WE", "週末": "WE"}
# "去年" (last year), "前年" (the year before), "上个月", "本周", "下星期", "这个季度"
DIRS = {"去": -1, "今": 0, "明": 1, "前": -2, "后": 2, "後": 2, "上": -1, "上个": -1, "上個": -1, "本": 0, "这": 0,
        "這": 0, "这个": 0, "這個": 0, "下": 1, "下个": 1, "下個": 1}
THAT_UNITS = {"日": "D", "天": "D", "年": "Y", "月": "M"}
THAT_RELS = {"次": 1, "翌": 1, "转": 1, "轉": 1, "隔": 1, "第二": 1, "当": 0, "當": 0, "同": 0}
AGO_FUTURE = ("后", "後", "之后", "之後", "以后", "以後")
ANCHORED_AFTER = AGO_FUTURE  # "三天后" told in the past: three days after the story's last date
RELDAYS = {"今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1,
           "明天": 1, "明日": 1, "明晚": 1, "前天": -2, "后天": 2, "後天": 2, "大前天": -3, "大后天": 3, "大後天": 3}
REFS = {"目前": "PRESENT_REF", "现在": "PRESENT_REF", "現在": "PRESENT_REF", "当前": "PRESENT_REF",
        "當前": "PRESENT_REF", "如今": "PRESENT_REF", "眼下": "PRESENT_REF", "当下": "PRESENT_REF",
        "當下": "PRESENT_REF", "最近": "PAST_REF", "近来": "PAST_REF", "近來": "PAST_REF", "近年来": "PAST_REF",
        "近年來": "PAST_REF", "近年": "PAST_REF", "近日": "PAST_REF", "日前": "PAST_REF", "不久前": "PAST_REF",
        "未来": "FUTURE_REF", "未來": "FUTURE_REF", "将来": "FUTURE_REF", "將來": "FUTURE_REF", "今后": "FUTURE_REF",
        "今後": "FUTURE_REF", "当今": "PRESENT_REF", "當今": "PRESENT_REF", "现今": "PRESENT_REF",
        "現今": "PRESENT_REF", "尽快": "FUTURE_REF",
        "儘快": "FUTURE_REF", "尽早": "FUTURE_REF", "儘早": "FUTURE_REF"}
# "出现在" (appears in), "表现在", "实现在": a verb ending in 现 before 在 (at), not "now"; "即将来临" (is about to
# come), not "the future"; "最近的医院" (the nearest hospital)
_REF_NOT_AFTER = r"(?<![出体體表实實呈发發展显顯浮再])(?<!即)"
_REF_NOT_BEFORE = r"(?![的之]?(?:医院|醫院|距离|距離|车站|車站|地方))"

# the tense of a clause around a year-less date or a weekday: the auxiliaries and adverbs of the future before it
# ("将于10月举行", "计划在周五", "必须于10月"), of the past ("已经", "曾"); after it, the perfective 了 or the
# future's 将 ("周三暂停了", "星期三前将增强")
# the modal 会 (will) after a subject pronoun, an adverb or a verb of saying ("他会参加", "也会", "表示会"); not the
# 会 of a meeting or a society ("委员会", "大会", "会议")
_WILL = r"(?<=[也还還将將能定不才就都仍然他她它我你们們示说說称稱计計或])会(?!议|議|员|員|长|長|谈|談|见|見|晤|场|場|所)"
FUTURE_CUE = (r"将(?!军|近|领|士|帅|其|之|此|这|該|该)|將(?!軍|近|領|士|帥|其|之|此|這|該)|即将|即將|计划|計劃|预计|"
              r"預計|打算|准备|準備|定于|定於|预定|預定|原定|届时|屆時|有望|必须|必須|还需|還需|还要|還要|" + _WILL)
PAST_CUE = r"已经|已經|曾经|曾經|已(?![知婚])|曾(?!经|經|孙|孫|祖)|刚刚|剛剛"
FUTURE_AFTER = (r"[^。！？；，]{0,20}?(?:将(?!军|近)|將(?!軍|近)|即将|即將|会(?=[\u4e00-\u9fff])(?!议|議|长|長|员|員|谈|談"
                r"|见|見|面|晤|上|场|場|所|计|計|社|期|堂|师|師|同|合|商|演|展|客|意)|要(?=举行|舉行|召开|召開|开始|開始"
                r"|发布|發布)|做准备|做準備|作准备|作準備)")
# the perfective 了, or 曾 and 已 (had, already) after a fronted date ("八月曾在...胜出")
PAST_AFTER = r"[^。！？；]{0,30}?(?:(?<![为為除])了(?!解|结|結|不起)|已经|已經|曾|已(?![知婚]))"
RANGE_WORDS = ("至", "到")

HUNDREDS_ARE_CENTURIES = True  # "1800年代": the 19th century (TimeML "18")
YEAR_CUE = r""  # written with 年, a year before 1800 is one too ("1683年")
# a count of years or of things ("近2000年", "约1500年前", "第2000年")
YEAR_NOT_AFTER = r"[$€£¥#§]|\d[.,](?!\s)|近|约|約|大约|大約|超过|超過|逾|共|第|总计|總計|长达|長達|历时|歷時"
YEAR_NOT_BEFORE = r"(?:多|来|來|之久)"  # "2000多年", "2000年来" (for 2000 years)

_YEAR = r"{YEAR}\s*年\s*"
_DAY = r"(?:(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)|(?P<dayw>" + _DAYW + r"))\s*[日号號]"
# ... and the weekday in brackets after it, in the mention ("10月1日（周五）")
_DAY_WEEKDAY = r"(?:\s*[（(]\s*(?:星期|周|週|礼拜|禮拜)[1-6日天]\s*[)）])?"
_YDIR = r"(?P<ydir>去|今|明|前|后|後)\s*年\s*(?:的\s*)?"
# "说明年度报告" (explains the annual report), "声明", "证明", "表明": no "next year"
_NOT_MING = r"(?<![说說证證声聲表发發阐闡标標透简簡文光聪聰英失])"
# a count of days ("持续5日", "为期三日", "每5日"), not the day of a month
_DOM_NOT_AFTER = "".join("(?<!%s)" % w for w in ("持续", "持續", "连续", "連續", "为期", "為期", "长达", "長達", "历时",
                                                  "歷時", "至少", "超过", "超過", "达", "達", "近", "约", "約", "共", "每",
                                                  "前", "后", "後", "这", "這", "那", "数", "數"))
_AGO_AFTER = r"(?P<after>之前|以前|之后|之後|以后|以後|前|后|後)"

RULES = [
    # an era year: "民国109年" (the Republic of China's calendar, Taiwan), with its month and day
    ("era", r"(?P<era>民国|民國)\s*" + ERA_YEAR + r"\s*年(?:\s*{MONTH}(?:\s*" + _DAY + r")?)?"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/|至|到)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))\s*年?"),
    ("iso", r"(?P<y>(?:19|20)\d\d)\s*[-/.]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"),
    # "2021年5月7日", "5月7日", "去年5月7日", "五月七日"
    ("date", r"(?:" + _YEAR + r"|" + _YDIR + r")?{MONTH}\s*" + _DAY + _DAY_WEEKDAY),
    # "2021年5月", "去年5月", "今年三月份", "5月"
    ("month", _YEAR + r"{MONTH}"),
    ("month", _YDIR + r"{MONTH}"),
    ("month", r"{MONTH}"),
    # "2020年第一季度", "今年一季度", "第三季度"; not "一个季度" (a quarter long)
    ("quarter", r"(?:" + _YEAR + r"|(?P<ofdir>去|今|明)\s*年\s*)?(?:的\s*)?(?:第\s*)?(?P<qn>[1-4])\s*季度"),
    # "2019年上半年", "今年下半年"
    ("half", r"(?:" + _YEAR + r"|(?P<ofdir>去|今|明)\s*年\s*)?(?:的\s*)?(?P<ord>上|下)\s*半\s*年"),
    ("season", _YEAR + r"(?:的\s*)?{SEASON}" + _SEASON_NOT_BEFORE),
    ("season", r"(?P<ydir>去|今|明)\s*年\s*(?:的\s*)?{SEASON}" + _SEASON_NOT_BEFORE),
    ("season", r"(?P<dir>今)(?P<season>春|夏|秋|冬)(?![天季装裝令眠])"),
    # "1980年代"; "上世纪80年代", "二十世纪九十年代" (scanned "2十世纪9十年代"): of the 1900s; "80年代": the latest
    # such decade begun
    ("decade", r"(?:上|20|2十)\s*(?:个|個)?\s*世[纪紀]\s*(?P<decword>[2-9]0|[2-9]十)\s*年代"),
    ("decade", r"(?:(?P<year>1[5-9]\d0|20[0-9]0)|(?P<yy>[1-9]0)|(?P<decword>[2-9]十))\s*年代"),
    ("century", r"(?:(?P<cnum>[12]?\d)|(?P<ord>" + _DAYW + r"))\s*世[纪紀]"),
    # "三年前", "两个月后", "10天之后", "几年前" (a vague past); not "3月前" (before March)
    ("ago", r"{NUM}\s*(?:(?:个|個)\s*(?=[月星礼禮季])|(?![月日]))(?:{UNIT})\s*" + _AGO_AFTER),
    # "200万年前", "几千年前", "上百年前": a vague past
    ("ago", r"(?P<big>(?:(?:\d+|几|幾|数|數|上)\s*)?(?:十|百|千|万|萬|亿|億)+\s*多?)\s*(?P<unit>年)\s*"
            r"(?P<after>之前|以前|前)"),
    # "次日", "翌日", "转天", "第二天", "当天", "次年", "同年": from the story's last date
    # not "同年级" (the same grade), "同年龄" (the same age), "当年轻人" (as young people)
    ("that_unit", r"(?P<rel>次|翌|转|轉|隔|第2|当|當|同)\s*(?P<unit>日|天|年|月)(?![内內间間期级級龄齡轻輕纪紀])"),
    # "上周三", "下星期一", "本周五": that day of the week named
    ("weekday", r"(?:(?P<wdir>上|下|本|这|這)\s*(?:个|個)?\s*)?{WEEKDAY}"),
    # not inside a word: "然后天气" (then the weather), "以前天差地别", "聪明天才", "如今天气"
    ("relday", r"(?<![然之以此最随隨落背目提当當空从從聪聰说說证證声聲表发發阐闡标標透简簡文光失黎如])(?:{RELDAY})"),
    ("ref", _REF_NOT_AFTER + r"{REF}" + _REF_NOT_BEFORE),
    # "去年", "明年", "前年"; "上个月", "本周", "下星期", "这个季度", "本世纪"; not "马上" (at once) or "以下" (below)
    ("relunit", r"(?:(?P<dir>(?<![过過失除离離])去|(?<!如)今|" + _NOT_MING + r"明|(?<![目之以提当當此空])前|"
                r"(?<![之以今此然最背落])后|(?<![之以今此然最背落])後)(?=\s*年)|"
                # "马上" (at once), "加上", "网上" (online); "以下" (below), "天下"; "基本", "成本", "日本"
                r"(?P<dirb>(?<![以马馬之晚早线線楼樓身手加网網路])上(?:个|個)?|(?<![以之天地底手南])下(?:个|個)?|"
                r"(?<![基成日资資根版样樣剧劇文课課书書账賬])本|这(?:个)?|這(?:個)?))"
                r"\s*(?P<unit>年(?!代|级|級|纪|紀|轻|輕|薪|均)|月(?![球亮光台色薪饼餅])|周末|週末|周(?!年|边|邊|围|圍|期|刊|知)|"
                r"週(?!年|邊|圍|期|刊|知)|星期|礼拜|禮拜|季度|世[纪紀])"),
    # "2021年", "2021年度"; a number of years is written so too ("近2000年": YEAR_NOT_AFTER); without 年 before
    # a season or a fiscal year ("2009赛季", "2020财年")
    ("year", r"{YEAR}\s*年(?!代)"),
    # a year alone before a closing bracket: a citation ("(James et al., 1995)"), a work's year ("《流浪地球》（2019）")
    ("year", r"{YEAR}(?=\s*[)）])"),
    # ... or before an event's name in Latin letters ("2007 Taipei IT Month", "2019 World Cup"; not a count, "1500
    # Bitcoin", "2000 Tesla", nor a model, "2080 Ti")
    ("year", r"{YEAR}(?=\s+(?:(?-i:[A-Z])[\w.&-]*\s+){0,3}(?-i:Month|Week|Show|Expo|Cup|Games|Olympics|Festival|"
             r"Summit|Conference|Forum|Awards|Open|Championships?|Fair|Congress|Marathon|Tour|Biennale)(?![a-z]))"),
    ("year", r"{YEAR}(?=\s*(?:赛季|賽季|财年|財年|财政年度|財政年度|学年|學年))"),
    # "5日" alone: the day of the reference month ("外交部5日表示", the 5th), not a count of days ("5日游")
    # ("号" after a number alone is a number: "3号线", "10号球衣", "1号文件")
    ("dom", _DOM_NOT_AFTER + r"(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)\s*日(?![间間游遊内內本元圆圓》]|战争|戰爭)"),
]
# the word lists as the text is scanned ("星期一" as "星期1", "第二" as "第2")
WEEKDAYS, THAT_RELS = scanned_keys(WEEKDAYS, scan_text), scanned_keys(THAT_RELS, scan_text)
