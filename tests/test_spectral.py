"""viz.topics.spectral: umap-learn's spectral start, solved as the largest eigenvectors of M."""

from __future__ import annotations

import numpy as np
import pytest

from viz.topics import spectral as SP


def _graph(n_per=150, centres=4, dim=8, seed=0, bridge=True):
    """UMAP's fuzzy graph of points in blobs (numpy, as ExactUMAP builds it); with ``bridge``
    a chain of points joins the blobs so the graph is one connected component."""
    from viz.topics.reduce import fuzzy_graph, knn

    rng = np.random.default_rng(seed)
    centre = 6.0 * rng.normal(size=(centres, dim))
    parts = [rng.normal(size=(n_per, dim)) + c for c in centre]
    if bridge:
        for a, b in zip(centre[:-1], centre[1:]):
            t = np.linspace(0, 1, 40)[:, None]
            parts.append(a + t * (b - a) + 0.3 * rng.normal(size=(40, dim)))
    X = np.concatenate(parts).astype(np.float32)
    return X, fuzzy_graph(*knn(X, 12, "euclidean")).tocsr()


def _umap_layout(X, G, seed):
    import umap.spectral

    rs = np.random.RandomState(seed)
    out = umap.spectral.spectral_layout(X, G, 5, rs, metric="euclidean")
    return out, rs.normal(size=4)


def _exact_layout(G, dim=5):
    """The eigenvectors of the normalized Laplacian with the smallest eigenvalues but the
    first (dense solve)."""
    deg = np.asarray(G.sum(axis=0), dtype=np.float64).ravel()
    L = np.eye(G.shape[0]) - G.toarray() / np.sqrt(np.outer(deg, deg))
    values, vectors = np.linalg.eigh(L)
    return vectors[:, 1:dim + 1], values


def test_the_laplacian_eigenvectors_and_umaps_random_draws():
    from scipy.sparse.csgraph import connected_components

    X, G = _graph()
    assert connected_components(G)[0] == 1
    exact, values = _exact_layout(G)
    assert values[5] < values[6] * 0.99  # a gap after the 5th: the vectors are well defined
    rs = np.random.RandomState(3)
    ours = SP.spectral_layout(X, G, 5, rs, metric="euclidean")
    assert ours.shape == (len(X), 5)
    signs = np.sign((ours * exact).sum(axis=0))
    assert np.abs(ours * signs - exact).max() < 1e-5 * np.abs(exact).max()
    # the random state is left where umap-learn's function leaves it: the fit's later draws
    # (the noise on the start, the SGD's streams) are unchanged
    _, umap_next = _umap_layout(X, G, 3)
    assert np.array_equal(rs.normal(size=4), umap_next)
    # each vector's sign is fixed: its largest entry positive
    big = np.abs(ours).argmax(axis=0)
    assert (ours[big, np.arange(5)] > 0).all()


@pytest.mark.slow  # umap-learn's own solve, with sqrt(n) Lanczos vectors
def test_same_as_umap_where_umap_finds_the_trivial_vector():
    """On a graph where ARPACK's smallest-magnitude solve (umap-learn's) finds the zero
    eigenvalue, both give the same vectors up to sign. (On small graphs it can miss it, and
    then umap-learn drops the first real vector instead of the trivial one.)"""
    X, G = _graph(n_per=400, seed=2)  # (with other seeds and sizes its solve misses it)
    ref, _ = _umap_layout(X, G, 0)
    exact, _ = _exact_layout(G)
    assert np.abs(np.abs((ref * exact).sum(axis=0)) - 1).max() < 1e-3
    ours = SP.spectral_layout(X, G, 5, np.random.RandomState(0), metric="euclidean")
    signs = np.sign((ours * ref).sum(axis=0))
    assert np.abs(ours * signs - ref).max() < 1e-4 * np.abs(ref).max()


def test_several_components_go_to_umap_learn():
    from scipy.sparse.csgraph import connected_components

    X, G = _graph(bridge=False)
    assert connected_components(G)[0] > 1
    calls = []

    def original(*args, **kwargs):
        calls.append(args)
        return np.zeros((len(X), 5))

    out = SP.spectral_layout(X, G, 5, np.random.RandomState(0), _original=original)
    assert len(calls) == 1 and not out.any()


def test_failed_solve_falls_back_from_the_same_random_state(monkeypatch):
    import scipy.sparse.linalg

    X, G = _graph()
    seen = []

    def original(data, graph, dim, random_state, **kwargs):
        seen.append(random_state.normal())
        return np.ones((len(X), dim))

    def fail(*args, **kwargs):
        raise scipy.sparse.linalg.ArpackError(1)

    monkeypatch.setattr(scipy.sparse.linalg, "eigsh", fail)
    out = SP.spectral_layout(X, G, 5, np.random.RandomState(7), _original=original)
    assert out.all() and seen == [np.random.RandomState(7).normal()]


def test_patched_only_inside_the_block():
    import umap.umap_ as umap_module

    before = umap_module.spectral_layout
    with SP.patched():
        assert umap_module.spectral_layout is not before
        X, G = _graph()
        a = umap_module.spectral_layout(X, G, 5, np.random.RandomState(0), metric="euclidean")
    assert umap_module.spectral_layout is before
    b = SP.spectral_layout(X, G, 5, np.random.RandomState(0), metric="euclidean")
    assert np.array_equal(a, b)


@pytest.mark.slow  # umap-learn's numba functions compile on a fresh machine
@pytest.mark.parametrize("seed", [0, 1])
def test_umap_fit_with_the_patch_finds_the_blobs(seed):
    """A whole umap-learn fit started from it keeps well-apart blobs apart."""
    from umap import UMAP

    X, G = _graph(seed=seed)
    blob = np.concatenate([np.repeat(np.arange(4), 150), np.full(len(X) - 600, -1)])
    with SP.patched():
        Y = UMAP(n_components=2, n_neighbors=12, random_state=seed, n_epochs=50).fit_transform(X)
    core = blob >= 0
    centres = np.array([Y[blob == b].mean(axis=0) for b in range(4)])
    nearest = ((Y[core][:, None, :] - centres[None]) ** 2).sum(-1).argmin(axis=1)
    assert (nearest == blob[core]).mean() > 0.95
