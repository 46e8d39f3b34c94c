"""viz.build.blas_threads: one BLAS thread where the build's processes share two cores."""

from __future__ import annotations

import os

import pytest
from threadpoolctl import threadpool_info

from viz.build import blas_threads


def _blas() -> list[int]:
    return [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]


@pytest.mark.parametrize("cores, env, want", [(2, None, 1), (1, None, 1), (8, None, 6),
                                              (2, "3", 3)])
def test_limit_inside_restored_after(monkeypatch, cores, env, want):
    if not _blas():
        pytest.skip("no BLAS library loaded")  # numpy always loads one; kept for safety
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    if env is None:
        monkeypatch.delenv("VIZ_BLAS_THREADS", raising=False)
    else:
        monkeypatch.setenv("VIZ_BLAS_THREADS", env)
    before = _blas()
    with blas_threads():
        assert set(_blas()) == {want}
    assert _blas() == before
