"""Colours: enough distinguishable ones for many topics, stable per topic id."""

from __future__ import annotations

from plotly.colors import qualitative as q

from .. import schema as S

OUTLIER_COLOR = "#b5b5b5"
# The largest topics (ids are given by size) take colours that stay apart for readers with
# protanopia, deuteranopia or tritanopia: Okabe and Ito's seven, then five of Paul Tol's
# "muted" scheme kept only where every pair (and the outliers' grey) stays at least 12 CIELAB
# units apart under each simulated deficiency (tests/test_palette.py). Past twelve topics no
# palette can be told apart by colour alone: labels on the map, in legends and hover say
# which topic a point is.
COLOR_BLIND_SAFE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
                    "#CC79A7", "#332288", "#117733", "#882255", "#999933", "#661100")
# then 24 + 26 + 24 distinct hues before any repeats; a topic keeps its colour across charts
TOPIC_PALETTE = tuple(dict.fromkeys(COLOR_BLIND_SAFE + tuple(
    c for c in q.Dark24 + q.Alphabet + q.Light24 if c.upper() not in COLOR_BLIND_SAFE)))
LANGUAGE_PALETTE = tuple(q.Set2 + q.Pastel1 + q.Set3)


def topic_color(topic_id: int) -> str:
    if topic_id == S.OUTLIER_TOPIC:
        return OUTLIER_COLOR
    return TOPIC_PALETTE[int(topic_id) % len(TOPIC_PALETTE)]


def language_colors(languages) -> dict[str, str]:
    return {lang: LANGUAGE_PALETTE[i % len(LANGUAGE_PALETTE)]
            for i, lang in enumerate(sorted(languages))}
