"""Race curation changes against each other and count what is lost.

Each round writes a fresh small run, then at once: THREADS threads of this process and
COMMANDS ``viz topics RUN rename`` commands each rename topics (distinct labels). A change
reported done (no exception, exit 0) must be in the curation log and in the run's manifest,
and each topic's final label must be the last one the log gives it. A reader thread loads the
run all the while and checks that its tables and manifest come from one published run.

    uv run python benchmarks/races.py                 # 5 rounds
    uv run python benchmarks/races.py --rounds 20 --threads 6 --commands 3
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def one_round(base: Path, threads: int, per_thread: int, commands: int) -> dict:
    from tests.tiny import write_tiny_run
    from viz.topics import curation
    from viz import schema as S
    from viz.store import load_run, read_run, stale_temporaries

    run_dir = write_tiny_run(base / "run")
    done, failed, torn, loads = [], [], [], [0]
    stop = threading.Event()

    def labels(run):
        return dict(zip((int(t) for t in run.topics[S.TOPIC_ID]), run.topics[S.LABEL]))

    def reader():
        while not stop.is_set():
            run = read_run(run_dir)
            loads[0] += 1
            last = {}
            for e in run.manifest.get("curation", []):
                last[int(e["topic"])] = e["label"]
            if any(labels(run).get(t) != label for t, label in last.items()):
                torn.append(run.manifest.get("publish_id"))

    def writer(i):
        for k in range(per_thread):
            topic, label = i % 2, f"thread {i} change {k}"
            try:
                curation.rename(run_dir, topic, label)
                done.append((topic, label))
            except Exception as exc:  # noqa: BLE001
                failed.append(repr(exc))

    procs = [subprocess.Popen([sys.executable, "-m", "viz", "topics", str(run_dir), "rename",
                               str(j % 2), f"command {j}"], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for j in range(commands)]
    r = threading.Thread(target=reader)
    ws = [threading.Thread(target=writer, args=(i,)) for i in range(threads)]
    r.start()
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    for j, p in enumerate(procs):
        _, err = p.communicate()
        if p.returncode == 0:
            done.append((j % 2, f"command {j}"))
        else:
            failed.append(err.strip().splitlines()[-1] if err.strip() else f"exit {p.returncode}")
    stop.set()
    r.join()
    log = curation.history(run_dir)
    logged = {(int(e["topic"]), e["label"]) for e in log}
    run = load_run(run_dir)
    final = labels(run)
    last = {}
    for e in log:
        last[int(e["topic"])] = e["label"]
    return {
        "reported_done": len(done),
        "lost": sum(1 for c in done if c not in logged),
        "failed": len(failed),
        "log_equals_manifest": run.manifest["curation"] == log,
        "final_labels_match_log": all(final[t] == label for t, label in last.items()),
        "reader_loads": loads[0],
        "torn_reads": len(torn),
        "leftovers": len(stale_temporaries(run_dir)),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--per-thread", type=int, default=3)
    ap.add_argument("--commands", type=int, default=2)
    args = ap.parse_args(argv)
    totals = {"reported_done": 0, "lost": 0, "failed": 0, "reader_loads": 0, "torn_reads": 0,
              "leftovers": 0, "inconsistent_rounds": 0}
    for n in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            res = one_round(Path(tmp), args.threads, args.per_thread, args.commands)
        for k in ("reported_done", "lost", "failed", "reader_loads", "torn_reads", "leftovers"):
            totals[k] += res[k]
        totals["inconsistent_rounds"] += not (res["log_equals_manifest"]
                                              and res["final_labels_match_log"])
        print(f"round {n + 1}: {res}", flush=True)
    print(f"rounds: {args.rounds}, writers per round: {args.threads} threads x "
          f"{args.per_thread} + {args.commands} viz topics commands")
    print(f"changes reported done: {totals['reported_done']}, lost: {totals['lost']}, "
          f"failed: {totals['failed']}, rounds where log/run/labels disagree: "
          f"{totals['inconsistent_rounds']}")
    print(f"reader loads during writes: {totals['reader_loads']}, torn: {totals['torn_reads']}; "
          f"leftover temporary folders: {totals['leftovers']}")
    return 0 if totals["lost"] == totals["failed"] == totals["torn_reads"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
