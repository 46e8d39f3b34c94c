"""Dutch words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
import re

from .. import cldr
from ..engine import _alt
from ..tense import sentence_after, sentence_before

CODE = "nl"
DAY_FIRST = True
DAY_SUFFIX = r"(?:e|ste|de)?"

MONTHS = cldr.months("nl") | {"sept.": 9, "maa.": 3}
WEEKDAYS = cldr.weekdays("nl")
RANGE_WORDS = ("tot",)
FUTURE_CUE = r"\b(?:zal|zullen|gaat|gaan|wordt\s+verwacht|gepland|komende|volgende|aanstaande|tot)\b"
# the verb right after a fronted date (V2): "In augustus gaan we", "Volgende maand zal het kabinet"
FUTURE_AFTER = r"\s*,?\s*(?:zal|zullen|gaat|gaan|wordt\s+verwacht|worden\s+verwacht)\b"
# ... or in the past: "Op 3 juli kwam de raad bijeen", "In juli is de wet in werking getreden" (the auxiliary of the
# perfect with its participle ending the clause, not a participle of state or plan ("is gepland", "is gesloten") nor a
# noun of that shape ("gezondheid", "gebied");
# "is" alone is the present), "In maart werd hij gekozen"; the weak
# past only in the singular ("verhuisde"): present plurals end in "-den" too ("worden", "vinden")
PAST_AFTER = (r"\s*,?\s*(?:was|waren|had|hadden|werd|werden|kwam|kwamen|ging|gingen|stierf|vond|vonden|zei|zeiden|"
              r"sprak|kreeg|kregen|won|wonnen|verloor|brak|nam|namen|gaf|gaven|zag|zagen|hield|hielden|liep|bleef|bleven|"
              r"viel|vielen|trad|traden|"
              r"(?:is|zijn|heeft|hebben)(?=[^.,;!?]*\b(?!(?:gepland|gesloten|geopend|gelegen|geregeld|gevestigd|"
              r"gebaseerd|geschikt|gewenst|verwacht|geleden|\w*heid|gebied\w*|geld|gezicht\w*|gevecht\w*|gedicht\w*|"
              r"gerecht\w*|gewicht\w*|gemeenten|gevolgen|gebergten)\b)ge\w+(?:d|t|en)\s*(?:[.,;!?]|$))|"
              r"(?!(?:grote|hele|halve|volgende|vorige|\w*(?:ste|tweede|derde|vierde|vijfde|zesde|zevende|negende|tiende|"
              r"elfde|twaalfde|honderdde|duizendde))\b)\w{3,}(?:de|te))\b")
# "sinds": the point it starts from is past ("sinds Koningsdag", "sinds maart")
PAST_CUE = r"\b(?:was|waren|had|hadden|werd|werden|is\s+\w+|zei|heeft|hebben|sinds)\b"

SEASONS = {"lente": "SP", "voorjaar": "SP", "zomer": "SU", "herfst": "FA", "najaar": "FA", "winter": "WI"}

NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15, "twintig": 20, "dertig": 30,
           "veertig": 40, "vijftig": 50, "honderd": 100}
VAGUE_NUMBERS = ("enkele", "een paar", "meerdere", "verscheidene", "vele")
ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
# centuries in words: "de negentiende eeuw", "de twintigste eeuw" (only in the century rule: no quarter is above 4)
ORDINALS |= {"twaalfde": 12, "dertiende": 13, "veertiende": 14, "vijftiende": 15, "zestiende": 16, "zeventiende": 17,
             "achttiende": 18, "negentiende": 19, "twintigste": 20, "eenentwintigste": 21}
# "de jaren negentig": the decades of the 1900s named by their tens
DECADE_WORDS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
                "negentig": 90}
UNITS = {"dag": "D", "dagen": "D", "week": "W", "weken": "W", "weekend": "WE", "maand": "M", "maanden": "M",
         "kwartaal": "Q", "jaar": "Y", "jaren": "Y", "decennium": "DEC", "decennia": "DEC", "eeuwen": "CENT"}
PLURAL_UNITS = ("dagen", "weken", "maanden", "jaren", "decennia", "eeuwen")
DIRS = {"vorige": -1, "vorig": -1, "afgelopen": -1, "verleden": -1, "volgende": 1, "volgend": 1, "komende": 1,
        "komend": 1, "aanstaande": 1, "deze": 0, "dit": 0, "huidige": 0}
AGO_FUTURE = ("over",)  # "over twee weken"; "drie jaar later": ANCHORED_AFTER
ANCHORED_AFTER = ("later",)  # "een jaar later ging ze weer open": from the story's last date
THAT_UNITS = {"dag": "D", "week": "W", "maand": "M", "jaar": "Y"}
THAT_RELS = {"volgende": 1, "daaropvolgende": 1, "dat": 0, "datzelfde": 0, "diezelfde": 0, "die": 0}
# "vanavond", "vanochtend": this evening, this morning (a part of the text's day)
RELDAYS = {"gisteren": -1, "vandaag": 0, "morgen": 1, "eergisteren": -2, "overmorgen": 2, "vanavond": 0,
           "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vannacht": 0, "gisteravond": -1, "gisterochtend": -1,
           "gistermorgen": -1, "gistermiddag": -1, "gisternacht": -1, "morgenochtend": 1, "morgenavond": 1,
           "morgenmiddag": 1}
# name -> (month, day), (month, weekday, nth) or ("easter", days after Easter Sunday) for the feasts that move with it;
# a date only after a time preposition, with a direction or a year (see RULES): not "Kerstmis is het feest van ...";
# compounds are other words ("de kerstman", "Paaseiland", "kerstvakantie"). Koningsdag moves to the 26th when the 27th
# is a Sunday (not modelled).
HOLIDAYS = {"kerstmis": (12, 25), "kerst": (12, 25), "eerste kerstdag": (12, 25), "tweede kerstdag": (12, 26),
            "kerstavond": (12, 24), "oudejaarsavond": (12, 31), "oudejaarsdag": (12, 31),
            "oudjaar": (12, 31), "nieuwjaarsdag": (1, 1), "nieuwjaar": (1, 1), "driekoningen": (1, 6),
            "valentijnsdag": (2, 14), "koningsdag": (4, 27), "koninginnedag": (4, 30), "dodenherdenking": (5, 4),
            "bevrijdingsdag": (5, 5), "allerheiligen": (11, 1), "allerzielen": (11, 2), "pakjesavond": (12, 5),
            "sinterklaasavond": (12, 5), "prinsjesdag": (9, 1, 3), "pasen": ("easter", 0),
            "eerste paasdag": ("easter", 0), "paaszondag": ("easter", 0), "tweede paasdag": ("easter", 1),
            "paasmaandag": ("easter", 1), "goede vrijdag": ("easter", -2), "witte donderdag": ("easter", -3),
            "palmzondag": ("easter", -7), "aswoensdag": ("easter", -46), "hemelvaartsdag": ("easter", 39),
            "hemelvaart": ("easter", 39), "pinksteren": ("easter", 49), "eerste pinksterdag": ("easter", 49),
            "pinksterzondag": ("easter", 49), "tweede pinksterdag": ("easter", 50), "pinkstermaandag": ("easter", 50)}
# a sentence of repeated events ("elk jaar met Kerstmis", "traditiegetrouw op Koningsdag"): no one date
HABITUAL_CUE = (r"\b(?:elk|elke|ieder|iedere|jaarlijks|traditiegetrouw|traditioneel|altijd|meestal|gewoonlijk|"
                r"doorgaans|telkens)\b[^.;]{0,60}$")
REFS = {"momenteel": "PRESENT_REF", "tegenwoordig": "PRESENT_REF", "thans": "PRESENT_REF",
        "op dit moment": "PRESENT_REF", "onlangs": "PAST_REF", "recent": "PAST_REF", "vroeger": "PAST_REF",
        "in de toekomst": "FUTURE_REF", "in het verleden": "PAST_REF"}

# "begin 2020", "eind vorig jaar", "(aan) het begin van vorig jaar", "eerder deze maand", "later dit jaar"
MOD_PREFIX = (r"\b(?:(?:het\s+)?(?:begin|eind|einde|midden)\s+van\s+|(?:begin|eind|half|medio|midden|halverwege|"
              r"eerder|later)\s+(?:van\s+)?)")
SPAN_DROP = r"op|in|sinds|vanaf|tot|tot\s+en\s+met|na|voor|rond"

YEAR_CUE = r"\b(?:in|sinds|vanaf|tot|jaar|tussen|en|voor|na|begin|eind)"
YEAR_NOT_AFTER = (r"[$€£#§]|\d[.,](?!\s)|\b(?:nr|blz|art|vol)\.?|\b(?:nummer|pagina|artikel|hoofdstuk|zaal|straat|"
                  r"meer\s+dan|minder\s+dan|ongeveer|bijna|ruim|circa)")
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|procent)|\s*(?:km|kg|m|ha|t)\b|\s+(?:\w+\s+)?(?:mensen|inwoners|mannen|vrouwen|"
                   r"kinderen|werknemers|banen|stemmen|meter|kilometer|ton|euro|dollar|leden|doden|slachtoffers|"
                   r"soldaten|gevallen|bedrijven|studenten)\b)")

# the feasts' names, checked first (cheap: most words fail at their second or third letter) before the contexts
_IS_HOLIDAY = r"(?=%s(?![\w-]))" % _alt(HOLIDAYS)
_HOLIDAY_YEAR = r"(?=%s\s+(?:1\d\d\d|20\d\d)(?![\d%%]))" % _alt(HOLIDAYS)  # "Pasen 2019"

RULES = [
    # holidays: after a time preposition ("met Kerstmis", "na de kerst", "rond Pinksteren", "op Koningsdag") or with
    # a year ("Kerstmis 2019"), in one rule that starts at the feast's name; with a direction ("vorige kerst",
    # "afgelopen Pasen") in one that starts at the direction
    ("holiday", _IS_HOLIDAY + r"(?:(?<=\bmet\s)|(?<=\bmet\sde\s)|(?<=\brond\s)|(?<=\brond\sde\s)|(?<=\brondom\s)|"
                r"(?<=\bna\s)|(?<=\bna\sde\s)|(?<=\bvoor\s)|(?<=\bvoor\sde\s)|(?<=\btijdens\s)|(?<=\btijdens\sde\s)|"
                r"(?<=\bsinds\s)|(?<=\bsinds\sde\s)|(?<=\btot\s)|(?<=\btot\sde\s)|(?<=\bop\s)|(?<=\bvanaf\s)|"
                r"(?<=\btegen\s)|(?<=\bomstreeks\s)|" + _HOLIDAY_YEAR + ")"
                r"{HOLIDAY}(?:\s+{YEAR})?"),
    ("holiday", r"{DIR}\s+{HOLIDAY}(?:\s+{YEAR})?"),
    # "de volgende dag", "dat jaar", "diezelfde dag": after the story's last date, not today
    ("that_unit", r"(?:de\s+|het\s+)?(?P<rel>volgende|daaropvolgende)\s+(?P<unit>dag|week|maand|jaar)\b"),
    ("that_unit", r"(?:in\s+|op\s+)?(?P<rel>dat|datzelfde)\s+(?P<unit>jaar)\b"),
    ("that_unit", r"(?:op\s+|in\s+)?(?P<rel>diezelfde|die)\s+(?P<unit>dag|week|maand)\b"),
    ("range_days", r"(?:van|tussen)\s+{DAY}\s*(?:tot(?:\s+en\s+met)?|t/m|en|-|\u2013)\s*{DAY:b}\s+{MONTH}(?:\s+{YEAR})?"),
    ("range_months", r"(?:van|tussen)\s+{MONTH}\s+(?:tot|en)\s+{MONTH:b}\s+{YEAR}"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)[/.-](?P<y>\d{4})(?![\d/]|\.\d)"),  # the full stop after it ends the sentence
    ("date", r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}(?:\s+{YEAR})?"),
    ("month", r"(?:de\s+maand\s+)?{MONTH}\s+{YEAR}"),
    ("month", r"(?:{DIR}\s+){MONTH}"),
    # "in januari vorig jaar", "in maart van dit jaar", "maart volgend jaar": the month of the year the direction names
    ("month", r"{MONTH}\s+(?:van\s+)?(?P<ydir>vorig|afgelopen|dit|volgend|komend)\s+jaar\b"),
    # "in maart van dat jaar", "van hetzelfde jaar", "van het jaar daarop": the story's year (resolvers._story_year)
    ("month", r"{MONTH}\s+van\s+(?:(?:dat|datzelfde|hetzelfde)\s+(?P<thatyear>jaar)|het\s+(?P<thatnext>volgende)\s+jaar|"
              r"het\s+jaar\s+(?P<thatnext2>daarop|erna))\b"),
    # Dutch writes months and weekdays in lower case: a capitalized one inside a sentence is a name ("keizer Augustus",
    # "zijn knecht Vrijdag")
    # (and a capitalized one before another capitalized word is a name at the start of a sentence too: "Mei Li won")
    ("month", r"(?:de\s+maand\s+)?(?!(?<=[\w,;]\s)(?-i:[A-Z]))(?!(?-i:[A-Z])\w+\s+(?-i:[A-Z][a-z])){MONTH}"),
    # "het eerste kwartaal van vorig jaar", "de tweede helft van dit jaar": of the year the direction names
    ("quarter", r"(?:het\s+)?{ORD}\s+kwartaal(?:\s+(?:van\s+)?{YEAR}|\s+van\s+(?P<ofdir>dit|vorig|volgend|komend|"
                r"afgelopen)\s+jaar\b)?"),
    ("quarter", r"(?-i:Q|K)(?P<qn>[1-4])\s+{YEAR}"),
    ("half", r"(?:het\s+|de\s+)?{ORD}\s+(?:helft|halfjaar|jaarhelft)(?:\s+(?:van\s+)?{YEAR}|\s+van\s+(?P<ofdir>dit|vorig|"
             r"volgend|komend|afgelopen)\s+jaar\b)?"),
    ("decade", r"(?:de\s+)?jaren\s+(?:(?P<year>1\d\d0|20\d0)|['’]?(?P<yy>\d0))\b"),
    ("decade", r"(?:de\s+)?jaren\s+{DECWORD}"),  # "de jaren negentig"
    ("century", r"(?:de\s+)?(?P<cnum>\d{1,2}|(?-i:[XVI]{1,5}))(?:e|de|ste)\s+eeuw"),  # "de 19e eeuw", "de XIXe eeuw"
    ("century", r"(?:de\s+)?{ORD}\s+eeuw"),  # "de negentiende eeuw"
    ("season", r"(?:de\s+|het\s+)?{SEASON}\s+(?:van\s+)?{YEAR}"),
    ("season", r"(?:de\s+|het\s+)?{DIR}\s+{SEASON}"),
    ("relday", r"(?<!'s\s)(?<!de\s)(?<!deze\s)(?<!die\s){RELDAY}(?!\s+(?:vroeg|ochtend)\b)"),
    ("ref", r"{REF}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>geleden|later|eerder)\b"),
    ("ago", r"(?P<after>over)\s+{NUM}\s+{UNIT}"),
    # "jaren geleden", "eeuwen geleden", "duizenden jaren geleden", "twee miljoen jaar geleden": a vague past
    ("ago", r"(?P<unit>jaren|decennia|eeuwen|maanden|weken)\s+(?P<after>geleden)\b"),
    ("ago", r"(?P<big>duizenden|miljoenen|honderden|miljoen|miljard|duizend)\s+{UNIT}\s+"
            r"(?P<after>geleden)\b"),
    # "maandag volgende week", "vrijdag vorige week": that day of the week named
    ("weekday", r"(?:{DIR}\s+)?(?!(?<=[\w,;]\s)(?-i:[A-Z])){WEEKDAY}(?:\s+(?P<wdir>volgende|vorige|deze|komende|"
                r"afgelopen)\s+week\b)?"),
    # "de laatste jaren": the recent past (plural units only: "de laatste dag" is the final one, of something)
    ("relunit", r"(?:(?:de|het)\s+)?(?P<latest>laatste)\s+(?P<unit>dagen|weken|maanden|jaren|decennia)\b(?!\s+van\b)"),
    # "de volgende dag" is the day after the one just told (anchored), never tomorrow ("morgen")
    ("relunit", r"(?:(?:het|de)\s+)?(?!(?:volgende|vorige)\s+dag\b){DIR}\s+{UNIT}"),
    ("year", r"(?:(?:het\s+)?jaar\s+)?{YEAR}"),
]


# The tense of a Dutch clause, for a weekday that no cue word dates (see viz.dates.tense). Dutch, like German, tells a
# plan in the present ("Vrijdag stemt het parlement over de wet"): a weekday that opens its clause, followed by a
# finite verb that is not a past form, is the coming one. Past: the strong and irregular past forms (a closed class),
# a weak past in "-de(n)"/"-te(n)" where the finite verb stands, or a perfect (an auxiliary and a participle).
_PAST_NL = re.compile(
    r"\b(?:was|waren|had|hadden|werd|werden|zei|zeiden|kon|konden|moest|moesten|wilde|wilden|wou|zou|zouden|mocht|"
    r"mochten|ging|gingen|kwam|kwamen|stond|stonden|lag|lagen|bleef|bleven|zag|zagen|viel|vielen|nam|namen|sprak|"
    r"spraken|stierf|stierven|won|wonnen|verloor|verloren|begon|begonnen|trok|trokken|steeg|stegen|daalde|trad|traden|"
    r"bracht|brachten|dacht|dachten|wist|wisten|liep|liepen|schreef|schreven|zat|zaten|vloog|vlogen|sloeg|sloegen|"
    r"liet|lieten|bood|boden|vond|vonden|gaf|gaven|kreeg|kregen|hield|hielden|riep|riepen|vroeg|vroegen|deed|deden|"
    r"sprong|sprongen|zong|zongen|dronk|dronken|schoot|schoten|reed|reden|trof|troffen|hing|hingen|ving|vingen|greep|"
    r"grepen|keek|keken|bleek|bleken|leek|leken|sliep|sliepen|verdween|verdwenen|verscheen|verschenen|ontstond|"
    r"ontstonden|overleed|ontving|ontvingen|vertrok|besloot|bezocht|zocht|zochten|kocht|kochten|vocht|vochten|sloot|"
    r"brak|braken|stak|staken|las|lazen|droeg|droegen|bedroeg|bedroegen|vroor|verliet|verlieten|verbood|verkocht|"
    r"verkochten|wierp|wierpen|stal|stalen|sneed|sneden|smolt|zonk|zonken|dook|doken|kroop|kropen|schreeuwde)\b",
    re.I)
_PERFECT_AUX = re.compile(r"\b(?:heeft|hebben|is|zijn|werd|werden)\b", re.I)
# a participle, with its separable particle: "gestemd", "gekozen", "afgetreden", "aangehouden", "bekendgemaakt"
_PARTICIPLE = re.compile(r"\b(?:af|aan|op|uit|in|door|mee|over|toe|vast|bekend|voor|terug)?ge\w{2,}(?:d|t|en)\b", re.I)
_WORD_NL = re.compile(r"[^\W\d_]+")
_NOT_VERB_NL = frozenset("de het een dit dat deze die er ook nog al wel niet dan toen nu om in op aan van voor na met "
                         "bij tot uit en of maar ik je jij u hij zij ze we wij jullie men zich zijn haar hun ons onze "
                         "mijn".split())


def clause_tense(text: str, s: int, e: int) -> int:
    """-1 when the clause of the weekday text[s:e] is told in the past, +1 when it opens the clause before a finite
    verb in the present ("Vrijdag stemt het parlement"), 0 when unknown."""
    pre = sentence_before(text, s, 120)
    post = sentence_after(text, e, 120)
    before = pre[max(pre.rfind(","), pre.rfind(";")) + 1:]
    cut = [i for i in (post.find(","), post.find(";")) if i >= 0]
    after = post[:min(cut)] if cut else post
    clause = before + " " + after
    if _PAST_NL.search(clause) or (_PERFECT_AUX.search(clause) and _PARTICIPLE.search(clause)):
        return -1
    words = _WORD_NL.findall(after)
    lead = [w.lower() for w in _WORD_NL.findall(before)]
    # the time phrase opens its clause, alone or after a preposition of time ("Voor kerst wil het kabinet ...")
    if words and all(w in ("op", "aanstaande", "komende", "a", "voor", "na", "rond", "tot", "tegen", "vanaf", "met",
                           "tijdens", "de", "vlak", "kort") for w in lead):
        verb = words[0].lower()
        if verb in _NOT_VERB_NL or re.search(r"(?:de|te|den|ten)$", verb):
            return 0
        return 1
    return 0

# "since" before a year-less date: the last such date ("sinds november"; viz.dates.resolvers._since)
SINCE_WORDS = r"sinds|sedert"
