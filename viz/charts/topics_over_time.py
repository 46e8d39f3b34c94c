"""Topics over time: passages per topic in calendar bins, as counts or share of each bin."""

from __future__ import annotations

import plotly.graph_objects as go

from .. import schema as S
from .palette import topic_color
from .text import hover_text


def topics_over_time(table, *, share: bool = False, title: str | None = None,
                     by: str = "publication") -> go.Figure:
    """Draw :func:`viz.query.topics_over_time_table`: lines of counts, or stacked shares."""
    freq = table.attrs.get("freq", "")
    what = "share of passages" if share else "passages"
    basis = "publication date" if by == "publication" else "date mentioned"
    fig = go.Figure()
    for topic_id, g in table.groupby(S.TOPIC_ID, sort=True):
        label = hover_text(g[S.LABEL].iloc[0] if g[S.LABEL].notna().any() else str(topic_id), 60)
        y = g["share"] if share else g["count"]
        fig.add_trace(
            go.Scatter(
                x=g["bin"],
                y=y,
                name=label,
                mode="lines+markers",
                stackgroup="share" if share else None,
                line=dict(color=topic_color(int(topic_id)), width=2),
                marker=dict(size=5),
                customdata=list(zip(g["count"], g["share"])),
                hovertemplate=(f"<b>{label}</b><br>%{{x|%Y-%m-%d}}<br>"
                               "%{customdata[0]} passages, %{customdata[1]:.0%} of the bin"
                               "<extra></extra>"),
            )
        )
    fig.update_layout(
        title=title or f"Topics over time ({what} per {freq or 'bin'}, by {basis})",
        yaxis=dict(title=what, tickformat=".0%" if share else None, rangemode="tozero"),
        xaxis=dict(title=basis, type="date"),
        legend=dict(title="Topic"),
        hovermode="closest",
        margin=dict(l=10, r=10, t=50, b=40),
        template="plotly_white",
    )
    if table.empty:
        fig.add_annotation(text=f"No dated passages ({basis})", showarrow=False,
                           xref="paper", yref="paper", x=0.5, y=0.5)
    return fig
