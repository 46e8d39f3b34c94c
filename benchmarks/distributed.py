"""Benchmark ``viz build --cluster local:N`` against the single-process build, in one run.

Not a test: timings on a shared machine are noisy, so both builds run here, one after the
other, on the same rows, each in a fresh process, and the cluster build is reported as a
ratio to the single-process one. By default each build has its own empty embedding cache
(every passage is really embedded). With ``--cache-dir`` every build shares one cache, warmed
first by an untimed single-process build, so the embedding does not hide the rest (reading,
passages, dates, topics). ``--before DIR`` adds the cluster build of another version of viz
(the package in DIR, e.g. ``git archive <commit> | tar -x -C DIR``) to compare with, in the
same run. For each build: wall time, and the client process's peak RSS and CPU seconds
(``resource.getrusage``; the workers are child processes, not counted in the client's).

    uv run --extra dask python benchmarks/distributed.py                 # 20,000 UNGDC paragraphs
    uv run --extra dask python benchmarks/distributed.py --limit 5000 --workers 2
    uv run --extra dask python benchmarks/distributed.py --cache-dir /tmp/c --before /tmp/old
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNGDC = ROOT.parent / "shared" / "corpora" / "ungdc" / "ungdc_paragraphs.jsonl.gz"

_ONE = r"""
import json, os, resource, sys, threading, time
from viz.build import BuildConfig, build
path, out, cache, cluster = sys.argv[1:5]
samples, stop = [], threading.Event()
page = os.sysconf("SC_PAGE_SIZE")

def sample():  # the client's resident memory and CPU time, 10 times a second
    while not stop.is_set():
        with open("/proc/self/statm") as f:
            rss = int(f.read().split()[1]) * page
        samples.append((time.perf_counter(), rss, time.process_time()))
        time.sleep(0.1)

threading.Thread(target=sample, daemon=True).start()
started = time.perf_counter()
cpu_started = time.process_time()
run = build(BuildConfig(paths=[path], out=out, cache_dir=cache, progress=False,
                        cluster=cluster or None))
wall = time.perf_counter() - started
stop.set()
usage = resource.getrusage(resource.RUSAGE_SELF)
# the stages before the topics: reading and the per-document stages (on the workers with a
# cluster, in this process without)
seconds = run.manifest["seconds"]
stages = list(seconds)
before_topics = sum(seconds[k] for k in stages[:stages.index("topics")])
window = [s for s in samples if s[0] <= started + before_topics]
print(json.dumps({"wall_seconds": round(wall, 1), "seconds": seconds,
                  "client_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
                  "until_topics": {
                      "seconds": round(before_topics, 1),
                      "peak_client_mib": round(max(s[1] for s in window) / 2**20),
                      "client_cpu_seconds": round(window[-1][2] - cpu_started, 1)},
                  "counts": run.manifest["counts"],
                  "peak_client_mib": round(usage.ru_maxrss / 1024),
                  "peak_worker_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}))
"""


def first_rows(src: Path, n: int, dst: Path) -> None:
    opener = gzip.open if src.suffix == ".gz" else open
    with opener(src, "rt", encoding="utf-8") as fin, open(dst, "w", encoding="utf-8") as fout:
        for i, line in enumerate(fin):
            if i >= n:
                break
            fout.write(line)


def one_build(path: Path, tmp: Path, name: str, cluster: str, cache: Path | None = None,
              code: Path | None = None) -> dict:
    """One build in a fresh process; ``code``: the folder whose ``viz`` package it imports."""
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    out = subprocess.run([sys.executable, "-c", _ONE, str(path), str(tmp / name),
                          str(cache or tmp / f"cache-{name}"), cluster],
                         capture_output=True, text=True, cwd=code or ROOT, env=env)
    if out.returncode != 0:
        sys.stderr.write(out.stderr[-4000:])
        raise SystemExit(f"{name} build failed")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--path", default=str(UNGDC), help="a .jsonl or .jsonl.gz corpus")
    ap.add_argument("--limit", type=int, default=20_000, help="first N rows (default 20,000)")
    ap.add_argument("--workers", type=int, default=2, help="local:N worker processes")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--cache-dir", default=None,
                    help="one embedding cache for every build, warmed first by an untimed "
                         "single-process build (default: each build its own empty cache)")
    ap.add_argument("--before", default=None, metavar="DIR",
                    help="also run the cluster build with the viz package in DIR (another "
                         "version, e.g. an export of an earlier commit)")
    args = ap.parse_args(argv)

    before = None
    with tempfile.TemporaryDirectory(prefix="viz-bench-dask-") as tmp:
        tmp = Path(tmp)
        rows = tmp / f"rows-{args.limit}.jsonl"
        first_rows(Path(args.path), args.limit, rows)
        cache = Path(args.cache_dir).resolve() if args.cache_dir else None
        if cache is not None:
            one_build(rows, tmp, "warm", "", cache)
        single = one_build(rows, tmp, "single", "", cache)
        if args.before:
            before = one_build(rows, tmp, "before", f"local:{args.workers}", cache,
                               Path(args.before).resolve())
        cluster = one_build(rows, tmp, "cluster", f"local:{args.workers}", cache)
    # the stages the cluster runs on its workers, against the same stages in one process
    per_doc = sum(single["seconds"].get(k, 0) for k in ("passages", "languages", "embed", "dates"))
    result = {
        "corpus": f"{args.path} (first {args.limit} rows)",
        "per_document_stages_ratio": round(cluster["seconds"]["documents"] / per_doc, 3),
        "read_stage_ratio": round(cluster["seconds"]["read"] / single["seconds"]["read"], 3),
        "passages": single["counts"]["passages"],
        "single": single,
        f"local:{args.workers}": cluster,
        "wall_ratio_cluster_to_single": round(cluster["wall_seconds"] / single["wall_seconds"], 3),
        "same_counts": {k: single["counts"][k] == cluster["counts"][k]
                        for k in ("documents", "passages", "topics", "mentions", "events")},
    }
    if before is not None:
        result[f"before local:{args.workers}"] = before
        result["after_to_before"] = {
            "wall": round(cluster["wall_seconds"] / before["wall_seconds"], 3),
            "client_peak_rss": round(cluster["peak_client_mib"] / before["peak_client_mib"], 3),
            "client_cpu": round(cluster["client_cpu_seconds"] / before["client_cpu_seconds"], 3),
            "until_topics_seconds": round(cluster["until_topics"]["seconds"]
                                          / before["until_topics"]["seconds"], 3),
            "until_topics_client_peak_rss": round(cluster["until_topics"]["peak_client_mib"]
                                                  / before["until_topics"]["peak_client_mib"], 3),
            "until_topics_client_cpu": round(cluster["until_topics"]["client_cpu_seconds"]
                                             / before["until_topics"]["client_cpu_seconds"], 3),
        }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"corpus:   {result['corpus']}, {result['passages']} passages"
          + (f"; one warm embedding cache {cache}" if cache else "; empty caches"))
    runs = [("single", single)] + ([(f"before:{args.workers}", before)] if before else []) \
        + [(f"local:{args.workers}", cluster)]
    for name, r in runs:
        stages = ", ".join(f"{k} {v:.1f}" for k, v in r["seconds"].items())
        print(f"{name:<9} wall {r['wall_seconds']:7.1f} s  (stages, s: {stages}); "
              f"client: peak RSS {r['peak_client_mib']} MiB, CPU {r['client_cpu_seconds']} s; "
              f"largest child {r['peak_worker_mib']} MiB")
        u = r["until_topics"]
        print(f"{'':<9} until the topics: {u['seconds']:.1f} s, client peak RSS "
              f"{u['peak_client_mib']} MiB, client CPU {u['client_cpu_seconds']} s")
    if before is not None:
        ab = result["after_to_before"]
        print(f"ratio:    local:{args.workers} now / before ({args.before}): wall {ab['wall']:.2f}, "
              f"client peak RSS {ab['client_peak_rss']:.2f}, client CPU {ab['client_cpu']:.2f}; "
              f"until the topics: time {ab['until_topics_seconds']:.2f}, client peak RSS "
              f"{ab['until_topics_client_peak_rss']:.2f}, client CPU "
              f"{ab['until_topics_client_cpu']:.2f}")
    print(f"ratio:    local:{args.workers} / single = {result['wall_ratio_cluster_to_single']:.2f}")
    print(f"ratio:    per-document stages (single: passages+languages+embed+dates; local:"
          f"{args.workers}: documents) = {result['per_document_stages_ratio']:.2f}; topics run "
          "on the client in both, so their times differ only by the machine's load")
    print(f"ratio:    read stage (local:{args.workers} / single) = "
          f"{result['read_stage_ratio']:.2f}")
    print(f"same counts: {result['same_counts']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
