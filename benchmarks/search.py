"""The dashboard's search at scale, end to end in real headless Chromium.

Starts ``viz serve RUN`` and times, from the Enter key in the search box until every view has
settled (the page's update finished and two animation frames passed), a broad word query, a
narrow one and a query by meaning, each ``--reps`` times (a different query each time, so no
cache answers), with the bytes of each ``/_viz/search`` answer (a bitset over the passages)
beside the bytes of the same hits as a JSON list of ids (``format`` omitted), fetched in the
same run (both gzipped, as the server sends them). ``fetch`` is the part of the latency spent
fetching and decoding the answer, ``update`` the page's filtering and redrawing of every view
(``vizDashboard.timings.total``). Before the first query of each mode the box has the focus for
``--typing`` seconds (a user typing), during which the page has the server prepare the mode.

A generated run (``tests.bigrun``) records ``tfidf``, which cannot embed a query: with
``--meaning-copy`` the benchmark times the meaning search on a copy of the run whose embeddings
are replaced by random 512-d vectors and whose manifest says ``use`` (the hits mean nothing;
the time is the real one: loading USE once, embedding the query, cosine over 100,000 rows)::

    uv run python -m tests.bigrun /tmp/r100k_search --passages 100000
    nice -n 10 uv run --extra test python benchmarks/search.py /tmp/r100k_search --meaning-copy
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_util import (CHROMIUM_ARGS, VIEWPORT, free_port, start_server,  # noqa: E402
                                stop, wait_until_up)

CHROMIUM = "/usr/lib/chromium/chromium"
TIMEOUT = 120_000
INSTALL_JS = """() => {
  window.__t0 = null;
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__t0 = performance.now(); }, true);
}"""
SEQ_JS = "() => Number(document.documentElement.getAttribute('data-viz-seq') || 0)"
SETTLED_JS = """(seq) => Number(document.documentElement.getAttribute('data-viz-seq') || 0) > seq
  ? performance.now() : false"""

BROAD = ["plan", "the", "said", "people", "city", "new", "officials", "would", "that", "and"]
NARROW = ["festival budget", "crue port", "tunnel rail", "école budget", "élus ville",
          "conseil école", "habitants plan", "rail crue", "port élus", "budget ville"]
MEANING = ["the storm flooded the harbour", "la sécheresse a détruit les récoltes",
           "new rail line opens", "city council budget vote", "music festival awards",
           "le tunnel est ouvert", "farmers and coffee prices", "sea wall construction",
           "heavy rain and floods", "election of the mayor"]


def percentile(values, q):
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def meaning_copy(run: Path, tmp: Path) -> Path:
    import numpy as np

    out = tmp / "run-use"
    shutil.copytree(run, out)
    n = np.load(run / "embeddings.npy", mmap_mode="r").shape[0]
    rng = np.random.default_rng(0)
    emb = rng.normal(size=(n, 512)).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    np.save(out / "embeddings.npy", emb.astype(np.float16))
    manifest = json.loads((out / "manifest.json").read_text())
    manifest.setdefault("parameters", {})["embedder"] = "use"
    (out / "manifest.json").write_text(json.dumps(manifest))
    return out


TABLES_JS = "() => Number(document.documentElement.getAttribute('data-viz-tables') || 0)"
ROWS_JS = "() => Number(document.documentElement.getAttribute('data-viz-rows') || 0)"


def tables_step(page, reps: int) -> None:
    """Open the Tables panel (each grid asks the server for its first block of rows), then word
    searches with the tables open until every view and both grids have followed, then sorts
    by a column; with the bytes of the grids' requests and answers per interaction."""
    wire = []   # (request body bytes, response body bytes) of each /_viz/rows request
    page.on("requestfinished", lambda r: wire.append(
        (r.sizes()["requestBodySize"], r.sizes()["responseBodySize"]))
        if "/_viz/rows/" in r.url else None)

    def sent(since):
        up = sum(u for u, _ in wire[since:])
        down = sum(d for _, d in wire[since:])
        return up, down

    n = page.evaluate(TABLES_JS)
    t0 = time.perf_counter()
    page.click("#workbench-tables > summary")
    page.wait_for_function(f"() => ({TABLES_JS[6:]}) > {n}", timeout=TIMEOUT)
    time.sleep(0.3)   # let the request records finish
    up, down = sent(0)
    print(f"tables: opened in {(time.perf_counter() - t0) * 1000:.0f} ms, {len(wire)} requests, "
          f"{up} bytes up, {down} bytes down")
    times, per = [], []
    for q in (NARROW * (reps // len(NARROW) + 1))[:reps]:
        for text in (q, ""):
            n = page.evaluate(TABLES_JS)
            since = len(wire)
            page.fill("#filter-search", text)
            page.press("#filter-search", "Enter")
            done = page.wait_for_function(f"() => ({TABLES_JS[6:]}) > {n} ? performance.now() : false",
                                          timeout=TIMEOUT).json_value()
            if text:
                times.append(done - page.evaluate("() => window.__t0"))
                time.sleep(0.2)
                per.append(sum(sent(since)))
    print(f"words, narrow, with the tables open: p50 {statistics.median(times):.0f} ms, "
          f"p95 {percentile(times, 0.95):.0f} ms (until both grids have followed); "
          f"grid bytes per search (up + down) max {max(per)}")
    times, per = [], []
    for _ in range(reps):
        n = page.evaluate(ROWS_JS)
        since = len(wire)
        t0 = time.perf_counter()
        page.click("#table-documents .ag-header-cell[col-id='passages']")
        page.wait_for_function(f"() => ({ROWS_JS[6:]}) > {n}", timeout=TIMEOUT)
        times.append((time.perf_counter() - t0) * 1000)
        time.sleep(0.2)
        per.append(sum(sent(since)))
    print(f"sort the documents by passages: p50 {statistics.median(times):.0f} ms, "
          f"p95 {percentile(times, 0.95):.0f} ms (until the grid's block arrived); "
          f"bytes (up + down) max {max(per)}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path)
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--meaning-copy", action="store_true")
    ap.add_argument("--tables", action="store_true",
                    help="also open the Tables panel and time searches with it open")
    ap.add_argument("--typing", type=float, default=3.0,
                    help="seconds between focusing the box and the first query of each mode")
    a = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="viz-search-bench-") as tmpdir:
        tmp = Path(tmpdir)
        run = meaning_copy(a.run, tmp) if a.meaning_copy else a.run
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        proc = start_server(run, port, tmp, tmp / "serve.log")
        try:
            wait_until_up(url, proc, tmp / "serve.log")
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_context(viewport=VIEWPORT).new_page()
                sizes: list[int] = []
                # bytes on the wire (gzipped when the answer is over 1 KB)
                page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"])
                        if "/_viz/search" in r.url else None)
                page.goto(url, wait_until="load", timeout=TIMEOUT)
                page.wait_for_function("(n) => " + SEQ_JS[6:] + " >= n", arg=1, timeout=TIMEOUT)
                page.evaluate(INSTALL_JS)
                n = page.evaluate("() => window.vizDashboard.data.n")
                print(f"run: {run} ({n} passages)")
                print(f"{'search':<16}{'p50 ms':>8}{'p95 ms':>8}{'fetch p50':>10}{'update p50':>11}{'hits p50':>10}"
                      f"{'bits B':>9}{'ids B':>9}{'ids/bits':>9}")
                plans = [("words, broad", "words", BROAD), ("words, narrow", "words", NARROW)]
                if a.meaning_copy or json.loads((run / "manifest.json").read_text()).get(
                        "parameters", {}).get("embedder") != "tfidf":
                    plans.append(("meaning", "meaning", MEANING))
                for name, mode, queries in plans:
                    if page.evaluate("() => window.vizWorkbench.mode") != mode:
                        page.check(f"#search-mode input[value='{mode}']")
                    # a user focuses the box and types for a few seconds: the page asks the
                    # server to build the word index or load the embedder meanwhile
                    page.focus("#filter-search")
                    page.wait_for_timeout(a.typing * 1000)
                    times, counts, bits, ids, fetch_ms, update_ms = [], [], [], [], [], []
                    for q in (queries * (a.reps // len(queries) + 1))[:a.reps]:
                        seq = page.evaluate(SEQ_JS)
                        del sizes[:]
                        page.fill("#filter-search", q)
                        page.press("#filter-search", "Enter")
                        done = page.wait_for_function(SETTLED_JS, arg=seq, timeout=TIMEOUT).json_value()
                        times.append(done - page.evaluate("() => window.__t0"))
                        counts.append(page.evaluate("() => window.vizWorkbench.answer.count"))
                        bits.append(sizes[-1] if sizes else 0)
                        qs = urllib.parse.urlencode({"q": q, "mode": mode})
                        fetch_ms.append(page.evaluate("() => window.vizWorkbench.fetchMs"))
                        update_ms.append(page.evaluate("() => window.vizDashboard.timings.total"))
                        req = urllib.request.Request(f"{url}_viz/search?{qs}",
                                                     headers={"Accept-Encoding": "gzip"})
                        with urllib.request.urlopen(req) as resp:
                            ids.append(len(resp.read()))
                        # the next query starts from an unfiltered page
                        seq = page.evaluate(SEQ_JS)
                        page.fill("#filter-search", "")
                        page.press("#filter-search", "Enter")
                        page.wait_for_function(SETTLED_JS, arg=seq, timeout=TIMEOUT)
                    print(f"{name:<16}{statistics.median(times):>8.0f}{percentile(times, 0.95):>8.0f}"
                          f"{statistics.median(fetch_ms):>10.0f}{statistics.median(update_ms):>11.0f}"
                          f"{statistics.median(counts):>10.0f}{max(bits):>9}{max(ids):>9}"
                          f"{max(ids) / max(1, max(bits)):>9.1f}")
                if a.tables:
                    tables_step(page, a.reps)
                browser.close()
        finally:
            stop(proc)


if __name__ == "__main__":
    main()
