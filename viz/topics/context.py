"""The document around a passage: topics of passages that hold on whole documents.

Passages are embedded blind to their document, so the third paragraph of a company report
("the firm said it expects ...") could belong anywhere. Two pure steps give it its document
back (both change nothing for a document of one passage, so single-passage corpora such as
headlines or sentences keep exactly the topics they had):

* :func:`mix_with_document`: before clustering, each passage's vector is moved towards its
  document's mean direction, ``(1 - w) * passage + w * document``, re-normalised;
* :func:`smooth_within_documents`: after clustering, a passage whose topic is not its
  document's main topic takes the main topic, unless it is clearly elsewhere: its topic is a
  subject documents are about (:func:`topic_anchoring`), and the passage is closer to that
  topic's centre than to the main topic's by more than ``margin`` (cosine).

A document's main topic is its passages' topics weighted by text length
(:func:`document_main_topic`), the same rule as :func:`viz.topics.clustering.document_topic_mix`.
"""

from __future__ import annotations

import numpy as np

OUTLIER = -1


def _codes(doc_ids) -> tuple[np.ndarray, int]:
    """Dense integer codes 0..k-1 for any hashable document ids, in order of appearance."""
    import pandas as pd

    codes, uniques = pd.factorize(pd.Series(list(doc_ids), dtype=object), sort=False)
    if (codes < 0).any():
        raise ValueError("doc_ids must not contain missing values")
    return codes.astype(np.int64), len(uniques)


def _weights(lengths, n: int) -> np.ndarray:
    if lengths is None:
        return np.ones(n)
    w = np.asarray(lengths, dtype=np.float64)
    if w.shape != (n,):
        raise ValueError(f"lengths has {w.size} values for {n} passages")
    return np.maximum(w, 0) + 1e-9  # an empty passage still counts a little


def _unit(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


CHUNK = 65_536  # rows at a time: a million 512-d vectors are 2 GB, so no whole-matrix temporaries


def _unit_document_means(embeddings: np.ndarray, codes: np.ndarray, k: int,
                         w: np.ndarray) -> np.ndarray:
    """``(k, dim)``: each document's unit mean direction, its passages weighted by ``w``."""
    from scipy import sparse

    n = len(codes)
    weights = sparse.csr_matrix((w.astype(np.float32), (codes, np.arange(n))), shape=(k, n))
    return _unit(np.asarray(weights @ embeddings, dtype=np.float32))


def document_means(embeddings: np.ndarray, doc_ids, lengths=None) -> np.ndarray:
    """Per passage, the unit mean direction of its document's passages (weighted by length)."""
    embeddings = np.asarray(embeddings, dtype=np.float32)
    codes, k = _codes(doc_ids)
    if len(codes) != len(embeddings):
        raise ValueError(f"{len(codes)} doc_ids for {len(embeddings)} embeddings")
    return _unit_document_means(embeddings, codes, k, _weights(lengths, len(codes)))[codes]


def mix_with_document(embeddings: np.ndarray, doc_ids, weight: float,
                      lengths=None) -> np.ndarray:
    """Each passage's vector moved towards its document's mean direction by ``weight``
    (0: unchanged, 1: the document's mean), re-normalised. A new array; the vector of a
    document's only passage is returned as given."""
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"document weight must be within [0, 1], got {weight}")
    embeddings = np.asarray(embeddings, dtype=np.float32)
    if weight == 0 or not len(embeddings):
        return embeddings.copy()
    codes, k = _codes(doc_ids)
    if len(codes) != len(embeddings):
        raise ValueError(f"{len(codes)} doc_ids for {len(embeddings)} embeddings")
    means = _unit_document_means(embeddings, codes, k, _weights(lengths, len(codes)))
    alone = np.bincount(codes)[codes] == 1  # exactly as given, not rounded: a true no-op
    out = np.empty_like(embeddings)
    for s in range(0, len(embeddings), CHUNK):
        part = embeddings[s:s + CHUNK]
        mixed = _unit((1.0 - weight) * _unit(part) + weight * means[codes[s:s + CHUNK]])
        out[s:s + CHUNK] = np.where(alone[s:s + CHUNK, None], part, mixed)
    return out


def document_main_topic(labels, doc_ids, lengths=None) -> np.ndarray:
    """Per passage, its document's main topic: the topic holding most of the document's text
    among its assigned passages (ties: the lower topic id); -1 when all of them are outliers."""
    from scipy import sparse

    labels = np.asarray(labels, dtype=np.int64)
    codes, k = _codes(doc_ids)
    if len(codes) != len(labels):
        raise ValueError(f"{len(codes)} doc_ids for {len(labels)} labels")
    w = _weights(lengths, len(labels))
    ok = labels >= 0
    if not ok.any():
        return np.full(len(labels), OUTLIER, np.int64)
    m = sparse.csr_matrix((w[ok], (codes[ok], labels[ok])), shape=(k, int(labels.max()) + 1))
    best = np.asarray(m.argmax(axis=1)).ravel()
    has = np.asarray(m.sum(axis=1)).ravel() > 0
    return np.where(has, best, OUTLIER)[codes]


def topic_anchoring(labels, doc_ids, lengths=None) -> dict[int, float]:
    """Per topic, the share of its text that lies in documents whose main topic it is.

    A subject that articles are about scores high; a topic of boilerplate ("the firm said it
    expects ...") that every kind of article carries, but none is mainly about, scores near 0.
    """
    labels = np.asarray(labels, dtype=np.int64)
    w = _weights(lengths, len(labels))
    main = document_main_topic(labels, doc_ids, lengths)
    ok = labels >= 0
    if not ok.any():
        return {}
    total = np.bincount(labels[ok], weights=w[ok])
    home = np.bincount(labels[ok], weights=w[ok] * (main[ok] == labels[ok]),
                       minlength=len(total))
    return {int(t): float(home[t] / total[t]) for t in np.flatnonzero(total > 0)}


def smooth_within_documents(labels, embeddings: np.ndarray, doc_ids, lengths=None, *,
                            margin: float = 0.05, min_anchoring: float = 0.5,
                            join_outliers: bool = True) -> np.ndarray:
    """A passage takes its document's main topic unless it is clearly elsewhere.

    "Clearly elsewhere": its own topic is a subject documents are about (its
    :func:`topic_anchoring` is at least ``min_anchoring``) and the passage is closer (cosine)
    to that topic's centre than to the main topic's by more than ``margin``
    (``margin=inf``: every passage follows its document). A passage of a topic no document is
    mainly about (boilerplate, quotes, generic phrasing) follows its document. With
    ``join_outliers`` an outlier passage joins its document's main topic (when the document
    has one). Centres are the unit mean vectors of the topics as given. Returns new labels;
    documents of one passage are unchanged.
    """
    from .tree import centroids

    labels = np.asarray(labels, dtype=np.int64)
    embeddings = np.asarray(embeddings, dtype=np.float32)
    main = document_main_topic(labels, doc_ids, lengths)
    out = labels.copy()
    differ = (main >= 0) & (labels != main)
    if not join_outliers:
        differ &= labels >= 0
    idx = np.flatnonzero(differ)
    if not len(idx):
        return out
    ids, cents = centroids(labels, embeddings)
    pos = {int(t): i for i, t in enumerate(ids)}
    anchoring = topic_anchoring(labels, doc_ids, lengths)
    own_sim = np.full(len(idx), -np.inf)
    subject = np.array([anchoring.get(int(t), 0.0) >= min_anchoring for t in labels[idx]])
    keep = (labels[idx] >= 0) & subject
    if keep.any():
        own = np.array([pos[int(t)] for t in labels[idx][keep]])
        own_sim[keep] = np.einsum("ij,ij->i", embeddings[idx][keep], cents[own])
    main_pos = np.array([pos[int(t)] for t in main[idx]])
    main_sim = np.einsum("ij,ij->i", embeddings[idx], cents[main_pos])
    follow = own_sim - main_sim <= margin
    out[idx[follow]] = main[idx[follow]]
    return out


def within_document_agreement(labels, doc_ids, lengths=None, *, min_passages: int = 2) -> float:
    """Mean over documents of at least ``min_passages`` passages of the share of the
    document's text in its main topic (outlier passages count against it); NaN if none."""
    labels = np.asarray(labels, dtype=np.int64)
    codes, k = _codes(doc_ids)
    w = _weights(lengths, len(labels))
    main = document_main_topic(labels, doc_ids, lengths)
    total = np.bincount(codes, weights=w, minlength=k)
    inside = np.bincount(codes, weights=w * ((labels == main) & (main >= 0)), minlength=k)
    many = np.bincount(codes, minlength=k) >= min_passages
    return float(np.mean(inside[many] / total[many])) if many.any() else float("nan")


def before_clustering(embeddings: np.ndarray, doc_ids, texts, params) -> np.ndarray:
    """:func:`mix_with_document` as ``params.doc_weight`` says (the vectors to cluster)."""
    if params.doc_weight <= 0:
        return embeddings
    return mix_with_document(embeddings, doc_ids, params.doc_weight, [len(t) for t in texts])


def after_clustering(labels, embeddings: np.ndarray, doc_ids, texts, params) -> np.ndarray:
    """:func:`smooth_within_documents` when ``params.doc_smooth`` (the final labels)."""
    if not params.doc_smooth:
        return np.asarray(labels)
    return smooth_within_documents(labels, embeddings, doc_ids, [len(t) for t in texts],
                                   margin=params.doc_margin)


def cooccurrence_profiles(labels, doc_ids, lengths=None) -> tuple[np.ndarray, np.ndarray]:
    """(cluster ids, per cluster the Hellinger vector of the documents its passages sit in).

    Row ``c`` is the square root of the mean composition, over clusters ``c'``, of the
    documents holding ``c``'s passages (each passage weighted by its length, each document's
    composition by text; the passage itself counts). Two micro-clusters that sit in the same
    kind of documents (say a company report's body and its closing boilerplate) get close
    rows. Only documents of two or more assigned passages count: a cluster found in none of
    them gets a zero row (outliers are left out).
    """
    from scipy import sparse

    labels = np.asarray(labels, dtype=np.int64)
    codes, k = _codes(doc_ids)
    w = _weights(lengths, len(labels))
    ok = labels >= 0
    ids, inv = np.unique(labels[ok], return_inverse=True)
    m = len(ids)
    many = np.bincount(codes[ok], minlength=k) >= 2
    keep = many[codes[ok]]
    # clusters x documents, text weight, over documents of two or more assigned passages
    a = sparse.csr_matrix((w[ok][keep], (inv[keep], codes[ok][keep])), shape=(m, k))
    pairs = np.asarray((a @ a.T).todense(), dtype=np.float64)
    total = pairs.sum(axis=1, keepdims=True)
    prof = np.divide(pairs, total, out=np.zeros_like(pairs), where=total > 0)
    return ids, np.sqrt(prof)


def cooccurrence_merge(labels, embeddings: np.ndarray, doc_ids, n_topics: int, weight: float,
                       lengths=None, seed: int = 0) -> np.ndarray:
    """Merge micro-clusters into ``n_topics`` by direction *and* document co-occurrence.

    Each cluster is the unit vector ``[sqrt(1 - weight) * direction, sqrt(weight) *
    profile]`` (its centre's direction and its :func:`cooccurrence_profiles` row; a cluster
    with no co-occurrence keeps its direction alone), merged by Ward's criterion weighted by
    size and refined by spherical k-means, as :func:`viz.topics.tree.merge_clusters` does on
    directions alone. ``weight=0``, or a corpus with no document of two assigned passages,
    gives exactly ``merge_clusters``' answer.
    """
    from scipy.cluster.hierarchy import fcluster
    from sklearn.cluster import KMeans

    from .tree import MAX_TREE, centroids, merge_clusters, passage_linkage

    labels = np.asarray(labels, dtype=np.int64)
    ids = np.unique(labels[labels >= 0])
    if len(ids) <= max(n_topics, 1):
        return labels
    if weight <= 0 or len(ids) > MAX_TREE:
        return merge_clusters(labels, embeddings, n_topics, "ward", seed)
    pids, prof = cooccurrence_profiles(labels, doc_ids, lengths)
    has = prof.sum(axis=1) > 0
    if not has.any():
        return merge_clusters(labels, embeddings, n_topics, "ward", seed)
    cids, cents = centroids(labels, embeddings)
    sizes = np.bincount(np.searchsorted(cids, labels[labels >= 0]), minlength=len(cids))
    scale = np.where(has, np.sqrt(1.0 - weight), 1.0)[:, None]
    feats = np.hstack([cents * scale, prof * np.sqrt(weight)])
    feats = _unit(feats)
    tree = passage_linkage(feats, sizes, "ward")
    groups = fcluster(tree, t=n_topics, criterion="maxclust") - 1
    k = int(groups.max()) + 1
    if 2 <= k < len(cids):
        init = np.stack([np.average(feats[groups == j], axis=0, weights=sizes[groups == j])
                         for j in range(k)])
        groups = KMeans(k, init=init, n_init=1, random_state=seed).fit_predict(
            feats, sample_weight=sizes).astype(np.int64)
    lookup = np.full(int(cids.max()) + 1, -1, dtype=np.int64)
    lookup[cids] = groups
    return np.where(labels >= 0, lookup[np.maximum(labels, 0)], -1)
