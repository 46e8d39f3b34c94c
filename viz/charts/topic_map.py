"""Topic map: every passage in 2-D, coloured by topic (WebGL, for 100,000+ points)."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from .. import schema as S
from .palette import topic_color
from .text import hover_text


def topic_map(passages, topics, *, title: str = "Topic map", max_hover_chars: int = 200) -> go.Figure:
    """Scatter of ``passages`` (x, y) with one WebGL trace per topic.

    ``customdata`` holds each point's ``passage_id``, so a click leads to the passage.
    """
    labels = dict(zip(topics[S.TOPIC_ID], topics[S.LABEL]))
    fig = go.Figure()
    order = [t for t in topics[S.TOPIC_ID] if t != S.OUTLIER_TOPIC]
    order += [S.OUTLIER_TOPIC] if S.OUTLIER_TOPIC in set(topics[S.TOPIC_ID]) else []
    groups = {int(t): g for t, g in passages.groupby(S.TOPIC_ID, sort=False)}
    for topic_id in order:
        g = groups.get(int(topic_id))
        if g is None or g.empty:
            continue
        label = labels.get(topic_id, str(topic_id))
        snippets = [hover_text(t, max_hover_chars) for t in g[S.TEXT]]
        fig.add_trace(
            go.Scattergl(
                x=g[S.X].to_numpy(dtype=float),
                y=g[S.Y].to_numpy(dtype=float),
                mode="markers",
                name=hover_text(label, 60),
                marker=dict(size=6 if len(passages) < 5000 else 4, color=topic_color(topic_id),
                            opacity=0.45 if topic_id == S.OUTLIER_TOPIC else 0.8),
                customdata=np.column_stack([g[S.PASSAGE_ID].to_numpy(), g[S.LANG].to_numpy(),
                                            snippets]),
                hovertemplate=(f"<b>{hover_text(label, 80)}</b><br>"
                               "language: %{customdata[1]}<br>%{customdata[2]}<extra></extra>"),
            )
        )
    fig.update_layout(
        title=title,
        xaxis=dict(visible=False),
        yaxis=dict(visible=False, scaleanchor="x"),
        legend=dict(title="Topic", itemsizing="constant"),
        margin=dict(l=10, r=10, t=50, b=10),
        template="plotly_white",
        clickmode="event",
        hoverlabel=dict(align="left"),
    )
    return fig
