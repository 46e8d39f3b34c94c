""":func:`viz.update_place.place` gives what the per-topic-mask placement it replaced gave
(topic, micro-cluster, nearest old passage, far share), with languages aligned or not, over one
block of old rows or several, reading the stored float16 matrix through a memory map."""

from __future__ import annotations

import numpy as np
import pytest

from viz import schema as S
from viz import update_place
from viz.topics.sample import SampleIndex
from viz.topics.clustering import MIN_LANGUAGE_PASSAGES, align_languages


def reference(old_topics, old_clusters, old_langs, old_vecs, new_vecs, new_langs, *, align,
              quantile):
    """The placement ``viz build --update`` did before: the matrices stacked, one boolean mask
    per topic, :class:`SampleIndex` for the nearest old passage."""
    n_old, n_new = len(old_vecs), len(new_vecs)
    langs = [str(x) for x in list(old_langs) + list(new_langs)]
    vecs = np.vstack([old_vecs, new_vecs]).astype(np.float32)
    if align:
        vecs, _ = align_languages(vecs, langs)
    vecs = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    old, new = vecs[:n_old], vecs[n_old:]
    ids = np.array(sorted(int(t) for t in set(old_topics) if t != S.OUTLIER_TOPIC))
    cents = np.stack([old[old_topics == t].mean(axis=0) for t in ids])
    cents /= np.maximum(np.linalg.norm(cents, axis=1, keepdims=True), 1e-12)
    members = np.flatnonzero(old_topics != S.OUTLIER_TOPIC)
    own = np.einsum("ij,ij->i", old[members], cents[np.searchsorted(ids, old_topics[members])])
    threshold = float(np.quantile(own, quantile))
    sims = new @ cents.T
    best = sims.argmax(axis=1)
    ok = sims[np.arange(n_new), best] >= threshold
    topic = np.where(ok, ids[best], S.OUTLIER_TOPIC)
    near = SampleIndex.build(old, langs[:n_old], old_clusters, align=False).nearest(
        new, langs[n_old:])
    same = old_topics[near] == topic
    cluster = np.where(same & (topic != S.OUTLIER_TOPIC), old_clusters[near], -1)
    return topic, cluster, near, float((~ok).mean())


def corpus(n_old, n_new, *, langs, seed):
    """Unit vectors around 6 subject directions, each language shifted its own way; micro-
    clusters split each subject in two; some old passages are outliers."""
    rng = np.random.default_rng(seed)
    dim = 24
    subjects = rng.normal(size=(6, dim))
    lang_dirs = {lang: 0.8 * rng.normal(size=dim) for lang in langs}

    def draw(n):
        subj = rng.integers(0, 6, n)
        lang = rng.choice(langs, n)
        v = subjects[subj] + np.stack([lang_dirs[x] for x in lang]) + 0.9 * rng.normal(size=(n, dim))
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        return v.astype(np.float16).astype(np.float32), subj, lang

    old, subj, old_langs = draw(n_old)
    topics = subj // 2  # three topics of two subjects each
    clusters = subj.copy()
    outlier = rng.random(n_old) < 0.1
    topics[outlier], clusters[outlier] = S.OUTLIER_TOPIC, -1
    new, _, new_langs = draw(n_new)
    return old, topics, clusters, old_langs, new, new_langs


@pytest.mark.parametrize("langs,align,block", [
    (["en"], True, 65_536),
    (["en", "fr", "ar"], True, 65_536),
    (["en", "fr", "ar"], True, 97),  # several blocks of old rows
    (["en", "fr", "ar"], False, 131),
])
def test_place_equals_the_placement_it_replaced(tmp_path, monkeypatch, langs, align, block):
    monkeypatch.setattr(update_place, "BLOCK", block)
    old, topics, clusters, old_langs, new, new_langs = corpus(1_000, 60, langs=langs, seed=3)
    # the stored matrix: float16, rows by passage id; the old passages in shuffled order
    np.save(tmp_path / "e.npy", np.vstack([old, new]).astype(np.float16))
    matrix = np.load(tmp_path / "e.npy", mmap_mode="r")
    order = np.random.default_rng(0).permutation(len(old))
    got = update_place.place(order, topics[order], clusters[order], old_langs[order], matrix,
                             new, new_langs, align=align, quantile=0.05,
                             min_language=MIN_LANGUAGE_PASSAGES)
    topic, cluster, near, far = reference(topics[order], clusters[order], old_langs[order],
                                          old[order], new, new_langs, align=align,
                                          quantile=0.05)
    assert (got["topic_id"] != S.OUTLIER_TOPIC).sum() > 30  # a real test: most are placed
    np.testing.assert_array_equal(got["topic_id"], topic)
    np.testing.assert_array_equal(got["near"], near)
    np.testing.assert_array_equal(got["cluster_id"], cluster)
    assert got["far_share"] == pytest.approx(far)


def test_place_with_no_topic_or_nothing_new():
    old, topics, clusters, old_langs, new, new_langs = corpus(200, 5, langs=["en"], seed=1)
    ids = np.arange(len(old))
    none = update_place.place(ids, np.full(len(old), S.OUTLIER_TOPIC), np.full(len(old), -1),
                              old_langs, old, new, new_langs, align=True, quantile=0.05)
    assert (none["topic_id"] == S.OUTLIER_TOPIC).all() and (none["cluster_id"] == -1).all()
    assert none["far_share"] == 0.0 and (none["near"] < len(old)).all()
    # nearest among the outliers: the old passage itself when it is added again
    again = update_place.place(ids, np.full(len(old), S.OUTLIER_TOPIC), np.full(len(old), -1),
                               old_langs, old, old[:5], old_langs[:5], align=True, quantile=0.05)
    np.testing.assert_array_equal(again["near"], np.arange(5))
    empty = update_place.place(ids, topics, clusters, old_langs, old, new[:0], new_langs[:0],
                               align=True, quantile=0.05)
    assert len(empty["topic_id"]) == 0 and empty["far_share"] == 0.0


def test_group_sums_equal_one_mask_per_group():
    rng = np.random.default_rng(0)
    vecs = rng.normal(size=(500, 7)).astype(np.float32)
    group = rng.integers(-1, 9, 500)
    sums = update_place._group_sums(vecs, group, 10)  # group 9 never drawn: zeros
    for g in range(10):
        np.testing.assert_allclose(sums[g], vecs[group == g].sum(axis=0, dtype=np.float64),
                                   rtol=1e-5, atol=1e-5)


def test_blocks_on_two_threads_give_what_one_thread_gives(monkeypatch):
    """The passes over the old rows run two blocks at once (:func:`update_place._each`);
    the sums are added in block order, so the centres, threshold and shifts handed to the
    estimator are the same bit for bit, and so is the placement."""
    from viz.topics.clustering import TopicModel

    monkeypatch.setattr(update_place, "BLOCK", 97)
    old, topics, clusters, old_langs, new, new_langs = corpus(1_000, 60, langs=["en", "fr", "ar"],
                                                              seed=5)
    matrix = old.astype(np.float16)
    seen = []
    made = TopicModel.from_centres
    monkeypatch.setattr(TopicModel, "from_centres",
                        lambda *a: seen.append(a) or made(*a))
    got = {}
    for n in ("1", "2"):
        monkeypatch.setenv("VIZ_PLACE_THREADS", n)
        got[n] = update_place.place(np.arange(len(old)), topics, clusters, old_langs, matrix,
                                    new, new_langs, align=True, quantile=0.05)
    (ids1, cents1, thr1, shift1), (ids2, cents2, thr2, shift2) = seen
    assert np.array_equal(ids1, ids2) and np.array_equal(cents1, cents2) and thr1 == thr2
    assert sorted(shift1) == sorted(shift2) == ["ar", "en", "fr"]
    assert all(np.array_equal(shift1[k], shift2[k]) for k in shift1)
    for key in ("topic_id", "cluster_id", "near"):
        np.testing.assert_array_equal(got["1"][key], got["2"][key])
    assert got["1"]["far_share"] == got["2"]["far_share"]


def test_each_yields_in_the_items_order_whatever_finishes_first(monkeypatch):
    import time

    monkeypatch.setenv("VIZ_PLACE_THREADS", "2")
    # the even items take longer: their odd neighbours finish first
    out = list(update_place._each(lambda a: time.sleep(0.02 * (a % 2 == 0)) or a, range(6)))
    assert out == list(range(6))
