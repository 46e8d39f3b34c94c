"""Topics through time: each topic's terms in each period, as BERTopic's ``topics_over_time``.

A pure function of passages (text, topic, language) and the period each belongs to
(for example a publication month); no fitted model is needed, so it can run on a stored run.
For every (topic, period) the passages' counts are weighed by class-TF-IDF with the IDF of the
whole corpus's topics (:func:`viz.topics.terms.ctfidf_idf`), as BERTopic does, then:

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
from scipy import sparse

from .terms import N_LABEL_TERMS, _group_sum, count_matrix, ctfidf_idf

COLUMNS = ["topic_id", "period", "size", "terms"]
N_PERIOD_TERMS = 5


def terms_over_time(texts, topic_ids, periods, langs=None, *, n_terms: int = N_PERIOD_TERMS,
                    counts=None, global_tuning: bool = True,
                    evolution_tuning: bool = True) -> pd.DataFrame:
    """Each topic's top ``n_terms`` terms in each period (see the module docstring).

    ``periods`` holds one sortable value per passage (a period's start date, a year ...;
    missing values mark undated passages); ``counts`` is a precomputed
    :func:`viz.topics.terms.count_matrix` of the same passages.
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
    sub = sparse.csr_matrix(m)[idx]
    topics, per_topic = _group_sum(sub, topic_ids[idx])
    idf = ctfidf_idf(per_topic)
    overall = _ctfidf_sparse(per_topic, idf)
    # One group sum over (topic, period) pairs: pairs sorted by topic, then period.
    period_values = sorted(set(periods.to_numpy()[idx]))
    period_code = {p: i for i, p in enumerate(period_values)}
    t_code = np.searchsorted(topics, topic_ids[idx])
    p_code = np.array([period_code[p] for p in periods.to_numpy()[idx]], dtype=np.int64)
    pairs, per_pair = _group_sum(sub, t_code * len(period_values) + p_code)
    sizes = np.bincount(np.searchsorted(pairs, t_code * len(period_values) + p_code))
    weights = _ctfidf_sparse(per_pair, idf)
    # Ties break alphabetically, as everywhere else.
    word_rank = np.empty(len(words), dtype=np.int64)
    word_rank[np.argsort(words.astype(str), kind="stable")] = np.arange(len(words))
    rows = []
    previous, previous_topic = None, None
    for r, code in enumerate(pairs):
        ti, pi = divmod(int(code), len(period_values))
        w = weights[r].toarray().ravel()
        if global_tuning:
            w = (w + overall[ti].toarray().ravel()) / 2
        if evolution_tuning and previous is not None and previous_topic == ti:
            w = (w + previous) / 2
        previous, previous_topic = w, ti
        rows.append((int(topics[ti]), period_values[pi], int(sizes[r]),
                     [str(words[i]) for i in _top_k(w, word_rank, n_terms)]))
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.astype({"topic_id": "int32", "size": "int64"}).reset_index(drop=True)


def _ctfidf_sparse(rows, idf: np.ndarray):
    """:func:`viz.topics.terms.ctfidf` kept sparse (rows x terms)."""
    m = sparse.csr_matrix(rows, dtype=np.float64)
    sums = np.asarray(m.sum(axis=1)).ravel()
    sums[sums == 0] = 1.0
    tf = (sparse.diags(1.0 / sums) @ m).tocsr()
    tf.data = np.sqrt(tf.data)
    return (tf @ sparse.diags(idf)).tocsr()


def _top_k(w: np.ndarray, word_rank: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` largest positive weights, ties by ``word_rank``."""
    positive = np.flatnonzero(w > 0)
    if len(positive) > k:
        kth = np.partition(w[positive], len(positive) - k)[len(positive) - k]
        positive = positive[w[positive] >= kth]
    order = np.lexsort((word_rank[positive], -w[positive]))
    return positive[order[:k]]


def period_label(terms: list[str], k: int = N_LABEL_TERMS) -> str:
    """A short label of a period's terms (the first ``k``)."""
    return " · ".join(terms[:k])


# --- the stored table: terms per topic and period, with each topic's trend -----------------

GRANULARITIES = ("day", "week", "month", "quarter", "year")
MAX_PERIODS = 24  # the finest granularity with at most this many periods is chosen
TREND_RATIO = 2.0  # a topic's share must change by this factor to emerge or fade ...
TREND_MIN_PASSAGES = 5  # ... and it must hold this many passages in the third it is big in
EMERGING, FADING = "emerging", "fading"


def period_starts(dates, granularity: str) -> pd.Series:
    """The start date of each date's period (``NaT`` stays ``NaT``)."""
    d = pd.to_datetime(pd.Series(list(dates), dtype=object), errors="coerce")
    if granularity == "day":
        return d.dt.normalize()
    if granularity == "week":  # weeks start on Monday
        return (d - pd.to_timedelta(d.dt.day_of_week, unit="D")).dt.normalize()
    if granularity in ("month", "quarter", "year"):
        freq = {"month": "M", "quarter": "Q", "year": "Y"}[granularity]
        return d.dt.to_period(freq).dt.start_time
    raise ValueError(f"unknown granularity {granularity!r}; one of {GRANULARITIES}")


def choose_granularity(dates, max_periods: int = MAX_PERIODS) -> str:
    """The finest granularity whose periods from the first date to the last (empty ones
    included) are at most ``max_periods``."""
    d = pd.to_datetime(pd.Series(list(dates), dtype=object), errors="coerce").dropna()
    if d.empty:
        return "year"
    lo, hi = d.min(), d.max()
    spans = {"day": (hi.normalize() - lo.normalize()).days + 1,
             "week": (period_starts([hi], "week")[0] - period_starts([lo], "week")[0]).days // 7
             + 1,
             "month": (hi.year - lo.year) * 12 + hi.month - lo.month + 1,
             "quarter": (hi.year - lo.year) * 4 + (hi.month - 1) // 3 - (lo.month - 1) // 3 + 1,
             "year": hi.year - lo.year + 1}
    for g in GRANULARITIES:
        if spans[g] <= max_periods:
            return g
    return "year"


def period_name(start: pd.Timestamp, granularity: str) -> str:
    """A period's short name: 2021-03-04, 2021-W09, 2021-03, 2021-Q1, 2021."""
    if granularity == "day":
        return start.strftime("%Y-%m-%d")
    if granularity == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "month":
        return start.strftime("%Y-%m")
    if granularity == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


def topic_trends(topic_ids, period_keys, *, ratio: float = TREND_RATIO,
                 min_passages: int = TREND_MIN_PASSAGES) -> dict[int, str]:
    """Topics that emerge or fade: ``{topic_id: "emerging" | "fading"}`` (others left out).

    The periods that hold dated passages are cut, in time order, into thirds (at least three
    periods are needed, else no topic is flagged). A topic's share of a third is its passages
    among all dated, assigned passages of that third. It is *emerging* when its share in the
    last third is at least ``ratio`` times its share in the first third and it holds at least
    ``min_passages`` passages in the last third; *fading* the other way round (a topic absent
    from a third has share 0 there).
    """
    topic_ids = np.asarray(topic_ids, dtype=np.int64)
    keys = pd.Series(list(period_keys), dtype=object)
    ok = keys.notna().to_numpy() & (topic_ids >= 0)
    periods = sorted(set(keys[ok]))
    if len(periods) < 3:
        return {}
    third = len(periods) / 3
    rank = {p: i for i, p in enumerate(periods)}
    pos = np.array([rank[p] if good else -1 for p, good in zip(keys, ok)])
    first = ok & (pos >= 0) & (pos < third)
    last = ok & (pos >= len(periods) - third)
    out = {}
    for t in np.unique(topic_ids[ok]):
        n_first = int((topic_ids[first] == t).sum())
        n_last = int((topic_ids[last] == t).sum())
        s_first = n_first / max(int(first.sum()), 1)
        s_last = n_last / max(int(last.sum()), 1)
        if n_last >= min_passages and s_last >= ratio * s_first:
            out[int(t)] = EMERGING
        elif n_first >= min_passages and s_first >= ratio * s_last:
            out[int(t)] = FADING
    return out


TABLE_COLUMNS = ["topic_id", "period", "period_start", "granularity", "count", "share", "terms",
                 "trend"]


def topic_terms_time(texts, topic_ids, dates, langs=None, *, granularity: str | None = None,
                     counts=None, n_terms: int = N_PERIOD_TERMS) -> pd.DataFrame:
    """The stored ``topic_terms_time`` table: one row per topic and period with passages.

    ``dates`` holds one date per passage (its document's publication date; missing: undated,
    left out, as are outliers). Columns: ``topic_id``; ``period`` (its name, e.g. ``2021-Q1``)
    and ``period_start`` (its first day); ``granularity`` (chosen by
    :func:`choose_granularity` unless given); ``count`` (passages); ``share`` (of the period's
    dated, assigned passages); ``terms`` (:func:`terms_over_time`, tuned); ``trend``
    (:func:`topic_trends`: ``emerging``, ``fading`` or ``""``, the same on every row of a
    topic).
    """
    topic_ids = np.asarray(topic_ids, dtype=np.int64)
    if granularity is None:
        granularity = choose_granularity(dates)
    starts = period_starts(dates, granularity)
    if len(starts) != len(topic_ids):
        raise ValueError(f"dates has {len(starts)} values for {len(topic_ids)} passages")
    keys = [None if pd.isna(s) else s for s in starts]
    terms = terms_over_time(texts, topic_ids, keys, langs, n_terms=n_terms, counts=counts)
    if terms.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(
            TABLE_COLUMNS, ["int32", "object", "datetime64[ns]", "object", "int64", "float64",
                            "object", "object"])})
    totals = terms.groupby("period")["size"].sum()
    trends = topic_trends(topic_ids, keys)
    table = pd.DataFrame({
        "topic_id": terms["topic_id"].astype("int32"),
        "period": [period_name(p, granularity) for p in terms["period"]],
        "period_start": pd.to_datetime(terms["period"]),
        "granularity": granularity,
        "count": terms["size"].astype("int64"),
        "share": (terms["size"] / terms["period"].map(totals)).astype("float64"),
        "terms": terms["terms"],
        "trend": [trends.get(int(t), "") for t in terms["topic_id"]],
    })
    return table.reset_index(drop=True)
