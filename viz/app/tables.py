"""The dashboard's event and document tables (dash-ag-grid), and the search controls beside them.

The grids page their rows from the server (AG Grid's infinite row model, ``assets/workbench.js``):
only when the *Tables* panel is open, each grid asks ``POST /_viz/rows/events|documents`` for the
block of rows it draws, with the view's shown events or passages as a bitset, its column filters
and its sort (``viz.app.table_query``). So opening the panel or changing a filter at 100,000
passages sends one block of 100 rows per grid, not every row of the run. Event rows carry ``e``,
their index in the payload's events; document rows ``k``, their index here (``rid``: the grid's
row id).
"""

from __future__ import annotations

import threading

import numpy as np
import pandas as pd
from dash import dcc, html

from .. import schema as S
from ..export.data import _day
from ..store import Run
from . import ids

ROWS_ROUTE = "/_viz/rows/<table>"
SELECTION_CSV_ROUTE = "/_viz/selection.csv"
BLOCK_ROWS = 100  # rows per request of a grid
SURFACES_SHOWN = 3  # dates as written shown per event (the rest counted)


def _labels(run: Run) -> dict[int, str]:
    return {int(t): f"{int(t)}: {lbl}" for t, lbl in zip(run.topics[S.TOPIC_ID], run.topics[S.LABEL])}


def _langs(counts) -> str:
    if not isinstance(counts, dict):
        return ""
    return ", ".join(f"{k} {int(v)}" for k, v in sorted(counts.items()) if v is not None)


def _written(surfaces) -> str:
    seen = list(dict.fromkeys(str(s) for s in (surfaces if surfaces is not None else ())))
    more = len(seen) - SURFACES_SHOWN
    return " · ".join(seen[:SURFACES_SHOWN]) + (f" (+{more})" if more > 0 else "")


def event_rows(run: Run) -> list[dict]:
    """One row per event, in the payload's order (``e``): the date as written and normalised,
    granularity, representative sentence, topic, mentions, documents, languages."""
    ev = run.events.reset_index(drop=True)[[S.EVENT_ID, "surface", S.VALUE, S.DATE_START,
                                            S.DATE_END, S.GRANULARITY, S.TITLE, S.TOPIC_ID,
                                            S.N_MENTIONS, S.N_DOCUMENTS, S.LANGUAGES]]
    labels = _labels(run)
    return [{
        "e": i, "rid": f"e{i}", "id": int(e[S.EVENT_ID]), "written": _written(e["surface"]),
        "value": str(e[S.VALUE]), "start": _day(e[S.DATE_START]),
        "end": _day(e[S.DATE_END]) or _day(e[S.DATE_START]), "granularity": str(e[S.GRANULARITY]),
        "sentence": str(e[S.TITLE]), "topic": labels.get(int(e[S.TOPIC_ID]), str(e[S.TOPIC_ID])),
        "mentions": int(e[S.N_MENTIONS]), "documents": int(e[S.N_DOCUMENTS]),
        "languages": _langs(e[S.LANGUAGES]),
    } for i, e in enumerate(ev.to_dict("records"))]


def document_rows(run: Run) -> tuple[list[dict], np.ndarray]:
    """One row per document (``k``): title, date, source, language, passages, main topic and
    the first passage (the reader opens it); and each passage's document row, in payload order."""
    docs = run.documents.reset_index(drop=True)
    p = run.passages
    labels = _labels(run)
    row_of = pd.Index(docs[S.DOC_ID]).get_indexer(p[S.DOC_ID])
    counts = np.bincount(row_of[row_of >= 0], minlength=len(docs))
    pairs = pd.DataFrame({"k": row_of, "t": p[S.TOPIC_ID].astype(int).to_numpy(),
                          "pid": p[S.PASSAGE_ID].astype("int64").to_numpy(),
                          "o": p[S.ORDINAL].to_numpy()})
    pairs = pairs[pairs["k"] >= 0]
    assigned = pairs[pairs["t"] != S.OUTLIER_TOPIC]
    main = (assigned.groupby(["k", "t"]).size().reset_index(name="n")
            .sort_values(["k", "n", "t"], ascending=[True, False, True])
            .drop_duplicates("k").set_index("k")["t"]).to_dict()
    first = pairs.sort_values(["k", "o"]).drop_duplicates("k").set_index("k")["pid"].to_dict()
    dates = pd.to_datetime(docs[S.DATE]).dt.strftime("%Y-%m-%d")
    cols = zip(docs[S.DOC_ID], docs[S.TITLE], dates.astype(object).where(dates.notna(), None),
               docs[S.SOURCE].astype(object).where(docs[S.SOURCE].notna(), None),
               docs[S.LANG].astype(object).where(docs[S.LANG].notna(), None))
    rows = [{
        "k": k, "rid": f"d{k}", "id": str(doc), "title": str(title or ""), "date": date,
        "source": None if source is None else str(source),
        "language": None if lang is None else str(lang),
        "passages": int(counts[k]),
        "topic": labels.get(int(main[k])) if k in main else "Unassigned passages",
        "first_passage": int(first[k]) if k in first else None,
    } for k, (doc, title, date, source, lang) in enumerate(cols)]
    return rows, row_of.astype(np.int32)


class TableData:
    """A run version's table rows as frames (built once, on the first request for rows), and
    each passage's document row (payload order) to turn the view's passages into documents."""

    def __init__(self, run: Run, version: str):
        self.version = version
        self.events = pd.DataFrame(event_rows(run), columns=EVENT_FIELDS)
        documents, self.passage_doc = document_rows(run)
        self.documents = pd.DataFrame(documents, columns=DOCUMENT_FIELDS)

    def frame(self, table: str) -> pd.DataFrame:
        return self.events if table == "events" else self.documents

    def shown(self, table: str, bits: str | None) -> np.ndarray | None:
        """The rows the view shows, from its bitset: over the payload's events for the event
        table, over the payload's passages for the document table (a document is shown when
        one of its passages is)."""
        if bits is None:
            return None
        from .search import unpack_bits

        if table == "events":
            return unpack_bits(bits, len(self.events))
        mask = unpack_bits(bits, len(self.passage_doc))
        rows = self.passage_doc[mask]
        return np.bincount(rows[rows >= 0], minlength=len(self.documents)) > 0


_TABLE_LOCK = threading.Lock()


def table_data(run: Run, version: str) -> TableData:
    """The run's :class:`TableData`, built once per loaded run and version (the server builds it
    in the background after the payload, so opening the panel finds it ready)."""
    data = run.__dict__.get("_table_data")
    if data is None or data.version != version:
        with _TABLE_LOCK:
            data = run.__dict__.get("_table_data")
            if data is None or data.version != version:
                data = run.__dict__["_table_data"] = TableData(run, version)
    return data


EVENT_FIELDS = ["e", "rid", "id", "written", "value", "start", "end", "granularity", "sentence",
                "topic", "mentions", "documents", "languages"]
DOCUMENT_FIELDS = ["k", "rid", "id", "title", "date", "source", "language", "passages", "topic",
                   "first_passage"]


def _records(frame: pd.DataFrame) -> list[dict]:
    """JSON-ready rows: numpy scalars as Python ones, missing values as null."""
    out = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for row in out:
        for key, value in row.items():
            if isinstance(value, np.generic):
                row[key] = value.item()
    return out


def rows_answer(data: TableData, table: str, body: dict) -> dict:
    """The answer to one request of a grid's infinite row model (see ``viz.app.table_query``)."""
    from .table_query import TableQueryError, page

    if table not in ("events", "documents"):
        raise TableQueryError(f"no table {table!r}: events or documents")
    try:
        start, end = int(body.get("start", 0)), int(body.get("end", 100))
    except (TypeError, ValueError):
        raise TableQueryError("start and end must be whole numbers") from None
    try:
        shown = data.shown(table, body.get("shown"))
    except (ValueError, TypeError) as exc:
        raise TableQueryError(f"shown must be base64 bits: {exc}") from None
    rows, total = page(data.frame(table), shown, body.get("sortModel"), body.get("filterModel"),
                       start, end)
    return {"version": data.version, "rows": _records(rows), "lastRow": total}


def add_routes(server, cache) -> None:
    """``POST /_viz/rows/<table>`` on the Flask ``server``: one block of a grid's rows. Its body
    names the run version the page holds; another one answers 409 (the page reloads its data)."""
    import time

    from flask import jsonify, request

    from .table_query import TableQueryError

    @server.route(ROWS_ROUTE, methods=["POST"])
    def _rows(table):
        started = time.perf_counter()
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return jsonify({"error": "rows: the body must be a JSON object"}), 400
        current = cache.version
        if str(body.get("version")) != current:
            return jsonify({"error": "rows: the run changed", "version": current}), 409
        data = table_data(cache.run, current)
        try:
            answer = rows_answer(data, table, body)
        except TableQueryError as exc:
            return jsonify({"error": f"rows: {exc}"}), 400
        took = (time.perf_counter() - started) * 1000
        return jsonify(answer), 200, {"Cache-Control": "no-store",
                                      "Server-Timing": f"rows;dur={took:.1f}"}


# ---------------------------------------------------------------------- layout pieces

def search_mode() -> dcc.RadioItems:
    """The switch beside the search box: words or meaning."""
    return dcc.RadioItems(
        id=ids.SEARCH_MODE, inline=True, value="words", className="search-mode",
        options=[{"label": "words", "value": "words"},
                 {"label": "meaning", "value": "meaning"}],
        inputStyle={"marginRight": "3px"}, labelStyle={"marginRight": "8px"})


def selection_link() -> html.A:
    """Download the passages of the current view (filters, search, map box) as CSV; the page
    keeps its href equal to its URL's query (assets/workbench.js)."""
    return html.A("Download passages (CSV)", id=ids.SELECTION_CSV, href=SELECTION_CSV_ROUTE,
                  download="viz-selection.csv", className="viz-export",
                  title="The passages shown now (filters, search and the map's box selection) as "
                        "CSV: passage, document, title, date, topic, language, text")


def search_hits() -> html.Div:
    """The hit list beside the reader (filled by assets/workbench.js as text)."""
    return html.Div(id=ids.SEARCH_HITS, className="panel search-hits", hidden=True,
                    **{"aria-live": "polite"})


_TEXT_FILTER = {"filter": "agTextColumnFilter", "floatingFilter": True}
_NUM_FILTER = {"filter": "agNumberColumnFilter", "floatingFilter": True}

EVENT_COLUMNS = [
    {"field": "written", "headerName": "Date as written", **_TEXT_FILTER},
    {"field": "value", "headerName": "Date", "sort": "asc", **_TEXT_FILTER},
    {"field": "granularity", "headerName": "Granularity", "width": 120, **_TEXT_FILTER},
    {"field": "sentence", "headerName": "Sentence", "flex": 2, **_TEXT_FILTER},
    {"field": "topic", "headerName": "Topic", **_TEXT_FILTER},
    {"field": "mentions", "headerName": "Mentions", "width": 120, **_NUM_FILTER},
    {"field": "documents", "headerName": "Documents", "width": 120, **_NUM_FILTER},
    {"field": "languages", "headerName": "Languages", **_TEXT_FILTER},
]
DOCUMENT_COLUMNS = [
    {"field": "title", "headerName": "Title", "flex": 2, **_TEXT_FILTER},
    {"field": "date", "headerName": "Date", "sort": "asc", **_TEXT_FILTER},
    {"field": "source", "headerName": "Source", **_TEXT_FILTER},
    {"field": "language", "headerName": "Language", "width": 120, **_TEXT_FILTER},
    {"field": "passages", "headerName": "Passages", "width": 120, **_NUM_FILTER},
    {"field": "topic", "headerName": "Main topic", **_TEXT_FILTER},
]


def _grid(id_: str, columns: list[dict]):
    import dash_ag_grid as dag

    # rows come block by block from /_viz/rows (assets/workbench.js sets the datasource)
    return dag.AgGrid(
        id=id_, columnDefs=columns, rowModelType="infinite",
        defaultColDef={"sortable": True, "resizable": True, "minWidth": 90, "flex": 1},
        dashGridOptions={
            "cacheBlockSize": BLOCK_ROWS, "maxBlocksInCache": 20, "infiniteInitialRowCount": 1,
            "animateRows": False, "enableCellTextSelection": True,
        },
        getRowId="params.data.rid", className="ag-theme-alpine viz-table",
        style={"height": "420px"})


def tables_panel() -> html.Details:
    """Events and documents, sortable and filterable, following the dashboard's filters."""
    return html.Details(id=ids.TABLES, className="panel viz-tables", children=[
        html.Summary("Tables: events and documents (following the filters; click a row to read it)"),
        html.H3("Events"),
        _grid(ids.EVENT_TABLE, EVENT_COLUMNS),
        html.H3("Documents"),
        _grid(ids.DOCUMENT_TABLE, DOCUMENT_COLUMNS),
    ])


# ---------------------------------------------------------------------- the view as CSV

SELECTION_COLUMNS = ["passage_id", "doc_id", "title", "date", "topic_id", "topic", "language",
                     "text"]


def lasso_mask(x: np.ndarray, y: np.ndarray, poly) -> np.ndarray:
    """The points inside the polygon ``poly`` (x1, y1, x2, y2, ...) by the even-odd rule, with
    the page's arithmetic (assets/dashboard.js ``lassoMask``) so both keep the same passages."""
    x, y = np.asarray(x, np.float32).astype(np.float64), np.asarray(y, np.float32).astype(np.float64)
    px, py = np.asarray(poly, np.float64)[0::2], np.asarray(poly, np.float64)[1::2]
    inside = np.zeros(len(x), dtype=bool)
    near = (x >= px.min()) & (x <= px.max()) & (y >= py.min()) & (y <= py.max())
    xs, ys = x[near], y[near]
    flip = np.zeros(len(xs), dtype=bool)
    for k in range(len(px)):
        j = k - 1   # the previous vertex (the last one before the first)
        xi, yi, xj, yj = px[k], py[k], px[j], py[j]
        crosses = (yi > ys) != (yj > ys)
        with np.errstate(divide="ignore", invalid="ignore"):
            flip ^= crosses & (xs < (xj - xi) * (ys - yi) / (yj - yi) + xi)
    inside[near] = flip
    return inside


def selection_frame(run: Run, args, meaning=None, words=None) -> pd.DataFrame:
    """The passages the dashboard shows for the query string ``args`` (its filters, its word or
    meaning search, its map box ``box=x0,y0,x1,y1`` or lasso ``lasso=x1,y1,x2,y2,...``, and its
    brush by date mentioned
    ``mfrom``/``mto``), one row each: passage, document, title, date, topic, language, text."""
    from .export_view import BadQuery, view_from_query

    p = view_from_query(run, args, meaning, words)[0].passages
    box = [x for x in (args.get("box") or "").split(",") if x != ""]
    if box:
        try:
            x0, y0, x1, y1 = (float(v) for v in box)
        except ValueError:
            raise BadQuery(f"box must be four numbers x0,y0,x1,y1, got {args.get('box')!r}") from None
        # the page's test, on the same float32 coordinates it holds
        x = p[S.X].fillna(0).to_numpy(np.float32)
        y = p[S.Y].fillna(0).to_numpy(np.float32)
        p = p[(x >= np.float32(x0)) & (x <= np.float32(x1)) & (y >= np.float32(y0))
              & (y <= np.float32(y1))]
    lasso = [v for v in (args.get("lasso") or "").split(",") if v != ""]
    if lasso:
        try:
            poly = np.array([float(v) for v in lasso], dtype=np.float64)
        except ValueError:
            poly = np.array([np.nan])
        if len(poly) < 6 or len(poly) % 2 or not np.isfinite(poly).all():
            raise BadQuery("lasso must be three or more points x1,y1,x2,y2,..., got "
                           f"{args.get('lasso')!r}")
        p = p[lasso_mask(p[S.X].fillna(0).to_numpy(np.float32),
                         p[S.Y].fillna(0).to_numpy(np.float32), poly)]
    m_from, m_to = args.get("mfrom") or None, args.get("mto") or None
    if m_from or m_to:   # the brush by date mentioned (mfrom/mto: YYYY-MM-DD)
        from ..query import mentioning

        try:
            keep = mentioning(run, m_from, m_to)
        except (ValueError, TypeError):
            raise BadQuery(f"mfrom and mto must be dates (YYYY-MM-DD), got {m_from!r} and "
                           f"{m_to!r}") from None
        p = p[p[S.PASSAGE_ID].astype("int64").isin(keep)]
    docs = run.documents.set_index(S.DOC_ID)
    labels = dict(zip(run.topics[S.TOPIC_ID].astype(int), run.topics[S.LABEL]))
    return pd.DataFrame({
        "passage_id": p[S.PASSAGE_ID].astype("int64").to_numpy(),
        "doc_id": p[S.DOC_ID].astype(str).to_numpy(),
        "title": p[S.DOC_ID].map(docs[S.TITLE]).to_numpy(),
        "date": [_day(v) for v in p[S.DOC_ID].map(docs[S.DATE])],
        "topic_id": p[S.TOPIC_ID].astype(int).to_numpy(),
        "topic": [str(labels.get(int(t), t)) for t in p[S.TOPIC_ID]],
        "language": p[S.LANG].to_numpy(),
        "text": p[S.TEXT].to_numpy(),
    }, columns=SELECTION_COLUMNS)


def add_csv_route(server, cache, meaning=None, words=None) -> None:
    """``/_viz/selection.csv?...``: the current view's passages (formula-like cells neutralised)."""
    from flask import Response, request

    from ..csvsafe import write_csv
    from .export_view import BadQuery

    @server.route(SELECTION_CSV_ROUTE)
    def _selection_csv():
        try:
            frame = selection_frame(cache.run, request.args, meaning, words)
        except BadQuery as exc:
            return Response(f"selection: {exc}", status=400, mimetype="text/plain")
        return Response(write_csv(frame).encode("utf-8"), mimetype="text/csv", headers={
            "Content-Disposition": 'attachment; filename="viz-selection.csv"',
            "Cache-Control": "no-store"})
