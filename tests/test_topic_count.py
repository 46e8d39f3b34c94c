"""The topic count read from the merge tree (viz.topics.count) on synthetic micro-clusters."""

from __future__ import annotations

import numpy as np
import pytest

from viz.topics.count import MIN_TOPICS, choose_n_topics, count_curve, merge_heights, window


def synthetic(n_subjects=4, micro_per_subject=5, per_micro=20, dim=32, seed=0):
    """Micro-clusters around ``n_subjects`` orthogonal subject directions."""
    rng = np.random.default_rng(seed)
    subjects = np.eye(dim)[:n_subjects]
    rows, labels = [], []
    for s in range(n_subjects):
        for j in range(micro_per_subject):
            centre = subjects[s] + 0.25 * rng.normal(size=dim) / np.sqrt(dim)
            rows.append(centre + 0.05 * rng.normal(size=(per_micro, dim)) / np.sqrt(dim))
            labels += [s * micro_per_subject + j] * per_micro
    x = np.vstack(rows).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return np.array(labels), x


def test_heights_grow_up_the_tree():
    labels, x = synthetic()
    h = merge_heights(labels, x)
    assert np.isnan(h[:2]).all() and len(h) == 21
    assert (np.diff(h[2:]) <= 1e-12).all()  # h[k] is the merge from k to k-1: higher for low k


@pytest.mark.parametrize("n_subjects", [3, 4, 6])
@pytest.mark.parametrize("method", ["gap", "ch"])
def test_the_count_is_the_number_of_subjects(n_subjects, method):
    labels, x = synthetic(n_subjects)
    assert choose_n_topics(labels, x, method=method) == n_subjects


def test_outliers_are_ignored_and_tiny_inputs_are_safe():
    labels, x = synthetic(4)
    noisy = labels.copy()
    noisy[::7] = -1
    assert choose_n_topics(noisy, x) == 4
    assert choose_n_topics(np.array([0, 0, 1, 1, -1]), x[:5]) == 2  # at most the clusters
    assert choose_n_topics(np.full(5, -1), x[:5]) == 1


def test_window_follows_the_size_rule_and_the_clusters():
    lo, hi = window(8000, 500)
    assert MIN_TOPICS <= lo < 29 < hi  # auto_topics(8000) == 29
    assert window(8000, 10) == (min(lo, 10), 10)
    curve = count_curve(*synthetic(4), lo=2, hi=10)
    assert sorted(curve) == list(range(2, 11)) and max(curve, key=curve.get) == 4
    with pytest.raises(ValueError, match="method"):
        count_curve(*synthetic(4), method="elbow")


WORDS = [["harbour", "storm", "ship"], ["election", "vote", "ballot"],
         ["virus", "vaccine", "clinic"], ["football", "goal", "league"]]


def test_fit_topics_reads_the_count_from_the_data_unless_asked():
    from dataclasses import replace

    from viz.topics.clustering import TopicParams, fit_topics

    labels, x = synthetic(4, micro_per_subject=5, per_micro=20)
    texts = [" ".join(WORDS[c // 5]) + f" note{i % 7}" for i, c in enumerate(labels)]
    base = TopicParams.for_size(len(x), seed=0)
    assert base.topic_count == "excess" and base.n_topics == 9   # 9: the size rule's fallback
    fitted = fit_topics(texts, x, ["en"] * len(x), embedder=None,
                        params=replace(base, topic_count="gap"))
    assert len(set(fitted.topic_ids.tolist()) - {-1}) == 4
    asked = fit_topics(texts, x, ["en"] * len(x), embedder=None,
                       params=replace(TopicParams.for_size(len(x), seed=0, n_topics=6),
                                      topic_count="gap"))
    assert len(set(asked.topic_ids.tolist()) - {-1}) == 6  # --topics still overrides


# --- "excess": merge costs against references without clusters ----------------------------

def test_excess_costs_stand_out_at_the_subjects_and_are_near_one_without_them():
    from viz.topics.count import excess_costs

    labels, x = synthetic(5, micro_per_subject=6)
    q = excess_costs(labels, x, seed=0)
    assert q[5] > 3 * np.nanmedian(q[6:25])  # merging two of the 5 subjects is forced
    rng = np.random.default_rng(1)
    flat = rng.normal(size=x.shape)
    flat /= np.linalg.norm(flat, axis=1, keepdims=True)
    qf = excess_costs(labels, flat, seed=0)
    assert 0.6 < np.nanmedian(qf[2:25]) < 1.6  # no structure: merges cost what chance costs


@pytest.mark.parametrize("n_subjects", [2, 3, 5, 8])
def test_excess_finds_the_number_of_subjects_without_a_window_floor(n_subjects):
    labels, x = synthetic(n_subjects, micro_per_subject=6)
    # 2,000 passages would make the size rule 17 and the old window start at 4
    assert choose_n_topics(labels, x, 2000, method="excess") == n_subjects


def test_excess_keeps_the_size_rule_when_no_level_stands_out():
    from viz.topics.clustering import TopicParams

    labels, x = synthetic(4, micro_per_subject=6)
    rng = np.random.default_rng(2)
    flat = rng.normal(size=x.shape)
    flat /= np.linalg.norm(flat, axis=1, keepdims=True)
    assert choose_n_topics(labels, flat, 2000, method="excess") == TopicParams.auto_topics(2000)
    # never more topics than micro-clusters
    assert choose_n_topics(labels, flat, 10**6, method="excess") == len(np.unique(labels))


def test_excess_is_reproducible_and_ignores_outliers():
    labels, x = synthetic(4, micro_per_subject=6)
    noisy = labels.copy()
    noisy[::5] = -1
    assert choose_n_topics(noisy, x, 2000, method="excess", seed=3) == 4
    from viz.topics.count import excess_costs

    np.testing.assert_array_equal(excess_costs(labels, x, seed=7), excess_costs(labels, x, seed=7))


def test_fit_topics_reads_the_count_by_excess_unless_asked():
    from dataclasses import replace

    from viz.topics.clustering import TopicParams, fit_topics

    labels, x = synthetic(4, micro_per_subject=5, per_micro=20)
    texts = [" ".join(WORDS[c // 5]) + f" note{i % 7}" for i, c in enumerate(labels)]
    base = TopicParams.for_size(len(x), seed=0)
    fitted = fit_topics(texts, x, ["en"] * len(x), embedder=None,
                        params=replace(base, topic_count="excess"))
    assert len(set(fitted.topic_ids.tolist()) - {-1}) == 4
    topics = np.asarray(fitted.topic_ids)
    for s in range(4):  # each subject is one topic
        assert len(set(topics[labels // 5 == s].tolist())) == 1
    asked = fit_topics(texts, x, ["en"] * len(x), embedder=None,
                       params=replace(TopicParams.for_size(len(x), seed=0, n_topics=6),
                                      topic_count="excess"))
    assert len(set(asked.topic_ids.tolist()) - {-1}) == 6


# --- the level read from excess costs: hand-made curves shaped as the corpora measured -------

def _costs(top, tail=1.05, m=60):
    """Excess costs ``q`` (``q[k]``: merge from k to k - 1 topics over chance) for m clusters:
    ``top`` from k = 2 down, then ``tail``."""
    q = np.full(m + 1, np.nan)
    q[2:2 + len(top)] = top
    q[2 + len(top):m] = tail
    return q


def test_a_level_is_its_block_of_forced_merges_even_when_its_last_step_is_soft():
    from viz.topics.count import excess_level

    # BBC seed 3 with exact neighbours: four forced merges above 5 topics, the last a soft step
    q = _costs([1.53, 2.00, 1.97, 1.59, 1.14, 1.07, 1.19, 1.27, 1.26, 1.33])
    assert q[5] / q[6] < 1.5  # the largest single jump (the former rule) would not clear 1.8
    assert excess_level(q, 40) == 5
    assert excess_level(_costs([1.53, 2.04, 2.14, 2.27, 0.93, 1.01, 1.10]), 40) == 5
    assert excess_level(_costs([4.0, 1.0]), 40) == 2  # two subjects


def test_one_forced_merge_under_a_free_one_is_no_level():
    from viz.topics.count import excess_level

    # HuffPost: the merge from 3 to 2 costs 1.6-1.8 times chance, the last merge only 1.2
    q = _costs([1.2, 1.85, 0.95, 1.0, 1.05])
    assert q[3] / q[4] > 1.9 and q[3] > 1.75  # the former rule took 3 topics here
    assert excess_level(q, 40) is None
    assert excess_level(_costs([1.8, 1.85, 0.95, 1.0, 1.05]), 40) == 3  # forced above: a level


def test_a_curve_raised_all_along_is_no_level():
    from viz.topics.count import MIN_CONTRAST, MIN_LEVEL, excess_level, level_scores

    rng = np.random.default_rng(0)  # SIB-200: 1.3-1.5 times chance all along, no step
    assert excess_level(_costs(1.4 + 0.08 * rng.standard_normal(50), tail=1.3), 45) is None
    flat = _costs([2.0] * 50, tail=2.0)  # forced everywhere as much as BBC's level: no step
    ks, above, contrast = level_scores(flat, 45)
    assert (above >= MIN_LEVEL).all() and (contrast < MIN_CONTRAST).all()
    assert excess_level(flat, 45) is None
    # a level above the window's top is not taken
    assert excess_level(_costs([2.0] * 8 + [1.0] * 5), 4) is None
