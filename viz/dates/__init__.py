"""Date extraction for viz: find date mentions in text and normalise them to TIMEX3-style values.

    >>> import datetime
    >>> [m.value for m in extract_dates("It rained on 7 mai 2021.", lang="fr")]
    ['2021-05-07']

Pure Python, one precompiled regex per language (see ``engine`` and ``lang/``)."""
from __future__ import annotations

import datetime as _dt

from .engine import Mention, interval, granularity_of
from . import lang as _lang

from .pubdate import infer_publication_date

__all__ = ["extract_dates", "infer_publication_date", "Mention", "interval", "granularity_of", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES = _lang.LANGUAGES


def extract_dates(text: str, *, lang: str, reference_date: _dt.date | None = None,
                  reference_year: int | None = None) -> list[Mention]:
    """Date mentions of `text` in order.

    `lang` is an ISO 639-1 code; unknown codes use language-independent patterns only. `reference_date` (the
    document date) resolves relative expressions ("yesterday", "last October"); without it they are returned with
    value "" -- except year-less dates ("le 10 mai"), which take the last explicit year written earlier in the text.
    A reference date outside the years 1000 to 9000 (a placeholder such as 0001-01-01 or 9999-12-31, where counting
    back or ahead leaves the calendar) is no reference: as if None. Without a reference date, `reference_year` (a
    document dated by its year only) resolves what needs only a year ("last year", "two years ago", "this century")
    and gives year-less dates its year until the text writes one.
    """
    if not text:
        return []
    if reference_date is not None and not 1000 <= reference_date.year <= 9000:
        reference_date = None
    if reference_year is not None and not 1000 <= reference_year <= 9000:
        reference_year = None
    from .engine import extract
    return extract(text, _lang.get(lang), reference_date, reference_year)
