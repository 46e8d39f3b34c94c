"""Benchmark the reading of a corpus alone: on the client (``read_corpus``, as a cluster build
did before the workers read) against the read tasks of ``viz build --cluster local:N``.

Not a test. Each side runs in a fresh process on the same rows, one after the other; the
cluster side starts its ``LocalCluster`` first (not timed) and its time is the plan, the read
tasks and the corpus-wide steps, up to the slices the per-document tasks would take. For each
side: wall seconds, the client process's CPU seconds and peak RSS (``resource.getrusage``;
the workers are child processes, not counted). Ratios are cluster / client.

    uv run --extra dask python benchmarks/distributed_read.py                # 200,000 UNGDC paragraphs
    uv run --extra dask python benchmarks/distributed_read.py --limit 20000 --gzip
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from distributed import first_rows  # noqa: E402 - benchmarks/distributed.py, not Dask's

UNGDC = ROOT.parent / "shared" / "corpora" / "ungdc" / "ungdc_paragraphs.jsonl.gz"

_CLIENT = r"""
import json, resource, sys, time
import pandas, pyarrow
from viz.ingest import read_corpus
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started, cpu = time.perf_counter(), time.process_time()
got = read_corpus([sys.argv[1]])
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"wall_seconds": round(time.perf_counter() - started, 2),
                  "cpu_seconds": round(time.process_time() - cpu, 2),
                  "peak_client_mib": round(usage.ru_maxrss / 1024),
                  "client_mib_before_reading": round(base / 1024),
                  "documents": len(got.documents), "skipped": len(got.skipped)}))
"""

_CLUSTER = r"""
import json, resource, sys, time
from viz.build import BuildConfig
from viz.distributed import _Cluster, read_on_workers
path, workers = sys.argv[1], int(sys.argv[2])
config = BuildConfig(paths=[path], out="unused", progress=False)
with _Cluster(f"local:{workers}") as client:
    client.run(lambda: __import__("viz.ingest.parts"))  # worker imports: not the reading
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu = time.perf_counter(), time.process_time()
    ingested, slices = read_on_workers(client, config, workers * 4, False, "bench")
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    usage = resource.getrusage(resource.RUSAGE_SELF)
    n = sum(hi - lo for _, lo, hi, _ in slices)
print(json.dumps({"wall_seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
                  "peak_client_mib": round(usage.ru_maxrss / 1024),
                  "client_mib_before_reading": round(base / 1024),
                  "documents": n, "skipped": len(ingested.skipped),
                  "read_tasks": ingested.n_parts, "document_slices": len(slices)}))
"""


def run(code: str, *args) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                         text=True, cwd=ROOT)
    if out.returncode != 0:
        sys.stderr.write(out.stderr[-4000:])
        raise SystemExit("a reading failed")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--path", default=str(UNGDC), help="a .jsonl or .jsonl.gz corpus")
    ap.add_argument("--limit", type=int, default=200_000, help="first N rows (default 200,000)")
    ap.add_argument("--workers", type=int, default=2, help="local:N worker processes")
    ap.add_argument("--gzip", action="store_true", help="read the rows as a .jsonl.gz file")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="viz-bench-read-") as tmp:
        rows = Path(tmp) / f"rows-{args.limit}.jsonl"
        first_rows(Path(args.path), args.limit, rows)
        if args.gzip:
            import gzip
            import shutil

            with open(rows, "rb") as fin, gzip.open(f"{rows}.gz", "wb", compresslevel=6) as fout:
                shutil.copyfileobj(fin, fout)
            rows.unlink()
            rows = Path(f"{rows}.gz")
        size = rows.stat().st_size
        client = run(_CLIENT, rows)
        cluster = run(_CLUSTER, rows, args.workers)
    for r in (client, cluster):
        r["added_by_reading_mib"] = r["peak_client_mib"] - r["client_mib_before_reading"]
    result = {"corpus": f"{args.path} (first {args.limit} rows, {size / 2**20:.1f} MiB "
                        f"{'gzip ' if args.gzip else ''}JSONL)",
              "read_corpus_on_client": client, f"read_tasks_local:{args.workers}": cluster,
              "same_counts": (client["documents"], client["skipped"])
              == (cluster["documents"], cluster["skipped"]),
              "ratios_cluster_to_client": {
                  k: round(cluster[k] / client[k], 3) if client[k] else None
                  for k in ("wall_seconds", "cpu_seconds", "added_by_reading_mib")}}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"corpus: {result['corpus']}")
    for name, r in (("read_corpus on the client", client),
                    (f"read tasks on local:{args.workers}", cluster)):
        print(f"{name:<28} wall {r['wall_seconds']:6.2f} s, client CPU {r['cpu_seconds']:6.2f} s, "
              f"client peak RSS {r['peak_client_mib']} MiB (before reading "
              f"{r['client_mib_before_reading']}, added {r['added_by_reading_mib']}); "
              f"{r['documents']} documents, "
              f"{r['skipped']} skipped")
    print(f"({cluster['read_tasks']} read tasks, {cluster['document_slices']} document slices)")
    ratios = result["ratios_cluster_to_client"]
    print(f"ratio cluster / client: wall {ratios['wall_seconds']}, client CPU "
          f"{ratios['cpu_seconds']}, client RSS added by reading {ratios['added_by_reading_mib']}; "
          f"same counts: "
          f"{result['same_counts']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
