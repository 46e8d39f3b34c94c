"""Hindi words and rules for the date extractor (see viz.dates.engine for the template syntax).

Devanagari digits read as digits ("५ मई २०२१"). Python's ``re`` counts the vowel signs, the virama and the
anusvara of Devanagari (categories Mc/Mn) as non-word characters: "\\b" falls inside "साल" and "कल" would match in
"कलाकार". Every rule therefore opens with ``_B`` (no Devanagari letter or sign before it) and each word ends with
``_E`` (none after it).

Hindi puts its postpositions after the noun ("5 मई को", "2019 में", "सोमवार तक": outside the mention) and its verb
last: the verb after a date tells its tense (past "था/थी/थे", "किया", "गया/गई/गए", "हुआ/हुई/हुए"; future
"-गा/-गी/-गे": "करेगा", "होंगे", "जाएगी"). The ergative "ने" ("सरकार ने", "उन्होंने") comes only with a perfective
verb: a past clause, unless a verb of saying opens a reported one with "कि". "कल" is both yesterday and tomorrow, and
"परसों" both two days before and after: the tense of the clause decides (a future verb: tomorrow)."""
import unicodedata

from .. import cldr

CODE = "hi"
DAY_FIRST = True
DIGITS = "०१२३४५६७८९"

# a Devanagari letter or sign, or a word character: what may not touch a word of a rule
_W = r"[\w\u0900-\u0963\u0971-\u097F]"
_B = r"(?<!%s)" % _W
_E = r"(?!%s)" % _W


def _forms(words):
    """Each word as written with a nukta letter precomposed ("फ़" U+095E), decomposed ("फ" + U+093C) or without the
    nukta, as Hindi text has all three ("फ़रवरी", "फरवरी")."""
    pre = {"\u0958": "\u0915", "\u0959": "\u0916", "\u095a": "\u0917", "\u095b": "\u091c", "\u095c": "\u0921",
           "\u095d": "\u0922", "\u095e": "\u092b", "\u095f": "\u092f"}
    out = {}
    for w, v in words.items():
        dec = "".join(pre[c] + "\u093c" if c in pre else c for c in unicodedata.normalize("NFD", w))
        comp = dec
        for p, base in pre.items():
            comp = comp.replace(base + "\u093c", p)
        for f in (w, dec, comp, dec.replace("\u093c", "")):
            out.setdefault(f, v)
    return out


MONTHS = _forms({w: n for w, n in cldr.months("hi").items() if not w.endswith(".")}
                | {"फरवरी": 2, "सितम्बर": 9, "अक्तूबर": 10, "अक्टूबर": 10, "नवम्बर": 11, "दिसम्बर": 12,
                   "अप्रेल": 4, "जनवरि": 1, "अगस्‍त": 8})
WEEKDAYS = _forms(cldr.weekdays("hi") | {"गुरूवार": 3, "बृहस्पतिवार": 3, "वीरवार": 3, "इतवार": 6, "सोमवार": 0})
# "मार्च" is also a march: "मार्च निकाला", "पैदल मार्च", "शांति मार्च"
MONTH_NOT_BEFORE = r"(?<=मार्च)\s+(?:निकाल|किया|करेंगे|करने|कर\s|पास्ट)"
_MONTH_NOT_AFTER = "".join(r"(?<!%s\s)" % w for w in ("पैदल", "शांति", "लंबा", "लंबे", "लॉन्ग", "विरोध", "कैंडल",
                                                        "तिरंगा", "आक्रोश", "मौन", "फ्लैग", "फ़्लैग"))

# the ergative: only with a perfective (past) verb; "उसने कहा कि ...": a verb of saying before a reported clause
_ERG = r"(?:(?<!%s)ने|(?<!%s)(?:उस|उन्हों|मैं|मैँ|हम|तुम|इस|इन्हों|जिस|जिन्हों|किस|सब)ने)%s" % (_W, _W, _E)
# the rest of the clause after a date: up to a full stop, or the "कि" that opens another clause
# (nor a comma, "लेकिन", "मगर", or "और" after a finite verb: another clause; "अमेरिका और कनाडा" goes on)
_FINITE_BEFORE = r"(?:(?<=(?:था|थी|थे|है|गई|गए)\s)|(?<=(?:थीं|हैं|गया|गयी|गये|हुआ|हुई|हुए)\s)|(?<=(?:किया|दिया|लिया)\s))"
_UPTO_CHAR = (r"(?!(?<!%s)(?:कि|लेकिन|मगर)%s)(?!%s(?:और|तथा|एवं)%s)[^।॥.!?;,|\n]"
              % (_W, _E, _FINITE_BEFORE, _E))  # one character of it
_UPTO = r"(?:%s)*?" % _UPTO_CHAR
# the future: "-गा/-गी/-गे" after the vowel of a verb ("करेगा", "होगी", "जाएँगे", "लेंगे"), not "लगा/लगी" (past of
# "to begin"), "आगे" (ahead), "सहयोगी" (colleague), "रोगी" (patient); the prospective "होने वाला है" (is about to;
# before a noun "जीतने वाली" is as often "who won"), "आने वाले" (coming), "होने वाली" (to be held: "कल होने वाली बैठक"),
# a plan ("नियोजित", "निर्धारित") or "अगले"/"आगामी"
_FUT = (r"(?:(?<![यरभबढ])\u094b|(?<!(?<![\u0900-\u097F])[मन])[\u0947\u0942\u0948]|[एओऊ])[\u0902\u0901]?(?:गा|गी|गे|गीं)%s|"
        r"[\u0900-\u097F](?:ने|नी)\s+वाल[ाीे]\s+(?:है|हैं|था|थी|थे)%s|(?<!%s)(?:आने|होने)\s+वाल[ाीे]%s|"
        # an infinitive with "चाहिए" (should), "है" or "था" (is/was to: "यात्रा करनी थी"), not "अपना", "सपना",
        # "घटना", "सामने", "पुराने", "उसने"
        r"[\u0900-\u097F](?<!अप)(?<!सप)(?<!घट)(?<!साम)(?<!पुरा)(?<!उस)(?<!इस)(?<!जिस)(?<!किस)(?:ना|नी|ने)\s+"
        r"(?:चाहिए|चाहिये|है|हैं|था|थी|थे)%s|"
        r"(?<!%s)(?:नियोजित|निर्धारित|प्रस्तावित|संभावित|तय\s+है|होना\s+है)%s"
        % (_E, _E, _W, _E, _E, _W, _E))
# (the engine ends sentences at ". ", not at the danda "।": a cue with a danda after it is an earlier sentence's)
_SAME_SENTENCE = r"(?![^।॥|]*[।॥|])"
FUTURE_CUE = (r"(?:(?<!%s)(?:अगले|अगली|अगला|आगामी|आने\s+वाले|आने\s+वाली|भविष्य)%s|%s)%s"
              % (_W, _E, _FUT, _SAME_SENTENCE))
_PAST = (r"(?<!%s)(?:था|थी|थे|थीं|गया|गई|गयी|गए|गये|हुआ|हुई|हुए|किया|किये|किए|दिया|दिये|दिए|लिया|चुका|चुकी|चुके|"
         r"बताया|कहा|पाया)%s(?!\s+जा)" % (_W, _E))  # (not the passive "किया जा सकता है", "किए जाएंगे")
# ... the nearer verb after the date tells: not a future past a past participle ("मई में हुए चुनाव के नतीजे जुलाई में
# घोषित होंगे": the elections held in May)
FUTURE_AFTER = r"(?:\s*,)?(?:(?!%s)%s)*?(?:%s)" % (_PAST, _UPTO_CHAR, _FUT)  # ("कल, ...")
# ... before the date, a past form tells only as the finite verb ending its clause (Hindi puts the verb last: "रद्द
# हुए मैच", "देखते हुए", "गिरफ्तार किए गए आरोपी" are participles of a noun or an adverb), or the aux "था"
_PAST_FINITE = (r"(?<!%s)(?:था|थी|थे|थीं|(?:गया|गई|गयी|गए|गये|हुआ|हुई|हुए|किया|किये|किए|दिया|दिये|दिए|लिया|चुका|चुकी|"
                r"चुके|बताया|कहा|पाया)(?=\s*(?:[।॥.,;|!?]|थ|है|हैं)))%s(?!\s+जा)" % (_W, _E))  # (the text before the date ends
# at the date: no clause end there)
# a past clause before the date: the ergative or a past verb not followed by "कि" (a verb of saying before the clause
# it reports, which may be in any tense: "उसने कहा कि वह कल जाएगा")
_NOT_BEFORE_KI = r"(?![^।॥.!?]*(?<!%s)कि%s)" % (_W, _E)
# ... in the date's own clause: not before a comma, "लेकिन", or "और" after a finite verb ("मोदी कल अमेरिका गए थे
# और परसों लौटेंगे")
_SAME_CLAUSE = r"(?![^।॥.!?]*(?:,|(?<!%s)(?:लेकिन|मगर)%s|%s(?:और|तथा|एवं)%s))" % (_W, _E, _FINITE_BEFORE, _E)
PAST_CUE = r"(?:%s|%s)%s%s%s" % (_ERG, _PAST_FINITE, _NOT_BEFORE_KI, _SAME_SENTENCE, _SAME_CLAUSE)
PAST_AFTER = r"(?:\s*,)?" + _UPTO + r"(?:%s|%s|(?<!%s)की(?=\s*(?:[।॥.,|]|$)))" % (_PAST, _ERG, _W)
RANGE_WORDS = ("से", "तक")

SEASONS = _forms({"गर्मी": "SU", "गर्मियों": "SU", "गर्मियाँ": "SU", "गर्मियां": "SU", "सर्दी": "WI", "सर्दियों": "WI",
                  "सर्दियाँ": "WI", "सर्दियां": "WI", "जाड़े": "WI", "जाड़ों": "WI", "बसंत": "SP", "वसंत": "SP",
                  "पतझड़": "FA", "शरद": "FA"})

NUMBERS = _forms({"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "छ:": 6, "सात": 7,
                  "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "पंद्रह": 15, "पन्द्रह": 15, "बीस": 20,
                  "पच्चीस": 25, "तीस": 30, "चालीस": 40, "पचास": 50, "सौ": 100, "डेढ़": 1})
VAGUE_NUMBERS = ("कुछ", "कई")
ORDINALS = _forms({"पहली": 1, "पहला": 1, "पहले": 1, "दूसरी": 2, "दूसरा": 2, "तीसरी": 3, "तीसरा": 3, "चौथी": 4,
                   "चौथा": 4, "अंतिम": 4, "आखिरी": 4, "आख़िरी": 4})
# centuries in words: "उन्नीसवीं सदी", "बीसवीं शताब्दी" (in the century rule only)
_CENT_ORDS = _forms({"ग्यारहवीं": 11, "बारहवीं": 12, "तेरहवीं": 13, "चौदहवीं": 14, "पंद्रहवीं": 15, "पन्द्रहवीं": 15,
                     "सोलहवीं": 16, "सत्रहवीं": 17, "अठारहवीं": 18, "उन्नीसवीं": 19, "बीसवीं": 20, "इक्कीसवीं": 21})
ORDINALS |= _CENT_ORDS
# "नब्बे के दशक" (the nineties): the decades of the 1900s named by their tens
DECADE_WORDS = {"बीस": 20, "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90}
HUNDREDS_ARE_CENTURIES = True  # "1800 के दशक": the 19th century (TimeML "18"), as English "the 1800s"
_SING_UNITS = {"दिन": "D", "हफ्ते": "W", "हफ्ता": "W", "हफ़्ते": "W", "हफ़्ता": "W", "सप्ताह": "W", "सप्ताहांत": "WE",
               "वीकेंड": "WE",
               "महीने": "M", "महीना": "M", "माह": "M", "मास": "M", "तिमाही": "Q", "साल": "Y", "वर्ष": "Y", "बरस": "Y",
               "दशक": "DEC", "सदी": "CENT", "शताब्दी": "CENT", "शती": "CENT"}
# the oblique plural: "पिछले कुछ सालों में", "आने वाले दिनों में", "कई वर्षों से"
_PLURAL = {"दिनों": "D", "हफ्तों": "W", "हफ़्तों": "W", "सप्ताहों": "W", "महीनों": "M", "सालों": "Y", "वर्षों": "Y",
           "बरसों": "Y", "दशकों": "DEC", "सदियों": "CENT", "शताब्दियों": "CENT"}
UNITS = _forms(_SING_UNITS | _PLURAL)
PLURAL_UNITS = tuple(_forms(_PLURAL))
_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
DIRS = _forms({"पिछले": -1, "पिछली": -1, "पिछला": -1, "गत": -1, "बीते": -1, "विगत": -1, "अगले": 1, "अगली": 1,
               "अगला": 1, "आगामी": 1, "आने वाले": 1, "आने वाली": 1, "इस": 0, "इसी": 0, "यह": 0, "ये": 0,
               "मौजूदा": 0, "चालू": 0, "वर्तमान": 0})
_DIR_ALT = "|".join(sorted(DIRS, key=len, reverse=True))
# the engine's word lists end with "\b", which never holds after a vowel sign ("पिछले", "दो"): these rules name
# their groups themselves
_DIR = r"(?P<dir>%s)%s" % (_DIR_ALT, _E)
_NUM = r"(?P<num>%s|\d{1,3}(?![\d.,]))%s" % ("|".join(sorted(NUMBERS, key=len, reverse=True)), _E)
_SEASON = r"(?P<season>%s)%s" % ("|".join(sorted(SEASONS, key=len, reverse=True)), _E)
_ORD = r"(?P<ord>%s)%s" % ("|".join(sorted(ORDINALS, key=len, reverse=True)), _E)
AGO_FUTURE = ("बाद", "में")
ANCHORED_AFTER = ("बाद",)  # "दो दिन बाद उन्होंने इस्तीफा दे दिया" told in the past: from the story's last date
THAT_UNITS = _forms({"दिन": "D", "हफ्ते": "W", "हफ़्ते": "W", "सप्ताह": "W", "महीने": "M", "साल": "Y", "वर्ष": "Y"})
THAT_RELS = {"अगले": 1, "अगली": 1, "उसी": 0, "उस": 0}
# "कल" and "परसों" are yesterday or tomorrow by tense (see RULES); alone, in news, the past
RELDAYS = {"आज": 0, "कल": -1, "परसों": -2, "आज रात": 0, "आज सुबह": 0, "आज शाम": 0, "कल रात": -1}
REFS = _forms({"अब": "PRESENT_REF", "अब तक": "PRESENT_REF", "वर्तमान में": "PRESENT_REF", "फ़िलहाल": "PRESENT_REF",
               "आजकल": "PRESENT_REF", "इन दिनों": "PRESENT_REF", "इस समय": "PRESENT_REF",
               "मौजूदा समय में": "PRESENT_REF",
               "हाल ही में": "PAST_REF", "हाल में": "PAST_REF", "हाल के दिनों में": "PAST_REF", "अतीत में": "PAST_REF",
               "पहले के समय में": "PAST_REF", "भविष्य में": "FUTURE_REF", "आने वाले समय में": "FUTURE_REF",
               "जल्द ही": "FUTURE_REF", "जल्द से जल्द": "FUTURE_REF"})
# "आज" in an essay ("आज हम जानते हैं"): nowadays; the day of the text in news, or when its clause tells an event
GENERIC_TODAY = ("आज",)
# ... and "आज की घोषणा" (today's announcement): an event of the day; "आज की दुनिया" (today's world) is nowadays
TODAY_AS_DATE_AFTER = (r"\s+(?:सुबह|शाम|रात|दोपहर)|\s+(?:की|के|का)\s+(?:इस\s+|इन\s+)?(?:घोषणा|बैठक|मुलाकात|बयान|घटना|"
                       r"सुनवाई|मैच|मुकाबले|मुकाबला|कॉकस|चुनाव|मतदान|फैसले|फ़ैसले|फैसला|फ़ैसला|रैली|हमले|हमला|"
                       r"कार्यक्रम|प्रदर्शन|हड़ताल|दौरे|दौरा|सत्र|बहस)" + _E)
# (with no relative "जो", "कि" or "और" between them: "जो आज हम जानते हैं" after a past clause is nowadays)
_NEAR_GAP = r"(?:(?!(?<!%s)(?:जो|कि|और)%s)[^,;।॥|])*?" % (_W, _E)
# ... on either side of the "आज" at hand (see viz.dates.engine: TODAY_NEAR_BEFORE reaches it, TODAY_NEAR_AFTER starts
# after it)
_NEAR_VERB = r"(?:%s|%s|%s)" % (_FUT, _PAST, _ERG)
TODAY_NEAR_BEFORE = _NEAR_VERB + _NEAR_GAP
TODAY_NEAR_AFTER = _NEAR_GAP + _NEAR_VERB
NEWS_CUE = r"(?:ने|नें)\s+(?:कहा|बताया)%s" % _E

MOD_PREFIX = None

YEAR_CUE = r"(?<!%s)(?:साल|वर्ष|सन्|सन)" % _W
# ... sure of a year, over a counted noun, only as a cue of its own: not the "साल" of "इस साल 1500 करोड़ रुपये" (this
# year, 1500 crore rupees)
YEAR_SURE_CUE = (r"(?<!%s)(?<!इस\s)(?<!इसी\s)(?<!पिछले\s)(?<!अगले\s)(?<!गत\s)(?<!बीते\s)(?<!विगत\s)(?<!हर\s)"
                 r"(?:साल|वर्ष|सन्|सन)" % _W)
YEAR_NOT_AFTER = r"[$€£₹#§]|\d[.,](?!\s)|(?<!%s)(?:रु|रू|नंबर|संख्या|क्रमांक|लगभग|करीब|क़रीब|कुल)\.?" % _W
YEAR_APPROX = (r"(?<!%s)(?:लगभग|करीब|क़रीब)" % _W, r"\s*(?:में|के\s+आसपास|तक)%s" % _E)
# ... and the noun a number counts ("2000 लोग", "1500 रुपये"), "more/less than 2000", a figure glued to a word
YEAR_NOT_BEFORE = (r"(?:[^\W\d_]|[\u0900-\u0963])|\s*(?:%%|₹|रुपये|रुपए|डॉलर|प्रतिशत|फ़ीसदी|फीसदी)|"
                   r"\s*(?:km|kg|m|ha|MW)\b|\s+(?:से\s+(?:अधिक|ज्यादा|ज़्यादा|कम|ऊपर)|लोग|लोगों|व्यक्ति|कर्मचारी|"
                   r"सैनिक|जवान|पुलिसकर्मी|छात्र|छात्रों|मरीज|मरीज़|मामले|मामलों|घर|घरों|वोट|मीटर|किलोमीटर|किलो|टन|"
                   r"रुपये|रुपए|डॉलर|परिवार|परिवारों|यात्री|यात्रियों|गाँव|गांव|पद|पदों|सदस्य|बच्चे|बच्चों|महिलाएं|"
                   r"महिलाओं|कंपनियों|वाहन|वाहनों|सीटें|सीटों|शिक्षक|किसान|किसानों|उम्मीदवार|करोड़|लाख|हजार|हज़ार)%s"
                   % _E)

_BIG = "|".join(sorted(_forms(dict.fromkeys(("हज़ारों", "लाखों", "करोड़ों", "सैकड़ों", "अरबों", "हज़ार", "लाख", "करोड़",
                                                "अरब"))), key=len, reverse=True))
_YR = r"(?:(?P<cued>साल|वर्ष|सन्?)\s+)?{YEAR}"
RULES = [
    # "अगले दिन" (the next day), "उसी दिन", "उस साल" (that year): after the story's last date, not today
    ("that_unit", _B + r"(?P<rel>अगले|उसी|उस)\s+(?P<unit>दिन)" + _E),
    ("that_unit", _B + r"(?P<rel>उसी|उस)\s+(?P<unit>हफ्ते|हफ़्ते|सप्ताह|महीने|साल|वर्ष)" + _E),
    ("range_years", _B + r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96", "1644-1912"
    ("iso", _B + r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", _B + r"(?P<a>[0-3]?\d)[./-](?P<b>[01]?\d)[./-](?P<y>\d{4})(?![\d])"),
    # "5 से 7 मई तक", "5-7 मई 2021": two days of one month
    ("range_days", _B + r"{DAY}\s*(?:-|\u2013|से|और)\s*{DAY:b}\s+{MONTH}" + _E + r"(?:\s*,?\s*{YEAR})?"),
    # "5 मई 2021", "5 मई, 2021", "दिनांक 5 मई", "सोमवार, 5 मई"; "16 नवंबर की सुबह"; "गत 5 मई को" (last 5 May),
    # "आगामी 15 अगस्त को" (the coming 15 August)
    ("date", _B + r"(?:(?:{WEEKDAY}" + _E + r"\s*,?\s*)?(?:(?:दिनांक|तारीख|तारीख़)\s+)?)?"
     r"(?:(?P<dir>गत|बीते|विगत|पिछली|आगामी|अगली)\s+)?{DAY}\s*{MONTH}" + _E
     + r"(?:\s*,?\s*{YEAR})?"),
    ("date", _B + r"{MONTH}" + _E + r"\s+{DAY},?\s+{YEAR}"),  # "मई 5, 2021" (English order)
    # "जून और अगस्त 2021 के बीच": two months of one year
    ("range_months", _B + r"{MONTH}" + _E + r"\s*(?:और|से|-|\u2013)\s*{MONTH:b}" + _E + r"\s*,?\s*{YEAR}"),
    # "इस साल मई और जुलाई के बीच": two months of the year the direction names
    ("range_months", _B + r"(?P<ydir>" + _DIR_ALT + r")\s+(?:साल|वर्ष)\s+(?:की\s+|के\s+)?{MONTH}" + _E
     + r"\s*(?:और|से|-|\u2013)\s*{MONTH:b}" + _E),
    ("month", _B + r"{MONTH}" + _E + r"\s*,?\s*" + _YR),
    # "2021 के मई महीने में", "2019 की जनवरी में": the year before the month
    ("month", _B + _YR + r"\s+(?:के|की)\s+{MONTH}" + _E),
    # "इस साल मार्च में", "पिछले साल जुलाई में": the month of the year the direction names (not "पिछले साल मार्च
    # 2016 में": that month has its year)
    ("month", _B + r"(?P<ydir>" + _DIR_ALT + r")\s+(?:साल|वर्ष)\s+(?:की\s+|के\s+)?{MONTH}" + _E
     + r"(?!\s*,?\s*\d{4})"),
    # "पिछली जुलाई", "अगले मार्च", "इस मई"
    ("month", _B + _DIR + r"\s+{MONTH}" + _E + r"(?!\s*,?\s*\d{4})"),
    # a month alone before its postposition or "माह"/"महीने" ("नवंबर में", "अक्टूबर की बैठक", "जुलाई के आखिर में")
    ("month", _B + _MONTH_NOT_AFTER + r"{MONTH}" + _E
     + r"(?:\s+(?:माह|महीने|मास)" + _E + r")?(?=\s*(?:में|की|के|को|से|तक|माह|महीने|मास|और|,|-)" + _E + r")"),
    # quarters and halves: "2020 की पहली तिमाही", "इस साल की दूसरी छमाही"
    ("quarter", _B + r"(?:{YEAR}\s+की\s+)?" + _ORD + r"\s+तिमाही" + _E),
    ("half", _B + r"{YEAR}\s+की\s+" + _ORD + r"\s+छमाही" + _E),
    # "1990 के दशक", "1990 के दशक में", "'90 के दशक", "नब्बे के दशक", "1990 का दशक"
    ("decade", _B + r"(?:(?P<year>1\d\d0|20\d0)|'?(?P<yy>[1-9]0))\s*(?:के|का|की)\s+दशक"),
    ("decade", _B + r"(?P<decword>नब्बे|अस्सी|सत्तर|साठ|पचास|चालीस|तीस)\s+(?:के|का)\s+दशक"),
    # "19वीं सदी", "16 वीं शताब्दी", "बीसवीं सदी"
    ("century", _B + r"(?P<cnum>\d{1,2})\s*(?:वीं|वी|वीँ)\s+(?:सदी|शताब्दी|शती)" + _E),
    ("century", _B + r"(?P<ord>" + "|".join(sorted(_CENT_ORDS, key=len, reverse=True)) + r")\s+(?:सदी|शताब्दी|शती)"
     + _E),
    ("season", _B + _DIR + r"\s+" + _SEASON),
    ("season", _B + r"{YEAR}\s+(?:की|के)\s+" + _SEASON),
    # "तीन साल पहले", "दो हफ़्ते पहले", "पांच दिन बाद", "दो महीने में" (in two months: a future clause only)
    ("ago", _B + _NUM + r"\s+(?P<unit>" + _UNIT_ALT + r")" + _E + r"\s+(?P<after>पहले|बाद)" + _E),
    ("ago", _B + _NUM + r"\s+(?P<unit>" + _UNIT_ALT + r")" + _E + r"\s+(?P<future_only>(?P<after>में))" + _E),
    # "हज़ारों साल पहले", "बीस लाख साल पहले", "कुछ साल पहले", "सालों पहले": a vague past
    ("ago", _B + r"(?P<big>(?:(?:\d+|एक|दो|तीन|चार|पांच|पाँच|दस|बीस|सौ)\s+)?(?:" + _BIG + r"))\s+(?P<unit>" + _UNIT_ALT
     + r")" + _E + r"\s+(?P<after>पहले)" + _E),
    ("ago", _B + r"(?P<num>कुछ|कई)\s+(?P<unit>" + _UNIT_ALT + r")" + _E + r"\s+(?P<after>पहले)" + _E),
    ("ago", _B + r"(?P<unit>सालों|वर्षों|बरसों|महीनों|सदियों|दशकों)\s+(?P<after>पहले)" + _E),
    # "ये साल" (this year, as spoken)
    ("relunit", _B + r"(?P<dir>यह|ये)\s+(?P<unit>साल|वर्ष|महीना|महीने|हफ़्ता|हफ्ता|सप्ताह)" + _E),
    # "पिछले साल", "इस हफ़्ते"; "पिछले कुछ सालों में" (in recent years), "आने वाले दिनों में": the recent past, the near
    # future; not "इस दिन" (on this day: the day told, not today)
    ("relunit", _B + r"(?!(?:यह|ये)" + _E + r")(?!(?:इस|इसी)\s+दिन" + _E + r")" + _DIR
     + r"\s+(?:(?P<vague>कुछ|कई)\s+)?(?P<unit>" + _UNIT_ALT + r")" + _E),
    # not "अब तक का/की/के" (the ... ever: "अब तक का सबसे बड़ा"), nor "अब भी" (still)
    ("ref", _B + r"{REF}" + _E + r"(?!(?<=अब)\s+(?:भी|तक\s+(?:का|की|के))" + _E + r")(?!(?<=अब\sतक)\s+(?:का|की|के)"
     + _E + r")"),
    # "कल" and "परसों" in a clause told in the future: tomorrow, the day after (the "ago" resolver's future_only
    # group: its tense decides); else yesterday, the day before
    ("ago", _B + r"(?P<unit>क(?P<future_only>ल))" + _E),
    ("ago", _B + r"(?P<num>(?P<unit>परस(?P<future_only>ों)))" + _E),
    ("relday", _B + r"(?P<relday>आज\s+(?:रात|सुबह|शाम)|कल\s+रात|आज|कल|परसों)" + _E),
    # "पिछले सोमवार", "अगले शुक्रवार", "सोमवार को", "बुधवार तक"
    ("weekday", _B + r"(?:" + _DIR + r"\s+)?{WEEKDAY}" + _E),
    # a year before "में" (in), "से" (since), "तक" (until): a year even before 1800 ("1610 में")
    ("year", _B + r"(?:(?:साल|वर्ष|सन्?)\s+)?{YEAR}(?=\s*(?:में|से|तक|के\s+बाद)" + _E + r")(?P<cued>)"),
    ("year", _B + _YR),
]
UNITS |= {"कल": "D", "परसों": "D"}  # for the rules of "कल" and "परसों" above only ("परसों": two of them)
NUMBERS |= {"परसों": 2}
