"""Arabic words and rules for the date extractor (see viz.dates.engine for the template syntax).

Gregorian month names of the whole Arab world from CLDR (Egyptian "مايو", Levantine "أيار", Maghrebi "ماي"),
Eastern Arabic digits read as digits ("٥ مايو ٢٠٢١"), and Hijri dates ("١٥ رمضان ١٤٤٥ هـ") converted to
Gregorian values. Traps: "مارس" is also the verb "practised", so alone it needs a cue ("في مارس", "شهر مارس");
"صفر" (zero) and "رجب" (a first name) are Hijri months only with a day and a year."""
from .. import cldr

CODE = "ar"
DAY_FIRST = True
DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
# the short vowels, tanween, shadda and sukun are written only now and then ("في شهر أَيَّار" is "في شهر أيار"):
# the text is scanned without them
IGNORABLE = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"

MONTHS = cldr.months("ar", "ar_SY", "ar_MA", "ar_DZ", abbreviations=False)
# "نيسان" is also the car maker Nissan ("سيارات تويوتا ونيسان"), "شباط" a surname ("حميد شباط"), "تموز" the god
# Tammuz ("أسطورة تموز وعشتار")
AMBIGUOUS_MONTHS = ("مارس", "ماي", "آب", "نيسان", "شباط", "تموز")
# a month alone after a preposition, a word of its part, or another month it is listed with ("بين آذار ونيسان",
# "شهري آذار ونيسان", "آذار أو نيسان"; the conjunction "و" is written onto the month and is part of the match)
MONTH_ALONE_CUE = (r"(?:(?<!\w)(?:في|شهر|شهري|منذ|حتى|خلال|مطلع|أواخر|أوائل|أواسط|منتصف|نهاية|بداية|من|إلى|بين|بحلول)|"
                   r"(?<!\w)(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s*[،,]?\s*(?:أو)?)")
WEEKDAYS = cldr.weekdays("ar")
# the hamzat al-wasl of "الاثنين" (Monday) is often written with a hamza below: "يوم الإثنين"
WEEKDAYS |= {"الإ" + w[3:]: n for w, n in WEEKDAYS.items() if w.startswith("الا")}
WEEKDAY_NOT_AFTER = r"(?:صلاة|خطبة|صلوات)"
RANGE_WORDS = ("حتى",)
# the future prefix "سـ" on an imperfect verb ("سيعقد", "ستبدأ", "سأعود"; "سيظل", "سيتم" of two-letter stems) at a
# word start; not inside a word ("استوائي") nor a noun in "سيا"/"ستا" ("سياسات", "ستاد"). A verb never ends in the
# ta marbuta ("سنغافورة", "سنة", "سيدة" are nouns) nor in the dual of such a noun ("سنتين"), and a two-letter stem
# takes no plural ending ("ستين", sixty); the indicative after "سـ" never ends in alif ("سيئاً", bad) but in a
# pronoun ("ستزورها", "سيساعدنا"), and a stem hardly ever begins with "ي" after the prefixes "ت", "ن", "أ" (the
# names "ستيف", "ستيوارت")
# (nor a short word ending in "و", a name: "سترو", Straw)
# (nor the past verb "سيطر" (took control) and the nouns "سيول" (floods), "سيدني", "سيناريو")
_FUTURE_VERB = r"س(?!يطر|يول|يدني|يناريو)(?:ي|[تنأ](?!ي))(?![اوة])(?:\w{3,}|(?!ين|ون|\wو)\w\w)(?!\w)(?<!ة)(?<![^هن]ا)(?<!تين)(?<!تان)"
# ... and a verb of expecting ("يتوقع العلماء أن تشتد ... بحلول الأربعاء": scientists expect it to strengthen by Wednesday)
# (the conjunctions "و" and "ف" are written onto the verb: "وسيزور", "فستبدأ")
FUTURE_CUE = (r"(?<!\w)[وف]?(?:سوف|" + _FUTURE_VERB + r"|المقبل\w*|القادم\w*|من\s+المقرر|مقرر[ةه]?|من\s+المتوقع|"
              r"[يت]توقع(?:ون|ان)?(?!\w))")
# the verb of the future right after a fronted date (Arabic puts the verb first: "في مارس سيدخل القانون حيز التنفيذ")
FUTURE_AFTER = r"\s*[،,]?\s*[وف]?(?:سوف|" + _FUTURE_VERB + r")"

HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4, "جمادى الأولى": 5,
                "جمادى الآخرة": 6, "جمادى الثانية": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
                "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12}

# ordinal words (masculine, definite): days of the month ("في الخامس من أغسطس") and centuries ("القرن التاسع عشر")
_UNITS_ORD = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
ORDINALS = {w: i + 1 for i, w in enumerate(_UNITS_ORD)} | {"الاول": 1, "العاشر": 10, "الحادي عشر": 11,
                                                          "العشرين": 20, "الثلاثين": 30}
ORDINALS |= {w + " عشر": i + 1 + 10 for i, w in enumerate(_UNITS_ORD) if i > 0}
# "الربع الأخير من 2023": the last quarter (the quarter rules only: "الأخير من مارس" is no fourth of March, the date
# and century rules skip it)
ORDINALS["الأخير"] = 4
ORDINALS |= {("الحادي" if i == 0 else w) + " و" + tens: i + 1 + n
             for i, w in enumerate(_UNITS_ORD) for tens, n in (("العشرين", 20), ("الثلاثين", 30)) if n + i + 1 <= 31}
# "الثمانينيات", "ثلاثينيات القرن الماضي": the decades of the 1900s
DECADE_WORDS = {p + w: n for p in ("", "ال") for w, n in (("عشرينيات", 20), ("ثلاثينيات", 30), ("أربعينيات", 40),
                ("خمسينيات", 50), ("ستينيات", 60), ("سبعينيات", 70), ("ثمانينيات", 80), ("تسعينيات", 90))}

SEASONS = {"الربيع": "SP", "الصيف": "SU", "الخريف": "FA", "الشتاء": "WI"}
# ... and without the article as the first noun of a construct (idafa): "شتاء 2019", "صيف العام الماضي"
SEASONS |= {w[2:]: v for w, v in SEASONS.items()}
_DEF_SEASON = r"(?P<season>الربيع|الصيف|الخريف|الشتاء)(?!\w)"
_CONSTRUCT_SEASON = r"(?P<season>ربيع|صيف|خريف|شتاء)(?!\w)"
GENERIC_SEASONS = True  # "في الشتاء، تحقق من موقع الكابينة": any winter, without a past or future tense

NUMBERS = {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7,
           "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرين": 20}
VAGUE_NUMBERS = ("عدة", "بضعة", "بضع")
UNITS = {"يوم": "D", "أيام": "D", "يوما": "D", "أسبوع": "W", "أسابيع": "W", "شهر": "M", "أشهر": "M", "شهور": "M",
         "عام": "Y", "أعوام": "Y", "سنة": "Y", "سنوات": "Y", "عاما": "Y", "سنت": "Y", "العام": "Y", "السنة": "Y",
         "الشهر": "M", "الأسبوع": "W", "عقد": "DEC", "عقود": "DEC", "العقد": "DEC",
         "نهاية الأسبوع": "WE",
         "السنين": "Y", "الأعوام": "Y", "العقود": "DEC", "قرون": "CENT", "القرون": "CENT",
         "الأيام": "D", "الأسابيع": "W", "الأشهر": "M", "الشهور": "M", "السنوات": "Y"}
# the preposition "لـ" before the article drops its alif: "للعام القادم" (for next year) is "ل" + "العام القادم"
UNITS |= {"ل" + w[1:]: u for w, u in UNITS.items() if w.startswith("ال")}
PLURAL_UNITS = ("أيام", "أسابيع", "أشهر", "شهور", "أعوام", "سنوات", "عقود", "السنين", "الأعوام", "العقود", "قرون",
                "القرون", "الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات")
PLURAL_UNITS += tuple("ل" + w[1:] for w in PLURAL_UNITS if w.startswith("ال"))
DIRS = {"الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1, "الفائت": -1, "السابق": -1,
        "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1, "هذا": 0, "هذه": 0, "الحالي": 0, "الحالية": 0,
        "الجاري": 0, "الجارية": 0}
AGO_FUTURE = ("بعد",)
ANCHORED_AFTER = ("بعد",)  # "وبعد يومين استقال" told in the past: from the story's last date
THAT_UNITS = {"العام": "Y", "السنة": "Y", "الشهر": "M", "الأسبوع": "W"}
THAT_RELS = {"ذلك": 0, "تلك": 0, "ذاته": 0, "نفسه": 0, "ذاتها": 0, "نفسها": 0}
RELDAYS = {"أمس": -1, "الأمس": -1, "البارحة": -1, "أول أمس": -2, "أمس الأول": -2, "اليوم": 0, "غدا": 1, "غداً": 1, "غدًا": 1,
           "بعد غد": 2}
REFS = {"حاليا": "PRESENT_REF", "حالياً": "PRESENT_REF", "حاليًا": "PRESENT_REF", "الآن": "PRESENT_REF",
        "في الوقت الحاضر": "PRESENT_REF", "مؤخرا": "PAST_REF", "مؤخراً": "PAST_REF", "مؤخرًا": "PAST_REF",
        "في المستقبل": "FUTURE_REF", "في الماضي": "PAST_REF", "في الوقت الحالي": "PRESENT_REF",
        "في الوقت الراهن": "PRESENT_REF", "في هذه الأيام": "PRESENT_REF", "حتى الآن": "PRESENT_REF",
        "أقرب وقت ممكن": "FUTURE_REF", "بأسرع وقت ممكن": "FUTURE_REF", "أسرع وقت ممكن": "FUTURE_REF"}
# "today": the day of the text or "nowadays" (the rule is in viz.dates.engine.Lang)
GENERIC_TODAY = ("اليوم",)
TODAY_AS_DATE_AFTER = r"\s*,?\s*(?:(?:صباحا|صباحاً|مساء|مساءً|ليلا)(?!\w)|(?:في\s+)?(?:ال)?ساعة\s)"
# reporting verbs in the past, masculine or feminine ("صرح", "صرحت"), and future or past auxiliaries
_SAID = r"(?:قال|أعلن|صرح|صرّح|أكد|أكّد|أفاد|ذكر|أوضح|أشار|أضاف)(?:ت|وا)?"
# the past: a reporting verb, the auxiliaries "كان" and "تم" in the perfect, "لقد" (only before a perfect), and
# "قام بـ" (did) with a verbal noun; not "قد" alone, which before an imperfect is "may"
PAST_CUE = r"(?<!\w)(?:و|ف)?(?:" + _SAID + r"|كان|كانت|كانوا|لقد|تم|تمت|قام|قامت|قاموا)(?!\w)"
TODAY_AS_DATE_NEAR = r"(?<!\w)(?:و|ف)?(?:" + _SAID + r"|وفقا|وفقاً|سيتم|سوف|كان|كانت|تم)(?!\w)"
# "today" as the complement of an event noun (idafa: "إعلان اليوم", today's announcement) is the day of that event
TODAY_AS_DATE_BEFORE = (r"(?<!\w)(?:و|ف|ب|ل)?(?:إعلان|اجتماع|جلسة|تصويت|مباراة|مؤتمر|قرار|خطاب|قمة|مظاهرة|إضراب|"
                        r"انتخابات|محاكمة|حفل|عدد|لقاء|سباق|بيان)\s+")
NEWS_CUE = r"(?<!\w)(?:و|ف)?(?:أمس|الأمس|غدا|غداً|" + _SAID + r"|وفقا|وفقاً)(?!\w)"

MOD_PREFIX = r"(?:\b(?:مطلع|أوائل|أواخر|منتصف|نهاية|بداية|أواسط)\s+)"
# ("منذ" before a count of days, weeks, ... is "ago", part of the mention: "منذ ثلاثة أيام", "منذ يومين"; before a
# date it is "since", and before a vague or large count the mention is the count alone: "منذ سنوات", "منذ مليوني عام")
SPAN_DROP = (r"في|منذ(?!\s+(?:(?!مليون|مليوني|ملايين|آلاف|ألف|ألفي|مئات|عدة|بضع)\S+\s+(?:يوم|أيام|يوما|أسبوع|أسابيع|"
             r"شهر|أشهر|شهور|عام|أعوام|عاما|سنة|سنوات|عقد|عقود|قرن|قرون)|يومين|أسبوعين|شهرين|عامين|سنتين|عقدين)(?!\w))|"
             r"حتى|من|إلى|خلال")
CLITICS = r"و|ف"  # "وقبل عامين": "and two years ago"; the conjunction stays outside the mention
_W = "(?:و|ف)?"

YEAR_CUE = r"(?:عام|سنة|العام|في|منذ|حتى)"
YEAR_NOT_AFTER = r"[$€£#§]|\d[.,](?!\s)|(?:رقم|نحو|حوالي|أكثر\s+من|أقل\s+من)"
# ... and the singular noun a number counts ("2000 متظاهر", "1900 لاجئ": after a hundred and more the counted noun is
# an indefinite singular in the genitive, after 11-99 in the accusative: "متظاهرا")
YEAR_NOT_BEFORE = (r"(?:\s*(?:%|€|\$)|\s*ه[ـ]?(?!\w)|\s*هـ|\s+(?:\w+\s+)?(?:شخص|شخصا|قتيل|جريح|دولار|يورو|"
                   r"ريال|جنيه|درهم|دينار|طن|كيلومتر|متر|جندي|عامل|طالب|حالة)\b|"
                   r"\s+(?:متظاهر|محتج|لاجئ|نازح|مهاجر|معتقل|أسير|سجين|مقاتل|مسلح|مدني|طفل|مستوطن|موظف|سائح|"
                   r"مريض|منزل|مبنى|صاروخ|برميل|ميغاواط)(?:اً|ا)?(?!\w))")
# a date in the name of a movement or an alliance ("قوى 14 آذار", "حركة 20 فبراير", "تيار 8 آذار")
DATE_NOT_AFTER = r"(?<!\w)(?:قوى|تيار|تحالف|حركة|ائتلاف)"

_HYEAR = r"(?P<hyear>1[34]\d\d)\s*(?:هـ|ه\b|هجري[ةه]?)?"
# a relative clause in the past that holds the date ("باكمان، التي فازت في الاستفتاء في أغسطس"): the last such month;
# the verb after the relative pronoun is a perfect (no prefix of the imperfect or the future: ي ت ن س)
RELATIVE_PAST = r"^\s*(?:الذي|التي|الذين|اللذان|اللتان|اللواتي|اللاتي)\s+(?:قد\s+)?(?![يتنس])\w{2,}"

RULES = [
    # "في ذلك العام", "في اليوم نفسه": the story's year or day, not this one
    ("that_unit", _W + r"(?:في\s+)?(?P<rel>ذلك|تلك)\s+(?P<unit>العام|السنة|اليوم|الشهر|الأسبوع)(?!\w)"),
    ("that_unit", _W + r"(?:في\s+)?(?P<unit>العام|السنة|اليوم|الشهر|الأسبوع)\s+(?P<rel>ذاته|نفسه|ذاتها|نفسها)(?!\w)"),
    ("hijri", r"{DAY}\s+{HMONTH}\s+(?:(?:سنة|عام)\s+)?" + _HYEAR),
    ("hijri", r"{DAY}\s+(?P<hmonth>رمضان|شوال|ذو\s+الحجة|ذي\s+الحجة|محرم|شعبان)(?![\w-])"),
    ("range_years", r"{YEAR}\s*(?:-|\u2013|/)\s*(?:{YEAR:b}|(?P<yy>\d\d)(?![\d%-]))"),  # "1995-96": two years
    # "بين مارس ومايو 2020", "من آذار إلى أيار 2020": two months of the year named after the second
    ("range_months", _W + r"(?:بين|من)\s+(?:شهري?\s+)?{MONTH}\s+(?:و\s*|(?:إلى|حتى)\s+)(?:شهر\s+)?{MONTH:b}\s+"
                     r"(?:(?:من\s+)?(?:عام|سنة)\s+)?{YEAR}"),
    # "الربع الأول من عام 2020", "الربع الثالث من العام الماضي": a quarter of a year named (not "الربع الأول من
    # المباراة", a quarter of a game)
    ("quarter", _W + r"الربع\s+{ORD}\s+(?:من\s+)?(?:(?:عام|سنة|العام)\s+)?{YEAR}"),
    ("quarter", _W + r"الربع\s+{ORD}\s+من\s+(?:العام|السنة)\s+(?P<ydir>" + "|".join(DIRS) + r")(?!\w)"),
    ("quarter", _W + r"الربع\s+{ORD}\s+من\s+(?P<ydir>هذا|هذه)\s+(?:العام|السنة)(?!\w)"),
    # "النصف الأول من 2019": a half of a year named (not "النصف الأول من المباراة")
    ("half", _W + r"النصف\s+{ORD}\s+(?:من\s+)?(?:(?:عام|سنة|العام)\s+)?{YEAR}"),
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("numeric", r"(?P<a>[0-3]?\d)[/.-](?P<b>[01]?\d)[/.-](?P<y>\d{4})(?![\d/]|\.\d)"),  # the full stop after it ends the sentence
    # "5 مارس/آذار 2021", "15 يناير/كانون الثاني 2022": the month in both names (the second may be of two words);
    # "٣ فبراير الماضي", "15 يونيو المقبل": the last or the next such day
    ("date", _W + r"(?:(?:يوم\s+)?{WEEKDAY}\s*[،,]?\s*)?{DAY}\s+(?:من\s+)?(?:شهر\s+)?{MONTH}"
             r"(?:\s*[/(]\s*(?:{MONTH:b}|\w+)(?:\s*[)])?)?"
             r"(?:\s+(?:(?:من\s+)?(?:عام|سنة)\s+)?{YEAR}|\s+(?P<dir>الماضي|المنصرم|الفائت|المقبل|القادم)(?!\w))?"
             r"(?:\s*م(?![\w]))?"),
    ("month", _W + r"(?:شهر\s+)?{MONTH}(?:\s*[/(]\s*\w+(?:\s+\w+)?\s*[)]?)?\s+(?:(?:من\s+)?(?:عام|سنة)\s+)?{YEAR}"),
    # "بين يونيو وأغسطس من هذا العام", "في مارس من العام الماضي": the month of that year
    ("month", _W + r"(?:شهر\s+)?{MONTH}\s+من\s+(?:(?P<ydir>هذا|هذه)\s+(?:العام|السنة)|"
              r"(?:العام|السنة)\s+(?P<ydirb>" + "|".join(DIRS) + r"))(?!\w)"),
    ("month", _W + r"(?:شهر\s+)?{MONTH}(?:\s*[/(]\s*{MONTH:b}\s*[)]?)?\s+{DIR}"),
    # the month in both the Egyptian and the Levantine name ("شهر أكتوبر/تشرين الأول"): one mention
    ("month", _W + r"(?:شهر\s+)?{MONTH}(?:\s*[/(]\s*{MONTH:b}\s*[)]?)?"),
    ("date", _W + r"(?:(?:يوم\s+)?{WEEKDAY}\s*[،,]?\s*)?(?!الأخير){ORD}\s+من\s+(?:شهر\s+)?{MONTH}"
             r"(?:\s+(?:(?:من\s+)?(?:عام|سنة)\s+)?{YEAR})?"),
    ("century", r"القرن\s+(?:الـ\s*)?(?P<cnum>\d{1,2}|[XVI]{1,5})\b"),
    ("century", r"القرن\s+(?!الأخير){ORD}"),
    ("decade", _W + r"{DECWORD}(?:\s+(?:من\s+)?القرن\s+(?:الماضي|العشرين))?"),
    ("season", r"(?:فصل\s+)?" + _DEF_SEASON + r"\s+{DIR}"),
    # the season as the first noun of a construct: "شتاء 2019", "صيف العام الماضي", "ربيع هذا العام"
    ("season", _W + _CONSTRUCT_SEASON + r"\s+(?:(?:عام|سنة)\s+)?{YEAR}"),
    ("season", _W + _CONSTRUCT_SEASON + r"\s+(?:(?P<ydir>هذا|هذه)\s+(?:العام|السنة)|(?:العام|السنة)\s+(?P<ydirb>"
               + "|".join(DIRS) + r"))(?!\w)"),
    # "خلال فصل الشتاء", "في الصيف": a season after a preposition of time, as English "during the winter" (in a
    # sentence without past or future tense it is any winter: GENERIC_SEASONS); not one named by a relational
    # adjective ("الربيع العربي", the Arab Spring; "الشتاء النووي")
    ("season", r"(?:(?<=خلال\s)|(?<=في\s)|(?<=منذ\s)|(?<=حتى\s))(?P<bare>)(?:فصل\s+)?" + _DEF_SEASON +
               r"(?!\s+ال\w+ي(?:ة)?(?!\w))"),
    ("that_unit", r"(?:في\s+)?(?P<unit>اليوم)\s+(?P<rel>التالي)"),  # after the last date, not tomorrow
    # "عطلة نهاية الأسبوع الماضي": last weekend ("نهاية الأسبوع" alone may be the end of the week)
    ("relunit", _W + r"عطلة\s+(?P<unit>نهاية\s+الأسبوع)\s+{DIR}"),
    ("weekend", _W + r"عطلة\s+نهاية\s+الأسبوع(?!\w)"),
    # "العام الماضي": a definite unit with its definite adjective; "المليوني سنة الماضية" (the past two million
    # years) is a genitive, not "last year"
    # ("العقد الحالي", "العقد السابق" are as often the current, the previous contract)
    ("relunit", _W + r"(?=ال|لل)(?!(?:ال|لل)عقد\s+(?:الحالي|الجاري|السابق|الفائت)(?!\w)){UNIT}(?:\s+القليلة)?\s+{DIR}"),
    # "في السنوات الأخيرة", "الأيام القليلة الأخيرة": the recent past; not the final ones of something ("السنوات
    # الأخيرة من حكمه", "الأيام الأخيرة لحياته")
    ("ago", _W + r"(?P<unit>الأيام|الأسابيع|الأشهر|الشهور|السنوات|الأعوام|السنين|العقود)(?:\s+القليلة)?\s+الأخيرة"
            r"(?!\w)(?!\s*(?:من\s|ل))"),
    ("relunit", _W + r"{DIR}\s+(?!(?:ال|لل)عقد(?!\w)){UNIT}"),  # "هذا العقد": this contract
    # not after "ثم" (then): "ثم بعد بضع سنوات" is a few years after the event told before, not from now
    ("ago", r"(?<!ثم\s)" + _W + r"(?P<after>قبل|منذ|بعد)\s+(?P<pair>(?P<unit>يوم|أسبوع|شهر|عام|سنت|عقد))ين"),
    ("ago", r"(?<!ثم\s)" + _W + r"(?P<after>قبل|منذ|بعد)\s+{NUM}\s+{UNIT}"),
    # the singular is one ("قبل عام", a year ago); not "قبل عام 2000" (before the year 2000) nor "قبل عام من
    # الانتخابات" (a year before the elections: from another event)
    ("ago", r"(?<!ثم\s)" + _W + r"(?P<after>قبل)\s+(?P<unit>يوم|أسبوع|شهر|عام|سنة)(?!\w)(?!\s*(?:\d|من\s))"),
    # "قبل عقد" (a decade ago) ends its phrase or takes "من الزمن" (of time): "قبل عقد الاجتماع" is "before the
    # holding of the meeting", the verbal noun "عقد"
    ("ago", r"(?<!ثم\s)" + _W + r"(?P<after>قبل)\s+(?P<unit>عقد)(?=\s+من\s+الزمن|\s*(?:[.,،؛:!?؟)]|$))"),
    # "منذ سنوات" (years ago), "منذ قرون", "منذ آلاف السنين", "منذ مليوني عام": a vague past
    ("ago", r"(?<!ثم\s)" + _W + r"(?P<after>قبل|منذ)\s+(?:(?P<big>آلاف|ملايين|مئات|مليوني|ملياري|ألفي)\s+)?"
            r"(?P<unit>السنين|سنوات|الأعوام|أعوام|عقود|العقود|قرون|القرون)(?:\s+(?:عديدة|طويلة|كثيرة))?(?!\w)"),
    ("ago", r"(?<!ثم\s)" + _W + r"(?P<after>قبل|منذ)\s+(?P<big>آلاف|ملايين|مئات|مليوني|ملياري|ألفي)\s+(?P<unit>عام|سنة)(?!\w)"),
    ("ref", r"(?:و|ف)?(?:ف(?=ي))?{REF}"),  # "والآن", "ففي الوقت الراهن" (ف + في)
    # "أمس الثلاثاء", "اليوم الأربعاء": the day word and its weekday, one mention (the day of the news: group
    # "event")
    ("relday", r"(?<!ذلك\s)" + _W + r"(?P<relday>أمس|الأمس|اليوم|غدا|غداً|غدًا)(?P<event>\s+){WEEKDAY}"),
    ("relday", r"(?<!ذلك\s)" + _W + "{RELDAY}"),
    ("weekday", _W + r"(?:يوم\s+)?{WEEKDAY}(?:\s+{DIR})?"),
    ("year", _W + r"(?:(?:عام|سنة|العام)\s*)?{YEAR}(?:\s*م(?![\w]))?"),  # also "عام2006"
]

# "since" before a year-less date: the last such date ("منذ نوفمبر"; viz.dates.resolvers._since)
SINCE_WORDS = r"منذ"
