"""Numba's compiled code kept between processes, for umap-learn and pynndescent.

umap-learn and pynndescent compile a few hundred numba functions on first use in every process
and ask numba to cache only a few of them, so each build of 2,000 passages or more used to
spend about a minute compiling before the topic stage did any work. :func:`enable` turns numba's
on-disk cache on for every compiled function of both libraries, before their first call; a
later process loads the machine code instead of compiling it. Numba checks each cached entry
against its source file, so a library upgrade compiles afresh.

The cache lives in ``$NUMBA_CACHE_DIR`` when set, else beside the embedding cache
(``$VIZ_CACHE_DIR`` or ``~/.cache/viz``) in ``numba/``. ``VIZ_NUMBA_CACHE=0`` turns this off.
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

MODULES = ("umap", "pynndescent")
_done = False


def cache_dir() -> Path:
    given = os.environ.get("NUMBA_CACHE_DIR")
    if given:
        return Path(given)
    from .cachedir import default_cache_dir

    return default_cache_dir() / "numba"


def enable() -> int:
    """Turn the on-disk cache on for umap-learn's and pynndescent's numba functions (imports
    both). Returns how many functions it was turned on for (0 when off or already done)."""
    global _done
    if _done or os.environ.get("VIZ_NUMBA_CACHE", "1") == "0":
        return 0
    _done = True
    path = cache_dir()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return 0  # no writable place: numba compiles as before
    os.environ.setdefault("NUMBA_CACHE_DIR", str(path))
    import numba
    from numba.core.dispatcher import Dispatcher

    numba.config.CACHE_DIR = str(path)  # read when each function's cache is created
    # a few functions hold data numba cannot store (pynndescent's nn_descent): they compile
    # as before, without a warning each time
    warnings.filterwarnings("ignore", message="Cannot cache compiled function",
                            category=numba.NumbaWarning)
    import pynndescent  # noqa: F401
    import umap  # noqa: F401
    import umap.umap_  # noqa: F401

    n = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(MODULES):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, Dispatcher) and type(value._cache).__name__ == "NullCache":
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        value.enable_caching()
                    n += 1
                except Exception:  # noqa: BLE001 - a function numba cannot cache compiles as before
                    continue
    return n
