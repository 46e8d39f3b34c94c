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


def view_from_query(run, args: Mapping[str, str], meaning=None, words=None):
    """``(run as the page shows it, a note saying how)`` for the page's query string ``args``:
    its filters, then its search by words or by meaning (``qm=``). ``meaning(run, query)`` and
    ``words(run, query)`` give positions in ``run.passages``; the server passes its indexes,
    built once per run version. Without them a word search folds every text and a meaning
    search loads the embedder for this one call."""
    from .. import schema as S
    from ..export import describe_filters
    from ..export.data import select
    from ..query import restrict_to
    from .search import MeaningIndex, SearchError

    filters = filters_from_query(args)
    search = (args.get("q") or "").strip()
    if not search:
        return select(run, filters, ""), describe_filters(filters, "")
    if search_mode(args) == "meaning":
        find = meaning or (lambda r, q: MeaningIndex().nearest(r, "", q)[0])
        note = "; ".join(x for x in (describe_filters(filters, ""),
                                     f"nearest in meaning to “{search}”") if x)
    elif words is None:
        return select(run, filters, search), describe_filters(filters, search)
    else:
        find, note = words, describe_filters(filters, search)
    try:
        keep = run.passages[S.PASSAGE_ID].to_numpy()[find(run, search)]
    except SearchError as exc:
        raise BadQuery(str(exc)) from None
    view = select(run, filters, "")
    return restrict_to(view, view.passages[view.passages[S.PASSAGE_ID].isin(keep)]), note


def report_html(run, args: Mapping[str, str], meaning=None, words=None) -> bytes:
    """The bytes of ``report.html`` for ``run`` restricted as ``args`` say (see
    :func:`view_from_query` for ``meaning`` and ``words``)."""
    from ..export.report import write_report

    selected, note = view_from_query(run, args, meaning, words)
    with tempfile.TemporaryDirectory(prefix="viz-report-") as tmp:
        path = write_report(selected, Path(tmp) / "report.html",
                            title="viz report" + (f": {note}" if note else ""),
                            filters_text=note)
        return path.read_bytes()


SEARCH_ROUTE = "/_viz/search"
