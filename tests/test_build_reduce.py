"""The exact UMAP-like reducer of small runs (viz.topics.reduce) and what it spares the build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from viz.topics.reduce import ExactUMAP, find_ab, fuzzy_graph, knn, knn_cosine_chunked


def blobs(n_per=40, k=4, dim=32, seed=0, spread=0.15):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dim))
    X = np.vstack([c + spread * rng.normal(size=(n_per, dim)) for c in centres])
    return X.astype(np.float32), np.repeat(np.arange(k), n_per)


def test_known_ab_match_the_curve_fit():
    pytest.importorskip("scipy.optimize")
    from scipy.optimize import curve_fit

    for min_dist in (0.0, 0.1):
        xv = np.linspace(0, 3, 300)
        yv = np.where(xv < min_dist, 1.0, np.exp(-(xv - min_dist)))
        (a, b), _ = curve_fit(lambda x, a, b: 1.0 / (1.0 + a * x ** (2 * b)), xv, yv)
        assert find_ab(1.0, min_dist) == pytest.approx((a, b), rel=1e-3)
    a, b = find_ab(1.0, 0.5)  # not in the table: fitted
    assert 0 < a and 0 < b


def test_knn_is_exact_and_puts_each_point_first():
    X, _ = blobs(n_per=10, k=2)
    idx, d = knn(X, 5, "euclidean")
    assert (idx[:, 0] == np.arange(len(X))).all() and np.allclose(d[:, 0], 0, atol=1e-6)
    full = np.linalg.norm(X[:, None] - X[None], axis=2)
    assert np.allclose(np.sort(full, axis=1)[:, :5], d, atol=1e-4)
    cos_idx, cos_d = knn(X, 5, "cosine")
    assert (np.diff(cos_d, axis=1) >= -1e-9).all()


def test_fuzzy_graph_is_symmetric_with_weights_in_0_1():
    X, _ = blobs()
    G = fuzzy_graph(*knn(X, 10, "euclidean"))
    assert abs(G - G.T).max() < 1e-9
    assert G.data.min() > 0 and G.data.max() <= 1.0 + 1e-9
    assert G.diagonal().sum() == 0


def test_separated_groups_stay_apart_and_the_seed_fixes_the_result():
    X, gold = blobs()
    Y = ExactUMAP(n_components=2, n_neighbors=10, random_state=3).fit_transform(X)
    assert Y.shape == (len(X), 2) and Y.dtype == np.float32 and np.isfinite(Y).all()
    # each point's nearest neighbour in the map is from its own group
    D = np.linalg.norm(Y[:, None] - Y[None], axis=2)
    np.fill_diagonal(D, np.inf)
    assert (gold[D.argmin(axis=1)] == gold).mean() > 0.95
    again = ExactUMAP(n_components=2, n_neighbors=10, random_state=3).fit_transform(X)
    assert np.array_equal(Y, again)
    other = ExactUMAP(n_components=2, n_neighbors=10, random_state=4).fit_transform(X)
    assert not np.array_equal(Y, other)


def test_a_pca_start_keeps_groups_apart_and_is_seeded():
    X, gold = blobs()
    Y = ExactUMAP(n_components=2, n_neighbors=10, random_state=3, init="pca").fit_transform(X)
    assert Y.shape == (len(X), 2) and np.isfinite(Y).all()
    D = np.linalg.norm(Y[:, None] - Y[None], axis=2)
    np.fill_diagonal(D, np.inf)
    assert (gold[D.argmin(axis=1)] == gold).mean() > 0.95
    again = ExactUMAP(n_components=2, n_neighbors=10, random_state=3, init="pca").fit_transform(X)
    assert np.array_equal(Y, again)
    spectral = ExactUMAP(n_components=2, n_neighbors=10, random_state=3).fit_transform(X)
    assert not np.array_equal(Y, spectral)
    with pytest.raises(ValueError, match="init"):
        ExactUMAP(init="random").fit(X)


def test_five_dimensions_and_cosine():
    X, gold = blobs(n_per=30, k=3)
    Y = ExactUMAP(n_components=5, n_neighbors=8, min_dist=0.0, metric="cosine",
                  random_state=0).fit_transform(X)
    assert Y.shape == (90, 5)
    centre = np.stack([Y[gold == g].mean(axis=0) for g in range(3)])
    within = max(np.linalg.norm(Y[gold == g] - centre[g], axis=1).mean() for g in range(3))
    between = min(np.linalg.norm(centre[i] - centre[j]) for i in range(3) for j in range(i))
    assert between > 2 * within


def test_invalid_parameters():
    X, _ = blobs(n_per=5, k=2)
    with pytest.raises(ValueError, match="metric"):
        ExactUMAP(metric="manhattan").fit(X)
    with pytest.raises(ValueError, match="at least 2"):
        ExactUMAP().fit(X[:1])


def test_a_small_topic_stage_never_imports_umap_numba_or_bertopic():
    code = """
import sys
import numpy as np
sys.path.insert(0, 'tests')
from test_build_reduce import blobs
from viz.topics.clustering import fit_topics
X, gold = blobs(n_per=40, k=4, dim=32)
texts = [f"subject{g} word{g} passage {i}" for i, g in enumerate(gold)]
r = fit_topics(texts, X, ["en"] * len(texts), embedder=None, seed=0)
assert r.method.startswith("exact-umap"), r.method
assert r.xy.shape == (len(texts), 2)
print(sorted(m for m in ("umap", "numba", "bertopic", "pynndescent") if m in sys.modules))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


def test_chunked_cosine_neighbours_are_the_exact_ones_itself_first():
    X, _ = blobs(n_per=50, k=5, dim=24, seed=3)
    idx, dist = knn_cosine_chunked(X, 10, chunk=37)  # blocks that do not divide n
    ref_idx, ref_dist = knn(X, 10, "cosine")
    assert idx.dtype == np.int32 and dist.dtype == np.float32 and idx.shape == (250, 10)
    # the same neighbours (two at 6e-8 of each other may swap places in float32)
    assert all(set(a) == set(b) for a, b in zip(idx.tolist(), ref_idx.tolist()))
    np.testing.assert_allclose(dist, ref_dist, atol=1e-5)
    X[7] = X[3]  # a duplicate: each copy still lists itself first, then the other
    idx, dist = knn_cosine_chunked(X, 10, chunk=37)
    assert (idx[:, 0] == np.arange(250)).all() and np.allclose(dist[:, :1], 0.0, atol=1e-6)
    assert idx[7, 1] == 3 and idx[3, 1] == 7


def test_chunked_cosine_neighbours_do_not_depend_on_threads_and_break_ties_by_column():
    X, _ = blobs(n_per=60, k=4, dim=16, seed=5)
    X[10] = X[11] = X[12] = X[13] = X[2]  # four copies of row 2: tied similarities to others
    one = knn_cosine_chunked(X, 8, chunk=50, threads=1)
    two = knn_cosine_chunked(X, 8, chunk=50, threads=2)
    np.testing.assert_array_equal(one[0], two[0])
    np.testing.assert_array_equal(one[1], two[1])
    # row 2: itself, then its copies in column order (all at distance 0)
    assert one[0][2, :5].tolist() == [2, 10, 11, 12, 13]
    assert one[0][11, :5].tolist() == [11, 2, 10, 12, 13]


def test_top_k_rows_orders_by_value_then_column_and_never_takes_nan():
    from viz.topics.knn_kernel import top_k_rows

    sim = np.array([[0.1, 0.9, np.nan, 0.9, 0.5, 0.9],
                    [0.3, 0.2, 0.1, 0.0, -1.0, np.nan]], dtype=np.float32)
    idx, val = np.empty((2, 3), np.int32), np.empty((2, 3), np.float32)
    top_k_rows(sim, 3, idx, val)
    assert idx.tolist() == [[1, 3, 5], [0, 1, 2]]
    np.testing.assert_array_equal(val, np.float32([[0.9, 0.9, 0.9], [0.3, 0.2, 0.1]]))
    # against a sort on random rows with many ties
    rng = np.random.default_rng(0)
    sim = rng.integers(0, 6, size=(40, 200)).astype(np.float32)
    idx, val = np.empty((40, 7), np.int32), np.empty((40, 7), np.float32)
    top_k_rows(sim, 7, idx, val)
    for r in range(40):
        ref = sorted(range(200), key=lambda c: (-sim[r, c], c))[:7]
        assert idx[r].tolist() == ref
