"""Persian words and rules for the date extractor (see viz.dates.engine for the template syntax).

Persian digits read as digits; the Solar Hijri calendar of Iran ("۱۴ فروردین ۱۴۰۳" is 2024-04-02) and the lunar
Hijri one ("۱ رمضان ۱۴۴۵") converted to Gregorian values; Gregorian month names from CLDR ("ژانویه"). Traps: the
Solar months "تیر" (arrow), "مهر" (seal, kindness), "دی", "آذر" and "بهمن" (first names) are months only with a
day or a year; "مه" (fog) is May only with a day or a year; a 13xx/14xx year is a Solar one."""
from .. import cldr

CODE = "fa"
DAY_FIRST = True
DIGITS = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
# the short vowels, tanween, shadda, sukun and the hamza above of the ezafe ("هفتهٔ گذشته", "هفتهِ گذشته") are written
# only now and then: the text is scanned without them
IGNORABLE = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0670"

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
# ... and the number and "شنبه" of every compound name are written joined, with the non-joiner or with a space
# ("پنجشنبه", "پنج‌شنبه", "پنج شنبه"); "شنبه" (Saturday) alone is not the end of one of them
WEEKDAYS = WEEKDAYS | {n + sep + "شنبه": d for n, d in (("یک", 6), ("دو", 0), ("سه", 1), ("چهار", 2), ("پنج", 3))
                       for sep in ("", "\u200c", " ")}
WEEKDAY_NOT_AFTER = r"(?:نماز|خطبه|خطبه‌های|خطبه\s+های)|(?<!\w)(?:یک|دو|سه|چهار|پنج)\u200c"
FUTURE_CUE = r"(?:خواهد|خواهند|آینده|قرار\s+است)"
# the verb ends the Persian clause: the auxiliary of the future after the mention ("روز جمعه به مشهد سفر خواهد
# کرد"), not "می‌خواهد" (wants)
FUTURE_AFTER = r"[^.!?؟\n]*?(?<![\w\u200c])(?<!می\s)ن?خواه(?:د|ند|م|ی|یم|ید)(?!\w)"

SEASONS = {"بهار": "SP", "تابستان": "SU", "پاییز": "FA", "زمستان": "WI", "پائیز": "FA"}

NUMBERS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
           "بیست": 20, "سی": 30, "صد": 100}
VAGUE_NUMBERS = ("چند",)
UNITS = {"روز": "D", "هفته": "W", "ماه": "M", "سال": "Y", "دهه": "DEC", "امسال": "Y", "قرن": "CENT",
         "سال‌ها": "Y", "ماه‌ها": "M", "هفته‌ها": "W", "دهه‌ها": "DEC", "قرن‌ها": "CENT"}
# the ezafe before an adjective ("هفته‌ی گذشته", "هفتۀ گذشته"): written only after a silent final "ه", as "ی" after
# a non-joiner or a space, or as the letter "ۀ" (its hamza above alone is IGNORABLE: "هفتهٔ")
EZAFE = r"(?:\u200cی|\s+ی)?"
UNITS |= {w + e: u for w, u in (("هفته", "W"), ("دهه", "DEC")) for e in ("\u200cی", " ی")}
UNITS |= {"هفتۀ": "W", "دهۀ": "DEC"}
# plurals in "ها" with their ezafe ("سال‌های اخیر", "ماه‌های آینده"), with the non-joiner, a space or joined
_PLURAL_EZAFE = {w + sep + "های": u for w, u in (("روز", "D"), ("هفته", "W"), ("ماه", "M"), ("سال", "Y"),
                                                 ("دهه", "DEC"), ("قرن", "CENT"))
                 for sep in ("\u200c", " ", "")}
UNITS |= _PLURAL_EZAFE
PLURAL_UNITS = ("سال‌ها", "ماه‌ها", "هفته‌ها", "دهه‌ها", "قرن‌ها") + tuple(_PLURAL_EZAFE)
# ordinals: quarters and halves of a year ("سه‌ماهه نخست", "نیمه دوم"), centuries ("قرن نوزدهم")
ORDINALS = {"اول": 1, "نخست": 1, "یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8,
            "نهم": 9, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14, "پانزدهم": 15,
            "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19, "بیستم": 20, "بیست و یکم": 21}
DIRS = {"گذشته": -1, "پیش": -1, "قبل": -1, "آینده": 1, "بعد": 1, "دیگر": 1, "جاری": 0, "این": 0,
        "امسال": 0, "پارسال": -1}  # "پاییز امسال" (this autumn), "آبان پارسال": in the season and month rules only
# "آخر هفته" (the weekend): "آخر هفته گذشته", "این آخر هفته"
UNITS["آخر هفته"] = "WE"
# a part of the period named after it ("اوایل ۲۰۲۰", "ابتدای سال گذشته", "اواخر امسال"): in the mention
MOD_PREFIX = r"(?:(?<!\w)(?:اوایل|اوائل|اواسط|اواخر|ابتدای|آغاز|پایان|انتهای|میانه‌ی|نیمه‌ی)\s+)"
AGO_FUTURE = ("دیگر", "بعد")
ANCHORED_AFTER = ("بعد",)  # "دو روز بعد شهردار استعفا داد" told in the past: from the story's last date
THAT_UNITS = {"روز": "D", "هفته": "W", "ماه": "M", "سال": "Y"}
THAT_RELS = {"همان": 0, "بعد": 1}
RELDAYS = {"دیروز": -1, "پریروز": -2, "امروز": 0, "فردا": 1, "پس‌فردا": 2, "پس فردا": 2}
REFS = {"اکنون": "PRESENT_REF", "هم‌اکنون": "PRESENT_REF", "هم اکنون": "PRESENT_REF", "در حال حاضر": "PRESENT_REF",
        "اخیراً": "PAST_REF", "اخیرا": "PAST_REF", "در گذشته": "PAST_REF", "در آینده": "FUTURE_REF",
        "به تازگی": "PAST_REF", "به\u200cتازگی": "PAST_REF", "بتازگی": "PAST_REF"}

SPAN_DROP = r"در|از|تا|به"

YEAR_CUE = r"(?:سال|در|از|تا)"
YEAR_NOT_AFTER = r"[$€£#§]|\d[.,](?!\s)|(?:شماره|حدود|بیش\s+از|کمتر\s+از|تقریباً)"
# ... and the noun a number counts ("۲۰۰۰ معترض", "۱۴۰۰ زندانی": not the Solar year 1400)
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|\$|درصد)|\s+(?:\w+\s+)?(?:نفر|تن|دلار|یورو|ریال|تومان|کیلومتر|متر|کشته|زخمی)(?!\w)|"
                   r"\s+(?:معترض|زندانی|دانشجو|کارگر|خانوار|پناهجو|مهاجر|کودک|قربانی|سرباز|نیرو|معلم|بیمار|مسافر|"
                   r"کارمند|تظاهرکننده|موشک|پهپاد|بشکه|مگاوات)(?!\w))")

_SY = r"(?P<syear>1[34]\d\d)(?!\d)"
# a Gregorian year where a Solar one could stand (quarters, halves, seasons: "فصل اول سال ۱۴۰۲" is a Solar quarter)
_GY = r"(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*میلادی)?"
RULES = [
    # "روز بعد" (the next day), "همان سال" (that same year): after the story's last date, not today
    ("that_unit", r"(?P<unit>روز)\s+(?P<rel>بعد)(?!\w)"),
    ("that_unit", r"(?P<rel>همان)\s+(?P<unit>روز|هفته|ماه|سال)(?!\w)"),
    # "شنبه ۱۸ فروردین": with its weekday, one mention; "۳ تیر هوایی شلیک کرد" is three (warning) shots
    ("solar", r"(?:(?:روز\s+)?{WEEKDAY}\s*[،,]?\s*)?{DAY}\s+{SMONTH}(?!(?<=تیر)\s+(?:هوایی|شلیک|خلاص)(?!\w))"
              r"(?:\s+(?:ماه\s+)?(?:سال\s+)?" + _SY + r"(?:\s*(?:هجری\s+)?شمسی)?)?"),
    ("solar", r"{SMONTH}\s+(?:ماه\s+)?(?:سال\s+)?" + _SY),
    # "اسفند سال گذشته", "خرداد امسال", "آبان پارسال": the month of the Solar year named; "اسفند گذشته" (the last
    # Esfand), "در اسفند ماه" (in the month of Esfand, year-less): the one nearest the reference date
    ("solar", r"{SMONTH}\s+(?:ماه\s+)?(?:سال\s+(?P<sydir>گذشته|آینده|جاری|قبل|بعد)|(?P<sydir2>امسال|پارسال))(?!\w)"),
    ("solar", r"{SMONTH}\s+(?:ماه\s+)?(?P<smdir>گذشته|آینده)(?!\w)"),
    ("solar", r"(?<=در\s){SMONTH}\s+ماه(?!\w)"),
    ("hijri", r"{DAY}\s+{HMONTH}(?:\s+(?:سال\s+)?(?P<hyear>1[34]\d\d)\s*(?:هجری\s+)?(?:قمری|ق)?)?"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    # "بین مارس و مه ۲۰۲۰", "از مارس تا مه ۲۰۲۰": two months of the year named after the second
    ("range_months", r"(?:بین|از)\s+(?:ماه\s+)?{MONTH}\s+(?:و|تا)\s+(?:ماه\s+)?{MONTH:b}\s+(?:سال\s+)?{YEAR}"),
    # "سه‌ماهه نخست ۲۰۲۰", "فصل اول سال ۲۰۲۰", "نیمه دوم ۲۰۱۹": a quarter or a half of a Gregorian year named (not
    # "فصل اول کتاب", a chapter, nor "نیمه اول بازی", a half of a game)
    ("quarter", r"(?:سه\s*ماهه|سه\u200cماهه|سه\s*ماهۀ|سه\u200cماهۀ|فصل)" + EZAFE + r"\s+{ORD}\s+(?:سال\s+)?" + _GY),
    ("half", r"(?:نیمه|نیمۀ)" + EZAFE + r"\s+{ORD}\s+(?:سال\s+)?" + _GY),
    # "دهه ۱۹۹۰", "دهه‌ی ۱۹۹۰ میلادی", "دهه ۹۰ میلادی": a Gregorian decade ("دهه ۹۰" alone is most often the Solar
    # 1390s)
    ("decade", r"(?:دهه|دهۀ)" + EZAFE + r"\s+(?:(?P<year>(?:19|20)\d0)(?!\d)(?:\s*میلادی)?|(?P<yy>[1-9]0)\s*میلادی)"),
    # "دهه‌ی ۱۳۷۰", "دهه ۷۰": a decade of the Solar calendar, as the Gregorian decade holding most of it (calendars)
    ("solar_decade", r"(?:دهه|دهۀ)" + EZAFE + r"\s+(?:(?P<syear>1[2-4]\d0)|(?P<syy>[1-9]0))(?![\d/.,])"
                     r"(?:\s*(?:هجری\s+)?شمسی)?"),
    # "قرن نوزدهم", "قرن ۱۹ میلادی": a century of the Common Era; a bare ordinal up to the fifteenth is as often the
    # Hijri one ("سعدی در قرن هفتم")
    ("century", r"قرن" + EZAFE + r"\s+(?:{ORD}|(?P<cnum>\d{1,2})(?:\s*(?:ام|م)(?!\w))?)\s*میلادی"),
    ("century", r"قرن" + EZAFE + r"\s+(?:(?P<ord>شانزدهم|هفدهم|هجدهم|هیجدهم|نوزدهم|بیستم|بیست\s+و\s+یکم)|"
                r"(?P<cnum>1[6-9]|2[01])(?:\s*(?:ام|م)(?!\w))?)(?!\w)(?!\s*(?:هجری|قمری|شمسی))"),
    # seasons: "زمستان ۲۰۱۹", "تابستان گذشته", "تابستان سال گذشته", "این تابستان"
    ("season", r"{SEASON}\s+(?:سال\s+)?" + _GY),
    # "بهار ۱۴۰۳", "زمستان ۱۴۰۲": a season of a Solar year (calendars.r_solar_season)
    ("solar_season", r"{SEASON}\s+(?:سال\s+)?" + _SY + r"(?:\s*(?:هجری\s+)?شمسی)?"),
    ("season", r"{SEASON}\s+(?P<dir>گذشته|آینده|پیش)(?!\w)"),
    ("season", r"{SEASON}\s+سال\s+(?P<ydir>گذشته|آینده|جاری|پیش|قبل)(?!\w)"),
    ("season", r"(?P<dir>این)\s+{SEASON}"),
    ("season", r"{SEASON}\s+(?P<ydir>امسال)(?!\w)"),  # "پاییز امسال": this year's autumn
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("date", r"(?:(?:روز\s+)?{WEEKDAY}\s*[،,]?\s*)?{DAY}\s+{MONTH}(?:\s+(?:سال\s+)?{YEAR}(?:\s*میلادی)?)?"),
    ("month", r"(?:ماه\s+)?{MONTH}\s+(?:سال\s+)?{YEAR}(?:\s*میلادی)?"),
    # "ژوئن گذشته" (last June), "مارس سال آینده" (March next year)
    ("month", r"(?:ماه\s+)?{MONTH}\s+(?:(?P<dir>گذشته|آینده)|سال\s+(?P<ydir>گذشته|آینده|جاری|پیش|قبل))(?!\w)"),
    ("month", r"(?:ماه\s+)?{MONTH}"),
    # in Persian text a year 13xx/14xx is a Solar Hijri one ("سال ۱۴۰۲", "در ۱۴۰۲")
    ("solar_year", r"(?:سال\s*)?" + _SY + r"(?:\s*(?:هجری\s+)?شمسی)?"),
    ("relday", r"{RELDAY}"),
    ("ref", r"{REF}"),
    ("ago", r"{NUM}\s+{UNIT}\s+(?P<after>پیش|قبل|دیگر|بعد)(?!\w)"),
    # "سال‌ها پیش" (years ago), "هزاران سال پیش", "دو میلیون سال پیش": a vague past, not "سال پیش" (last year)
    ("ago", r"(?P<unit>سال‌ها|ماه‌ها|هفته‌ها|دهه‌ها|قرن‌ها)\s+(?P<after>پیش|قبل)(?!\w)"),
    ("ago", r"(?P<big>هزاران|میلیون‌ها|میلیون|میلیارد|صدها)\s+{UNIT}\s+(?P<after>پیش|قبل)(?!\w)"),
    # "در سال‌های اخیر", "چند سال اخیر", "چند سال گذشته": the recent past
    ("ago", r"(?P<unit>" + "|".join(_PLURAL_EZAFE) + r")\s+اخیر(?!\w)"),
    ("ago", r"(?P<num>چند)\s+{UNIT}\s+(?:اخیر|گذشته)(?!\w)"),
    # "روز بعد", "روز قبل": the day after or before the one told, not tomorrow or yesterday; a plural with its
    # ezafe before "بعد" or "دیگر" is "the years after", "other years" ("سال‌های بعد", "روزهای دیگر")
    ("relunit", r"(?!روز\s+(?:بعد|قبل|دیگر)(?!\w)){UNIT}(?<!های)\s+(?!امسال){DIR}(?!\w)"),
    ("relunit", r"{UNIT}(?<=های)\s+(?!(?:بعد|دیگر|امسال)(?!\w)){DIR}(?!\w)"),
    ("relunit", r"(?!امسال){DIR}\s+{UNIT}(?!\w)"),
    ("relunit", r"(?P<unit>امسال)(?!\w)"),
    ("relunit", r"(?P<latest>پار)(?P<unit>سال)(?!\w)"),  # "پارسال": last year
    ("weekday", r"(?:روز\s+)?{WEEKDAY}(?:\s+(?!امسال){DIR})?(?!\w)"),
    ("year", r"(?:سال\s+)?{YEAR}(?:\s*میلادی)?"),
]
