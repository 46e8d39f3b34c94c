"""Sentence tense around a mention: is a bare weekday or a year-less date in the past or the future?

A language module may define (regex sources, matched case-insensitively):
    FUTURE_CUE    searched in the sentence text before the mention ("will", "is scheduled to", "next")
    FUTURE_AFTER  matched at the text right after the mention ("..., will open", "is expected to")
    PAST_CUE      searched in the sentence text before the mention (past-tense verbs)
    PAST_AFTER    matched at the text right after the mention ("In January, the company reported ...")
    HABITUAL_CUE  searched in the sentence before the mention: a generic, repeated day ("is marked on",
                  "every year on") -- not one dated event
    GOVERNED_PAST_VERB, GOVERNED_PAST_PREP, GOVERNED_PAST_NOT_MID, GOVERNED_PAST_NOT_BEFORE,
    GOVERNED_PAST_UNTIL, GOVERNED_PAST_BY
                  the past verb whose phrase holds a date right after its preposition (see governed_past)
    INTRO_PAST, INTRO_BEFORE
                  a date opening its sentence after INTRO_BEFORE, its main clause in the past (see intro_past)
    PLAN_PAST     a plan told in the past tense ("was expected to"): the nearest such day (see plan_told_past)
    PASSIVE_PAST_BEFORE
                  a passive past right before the date's preposition ("was sent to Washington on"): the last such
                  day (see governed_past)
(all compiled once in engine.Lang)
and a function:
    clause_tense(text, s, e) -> -1 / 0 / +1, the language's own reading of the clause around a weekday when no cue
                  above decides (German: a weekday opening its clause before a present-tense verb is the coming one)
"""
from __future__ import annotations

import re

from .values import _norm_word, safe_date

# a quotation's end ends its sentence; Chinese and Japanese write their full stops without a space after them
_STOPS = (". ", "\n", "? ", "! ", "; ", ".\u201d", ".''", '."', '?"', '!"', "\u3002", "\uff01", "\uff1f", "\uff1b")


_ABBREV = re.compile(r"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Jr|Sr|Co|Corp|Inc|"
                     r"Ltd|Bros|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m|vs|etc)$")


_STOP = re.compile("|".join(map(re.escape, _STOPS)))  # no stop starts inside another: matches never hide one


def sentence_before(text: str, s: int, width: int = 90) -> str:
    """The text of the sentence before position s (at most `width` characters); a period after an initial or
    a common abbreviation ("P. Davison", "Mr. Smith", "Jan. 5") does not end a sentence."""
    pre = text[max(0, s - width):s]
    for cut in reversed([m.start() for m in _STOP.finditer(pre)]):  # one pass, however many abbreviations
        if pre[cut] == "." and pre[cut + 1:cut + 2] == " " and _ABBREV.search(pre, max(0, cut - 6), cut):
            continue  # (the longest abbreviation and the character before it fit in the 6 before the period)
        return pre[cut + 1:]
    return pre


def crosses_sentence(text: str, a: int, b: int) -> bool:
    """Does text[a:b] hold the end of a sentence?"""
    return _STOP.search(text, a, b) is not None


def sentence_after(text: str, e: int, width: int = 90) -> str:
    post = text[e:e + width]
    m = _STOP.search(post)
    return post[:m.start()] if m else post


# The period of an abbreviation (_ABBREV: "U.S.", "Mr.") does not end the sentence tense() reads after a date, except
# before a word that opens a sentence ("England beat Serbia in Group C. The final is ...", "rallied across the U.S. In
# April, ...") and after a firm's "Inc.", "Co.", "Corp.", "Ltd." before any capitalised word ("the deal was signed by
# Acme Co. Shares are set to rise")
_OPENS_SENTENCE = re.compile(r"(?:The|An|He|She|It|They|We|This|That|These|Those|His|Her|Its|Their|There|But|In|On|At|"
                             r"After|Before|When|If|Our)\b")
_FIRM = re.compile(r"(?:^|[\s(])(?:Inc|Co|Corp|Ltd)$")


def _rest_of_sentence(text: str, e: int, width: int = 90) -> str:
    """The text of the sentence after position e, as tense() reads it: a period after an initial or a common
    abbreviation does not end it ("On Monday, U.S. lawyers will ...", as in sentence_before) unless a sentence's
    opening word follows (_OPENS_SENTENCE, _FIRM); sentence_after keeps the plain reading for the language modules."""
    post = text[e:e + width]
    for m in _STOP.finditer(post):
        cut = m.start()
        if (post[cut] == "." and post[cut + 1:cut + 2] == " " and _ABBREV.search(text, max(0, e + cut - 6), e + cut)
                and not _OPENS_SENTENCE.match(post, cut + 2)
                and not (post[cut + 2:cut + 3].isupper() and _FIRM.search(text, max(0, e + cut - 6), e + cut))):
            continue
        return post[:cut]
    return post


def _last(rx, s: str, range_words=None, months=None) -> int:
    pos = -1
    for m in rx.finditer(s):
        if range_words and m.group().lower() in range_words:
            if _RANGE_START.search(s, max(0, m.start() - 30), m.start()):
                continue  # "from 3 until 5 March", "vom 3. bis 5. März": the end of a range, not a future cue
            prev = _PREV_WORD.search(s, 0, m.start())
            if months and prev and prev.group(1).lower() in months:
                continue  # "von Januar bis März"
        pos = m.end()
    return pos


_BRACKETED = re.compile(r"\s*\[[^\[\]]{0,160}\]")
_LEAD = re.compile(r"(?:[^\W\d_]+\s+)+(?=\d)")  # words before the first digit of a mention
_RANGE_START = re.compile(r"\d\.?\s*(?:[^\W\d_]+\.?\s*)?(?:,\s*\d{4}\s*)?$")
_PREV_WORD = re.compile(r"([^\W\d_]+)\s*$")


def tense(ctx, s: int, e: int, clause: bool = False) -> int:
    """+1 when the sentence around text[s:e] speaks of the future, -1 of the past, 0 when unknown.

    The cue closest before the mention wins ("they said they would appeal the decision, announced Wednesday" is
    past); without one, the words right after the mention decide ("In April, the company will ...")."""
    lang = ctx.lang
    pre = sentence_before(ctx.text, s, 110)
    if "]" in pre:  # an editor's insertion in a quotation is no part of its clause ("I have instructed ODESC [Officials
        # Committee for Domestic and External Security] to report on Monday"): read without it, as wide as without it
        pre = _BRACKETED.sub(" ", sentence_before(ctx.text, s, 280))[-110:]
    lead = _LEAD.match(ctx.text, s, e)  # the mention's own leading words: "bis zum [16. September]", "fino al"
    if lead is not None and lead.end() > s:
        pre += ctx.text[s:lead.end()]
    post = _rest_of_sentence(ctx.text, e)
    own = getattr(lang.mod, "CLAUSE_OPENED_BY_DATE", None)  # (compiled by the language module; opt-in)
    if own is not None and own[0].search(pre) and own[1].match(post):
        # a date opening a clause of its own after a comma or a coordinating conjunction, its finite verb right
        # after it (German V2: "Am Montag wurde gewählt, am Dienstag wird ausgezählt"): that verb tells its tense,
        # not a cue of the clause before; only when it does tell one
        t = _own_clause_tense(ctx, lang, s, e, post, clause)
        if t:
            return t
    fut = _last(lang.future_cue, pre, lang.range_words, lang.months)
    past = _last(lang.past_cue, pre)
    if fut >= 0 or past >= 0:
        if fut > past and not lang.past_after.match(post):
            return 1
        return -1
    if lang.aside is not None and post.lstrip().startswith(","):
        # the main clause's verb, past a clause set off by commas, tells the fronted date's tense
        longer = _rest_of_sentence(ctx.text, e, 250)
        aside = lang.aside.match(longer)
        if aside is not None:
            fm = lang.future_after.match(longer, aside.end())
            # (not a future reported by a past verb: "On Tuesday, after meeting the leaders, he said he will veto it")
            if fm is not None and lang.past_cue.search(longer, aside.end(), fm.end()) is None:
                return 1
            if lang.past_after.match(longer, aside.end()):
                return -1
    moved = getattr(lang.mod, "MOVED_IN_APPOSITION", None)  # (compiled by the language module; opt-in)
    if moved is not None and moved[0].search(pre) and "," in post:
        # a date a plan was moved to, inside an apposition ("El juicio, aplazado al 3 de marzo por la defensa, será el
        # primero"): the main clause's verb after the apposition's closing comma tells its tense
        c = post.index(",") + 1
        if moved[1].match(post, c):
            return 1
        if lang.past_after.match(post, c):
            return -1
    if lang.future_after.match(post):
        return 1
    if lang.past_after.match(post):
        return -1
    # a language's own reading of the clause (German: a weekday in a present-tense clause is the coming one)
    ct = getattr(lang.mod, "clause_tense", None) if clause else None
    if ct is not None:
        return ct(ctx.text, s, e)
    return 0


_CLAUSE_END = re.compile(r"[,;:(\u2013\"]|\b(?:und|oder|aber)\b")


def _own_clause_tense(ctx, lang, s: int, e: int, post: str, clause: bool) -> int:
    """The tense of a date's own clause read from the words after it only (see tense: CLAUSE_OPENED_BY_DATE)."""
    if lang.future_after.match(post):
        return 1
    if lang.past_after.match(post) or lang.past_cue.search(_CLAUSE_END.split(post, 1)[0]):
        return -1
    ct = getattr(lang.mod, "clause_tense", None) if clause else None
    return ct(ctx.text, s, e) if ct is not None else 0


def habitual(ctx, s: int) -> bool:
    """True when the sentence presents the day as a recurring, generic one ("is marked on the last Friday")."""
    return bool(ctx.lang.habitual_cue.search(sentence_before(ctx.text, s, 120)))


_NEGATED = re.compile(r"\b(?:not|never)\b|n't\b|n\u2019t\b")


_DATE_AT = re.compile(r"(?:(?:early|late|mid)[\s-]+)?(?:(?P<dayfirst>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                      r"(?P<word>[^\W\d_]+)\.?(?:\s+(?P<day>\d{1,2})(?!\d))?")  # "September 20", "20 September", "Monday"


def _nearest_is_past(ctx, s: int) -> bool:
    """Is the nearest occurrence of the weekday or year-less date written at s the past one (not today)?"""
    ref = ctx.ref
    m = _DATE_AT.match(ctx.text, s)
    if ref is None or m is None:
        return False
    word = _norm_word(m.group("word"))
    wd = ctx.lang.weekdays.get(word)
    if wd is not None:
        back = (ref.weekday() - wd) % 7
        return 0 < back <= 3
    month = ctx.lang.months.get(word)
    if month is None:
        return False
    day = m.group("day") or m.group("dayfirst")
    if day is None:
        back = (ref.month - month) % 12
        return 0 < back <= 5
    day = int(day)
    d = safe_date(ref.year, month, day)
    if d is None or d == ref:
        return False
    past = d if d < ref else safe_date(ref.year - 1, month, day)
    nxt = d if d > ref else safe_date(ref.year + 1, month, day)
    return past is not None and (nxt is None or ref - past < nxt - ref)


def plan_told_past(ctx, s: int) -> bool:
    """Is the date at s the time of a plan told in the past ("Ohio, which was planning to hold its primary on
    Tuesday", "The state of emergency was expected to end on December 15"), its nearest occurrence being the past
    one? Such a plan was made before the text was written, for a time near it: the nearest such day, not the next.
    Only for a language that defines PLAN_PAST (English)."""
    plan_past = ctx.lang.plan_past
    if plan_past is None:
        return False
    m = None
    pre = sentence_before(ctx.text, s, 140)
    for m in plan_past.finditer(pre):
        pass
    if m is None or ctx.lang.future_cue.search(pre, m.end()):
        return False  # a plan told in the present or the future after it ("was expected to say it will ...")
    return _nearest_is_past(ctx, s)


def governed_past(ctx, s: int) -> bool:
    """Is the date at s held by a past verb's phrase in its own clause ("One was sent to Washington on [July 6]",
    "who was the envoy until [December]")? The nearest past verb before the date's preposition, with a subject
    before it and no clause break, subordinator, infinitive, modal or future cue between them; "until" only after a
    verb of lasting (GOVERNED_PAST_UNTIL) or a negated one, "by" only in the past perfect (GOVERNED_PAST_BY). Only
    for a language that defines GOVERNED_PAST_VERB (English)."""
    g = ctx.lang.governed_past
    if g is None:
        return False
    if plan_told_past(ctx, s):
        return True
    if ctx.lang.passive_past is not None and ctx.lang.passive_past.search(sentence_before(ctx.text, s, 140)):
        return True
    verb_rx, tail_rx, not_mid, until_verbs, by_cue, not_before = g
    pre = sentence_before(ctx.text, s, 140)
    tail = tail_rx.search(pre)
    if tail is None:
        return False
    head = pre[:tail.start()]
    head = head[max(head.rfind(c) for c in ',;:()"\u201c\u201d') + 1:]
    verb = None
    for verb in verb_rx.finditer(head):
        pass
    if verb is None:
        return False
    mid = head[verb.end():]
    if not head[:verb.start()].strip() or not_before.search(head, 0, verb.start()):
        return False  # a participle opening its clause (", followed by ... on February 29"), a modal's verb
    if len(mid.split()) > 14 or not_mid.search(mid) or ctx.lang.future_cue.search("x " + mid):
        return False
    prep = tail.group("prep").lower()
    if prep in ("until", "till"):  # ... or negated: "was not announced until after August 9" (it was then)
        return bool(until_verbs.match(verb.group()) or _NEGATED.search(head, max(0, verb.start() - 12)))
    if prep == "by":
        return bool(by_cue.search(head, 0, verb.end()))
    return True


def intro_past(ctx, s: int, e: int) -> bool:
    """Does the date at s:e open its sentence after a preposition only, with its main clause told in the past ("In
    [March], he debuted", "By [March], drastic measures were taken")? Only for a language that defines INTRO_PAST."""
    g = ctx.lang.intro_past
    if g is None:
        return False
    after, before = g
    pre = sentence_before(ctx.text, s, 110)
    return before.fullmatch(pre) is not None and after.match(ctx.text, e) is not None
