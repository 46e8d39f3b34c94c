"""The epoch kernel of :mod:`viz.topics.parallel_sgd`: one part's share of one epoch of
umap-learn's layout SGD (see that module's docstring).

A module of its own, imported only once :func:`viz.jit_cache.enable` has set numba's cache
folder, so that the kernel is a module-level function: numba keys a cached closure by its
captured values pickled, and numba's own functions pickle with an id that is new in every
process, so the kernel used to be compiled afresh (0.9 s, while the other part's thread waited
for it) in every build and its cache index grew by one entry each time.
"""

from __future__ import annotations

import numba
from umap.layouts import clip, rdist
from umap.utils import tau_rand_int


@numba.njit(nogil=True, fastmath=True, cache=True)
def epoch_part(emb, snap, lo, hi, start, stop, head, tail, inv, epochs_per_sample, a,
               b, rng, gamma, dim, alpha, epochs_per_negative_sample,
               epoch_of_next_negative_sample, epoch_of_next_sample, n, n_vertices):
    for i in range(start, stop):
        if epoch_of_next_sample[i] > n:
            continue
        j = head[i]
        k = tail[i]
        current = emb[j]
        mine = lo <= k < hi   # this part's points are lo .. hi - 1
        other = emb[k] if mine else snap[k]
        dist_squared = rdist(current, other)
        if dist_squared > 0.0:
            grad_coeff = -2.0 * a * b * pow(dist_squared, b - 1.0)
            grad_coeff /= a * pow(dist_squared, b) + 1.0
        else:
            grad_coeff = 0.0
        # an edge to another part pulls its head twice: once for itself and once for
        # its reverse edge, which would have moved this head too (move_other)
        step = alpha if mine else 2.0 * alpha
        for d in range(dim):
            grad_d = clip(grad_coeff * (current[d] - other[d]))
            current[d] += grad_d * step
            if mine:
                other[d] += -grad_d * alpha
        epoch_of_next_sample[i] += epochs_per_sample[i]
        n_neg_samples = int(
            (n - epoch_of_next_negative_sample[i]) / epochs_per_negative_sample[i])
        for p in range(n_neg_samples):
            k = inv[tau_rand_int(rng[j]) % n_vertices]   # umap-learn's draw, renumbered
            other = emb[k] if lo <= k < hi else snap[k]
            dist_squared = rdist(current, other)
            if dist_squared > 0.0:
                grad_coeff = 2.0 * gamma * b
                grad_coeff /= (0.001 + dist_squared) * (a * pow(dist_squared, b) + 1)
            elif j == k:
                continue
            else:
                grad_coeff = 0.0
            for d in range(dim):
                if grad_coeff > 0.0:
                    grad_d = clip(grad_coeff * (current[d] - other[d]))
                else:
                    grad_d = 0
                current[d] += grad_d * alpha
        epoch_of_next_negative_sample[i] += n_neg_samples * epochs_per_negative_sample[i]
