"""Topics: density micro-clusters merged into a hierarchy, over language-aligned embeddings.

The method (every step seeded and deterministic):

1. Languages the embedder covers are aligned: each language's mean direction is removed, so
   passages group by subject, not by language (:func:`align_languages`).
2. UMAP reduces the vectors to 5-D; HDBSCAN with a *small* ``min_cluster_size`` finds many
   small, dense, pure micro-clusters and marks low-density passages as outliers (the original,
   BERTopic-style assignment).
   From 2,000 passages umap-learn's UMAP reduces the vectors (with exact neighbours up to
   ``EXACT_KNN_MAX`` passages); below that :class:`viz.topics.reduce.ExactUMAP` (exact
   neighbours, numpy SGD, no numba: importing umap-learn costs seconds of numba per process).
   Either is fitted directly, then :class:`MergedClusters`: these are BERTopic's ``umap_model``
   and ``hdbscan_model`` slots, and running them inside BERTopic gave the same topics for 1.5 s
   more at 15,000 passages (its own topic words, which viz recomputes per language, step 6).
   The 2-D map uses the same reducer, from the 5-D vectors, in a child process when asked.
3. An outlier joins its nearest micro-cluster when it is at least as close to that centre as
   the least typical 5% of members are to theirs (``outlier_quantile``); others stay outliers.
4. Micro-clusters are merged (Ward's criterion on their directions, weighted by size, so no
   topic swallows the corpus, then refined by spherical k-means from the merged groups'
   centres) until the corpus has
   ``n_topics`` topics: asked for, or ``TopicParams.auto_topics(n)`` (5 for 80 passages, ~35 for
   13,000, ~139 for 400,000). The merge tree over the final topics is returned as a tidy
   hierarchy table, so coarser levels are a cut away (:func:`viz.topics.tree.cut_hierarchy`).
5. Each assigned passage takes the majority topic of its nearest neighbours (boundary noise).
6. The topics are described (:func:`viz.topics.description.describe_topics`, the step curation
   calls too): terms are class-TF-IDF over language-aware tokens (:mod:`viz.topics.terms`); a
   topic is labelled in its main language and has terms in each of its languages.

:class:`TopicModel` is the stage as an estimator (``fit``, then ``transform`` places new passages
by nearest topic centre); :func:`fit_topics` its function twin. The stage's output is two tables
(see :mod:`viz.schema`) plus the hierarchy and per-language terms. Nothing downstream needs a
fitted model object: :meth:`TopicModel.from_assignment` rebuilds what ``transform`` needs from a
stored run.
"""

from __future__ import annotations

import dataclasses
import math
import os
import warnings
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from .. import schema as S
from .description import describe_topics
from .terms import count_matrix, terms_table
from .tree import centroids, merge_clusters

SMALL_CORPUS = 12  # below this many passages no clustering is attempted: one topic
# Up to this many passages UMAP gets exact neighbours by blocks (pynndescent's search would be
# compiled afresh in each process: about 13 s). 30,000 takes in BBC's 24,580 passages; with the
# count rule of 2026-12-06 its per-document NMI over seeds 0-9 was 0.848 (20,000: 0.850), 5
# topics on every seed either way (benchmarks/topics.py --documents --count-study).
EXACT_KNN_MAX = 30_000


@dataclass(frozen=True)
class TopicParams:
    """Every parameter of the topic stage, stored in the manifest."""

    n_passages: int
    n_neighbors: int
    n_components: int
    min_dist: float
    min_cluster_size: int  # of HDBSCAN's micro-clusters
    min_samples: int
    min_df: int
    seed: int
    align_languages: bool = True
    n_topics: int = 0  # topics after merging micro-clusters
    n_topics_requested: bool = False  # n_topics was asked for (else auto_topics(n))
    reduce_outliers: bool = True
    outlier_quantile: float = 0.05
    smooth_neighbors: int = 10  # 0 = no neighbour vote
    linkage: str = "ward"  # how micro-clusters merge (see passage_linkage)
    label_lang: str | None = None  # preferred language of labels (None: the corpus's main one)
    # the document around a passage (viz.topics.context; used when fit_topics gets doc_ids):
    # (measured on BBC articles, 3 seeds: see benchmarks/topics.py --documents)
    doc_weight: float = 0.3  # pull of the document's mean direction on each passage's vector
    doc_smooth: bool = True  # passages follow their document's main topic ...
    doc_margin: float = 0.05  # ... unless this much closer (cosine) to their own topic
    # weight of document co-occurrence, beside direction, when micro-clusters merge (0: off;
    # viz.topics.context.cooccurrence_merge). Off by default: on BBC at 0.5 it lifts
    # per-document NMI at the size-rule count on every seed (0.554 vs 0.543) but not at the
    # gap criterion's 12 topics (seed 2: 0.691 vs 0.709); one-passage documents: no change
    doc_cooc: float = 0.0
    # how the count is set when not asked for: "excess" (the merge tree's level clearly more
    # forced than chance, else the size rule auto_topics(n)), "size", "gap" or "ch"
    # (viz.topics.count.choose_n_topics). "excess" is the default: BBC per-document NMI 0.840
    # (5 topics, seeds 0-2) against 0.543 for the size rule; HuffPost and SIB-200 show no
    # level above chance and keep the size rule
    topic_count: str = "excess"

    COUNT_RULES = ("excess", "size", "gap", "ch")  # topic_count's choices

    @staticmethod
    def auto_topics(n: int) -> int:
        """A topic count that fits ``n`` passages: 5 for 80, 29 for 8,000, 139 for 400,000."""
        return int(max(2, min(400, round(0.8 * max(n, 1) ** 0.4))))

    @classmethod
    def for_size(cls, n: int, *, seed: int = 0, align_languages: bool = True,
                 n_topics: int | None = None, reduce_outliers: bool = True,
                 label_lang: str | None = None,
                 topic_count: str = "excess") -> "TopicParams":
        """Parameters adapted to ``n`` passages (80 for the seeds, 10,000+ for news)."""
        if topic_count not in cls.COUNT_RULES:
            raise ValueError(f"topic_count must be one of {', '.join(cls.COUNT_RULES)}, "
                             f"not {topic_count!r}")
        root = math.sqrt(max(n, 1))
        # Micro-clusters: small enough to be pure at any size (5 up to 10,000 passages, 7 at
        # 13,000, 200 at 400,000), so there are hundreds to a few thousand of them to merge.
        min_cluster_size = int(max(5, min(500, round(n / 2000))))
        return cls(
            n_passages=n,
            n_neighbors=int(max(4, min(15, round(root)))),
            n_components=5,
            min_dist=0.0,
            min_cluster_size=min_cluster_size,
            # Density estimated over ~sqrt(n)/10 neighbours: 2 for the seeds (finer micro-clusters
            # in a small corpus), = min_cluster_size for 5,000-40,000 passages, 50 at most.
            min_samples=int(min(min_cluster_size, max(2, round(root / 10)), 50)),
            min_df=1 if n < 2000 else 2,
            seed=seed,
            align_languages=align_languages,
            n_topics=int(n_topics) if n_topics else cls.auto_topics(n),
            n_topics_requested=bool(n_topics),
            reduce_outliers=reduce_outliers,
            label_lang=label_lang,
            topic_count=topic_count,
        )

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_manifest(cls, stored: dict | None, n: int) -> "TopicParams":
        """The parameters a run was built with (its manifest's ``topic_parameters``) for ``n``
        passages; a key an older run lacks takes :meth:`for_size`'s value."""
        known = set(cls.__dataclass_fields__)
        stored = stored or {}
        return dataclasses.replace(cls.for_size(n, seed=int(stored.get("seed", 0))),
                                   **{k: v for k, v in stored.items() if k in known})


@dataclass
class TopicResult:
    topic_ids: np.ndarray  # per passage, after outliers close to a topic joined it
    xy: np.ndarray  # per passage, 2-D
    topics: pd.DataFrame  # the topics table
    params: TopicParams
    method: str  # "umap + hdbscan..." or "exact-umap + hdbscan..." (below 2,000), "single-topic..."
    aligned_languages: list[str]  # languages whose mean direction was removed
    # per passage, HDBSCAN's own assignment in the same topic ids: -1 for every passage it
    # left an outlier (topic_ids differs only where an outlier was reassigned)
    topic_ids_original: np.ndarray | None = None
    # merge tree over the topics: parent_id, child_id, distance, n_topics (see viz.topics.tree)
    hierarchy: pd.DataFrame | None = None
    # tidy per-language terms: topic_id, lang, rank, term
    terms_by_language: pd.DataFrame | None = None
    # language each topic's label is written in
    label_languages: dict[int, str] = field(default_factory=dict)
    # terms that translate each other within a topic: topic_id, group, lang, term
    term_translations: pd.DataFrame | None = None
    # the stored topic_terms table (per-language terms with translation groups)
    terms: pd.DataFrame | None = None
    # per passage, its micro-cluster after outliers joined one (-1: outlier); None: no clustering
    cluster_ids: np.ndarray | None = None
    # the UMAP vectors clustered (None: corpus too small to cluster)
    reduced: np.ndarray | None = None
    # the 2-D map while a child process computes it (fit_topics(map_beside=True)): ``xy`` is
    # None until :meth:`finish_map`
    map_pending: object | None = None
    # the fitted passages' term counts (viz.topics.terms.count_matrix with params.min_df), for
    # the terms per period (viz.build); not stored
    counts: tuple | None = None

    def finish_map(self) -> np.ndarray:
        """``xy``, after waiting for the child process computing it, if there is one."""
        if self.map_pending is not None:
            self.xy = self.map_pending.result()
            self.map_pending = None
        return self.xy


class _Embedder:
    """BERTopic's embedding-model slot, filled with viz's embedder (never the hub default):
    for ``benchmarks/topics.py``, which runs plain BERTopic beside viz."""

    def __new__(cls, embedder):
        from bertopic.backend import BaseEmbedder

        class VizEmbedder(BaseEmbedder):
            def __init__(self, inner):
                super().__init__()
                self.inner = inner

            def embed(self, documents, verbose=False):
                return self.inner.encode(list(documents))

        return VizEmbedder(embedder)


MIN_LANGUAGE_PASSAGES = 5


def shifted_languages(langs, min_count: int = MIN_LANGUAGE_PASSAGES) -> list[str]:
    """The languages :func:`align_languages` shifts: those with at least ``min_count`` items,
    sorted, when there are two or more of them; else none."""
    from collections import Counter

    shifted = sorted(lang for lang, n in Counter(langs).items() if n >= min_count)
    return shifted if len(shifted) >= 2 else []


def align_languages(embeddings: np.ndarray, langs: list[str],
                    min_count: int = MIN_LANGUAGE_PASSAGES) -> tuple[np.ndarray, list[str]]:
    """Remove each language's mean direction so passages group by subject, not by language.

    Every language with at least ``min_count`` passages is shifted so its mean equals the
    corpus mean; vectors are re-normalised. With one language this changes nothing. Returns the
    aligned matrix and the languages that were shifted.
    """
    langs_arr = np.asarray(langs, dtype=object)
    shifted = shifted_languages(langs_arr, min_count)
    if not shifted:
        return embeddings, []
    overall = embeddings.mean(axis=0)
    # The one copy; every other step goes context.CHUNK rows at a time (at a million passages
    # a whole-matrix temporary is 2 GB), with the same sums in the same order as whole-matrix
    # numpy: a mean over rows adds them one after another, a norm sums each row by itself.
    from . import context

    step = context.CHUNK
    out = embeddings.astype(np.float32, copy=True)
    for lang in shifted:
        rows = np.flatnonzero(langs_arr == lang)
        total = None
        for start in range(0, len(rows), step):
            part = embeddings[rows[start:start + step]]
            total = np.add.reduce(part if total is None else np.vstack([total[None], part]),
                                  axis=0)
        shift = overall - total / len(rows)
        for start in range(0, len(rows), step):
            out[rows[start:start + step]] += shift
    for start in range(0, len(out), step):
        block = out[start:start + step]
        norms = np.linalg.norm(block, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        block /= norms  # in place
    return out, shifted


def _reducer(n: int, *, n_components: int, n_neighbors: int, min_dist: float, metric: str,
             seed: int, low_memory: bool | None = None, init: str = "spectral", knn=None,
             n_epochs: int | None = None):
    """The UMAP of a corpus of ``n`` passages: :class:`viz.topics.reduce.ExactUMAP` below
    ``EXACT_MAX_POINTS`` (no numba compilation, exact neighbours), umap-learn above; both start
    from ``init``; umap-learn takes ``knn``: its neighbours as ``(indices, distances)``, itself
    first, when already known (ExactUMAP finds its own)."""
    from .reduce import EXACT_MAX_POINTS, ExactUMAP

    if n < EXACT_MAX_POINTS:
        return ExactUMAP(n_components=n_components, n_neighbors=n_neighbors, min_dist=min_dist,
                         metric=metric, random_state=seed, init=init)
    from ..beside import fork_safe_numba
    from ..jit_cache import enable

    fork_safe_numba()  # the 2-D map may be computed in a forked child (viz.beside)
    enable()  # compiled numba code kept between processes (viz.jit_cache)
    from umap import UMAP

    extra = {} if low_memory is None else {"low_memory": low_memory}  # None: umap's default
    if knn is not None:
        extra["precomputed_knn"] = knn
    if n_epochs is not None:
        extra["n_epochs"] = n_epochs
    return UMAP(n_components=n_components, n_neighbors=n_neighbors, min_dist=min_dist,
                metric=metric, random_state=seed, init=init,
                n_jobs=1,  # a fixed random_state makes UMAP single-threaded anyway
                **extra)


def _layout_sgd(n: int):
    """Where umap-learn lays out ``n`` passages (the clustered 5-D vectors, the 2-D map), its
    SGD runs by parts on two cores (:mod:`viz.topics.parallel_sgd`); ``VIZ_PARALLEL_SGD=0``
    keeps umap-learn's own. The map, computed in a child beside the rest of the topic stage,
    runs its parts on one core until the build has nothing left but to wait for it (a second
    thread would only contend with the build for the cores), then on two; the same map either
    way. ``benchmarks/map_layout.py --parts``, HuffPost: neighbours kept 0.614 against 0.613,
    same cluster 0.877 against 0.878, centre rank correlation 0.786 against 0.785."""
    import contextlib

    if _exact(n) or os.environ.get("VIZ_PARALLEL_SGD", "1") == "0":
        return contextlib.nullcontext()
    from .parallel_sgd import patched

    return patched()


def _exact(n: int) -> bool:
    from .reduce import EXACT_MAX_POINTS

    return n < EXACT_MAX_POINTS


def topic_counts(texts: list[str], langs: list[str], min_df: int):
    """The term counts topics' terms are chosen from (:func:`viz.topics.terms.count_matrix`):
    words in at least ``min_df`` passages, every word below :data:`SMALL_CORPUS` passages."""
    return count_matrix(texts, langs, min_df if len(texts) >= SMALL_CORPUS else 1)


def layout_epochs(n: int) -> int | None:
    """SGD epochs of the clustered 5-D layout of ``n`` passages: 150 above 10,000, umap-learn's
    default (500) below. umap-learn gives 200 above 10,000; the layout's SGD was the topic
    stage's largest cost (``benchmarks/topic_stage.py``, HuffPost 20k at 150 epochs: 9.7 of the
    topic fit's 16.2 s of CPU).
    ``benchmarks/topics.py`` (2026-12-06), 200 against 150 epochs:

    - BBC per-document NMI, seeds 0-5: mean 0.848 against 0.849; seeds 6-11: 0.846 against
      0.850; 5 topics on every seed.
    - HuffPost NMI, seeds 0-3: .306 .301 .312 .302 against .302 .314 .313 .312.

    At 100 epochs HuffPost held (.316 .307 .297 .312) but BBC's seed 2 found 46 topics (NMI
    0.542), so 150. Its BBC seeds 6-11 kept 5 topics, but over seeds 0-11 and four reference
    seeds of :func:`viz.topics.count.excess_costs` BBC's level of 5 then scored as low as 1.55
    (merges above) and 1.48 (contrast), against HuffPost's best level at up to 1.49 and 1.35
    (seeds 0-3): a margin of 4%, against 20% (1.76 and 1.46) when
    :data:`viz.topics.count.MIN_LEVEL` was set at 200 epochs. ``VIZ_LAYOUT_EPOCHS`` overrides."""
    return _epochs("VIZ_LAYOUT_EPOCHS", 150 if n > 10_000 else None)


def _epochs(variable: str, default: int | None) -> int | None:
    """``default``, or the epochs the environment ``variable`` gives."""
    given = os.environ.get(variable)
    return int(given) if given else default


def map_epochs(n: int) -> int:
    """SGD epochs of the 2-D map of ``n`` passages: 100 above 10,000, 200 below (umap-learn's
    defaults are 200 and 500; the clustered 5-D layout's, :func:`layout_epochs`, 150 and 500).
    The map starts from the PCA of the 5-D vectors, whose topics are already apart, so half the
    epochs cost the map little
    (``benchmarks/map_layout.py --inits pca --epochs 100,200``, 2026-12-06):

    - HuffPost, first 20,000 rows (14,893 passages): 200 epochs 8.1 s of CPU, 15 nearest 5-D
      neighbours kept 0.610, same cluster 0.866, centre rank correlation 0.794; 100 epochs
      4.0 s, 0.596, 0.862, 0.802.
    - HuffPost, first 7,000 rows: 500 epochs 9.3 s, 0.679, 0.883, 0.736; 200 epochs 3.8 s,
      0.672, 0.882, 0.749.

    The map is computed beside the topic stage and the build waited for it at the end (2-3 s
    on HuffPost with 200 epochs); at 100 it is ready by then. ``VIZ_MAP_EPOCHS`` overrides."""
    return _epochs("VIZ_MAP_EPOCHS", 100 if n > 10_000 else 200)


def _layout_2d(reduced: np.ndarray, seed: int) -> np.ndarray:
    """The 2-D map from the clustered (5-D) vectors. Both reducers start from their PCA, not
    from a spectral layout: topics are apart in 5-D, so the neighbour graph falls into many
    components, each of which umap-learn lays out spectrally (most of the topic stage's time),
    and the map kept the distances between topic centres worse that way
    (``benchmarks/map_layout.py``). ExactUMAP too, below 2,000 passages (``map_layout.py
    --exact --from-build``): 1,394 BBC passages, 0.3 s of CPU against 11.0 s, neighbours kept
    0.754 against 0.747, centre distances' rank correlation 0.676 against 0.028; the first
    1,800 HuffPost rows (1,969 passages), 0.4 s against 0.5 s, 0.690 and 0.858 against 0.693
    and 0.646."""
    n = reduced.shape[0]
    if n >= SMALL_CORPUS:
        k = min(15, n - 1)
        knn = None
        if not _exact(n):
            # Exact neighbours in 5-D from a k-d tree (0.2 s at 15,000 passages, 2 s at
            # 100,000) instead of pynndescent, whose search numba compiles afresh in every
            # process for each metric (about 13 s; its on-disk cache cannot hold it).
            from sklearn.neighbors import NearestNeighbors

            dist, idx = NearestNeighbors(n_neighbors=k, algorithm="kd_tree").fit(
                reduced).kneighbors(reduced)
            knn = (idx.astype(np.int32), dist.astype(np.float32))
        with warnings.catch_warnings(), _layout_sgd(n):
            warnings.filterwarnings("ignore", message=".*knn_search_index")  # no transform
            return _reducer(n, n_components=2, n_neighbors=k, min_dist=0.1,
                            metric="euclidean", seed=seed, init="pca", knn=knn,
                            n_epochs=map_epochs(n)).fit_transform(reduced).astype(np.float32)
    if n >= 3:
        from sklearn.decomposition import PCA

        return PCA(n_components=2, random_state=seed).fit_transform(reduced).astype(np.float32)
    return np.column_stack([np.arange(n), np.zeros(n)]).astype(np.float32)


def assign_outliers(labels: np.ndarray, embeddings: np.ndarray,
                    quantile: float = 0.05) -> tuple[np.ndarray, float]:
    """Give each outlier (-1) the label of its nearest centre when it is close enough.

    "Close enough": at least as similar (cosine) as the ``quantile`` least typical members are
    to their own centre, so a reassigned passage is no looser a fit than the members already
    accepted. Returns the new labels and that similarity threshold.
    """
    labels = labels.copy()
    ids, cents = centroids(labels, embeddings)
    members = np.flatnonzero(labels >= 0)
    if not len(members):
        return labels, float("nan")
    pos = np.searchsorted(ids, labels[members])
    own = np.einsum("ij,ij->i", embeddings[members], cents[pos])
    threshold = float(np.quantile(own, quantile))
    out = np.flatnonzero(labels < 0)
    for start in range(0, len(out), 4096):
        chunk = out[start:start + 4096]
        sims = embeddings[chunk] @ cents.T
        best = sims.argmax(axis=1)
        ok = sims[np.arange(len(chunk)), best] >= threshold
        labels[chunk[ok]] = ids[best[ok]]
    return labels, threshold


def neighbour_vote(labels: np.ndarray, reduced: np.ndarray, k: int) -> np.ndarray:
    """Each assigned passage takes the majority topic of its ``k`` nearest neighbours (itself
    included, ties kept); outliers stay outliers and do not vote."""
    from scipy import sparse
    from sklearn.neighbors import NearestNeighbors

    n = len(labels)
    k = min(k, n)
    idx = NearestNeighbors(n_neighbors=k).fit(reduced).kneighbors(reduced, return_distance=False)
    assigned = np.flatnonzero(labels >= 0)
    rows = np.concatenate([np.repeat(np.arange(n), k), assigned])
    cols = np.concatenate([labels[idx].ravel(), labels[assigned]])
    vals = np.concatenate([np.ones(n * k), np.full(len(assigned), 0.5)])  # ties: own topic
    ok = cols >= 0
    votes = sparse.csr_matrix((vals[ok], (rows[ok], cols[ok])), shape=(n, int(labels.max()) + 1))
    best = np.asarray(votes.argmax(axis=1)).ravel()
    return np.where(labels >= 0, best, -1)


def _by_size(labels: np.ndarray) -> np.ndarray:
    """Renumber topics 0, 1, ... by decreasing size (ties: first passage first)."""
    ids, first, sizes = np.unique(labels[labels >= 0], return_index=True, return_counts=True)
    order = sorted(range(len(ids)), key=lambda i: (-sizes[i], first[i]))
    lookup = np.full(int(labels.max()) + 1 if len(ids) else 1, -1, dtype=np.int32)
    for new, i in enumerate(order):
        lookup[ids[i]] = new
    return np.where(labels >= 0, lookup[np.maximum(labels, 0)], -1).astype(np.int32)


class TopicModel:
    """The topic stage as an estimator (scikit-learn style): parameters here, :meth:`fit` does
    the work (steps 1-6 of the module docstring) and sets the fitted attributes, :meth:`transform`
    gives new passages the topic whose centre is nearest.

    Fitted attributes: ``result_`` (the :class:`TopicResult`: topic ids, tables, map),
    ``params_``, ``topic_ids_`` (per fitted passage), and what :meth:`transform` needs:
    ``language_shifts_`` (what alignment added to each language's vectors), ``topics_``
    (ids of the topics with a centre, sorted), ``centres_`` (their unit centres in the aligned
    space) and ``outlier_threshold_`` (the cosine to its own topic's centre of the least typical
    ``outlier_quantile`` of assigned passages: a new passage less close than that to every
    centre is an outlier). :meth:`from_assignment` sets the same attributes from a stored run's
    topic ids, without clustering again.

    ``params`` (a :class:`TopicParams`) overrides ``seed``, ``align``, ``n_topics``,
    ``reduce_outliers`` and ``label_lang``; without it they give
    :meth:`TopicParams.for_size` of the fitted corpus. ``embedder`` gives terms their meanings
    and translation groups (:func:`viz.topics.description.describe`); ``map_beside``: see
    :func:`fit_topics`.
    """

    def __init__(self, *, embedder=None, seed: int = 0, align: bool = True,
                 n_topics: int | None = None, reduce_outliers: bool = True,
                 label_lang: str | None = None, params: TopicParams | None = None,
                 map_beside: bool = False, topic_count: str = "excess"):
        self.embedder = embedder
        self.topic_count = topic_count
        self.seed = seed
        self.align = align
        self.n_topics = n_topics
        self.reduce_outliers = reduce_outliers
        self.label_lang = label_lang
        self.params = params
        self.map_beside = map_beside

    def _params_for(self, n: int) -> TopicParams:
        return self.params or TopicParams.for_size(
            n, seed=self.seed, align_languages=self.align, n_topics=self.n_topics,
            reduce_outliers=self.reduce_outliers, label_lang=self.label_lang,
            topic_count=self.topic_count)

    def fit(self, texts: list[str], embeddings: np.ndarray, langs: list[str], *,
            doc_ids=None) -> "TopicModel":
        """Cluster and describe the passages (one text, vector and language each; ``doc_ids``:
        see :func:`fit_topics`). Refitting replaces every fitted attribute."""
        if len(texts) != len(embeddings) or len(texts) != len(langs):
            raise ValueError(f"{len(texts)} texts, {len(embeddings)} embeddings and "
                             f"{len(langs)} languages: one of each per passage")
        params = self._params_for(len(texts))
        result = _fit(texts, embeddings, langs, embedder=self.embedder, params=params,
                      doc_ids=doc_ids, map_beside=self.map_beside)
        self._set_centres(embeddings, langs, result.topic_ids, params)
        self.result_ = result
        self.params_ = result.params
        self.topic_ids_ = result.topic_ids
        return self

    @classmethod
    def from_assignment(cls, embeddings: np.ndarray, langs, topic_ids,
                        params: TopicParams | dict | None = None) -> "TopicModel":
        """A model whose :meth:`transform` places passages among topics already assigned (a
        stored run: its embeddings, languages and ``topic_id`` column; ``params`` as stored in
        the manifest's ``topic_parameters``: ``align_languages`` and ``outlier_quantile``
        count). ``result_`` is None: nothing is clustered."""
        if not isinstance(params, TopicParams):  # a manifest's dict
            params = TopicParams.from_manifest(params, len(topic_ids))
        model = cls(params=params)
        model._set_centres(embeddings, langs, topic_ids, params)
        model.result_ = None
        model.params_ = params
        model.topic_ids_ = np.asarray(topic_ids, dtype=np.int32)
        return model

    @classmethod
    def from_centres(cls, topics, centres, outlier_threshold: float,
                     language_shifts: dict | None = None,
                     params: TopicParams | None = None) -> "TopicModel":
        """A model whose :meth:`transform` uses topic centres computed elsewhere: ``topics``
        (sorted ids), their unit ``centres`` in the aligned space, the ``outlier_threshold``
        and the ``language_shifts`` (language -> vector added before normalising). ``viz build
        --update`` computes these from the stored matrix a block of rows at a time
        (:mod:`viz.update_place`) and places new passages with this model."""
        model = cls(params=params)
        model.topics_ = np.asarray(topics, dtype=np.int64)
        model.centres_ = np.asarray(centres, dtype=np.float32)
        model.outlier_threshold_ = float(outlier_threshold)
        model.language_shifts_ = dict(language_shifts or {})
        model.result_ = None
        model.params_ = params
        return model

    def _set_centres(self, embeddings, langs, topic_ids, params: TopicParams) -> None:
        """Language shifts, topic centres and the outlier threshold, in chunks of rows (no
        aligned copy of the whole matrix)."""
        from scipy import sparse

        from .sample import CHUNK, _aligned, language_shifts

        langs = [str(x) for x in langs]
        topic_ids = np.asarray(topic_ids, dtype=np.int64)
        self.language_shifts_ = language_shifts(np.asarray(embeddings, dtype=np.float32), langs,
                                                params.align_languages)
        self.topics_ = ids = np.unique(topic_ids[topic_ids != S.OUTLIER_TOPIC])
        dim = np.asarray(embeddings[:1]).shape[1]
        pos = np.searchsorted(ids, np.maximum(topic_ids, 0)) if len(ids) else topic_ids
        member = (topic_ids != S.OUTLIER_TOPIC) & (len(ids) > 0)
        sums = np.zeros((len(ids), dim), np.float64)
        for s in range(0, len(topic_ids), CHUNK):
            rows = np.flatnonzero(member[s:s + CHUNK])
            if not len(rows):
                continue
            vecs = _aligned(embeddings[s:s + CHUNK], langs[s:s + CHUNK], self.language_shifts_)
            onehot = sparse.csr_matrix((np.ones(len(rows)), (pos[s + rows], rows)),
                                       shape=(len(ids), len(vecs)))
            sums += onehot @ vecs
        centres = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
        self.centres_ = centres.astype(np.float32)
        own = []
        for s in range(0, len(topic_ids), CHUNK):
            rows = np.flatnonzero(member[s:s + CHUNK])
            if len(rows):
                vecs = _aligned(embeddings[s + rows], [langs[s + i] for i in rows],
                                self.language_shifts_)
                own.append(np.einsum("ij,ij->i", vecs, self.centres_[pos[s + rows]]))
        own = np.concatenate(own) if own else np.zeros(0, np.float32)
        self.outlier_threshold_ = (float(np.quantile(own, params.outlier_quantile)) if len(own)
                                   else float("inf"))

    def transform(self, embeddings: np.ndarray, langs) -> np.ndarray:
        """Topic id of each passage: the topic whose centre is nearest (cosine, aligned as the
        fitted passages were), or -1 when it is less close to every centre than
        ``outlier_threshold_``."""
        from .sample import CHUNK, _aligned

        if not hasattr(self, "centres_"):
            raise ValueError("this TopicModel is not fitted: call fit() or from_assignment()")
        langs = [str(x) for x in langs]
        if len(embeddings) != len(langs):
            raise ValueError(f"{len(embeddings)} embeddings and {len(langs)} languages")
        out = np.full(len(embeddings), S.OUTLIER_TOPIC, np.int32)
        if not len(self.topics_):
            return out
        for s in range(0, len(embeddings), CHUNK):
            vecs = _aligned(embeddings[s:s + CHUNK], langs[s:s + CHUNK], self.language_shifts_)
            sims = vecs @ self.centres_.T
            best = sims.argmax(axis=1)
            ok = sims[np.arange(len(vecs)), best] >= self.outlier_threshold_
            out[s:s + len(vecs)] = np.where(ok, self.topics_[best], S.OUTLIER_TOPIC)
        return out

    def fit_transform(self, texts, embeddings, langs, *, doc_ids=None) -> np.ndarray:
        """The fitted passages' topic ids (those of the fit, not of :meth:`transform`)."""
        return self.fit(texts, embeddings, langs, doc_ids=doc_ids).topic_ids_


def fit_topics(texts: list[str], embeddings: np.ndarray, langs: list[str], *, embedder,
               seed: int = 0, align: bool = True, params: TopicParams | None = None,
               n_topics: int | None = None, reduce_outliers: bool = True,
               label_lang: str | None = None, doc_ids=None,
               map_beside: bool = False, topic_count: str = "excess") -> TopicResult:
    """Cluster passages into topics and place them on a 2-D map (see the module docstring):
    the function twin of :class:`TopicModel`, returning its ``result_``.

    ``n_topics`` asks for that many topics (at most the number of micro-clusters found);
    ``reduce_outliers=False`` keeps HDBSCAN's outliers as they are; ``topic_count`` is the
    rule for the count when ``n_topics`` is not given (:attr:`TopicParams.topic_count`).
    ``doc_ids`` (one per
    passage) gives each passage its document (:mod:`viz.topics.context`, as ``params`` say).
    ``map_beside=True`` computes the 2-D map in a forked child (:mod:`viz.beside`) from the
    moment the clustered vectors exist: the result's ``xy`` is then None until
    :meth:`TopicResult.finish_map` (the same map, on the second core while the caller goes on).
    """
    return TopicModel(embedder=embedder, seed=seed, align=align, params=params,
                      n_topics=n_topics, reduce_outliers=reduce_outliers, label_lang=label_lang,
                      map_beside=map_beside, topic_count=topic_count).fit(texts, embeddings, langs,
                                                 doc_ids=doc_ids).result_


def clustering_vectors(embeddings: np.ndarray, langs: list[str], texts: list[str], doc_ids,
                       params: TopicParams) -> tuple[np.ndarray, list[str]]:
    """The vectors topics are clustered and described in: ``embeddings`` aligned across
    languages when ``params.align_languages`` (:func:`align_languages`), then each moved towards
    its document's direction when ``doc_ids`` are given (:func:`viz.topics.context.before_clustering`).
    Returns them (float32) and the languages aligned. The build and curation both use it."""
    aligned: list[str] = []
    if params.align_languages:
        embeddings, aligned = align_languages(embeddings, [str(x) for x in langs])
    embeddings = np.asarray(embeddings, dtype=np.float32)
    if doc_ids is not None:
        from .context import before_clustering

        embeddings = before_clustering(embeddings, doc_ids, texts, params)
    return embeddings, aligned


def _fit(texts: list[str], embeddings: np.ndarray, langs: list[str], *, embedder,
         params: TopicParams, doc_ids=None, map_beside: bool = False) -> TopicResult:
    """:meth:`TopicModel.fit`'s clustering and description."""
    n = len(texts)
    seed = params.seed
    langs = [str(x) for x in langs]
    raw = np.asarray(embeddings, dtype=np.float32)  # for term meanings (words are not aligned)
    embeddings, aligned = clustering_vectors(raw, langs, texts, doc_ids, params)
    counts = topic_counts(texts, langs, params.min_df)
    if n < SMALL_CORPUS:
        return _single_topic(texts, embeddings, langs, params, "single-topic", aligned,
                             _layout_2d(embeddings, seed), counts, embedder, raw)

    k = min(params.n_neighbors, n - 1)
    knn = None
    if not _exact(n) and n <= EXACT_KNN_MAX:
        # exact neighbours by blocks of rows beat pynndescent here: its search is compiled
        # by numba afresh in every process (about 13 s; its on-disk cache cannot hold it)
        from .reduce import knn_cosine_chunked

        knn = knn_cosine_chunked(embeddings, k)
    umap_model = _reducer(n, n_components=params.n_components, n_neighbors=k,
                          min_dist=params.min_dist, metric="cosine", seed=seed,
                          low_memory=n > 50_000, knn=knn, n_epochs=layout_epochs(n))
    clusters = MergedClusters(embeddings, params, doc_ids=doc_ids,
                              lengths=None if doc_ids is None else [len(t) for t in texts])
    pending = []
    if map_beside:
        from .. import beside

        # started as soon as the clustered vectors exist: the map does not feed clustering
        def start_map(reduced):
            if not pending:  # once, should clustering run again
                pending.append(beside.start(_layout_2d, reduced, seed))

        clusters.on_reduced = start_map
    # BERTopic would only run these two models and compute terms viz does not keep: they run
    # directly, same topics (see the module docstring)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*knn_search_index")  # no transform
        with _layout_sgd(n):   # (not around clusters.fit, which forks the map's child)
            fitted = umap_model.fit_transform(embeddings)
        clusters.fit(fitted)
    clusters.method_ = clusters.method_.replace(
        "bertopic", "exact-umap + hdbscan" if _exact(n) else "umap + hdbscan", 1)
    reduced, micro, method = clusters.reduced_, clusters.micro_, clusters.method_
    xy = None if pending else _layout_2d(reduced, seed)
    if (micro < 0).all():
        # HDBSCAN found no dense region (tiny or very uniform corpus): one topic, not zero.
        return _single_topic(texts, embeddings, langs, params, "single-topic (no cluster found)",
                             aligned, pending[0].result() if pending else xy, counts, embedder,
                             raw)
    labels = clusters.labels_
    if doc_ids is not None:
        from .context import after_clustering

        labels = after_clustering(labels, embeddings, doc_ids, texts, params)
    topic_ids = _by_size(labels)
    original = np.where(micro >= 0, topic_ids, S.OUTLIER_TOPIC).astype(np.int32)
    result = _result(texts, embeddings, langs, topic_ids, original, params, method, aligned,
                     xy, counts, embedder, raw)
    result.cluster_ids = clusters.assigned_.astype(np.int32)
    result.reduced = reduced
    if pending:
        result.map_pending = pending[0]
    return result


class MergedClusters:
    """BERTopic's cluster-model slot (``hdbscan_model=``): steps 2-5 of the module docstring.

    BERTopic hands it the UMAP-reduced vectors; the full (aligned) embeddings, in the same
    order, are given at construction because outliers and merges are judged on them.
    ``labels_`` is the final assignment, ``micro_`` HDBSCAN's own (-1 = outlier).
    ``on_reduced(reduced)``, when set, is called with the reduced vectors before clustering.
    """

    on_reduced = None

    def __init__(self, embeddings: np.ndarray, params: TopicParams, *, doc_ids=None,
                 lengths=None):
        self.embeddings = embeddings
        self.params = params
        self.doc_ids = doc_ids  # for merging on document co-occurrence (params.doc_cooc)
        self.lengths = lengths

    def fit(self, X, y=None):
        params = self.params
        self.reduced_ = reduced = np.nan_to_num(np.asarray(X, dtype=np.float32))
        if self.on_reduced is not None:
            self.on_reduced(reduced)
        self.micro_, self.method_ = _micro_clusters(reduced, params)
        labels = self.micro_
        if (labels >= 0).any() and params.reduce_outliers:
            labels, self.outlier_threshold_ = assign_outliers(labels, self.embeddings,
                                                              params.outlier_quantile)
        self.assigned_ = labels
        n_topics = params.n_topics
        if not params.n_topics_requested and params.topic_count != "size":
            from .count import choose_n_topics

            n_topics = choose_n_topics(labels, self.embeddings, params.n_passages,
                                       method=params.topic_count, seed=params.seed)
        self.labels_ = group_clusters(labels, self.embeddings, reduced, n_topics, params,
                                      doc_ids=self.doc_ids, lengths=self.lengths)
        return self

    def predict(self, X):
        raise NotImplementedError("new passages: TopicModel.transform (nearest topic centre)")


def group_clusters(cluster_ids: np.ndarray, embeddings: np.ndarray, reduced: np.ndarray,
                   n_topics: int, params: TopicParams, *, doc_ids=None,
                   lengths=None) -> np.ndarray:
    """Steps 4-5: merge micro-clusters into ``n_topics`` topics, then the neighbour vote.
    Used by the build and by :func:`viz.topics.curation.relevel` (from the stored clusters). With
    ``doc_ids`` and ``params.doc_cooc`` > 0 (Ward linkage), the merge also weighs which
    clusters share documents (:func:`viz.topics.context.cooccurrence_merge`)."""
    labels = cluster_ids
    if (labels >= 0).any():
        if doc_ids is not None and params.doc_cooc > 0 and params.linkage == "ward":
            from .context import cooccurrence_merge

            labels = cooccurrence_merge(labels, embeddings, doc_ids, n_topics, params.doc_cooc,
                                        lengths, params.seed)
        else:
            labels = merge_clusters(labels, embeddings, n_topics, params.linkage, params.seed)
        if params.smooth_neighbors > 1:
            labels = neighbour_vote(labels, reduced, params.smooth_neighbors)
    return np.asarray(labels, dtype=np.int64)


def _hdbscan(reduced: np.ndarray, params: TopicParams, selection: str) -> np.ndarray:
    from hdbscan import HDBSCAN

    return HDBSCAN(min_cluster_size=params.min_cluster_size, min_samples=params.min_samples,
                   metric="euclidean", cluster_selection_method=selection,
                   core_dist_n_jobs=1).fit_predict(reduced).astype(np.int64)


MAX_MICRO_SHARE = 8.0  # a micro-cluster above this many average topic sizes is split


def _micro_clusters(reduced: np.ndarray, params: TopicParams) -> tuple[np.ndarray, str]:
    """HDBSCAN's clusters ("excess of mass"), with any cluster too broad to be one topic
    replaced by the leaves of HDBSCAN's tree beneath it; all leaves when excess of mass finds
    fewer clusters than topics wanted (common in small corpora). Micro-clusters are merged
    later and never split, so the merge, not HDBSCAN, must set the topic count."""
    eom = _hdbscan(reduced, params, "eom")
    sizes = np.bincount(eom[eom >= 0]) if (eom >= 0).any() else np.zeros(0, int)
    cap = max(params.min_cluster_size, MAX_MICRO_SHARE * len(eom) / max(params.n_topics, 1))
    few = len(sizes) < params.n_topics
    if not few and (not len(sizes) or sizes.max() <= cap):
        return eom, "bertopic"
    leaf = _hdbscan(reduced, params, "leaf")
    if few:
        return (leaf, "bertopic (leaf micro-clusters)") if leaf.max() > eom.max() else \
            (eom, "bertopic")
    broad = np.isin(eom, np.flatnonzero(sizes > cap))
    out = eom.copy()
    out[broad] = np.where(leaf[broad] >= 0, leaf[broad] + len(sizes), -1)
    _, out[out >= 0] = np.unique(out[out >= 0], return_inverse=True)
    return out, "bertopic (broad clusters split into leaves)"


def _single_topic(texts, embeddings, langs, params, method, aligned, xy, counts,
                  embedder, raw) -> TopicResult:
    topic_ids = np.zeros(len(texts), dtype=np.int32)
    return _result(texts, embeddings, langs, topic_ids, topic_ids.copy(), params, method, aligned,
                   xy, counts, embedder, raw)


def _result(texts, embeddings, langs, topic_ids, original, params, method, aligned, xy,
            counts, embedder, raw) -> TopicResult:
    d = describe_topics(texts, topic_ids, langs, raw, params=params, embedder=embedder,
                        vectors=embeddings, counts=counts)
    return TopicResult(topic_ids.astype(np.int32), xy, d.topics, params, method, aligned,
                       topic_ids_original=original, hierarchy=d.hierarchy,
                       terms_by_language=terms_table(d.terms_by_lang),
                       label_languages=d.label_langs, term_translations=d.translations,
                       terms=d.terms, counts=counts)


def document_topic_mix(doc_ids, topic_ids, lengths=None, *,
                       include_outliers: bool = False) -> pd.DataFrame:
    """Each document's topic mix: its passages' topics weighted by passage length.

    Returns a tidy table ``doc_id, topic_id, weight`` whose weights sum to 1 per document
    (over assigned passages; a document with only outlier passages gets one row with topic -1
    and weight 1). ``lengths`` default to 1 per passage (e.g. characters or tokens otherwise).
    """
    frame = pd.DataFrame({S.DOC_ID: list(doc_ids), S.TOPIC_ID: np.asarray(topic_ids, np.int64),
                          "w": np.ones(len(topic_ids)) if lengths is None
                          else np.maximum(np.asarray(lengths, dtype=np.float64), 0) + 1e-12})
    kept = frame if include_outliers else frame[frame[S.TOPIC_ID] != S.OUTLIER_TOPIC]
    only_out = sorted(set(frame[S.DOC_ID]) - set(kept[S.DOC_ID]))
    mix = kept.groupby([S.DOC_ID, S.TOPIC_ID], sort=True)["w"].sum().reset_index()
    mix["weight"] = mix["w"] / mix.groupby(S.DOC_ID)["w"].transform("sum")
    mix = mix.drop(columns="w")
    if only_out:
        mix = pd.concat([mix, pd.DataFrame({S.DOC_ID: only_out, S.TOPIC_ID: S.OUTLIER_TOPIC,
                                            "weight": 1.0})], ignore_index=True)
    mix = mix.sort_values([S.DOC_ID, "weight", S.TOPIC_ID], ascending=[True, False, True])
    return mix.astype({S.TOPIC_ID: "int32", "weight": "float64"}).reset_index(drop=True)
