"""Dutch words and rules for the date extractor (see viz.dates.engine for the template syntax)."""
from .. import cldr

CODE = "nl"
DAY_FIRST = True
DAY_SUFFIX = r"(?:e|ste|de)?"

MONTHS = cldr.months("nl") | {"sept.": 9, "maa.": 3}
WEEKDAYS = cldr.weekdays("nl")
RANGE_WORDS = ("tot",)
FUTURE_CUE = r"\b(?:zal|zullen|gaat|gaan|wordt\s+verwacht|gepland|komende|volgende|aanstaande|tot)\b"
PAST_CUE = r"\b(?:was|waren|had|hadden|werd|werden|is\s+\w+|zei|heeft|hebben)\b"

SEASONS = {"lente": "SP", "voorjaar": "SP", "zomer": "SU", "herfst": "FA", "najaar": "FA", "winter": "WI"}

NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15, "twintig": 20, "dertig": 30,
           "veertig": 40, "vijftig": 50, "honderd": 100}
VAGUE_NUMBERS = ("enkele", "een paar", "meerdere", "verscheidene", "vele")
ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
UNITS = {"dag": "D", "dagen": "D", "week": "W", "weken": "W", "weekend": "WE", "maand": "M", "maanden": "M",
         "kwartaal": "Q", "jaar": "Y", "jaren": "Y", "decennium": "DEC", "decennia": "DEC", "eeuwen": "CENT"}
PLURAL_UNITS = ("dagen", "weken", "maanden", "jaren", "decennia", "eeuwen")
DIRS = {"vorige": -1, "vorig": -1, "afgelopen": -1, "verleden": -1, "volgende": 1, "volgend": 1, "komende": 1,
        "komend": 1, "aanstaande": 1, "deze": 0, "dit": 0, "huidige": 0}
AGO_FUTURE = ("over",)
RELDAYS = {"gisteren": -1, "vandaag": 0, "morgen": 1, "eergisteren": -2, "overmorgen": 2}
REFS = {"momenteel": "PRESENT_REF", "tegenwoordig": "PRESENT_REF", "thans": "PRESENT_REF",
        "op dit moment": "PRESENT_REF", "onlangs": "PAST_REF", "recent": "PAST_REF", "vroeger": "PAST_REF",
        "in de toekomst": "FUTURE_REF", "in het verleden": "PAST_REF"}

MOD_PREFIX = r"\b(?:begin|eind|half|medio|midden|halverwege)\s+(?:van\s+)?"
SPAN_DROP = r"op|in|sinds|vanaf|tot|tot\s+en\s+met|na|voor|rond"

YEAR_CUE = r"\b(?:in|sinds|vanaf|tot|jaar|tussen|en|voor|na|begin|eind)"
YEAR_NOT_AFTER = (r"[$€£#§]|\d[.,](?!\s)|\b(?:nr|blz|art|vol)\.?|\b(?:nummer|pagina|artikel|hoofdstuk|zaal|straat|"
                  r"meer\s+dan|minder\s+dan|ongeveer|bijna|ruim|circa)")
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|procent)|\s*(?:km|kg|m|ha|t)\b|\s+(?:\w+\s+)?(?:mensen|inwoners|mannen|vrouwen|"
                   r"kinderen|werknemers|banen|stemmen|meter|kilometer|ton|euro|dollar|leden|doden|slachtoffers|"
                   r"soldaten|gevallen|bedrijven|studenten)\b)")

RULES = [
    ("range_days", r"(?:van|tussen)\s+{DAY}\s*(?:tot(?:\s+en\s+met)?|t/m|en|-|\u2013)\s*{DAY:b}\s+{MONTH}(?:\s+{YEAR})?"),
    ("range_months", r"(?:van|tussen)\s+{MONTH}\s+(?:tot|en)\s+{MONTH:b}\s+{YEAR}"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)[/.-](?P<y>\d{4})(?![\d/.])"),
    ("date", r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}(?:\s+{YEAR})?"),
    ("month", r"(?:de\s+maand\s+)?{MONTH}\s+{YEAR}"),
    ("month", r"(?:{DIR}\s+){MONTH}"),
    ("month", r"(?:de\s+maand\s+)?{MONTH}"),
    ("quarter", r"(?:het\s+)?{ORD}\s+kwartaal(?:\s+(?:van\s+)?{YEAR})?"),
    ("quarter", r"(?-i:Q|K)(?P<qn>[1-4])\s+{YEAR}"),
    ("half", r"(?:het\s+|de\s+)?{ORD}\s+(?:helft|halfjaar|jaarhelft)(?:\s+(?:van\s+)?{YEAR})?"),
    ("decade", r"(?:de\s+)?jaren\s+(?:(?P<year>1\d\d0|20\d0)|['’]?(?P<yy>\d0))\b"),
    ("century", r"(?:de\s+)?(?P<cnum>\d{1,2})(?:e|de|ste)\s+eeuw"),
    ("season", r"(?:de\s+|het\s+)?{SEASON}\s+(?:van\s+)?{YEAR}"),
    ("season", r"(?:de\s+|het\s+)?{DIR}\s+{SEASON}"),
    ("relday", r"(?<!'s\s)(?<!de\s)(?<!deze\s)(?<!die\s){RELDAY}(?!\s+(?:vroeg|ochtend)\b)"),
    ("ref", r"{REF}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>geleden|later|eerder)\b"),
    ("ago", r"(?P<after>over)\s+{NUM}\s+{UNIT}"),
    # "jaren geleden", "eeuwen geleden", "duizenden jaren geleden", "twee miljoen jaar geleden": a vague past
    ("ago", r"(?P<unit>jaren|decennia|eeuwen|maanden|weken)\s+(?P<after>geleden)\b"),
    ("ago", r"(?P<big>(?:\w+\s+)?(?:duizenden|miljoenen|honderden|miljoen|miljard|duizend))\s+{UNIT}\s+"
            r"(?P<after>geleden)\b"),
    ("weekday", r"(?:{DIR}\s+)?{WEEKDAY}"),
    ("relunit", r"(?:(?:het|de)\s+)?{DIR}\s+{UNIT}"),
    ("year", r"(?:(?:het\s+)?jaar\s+)?{YEAR}"),
]
