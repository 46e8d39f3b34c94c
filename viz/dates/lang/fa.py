"""Persian words and rules for the date extractor (see viz.dates.engine for the template syntax).

Persian digits read as digits; the Solar Hijri calendar of Iran ("۱۴ فروردین ۱۴۰۳" is 2024-04-02) and the lunar
Hijri one ("۱ رمضان ۱۴۴۵") converted to Gregorian values; Gregorian month names from CLDR ("ژانویه"). Traps: the
Solar months "تیر" (arrow), "مهر" (seal, kindness), "دی", "آذر" and "بهمن" (first names) are months only with a
day or a year; "مه" (fog) is May only with a day or a year; a 13xx/14xx year is a Solar one."""
from .. import cldr

CODE = "fa"
DAY_FIRST = True
DIGITS = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"

MONTHS = cldr.months("fa", abbreviations=False)
AMBIGUOUS_MONTHS = ("مه", "مارس")
MONTH_ALONE_CUE = r"(?:در|ماه|از|تا)"
SOLAR_MONTHS = {"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
                "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}
HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "ربیع‌الاول": 3, "ربیع الاول": 3, "ربیع‌الثانی": 4, "ربیع الثانی": 4,
                "جمادی‌الاول": 5, "جمادی الاول": 5, "جمادی‌الثانی": 6, "جمادی الثانی": 6, "رجب": 7, "شعبان": 8,
                "رمضان": 9, "شوال": 10, "ذی‌القعده": 11, "ذی القعده": 11, "ذی‌الحجه": 12, "ذی الحجه": 12}
# weekdays: CLDR writes "سه‌شنبه" with a zero-width non-joiner; people also write a space
WEEKDAYS = cldr.weekdays("fa")
WEEKDAYS = WEEKDAYS | {w.replace("\u200c", " "): n for w, n in WEEKDAYS.items() if "\u200c" in w} | {
    "پنج شنبه": 3, "چهار شنبه": 2, "یک شنبه": 6, "دو شنبه": 0}
WEEKDAY_NOT_AFTER = r"(?:نماز|خطبه|خطبه‌های|خطبه\s+های)"
FUTURE_CUE = r"(?:خواهد|خواهند|آینده|قرار\s+است)"

SEASONS = {"بهار": "SP", "تابستان": "SU", "پاییز": "FA", "زمستان": "WI"}

NUMBERS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
           "بیست": 20, "سی": 30, "صد": 100}
VAGUE_NUMBERS = ("چند",)
UNITS = {"روز": "D", "هفته": "W", "ماه": "M", "سال": "Y", "دهه": "DEC", "امسال": "Y", "قرن": "CENT",
         "سال‌ها": "Y", "ماه‌ها": "M", "هفته‌ها": "W", "دهه‌ها": "DEC", "قرن‌ها": "CENT"}
PLURAL_UNITS = ("سال‌ها", "ماه‌ها", "هفته‌ها", "دهه‌ها", "قرن‌ها")
DIRS = {"گذشته": -1, "پیش": -1, "قبل": -1, "آینده": 1, "بعد": 1, "دیگر": 1, "جاری": 0, "این": 0}
AGO_FUTURE = ("دیگر", "بعد")
RELDAYS = {"دیروز": -1, "پریروز": -2, "امروز": 0, "فردا": 1, "پس‌فردا": 2, "پس فردا": 2}
REFS = {"اکنون": "PRESENT_REF", "هم‌اکنون": "PRESENT_REF", "هم اکنون": "PRESENT_REF", "در حال حاضر": "PRESENT_REF",
        "اخیراً": "PAST_REF", "اخیرا": "PAST_REF", "در گذشته": "PAST_REF", "در آینده": "FUTURE_REF"}

SPAN_DROP = r"در|از|تا|به"

YEAR_CUE = r"(?:سال|در|از|تا)"
YEAR_NOT_AFTER = r"[$€£#§]|\d[.,](?!\s)|(?:شماره|حدود|بیش\s+از|کمتر\s+از|تقریباً)"
YEAR_NOT_BEFORE = r"(?:\s*(?:%|€|\$|درصد)|\s+(?:\w+\s+)?(?:نفر|تن|دلار|یورو|ریال|تومان|کیلومتر|متر|کشته|زخمی)(?!\w))"

_SY = r"(?P<syear>1[34]\d\d)(?!\d)"
RULES = [
    ("solar", r"{DAY}\s+{SMONTH}(?:\s+(?:ماه\s+)?(?:سال\s+)?" + _SY + r"(?:\s*(?:هجری\s+)?شمسی)?)?"),
    ("solar", r"{SMONTH}\s+(?:ماه\s+)?(?:سال\s+)?" + _SY),
    ("hijri", r"{DAY}\s+{HMONTH}(?:\s+(?:سال\s+)?(?P<hyear>1[34]\d\d)\s*(?:هجری\s+)?(?:قمری|ق)?)?"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("date", r"(?:(?:روز\s+)?{WEEKDAY}\s*[،,]?\s*)?{DAY}\s+{MONTH}(?:\s+(?:سال\s+)?{YEAR}(?:\s*میلادی)?)?"),
    ("month", r"(?:ماه\s+)?{MONTH}\s+(?:سال\s+)?{YEAR}(?:\s*میلادی)?"),
    ("month", r"(?:ماه\s+)?{MONTH}"),
    # in Persian text a year 13xx/14xx is a Solar Hijri one ("سال ۱۴۰۲", "در ۱۴۰۲")
    ("solar_year", r"(?:سال\s*)?" + _SY + r"(?:\s*(?:هجری\s+)?شمسی)?"),
    ("relday", r"{RELDAY}"),
    ("ref", r"{REF}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>پیش|قبل|دیگر|بعد)(?!\w)"),
    # "سال‌ها پیش" (years ago), "هزاران سال پیش", "دو میلیون سال پیش": a vague past, not "سال پیش" (last year)
    ("ago", r"(?P<unit>سال‌ها|ماه‌ها|هفته‌ها|دهه‌ها|قرن‌ها)\s+(?P<after>پیش|قبل)(?!\w)"),
    ("ago", r"(?P<big>(?:\S+\s+)?(?:هزاران|میلیون‌ها|میلیون|میلیارد|صدها))\s+{UNIT}\s+(?P<after>پیش|قبل)(?!\w)"),
    ("relunit", r"{UNIT}\s+{DIR}(?!\w)"),
    ("relunit", r"{DIR}\s+{UNIT}(?!\w)"),
    ("relunit", r"(?P<unit>امسال)(?!\w)"),
    ("weekday", r"(?:روز\s+)?{WEEKDAY}(?:\s+{DIR})?(?!\w)"),
    ("year", r"(?:سال\s+)?{YEAR}(?:\s*میلادی)?"),
]
