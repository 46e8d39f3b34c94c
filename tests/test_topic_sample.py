"""Topics fitted on a sample (viz.topics.sample): the rest placed beside their nearest fitted
passage, in one process as on a Dask cluster."""

from __future__ import annotations

import numpy as np
import pytest

from viz import schema as S
from viz.topics.sample import SampleIndex, draw, topic_columns


def _blobs(rng, centres: np.ndarray, per: int, noise: float) -> np.ndarray:
    pts = np.repeat(centres, per, axis=0) + rng.normal(scale=noise, size=(len(centres) * per,
                                                                        centres.shape[1]))
    return (pts / np.linalg.norm(pts, axis=1, keepdims=True)).astype(np.float32)


def test_nearest_fitted_passage_is_found_within_the_nearest_micro_cluster():
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(6, 32))
    sample = _blobs(rng, centres, 40, 0.15)
    clusters = np.repeat(np.arange(6), 40)
    clusters[::13] = -1  # a few fitted outliers
    index = SampleIndex.build(sample, ["en"] * len(sample), clusters, align=True)
    rest = _blobs(rng, centres, 25, 0.15)
    got = index.nearest(rest, ["en"] * len(rest))
    # each passage's nearest fitted member of the cluster whose centre is nearest, or of the
    # fitted outliers when no centre is as close as the least typical 5% of members are
    expected, n_far = [], 0
    for vec in rest:
        sims = index.centres @ vec
        far = sims.max() < index.threshold
        n_far += far
        members = np.flatnonzero(clusters == (-1 if far else index.ids[sims.argmax()]))
        expected.append(members[(sample[members] @ vec).argmax()])
    assert got.tolist() == expected
    assert 0 < n_far < 0.15 * len(rest)
    # well-separated clusters: the found passage is of the passage's own cluster or an outlier
    assert set(clusters[got][clusters[got] >= 0] - np.repeat(np.arange(6), 25)[clusters[got] >= 0]) == {0}
    assert (got == (rest @ sample.T).argmax(axis=1)).mean() >= 0.8  # mostly the global nearest

def test_a_passage_far_from_every_centre_is_placed_among_the_fitted_outliers():
    rng = np.random.default_rng(2)
    centres = rng.normal(size=(3, 16))
    sample = _blobs(rng, centres, 30, 0.1)
    far = rng.normal(size=(5, 16)).astype(np.float32)
    far /= np.linalg.norm(far, axis=1, keepdims=True)
    sample = np.vstack([sample, far])
    clusters = np.concatenate([np.repeat(np.arange(3), 30), np.full(5, -1)])
    index = SampleIndex.build(sample, ["en"] * len(sample), clusters, align=False)
    probe = far + 0.01 * rng.normal(size=far.shape).astype(np.float32)
    got = index.nearest(probe, ["en"] * 5)
    assert got.tolist() == [90, 91, 92, 93, 94]
    # no fitted outliers at all: such a passage joins its nearest centre's members
    index = SampleIndex.build(sample[:90], ["en"] * 90, clusters[:90], align=False)
    assert (index.nearest(probe, ["en"] * 5) < 90).all()


def test_draw_is_seeded_sorted_and_without_repeats():
    a, b = draw(1000, 100, 3), draw(1000, 100, 3)
    assert (a == b).all() and len(set(a.tolist())) == 100 and (np.diff(a) > 0).all()
    assert not (draw(1000, 100, 4) == a).all()


@pytest.mark.slow
def test_single_process_build_fits_a_sample_and_places_every_passage(tmp_path):
    """``viz build --topic-sample 80`` on the 124-passage sample corpus."""
    from viz.cli import main
    from viz.sample import SAMPLE_CORPUS
    from viz.store import load_run

    out = tmp_path / "run"
    assert main(["build", str(SAMPLE_CORPUS), "--out", str(out), "--no-progress",
                 "--topic-sample", "80", "--cache-dir", str(tmp_path / "cache")]) == 0
    run = load_run(out)
    p = run.passages
    note = run.manifest["topic_sample"]
    assert note["fitted"] == 80 and note["passages"] == len(p) == 124 and note["assignment"]
    assert int(run.topics[S.SIZE].sum()) == len(p)
    for t, size, langs in zip(run.topics[S.TOPIC_ID], run.topics[S.SIZE], run.topics[S.LANGUAGES]):
        assert size == int((p[S.TOPIC_ID] == t).sum()) == sum(langs.values())
    # each passage outside the sample sits exactly where a fitted passage of its topic sits
    idx = draw(len(p), 80, 0)
    fitted = p.iloc[idx]
    spots = {(x, y, t) for x, y, t in zip(fitted[S.X], fitted[S.Y], fitted[S.TOPIC_ID])}
    assert all((x, y, t) in spots for x, y, t in zip(p[S.X], p[S.Y], p[S.TOPIC_ID]))
    assert run.manifest["parameters"]  # the run opens like any other
    from viz.app import create_app

    assert create_app(out) is not None


def test_topic_columns_recount_sizes_and_languages_over_every_passage():
    import pandas as pd

    from viz.topics.clustering import TopicResult

    topics = pd.DataFrame({S.TOPIC_ID: [0, 1], S.REPRESENTATIVE: [[0], [1]],
                           S.SIZE: [1, 1], S.LANGUAGES: [{"en": 1}, {"fr": 1}]})
    result = TopicResult(topic_ids=np.array([0, 1], np.int32), xy=np.array([[0, 0], [1, 1]], np.float32),
                         topics=topics, params=None, method="m", aligned_languages=[],
                         topic_ids_original=np.array([0, -1], np.int32),
                         cluster_ids=np.array([3, 4], np.int32),
                         reduced=np.array([[0.0], [1.0]], np.float32))
    passages = pd.DataFrame({S.PASSAGE_ID: [10, 11, 12, 13], S.LANG: ["en", "fr", "en", "de"]})
    sampled = {"idx": np.array([1, 2]), "nearest": np.array([0, 0, 1, 1])}
    out, ids, original, clusters, xy, reduced = topic_columns(result, sampled, passages)
    assert ids.tolist() == [0, 0, 1, 1] and original.tolist() == [0, 0, -1, -1]
    assert clusters.tolist() == [3, 3, 4, 4] and xy[3].tolist() == [1, 1]
    assert out[S.SIZE].tolist() == [2, 2]
    assert out[S.LANGUAGES].tolist() == [{"en": 1, "fr": 1}, {"en": 1, "de": 1}]
    assert out[S.REPRESENTATIVE].tolist() == [[11], [12]]  # sample positions to passage ids


def test_prepare_imports_the_topic_stage_without_computing_anything():
    """The build's warm-up in a thread (from 2,000 passages): its imports must resolve (they
    once named modules that had moved), and a second call is free."""
    import sys

    from viz.topics.sample import prepare

    prepare(10)  # the exact reducer's size: the topic modules only
    for name in ("viz.topics.clustering", "viz.topics.count", "viz.topics.description",
                 "viz.topics.terms", "viz.topics.tree"):
        assert name in sys.modules
    prepare(10)
