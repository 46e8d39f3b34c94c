"""Speed: the characters a regex can start with (its first character, or its first k characters).

The engine puts each rule of the master regex behind classes of the possible first characters of its matches;
``re`` skips an alternative that starts with a plain character class without entering it, so the scan only
tries the few rules that can start at each word. Case is folded only where the rule is case-insensitive: an
English month name (``(?-i:January|...)``) can start with "J" but not "j"."""
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
# (computed from _sre.unicode_tolower over all code points)
_IRREGULAR = {
    "\u0069": "\u0130", "\u006b": "\u212a", "\u00df": "\u1e9e", "\u00e5": "\u212b", "\u01c6": "\u01c5", "\u01c9": "\u01c8",
    "\u01cc": "\u01cb", "\u01f3": "\u01f2", "\u03b8": "\u03f4", "\u03c9": "\u2126", "\u1f80": "\u1f88", "\u1f81": "\u1f89",
    "\u1f82": "\u1f8a", "\u1f83": "\u1f8b", "\u1f84": "\u1f8c", "\u1f85": "\u1f8d", "\u1f86": "\u1f8e", "\u1f87": "\u1f8f",
    "\u1f90": "\u1f98", "\u1f91": "\u1f99", "\u1f92": "\u1f9a", "\u1f93": "\u1f9b", "\u1f94": "\u1f9c", "\u1f95": "\u1f9d",
    "\u1f96": "\u1f9e", "\u1f97": "\u1f9f", "\u1fa0": "\u1fa8", "\u1fa1": "\u1fa9", "\u1fa2": "\u1faa", "\u1fa3": "\u1fab",
    "\u1fa4": "\u1fac", "\u1fa5": "\u1fad", "\u1fa6": "\u1fae", "\u1fa7": "\u1faf", "\u1fb3": "\u1fbc", "\u1fc3": "\u1fcc",
    "\u1ff3": "\u1ffc",
}
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


_LIT_CACHE: dict = {}


def _first_op(op, av, ic):
    """(characters, False) matched by a LITERAL or IN item (folded when case-insensitive), or (None, False) when
    unknown (negated sets, \\w, ...)."""
    if op == _c.LITERAL:
        r = _LIT_CACHE.get((av, ic))
        if r is None:
            r = _LIT_CACHE[av, ic] = frozenset(_fold({chr(av)}) if ic else {chr(av)})
        return r, False
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


def first_chars_seq(src: str, k: int = 3, ignorecase: bool = True) -> list | None:
    """Per position 0..n-1 (n <= k), the characters a match of `src` can have there: every match is at least n
    characters long and its i-th character is in the i-th set (\\d and \\s stand for those classes). None when
    even the first character is unknown. Uses re's own parser; see first_chars_seq_fast."""
    try:
        items = list(_sp.parse(src, _I if ignorecase else 0))
    except Exception:  # noqa: BLE001 - invalid pattern: no guard (compiling it will report the error)
        return None
    return _sets(_profile(items, ignorecase, k), k)


def _sets(profile, k):
    sets, lens, unknown = profile
    n = min(min(lens), unknown, k)
    if n <= 0:
        return None
    return [frozenset(ch for ch in sets[i] if len(ch) == 1 or ch in _TOKENS) for i in range(n)]


# ----------------------------------------------------------------------------------- a small regex reader
# sre's own parser (re._parser) is written in Python and slow; compiling a language needs the first characters of
# every rule, so this reads just enough regex syntax to build the same tree items (LITERAL, IN, SUBPATTERN, BRANCH,
# MAX_REPEAT, AT/ASSERT, ANY). Anything unusual raises _Unknown and the caller falls back to re._parser.
# tests/test_dates.py checks that both give the same guards for every rule of every language.

class _Unknown(Exception):
    pass


_PLAIN = re.compile(r"[^.\\\[{()*+?^$|]+")  # characters that are literals for re._parser (not SPECIAL_CHARS)
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


_PLACEHOLDER = re.compile(r"\{([A-Z]+)(?::\w+)?\}")
_FRAG = "fragment"  # tree item for a placeholder: (_FRAG, regex source of the fragment)


class _Reader:
    __slots__ = ("src", "pos", "fragments")

    def __init__(self, src, fragments=None):
        self.src, self.pos, self.fragments = src, 0, fragments

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
            m = _PLAIN.match(src, self.pos)
            if m is not None and m.end() - self.pos > 1:  # a run of plain characters (but its last one, which a
                end = m.end() - 1                          # quantifier may follow): no quantifier in between
                items.extend((_c.LITERAL, ord(c)) for c in src[self.pos:end])
                self.pos = end
                ch = src[end]
            if ch == "{" and self.fragments is not None and _PLACEHOLDER.match(src, self.pos):
                m = _PLACEHOLDER.match(src, self.pos)
                self.pos = m.end()
                item = (_FRAG, self.fragments[m.group(1)])
            elif ch == "(":
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


def _read(src, fragments=None):
    r = _Reader(src, fragments)
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
        unknown = _spread(sets, live, isets, iunk, k, unknown)
        reach = {min(o + n, k) for o in live for n in ilens} | {o for o in reach if o >= unknown}
    return sets, reach, unknown


def _spread(sets, live, isets, iunk, k, unknown):
    """Add an item's first-character sets at each offset in ``live`` where it can start;
    returns the new offset from which nothing is known."""
    for o in live:
        for j in range(k - o):
            if isets[j]:
                sets[o + j] |= isets[j]
        unknown = min(unknown, o + iunk)
    return unknown


_FRAG_CACHE: dict = {}


def _item_profile(op, av, ic, k):
    if op == _FRAG:  # a placeholder: the fragment is read and summarised once
        key = (av, ic, k)
        r = _FRAG_CACHE.get(key)
        if r is None:
            r = _FRAG_CACHE[key] = _profile(_read(av), ic, k)
        return r
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
            unknown = _spread(sets, live, ss, su, k, unknown)
            reach = {min(o + n, k) for o in live for n in sl} | {o for o in reach if o >= k}
            if r >= lo:
                lens |= reach
        if hi > k:
            lens |= reach
        if lo > k:
            lens = {k}
        return sets, lens, unknown
    return [set() for _ in range(k)], {1}, 0  # ANY, back references, ...


def first_chars_seq_fast(src: str, k: int = 3, ignorecase: bool = True, fragments: dict | None = None) -> list | None:
    """first_chars_seq() without re._parser (see _Reader); falls back to it on unusual syntax. With `fragments`
    ({NAME: regex source}), `src` is a rule template whose placeholders {NAME} / {NAME:x} stand for (?:source):
    each fragment is read once however many rules use it."""
    try:
        items = _read(src, fragments)
        return _sets(_profile(items, ignorecase, k), k)
    except (_Unknown, IndexError, ValueError, KeyError):
        if fragments is not None:
            src = _PLACEHOLDER.sub(lambda m: "(?:%s)" % fragments[m.group(1)], src)
        return first_chars_seq(src, k, ignorecase)
