"""The document around a passage (viz.topics.context) on synthetic vectors: boilerplate
paragraphs, which look alike in every document, must follow their own document's topic."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from viz.topics import context as C
from viz.topics import metrics as M
from viz.topics.clustering import TopicParams, fit_topics

SUBJECTS = [["harbour", "storm", "ship"], ["election", "vote", "ballot"],
            ["virus", "vaccine", "clinic"], ["football", "goal", "league"]]


def documents(per=12, k=4, body=3, dim=24, seed=3, noise=0.3):
    """``per`` documents on each of ``k`` subjects: ``body`` paragraphs near the subject's
    direction, then one boilerplate paragraph ("the firm said it expects ...") near a direction
    shared by every document. Returns vectors, texts, doc ids and each passage's true subject."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dim))
    boiler = rng.normal(size=dim)
    vecs, texts, docs, truth, is_boiler = [], [], [], [], []
    for c in range(k):
        w = SUBJECTS[c]
        for d in range(per):
            doc = f"{c}-{d}"
            for i in range(body + 1):
                last = i == body
                v = (boiler if last else centres[c]) + noise * rng.normal(size=dim)
                vecs.append(v / np.linalg.norm(v))
                texts.append("The firm said it expects more of the same next year." if last
                             else f"The {w[i % 3]} and the {w[(i + 1) % 3]} {w[(i + 2) % 3]}.")
                docs.append(doc)
                truth.append(c)
                is_boiler.append(last)
    return (np.asarray(vecs, np.float32), texts, docs, np.asarray(truth),
            np.asarray(is_boiler))


def unit(rows):
    x = np.asarray(rows, np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_mixing_moves_passages_towards_their_document_only():
    X = unit([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0]])
    docs = ["a", "a", "b", "c"]
    mixed = C.mix_with_document(X, docs, 0.5)
    assert np.allclose(np.linalg.norm(mixed, axis=1), 1, atol=1e-6)
    assert np.array_equal(mixed[2:], X[2:])  # documents of one passage: unchanged
    r = 1 / math.sqrt(2)  # the document's mean direction is (1, 1, 0)/√2
    assert np.allclose(mixed[0], unit([[1 + r, r, 0]])[0], atol=1e-6)
    assert np.allclose(C.mix_with_document(X, docs, 1.0)[:2], unit([[1, 1, 0]] * 2), atol=1e-6)
    assert np.array_equal(C.mix_with_document(X, docs, 0.0), X)
    # the document's mean is weighted by passage length
    long_first = C.mix_with_document(X, docs, 1.0, lengths=[300, 100, 1, 1])[0]
    assert long_first[0] > long_first[1] > 0


@pytest.mark.parametrize("weight", [-0.1, 1.5])
def test_mixing_weight_must_be_a_share(weight):
    with pytest.raises(ValueError, match="within"):
        C.mix_with_document(unit([[1, 0]]), ["a"], weight)


def test_mismatched_lengths_are_refused():
    with pytest.raises(ValueError, match="doc_ids"):
        C.document_means(unit([[1, 0], [0, 1]]), ["a"])
    with pytest.raises(ValueError, match="lengths"):
        C.document_main_topic([0, 1], ["a", "a"], lengths=[1])


def test_main_topic_is_weighted_by_length_and_skips_outliers():
    labels = [0, 1, 1, -1, -1, 2, 3]
    docs = ["a", "a", "a", "a", "b", "c", "c"]
    lengths = [500, 100, 100, 900, 10, 50, 50]
    main = C.document_main_topic(labels, docs, lengths)
    assert main.tolist() == [0, 0, 0, 0, -1, 2, 2]  # b: only outliers; c: a tie -> lower id
    assert C.document_main_topic(labels, docs).tolist() == [1, 1, 1, 1, -1, 2, 2]


def test_boilerplate_follows_its_document_unless_clearly_elsewhere():
    X, _, docs, truth, boiler = documents()
    # what a blind clustering gives: subjects for the body, one topic of their own for the
    # boilerplate paragraphs (topic 4), and one body paragraph called an outlier
    blind = np.where(boiler, 4, truth)
    blind[1] = -1
    smoothed = C.smooth_within_documents(blind, X, docs, margin=0.05)
    assert np.array_equal(smoothed, truth)
    assert C.within_document_agreement(blind, docs) < 0.75
    assert C.within_document_agreement(smoothed, docs) == pytest.approx(1.0)
    # no document is mainly boilerplate: that is why those passages follow their document
    anchoring = C.topic_anchoring(blind, docs)
    assert anchoring[4] == 0.0 and min(anchoring[t] for t in range(4)) == 1.0
    # judged by closeness alone, a boilerplate paragraph is nearer its own kind; outliers
    # still join their document's topic unless told not to
    kept = C.smooth_within_documents(blind, X, docs, margin=0.05, min_anchoring=0.0)
    assert np.array_equal(kept[boiler], blind[boiler]) and kept[1] == truth[1]
    assert C.smooth_within_documents(blind, X, docs, join_outliers=False)[1] == -1


def test_a_passage_clearly_about_another_subject_keeps_its_topic():
    X, _, docs, truth, boiler = documents()
    X = X.copy()
    labels = truth.copy()
    # document 0's second paragraph is really about subject 1 (its vector is subject 1's centre)
    X[1] = X[truth == 1][:3].mean(axis=0)
    X[1] /= np.linalg.norm(X[1])
    labels[1] = 1
    assert C.smooth_within_documents(labels, X, docs, margin=0.05)[1] == 1
    assert C.smooth_within_documents(labels, X, docs, margin=math.inf)[1] == 0


def test_single_passage_documents_are_left_alone():
    X, _, _, truth, _ = documents()
    labels = truth.copy()
    labels[::5] = -1
    alone = [f"d{i}" for i in range(len(X))]
    assert np.array_equal(C.smooth_within_documents(labels, X, alone, margin=math.inf), labels)
    assert np.array_equal(C.mix_with_document(X, alone, 0.7), X)
    assert math.isnan(C.within_document_agreement(labels, alone))


def test_fit_topics_with_documents_puts_boilerplate_with_its_document():
    X, texts, docs, truth, boiler = documents()
    blind = fit_topics(texts, X, ["en"] * len(X), embedder=None, seed=0, n_topics=5)
    # blind to documents, the boilerplate paragraphs share one topic of their own
    assert len(set(blind.topic_ids[boiler].tolist())) == 1
    assert M.nmi(truth, blind.topic_ids) < 0.9
    assert C.within_document_agreement(blind.topic_ids, docs) < 0.8
    params = replace(TopicParams.for_size(len(X), seed=0, n_topics=5), doc_weight=0.3,
                     doc_smooth=True)
    aware = fit_topics(texts, X, ["en"] * len(X), embedder=None, params=params, doc_ids=docs)
    assert C.within_document_agreement(aware.topic_ids, docs) == pytest.approx(1.0)
    assert M.document_summary(docs, aware.topic_ids, dict(zip(docs, truth)))[
        "nmi_label"] == pytest.approx(1.0)
    # the same parameters without document ids: the passages' own topics
    again = fit_topics(texts, X, ["en"] * len(X), embedder=None, params=params)
    assert np.array_equal(again.topic_ids, blind.topic_ids)


def test_document_summary_scores_main_topics_per_document():
    labels = [0, 0, 1, -1, 1, 1]
    docs = ["a", "a", "a", "b", "c", "c"]
    gold = {"a": "x", "b": "y", "c": "z"}
    s = M.document_summary(docs, labels, gold, lengths=[1, 1, 1, 1, 1, 1])
    assert s["nmi_label"] == pytest.approx(1.0)
    assert s["outliers"] == pytest.approx(1 / 3) and s["passage_outliers"] == pytest.approx(1 / 6)
    assert s["agreement"] == pytest.approx((2 / 3 + 1.0) / 2)
    assert s["topics"] == 2 and s["doc_topics"] == 2


def test_document_context_is_on_by_default():
    params = TopicParams.for_size(100)
    assert params.doc_weight == 0.3 and params.doc_smooth and params.doc_margin == 0.05
    X, texts, docs, truth, boiler = documents()
    aware = fit_topics(texts, X, ["en"] * len(X), embedder=None, seed=0, n_topics=5,
                       doc_ids=docs)
    assert C.within_document_agreement(aware.topic_ids, docs) == pytest.approx(1.0)


def company_micro_clusters(per=10, k=4, dim=24, seed=5, noise=0.05, trace=0.3):
    """Micro-clusters whose directions mislead: each of ``k`` subjects has a body cluster
    (near the subject's direction) and a boilerplate cluster (near one direction shared by all
    subjects, with a faint trace of its own subject). Every document has one passage of each.
    Returns vectors, micro-cluster labels (body c -> c, boilerplate c -> k + c), doc ids and
    each passage's subject."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dim))
    boiler = rng.normal(size=dim) * 3
    vecs, labels, docs, truth = [], [], [], []
    for c in range(k):
        for d in range(per):
            for part in (0, 1):
                v = (centres[c] if part == 0 else boiler + trace * centres[c])
                v = v / np.linalg.norm(v) + noise * rng.normal(size=dim)
                vecs.append(v / np.linalg.norm(v))
                labels.append(c + k * part)
                docs.append(f"{c}-{d}")
                truth.append(c)
    return np.asarray(vecs, np.float32), np.asarray(labels), docs, np.asarray(truth)


def test_cooccurrence_profiles_describe_the_documents_a_cluster_sits_in():
    labels = [0, 1, 0, 0, 2, -1]
    docs = ["a", "a", "b", "b", "c", "a"]
    ids, prof = C.cooccurrence_profiles(labels, docs)
    assert ids.tolist() == [0, 1, 2]
    # cluster 0: one passage in a (half 0, half 1), two in b (all 0)
    assert np.allclose(prof[0] ** 2, [(1 * 1 + 2 * 2) / 6, 1 / 6, 0])
    assert np.allclose(prof[1] ** 2, [1 / 2, 1 / 2, 0])
    assert np.allclose(prof[2], 0)  # alone in its document (outliers do not count)
    # passages weighted by length
    _, long = C.cooccurrence_profiles([0, 1], ["a", "a"], lengths=[3, 1])
    assert np.allclose(long[0] ** 2, [3 / 4, 1 / 4])


def test_cooccurrence_merge_joins_boilerplate_clusters_to_their_documents_subject():
    X, micro, docs, truth = company_micro_clusters()
    by_direction = C.cooccurrence_merge(micro, X, docs, 4, 0.0)
    # on direction alone the four boilerplate clusters are one topic
    assert len(set(by_direction[micro >= 4].tolist())) == 1
    assert M.nmi(truth, by_direction) < 0.9
    merged = C.cooccurrence_merge(micro, X, docs, 4, 0.5)
    assert M.nmi(truth, merged) == pytest.approx(1.0)
    # documents of one passage give no co-occurrence: exactly the merge on direction
    alone = [f"p{i}" for i in range(len(X))]
    assert np.array_equal(C.cooccurrence_merge(micro, X, alone, 4, 0.5), by_direction)
    # outliers stay outliers; fewer clusters than topics asked for: unchanged
    micro2 = micro.copy()
    micro2[::7] = -1
    assert (C.cooccurrence_merge(micro2, X, docs, 4, 0.5)[::7] == -1).all()
    assert np.array_equal(C.cooccurrence_merge(micro, X, docs, 8, 0.5), micro)


def test_fit_topics_merges_on_document_cooccurrence_when_asked():
    X, micro, docs, truth = company_micro_clusters(per=12, trace=1.0)
    texts = [f"passage {i} of document {d}" for i, d in enumerate(docs)]
    base = replace(TopicParams.for_size(len(X), seed=0, n_topics=4), doc_weight=0.0,
                   doc_smooth=False)
    assert base.doc_cooc == 0.0  # off by default
    blind = fit_topics(texts, X, ["en"] * len(X), embedder=None, params=base, doc_ids=docs)
    assert M.nmi(truth, blind.topic_ids) < 0.9  # boilerplate clusters merge with each other
    aware = fit_topics(texts, X, ["en"] * len(X), embedder=None,
                       params=replace(base, doc_cooc=0.5), doc_ids=docs)
    assert M.nmi(truth, aware.topic_ids) == pytest.approx(1.0)
    # without document ids the option changes nothing
    alone = fit_topics(texts, X, ["en"] * len(X), embedder=None,
                       params=replace(base, doc_cooc=0.5))
    assert np.array_equal(alone.topic_ids, blind.topic_ids)
