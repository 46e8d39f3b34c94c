"""Real builds with the real embedder (slow): the demo corpus, and a build killed mid-embedding."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
HUFFPOST = ROOT.parent / "shared" / "corpora" / "huffpost" / "huffpost_2018_2022.jsonl"


def test_demo_builds_with_the_real_embedder_and_no_umap_or_numba(tmp_path):
    code = f"""
import sys
from viz.build import BuildConfig, build
from viz.sample import SAMPLE_CORPUS
run = build(BuildConfig(paths=[str(SAMPLE_CORPUS)], out={str(tmp_path / 'run')!r},
                        cache_dir={str(tmp_path / 'cache')!r}, progress=False))
print(sorted(m for m in ("umap", "numba", "bertopic", "pynndescent") if m in sys.modules))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert manifest["topic_method"].startswith("exact-umap")
    c = manifest["counts"]
    assert c["passages"] == 124 and c["passages_embedded"] == 124 and c["topics"] >= 3
    assert 0 < c["mentions_reusing_passage_vector"] <= c["mentions"]
    # mentions reusing their passage's vector are not embedded again
    assert c["texts_embedded"] < c["passages"] + c["mentions"] + 2000


def _rows(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM vectors").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not HUFFPOST.exists(), reason="needs ../shared/corpora/huffpost")
def test_a_build_killed_during_embedding_resumes_from_the_cache(tmp_path):
    corpus = tmp_path / "news.jsonl"
    with open(HUFFPOST, encoding="utf-8") as src:
        corpus.write_text("".join(line for _, line in zip(range(400), src)), encoding="utf-8")
    cache = tmp_path / "cache"
    cmd = [sys.executable, "-m", "viz", "build", str(corpus), "--out", str(tmp_path / "run"),
           "--cache-dir", str(cache), "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 600
        while _rows(cache / "embeddings.sqlite") == 0 and proc.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    kept = _rows(cache / "embeddings.sqlite")
    assert kept > 0 and not (tmp_path / "run" / "manifest.json").exists()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    c = json.loads((tmp_path / "run" / "manifest.json").read_text())["counts"]
    assert c["passages_embedded"] < c["passages"]
    assert c["passages_embedded"] <= max(0, c["passages"] - kept)  # the cached ones were kept
