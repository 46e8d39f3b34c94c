"""How many topics: a count read from the data, along the tree that merges micro-clusters.

Micro-clusters merge by Ward's criterion (:func:`viz.topic_tree.passage_linkage`); the merge
that takes the corpus from ``k`` topics to ``k - 1`` has a height ``h(k)`` (the Ward
distance), and heights grow as the tree goes up. A count is natural where the next merge costs
much more than the previous ones: two subjects would be forced together. Two pure criteria
over the heights, both confined to a plausible window around the size rule
:meth:`viz.topics.TopicParams.auto_topics` (never fewer than ``MIN_TOPICS``):

* ``gap``: the ``k`` with the largest relative jump ``h(k) / h(k + 1)``;
* ``ch``: the ``k`` with the largest Calinski-Harabasz ratio of the micro-clusters' directions
  (between-topic over within-topic scatter, each per degree of freedom), computed from the
  same tree: Ward's merge costs are exactly the growth of the within-topic scatter.

``choose_n_topics`` returns the count; ``count_curve`` gives every candidate's score (for the
benchmark and tests). Used by :func:`viz.topics.fit_topics` when ``TopicParams.topic_count`` is
``"gap"`` or ``"ch"``; the default stays the size rule (``"size"``) because neither criterion
won across corpora (``benchmarks/topics.py --count-study``, seed 0: SIB-200 covered NMI 0.479
with the size rule's 30 topics, 0.534 with gap's 13, 0.524 with ch's 8; HuffPost 0.306 with 36,
0.297 with 13, 0.281 with 9).
"""

from __future__ import annotations

import numpy as np

MIN_TOPICS = 3
WINDOW = (0.25, 1.5)  # candidates: from this share of auto_topics(n) to this multiple


def merge_heights(labels, embeddings, method: str = "ward") -> np.ndarray:
    """``h`` with ``h[k]`` the height of the merge from ``k`` to ``k - 1`` topics
    (``k = 2 .. m``, m the number of clusters; ``h[0]``, ``h[1]`` are NaN)."""
    from .topic_tree import cluster_tree

    labels = np.asarray(labels, dtype=np.int64)
    ids, z = cluster_tree(labels, np.asarray(embeddings, np.float32), method)
    m = len(ids)
    h = np.full(m + 1, np.nan)
    if m >= 2:
        # step s leaves m - s - 1 clusters: it is the merge from m - s to m - s - 1
        h[m - np.arange(m - 1)] = np.maximum.accumulate(z[:, 2])  # monotone for safety
    return h


def window(n_passages: int, n_clusters: int) -> tuple[int, int]:
    """The candidate counts for a corpus of ``n_passages`` with ``n_clusters`` micro-clusters."""
    from .topics import TopicParams

    auto = TopicParams.auto_topics(n_passages)
    lo = max(MIN_TOPICS, int(round(WINDOW[0] * auto)))
    hi = max(lo, int(round(WINDOW[1] * auto)))
    return min(lo, max(n_clusters, 1)), min(hi, max(n_clusters, 1))


def count_curve(labels, embeddings, *, method: str = "gap", lo: int = 2,
                hi: int | None = None) -> dict[int, float]:
    """Score of each candidate count ``lo .. hi`` (higher is better)."""
    labels = np.asarray(labels, dtype=np.int64)
    h = merge_heights(labels, embeddings)
    m = len(h) - 1
    hi = m - 1 if hi is None else min(hi, m - 1)
    out = {}
    if method == "gap":
        for k in range(max(lo, 2), hi + 1):
            out[k] = float(h[k] / max(h[k + 1], 1e-12))
    elif method == "ch":
        n = int((labels >= 0).sum())
        # a Ward merge adds h^2 / 2 to the within-topic scatter (of the micro-clusters' unit
        # directions, weighted by size); the between-topic scatter at k is what is left to add.
        inc = np.nan_to_num(h ** 2 / 2)
        within_at = {}  # within-topic scatter (above the micro-clusters' own) at k topics
        acc = 0.0
        for k in range(m, 0, -1):
            within_at[k] = acc
            if k >= 2:
                acc += inc[k]
        total = within_at[1]
        w0 = _micro_scatter(labels, embeddings)
        for k in range(max(lo, 2), hi + 1):
            within = w0 + within_at[k]
            between = total - within_at[k]
            out[k] = float((between / (k - 1)) / max(within / max(n - k, 1), 1e-12))
    else:
        raise ValueError(f"unknown topic-count method {method!r}")
    return out


def _micro_scatter(labels, embeddings) -> float:
    labels = np.asarray(labels, dtype=np.int64)
    ok = labels >= 0
    emb = np.asarray(embeddings, np.float64)[ok]
    lab = labels[ok]
    ids, inverse = np.unique(lab, return_inverse=True)
    sums = np.zeros((len(ids), emb.shape[1]))
    np.add.at(sums, inverse, emb)
    sizes = np.bincount(inverse).astype(float)
    means = sums / sizes[:, None]
    return float(((emb - means[inverse]) ** 2).sum())


def choose_n_topics(labels, embeddings, n_passages: int | None = None, *,
                    method: str = "gap") -> int:
    """The topic count for micro-cluster ``labels`` (see the module docstring)."""
    labels = np.asarray(labels, dtype=np.int64)
    m = len(np.unique(labels[labels >= 0]))
    if m <= MIN_TOPICS:
        return max(m, 1)
    lo, hi = window(n_passages if n_passages is not None else len(labels), m)
    curve = count_curve(labels, embeddings, method=method, lo=lo, hi=hi)
    if not curve:
        return min(m, hi)
    best = max(curve.values())
    return int(min(k for k, v in curve.items() if v == best))
