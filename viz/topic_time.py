"""Topics through time: each topic's terms in each period, as BERTopic's ``topics_over_time``.

A pure function of passages (text, topic, language) and the period each belongs to
(for example a publication month); no fitted model is needed, so it can run on a stored run.
For every (topic, period) the passages' counts are weighed by class-TF-IDF with the IDF of the
whole corpus's topics (:func:`viz.topic_terms.ctfidf_idf`), as BERTopic does, then:

* ``global_tuning``: averaged with the topic's weights over all periods, so a period's terms stay
  recognisably the topic's;
* ``evolution_tuning``: averaged with the topic's (tuned) weights in its previous period with
  passages, so terms evolve rather than jump.

Output: a tidy table ``topic_id, period, size, terms`` (one row per topic and period with
passages; outliers and undated passages left out), sorted by topic, then period.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .topic_terms import N_LABEL_TERMS, _group_sum, count_matrix, ctfidf, ctfidf_idf

COLUMNS = ["topic_id", "period", "size", "terms"]
N_PERIOD_TERMS = 5


def terms_over_time(texts, topic_ids, periods, langs=None, *, n_terms: int = N_PERIOD_TERMS,
                    counts=None, global_tuning: bool = True,
                    evolution_tuning: bool = True) -> pd.DataFrame:
    """Each topic's top ``n_terms`` terms in each period (see the module docstring).

    ``periods`` holds one sortable value per passage (a period's start date, a year ...;
    missing values mark undated passages); ``counts`` is a precomputed
    :func:`viz.topic_terms.count_matrix` of the same passages.
    """
    topic_ids = np.asarray(topic_ids, dtype=np.int64)
    n = len(topic_ids)
    periods = pd.Series(list(periods), dtype=object)
    if len(periods) != n or (texts is not None and len(texts) != n):
        raise ValueError(f"texts, topic_ids and periods must have one value per passage "
                         f"({n} topics, {len(periods)} periods)")
    if n_terms < 1:
        raise ValueError(f"n_terms must be at least 1, got {n_terms}")
    if counts is None:
        counts = count_matrix(list(texts), [str(x) for x in (langs or ["en"] * n)])
    m, words = counts
    dated = periods.notna().to_numpy() & (topic_ids >= 0)
    empty = pd.DataFrame({c: pd.Series(dtype=t) for c, t in
                          zip(COLUMNS, ["int32", "object", "int64", "object"])})
    if not dated.any() or m.shape[1] == 0:
        return empty
    idx = np.flatnonzero(dated)
    topics, per_topic = _group_sum(m[idx], topic_ids[idx])
    idf = ctfidf_idf(per_topic)
    overall = {int(t): ctfidf(per_topic[r], idf)[0] for r, t in enumerate(topics)}
    frame = pd.DataFrame({"topic": topic_ids[idx], "period": periods.to_numpy()[idx],
                          "row": idx})
    rows = []
    for topic, group in frame.groupby("topic", sort=True):
        previous = None
        for period, part in sorted(group.groupby("period", sort=False),
                                   key=lambda kv: kv[0]):
            w = ctfidf(np.asarray(m[part["row"].to_numpy()].sum(axis=0)), idf)[0]
            if global_tuning:
                w = (w + overall[int(topic)]) / 2
            if evolution_tuning and previous is not None:
                w = (w + previous) / 2
            previous = w
            order = np.lexsort((words.astype(str), -w))
            rows.append((int(topic), period, len(part),
                         [str(words[i]) for i in order[:n_terms] if w[i] > 0]))
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.astype({"topic_id": "int32", "size": "int64"}).reset_index(drop=True)


def period_label(terms: list[str], k: int = N_LABEL_TERMS) -> str:
    """A short label of a period's terms (the first ``k``)."""
    return " · ".join(terms[:k])
