"""viz.jit_cache: umap-learn's and pynndescent's numba code compiled once per machine."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = """
import sys
from viz.jit_cache import enable
n = enable()
import numba, umap.umap_
from numba.core.dispatcher import Dispatcher
cached = [k for k, v in vars(umap.umap_).items()
          if isinstance(v, Dispatcher) and type(v._cache).__name__ == "FunctionCache"]
print(n, len(cached), numba.config.CACHE_DIR, enable())
if len(sys.argv) > 1:
    import numpy as np
    from umap import UMAP
    X = np.random.default_rng(0).normal(size=(4200, 16)).astype(np.float32)
    UMAP(n_components=2, n_neighbors=8, random_state=0, n_jobs=1, n_epochs=20).fit(X)
"""


def _run(env_extra, *args):
    env = {**os.environ, **env_extra}
    env.pop("NUMBA_CACHE_DIR", None)
    out = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True,
                         text=True, timeout=900)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


@pytest.mark.slow
def test_numba_cache_is_turned_on_beside_the_embedding_cache_and_filled(tmp_path):
    n, cached, where, again = _run({"VIZ_CACHE_DIR": str(tmp_path)}, "fit")
    assert int(n) > 100 and int(cached) >= 5 and again == "0"
    assert where == str(tmp_path / "numba")
    index_files = list((tmp_path / "numba").rglob("*.nbi"))
    assert len(index_files) > 20  # the compiled functions were written for the next process
    # turned off on request: numba compiles as it always did
    n, cached, *_ = _run({"VIZ_CACHE_DIR": str(tmp_path / "off"), "VIZ_NUMBA_CACHE": "0"})
    assert n == "0" and cached == "0"
