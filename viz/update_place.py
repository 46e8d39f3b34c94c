"""Where the new passages of ``viz build --update`` go in an existing run.

Each new passage joins the topic whose centre (the mean of its members' language-aligned unit
vectors) it is closest to, if it is at least as close as the least typical ``quantile`` of that
topic's members are; otherwise it stays unassigned (the topic stage's estimator,
:meth:`viz.topics.clustering.TopicModel.transform`, on centres computed here). Its micro-cluster, map position and reduced
vector are those of its nearest old passage, searched within the old micro-cluster whose centre
is nearest (or among the old outliers when no micro-cluster centre is as close as the least
typical 5% of members are to theirs), as :class:`viz.topics.sample.SampleIndex` places passages.

The old vectors are read from the run's stored matrix (``embeddings.npy``, float16, memory
mapped) a block of rows at a time: centres are sums over each group's rows after one sort per
block, never one boolean mask per topic, and no whole float32 copy of the matrix is made; two
blocks are worked on at once on two cores (:func:`_each`). The nearest-passage search reads
only the members of the micro-clusters the new passages fall in.
"""

from __future__ import annotations

import os
from collections import deque

import numpy as np

from . import schema as S

BLOCK = 65_536  # old rows aligned at a time
MAX_THREADS = 2  # blocks of old rows worked on at once (see _each)
OUTLIER_QUANTILE = 0.05  # as viz.topics.sample.OUTLIER_QUANTILE (micro-cluster search)
MAX_BLOCK = 1 << 24  # similarities computed at once (64 MB of float32)


def _rows(matrix, ids: np.ndarray) -> np.ndarray:
    """Rows ``ids`` of a (memory-mapped) matrix as a new float32 array; read as one slice when
    they are consecutive."""
    if len(ids) and ids[-1] - ids[0] == len(ids) - 1 and (np.diff(ids) == 1).all():
        return np.array(matrix[int(ids[0]):int(ids[-1]) + 1], dtype=np.float32)
    return np.array(matrix[np.asarray(ids)], dtype=np.float32)


def _unit(vecs: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    vecs /= np.maximum(norms, 1e-12)
    return vecs


def _group_sums(vecs: np.ndarray, group: np.ndarray, n_groups: int) -> np.ndarray:
    """Sum of the rows of ``vecs`` in each group ``0..n_groups-1`` (rows of group -1 left out):
    one stable sort, then one sum over each group's contiguous rows (in float64). Faster than
    ``np.add.reduceat`` along rows (measured 7x on 15,000 x 512) and than one mask per group."""
    out = np.zeros((n_groups, vecs.shape[1]), np.float64)
    keep = np.flatnonzero(group >= 0)
    if not len(keep):
        return out
    order = keep[np.argsort(group[keep], kind="stable")]
    g = group[order]
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    ends = np.r_[starts[1:], len(g)]
    rows = vecs[order]
    for s, e in zip(starts.tolist(), ends.tolist()):
        out[g[s]] = rows[s:e].sum(axis=0, dtype=np.float64)
    return out


def threads() -> int:
    """Threads for the passes over the old rows: one per core this process may use, at most
    :data:`MAX_THREADS` (a block in flight holds its rows as float32 and a copy sorted by
    group: 2 x 128 MiB at 65,536 rows of 512). ``VIZ_PLACE_THREADS`` overrides. The
    placement does not depend on it."""
    given = os.environ.get("VIZ_PLACE_THREADS")
    if given:
        return max(1, int(given))
    from .beside import usable_cores

    return max(1, min(MAX_THREADS, usable_cores()))


def _each(work, items):
    """``work(item)`` for each item (a block of old rows), the results yielded in the items'
    order, with up to :func:`threads` items worked on at once: converting float16 rows, their
    norms and products run in numpy without the GIL, so a second core shortens each pass.
    Callers add sums in that order, so they are the same whatever the thread count."""
    items = list(items)
    n = min(threads(), len(items))
    if n <= 1:
        for item in items:
            yield work(item)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(n, thread_name_prefix="viz-place") as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(work, item))
            if len(pending) >= n:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _codes(values, universe: np.ndarray) -> np.ndarray:
    return np.searchsorted(universe, values)


def place(old_ids: np.ndarray, old_topics: np.ndarray, old_clusters: np.ndarray, old_langs,
          matrix, new_vecs: np.ndarray, new_langs, *, align: bool, quantile: float,
          min_language: int = 5) -> dict:
    """Topic, micro-cluster and nearest old passage of each new passage.

    ``old_ids``: the row of ``matrix`` (the stored embeddings, rows by passage id) of each old
    passage; ``old_topics``, ``old_clusters``, ``old_langs``: theirs, same order; ``new_vecs``,
    ``new_langs``: the new passages'. ``align``: languages aligned over old and new passages
    together, as :func:`viz.topics.clustering.align_languages` aligns them (a language with at least
    ``min_language`` passages is shifted so its mean is the corpus mean).

    Returns ``topic_id`` and ``cluster_id`` per new passage, ``near`` (position among the old
    passages of the nearest one) and ``far_share`` (share of new passages far from every topic).
    """
    old_ids = np.asarray(old_ids, dtype=np.int64)
    old_topics = np.asarray(old_topics, dtype=np.int64)
    old_clusters = np.asarray(old_clusters, dtype=np.int64)
    n_old, n_new = len(old_ids), len(new_vecs)
    out = {"topic_id": np.full(n_new, S.OUTLIER_TOPIC, np.int32),
           "cluster_id": np.full(n_new, -1, np.int32), "near": np.zeros(n_new, np.int64),
           "far_share": 0.0}
    if not n_new or not n_old:
        return out
    old_langs = np.asarray([str(x) for x in old_langs], dtype=object)
    new_langs = np.asarray([str(x) for x in new_langs], dtype=object)
    universe = np.array(sorted(set(old_langs) | set(new_langs)), dtype=object)
    old_code, new_code = _codes(old_langs, universe), _codes(new_langs, universe)
    dim = new_vecs.shape[1]
    blocks = [(a, min(a + BLOCK, n_old)) for a in range(0, n_old, BLOCK)]
    cached: dict[int, np.ndarray] = {}

    # the shift of each language (zero: not shifted), from sums over old and new vectors
    shift = np.zeros((len(universe), dim), np.float32)
    counts = np.bincount(old_code, minlength=len(universe)) + np.bincount(
        new_code, minlength=len(universe))
    shifted = np.flatnonzero(counts >= min_language) if align else np.array([], int)
    if len(shifted) >= 2:
        sums = _group_sums(np.asarray(new_vecs, np.float32), new_code, len(universe))
        for part in _each(lambda ab: _group_sums(
                _rows(matrix, old_ids[ab[0]:ab[1]]), old_code[ab[0]:ab[1]], len(universe)),
                blocks):
            sums += part
        overall = sums.sum(axis=0) / counts.sum()
        shift[shifted] = (overall - sums[shifted] / counts[shifted, None]).astype(np.float32)

    def aligned(a: int, b: int) -> np.ndarray:
        if a in cached:
            return cached[a]
        vecs = _rows(matrix, old_ids[a:b])
        if len(shifted) >= 2:
            vecs += shift[old_code[a:b]]
        vecs = _unit(vecs)
        if len(blocks) == 1:
            cached[a] = vecs
        return vecs

    new = np.array(new_vecs, dtype=np.float32)
    if len(shifted) >= 2:
        new += shift[new_code]
    new = _unit(new)

    # topic and micro-cluster centres: sums over the members, one pass over the old rows
    ids = np.unique(old_topics[old_topics != S.OUTLIER_TOPIC])
    micro = np.unique(old_clusters[old_clusters >= 0])
    t_group = np.where(old_topics != S.OUTLIER_TOPIC, np.searchsorted(ids, old_topics), -1)
    m_group = np.where(old_clusters >= 0, np.searchsorted(micro, np.maximum(old_clusters, 0)), -1)
    t_sums = np.zeros((len(ids), dim), np.float64)
    m_sums = np.zeros((len(micro), dim), np.float64)

    def sums_of(block: tuple[int, int]):
        a, b = block
        vecs = aligned(a, b)
        return (_group_sums(vecs, t_group[a:b], len(ids)),
                _group_sums(vecs, m_group[a:b], len(micro)))

    for t_part, m_part in _each(sums_of, blocks):
        t_sums += t_part
        m_sums += m_part
    cents = _unit(t_sums.astype(np.float32))
    m_cents = _unit(m_sums.astype(np.float32))
    # how typical members are: cosine of each member to its own centre
    t_own = np.empty(n_old, np.float32)
    m_own = np.empty(n_old, np.float32)

    def own(block: tuple[int, int]) -> None:
        a, b = block
        vecs = aligned(a, b)
        tg, mg = t_group[a:b], m_group[a:b]
        t_own[a:b] = np.einsum("ij,ij->i", vecs, cents[np.maximum(tg, 0)]) if len(ids) else 0
        m_own[a:b] = np.einsum("ij,ij->i", vecs, m_cents[np.maximum(mg, 0)]) if len(micro) else 0

    for _ in _each(own, blocks):
        pass

    if len(ids):
        # the topic stage's estimator places them, with the centres, threshold and shifts
        # computed here from the stored rows
        from .topics.clustering import TopicModel

        model = TopicModel.from_centres(
            ids, cents, float(np.quantile(t_own[t_group >= 0], quantile)),
            {str(universe[k]): shift[k] for k in shifted} if len(shifted) >= 2 else {})
        out["topic_id"] = model.transform(new_vecs, new_langs).astype(np.int32)
        out["far_share"] = float((out["topic_id"] == S.OUTLIER_TOPIC).mean())

    # nearest old passage: within the micro-cluster whose centre is nearest, or the outliers
    n_groups = len(micro)
    order = np.argsort(np.where(m_group >= 0, m_group, n_groups), kind="stable")
    starts = np.searchsorted(np.where(m_group >= 0, m_group, n_groups)[order],
                             np.arange(n_groups + 2))
    outliers_empty = starts[n_groups + 1] == starts[n_groups]
    if n_groups:
        m_threshold = float(np.quantile(m_own[m_group >= 0], OUTLIER_QUANTILE))
        sims = new @ m_cents.T
        best = sims.argmax(axis=1)
        close = sims[np.arange(n_new), best] >= m_threshold
        group = np.where(close | outliers_empty, best, n_groups)
    else:
        group = np.full(n_new, n_groups)
    for g in np.unique(group):
        rows = np.flatnonzero(group == g)
        members = order[starts[g]:starts[g + 1]]  # positions among the old passages
        if not len(members):
            continue
        cand = _unit(_rows(matrix, old_ids[members]) + (
            shift[old_code[members]] if len(shifted) >= 2 else 0))
        step = max(1, MAX_BLOCK // len(members))
        for r in range(0, len(rows), step):
            part = rows[r:r + step]
            out["near"][part] = members[(new[part] @ cand.T).argmax(axis=1)]
    same = old_topics[out["near"]] == out["topic_id"]
    out["cluster_id"] = np.where(same & (out["topic_id"] != S.OUTLIER_TOPIC),
                                 old_clusters[out["near"]], -1).astype(np.int32)
    return out
