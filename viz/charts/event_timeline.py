"""Event timeline: events on a date axis, one lane per topic.

A day is a marker; a month, season, year or decade is a bar covering its whole interval, so
a month is never drawn as if it were a day.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .. import schema as S
from .palette import topic_color
from .text import hover_text

_DAY_MS = 86_400_000
_BASIS_TEXT = {
    "text": "",
    "publication": ", relative to the publication date",
    "reference": ", relative to the reference date given",
    "context": ", year taken from the text",
    "inferred": ", relative to an inferred publication date",
}


def _hover(events: pd.DataFrame, sources: dict[str, str]) -> list[str]:
    out = []
    for e in events.itertuples(index=False):
        written = ", ".join(f"“{hover_text(s, 40)}”" for s in list(e.surface)[:4])
        docs = [sources.get(d, d) for d in e.doc_ids]
        src = hover_text("; ".join(dict.fromkeys(docs)), 160, 80)
        langs = ", ".join(f"{k} {v}" for k, v in sorted(e.languages.items()))
        basis = _BASIS_TEXT.get(getattr(e, "basis", ""), "")
        out.append(
            f"<b>{e.value}</b> ({e.granularity}{basis}) as written: {written}<br>"
            f"{hover_text(e.title, 240)}<br>"
            f"<i>{e.n_mentions} mentions in {e.n_documents} documents ({langs})</i><br>"
            f"sources: {src}"
        )
    return out


def central_range(events: pd.DataFrame, share: float = 0.96) -> tuple[str, str] | None:
    """Dates covering the central ``share`` of event mentions (far-off years stay outside)."""
    ev = events[events[S.DATE_START].notna()]
    if ev.empty:
        return None
    start = pd.to_datetime(ev[S.DATE_START]).to_numpy()
    end = pd.to_datetime(ev[S.DATE_END].fillna(ev[S.DATE_START])).to_numpy()
    weight = ev[S.N_MENTIONS].clip(lower=1).to_numpy(dtype=float)
    order = np.argsort(start, kind="stable")
    cum = np.cumsum(weight[order]) / weight.sum()
    last = len(order) - 1
    lo = start[order][min(last, np.searchsorted(cum, (1 - share) / 2))]
    hi = end[order][min(last, np.searchsorted(cum, 1 - (1 - share) / 2))]
    pad = max(np.timedelta64(15, "D"), (hi - lo) // 40)
    return (str(pd.Timestamp(lo - pad).date()), str(pd.Timestamp(hi + pad).date()))


def event_timeline(events, topics, documents=None, *, title: str = "Event timeline",
                   min_year: int | None = None) -> go.Figure:
    """One lane per topic; marker area (or bar opacity) grows with the number of mentions.

    ``customdata[0]`` of every mark is its ``event_id``, for click-through to the mentions.
    """
    labels = dict(zip(topics[S.TOPIC_ID], topics[S.LABEL]))
    sources = {}
    if documents is not None and not documents.empty:
        names = documents[S.SOURCE].fillna("")
        titles = documents[S.TITLE].fillna(documents[S.DOC_ID])
        sources = {d: (f"{s}: {t}" if s else t) for d, s, t in zip(documents[S.DOC_ID], names, titles)}
    ev = events[events[S.DATE_START].notna()].copy()
    if min_year is not None:
        ev = ev[ev[S.DATE_START].dt.year >= min_year]
    fig = go.Figure()
    order = [t for t in topics[S.TOPIC_ID] if t != S.OUTLIER_TOPIC] + [S.OUTLIER_TOPIC]
    present = set(ev[S.TOPIC_ID])
    lanes = [hover_text(labels.get(t, str(t)), 60) for t in order if t in present]
    max_n = max(1, int(ev[S.N_MENTIONS].max())) if not ev.empty else 1
    for topic_id in order:
        g = ev[ev[S.TOPIC_ID] == topic_id]
        if g.empty:
            continue
        lane = hover_text(labels.get(topic_id, str(topic_id)), 60)
        color = topic_color(topic_id)
        days = g[g[S.GRANULARITY] == "day"]
        spans = g[g[S.GRANULARITY] != "day"]
        shown = False
        if not spans.empty:
            start = spans[S.DATE_START]
            end = spans[S.DATE_END].fillna(spans[S.DATE_START]) + pd.Timedelta(days=1)
            fig.add_trace(
                go.Bar(
                    orientation="h",
                    base=start.dt.strftime("%Y-%m-%d").tolist(),
                    x=((end - start).dt.days * _DAY_MS).tolist(),
                    y=[lane] * len(spans),
                    width=0.5,
                    name=lane,
                    legendgroup=str(topic_id),
                    marker=dict(color=color, opacity=(0.35 + 0.6 * np.sqrt(spans[S.N_MENTIONS] / max_n)).tolist(),
                                line=dict(color=color, width=1)),
                    customdata=np.column_stack([spans[S.EVENT_ID].to_numpy(), _hover(spans, sources)]),
                    hovertemplate="%{customdata[1]}<extra></extra>",
                )
            )
            shown = True
        if not days.empty:
            fig.add_trace(
                go.Scatter(
                    x=days[S.DATE_START].dt.strftime("%Y-%m-%d").tolist(),
                    y=[lane] * len(days),
                    mode="markers",
                    name=lane,
                    legendgroup=str(topic_id),
                    showlegend=not shown,
                    # an event dated only through an inferred publication date is drawn hollow
                    marker=dict(color=color, size=(8 + 22 * np.sqrt(days[S.N_MENTIONS] / max_n)).tolist(),
                                symbol=["circle-open" if b == "inferred" else "circle"
                                        for b in days.get(S.BASIS, [""] * len(days))],
                                line=dict(color=color, width=1.5), opacity=0.9),
                    customdata=np.column_stack([days[S.EVENT_ID].to_numpy(), _hover(days, sources)]),
                    hovertemplate="%{customdata[1]}<extra></extra>",
                )
            )
    fig.update_layout(
        title=title,
        barmode="overlay",
        # opens on where the mentions are; far-off dates stay reachable with the range slider
        xaxis=dict(type="date", title="date mentioned in the text", range=central_range(ev),
                   rangeslider=dict(visible=not ev.empty, thickness=0.06)),
        yaxis=dict(type="category", categoryorder="array", categoryarray=lanes[::-1],
                   automargin=True),
        legend=dict(title="Topic"),
        height=max(320, 60 * len(lanes) + 140),
        hovermode="closest",
        margin=dict(l=10, r=10, t=50, b=40),
        template="plotly_white",
    )
    if ev.empty:
        fig.add_annotation(text="No dated events", showarrow=False, xref="paper", yref="paper",
                           x=0.5, y=0.5)
    return fig
