"""Guess a document's publication date from its own text (an *inferred* date, never a given one).

Evidence, strongest first:
  1. a dateline near the top: "TEHRAN, April 3 (MNA) -", "PARIS, 12 mai 2021 -", "12 mai 2021 -", "(AP) _" lines;
     a year-less dateline takes its year from the latest explicit year in the text;
  2. otherwise the latest explicit full date (day, month and year written out) in the text.
Relative expressions are never used: they need the date we are looking for."""
from __future__ import annotations

import datetime as dt
import re

from . import lang as _lang
from .engine import extract

_HEAD = 400          # the dateline is in the first characters
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-\u2013\u2014_:|]|$)", re.M)


def infer_publication_date(text: str, *, lang: str) -> tuple[dt.date | None, str]:
    """(date, explanation) -- (None, reason) when nothing in the text supports a guess."""
    if not text or not text.strip():
        return None, "empty text"
    mentions = extract(text, _lang.get(lang), None)  # no reference date: only what the text itself says
    full = [m for m in mentions if m.granularity == "day" and m.kind == "absolute" and m.value]
    years = [int(m.value[:4]) for m in mentions if m.value[:4].isdigit() and m.kind == "absolute"]
    head_end = min(len(text), _HEAD)
    for m in mentions:
        if m.start >= head_end:
            break
        if m.granularity != "day" or not _DATELINE_TAIL.match(text, m.end):
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        prefix = text[line_start:m.start]
        if len(prefix) > 60 or (prefix.strip() and not prefix.rstrip().endswith((",", "-", "\u2013", "\u2014"))):
            continue
        if m.value:
            return dt.date.fromisoformat(m.value), "dateline %r near the top of the text" % m.text
        if years:  # year-less dateline ("TEHRAN, April 3 (MNA) -"): the latest explicit year of the text
            y = max(years)
            d = _with_year(m, y, lang)
            if d is not None:
                return d, "dateline %r with year %d, the latest explicit year in the text" % (m.text, y)
    if full:
        best = max(full, key=lambda m: m.value)
        return dt.date.fromisoformat(best.value), "latest full date written in the text (%r)" % best.text
    return None, "no dateline and no full date (day, month and year) in the text"


def _with_year(m, year, lang):
    res = extract(m.text, _lang.get(lang), dt.date(year, 12, 31))
    for r in res:
        if r.granularity == "day" and r.value:
            try:
                return dt.date(year, int(r.value[5:7]), int(r.value[8:10]))
            except ValueError:
                return None
    return None
