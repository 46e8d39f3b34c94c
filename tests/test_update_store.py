"""``viz build --update`` writes only what it adds: the stored matrices grow by their new rows
(``write_run(grow=...)``), equal to what rewriting the stacked matrix gives, and the old run is
intact when the update is killed while it writes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from viz import schema as S
from viz.store import load_embeddings, load_reduced, load_run, stale_temporaries, write_run
from tests.tiny import tiny_tables, write_tiny_run

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tiny_run(tmp_path):
    return write_tiny_run(tmp_path / "run")


def _grown(run_dir: Path, emb_rows, red_rows) -> None:
    run = load_run(run_dir)
    tables = {name: run.table(name) for name in S.TABLES}
    write_run(run_dir, tables, run.manifest, grow={S.EMBEDDINGS: emb_rows, S.REDUCED: red_rows})


def test_grown_matrices_equal_the_stacked_matrices_written_whole(tiny_run, tmp_path):
    old_emb = load_embeddings(tiny_run, mmap=True)
    old_bytes = (tiny_run / S.EMBEDDINGS).read_bytes()
    old_inode = os.stat(tiny_run / S.EMBEDDINGS).st_ino
    before = np.array(old_emb)
    del old_emb
    old_red = load_reduced(tiny_run)
    rng = np.random.default_rng(0)
    new_emb = rng.normal(size=(3, before.shape[1])).astype(np.float32)
    new_red = rng.normal(size=(3, old_red.shape[1])).astype(np.float32)
    _grown(tiny_run, new_emb, new_red)

    # what a rewrite of the whole matrices gives
    whole = tmp_path / "whole"
    run = load_run(tiny_run)
    write_run(whole, {n: run.table(n) for n in S.TABLES}, run.manifest,
              embeddings=np.vstack([before.astype(np.float32), new_emb]),
              reduced=np.vstack([old_red, new_red]))
    for name in (S.EMBEDDINGS, S.REDUCED):
        got, want = np.load(tiny_run / name), np.load(whole / name)
        assert got.dtype == want.dtype and got.shape == want.shape
        np.testing.assert_array_equal(got, want)
        np.testing.assert_array_equal(np.load(tiny_run / name, mmap_mode="r"), want)
    assert np.load(tiny_run / S.EMBEDDINGS).dtype == np.float16
    # the old file was copied, not changed in place (a reader of the old run keeps its rows)
    assert os.stat(tiny_run / S.EMBEDDINGS).st_ino != old_inode
    assert len(old_bytes) < (tiny_run / S.EMBEDDINGS).stat().st_size


def test_growing_a_matrix_whose_header_has_no_room_rewrites_it(tiny_run):
    """A version 2.0 .npy (or one without NumPy's spare header room) is written anew."""
    from numpy.lib import format as npf

    emb = np.load(tiny_run / S.EMBEDDINGS)
    with open(tiny_run / S.EMBEDDINGS, "wb") as fh:
        npf.write_array(fh, emb, version=(2, 0))
    new = np.ones((2, emb.shape[1]), np.float32)
    _grown(tiny_run, new, np.ones((2, load_reduced(tiny_run).shape[1]), np.float32))
    got = np.load(tiny_run / S.EMBEDDINGS)
    np.testing.assert_array_equal(got, np.vstack([emb, new.astype(np.float16)]))


def test_rows_of_another_width_are_refused_and_the_run_is_kept(tiny_run):
    before = np.load(tiny_run / S.EMBEDDINGS)
    with pytest.raises(ValueError, match="width"):
        _grown(tiny_run, np.ones((2, before.shape[1] + 1), np.float32),
               np.ones((2, 5), np.float32))
    np.testing.assert_array_equal(np.load(tiny_run / S.EMBEDDINGS), before)
    assert not stale_temporaries(tiny_run)


def test_many_grown_rows_and_a_longer_row_count(tmp_path):
    """The header's row count gains digits (99 -> 100,099 rows) and stays in place."""
    tables = tiny_tables()
    emb = np.random.default_rng(1).normal(size=(99, 8)).astype(np.float32)
    run_dir = write_run(tmp_path / "run", tables, {"parameters": {}}, embeddings=emb,
                        reduced=emb[:, :5])
    new = np.random.default_rng(2).normal(size=(100_000, 8)).astype(np.float32)
    write_run(run_dir, tables, {"parameters": {}},
              grow={S.EMBEDDINGS: new, S.REDUCED: new[:, :5]})
    got = np.load(run_dir / S.EMBEDDINGS)
    np.testing.assert_array_equal(got, np.vstack([emb, new]).astype(np.float16))
    np.testing.assert_array_equal(np.load(run_dir / S.REDUCED), np.vstack([emb, new])[:, :5])


@pytest.mark.parametrize("point", [
    "grow-embeddings.npy",
    *(pytest.param(p, marks=pytest.mark.slow)
      for p in ("grow-reduced.npy", "write-manifest", "publish"))])
def test_an_update_killed_while_it_writes_leaves_the_old_run(tmp_path, point):
    """``kill -9`` of ``update`` at each point of its write: the run is the old one, whole;
    the next update removes the leftovers and gives what an uninterrupted update gives."""
    from tests.test_build_update import corpus

    corpus(tmp_path / "old.jsonl", 0, 45, 0)
    corpus(tmp_path / "new.jsonl", 45, 9, 1)
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        import viz.embed
        from tests.test_build_update import WordEmbedder
        viz.embed.make_embedder = lambda spec, seed=0: WordEmbedder()
        from viz.build import BuildConfig, build, update
        if sys.argv[1] == "build":
            build(BuildConfig(paths=[{str(tmp_path / "old.jsonl")!r}], out=sys.argv[2],
                              cache_dir={str(tmp_path / "cache")!r}, progress=False))
        else:
            update(sys.argv[2], [{str(tmp_path / "new.jsonl")!r}],
                   cache_dir={str(tmp_path / "cache")!r}, progress=False)
    """)
    (tmp_path / "job.py").write_text(script)

    def job(*args, crash=None):
        env = {k: v for k, v in os.environ.items() if k != "VIZ_CRASH_AT"}
        if crash:
            env["VIZ_CRASH_AT"] = crash
        return subprocess.run([sys.executable, str(tmp_path / "job.py"), *args], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=300)

    assert job("build", str(tmp_path / "run")).returncode == 0
    before = load_run(tmp_path / "run")
    emb_before = np.load(tmp_path / "run" / S.EMBEDDINGS)
    killed = job("update", str(tmp_path / "run"), crash=point)
    assert killed.returncode == -9, killed.stderr
    after_kill = load_run(tmp_path / "run")
    assert after_kill.manifest.get("publish_id") == before.manifest.get("publish_id")
    assert len(after_kill.passages) == len(before.passages)
    np.testing.assert_array_equal(np.load(tmp_path / "run" / S.EMBEDDINGS), emb_before)
    assert stale_temporaries(tmp_path / "run")  # the killed writer's folder is left...
    done = job("update", str(tmp_path / "run"))
    assert done.returncode == 0, done.stderr
    assert not stale_temporaries(tmp_path / "run")  # ...and removed by the next writer
    # an uninterrupted update of a copy of the old run gives the same tables
    assert job("build", str(tmp_path / "ref")).returncode == 0
    assert job("update", str(tmp_path / "ref")).returncode == 0
    got, want = load_run(tmp_path / "run"), load_run(tmp_path / "ref")
    for name in S.TABLES:
        a, b = got.table(name), want.table(name)
        assert a.shape == b.shape and list(a.columns) == list(b.columns), name
    np.testing.assert_array_equal(np.load(tmp_path / "run" / S.EMBEDDINGS),
                                  np.load(tmp_path / "ref" / S.EMBEDDINGS))
    assert len(np.load(tmp_path / "run" / S.EMBEDDINGS)) == len(got.passages)
