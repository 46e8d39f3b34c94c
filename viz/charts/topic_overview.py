"""Topic overview: each topic's size, split by language, with its top terms."""

from __future__ import annotations

import plotly.graph_objects as go

from .. import schema as S
from .palette import language_colors
from .text import hover_text


def topic_overview(topics, *, include_outliers: bool = False, max_topics: int = 60,
                   title: str = "Topics") -> go.Figure:
    """Horizontal bars, largest topic on top, stacked by passage language."""
    t = topics if include_outliers else topics[topics[S.TOPIC_ID] != S.OUTLIER_TOPIC]
    t = t.sort_values([S.SIZE, S.TOPIC_ID], ascending=[False, True]).head(max_topics)
    t = t.iloc[::-1]  # plotly draws the first category at the bottom
    all_langs = sorted({lang for d in t[S.LANGUAGES] for lang in d})
    colors = language_colors(all_langs)
    names = [hover_text(label, 60) for label in t[S.LABEL]]
    terms = [hover_text(", ".join(x), 300) for x in t[S.TERMS]]
    fig = go.Figure()
    for lang in all_langs:
        counts = [int(d.get(lang, 0)) for d in t[S.LANGUAGES]]
        fig.add_trace(
            go.Bar(
                orientation="h",
                x=counts,
                y=names,
                name=lang,
                marker_color=colors[lang],
                customdata=list(zip(t[S.TOPIC_ID], t[S.SIZE], terms)),
                hovertemplate=("<b>%{y}</b><br>" + f"language {lang}: "
                               + "%{x} of %{customdata[1]} passages"
                               "<br>terms: %{customdata[2]}<extra></extra>"),
            )
        )
    fig.update_layout(
        title=title,
        barmode="stack",
        xaxis_title="passages",
        yaxis=dict(automargin=True),
        legend=dict(title="Language"),
        height=max(320, 26 * len(t) + 120),
        margin=dict(l=10, r=10, t=50, b=40),
        template="plotly_white",
    )
    return fig
