"""A run's topics as a fitted BERTopic model, for notebooks.

The build runs BERTopic's pipeline (embeddings, UMAP, HDBSCAN, class-based TF-IDF, terms
re-ranked by meaning) with viz's own components, per language and on a sample at scale (see
:mod:`.clustering` and :mod:`.description`). :func:`to_bertopic` hands the stored result to
BERTopic itself, through its manual topic modelling (``BaseCluster`` with the run's topics as
``y``; the run's vectors, never re-embedded), so everything BERTopic offers works on it:
``get_topic_info()``, ``visualize_barchart()``, ``visualize_hierarchy()``,
``visualize_documents(..., reduced_embeddings=model.viz_xy_)``, ``topics_over_time(...)``,
``find_topics("...")`` and ``transform`` (the run's embedder embeds the query). Labels are the
run's, curated ones included (``custom_labels=True`` in BERTopic's charts).

BERTopic numbers topics by size; after curation the run's ids may not be in that order, so the
model keeps the correspondence in ``viz_topic_of_`` (BERTopic id -> run id) and
``bertopic_topic_of_`` (run id -> BERTopic id).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from .. import schema as S


class _Analyzer:
    """BERTopic joins a topic's passages into one text, so its vectorizer cannot know each
    passage's language: words are split as viz splits them, with the stop words of every
    language in the run (a picklable callable, so the model can be saved)."""

    def __init__(self, languages):
        from ..stopwords import stop_words_for

        self.stops = stop_words_for(sorted(str(x) for x in languages))

    def __call__(self, text: str) -> list[str]:
        from ..segment import tokenize

        return [t for t in tokenize(text, None) if t not in self.stops]


def to_bertopic(run_dir: str | Path, *, embedder=None, min_df: int = 1):
    """The run's topics as a fitted ``bertopic.BERTopic``: its passages (the ``docs``
    BERTopic holds), their stored embeddings and topics. ``embedder``: a viz embedder for
    ``transform``/``find_topics`` (default: the run's own, made when first needed).

    Extra attributes: ``viz_passage_ids_`` (one per document BERTopic holds),
    ``viz_xy_`` (the run's 2-D map, for ``visualize_documents``), ``viz_topic_of_`` and
    ``bertopic_topic_of_`` (topic ids both ways).
    """
    from bertopic import BERTopic
    from bertopic.cluster import BaseCluster
    from bertopic.dimensionality import BaseDimensionalityReduction
    from sklearn.feature_extraction.text import CountVectorizer

    from ..store import load_embeddings, load_run
    from .clustering import _Embedder

    run = load_run(run_dir, document_text=False)
    passages = run.passages.sort_values(S.PASSAGE_ID, kind="stable")
    pids = passages[S.PASSAGE_ID].to_numpy()
    vectors = np.asarray(load_embeddings(run.path)[pids], dtype=np.float32)
    topics = passages[S.TOPIC_ID].to_numpy().astype(int)
    if embedder is None:
        embedder = _RunEmbedder(run.manifest)
    model = BERTopic(
        # always an explicit model: with sentence-transformers installed, BERTopic would
        # otherwise reach for the hub
        embedding_model=_Embedder(embedder),
        umap_model=BaseDimensionalityReduction(),
        hdbscan_model=BaseCluster(),
        vectorizer_model=CountVectorizer(analyzer=_Analyzer(set(passages[S.LANG].astype(str))),
                                         min_df=min_df),
        calculate_probabilities=False,
        verbose=False,
    )
    model.fit(passages[S.TEXT].tolist(), embeddings=vectors, y=topics)
    # BERTopic renumbers topics by size: each run topic is one BERTopic topic
    pairs = Counter(zip(model.topics_, topics.tolist()))
    viz_of = {int(b): int(v) for (b, v) in pairs}
    if len(viz_of) != len(set(viz_of.values())):  # pragma: no cover - BERTopic changed
        raise RuntimeError("BERTopic merged the run's topics; its manual mode changed")
    labels = dict(zip(run.topics[S.TOPIC_ID].astype(int), run.topics[S.LABEL].astype(str)))
    model.set_topic_labels({b: labels.get(v, f"Topic {v}") for b, v in viz_of.items()})
    model.viz_passage_ids_ = pids
    model.viz_xy_ = passages[[S.X, S.Y]].to_numpy(np.float32)
    model.viz_topic_of_ = viz_of
    model.bertopic_topic_of_ = {v: b for b, v in viz_of.items()}
    return model


class _RunEmbedder:
    """The run's embedder (``parameters.embedder`` in its manifest), made when BERTopic first
    embeds something: fitting the model from stored vectors loads no weights."""

    def __init__(self, manifest: dict):
        self.manifest = manifest
        self._inner = None

    def encode(self, texts):
        if self._inner is None:
            from ..embed import run_embedder

            self._inner = run_embedder(self.manifest)
        return self._inner.encode(texts)
