"""Resolvers: turn the named groups of a matched rule into (value, granularity, kind), or None to reject.

Each resolver has the signature ``resolver(ctx, groups, start, end)``; ``RESOLVERS`` maps rule kinds (the first
element of each entry of a language's ``RULES``) to resolvers."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from .tense import crosses_sentence, governed_past, habitual, intro_past, sentence_after, sentence_before, tense
from .values import (_month_end, _norm_word, add_months, iso_week, quarter_of, safe_date, shift_quarter,
                     two_digit_year, ym, ymd)



class Ctx:
    """Per-document state handed to resolvers."""

    __slots__ = ("text", "lang", "ref", "ref_year", "doc_year", "last_gran", "last_value", "last_start", "last_end",
                 "last_kind", "last_quarter", "match", "anchor", "news", "day_anchor", "told_days", "story_quarter")

    def __init__(self, text, lang, ref, ref_year=None):
        self.text = text
        self.lang = lang
        self.ref = ref
        # without a reference day, the year of one (a publication dated by its year only): it resolves what needs
        # only a year ("last year", "two years ago", "this century") and dates year-less months and days until the
        # text writes a year of its own
        self.ref_year = None if ref is not None else ref_year
        self.doc_year = self.ref_year   # last explicit year seen in the document
        self.last_gran = ""
        self.last_value = ""
        self.last_start = -1
        self.last_end = -1
        self.last_kind = ""       # of the last mention: absolute, relative (to the reference date), anchored (the story)
        self.last_quarter = None  # (value, end) of the last resolved quarter mention
        self.match = None         # the re.Match of the rule being resolved
        self.anchor = None        # (value, granularity) of the last resolved calendar mention
        self.news = None          # does the text read as a news report? (see r_relday; computed on first need)
        self.day_anchor = None    # (value, granularity, end) of the last resolved day or month mention
        self.told_days = {}       # "MM-DD" -> year of the days the text wrote with their year
        self.story_quarter = None  # the first quarter a report tells as its own (r_quarter), for "the year-earlier period"


def _g(gd, name):
    """First non-empty group among name, name+'b', name+'c'."""
    for k in (name, name + "b", name + "c"):
        v = gd.get(k)
        if v:
            return v
    return None


def _lookup(table, word):
    return table.get(_norm_word(word)) if word else None


def _num(ctx, word):
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return _lookup(ctx.lang.nums, word)


# where a clause ends around a date (with the Arabic comma and semicolon, the full-width comma and brackets; not the
# ideographic comma: a list's in Chinese, and in Japanese a clause that goes on to the sentence's verb, "7月6日に送られ、
# 7月9日に朗読されました")
_CLAUSE_BREAK = re.compile(r"\s*[,;:()\u2013\u2014\u060c\u061b\"\u201c\u201d\u201e\uff0c\uff08\uff09]")


_FEW_WORDS = re.compile(r"\s*(?:[^\W\d_]+['’]?\s*){0,3}")  # what may open a sentence before a date that opens it


def _told_past(ctx, span) -> bool:
    """Is the year-less date text[span] told in the past? A past verb right after it in its own clause ("A principios
    de mayo llovió", up to a comma), or a relative clause in the past that holds it ("Lee, who won the contest in
    August"; in a verb-final language, RELATIVE_PAST_AT_END, with the clause's past verb after the date: "die im
    August ... gewann"). Not for a month in a list after another ("Im Oktober, November und Dezember sank die Zahl"
    keeps one year)."""
    if span is None or (ctx.last_gran == "month" and 0 <= span[0] - ctx.last_end <= 12):
        return False
    lang = ctx.lang
    perfect = getattr(lang.mod, "perfect_clause", None)  # German: a Perfekt clause ("hat im Jänner begonnen")
    if perfect is not None and perfect(ctx.text, *span):
        return True
    parts = _CLAUSE_BREAK.split(sentence_after(ctx.text, span[1]), 1)
    after = parts[0]
    if not after.strip() and len(parts) > 1 and _FEW_WORDS.fullmatch(sentence_before(ctx.text, span[0])):
        after = _CLAUSE_BREAK.split(parts[1], 1)[0]  # "En juillet, la loi est entrée en vigueur": the clause it opens
        aside = lang.aside.match(sentence_after(ctx.text, span[1], 250)) if lang.aside is not None else None
        if aside is not None:  # ... past an aside (ASIDE_OPEN, as tense() reads it): "El 25 de julio, fiesta de
            # Santiago, el Rey visitó Compostela"
            after = _CLAUSE_BREAK.split(sentence_after(ctx.text, span[1], 250)[aside.end():], 1)[0]
    if lang.past_after.match(after):
        return True
    if lang.past_before is None and lang.relative_past is None:
        return False
    before = sentence_before(ctx.text, span[0], 110)
    if lang.past_before is not None and lang.past_before.search(before):
        return True
    if lang.relative_past is None or not lang.relative_past.search(_CLAUSE_BREAK.split(before)[-1]):
        return False
    return not lang.relative_past_at_end or bool(lang.past_cue.search(after))


# between a year and a year-less month or day that belongs to it: "last year in March", "l'an dernier en mars", "im
# vergangenen Jahr im März", "in 2018, March was", "2019年（令和元年）5月1日": a closing bracket, a comma or a preposition
# of place in time, never a range word
_YEAR_THEN_DATE_GAP = re.compile(r"\s*[)\uff09]?\s*,?\s*(?:(?:in|im|en|a|em|no|na|nel|à|au|в|во|في|pada|di|op|on|am|le|el|il|"
                                 r"the|(?<=[)\uff09]\s)of)\s+)?", re.I)  # ("resolution 436 (1978) of 6 October")
# ... and not a year that bounds a span ("Since 2015, in March ...", "until 2019, in March", "bis 2030 im März"): the
# date is not inside that year
_YEAR_BOUND_BEFORE = re.compile(
    r"(?<!\w)(?:since|until|till|by|from|through|after|before|depuis|jusqu['’]?\s*(?:à|en|au)?|dès|avant|après|desde|"
    r"hasta|antes\s+de|después\s+de|seit|bis|ab|von|vor|nach|sinds|tot|vanaf|fino\s+al|dal|dopo|prima\s+del|até|"
    r"após|с|со|до|после|منذ|حتى|قبل|بعد|sejak|hingga|sampai|sebelum|setelah)\s*$", re.I)


def _year_just_before(ctx, span):
    """The year of a year mention that ends right before span, with only _YEAR_THEN_DATE_GAP between, else None. Not
    a year counted from the story ("a year later on August 10": the story's August, which its own rules find)."""
    lv = ctx.last_value
    if (span is None or ctx.last_gran != "year" or ctx.last_kind == "anchored" or not lv or not lv[:4].isdigit()
            or not 0 <= span[0] - ctx.last_end <= 8 or not _YEAR_THEN_DATE_GAP.fullmatch(ctx.text, ctx.last_end, span[0])
            or _YEAR_BOUND_BEFORE.search(ctx.text, max(0, ctx.last_start - 20), ctx.last_start)):
        return None
    return int(lv[:4])


# a year opening its sentence before a comma, alone or after a preposition of time ("In 2019, ...", "En 2019, ...",
# "Im Jahr 2019, ...", "В 2019 году, ..."): the sentence's year-less dates are of that year
_SENTENCE_YEAR = re.compile(r"\s*(?:(?:in|during|throughout|en|durante|im(?:\s+jahr(?:e)?)?|nel|em|no\s+ano\s+de|"
                            r"в|во|في(?:\s+عام)?|pada(?:\s+tahun)?|tahun|op|in\s+het\s+jaar)\s+)?"
                            r"((?:1[5-9]|20)\d\d)(?:\s*(?:году|г\.|yılında|年|년))?\s*[,\u060c\uff0c\u3001]", re.I)
# ... or after its preposition without the comma ("In 2018 the vote was held in March"; not a bare year, which may be
# the subject: "2018 was the year prices rose in March")
_SENTENCE_YEAR_PP = re.compile(r"\s*(?:in|during|throughout|en|durante|im(?:\s+jahr(?:e)?)?|nel|em|no\s+ano\s+de|в|во|"
                               r"في(?:\s+عام)?|pada(?:\s+tahun)?|tahun|op|in\s+het\s+jaar)\s+"
                               r"((?:1[5-9]|20)\d\d)(?:\s*(?:году|г\.|yılında))?\s+(?=\w)", re.I)
# ... the rest of the sentence up to the date in one clause: no other comma ("In 2019, the company lost $5 million,
# it reported on March 3": the report is not dated by the year)
_CLAUSE_COMMA = re.compile(r"[,;\u060c\u061b\uff0c\u3001\uff1b]")


def _sentence_year(ctx, span):
    """The year that opens the sentence of the year-less date at span, with no other comma before the date ("In 2019,
    it opened its first store on February 6": 2019), else None."""
    if span is None:
        return None
    pre = sentence_before(ctx.text, span[0], 250)
    m = _SENTENCE_YEAR.match(pre) or _SENTENCE_YEAR_PP.match(pre)
    if m is None or _CLAUSE_COMMA.search(pre, m.end()):
        return None
    return int(m.group(1))


# what joins the two ends of a range or a list of dates ("from August 22 to September 3, 2012", "dal 22 agosto al 3
# settembre 2012", "2021年8月24日至9月5日", "8月24日から9月5日まで"), when a mention does not hold it itself ("au 5
# janvier"): the ends share their year (engine._year_to_range_start, _range_end_year)
RANGE_GAP = re.compile(r"\s*,?\s*(?:-|\u2013|\u2014|~|\uff5e|\u301c|to|through|until|till|and|al|a|au|à|bis(?:\s+zum)?|"
                       r"hasta(?:\s+el)?|y|e|et|und|até|ao|по|до|إلى|حتى|至|到|から|まで|부터|से|hadi|mpaka)?\s*",
                       re.I)


def _range_end_year(ctx, span, month):
    """The year of a range's year-less end ("2021年8月24日至9月5日", "from December 3, 2019 until January 5", "du 3
    décembre 2019 au 5 janvier"): that of the full date right before it with only RANGE_GAP between, the next year
    when the end's month comes earlier."""
    lv = ctx.last_value
    if (span is None or ctx.last_gran != "day" or ctx.last_kind != "absolute" or not lv[:4].isdigit()
            or not 0 <= span[0] - ctx.last_end <= 12 or not RANGE_GAP.fullmatch(ctx.text, ctx.last_end, span[0])):
        return None
    return int(lv[:4]) + (1 if month < int(lv[5:7]) else 0)


def _month_range_end(ctx, month, span):
    """(month, span) of the later month that ends a range or a pair of year-less months starting at span ("entre
    enero y septiembre", "de enero a septiembre"), for a language that defines MONTH_RANGE_END (compiled; es), or
    None."""
    rx = getattr(ctx.lang.mod, "MONTH_RANGE_END", None)
    m = rx.match(ctx.text, span[1]) if rx is not None and span is not None else None
    m2 = _lookup(ctx.lang.months, m.group(1)) if m is not None else None
    return (m2, m.span(1)) if m2 is not None and m2 > month else None


def _told_on(ctx, span):
    """The day an earlier mention of the date's own sentence names, when it is before the reference date: the time a
    plan was told ("Am 3. März wurde die Frist auf den 30. April verlängert"), else None."""
    lv = ctx.last_value
    if (span is None or ctx.ref is None or ctx.last_gran != "day" or len(lv) != 10 or not lv[:4].isdigit()
            or not 0 <= span[0] - ctx.last_end <= 200 or crosses_sentence(ctx.text, ctx.last_end, span[0])):
        return None
    # ... the date of the whole sentence: it opens it, after a preposition at most ("On March 3, ...", "Am 3. März
    # ..."); not a date inside it ("She was born on May 2, 1990, and will turn 31 on June 20", "The deal signed on
    # January 5 will expire on February 28")
    if not _FRONTED.fullmatch(sentence_before(ctx.text, ctx.last_start, 60)):
        return None
    d = safe_date(int(lv[:4]), int(lv[5:7]), int(lv[8:10]))
    return d if d is not None and d < ctx.ref else None


_FRONTED = re.compile(r"\s*(?:[^\W\d_]{1,8}\s+)?", re.I)  # nothing or one short word (a preposition) before it


def _since(ctx, span):
    """Is the year-less date at span the start of a time that lasts until now ("since November", "depuis le 3
    octobre", "seit dem 3. Oktober": the module's SINCE words right before it or opening it), told without a
    future?"""
    lang = ctx.lang
    if lang.since is None or span is None:
        return False
    s = span[0]
    if lang.mod_prefix is not None:  # "since early November", "desde principios de noviembre"
        pm = lang.mod_prefix.search(ctx.text, max(0, s - 30), s)
        if pm is not None:
            s = pm.start()
    sm = lang.since.search(ctx.text, max(0, s - 30), s)
    if sm is None and lang.since_open.match(ctx.text, s) is None:
        return False
    # not the start of a range ("desde el 1 de septiembre hasta el 15 de octubre": "desde" is also "from")
    if _RANGE_END_AFTER.match(ctx.text, span[1]) is not None:
        return False
    # (a language whose "since" is never "from", English: past whatever future the sentence tells elsewhere after a
    # perfect in its clause, "Jobs, who has been on leave since January, is expected to return", in a phrase set off by
    # commas, "The law, in force since May, will be reviewed", at the sentence's end, "will stay near the levels seen
    # since March.", or as a record's bound, "the third deal since October";
    # not after a future or modal perfect, "will have been shut since August"; and "since" as "because" in a sentence
    # that moves a date, "moved to June since May is too early", is no "since" at all)
    pb = getattr(lang.mod, "SINCE_PAST_BEFORE", None)
    if pb is not None and sm is not None:
        sc = lang.mod.SINCE_CAUSAL
        if sc[0].match(ctx.text, span[1]) is not None and sc[1].search(sentence_before(ctx.text, sm.start(), 120)):
            return False
        if lang.mod.SINCE_FUTURE_PERFECT.search(ctx.text, max(0, sm.start() - 80), sm.start()) is None:
            if (pb[0].search(ctx.text, max(0, sm.start() - 60), sm.start()) is not None
                    or (pb[1].search(ctx.text, max(0, sm.start() - 40), sm.start()) is not None
                        and pb[2].match(ctx.text, span[1]) is not None)
                    or pb[3].match(ctx.text, span[1]) is not None):
                return True
    return tense(ctx, *span) <= 0


_RANGE_END_AFTER = re.compile(r"\s*,?\s*(?:-|\u2013|to|through|until|till|hasta|al|a|até|ao|à|au|jusqu['\u2019]?\s*(?:au|à|"
                              r"en)|bis(?:\s+zum)?|إلى|حتى|hadi|mpaka|tot|hingga|sampai)\s+\S{0,15}\s*\d{1,2}\b"
                              r"(?!\s*(?:%|percent|per\s+cent|por\s+ciento|pour\s+cent|prozent))", re.I)


LATE_MONTH = 10  # see _anchor_year


def _phrase_past(ctx, span):
    """Is the year-less date at span held in the past by its phrase: after "since", governed by a past verb ("One was
    sent to Washington on July 6"), or opening a sentence whose main clause is past ("In March, he debuted")?"""
    return _since(ctx, span) or governed_past(ctx, span[0]) or intro_past(ctx, *span)


_WORD = re.compile(r"[^\W\d_]+")


def _narrative_year(ctx, span):
    """The year of a story told in the past that a year-less season continues in the next sentence ("In April 1995,
    the two sides met in Geneva. The talks followed in the autumn": 1995): the last mention is a month or a day written
    with its year, two or more years before the reference date, in the sentence right before this one, which is not
    told of the future nor names a day of the telling ("..., the minister said on Tuesday"). None otherwise. (Also for
    a bare month, "He died in May 2001. The funeral was held in June": en-dev's check half lost 1-2 mentions, tune
    unchanged; left out.)"""
    ref = ctx.ref
    lv = ctx.last_value
    if (span is None or ref is None or ctx.last_kind != "absolute" or ctx.last_gran not in ("month", "day")
            or not lv[:4].isdigit() or ref.year - int(lv[:4]) < 2 or not 0 < span[0] - ctx.last_end <= 300):
        return None
    text = ctx.text
    cur = span[0] - len(sentence_before(text, span[0], 300))  # where this sentence starts
    if not ctx.last_end <= cur or crosses_sentence(text, ctx.last_end, cur - 1) or tense(ctx, *span) > 0:
        return None
    sent = text[cur:span[0]] + sentence_after(text, span[1], 200)
    if any(_norm_word(w) in ctx.lang.weekdays or _norm_word(w) in ctx.lang.reldays for w in _WORD.findall(sent)):
        return None
    return int(lv[:4])


def _anchor_year(ctx, month, day=None, direction=None, span=None):
    """Year for a year-less month (and day); returns (year, kind) or (None, kind)."""
    ref = ctx.ref
    if direction is None:
        year = _year_just_before(ctx, span)
        if year is None and day is not None:
            year = _range_end_year(ctx, span, month)
        if year is None:
            year = _sentence_year(ctx, span)
        if year is not None:
            return year, "anchored"
    if ref is None:
        if ctx.doc_year is not None and direction is None:
            if (month >= LATE_MONTH and ctx.doc_year == ctx.ref_year and span is not None
                    and (_phrase_past(ctx, span) or _told_past(ctx, span))):
                # a text dated by its year only: a late month told in the past is last year's unless the text was
                # written after it, which few days of the year are (a past October: 2 in 12 months)
                return ctx.ref_year - 1, "anchored"
            return ctx.doc_year, "anchored"
        if direction == 0 and ctx.ref_year is not None:  # "this December" in a text dated by its year only
            return ctx.ref_year, "relative"
        return None, "anchored" if direction is None else "relative"
    mf = getattr(ctx.lang.mod, "MONTH_FIGURES", None)  # (English only)
    if (mf is not None and direction is None and day is None and span is not None and 0 < (ref.month - month) % 12 <= 3
            and (mf[0].search(ctx.text, max(0, span[0] - 40), span[0]) or mf[1].match(ctx.text, span[1]))):
        # the figures of one of the last three months ("Figures for February will be released next week", said in
        # March): that month, done, however their release is told (not a month to come: "Sales for April are
        # expected to rise")
        return (ref.year if month < ref.month else ref.year - 1), "anchored"
    pd = getattr(ctx.lang.mod, "PERIOD_ENDED_BEFORE", None)  # (English only: "the quarter ended March 31")
    if direction is None and span is not None and pd is not None and pd.search(ctx.text, max(0, span[0] - 40), span[0]):
        # the end of a period told as over: the last such day or month
        end = safe_date(ref.year, month, day or 1)
        return (ref.year if end is None or end <= ref else ref.year - 1), "anchored"
    pe = getattr(ctx.lang.mod, "MONTH_PERIOD_END", None)  # (English only: "the fiscal year ending in March")
    this_end = safe_date(ref.year, month, day or 1)
    if (pe is not None and direction is None and span is not None and this_end is not None
            and (not 1 <= (ref.month - month) % 12 <= 3 if day is None else
                 not 0 < (ref - (this_end if this_end <= ref else safe_date(ref.year - 1, month, day) or ref)).days <= 92)
            and pe[0].search(ctx.text, max(0, span[0] - 40), span[0])):
        # the month (or day) a period ends with, in the present participle: the period still running, whose end is the
        # next such month, on a sign that it is (the module's: a future, a modal or a verb of expectation before it,
        # "expects a loss for the year ending in March"; a future as its verb after it; a forecast for it made, changed
        # or kept, "cut its forecast for ..."); without one, and for an end just gone by, the rules below, as for any
        # month ("Sales in the year ending in June fell", "The report covers the year ending in June")
        if (pe[3].search(ctx.text, max(0, span[0] - 120), span[0]) is not None or pe[2].match(ctx.text, span[1])
                or pe[1].search(sentence_before(ctx.text, span[0], 120)) is not None):
            return (ref.year if this_end >= (ref.replace(day=1) if day is None else ref) else ref.year + 1), "anchored"
    if direction is None and span is not None and _phrase_past(ctx, span):
        # after "since", or held by a past verb's phrase ("One was sent to Washington on July 6"): the last such month
        # or day, up to the reference date
        if day is None:
            return (ref.year if month <= ref.month else ref.year - 1), "anchored"
        d = safe_date(ref.year, month, day)
        if d is not None and (d <= ref or safe_date(ref.year - 1, month, day) is not None):
            return (ref.year if d <= ref else ref.year - 1), "anchored"
    pn = getattr(ctx.lang.mod, "PLAN_NEAREST", None)  # (Spanish only; compiled by the module)
    if (pn is not None and direction is None and day is not None and span is not None
            and pn.search(sentence_before(ctx.text, span[0], 110) + "\x00" + sentence_after(ctx.text, span[1], 110))):
        # a day set by a past act that sets it a bounded time ahead ("El Gobierno convocó elecciones para el 9 de
        # abril"): the nearest such day, the past one when it is nearer (said in May: that April; in November: the next);
        # the module's pattern reads the sentence before the day, "\x00", and the sentence after it
        near = [d for d in (safe_date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)) if d is not None]
        if near:
            return min(near, key=lambda d: abs((d - ref).days)).year, "anchored"
    if direction is None and span is not None and tense(ctx, *span) > 0:
        # said of the future: the next such month/day (unless it is barely past: a deadline reported late), or the
        # next after an earlier date of its sentence that tells when it was said ("Am 3. März wurde die Frist auf den
        # 30. April verlängert", said in June: that April)
        told = _told_on(ctx, span)
        if told is not None:
            return told.year + (1 if (month, day or 31) < (told.month, told.day) else 0), "anchored"
        if day is None:
            return (ref.year if month >= ref.month else ref.year + 1), "anchored"
        d = safe_date(ref.year, month, day)
        if d is not None and d < ref and (ref - d).days > 14:
            return ref.year + 1, "anchored"
        return ref.year, "anchored"
    plan_days = getattr(ctx.lang.mod, "PLAN_PRESENT_PAST_DAYS", None)  # with plan_clause (German only)
    plan_clause = getattr(ctx.lang.mod, "plan_clause", None)
    if (plan_days is not None and plan_clause is not None and direction is None and span is not None
            and plan_clause(ctx.text, *span)):  # (not told of the future: that returned above)
        # a plan told in the present (German "Die Wahl findet am 27. Oktober statt", the date inside the bracket):
        # the coming one, unless it is barely past (an event reported in the present soon after it)
        if day is None:
            return (ref.year if month >= ref.month or ref.month - month <= plan_days // 30 else ref.year + 1), \
                "anchored"
        d = safe_date(ref.year, month, day)
        if d is not None and d < ref and (ref - d).days > plan_days:
            return ref.year + 1, "anchored"
        return ref.year, "anchored"
    if direction is None:  # news bias: the past occurrence unless the next one is close ahead (or told in the past)
        if day is None:
            end = _month_range_end(ctx, month, span)
            if end is not None:  # "entre enero y septiembre" said in November: the year its later month ends it in
                month, span = end
            ahead = (month - ref.month) % 12
            return (ref.year + (1 if month < ref.month else 0) if ahead <= 3 and not _told_past(ctx, span) else
                    ref.year - (1 if month > ref.month else 0)), "anchored"
        d = safe_date(ref.year, month, day)
        if d is None:
            return ref.year, "anchored"
        if _told_past(ctx, span):
            return (ref.year if d <= ref else ref.year - 1), "anchored"
        if d < ref and (safe_date(ref.year + 1, month, day) or d) - ref <= dt.timedelta(days=90):
            return ref.year + 1, "anchored"
        if d > ref and (d - ref).days > 90:
            return ref.year - 1, "anchored"
        return ref.year, "anchored"
    if direction < 0:  # most recent strictly before the reference month (or day)
        if day is None:
            return (ref.year if month < ref.month else ref.year - 1), "relative"
        d = safe_date(ref.year, month, day)
        return (ref.year if d is not None and d <= ref else ref.year - 1), "relative"
    if direction > 0:
        if day is None:
            return (ref.year if month > ref.month else ref.year + 1), "relative"
        d = safe_date(ref.year, month, day)
        return (ref.year if d is not None and d >= ref else ref.year + 1), "relative"
    return ref.year, "relative"  # "this May"


_DAY_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_DAY_WORDS.update({"thirtieth": 30})


def _day_word(w):
    """'eighth' -> 8, 'twenty-first' -> 21 (English spoken dates)."""
    w = re.sub(r"[\s-]+", " ", w.lower()).split()
    if len(w) == 2 and w[0] in ("twenty", "thirty"):
        return (20 if w[0] == "twenty" else 30) + _DAY_WORDS.get(w[1], 99)
    return _DAY_WORDS.get(w[0]) if len(w) == 1 else None


def _story_year(ctx, gd, s):
    """The year a phrase of the story names ("in March of that year", "de ese año", "l'année suivante": groups
    thatyear, thatnext, thatprev): the year of the last date the text told, shifted by one for the next or the
    previous; without one, the reference year likewise. None when the phrase names no such year."""
    if gd.get("thatyear") or gd.get("thatyear2"):
        off = 0
    elif gd.get("thatnext") or gd.get("thatnext2"):
        off = 1
    elif gd.get("thatprev"):
        off = -1
    else:
        return None
    anchor = ctx.anchor
    if anchor is not None and anchor[0][:4].isdigit() and s - ctx.last_end <= 2000:
        return int(anchor[0][:4]) + off, "anchored"
    if off == 0:
        return None  # "That October, fighting resumed" with no year told: the month as any other (its tense decides)
    if ctx.ref is not None:
        return ctx.ref.year + off, "relative"
    return "", "anchored"


def _weekday_of(y, month, day):
    d = safe_date(y, month, day)
    return None if d is None else d.weekday()


def _leap_day(ref, step):
    """The February 29 nearest the reference date on the side of step (-1 before it, 1 after it)."""
    y = ref.year
    while not (calendar.isleap(y) and (dt.date(y, 2, 29) <= ref if step < 0 else dt.date(y, 2, 29) >= ref)):
        y += step
    return dt.date(y, 2, 29)


def r_date(ctx, gd, s, e):
    month = _lookup(ctx.lang.months, gd.get("month") or gd.get("monthb"))
    if month is None and gd.get("mnum"):
        month = int(gd["mnum"])
    if month is None and gd.get("dlmonth"):  # a month's abbreviation read only in a dateline ("Madrid, 12 may (EFE)")
        month = getattr(ctx.lang.mod, "DATELINE_MONTHS", {}).get(_norm_word(gd["dlmonth"]))
    dayw = gd.get("dayw") or gd.get("dayw2") or gd.get("ord")  # "الخامس من أغسطس": an ordinal word
    day = (int(re.match(r"\d+", gd["day"]).group()) if gd.get("day") else
           (_lookup(ctx.lang.ords, dayw) or _num(ctx, dayw) or _day_word(dayw)) if dayw else None)
    if day is not None and day > 31:
        return None
    if gd.get("lastday") and month is not None:  # "el último día de febrero": the month's last day (28 to anchor
        day = 28  # its year; set to the month's end below)
    if month is None or day is None:
        return None
    if ctx.lang.date_block_before is not None and ctx.lang.date_block_before.search(ctx.text, max(0, s - 20), s):
        return []  # a street or a programme named after a date: no mention, and not its month alone either
    year = _g(gd, "year")
    if year:
        y = int(year)
        kind = "absolute"
    elif _g(gd, "yy"):
        y = two_digit_year(int(_g(gd, "yy").lstrip("'")), ctx.ref)
        kind = "absolute"
    elif (sy := _story_year(ctx, gd, s)) is not None:
        y, kind = sy
    elif gd.get("ydir") and _lookup(ctx.lang.dirs, gd["ydir"]) is not None:  # "March 20 last year"
        if _this_year(ctx) is None:
            return "", "day", "relative"
        y, kind = _this_year(ctx) + _lookup(ctx.lang.dirs, gd["ydir"]), "relative"
    elif (not _g(gd, "dir") and (ty := ctx.told_days.get("%02d-%02d" % (month, day))) is not None
          and 0 <= (_this_year(ctx) or ty) - ty <= 2 and tense(ctx, s, e) <= 0):
        # the day the text wrote earlier with its year, written again without it and not told of the future ("the
        # attack on Jan. 6, 2021 ... the committee investigating Jan. 6"): that day; not a day of long ago, whose
        # anniversary the text may be telling ("the bombing on April 15, 2013 ... this year's race on April 15")
        y, kind = ty, "anchored"
    else:
        y, kind = _anchor_year(ctx, month, day, _lookup(ctx.lang.dirs, _g(gd, "dir")), (s, e))
        wd = (_lookup(ctx.lang.weekdays, gd.get("weekday")) if getattr(ctx.lang.mod, "WEEKDAY_PICKS_YEAR", False)
              else None)
        if wd is not None and isinstance(y, int) and _weekday_of(y, month, day) not in (wd, None):
            # "Monday, Oct. 26": the year next to the anchored one whose Oct. 26 is a Monday
            y = next((c for c in (y + 1, y - 1) if _weekday_of(c, month, day) == wd), y)
    if y is None or y == "":
        return "", "day", kind
    if gd.get("lastday"):
        day = _month_end(y, month).day
    d = safe_date(y, month, day)
    if d is None and (month, day) == (2, 29) and kind != "absolute" and not gd.get("ydir") and ctx.ref is not None \
            and _year_just_before(ctx, (s, e)) is None and _sentence_year(ctx, (s, e)) is None:
        # a year-less February 29 that fell in a common year: the last one before the reference date, or the next
        # one when the text looks ahead ("next February 29", a future clause)
        d = _leap_day(ctx.ref, _lookup(ctx.lang.dirs, _g(gd, "dir")) or (
            1 if not _since(ctx, (s, e)) and tense(ctx, s, e) > 0 else -1))
    if d is None:
        return None
    return ymd(d), "day", kind


def r_dom(ctx, gd, s, e):
    """A day of the month without its month ("el pasado día 3", "el día 15"): that day in the reference month, or
    the month before/after when "pasado"/"próximo" or the distance says so (the nearest such day otherwise)."""
    day = int(re.match(r"\d+", gd["day"]).group())
    ref = ctx.ref
    if ref is None:
        return "", "day", "relative"
    if gd.get("thismonth") or gd.get("lastmonth"):  # "el 29 del actual", "am 28. d. M." (des Monats): the day of the
        # reference's month; "am 30. v. M." (vorigen Monats): of the month before
        d = safe_date(*add_months(ref.year, ref.month, -1 if gd.get("lastmonth") else 0), day)
        return (ymd(d), "day", "relative") if d is not None else None
    mdir = _lookup(ctx.lang.dirs, gd.get("mdir"))
    if mdir is not None:  # "el día 5 del próximo mes", "el 10 del mes pasado" (Spanish): that day of the month named
        d = safe_date(*add_months(ref.year, ref.month, mdir), day)
        return (ymd(d), "day", "relative") if d is not None else None
    direction = _lookup(ctx.lang.dirs, _g(gd, "dir"))
    cands = [d for d in (safe_date(*add_months(ref.year, ref.month, k), day) for k in (-1, 0, 1)) if d is not None]
    wd = _lookup(ctx.lang.weekdays, gd.get("weekday"))
    if wd is not None and any(d.weekday() == wd for d in cands):
        cands = [d for d in cands if d.weekday() == wd]  # "el miércoles 22": a month whose 22nd is a Wednesday
    elif wd is not None and getattr(ctx.lang.mod, "DOM_WEEKDAY_MUST_FIT", False):
        return None  # (English) no month near has that day on that weekday: an ordinal that is no day of the month
        # ("on Tuesday, the 3rd and final day"), read by the later rules as the weekday alone
    if direction is None:  # the tense of the sentence: "No dia 15 o presidente viajou" is the last 15th; a language
        # may read its clause too (DOM_CLAUSE_TENSE, German: "Die Frist endet am 25." is the coming 25th)
        direction = tense(ctx, s, e, clause=getattr(ctx.lang.mod, "DOM_CLAUSE_TENSE", False)) or None
    if direction is not None and direction < 0:
        cands = [d for d in cands if d <= ref]
    elif direction is not None and direction > 0:
        cands = [d for d in cands if d >= ref]
    if not cands:
        return None
    return ymd(min(cands, key=lambda d: abs((d - ref).days))), "day", "relative"


def r_month(ctx, gd, s, e):
    mw = gd.get("month")
    month = _lookup(ctx.lang.months, mw)
    if month is None:
        return None
    year = _g(gd, "year")
    yy = _g(gd, "yy")
    direction = _lookup(ctx.lang.dirs, _g(gd, "dir"))
    if year:
        return ym(int(year), month), "month", "absolute"
    if yy:
        return ym(two_digit_year(int(yy.lstrip("'")), ctx.ref), month), "month", "absolute"
    yy = _g(gd, "yypast")  # a year remembered by its last two digits (Spanish "el crac del 29"): the last such year
    if yy:
        last = ctx.ref.year if ctx.ref is not None else ctx.ref_year
        y = two_digit_year(int(yy), None) if last is None else last - (last - int(yy)) % 100
        return ym(y, month), "month", "absolute"
    sy = _story_year(ctx, gd, s)
    if sy is not None:
        return (ym(sy[0], month) if sy[0] != "" else ""), "month", sy[1]
    sdir = _g(gd, "sdir")
    if sdir:  # "the following January", "the previous December" (an English rule's group): from the story's last date
        step = -1 if sdir.lower() in ("previous", "preceding") else 1
        anchor = ctx.anchor
        if anchor is not None and anchor[0][:4].isdigit() and s - ctx.last_end <= 2000:
            ay = int(anchor[0][:4])
            am = int(anchor[0][5:7]) if anchor[1] in ("day", "month") else None
            if am is None and anchor[0][4:6] == "-W" and anchor[0][6:8].isdigit():
                # a week ("Applications opened this week, and the course begins the following September"): its month
                am = _iso_week_month(ay, int(anchor[0][6:8]))
            elif am is None and anchor[0][4:6] == "-Q" and anchor[0][6:7] in "1234":
                am = 3 * int(anchor[0][6]) - 1  # a quarter: its middle month
            if am is None:
                return ym(ay + step, month), "month", "anchored"
            return ym(ay + (0 if (month > am if step > 0 else month < am) else step), month), "month", "anchored"
        # (no date told before it: the month as a bare one, its tense deciding)
    ydir = _lookup(ctx.lang.dirs, _g(gd, "ydir"))
    if ydir is not None:
        if _this_year(ctx) is None:
            return "", "month", "relative"
        return ym(_this_year(ctx) + ydir, month), "month", "relative"
    if direction is None:
        w = _norm_word(mw)
        if ctx.lang.month_block.match(ctx.text, e):
            return None
        if ctx.lang.month_name is not None:  # "Pino Aprile", "Plaza de Mayo": names
            name_after, not_after, never_after = ctx.lang.month_name
            ms = ctx.match.start("month")
            before = ctx.text[max(0, ms - 40):ms]
            if never_after is not None and never_after.search(before):
                return None
            if mw[:1].isupper() and name_after.search(before) and not (not_after and not_after.search(before)):
                return None
        if w not in ctx.lang.full_months and not mw.endswith("."):
            return None  # bare abbreviation ("Jan" Kavan)
    # "cued": the rule saw the month's cue itself (a month compound, a list of months)
    if direction is None and _norm_word(mw) in ctx.lang.ambiguous_months:
        before = ctx.text[max(0, s - 20):s]
        if not gd.get("cued") and not ctx.lang.month_cue.search(before):
            return None
        rep = re.compile(r"\s*,\s*" + re.escape(mw) + r"(?!\w)", re.I)
        if rep.match(ctx.text, e) or re.search(re.escape(mw) + r"\s*,\s*$", before, re.I):
            return None  # a month said twice is a cry ("April, April!"), not a list of months
    y, kind = _anchor_year(ctx, month, None, direction, (s, e))
    lv = ctx.last_value
    if (direction is None and y is not None and ctx.last_gran == "month" and 0 <= s - ctx.last_end <= 6
            and lv[:4].isdigit() and int(lv[5:7]) < month):
        y = int(lv[:4])  # the next month of a list ("April, May and June"): the list's year
    elif (direction is None and y is not None and ctx.last_gran == "month" and 0 <= s - ctx.last_end <= 12
          and lv[:4].isdigit() and int(lv[5:7]) > month
          and ctx.text[ctx.last_end:s].strip().lower() in ctx.lang.range_words | {"-", "\u2013"}):
        y = int(lv[:4]) + 1  # the end of a range across the new year ("von Dezember bis März"): the year after
    return (ym(y, month) if y is not None else ""), "month", kind


def r_year(ctx, gd, s, e):
    y = int(_g(gd, "year"))
    text = ctx.text
    before = text[max(0, s - 25):s]
    # (a cue word the rule took in, "mwaka 1505", "im Jahr 578", vouches for the year whatever stands before it)
    if ctx.lang.year_block_before.search(before) and not gd.get("cued"):
        ya = ctx.lang.year_approx  # "around 1970." where a count would go on ("around 2000 people")
        if ya is None or not (ya[0].search(before) and ya[1].match(text, e)):
            return None
    if ctx.lang.year_block_after.match(text, e) and not ctx.lang.year_sure_cue.search(before):
        return None
    amount = getattr(ctx.lang.mod, "year_is_amount", None)  # a language's reading of its clause (German "um 1600")
    if amount is not None and amount(text, s, e):
        return None
    cue = ctx.lang.year_cue.search(before) or gd.get("cued") is not None  # "cued": the rule's own ("im Jahr 578")
    if y < 1800 and not cue:
        return None
    if y > 2100:
        return None
    return "%04d" % y, "year", "absolute"


def r_yy(ctx, gd, s, e):
    """Apostrophe year: '98."""
    return str(two_digit_year(int(gd["yy"].lstrip("'")), ctx.ref)), "year", "absolute"


def r_decade(ctx, gd, s, e):
    d = _g(gd, "year")
    if d:
        if d.endswith("00") and d < "2000" and getattr(ctx.lang.mod, "HUNDREDS_ARE_CENTURIES", False):
            # "the 1800s": the 19th century (TimeML "18")
            return d[:2], "century", "absolute"
        return d[:3], "decade", "absolute"
    yy = _g(gd, "yy")
    if not yy and _g(gd, "decword"):  # "in den fünfziger Jahren", "los años cincuenta": a decade of the 1900s
        n = _lookup(ctx.lang.decade_words, gd["decword"])
        if n and n >= 100:  # a decade word of its own century ("gli anni Duemila": DECADE_WORDS value 200)
            return str(n), "decade", "absolute"
        return ("19%d" % (n // 10), "decade", "absolute") if n else None
    if yy:  # "the '80s": the latest such decade that has begun by the reference year
        if gd.get("bare"):  # "the 90s" in a sentence about temperatures or scores is no decade
            near = ctx.lang.bare_decade_not_near
            if near and near.search(sentence_before(ctx.text, s, 150) + " " + sentence_after(ctx.text, e)):
                return None
        yy = int(yy.lstrip("'"))
        y = 2000 + yy if ctx.ref is not None and 2000 + yy <= ctx.ref.year else 1900 + yy
        if ctx.ref is None:
            y = two_digit_year(yy, None)
        return str(y)[:3], "decade", "absolute"
    return None


_LISTED_GAP = re.compile(r"\s*(?:,|y|e|o|ou|et)\s*", re.I)


def r_decade_listed(ctx, gd, s, e):
    """The next decade of a list, written as a bare number or word: "los años 80 y 90", "les années 1980 et 1990",
    "gli anni '60, '70 e '80". A decade only right after one; a two-digit one in the century of the one before
    ("los años 90 y 00" of the 2000s)."""
    if ctx.last_gran != "decade" or not (ctx.last_value or "").isdigit() or not _LISTED_GAP.fullmatch(
            ctx.text, ctx.last_end, s):
        return None
    yy = _g(gd, "yy")
    prev = int(ctx.last_value) * 10
    if not yy:
        r = r_decade(ctx, gd, s, e)
        y = int(r[0]) * 10 if r and r[0].isdigit() and len(r[0]) == 3 else None
    else:
        y = int(ctx.last_value[:2]) * 100 + int(yy.lstrip("'\u2019"))
        if y < prev:
            y += 100
        r = (str(y)[:3], "decade", "absolute")
    # a list goes forward, a few decades at most ("los años 80, 30 y 40" is no list of decades)
    return r if y is not None and prev < y < prev + 50 else None


def r_century(ctx, gd, s, e):
    n = gd.get("cnum") or gd.get("cnumw") or gd.get("ord")
    if n is None:
        return None
    if n.isdigit():
        c = int(n)
    else:
        c = _roman(n) or _lookup(ctx.lang.ords, n)
    if not c or c > 21:
        return None
    return "%02d" % (c - 1), "century", "absolute"  # TimeML: "19" is the 20th century


def _roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    s = s.upper()
    if not s or any(ch not in vals for ch in s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


def r_quarter(ctx, gd, s, e):
    q = gd.get("qn")
    q = int(q) if q else 4 if gd.get("qlast") else _lookup(ctx.lang.ords, gd.get("ord"))  # "qlast": the final one
    if not q and gd.get("qmonth"):  # "the April-June quarter" (a rule's qmonth/qmonthb): the calendar quarter they bound
        a, b = _lookup(ctx.lang.months, gd["qmonth"]), _lookup(ctx.lang.months, gd.get("qmonthb"))
        q = (a + 2) // 3 if a and b and a % 3 == 1 and b == a + 2 else None
    if not q and gd.get("qend"):  # "the December quarter": the quarter that ends with the month
        m = _lookup(ctx.lang.months, gd["qend"])
        q = m // 3 if m and m % 3 == 0 else None
    if not q or q > 4:
        return None
    year = _g(gd, "year")
    if year:
        return "%s-Q%d" % (year, q), "quarter", "absolute"
    yy = _g(gd, "yy")
    if yy:
        return "%d-Q%d" % (two_digit_year(int(yy.lstrip("'")), ctx.ref), q), "quarter", "absolute"
    qg = ctx.lang.quarter_game
    if qg is not None and not (_g(gd, "dir") or gd.get("ydir") or gd.get("ofdir") or gd.get("yago")):
        near = _around(ctx, s, e)
        if qg[0].search(near) and not qg[1].search(near):
            return None  # a game's quarter ("For the first quarter, the home forwards could not win the ball")
    ydir = _lookup(ctx.lang.dirs, gd.get("ydir") or gd.get("ofdir"))
    if ctx.ref is None:
        if ydir is not None:  # "the first quarter of last year" in a text dated by its year only
            return ("%d-Q%d" % (ctx.ref_year + ydir, q) if ctx.ref_year else ""), "quarter", "relative"
        if ctx.doc_year is not None:
            return "%d-Q%d" % (ctx.doc_year, q), "quarter", "anchored"
        return "", "quarter", "anchored"
    direction = _lookup(ctx.lang.dirs, _g(gd, "dir"))
    ry, rq = quarter_of(ctx.ref)
    y = ry
    if ydir is not None:  # "next year's first quarter", "the first quarter of last year"
        return "%d-Q%d" % (ry + ydir, q), "quarter", "relative"
    if gd.get("yago"):  # "the year-ago third quarter"
        return "%d-Q%d" % (ry - 1, q), "quarter", "relative"
    if direction is not None and direction < 0 and q >= rq:
        y -= 1
    elif direction is not None and direction > 0 and q <= rq:
        y += 1
    elif direction is None and q > rq and not gd.get("fiscal") and _quarter_told_done(ctx, s, e, q):
        y -= 1  # a quarter not yet begun, told in the past ("GM lost $722 million in the fourth quarter"): last year's
        # (not a quarter with "fiscal" in its mention where a language's rule marks it, group "fiscal": the quarter
        # of the company's fiscal year, named as such, not a calendar quarter told done)
    if direction is None and ctx.story_quarter is None and (y, q) < (ry, rq):
        ctx.story_quarter = ("%d-Q%d" % (y, q), e)  # (a completed quarter: one to come is no report's)
    return "%d-Q%d" % (y, q), "quarter", "anchored"


def _report_quarter(ctx, s):
    """The quarter 'the year-earlier period', 'a year earlier' at s compares with: the last one told, but the report's
    own (Ctx.story_quarter, its first completed one) when the last is an aside in a sentence of its own before the
    phrase's ("Net rose in the third quarter. It had a weak second quarter. A year earlier, ...": the third; also
    after an outlook's quarter in a sentence of its own: "... expects a stronger fourth quarter. A year earlier, ...");
    not when the last is in the phrase's sentence ("GM's third-quarter profit fell 20 percent from a year earlier",
    "expects fourth-quarter sales to rise 5 percent from a year earlier"); the more recent of the two when it shares
    its sentence with the report's ("Compared with the second quarter, third-quarter revenue rose 5 percent. It rose
    ..."); the report's own when the last is a record's bound after "since" (the language's QUARTER_BOUND_BEFORE)."""
    lv, le = ctx.last_quarter
    sq = ctx.story_quarter
    if sq is None or sq[0] == lv:
        return lv
    bound = getattr(ctx.lang.mod, "QUARTER_BOUND_BEFORE", None)  # (English only: "the highest since the fourth
    if bound is not None and bound.search(ctx.text, max(0, le - 60), le) is not None:  # quarter of 2012")
        return sq[0]  # (a record's bound, in any sentence: never the compared quarter)
    if not crosses_sentence(ctx.text, le, s):
        return lv
    if lv[:4].isdigit() and int(lv[:4]) <= int(sq[0][:4]) - 2:
        return sq[0]  # (a quarter of a year named years before, in a sentence before: a record's bound, "Profit was
        # the highest since the second quarter of 2008. Revenue rose 10 percent from a year earlier")
    if not crosses_sentence(ctx.text, sq[1], le):  # (sharing the report's sentence: the more recent of the two, the
        # other is the comparison: "Third-quarter revenue rose 5 percent, compared with a 2 percent gain in the second
        # quarter"; "Compared with the second quarter, third-quarter revenue rose 5 percent")
        if _QUARTER_VALUE.match(lv) and _QUARTER_VALUE.match(sq[0]):
            return max(lv, sq[0])
        return lv
    return sq[0]


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]$")


def _around(ctx, s, e):
    """The mention's sentence around it (up to 150 characters before it): where a game's words tell a game's half or
    quarter."""
    return " ".join((sentence_before(ctx.text, s, 150), ctx.text[s:e], sentence_after(ctx.text, e)))


_YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _quarter_told_done(ctx, s, e, q):
    """Is a quarter not yet begun this year told as done: in the past, or, with no tense told, by the figure it names
    right after it ("I am surprised at the weak fourth quarter number": a quarter's figures come after its end;
    QUARTER_FIGURE_AFTER)?"""
    t = tense(ctx, s, e)
    if t < 0 or _phrase_past(ctx, (s, e)):  # (or held by a past verb's phrase, as a month is: "Las ventas subieron en
        return True  # el tercer trimestre", "Sales rose in the third quarter", said in January: last year's)
    # (only the last quarter completed, last year's fourth told in the first: in July, "fourth-quarter earnings" are
    # still to come)
    fa = ctx.lang.quarter_figure_after
    ry, rq = quarter_of(ctx.ref)
    fb = getattr(ctx.lang.mod, "QUARTER_FIGURE_BEFORE", None)  # (English only: "figures for the fourth quarter")
    if not (t >= 0 and shift_quarter(ry, rq, -1)[1] == q
            and ((t == 0 and fa is not None and fa.match(ctx.text, e) is not None)
                 or (fb is not None and fb.search(ctx.text, max(0, s - 40), s) is not None))):
        return False
    # (not when its sentence names this year or a later one: "strong fourth-quarter sales this year", "... for 2025")
    rest = sentence_after(ctx.text, e)
    ty = ctx.lang.quarter_figure_this_year
    return not ((ty is not None and ty.search(rest))
                or any(int(y) >= ry for y in _YEAR_NUMBER.findall(rest)))


def r_half(ctx, gd, s, e):
    h = gd.get("hn")
    hw = gd.get("hw")
    if hw:  # "the last half of 1989", "the first two quarters of 1990"
        h = 1 if _norm_word(hw) in ("first",) else 2
    else:
        h = int(h) if h else _lookup(ctx.lang.ords, gd.get("ord"))
    if h not in (1, 2):
        return None
    year = _g(gd, "year")
    if year:
        return "%s-H%d" % (year, h), "half", "absolute"
    ofdir = _lookup(ctx.lang.dirs, gd.get("ofdir"))  # "the second half of last year"
    if ofdir is not None:
        return ("%d-H%d" % (_this_year(ctx) + ofdir, h) if _this_year(ctx) else ""), "half", "relative"
    game = ctx.lang.half_game_near  # "a second-half try", "scored in the first half": a game's
    if game and game.search(_around(ctx, s, e)):
        return None
    y = ctx.ref.year if ctx.ref else ctx.doc_year
    if ctx.ref and h == 2 and ctx.ref.month <= 6 and tense(ctx, s, e) < 0:
        y -= 1  # the second half told in the past during the first: last year's
    return ("%d-H%d" % (y, h) if y else ""), "half", "anchored"


_ABILITY_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?can\b", re.I)  # "the heat in the summer can dry the fields": any summer
_EXPECT_BEFORE = re.compile(r"\b(?:should|may|might|could|expects?|hopes?)\b", re.I)  # "should stay strong into the summer"


# a participle opening a phrase after a comma ("during the winter, followed by a season of racing, is ..."): no tense
# (closed by a second comma before its clause's verb: "the firm, Acme, moved to Texas" is a finite past)
_PARTICIPLE_PHRASE = re.compile(r"(?<=,\s)\w+ed\s+(?:with|by|on|to|in|for|from|as)\b[^,.;]*,", re.I)


def _tensed_after(ctx, e):
    """The tense of the rest of the sentence after a mention ("Over the summer, rivals offered"): the first past or
    future cue, -1 or +1; 0 without one."""
    post = sentence_after(ctx.text, e)
    p = next((m for m in ctx.lang.past_cue.finditer(post) if not _PARTICIPLE_PHRASE.match(post, m.start())), None)
    f = ctx.lang.future_cue.search(post)
    if p is None and f is None:
        return 0
    return -1 if f is None or (p is not None and p.start() < f.start()) else 1


def r_season(ctx, gd, s, e):
    se = _lookup(ctx.lang.seasons, gd.get("season"))
    if se is None:
        return None
    year = _g(gd, "year")
    if year:
        return "%s-%s" % (year, se), "season", "absolute"
    ydir = _lookup(ctx.lang.dirs, _g(gd, "ydir"))  # "im Herbst vergangenen Jahres": the season of that year
    if ydir is not None:
        if _this_year(ctx) is None:
            return "", "season", "relative"
        return "%d-%s" % (_this_year(ctx) + ydir, se), "season", "relative"
    direction = _lookup(ctx.lang.dirs, _g(gd, "dir"))
    if direction is None and ctx.text[s:s + 3].lower() == "the" and not ctx.lang.season_after.search(
            ctx.text, max(0, s - 12), s):
        return None  # "the summer" only after a preposition ("into the summer")
    # a season with its article alone ("the summer", Arabic "الصيف": the rule's empty group "bare") in a sentence
    # without past or future tense is any such season
    if (direction is None and (ctx.text[s:s + 3].lower() == "the" or gd.get("bare") is not None)
            and getattr(ctx.lang.mod, "GENERIC_SEASONS", False)
            and tense(ctx, s, e) == 0 and (not _tensed_after(ctx, e) or _ABILITY_AFTER.match(ctx.text, e))
            and not _EXPECT_BEFORE.search(sentence_before(ctx.text, s))):
        return None  # "In the winter, enjoy the skiing": any winter, not a dated one
    if ctx.ref is None:
        if direction is None and ctx.doc_year is not None:
            return "%d-%s" % (ctx.doc_year, se), "season", "anchored"
        if direction == 0 and ctx.ref_year is not None:  # "this summer" in a text dated by its year only
            return "%d-%s" % (ctx.ref_year, se), "season", "relative"
        return "", "season", "relative" if direction is not None else "anchored"
    ref = ctx.ref
    if direction is None:
        ny = _narrative_year(ctx, (s, e))
        if ny is not None:  # "In April 1995, the talks began. They ended in the autumn": 1995's
            return "%d-%s" % (ny, se), "season", "anchored"
    order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
    cur = {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}[ref.month]
    if ref.month == 12 and se != "WI":
        cur = 4  # in December this year's spring, summer and autumn are all past: the next ones are next year's
    cy = ref.year + (1 if ref.month == 12 else 0)  # winter labelled by the year it ends in (Jan/Feb)
    y = ref.year
    if se == "WI":
        y = cy - 1  # winter Y = Dec Y .. Feb Y+1
    # "this winter" said in the autumn: the one about to begin, not the one that ended in February, unless told in the
    # past ("This winter was the mildest on record"); the tense read once for this and the branch below
    autumn_winter = se == "WI" and direction == 0 and cur == 3
    told = tense(ctx, s, e) if autumn_winter or (not direction and order[se] != cur) else 0
    winter_ahead = autumn_winter and told >= 0
    if winter_ahead:
        y += 1
    if direction is not None and direction < 0 and order[se] >= cur:
        y -= 1
    elif direction is not None and direction > 0 and order[se] <= cur:
        y += 1
    # "in the spring", "this winter" said in the summer: the next one if said of the future
    elif not direction and order[se] != cur and not winter_ahead:
        t = told or (_tensed_after(ctx, e) if getattr(ctx.lang.mod, "GENERIC_SEASONS", False) else 0)
        if t > 0 and order[se] < cur:
            y += 1
        elif t < 0 and order[se] > cur and direction is None:  # "this summer", said in spring, is this year's
            y -= 1
    return "%d-%s" % (y, se), "season", "relative" if direction is not None else "anchored"


def _is_news(ctx):
    """Does the text read as a news report (the language's NEWS_CUE: "gestern", a clock time)? Cached per text."""
    if ctx.news is None:
        ctx.news = ctx.lang.news_cue.search(ctx.text) is not None
    return ctx.news


_CLAUSE_END = re.compile(r"[.!?;:,\"\u201c\u201d\u201e\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u3001]")
# ... before "today", not the point or comma of a number right before it, with its unit's words ("lost almost 1,000
# points today", "perdió casi 1.000 puntos hoy", "cayó un 5,4% hoy": the verb is on that side); a number
# further back, before "y"/"and" or more words, still ends it ("Perdió 3.000 euros y hoy vive en la calle": then and
# now); after "today", as before ("Today 2.5 million young people have no job": no verb further on makes it the day)
_NUMBER_TO_TODAY = re.compile(r"\d[\d.,]*\s?[%\u2030\u20ac$\u00a3]?"
                              r"(?:\s+(?!(?:y|e|o|u|ni|pero|mientras|and|or|but|while)(?!\w))[^\W\d]+){0,3}\s+", re.I)
# words that open a subordinate clause after "today" (complementizers and relative pronouns; not German "der/die/das",
# which are also articles)
_SUBORDINATE = re.compile(r"(?<!\w)(?:that|which|who|que|qui|qu['\u2019]|che|cui|dass|что|который|которая|которые|"
                          r"أن|أنه|الذي|التي)(?!\w)", re.I)


def _today_event(ctx, s, e):
    """Is "today" the day of an event told in its clause ("hat heute Geschichte geschrieben", "sagte heute")?"""
    lang = ctx.lang
    rx = lang.today_date_near
    if rx is None and lang.today_near_before is None and lang.today_near_after is None:
        return False
    text = ctx.text
    a = max(0, s - 80)
    for m in reversed(list(_CLAUSE_END.finditer(text, a, s))):
        i = m.start()
        if (text[i] in ".," and i > 0 and text[i - 1].isdigit() and i + 1 < len(text) and text[i + 1].isdigit()
                and _NUMBER_TO_TODAY.fullmatch(text, i + 1, s)):
            continue  # the point or comma of a number right before "today"
        a = m.end()
        break
    m = _CLAUSE_END.search(text, e, min(len(text), e + 80))
    b = m.start() if m else min(len(text), e + 80)
    m = _SUBORDINATE.search(text, e, b)  # "Oggi la scienza rivela che ... ha costretto": the verb of another clause
    if m is not None:
        b = m.start()
    if lang.today_near_before is not None or lang.today_near_after is not None:
        return _near_this_today(lang, text, a, b, s, e)
    return rx.search(text, a, b) is not None


def _near_this_today(lang, text, a, b, s, e):
    """A cue of the clause [a, b) next to the "today" at text[s:e] itself: before it (a search that ends at s) or
    after it (a match from e). Not a search of the clause for a cue next to any "today" in it, which costs a scan of
    the rest of the clause from each of them."""
    if lang.today_near_before is not None and lang.today_near_before.search(text, a, s):
        return True
    return (lang.today_near_after is not None and lang.today_near_after.match(text, e, b) is not None
            and not (lang.today_near_held is not None and lang.today_near_held.search(text, a, s)))


def _word_end(text, s, e, word):
    """End of the first occurrence of `word` in text[s:e] (case-insensitive), or s."""
    i = text[s:e].lower().find(word.lower())
    return s + i + len(word) if i >= 0 else s


_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\"\u201c\u201e\u00ab\u00bb(\n])\s*$")
# a dateline's place and its dash opening a line ("Auer – Gestern stürzte ein Arbeiter", "Sand in Taufers - Morgen
# wird ..."; not a title opened by an article, "Die Stadt – Gestern und Heute"): the story's sentence starts after the
# dash
_DATELINE_DASH = re.compile(r"(?:\A|\n)[ \t]*(?!(?:Der|Die|Das|Ein|Eine|Einer|Mein|Meine|Unser|Unsere)\b)"
                            r"[A-ZÄÖÜ][\w.'\u2019/-]*(?:[ \t]+(?:[A-ZÄÖÜ][\w.'\u2019/-]*|in|im|am|an|bei|ob|auf))*"
                            r"[ \t]+[\u2013-][ \t]*$")
# ... and a capitalized day word coordinated with another or repeated with "für" is the noun in any place, a title's
# ("Gestern und Heute", "Heute oder Morgen", "Morgen für Morgen", every morning); two adverbs are written in lower case
# after the first ("Heute und morgen wird gestreikt")
_NOUN_PAIR_AFTER = re.compile(r"\s+(?:und|oder|für)\s+([A-ZÄÖÜ]\w*)")
# (the dateline's day word opens a sentence only when the verb, a word in lower case, or a time of day follows it
# ("Auer – Gestern stürzte", "Prad – Gestern Abend brannte"); before a comma, a colon, a full stop or the end it is a
# title's noun: "Literatur – Heute.", "Bozen – Gestern, Heute, Morgen", "Brixen – Gestern: Bilder")
_DATELINE_NEXT = re.compile(r"[ \t]+(?:[a-zäöüß]|(?:Vormittag|Nachmittag|Mittag|Abend|Morgen|Nacht|Früh)\b)")
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:am|jeden|guten|eines|einen|des|den|dem|vom|zum|diesen|diesem|der|die|das|"
                          r"ein|einem|frühen|späten|nächsten|folgenden|selben|gleichen)\s+$", re.I)


def _relday_is_noun(ctx, w, s):
    """A capitalized day word that is also a noun ("Morgen", the morning) inside a sentence or after an article or
    preposition ("am Morgen", "Jeden Morgen", "Guten Morgen"): the noun, not the adverb ("Morgen wird gewählt")."""
    if not w[:1].isupper() or w.isupper() or _norm_word(w) not in ctx.lang.relday_nouns:
        return False  # ... a word in capitals is a heading's ("MEINUNG HEUTE"), not a noun
    before = ctx.text[max(0, s - 20):s]
    i = ctx.text.find(w, s, s + 40)
    pair = _NOUN_PAIR_AFTER.match(ctx.text, i + len(w)) if i >= 0 else None
    if pair is not None and _norm_word(pair.group(1)) in ctx.lang.relday_nouns:
        return True
    if i >= 0 and _DATELINE_NEXT.match(ctx.text, i + len(w)) and _DATELINE_DASH.search(ctx.text, max(0, s - 60), s):
        return False
    return _NOUN_BEFORE.search(before) is not None or (s > 20 or before.strip()) and not _SENTENCE_START.search(
        ctx.text, max(0, s - 20), s)


def r_relday(ctx, gd, s, e):
    off = _lookup(ctx.lang.reldays, _g(gd, "relday"))
    if off is None:
        return None
    if ctx.lang.relday_nouns and _relday_is_noun(ctx, _g(gd, "relday"), s):
        return None
    if gd.get("newsonly") is not None and not _is_news(ctx):  # a rule's own: German "heutig" + any noun (de.py)
        return None
    ta = ctx.lang.today_date_after
    word_end = _word_end(ctx.text, s, e, _g(gd, "relday")) if off == 0 and ta is not None else e
    if (ctx.lang.relday_ref_after is not None and ctx.lang.relday_ref_after.search(ctx.text, max(0, s - 10), s)
            and not (off == 0 and ta is not None and ta.match(ctx.text, word_end))):
        # "von heute Abend" (this evening's) is the day; "die Welt von heute" is the present
        return ("PRESENT_REF" if off == 0 else "FUTURE_REF" if off > 0 else "PAST_REF"), "ref", "relative"
    if (off == 0 and ctx.lang.today_date_after is not None and _norm_word(_g(gd, "relday")) in ctx.lang.generic_today
            and not ta.match(ctx.text, word_end) and not gd.get("event")):  # "event": the rule saw an event noun
        tb = ctx.lang.today_date_before
        if (not _is_news(ctx) and not _today_event(ctx, s, e)  # "heute" in an essay: nowadays
                and not (tb is not None and tb.search(ctx.text, max(0, s - 40), s))):
            return "PRESENT_REF", "ref", "relative"
    if ctx.ref is None:
        return "", "day", "relative"
    return ymd(ctx.ref + dt.timedelta(days=off)), "day", "relative"


def r_ref(ctx, gd, s, e):
    if gd.get("ref") is None:
        return r_vref(ctx, gd, s, e)
    v = _lookup(ctx.lang.refs, gd.get("ref"))
    if v is None:
        return None
    if ctx.lang.news_only_refs and _norm_word(gd["ref"]) in ctx.lang.news_only_refs and not _is_news(ctx):
        return None
    if v == "TENSE_REF":  # "на днях": a near future when its clause tells one, else (as news mostly) a recent past
        v = "FUTURE_REF" if tense(ctx, s, e) > 0 else "PAST_REF"
    if v in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return v, "ref", "relative"
    return None


def _iso_week_month(year, week):
    try:
        return dt.date.fromisocalendar(year, week, 4).month  # (the week's Thursday: the month most of it is in)
    except ValueError:
        return None


_THE_PREVIOUS = re.compile(r"\bthe\s+(?:previous|preceding)\s", re.I)


def r_weekday(ctx, gd, s, e):
    wd = _lookup(ctx.lang.weekdays, gd.get("weekday"))
    if wd is None:
        return None
    if ctx.lang.weekday_block.match(ctx.text, e) or ctx.lang.weekday_block_before.search(ctx.text, max(0, s - 25), s):
        return None
    if (ctx.lang.weekday_generic is not None and not gd.get("wdir") and not gd.get("reladj") and not _g(gd, "dir")
            and ctx.lang.weekday_generic.search(ctx.text, max(0, s - 16), s)):
        return "XXXX-WXX-%d" % (wd + 1), "day", "relative"  # "held on a Thursday": any such day, not this week's
    if ctx.ref is None:
        return "", "day", "relative"
    ref = ctx.ref
    if gd.get("wdir"):  # "Montag vergangener Woche": that day of the week named
        n = _lookup(ctx.lang.dirs, gd["wdir"])
        if n is None:
            return None
        return ymd(ref + dt.timedelta(days=7 * n + wd - ref.weekday())), "day", "relative"
    off = _lookup(ctx.lang.reldays, gd.get("reladj"))
    if off is not None:  # "am morgigen Sonntag": the Sunday nearest tomorrow (a text dated the day after it was written)
        target = ref + dt.timedelta(days=off)
        back = (target.weekday() - wd) % 7
        return ymd(target - dt.timedelta(days=back) if back <= 3 else target + dt.timedelta(days=7 - back)), "day", \
            "relative"
    direction = _lookup(ctx.lang.dirs, _g(gd, "dir"))
    sdir = _g(gd, "sdir")  # "the following Thursday" (an English rule's group), "the previous Friday": from the
    if sdir or (direction == -1 and _THE_PREVIOUS.search(ctx.text, max(0, s - 4), e)):  # story's last day
        da = ctx.day_anchor
        if da is not None and da[1] == "day" and 0 <= s - da[2] <= 2000 and len(da[0]) >= 10 and da[0][:4].isdigit():
            a = safe_date(int(da[0][:4]), int(da[0][5:7]), int(da[0][8:10]))
            if a is not None:
                if sdir:
                    return ymd(a + dt.timedelta(days=(wd - a.weekday()) % 7 or 7)), "day", "anchored"
                return ymd(a - dt.timedelta(days=(a.weekday() - wd) % 7 or 7)), "day", "anchored"
        if sdir and not getattr(ctx.lang.mod, "FOLLOWING_WEEKDAY_NEEDS_ANCHOR", False):
            direction = 1  # (German: without a day before it, the tense of the clause decides, as for a bare weekday)
    delta = (ref.weekday() - wd) % 7  # days back to the most recent such weekday (0 = today)
    if direction is None:
        possessive = ctx.text[e:e + 2] in ("'s", "\u2019s")
        mod = ctx.lang.mod
        hv = getattr(mod, "WEEKDAY_HEADLINE_VERB_AFTER", None)  # (English only: the rest of these)
        if hv is not None and delta and not possessive:
            after = sentence_after(ctx.text, e, 120)
            before = ctx.text[max(0, s - 40):s]
            ahead = mod.WEEKDAY_HEADLINE_AHEAD_AFTER.match(after) is not None
            past_kind = (mod.WEEKDAY_INCIDENT_BEFORE.search(before) is not None
                         or mod.WEEKDAY_OUTCOME_AFTER.search(after) is not None)
            headline_past = (not ahead and hv.match(after) is not None
                             and mod.WEEKDAY_HEADLINE_AHEAD_BEFORE.search(before) is None)
            announced = mod.WEEKDAY_ANNOUNCED_ON.search(sentence_before(ctx.text, s, 140))
        else:
            ahead = past_kind = headline_past = False
            announced = None
        if announced is not None and not past_kind and not ahead:
            # "It was announced on Sunday that the border would reopen on Saturday": the first such day after the
            # announcement's (the last such weekday, today's included)
            awd = _lookup(ctx.lang.weekdays, announced.group("wd"))
            d = ref - dt.timedelta(days=(ref.weekday() - awd) % 7)
            d += dt.timedelta(days=(wd - d.weekday()) % 7 or 7)
        elif delta and not possessive and not past_kind and (ahead or (
                tense(ctx, s, e, clause=True) > 0 and not governed_past(ctx, s) and not intro_past(ctx, s, e)
                and not headline_past)):
            d = ref + dt.timedelta(days=7 - delta)
        elif delta and possessive and _possessive_weekday_ahead(ctx, s, e, delta):
            d = ref + dt.timedelta(days=7 - delta)
        else:
            d = ref - dt.timedelta(days=delta)
        lv = ctx.last_value
        if (getattr(ctx.lang.mod, "RANGE_END_AFTER_START", False) and ctx.last_gran == "day"
                and 0 <= s - ctx.last_end <= 12 and len(lv) == 10 and lv[:4].isdigit()
                and ctx.text[ctx.last_end:s].strip().lower() in ctx.lang.range_words | {"-", "\u2013"}):
            # the end of a range of days to come ("von Montag bis Mittwoch" said on a Wednesday, the start the coming
            # Monday): the first such weekday after the range's start, not one before it (a start not after today
            # leaves the end as read: "Von Montag bis Freitag wurde debattiert" ended in the past); opt-in, German
            # only: its range word "bis" is never the goal of a move, which takes "auf" ("von Sonntag auf Samstag
            # verlegt"), while English "to" and Italian "al" are both ("moved from Sunday to Saturday": the new day)
            start = safe_date(int(lv[:4]), int(lv[5:7]), int(lv[8:10]))
            if start is not None and start > ref and d < start:
                d = start + dt.timedelta(days=(wd - start.weekday()) % 7 or 7)
    elif direction < 0:
        d = ref - dt.timedelta(days=delta or 7)
    elif direction > 0:
        d = ref + dt.timedelta(days=(7 - delta) if delta else 7)
    else:
        d = ref + dt.timedelta(days=wd - ref.weekday())
        if d != ref and ctx.lang.this_weekday_by_tense:
            # "este domingo" (Spanish: THIS_WEEKDAY_BY_TENSE) is the nearest such day: the past one in a past clause
            # ("Este domingo se celebraron elecciones" said on Monday), the coming one in a future clause ("jugará
            # este miércoles" said on Thursday); the day of this week when the clause does not tell
            vb = ctx.lang.verb_before_past
            t = -1 if vb is not None and vb.search(ctx.text, max(0, s - 30), s) else tense(ctx, s, e, clause=True)
            if t < 0 and d > ref:
                d -= dt.timedelta(days=7)
            elif t > 0 and d < ref:
                d += dt.timedelta(days=7)
    if gd.get("hour"):  # "9 a.m. Tuesday": a day with its clock time
        h = int(gd["hour"]) % 12 + (12 if gd["ampm"][0].lower() == "p" else 0)
        return "%sT%02d:%s" % (ymd(d), h, gd.get("minute") or "00"), "day", "relative"
    return ymd(d), "day", "relative"


def _possessive_weekday_ahead(ctx, s, e, delta):
    """Is a possessive weekday ("Thursday's vote", the last such day by default) the coming one? After "ahead of"
    (POSSESSIVE_WEEKDAY_AHEAD): when the coming one is the nearer ("Markets were calm ahead of Thursday's
    vote" said on a Tuesday), or as near as the last one and in the story's week; after "in"/"at" (POSSESSIVE_WEEKDAY_IN) in a sentence told in the future ("will lead the
    side in Saturday's match"); not a future act on a past event ("will appeal Thursday's ruling")."""
    lang = ctx.lang
    lo = max(0, s - 40)
    pre = sentence_before(ctx.text, s, 140)
    if lang.possessive_ahead is not None and lang.possessive_ahead.search(ctx.text, lo, s):
        # (not after a past perfect: "the rise analysts had predicted ahead of Friday's report" is told
        # after the announcement)
        # (the nearer one, and the coming one when it is three days away in the story's own week, Monday to Sunday:
        # "Stocks fell ahead of Friday's jobs data, then recovered" said on a Monday is that week's Friday; said on a
        # Friday, "ahead of Tuesday's vote" is the Tuesday just past)
        if lang.past_perfect is not None and lang.past_perfect.search(pre):
            return False
        pa = getattr(lang.mod, "POSSESSIVE_AHEAD_PAST", None)  # (English: "last week", the event's outcome after it)
        if pa is not None and (pa.search(pre) or pa.search(sentence_after(ctx.text, e, 140))):
            return False
        return 7 - delta < delta or (delta == 3 and ctx.ref.weekday() <= 2)
    if lang.possessive_in is not None and lang.possessive_in.search(ctx.text, lo, s):
        if tense(ctx, s, e) <= 0 or governed_past(ctx, s):
            return False
        # (not an event named after a preposition of cause or sequence between the future verb and the day: "will take
        # no action following his sending-off in Sunday's final")
        cue = None
        for cue in lang.future_cue.finditer(pre):
            pass
        if cue is None or (lang.possessive_take_part is not None and not lang.possessive_take_part.match(pre, cue.end())):
            return False  # (a verb of dealing with the event afterwards: "will investigate the incidents at Sunday's game")
        return not (lang.possessive_event_prep is not None and lang.possessive_event_prep.search(pre, cue.end()))
    return False


def _weekend_to_come(ctx, s, e):
    """Is "this weekend", said early in the week, told of the coming one: a future or a plan in the present
    progressive before it, with no past and no aftermath ("cleaning up after flooding this weekend") before it?"""
    lang = ctx.lang
    before = sentence_before(ctx.text, s, 110)
    if lang.past_cue.search(before) or (lang.weekend_aftermath is not None and lang.weekend_aftermath.search(before)):
        return False
    return tense(ctx, s, e) > 0 or (lang.weekend_plan_before is not None
                                    and lang.weekend_plan_before.search(before) is not None)


def _shift(ref, unit, n):
    """Value for the reference shifted by n units (negative = past), at the unit's granularity."""
    if unit == "D":
        return ymd(ref + dt.timedelta(days=n)), "day"
    if unit == "W":
        return iso_week(ref + dt.timedelta(days=7 * n)), "week"
    if unit == "WE":  # "this weekend" said on Monday/Tuesday is the one just past
        d = ref + dt.timedelta(days=7 * n - (7 if n == 0 and ref.weekday() <= 1 else 0))
        return iso_week(d) + "-WE", "week"
    if unit == "M":
        return ym(*add_months(ref.year, ref.month, n)), "month"
    if unit == "Q":
        return "%d-Q%d" % shift_quarter(*quarter_of(ref), n), "quarter"
    if unit == "H":  # "este semestre", "el próximo semestre" (a language whose UNITS name a half: es)
        h = ref.year * 2 + (ref.month - 1) // 6 + n
        return "%d-H%d" % (h // 2, h % 2 + 1), "half"
    if unit == "Y":
        return str(ref.year + n), "year"
    if unit == "DEC":
        return str(ref.year + 10 * n)[:3], "decade"
    if unit == "CENT":  # "in diesem Jahrhundert", "des vorigen Jahrhunderts": TimeML "19" is the 20th century
        return "%02d" % (ref.year // 100 + n), "century"
    return None, ""


def _this_year(ctx):
    """The year of the reference date, or the reference year of a text dated by its year only; None without one."""
    return ctx.ref.year if ctx.ref is not None else ctx.ref_year


def _year_only_shift(ctx, unit, n):
    """Without a reference day: a shift by years, decades or centuries from the reference year, if there is one ("last
    year" in a speech dated 1976 only), else no value."""
    if ctx.ref_year is not None and unit in ("Y", "DEC", "CENT"):
        v, g = _shift(dt.date(ctx.ref_year, 7, 1), unit, n)
        return v, g, "relative"
    return "", _UNIT_GRAN.get(unit, ""), "relative"


_UNIT_GRAN = {"D": "day", "W": "week", "WE": "week", "M": "month", "Q": "quarter", "H": "half", "Y": "year", "DEC": "decade",
              "CENT": "century"}


def r_relunit(ctx, gd, s, e):
    unit = _lookup(ctx.lang.units, gd.get("unit"))
    direction = -1 if gd.get("latest") else _lookup(ctx.lang.dirs, _g(gd, "dir")) if _g(gd, "dir") else 0
    if unit is None or direction is None:
        return None
    if gd.get("second"):
        direction *= 2  # "the week before last": German "vorletzte Woche", "übernächstes Jahr"
    if (gd.get("newyear") or gd.get("oldyear")) and ctx.ref is not None:
        # "the new year" is the year of the nearest New Year's Day (said in December, the next), "the old year" the
        # one that ends at the nearest New Year's Eve (said in January, the last): German "im neuen Jahr"
        if gd.get("newyear"):  # (from February on, a sentence looking ahead means the next one: "Im neuen Jahr soll")
            ahead = ctx.ref.month >= 7 or (ctx.ref.month >= 2 and tense(ctx, s, e, clause=True) > 0)
            return str(ctx.ref.year + ahead), "year", "relative"
        return str(ctx.ref.year - (ctx.ref.month < 7)), "year", "relative"
    lang = ctx.lang
    uw = _norm_word(gd.get("unit"))
    plural = gd.get("vague") or uw in lang.plural_units
    if lang.final_dirs and gd.get("dir"):
        ds = ctx.match.start("dir")
        if (_norm_word(gd["dir"]) in lang.final_dirs and lang.final_before.search(ctx.text, max(0, ds - 20), ds)
                and (uw in lang.final_units or lang.final_after.match(ctx.text, e))):
            return None  # "am letzten Tag", "das letzte Jahr seines Lebens": the final one of something
        if uw in lang.plural_looking_units and not lang.singular_before.search(ctx.text, max(0, ds - 20), ds):
            plural = True  # "die letzten Jahre", "diese Jahre"; not "im vergangenen Jahre"
    if plural and not direction:
        return None  # "diese Jahre", "in diesen Wochen": those (of the story), not a date
    if direction and plural:
        return ("PAST_REF" if direction < 0 else "FUTURE_REF"), "ref", "relative"
    if gd.get("story") and ctx.anchor is not None and ctx.anchor[1] in ("day", "month", "week"):
        # "at the end of the month" after "in July": the story's month, as "that month"
        from .anchored import shift_from_anchor
        told = shift_from_anchor(ctx, unit, 0, s)
        if told is not None and told[0]:
            return told
    if ctx.ref is None:
        if direction < 0 and lang.past_twelve_months is not None and lang.past_twelve_months.fullmatch(ctx.text, s, e):
            # "the past year" in a text dated by its year only: the twelve months up to a day the text does not give,
            # no calendar year ("last year" alone is the year before)
            return "", "year", "relative"
        return _year_only_shift(ctx, unit, direction)
    if unit == "Y" and direction == -1 and ctx.last_gran == "quarter" and ctx.last_value and s - ctx.last_end < 150:
        return "%d%s" % (int(ctx.last_value[:4]) - 1, ctx.last_value[4:]), "quarter", "relative"
    if (unit == "WE" and direction == 0 and lang.this_weekend_by_tense and ctx.ref.weekday() <= 1
            and not ctx.text.startswith(("'s", "\u2019s"), e)  # "this weekend's results": a weekend's event, told after
            and _weekend_to_come(ctx, s, e)):
        # "this weekend" said early in the week is the one just past (_shift), but the coming one in a sentence told
        # in the future ("Thousands will take part in the race this weekend"; THIS_WEEKEND_BY_TENSE, opt-in), not a
        # future reported in the past ("He confirmed that they would launch raids this weekend", said on a Monday)
        return iso_week(ctx.ref) + "-WE", "week", "relative"
    v, g = _shift(ctx.ref, unit, direction)
    return (v, g, "relative") if v else None


# a comparison of figures right before "N years before/earlier" in its clause (not across "y"/"and"/"pero"/"but" or a
# clause's mark): "frente a", "respecto a", "comparado con", "desde", "más/menos/doble/triple que", "las de" (the
# figures of then); "up/down from", "compared with/to", "against", "than", "as much as"
_COMPARED_BEFORE = re.compile(
    r"(?<!\w)(?:frente\s+a(?:l|\s+los|\s+las|\s+la|\s+el)?|respecto\s+(?:a|al|de|del)|comparad[oa]s?\s+con|"
    r"en\s+comparación\s+con|desde|(?:más|menos|doble|triple|mayor|menor)\s+que|(?:el|la|los|las)\s+de|"
    r"(?:up|down)\s+from|from(?=\s+[$€£¥]?\d)|compared\s+(?:with|to)|against|than|as\s+much\s+as)(?!\w)"
    # (a figure's decimal point or thousands mark is no clause's end: "frente a 20,5 millones", "from $25.5bn")
    r"(?:(?!(?<!\w)(?:y|e|pero|and|but)(?!\w))(?:[^.;:!?,]|(?<=\d)[.,](?=\d)))*$", re.I)


_LIFE_YEAR_BEFORE = re.compile(r"\b(?:born|died|founded|established)\s+(?:in\s+)?$", re.I)


# the comparison names a figure right after its cue ("frente a 3 millones un año antes", "up from $2 billion a year
# earlier", "smaller than the 2.7% gain recorded a year earlier") or the time itself ("respecto a un año antes", "respecto
# al de un año antes", "than those of a year earlier"); not a place ("desde Lima", "frente a la catedral que cerró un año antes")
_FIGURE_COMPARED = re.compile(
    r"(?<!\w)(?:(?:frente\s+a(?:l)?|respecto\s+(?:a|al|de|del)|comparad[oa]s?\s+con|en\s+comparación\s+con|desde|"
    r"(?:más|menos|doble|triple|mayor|menor)\s+que|(?:el|la|los|las)\s+de)\s+(?:(?:(?:el|la|los|las)\s+(?:[^\W\d]+\s+)?)?"
    r"de\s+$|$|"  # (... or the figures of then: "frente a las (pérdidas) de dos años antes")
    # (in Spanish a figure has its sign or its unit, not a count of things or places: "frente a 3 millones", "desde el
    # 4,5 %", not "frente a 2 bancos", "desde 3 países")
    r"(?:(?:el|la|los|las|unos|unas|casi|más\s+de)\s+)?(?:(?:US)?[$€£¥]\s?\d|\d[\d.,]*\s*(?:%|por\s+ciento|"
    r"millones|millón|mil|billones|euros|dólares|pesos|puntos)(?!\w)))|"
    r"(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|against|than)\s+(?:(?:(?:el|la|los|las)\s+)?(?:de|those\s+of|"
    r"that\s+of)\s+$|$|(?:(?:a|an|the|some|about|nearly|over|under|el|la|los|las|unos|unas|casi|más\s+de)\s+)?[$€£¥]?\d))",
    re.I)


# a year or month told in a side clause, bounded by commas or opened by a relative pronoun ("The index, which was
# created in 2004, rose 5 percent from a year earlier"; "The company, set up in 1990, said sales rose"): it dates
# something else, not the figure compared
def _in_side_clause(text, a_start, a_end, s):
    head = re.split(r"[.!?;:](?:\s|$)", text[max(0, a_start - 200):a_start])[-1]
    return ("," in head and "," in text[a_end:s]) or bool(re.search(r"(?<!\w)(?:which|who|whom|whose)(?!\w)"
                                                                     r"[^,]*$", head, re.I))


# the year or month that dates a compared figure stands after "in/during/for" ("Sales in March 2009", "earned $5
# million in 2009") or with no word of its own before it ("Profit rose 5 percent last year"); not after "since,
# before, after, unlike, under" or as a noun's modifier ("since 2005", "the 1998 law"), nor in "as in 2008" or
# after a participle that dates a thing ("created in 2004", "set up in 1990", "the report published in June")
_TOLD_IN = re.compile(r"(?<!\w)(?:in|during|for)\s+$", re.I)
_TOLD_IN_NOT_AFTER = re.compile(
    r"(?<!\w)(?:as|unlike|like|except|than|up|created|published|founded|established|launched|formed|built|opened|"
    r"passed|enacted|adopted|introduced|listed|issued|released|signed|written|made|started|begun|incorporated|"
    r"elected|approved|born|died|set|held|dated|filed)\s+(?:in|during|for)\s+$", re.I)
_RELATIVE_TOLD_NOT_AFTER = re.compile(
    r"(?<!\w)(?:since|before|after|until|till|by|from|to|under|unlike|like|than|of|through|between|over|except|as|"
    r"against|the|a|an)\s+$", re.I)


def _told_anchor_dates_figure(text, a_start, a_end, s):
    head = text[max(0, a_start - 40):a_start]
    if re.search(r"(?<!\w)(?:and|but|while|whereas|although|though)(?!\w)", text[a_end:s], re.I):
        return False  # another clause, with its own time ("the peak it hit in 2003 and sales rose from ...")
    if _TOLD_IN.search(head):
        return not _TOLD_IN_NOT_AFTER.search(head)
    if re.search(r"(?:^|[^\w\s])\s*$", head):
        return True
    return bool(re.match(r"(?:last|this|past|previous)\b", text[a_start:a_end], re.I)) and \
        not _RELATIVE_TOLD_NOT_AFTER.search(head)


def _told_month_back(ctx, unit, off, s):
    """'a year before' after a month told in its sentence, the story's last date, comparing a figure ("las ventas de
    marzo de 2009 subieron un 5 % respecto a un año antes", "Sales in March 2009 rose 5 percent from a year earlier"):
    the same month `off` years on, as a quarter gives the same quarter (r_ago); None otherwise (a narrative's "un año
    antes" is the year)."""
    a = ctx.anchor
    if (unit != "Y" or a is None or a[1] != "month" or not re.fullmatch(r"\d{4}-\d\d", a[0])
            or ctx.last_value != a[0] or ctx.last_end > s or crosses_sentence(ctx.text, ctx.last_end, s)
            or off >= 0 or not _COMPARED_BEFORE.search(ctx.text, max(ctx.last_end, s - 60), s)
            or not _FIGURE_COMPARED.search(ctx.text, max(ctx.last_end, s - 60), s)):
        return None
    return "%d%s" % (int(a[0][:4]) + off, a[0][4:]), "month", "anchored"


def r_ago(ctx, gd, s, e):
    unit = _lookup(ctx.lang.units, gd.get("unit"))
    if unit is None:
        return None
    if gd.get("future_only") and tense(ctx, s, e, clause=True) <= 0:
        return None  # "in two weeks" is a date in a sentence about the future, else a span ("the most in two years")
    after = gd.get("after")
    aw = _norm_word(after) if after else ""
    future = bool(gd.get("future_only")) or aw in ctx.lang.ago_future
    told = aw in ctx.lang.anchored_after or aw in ctx.lang.anchored_before
    if told:  # "two days later": from the story's last date in a narrative; from today only in a sentence about
        t = tense(ctx, s, e, clause=True)  # the future, for the words that also mean "in" ("через", "sonra")
        if t > 0 and future:
            told = False
        elif not (ctx.anchor is not None and t <= 0):
            return None  # nothing told before to count from, or a hypothesis ("would be seven days later")
    # "several years ago", "beberapa dekade mendatang", "two million years ago" (a "big" count), "vor Jahren" (a
    # plural unit without a count): a vague past/future, never a computed date
    vague_num = bool(gd.get("num")) and _norm_word(gd["num"]) in ctx.lang.vague_nums
    if vague_num and gd.get("span_vague"):
        return None  # "it will take many years before the bridge opens": a span, not a date
    if told and (gd.get("big") or vague_num):
        return None  # "a few years later": vaguely after the story's date, not a value
    if (gd.get("big") or vague_num
            or (not gd.get("num") and not gd.get("pair") and _norm_word(gd.get("unit")) in ctx.lang.plural_units)):
        return ("FUTURE_REF" if future else "PAST_REF"), "ref", "relative"
    n = 2 if gd.get("pair") else _num(ctx, gd.get("num"))  # "hace un par de meses"
    if n is None:
        if gd.get("num"):
            return None
        n = 1
    sign = 1 if future else -1
    if told:  # "two days later", "tre anni dopo", "iki yıl sonra" told in the past: from the story's last date
        from .anchored import shift_from_anchor
        off = -n if aw in ctx.lang.anchored_before else n
        # "a year before" after a quarter told in its sentence, the story's last date (financial news: "ganó 5
        # millones en el tercer trimestre, frente a 3 millones un año antes"): the same quarter a year before, as "a
        # year ago/earlier" right after a quarter is read below ("un año después" too); a larger count only when it
        # compares a figure (_COMPARED_BEFORE with _FIGURE_COMPARED: "frente a 20 millones dos años antes", "el doble
        # que tres años antes"; not a place, "se mudó desde Oslo a un piso que compró dos años antes"); else a narrative's span of years, the year ("salió a bolsa en el tercer trimestre de 2000 y diez
        # años después vale el triple": 2010)
        lq = ctx.last_quarter
        if (unit == "Y" and ctx.anchor is not None and ctx.anchor[1] == "quarter" and lq
                and _QUARTER_VALUE.match(lq[0]) and not crosses_sentence(ctx.text, lq[1], s)
                and (n == 1 or (_COMPARED_BEFORE.search(ctx.text, max(lq[1], s - 60), s)
                                and _FIGURE_COMPARED.search(ctx.text, max(lq[1], s - 60), s)))):
            return "%d%s" % (int(lq[0][:4]) + off, lq[0][4:]), "quarter", "anchored"
        told_month = _told_month_back(ctx, unit, off, s)
        if told_month:
            return told_month
        return shift_from_anchor(ctx, unit, off, s) if unit in ("D", "W", "M", "Q", "Y") else None
    if ctx.ref is None:
        return _year_only_shift(ctx, unit, sign * n)
    if gd.get("anniv") and unit in ("D", "W", "M", "Y"):  # "heute vor einem Jahr" (German rule group): that day
        # (counted from tomorrow or yesterday: "morgen in einer Woche", "gestern vor einem Jahr")
        base = ctx.ref + dt.timedelta(days=_lookup(ctx.lang.reldays, gd["anniv"]) or 0)
        y, m = add_months(base.year, base.month, sign * n * {"Y": 12, "M": 1}.get(unit, 0))
        d = safe_date(y, m, base.day)
        if d is not None:
            return ymd(d + dt.timedelta(days=sign * n * {"D": 1, "W": 7}.get(unit, 0))), "day", "relative"
    # "a year earlier", "two years before" (not "ago") after a year or a month told in its sentence, the story's last
    # date ("earned $5 million in 2009, up from $3 million a year earlier": 2008; "Profit rose to $2 billion in 2008
    # from $1.5 billion two years earlier": 2006), as "un año antes" is counted (ANCHORED_BEFORE): back from that date,
    # not from today; only when the sentence compares a figure (not a bare past: "Created in 2004, the index rose
    # from a year earlier"), and only after a year or month that dates the figure (_told_anchor_dates_figure); not after a quarter told in the sentence (the rule below), nor after a year that is itself the
    # figure compared with ("down to 6.1% from 8.3% in 2002 while debt fell to $3m from $5m a year earlier"), nor after a
    # year that dates a life or a firm ("Born in 1950, she said sales rose from a year earlier")
    if (unit == "Y" and not future and (gd.get("span_vague") or _norm_word(ctx.text[s:e].split()[-1]) in
                                        ctx.lang.anchored_before)
            and ctx.anchor is not None and ctx.anchor[1] in ("year", "month") and ctx.anchor[0][:4].isdigit()
            and ctx.last_value == ctx.anchor[0] and ctx.last_end <= s and not crosses_sentence(ctx.text, ctx.last_end, s)
            and not (ctx.last_quarter and not crosses_sentence(ctx.text, ctx.last_quarter[1], s))
            and not _COMPARED_BEFORE.search(ctx.text, max(0, ctx.last_start - 25), ctx.last_start)
            and not _LIFE_YEAR_BEFORE.search(ctx.text, max(0, ctx.last_start - 20), ctx.last_start)
            and not _in_side_clause(ctx.text, ctx.last_start, ctx.last_end, s)
            and _told_anchor_dates_figure(ctx.text, ctx.last_start, ctx.last_end, s)
            and _COMPARED_BEFORE.search(ctx.text, max(ctx.last_end, s - 60), s)):
        return (_told_month_back(ctx, unit, -n, s)
                or (str(int(ctx.anchor[0][:4]) - n), "year", "anchored"))
    # "a year ago/earlier" right after a quarter: the same quarter one year before (financial news)
    if unit == "Y" and n == 1 and ctx.last_quarter and s - ctx.last_quarter[1] < 1000:
        qv = _report_quarter(ctx, s)
        return "%d%s" % (int(qv[:4]) + sign, qv[4:]), "quarter", "relative"
    v, g = _shift(ctx.ref, unit, sign * n)
    return (v, g, "relative") if v else None


def r_weekend(ctx, gd, s, e):
    """'the weekend' in news: the current weekend on Saturday/Sunday, else the one just past, or the coming one in a
    sentence about the future ("the strike is planned for the weekend")."""
    if ctx.ref is None:
        return "", "week", "relative"
    if gd.get("coming"):  # "am kommenden Wochenende" (German rule group): the next one to begin after the reference
        d = ctx.ref + dt.timedelta(days=7 if ctx.ref.weekday() >= 5 else 0)
    elif ctx.ref.weekday() >= 5:
        d = ctx.ref
    elif tense(ctx, s, e, clause=True) > 0:
        d = ctx.ref + dt.timedelta(days=5 - ctx.ref.weekday())
    else:
        d = ctx.ref - dt.timedelta(days=7)
    return iso_week(d) + "-WE", "week", "relative"


_HIJRI_MONTHS = {"muharram": 1, "safar": 2, "rabi al-awwal": 3, "rajab": 7, "shaban": 8, "sha'ban": 8,
                 "ramadan": 9, "ramadhan": 9, "ramazan": 9, "shawwal": 10, "dhu al-hijjah": 12, "dhul hijjah": 12}


def _nth_weekday(first: dt.date, length: int, wd: int, nth: int) -> dt.date | None:
    days = [first + dt.timedelta(days=i) for i in range(length)]
    hits = [d for d in days if d.weekday() == wd]
    if not hits:
        return None
    if nth == -1:
        return hits[-1]
    return hits[nth - 1] if 0 < nth <= len(hits) else None


def r_nthweekday(ctx, gd, s, e):
    """'the last Friday of Ramadan', 'the first Monday of May 2021' (Hijri months need the hijridate package)."""
    wd = _lookup(ctx.lang.weekdays, gd.get("weekday"))
    nw = _norm_word(gd.get("nth") or "")
    nth = -1 if nw in ctx.lang.nth_last else _lookup(ctx.lang.ords, nw)
    if wd is None or nth is None:
        return None
    if habitual(ctx, s):  # "Quds Day is marked on the last Friday of Ramadan": a recurring day, not one date
        if getattr(ctx.lang.mod, "NTH_WEEKDAY_HABIT_NO_MENTION", False):
            return []  # (German: "jeden ersten Sonntag im Mai", a set: no mention, nor of its month)
        return "", "day", "anchored"
    year = _g(gd, "year")
    if gd.get("hmonth"):
        hm = _HIJRI_MONTHS.get(_norm_word(gd["hmonth"]).replace("’", "'"))
        anchor = ctx.ref or (dt.date(int(year), 7, 1) if year else None)
        if hm is None or anchor is None:
            return "", "day", "anchored"
        try:
            from hijridate import Gregorian, Hijri
            hy = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
            best = None
            for y in (hy - 1, hy, hy + 1):
                first = Hijri(y, hm, 1)
                g = first.to_gregorian()
                d = _nth_weekday(dt.date(g.year, g.month, g.day), first.month_length(), wd, nth)
                if d is not None and (year is None or d.year == int(year)):
                    if best is None or abs((d - anchor).days) < abs((best - anchor).days):
                        best = d
        except Exception:  # hijridate missing or out of its range
            best = None
        return (ymd(best) if best else ""), "day", "anchored"
    month = _lookup(ctx.lang.months, gd.get("month"))
    if month is None:
        return None
    y = int(year) if year else (ctx.ref.year if ctx.ref else ctx.doc_year)
    if not year and ctx.ref is not None and getattr(ctx.lang.mod, "NTH_WEEKDAY_BY_TENSE", False):
        # (German: the month's year as a bare month's, by the tense of the clause: "Am letzten Sonntag im Jänner wird
        # gewählt", said in March, is next year's January; "wurde gewählt" this year's)
        y = _anchor_year(ctx, month, None, None, (s, e))[0] or y
    if y is None:
        return "", "day", "anchored"
    d = _nth_weekday(dt.date(y, month, 1), (_month_end(y, month)).day, wd, nth)
    return (ymd(d) if d else ""), "day", "absolute" if year else "anchored"


def _holiday_date(spec, y):
    """A holiday's day in year y. spec: (month, day); (month, weekday, nth), nth -1 the last, 0 the US election
    day, a fourth item the days after that day; or ("easter" | "orthodox_easter", days after Easter Sunday) for
    the feasts that move with Easter (Pentecost is ("easter", 49)), computed by ``dateutil.easter`` (Gregorian dates
    either way)."""
    if spec[0] == "advent":  # the k-th Sunday of Advent: the fourth is the last Sunday before 25 December
        dec24 = dt.date(y, 12, 24)
        return dec24 - dt.timedelta(days=(dec24.weekday() + 1) % 7 + 7 * (4 - spec[1]))
    if isinstance(spec[0], str):
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
        if not 1583 <= y <= 4099:
            return None
        method = EASTER_ORTHODOX if spec[0] == "orthodox_easter" else EASTER_WESTERN
        return easter(y, method) + dt.timedelta(days=spec[1])
    if len(spec) == 2:
        return safe_date(y, *spec)
    month, wd, nth = spec[:3]
    if nth == 0:  # US election day: the Tuesday after the first Monday
        first_mon = _nth_weekday(dt.date(y, month, 1), 7, 0, 1)
        return first_mon + dt.timedelta(days=1)
    d = _nth_weekday(dt.date(y, month, 1), _month_end(y, month).day, wd, nth)
    # (month, weekday, nth, days after): a day counted from such a feast (English "Black Friday": Thanksgiving's next)
    return d + dt.timedelta(days=spec[3]) if d is not None and len(spec) == 4 else d


def r_holiday(ctx, gd, s, e):
    spec = ctx.lang.holidays.get(_norm_word(gd.get("holiday") or ""))
    if spec is None:
        return None
    if gd.get("hweek"):  # "as Easter week began": the week of the feast (this one's when the text is within it)
        if ctx.ref is not None and not _g(gd, "year"):
            for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1):
                d = _holiday_date(spec, y)
                if d is not None and abs((d - ctx.ref).days) <= 6:
                    return iso_week(d), "week", "anchored"
        r = r_holiday(ctx, {k: v for k, v in gd.items() if k != "hweek"}, s, e)
        if not r or not r[0]:
            return r
        return iso_week(dt.date.fromisoformat(r[0])), "week", r[2]
    year = _g(gd, "year")
    direction = _lookup(ctx.lang.dirs, _g(gd, "dir"))
    if year:
        d = _holiday_date(spec, int(year))
        return (ymd(d) if d else ""), "day", "absolute"
    ydir = _lookup(ctx.lang.dirs, _g(gd, "ydir") or _g(gd, "ydir2"))
    if ydir is not None:  # "Christmas last year", "Natal tahun lalu": the feast of the year named
        if _this_year(ctx) is None:
            return "", "day", "relative"
        d = _holiday_date(spec, _this_year(ctx) + ydir)
        return (ymd(d) if d else ""), "day", "relative"
    if direction is None and habitual(ctx, s):
        return None  # "every Christmas", "zweimal hielt sie die Rede zum Tag der Deutschen Einheit": no one date
    ref = ctx.ref
    if ref is None:
        if ctx.doc_year is not None and direction is None:
            d = _holiday_date(spec, ctx.doc_year)
            return (ymd(d) if d else ""), "day", "anchored"
        return "", "day", "relative" if direction is not None else "anchored"
    cands = [d for d in (_holiday_date(spec, y) for y in (ref.year - 1, ref.year, ref.year + 1)) if d]
    if (direction is None and ctx.lang.possessive_ahead is not None
            and ctx.lang.possessive_ahead.search(ctx.text, max(0, s - 40), s)):
        t = tense(ctx, s, e, clause=True)
        # after "ahead of", "in the run-up to" (English POSSESSIVE_WEEKDAY_AHEAD) outside a future clause, the nearest
        # one: "launched the campaign ahead of International Women's Day" said two days before it, "prices rose ahead of
        # Christmas" said three days after it; in a past clause the coming one only when it is near (a preparation
        # told in the weeks before the feast), else the last one ("Turkey prices jumped ahead of Thanksgiving" said in
        # June)
        nxt = [c for c in cands if c > ref]
        if t == 0 or (t < 0 and nxt and (nxt[0] - ref).days <= 60):
            d = min(cands, key=lambda c: abs((c - ref).days)) if cands else None
            return (ymd(d) if d else ""), "day", "anchored"
    if direction is not None and direction < 0:
        past = [d for d in cands if d < ref]
        d = past[-1] if past else None
    elif direction is not None and direction > 0:
        fut = [d for d in cands if d > ref]
        d = fut[0] if fut else None
    else:  # the tense of the clause, else the past occurrence unless the next one is within 90 days
        t = tense(ctx, s, e, clause=True)
        fut = [d for d in cands if d >= ref and (t > 0 or (d - ref).days <= 90)]
        past = [d for d in cands if d <= ref]
        if t < 0:
            d = past[-1] if past else None
        else:
            d = fut[0] if fut else (past[-1] if past else None)
    return (ymd(d) if d else ""), "day", "relative" if direction is not None else "anchored"


def r_ctxquarter(ctx, gd, s, e):
    """'last year's quarter', 'the 1988 period', 'the corresponding period last year', 'the quarter a year ago':
    the quarter of the surrounding financial report (the last quarter mentioned, else the last completed one) in
    the year the phrase names."""
    year = _g(gd, "year")
    if gd.get("samem") is not None:  # "el mismo mes del año anterior", "el mismo mes de 1999" (Spanish) after a
        # month or a day: its month in the year named, else the year before its own; left to later rules without one
        lv = ctx.last_value or ""
        if ctx.last_gran not in ("month", "day") or not lv[:4].isdigit() or len(lv) < 7 or s - ctx.last_end > 300:
            if (gd.get("samey") is not None or gd.get("sameyb") is not None) and ctx.ref is not None:
                # "à la même époque l'an dernier", "l'an dernier à la même époque" (French: the rule saw last year
                # next to it) with no month before: the reference's month a year earlier
                return "%d-%02d" % (ctx.ref.year - 1, ctx.ref.month), "month", "relative"
            return None
        return "%s%s" % (year or int(lv[:4]) - 1, lv[4:7]), "month", "anchored"
    if gd.get("sameq") and not (ctx.last_quarter and s - ctx.last_quarter[1] < 1500):
        return None  # "el mismo periodo del año anterior" (Spanish) with no quarter before it: left to later rules
    if ctx.last_quarter and s - ctx.last_quarter[1] < 1500:
        qv = _report_quarter(ctx, s)
        qy, q = int(qv[:4]), int(qv[6])
    elif year:
        return year, "year", "absolute"  # "the 1988 period" with no quarter in sight: the year
    elif ctx.ref is not None:
        qy, q = shift_quarter(*quarter_of(ctx.ref), -1)
    else:
        return "", "quarter", "relative"
    if year:
        return "%s-Q%d" % (year, q), "quarter", "anchored"
    ydir = _lookup(ctx.lang.dirs, gd.get("ydir"))
    if ydir is not None:
        if ctx.ref is None:
            return "", "quarter", "relative"
        return "%d-Q%d" % (ctx.ref.year + ydir, q), "quarter", "relative"
    return "%d-Q%d" % (qy - 1, q), "quarter", "relative"  # the same quarter a year earlier


def r_yearend(ctx, gd, s, e):
    """'by year-end', 'since year end': the (current) year, the previous one after 'since'."""
    if not ctx.lang.yearend_after.search(ctx.text, max(0, s - 12), s):
        return None  # "year-end results": an attribute, not a date
    if ctx.ref is None:
        return ("%d" % ctx.doc_year if ctx.doc_year else ""), "year", "anchored"
    since = ctx.text[max(0, s - 6):s].strip().lower() == "since"
    return str(ctx.ref.year - (1 if since else 0)), "year", "relative"


def r_vref(ctx, gd, s, e):
    """Context-dependent vague references ('may soon seek', 'soon will begin', 'as soon as possible')."""
    if gd.get("soon"):
        text = ctx.text
        if ctx.lang.soon_before.search(text, max(0, s - 30), s) or ctx.lang.soon_after.match(text, e):
            return "FUTURE_REF", "ref", "relative"
        return None
    if gd.get("fut3"):
        return "FUTURE_REF", "ref", "relative"
    if gd.get("past"):
        return "PAST_REF", "ref", "relative"
    if gd.get("pres") or gd.get("pres2"):
        return "PRESENT_REF", "ref", "relative"
    return None


def r_lastquarter(ctx, gd, s, e):
    """'the latest quarter', 'the quarter': the last completed quarter of the reference date."""
    if ctx.ref is None:
        return "", "quarter", "relative"
    return "%d-Q%d" % shift_quarter(*quarter_of(ctx.ref), -1), "quarter", "relative"


def r_iso(ctx, gd, s, e):
    d = safe_date(int(gd["y"]), int(gd["m"]), int(gd["d"]))
    return (ymd(d), "day", "absolute") if d else None


def r_numeric(ctx, gd, s, e):
    a, b = int(gd["a"]), int(gd["b"])
    y = gd["y"]
    y = int(y) if len(y) == 4 else two_digit_year(int(y), ctx.ref)
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    elif ctx.lang.day_first:
        day, month = a, b
    else:
        day, month = b, a
    d = safe_date(y, month, day)
    return (ymd(d), "day", "absolute") if d else None


def r_numeric_ym(ctx, gd, s, e):
    m, y = int(gd["m"]), int(gd["y"])
    if not 1 <= m <= 12:
        return None
    return ym(y, m), "month", "absolute"


def r_named_date(ctx, gd, s, e):
    """A day a language names by its date ('el 11-S', 'el 23-F': its module's NAMED_DATES): that day's value."""
    v = getattr(ctx.lang.mod, "NAMED_DATES", {}).get(" ".join((gd.get("named") or "").upper().split()))
    if v and ctx.ref is not None and v > ymd(ctx.ref):
        return None  # a text written before that day: its words are no name yet ("the Jan. 6 hearing" of 2015)
    return (v, "day", "absolute") if v else None


RESOLVERS = {
    "date": r_date, "dom": r_dom, "month": r_month, "year": r_year, "yy": r_yy, "decade": r_decade, "decadelisted": r_decade_listed, "century": r_century,
    "quarter": r_quarter, "half": r_half, "season": r_season, "relday": r_relday, "ref": r_ref,
    "weekday": r_weekday, "relunit": r_relunit, "ctxquarter": r_ctxquarter, "yearend": r_yearend,
    "vref": r_vref, "ago": r_ago, "lastquarter": r_lastquarter, "holiday": r_holiday, "nthweekday": r_nthweekday, "weekend": r_weekend, "iso": r_iso,
    "numeric": r_numeric, "numeric_ym": r_numeric_ym, "named_date": r_named_date,
}
