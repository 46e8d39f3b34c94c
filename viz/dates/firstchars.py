"""Speed: the set of characters a regex can start with.

The engine puts each rule of the master regex behind a case-sensitive one-character class of its possible first
characters; the regex engine (``re``) skips an alternative that starts with a plain character class without
entering it, so the scan only tries the few rules that can start at each word. Case is folded only where the rule
is case-insensitive: an English month name (``(?-i:January|...)``) can start with "J" but not "j"."""
from __future__ import annotations

import re

try:
    from re import _parser as _sp, _constants as _c
except ImportError:  # Python < 3.11
    import sre_parse as _sp  # type: ignore
    import sre_constants as _c  # type: ignore

try:  # characters that match each other case-insensitively beyond lower()/upper() ('s' ~ 'ſ', 'k' ~ Kelvin sign)
    from re._casefix import _EXTRA_CASES  # type: ignore
except ImportError:  # pragma: no cover - older Pythons
    try:
        from sre_compile import _ignorecase_fixes as _fx  # type: ignore
        _EXTRA_CASES = {k: v for k, v in _fx.items()}
    except Exception:  # noqa: BLE001
        _EXTRA_CASES = {}

# \d and \s match many Unicode characters: kept as class escapes inside the sets
_DIGITS = frozenset(("\\d",))
_SPACE = frozenset(("\\s",))
_TOKENS = ("\\d", "\\s")
_I = int(_c.SRE_FLAG_IGNORECASE)


# characters X (other than c and c.upper()) whose simple lower case, as the regex engine computes it, is c
_IRREGULAR = {"i": "\u0130", "k": "\u212a", "\u00e5": "\u212b", "\u00df": "\u1e9e", "\u03c9": "\u2126",
              "\u03b8": "\u03f4", "\u01c6": "\u01c5", "\u01c9": "\u01c8", "\u01cc": "\u01cb", "\u01f3": "\u01f2"}
try:
    from _sre import unicode_tolower as _tolower
except ImportError:  # pragma: no cover
    def _tolower(x):
        lo = chr(x).lower()
        return ord(lo) if len(lo) == 1 else x


def _fold(chars):
    """Every character that matches one of `chars` under re.IGNORECASE."""
    out = set()
    for ch in chars:
        out.add(ch)
        if len(ch) != 1:  # \d, \s
            continue
        lo = chr(_tolower(ord(ch)))
        for low in (lo,) + tuple(chr(x) for x in _EXTRA_CASES.get(ord(lo), ())):
            out.add(low)
            up = low.upper()
            if len(up) == 1:
                out.add(up)
            out.update(_IRREGULAR.get(low, ""))
    return out


def _first(items, ic, i=0):
    """(chars, nullable) for the sequence items[i:]; chars None = unknown (any)."""
    out = set()
    while i < len(items):
        op, av = items[i]
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            i += 1
            continue
        chars, nullable = _first_op(op, av, ic)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
        i += 1
    return out, True


_LIT_CACHE: dict = {}


def _first_op(op, av, ic):
    if op == _c.LITERAL:
        r = _LIT_CACHE.get((av, ic))
        if r is None:
            r = _LIT_CACHE[av, ic] = frozenset(_fold({chr(av)}) if ic else {chr(av)})
        return r, False
    if op == _c.IN:
        chars = set()
        for iop, iav in av:
            if iop == _c.LITERAL:
                chars.add(chr(iav))
            elif iop == _c.RANGE:
                if iav[1] - iav[0] > 300:
                    return None, False
                chars |= {chr(x) for x in range(iav[0], iav[1] + 1)}
            elif iop == _c.CATEGORY and iav == _c.CATEGORY_DIGIT:
                chars |= _DIGITS
            elif iop == _c.CATEGORY and iav == _c.CATEGORY_SPACE:
                chars |= _SPACE
            else:  # NEGATE, other categories: unknown
                return None, False
        return (_fold(chars) if ic else chars), False
    if op == _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        sub_ic = (ic or bool(add_flags & _I)) and not (del_flags & _I)
        return _first(list(sub), sub_ic)
    if op == _c.BRANCH:
        chars, nullable = set(), False
        for b in av[1]:
            bc, bn = _first(list(b), ic)
            if bc is None:
                return None, False
            chars |= bc
            nullable = nullable or bn
        return chars, nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op == getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, _hi, sub = av
        chars, nullable = _first(list(sub), ic)
        if chars is None:
            return None, False
        return chars, nullable or lo == 0
    return None, False


def first_chars(src: str, ignorecase: bool = True) -> frozenset | None:
    """The characters a match of `src` can start with (exactly as the regex engine compares them), or None when
    unknown (the pattern can match the empty string or starts with a wide class)."""
    try:
        chars, nullable = _first(list(_sp.parse(src, _I if ignorecase else 0)), ignorecase)
    except Exception:  # noqa: BLE001 - any parser surprise: unknown
        return None
    if chars is None or nullable or not chars:
        return None
    return frozenset(ch for ch in chars if len(ch) == 1 or ch in _TOKENS)


def char_class(chars) -> str:
    """A regex character class (no flags needed) for a set of characters (and \\d, \\s), written compactly."""
    toks = [t for t in _TOKENS if t in chars]
    cs = sorted(c for c in chars if c not in _TOKENS
                and not ("\\d" in toks and c.isdecimal()) and not ("\\s" in toks and c.isspace()))
    if not toks and len(cs) == 1:
        return re.escape(cs[0])
    esc = lambda c: re.escape(c) if c not in "-]\\^" else "\\" + c  # noqa: E731
    parts, i = list(toks), 0
    while i < len(cs):
        j = i
        while j + 1 < len(cs) and ord(cs[j + 1]) == ord(cs[j]) + 1:
            j += 1
        if j - i >= 2:
            parts.append(esc(cs[i]) + "-" + esc(cs[j]))
        else:
            parts.extend(esc(c) for c in cs[i:j + 1])
        i = j + 1
    return "[" + "".join(parts) + "]"


def first_chars_guard(src: str) -> str:
    """A lookahead '(?=[...])' listing the possible first characters of `src` (matched with re.I), or ''."""
    chars = first_chars(src)
    if not chars:
        return ""
    return "(?=" + char_class(chars) + ")"


# ----------------------------------------------------------------------------------- first k characters

_ANYSET = None  # a position that can hold any character


def _seqs(items, ic, k, limit):
    """Set of tuples (length <= k) of character sets: the possible beginnings of a match of items, one set per
    position; a tuple shorter than k ends with None (unknown continuation) or is a complete match."""
    results = {()}
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        nxt = set()
        todo = [r for r in results if len(r) < k and (not r or r[-1] is not _ANYSET)]
        done = [r for r in results if r not in todo]
        nxt.update(done)
        if todo:
            tails = _op_seqs(op, av, ic, k, limit)
            for r in todo:
                for t in tails:
                    nxt.add((r + t)[:k])
        if len(nxt) > limit:
            raise OverflowError
        results = nxt
        if all(len(r) >= k or (r and r[-1] is _ANYSET) for r in results):
            break
    return results


def _op_seqs(op, av, ic, k, limit):
    if op in (_c.LITERAL, _c.IN):
        chars, _ = _first_op(op, av, ic)
        return {(frozenset(chars) if chars is not None else _ANYSET,)}
    if op == _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        sub_ic = (ic or bool(add_flags & _I)) and not (del_flags & _I)
        return _seqs(list(sub), sub_ic, k, limit)
    if op == _c.BRANCH:
        out = set()
        for b in av[1]:
            out |= _seqs(list(b), ic, k, limit)
            if len(out) > limit:
                raise OverflowError
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op == getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, hi, sub = av
        one = _seqs(list(sub), ic, k, limit)
        out = set()
        cur = {()}
        for n in range(0, min(hi, k) + 1):
            if n >= lo:
                out |= cur
            if n == min(hi, k):
                break
            cur = {(a + b)[:k] if not (a and a[-1] is _ANYSET) else a for a in cur for b in one}
            if len(cur) > limit:
                raise OverflowError
        if hi > k:  # longer repetitions start like k repetitions
            out |= cur
        return out
    return {(_ANYSET,)}


def first_chars_seq(src: str, k: int = 3, ignorecase: bool = True, limit: int = 2000) -> list | None:
    """Per position 0..n-1 (n <= k), the characters a match of `src` can have there: every match is at least n
    characters long and its i-th character is in the i-th set. None when even the first character is unknown."""
    try:
        seqs = _seqs(list(_sp.parse(src, _I if ignorecase else 0)), ignorecase, k, limit)
    except Exception:  # noqa: BLE001 - parser surprise or too many combinations: fall back to one character
        chars = first_chars(src, ignorecase)
        return [chars] if chars else None
    return _seqs_to_sets(seqs, k)


def _seqs_to_sets(seqs, k):
    n = k
    for s in seqs:
        m = 0
        while m < len(s) and s[m] is not _ANYSET:
            m += 1
        n = min(n, m)
    if n == 0:
        return None
    out = []
    for i in range(n):
        u = set()
        for s in seqs:
            u |= s[i]
        out.append(frozenset(ch for ch in u if len(ch) == 1 or ch in _TOKENS))
    return out


# ----------------------------------------------------------------------------------- a small regex reader
# sre's own parser (re._parser) is written in Python and slow; compiling a language needs the first characters of
# every rule, so this reads just enough regex syntax to build the same tree items (LITERAL, IN, SUBPATTERN, BRANCH,
# MAX_REPEAT, AT/ASSERT, ANY). Anything unusual raises _Unknown and the caller falls back to re._parser.
# tests/test_dates.py checks that both give the same guards for every rule of every language.

class _Unknown(Exception):
    pass


_CTRL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANT = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
_FLAGS = re.compile(r"\(\?([aiLmsux]*)(?:-([imsx]+))?:")
_MAXREPEAT = _c.MAXREPEAT


def _escape_char(src, pos):
    """(char or None for a category, category or None, new pos) for the escape at src[pos] == '\\'."""
    c = src[pos + 1:pos + 2]
    if not c:
        raise _Unknown
    if c in _CTRL:
        return _CTRL[c], None, pos + 2
    if c in "xuU":
        width = {"x": 2, "u": 4, "U": 8}[c]
        h = src[pos + 2:pos + 2 + width]
        if len(h) != width or any(x not in "0123456789abcdefABCDEF" for x in h):
            raise _Unknown
        return chr(int(h, 16)), None, pos + 2 + width
    if c == "d":
        return None, _c.CATEGORY_DIGIT, pos + 2
    if c == "s":
        return None, _c.CATEGORY_SPACE, pos + 2
    if c in "wWDS":
        return None, "unknown", pos + 2
    if c.isascii() and (c.isalnum()):
        raise _Unknown  # \b, \B, \A, \Z are handled by the caller; back references, octal, \N{...}
    return c, None, pos + 2


class _Reader:
    __slots__ = ("src", "pos")

    def __init__(self, src):
        self.src, self.pos = src, 0

    def alt(self):
        branches = [self.seq()]
        while self.src[self.pos:self.pos + 1] == "|":
            self.pos += 1
            branches.append(self.seq())
        if len(branches) == 1:
            return branches[0]
        return [(_c.BRANCH, (None, branches))]

    def seq(self):
        src = self.src
        n = len(src)
        items = []
        while self.pos < n:
            ch = src[self.pos]
            if ch == "|" or ch == ")":
                break
            if ch == "(":
                item = self.group()
                if item is None:
                    continue
            elif ch == "[":
                item = self.klass()
            elif ch == "\\":
                c = src[self.pos + 1:self.pos + 2]
                if c in ("b", "B", "A", "Z"):
                    self.pos += 2
                    item = (_c.AT, None)
                else:
                    char, cat, self.pos = _escape_char(src, self.pos)
                    if cat == "unknown":
                        item = (_c.ANY, None)
                    elif cat is not None:
                        item = (_c.IN, [(_c.CATEGORY, cat)])
                    else:
                        item = (_c.LITERAL, ord(char))
            elif ch == ".":
                self.pos += 1
                item = (_c.ANY, None)
            elif ch == "^" or ch == "$":
                self.pos += 1
                item = (_c.AT, None)
            elif ch in "*+?":
                raise _Unknown  # nothing to repeat
            elif ch == "{" and _QUANT.match(src, self.pos) and src[self.pos + 1:self.pos + 2] != "}":
                raise _Unknown
            else:
                self.pos += 1
                item = (_c.LITERAL, ord(ch))
            q = self.quant()
            if q is not None:
                if item[0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                    raise _Unknown
                item = (_c.MAX_REPEAT, (q[0], q[1], [item]))
                if self.quant() is not None:
                    raise _Unknown  # multiple repeat
            items.append(item)
        return items

    def quant(self):
        src, pos = self.src, self.pos
        ch = src[pos:pos + 1]
        if ch == "?":
            lo, hi, pos = 0, 1, pos + 1
        elif ch == "*":
            lo, hi, pos = 0, _MAXREPEAT, pos + 1
        elif ch == "+":
            lo, hi, pos = 1, _MAXREPEAT, pos + 1
        elif ch == "{" and src[pos + 1:pos + 2] != "}":
            m = _QUANT.match(src, pos)
            if not m:
                return None
            a, comma, b = m.groups()
            lo = int(a) if a else 0
            hi = (int(b) if b else _MAXREPEAT) if comma else lo
            if hi < lo:
                raise _Unknown
            pos = m.end()
        else:
            return None
        if src[pos:pos + 1] in ("?", "+"):  # lazy, possessive: same possible characters
            pos += 1
        self.pos = pos
        return lo, hi

    def close(self):
        if self.src[self.pos:self.pos + 1] != ")":
            raise _Unknown
        self.pos += 1

    def group(self):
        src, pos = self.src, self.pos
        if src.startswith("(?:", pos):
            self.pos = pos + 3
            items = self.alt()
            self.close()
            return (_c.SUBPATTERN, (None, 0, 0, items))
        if src.startswith("(?P<", pos):
            end = src.find(">", pos)
            if end < 0:
                raise _Unknown
            self.pos = end + 1
            items = self.alt()
            self.close()
            return (_c.SUBPATTERN, (1, 0, 0, items))
        for opener, op in (("(?=", _c.ASSERT), ("(?!", _c.ASSERT_NOT), ("(?<=", _c.ASSERT), ("(?<!", _c.ASSERT_NOT)):
            if src.startswith(opener, pos):
                self.pos = pos + len(opener)
                self.alt()
                self.close()
                return (op, None)
        if src.startswith("(?#", pos):
            end = src.find(")", pos)
            if end < 0:
                raise _Unknown
            self.pos = end + 1
            return None
        if src.startswith("(?", pos):
            m = _FLAGS.match(src, pos)
            if not m:
                raise _Unknown  # global flags, conditionals, named back references, ...
            on, off = m.group(1), m.group(2) or ""
            self.pos = m.end()
            items = self.alt()
            self.close()
            return (_c.SUBPATTERN, (None, _I if "i" in on else 0, _I if "i" in off else 0, items))
        self.pos = pos + 1
        items = self.alt()
        self.close()
        return (_c.SUBPATTERN, (1, 0, 0, items))

    def klass(self):
        src = self.src
        pos = self.pos + 1
        negate = src[pos:pos + 1] == "^"
        if negate:
            pos += 1
        out, unknown, first = [], negate, True
        while True:
            if pos >= len(src):
                raise _Unknown
            ch = src[pos]
            if ch == "]" and not first:
                pos += 1
                break
            first = False
            if ch == "[" and src[pos + 1:pos + 2] in (":", ".", "="):
                raise _Unknown  # possible future set syntax: let sre decide
            if ch == "\\":
                if src[pos + 1:pos + 2] == "b":
                    char, cat, pos = "\b", None, pos + 2
                else:
                    char, cat, pos = _escape_char(src, pos)
            else:
                char, cat, pos = ch, None, pos + 1
            if cat == "unknown":
                unknown = True
                continue
            if cat is not None:
                out.append((_c.CATEGORY, cat))
                continue
            if src[pos:pos + 1] == "-" and src[pos + 1:pos + 2] not in ("]", ""):
                nxt = src[pos + 1]
                if nxt == "\\":
                    hi_char, hi_cat, pos2 = _escape_char(src, pos + 1)
                    if hi_cat is not None:
                        raise _Unknown
                else:
                    hi_char, pos2 = nxt, pos + 2
                if ord(hi_char) < ord(char):
                    raise _Unknown
                out.append((_c.RANGE, (ord(char), ord(hi_char))))
                pos = pos2
            else:
                out.append((_c.LITERAL, ord(char)))
        self.pos = pos
        return (_c.ANY, None) if unknown else (_c.IN, out)


def _read(src):
    r = _Reader(src)
    items = r.alt()
    if r.pos != len(src):
        raise _Unknown  # unbalanced ')'
    return items


def _profile(items, ic, k):
    """Position-wise summary of a sequence of tree items, linear in its size (no enumeration of paths):
    (sets: the characters possible at positions 0..k-1, lengths: the possible lengths capped at k,
    unknown: the first position that can hold any character, or k)."""
    sets = [set() for _ in range(k)]
    reach = {0}
    unknown = k
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        live = [o for o in reach if o < unknown]  # offsets < k where this item can start
        if not live:
            break
        base = min(live)
        kk = k - base
        if op == _c.LITERAL or op == _c.IN:
            chars, _ = _first_op(op, av, ic)
            if chars is None:
                unknown = base
                break
            for o in live:
                sets[o] |= chars
            reach = {o + 1 for o in live if o + 1 <= k} | {o for o in reach if o >= unknown}
            continue
        isets, ilens, iunk = _item_profile(op, av, ic, kk)
        for o in live:
            for j in range(k - o):
                if isets[j]:
                    sets[o + j] |= isets[j]
            unknown = min(unknown, o + iunk)
        reach = {min(o + n, k) for o in live for n in ilens} | {o for o in reach if o >= unknown}
    return sets, reach, unknown


def _item_profile(op, av, ic, k):
    if op in (_c.LITERAL, _c.IN):
        return _profile([(op, av)], ic, k)
    if op == _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _profile(sub, (ic or bool(add_flags & _I)) and not (del_flags & _I), k)
    if op == _c.BRANCH:
        sets, lens, unknown = [set() for _ in range(k)], set(), k
        for b in av[1]:
            bs, bl, bu = _profile(b, ic, k)
            for j in range(k):
                if bs[j]:
                    sets[j] |= bs[j]
            lens |= bl
            unknown = min(unknown, bu)
        return sets, lens, unknown
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op == getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, hi, sub = av
        ss, sl, su = _profile(sub, ic, k)
        sets, unknown = [set() for _ in range(k)], k
        reach = {0}
        lens = {0} if lo == 0 else set()
        for r in range(1, min(hi, k) + 1):
            live = [o for o in reach if o < k and o < unknown]
            for o in live:
                for j in range(k - o):
                    if ss[j]:
                        sets[o + j] |= ss[j]
                unknown = min(unknown, o + su)
            reach = {min(o + n, k) for o in live for n in sl} | {o for o in reach if o >= k}
            if r >= lo:
                lens |= reach
        if hi > k:
            lens |= reach
        if lo > k:
            lens = {k}
        return sets, lens, unknown
    return [set() for _ in range(k)], {1}, 0  # ANY, back references, ...


def first_chars_seq_fast(src: str, k: int = 3, ignorecase: bool = True, limit: int = 2000) -> list | None:
    """first_chars_seq() without re._parser (see _Reader) and without enumerating paths; falls back to it on
    unusual syntax."""
    try:
        sets, lens, unknown = _profile(_read(src), ignorecase, k)
    except (_Unknown, IndexError, ValueError):
        return first_chars_seq(src, k, ignorecase, limit)
    n = min(min(lens), unknown, k)
    if n <= 0:
        return None
    return [frozenset(ch for ch in sets[i] if len(ch) == 1 or ch in _TOKENS) for i in range(n)]
