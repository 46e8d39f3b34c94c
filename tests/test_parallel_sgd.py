"""viz.topics.parallel_sgd: umap-learn's layout SGD by parts, reproducible on any core count."""

from __future__ import annotations

import numpy as np
import pytest

from viz.topics import parallel_sgd as P


def _graph(n_per=120, centres=3, dim=8, seed=0):
    """Points in well-apart blobs, UMAP's fuzzy graph of them (numpy, as ExactUMAP builds it:
    no numba compilation) and a random start."""
    from umap.umap_ import make_epochs_per_sample

    from viz.topics.reduce import fuzzy_graph, knn

    rng = np.random.default_rng(seed)
    X = np.concatenate([rng.normal(size=(n_per, dim)) + 12.0 * rng.normal(size=dim)
                        for _ in range(centres)]).astype(np.float32)
    blob = np.repeat(np.arange(centres), n_per)
    graph = fuzzy_graph(*knn(X, 10, "euclidean")).tocoo()
    eps = make_epochs_per_sample(graph.data, 200)
    start = (10.0 * rng.random((len(X), 2))).astype(np.float32)
    return X, blob, graph.row.astype(np.int32), graph.col.astype(np.int32), eps, start


def _optimize(start, head, tail, eps, n_epochs=200, seed=0):
    emb = start.copy()
    rng_state = np.random.RandomState(seed).randint(-2**31 + 1, 2**31 - 1, 3).astype(np.int64)
    return P.optimize_layout_euclidean(emb, emb, head, tail, n_epochs, len(emb), eps,
                                       1.577, 0.895, rng_state, move_other=True)


def _blob_purity(Y, blob, k=10):
    d = ((Y[:, None, :] - Y[None, :, :]) ** 2).sum(-1)
    np.fill_diagonal(d, np.inf)
    nn = np.argsort(d, axis=1)[:, :k]
    return float((blob[nn] == blob[:, None]).mean())


def test_split_gives_each_part_about_half_the_work_along_the_first_axis():
    rng = np.random.default_rng(1)
    layout = rng.normal(size=(500, 2))
    head = rng.integers(0, 500, size=4000)
    eps = rng.uniform(1.0, 5.0, size=4000)
    owner = P.split(layout, head, eps)
    work = np.bincount(owner[head], weights=1.0 / eps, minlength=2)
    assert set(np.unique(owner)) == {0, 1}
    assert abs(work[0] - work[1]) / work.sum() < 0.02
    # a cut along the first axis: every point of part 0 lies left of every point of part 1
    assert layout[owner == 0, 0].max() <= layout[owner == 1, 0].min()
    assert np.array_equal(owner, P.split(layout, head, eps))


@pytest.mark.parametrize("threads", ["1", "2"])
def test_result_does_not_depend_on_how_many_threads_run_the_parts(monkeypatch, threads):
    X, blob, head, tail, eps, start = _graph()
    monkeypatch.setenv("VIZ_SGD_THREADS", "2")
    two = _optimize(start, head, tail, eps, n_epochs=60)
    monkeypatch.setenv("VIZ_SGD_THREADS", threads)
    again = _optimize(start, head, tail, eps, n_epochs=60)
    assert np.array_equal(two, again)
    assert not np.array_equal(two, start)  # it moved the points


def test_layout_separates_blobs_as_umap_learns_own_sgd_does():
    from umap.layouts import optimize_layout_euclidean as umap_sgd

    X, blob, head, tail, eps, start = _graph()
    ours = _optimize(start, head, tail, eps)
    emb = start.copy()
    rng_state = np.random.RandomState(0).randint(-2**31 + 1, 2**31 - 1, 3).astype(np.int64)
    theirs = umap_sgd(emb, emb, head, tail, 200, len(emb), eps, 1.577, 0.895, rng_state,
                      move_other=True)
    assert _blob_purity(start, blob) < 0.5  # random start: blobs mixed
    assert _blob_purity(ours, blob) > 0.95
    assert _blob_purity(ours, blob) >= _blob_purity(theirs, blob) - 0.02
    # points spread like umap-learn's: same scale of the layout, within a factor of 2
    ratio = ours.std(axis=0).mean() / theirs.std(axis=0).mean()
    assert 0.5 < ratio < 2.0


def test_what_it_does_not_cover_goes_to_umap_learns_own(monkeypatch):
    from umap import layouts

    calls = []
    monkeypatch.setattr(layouts, "optimize_layout_euclidean",
                        lambda *a, **k: calls.append(k) or a[0])
    X, blob, head, tail, eps, start = _graph(n_per=30)
    emb = start.copy()
    rng_state = np.zeros(3, dtype=np.int64)
    P.optimize_layout_euclidean(emb, emb.copy(), head, tail, 5, len(emb), eps, 1.5, 0.9,
                                rng_state, move_other=True)          # a separate tail
    P.optimize_layout_euclidean(emb, emb, head, tail, 5, len(emb), eps, 1.5, 0.9, rng_state,
                                move_other=False)
    P.optimize_layout_euclidean(emb, emb, head, tail, 5, len(emb), eps, 1.5, 0.9, rng_state,
                                densmap=True, move_other=True)
    assert len(calls) == 3


def test_patched_puts_umap_learns_function_back():
    import umap.umap_ as umap_module

    before = umap_module.optimize_layout_euclidean
    with P.patched():
        assert umap_module.optimize_layout_euclidean is P.optimize_layout_euclidean
    assert umap_module.optimize_layout_euclidean is before


def _threads_before_and_after_the_parent_waits():
    import time

    from viz import beside

    first = P.threads()
    deadline = time.monotonic() + 20
    while not beside.parent_waiting() and time.monotonic() < deadline:
        time.sleep(0.01)
    return first, P.threads()


def test_a_child_beside_the_build_takes_the_second_core_once_the_parent_waits(monkeypatch):
    import os
    import time

    from viz import beside

    monkeypatch.delenv("VIZ_SGD_THREADS", raising=False)
    if not beside.enabled() or len(os.sched_getaffinity(0)) < 2:
        pytest.skip("needs forked children and two cores")
    assert not beside.in_child() and P.threads() == 2
    job = beside.start(_threads_before_and_after_the_parent_waits)
    time.sleep(0.3)  # the parent still works: the child runs its parts on one core
    assert job.result() == (1, 2)


@pytest.mark.slow
def test_the_kernel_compiles_once_and_later_processes_load_it(tmp_path):
    """numba caches the epoch kernel on disk: a second process loads it (no compilation, which
    took 0.9 s of every build while the other part's thread waited) and the cache keeps one
    entry, not one more per process."""
    import os
    import subprocess
    import sys

    code = """
import numpy as np
from viz.topics.parallel_sgd import _compiled
k = _compiled()
n = 40
emb = np.random.default_rng(0).normal(size=(n, 2)).astype(np.float32)
head = np.arange(n, dtype=np.int64)
eps = np.ones(n)
k(emb, emb.copy(), 0, n, 0, n, head, (head + 1) % n, head.copy(), eps, 1.5, 0.9,
  np.full((n, 3), 5, dtype=np.int64), 1.0, 2, 1.0, eps / 5, eps / 5, eps.copy(), 0, n)
print(sum(k.stats.cache_hits.values()), sum(k.stats.cache_misses.values()))
"""
    env = {**os.environ, "NUMBA_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, check=True).stdout.split() for _ in range(2)]
    assert runs == [["0", "1"], ["1", "0"]]
    entries = [p.name for p in tmp_path.rglob("*epoch_part*.nbc")]
    assert len(entries) == 1, entries


def test_fast_pow_is_pow_to_float32_precision_over_a_layouts_distances():
    """The kernel's ``x ** b`` (polynomials over the float32 bits) against numpy in float64,
    for squared distances from 1e-30 to 1e6 and the exponents of the curves viz uses (and
    b = 1, 0.5 and 1.5, whose exponents cross the polynomials' ends)."""
    import numba

    from viz.topics.sgd_kernel import fast_pow

    @numba.njit
    def each(xs, b):
        out = np.empty_like(xs)
        for i in range(xs.size):
            out[i] = fast_pow(xs[i], b)
        return out

    rng = np.random.default_rng(0)
    xs = (10.0 ** rng.uniform(-30, 6, 200_000)).astype(np.float32)
    xs = np.concatenate([xs, np.float32([1.0, 2.0, 0.5, 1e-30, 1e6, 1.0000001, 0.9999999])])
    for b in (0.7904949732233831, 0.8950608778515733, 1.0, 0.5, 1.5):
        got = each(xs, np.float32(b)).astype(np.float64)
        want = xs.astype(np.float64) ** np.float64(np.float32(b))
        assert np.all(np.isfinite(got)), b
        normal = want >= np.finfo(np.float32).tiny  # below, fast_pow gives the smallest normal
        assert normal.mean() > 0.8
        assert np.max(np.abs(got[normal] / want[normal] - 1.0)) < 1e-5, b
        assert np.all(got[~normal] <= 2 * np.finfo(np.float32).tiny), b
