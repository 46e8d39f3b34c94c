"""The dashboard's *Export this view* link: the current filters as one offline ``report.html``.

The browser keeps the view's filters in the page URL (``assets/dashboard.js``) and gives the
link the same query string; this module turns it back into :class:`viz.query.Filters` and
writes the report with the export's own code (:mod:`viz.export`), so a report downloaded
from the dashboard is the one ``viz export --topics ... --from ...`` would write.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Mapping

EXPORT_ROUTE = "/_viz/report.html"


class BadQuery(ValueError):
    """A query string the dashboard would not write (named in the HTTP 400 answer)."""


def filters_from_query(args: Mapping[str, str]):
    """``topics=1,2&languages=en,fr&sources=A|B&from=YYYY-MM-DD&to=YYYY-MM-DD`` as Filters
    (``q=words`` is the word search, given to the export beside them)."""
    import pandas as pd

    from ..query import Filters

    def parts(key: str, sep: str) -> tuple[str, ...]:
        return tuple(x for x in (args.get(key) or "").split(sep) if x != "")

    try:
        topics = tuple(int(t) for t in parts("topics", ","))
    except ValueError:
        raise BadQuery(f"topics must be whole numbers, got {args.get('topics')!r}") from None

    def day(key: str):
        value = args.get(key)
        if not value:
            return None
        try:
            return pd.Timestamp(value)
        except (ValueError, TypeError):
            raise BadQuery(f"{key} must be a date (YYYY-MM-DD), got {value!r}") from None

    return Filters(topics=topics, languages=parts("languages", ","),
                   sources=parts("sources", "|"), date_from=day("from"), date_to=day("to"))


def search_mode(args: Mapping[str, str]) -> str:
    """``qm=meaning`` asks for the search by meaning (viz.app.search); words otherwise."""
    mode = args.get("qm") or "words"
    if mode not in ("words", "meaning"):
        raise BadQuery(f"qm must be words or meaning, got {mode!r}")
    return mode


def report_html(run, args: Mapping[str, str], meaning=None) -> bytes:
    """The bytes of ``report.html`` for ``run`` restricted as ``args`` say (``meaning(run,
    query)``: positions of the passages nearest in meaning, for ``qm=meaning``)."""
    from ..export import describe_filters
    from ..export.data import select
    from ..export.report import write_report

    filters = filters_from_query(args)
    search = (args.get("q") or "").strip()
    note = describe_filters(filters, search)
    if search and search_mode(args) == "meaning":
        from .. import schema as S
        from .search import MeaningIndex, SearchError, restrict

        try:
            pos = (meaning or (lambda r, q: MeaningIndex().nearest(r, "", q)[0]))(run, search)
        except SearchError as exc:
            raise BadQuery(str(exc)) from None
        selected = restrict(select(run, filters, ""), run.passages[S.PASSAGE_ID].to_numpy()[pos])
        note = "; ".join(x for x in (describe_filters(filters, ""),
                                     f"nearest in meaning to “{search}”") if x)
    else:
        selected = select(run, filters, search)
    with tempfile.TemporaryDirectory(prefix="viz-report-") as tmp:
        path = write_report(selected, Path(tmp) / "report.html",
                            title="viz report" + (f": {note}" if note else ""),
                            filters_text=note)
        return path.read_bytes()


SEARCH_ROUTE = "/_viz/search"


class WordIndex:
    """The run's passage texts folded once per run version; ``hits(query)`` are the ids of the
    passages holding every word of ``query`` (:func:`viz.textsearch.word_mask`)."""

    def __init__(self):
        import threading

        self._lock = threading.Lock()
        self._key = None
        self._ids = None
        self._folded = None

    def hits(self, run, version: str, query: str) -> list[int]:
        from .. import schema as S
        from ..textsearch import fold_all, word_mask

        with self._lock:
            if self._key != version:
                self._ids = run.passages[S.PASSAGE_ID].to_numpy()
                self._folded = fold_all(run.passages[S.TEXT])
                self._key = version
            ids, folded = self._ids, self._folded
        return [int(i) for i in ids[word_mask(folded, query)]]
