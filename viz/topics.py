"""Topics: density micro-clusters merged into a hierarchy, over language-aligned embeddings.

The method (every step seeded and deterministic):

1. Languages the embedder covers are aligned: each language's mean direction is removed, so
   passages group by subject, not by language (:func:`align_languages`).
2. UMAP reduces the vectors to 5-D; HDBSCAN with a *small* ``min_cluster_size`` finds many
   small, dense, pure micro-clusters and marks low-density passages as outliers (the original,
   BERTopic-style assignment).
3. An outlier joins its nearest micro-cluster when it is at least as close to that centre as
   the least typical 5% of members are to theirs (``outlier_quantile``); others stay outliers.
4. Micro-clusters are merged by average linkage on their centres (cosine) until the corpus has
   ``n_topics`` topics: asked for, or ``TopicParams.auto_topics(n)`` (5 for 80 passages, ~35 for
   13,000, ~140 for 400,000). The merge tree over the final topics is returned as a tidy
   hierarchy table, so coarser levels are a cut away (:func:`viz.topic_tree.cut_hierarchy`).
5. Each assigned passage takes the majority topic of its nearest neighbours (boundary noise).
6. Terms are class-TF-IDF over language-aware tokens (:mod:`viz.topic_terms`); a topic is
   labelled in its main language and has terms in each of its languages.

The stage's output is two tables (see :mod:`viz.schema`) plus the hierarchy and per-language
terms. Nothing downstream needs a fitted model object.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from . import schema as S
from .stopwords import stop_words_for
from .topic_terms import N_LABEL_TERMS, N_TERMS, count_matrix, label_language, terms_table
from .topic_terms import topic_terms as _topic_terms

OUTLIER_LABEL = "Unassigned passages"
N_REPRESENTATIVE = 5
SMALL_CORPUS = 12  # below this many passages no clustering is attempted: one topic


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
    linkage: str = "average"  # how micro-clusters merge: "average" or "ward" (passage level)
    exclude_uncovered: bool = False  # languages the embedder does not cover join topics later

    @staticmethod
    def auto_topics(n: int) -> int:
        """A topic count that fits ``n`` passages: 5 for 80, 30 for 8,000, 140 for 400,000."""
        return int(max(2, min(400, round(0.8 * max(n, 1) ** 0.4))))

    @classmethod
    def for_size(cls, n: int, *, seed: int = 0, align_languages: bool = True,
                 n_topics: int | None = None, reduce_outliers: bool = True) -> "TopicParams":
        """Parameters adapted to ``n`` passages (80 for the seeds, 10,000+ for news)."""
        root = math.sqrt(max(n, 1))
        # Micro-clusters: small enough to be pure at any size (5 up to 10,000 passages, 200 at
        # 400,000, so there are a few hundred to a few thousand of them to merge).
        min_cluster_size = int(max(5, min(500, round(n / 2000))))
        return cls(
            n_passages=n,
            n_neighbors=int(max(4, min(15, round(root)))),
            n_components=5,
            min_dist=0.0,
            min_cluster_size=min_cluster_size,
            min_samples=int(min(min_cluster_size, 50)),
            min_df=1 if n < 2000 else 2,
            seed=seed,
            align_languages=align_languages,
            n_topics=int(n_topics) if n_topics else cls.auto_topics(n),
            n_topics_requested=bool(n_topics),
            reduce_outliers=reduce_outliers,
        )

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class TopicResult:
    topic_ids: np.ndarray  # per passage, after outliers close to a topic joined it
    xy: np.ndarray  # per passage, 2-D
    topics: pd.DataFrame  # the topics table
    params: TopicParams
    method: str  # "bertopic" (UMAP + HDBSCAN + merging + c-TF-IDF) or "single-topic"
    aligned_languages: list[str]  # languages whose mean direction was removed
    # per passage, HDBSCAN's own assignment in the same topic ids: -1 for every passage it
    # left an outlier (topic_ids differs only where an outlier was reassigned)
    topic_ids_original: np.ndarray | None = None
    # merge tree over the topics: parent_id, child_id, distance, n_topics (see viz.topic_tree)
    hierarchy: pd.DataFrame | None = None
    # tidy per-language terms: topic_id, lang, rank, term
    terms_by_language: pd.DataFrame | None = None
    # language each topic's label is written in
    label_languages: dict[int, str] = field(default_factory=dict)


class _Embedder:
    """BERTopic's embedding-model slot, filled with viz's embedder (never the hub default)."""

    def __new__(cls, embedder):
        from bertopic.backend import BaseEmbedder

        class VizEmbedder(BaseEmbedder):
            def __init__(self, inner):
                super().__init__()
                self.inner = inner

            def embed(self, documents, verbose=False):
                return self.inner.encode(list(documents))

        return VizEmbedder(embedder)


def _vectorizer(languages, min_df: int):
    """A whitespace vectorizer over joined texts (kept for curation's recount of terms)."""
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(
        stop_words=sorted(stop_words_for(languages)),
        # Words of two or more letters (any script); digits and punctuation are not terms.
        token_pattern=r"(?u)\b[^\W\d_]{2,}\b",
        lowercase=True,
        min_df=min_df,
    )


MIN_LANGUAGE_PASSAGES = 5


def align_languages(embeddings: np.ndarray, langs: list[str],
                    min_count: int = MIN_LANGUAGE_PASSAGES) -> tuple[np.ndarray, list[str]]:
    """Remove each language's mean direction so passages group by subject, not by language.

    Every language with at least ``min_count`` passages is shifted so its mean equals the
    corpus mean; vectors are re-normalised. With one language this changes nothing. Returns the
    aligned matrix and the languages that were shifted.
    """
    langs_arr = np.asarray(langs, dtype=object)
    present = [(lang, int((langs_arr == lang).sum())) for lang in sorted(set(langs))]
    shifted = [lang for lang, n in present if n >= min_count]
    if len(shifted) < 2:
        return embeddings, []
    overall = embeddings.mean(axis=0)
    out = embeddings.astype(np.float32, copy=True)
    for lang in shifted:
        mask = langs_arr == lang
        out[mask] += overall - embeddings[mask].mean(axis=0)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms, shifted


def _layout_2d(reduced: np.ndarray, seed: int) -> np.ndarray:
    n = reduced.shape[0]
    if n >= SMALL_CORPUS:
        from umap import UMAP

        return UMAP(n_components=2, n_neighbors=min(15, n - 1), min_dist=0.1, metric="euclidean",
                    random_state=seed, n_jobs=1).fit_transform(reduced).astype(np.float32)
    if n >= 3:
        from sklearn.decomposition import PCA

        return PCA(n_components=2, random_state=seed).fit_transform(reduced).astype(np.float32)
    return np.column_stack([np.arange(n), np.zeros(n)]).astype(np.float32)


def centroids(labels: np.ndarray, embeddings: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unit-length mean vector of each label >= 0; returns (labels in order, matrix)."""
    ids = np.unique(labels[labels >= 0])
    onehot = (labels[:, None] == ids[None, :]) if len(ids) * len(labels) < 5e7 else None
    if onehot is not None:
        sums = onehot.T.astype(np.float32) @ embeddings
    else:
        sums = np.stack([embeddings[labels == i].sum(axis=0) for i in ids])
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return ids, (sums / norms).astype(np.float32)


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


def passage_linkage(means: np.ndarray, sizes: np.ndarray, method: str = "average") -> np.ndarray:
    """Agglomerate clusters as if linking their passages (each cluster kept whole), from the
    clusters' mean vectors and sizes; scipy's linkage format.

    ``average``: mean cosine distance between the passages of two groups (for unit vectors,
    1 - dot product of the groups' unnormalised means), so a loose, broad group does not
    attract everything the way its normalised centre would. ``ward``: Ward's criterion.
    """
    means = np.asarray(means, np.float64)
    size = np.asarray(sizes, np.float64).copy()
    m = len(size)
    if method == "wardcos":
        means = means / np.linalg.norm(means, axis=1, keepdims=True)
        method = "ward"
    cap = np.inf
    if method == "avgcap":
        cap = 0.1 * size.sum()
        method = "average"
    if method == "ward":
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
    step = 0
    while step < m - 1:
        i = int(np.argmin(rowmin))
        j = int(rowarg[i])
        i, j = min(i, j), max(i, j)
        if size[i] + size[j] > cap and np.isfinite(rowmin).sum() > 2 and d[i, j] < 50:
            d[i, j] = d[j, i] = d[i, j] + 100  # postpone merges into an oversized topic
            for r in (i, j):
                rowarg[r] = int(np.argmin(d[r]))
                rowmin[r] = d[r, rowarg[r]]
            continue
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
        step += 1
    return z


def cluster_tree(labels: np.ndarray, embeddings: np.ndarray,
                 method: str = "average") -> tuple[np.ndarray, np.ndarray]:
    """(cluster ids, :func:`passage_linkage` over them) for the labels >= 0."""
    ids, inverse, sizes = np.unique(labels[labels >= 0], return_inverse=True, return_counts=True)
    from scipy import sparse

    members = np.flatnonzero(labels >= 0)
    ind = sparse.csr_matrix((np.ones(len(members)), (inverse, members)),
                            shape=(len(ids), len(labels)))
    means = np.asarray(ind @ embeddings) / sizes[:, None]
    return ids, passage_linkage(means, sizes, method)


def merge_clusters(labels: np.ndarray, embeddings: np.ndarray, n_topics: int,
                   method: str = "average") -> np.ndarray:
    """Merge clusters (:func:`passage_linkage`) down to ``n_topics``."""
    ids = np.unique(labels[labels >= 0])
    if len(ids) <= max(n_topics, 1):
        return labels
    from scipy.cluster.hierarchy import fcluster

    ids, tree = cluster_tree(labels, embeddings, method)
    groups = fcluster(tree, t=n_topics, criterion="maxclust") - 1
    lookup = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
    lookup[ids] = groups
    return np.where(labels >= 0, lookup[np.maximum(labels, 0)], -1)


def neighbour_vote(labels: np.ndarray, reduced: np.ndarray, k: int) -> np.ndarray:
    """Each assigned passage takes the majority topic of its ``k`` nearest neighbours (itself
    included, ties kept); outliers stay outliers and do not vote."""
    from scipy import sparse
    from sklearn.neighbors import NearestNeighbors

    n = len(labels)
    k = min(k, n)
    idx = NearestNeighbors(n_neighbors=k).fit(reduced).kneighbors(reduced, return_distance=False)
    votes = labels[idx]
    rows = np.repeat(np.arange(n), k)
    cols = votes.ravel()
    ok = cols >= 0
    m = sparse.csr_matrix((np.ones(ok.sum()), (rows[ok], cols[ok])),
                          shape=(n, int(labels.max()) + 1)).toarray() if n * (labels.max() + 1) < 5e7 \
        else None
    if m is None:
        return labels
    assigned = labels >= 0
    m[np.flatnonzero(assigned), labels[assigned]] += 0.5  # a tie keeps the passage's own topic
    return np.where(assigned, m.argmax(axis=1), -1)


def _by_size(labels: np.ndarray) -> np.ndarray:
    """Renumber topics 0, 1, ... by decreasing size (ties: first passage first)."""
    ids, first, sizes = np.unique(labels[labels >= 0], return_index=True, return_counts=True)
    order = sorted(range(len(ids)), key=lambda i: (-sizes[i], first[i]))
    lookup = np.full(int(labels.max()) + 1 if len(ids) else 1, -1, dtype=np.int32)
    for new, i in enumerate(order):
        lookup[ids[i]] = new
    return np.where(labels >= 0, lookup[np.maximum(labels, 0)], -1).astype(np.int32)


def fit_topics(texts: list[str], embeddings: np.ndarray, langs: list[str], *, embedder,
               seed: int = 0, align: bool = True, params: TopicParams | None = None,
               n_topics: int | None = None, reduce_outliers: bool = True) -> TopicResult:
    """Cluster passages into topics and place them on a 2-D map (see the module docstring).

    ``n_topics`` asks for that many topics (at most the number of micro-clusters found);
    ``reduce_outliers=False`` keeps HDBSCAN's outliers as they are.
    """
    n = len(texts)
    params = params or TopicParams.for_size(n, seed=seed, align_languages=align,
                                            n_topics=n_topics, reduce_outliers=reduce_outliers)
    seed = params.seed
    langs = [str(x) for x in langs]
    aligned: list[str] = []
    if params.align_languages:
        embeddings, aligned = align_languages(embeddings, langs)
    embeddings = np.asarray(embeddings, dtype=np.float32)
    counts = count_matrix(texts, langs, params.min_df if n >= SMALL_CORPUS else 1)
    if n < SMALL_CORPUS:
        return _single_topic(texts, embeddings, langs, params, "single-topic", aligned,
                             _layout_2d(embeddings, seed), counts)

    from hdbscan import HDBSCAN
    from umap import UMAP

    # Passages in languages the embedder does not cover do not shape the topics (their vectors
    # sit by language, not subject); they join a topic afterwards only when close enough.
    fit = _fit_mask(langs, embedder) if params.exclude_uncovered else np.ones(n, dtype=bool)
    umap_model = UMAP(
        n_neighbors=min(params.n_neighbors, int(fit.sum()) - 1),
        n_components=params.n_components,
        min_dist=params.min_dist,
        metric="cosine",
        random_state=seed,
        n_jobs=1,  # a fixed random_state makes UMAP single-threaded anyway
        low_memory=n > 50_000,
    )
    reduced = np.zeros((n, params.n_components), dtype=np.float32)
    reduced[fit] = umap_model.fit_transform(embeddings[fit])
    if not fit.all():
        reduced[~fit] = umap_model.transform(embeddings[~fit])
    reduced = np.nan_to_num(reduced)
    micro = np.full(n, -1, dtype=np.int64)
    micro[fit] = HDBSCAN(min_cluster_size=params.min_cluster_size,
                         min_samples=params.min_samples, metric="euclidean",
                         cluster_selection_method="eom",
                         core_dist_n_jobs=1).fit_predict(reduced[fit])
    xy = _layout_2d(reduced, seed)
    if (micro < 0).all():
        # HDBSCAN found no dense region (tiny or very uniform corpus): one topic, not zero.
        return _single_topic(texts, embeddings, langs, params, "single-topic (no cluster found)",
                             aligned, xy, counts)
    was_member = micro >= 0
    labels = micro
    if params.reduce_outliers:
        labels, _ = assign_outliers(micro, embeddings, params.outlier_quantile)
    import os; labels = merge_clusters(labels, embeddings, params.n_topics, os.environ.get("VIZ_LINK", params.linkage))
    if params.reduce_outliers and not fit.all():  # uncovered passages: nearest topic, if close
        labels[~fit] = -1
        labels, _ = assign_outliers(labels, embeddings, params.outlier_quantile)
    if params.smooth_neighbors > 1:
        labels = neighbour_vote(labels, reduced, params.smooth_neighbors)
    topic_ids = _by_size(labels)
    original = np.where(was_member, topic_ids, S.OUTLIER_TOPIC).astype(np.int32)
    return _result(texts, embeddings, langs, topic_ids, original, params, "bertopic", aligned,
                   xy, counts)


def _fit_mask(langs: list[str], embedder) -> np.ndarray:
    """Passages that shape the topics: all, except (in a multilingual corpus) those in a
    language the embedder is known not to cover, when enough covered passages remain."""
    from .topic_coverage import coverage_report, uncovered_mask

    mask = ~uncovered_mask(langs, embedder)
    if mask.all() or mask.sum() < 2 * SMALL_CORPUS or not coverage_report(langs, embedder)[
            "multilingual"]:
        return np.ones(len(langs), dtype=bool)
    return mask


def _single_topic(texts, embeddings, langs, params, method, aligned, xy, counts) -> TopicResult:
    topic_ids = np.zeros(len(texts), dtype=np.int32)
    return _result(texts, embeddings, langs, topic_ids, topic_ids.copy(), params, method, aligned,
                   xy, counts)


def _result(texts, embeddings, langs, topic_ids, original, params, method, aligned, xy,
            counts) -> TopicResult:
    from .topic_tree import topic_hierarchy

    terms, by_lang = _topic_terms(texts, topic_ids, langs, counts=counts)
    sizes = pd.Series(langs).value_counts()
    # Languages of equal size share a rank (a parallel corpus): the label then prefers English.
    corpus_rank = {str(lang): int((sizes > k).sum()) for lang, k in sizes.items()}
    label_langs, label_terms = {}, {}
    for t in terms:
        lang_counts = pd.Series(np.asarray(langs, dtype=object)[topic_ids == t]).value_counts()
        lang = label_language({str(k): int(v) for k, v in lang_counts.items()}, corpus_rank)
        label_langs[t] = lang
        label_terms[t] = by_lang.get(t, {}).get(lang) or terms[t]
    table = _topic_table(topic_ids, terms, langs, embeddings, label_terms=label_terms)
    hierarchy = topic_hierarchy(topic_ids, embeddings, counts=counts)
    return TopicResult(topic_ids.astype(np.int32), xy, table, params, method, aligned,
                       topic_ids_original=original, hierarchy=hierarchy,
                       terms_by_language=terms_table(by_lang), label_languages=label_langs)

def make_label(topic_id: int, terms: list[str], taken: set[str]) -> str:
    """A short readable label from the top terms, unique across topics."""
    if topic_id == S.OUTLIER_TOPIC:
        return OUTLIER_LABEL
    label = " · ".join(terms[:N_LABEL_TERMS]) or f"Topic {topic_id}"
    k = N_LABEL_TERMS
    while label in taken and k < len(terms):
        k += 1
        label = " · ".join(terms[:k])
    if label in taken:
        label = f"{label} ({topic_id})"
    taken.add(label)
    return label


def representative_passages(members: np.ndarray, embeddings: np.ndarray, langs: list[str],
                            k: int = N_REPRESENTATIVE) -> list[int]:
    """Indices of passages closest to the topic centre, one per language first."""
    if len(members) == 0:
        return []
    vecs = embeddings[members]
    centre = vecs.mean(axis=0)
    norm = np.linalg.norm(centre) or 1.0
    order = members[np.argsort(-(vecs @ (centre / norm)), kind="stable")]
    chosen, seen_langs = [], set()
    for i in order:
        if langs[i] not in seen_langs:
            chosen.append(int(i))
            seen_langs.add(langs[i])
        if len(chosen) >= k:
            return chosen
    for i in order:
        if len(chosen) >= k:
            break
        if int(i) not in chosen:
            chosen.append(int(i))
    return chosen


def _topic_table(topic_ids: np.ndarray, terms: dict[int, list[str]], langs: list[str],
                 embeddings: np.ndarray, label_terms: dict[int, list[str]] | None = None
                 ) -> pd.DataFrame:
    """The topics table; ``representative`` holds passage positions (mapped to ids by the caller).

    ``label_terms`` (default ``terms``) are the terms the label is made of, e.g. those of the
    topic's main language.
    """
    rows = []
    taken: set[str] = set()
    label_terms = label_terms or {}
    langs_arr = np.asarray(langs, dtype=object)
    ordered = sorted(int(t) for t in np.unique(topic_ids))
    ordered = [t for t in ordered if t != S.OUTLIER_TOPIC] + (
        [S.OUTLIER_TOPIC] if S.OUTLIER_TOPIC in ordered else [])
    for t in ordered:
        members = np.flatnonzero(topic_ids == t)
        lang_counts = pd.Series(langs_arr[members]).value_counts()
        rows.append(
            {
                S.TOPIC_ID: t,
                S.LABEL: make_label(t, label_terms.get(t) or terms.get(t, []), taken),
                S.TERMS: list(terms.get(t, [])),
                S.SIZE: int(len(members)),
                S.LANGUAGES: {str(k): int(v) for k, v in lang_counts.items()},
                S.REPRESENTATIVE: representative_passages(members, embeddings, langs),
                S.LABEL_SOURCE: "auto",
            }
        )
    return pd.DataFrame(rows, columns=S.columns(S.TOPICS))


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
