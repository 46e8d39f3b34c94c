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
# outside a full date Turkish writes months and weekdays in lower case ("mart ayında", "pazartesi günü"); with "ay"
# or "gün" after them they are no stove ("ocak") or market ("pazar"): these rules take them in any case
_MONTH_ANY = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ANY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MONTH_CAP = "|".join(sorted({w[0].upper() + w[1:] for w in MONTHS}, key=len, reverse=True))  # no month starts with i
# the genitive ending of a number ("2020'nin", "2019'un", "2021'in", "1990'ın") or "yılının": "of the year 2020"
_YEAR_GEN = r"(?:['’]n?[ıiuü]n|\s+yılının)"
# the beginning, middle or end of it ("2020 başında", "2020'nin sonlarında", "geçen yılın başında")
_YEAR_PART = r"(?:baş(?:lar)?ı?nda|başından|orta(?:sı|ları)nda|son(?:lar)?[ıu]?nda|sonuna(?:\s+kadar)?)"
WEEKDAY_NOT_BEFORE = r"\s+(?:namaz|hutbe)"
RANGE_WORDS = ("kadar",)
FUTURE_CUE = r"\b(?:\w+(?:ecek|acak|eceği|acağı|ecekler|acaklar)\w*|gelecek|önümüzdeki|planlanan|planlanıyor)\b"
# Turkish puts its verb last: a future verb later in the sentence ("Meclis Cuma günü yasayı oylayacak") dates it
FUTURE_AFTER = r"[^.!?;]*?\b\w{2,}(?:ecek|acak)(?:ler|lar)?(?:tır|tir|dır|dir)?(?![\w'’])"
PAST_CUE = r"\b\w{2,}(?:dı|di|du|dü|tı|ti|tu|tü)(?:r|k|lar|ler)?\b"
# ... and a past verb ending the clause after the date ("Temmuz'da yasa yürürlüğe girdi."): only last in its clause,
# as a noun with its possessive ends so too ("devleti", "fırsatı": the past's "-tı" follows a voiceless consonant,
# "yaptı", "gitti"; a possessive's "-tı" a vowel); not "-dın" ("kadın"); the reported past too ("toplanmıştır")
PAST_AFTER = (r"[^.!?;,]*?\b(?:\w+[pçtksşfh](?:tı|ti|tu|tü)|\w*[^\Wpçtksşfh\d](?:dı|di|du|dü))(?:lar|ler|k|m)?"
              r"\s*(?:[.!?;,]|$)|"
              r"[^.!?;,]*?\b\w{2,}(?:mış|miş|muş|müş)(?:tır|tir|tur|tür|lar|ler)?\s*(?:[.!?;,]|$)")

SEASONS = {"ilkbahar": "SP", "bahar": "SP", "yaz": "SU", "sonbahar": "FA", "kış": "WI"}

NUMBERS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
           "on": 10, "on iki": 12, "on beş": 15, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "yüz": 100}
VAGUE_NUMBERS = ("birkaç", "birçok", "birkac")
ORDINALS = {"birinci": 1, "ilk": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "son": 4}
# re's IGNORECASE does not match a capital dotted "İ" to "i": the capitalised forms too ("İki yıl önce")
NUMBERS |= {"İ" + k[1:]: v for k, v in NUMBERS.items() if k.startswith("i")}
ORDINALS |= {"İ" + k[1:]: v for k, v in ORDINALS.items() if k.startswith("i")}
# centuries in words: "on dokuzuncu yüzyıl", "yirminci yüzyıl" (in the century rule only)
_CENT_ORDS = {"on birinci": 11, "on ikinci": 12, "on üçüncü": 13, "on dördüncü": 14, "on beşinci": 15,
              "on altıncı": 16, "on yedinci": 17, "on sekizinci": 18, "on dokuzuncu": 19, "yirminci": 20,
              "yirmi birinci": 21}
ORDINALS |= _CENT_ORDS
# "doksanlı yıllar", "doksanlarda": the decades of the 1900s named by their tens
DECADE_WORDS = {"yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90}
_DECWORD = "|".join(DECADE_WORDS)
UNITS = {"gün": "D", "hafta": "W", "haftaya": "W", "hafta sonu": "WE", "ay": "M", "çeyrek": "Q", "yıl": "Y",
         "sene": "Y", "yılı": "Y", "yılın": "Y", "yıllar": "Y", "aylar": "M", "haftalar": "W", "yüzyıl": "CENT",
         "yüzyıllar": "CENT", "ayın": "M", "haftanın": "W",
         # the locative plural: "önümüzdeki aylarda", "geçtiğimiz yıllarda", "son günlerde"
         "günlerde": "D", "haftalarda": "W", "aylarda": "M", "yıllarda": "Y",
         # the century with its case endings: "geçen yüzyılda", "geçen yüzyılın başında"
         "yüzyılda": "CENT", "yüzyılın": "CENT"}
PLURAL_UNITS = ("yıllar", "aylar", "haftalar", "yüzyıllar", "günlerde", "haftalarda", "aylarda", "yıllarda")
DIRS = {"geçen": -1, "geçtiğimiz": -1, "önceki": -1, "gelecek": 1, "önümüzdeki": 1, "bu": 0}
AGO_FUTURE = ("sonra",)
ANCHORED_AFTER = ("sonra",)  # "iki gün sonra istifa etti" told in the past: from the story's last date
THAT_UNITS = {"gün": "D", "hafta": "W", "ay": "M", "yıl": "Y", "sene": "Y"}
THAT_RELS = {"ertesi": 1, "o": 0, "aynı": 0}
RELDAYS = {"dün": -1, "bugün": 0, "yarın": 1, "evvelsi gün": -2, "önceki gün": -2, "öbür gün": 2}
REFS = {"şu anda": "PRESENT_REF", "şimdi": "PRESENT_REF", "günümüzde": "PRESENT_REF", "halen": "PRESENT_REF",
        "son zamanlarda": "PAST_REF", "geçenlerde": "PAST_REF", "geçmişte": "PAST_REF", "gelecekte": "FUTURE_REF", "yakında": "FUTURE_REF"}

MOD_PREFIX = None

YEAR_CUE = r"(?!)"
YEAR_NOT_AFTER = r"[$€£#§₺]|\d[.,](?!\s)|\b(?:no|sayfa|madde|yaklaşık|tam|en\s+az)\.?"
# ... and the noun a number counts, with its case endings ("2000 gösterici", "1950 binayı")
YEAR_NOT_BEFORE = (r"(?<=\d)(?:\s*(?:%|€|\$|₺|TL\b|lira|dolar|euro|avro)|\s*(?:km|kg|m|ha|ton)\b|\s+(?:kişi|kişinin|"
                   r"vatandaş|asker|polis|öğrenci|metre|kilometre|ton|lira|dolar|oy|ölü|yaralı|şirket|araç)\b|"
                   r"\s+(?:gösterici|bina|işçi|mülteci|göçmen|sığınmacı|aile|yolcu|turist|hasta|personel|çalışan|"
                   r"üye|tutuklu|çocuk|kadın|militan|terörist)\w*)")

RULES = [
    # "ertesi gün" (the next day), "o yıl" (that year), "aynı gün": after the story's last date, not today
    ("that_unit", r"(?P<rel>ertesi|aynı)\s+(?P<unit>gün|hafta|ay|yıl|sene)(?:ü|ı|i|u)?(?![\w'’])"),
    ("that_unit", r"(?P<rel>(?-i:[Oo]))\s+(?P<unit>yıl|gün|sene)(?![\w'’])"),
    ("range_days", r"{DAY}\s*(?:-|\u2013)\s*{DAY:b}\s+{MONTH}(?:\s+{YEAR})?"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[./](?P<b>[01]?\d)[./](?P<y>\d{4})(?![\d])"),
    ("date", r"{DAY}\s+{MONTH}(?:\s+{YEAR})?(?:\s+(?:tarihinde|günü))?(?:\s*,?\s+{WEEKDAY}(?:\s+günü)?)?"),
    # "Mart ile Mayıs 2020 arasında", "Mart-Mayıs 2020": two months of one year
    ("range_months", r"(?P<month>(?-i:" + _MONTH_CAP + r"))\s*(?:\s(?:ile|ve)\s|-|\u2013)\s*{MONTH:b}\s+{YEAR}"),
    ("month", r"{MONTH}\s+{YEAR}"),
    # "2021 yılının mart ayında", "2022 yılı Şubat ayında" (the year as a compound's first noun)
    ("month", r"{YEAR}(?:" + _YEAR_GEN + r"|\s+yılı)\s+(?P<month>" + _MONTH_ANY + r")(?:\s+ay[ıi](?:nda|ndan|na)?)?"
              r"(?![\w'’])"),
    # "geçen yılın mart ayında", "gelecek yıl ocak ayında": the month of the year the direction names
    ("month", r"(?P<ydir>geçen|geçtiğimiz|bu|gelecek|önümüzdeki)\s+(?:yıl|sene)(?:ın|nin)?\s+(?P<month>" + _MONTH_ANY
              + r")(?:\s+ay(?:ı|ında|ının|ından|ına))?(?![\w'’])"),
    ("month", r"{DIR}\s+{MONTH}"),
    ("month", r"(?P<month>" + _MONTH_ANY + r")\s+ay(?:ı|ında|ının|ından|ına|ları|larında)(?![\w-])"),  # "mart ayında"
    # a month alone is a date with its case ending ("Mart'ta"), or before its beginning or end ("Mart sonunda");
    # at a sentence's start it may be a word ("Aralık kapıdan": through the ajar door)
    ("month", r"{MONTH}(?=['’]|\s+(?:başı|başında|başlarında|ortası|ortasında|ortalarında|sonu|sonunda|sonlarında)\b|"
              r"\s+(?:ve|ile|veya)\s+(?-i:" + _MONTH_CAP + r")(?![\w-]))"),  # "Mart ve Nisan aylarında"
    ("quarter", r"(?:{YEAR}" + _YEAR_GEN + r"\s+|yılın\s+)?{ORD}\s+çeyre[kğ]\w*"),
    # "2019'un ilk yarısında", "yılın ikinci yarısında" (not "maçın ilk yarısı": the year is needed)
    ("half", r"(?:{YEAR}" + _YEAR_GEN + r"|(?:bu\s+)?yılın)\s+{ORD}\s+yarı(?:sı|sında|sını|yılı|yılında)?(?![\w-])"),
    ("decade", r"(?P<year>1\d\d0|20\d0)['’]?l[ıiuü]\s+yıllar"),
    ("decade", r"(?P<year>1\d\d0|20\d0)['’]l[ae]r"),  # "1990'lar(da)", "2000'ler"
    ("decade", r"(?P<yy>\d0)['’](?:l[ıiuü]\s+yıllar|l[ae]r)"),  # "90'lı yıllar", "80'ler"
    # ("Kırklar" alone is a name: the Forty, as in "Kırklar Meclisi")
    ("decade", r"(?P<decword>" + _DECWORD + r")(?:l[ıiuü]\s+yıllar|(?<!kırk)l[ae]r)"),  # "doksanlı yıllar", "doksanlarda"
    ("century", r"(?P<cnum>\d{1,2}|[XVI]{1,5})\.\s+yüzyıl"),
    ("century", r"(?P<ord>" + "|".join(sorted(_CENT_ORDS, key=len, reverse=True)) + r")\s+yüzyıl"),
    ("season", r"{DIR}\s+{SEASON}(?![\w-])"),
    # ... with the locative ("geçen sonbaharda", "önümüzdeki baharda") or "kışın" (in winter)
    ("season", r"{DIR}\s+(?P<season>ilkbahar|sonbahar|bahar|yaz|kış)(?:da|ta|ın)(?![\w-])"),
    # "2019 kışında", "2019 yılının yazında"
    ("season", r"{YEAR}(?:" + _YEAR_GEN + r")?\s+(?P<season>ilkbahar|sonbahar|bahar|yaz|kış)(?:ı|ında|ından|ına)?(?![\w-])"),
    # "önceki gün" is the day before yesterday ("bir önceki gün": the day before the one told)
    ("relday", r"(?<!bir\s)(?P<relday>önceki gün|evvelsi gün|öbür gün)(?![\w-])"),
    # "son yıllarda", "son günlerde": the recent past
    ("relunit", r"(?P<latest>son)\s+(?P<unit>günlerde|haftalarda|aylarda|yıllarda)(?![\w-])"),
    # the beginning or end of this year, month, last year: "geçen yılın başında", "bu ayın başlarında"
    ("relunit", r"{DIR}\s+{UNIT}\s+" + _YEAR_PART + r"(?![\w-])"),
    ("relunit", r"{DIR}\s+{UNIT}(?![\w-])"),
    ("relday", r"(?P<relday>dün|bugün|yarın)(?:kü|ki|den|dan|e|a)?(?![\w-])"),  # "dünkü", "yarından itibaren"
    ("relday", r"{RELDAY}"),
    ("ref", r"{REF}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>önce|sonra)\b"),
    # "yıllar önce" (years ago), "binlerce yıl önce", "iki milyon yıl önce": a vague past
    ("ago", r"(?P<unit>yıllar|yüzyıllar|aylar|haftalar)\s+(?P<after>önce)\b"),
    ("ago", r"(?P<big>binlerce|milyonlarca|yüzlerce|milyon|milyar)\s+{UNIT}\s+(?P<after>önce)\b"),
    # "Pazar" alone is as often the market: Sunday needs "günü" or a direction word
    ("weekday", r"{DIR}\s+{WEEKDAY}(?:\s+günü)?"),
    # ... in lower case, as Turkish writes them ("geçen salı", "önümüzdeki cuma"); not "bu pazar" (this market) nor
    # "gelecek pazar" without "günü" (the future market: "gelecek pazar araştırması")
    ("weekday", r"(?!gelecek\s+pazar(?![\w'’])(?!\s+günü))(?P<dir>geçen|geçtiğimiz|önümüzdeki|gelecek)\s+"
                r"(?P<weekday>" + _WEEKDAY_ANY + r")(?:\s+günü)?(?![\w'’-])"),
    ("weekday", r"(?!Pazar\b(?!\s+(?:günü|sabahı|akşamı|gecesi)))(?-i:{WEEKDAY})(?:\s+günü)?"),
    ("weekday", r"(?P<weekday>" + _WEEKDAY_ANY + r")\s+(?:günü|sabahı|akşamı|gecesi)(?![\w-])"),  # "pazartesi günü"
    # "2020 başında", "2020'nin sonlarında", "2020 yılının ortasında": the year
    ("year", r"{YEAR}(?:" + _YEAR_GEN + r")?\s+" + _YEAR_PART + r"(?![\w-])"),
    ("year", r"{YEAR}(?:\s+(?:yılı(?:nda|nın|ndan|na)?|senesinde)(?![\w-]))?"),
]
