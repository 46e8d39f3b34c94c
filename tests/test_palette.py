"""Topic colours that readers with a colour-vision deficiency can still tell apart."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from plotly.colors import qualitative as q

from viz import schema as S
from viz.charts.palette import COLOR_BLIND_SAFE, OUTLIER_COLOR, TOPIC_PALETTE, topic_color

# Machado, Oliveira and Fernandes (2009), full severity, on linear RGB
SIMULATIONS = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
}


def _lab(hex_color: str, simulation) -> np.ndarray:
    rgb = np.array([int(hex_color.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]) / 255
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    linear = np.clip(np.asarray(simulation) @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ linear / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def closest_pair(colors, simulation) -> float:
    labs = [_lab(c, simulation) for c in colors]
    return min(float(np.linalg.norm(a - b)) for a, b in itertools.combinations(labs, 2))


@pytest.mark.parametrize("deficiency", sorted(SIMULATIONS))
def test_the_largest_topics_stay_apart_for_colour_blind_readers(deficiency):
    first = [topic_color(t) for t in range(len(COLOR_BLIND_SAFE))] + [topic_color(S.OUTLIER_TOPIC)]
    assert first[-1] == OUTLIER_COLOR
    assert closest_pair(first, SIMULATIONS[deficiency]) >= 12.0


def test_the_check_catches_a_palette_that_fails_them():
    # plotly's Dark24, the palette before: two of its first seven look alike with deuteranopia
    assert closest_pair(q.Dark24[:7], SIMULATIONS["deuteranopia"]) < 3.0


def test_every_topic_keeps_a_colour_and_the_first_repeat_is_far():
    assert len(set(TOPIC_PALETTE)) == len(TOPIC_PALETTE) >= 70
    assert all(topic_color(t) == TOPIC_PALETTE[t % len(TOPIC_PALETTE)] for t in range(200))
    assert OUTLIER_COLOR not in TOPIC_PALETTE
