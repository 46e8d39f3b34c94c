"""Dashboard callbacks. Each one only translates: inputs -> query -> chart -> outputs."""

from __future__ import annotations

import pandas as pd
from dash import Input, Output, State, ctx, html, no_update

from .. import charts
from .. import schema as S
from ..query import (Filters, event_passages, filter_run, passage_reader, topic_summary,
                     topics_over_time_table)
from ..store import Run
from . import ids
from .reader import empty_reader, passage_card, topic_card

MAX_EVENT_PASSAGES = 12


def make_filters(topics, languages, sources, start, end) -> Filters:
    return Filters(
        topics=tuple(int(t) for t in topics or ()),
        languages=tuple(languages or ()),
        sources=tuple(sources or ()),
        date_from=pd.Timestamp(start) if start else None,
        date_to=pd.Timestamp(end) if end else None,
    )


def update_views(run: Run, topics, languages, sources, start, end, basis, scale):
    """All four figures and the status line for the current filters."""
    view = filter_run(run, make_filters(topics, languages, sources, start, end))
    table = topics_over_time_table(view, by=basis)
    status = (f"showing {len(view.passages)} of {len(run.passages)} passages, "
              f"{len(view.events)} events")
    return (
        charts.topic_map(view.passages, view.topics),
        charts.event_timeline(view.events, view.topics, view.documents),
        charts.topics_over_time(table, share=(scale == "share"), by=basis),
        charts.topic_overview(view.topics),
        status,
    )


def _custom_id(click_data) -> int | None:
    try:
        return int(click_data["points"][0]["customdata"][0])
    except (TypeError, KeyError, IndexError, ValueError):
        return None


def read_passage(run: Run, click_data):
    passage_id = _custom_id(click_data)
    item = passage_reader(run, passage_id) if passage_id is not None else None
    return passage_card(item) if item else empty_reader()


def read_event(run: Run, click_data):
    event_id = _custom_id(click_data)
    if event_id is None:
        return empty_reader()
    rows = run.events[run.events[S.EVENT_ID] == event_id]
    if rows.empty:
        return empty_reader()
    event = rows.iloc[0]
    passages = event_passages(run, event_id)
    cards = [passage_card(passage_reader(run, p)) for p in passages[:MAX_EVENT_PASSAGES]]
    more = len(passages) - len(cards)
    return html.Div(
        className="reader-event",
        children=[
            html.H2(f"{event[S.VALUE]} ({event[S.GRANULARITY]})", className="reader-event-date"),
            html.Div(f"{event[S.N_MENTIONS]} mentions in {event[S.N_DOCUMENTS]} documents",
                     className="reader-meta"),
            *cards,
            html.Div(f"… and {more} more passages", className="reader-meta") if more > 0 else None,
        ],
    )


def read_topic(run: Run, click_data):
    topic_id = _custom_id(click_data)
    item = topic_summary(run, topic_id) if topic_id is not None else None
    if item is None:
        return empty_reader()
    return topic_card(item, [passage_reader(run, p) for p in item["representative"]])


def curate(run: Run, action: str, topics, label, level=None) -> tuple[Run, str]:
    """Apply one curation action from the dashboard; returns the new run and a message."""
    from .. import curation

    topics = [int(t) for t in topics or ()]
    label = (label or "").strip()
    try:
        if action in (ids.CURATE_COARSEN, ids.CURATE_RELEVEL) and not level:
            raise curation.CurationError("give the number of topics")
        if action == ids.CURATE_COARSEN:
            new = curation.coarsen(run.path, int(level))
            merged = curation.history(run.path)[-1]["topics_merged"]
            return new, (f"Coarser level: {int(level)} topics; merged "
                         f"{', '.join(map(str, merged))} into their nearest topics.")
        if action == ids.CURATE_RELEVEL:
            new = curation.relevel(run.path, int(level))
            return new, f"Re-cut into {int(level)} topics."
        if action == ids.CURATE_RENAME:
            if len(topics) != 1:
                raise curation.CurationError("choose exactly one topic to rename")
            new = curation.rename(run.path, topics[0], label)
            return new, f"Topic {topics[0]} is now “{label}”."
        if action == ids.CURATE_MERGE:
            new = curation.merge(run.path, topics, label=label or None)
            return new, f"Merged topics {', '.join(map(str, topics))} into topic {topics[0]}."
        if action == ids.CURATE_SPLIT:
            if len(topics) != 1:
                raise curation.CurationError("choose exactly one topic to split")
            new = curation.split(run.path, topics[0])
            return new, f"Split topic {topics[0]} in two: {curation.history(run.path)[-1]['new_topics']} is new."
        if action == ids.CURATE_DELETE:
            if not topics:
                raise curation.CurationError("choose the topics to delete")
            new = curation.delete(run.path, topics)
            return new, f"Deleted topics {', '.join(map(str, topics))}; their passages are unassigned."
    except curation.CurationError as exc:
        return run, f"Not done: {exc}"
    return run, ""


class RunState:
    """The run a dashboard shows; replaced after each curation change."""

    def __init__(self, run: Run):
        self.run = run


def register(app, state: RunState) -> None:
    """Attach the callbacks to ``app`` (inside the factory, never at module level)."""
    from .layout import topic_options

    @app.callback(
        Output(ids.MAP, "figure"),
        Output(ids.TIMELINE, "figure"),
        Output(ids.OVER_TIME, "figure"),
        Output(ids.OVERVIEW, "figure"),
        Output(ids.STATUS, "children"),
        Input(ids.TOPICS, "value"),
        Input(ids.LANGUAGES, "value"),
        Input(ids.SOURCES, "value"),
        Input(ids.DATES, "start_date"),
        Input(ids.DATES, "end_date"),
        Input(ids.TIME_BASIS, "value"),
        Input(ids.TIME_SCALE, "value"),
        Input(ids.VERSION, "data"),
    )
    def _update_views(topics, languages, sources, start, end, basis, scale, _version):
        return update_views(state.run, topics, languages, sources, start, end, basis, scale)

    @app.callback(
        Output(ids.READER, "children"),
        Input(ids.MAP, "clickData"),
        Input(ids.TIMELINE, "clickData"),
        Input(ids.OVERVIEW, "clickData"),
        prevent_initial_call=True,
    )
    def _read(map_click, timeline_click, overview_click):
        if ctx.triggered_id == ids.MAP:
            return read_passage(state.run, map_click)
        if ctx.triggered_id == ids.TIMELINE:
            return read_event(state.run, timeline_click)
        if ctx.triggered_id == ids.OVERVIEW:
            return read_topic(state.run, overview_click)
        return no_update

    @app.callback(
        Output(ids.VERSION, "data"),
        Output(ids.CURATE_MESSAGE, "children"),
        Output(ids.TOPICS, "options"),
        Output(ids.CURATE_TOPICS, "options"),
        Output(ids.CURATE_TOPICS, "value"),
        Input(ids.CURATE_RENAME, "n_clicks"),
        Input(ids.CURATE_MERGE, "n_clicks"),
        Input(ids.CURATE_SPLIT, "n_clicks"),
        Input(ids.CURATE_DELETE, "n_clicks"),
        Input(ids.CURATE_COARSEN, "n_clicks"),
        Input(ids.CURATE_RELEVEL, "n_clicks"),
        State(ids.CURATE_TOPICS, "value"),
        State(ids.CURATE_LABEL, "value"),
        State(ids.CURATE_LEVEL, "value"),
        State(ids.VERSION, "data"),
        prevent_initial_call=True,
    )
    def _curate(_r, _m, _s, _d, _c, _l, topics, label, level, version):
        new, message = curate(state.run, ctx.triggered_id, topics, label, level)
        changed = new is not state.run
        state.run = new
        return ((version or 0) + int(changed), message, topic_options(new),
                topic_options(new, with_outliers=False), [] if changed else no_update)

    @app.callback(
        Output(ids.TOPICS, "value"),
        Output(ids.LANGUAGES, "value"),
        Output(ids.SOURCES, "value"),
        Output(ids.DATES, "start_date"),
        Output(ids.DATES, "end_date"),
        Input(ids.RESET, "n_clicks"),
        prevent_initial_call=True,
    )
    def _reset(_n):
        return [], [], [], None, None
