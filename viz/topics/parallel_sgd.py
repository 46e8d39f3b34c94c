"""umap-learn's layout optimisation on two cores, reproducibly.

umap-learn optimises its layout by SGD over the graph's edges, one epoch at a time. With a
fixed ``random_state`` it runs on one thread (its parallel version lets threads race on shared
points, so each run differs), and that epoch loop was most of the topic stage: 12 of 19 s on
14,893 HuffPost passages, while the second core idled.

:func:`optimize_layout_euclidean` takes its place (same arguments, same result type) and runs
each epoch as :data:`PARTS` independent pieces. The points are split once into parts of equal
work along the first axis of the initial layout (so most edges stay inside a part); a part
owns its points and processes the edges whose head it owns, in umap-learn's order, with
umap-learn's per-point random streams, gradients, clipping, negative sampling and learning
rate. A part moves only its own points; it reads the other parts' points as they were at the
start of the epoch. An edge between two parts therefore moves its tail through the reverse
edge (the graph is symmetric) rather than directly. No part reads what another writes during
an epoch, so the result depends on the seed and :data:`PARTS` alone, not on how many threads
run the parts or in what order: the same on one core as on two.

Each part's points and edges are laid out one part after the other (renumbered, then put back),
so the two threads never write to the same cache line; interleaved, they cost 30 % more CPU.

Measured on HuffPost's 14,893 passages (``benchmarks/map_layout.py ... --parts``): the 5-D fit
12.6 s with umap-learn's SGD, 8.1 s by parts on two threads (13.0 and 13.8 s of CPU); the 2-D
map 7.0 s and 4.6 s. Topic quality (``benchmarks/topics.py``) stays within the spread of
seeds: BBC per-document NMI over seeds 0 to 5 0.851, 5 topics on every seed; HuffPost seeds 0
to 3 0.306, 0.301, 0.312, 0.302 against 0.304, 0.315, 0.302, 0.311; SIB-200 seeds 0 to 2 (all
languages) 0.399, 0.403, 0.404 against 0.408, 0.398, 0.419. An edge between parts pulls its
head twice (it stands for its reverse edge too): without that, BBC's seed 0 fell from 5 topics
to 46 (the ``excess`` count's jump 1.72, under its 1.8).

:func:`patched` installs it into ``umap.umap_`` for the duration of a fit.
"""

from __future__ import annotations

import os
from contextlib import contextmanager

import numpy as np

PARTS = 2


def _compiled():
    """The per-part epoch kernel (:func:`viz.topics.sgd_kernel.epoch_part`), compiled by numba
    once and then loaded from its on-disk cache (:mod:`viz.jit_cache`) in every later process."""
    from ..jit_cache import enable

    enable()  # before the kernel's module is imported: its cache is created at decoration
    from .sgd_kernel import epoch_part

    return epoch_part


def split(layout: np.ndarray, head: np.ndarray, epochs_per_sample: np.ndarray,
          parts: int = PARTS) -> np.ndarray:
    """Owner part of each point: cuts along the layout's first axis into ``parts`` runs of
    about equal work (a point's work: its edges as head, each weighted by how often it is
    sampled, ``1 / epochs_per_sample``). Ties are broken by index, so the split is
    reproducible."""
    n = layout.shape[0]
    rate = np.where(epochs_per_sample > 0, 1.0 / np.maximum(epochs_per_sample, 1e-12), 0.0)
    work = np.bincount(head, weights=rate, minlength=n) + 1e-9
    order = np.lexsort((np.arange(n), layout[:, 0]))
    cum = np.cumsum(work[order])
    cuts = np.searchsorted(cum, cum[-1] * np.arange(1, parts) / parts)
    owner = np.empty(n, dtype=np.int64)
    owner[order] = np.searchsorted(cuts, np.arange(n), side="right")
    return owner


def threads() -> int:
    """Threads that run the parts now: one per core this process may use, at most
    :data:`PARTS`; in a child working beside the build (:mod:`viz.beside`, the 2-D map) one,
    until the parent has nothing left but to wait for it. ``VIZ_SGD_THREADS`` overrides. The
    result does not depend on it: asked again every epoch."""
    given = os.environ.get("VIZ_SGD_THREADS")
    if given:
        return max(1, min(PARTS, int(given)))
    from .. import beside

    if beside.in_child() and not beside.parent_waiting():
        return 1
    return max(1, min(PARTS, beside.usable_cores()))


def optimize_layout_euclidean(head_embedding, tail_embedding, head, tail, n_epochs, n_vertices,
                              epochs_per_sample, a, b, rng_state, gamma=1.0, initial_alpha=1.0,
                              negative_sample_rate=5.0, parallel=False, verbose=False,
                              densmap=False, densmap_kwds=None, tqdm_kwds=None,
                              move_other=False):
    """umap-learn's ``optimize_layout_euclidean`` (same arguments and return) by parts; see
    the module docstring. Falls back to umap-learn's own for what it does not cover: densMAP,
    a separate tail embedding (``transform``), saved epochs, ``move_other=False``."""
    from umap import layouts

    if (densmap or head_embedding is not tail_embedding or not move_other
            or isinstance(n_epochs, list) or head_embedding.shape[0] < 2 * PARTS):
        return layouts.optimize_layout_euclidean(
            head_embedding, tail_embedding, head, tail, n_epochs, n_vertices, epochs_per_sample,
            a, b, rng_state, gamma, initial_alpha, negative_sample_rate, parallel=parallel,
            verbose=verbose, densmap=densmap, densmap_kwds=densmap_kwds, tqdm_kwds=tqdm_kwds,
            move_other=move_other)
    kernel = _compiled()
    n_points, dim = head_embedding.shape
    # umap-learn's per-point random streams, seeded as it seeds them
    rng = np.full((n_points, len(rng_state)), rng_state, dtype=np.int64) + \
        head_embedding[:, 0].astype(np.float64).view(np.int64).reshape(-1, 1)
    owner = split(head_embedding, head, epochs_per_sample)
    # Each part's points, and each part's edges (in umap-learn's order), laid out one part after
    # the other, so that the two threads share no cache line (but at the boundary); ``inv``
    # renumbers a point, ``order`` puts the layout back. Same arithmetic in the same order.
    order = np.argsort(owner, kind="stable")
    inv = np.empty(n_points, dtype=np.int64)
    inv[order] = np.arange(n_points)
    emb = np.ascontiguousarray(head_embedding[order])
    rng = np.ascontiguousarray(rng[order])
    owner = owner[order]
    by_part = np.argsort(owner[inv[head]], kind="stable")
    head_p, tail_p = inv[head[by_part]], inv[tail[by_part]]
    eps = np.ascontiguousarray(epochs_per_sample[by_part])
    bounds = np.searchsorted(owner[head_p], np.arange(PARTS + 1))  # each part's edges
    points = np.searchsorted(owner, np.arange(PARTS + 1))  # and points
    epochs_per_negative_sample = eps / negative_sample_rate
    epoch_of_next_negative_sample = epochs_per_negative_sample.copy()
    epoch_of_next_sample = eps.copy()
    pool = None
    snap = np.empty_like(emb)  # the layout as the epoch started, refilled each epoch
    try:
        alpha = initial_alpha
        for n in range(n_epochs):
            np.copyto(snap, emb)

            def run(p, alpha=alpha, n=n):
                kernel(emb, snap, int(points[p]), int(points[p + 1]), int(bounds[p]),
                       int(bounds[p + 1]), head_p, tail_p,
                       inv, eps, float(a), float(b), rng, float(gamma), dim, float(alpha),
                       epochs_per_negative_sample, epoch_of_next_negative_sample,
                       epoch_of_next_sample, n, int(n_vertices))

            two = threads() > 1   # asked every epoch: a map beside may gain the 2nd core
            if two and pool is None:
                from concurrent.futures import ThreadPoolExecutor

                pool = ThreadPoolExecutor(max_workers=PARTS - 1)
            if not two:
                for p in range(PARTS):
                    run(p)
            else:
                futures = [pool.submit(run, p) for p in range(1, PARTS)]
                run(0)
                for f in futures:
                    f.result()
            alpha = initial_alpha * (1.0 - (float(n) / float(n_epochs)))
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    head_embedding[order] = emb
    return head_embedding


@contextmanager
def patched():
    """umap-learn's fits inside the block optimise their layouts with
    :func:`optimize_layout_euclidean`."""
    import umap.umap_ as umap_module

    original = umap_module.optimize_layout_euclidean
    umap_module.optimize_layout_euclidean = optimize_layout_euclidean
    try:
        yield
    finally:
        umap_module.optimize_layout_euclidean = original
