"""Concurrent curation loses nothing: threads, processes and ``viz topics`` commands changing
the same run at once. Every change reported done is in the log and in the final run, the log
and the run agree, and a reader racing the writers always loads one complete published run."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from viz.topics import curation
from viz import schema as S
from viz.store import load_run, read_run, stale_temporaries

ROOT = Path(__file__).resolve().parent.parent


def _labels(run) -> dict[int, str]:
    return dict(zip((int(t) for t in run.topics[S.TOPIC_ID]), run.topics[S.LABEL]))


def _expected_labels(entries: list[dict]) -> dict[int, str]:
    """The user label of each topic after replaying the renames of a curation log."""
    labels: dict[int, str] = {}
    for e in entries:
        if e["op"] == "rename":
            labels[int(e["topic"])] = e["label"]
    return labels


def _check_consistent(run) -> None:
    """Tables and manifest of one loaded run come from the same publish."""
    labels = _labels(run)
    for topic, label in _expected_labels(run.manifest.get("curation", [])).items():
        if topic in labels:
            assert labels[topic] == label, (topic, labels, run.manifest["curation"][-3:])
    assert len(run.passages) == 6 and set(run.passages[S.TOPIC_ID]) <= set(labels)


def _check_nothing_lost(run_dir: Path, done: list[tuple[int, str]], ops: int) -> None:
    log = curation.history(run_dir)
    renames = [(int(e["topic"]), e["label"]) for e in log if e["op"] == "rename"]
    assert sorted(renames) == sorted(done), "a change reported done is missing from the log"
    assert len(log) == ops
    run = load_run(run_dir)
    assert run.manifest["curation"] == log  # the log and the run were published together
    final = _labels(run)
    for topic, label in _expected_labels(log).items():
        assert final[topic] == label
    assert stale_temporaries(run_dir) == []


def test_threads_renaming_at_once_lose_nothing(tiny_run):
    n_threads, per_thread = 6, 4
    barrier = threading.Barrier(n_threads)
    done, errors = [], []

    def work(i):
        barrier.wait()
        for k in range(per_thread):
            topic, label = i % 2, f"thread {i} change {k}"
            try:
                run = curation.rename(tiny_run, topic, label).run
            except Exception as exc:  # noqa: BLE001 - any failure fails the test below
                errors.append(repr(exc))
                continue
            assert _labels(run)[topic] == label  # the returned run holds this change
            done.append((topic, label))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(done) == n_threads * per_thread
    _check_nothing_lost(tiny_run, done, n_threads * per_thread)


def test_readers_during_writes_always_load_a_complete_run(tiny_run):
    stop = threading.Event()
    loads, problems = [], []

    def read():
        while not stop.is_set():
            try:
                run = read_run(tiny_run)
                _check_consistent(run)
                loads.append(len(run.manifest.get("curation", [])))
            except Exception as exc:  # noqa: BLE001
                problems.append(repr(exc))

    def write(i):
        for k in range(5):
            curation.rename(tiny_run, i % 2, f"writer {i} change {k}")

    readers = [threading.Thread(target=read) for _ in range(2)]
    writers = [threading.Thread(target=write, args=(i,)) for i in range(3)]
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    assert problems == []
    assert loads, "the readers never loaded the run"
    assert loads == sorted(loads) or len(set(loads)) > 1  # they saw the run change
    _check_nothing_lost(tiny_run, [(int(e["topic"]), e["label"])
                                   for e in curation.history(tiny_run)], 15)


def test_mixed_changes_at_once_are_each_applied_or_refused(tiny_run):
    """Splits, merges and renames racing: each either lands (and is logged) or is refused with
    a CurationError naming why; none is reported done and lost."""
    outcomes = []
    barrier = threading.Barrier(4)

    def attempt(name, change):
        barrier.wait()
        try:
            change()
            outcomes.append((name, "done"))
        except curation.CurationError as exc:
            outcomes.append((name, f"refused: {exc}"))

    jobs = [("split", lambda: curation.split(tiny_run, 0)),
            ("rename0", lambda: curation.rename(tiny_run, 0, "Storms")),
            ("rename1", lambda: curation.rename(tiny_run, 1, "Trains")),
            ("delete1", lambda: curation.delete(tiny_run, [1]))]
    threads = [threading.Thread(target=attempt, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == 4
    done = [name for name, result in outcomes if result == "done"]
    ops = {"split": "split", "rename0": "rename", "rename1": "rename", "delete1": "delete"}
    assert sorted(e["op"] for e in curation.history(tiny_run)) == sorted(ops[n] for n in done)
    run = load_run(tiny_run)
    assert run.manifest["curation"] == curation.history(tiny_run)
    assert len(run.passages) == 6


def _process_worker(args):
    run_dir, i, n = args
    done = []
    for k in range(n):
        topic, label = i % 2, f"process {i} change {k}"
        curation.rename(run_dir, topic, label)
        done.append((topic, label))
    return done


def test_two_cli_commands_and_a_thread_renaming_at_once_lose_nothing(tiny_run):
    """The case that lost a change in 3 rounds of 3: two ``viz topics`` commands at once."""
    commands = [subprocess.Popen([sys.executable, "-m", "viz", "topics", str(tiny_run), "rename",
                                  str(j), f"command {j}"], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for j in range(2)]
    done = _process_worker((str(tiny_run), 0, 3))  # meanwhile, in this process
    for j, proc in enumerate(commands):
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert f"command {j}" in out
        done.append((j, f"command {j}"))
    _check_nothing_lost(tiny_run, done, 5)


@pytest.mark.slow
def test_processes_and_cli_commands_renaming_at_once_lose_nothing(tiny_run):
    n_procs, per_proc, n_cli = 3, 3, 3
    commands = [subprocess.Popen([sys.executable, "-m", "viz", "topics", str(tiny_run), "rename",
                                  str(j % 2), f"command {j}"], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for j in range(n_cli)]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(n_procs) as pool:
        results = pool.map(_process_worker, [(str(tiny_run), i, per_proc) for i in range(n_procs)])
    done = [change for result in results for change in result]
    for j, proc in enumerate(commands):
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert f"command {j}" in out  # the listing it prints holds its own change
        done.append((j % 2, f"command {j}"))
    _check_nothing_lost(tiny_run, done, n_procs * per_proc + n_cli)
