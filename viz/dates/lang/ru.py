"""Russian words and rules for the date extractor (see viz.dates.engine for the template syntax).

Month names come from CLDR in the genitive ("5 мая") and the nominative ("май 2021"); the prepositional ("в мае")
is made from the nominative. A month alone is a date only as "в мае": "Мая Плисецкая" is a name."""
from .. import cldr

CODE = "ru"
DAY_FIRST = True


def _prepositional(months):
    """{"май": 5, ...} -> {"мае": 5, ...}: "в мае", "в январе", "в марте"."""
    out = {}
    for w, n in months.items():
        if w.endswith(".") or w.endswith("я") or w.endswith("а"):  # abbreviations, genitives
            continue
        out[(w[:-1] if w[-1] in "ьй" else w) + "е"] = n
    return out


MONTHS = cldr.months("ru")
MONTHS = MONTHS | _prepositional(MONTHS)
MONTHS_PREP = _prepositional(cldr.months("ru", abbreviations=False))
# the instrumental ("между мартом и маем"): "январь" -> "январём", "январем"; "март" -> "мартом"; "май" -> "маем"
_INSTR = {}
for _w, _n in cldr.months("ru", abbreviations=False).items():
    if _w[-1] == "ь":
        _INSTR[_w[:-1] + "ём"] = _INSTR[_w[:-1] + "ем"] = _n
    elif _w[-1] == "й":
        _INSTR[_w[:-1] + "ем"] = _n
    elif _w[-1] not in "аяеи":
        _INSTR[_w + "ом"] = _n
MONTHS = MONTHS | _INSTR
# weekdays: the nominative from CLDR, and the accusative of "в среду", "в пятницу", "в субботу"
WEEKDAYS = cldr.weekdays("ru")
WEEKDAYS = WEEKDAYS | {w[:-1] + "у": n for w, n in WEEKDAYS.items() if w.endswith("а")}
# the dative ("к среде", "к понедельнику": by Wednesday, by Monday)
WEEKDAYS = WEEKDAYS | {w[:-1] + "е": n for w, n in cldr.weekdays("ru").items() if w.endswith("а")} | {
    w + "у": n for w, n in cldr.weekdays("ru").items() if w[-1] not in "аеоюяь"} | {
    w[:-1] + "ю": n for w, n in cldr.weekdays("ru").items() if w.endswith("е")}
RANGE_WORDS = ("до", "по")
# the perfective future of the verbs of news plans ("состоятся", "пройдут", "вступит в силу"): a present form with
# a future meaning, which no ending tells apart
_PLAN_VERBS = (r"состоится|состоятся|пройд[её]т|пройдут|начн[её]тся|начнутся|продолжится|продолжатся|завершится|"
               r"завершатся|откроется|откроются|откро[её]т|откроют|вступит|вступят|прим[её]т|примут|провед[её]т|"
               r"проведут|рассмотрит|рассмотрят|объявит|объявят|встретится|встретятся|посетит|посетят|выступит|"
               r"выступят|подпишет|подпишут|отправится|прибудет|прибудут|станет|станут|проголосует|проголосуют|"
               r"пойд[её]т|пойдут|выйд[её]т|выйдут|вырастет|вырастут|заработает|заработают|получит|получат")
FUTURE_CUE = r"\b(?:" + _PLAN_VERBS + r"|должн\w*(?:\s+был[аио]?)?\s|будет|будут|буду|планирует|планируется|запланирован\w*|намерен\w*|состоится|пройд[её]т|(?!\w*вш)(?!\w*лся\b)\w+ся(?=\s+во?\b|\s*$))\b"
# Russian orders its words freely: a future form later in the clause dates a weekday or month before it ("В пятницу
# парламент будет голосовать"): the future of "быть" or of a verb of news plans,
# ... or a reflexive of the second conjugation or in "-нется", mostly perfective futures ("усилится", "появятся",
# "вернётся"); not the imperfective presents in "-ается"/"-яется" ("распространяются") nor "находится" (is located)
FUTURE_AFTER = (r"[^.!?;,]*?(?<!\w)(?:будет|будут|будем|" + _PLAN_VERBS + r"|(?!наход|говор|стро|явля)\w{2,}"
                r"(?:ится|ятся|н[её]тся|нутся))(?!\w)")
PAST_CUE = r"\b(?:был[аио]?|\w{3,}(?:ал|ял|ил|ел|ул|ыл|ла|ли|ло)(?:сь|ся)?)\b"
# a relative clause in the past that holds the date ("Бахман, которая победила в опросе в августе"): the last such month
RELATIVE_PAST = (r"^\s*(?:котор(?:ый|ая|ое|ые|ого|ой|ую|ых|ым))\s+(?:\w+\s+){0,2}?(?:был[аио]?|\w{3,}(?:ал|ял|ил|ел|ул|ыл|"
                 r"ла|ли|ло)(?:сь|ся)?)\b(?:(?!\bбуд\w*\b).)*$")
# ... or a past tense after the date, in its clause ("на Пасху в храмах было много людей")
PAST_AFTER = r"[^.!?;,]*?(?<!\w)(?:был[аио]?|\w{3,}(?:ал|ял|ил|ел|ул|ыл)[аои]?(?:сь|ся)?)(?!\w)"

GENERIC_SEASONS = True  # a season alone in a sentence without past or future tense is any such season (no value)
SEASONS = {"весной": "SP", "весна": "SP", "весну": "SP", "летом": "SU", "лето": "SU", "осенью": "FA", "осень": "FA",
           "зимой": "WI", "зима": "WI", "зиму": "WI"}

NUMBERS = {"один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
           "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "двадцать": 20, "тридцать": 30, "сто": 100,
           "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
           "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
VAGUE_NUMBERS = ("несколько", "пару", "много")
ORDINALS = {"первом": 1, "первый": 1, "первого": 1, "первой": 1, "втором": 2, "второй": 2, "второго": 2, "третьем": 3,
            "третий": 3, "третьего": 3, "четвертом": 4, "четвёртом": 4, "четвертый": 4, "четвёртый": 4}
# centuries in words: "в двадцатом веке", "XIX века" is written with a Roman numeral (rule below)
_CENT_STEMS = {"пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
               "двадцат": 20, "двадцать перв": 21}
ORDINALS |= {stem + end: n for stem, n in _CENT_STEMS.items() for end in ("ый", "ого", "ом", "ому")}
UNITS = {"день": "D", "дня": "D", "дней": "D", "неделю": "W", "недели": "W", "недель": "W", "неделе": "W",
         "месяц": "M", "месяца": "M", "месяцев": "M", "месяце": "M", "квартал": "Q", "квартале": "Q",
         "год": "Y", "года": "Y", "лет": "Y", "году": "Y", "века": "CENT", "веков": "CENT", "десятилетия": "DEC",
         "десятилетий": "DEC", "тысячелетия": "MIL", "тысячелетий": "MIL", "десятилетие": "DEC", "век": "CENT",
         "веке": "CENT",
         # plural forms ("в прошлые годы", "в ближайшие месяцы", "за последние несколько лет"): a vague time
         "годы": "Y", "годах": "Y", "выходные": "WE", "месяцы": "M", "месяцах": "M", "дни": "D", "днях": "D", "неделях": "W"}
PLURAL_UNITS = ("века", "веков", "десятилетия", "десятилетий", "тысячелетия", "тысячелетий", "годы", "годах", "месяцы",
                "месяцах", "дни", "днях", "неделях", "лет")
DIRS = {w: -1 for w in ("прошлом", "прошлого", "прошлый", "прошлой", "прошлую", "прошедшем", "минувшем",
                        "минувшего", "минувшей", "минувшую")}
DIRS |= {w: 1 for w in ("следующем", "следующего", "следующий", "следующей", "следующую", "будущем", "будущего",
                        "будущей", "будущую", "наступающем")}
DIRS |= {w: 0 for w in ("этом", "этого", "этот", "этой", "эту", "текущем", "текущего", "нынешнем", "нынешнего", "сем")}
DIRS |= {"прошедшего": -1, "наступающего": 1}
# the dative ("к следующему году": by next year)
# the plural ("в ближайшие месяцы", "в течение ближайших лет": in the rule of plural units only)
DIRS |= {"ближайшие": 1, "ближайших": 1, "предстоящие": 1, "предстоящих": 1}
# the plural ("в минувшие выходные", "в эти выходные", "в прошлые годы": a vague past with a plural unit)
DIRS |= {"минувшие": -1, "прошлые": -1, "эти": 0, "следующие": 1}
# the instrumental ("прошлым летом", "этим летом", "следующей зимой")
DIRS |= {"прошлым": -1, "минувшим": -1, "следующим": 1, "будущим": 1, "этим": 0, "нынешним": 0}
DIRS |= {"прошлому": -1, "минувшему": -1, "следующему": 1, "будущему": 1, "этому": 0, "текущему": 0, "нынешнему": 0}
AGO_FUTURE = ("через", "спустя")
ANCHORED_AFTER = ("спустя", "через")  # "через два дня мэр ушёл" told in the past: from the story's last date
THAT_UNITS = {"году": "Y", "год": "Y", "месяце": "M", "день": "D"}
THAT_RELS = {"том": 0, "тот": 0}
# "сегодняшний" (today's), in all its forms: the day before an event noun, else the present (see GENERIC_TODAY)
_TODAYS = ("сегодняшний сегодняшнего сегодняшнему сегодняшним сегодняшнем сегодняшняя сегодняшней сегодняшнюю "
           "сегодняшнее сегодняшние сегодняшних сегодняшними").split()
RELDAYS = {w: 0 for w in _TODAYS} | {"вчера": -1, "сегодня": 0, "завтра": 1, "позавчера": -2, "послезавтра": 2}
REFS = {"сейчас": "PRESENT_REF", "в настоящее время": "PRESENT_REF", "ныне": "PRESENT_REF", "теперь": "PRESENT_REF",
        "недавно": "PAST_REF", "на днях": "TENSE_REF", "в прошлом": "PAST_REF", "в будущем": "FUTURE_REF",
        "как можно скорее": "FUTURE_REF",
        "в ближайшее время": "FUTURE_REF", "в последнее время": "PAST_REF", "в эти дни": "PRESENT_REF",
        "в настоящий момент": "PRESENT_REF", "на данный момент": "PRESENT_REF", "как можно быстрее": "FUTURE_REF", "как можно раньше": "FUTURE_REF"}
# "today": the day of the text or "nowadays" (the rule is in viz.dates.engine.Lang)
GENERIC_TODAY = ("сегодня", *_TODAYS)
# ... or a past-tense verb right after it ("сегодня вошёл в историю"): the past in -л, -ла, -ло, -ли (and -ся)
TODAY_AS_DATE_AFTER = (r"\s*,?\s*(?:(?:утром|днём|днем|вечером|ночью)(?!\w)|в\s+\d|"
                       r"(?:\w+\s+)?\w{2,}(?:л|ла|ло|ли)(?:ся|сь)?(?!\w)|"
                       # an event noun after "сегодняшний": "сегодняшнее заявление", "сегодняшнего собрания"
                       r"(?:\w+\s+)?(?:собрани|заседани|встреч|заявлени|решени|выбор|голосовани|матч|игр|концерт|"
                       r"выступлени|пресс-конференци|переговор|саммит|митинг|объявлени)\w*)")
TODAY_AS_DATE_NEAR = (r"(?<!\w)(?:сказал[аи]?|заявил[аи]?|сообщил[аи]?|объявил[аи]?|был[аои]?|будет|будут|состоится|"
                      r"состоялс[яь]|согласно)(?!\w)")
NEWS_CUE = r"(?<!\w)(?:вчера|завтра|позавчера|заявил[аи]?|сообщил[аи]?|сказал[аи]?|по\s+словам|по\s+данным)(?!\w)"

# the beginning, end or middle of a month in any case: "в начале", "к началу", "на конец", "до середины"
_MOD_WORDS = r"(?:начале|начала|началу|начало|конце|конца|концу|конец|середине|середины|середину)"
MOD_PREFIX = r"(?:\b(?:(?:в|к|на|до|с|со)\s+)?" + _MOD_WORDS + r"\s+)"
# "в девяностые (годы)", "в девяностых годах": the decades of the 1900s named by their tens
DECADE_WORDS = {stem + end: n for stem, n in (("двадцат", 20), ("тридцат", 30), ("сороков", 40), ("пятидесят", 50),
                                               ("шестидесят", 60), ("семидесят", 70), ("восьмидесят", 80),
                                               ("девяност", 90)) for end in ("ые", "ых", "ым", "ыми")}
SPAN_DROP = r"в|во|на(?!\s+днях)|с|со|до|к|по|от"  # "на днях" is one adverb
# the feasts of the Orthodox calendar, in the cases a preposition asks for: Easter moves with the Orthodox computus
# (("orthodox_easter", days after it), a Gregorian date), Christmas is on 7 January
HOLIDAYS = {w: ("orthodox_easter", 0) for w in ("пасха", "пасху", "пасхи", "пасхе", "пасхой")}
HOLIDAYS |= {w: (1, 7) for w in ("рождество", "рождества", "рождеству", "рождестве", "рождеством")}
HOLIDAYS |= {w: (1, 1) for w in ("новый год", "нового года", "новому году", "новым годом")}

YEAR_CUE = r"\b(?:в|с|до|после|к|году|года|год)"
# names made of a date: "улица 8 Марта", "площадь 1 Мая", "завод имени 1 Мая"
DATE_NOT_AFTER = (r"\b(?:улиц[аеуыей]|ул\.|проспект[аеу]?|пр-т|площад[ьи]|переул[оке]к?а?|станци[яиюей]|метро|"
                  r"имени|им\.)")
YEAR_NOT_AFTER = r"[$€£#§№]|\d[.,](?!\s)|\b(?:более|менее|около|почти|свыше|примерно|дом|стр|ст)\.?"
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|\$|₽|руб)|\s*(?:км|кг|м|га|т)\b|\s+(?:\w+\s+)?(?:человек|жителей|рублей|долларов|евро|"
                   r"метров|метрах|метра|километров|километрах|километра|тонн|голосов|солдат|погибших|жертв|случаев|компаний|"
                   r"студентов|экземпляров|участников|сотрудников|пассажиров|туристов|зрителей)\b)")

# the adjective of a year written out: "прошлого 2017 года", "в текущем 2020 году", "к следующему 2021 году"
_YEAR_ADJ = r"(?:прошл|минувш|прошедш|текущ|нынешн|эт|следующ|будущ|наступающ)(?:ого|его|ом|ем|ому|ему|ый|ий|от)"

RULES = [
    # "в том же году", "в тот день": the story's year or day, not this one ("в этом году" is this year)
    ("that_unit", r"(?:в\s+)?(?P<rel>том|тот)(?:\s+же)?\s+(?P<unit>году|год|день|месяце)\b"),
    ("range_days", r"(?:с|со)\s+{DAY}\s+(?:по|до)\s+{DAY:b}\s+{MONTH}(?:\s+{YEAR}(?:\s*(?:года|г\.))?)?"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<y>\d{4})(?![\d])"),
    ("date", r"(?:(?:в|во)\s+)?(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}(?:\s+(?:" + _YEAR_ADJ + r"\s+)?{YEAR}(?:\s*(?:года|г\.))?|"
             r"\s+(?P<ydir>этого|текущего|прошлого|минувшего|следующего)\s+года)?"),
    # "на Пасху", "перед Рождеством", "после Нового года" (after a preposition only: "Пасха" alone may be the feast
    # in general; "в новом году" is next year)
    ("holiday", r"(?:на|к|после|до|перед|под)\s+{HOLIDAY}(?:\s+{YEAR}(?:\s*(?:года|г\.))?)?"),
    ("month", r"{MONTH}\s+(?:" + _YEAR_ADJ + r"\s+)?{YEAR}(?:\s*(?:года|г\.))?"),  # "в январе прошлого 2017 года"
    # "в январе прошлого года": January of last year (the adjective is the year's, not the month's)
    ("month", r"(?:(?:в|во)\s+)?{MONTH}\s+(?P<ydir>прошлого|минувшего|прошедшего|этого|текущего|нынешнего|следующего|"
              r"будущего|наступающего)\s+года"),
    # "в марте того же года", "того года": the story's year (resolvers._story_year)
    ("month", r"(?:(?:в|во)\s+)?{MONTH}\s+того\s+(?:же\s+)?(?P<thatyear>года)\b"),
    ("month", r"(?<=\bв\s){MONTH}(?![\w-])"),
    # the month after the word of its beginning, end or middle: "к началу февраля", "на конец марта"
    ("month", r"(?:(?<=\b" + _MOD_WORDS[3:-1].replace("|", r"\s)|(?<=\b") + r"\s)){MONTH}(?![\w-])"),
    # "с июня по август этого года": two months
    ("range_months", r"(?:с|со)\s+{MONTH}\s+(?:по|до)\s+{MONTH:b}(?:\s+(?:{YEAR}(?:\s*(?:года|г\.))?|"
                     r"(?P<ydir>этого|текущего|прошлого|следующего)\s+года))?"),
    # "между мартом и маем 2020 года": the instrumental
    ("range_months", r"между\s+{MONTH}\s+и\s+{MONTH:b}\s+{YEAR}(?:\s*(?:года|г\.))?"),
    ("quarter", r"(?:в\s+)?{ORD}\s+квартал[еа]?(?:\s+{YEAR}(?:\s*(?:года|г\.))?|"
                r"\s+(?P<ydir>этого|текущего|прошлого|минувшего|следующего)\s+года)?"),
    # "в первой половине 2019 года" (the year is needed: "первая половина матча" is no date)
    ("half", r"(?:в\s+)?{ORD}\s+половин[аеуы]\s+{YEAR}(?:\s*(?:года|г\.))?"),
    ("decade", r"(?P<year>1\d\d0|20\d0)-?(?:е|х)\s+(?:годы|годах|годов|гг\.)"),
    ("decade", r"(?P<year>1\d\d0|20\d0)-(?:е|х|ые|ых)(?![\w-])"),  # "в 1990-е", "в середине 1990-х"
    ("decade", r"(?P<yy>\d0)-(?:е|х|ые|ых)(?:\s+(?:годы|годах|годов|гг\.))?(?![\w-])"),  # "в 90-е годы"
    ("decade", r"{DECWORD}(?:\s+(?:годы|годах|годов|гг\.))?"),
    ("century", r"(?P<cnum>[XVI]{1,5}|\d{1,2})(?:-?(?:го|й|м|ом))?\s+век[аеу]?\b"),  # "XIX века", "19 века"
    ("century", r"{ORD}\s+век[аеу]?\b"),
    ("season", r"{SEASON}\s+{YEAR}(?:\s*(?:года|г\.))?"),
    ("season", r"{DIR}\s+{SEASON}"),
    ("season", r"{SEASON}\s+(?P<ydir>прошлого|минувшего|этого|текущего|следующего|будущего)\s+года"),
    # "в ближайшие месяцы", "за последние несколько лет", "в последние годы": a vague future or past
    ("relunit", r"(?:(?P<dir>ближайшие|ближайших|предстоящие|предстоящих)|(?P<latest>последние|последних))"
                r"(?P<vague>\s+(?:несколько\s+)?)(?P<unit>дни|дней|недели|недель|месяцы|месяцев|годы|лет|десятилетия|"
                r"десятилетий)(?![\w-])"),
    ("that_unit", r"(?:на\s+)?(?P<rel>следующий)\s+(?P<unit>день)\b"),  # after the last date, not tomorrow
    # "в прошлом 2019 году", "к концу текущего 2020 года": the year written (before the rule of "в прошлом", the past)
    ("year", r"(?:(?:в|во|к|до|с|со)\s+)?" + _YEAR_ADJ + r"\s+(?P<cued>){YEAR}\s*(?:году|года|год|г\.)"),
    ("relunit", r"(?:(?:в|на)\s+)?{DIR}\s+{UNIT}"),
    ("relday", r"{RELDAY}"),
    ("ref", r"{REF}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>назад)\b"),
    ("ago", r"(?P<unit>год|месяц|неделю|десятилетие|век)\s+(?P<after>назад)\b"),  # "год назад": one year ago
    # "века назад", "тысячи лет назад", "два миллиона лет назад": a vague past
    # (the mention starts at the large number's word: a rule that starts with any word would slow the scan)
    ("ago", r"(?P<big>тысячи|тысяч|миллиона|миллионов|миллиарда|миллиардов|сотни)\s+"
            r"(?P<unit>лет|веков|века|десятилетий|десятилетия|тысячелетий|тысячелетия)\s+(?P<after>назад)\b"),
    ("ago", r"(?P<unit>лет|веков|века|десятилетий|десятилетия|тысячелетий|тысячелетия)\s+(?P<after>назад)\b"),
    # "через два года" is in two years; "через два года после войны" two years after the war (not from today)
    ("ago", r"(?P<after>через)\s+{NUM}\s+{UNIT}(?!\s+после\b)(?!\s*\()"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>спустя)\b"),
    # "через год", "через месяц", "через неделю": one unit (the count left out)
    ("ago", r"(?P<after>через)\s+(?P<unit>год|месяц|неделю)(?![\w-])(?!\s+после\b)"),
    # Russian writes weekdays in lower case: a capitalized one inside a sentence is a name ("слуга Пятница")
    ("weekday", r"(?:(?:в|во)\s+)?(?:{DIR}\s+)?(?!(?<=[\w,;]\s)(?-i:[А-ЯЁ])){WEEKDAY}"),
    # "к концу года", "в начале недели", "до конца месяца": the text's year, week or month (the genitive alone after
    # the word of its beginning, end or middle; not "конца года назад", "начала года обучения")
    ("relunit", r"(?:(?<=\b" + _MOD_WORDS[3:-1].replace("|", r"\s)|(?<=\b") + r"\s))(?P<unit>года|недели|месяца)"
                r"(?![\w-])(?!\s+(?:назад|спустя|\d|{DIR})|\s+[а-яё]+(?:ия|ения|ания|ого|ой)\b)"),
    # "на выходных", "в выходные": the weekend (the coming one when told of the future; "в выходные дни" may be any)
    ("weekend", r"(?:(?<=\bна\s)выходных|(?<=\bв\s)выходные(?!\s+дни))(?![\w-])"),
    # the instrumental of a season alone ("Летом откроется терминал"): the coming or the last one by the tense of its
    # sentence, and any season without one ("Летом здесь жарко")
    ("season", r"(?P<bare>)(?P<season>летом|зимой|весной|осенью)(?![\w-])"),
    # "15-го числа", "до 15 числа": a day of the month without its month
    ("dom", r"{DAY}-?го\s+числа(?![\w-])"),
    ("dom", r"(?:(?<=\bдо\s)|(?<=\bс\s)|(?<=\bк\s)|(?<=\bпосле\s)){DAY}\s+числа(?![\w-])"),
    ("year", r"{YEAR}(?:\s*(?:году|года|год|г\.))?"),
]
