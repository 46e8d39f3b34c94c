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
import numpy as np
from umap.layouts import clip, rdist
from umap.utils import tau_rand_int

# Coefficients (least squares on Chebyshev nodes, highest power first) of polynomials of
# log2(1 + m) for m in [0, 1) and of 2 ** f for f in [0, 1): absolute error 2.1e-6 and relative
# error 1.1e-7 (``tests/test_parallel_sgd.py`` checks fast_pow against numpy).
_L0, _L1, _L2, _L3, _L4, _L5, _L6 = (np.float32(c) for c in (
    -0.02512320328589109, 0.11929823770562073, -0.27462325761654854, 0.45552708806077613,
    -0.7175578724220989, 1.4424753148220721, 2.123740891333585e-06))
_E0, _E1, _E2, _E3, _E4, _E5 = (np.float32(c) for c in (
    0.0018951072910105618, 0.008946214666351933, 0.0558632826591898, 0.24014077009189227,
    0.6931546200032868, 0.9999998957631357))


@numba.njit(inline="always", fastmath=True, cache=True)
def fast_pow(x, b):
    """``x ** b`` in float32 for ``x > 0``, to about 6e-6 relative (where ``2 ** (b log2 x)``
    is a normal float32): log2 from the exponent bits and a polynomial of the mantissa, 2 to
    that power from a polynomial of its fraction put into the exponent bits. libm's ``pow``
    (float64, as umap-learn calls it) was half the kernel's time: 8.2-8.5 -> 5.8-6.5 s of CPU
    for the 5-D layout of HuffPost's 14,893 passages. Subnormal ``x`` counts as 1e-30."""
    i = np.float32(max(x, np.float32(1e-30))).view(np.int32)
    e = np.float32((i >> 23) - 127)
    m = np.int32((i & 0x7FFFFF) | 0x3F800000).view(np.float32) - np.float32(1.0)
    y = b * (((((((_L0 * m + _L1) * m + _L2) * m + _L3) * m + _L4) * m + _L5) * m + _L6) + e)
    y = min(max(y, np.float32(-126.0)), np.float32(127.0))
    whole = np.floor(y)
    f = y - whole
    p = ((((_E0 * f + _E1) * f + _E2) * f + _E3) * f + _E4) * f + _E5
    return p * np.int32((np.int32(whole) + 127) << 23).view(np.float32)


@numba.njit(nogil=True, fastmath=True, cache=True)
def epoch_part(emb, snap, lo, hi, start, stop, head, tail, inv, epochs_per_sample, a,
               b, rng, gamma, dim, alpha, epochs_per_negative_sample,
               epoch_of_next_negative_sample, epoch_of_next_sample, n, n_vertices):
    # umap-learn's gradients in float32, with fast_pow for its two pow calls
    a32, b32 = np.float32(a), np.float32(b)
    attract = np.float32(-2.0 * a * b)
    repel = np.float32(2.0 * gamma * b)
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
            p = fast_pow(dist_squared, b32)  # d^(b-1) = d^b / d
            grad_coeff = attract * p / dist_squared
            grad_coeff /= a32 * p + np.float32(1.0)
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
                grad_coeff = repel / ((np.float32(0.001) + dist_squared)
                                      * (a32 * fast_pow(dist_squared, b32) + np.float32(1.0)))
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
