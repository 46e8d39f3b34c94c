"""Arabic dates: real-world sentence shapes, with the traps of the language (see viz/dates/lang/ar.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from .dates_lang import found_and_traps, pairs_for

REF = dt.date(2024, 4, 10)  # a Wednesday
LANG = "ar"


pairs = pairs_for(LANG, REF)


FOUND = [
    ("وقع الاتفاق في 5 مايو 2021 في القاهرة.", [("5 مايو 2021", "2021-05-05")]),
    ("وقع الاتفاق في ٥ أيار ٢٠٢١ في دمشق.", [("٥ أيار ٢٠٢١", "2021-05-05")]),  # Eastern Arabic digits
    ("بدأ الصيام في 1 رمضان 1445 هـ.", [("1 رمضان 1445 هـ", "2024-03-11")]),  # lunar Hijri
    ("قال أمس إن الاجتماع سيعقد يوم الجمعة المقبل.", [("أمس", "2024-04-09"), ("يوم الجمعة المقبل", "2024-04-12")]),
    ("ارتفعت الأسعار العام الماضي وقبل عامين.", [("العام الماضي", "2023"), ("قبل عامين", "2022")]),
    ("عقد المؤتمر في شهر مارس الماضي.", [("شهر مارس الماضي", "2024-03")]),
    ("قتل 2000 شخص في عام 2019.", [("عام 2019", "2019")]),
]
TRAPS = [
    "مارس الضغط على الحكومة لسنوات.",  # "practised": a verb spelled like March
    "انتهت المباراة بثلاثة أهداف مقابل صفر.",  # zero, not the month Safar
    "رجب طيب أردوغان رئيس تركيا.",  # a first name, not the month Rajab
    "أدى المصلون صلاة الجمعة.",  # the Friday prayer, not a date
    "المريخ كوكب أحمر.",  # Mars
]


test_dates_found, test_traps_are_not_dates = found_and_traps(pairs, FOUND, TRAPS)


@pytest.mark.parametrize("text, expected", [
    # ordinal days and centuries in words
    ("وصلت أول سفينة تجارية إلى الميناء في السادس من يوليو 1776.", [("السادس من يوليو 1776", "1776-07-06")]),
    ("أقيم أول سوق في البلدة في الثامن من تموز 1776.", [("الثامن من تموز 1776", "1776-07-08")]),
    ("وقع الاتفاق في الحادي والعشرين من مارس 2019.", [("الحادي والعشرين من مارس 2019", "2019-03-21")]),
    ("لم يشهد الوادي فيضاناً بهذا الحجم منذ القرن التاسع عشر.", [("القرن التاسع عشر", "18")]),
    ("غيّرت اختراعات القرن العشرين حياة الفلاحين.", [("القرن العشرين", "19")]),
    ("بُنيت القلعة على التلّ في أواخر القرن الـ16.", [("أواخر القرن الـ16", "15")]),
    ("وخلال الثمانينيات من القرن الماضي، درّس الموسيقى في بيروت.", [("الثمانينيات من القرن الماضي", "198")]),
    ("افتُتح المستشفى الجديد في عام2006 بعد سنوات من التأخير.", [("عام2006", "2006")]),
    ("أما في الوقت الراهن فلا توجد خطة لبناء مطار جديد.", [("الوقت الراهن", "PRESENT_REF")]),
])
def test_arabic_ordinals_centuries_decades_refs(text, expected):
    assert pairs(text) == expected


def test_arabic_future_prefix_only_at_a_word_start():
    """'استوائي' (tropical) holds the letters of the future prefix; it says nothing of the tense: Tuesday is past."""
    text = "ضرب إعصار استوائي الجزر الجنوبية يوم الثلاثاء."
    assert pairs(text) == [("يوم الثلاثاء", "2024-04-09")]
    assert pairs("قال إن الاجتماع سيعقد يوم الجمعة.") == [("يوم الجمعة", "2024-04-12")]


# sentence shapes modelled on SIB-200 (Flores-200), in our own words, read on the day the translation-agreement
# benchmark uses (a Monday)
SIB_REF = dt.date(2020, 6, 15)


@pytest.mark.parametrize("text, expected", [
    # short vowels and shadda are optional marks: "أَيَّار" is the month "أيار"
    ("سجّلت المحطّة أعلى حرارة لها في شهر أَيَّار عام 1969 حين جفّت الآبار.",
     [("شهر أَيَّار عام 1969", "1969-05")]),
    ("يجب الآن أن تُرمَّم المدرسة في أسرع وقتٍ ممكنٍ.",
     [("الآن", "PRESENT_REF"), ("أسرع وقتٍ ممكنٍ", "FUTURE_REF")]),
    # ... and they hide no prefix: "تُمارس" (is practised) is no month March
    ("تُمارس هذه اللعبة في الساحات الشعبية بين فريقين.", []),
    # Monday with its hamzat al-wasl written as a hamza below
    ("وافق المجلس البلدي على الميزانية يوم الإثنين.", [("يوم الإثنين", "2020-06-15")]),
    # the singular unit is one: a year ago
    ("كان المطعم قد افتُتح قبل عام في وسط المدينة.", [("قبل عام", "2019")]),
    ("قبل عام 2000 لم تكن هناك هواتف ذكية.", [("عام 2000", "2000")]),  # before the year 2000
    ("استقال قبل عام من الانتخابات.", []),  # a year before another event, not a year ago
    # "و" written onto the month, and the month "of this year"
    ("ستقيم البلدية معرضاً للكتاب بين يونيو وأغسطس من هذا العام.",
     [("يونيو", "2020-06"), ("أغسطس من هذا العام", "2020-08")]),
    # "ف" as the first letter of the word, not the conjunction
    ("لا يُسمح بالصيد في البحيرة إلا من نوفمبر إلى فبراير.", [("نوفمبر", "2019-11"), ("فبراير", "2020-02")]),
    ("قد يكون النظام أكثر مركزية في المستقبل.", [("المستقبل", "FUTURE_REF")]),
    # "للعام القادم": the preposition "لـ" before the article
    ("ووعدت الوزارة بشراء مئات الحافلات الجديدة، مما سيساعد المدينة على الاستعداد للعام القادم.",
     [("للعام القادم", "2021")]),
    # a genitive: the past two million years, not last year; "أشهر" (best known) before "هذه" is no month count
    ("تشكّلت هذه الكهوف على مدى المليوني سنةٍ الماضية.", []),
    ("أشهر هذه الأسواق كان سوق الذهب القديم.", []),
])
def test_arabic_sib200_orthography_and_grammar(text, expected):
    assert pairs(text, SIB_REF) == expected


@pytest.mark.parametrize("text, expected", [
    # "سنغافورة" (Singapore) ends in the ta marbuta, which no verb does: no future prefix, November is the past one
    ("وصلت فرقة الأوركسترا الوطنية إلى سنغافورة صباح يوم 16 نوفمبر، في بداية جولة فنية.",
     [("16 نوفمبر", "2019-11-16")]),
    ("التقى السيدة الأولى في 16 نوفمبر.", [("16 نوفمبر", "2019-11-16")]),
    ("توفي عن ستين عاما في 16 نوفمبر.", [("16 نوفمبر", "2019-11-16")]),  # sixty, not a verb
    # "سيظل" (will stay): the future prefix on a two-letter stem
    ("وأكد المدرب أنه سيظل مع الفريق ويقوده في 21 من كانون الثاني في نهائي الكأس.",
     [("21 من كانون الثاني", "2021-01-21")]),
])
def test_arabic_future_prefix_is_on_verbs_only(text, expected):
    assert pairs(text, SIB_REF) == expected


@pytest.mark.parametrize("text, expected", [
    # a season after a preposition of time is one season when the sentence has a tense ...
    ("يفضّل كثير من العدّائين التدرّب في الجبال خلال فصل الشتاء.", []),
    ("في الشتاء، زُر منتجعات الثلج في جبال الأطلس، وفي الصيف، استرخِ على شواطئ المتوسط.", []),
    ("ستقام البطولة خلال فصل الشتاء.", [("فصل الشتاء", "2020-WI")]),
    ("قال إن الطريق أغلق في الشتاء.", [("الشتاء", "2019-WI")]),
    # ... not an era named by a relational adjective: the Arab Spring
    ("قال إن الشباب شاركوا في الربيع العربي.", []),
])
def test_arabic_seasons_after_a_preposition(text, expected):
    assert pairs(text, SIB_REF) == expected


@pytest.mark.parametrize("text, expected", [
    # "ثم بعد بضع سنوات": a few years after the event told before, not a few years from now
    ("ثم بعد بضع سنوات، رسم رحّالة هولندي أول خريطة للميناء، في عام 1639.",
     [("عام 1639", "1639")]),
    ("سيعود بعد بضع سنوات.", [("بعد بضع سنوات", "FUTURE_REF")]),
    # a verb of expecting puts a weekday ahead
    ("يتوقّع المهندسون أن ينتهي ترميم الجسر بحلول الأربعاء.",
     [("الأربعاء", "2020-06-17")]),
    # "كان مقرراً" (was scheduled, with its tanween): a plan, ahead
    ("كان مقرراً للمعرض أن يبقى مفتوحاً أمام الزوار إلى يوم 16 سبتمبر/أيلول.",
     [("16 سبتمبر/أيلول", "2020-09-16")]),
    # one month under its two names
    ("مازال إقرار الميزانية واجباً في جلسة البرلمان في شهر أكتوبر/تشرين الأول في العاصمة.",
     [("شهر أكتوبر/تشرين الأول", "2019-10")]),
])
def test_arabic_sequence_expectation_and_double_month_names(text, expected):
    assert pairs(text, SIB_REF) == expected


@pytest.mark.parametrize("text, expected", [
    # names and an adjective that begin like a future verb say nothing of the tense: the November just past
    ("التقى ستيف ستيوارت بالوزير في 16 نوفمبر.", [("16 نوفمبر", "2019-11-16")]),
    ("كان العرض سيئاً في 16 نوفمبر.", [("16 نوفمبر", "2019-11-16")]),
    # a future verb with its object pronoun is still one
    ("قال إنه سيزورها في 16 يناير.", [("16 يناير", "2021-01-16")]),
])
def test_arabic_future_prefix_not_on_names_nor_adjectives(text, expected):
    assert pairs(text, SIB_REF) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb of the future right after a fronted year-less date: the coming one (said 10 April 2024)
    ("في مارس سيدخل القانون حيز التنفيذ.", [("مارس", "2025-03")]),
    ("في 3 مارس سيجتمع المجلس.", [("3 مارس", "2025-03-03")]),
    ("في 3 مارس، سوف يجتمع المجلس.", [("3 مارس", "2025-03-03")]),
    # a noun in "سي" is no verb: the last March, as before
    ("في مارس سيارة انفجرت في السوق.", [("مارس", "2024-03")]),
])
def test_the_future_verb_after_a_fronted_date(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "سيطر" (took control) is a past verb, "سيول" (floods) a noun: no future (said 10 April 2024)
    ("في مارس سيطرت القوات على المدينة.", [("مارس", "2024-03")]),
    ("في مارس سيطر الجيش على المدينة.", [("مارس", "2024-03")]),
    ("في مارس سيول جارفة ضربت المدينة.", [("مارس", "2024-03")]),
])
def test_words_in_sa_that_are_no_future(text, expected):
    assert pairs(text) == expected
