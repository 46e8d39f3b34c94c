"""Speed: the set of characters a regex can start with, to guard each rule of the master regex with a cheap
one-character lookahead (the scan then skips most rules at most word starts without entering them)."""
from __future__ import annotations

import re

try:
    from re import _parser as _sp, _constants as _c
except ImportError:  # Python < 3.11
    import sre_parse as _sp  # type: ignore
    import sre_constants as _c  # type: ignore

_DIGITS = set("0123456789")
_SPACE = set(" \t\n\r\f\v\u00a0\u2009\u202f")


def _first(items, i=0):
    """(chars, nullable) for the sequence items[i:]; chars None = unknown (any)."""
    out = set()
    while i < len(items):
        op, av = items[i]
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            i += 1
            continue
        chars, nullable = _first_op(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
        i += 1
    return out, True


def _first_op(op, av):
    if op == _c.LITERAL:
        return {chr(av)}, False
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
            else:
                return None, False
        return chars, False
    if op == _c.SUBPATTERN:
        return _first(list(av[-1]))
    if op == _c.BRANCH:
        chars, nullable = set(), False
        for b in av[1]:
            bc, bn = _first(list(b))
            if bc is None:
                return None, False
            chars |= bc
            nullable = nullable or bn
        return chars, nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op == getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, _hi, sub = av
        chars, nullable = _first(list(sub))
        if chars is None:
            return None, False
        return chars, nullable or lo == 0
    return None, False


def first_chars_guard(src: str) -> str:
    """A lookahead '(?=[...])' listing the possible first characters of `src` (case-folded), or '' if unknown."""
    try:
        chars, nullable = _first(list(_sp.parse(src, re.I)))
    except Exception:  # noqa: BLE001 - any parser surprise: no guard
        return ""
    if chars is None or nullable or not chars:
        return ""
    both = set()
    for ch in chars:
        both |= {ch, ch.lower(), ch.upper()}
    return "(?=[" + "".join(re.escape(c) for c in sorted(both) if len(c) == 1) + "])"
