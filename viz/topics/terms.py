"""Topic terms and labels in every language: language-aware tokens, c-TF-IDF, readable labels.

BERTopic joins a topic's passages into one string and tokenizes it with one vectorizer, which
loses each passage's language (Chinese and Japanese come out as whole clauses, and one
language's stop words are another's content words). Here every passage is tokenized in its own
language (:func:`viz.segment.tokenize`), counts are summed per topic, and BERTopic's class-based
TF-IDF weights them. Terms are also ranked per (topic, language), so a topic has a label in each
of its languages.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
from scipy import sparse

from ..segment import CJK_CHAR, is_cjk_bigram, merge_overlapping, tokenize

N_TERMS = 10
N_LABEL_TERMS = 3
N_CANDIDATES = 30  # distinctive terms per topic and language re-ranked by meaning
MIN_LABEL_LANGUAGE_SHARE = 0.2  # a topic is labelled in a language holding this share of it


def count_matrix(texts: list[str], langs: list[str], min_df: int = 1):
    """Passage x term counts with language-aware tokens; returns (matrix, vocabulary)."""
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, (text, lang) in enumerate(zip(texts, langs)):
        for term, k in Counter(tokenize(text or "", lang)).items():
            j = vocab.setdefault(term, len(vocab))
            rows.append(i)
            cols.append(j)
            vals.append(k)
    words = np.array(sorted(vocab, key=vocab.get), dtype=object)
    m = sparse.csr_matrix((np.asarray(vals, np.float64), (rows, cols)),
                          shape=(len(texts), len(vocab)))
    if min_df > 1 and m.shape[1]:
        keep = np.flatnonzero(np.asarray((m > 0).sum(axis=0)).ravel() >= min_df)
        m, words = m[:, keep], words[keep]
    # Alphabetical columns so ties break the same way in every run.
    order = np.argsort(words.astype(str), kind="stable")
    return m[:, order].tocsr(), words[order]


def _group_sum(m, keys: np.ndarray):
    """Sum rows of ``m`` per distinct key; returns (keys in sorted order, matrix)."""
    uniq, inv = np.unique(keys, return_inverse=True)
    ind = sparse.csr_matrix((np.ones(len(keys)), (inv, np.arange(len(keys)))),
                            shape=(len(uniq), len(keys)))
    return uniq, ind @ m


def ctfidf_idf(per_class) -> np.ndarray:
    """BERTopic's class-based IDF: log(1 + average class size / term frequency)."""
    m = sparse.csr_matrix(per_class)
    freq = np.asarray(m.sum(axis=0)).ravel()
    avg = m.sum() / max(m.shape[0], 1)
    idf = np.zeros_like(freq, dtype=np.float64)
    idf[freq > 0] = np.log(1 + avg / freq[freq > 0])
    return idf


def ctfidf(rows, idf: np.ndarray) -> np.ndarray:
    """Class-TF-IDF weights (dense) of count ``rows``: sqrt of L1-normalised tf, times idf
    (BERTopic's ``reduce_frequent_words=True``)."""
    m = sparse.csr_matrix(rows, dtype=np.float64)
    sums = np.asarray(m.sum(axis=1)).ravel()
    sums[sums == 0] = 1.0
    tf = sparse.diags(1.0 / sums) @ m
    tf.data = np.sqrt(tf.data)
    return np.asarray((tf @ sparse.diags(idf)).todense())


def _top(weights_row: np.ndarray, words: np.ndarray, n: int) -> list[str]:
    order = np.lexsort((words.astype(str), -weights_row))
    return [str(words[i]) for i in order[:n] if weights_row[i] > 0]


def _dedupe(terms: list[str]) -> list[str]:
    """Drop a CJK term contained in (or containing) a better-ranked one: bigrams of one word."""
    out: list[str] = []
    for t in terms:
        if not (CJK_CHAR.match(t) and any(CJK_CHAR.match(k) and (t in k or k in t) for k in out)):
            out.append(t)
    return out


def topic_terms(texts: list[str], topic_ids, langs: list[str], *, n_terms: int = N_TERMS,
                min_df: int = 1, counts=None):
    """c-TF-IDF terms of every topic, overall and per language.

    Returns ``(terms, terms_by_lang)``: ``terms[topic]`` is a ranked list across languages;
    ``terms_by_lang[topic][lang]`` the ranked terms found in that topic's passages in ``lang``.
    """
    topic_ids = np.asarray(topic_ids)
    ids = sorted(int(t) for t in np.unique(topic_ids))
    if counts is None:
        counts = count_matrix(texts, langs, min_df)
    m, words = counts
    if m.shape[1] == 0:
        return {t: [] for t in ids}, {t: {} for t in ids}
    topics, per_topic = _group_sum(m, topic_ids)
    idf = ctfidf_idf(per_topic)
    weights = ctfidf(per_topic, idf)
    texts_arr = np.asarray(texts, dtype=object)

    def ranked(row, mask) -> list[str]:
        top = _top(row, words, 3 * n_terms)
        if any(is_cjk_bigram(w) for w in top):
            sample = [str(x) for x in texts_arr[np.flatnonzero(mask)[:2000]]]
            top = merge_overlapping(top, sample)
        return _dedupe(top)[:n_terms]

    terms = {int(t): ranked(weights[r], topic_ids == t) for r, t in enumerate(topics)}
    langs_arr = np.asarray([str(x) for x in langs], dtype=object)
    pair_keys = np.array([f"{t}\t{lang}" for t, lang in zip(topic_ids, langs_arr)], dtype=object)
    pairs, per_pair = _group_sum(m, pair_keys)
    pair_weights = ctfidf(per_pair, idf)
    by_lang: dict[int, dict[str, list[str]]] = {t: {} for t in ids}
    for r, key in enumerate(pairs):
        t, lang = key.split("\t")
        top = ranked(pair_weights[r], (topic_ids == int(t)) & (langs_arr == lang))
        if top:
            by_lang[int(t)][lang] = top
    return terms, by_lang


LANGUAGE_TIE_SHARE = 0.75  # a language with at least this share of a bigger one ranks with it
MIN_PREFERRED_PASSAGES = 3  # a topic is labelled in the preferred language from this many passages


class WordVectors:
    """An embedder that remembers the words it has encoded: a topic's terms are re-ranked and
    then grouped into translations, and each word is encoded once for both."""

    def __init__(self, embedder):
        self.embedder = embedder
        self._seen: dict[str, np.ndarray] = {}

    def __getattr__(self, name):  # languages, cacheable, key ... of the wrapped embedder
        return getattr(self.embedder, name)

    def encode(self, words: list[str]) -> np.ndarray:
        new = [w for w in dict.fromkeys(words) if w not in self._seen]
        if new:
            self._seen.update(zip(new, np.asarray(self.embedder.encode(new), dtype=np.float32)))
        return np.stack([self._seen[w] for w in words]) if words else np.zeros((0, 0), np.float32)


def unit_vectors(embedder, words: list[str]) -> np.ndarray:
    """The embedder's vectors of ``words``, scaled to unit length."""
    vectors = np.asarray(embedder.encode(words), dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


DIVERSITY = 0.1  # maximal marginal relevance: weight of a term's likeness to those chosen before


def rerank_by_meaning(by_lang: dict[int, dict[str, list[str]]],
                      centres: dict[tuple[int, str], np.ndarray], embedder, *,
                      n_terms: int = N_TERMS,
                      diversity: float | None = None) -> dict[int, dict[str, list[str]]]:
    """Re-rank each topic's distinctive terms in a language by how close their meaning is to the
    centre of the topic's passages in that language (as BERTopic's KeyBERTInspired does), and
    keep ``n_terms``. c-TF-IDF finds words frequent in a topic and rare elsewhere, which include
    incidental words ("finished", "admitted"); the centre favours the words the topic is about.
    Terms are picked by maximal marginal relevance, so near-duplicates ("flooding", "flooded")
    do not fill the label. Without an embedder (or a centre) the c-TF-IDF order is kept."""
    diversity = DIVERSITY if diversity is None else diversity
    out = {t: {lang: ts[:n_terms] for lang, ts in per.items()} for t, per in by_lang.items()}
    vocab = sorted({w for per in by_lang.values() for ts in per.values() for w in ts})
    if embedder is None or not hasattr(embedder, "encode") or not vocab:
        return out
    vectors = unit_vectors(embedder, vocab)
    if any(c.shape[-1] != vectors.shape[1] for c in centres.values()):
        return out  # words and passages not in one space: nothing to compare
    index = {w: i for i, w in enumerate(vocab)}
    for t, per in by_lang.items():
        for lang, ts in per.items():
            centre = centres.get((t, lang))
            if centre is None or not ts:
                continue
            vecs = vectors[[index[w] for w in ts]]
            out[t][lang] = [ts[i] for i in _mmr(vecs @ centre, vecs @ vecs.T, n_terms, diversity)]
    return out


def _mmr(relevance: np.ndarray, likeness: np.ndarray, k: int, diversity: float) -> list[int]:
    """Greedy maximal marginal relevance: indices of ``k`` items (first: the most relevant)."""
    chosen = [int(np.argmax(relevance))]
    left = [i for i in range(len(relevance)) if i != chosen[0]]
    while left and len(chosen) < k:
        scores = [(1 - diversity) * relevance[i] - diversity * likeness[i, chosen].max()
                  for i in left]
        best = left[int(np.argmax(scores))]
        chosen.append(best)
        left.remove(best)
    return chosen


def corpus_language_rank(langs) -> dict[str, int]:
    """Rank of each corpus language by size, where languages of similar size share a rank: a
    language's rank is the number of languages more than 1/LANGUAGE_TIE_SHARE times larger.
    (43 id, 42 fr, 39 en passages all rank 0; 1,000 en and 100 fr rank 0 and 1.)"""
    sizes = pd.Series([str(x) for x in langs]).value_counts()
    return {str(lang): int((sizes * LANGUAGE_TIE_SHARE > k).sum()) for lang, k in sizes.items()}


def label_language(topic_langs: dict[str, int], corpus_rank: dict[str, int],
                   preferred: str | None = None) -> str | None:
    """The language a topic is labelled in.

    ``preferred`` (e.g. the analyst's language) when the topic has at least
    ``MIN_PREFERRED_PASSAGES`` passages in it and they are at least a tenth of the topic;
    otherwise, of the topic's main languages (each holding at least ``MIN_LABEL_LANGUAGE_SHARE``
    of it, or at least half as many passages as its largest language), the one ranked first in
    the corpus (see :func:`corpus_language_rank`); ties go to English, then by code."""
    total = sum(topic_langs.values())
    if not total:
        return None
    if preferred and topic_langs.get(preferred, 0) >= max(MIN_PREFERRED_PASSAGES, 0.1 * total):
        return preferred
    top = max(topic_langs.values())
    big = [lang for lang, k in topic_langs.items()
           if k >= MIN_LABEL_LANGUAGE_SHARE * total or k * 2 >= top]
    return min(big, key=lambda lang: (corpus_rank.get(lang, len(corpus_rank)), lang != "en", lang))


def terms_table(terms_by_lang: dict[int, dict[str, list[str]]]) -> pd.DataFrame:
    """Tidy (topic_id, lang, rank, term) table of the per-language terms."""
    rows = [(t, lang, r, term) for t, per in sorted(terms_by_lang.items())
            for lang, ts in sorted(per.items()) for r, term in enumerate(ts)]
    return pd.DataFrame(rows, columns=["topic_id", "lang", "rank", "term"]).astype(
        {"topic_id": "int32", "rank": "int32"})


TRANSLATION_SIMILARITY = 0.6  # cosine between two terms' vectors to count as translations


def translation_groups(terms_by_lang: dict[int, dict[str, list[str]]], embedder, *,
                       n_terms: int = N_TERMS,
                       threshold: float = TRANSLATION_SIMILARITY) -> pd.DataFrame:
    """Terms of a topic that translate each other, across its languages.

    Every topic's top terms in each language are embedded with the corpus's (multilingual)
    embedder; going down the ranks, a term starts a group and takes the most similar
    not-yet-used term of each other language when their cosine is at least ``threshold`` and
    each is the other's best match (mutual nearest neighbours, which keeps false friends out).
    Returns a tidy table ``topic_id, group, lang, term`` (group 0 = best ranked); topics with
    one language, or no embedder, give no rows.
    """
    columns = ["topic_id", "group", "lang", "term"]
    multi = {t: per for t, per in terms_by_lang.items() if len(per) > 1 and t >= 0}
    if embedder is None or not hasattr(embedder, "encode") or not multi:
        return pd.DataFrame(columns=columns)
    vocab = sorted({w for per in multi.values() for ts in per.values() for w in ts[:n_terms]})
    vectors = unit_vectors(embedder, vocab)
    index = {w: i for i, w in enumerate(vocab)}
    rows = []
    for t in sorted(multi):
        per = {lang: ts[:n_terms] for lang, ts in sorted(multi[t].items())}
        order = sorted(((r, lang, w) for lang, ts in per.items() for r, w in enumerate(ts)))
        used: set[tuple[str, str]] = set()
        group = 0
        for _, lang, w in order:
            if (lang, w) in used:
                continue
            used.add((lang, w))
            members = [(lang, w)]
            for other, ts in per.items():
                free = [x for x in ts if other != lang and (other, x) not in used]
                if not free:
                    continue
                sims = vectors[[index[x] for x in free]] @ vectors[index[w]]
                best = int(np.argmax(sims))
                mine = [x for x in per[lang] if (lang, x) not in used or x == w]
                back = vectors[[index[x] for x in mine]] @ vectors[index[free[best]]]
                if sims[best] >= threshold and mine[int(np.argmax(back))] == w:
                    members.append((other, free[best]))
                    used.add((other, free[best]))
            if len(members) > 1:
                rows += [(t, group, lg, x) for lg, x in members]
                group += 1
    return pd.DataFrame(rows, columns=columns).astype({"topic_id": "int32", "group": "int32"})
