"""The spectral start of umap-learn's layout, solved from the other end of the spectrum.

umap-learn starts its layout from the eigenvectors of the normalized Laplacian
``L = I - D^-1/2 G D^-1/2`` with the smallest eigenvalues, found by ARPACK with
``which="SM"`` and ``sqrt(n)`` Lanczos vectors (156 at 24,580 passages). Those are exactly the
eigenvectors of ``M = D^-1/2 G D^-1/2`` with the *largest* eigenvalues (``λ_M = 1 - λ_L``),
which ARPACK finds with few Lanczos vectors (``2k + 1``). Same vectors, to a tighter residual
than umap-learn asks for; each vector's sign is fixed here (its largest entry positive), where
ARPACK's is arbitrary, and the layout is invariant under the reflection anyway. umap-learn's
random draws are consumed as its own function consumes them, so the noise added afterwards and
the SGD's random streams are unchanged.

Measured (``nice -n 5 uv run python benchmarks/spectral.py PATH``, fastest of 3, another job
sharing the cores): BBC's 24,580 passages 13.6 s of CPU → 2.6 s, HuffPost's first 20,000 rows
(14,893 passages) 3.0 → 0.45 s; the two starts differ by at most 1.9e-4 (BBC) and 4.7e-5
(HuffPost) of the largest entry, within what umap-learn's own tolerance leaves. The SGD after
it is chaotic, so the topics differ as another seed's would: BBC per-document NMI over seeds 0
to 5 mean 0.849, 5 topics on every seed (umap-learn's solve: 0.851).

Used through :func:`patched` around viz's own umap-learn fits; a graph in several connected
components, or a failed solve, goes to umap-learn's own function.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np

TOL = 1e-8  # ARPACK's relative residual for M's eigenvalues (about 1): umap's SM asks 1e-4·λ_L


def spectral_layout(data, graph, dim, random_state, metric="euclidean", metric_kwds=None,
                    tol=0.0, maxiter=0, *, _original=None):
    """umap-learn's ``spectral_layout``, same arguments and result up to each vector's sign."""
    import scipy.sparse
    import scipy.sparse.csgraph
    import scipy.sparse.linalg

    original = _original or _umap_spectral()
    n = graph.shape[0]
    n_components, _ = scipy.sparse.csgraph.connected_components(graph)
    k = dim + 1
    if n_components > 1 or n <= 2 * k + 1:
        return original(data, graph, dim, random_state, metric=metric,
                        metric_kwds=metric_kwds or {}, tol=tol, maxiter=maxiter)
    state = random_state.get_state()
    # umap-learn draws its (unused by ARPACK) random start here: draw it too, so every later
    # draw of the fit (the noise on this layout, the SGD's streams) is the one it would make
    random_state.normal(size=(n, k))
    sqrt_deg = np.sqrt(np.asarray(graph.sum(axis=0), dtype=np.float64).ravel())
    scale = scipy.sparse.diags(1.0 / sqrt_deg)
    m = (scale @ graph.astype(np.float64) @ scale).tocsr()
    try:
        values, vectors = scipy.sparse.linalg.eigsh(
            m, k, which="LA", ncv=2 * k + 1, tol=TOL, v0=np.ones(n), maxiter=maxiter or n * 5)
    except scipy.sparse.linalg.ArpackError:  # umap-learn's own solve, from the same state
        random_state.set_state(state)
        return original(data, graph, dim, random_state, metric=metric,
                        metric_kwds=metric_kwds or {}, tol=tol, maxiter=maxiter)
    order = np.argsort(-values)[1:k]
    out = vectors[:, order]
    big = np.abs(out).argmax(axis=0)
    return out * np.sign(out[big, np.arange(out.shape[1])])[None, :]


def _umap_spectral():
    import umap.spectral

    return umap.spectral.spectral_layout


@contextmanager
def patched():
    """umap-learn's fits inside the block start from :func:`spectral_layout`."""
    import umap.umap_ as umap_module

    original = umap_module.spectral_layout

    def layout(*args, **kwargs):
        return spectral_layout(*args, _original=original, **kwargs)

    umap_module.spectral_layout = layout
    try:
        yield
    finally:
        umap_module.spectral_layout = original
