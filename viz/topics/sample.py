"""Topics of a corpus too large to cluster whole: fit on a sample, place every other passage.

UMAP, HDBSCAN and the merging of micro-clusters cost more than linear time and memory, so
above :data:`TOPIC_SAMPLE` passages (``--topic-sample``) they run on a seeded uniform sample,
fitted exactly as a smaller corpus would be (with the topic count of the whole corpus). Every
other passage then takes the topic, micro-cluster, UMAP vector and map position of its nearest
fitted passage (cosine on the language-aligned embeddings, the space the topics were clustered
in), searched among the members of the fitted micro-cluster whose centre is nearest, or among
the fitted outliers when it is not as close to any centre as the least typical 5% of members
are to theirs. That costs a few thousand dot products per passage instead of one per fitted
passage, so a million passages are placed in minutes, in chunks, without a second copy of the
embedding matrix.

Topic sizes and language counts are recounted over all passages; terms, labels, representative
passages and the hierarchy come from the sample. The manifest's ``topic_sample`` says so.
The single-process build and :mod:`viz.distributed` (on its workers) share this code.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from .. import schema as S

TOPIC_SAMPLE = 100_000  # passages the topics are fitted on (all of them up to this size)
CHUNK = 16_384  # passages placed at a time
MAX_BLOCK = 1 << 24  # similarities computed at once (64 MB of float32)
OUTLIER_QUANTILE = 0.05
ASSIGNMENT = ("nearest fitted passage (cosine, language-aligned embeddings) within the nearest "
              "fitted micro-cluster, or among the fitted outliers when no centre is close: its "
              "topic, micro-cluster, UMAP vector and map position")


def language_shifts(embeddings: np.ndarray, langs, align: bool) -> dict[str, np.ndarray]:
    """What :func:`viz.topics.clustering.align_languages` adds to each language's vectors, so passages
    outside the sample are aligned exactly as the sample was."""
    from .clustering import shifted_languages

    if not align:
        return {}
    langs_arr = np.asarray([str(x) for x in langs], dtype=object)
    shifted = shifted_languages(langs_arr)
    if not shifted:
        return {}
    overall = embeddings.mean(axis=0)
    return {lang: (overall - embeddings[langs_arr == lang].mean(axis=0)).astype(np.float32)
            for lang in shifted}


def _aligned(embeddings: np.ndarray, langs, shifts: dict) -> np.ndarray:
    vecs = np.array(embeddings, dtype=np.float32)  # a copy: the caller's rows stay as given
    if shifts:
        langs_arr = np.asarray([str(x) for x in langs], dtype=object)
        for lang, shift in shifts.items():
            vecs[langs_arr == lang] += shift
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    vecs /= norms
    return vecs


@dataclass
class SampleIndex:
    """The fitted passages grouped by micro-cluster, for finding a passage's nearest one.

    Picklable (numpy arrays and a dict), so a Dask worker can receive it."""

    shifts: dict  # language -> shift (see language_shifts)
    ids: np.ndarray  # micro-cluster ids, sorted
    centres: np.ndarray  # (len(ids), dim) unit centres
    threshold: float  # cosine to a centre below which a passage counts as an outlier
    vectors: np.ndarray  # fitted passages' aligned unit vectors, grouped by micro-cluster
    rows: np.ndarray  # position in the sample of each row of ``vectors``
    starts: np.ndarray  # group g (ids[g]; the last: outliers) is vectors[starts[g]:starts[g+1]]

    @classmethod
    def build(cls, embeddings: np.ndarray, langs, clusters, *, align: bool,
              quantile: float = OUTLIER_QUANTILE) -> "SampleIndex":
        """From the sample's raw ``embeddings``, languages and micro-clusters (-1: outlier)."""
        shifts = language_shifts(embeddings, langs, align)
        vecs = _aligned(embeddings, langs, shifts)  # a copy, sorted below: one at a time
        clusters = np.asarray(clusters, dtype=np.int64)
        ids = np.unique(clusters[clusters >= 0])
        group = np.where(clusters >= 0, np.searchsorted(ids, np.maximum(clusters, 0)), len(ids))
        order = np.argsort(group, kind="stable")
        starts = np.searchsorted(group[order], np.arange(len(ids) + 2))
        centres = np.zeros((len(ids), vecs.shape[1]), np.float32)
        np.add.at(centres, group[group < len(ids)], vecs[group < len(ids)])
        norms = np.linalg.norm(centres, axis=1, keepdims=True)
        centres /= np.maximum(norms, 1e-12)
        members = np.flatnonzero(group < len(ids))
        threshold = float(np.quantile(np.einsum("ij,ij->i", vecs[members],
                                                centres[group[members]]), quantile)) \
            if len(members) else float("inf")
        vecs = vecs[order]
        return cls(shifts, ids, centres, threshold, vecs, order, starts)

    def nearest(self, embeddings: np.ndarray, langs, done=None) -> np.ndarray:
        """Position in the sample of each passage's nearest fitted passage; ``done(k)`` is
        told after each chunk of ``k`` passages."""
        n = len(embeddings)
        out = np.empty(n, dtype=np.int64)
        langs = list(langs)
        n_groups = len(self.ids)
        outliers_empty = self.starts[n_groups + 1] == self.starts[n_groups]
        for s in range(0, n, CHUNK):
            vecs = _aligned(embeddings[s:s + CHUNK], langs[s:s + CHUNK], self.shifts)
            if n_groups:
                sims = vecs @ self.centres.T
                best = sims.argmax(axis=1)
                close = sims[np.arange(len(vecs)), best] >= self.threshold
                group = np.where(close | outliers_empty, best, n_groups)
            else:
                group = np.full(len(vecs), n_groups)
            order = np.argsort(group, kind="stable")
            bounds = np.searchsorted(group[order], np.arange(n_groups + 2))
            for g in range(n_groups + 1):
                rows = order[bounds[g]:bounds[g + 1]]
                if not len(rows):
                    continue
                lo, hi = self.starts[g], self.starts[g + 1]
                cand = self.vectors[lo:hi]
                step = max(1, MAX_BLOCK // max(hi - lo, 1))
                for r in range(0, len(rows), step):
                    part = rows[r:r + step]
                    out[s + part] = self.rows[lo + (vecs[part] @ cand.T).argmax(axis=1)]
            if done is not None:
                done(len(vecs))
        return out


def prepare(n: int) -> None:
    """Import what fitting topics on ``n`` passages will run: umap-learn (its numba functions
    on the on-disk cache, fork-safe threading layer), HDBSCAN (2 to 3 s of CPU for both:
    ``benchmarks/topic_stage.py``) and the topic modules. The build calls it in a thread while
    the passages are embedded (from the languages stage on), where the second embedding process
    takes over the batches this one's embedding loses to it; a second call costs nothing.
    Nothing computed: the topics are the same with or without it."""
    from . import clustering, count, description, terms, tree  # noqa: F401
    from .reduce import EXACT_MAX_POINTS

    if min(n, TOPIC_SAMPLE) >= EXACT_MAX_POINTS:
        from ..beside import fork_safe_numba
        from ..jit_cache import enable

        fork_safe_numba()
        enable()
        import hdbscan  # noqa: F401
        import umap  # noqa: F401


def draw(n: int, size: int, seed: int) -> np.ndarray:
    """The fitted passages: a seeded uniform sample, in passage order."""
    return np.sort(np.random.default_rng(seed).choice(n, size=size, replace=False))


def fit_on_sample(texts, embeddings, langs, doc_ids, *, embedder, seed, align, n_topics,
                  reduce_outliers, label_lang, sample_size: int | None, place=None, note=None,
                  map_beside: bool = False, topic_count: str = "excess"):
    """:func:`viz.topics.clustering.fit_topics` on all passages, or on a sample above ``sample_size``
    (None: :data:`TOPIC_SAMPLE`). Returns ``(result, sampled)``: ``sampled`` is None when every
    passage was fitted, else ``{"idx": fitted positions, "nearest": per passage, its fitted
    passage}``. ``place(index)`` finds the nearest fitted passage of every passage (default:
    here, in chunks; :mod:`viz.distributed` maps it over its workers). ``note(text)`` is
    told what is being done. ``map_beside``: see :func:`viz.topics.clustering.fit_topics` (then
    :func:`map_xy` waits for the map)."""
    from .clustering import TopicParams, fit_topics

    n = len(texts)
    size = sample_size or TOPIC_SAMPLE
    note = note or (lambda text: None)
    if n <= size:
        note(f"fitting {n:,} passages (UMAP, HDBSCAN, merging, map, terms)")
        return fit_topics(texts, embeddings, langs, embedder=embedder, seed=seed, align=align,
                          n_topics=n_topics, reduce_outliers=reduce_outliers,
                          label_lang=label_lang, doc_ids=doc_ids, map_beside=map_beside,
                          topic_count=topic_count), None
    idx = draw(n, size, seed)
    s_langs = [str(langs[i]) for i in idx]
    params = TopicParams.for_size(size, seed=seed, align_languages=align, n_topics=n_topics,
                                  reduce_outliers=reduce_outliers, label_lang=label_lang,
                                  topic_count=topic_count)
    if not n_topics:  # as many topics as the whole corpus would get
        params = replace(params, n_topics=TopicParams.auto_topics(n))
    doc_ids = np.asarray(list(doc_ids), dtype=object)[idx].tolist() if doc_ids is not None \
        else None
    sample = np.asarray(embeddings[idx], dtype=np.float32)
    note(f"fitting a sample of {size:,} of {n:,} passages (UMAP, HDBSCAN, merging, map, terms)")
    result = fit_topics([texts[i] for i in idx], sample, s_langs, embedder=embedder,
                        params=params, doc_ids=doc_ids, map_beside=map_beside)
    clusters = (result.cluster_ids if result.cluster_ids is not None
                else np.where(np.asarray(result.topic_ids) >= 0, 0, -1))
    index = SampleIndex.build(sample, s_langs, clusters, align=align)
    del sample
    note(f"placing {n - size:,} passages beside their nearest fitted passage")
    if place is not None:
        nearest = place(index)
    else:
        placed = [0]

        def done(k: int) -> None:
            placed[0] += k
            note(f"placing passages: {placed[0]:,} of {n:,}")

        nearest = index.nearest(embeddings, langs, done)
    nearest[idx] = np.arange(len(idx))  # a fitted passage is its own nearest
    return result, {"idx": idx, "nearest": nearest}


def topic_columns(result, sampled, passages: pd.DataFrame):
    """Per-passage topic columns and the topics table (representatives as passage ids):
    ``(topics, topic_ids, original, cluster_ids, xy, reduced)``; ``xy`` is None while the map
    is computed beside (``fit_topics(map_beside=True)``): :func:`map_xy` waits for it."""
    pid = passages[S.PASSAGE_ID].to_numpy()
    xy = None if result.map_pending is not None else map_xy(result, sampled)
    cluster = (result.cluster_ids if result.cluster_ids is not None
               else np.where(result.topic_ids >= 0, 0, -1)).astype(np.int32)
    topics = result.topics.copy()
    if sampled is None:
        topics[S.REPRESENTATIVE] = [[int(pid[i]) for i in rep] for rep in topics[S.REPRESENTATIVE]]
        return (topics, result.topic_ids, result.topic_ids_original, cluster, xy,
                result.reduced)
    idx, near = sampled["idx"], sampled["nearest"]
    topic_ids = np.asarray(result.topic_ids)[near].astype(np.int32)
    original = np.asarray(result.topic_ids_original)[near].astype(np.int32)
    reduced = np.asarray(result.reduced)[near] if result.reduced is not None else None
    topics[S.REPRESENTATIVE] = [[int(pid[idx[i]]) for i in rep]
                                for rep in topics[S.REPRESENTATIVE]]
    counts = pd.DataFrame({"t": topic_ids, "lang": passages[S.LANG].astype(str).to_numpy()})
    sizes = counts["t"].value_counts()
    by_lang = counts.groupby(["t", "lang"]).size()
    langs = {int(t): {} for t in topics[S.TOPIC_ID]}
    for (t, lang), c in by_lang.items():
        langs.setdefault(int(t), {})[str(lang)] = int(c)
    topics[S.SIZE] = [int(sizes.get(int(t), 0)) for t in topics[S.TOPIC_ID]]
    topics[S.LANGUAGES] = [dict(sorted(langs.get(int(t), {}).items(), key=lambda kv: -kv[1]))
                           for t in topics[S.TOPIC_ID]]
    return topics, topic_ids, original, cluster[near], xy, reduced


def map_xy(result, sampled) -> np.ndarray:
    """Every passage's map position (a passage outside the sample takes its nearest fitted
    one's), after waiting for the 2-D map if a child process computes it."""
    xy = np.asarray(result.finish_map())
    return xy if sampled is None else xy[sampled["nearest"]]


def sample_note(sampled, n: int, sample_size: int | None) -> dict:
    """The manifest's ``topic_sample``."""
    size = sample_size or TOPIC_SAMPLE
    if sampled is None:
        return {"size": size, "fitted": n, "passages": n, "assignment": None}
    return {"size": size, "fitted": int(len(sampled["idx"])), "passages": n,
            "assignment": ASSIGNMENT}
