"""Language-independent core of the date extractor.

A language module (``viz.dates.lang.xx``) supplies word lists and rule templates; :func:`compile_language` turns
them into one precompiled "master" regex (all rules as alternatives, in order). Matching is a single left-to-right
scan with the master regex, which tells where a rule matches and which; that rule's own regex (compiled on first use)
gives its groups, and a resolver (``RESOLVERS[rule kind]``) turns them into a TIMEX3-style value. When a resolver
rejects a match, the later rules are tried at the same position with their own regexes.

Speed (the scan is almost all of the time): the master scans " " + text and each match starts with the non-word
character before a rule, so ``re`` only tries positions after a non-word character; each rule is guarded by
classes of its possible first characters (see ``firstchars``), so at most positions ``re`` skips most rules without
entering them, and runs of rules sit behind the union of their first characters (``_blocks``); word lists are
written as prefix trees. The master holds no group of the rules (``re`` copies the marks of every group set so far
at each branch inside a repeat). What a language's build derives (guards, prefix trees, the master's source, the
compiled code) is kept between processes in its pattern cache (``rxcache``).

A language written without spaces between words (Chinese, Japanese) has no non-word character before a rule: its
RULE_AFTER names the characters a rule may follow (the scan tries every position after one of them), and its
WORD_END what may follow a word of a list ("" for none; Korean: a space, a mark or a particle). Its scan_text reads
the text before the scan (same length: number characters as figures, viz.dates.lang.cjk).

Template placeholders (``{NAME}`` or ``{NAME:suffix}`` for a second group of the same kind):
    MONTH WEEKDAY SEASON NUM ORD UNIT DIR RELDAY REF HMONTH SMONTH DECWORD  -> alternations of the language's words
    DAY  -> 1-31 (with the language's DAY_SUFFIX), YEAR -> 4-digit year, YY -> 2-digit year
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from .anchored import EXTRA_RESOLVERS
from .calendars import CALENDAR_RESOLVERS
from .firstchars import char_class, first_chars_seq_fast as first_chars_seq
from .resolvers import RANGE_GAP, RESOLVERS, Ctx
from .rxcache import shared as shared_patterns
from .values import _norm_word, granularity_of, interval

RESOLVERS.update(EXTRA_RESOLVERS)
RESOLVERS.update(CALENDAR_RESOLVERS)

__all__ = ["Mention", "compile_language", "extract", "interval", "granularity_of"]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    value: str
    granularity: str
    date_start: dt.date | None
    date_end: dt.date | None
    kind: str


# ------------------------------------------------------------------------------------------ compiling


# guard each rule with the possible first 6 characters of its matches: with 4, every "the " passed the guards of the
# rules that begin with an optional "the" (callgrind on en-dev: extraction 2.45 G instructions with 4, 1.80 G with 6,
# 1.74 G with 8; compiling the English patterns 1.85 G, 1.99 G, 2.11 G)
_GUARD_CHARS = 6
_PLACEHOLDER_NAME = re.compile(r"\{([A-Z]+)(?::\w+)?\}")
_SP, _APOS, _END, _END_DOT = "\x00sp", "\x00apos", "\x00end", "\x00enddot"


def _atom(tok):
    if tok == _SP:
        return r"\s+"
    if tok == _APOS:
        return "['\u2019]"
    return re.escape(tok)


def _trie_rx(node):
    """Regex for a prefix-tree node. Branches: longer words first, as in a longest-first alternation (the words
    that match at one position are prefixes of each other, so this tries them in the same order)."""
    keys = [k for k in node if k not in (_END, _END_DOT)]
    ends = [k for k in (_END_DOT, _END) if k in node]
    if len(keys) == 1 and not ends:
        k = keys[0]
        return _atom(k) + _trie_rx(node[k])
    alts = [_atom(k) + _trie_rx(node[k]) for k in keys]
    if ends == [_END] and alts:  # "(?:s|es|)" -> "(?:s|es)?", "(?:s|)" -> "s?": the same order of attempts
        a = alts[0]
        if len(alts) == 1 and (len(a) == 1 or (len(a) == 2 and a[0] == "\\") or a == "['\u2019]"):
            return a + "?"
        return "(?:" + "|".join(alts) + ")?"
    alts += [r"\.?" if k == _END_DOT else "" for k in ends]
    if len(alts) == 1 and alts[0] in ("", r"\.?"):
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def _alt(words, ignorecase=True) -> str:
    """Regex alternation of words written as a prefix tree (shorter to compile, faster to match), longest first;
    a word ending in '.' makes the dot optional; a space matches any run of whitespace and an apostrophe either
    apostrophe. `ignorecase`: the regex is used case-insensitively (words differing only in case are merged)."""
    root = {}
    for w in sorted(set(words), key=lambda s: (-len(s), s)):
        dot = w.endswith(".")
        if dot:
            w = w[:-1]
        node = root
        for ch in w:
            tok = (_SP if ch == " " else _APOS if ch == "'" else
                   ch.lower() if ignorecase and len(ch.lower()) == 1 else ch)
            node = node.setdefault(tok, {})
        node.setdefault(_END_DOT if dot else _END, {})
    return "(?:" + _trie_rx(root) + ")"


def _alt_kept(cache, words, ignorecase=True) -> str:
    """_alt(words), kept in the language's cache file (building the prefix trees is a sixth of a language's build)."""
    ws = sorted(set(words))
    return cache.memo("alt%s\x00%s" % ("" if ignorecase else "-cs", "\x00".join(ws)), lambda: _alt(ws, ignorecase))


_SMALL_WORDS = frozenset(("of", "the", "and", "a"))


class _LazyRx:
    """A rule's own regex, compiled on first use (most documents use a few rules; compiling all is slow) through the
    language's pattern cache."""

    __slots__ = ("src", "rx", "cache")

    def __init__(self, src, cache):
        self.src, self.rx, self.cache = src, None, cache

    def match(self, text, pos):
        if self.rx is None:
            self.rx = self.cache.compile(self.src, re.I)
        return self.rx.match(text, pos)


def _without_groups(src: str) -> str:
    """`src` with every capturing group made non-capturing ("(?P<day>" and "(" become "(?:"). Escapes and
    character classes are read past; the rules use no back references."""
    out, i, n = [], 0, len(src)
    in_class = False
    while i < n:
        c = src[i]
        if c == "\\":
            out.append(src[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]" and not (src[i - 1] == "[" or src[i - 2:i] == "[^"):
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "(":
            if src.startswith("(?P<", i):
                i = src.index(">", i) + 1
                out.append("(?:")
                continue
            if not src.startswith("(?", i):
                out.append("(?:")
                i += 1
                continue
        out.append(c)
        i += 1
    return "".join(out)


class Lang:
    """A compiled language: lookup tables, the master regex and the rules."""

    def __init__(self, mod):
        cache = shared_patterns(mod.CODE)  # the generated code of these patterns, kept between processes
        rx = cache.compile
        self.code = mod.CODE
        self.mod = mod
        self.months = {_norm_word(k): v for k, v in mod.MONTHS.items()}
        self.weekdays = {_norm_word(k): v for k, v in getattr(mod, "WEEKDAYS", {}).items()}
        self.seasons = {_norm_word(k): v for k, v in getattr(mod, "SEASONS", {}).items()}
        self.nums = {_norm_word(k): v for k, v in getattr(mod, "NUMBERS", {}).items()}
        self.vague_nums = {_norm_word(w) for w in getattr(mod, "VAGUE_NUMBERS", ())}
        self.ords = {_norm_word(k): v for k, v in getattr(mod, "ORDINALS", {}).items()}
        self.units = {_norm_word(k): v for k, v in getattr(mod, "UNITS", {}).items()}
        self.plural_units = {_norm_word(w) for w in getattr(mod, "PLURAL_UNITS", ())}
        # a unit that is also a plural ("Jahre"): plural unless SINGULAR_BEFORE ends just before its direction word
        self.plural_looking_units = {_norm_word(w) for w in getattr(mod, "PLURAL_LOOKING_UNITS", ())}
        self.singular_before = rx(r"(?:%s)\s*$" % getattr(mod, "SINGULAR_BEFORE", r"(?!)"), re.I)
        # direction words that also mean "final" ("letzt-"): after a definite article (FINAL_BEFORE), with FINAL_UNITS
        # or a complement after the unit (FINAL_AFTER: "das letzte Jahr seines Lebens"), the final one of something,
        # not the one before the text's
        self.final_dirs = {_norm_word(w) for w in getattr(mod, "FINAL_DIRS", ())}
        self.final_units = {_norm_word(w) for w in getattr(mod, "FINAL_UNITS", ())}
        self.final_after = rx(getattr(mod, "FINAL_AFTER", r"(?!)"), re.I)
        self.final_before = rx(r"(?:%s)\s*$" % getattr(mod, "FINAL_BEFORE", r"(?!)"), re.I)
        self.dirs = {_norm_word(k): v for k, v in getattr(mod, "DIRS", {}).items()}
        self.this_weekday_by_tense = getattr(mod, "THIS_WEEKDAY_BY_TENSE", False)  # see resolvers.r_weekday
        vb = getattr(mod, "VERB_BEFORE_PAST", None)
        self.verb_before_past = rx(vb, re.I) if vb else None
        self.reldays = {_norm_word(k): v for k, v in getattr(mod, "RELDAYS", {}).items()}
        self.refs = {_norm_word(k): v for k, v in getattr(mod, "REFS", {}).items()}
        self.day_first = getattr(mod, "DAY_FIRST", True)
        self.ago_future = {_norm_word(w) for w in getattr(mod, "AGO_FUTURE", ())}
        self.future_cue = rx(getattr(mod, "FUTURE_CUE", r"(?!)"), re.I)
        self.range_words = frozenset(w.lower() for w in getattr(mod, "RANGE_WORDS", ()))
        self.future_after = rx(getattr(mod, "FUTURE_AFTER", r"(?!)"), re.I)
        self.past_cue = rx(getattr(mod, "PAST_CUE", r"(?!)"), re.I)
        self.past_after = rx(getattr(mod, "PAST_AFTER", r"(?!)"), re.I)
        # the words for "since" before a year-less date (SINCE_WORDS; then at most an article, "seit dem", "depuis le",
        # "desde el"): the last such date (resolvers._since)
        sw = getattr(mod, "SINCE_WORDS", None)
        self.since = rx(r"(?<!\w)(?:%s)\s+(?:(?:the|le|la|l['\u2019]|el|dem|den|der|de|o|a|al|de\s+la)\s+)?$" % sw,
                        re.I) if sw else None
        self.since_open = rx(r"(?:%s)\s+" % sw, re.I) if sw else None
        # a clause set off by commas between a fronted date and its main verb ("On Saturday, when the leaders meet,
        # the deal will be signed"): ASIDE_OPEN, the words that open it (see viz.dates.tense.tense)
        ao = getattr(mod, "ASIDE_OPEN", None)
        self.aside = rx(r"\s*,\s*(?:%s)\b[^,;.!?]*,\s*" % ao, re.I) if ao else None
        self.habitual_cue = rx(getattr(mod, "HABITUAL_CUE", r"(?!)"), re.I)
        self.weekday_block = rx(getattr(mod, "WEEKDAY_NOT_BEFORE", r"(?!)"), re.I)
        self.weekday_block_before = rx(r"(?:" + getattr(mod, "WEEKDAY_NOT_AFTER", r"(?!)") + r")\s*$", re.I)
        self.month_cue = rx("(?:" + getattr(mod, "MONTH_ALONE_CUE", r"(?!)") + r")\s*$", re.I)
        self.nth_last = {_norm_word(w) for w in getattr(mod, "NTH_LAST", ())}
        self.month_block = rx(getattr(mod, "MONTH_NOT_BEFORE", r"(?!)"), re.I)
        self.full_months = {_norm_word(k) for k in mod.MONTHS if not k.endswith(".")}
        self.ambiguous_months = {_norm_word(w) for w in getattr(mod, "AMBIGUOUS_MONTHS", ())}
        # "that year", "the next day" in the language's own words (viz.dates.anchored.r_that_unit), and the words
        # after a count that count from the story's last date in a past narrative ("two days later": ANCHORED_AFTER)
        self.that_units = {_norm_word(k): v for k, v in getattr(mod, "THAT_UNITS", {}).items()}
        self.that_rels = {_norm_word(k): v for k, v in getattr(mod, "THAT_RELS", {}).items()}
        self.anchored_after = {_norm_word(w) for w in getattr(mod, "ANCHORED_AFTER", ())}
        self.anchored_before = {_norm_word(w) for w in getattr(mod, "ANCHORED_BEFORE", ())}  # "tiga hari sebelumnya"
        # a bare capitalised month after a word (MONTH_NAME_AFTER: the two characters before it) other than a
        # preposition (MONTH_NAME_NOT_AFTER) is a name ("Pino Aprile"); MONTH_NEVER_AFTER: a name in any case
        mn = getattr(mod, "MONTH_NAME_AFTER", None)
        mna, mnn = getattr(mod, "MONTH_NAME_NOT_AFTER", None), getattr(mod, "MONTH_NEVER_AFTER", None)
        self.month_name = ((rx("(?:" + mn + ")$"), rx(r"\b(?:" + mna + r")\s$", re.I) if mna else None,
                            rx("(?:" + mnn + ")$", re.I) if mnn else None) if mn else None)
        # a relative clause in the past that holds a year-less date (resolvers._told_past); the sports words near a
        # half and the temperature words near a bare decade ("the 90s") that make them no dates
        rp, bd, hg = (getattr(mod, n, None) for n in ("RELATIVE_PAST", "BARE_DECADE_NOT_NEAR", "HALF_GAME_NEAR"))
        self.relative_past = rx(rp, re.I) if rp else None
        self.relative_past_at_end = getattr(mod, "RELATIVE_PAST_AT_END", False)
        pb = getattr(mod, "PAST_BEFORE", None)  # see resolvers._told_past
        self.past_before = rx(pb, re.I) if pb else None
        self.bare_decade_not_near = rx(bd, re.I) if bd else None
        self.half_game_near = rx(hg, re.I) if hg else None
        qg, qm = getattr(mod, "QUARTER_GAME_NEAR", None), getattr(mod, "QUARTER_MONEY_NEAR", None)  # resolvers.r_quarter
        qf = getattr(mod, "QUARTER_FIGURE_AFTER", None)  # see resolvers._quarter_told_done
        self.quarter_figure_after = rx(qf, re.I) if qf else None
        qt = getattr(mod, "QUARTER_FIGURE_THIS_YEAR", None)
        self.quarter_figure_this_year = rx(qt, re.I) if qt else None
        self.quarter_game = (rx(qg, re.I), rx(qm or r"(?!)", re.I)) if qg else None
        da = getattr(mod, "DECADE_ARTICLE", None)  # the article a decade or century mention starts with (engine.extract)
        self.decade_article = (rx(r"(?:" + da + r")$", re.I), rx(da, re.I)) if da else None
        # what follows a decade used as a noun's modifier ("the 90s TV comedy"): the article is the noun phrase's
        self.decade_as_modifier = getattr(mod, "DECADE_AS_MODIFIER", None)
        wg = getattr(mod, "WEEKDAY_GENERIC_BEFORE", None)  # "on a Saturday": no one day (resolvers.r_weekday)
        self.weekday_generic = rx(r"(?:" + wg + r")$", re.I) if wg else None
        self.this_weekend_by_tense = getattr(mod, "THIS_WEEKEND_BY_TENSE", False)  # see resolvers.r_relunit
        wp = getattr(mod, "WEEKEND_PLAN_BEFORE", None)
        self.weekend_plan_before = rx(wp, re.I) if wp else None
        wa = getattr(mod, "WEEKEND_AFTERMATH", None)  # see resolvers.r_relunit
        self.weekend_aftermath = rx(wa, re.I) if wa else None
        # a possessive weekday ("Thursday's vote") after a preposition of what comes before it (POSSESSIVE_WEEKDAY_AHEAD,
        # matched at the text before it): the nearest such day; after a preposition of taking part (POSSESSIVE_WEEKDAY_IN)
        # in a sentence told in the future: the coming one (see resolvers.r_weekday)
        tp = getattr(mod, "POSSESSIVE_TAKE_PART", None)  # see resolvers._possessive_weekday_ahead
        self.possessive_take_part = rx(tp, re.I) if tp else None
        pa, pi = getattr(mod, "POSSESSIVE_WEEKDAY_AHEAD", None), getattr(mod, "POSSESSIVE_WEEKDAY_IN", None)
        self.possessive_ahead = rx("(?:" + pa + r")\s*$", re.I) if pa else None
        self.possessive_in = rx("(?:" + pi + r")\s*$", re.I) if pi else None
        pp, pe = getattr(mod, "PAST_PERFECT", None), getattr(mod, "POSSESSIVE_EVENT_PREP", None)
        self.past_perfect = rx(pp, re.I) if pp else None
        self.possessive_event_prep = rx(pe, re.I) if pe else None
        ptm = getattr(mod, "PAST_TWELVE_MONTHS", None)  # see resolvers.r_relunit
        self.past_twelve_months = rx(ptm, re.I) if ptm else None
        gv = getattr(mod, "GOVERNED_PAST_VERB", None)  # see tense.governed_past
        self.governed_past = None if gv is None else tuple(rx(src, re.I) for src in (
            gv, mod.GOVERNED_PAST_PREP, getattr(mod, "GOVERNED_PAST_NOT_MID", r"(?!)"),
            getattr(mod, "GOVERNED_PAST_UNTIL", r"(?!)"), getattr(mod, "GOVERNED_PAST_BY", r"(?!)"),
            getattr(mod, "GOVERNED_PAST_NOT_BEFORE", r"(?!)")))
        pp = getattr(mod, "PLAN_PAST", None)  # see tense.plan_told_past
        self.plan_past = rx(pp, re.I) if pp else None
        pb = getattr(mod, "PASSIVE_PAST_BEFORE", None)  # see tense.governed_past
        self.passive_past = rx(pb, re.I) if pb else None
        ip = getattr(mod, "INTRO_PAST", None)  # see tense.intro_past
        self.intro_past = None if ip is None else (rx(ip, re.I), rx(getattr(mod, "INTRO_BEFORE", r""), re.I))
        self.year_block_after = rx(getattr(mod, "YEAR_NOT_BEFORE", r"(?!)"), re.I)
        self.year_block_before = rx(r"(?:" + getattr(mod, "YEAR_NOT_AFTER", r"(?!)") + r")\s*$", re.I)
        ya = getattr(mod, "YEAR_APPROX", None)  # (word before, what may follow): "around 1970." is a year
        self.year_approx = (rx(r"(?:" + ya[0] + r")\s*$", re.I), rx(ya[1], re.I)) if ya else None
        self.year_sure_cue = rx(r"(?:" + getattr(mod, "YEAR_SURE_CUE", r"(?!)") + r")\s*$", re.I)
        self.year_cue = rx(r"(?:" + getattr(mod, "YEAR_CUE", r"(?!)") + r")\s*$", re.I)
        self.season_after = rx(getattr(mod, "SEASON_AFTER", r"(?!)"), re.I)
        self.yearend_after = rx(getattr(mod, "YEAREND_AFTER", r"(?!)"), re.I)
        self.soon_before = rx(getattr(mod, "SOON_BEFORE", r"(?!)"), re.I)
        self.soon_after = rx(getattr(mod, "SOON_AFTER", r"(?!)"), re.I)
        sd = getattr(mod, "SPAN_DROP", None)  # leading words TimeML leaves outside a mention ("am", "desde")
        self.span_drop = rx(r"(?:(?:" + sd + r")\s+)+", re.I) if sd else None
        ta = getattr(mod, "TODAY_AS_DATE_AFTER", None)
        self.today_date_after = rx(ta, re.I) if ta else None
        # "today" (GENERIC_TODAY: the words for it that may mean "nowadays"; default: every day
        # word with offset 0, not "tonight") is "nowadays" (PRESENT_REF) in a generic statement
        # ("computers in use today", "is today a busy city"), as "heute" in German. It is the day
        # of the text when a time of day follows (TODAY_AS_DATE_AFTER), in a news report (the
        # NEWS_CUE words), when its clause tells an event (a reporting verb, a past or future
        # tense: TODAY_AS_DATE_NEAR), or as the complement of an event noun ("the announcement of
        # today": TODAY_AS_DATE_BEFORE); see viz.dates.resolvers.r_relday
        gt = getattr(mod, "GENERIC_TODAY", None)
        self.generic_today = ({_norm_word(w) for w in gt} if gt is not None else
                              {_norm_word(k) for k, v in getattr(mod, "RELDAYS", {}).items() if v == 0})
        tb = getattr(mod, "TODAY_AS_DATE_BEFORE", None)  # "l'annonce d'aujourd'hui"
        self.today_date_before = rx("(?:" + tb + ")$", re.I) if tb else None
        tn = getattr(mod, "TODAY_AS_DATE_NEAR", None)  # a cue in the same clause: "heute" is the day of the text
        self.today_date_near = rx(tn, re.I) if tn else None
        # ... or, searched only next to the "today" at hand (as cheap with many of them in a clause): a cue before it
        # that reaches it (TODAY_NEAR_BEFORE), a cue after it from its end (TODAY_NEAR_AFTER), the latter not when the
        # word right before it takes "today" for itself (TODAY_NEAR_HELD: Swahili "zinazotumika leo zimejengwa")
        nb, na, nh = (getattr(mod, k, None) for k in ("TODAY_NEAR_BEFORE", "TODAY_NEAR_AFTER", "TODAY_NEAR_HELD"))
        self.today_near_before = rx(r"(?:%s)\Z" % nb, re.I) if nb else None
        self.today_near_after = rx(na, re.I) if na else None
        self.today_near_held = rx(r"(?:%s)\Z" % nh, re.I) if nh else None
        self.news_only_refs = {_norm_word(w) for w in getattr(mod, "NEWS_ONLY_REFS", ())}
        # day words that are also nouns, capitalized (German "der Morgen", the morning, and "morgen", tomorrow)
        self.relday_nouns = {_norm_word(w) for w in getattr(mod, "RELDAY_NOUNS", ())}
        rr = getattr(mod, "RELDAY_AS_REF_AFTER", None)
        self.relday_ref_after = rx("(?:" + rr + r")$", re.I) if rr else None
        dn = getattr(mod, "DATE_NOT_AFTER", None)
        self.date_block_before = rx(r"(?:" + dn + r")\s*$", re.I) if dn else None
        nc = getattr(mod, "NEWS_CUE", r"(?!)")
        if getattr(mod, "GENERIC_TODAY", None) and getattr(mod, "WEEKDAYS", None):
            # a text that names the days of its week ("on Wednesday", "ce mercredi") is a news report
            nc = r"(?:%s)|(?<!\w)%s(?!\w)" % (nc, _alt_kept(cache, mod.WEEKDAYS))
        self.news_cue = rx(nc, re.I)
        cl = getattr(mod, "CLITICS", None)  # a conjunction written onto the next word (Arabic "و", "ف")
        self.clitic = rx(r"(?:" + cl + r")(?=\w)") if cl else None
        da = getattr(mod, "DAY_ARTICLE", None)
        self.day_article = rx(r"(?<![\w])(?:" + da + r")$", re.I) if da else None
        mp = getattr(mod, "MOD_PREFIX", None)
        self.mod_prefix = rx(r"(?:" + mp + r")$", re.I) if mp else None
        cap = getattr(mod, "CAPITALIZED_NAMES", False)

        def words(d, capitalize=False, k=None):
            """Alternation of the words of d; with k, of their first k characters only (for the guards)."""
            ws = list(d)
            if k is not None:
                ws = [w if len(w.rstrip(".")) < k else w.rstrip(".")[:k] for w in ws]
            if capitalize:
                out = set()
                for w in ws:
                    out.add(w[:1].upper() + w[1:])
                    out.add(w.upper())
                    if " " in w:  # a name of several words: each capitalized but the small ones ("Fourth of July")
                        out.add(" ".join(p if p in _SMALL_WORDS else p[:1].upper() + p[1:] for p in w.split(" ")))
                return r"(?-i:" + _alt_kept(cache, out, ignorecase=False) + r")"
            return _alt_kept(cache, ws)

        day_suffix = getattr(mod, "DAY_SUFFIX", "")
        self.holidays = {_norm_word(k): v for k, v in getattr(mod, "HOLIDAYS", {}).items()}
        self.hijri_months = {_norm_word(k): v for k, v in getattr(mod, "HIJRI_MONTHS", {}).items()}
        self.solar_months = {_norm_word(k): v for k, v in getattr(mod, "SOLAR_MONTHS", {}).items()}
        self.decade_words = {_norm_word(k): v for k, v in getattr(mod, "DECADE_WORDS", {}).items()}
        digits = getattr(mod, "DIGITS", "")  # other scripts' digits 0-9, read as ASCII ones (same length)
        self.digit_table = {ord(c): ord("0") + i % 10 for i, c in enumerate(digits)} or None
        self.scan_text = getattr(mod, "scan_text", None)  # the text as scanned, same length (Chinese, Japanese)
        # marks a script writes only now and then (Arabic short vowels: "أَيَّار" is "أيار"): scanned without them
        ig = getattr(mod, "IGNORABLE", "")
        self.ignorable = rx("[%s]" % re.escape(ig)) if ig else None
        self.ignorable_set = frozenset(ig)
        word_lists = {
            # (capitalized where the language writes names so: English "Easter", not "easter")
            "HOLIDAY": (getattr(mod, "HOLIDAYS", {}) or {"(?!)": 0}, cap, r"(?![\w\-])"),
            "MONTH": (mod.MONTHS, cap, r"(?![\w\-])"),
            "WEEKDAY": (getattr(mod, "WEEKDAYS", {}), cap, r"(?![\w\-])"),
            "SEASON": (getattr(mod, "SEASONS", {}) or {"(?!)": 0}, False, r"\b"),
            "NUM": (list(getattr(mod, "NUMBERS", {})) + list(getattr(mod, "VAGUE_NUMBERS", ())), False,
                    r"\b|\d{1,3}(?![\d.,])"),
            "ORD": (getattr(mod, "ORDINALS", {}) or {"(?!)": 0}, False, r"\b"),
            "UNIT": (getattr(mod, "UNITS", {}) or {"(?!)": 0}, False, r"\b"),
            "DIR": (getattr(mod, "DIRS", {}) or {"(?!)": 0}, False, r"\b"),
            "RELDAY": (getattr(mod, "RELDAYS", {}) or {"(?!)": 0}, False, r"(?![\w\-])"),
            "REF": (getattr(mod, "REFS", {}) or {"(?!)": 0}, False, r"(?![\w\-])"),
            "HMONTH": (getattr(mod, "HIJRI_MONTHS", {}) or {"(?!)": 0}, False, r"(?![\w\-])"),
            "SMONTH": (getattr(mod, "SOLAR_MONTHS", {}) or {"(?!)": 0}, False, r"(?![\w\-])"),
            "DECWORD": (getattr(mod, "DECADE_WORDS", {}) or {"(?!)": 0}, False, r"(?![\w\-])"),
        }
        # a language written without spaces between words (Chinese, Japanese) has no word ends to check after a word
        # of a list (WORD_END ""); one whose words take their endings attached (Korean "5월에", "지난해부터") names
        # what may follow a word instead; a count may still be written in figures
        word_end = getattr(mod, "WORD_END", None)
        if word_end is not None:
            word_lists = {name: (d, c, r"|\d{1,3}(?![\d.,])" if name == "NUM" else word_end)
                          for name, (d, c, _tail) in word_lists.items()}
        self.fragments = {name: words(d, c) + tail for name, (d, c, tail) in word_lists.items()}
        self.fragments.update({
            "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?!\d)" + day_suffix,
            "YEAR": r"(?:1[0-9]\d\d|20\d\d)(?![\d%]|[.,]\d)",
            "YY": r"'?\d\d(?![\d%:]|[.,]\d)",
        })
        # the same, cut to what the guards look at (the first _GUARD_CHARS characters): cheap to analyse
        self._guard_fragments = dict(self.fragments)
        self._guard_fragments.update({name: words(d, c, _GUARD_CHARS) + tail
                                      for name, (d, c, tail) in word_lists.items()})
        self.rules = []
        self.rule_guards = []  # per rule: the sets of its possible first characters (see firstchars)
        sources = []
        for i, (kind, template) in enumerate(mod.RULES):
            rx_src = re.sub(r"\{([A-Z]+)(?::(\w+))?\}", self._expand, template)
            sources.append(rx_src)
            self.rules.append((kind, _LazyRx(rx_src, cache)))
            cache.keep(rx_src, re.I)  # compiled when first used, by this process or another
            used = sorted(set(_PLACEHOLDER_NAME.findall(template)))
            seq = cache.memo("guard\x00%d\x00%s\x00%s" % (_GUARD_CHARS, template, "\x00".join(
                "%s=%s" % (k, self._guard_fragments[k]) for k in used)),
                lambda: first_chars_seq(template, _GUARD_CHARS, fragments=self._guard_fragments))
            self.rule_guards.append(tuple(seq) if seq else ())
        # A language without spaces names the characters a rule may follow (RULE_AFTER: not inside a number)
        start = getattr(mod, "RULE_AFTER", r"\W")
        guards = "\x00".join("\x01".join("".join(sorted(cs)) for cs in g) for g in self.rule_guards)  # (sets: sorted)
        self.master_source = cache.memo("master\x00%s\x00%s\x00%s" % (start, guards, "\x00".join(sources)),
                                        lambda: _master_source(start, sources, self.rule_guards))
        self.master = rx(self.master_source, re.I)
        gi = self.master.groupindex
        self.rule_group = [gi["r%d" % i] for i in range(len(self.rules))]  # master group number of each rule
        self.rule_of_group = {g: i for i, g in enumerate(self.rule_group)}
        self.cache = cache
        cache.save()

    def _expand(self, m):
        name, suffix = m.group(1), m.group(2) or ""
        return "(?P<%s%s>%s)" % (name.lower(), suffix, self.fragments[name])


def compile_language(mod) -> Lang:
    return Lang(mod)


# ------------------------------------------------------------------------------------------ extraction


def _emit(out, ctx, text, lang, s, e, value, gran, mkind, rule_kind):
    gran_out = (granularity_of(value) or gran) if value else gran
    ds, de = interval(value) if value else (None, None)
    out.append(Mention(s, e, text[s:e], value, gran_out, ds, de, mkind))
    if rule_kind == "named_date":  # "the Jan. 6 committee", "after 9/11": a name, not the time the story is told in
        return
    if value and mkind == "absolute" and value[:4].isdigit() and gran_out in ("day", "month"):
        ctx.doc_year = int(value[:4])
        if gran_out == "day":  # a day written with its year: the same day written again without it is that one
            ctx.told_days[value[5:]] = int(value[:4])
    ctx.last_gran, ctx.last_value, ctx.last_start, ctx.last_end, ctx.last_kind = gran_out, value, s, e, mkind
    if value and gran_out in ("day", "month", "year", "week", "quarter", "season", "half"):
        ctx.anchor = (value, gran_out)
        if gran_out in ("day", "month") and value[:4].isdigit():
            ctx.day_anchor = (value, gran_out, e)
    if gran_out == "quarter" and value and rule_kind not in ("ago", "ctxquarter"):
        # "the year-ago quarter", "last year's third quarter": the comparison, not the quarter being reported
        if not (mkind == "relative" and ctx.ref is not None and value[:4] != str(ctx.ref.year)):
            ctx.last_quarter = (value, e)


def _master_source(start: str, sources: list, guards: list) -> str:
    """The master regex: one scan over " " + text, each match one character a rule may follow (a non-word character:
    rules start at a word start) followed by the first rule, in RULES order, that matches right after it. Starting
    with a case-sensitive class lets `re` jump from one such character to the next without trying the positions in
    between. The master holds no group of the rules, only an empty group "rI" after rule I that names it."""
    firsts, tails = [], []  # per rule: its first characters (None: unguarded) and the rest of its alternative
    for i, (rx_src, seq) in enumerate(zip(sources, guards)):
        body = "(?:%s)" % _without_groups(rx_src)
        if seq:
            # "[c1][c2]..[c6](?<=(?=RULE)......)(?P<rI>)": `re` skips the rule without entering it unless the next
            # character is in [c1] (written case-sensitively: only a plain class allows that), and unless the next
            # six can begin a match; the lookbehind steps back over them and the lookahead matches the rule from
            # there. [c2].. are case-sensitive too, with both cases where the rule ignores case (re need not lower
            # each character: 2% of the extraction's instructions on en-dev).
            rest = "(?-i:%s)" % "".join(char_class(cs) for cs in seq[1:]) if len(seq) > 1 else ""
            firsts.append(set(seq[0]))
            tails.append("%s(?<=(?=%s)%s)(?P<r%d>)" % (rest, body, "." * len(seq), i))
        else:
            firsts.append(None)
            tails.append("(?=%s)(?P<r%d>)" % (body, i))
    alts = []
    for a, b in _blocks(firsts):
        if b - a == 1:
            alts.append(tails[a] if firsts[a] is None else "(?-i:%s)%s" % (char_class(firsts[a]), tails[a]))
        else:  # consecutive rules behind one class, the union of their first characters (see _blocks)
            alts.append("(?-i:%s)(?:%s)" % (char_class(set().union(*firsts[a:b])), "|".join(tails[a:b])))
    return r"(?-i:%s)(?:" % start + "|".join(alts) + ")"


def _char_weight(ch) -> float:
    """A rough share of the positions after a non-word character that hold `ch` (lower-case letters most often)."""
    if len(ch) != 1:
        return 0.05 if ch == "\\d" else 0.01
    if "a" <= ch <= "z":
        return 0.75 / 26
    if "A" <= ch <= "Z":
        return 0.2 / 26
    if "0" <= ch <= "9":
        return 0.005
    return 0.001


def _blocks(firsts) -> list:
    """Consecutive runs of rules to put behind one class of first characters, as (start, end) pairs.

    At each position `re` checks the first class of every alternative of the master (the most part of its time);
    rules behind a common class are checked only when it holds, after which each checks its second characters.
    Rules stay in their order, so the first rule that matches still wins. The runs minimise, by dynamic
    programming, the expected checks per position: 1 for a run's class, plus, for a run of several, the share of
    positions it lets in (_char_weight) times its number of rules. An unguarded rule (None) stands alone."""
    n = len(firsts)
    best, cut = [0.0] + [float("inf")] * n, [0] * (n + 1)
    for b in range(1, n + 1):
        union, share = set(), 0.0
        for a in range(b - 1, -1, -1):
            if firsts[a] is None:
                if a == b - 1:
                    cost = 1.0
                else:
                    break
            else:
                new = firsts[a] - union
                union |= new
                share = min(1.0, share + sum(map(_char_weight, new)))
                cost = 1.0 if a == b - 1 else 1.0 + share * (b - a)
            if best[a] + cost < best[b]:
                best[b], cut[b] = best[a] + cost, a
            if firsts[a] is None:
                break
    out, b = [], n
    while b > 0:
        out.append((cut[b], b))
        b = cut[b]
    return out[::-1]


def _guard_ok(guard, text, s):
    """Can a rule with these first-character sets start at text[s]? (saves compiling rules that cannot)"""
    for i, chars in enumerate(guard):
        if s + i >= len(text):
            return False
        ch = text[s + i]
        if ch not in chars and not ("\\d" in chars and ch.isdecimal()) and not ("\\s" in chars and ch.isspace()):
            return False
    return True


def _inside_number(text, s):
    """Do the digits at s continue the number before its "," or "." ("1,000", "2.500", "1.5")? Not a list of years
    written without a space ("1998,1999"): four digits on each side."""
    a = s - 1
    while a > 0 and text[a - 1].isdigit():
        a -= 1
    b = s
    while b < len(text) and text[b].isdigit():
        b += 1
    return not (s - 1 - a == 4 and b - s == 4)


def _drop_lead(lang, text, s, e):
    """Start of the mention without the leading prepositions the language leaves outside ("am 5. Mai" -> "5. Mai",
    "desde el lunes" -> "el lunes")."""
    for rx in (lang.clitic, lang.span_drop, lang.clitic):
        if rx is not None:
            m = rx.match(text, s, e)
            if m is not None and m.end() < e:
                if rx is lang.clitic and lang.master.match(" " + text[m.end():e]) is None:
                    continue  # a root letter, not a conjunction: "فبراير", "في", "فصل"
                s = m.end()
    return s


def _year_to_range_start(out, text, s, value):
    """A year-less date or month right before a dated one, joined as a range ("from August 24 to September 5,
    2012"), takes that year (the year before when its month comes later: "December 20 to January 5, 2013")."""
    prev = out[-1]
    if prev.kind != "anchored" or prev.granularity not in ("day", "month") or not prev.value[:4].isdigit():
        return
    if not (value[:4].isdigit() and len(value) >= 7 and value[4] == "-" and value[5:7].isdigit()):
        return
    gap = RANGE_GAP.fullmatch(text, prev.end, s)
    if gap is None or s - prev.end > 12:
        return
    y = int(value[:4]) - (1 if prev.value[5:7] > value[5:7] else 0)
    v = "%04d%s" % (y, prev.value[4:])
    ds, de = interval(v)
    if ds is None:
        return
    out[-1] = dataclasses.replace(prev, value=v, date_start=ds, date_end=de)


def extract(text: str, lang: Lang, reference_date: dt.date | None, reference_year: int | None = None) -> list[Mention]:
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    original = None
    if lang.digit_table is not None:  # "۱۴ فروردین ۱۴۰۳": scan the ASCII digits, report the text as written
        original, text = text, text.translate(lang.digit_table)
    if lang.scan_text is not None:  # "二〇二一年五月七日": the same, for number characters where they count time
        scanned = lang.scan_text(text)
        if scanned != text:
            original, text = original or text, scanned
    keep = None
    if lang.ignorable is not None and lang.ignorable.search(text):
        if original is None:
            original = text
        marks = lang.ignorable_set
        keep = [i for i, ch in enumerate(text) if ch not in marks]
        text = "".join(text[i] for i in keep)
    out = _scan(text, lang, reference_date, reference_year)
    if lang.cache.new:  # a rule's regex compiled for the first time: kept for the next process
        lang.cache.save()
    if keep is not None:  # offsets back into the text as written (marks inside a mention stay in it)
        keep.append(len(original))
        out = [dataclasses.replace(m, start=keep[m.start], end=keep[m.end]) for m in out]
    if original is not None and original != text:
        out = [dataclasses.replace(m, text=original[m.start:m.end]) for m in out]
    return out


def _scan(text, lang, reference_date, reference_year=None):
    ctx = Ctx(text, lang, reference_date, reference_year)
    out = []
    padded = " " + text  # the master regex consumes the character before each rule (see Lang)
    master_search = lang.master.search
    rules = lang.rules
    rule_of_group = lang.rule_of_group
    guards = lang.rule_guards
    mod_prefix = lang.mod_prefix
    pos = 0
    n = len(text)
    while pos < n:
        m = master_search(padded, pos)
        if m is None:
            break
        s = m.start()  # = the rule's start in text
        if s > 1 and text[s - 1] in ",." and text[s - 2].isdigit() and _inside_number(text, s):
            pos = s + 1  # "1,000 years ago", "1.5 years": the rest of a number, not one of its own
            continue
        # the master holds no group of the rules (copying the groups' marks was a third of its time): only an empty
        # group after each rule, which names it; the rule's own regex gives its groups
        idx = rule_of_group[m.lastindex]
        res = None
        while True:
            kind, rx = rules[idx]
            rm = rx.match(text, s)
            if rm is not None:
                ctx.match = rm
                rend = rm.end()
                res = RESOLVERS[kind](ctx, rm.groupdict(), s, rend)
                if res is not None:
                    break
            # rejected (or, at the text's start, a rule that needs a character before it): try the later rules
            idx += 1
            while idx < len(rules) and not _guard_ok(guards[idx], text, s):
                idx += 1
            if idx == len(rules):
                break
        if res is None:
            pos = s + 1
            continue
        if isinstance(res, list) and not res:  # a match that is no date ("Avenida 17 de Junio"): skip it whole
            pos = max(rend, s + 1)
            continue
        if isinstance(res, list):  # several mentions from one match (ranges): [(start, end, value, gran, kind)]
            for ps, pe, value, gran, mkind in res:
                ps = _drop_lead(lang, text, ps, pe)
                _emit(out, ctx, text, lang, ps, pe, value, gran, mkind, kind)
            pos = max(res[-1][1], s + 1)
            continue
        else:
            e = rend
            while e > s and text[e - 1].isspace():
                e -= 1
            value, gran, mkind = res
            if mod_prefix is not None and s > 0:
                pm = mod_prefix.search(text, max(0, s - 30), s)
                if pm:
                    s = pm.start()
            if (kind == "decade" and gran == "decade" and lang.decade_as_modifier is not None
                    and lang.decade_as_modifier.match(text, e) and lang.decade_article is not None):
                # a decade as a noun's modifier ("the 90s TV comedy"): the mention without the noun phrase's article
                a = lang.decade_article[1].match(text, s, e)
                if a:
                    s = a.end()
            elif (lang.decade_article is not None and gran in ("decade", "century") and s > 0
                    and not lang.decade_article[1].match(text, s, e)):
                # (not a second "the": "the the 1980s")
                am = lang.decade_article[0].search(text, max(0, s - 8), s)  # "the late 1970s", "the 90s": with "the"
                if am:
                    s = am.start()
            s = _drop_lead(lang, text, s, e)
            if out and value and mkind == "absolute":
                _year_to_range_start(out, text, s, value)
            _emit(out, ctx, text, lang, s, e, value, gran, mkind, kind)
        pos = max(rend, s + 1)
    return out
