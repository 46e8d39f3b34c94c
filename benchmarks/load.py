"""Many dashboard users at once: ``viz serve RUN`` under N concurrent clients.

Not a test: latency on a shared machine is noisy, so the same sessions are first run by one
client alone (the baseline) and then by N clients, in the same run, and the N-client
percentiles are printed with their ratio to the baseline.

Each client plays what a browser does (see ``viz/app`` and ``assets/dashboard.js``): a first
page load (``/``, ``/_dash-layout``, ``/_dash-dependencies``, ``/_viz/version`` and the run's
payload), then actions in a loop: the version check every action makes, and a click on a
passage (the reader callback through ``/_dash-update-component``).

    uv run viz build viz/sample/corpus --out /tmp/load/sample
    nice -n 10 uv run --extra test python benchmarks/load.py /tmp/load/sample --clients 50 --seconds 60
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("page", "layout", "dependencies", "version", "payload", "reader")


def _get(url: str) -> bytes:
    req = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        return resp.read()


def _reader_body(passage_id: int, n: int) -> bytes:
    from viz.app import ids

    return json.dumps({
        "output": f"{ids.READER}.children",
        "outputs": {"id": ids.READER, "property": "children"},
        "inputs": [{"id": ids.READ, "property": "data",
                    "value": {"kind": "passage", "id": passage_id, "n": n}}],
        "changedPropIds": [f"{ids.READ}.data"],
        "state": [],
    }).encode()


def _post(url: str, body: bytes) -> bytes:
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        return resp.read()


class Record:
    """Latencies and errors per request kind, shared by the client threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.seconds: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, list[str]] = defaultdict(list)

    def timed(self, kind: str, fn):
        start = time.perf_counter()
        try:
            out = fn()
        except (urllib.error.URLError, OSError, ValueError) as exc:
            with self.lock:
                self.errors[kind].append(repr(exc)[:200])
            return None
        with self.lock:
            self.seconds[kind].append(time.perf_counter() - start)
        return out


def session(base: str, n_passages: int, until: float, record: Record, seed: int) -> None:
    """One client: a first page load, then actions until ``until`` (a perf_counter time)."""
    rng = random.Random(seed)
    record.timed("page", lambda: _get(base + "/"))
    record.timed("layout", lambda: _get(base + "/_dash-layout"))
    record.timed("dependencies", lambda: _get(base + "/_dash-dependencies"))
    version = record.timed("version", lambda: json.loads(_get(base + "/_viz/version")))
    if version:
        record.timed("payload", lambda: _get(base + version["payload"]))
    n = 0
    while time.perf_counter() < until:
        n += 1
        record.timed("version", lambda: _get(base + "/_viz/version"))
        body = _reader_body(rng.randrange(n_passages), n)
        record.timed("reader", lambda: _post(base + "/_dash-update-component", body))
        time.sleep(rng.uniform(0.05, 0.25))  # a person between two clicks, at a fast pace


def run_clients(base: str, n_passages: int, clients: int, seconds: float) -> tuple[Record, float]:
    record = Record()
    until = time.perf_counter() + seconds
    threads = [threading.Thread(target=session, args=(base, n_passages, until, record, i),
                                daemon=True) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return record, time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summary(record: Record) -> dict:
    out = {}
    for kind in KINDS:
        vals = record.seconds.get(kind, [])
        out[kind] = {"n": len(vals), "errors": len(record.errors.get(kind, [])),
                     "p50": percentile(vals, 0.5) if vals else None,
                     "p95": percentile(vals, 0.95) if vals else None,
                     "max": max(vals) if vals else None}
    return out


def main(argv=None) -> int:
    from tests.browser_util import free_port, start_server, stop

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("run")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--baseline-seconds", type=float, default=15)
    args = ap.parse_args(argv)

    from viz.store import load_run

    n_passages = len(load_run(args.run).passages)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "serve.log"
        proc = start_server(Path(args.run), port, ROOT, log)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    _get(base + "/_viz/version")
                    break
                except (urllib.error.URLError, OSError):
                    if time.monotonic() > deadline or proc.poll() is not None:
                        print(log.read_text(), file=sys.stderr)
                        return 1
                    time.sleep(0.3)
            one, _ = run_clients(base, n_passages, 1, args.baseline_seconds)
            many, wall = run_clients(base, n_passages, args.clients, args.seconds)
        finally:
            stop(proc)
    base_s, many_s = summary(one), summary(many)
    total = sum(v["n"] for v in many_s.values())
    errors = sum(v["errors"] for v in many_s.values())
    print(f"run: {args.run} ({n_passages:,} passages); {args.clients} clients for "
          f"{args.seconds:.0f} s: {total:,} requests ({total / wall:.1f}/s), {errors} errors")
    print(f"{'request':<13}{'n':>7}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
          f"{'1-client p95':>14}{'ratio':>7}")
    for kind in KINDS:
        m, b = many_s[kind], base_s[kind]
        if not m["n"]:
            print(f"{kind:<13}{0:>7}{m['errors']:>8}")
            continue
        ratio = (m["p95"] / b["p95"]) if b["p95"] else float("nan")
        print(f"{kind:<13}{m['n']:>7}{m['errors']:>8}{m['p50'] * 1e3:>9.0f}{m['p95'] * 1e3:>9.0f}"
              f"{m['max'] * 1e3:>9.0f}{(b['p95'] or 0) * 1e3:>14.0f}{ratio:>7.1f}")
    for kind, errs in many.errors.items():
        print(f"  {kind} error e.g.: {errs[0]}")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
