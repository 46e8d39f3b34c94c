"""Crash safety: ``kill -9`` of a build in each stage and of a curation change at each point of
its write. Afterwards the run folder holds either the old complete run or the new complete one,
never half of one; the next command removes the leftovers; a rebuild gives the same tables as a
build that was never interrupted.

Points inside the write are reached with the store's test hook ``VIZ_CRASH_AT=NAME``; the build's
earlier stages are killed from outside as soon as their progress bar appears on stderr.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from viz import schema as S
from viz.sample import SAMPLE_CORPUS
from viz.store import is_locked, load_run, stale_temporaries
from tests.tiny import write_tiny_run

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow

WRITE_POINTS = ("write-tables", "write-manifest", "publish", "published")
BUILD_WRITE_POINTS = ("write-tables", "published")  # each costs a whole build
STAGES = ("languages", "embed", "topics", "dates")


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted(SAMPLE_CORPUS.glob("*_0[1-4]_*.txt")):
        shutil.copy(f, corpus / f.name)
    return corpus


def _build_cmd(corpus: Path, out: Path, cache: Path, progress: bool = False) -> list[str]:
    return [sys.executable, "-m", "viz", "build", str(corpus), "--out", str(out), "--cache-dir",
            str(cache), "--embedder", "tfidf", "--reference-date", "2024-01-01",
            *([] if progress else ["--no-progress"])]


def _run(cmd, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ}
    env.pop("VIZ_CRASH_AT", None)
    if crash_at:
        env["VIZ_CRASH_AT"] = crash_at
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


def _kill_in_stage(cmd, stage: str) -> int:
    """Start ``cmd`` and SIGKILL it as soon as the progress bar of ``stage`` appears."""
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = b""
    mark = f"{stage:<10}:".encode()
    try:
        while mark not in seen:
            chunk = os.read(proc.stderr.fileno(), 4096)
            if not chunk:
                break
            seen = seen[-200:] + chunk
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stderr.close()
    assert mark in seen, f"the build ended before its {stage} stage"
    return proc.returncode


def _tables(run) -> dict[str, pd.DataFrame]:
    return {name: run.table(name) for name in S.TABLES}


def _same_tables(a, b) -> bool:
    for name in S.TABLES:
        x, y = a.table(name), b.table(name)
        try:
            pd.testing.assert_frame_equal(x.reset_index(drop=True), y.reset_index(drop=True))
        except AssertionError:
            return False
    return True


def _old_or_new(run_dir: Path, old_id: str, reference) -> str:
    """'old' or 'new': the run folder is one complete run, never half of one."""
    run = load_run(run_dir)  # raises on a half-written run
    if run.manifest.get("publish_id") == old_id:
        return "old"
    assert _same_tables(run, reference), "the run folder holds a run that is neither old nor new"
    return "new"


def test_kill_9_of_a_build_in_each_stage_and_write_point(tmp_path):
    corpus, cache = _corpus(tmp_path), tmp_path / "cache"
    reference_dir = tmp_path / "reference"
    done = _run(_build_cmd(corpus, reference_dir, cache))
    assert done.returncode == 0, done.stderr
    reference = load_run(reference_dir)

    run_dir = write_tiny_run(tmp_path / "run")  # the old, complete run being rebuilt
    old_id = load_run(run_dir).manifest["publish_id"]
    outcomes = {}
    for stage in STAGES:
        assert _kill_in_stage(_build_cmd(corpus, run_dir, cache, progress=True), stage) == -9
        outcomes[stage] = _old_or_new(run_dir, old_id, reference)
        assert not is_locked(run_dir)  # the kernel released the dead writer's lock
    for point in BUILD_WRITE_POINTS:
        killed = _run(_build_cmd(corpus, run_dir, cache), crash_at=point)
        assert killed.returncode == -9, killed.stderr
        outcomes[point] = _old_or_new(run_dir, old_id, reference)
        assert not is_locked(run_dir)
        if outcomes[point] == "new":
            old_id = load_run(run_dir).manifest["publish_id"]
    assert outcomes == {**{s: "old" for s in STAGES}, "write-tables": "old", "published": "new"}
    # the killed writes left temporary folders; the next build removes them
    assert stale_temporaries(run_dir)
    again = _run(_build_cmd(corpus, run_dir, cache))
    assert again.returncode == 0, again.stderr
    assert stale_temporaries(run_dir) == []
    rerun = load_run(run_dir)
    assert _same_tables(rerun, reference)
    # (the tfidf embedder used here is fitted per corpus, so it is never cached: the embedding
    # cache's own resumption is tested in test_cli and test_embed)


@pytest.mark.parametrize("point", WRITE_POINTS)
def test_kill_9_of_a_curation_change_leaves_the_old_or_the_new_run(tiny_run, point):
    before = load_run(tiny_run)
    killed = _run([sys.executable, "-m", "viz", "topics", str(tiny_run), "rename", "0",
                   "Killed storm"], crash_at=point)
    assert killed.returncode == -9, killed.stderr
    after = load_run(tiny_run)  # complete, whichever it is
    label = dict(zip(after.topics[S.TOPIC_ID], after.topics[S.LABEL]))[0]
    log = [e for e in after.manifest.get("curation", [])]
    if point == "published":
        assert label == "Killed storm" and [e["op"] for e in log] == ["rename"]
        assert (tiny_run / S.CURATION_LOG).read_text().count("\n") == 1  # log in the same swap
    else:
        assert after.manifest["publish_id"] == before.manifest["publish_id"]
        assert label == before.topics[S.LABEL].iloc[0] and log == []
    assert stale_temporaries(tiny_run) and not is_locked(tiny_run)
    # the next change is not blocked by the dead writer, and cleans up after it
    done = _run([sys.executable, "-m", "viz", "topics", str(tiny_run), "rename", "1", "Trains"])
    assert done.returncode == 0, done.stderr
    assert stale_temporaries(tiny_run) == []
    final = load_run(tiny_run)
    assert [e["op"] for e in final.manifest["curation"]] == ["rename"] * (
        2 if point == "published" else 1)
