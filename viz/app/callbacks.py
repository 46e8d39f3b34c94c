"""Dashboard callbacks. Each one only translates: inputs -> query -> outputs."""

from __future__ import annotations

from dash import ClientsideFunction, Input, Output, State, ctx, html, no_update

from .. import schema as S
from ..query import event_passages, passage_reader, topic_summary
from ..store import Run
from . import ids
from .state import RunCache
from .reader import empty_reader, passage_card, topic_card

MAX_EVENT_PASSAGES = 12


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_passage(run: Run, passage_id):
    passage_id = _int(passage_id)
    item = passage_reader(run, passage_id) if passage_id is not None else None
    return passage_card(item) if item else empty_reader()


def read_event(run: Run, event_id):
    event_id = _int(event_id)
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
        **{"data-event-id": str(event_id)},
        children=[
            html.H2(f"{event[S.VALUE]} ({event[S.GRANULARITY]})", className="reader-event-date"),
            html.Div(f"{event[S.N_MENTIONS]} mentions in {event[S.N_DOCUMENTS]} documents",
                     className="reader-meta"),
            *cards,
            html.Div(f"… and {more} more passages", className="reader-meta") if more > 0 else None,
        ],
    )


def read_topic(run: Run, topic_id):
    topic_id = _int(topic_id)
    item = topic_summary(run, topic_id) if topic_id is not None else None
    if item is None:
        return empty_reader()
    tt = run.topic_terms_time
    periods = (tt[tt["topic_id"] == topic_id].sort_values("period_start").to_dict("records")
               if len(tt) else [])
    return topic_card(item, [passage_reader(run, p) for p in item["representative"]], periods)


READERS = {"passage": read_passage, "event": read_event, "topic": read_topic}


def read(run: Run, request) -> html.Div:
    """The reader for what the browser asks: ``{"kind": passage|event|topic, "id": N}``."""
    if not isinstance(request, dict) or request.get("kind") not in READERS:
        return empty_reader()
    return READERS[request["kind"]](run, request.get("id"))


def curate(run: Run, action: str, topics, label, level=None) -> tuple[Run, str]:
    """Apply one curation action from the dashboard; returns the new run and what the change's
    own record (:class:`viz.topics.curation.Change`) says it did."""
    from ..topics import curation

    topics = [int(t) for t in topics or ()]
    label = (label or "").strip()
    try:
        if action in (ids.CURATE_COARSEN, ids.CURATE_RELEVEL) and not level:
            raise curation.CurationError("give the number of topics")
        if action in (ids.CURATE_RENAME, ids.CURATE_SPLIT) and len(topics) != 1:
            verb = "rename" if action == ids.CURATE_RENAME else "split"
            raise curation.CurationError(f"choose exactly one topic to {verb}")
        if action == ids.CURATE_DELETE and not topics:
            raise curation.CurationError("choose the topics to delete")
        changes = {
            ids.CURATE_COARSEN: lambda: curation.coarsen(run.path, int(level)),
            ids.CURATE_RELEVEL: lambda: curation.relevel(run.path, int(level)),
            ids.CURATE_RENAME: lambda: curation.rename(run.path, topics[0], label),
            ids.CURATE_MERGE: lambda: curation.merge(run.path, topics, label=label or None),
            ids.CURATE_SPLIT: lambda: curation.split(run.path, topics[0]),
            ids.CURATE_DELETE: lambda: curation.delete(run.path, topics),
        }
        if action not in changes:
            return run, ""
        change = changes[action]()
    except curation.CurationError as exc:
        return run, f"Not done: {exc}"
    return change.run, change.summary()


def register(app, cache: RunCache) -> None:
    """Attach the callbacks to ``app`` (inside the factory, never at module level).

    Filtering and drawing happen in the browser (clientside callbacks in
    ``assets/dashboard.js``); the server only reads passages, events and topics for the reader
    and applies curation changes.
    """
    from .layout import topic_options

    app.clientside_callback(
        ClientsideFunction("viz", "restore"),
        Output(ids.TOPICS, "value"),
        Output(ids.LANGUAGES, "value"),
        Output(ids.SOURCES, "value"),
        Output(ids.DATES, "start_date"),
        Output(ids.DATES, "end_date"),
        Output(ids.TIME_BASIS, "value"),
        Output(ids.TIME_SCALE, "value"),
        Output(ids.SELECTION, "data"),
        Output(ids.SEARCH, "value"),
        Output(ids.MENTIONED, "data"),
        Output(ids.TIME_GROUP, "value"),
        Input(ids.URL_INIT, "data"),
        Input(ids.RESET, "n_clicks"),
    )
    app.clientside_callback(
        ClientsideFunction("viz", "update"),
        Output(ids.STATUS, "children"),
        Input(ids.TOPICS, "value"),
        Input(ids.LANGUAGES, "value"),
        Input(ids.SOURCES, "value"),
        Input(ids.DATES, "start_date"),
        Input(ids.DATES, "end_date"),
        Input(ids.TIME_BASIS, "value"),
        Input(ids.TIME_SCALE, "value"),
        Input(ids.SELECTION, "data"),
        Input(ids.PAYLOAD, "data"),
        Input(ids.SEARCH, "value"),
        Input(ids.MENTIONED, "data"),
        Input(ids.TIME_GROUP, "value"),
        State(ids.CONFIG, "data"),
    )

    @app.callback(Output(ids.READER, "children"), Input(ids.READ, "data"),
                  prevent_initial_call=True)
    def _read(request):
        n = request.get("n") if isinstance(request, dict) else None
        return html.Div(read(cache.run, request), className="reader-answer",
                        **{"data-read-n": str(n)})

    @app.callback(
        Output(ids.PAYLOAD, "data"),
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
        prevent_initial_call=True,
    )
    def _curate(_r, _m, _s, _d, _c, _l, topics, label, level):
        run = cache.run  # the run as it is on disk now (another tab may have changed it)
        new, message = curate(run, ctx.triggered_id, topics, label, level)
        changed = new is not run
        if changed:
            cache.replace(new)
        return (payload_url(cache.version), message, topic_options(new),
                topic_options(new, with_outliers=False), [] if changed else no_update)


def payload_url(version: str) -> str:
    return f"/_viz/payload/{version}"
