"""An exact UMAP-like reducer in numpy and scipy, for corpora small enough to need no index.

umap-learn compiles its functions with numba in every new process (tens of seconds), which
dwarfs the work itself below a few thousand passages. :class:`ExactUMAP` follows UMAP's
method without numba:

1. the exact k-nearest-neighbour graph (a dense distance matrix: fine below ~5,000 points);
2. UMAP's fuzzy simplicial set: per point, ``rho`` (distance to the nearest neighbour) and
   ``sigma`` (binary search so the memberships sum to ``log2(k)``), symmetrised by the fuzzy
   union ``P + P.T - P * P.T``;
3. spectral initialisation (eigenvectors of the normalised graph Laplacian), scaled to
   ``[-10, 10]`` as UMAP does, with tiny seeded noise;
4. UMAP's cross-entropy objective with the curve ``1 / (1 + a d^(2b))`` fitted to
   ``min_dist``, optimised by SGD with negative sampling for ``n_epochs`` epochs: each epoch
   samples every edge in proportion to its weight (UMAP's ``epochs_per_sample``), computes all
   their clipped gradients at once and applies them per point (vectorised; a point's summed
   step is clipped like one of UMAP's).

Deterministic for a given ``random_state``. Used by :mod:`viz.topics` below
:data:`EXACT_MAX_POINTS` passages, for the 5-D clustering reduction and the 2-D map.
"""

from __future__ import annotations

import numpy as np

EXACT_MAX_POINTS = 2000  # below this many passages the topic stage uses ExactUMAP
N_EPOCHS = 200
NEGATIVE_SAMPLES = 5
CLIP = 4.0


# find_ab of the settings viz uses, so scipy.optimize (slow to import) is rarely needed
KNOWN_AB = {(1.0, 0.0): (1.93280839734315, 0.7904949732233831),
            (1.0, 0.1): (1.5769434602697652, 0.8950608778515733)}


def find_ab(spread: float = 1.0, min_dist: float = 0.1) -> tuple[float, float]:
    """UMAP's ``a, b``: ``1 / (1 + a x^(2b))`` fitted to 1 below ``min_dist`` and
    ``exp(-(x - min_dist) / spread)`` above (as umap-learn's ``find_ab_params``)."""
    if (float(spread), float(min_dist)) in KNOWN_AB:
        return KNOWN_AB[(float(spread), float(min_dist))]
    from scipy.optimize import curve_fit

    xv = np.linspace(0, spread * 3, 300)
    yv = np.where(xv < min_dist, 1.0, np.exp(-(xv - min_dist) / spread))
    (a, b), _ = curve_fit(lambda x, a, b: 1.0 / (1.0 + a * x ** (2 * b)), xv, yv)
    return float(a), float(b)


def knn(X: np.ndarray, k: int, metric: str) -> tuple[np.ndarray, np.ndarray]:
    """Exact ``k`` nearest neighbours of every row (itself first): indices and distances."""
    X = np.asarray(X, dtype=np.float64)
    if metric == "cosine":
        norms = np.linalg.norm(X, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        U = X / norms
        D = np.clip(1.0 - U @ U.T, 0.0, 2.0)
    elif metric == "euclidean":
        sq = (X * X).sum(axis=1)
        D = np.sqrt(np.maximum(sq[:, None] + sq[None, :] - 2.0 * X @ X.T, 0.0))
    else:
        raise ValueError(f"metric must be 'cosine' or 'euclidean', got {metric!r}")
    n = len(X)
    np.fill_diagonal(D, -1.0)  # itself first, whatever duplicates exist
    idx = np.argpartition(D, k - 1, axis=1)[:, :k] if k < n else np.tile(np.arange(n), (n, 1))
    d = np.take_along_axis(D, idx, axis=1)
    order = np.argsort(d, axis=1, kind="stable")
    idx = np.take_along_axis(idx, order, axis=1)
    d = np.maximum(np.take_along_axis(d, order, axis=1), 0.0)
    return idx, d


def knn_cosine_chunked(X: np.ndarray, k: int, chunk: int = 1024,
                       threads: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Exact ``k`` nearest neighbours by cosine distance (itself first), a block of rows at a
    time: ``(indices int32, distances float32)`` as umap-learn's ``precomputed_knn`` takes
    them. Memory is ``chunk x n`` per thread; time grows with ``n^2``.

    Each block's similarities come from one product; each row's ``k`` largest, ordered by
    similarity, ties by column (so equal similarities, e.g. duplicate passages, give the same
    neighbours on every run), from one pass over the row compiled by numba
    (:func:`viz.topics.knn_kernel.top_k_rows`; it replaced ``np.partition`` then a scan for the
    values at least the k-th, the same neighbours in a fifth of the time). Blocks run on
    ``threads`` threads (default: 2 when the machine has 2 cores or more, each with one BLAS
    thread; both steps release the GIL); the result does not depend on it.
    """
    U = np.asarray(X, dtype=np.float32)
    U = U / np.maximum(np.linalg.norm(U, axis=1, keepdims=True), 1e-12)
    n = len(U)
    k = min(k, n)
    indices = np.empty((n, k), np.int32)
    distances = np.empty((n, k), np.float32)

    from ..jit_cache import enable

    enable()  # before the kernel's module is imported (its disk cache is set up then)
    from .knn_kernel import top_k_rows

    def block(start: int) -> None:
        sim = U[start:start + chunk] @ U.T
        m = sim.shape[0]
        rows = np.arange(m)
        sim[rows, start + rows] = 3.0  # itself first, whatever duplicates exist
        values = np.empty((m, k), np.float32)
        top_k_rows(sim, k, indices[start:start + m], values)
        distances[start:start + m] = np.clip(1.0 - values, 0.0, 2.0)

    starts = range(0, n, chunk)
    if threads is None:
        import os

        threads = 2 if (os.cpu_count() or 1) >= 2 else 1
    if threads > 1 and len(starts) > 1:
        from concurrent.futures import ThreadPoolExecutor

        from threadpoolctl import threadpool_limits

        with threadpool_limits(1, user_api="blas"), ThreadPoolExecutor(threads) as pool:
            list(pool.map(block, starts))
    else:
        for start in starts:
            block(start)
    return indices, distances


def fuzzy_graph(idx: np.ndarray, d: np.ndarray, n_iter: int = 64):
    """UMAP's fuzzy simplicial set of a kNN graph, as a symmetric scipy CSR matrix."""
    from scipy import sparse

    n, k = idx.shape
    target = np.log2(k)
    others = d[:, 1:]
    positive = np.where(others > 0, others, np.inf)
    rho = np.where(np.isfinite(positive.min(axis=1)), positive.min(axis=1), 0.0)
    lo, hi = np.zeros(n), np.full(n, np.inf)
    mid = np.ones(n)
    shifted = np.maximum(others - rho[:, None], 0.0)
    for _ in range(n_iter):  # vectorised binary search of sigma, as umap's smooth_knn_dist
        psum = np.exp(-shifted / mid[:, None]).sum(axis=1)
        high = psum > target
        hi = np.where(high, mid, hi)
        lo = np.where(high, lo, mid)
        mid = np.where(high, (lo + hi) / 2.0, np.where(np.isinf(hi), mid * 2.0, (lo + hi) / 2.0))
    mean_all = d.mean() if d.size else 1.0
    mean_row = others.mean(axis=1) if k > 1 else np.full(n, mean_all)
    floor = 1e-3 * np.where(rho > 0, mean_row, mean_all)
    sigma = np.maximum(mid, floor)
    w = np.exp(-shifted / sigma[:, None])
    rows = np.repeat(np.arange(n), k - 1)
    P = sparse.csr_matrix((w.ravel(), (rows, idx[:, 1:].ravel())), shape=(n, n))
    P.eliminate_zeros()
    T = P.T.tocsr()
    G = (P + T - P.multiply(T)).tocsr()
    G.sum_duplicates()
    return G


def spectral_init(G, dim: int, rng: np.random.Generator) -> np.ndarray:
    """Eigenvectors of the normalised Laplacian (UMAP's ``spectral_layout``); random when the
    eigensolver fails or the graph is too small."""
    from scipy import sparse

    n = G.shape[0]
    if n <= dim + 2:
        return rng.uniform(-10, 10, size=(n, dim))
    deg = np.asarray(G.sum(axis=0)).ravel()
    inv = sparse.diags(1.0 / np.sqrt(np.maximum(deg, 1e-12)))
    L = sparse.identity(n, format="csr") - inv @ G @ inv
    k = dim + 1
    try:
        if n < 600:  # dense is faster and exact for small graphs
            vals, vecs = np.linalg.eigh(L.toarray())
        else:
            from scipy.sparse.linalg import eigsh  # slow to import: only when needed

            vals, vecs = eigsh(L, k, which="SM", ncv=max(2 * k + 1, int(np.sqrt(n))), tol=1e-4,
                               v0=np.ones(n), maxiter=n * 5)
        order = np.argsort(vals)[1:k]
        emb = vecs[:, order]
    except Exception:  # noqa: BLE001 - a failed eigensolve falls back to UMAP's random init
        return rng.uniform(-10, 10, size=(n, dim))
    emb = emb * (10.0 / max(np.abs(emb).max(), 1e-12))
    return emb + rng.normal(scale=1e-4, size=emb.shape)


def pca_init(X: np.ndarray, dim: int, rng: np.random.Generator) -> np.ndarray:
    """umap-learn's ``init="pca"``: the data's first ``dim`` principal components, scaled to
    ``[-10, 10]``, with tiny seeded noise."""
    X = np.asarray(X, dtype=np.float64)
    centred = X - X.mean(axis=0)
    if min(centred.shape) < dim:
        return rng.uniform(-10, 10, size=(len(X), dim))
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    Y = centred @ vt[:dim].T
    Y = Y * (10.0 / max(np.abs(Y).max(), 1e-12))
    return Y + rng.normal(scale=1e-4, size=Y.shape)


def optimize(Y: np.ndarray, G, a: float, b: float, n_epochs: int,
             rng: np.random.Generator, negative: int = NEGATIVE_SAMPLES) -> np.ndarray:
    """UMAP's SGD over the graph's edges, vectorised per epoch (see the module docstring)."""
    coo = G.tocoo()
    keep = coo.data >= coo.data.max() / float(n_epochs)  # as umap: drop edges never sampled
    head, tail = coo.row[keep].astype(np.int32), coo.col[keep].astype(np.int32)
    w = coo.data[keep]
    n, dim = Y.shape
    Y = Y.astype(np.float32, copy=True)
    a, b = np.float32(a), np.float32(b)
    epochs_per_sample = w.max() / w
    next_sample = epochs_per_sample.copy()
    for epoch in range(n_epochs):
        alpha = np.float32(1.0 - epoch / n_epochs)
        active = np.flatnonzero(next_sample <= epoch + 1)
        if not len(active):
            continue
        next_sample[active] += epochs_per_sample[active]
        h, t = head[active], tail[active]
        hn = np.repeat(h, negative)
        tn = rng.integers(0, n, size=len(hn), dtype=np.int32)
        # attraction along the sampled edges (both ends move), then repulsion from samples;
        # np.take is several times faster than fancy indexing here
        Yh = np.take(Y, h, axis=0)
        diff = Yh - np.take(Y, t, axis=0)
        d2 = np.einsum("ij,ij->i", diff, diff)
        pb = np.power(np.maximum(d2, np.float32(1e-12)), b - 1)  # d2^(b-1); d2^b = pb * d2
        coef = np.where(d2 > 0, -2 * a * b * pb / (1 + a * pb * d2), 0).astype(np.float32)
        g = np.clip(coef[:, None] * diff, -CLIP, CLIP)
        ndiff = np.repeat(Yh, negative, axis=0) - np.take(Y, tn, axis=0)
        nd2 = np.einsum("ij,ij->i", ndiff, ndiff)
        coef = (2 * b / ((np.float32(0.001) + nd2) * (1 + a * np.power(nd2, b)))).astype(np.float32)
        coef[(hn == tn) | (nd2 <= 0)] = 0
        gn = np.clip(coef[:, None] * ndiff, -CLIP, CLIP).reshape(len(h), negative, dim)
        where = np.concatenate([h, t])
        on_head = g.copy()  # a head's attraction plus its negative samples' repulsion
        for j in range(negative):  # faster than gn.sum(axis=1) on this short axis
            on_head += gn[:, j]
        values = np.concatenate([on_head, -g]).astype(np.float64)
        step = np.stack([np.bincount(where, values[:, c], minlength=n) for c in range(dim)], 1)
        Y += alpha * np.clip(step, -CLIP, CLIP).astype(np.float32)
    return Y


class ExactUMAP:
    """UMAP's method without numba, exact and deterministic (see the module docstring).

    Keyword-only parameters as umap-learn's ``UMAP``; ``fit`` sets ``embedding_`` and
    ``graph_``; ``fit_transform`` returns the embedding as float32. ``init`` is ``"spectral"``
    (step 3 of the module docstring) or ``"pca"`` (:func:`pca_init`: the topic map's start, as
    for umap-learn; a spectral start of vectors that fall into many components is slow, 11 s
    against 0.3 s for 1,394 BBC passages, and keeps the distances between clusters worse: see
    :func:`viz.topics.clustering._layout_2d`).
    """

    def __init__(self, *, n_components: int = 2, n_neighbors: int = 15, min_dist: float = 0.1,
                 metric: str = "euclidean", random_state: int = 0, n_epochs: int = N_EPOCHS,
                 spread: float = 1.0, init: str = "spectral"):
        self.n_components = n_components
        self.n_neighbors = n_neighbors
        self.min_dist = min_dist
        self.metric = metric
        self.random_state = random_state
        self.n_epochs = n_epochs
        self.spread = spread
        self.init = init

    def fit(self, X, y=None) -> "ExactUMAP":
        X = np.asarray(X, dtype=np.float64)
        n = len(X)
        if n < 2:
            raise ValueError("ExactUMAP needs at least 2 points")
        rng = np.random.default_rng(self.random_state)
        k = int(max(2, min(self.n_neighbors, n)))
        idx, d = knn(X, k, self.metric)
        self.graph_ = fuzzy_graph(idx, d)
        a, b = find_ab(self.spread, self.min_dist)
        if self.init == "pca":
            Y = pca_init(X, self.n_components, rng)
        elif self.init == "spectral":
            Y = spectral_init(self.graph_, self.n_components, rng)
        else:
            raise ValueError(f"init must be 'spectral' or 'pca', got {self.init!r}")
        self.embedding_ = optimize(Y, self.graph_, a, b, self.n_epochs, rng).astype(np.float32)
        return self

    def fit_transform(self, X, y=None) -> np.ndarray:
        return self.fit(X).embedding_
