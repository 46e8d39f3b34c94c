"""The hierarchy of topics: which topics merge into which, at what distance, as a tidy table.

Topics are merged by the rule that built them from micro-clusters (Ward's criterion on their
directions, :func:`viz.topics.tree.passage_linkage`), so a coarser view is a cut of this tree and
needs no refit.

Table columns (one row per child of each merge; stored as a Parquet table by the caller):

* ``parent_id``: a new node id (> every topic id), numbered in merge order;
* ``child_id``: a topic id or an earlier node id;
* ``distance``: the merge cost (Ward distance; it grows as the tree goes up);
* ``n_topics``: how many topics remain after this merge (the level of the cut);
* ``parent_terms``: class-TF-IDF terms of the merged node (its label material).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

COLUMNS = ["parent_id", "child_id", "distance", "n_topics", "parent_terms"]
N_PARENT_TERMS = 5


def centroids(labels: np.ndarray, embeddings: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unit-length mean vector of each label >= 0; returns (labels in order, matrix)."""
    from scipy import sparse

    members = np.flatnonzero(labels >= 0)
    ids, inverse = np.unique(labels[members], return_inverse=True)
    ind = sparse.csr_matrix((np.ones(len(members), np.float32), (inverse, members)),
                            shape=(len(ids), len(labels)))
    sums = np.asarray(ind @ embeddings, dtype=np.float32)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return ids, (sums / norms).astype(np.float32)


def passage_linkage(means: np.ndarray, sizes: np.ndarray, method: str = "ward") -> np.ndarray:
    """Agglomerate clusters from their mean vectors and sizes (each cluster kept whole);
    scipy's linkage format, so ``fcluster`` cuts it.

    ``ward`` (default): Ward's criterion on the clusters' directions (unit-length means),
    weighted by their sizes, so merging two large groups costs more than absorbing a small one
    and no single topic swallows the corpus (measured: with average linkage one topic held 52%
    of HuffPost). ``average``: mean cosine distance between the passages of two groups (for
    unit vectors, 1 - dot product of the unnormalised means); purer on parallel corpora, but
    it chains broad subjects into one giant topic.
    """
    means = np.asarray(means, np.float64)
    size = np.asarray(sizes, np.float64).copy()
    m = len(size)
    if method == "ward":
        means = means / np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
        sq = (means ** 2).sum(axis=1)
        d = np.maximum(sq[:, None] + sq[None, :] - 2 * means @ means.T, 0)
        d *= size[:, None] * size[None, :] / (size[:, None] + size[None, :])
    else:
        d = np.maximum(1.0 - means @ means.T, 0)
    np.fill_diagonal(d, np.inf)
    active = np.ones(m, bool)
    node = np.arange(m)
    leaves = np.ones(m)
    rowmin, rowarg = d.min(axis=1), d.argmin(axis=1)
    z = np.zeros((max(m - 1, 0), 4))
    for step in range(m - 1):
        i = int(np.argmin(rowmin))
        j = int(rowarg[i])
        i, j = min(i, j), max(i, j)
        dij, ni, nj = d[i, j], size[i], size[j]
        dist = math.sqrt(2 * dij) if method == "ward" else dij
        z[step] = (min(node[i], node[j]), max(node[i], node[j]), dist,
                   leaves[i] + leaves[j])
        leaves[i] += leaves[j]
        if method == "ward":
            new = ((ni + size) * d[i] + (nj + size) * d[j] - size * dij) / (ni + nj + size)
        else:
            new = (ni * d[i] + nj * d[j]) / (ni + nj)
        active[j] = False
        new[~active] = np.inf
        new[i] = np.inf
        d[i, :] = new
        d[:, i] = new
        d[j, :] = np.inf
        d[:, j] = np.inf
        size[i], size[j], node[i] = ni + nj, 0, m + step
        rowmin[j] = np.inf
        stale = np.flatnonzero(active & ((rowarg == i) | (rowarg == j)))
        for r in [i, *stale.tolist()]:
            rowarg[r] = int(np.argmin(d[r]))
            rowmin[r] = d[r, rowarg[r]]
        better = active & (new < rowmin)
        rowmin[better], rowarg[better] = new[better], i
    return z


MAX_TREE = 4000  # clusters; beyond this the tree's m x m matrix gets large: pre-group them


def cluster_tree(labels: np.ndarray, embeddings: np.ndarray,
                 method: str = "ward") -> tuple[np.ndarray, np.ndarray]:
    """(cluster ids, :func:`passage_linkage` over them) for the labels >= 0."""
    ids, inverse, sizes = np.unique(labels[labels >= 0], return_inverse=True, return_counts=True)
    from scipy import sparse

    members = np.flatnonzero(labels >= 0)
    ind = sparse.csr_matrix((np.ones(len(members)), (inverse, members)),
                            shape=(len(ids), len(labels)))
    means = np.asarray(ind @ embeddings) / sizes[:, None]
    return ids, passage_linkage(means, sizes, method)


def merge_clusters(labels: np.ndarray, embeddings: np.ndarray, n_topics: int,
                   method: str = "ward", seed: int = 0, refine: bool = True) -> np.ndarray:
    """Merge clusters (:func:`passage_linkage`) down to ``n_topics``.

    With ``refine``, the merged groups are then improved by spherical k-means over the
    clusters' directions (weighted by size, started from the groups' own centres): a cluster
    that the greedy merge put in one group but is closer to another group's centre moves there.
    Measured on SIB-200 (3 seeds) it raised NMI against the subject label by 0.02-0.05 over
    Ward alone, and on HuffPost by 0.001-0.003; clusters are still never split."""
    ids = np.unique(labels[labels >= 0])
    if len(ids) <= max(n_topics, 1):
        return labels
    if len(ids) > MAX_TREE:  # very large corpora: k-means on the cluster centres first
        from sklearn.cluster import KMeans

        ids, cents = centroids(labels, embeddings)
        sizes = np.bincount(np.searchsorted(ids, labels[labels >= 0]), minlength=len(ids))
        groups = KMeans(MAX_TREE, n_init=1, random_state=seed).fit_predict(
            cents, sample_weight=sizes)
        lookup = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
        lookup[ids] = groups
        labels = np.where(labels >= 0, lookup[np.maximum(labels, 0)], -1)
        ids = np.unique(labels[labels >= 0])
    from scipy.cluster.hierarchy import fcluster

    ids, tree = cluster_tree(labels, embeddings, method)
    groups = fcluster(tree, t=n_topics, criterion="maxclust") - 1
    if refine:
        groups = _refine(labels, ids, groups, embeddings, seed)
    lookup = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
    lookup[ids] = groups
    return np.where(labels >= 0, lookup[np.maximum(labels, 0)], -1)




def _refine(labels, ids, groups, embeddings, seed: int) -> np.ndarray:
    """Spherical k-means over cluster directions, started from ``groups``' centres."""
    from sklearn.cluster import KMeans

    _, cents = centroids(labels, embeddings)  # same ids, same order
    sizes = np.bincount(np.searchsorted(ids, labels[labels >= 0]), minlength=len(ids))
    cents = cents / np.maximum(np.linalg.norm(cents, axis=1, keepdims=True), 1e-12)
    k = int(groups.max()) + 1
    if k < 2 or k >= len(ids):
        return groups
    init = np.stack([np.average(cents[groups == j], axis=0, weights=sizes[groups == j])
                     for j in range(k)])
    return KMeans(k, init=init, n_init=1, random_state=seed).fit_predict(
        cents, sample_weight=sizes).astype(np.int64)


def topic_hierarchy(topic_ids: np.ndarray, embeddings: np.ndarray, *, counts=None,
                    method: str = "ward", langs=None) -> pd.DataFrame:
    """The merge tree of the topics in ``topic_ids`` (outliers excluded).

    ``parent_terms`` come from ``counts`` (see :func:`viz.topics.terms.count_matrix`), over the
    passages in the corpus's main language when ``langs`` are given (ties: English)."""
    topic_ids = np.asarray(topic_ids)
    ids = np.unique(topic_ids[topic_ids >= 0])
    if len(ids) < 2:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(
            COLUMNS, ["int32", "int32", "float64", "int32", "object"])})
    ids, tree = cluster_tree(topic_ids, embeddings, method)
    node_ids = list(ids.astype(int))  # scipy node k -> our id
    next_id = int(ids.max()) + 1
    leaves: list[list[int]] = [[int(t)] for t in ids]
    per_topic = _topic_counts(topic_ids, ids, counts, langs)
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


def _topic_counts(topic_ids, ids, counts, langs):
    if counts is None:
        return None
    from scipy import sparse

    from .terms import ctfidf_idf

    m, words = counts
    if m.shape[1] == 0:
        return None
    ok = topic_ids >= 0
    if langs is not None and len(set(langs)) > 1:
        sizes = pd.Series([str(x) for x in langs]).value_counts()
        main = min(sizes.index, key=lambda lang: (-sizes[lang], lang != "en", lang))
        ok &= np.asarray([str(x) for x in langs], dtype=object) == main
    pos = np.searchsorted(ids, topic_ids)
    ind = sparse.csr_matrix((np.ones(ok.sum()), (pos[ok], np.flatnonzero(ok))),
                            shape=(len(ids), len(topic_ids)))
    per_topic = (ind @ m).tocsr()
    return per_topic, words, ctfidf_idf(per_topic)


def _node_terms(per_topic, ids, members: list[int]) -> list[str]:
    if per_topic is None:
        return []
    from .terms import ctfidf

    m, words, idf = per_topic
    row = np.asarray(m[np.isin(ids, members)].sum(axis=0))
    w = ctfidf(row, idf)[0]
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
