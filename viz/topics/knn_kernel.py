"""The selection step of :func:`viz.topics.reduce.knn_cosine_chunked`, compiled by numba.

A module of its own, imported only once :func:`viz.jit_cache.enable` has set numba's cache
folder, so the compiled code is loaded from disk in every later process.
"""

from __future__ import annotations

import numba


@numba.njit(nogil=True, cache=True)
def top_k_rows(sim, k, out_idx, out_val):
    """For each row of ``sim``: its ``k`` largest values in ``out_val`` and their columns in
    ``out_idx``, by value (descending), ties by column (ascending); NaN is never taken.

    One pass over the row with a sorted list of the ``k`` best so far: a value at most the
    k-th best (an equal one comes from a later column, so it loses the tie) is skipped at the
    cost of one comparison. ``np.partition`` then a scan for the values at least the k-th took
    five times as long on rows of 25,000 similarities."""
    m, n = sim.shape
    for r in range(m):
        row = sim[r]
        vals = out_val[r]
        cols = out_idx[r]
        count = 0
        for c in range(n):
            v = row[c]
            if v != v or (count == k and v <= vals[k - 1]):
                continue
            pos = count if count < k else k - 1
            while pos > 0 and vals[pos - 1] < v:
                vals[pos] = vals[pos - 1]
                cols[pos] = cols[pos - 1]
                pos -= 1
            vals[pos] = v
            cols[pos] = c
            if count < k:
                count += 1
