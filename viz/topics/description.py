"""What is said about topics: terms per language, labels, translation groups of terms,
representative passages and the merge tree (step 6 of :mod:`viz.topics.clustering`).

:func:`describe` is the one description step: the build calls it after clustering, curation after
each change.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .. import schema as S
from ..segment import CJK_CHAR
from .terms import N_CANDIDATES, N_LABEL_TERMS, N_TERMS, WordVectors, corpus_language_rank
from .terms import count_matrix, label_language, rerank_by_meaning, terms_table
from .terms import topic_terms as _topic_terms
from .terms import translation_groups

OUTLIER_LABEL = "Unassigned passages"
N_REPRESENTATIVE = 5


@dataclass
class TopicDescription:
    """Everything said about a topic assignment: the stored ``topics``, ``topic_terms`` and
    ``topic_hierarchy`` tables (``topics.representative`` holds passage positions)."""

    topics: pd.DataFrame
    terms: pd.DataFrame
    hierarchy: pd.DataFrame
    terms_by_lang: dict[int, dict[str, list[str]]]
    label_langs: dict[int, str]
    translations: pd.DataFrame


def describe_topics(texts: list[str], topic_ids, langs: list[str], embeddings: np.ndarray, *,
                    params, embedder=None, doc_ids=None, vectors: np.ndarray | None = None,
                    counts=None) -> TopicDescription:
    """The description step of the build and of curation: :func:`describe` of the passages'
    ``topic_ids`` as the run's ``params`` (a :class:`viz.topics.clustering.TopicParams`) say.

    ``embeddings`` are the embedder's own vectors (terms' meanings); representatives and the
    hierarchy are judged in the vectors topics were clustered in
    (:func:`viz.topics.clustering.clustering_vectors`: aligned across languages, moved towards
    each passage's document given ``doc_ids``), passed as ``vectors`` by a caller that has them.
    ``counts`` (:func:`viz.topics.terms.count_matrix` with ``params.min_df``) likewise.
    """
    from .clustering import clustering_vectors, topic_counts

    langs = [str(x) for x in langs]
    embeddings = np.asarray(embeddings, dtype=np.float32)
    if vectors is None:
        vectors, _ = clustering_vectors(embeddings, langs, texts, doc_ids, params)
    if counts is None:
        counts = topic_counts(texts, langs, params.min_df)
    return describe(texts, topic_ids, langs, vectors, counts=counts, linkage=params.linkage,
                    embedder=embedder, label_lang=params.label_lang, raw_embeddings=embeddings)


def describe(texts: list[str], topic_ids, langs: list[str], embeddings: np.ndarray, *,
             counts=None, linkage: str = "ward", embedder=None,
             label_lang: str | None = None, raw_embeddings: np.ndarray | None = None
             ) -> TopicDescription:
    """Terms per language, labels, representative passages and the merge tree of the topics in
    ``topic_ids``, in the vectors given (the build and curation call it through
    :func:`describe_topics`).

    Translation groups of terms need the embedder's vectors; without ``embedder`` every term's
    group is -1, and terms keep their c-TF-IDF order instead of being re-ranked by meaning
    (:func:`viz.topics.terms.rerank_by_meaning`, over ``raw_embeddings``: the embedder's own
    vectors, not language-aligned, default ``embeddings``). ``label_lang`` is the preferred
    language of labels (see :func:`viz.topics.terms.label_language`).
    """
    from .tree import topic_hierarchy

    topic_ids = np.asarray(topic_ids)
    langs = [str(x) for x in langs]
    if counts is None:
        counts = count_matrix(texts, langs, 1)
    # words have meanings in the embedder's space unless it is fitted on this corpus (tf-idf)
    if embedder is not None and not getattr(embedder, "cacheable", False):
        embedder_for_words = None
    else:
        embedder = embedder_for_words = WordVectors(embedder) if embedder is not None else None
    terms, by_lang = _topic_terms(texts, topic_ids, langs, counts=counts,
                                  n_terms=N_CANDIDATES if embedder_for_words else N_TERMS)
    if embedder_for_words is not None:
        raw = embeddings if raw_embeddings is None else raw_embeddings
        by_lang = rerank_by_meaning(by_lang, _centres(topic_ids, langs, raw), embedder_for_words)
        terms = {t: ts[:N_TERMS] for t, ts in terms.items()}
    # Languages of similar size share a rank (a parallel corpus): the label then prefers English.
    corpus_rank = corpus_language_rank(langs)
    langs_arr = np.asarray(langs, dtype=object)
    label_langs, label_terms = {}, {}
    for t in terms:
        lang_counts = pd.Series(langs_arr[topic_ids == t]).value_counts()
        lang = label_language({str(k): int(v) for k, v in lang_counts.items()}, corpus_rank,
                              label_lang)
        label_langs[t] = lang
        label_terms[t] = by_lang.get(t, {}).get(lang) or terms[t]
    # A multilingual topic lists the terms of its label language (the others are in
    # topic_terms): one readable list, not a mix of rare words from every language.
    table = _topic_table(topic_ids, label_terms, langs, embeddings)
    table[S.LABEL_LANG] = [label_langs.get(int(t)) for t in table[S.TOPIC_ID]]
    hierarchy = topic_hierarchy(topic_ids, embeddings, counts=counts, method=linkage, langs=langs)
    translations = _translations(by_lang, embedder, langs)
    return TopicDescription(table, terms_with_groups(by_lang, translations), hierarchy, by_lang,
                            label_langs, translations)


def _centres(topic_ids, langs: list[str], embeddings: np.ndarray) -> dict:
    """Unit mean vector of each (topic, language)'s passages."""
    keys = pd.Series([f"{t}\t{lang}" for t, lang in zip(topic_ids, langs)])
    out = {}
    for key, idx in keys.groupby(keys).groups.items():
        t, lang = key.split("\t")
        c = np.asarray(embeddings[np.asarray(idx)], dtype=np.float32).mean(axis=0)
        out[(int(t), lang)] = c / max(float(np.linalg.norm(c)), 1e-12)
    return out


def terms_with_groups(by_lang: dict[int, dict[str, list[str]]],
                      translations: pd.DataFrame | None) -> pd.DataFrame:
    """The stored ``topic_terms`` table: per-language terms with their translation group."""
    table = terms_table(by_lang)
    groups = {}
    if translations is not None and len(translations):
        groups = {(int(t), str(lang), str(term)): int(g) for t, g, lang, term in translations[
            ["topic_id", "group", "lang", "term"]].itertuples(index=False)}
    table[S.GROUP] = [groups.get((int(t), str(lang), str(term)), -1) for t, lang, term in
                      table[[S.TOPIC_ID, S.LANG, S.TERM]].itertuples(index=False)]
    return table.astype({S.GROUP: "int32"})[S.columns(S.TOPIC_TERMS)]


def _translations(by_lang, embedder, langs) -> pd.DataFrame:
    """Translation groups of terms when the embedder covers at least two corpus languages."""
    covered = getattr(embedder, "languages", None)
    present = set(langs) if covered is None else set(langs) & set(covered)
    if len(present) < 2 or not getattr(embedder, "cacheable", False):  # no tf-idf vectors
        return translation_groups({}, None)
    kept = {t: {lang: ts for lang, ts in per.items() if lang in present}
            for t, per in by_lang.items()}
    return translation_groups(kept, embedder)


def _same_word(a: str, b: str) -> bool:
    """Two forms of one word for a label ("train"/"trains", "flooding"/"flooded"): they share
    their first five letters, or all of the shorter one when it has four."""
    a, b = a.lower(), b.lower()
    short = min(len(a), len(b))
    if short < 4 or CJK_CHAR.match(a) or CJK_CHAR.match(b):
        return False
    n = min(5, short)
    return a[:n] == b[:n]


def make_label(topic_id: int, terms: list[str], taken: set[str]) -> str:
    """A short readable label from the top terms (one form of each word), unique across
    topics."""
    if topic_id == S.OUTLIER_TOPIC:
        return OUTLIER_LABEL
    distinct: list[str] = []
    for t in terms:
        if not any(_same_word(t, k) for k in distinct):
            distinct.append(t)
    terms = distinct
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
