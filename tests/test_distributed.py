"""``viz build --cluster``: the build on Dask gives the run a single process gives.

Fast tests run an in-process Dask cluster (threads) on a tiny corpus with the tfidf embedder;
slow ones start real worker processes (``local:2``) on the bundled sample corpus with the
real embedder, kill a worker mid-build, and fit topics on a sample.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from viz import schema as S
from viz.build import BuildConfig, build
from viz.store import load_embeddings, load_run

ROOT = Path(__file__).resolve().parent.parent

DOCS = {
    "en_storm.txt": "The storm hit the harbour on 14 March 2023.\n\nThe council met on 20 March 2023 "
                    "to discuss repairs.",
    "fr_storm.txt": "La tempête a frappé le port le 14 mars 2023.\n\nLe conseil s'est réuni le 20 "
                    "mars 2023.",
    "en_rail.txt": "The new rail line opens in December 2024, the ministry said.",
    "fr_rail.txt": "La nouvelle ligne ouvrira en décembre 2024, selon le ministère.",
    "id_rail.txt": "Jalur kereta baru dibuka pada Desember 2024, kata kementerian.",
    "en_fair.txt": "The harvest fair is held every year in September.",
}


def tables(run) -> dict[str, pd.DataFrame]:
    return {name: getattr(run, name) for name in S.TABLES}


def assert_same_tables(a, b):
    for name in S.TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


@pytest.fixture()
def tiny_corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def threads_cluster():
    """An in-process Dask cluster (2 workers of 1 thread) reachable at a tcp address."""
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None, protocol="tcp")
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


# --- fast -----------------------------------------------------------------------------------

def test_cluster_spec_is_parsed():
    from viz.distributed import parse_cluster

    assert parse_cluster("local:3") == ("local", 3)
    assert parse_cluster("tcp://10.0.0.5:8786") == ("address", "tcp://10.0.0.5:8786")
    assert parse_cluster("scheduler:8786") == ("address", "scheduler:8786")
    for bad in ("local:x", "local:0", "nonsense"):
        with pytest.raises(ValueError):
            parse_cluster(bad)


def test_partitions_cover_every_row_once():
    from viz.distributed import _partitions

    for n, parts in [(0, 4), (1, 8), (19, 8), (1000, 8), (1001, 7)]:
        bounds = _partitions(n, parts)
        covered = [i for a, b in bounds for i in range(a, b)]
        assert covered == list(range(n))
        assert len(bounds) <= max(parts, 1)


def test_out_of_sample_passages_are_aligned_as_the_sample_was():
    """The shifts applied to passages outside the sample reproduce
    viz.topics.clustering.align_languages on the sample."""
    from viz.topics.sample import SampleIndex, language_shifts
    from viz.topics.clustering import align_languages

    rng = np.random.default_rng(0)
    vecs = rng.normal(size=(60, 8)).astype(np.float32)
    vecs[:30] += 2.0  # language "a" sits apart from language "b"
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    langs = ["a"] * 30 + ["b"] * 30
    aligned, shifted = align_languages(vecs, langs)
    assert shifted == ["a", "b"]
    shifts = language_shifts(vecs, langs, True)
    manual = vecs + np.stack([shifts[x] for x in langs])
    manual /= np.linalg.norm(manual, axis=1, keepdims=True)
    np.testing.assert_allclose(manual, aligned, atol=1e-6)
    # one micro-cluster: every sample passage is its own nearest once aligned the same way
    index = SampleIndex.build(vecs, langs, np.zeros(60, int), align=True)
    assert index.nearest(vecs, langs).tolist() == list(range(60))
    assert language_shifts(vecs, langs, False) == {}


def test_without_cluster_dask_is_never_imported(tiny_corpus, tmp_path):
    code = (
        "import sys\n"
        "from viz.cli import main\n"
        f"rc = main(['build', {str(tiny_corpus)!r}, '--out', {str(tmp_path / 'run')!r}, "
        "'--embedder', 'tfidf', '--no-progress'])\n"
        "assert rc == 0, rc\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))\n"
        "assert not loaded, loaded\n"
        "assert 'viz.distributed' not in sys.modules\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("ok")


def test_cluster_without_the_extra_says_how_to_install_it(tiny_corpus, tmp_path):
    code = (
        "import sys\n"
        "sys.modules['distributed'] = None  # as if the dask extra were not installed\n"
        "from viz.cli import main\n"
        f"rc = main(['build', {str(tiny_corpus)!r}, '--out', {str(tmp_path / 'run')!r}, "
        "'--embedder', 'tfidf', '--no-progress', '--cluster', 'local:2'])\n"
        "sys.exit(rc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=600)
    assert out.returncode == 2, out.stderr[-2000:]
    assert "uv sync --extra dask" in out.stderr
    assert not (tmp_path / "run").exists()


def test_unreachable_scheduler_is_a_clear_error(tiny_corpus, tmp_path, capsys, monkeypatch):
    pytest.importorskip("distributed")
    from viz import distributed
    from viz.cli import main

    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")

    rc = main(["build", str(tiny_corpus), "--out", str(tmp_path / "run"), "--embedder", "tfidf",
               "--no-progress", "--cluster", "tcp://127.0.0.1:9"])
    assert rc == 2
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler" in err and "dask scheduler" in err
    assert not (tmp_path / "run").exists()


def test_a_scheduler_without_workers_is_a_clear_error(tiny_corpus, tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    from viz import distributed as vd

    monkeypatch.setattr(vd, "WORKER_TIMEOUT", 1)
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None,
                                  protocol="tcp") as empty:
        config = BuildConfig(paths=[str(tiny_corpus)], out=str(tmp_path / "run"),
                             embedder="tfidf", progress=False, cluster=empty.scheduler_address)
        with pytest.raises(vd.ClusterError, match="no workers.*dask worker tcp://"):
            build(config)
    assert not (tmp_path / "run").exists()


def test_cluster_build_equals_single_process_build(tiny_corpus, tmp_path, threads_cluster,
                                                   monkeypatch):
    """Tiny corpus, one document per partition, corpus-fitted embedder: the same tables."""
    from viz import distributed

    monkeypatch.setattr(distributed, "MIN_PARTITION_DOCS", 1)
    common = dict(paths=[str(tiny_corpus)], embedder="tfidf", progress=False, seed=3)
    single = build(BuildConfig(out=str(tmp_path / "single"), **common))
    on_dask = build(BuildConfig(out=str(tmp_path / "dask"), cluster=threads_cluster, **common))
    assert_same_tables(single, on_dask)
    assert len(on_dask.mentions) >= 8 and len(on_dask.events) >= 4  # events were exercised
    m = on_dask.manifest
    assert m["cluster"]["workers"] == 2 and m["cluster"]["document_partitions"] == len(DOCS)
    assert m["topic_sample"]["fitted"] == m["counts"]["passages"]
    assert {k: v for k, v in m["parameters"].items() if k != "out"} == \
        {k: v for k, v in single.manifest["parameters"].items() if k != "out"}
    np.testing.assert_array_equal(load_embeddings(single.path), load_embeddings(on_dask.path))


def test_events_partitioned_by_value_match_one_grouping(threads_cluster):
    """Events found per partition of date values are numbered as one global grouping."""
    from distributed import Client

    from tests.tiny import tiny_tables
    from viz.distributed import _events
    from viz.events import build_events

    t = tiny_tables()
    mentions = t[S.MENTIONS].drop(columns=[S.TOPIC_ID, S.EVENT_ID])
    rng = np.random.default_rng(1)
    vecs = rng.normal(size=(len(mentions), 4)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    want_m, want_e = build_events(mentions, t[S.PASSAGES], vecs)
    with Client(threads_cluster) as client:
        for parts in (1, 2, 5):
            got_m, got_e = _events(client, mentions, t[S.PASSAGES], vecs, parts, False)
            pd.testing.assert_frame_equal(got_m.reset_index(drop=True),
                                          want_m.reset_index(drop=True))
            pd.testing.assert_frame_equal(got_e, want_e.reset_index(drop=True))


# --- slow: real worker processes, the real embedder -------------------------------------------

def _sample_config(out, **kw) -> BuildConfig:
    from viz.sample import SAMPLE_CORPUS

    return BuildConfig(paths=[str(SAMPLE_CORPUS)], out=str(out), progress=False,
                       cache_dir=os.environ["VIZ_CACHE_DIR"], **kw)


@pytest.mark.slow
def test_sample_corpus_on_local_2_equals_the_single_process_build(sample_run, tmp_path, capsys):
    """``--cluster local:2`` through the CLI: every table equal to the single-process run.

    Both builds read the embeddings of the one cache (the workers share this machine's cache),
    so the vectors are bit-identical; the USE embedder's vectors otherwise differ by ~1e-7
    with the batch a text is encoded in, which a build on other partitions could amplify.
    """
    from viz.cli import main

    out = tmp_path / "dask"
    rc = main(["build", str(_sample_config(out).paths[0]), "--out", str(out), "--no-progress",
               "--cache-dir", os.environ["VIZ_CACHE_DIR"], "--cluster", "local:2"])
    assert rc == 0
    assert "topics:" in capsys.readouterr().out
    single, on_dask = load_run(sample_run), load_run(out)
    assert_same_tables(single, on_dask)
    assert on_dask.manifest["cluster"]["spec"] == "local:2"
    assert on_dask.manifest["cluster"]["workers"] == 2
    np.testing.assert_array_equal(load_embeddings(sample_run), load_embeddings(out))
    # the dashboard opens the run as it opens any other
    from viz.app import create_app

    assert create_app(out) is not None


@pytest.mark.slow
def test_topics_fitted_on_a_sample_assign_every_passage(sample_run, tmp_path):
    """Documented difference above ``topic_sample``: passages outside the sample take the
    topic (and map position) of their nearest sample passage; sizes count every passage."""
    from viz.topics.sample import SampleIndex, draw

    run = build(_sample_config(tmp_path / "dask", cluster="local:2", topic_sample=80))
    p = run.passages
    note = run.manifest["topic_sample"]
    assert note["fitted"] == 80 and note["passages"] == len(p) == 124
    assert set(p[S.TOPIC_ID]) <= set(run.topics[S.TOPIC_ID])
    assert int(run.topics[S.SIZE].sum()) == len(p)
    for t, size, langs in zip(run.topics[S.TOPIC_ID], run.topics[S.SIZE], run.topics[S.LANGUAGES]):
        assert size == int((p[S.TOPIC_ID] == t).sum()) == sum(langs.values())
    assert set(x for rep in run.topics[S.REPRESENTATIVE] for x in rep) <= set(p[S.PASSAGE_ID])
    # recompute the assignment: which 80 were fitted (the seeded draw) and their nearest
    idx = draw(len(p), 80, 0)
    emb = load_embeddings(sample_run)  # the same vectors (one cache), float16 as stored
    langs = p[S.LANG].tolist()
    index = SampleIndex.build(emb[idx], [langs[i] for i in idx],
                              p[S.CLUSTER_ID].to_numpy()[idx], align=True)
    near = index.nearest(emb, langs)
    near[idx] = np.arange(80)
    agree = (p[S.TOPIC_ID].to_numpy() == p[S.TOPIC_ID].to_numpy()[idx][near]).mean()
    assert agree >= 0.97  # float16 storage may flip a near tie
    xy = p[[S.X, S.Y]].to_numpy()
    assert (np.abs(xy - xy[idx][near]).max(axis=1) == 0).mean() >= 0.97


def _kill_a_busy_worker(client, prefix: str, done: threading.Event) -> list[int]:
    """SIGKILL the process of a worker while it runs a task whose key starts with ``prefix``."""
    pids = client.run(os.getpid)
    killed = []
    deadline = time.monotonic() + 300
    while not done.is_set() and time.monotonic() < deadline and not killed:
        for addr, keys in client.processing().items():
            if any(str(k).startswith(prefix) for k in keys) and addr in pids:
                os.kill(pids[addr], signal.SIGKILL)
                killed.append(pids[addr])
                break
        time.sleep(0.05)
    return killed


def _build_while_killing(config, cluster, prefix):
    from distributed import Client

    done = threading.Event()
    outcome = {}

    def run():
        try:
            outcome["run"] = build(config)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome["error"] = exc
        finally:
            done.set()

    thread = threading.Thread(target=run)
    with Client(cluster.scheduler_address) as watcher:
        thread.start()
        killed = _kill_a_busy_worker(watcher, prefix, done)
        thread.join(900)
    return outcome, killed


@pytest.mark.slow
def test_a_killed_worker_is_replaced_and_the_build_completes(sample_run, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        config = _sample_config(tmp_path / "dask", cluster=cluster.scheduler_address)
        outcome, killed = _build_while_killing(config, cluster, "viz-documents")
    assert killed, "no worker was seen running a document task"
    assert "error" not in outcome, outcome.get("error")
    assert_same_tables(load_run(sample_run), outcome["run"])


@pytest.mark.slow
def test_a_worker_dying_past_the_allowed_failures_stops_the_build_and_writes_nothing(tmp_path):
    distributed = pytest.importorskip("distributed")
    import dask

    out = tmp_path / "dask"
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster:
            config = _sample_config(out, cluster=cluster.scheduler_address)
            outcome, killed = _build_while_killing(config, cluster, "viz-documents")
    assert killed
    from viz.distributed import ClusterError

    error = outcome.get("error")
    assert isinstance(error, ClusterError), outcome
    assert "worker died" in str(error) and "no run was written" in str(error)
    assert not out.exists()
    assert not any(out.parent.glob(f".{out.name}.tmp-*"))
    # and the CLI reports it as an error, exit status 2 (ClusterError is a RunError)
    from viz.store import RunError

    assert isinstance(error, RunError)
    json.dumps(str(error))
