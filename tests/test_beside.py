"""Work computed beside the build in a forked child (viz.beside), and the topic stage's 2-D map
computed that way: the same topics and map as in one process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from viz import beside

needs_fork = pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
                                 reason="forks only on Linux with 2 cores")


def _pid_and(x):
    return os.getpid(), np.arange(x, dtype=np.float32) * 2


class Boom(ValueError):
    pass


def _fail(message):
    raise Boom(message)


def _die():
    os.kill(os.getpid(), signal.SIGKILL)


@needs_fork
def test_runs_in_a_child_and_returns_its_value(monkeypatch):
    monkeypatch.delenv("VIZ_BESIDE", raising=False)
    handle = beside.start(_pid_and, 5)
    got = handle.result()
    pid, value = got
    assert handle.forked and pid != os.getpid()
    np.testing.assert_array_equal(value, [0, 2, 4, 6, 8])
    assert handle.result() is got  # collected once
    assert handle.seconds > 0 and handle.cpu_seconds >= 0


@needs_fork
def test_a_childs_exception_is_raised_here(monkeypatch):
    monkeypatch.delenv("VIZ_BESIDE", raising=False)
    handle = beside.start(_fail, "no map")
    with pytest.raises(Boom, match="no map"):
        handle.result()


@needs_fork
def test_a_child_killed_without_a_result_is_replaced_by_a_run_here(monkeypatch):
    monkeypatch.delenv("VIZ_BESIDE", raising=False)
    parent = os.getpid()

    def work():
        if os.getpid() != parent:  # in the child: killed before it sends anything
            _die()
        return "here"

    handle = beside.start(work)
    assert handle.forked
    with pytest.warns(RuntimeWarning, match="died"):
        assert handle.result() == "here"
    assert not handle.forked


def test_switched_off_it_runs_here_at_once(monkeypatch):
    monkeypatch.setenv("VIZ_BESIDE", "0")
    handle = beside.start(_pid_and, 3)
    assert not handle.forked and handle.result()[0] == os.getpid()


@pytest.mark.slow
@needs_fork
def test_map_beside_gives_the_same_topics_and_map_in_a_new_process():
    """The umap-learn path (2,000 passages or more) with numba's threading layer running: a
    forked map is the same map, and a second build with the same seed the same topics."""
    code = """
import numpy as np, warnings
warnings.simplefilter("ignore")
from viz import beside
from viz.topics.clustering import fit_topics
rng = np.random.default_rng(1)
centres = rng.normal(size=(6, 24))
X = np.vstack([c + 0.35 * rng.normal(size=(350, 24)) for c in centres]).astype(np.float32)
texts = [f"word{i % 6} other{i % 11} thing{i % 5}" for i in range(len(X))]
out = []
for on in (True, False):
    r = fit_topics(texts, X, ["en"] * len(X), embedder=None, seed=3, map_beside=on)
    pending = r.map_pending
    assert (pending is not None) == on and (on and r.xy is None or not on)
    xy = r.finish_map()
    assert not on or pending.forked, "not forked"
    out.append((r.topic_ids, xy))
import numba
assert numba.threading_layer() == "workqueue", numba.threading_layer()
for ids, xy in out[1:]:
    np.testing.assert_array_equal(ids, out[0][0])
    np.testing.assert_array_equal(xy, out[0][1])
print("ok", len(set(out[0][0].tolist())), out[0][1].shape)
"""
    env = {k: v for k, v in os.environ.items() if k not in ("VIZ_BESIDE", "NUMBA_THREADING_LAYER")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).resolve().parent.parent, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.startswith("ok"), out.stdout


class _WordEmbedder:
    """Deterministic fake embedder: each word a fixed random direction, a text their sum."""

    key = "word-beside-test"
    languages = None
    cacheable = True

    def encode(self, texts):
        import hashlib

        out = np.zeros((len(texts), 48), np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                seed = int.from_bytes(hashlib.sha256(w.strip(".,").encode()).digest()[:4], "little")
                out[i] += np.random.default_rng(seed).normal(size=48)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def _corpus(path):
    import json

    subjects = ["harbour flood storm seawall water rain river surge levee",
                "train railway station track locomotive carriage timetable platform",
                "cinema festival film director actor screening premiere audience"]
    rng = np.random.default_rng(0)
    rows = []
    for i in range(90):
        words = " ".join(rng.choice(subjects[i % 3].split(), size=8))
        day = 1 + i % 27
        more = " ".join(rng.choice(subjects[i % 3].split(), size=12))
        # over 200 characters: a mention's sentence is embedded on its own (events.SHORT_PASSAGE)
        rows.append({"id": f"doc{i}", "text": f"The {words} on {day} March 2021. Two weeks "
                     f"later the {words.split()[0]} came back. Then {more}, and then again "
                     f"{more}.", "lang": "en"})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@needs_fork
def test_a_build_with_work_beside_equals_one_without(tmp_path, monkeypatch):
    import viz.embed
    from viz.build import BuildConfig, build

    monkeypatch.setattr(viz.embed, "make_embedder", lambda spec, seed=0: _WordEmbedder())
    _corpus(tmp_path / "c.jsonl")
    runs = {}
    for flag in ("1", "0", "1"):
        monkeypatch.setenv("VIZ_BESIDE", flag)
        out = tmp_path / f"run{len(runs)}"
        # a cache each: the mention sentences are embedded by each build (beside: in the
        # dates' child), not read from the first build's cache
        runs[len(runs)] = build(BuildConfig(paths=[str(tmp_path / "c.jsonl")], out=str(out),
                                            cache_dir=str(tmp_path / f"cache{len(runs)}"),
                                            progress=False))
    on, off, again = runs[0], runs[1], runs[2]
    assert set(on.manifest["beside_seconds"]) == {"map", "dates"}
    assert "beside_seconds" not in off.manifest
    counts = off.manifest["counts"]
    assert counts["mentions"] > counts["mentions_reusing_passage_vector"] > 0
    assert counts["texts_embedded"] > counts["passages"]
    for run in (on, again):
        for key in ("texts_embedded", "mentions_reusing_passage_vector"):
            assert run.manifest["counts"][key] == counts[key], key
    assert off.documents["date_inferred"].notna().any()
    for other in (off, again):
        for name in ("documents", "passages", "topics", "mentions", "events"):
            a, b = getattr(on, name), getattr(other, name)
            assert a.equals(b), name


@needs_fork
def test_a_large_build_keeps_its_dates_and_map_in_one_process(tmp_path, monkeypatch):
    # above BESIDE_MAX_PASSAGES no child is forked (each would copy the parent's pages as
    # either writes them); the tables are those of a build with children
    import viz.embed
    from viz.build import BESIDE_MAX_PASSAGES, BuildConfig, beside_children, build

    assert beside_children(BESIDE_MAX_PASSAGES) and not beside_children(BESIDE_MAX_PASSAGES + 1)
    monkeypatch.setattr(viz.embed, "make_embedder", lambda spec, seed=0: _WordEmbedder())
    _corpus(tmp_path / "c.jsonl")
    monkeypatch.setenv("VIZ_BESIDE", "1")
    runs = []
    for limit in ("", "3"):  # the default, then fewer passages than the corpus has
        monkeypatch.setenv("VIZ_BESIDE_MAX_PASSAGES", limit)
        runs.append(build(BuildConfig(paths=[str(tmp_path / "c.jsonl")],
                                      out=str(tmp_path / f"run{len(runs)}"),
                                      cache_dir=str(tmp_path / f"cache{len(runs)}"),
                                      progress=False)))
    forked, alone = runs
    assert set(forked.manifest["beside_seconds"]) == {"map", "dates"}
    assert "beside_seconds" not in alone.manifest
    assert len(alone.passages) > 3
    for name in ("documents", "passages", "topics", "mentions", "events"):
        assert getattr(forked, name).equals(getattr(alone, name)), name
