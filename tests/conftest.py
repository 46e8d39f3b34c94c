"""Test options and shared fixtures.

By default only fast offline tests run. ``--run-all`` adds the slow tests (real builds with the
real embedder, real corpora) and the real-browser tests. Browser tests skip when Chromium is
absent, except under CI (``CI`` set), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from . import browser_util

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
CHROMIUM = "/usr/lib/chromium/chromium"


def pytest_addoption(parser):
    parser.addoption("--run-all", action="store_true",
                     help="also run slow tests and real-browser tests")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-all"):
        return
    skip = pytest.mark.skip(reason="slow or browser test: run with --run-all")
    for item in items:
        if "slow" in item.keywords or "browser" in item.keywords:
            item.add_marker(skip)


def chromium_path() -> str | None:
    for candidate in (os.environ.get("VIZ_CHROMIUM"), CHROMIUM, shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def chromium() -> str:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is required under CI: apt-get install -y chromium chromium-driver")
        pytest.skip("Chromium not installed (apt-get install -y chromium chromium-driver)")
    return path


def corpus(*parts: str) -> Path:
    """A path under ../shared/corpora, skipping the test when it is absent."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing under CI (../shared must sit beside the checkout)")
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Every test gets the same session-wide embedding cache, never the user's."""
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "embedding-cache"))


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory) -> Path:
    """A real build of the bundled sample corpus (real embedder, BERTopic, dates): slow."""
    from viz.build import BuildConfig, build
    from viz.sample import SAMPLE_CORPUS

    base = tmp_path_factory.mktemp("sample")
    run = build(BuildConfig(paths=[str(SAMPLE_CORPUS)], out=str(base / "run"), progress=False,
                            cache_dir=str(tmp_path_factory.getbasetemp() / "embedding-cache")))
    return run.path


@pytest.fixture()
def tiny_run(tmp_path) -> Path:
    """A small hand-made run directory written through the store (no model involved)."""
    from tests.tiny import write_tiny_run

    return write_tiny_run(tmp_path / "run")


@pytest.fixture(scope="module")
def browser(chromium):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium, args=browser_util.CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()
