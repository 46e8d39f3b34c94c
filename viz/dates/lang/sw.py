"""Swahili words and rules for the date extractor (see viz.dates.engine for the template syntax).

Swahili writes the noun before what qualifies it: the unit before its count and its direction ("miaka mitatu
iliyopita", three years ago; "mwaka jana", last year; "wiki ijayo", next week), the count and the direction agreeing
with the noun's class ("mwezi uliopita", "wiki iliyopita", "siku zilizopita"). Dates are written day first ("5 Mei
2021", "tarehe 5 Mei 2021") or month first ("Mei 5, 2021"), often after "mnamo" (on, in). The verb marks its tense
with a prefix after the subject: "-li-" past ("alisema", "walitangaza"), "-me-" perfect ("ameweka"), "-ta-" future
("atakuwa", "itaimarika"); the verb most often comes before the date. Traps: "watu 2000" (2000 people: the noun
before the number), "ulimwengu", "utafiti", "wataalamu" (nouns that look like tensed verbs)."""
from .. import cldr

CODE = "sw"
DAY_FIRST = True

MONTHS = ({w: n for w, n in cldr.months("sw").items() if not w.endswith(".")}
          | {"marchi": 3, "agost": 8, "disemba": 12, "mai": 5})
WEEKDAYS = cldr.weekdays("sw")
# "Mei" is also a name ("Mei Ling"): alone, a month only after a word of time
AMBIGUOUS_MONTHS = ("mei", "mai")
# ... unless a word that only ever opens a time stands before "Mei" ("Mnamo Mei Rais Samia alizindua", in May the
# President; "tangu", since; "hadi", "mpaka", until; "kufikia", by; "kuanzia", from; "mwezi (wa)", the month of;
# "mwishoni mwa", the end of): not "na", "wa", "ya", "kabla ya", which are also said of a person ("rafiki wa Mei
# Ling", "kabla ya Mei Ling kufika")
_MEI_CUED = "".join(r"(?<!%s\s[Mm]ei)" % w for w in (
    "mnamo", "tangu", "hadi", "mpaka", "kufikia", "kuanzia", "mwezi", r"mwezi\swa", r"mwishoni\smwa",
    r"mwanzoni\smwa", r"katikati\smwa", r"katikati\sya"))
MONTH_NOT_BEFORE = r"(?<=[Mm]ei)%s\s+(?-i:[A-Z][a-z])" % _MEI_CUED  # "Mei Ling", "na Mei Chen": a name
MONTH_ALONE_CUE = (r"\b(?:mnamo|mwezi|tangu|hadi|mpaka|kufikia|kuanzia|katika|mwishoni\s+mwa|mwanzoni\s+mwa|"
                   r"katikati\s+(?:ya|mwa)|kabla\s+ya|baada\s+ya|ya|wa|na)")
WEEKDAY_NOT_AFTER = r"\b(?:sala|swala|ibada|khutba|hotuba)\s+ya"

# subject prefixes of the verb (with the negative "ha-" forms), then its tense
_SUBJ = (r"(?:a|wa|ni|tu|m|u|i|li|ya|ki|vi|zi|pa|mu|ha|hawa|hai|hazi|hatu|hu|hali|haya|haki|havi|"
         r"ku(?=li(?:kuwa|kuwepo|tokea)))")
# ("ku-" is mostly the infinitive, "kuliwasilisha" to present it: a subject only in "kulikuwa", there was)
# nouns that read as a subject prefix and a tense ("ulimwengu", world; "utafiti", research; "wataalamu", experts)
_NOT_VERB = (r"(?!(?:ulimwengu|walimwengu|ulinzi|walinda|walimu|ulipaji|ulingan|mlipuko|utafiti|utafut|utamaduni|"
             r"kitamaduni|utawala|utaratibu|utalii|watalii|mtalii|utajiri|wataalam|mtaalam|utaalam|kitaalam|kitaifa|"
             r"mlinzi|walinzi|itali|mtaa|mitaa|mtaala|watawala|mtawala|mtandao|mitandao|mtazamo|watakatifu|mtakatifu|"
             r"kitanda|kitambulisho|umeme|wamiliki|mmiliki|alama|amerika|wamarekani|mmarekani|watanzania|mtanzania|italia|"
             r"waitaliano|mtaliano)\w*)")
# (in lower case: "Amerika", "Itali" are names)
# ... or capitalized where it opens its sentence (Swahili drops the subject: "Walikutana Agosti", they met)
_SUBJ_CAP = r"(?:A|Wa|Ni|Tu|M|U|I|Li|Ya|Ki|Vi|Zi|Pa|Mu|Ha|Hawa|Hai|Hazi|Hatu|Hu|Hali|Haya|Haki|Havi)"
_OPENING = r"(?:^\s?|(?<=[.!?]\s))(?i:%s)" % _NOT_VERB
_PAST_VERB = r"(?-i:\b%s%s(?:li|me)[a-z]{3,}|%s%s(?:li|me)[a-z]{3,})" % (_NOT_VERB, _SUBJ, _OPENING, _SUBJ_CAP)
_NEG_PAST = r"(?-i:\bha(?:wa|i|zi|tu|ya|ki|vi|li|u)?ku[a-z]{3,})"  # "haikutoa", "hawakufika": did not
_FUT_VERB = r"(?-i:\b%s%sta[a-z]{3,}|%s%sta[a-z]{3,})" % (_NOT_VERB, _SUBJ, _OPENING, _SUBJ_CAP)
# ... and obligation ("lazima ithibitishwe", it must be ratified; "inapaswa"), expectation ("inatarajiwa") or
# readiness ("ilikuwa tayari kutembelea", was due to tour): a thing still to come
FUTURE_CUE = (r"%s|\b(?:ijayo|ujao|zijazo|lijalo|inayokuja|unaokuja|yajayo|kesho|baadaye|lazima|sharti|"
              r"\w*napaswa|\w*tarajiwa)\b|\btayari\s+ku[a-z]{3,}"  # "tayari kutembelea": ready to
              # ... and a postponement to a date ("Mkutano uliahirishwa hadi Ijumaa": to the coming Friday)
              r"|\w*ahirish\w*\s+(?:\w+\s+){0,3}?(?:hadi|mpaka)\b" % _FUT_VERB)
PAST_CUE = r"%s|%s|\b(?:jana|iliyopita|uliopita|zilizopita)\b" % (_PAST_VERB, _NEG_PAST)
# a date that opens its sentence: the verb after it ("Mnamo Jumatatu, wanasayansi walitangaza ...")
# (the first tensed verb after it decides)
FUTURE_AFTER = r"(?:(?!%s|%s)[^.!?;]){0,100}?%s" % (_PAST_VERB, _NEG_PAST, _FUT_VERB)
PAST_AFTER = r"(?:(?!%s)[^.!?;]){0,100}?(?:%s|%s)" % (_FUT_VERB, _PAST_VERB, _NEG_PAST)
# a past verb before a year-less date in its sentence ("Lee, aliyeshinda shindano mnamo Agosti"): the last one (a
# future verb nearer to it wins first: see tense)
PAST_BEFORE = r"%s|%s" % (_PAST_VERB, _NEG_PAST)
RANGE_WORDS = ("hadi", "mpaka")

# seasons: "msimu wa baridi" (winter), "majira ya joto" (summer), "kiangazi"; in lower case ("Olimpiki ya Msimu wa
# Baridi" is a name)
SEASONS = {"msimu wa baridi": "WI", "majira ya baridi": "WI", "msimu wa joto": "SU", "majira ya joto": "SU",
           "kiangazi": "SU", "majira ya kiangazi": "SU", "msimu wa kiangazi": "SU", "majira ya kuchipua": "SP",
           "msimu wa kuchipua": "SP", "majira ya mapukutiko": "FA", "msimu wa mapukutiko": "FA"}

# counts agree with their noun: "mwaka mmoja", "miaka miwili", "siku mbili"
NUMBERS = {"moja": 1, "mmoja": 1, "mbili": 2, "miwili": 2, "wawili": 2, "tatu": 3, "mitatu": 3, "nne": 4, "minne": 4,
           "tano": 5, "mitano": 5, "sita": 6, "saba": 7, "nane": 8, "minane": 8, "tisa": 9, "kumi": 10,
           "kumi na moja": 11, "kumi na mbili": 12, "kumi na tano": 15, "ishirini": 20, "thelathini": 30,
           "arobaini": 40, "hamsini": 50, "mia": 100, "mia moja": 100}
VAGUE_NUMBERS = ("kadhaa", "michache", "chache", "mingi", "mingine")
ORDINALS = {"kwanza": 1, "pili": 2, "tatu": 3, "nne": 4, "mwisho": 4}
# centuries: "karne ya 19", "karne ya ishirini", "karne ya kumi na tisa"
_CENT_WORDS = {"kumi na moja": 11, "kumi na mbili": 12, "kumi na tatu": 13, "kumi na nne": 14, "kumi na tano": 15,
               "kumi na sita": 16, "kumi na saba": 17, "kumi na nane": 18, "kumi na tisa": 19, "ishirini": 20,
               "ishirini na moja": 21}
ORDINALS |= _CENT_WORDS
# "miaka ya tisini" (the nineties): the decades of the 1900s named by their tens
DECADE_WORDS = {"ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50, "sitini": 60, "sabini": 70,
                "themanini": 80, "tisini": 90}
HUNDREDS_ARE_CENTURIES = True  # "miaka ya 1800": the 19th century (TimeML "18"), as English "the 1800s"
UNITS = {"siku": "D", "wiki": "W", "juma": "W", "mwezi": "M", "miezi": "M", "mwaka": "Y", "miaka": "Y",
         "muongo": "DEC", "mwongo": "DEC", "miongo": "DEC", "karne": "CENT", "robo mwaka": "Q",
         "wikendi": "WE", "mwishoni mwa wiki": "WE", "mwisho wa wiki": "WE"}  # the weekend
PLURAL_UNITS = ("miezi", "miaka", "miongo")
# the direction after the noun, in the agreement of its class: 3 (mwaka, mwezi), 4 (miaka, miezi), 9/10 (wiki, siku)
_PAST_DIRS = ("uliopita", "iliyopita", "zilizopita", "lililopita")
_NEXT_DIRS = ("ujao", "ijayo", "zijazo", "lijalo", "unaokuja", "inayokuja", "zinazokuja", "linalokuja")
DIRS = {w: -1 for w in _PAST_DIRS} | {w: 1 for w in _NEXT_DIRS} | {"jana": -1, "huu": 0, "hii": 0, "hili": 0,
                                                                   "hizi": 0}
_PAST_DIR = "|".join(_PAST_DIRS)
_NEXT_DIR = "|".join(_NEXT_DIRS)
AGO_FUTURE = _NEXT_DIRS + ("baadaye",)
ANCHORED_AFTER = ("baadaye",)  # "siku mbili baadaye alijiuzulu" told in the past: from the story's last date
THAT_UNITS = {"siku": "D", "wiki": "W", "mwezi": "M", "mwaka": "Y"}
THAT_RELS = {"iliyofuata": 1, "uliofuata": 1, "inayofuata": 1, "unaofuata": 1, "hiyo": 0, "huo": 0, "ile": 0,
             "ule": 0}
RELDAYS = {"jana": -1, "leo": 0, "kesho": 1, "juzi": -2, "kesho kutwa": 2, "keshokutwa": 2, "leo hii": 0,
           "usiku wa leo": 0, "jana usiku": -1, "asubuhi ya leo": 0, "jioni ya leo": 0}
# "hivi karibuni" is "recently" or "soon": the tense of its clause decides (TENSE_REF)
REFS = {"karibuni": "TENSE_REF", "sasa": "PRESENT_REF", "sasa hivi": "PRESENT_REF", "hivi sasa": "PRESENT_REF",
        "kwa sasa": "PRESENT_REF", "siku hizi": "PRESENT_REF", "wakati huu": "PRESENT_REF",
        "hivi karibuni": "TENSE_REF", "hapo zamani": "PAST_REF", "zamani za kale": "PAST_REF", "siku zijazo": "FUTURE_REF", "siku za usoni": "FUTURE_REF", "katika siku zijazo": "FUTURE_REF",
        "siku zilizopita": "PAST_REF", "haraka iwezekanavyo": "FUTURE_REF", "siku za hivi karibuni": "PAST_REF"}
# "leo" in an essay ("maarifa tunayoyajua leo"): nowadays; the day of the text in news, or when its clause tells an
# event in the past or the future ("alisema leo", "leo ameweka historia")
GENERIC_TODAY = ("leo", "leo hii")
TODAY_AS_DATE_AFTER = r"\s+(?:asubuhi|mchana|jioni|usiku)\b"
# (a tensed verb with no "amba-"/"kwamba" between it and "leo"; not a verb after "leo" when a present verb right before
# it holds it: "kompyuta zinazotumika leo zimekitwa ...", the computers in use today)
_TENSED = r"(?:%s|%s|%s)" % (_PAST_VERB, _FUT_VERB, _NEG_PAST)
_NEAR_GAP = r"(?:(?!\b(?:amba\w*|kwamba)\b)[^,;])*?"
# (on either side of the "leo" at hand: see viz.dates.engine)
TODAY_NEAR_BEFORE = _TENSED + _NEAR_GAP
TODAY_NEAR_AFTER = _NEAR_GAP + _TENSED
TODAY_NEAR_HELD = r"\b(?:a|wa|i|zi|u|ki|vi|li|ya|tu|ni|m)na\w+\s+"  # a present verb: "zinazotumika leo"
NEWS_CUE = r"\b(?:jana|alisema|walisema|amesema|wamesema|imeripotiwa|kwa\s+mujibu\s+wa)\b"
# a part of the time named: "mwishoni mwa Julai", "mapema mwaka huu", "mwanzoni mwa 2020" (inside the mention)
MOD_PREFIX = r"\b(?:mwishoni|mwanzoni|katikati)\s+(?:mwa|ya)\s+$"
SPAN_DROP = r"mnamo|tangu|hadi|mpaka|kufikia|kuanzia|katika"

YEAR_CUE = r"\b(?:mwaka|mnamo|tangu|hadi|mpaka|kufikia|kuanzia|katika|kabla\s+ya|baada\s+ya|wa|ya|la|cha|za)"
YEAR_NOT_AFTER = (r"[$€£#§]|\d[.,](?!\s)|\b(?:sh|shs|tsh|ksh|ush|namba|nambari|na\.|no|ukurasa|kifungu|takriban|"
                  r"takribani|karibu|zaidi\s+ya|chini\s+ya|jumla\s+ya|watu|wanajeshi|askari|polisi|wanafunzi|walimu|"
                  r"wagonjwa|wafanyakazi|wakimbizi|watoto|wanawake|wanaume|wapiga\s+kura|kura|magari|nyumba|shilingi|"
                  r"dola|euro|pauni|mita|kilomita|tani|asilimia|vifo|visa|kesi|wanachama|wagombea|abiria|familia|"
                  r"wakulima|wanyama|ng'ombe|miti|vitanda|nafasi|ajira|majeruhi)\.?")
YEAR_NOT_BEFORE = r"(?:[^\W\d_])|\s*(?:%|km|kg|m|ha|MW)\b|\s+(?:kwa\s+mia|asilimia)\b"

# a season's name written with capitals is a name's part ("Michezo ya Msimu wa Baridi ya 2014")
_SEASON_NOT_NAME = "".join(r"(?<!(?-i:%s))" % w for w in ("Baridi", "Joto", "Kiangazi", "Kuchipua", "Mapukutiko"))
_YEAR = r"(?:(?P<cued>mwaka)\s+(?:wa\s+)?)?{YEAR}"
_MONTH_CAP = r"(?-i:[A-Z])"
RULES = [
    # "siku iliyofuata" (the following day), "mwaka huo" (that year), "siku hiyo": after the story's last date
    ("that_unit", r"(?P<unit>siku|wiki|mwezi|mwaka)\s+(?P<rel>iliyofuata|uliofuata|inayofuata|unaofuata|hiyo|huo|ile|"
                  r"ule)\b"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96", "1644-1912"
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[./-](?P<b>[01]?\d)[./-](?P<y>\d{4})(?![\d])"),
    # "5 hadi 7 Mei", "5-7 Mei 2021": two days of one month
    ("range_days", r"{DAY}\s*(?:-|\u2013|hadi|mpaka|na)\s*{DAY:b}\s+{MONTH}(?:\s*,?\s*{YEAR})?"),
    # "5 Mei 2021", "tarehe 5 Mei 2021", "Jumatatu, 5 Mei", "Jumatatu tarehe 5 Mei"
    ("date", r"(?:(?:siku\s+ya\s+)?{WEEKDAY}\s*,?\s*)?(?:tarehe\s+)?{DAY}\s+(?:mwezi\s+)?{MONTH}"
             r"(?:\s*,?\s*(?:mwaka\s+(?:wa\s+)?)?{YEAR})?"),
    # "Mei 5, 2021", "Novemba 16", "Januari 25 mwaka huu"
    ("date", r"(?:(?:siku\s+ya\s+)?{WEEKDAY}\s*,?\s*)?{MONTH}\s+{DAY}(?:\s*,\s*|\s+)?(?:(?:mwaka\s+(?:wa\s+)?)?{YEAR}|"
             r"mwaka\s+(?P<ydir>huu|jana|ujao|uliopita)\b)?"),
    # "kati ya Juni na Agosti 2021", "Juni na Agosti mwaka huu": two months of one year
    ("range_months", r"{MONTH}\s*(?:na|hadi|mpaka|-|\u2013)\s*{MONTH:b}\s*,?\s*(?:(?:mwaka\s+(?:wa\s+)?)?{YEAR}|"
                     r"mwaka\s+(?P<ydir>huu|jana|ujao|uliopita)\b)"),
    ("month", r"(?:mwezi\s+(?:wa\s+)?)?{MONTH}\s*,?\s*" + _YEAR),
    # "Machi mwaka huu", "Januari mwaka jana", "Oktoba mwaka ujao": the month of the year named
    ("month", r"(?:mwezi\s+(?:wa\s+)?)?{MONTH}\s+(?:wa\s+)?mwaka\s+(?P<ydir>huu|jana|ujao|uliopita|unaokuja)\b"
              r"(?!\s*,?\s*\d{4})"),
    # "Julai iliyopita" (last July), "Machi ijayo"
    ("month", r"(?:mwezi\s+(?:wa\s+)?)?{MONTH}\s+(?P<dir>" + _PAST_DIR + "|" + _NEXT_DIR + r")\b"),
    # capitalised, or after "mwezi" (its own cue: "mwezi wa Mei", not a "Mei" alone whose cue is left outside)
    ("month", r"(?:(?P<cued>mwezi)\s+(?:wa\s+)?|(?=" + _MONTH_CAP + r")){MONTH}"),
    # quarters and halves of a year named: "robo ya kwanza ya mwaka 2020", "nusu ya pili ya 2019"
    ("quarter", r"robo\s+ya\s+{ORD}\s+ya\s+" + _YEAR),
    ("half", r"nusu\s+ya\s+{ORD}\s+ya\s+" + _YEAR),
    # "miaka ya 1980", "miaka ya 1800", "miaka ya themanini", "1930s"
    ("decade", r"miaka\s+ya\s+(?:(?P<year>1\d\d0|20\d0)|(?P<yy>[1-9]0))(?![\d])"),
    ("decade", r"miaka\s+ya\s+(?P<decword>ishirini|thelathini|arobaini|hamsini|sitini|sabini|themanini|tisini)\b"),
    ("decade", r"(?P<year>1\d\d0|20\d0)['’]?s\b"),
    ("century", r"karne\s+ya\s+(?:(?P<cnum>\d{1,2}|[XVI]{1,5})|(?P<ord>"
                + "|".join(sorted(_CENT_WORDS, key=len, reverse=True)) + r"))\b"),
    # seasons: "msimu wa baridi uliopita", "majira haya ya joto", "msimu wa baridi wa 2019"
    ("season", r"{SEASON}" + _SEASON_NOT_NAME + r"\s+(?:wa\s+|ya\s+)?{YEAR}"),
    ("season", r"{SEASON}" + _SEASON_NOT_NAME + r"\s+(?P<dir>uliopita|iliyopita|ujao|ijayo|huu|haya)\b"),
    # "miaka mitatu iliyopita" (three years ago), "wiki mbili zilizopita", "mwaka mmoja uliopita"
    # (not "kwa miaka miwili iliyopita": for the past two years, a span)
    ("ago", r"(?<!\bkwa\s){UNIT}\s+{NUM}\s+(?P<after>" + _PAST_DIR + r")\b"),
    ("ago", r"{UNIT}\s+{NUM}\s+(?P<after>baadaye)\b"),
    # "baada ya siku tatu" (in three days: a future clause only)
    ("ago", r"(?P<future_only>baada)\s+ya\s+{UNIT}\s+{NUM}(?!\s+(?:" + _PAST_DIR + r"|baadaye)\b)"),
    # "maelfu ya miaka iliyopita", "miaka milioni mbili iliyopita", "miaka mingi iliyopita": a vague past
    ("ago", r"(?P<big>maelfu|mamilioni|mamia|mabilioni)\s+ya\s+{UNIT}\s+(?P<after>" + _PAST_DIR + r")\b"),
    ("ago", r"(?<!\bkwa\s){UNIT}\s+(?P<big>(?:elfu|milioni|bilioni|laki)(?:\s+\w+)?)\s+(?P<after>" + _PAST_DIR
            + r")\b"),
    # "mwaka jana", "mwezi uliopita", "wiki ijayo", "mwaka huu"; "miaka iliyopita" (years past), "siku zijazo"
    ("relunit", r"(?P<unit>mwaka)\s+(?P<dir>jana)\b"),
    # "wa sasa" (of now: current, "Seneta wa sasa") is no time of its own
    # "karibuni" is also "welcome": recent or near only as "of lately" ("matukio ya karibuni")
    ("ref", r"(?:(?<=\bya\s)|(?<=\bza\s)|(?<=\bwa\s)|(?<=\bla\s)|(?<=\bcha\s)|(?<=\bvya\s))"
            r"(?P<ref>karibuni)\b"),
    ("ref", r"(?!karibuni\b)(?<!\bwa\s)(?<!\bya\s)(?<!\bla\s)(?<!\bza\s)(?<!\bcha\s)(?<!\bvya\s){REF}"),
    ("relunit", r"{UNIT}\s+(?P<dir>(?P<vague>zilizopita|zijazo|zinazokuja))\b"),
    # "mwishoni mwa wiki iliyopita" (last weekend), "wikendi hii"
    ("relunit", r"(?P<unit>mwishoni\s+mwa\s+wiki|mwisho\s+wa\s+wiki|wikendi)\s+(?P<dir>" + _PAST_DIR + "|" + _NEXT_DIR
                + r"|hii|huu)\b"),
    ("relunit", r"(?!siku\s+(?:hizi|hii)\b){UNIT}\s+(?P<dir>" + _PAST_DIR + "|" + _NEXT_DIR + r"|huu|hii|hili)\b"),
    ("relday", r"{RELDAY}"),
    # "Jumanne iliyopita", "Ijumaa ijayo", "siku ya Jumatatu", "Jumatatu hii"
    ("weekday", r"(?:siku\s+ya\s+)?{WEEKDAY}(?:\s+(?P<dir>" + _PAST_DIR + "|" + _NEXT_DIR + r"|hii)\b)?"),
    ("year", _YEAR),
]

# "since" before a year-less date: the last such date ("tangu Novemba"; viz.dates.resolvers._since)
SINCE_WORDS = r"tangu"
