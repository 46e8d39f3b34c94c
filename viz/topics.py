"""Topics: BERTopic over passage embeddings, with parameters that fit the corpus size.

The stage's output is two tables (see :mod:`viz.schema`): each passage's ``topic_id`` and map
position, and the ``topics`` table. Nothing downstream needs the fitted BERTopic object.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from . import schema as S
from .stopwords import stop_words_for

OUTLIER_LABEL = "Unassigned passages"
N_TERMS = 10
N_LABEL_TERMS = 3
N_REPRESENTATIVE = 5
SMALL_CORPUS = 12  # below this many passages no clustering is attempted: one topic


@dataclass(frozen=True)
class TopicParams:
    """Every parameter of the topic stage, stored in the manifest."""

    n_passages: int
    n_neighbors: int
    n_components: int
    min_dist: float
    min_cluster_size: int
    min_samples: int
    min_df: int
    seed: int
    align_languages: bool = True

    @classmethod
    def for_size(cls, n: int, *, seed: int = 0, align_languages: bool = True) -> "TopicParams":
        """Parameters adapted to ``n`` passages (80 for the seeds, 10,000+ for news)."""
        root = math.sqrt(max(n, 1))
        # 7 for the 81 seed passages, 85 for 13,000 headlines, 500 at most.
        min_cluster_size = int(max(5, min(500, round(0.75 * root))))
        return cls(
            n_passages=n,
            n_neighbors=int(max(4, min(15, round(root)))),
            n_components=5,
            min_dist=0.0,
            min_cluster_size=min_cluster_size,
            min_samples=int(max(2, min_cluster_size // 5)),
            min_df=1 if n < 2000 else 2,
            seed=seed,
            align_languages=align_languages,
        )

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class TopicResult:
    topic_ids: np.ndarray  # per passage
    xy: np.ndarray  # per passage, 2-D
    topics: pd.DataFrame  # the topics table
    params: TopicParams
    method: str  # "bertopic" or "single-topic"
    aligned_languages: list[str]  # languages whose mean direction was removed


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


def fit_topics(texts: list[str], embeddings: np.ndarray, langs: list[str], *, embedder,
               seed: int = 0, align: bool = True, params: TopicParams | None = None) -> TopicResult:
    """Cluster passages into topics and place them on a 2-D map."""
    n = len(texts)
    params = params or TopicParams.for_size(n, seed=seed, align_languages=align)
    corpus_langs = sorted(set(langs))
    aligned: list[str] = []
    if params.align_languages:
        embeddings, aligned = align_languages(embeddings, langs)
    if n < SMALL_CORPUS:
        topic_ids = np.zeros(n, dtype=np.int32)
        terms = _terms_by_counting(texts, corpus_langs)
        xy = _layout_2d(embeddings, seed)
        return TopicResult(topic_ids, xy, _topic_table(topic_ids, {0: terms}, langs, embeddings),
                           params, "single-topic", aligned)

    from bertopic import BERTopic
    from bertopic.vectorizers import ClassTfidfTransformer
    from hdbscan import HDBSCAN
    from umap import UMAP

    umap_model = UMAP(
        n_neighbors=min(params.n_neighbors, n - 1),
        n_components=params.n_components,
        min_dist=params.min_dist,
        metric="cosine",
        random_state=seed,
        n_jobs=1,  # a fixed random_state makes UMAP single-threaded anyway
        low_memory=n > 50_000,
    )
    hdbscan_model = HDBSCAN(
        min_cluster_size=params.min_cluster_size,
        min_samples=params.min_samples,
        metric="euclidean",
        cluster_selection_method="eom",
        prediction_data=False,
    )
    model = BERTopic(
        embedding_model=_Embedder(embedder),
        umap_model=umap_model,
        hdbscan_model=hdbscan_model,
        vectorizer_model=_vectorizer(corpus_langs, params.min_df),
        ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
        top_n_words=N_TERMS,
        calculate_probabilities=False,
        verbose=False,
    )
    topic_ids = np.asarray(model.fit_transform(texts, embeddings=embeddings)[0], dtype=np.int32)
    reduced = getattr(model.umap_model, "embedding_", None)
    if reduced is None:
        reduced = model.umap_model.transform(embeddings)
    method = "bertopic"
    if (topic_ids == S.OUTLIER_TOPIC).all():
        # HDBSCAN found no dense region (tiny or very uniform corpus): one topic, not zero.
        topic_ids = np.zeros(n, dtype=np.int32)
        terms = {0: _terms_by_counting(texts, corpus_langs)}
        method = "single-topic (no cluster found)"
    else:
        terms = {
            int(t): [w for w, _ in (model.get_topic(int(t)) or []) if w][:N_TERMS]
            for t in np.unique(topic_ids)
        }
    xy = _layout_2d(np.asarray(reduced), seed)
    return TopicResult(topic_ids, xy, _topic_table(topic_ids, terms, langs, embeddings),
                       params, method, aligned)


def _terms_by_counting(texts: list[str], languages) -> list[str]:
    """Most frequent non-stop-word terms (the label of a corpus too small to cluster)."""
    vectorizer = _vectorizer(languages, 1)
    try:
        counts = vectorizer.fit_transform(texts)
    except ValueError:  # empty vocabulary
        return []
    vocab = vectorizer.get_feature_names_out()
    totals = np.asarray(counts.sum(axis=0)).ravel()
    order = np.lexsort((vocab, -totals))
    return [str(vocab[i]) for i in order[:N_TERMS]]


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
                 embeddings: np.ndarray) -> pd.DataFrame:
    """The topics table; ``representative`` holds passage positions (mapped to ids by the caller)."""
    rows = []
    taken: set[str] = set()
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
                S.LABEL: make_label(t, terms.get(t, []), taken),
                S.TERMS: list(terms.get(t, [])),
                S.SIZE: int(len(members)),
                S.LANGUAGES: {str(k): int(v) for k, v in lang_counts.items()},
                S.REPRESENTATIVE: representative_passages(members, embeddings, langs),
                S.LABEL_SOURCE: "auto",
            }
        )
    return pd.DataFrame(rows, columns=S.columns(S.TOPICS))
