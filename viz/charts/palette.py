"""Colours: enough distinguishable ones for many topics, stable per topic id."""

from __future__ import annotations

from plotly.colors import qualitative as q

from .. import schema as S

OUTLIER_COLOR = "#b5b5b5"
# 24 + 26 + 24 distinct hues before any repeats; a topic keeps its colour across charts.
TOPIC_PALETTE = tuple(dict.fromkeys(q.Dark24 + q.Alphabet + q.Light24))
LANGUAGE_PALETTE = tuple(q.Set2 + q.Pastel1 + q.Set3)


def topic_color(topic_id: int) -> str:
    if topic_id == S.OUTLIER_TOPIC:
        return OUTLIER_COLOR
    return TOPIC_PALETTE[int(topic_id) % len(TOPIC_PALETTE)]


def language_colors(languages) -> dict[str, str]:
    return {lang: LANGUAGE_PALETTE[i % len(LANGUAGE_PALETTE)]
            for i, lang in enumerate(sorted(languages))}
