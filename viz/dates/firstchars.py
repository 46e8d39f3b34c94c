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

_DIGITS = frozenset("0123456789")
_SPACE = frozenset(" \t\n\r\f\v\u00a0\u2009\u202f\x1c\x1d\x1e\x1f\x85\u1680\u2000\u2001\u2002\u2003\u2004"
                   "\u2005\u2006\u2007\u2008\u200a\u2028\u2029\u205f\u3000")
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


def _first_op(op, av, ic):
    if op == _c.LITERAL:
        chars = {chr(av)}
        return (_fold(chars) if ic else chars), False
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
    return frozenset(ch for ch in chars if len(ch) == 1)


def char_class(chars) -> str:
    """A regex character class (no flags needed) for a set of characters."""
    return "[" + "".join(re.escape(c) if c not in "-]\\^" else "\\" + c for c in sorted(chars)) + "]"


def first_chars_guard(src: str) -> str:
    """A lookahead '(?=[...])' listing the possible first characters of `src` (matched with re.I), or ''."""
    chars = first_chars(src)
    if not chars:
        return ""
    return "(?=" + char_class(chars) + ")"
