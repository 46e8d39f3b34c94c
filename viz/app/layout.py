"""The dashboard layout: filters on top, four linked views, the reader on the side."""

from __future__ import annotations

from dash import dcc, html

from .. import schema as S
from ..store import Run
from . import ids, tables
from .export_view import EXPORT_ROUTE
from .reader import empty_reader


def _options(values) -> list[dict]:
    return [{"label": str(v), "value": v} for v in values]


def _graph(id_: str, height: str, *extra) -> html.Div:
    """A panel the browser draws a plotly figure into (``assets/dashboard.js``)."""
    return html.Div(id=id_, className="panel viz-graph",
                    children=[*extra, html.Div(className="viz-plot", style={"minHeight": height})])


def browser_config() -> dict:
    """Component ids the browser code needs, handed to it once (defined only in ids.py)."""
    return {"map": ids.MAP, "overview": ids.OVERVIEW, "overTime": ids.OVER_TIME,
            "timeline": ids.TIMELINE, "read": ids.READ, "dates": ids.DATES,
            "tooltip": ids.TOOLTIP, "selection": ids.SELECTION, "status": ids.STATUS,
            "mentioned": ids.MENTIONED}


def topic_options(run: Run, *, with_outliers: bool = True) -> list[dict]:
    topics = run.topics[run.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC]
    options = [{"label": f"{t}: {lbl}", "value": int(t)}
               for t, lbl in zip(topics[S.TOPIC_ID], topics[S.LABEL])]
    if with_outliers and (run.topics[S.TOPIC_ID] == S.OUTLIER_TOPIC).any():
        options.append({"label": "Unassigned passages", "value": S.OUTLIER_TOPIC})
    return options


def curation_panel(run: Run) -> html.Details:
    return html.Details(
        className="panel curate",
        children=[
            html.Summary("Curate topics"),
            dcc.Dropdown(id=ids.CURATE_TOPICS, options=topic_options(run, with_outliers=False),
                         multi=True, placeholder="Choose topics"),
            dcc.Input(id=ids.CURATE_LABEL, type="text", placeholder="New label (rename, merge)",
                      debounce=False, className="curate-label"),
            html.Div(className="curate-buttons", children=[
                html.Button("Rename", id=ids.CURATE_RENAME, n_clicks=0),
                html.Button("Merge", id=ids.CURATE_MERGE, n_clicks=0),
                html.Button("Split in two", id=ids.CURATE_SPLIT, n_clicks=0),
                html.Button("Delete", id=ids.CURATE_DELETE, n_clicks=0),
            ]),
            html.Div(className="curate-buttons", children=[
                dcc.Input(id=ids.CURATE_LEVEL, type="number", min=1, step=1,
                          placeholder="N topics", className="curate-level"),
                html.Button("Coarser level", id=ids.CURATE_COARSEN, n_clicks=0,
                            title="merge topics along the topic hierarchy until N remain "
                                  "(keeps your labels)"),
                html.Button("Re-cut", id=ids.CURATE_RELEVEL, n_clicks=0,
                            title="re-cut the corpus into N topics, finer or coarser, from its "
                                  "micro-clusters (replaces the topics and their labels)"),
            ]),
            html.Div(id=ids.CURATE_MESSAGE, className="curate-message"),
        ],
    )


def coverage_warning(run: Run) -> html.Div | None:
    """The build's warning when the embedder does not cover some of the corpus's languages."""
    cov = run.manifest.get("topic_coverage") or {}
    if not cov.get("warning"):
        return None
    topics = cov.get("language_topics") or {}
    extra = (f" Topics made mostly of those languages: {', '.join(sorted(topics, key=int))}."
             if topics else "")
    return html.Div(cov["warning"] + extra, className="viz-warning", role="alert")


def make_layout(run: Run, payload_url: str = "") -> html.Div:
    c = run.manifest.get("counts", {})
    dates = run.documents[S.DATE].dropna()
    sources = sorted(run.documents[S.SOURCE].dropna().unique())
    langs = sorted(run.passages[S.LANG].dropna().unique())
    return html.Div(
        className="viz-app",
        children=[
            dcc.Store(id=ids.VERSION, data=0),
            dcc.Store(id=ids.PAYLOAD, data=payload_url),
            dcc.Store(id=ids.READ, data=None),
            dcc.Store(id=ids.URL_INIT, data=0),
            dcc.Store(id=ids.SELECTION, data=None),
            dcc.Store(id=ids.MENTIONED, data=None),
            dcc.Store(id=ids.CONFIG, data=browser_config()),
            html.Header(
                className="viz-header",
                children=[
                    html.H1("viz"),
                    html.Span(
                        f"{c.get('documents', 0)} documents · {c.get('passages', 0)} passages · "
                        f"{c.get('topics', 0)} topics · {c.get('events', 0)} events",
                        className="viz-counts",
                    ),
                    coverage_warning(run),
                ],
            ),
            html.Div(
                className="viz-filters",
                children=[
                    # one row whose height is reserved before Dash's dropdown code arrives,
                    # so the views below never jump once they are drawn
                    html.Div(className="viz-filter-row", children=[
                    dcc.Dropdown(id=ids.TOPICS, options=topic_options(run), multi=True,
                                 placeholder="All topics", className="filter"),
                    dcc.Dropdown(id=ids.LANGUAGES, options=_options(langs), multi=True,
                                 placeholder="All languages", className="filter"),
                    dcc.Dropdown(id=ids.SOURCES, options=_options(sources), multi=True,
                                 placeholder="All sources", className="filter"),
                    dcc.DatePickerRange(
                        id=ids.DATES,
                        min_date_allowed=dates.min().date() if not dates.empty else None,
                        max_date_allowed=dates.max().date() if not dates.empty else None,
                        display_format="YYYY-MM-DD",
                        start_date_placeholder_text="published from",
                        end_date_placeholder_text="to",
                        clearable=True,
                    ),
                    ]),
                    dcc.Input(id=ids.SEARCH, type="search", debounce=True, value="",
                              placeholder="Search words (any language)",
                              className="viz-search"),
                    tables.search_mode(),
                    html.Button("Reset", id=ids.RESET, n_clicks=0, className="reset"),
                    html.A("Export this view", id=ids.EXPORT_VIEW, href=EXPORT_ROUTE,
                           download="viz-report.html", className="viz-export",
                           title="Download the current view (topic, language, source and "
                                 "date filters) as one offline report.html"),
                    tables.selection_link(),
                    html.Span(id=ids.STATUS, className="viz-status"),
                ],
            ),
            html.Main(
                className="viz-main",
                children=[
                    html.Div(
                        className="viz-views",
                        children=[
                            _graph(ids.MAP, "560px",
                                   html.Div(className="map-controls", children=[
                                       html.Span("Shift-drag on the map selects"),
                                       dcc.RadioItems(   # read by assets/dashboard.js
                                           id=ids.MAP_SELECT, inline=True, value="box",
                                           options=[{"label": "a box", "value": "box"},
                                                    {"label": "a lasso", "value": "lasso"}],
                                           inputStyle={"marginRight": "3px"},
                                           labelStyle={"marginLeft": "8px"}),
                                   ]),
                                   html.Div(id=ids.TOOLTIP, className="map-tooltip", hidden=True)),
                            html.Div(
                                className="panel",
                                children=[
                                    html.Div(className="over-time-controls", children=[
                                        dcc.RadioItems(
                                            id=ids.TIME_BASIS, inline=True, value="publication",
                                            options=[{"label": "by publication date", "value": "publication"},
                                                     {"label": "by date mentioned", "value": "event"}]),
                                        dcc.RadioItems(
                                            id=ids.TIME_SCALE, inline=True, value="count",
                                            options=[{"label": "passages", "value": "count"},
                                                     {"label": "share of bin", "value": "share"}]),
                                        dcc.RadioItems(
                                            id=ids.TIME_GROUP, inline=True, value="topic",
                                            options=[{"label": "lines: topics", "value": "topic"},
                                                     {"label": "languages", "value": "lang"},
                                                     {"label": "sources", "value": "source"}]),
                                    ]),
                                    html.Div(id=ids.OVER_TIME, className="viz-graph", children=[
                                        html.Div(className="viz-plot", style={"minHeight": "360px"})]),
                                    html.Div("Drag across the chart (by publication date) to set the "
                                             "date filter of every view; double-click to clear it.",
                                             className="viz-hint"),
                                ],
                            ),
                            _graph(ids.TIMELINE, "300px"),
                            _graph(ids.OVERVIEW, "320px"),
                            tables.tables_panel(),
                        ],
                    ),
                    html.Div(className="viz-side", children=[
                        tables.search_hits(),
                        html.Aside(id=ids.READER, className="viz-reader", children=empty_reader()),
                        curation_panel(run),
                    ]),
                ],
            ),
        ],
    )
