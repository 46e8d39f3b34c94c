"""The hierarchy of topics: which topics merge into which, at what distance, as a tidy table.

Topics are merged by average linkage on their centres (cosine distance), the same rule that
built them from micro-clusters, so a coarser view is a cut of this tree and needs no refit.

Table columns (one row per child of each merge; stored as a Parquet table by the caller):

* ``parent_id``: a new node id (> every topic id), numbered in merge order;
* ``child_id``: a topic id or an earlier node id;
* ``distance``: cosine distance between the merged groups (average linkage);
* ``n_topics``: how many topics remain after this merge (the level of the cut);
* ``parent_terms``: class-TF-IDF terms of the merged node (its label material).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

COLUMNS = ["parent_id", "child_id", "distance", "n_topics", "parent_terms"]
N_PARENT_TERMS = 5


def topic_hierarchy(topic_ids: np.ndarray, embeddings: np.ndarray, *, counts=None) -> pd.DataFrame:
    """The merge tree of the topics in ``topic_ids`` (outliers excluded)."""
    from .topics import centroids

    topic_ids = np.asarray(topic_ids)
    ids, cents = centroids(topic_ids, embeddings)
    if len(ids) < 2:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(
            COLUMNS, ["int32", "int32", "float64", "int32", "object"])})
    from scipy.cluster.hierarchy import linkage

    tree = linkage(cents.astype(np.float64), method="average", metric="cosine")
    node_ids = list(ids.astype(int))  # scipy node k -> our id
    next_id = int(ids.max()) + 1
    leaves: list[list[int]] = [[int(t)] for t in ids]
    per_topic = _topic_counts(topic_ids, ids, counts)
    rows = []
    for step, (a, b, dist, _) in enumerate(tree):
        a, b = int(a), int(b)
        parent = next_id + step
        node_ids.append(parent)
        leaves.append(leaves[a] + leaves[b])
        terms = _node_terms(per_topic, ids, leaves[-1])
        for child in (a, b):
            rows.append((parent, node_ids[child], float(dist), len(ids) - step - 1, terms))
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.astype({"parent_id": "int32", "child_id": "int32", "n_topics": "int32"})


def _topic_counts(topic_ids, ids, counts):
    if counts is None:
        return None
    from scipy import sparse

    m, words = counts
    if m.shape[1] == 0:
        return None
    pos = np.searchsorted(ids, topic_ids)
    ok = topic_ids >= 0
    ind = sparse.csr_matrix((np.ones(ok.sum()), (pos[ok], np.flatnonzero(ok))),
                            shape=(len(ids), len(topic_ids)))
    return (ind @ m).tocsr(), words


def _node_terms(per_topic, ids, members: list[int]) -> list[str]:
    if per_topic is None:
        return []
    from .topic_terms import ctfidf, ctfidf_idf

    m, words = per_topic
    inside = np.isin(ids, members)
    rows = np.vstack([np.asarray(m[inside].sum(axis=0)), np.asarray(m[~inside].sum(axis=0))])
    w = ctfidf(rows[:1], ctfidf_idf(rows))[0]
    order = np.lexsort((words.astype(str), -w))
    return [str(words[i]) for i in order[:N_PARENT_TERMS] if w[i] > 0]


def cut_hierarchy(hierarchy: pd.DataFrame, topic_ids, n_topics: int) -> np.ndarray:
    """Topic ids at a coarser level: apply merges until ``n_topics`` topics remain.

    Each merged group takes the smallest topic id among its members; outliers stay -1.
    """
    topic_ids = np.asarray(topic_ids)
    present = sorted(int(t) for t in np.unique(topic_ids) if t >= 0)
    rep = {t: t for t in present}  # node or topic -> representative topic id
    if len(present) <= n_topics or hierarchy is None or hierarchy.empty:
        return topic_ids.copy()
    mapping = {t: t for t in present}
    for parent, group in hierarchy.groupby("parent_id", sort=True):
        if int(group["n_topics"].iloc[0]) < n_topics:
            break
        children = [int(c) for c in group["child_id"]]
        new = min(rep[c] for c in children)
        rep[int(parent)] = new
        for t, r in mapping.items():
            if r in {rep[c] for c in children}:
                mapping[t] = new
    lookup = np.vectorize(lambda t: mapping.get(int(t), -1) if t >= 0 else -1, otypes=[np.int32])
    return lookup(topic_ids) if len(topic_ids) else topic_ids.astype(np.int32)
