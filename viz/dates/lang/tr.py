"""Turkish words and rules for the date extractor (see viz.dates.engine for the template syntax).

Month and weekday names count only when capitalised, as Turkish writes them in dates ("5 Mayıs 2021"): lower-case
"ocak" is a stove, "ekim" sowing, "pazar" a market. Case endings follow an apostrophe ("Mayıs'ta", "2021'de") and
stay outside the mention."""
from .. import cldr

CODE = "tr"
DAY_FIRST = True
CAPITALIZED_NAMES = True
DAY_SUFFIX = r"(?:['’]?(?:de|da|te|ta|nde|nda)\b)?"

MONTHS = {w: n for w, n in cldr.months("tr").items() if not w.endswith(".")}
WEEKDAYS = cldr.weekdays("tr")
WEEKDAY_NOT_BEFORE = r"\s+(?:namaz|hutbe)"
RANGE_WORDS = ("kadar",)
FUTURE_CUE = r"\b(?:\w+(?:ecek|acak|eceği|acağı|ecekler|acaklar)\w*|gelecek|önümüzdeki|planlanan|planlanıyor)\b"
PAST_CUE = r"\b\w{2,}(?:dı|di|du|dü|tı|ti|tu|tü)(?:r|k|lar|ler)?\b"

SEASONS = {"ilkbahar": "SP", "bahar": "SP", "yaz": "SU", "sonbahar": "FA", "kış": "WI"}

NUMBERS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
           "on": 10, "on iki": 12, "on beş": 15, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "yüz": 100}
VAGUE_NUMBERS = ("birkaç", "birçok", "birkac")
ORDINALS = {"birinci": 1, "ilk": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "son": 4}
# re's IGNORECASE does not match a capital dotted "İ" to "i": the capitalised forms too ("İki yıl önce")
NUMBERS |= {"İ" + k[1:]: v for k, v in NUMBERS.items() if k.startswith("i")}
ORDINALS |= {"İ" + k[1:]: v for k, v in ORDINALS.items() if k.startswith("i")}
UNITS = {"gün": "D", "hafta": "W", "haftaya": "W", "hafta sonu": "WE", "ay": "M", "çeyrek": "Q", "yıl": "Y",
         "sene": "Y", "yılı": "Y", "yılın": "Y", "yıllar": "Y", "aylar": "M", "haftalar": "W", "yüzyıl": "CENT",
         "yüzyıllar": "CENT"}
PLURAL_UNITS = ("yıllar", "aylar", "haftalar", "yüzyıllar")
DIRS = {"geçen": -1, "geçtiğimiz": -1, "önceki": -1, "gelecek": 1, "önümüzdeki": 1, "bu": 0}
AGO_FUTURE = ("sonra",)
RELDAYS = {"dün": -1, "bugün": 0, "yarın": 1, "evvelsi gün": -2, "önceki gün": -2, "öbür gün": 2}
REFS = {"şu anda": "PRESENT_REF", "şimdi": "PRESENT_REF", "günümüzde": "PRESENT_REF", "halen": "PRESENT_REF",
        "son zamanlarda": "PAST_REF", "geçmişte": "PAST_REF", "gelecekte": "FUTURE_REF", "yakında": "FUTURE_REF"}

MOD_PREFIX = None

YEAR_CUE = r"(?!)"
YEAR_NOT_AFTER = r"[$€£#§₺]|\d[.,](?!\s)|\b(?:no|sayfa|madde|yaklaşık|tam|en\s+az)\.?"
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|\$|₺|TL\b|lira|dolar|euro|avro)|\s*(?:km|kg|m|ha|ton)\b|\s+(?:kişi|kişinin|"
                   r"vatandaş|asker|polis|öğrenci|metre|kilometre|ton|lira|dolar|oy|ölü|yaralı|şirket|araç)\b)")

RULES = [
    ("range_days", r"{DAY}\s*(?:-|\u2013)\s*{DAY:b}\s+{MONTH}(?:\s+{YEAR})?"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[./](?P<b>[01]?\d)[./](?P<y>\d{4})(?![\d])"),
    ("date", r"{DAY}\s+{MONTH}(?:\s+{YEAR})?(?:\s+(?:tarihinde|günü))?(?:\s*,?\s+{WEEKDAY})?"),
    ("month", r"{MONTH}\s+{YEAR}"),
    ("month", r"{YEAR}\s+yılının\s+{MONTH}(?:\s+ay[ıi](?:nda)?)?"),
    ("month", r"{DIR}\s+{MONTH}"),
    ("month", r"{MONTH}(?:\s+ay[ıi](?:nda|nın)?)?"),
    ("quarter", r"(?:{YEAR}\s+yılının\s+)?{ORD}\s+çeyre[kğ]\w*"),
    ("decade", r"(?P<year>1\d\d0|20\d0)['’]?l[ıi]\s+yıllar"),
    ("century", r"(?P<cnum>\d{1,2}|[XVI]{1,5})\.\s+yüzyıl"),
    ("season", r"{DIR}\s+{SEASON}(?![\w-])"),
    ("relunit", r"{DIR}\s+{UNIT}(?![\w-])"),
    ("relday", r"(?P<relday>dün|bugün|yarın)(?:kü|ki|den|e|a)?(?![\w-])"),
    ("relday", r"{RELDAY}"),
    ("ref", r"{REF}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>önce|sonra)\b"),
    # "yıllar önce" (years ago), "binlerce yıl önce", "iki milyon yıl önce": a vague past
    ("ago", r"(?P<unit>yıllar|yüzyıllar|aylar|haftalar)\s+(?P<after>önce)\b"),
    ("ago", r"(?P<big>(?:\w+\s+)?(?:binlerce|milyonlarca|yüzlerce|milyon|milyar))\s+{UNIT}\s+(?P<after>önce)\b"),
    # "Pazar" alone is as often the market: Sunday needs "günü" or a direction word
    ("weekday", r"{DIR}\s+{WEEKDAY}(?:\s+günü)?"),
    ("weekday", r"(?!Pazar\b(?!\s+(?:günü|sabahı|akşamı|gecesi)))(?-i:{WEEKDAY})(?:\s+günü)?"),
    ("year", r"{YEAR}(?:\s+yılı(?:nda|nın)?)?"),
]
