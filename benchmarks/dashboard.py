"""The dashboard at scale, end to end in real headless Chromium.

Starts ``viz serve RUN``, opens it in Debian's Chromium (Playwright, never a downloaded
browser) and times, from the user's action (the mouse-down or key, recorded in the page; for a
drag, the release that ends it) until every
view has settled (the page's update finished its plotly calls and two animation frames, or the
reader shows the answer):

- server start (until ``/`` answers) and the first full render, with the bytes it loaded;
- topic filter (a click on a dropdown option), language filter, date brush (a drag across
  topics-over-time), count/share toggle, topics over time by language, a box on the map
  (shift-drag), a brush by date mentioned (a drag across the event timeline), Reset, a map
  click that opens the reader; then the Tables panel (opening it, a topic filter with it open
  until both grids have followed, a sort answered by the server, a row click to the reader);
  and a curation rename (on a copy of the run). Search has its own benchmark
  (``benchmarks/search.py``);

each ``--reps`` times, printing p50/p95 latency, the bytes received per interaction and the
server's resident memory (now and peak). Run it niced, on a generated run for instance::

    uv run python -m tests.bigrun /tmp/r100k --passages 100000
    nice -n 10 uv run --extra test python benchmarks/dashboard.py /tmp/r100k
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_util import (CHROMIUM_ARGS, VIEWPORT, drag, free_port,  # noqa: E402
                                start_server, stop, wait_until_up)

CHROMIUM = "/usr/lib/chromium/chromium"
TIMEOUT = 60_000
CURATE_TIMEOUT = 900_000

# the event's own time stamp (when the browser received it, even if the page was busy then)
# (a drag is timed from its release: nothing can answer it before)
INSTALL_JS = """() => {
  window.__t0 = null; window.__t0up = null;
  for (const ev of ['mousedown', 'keydown'])
    document.addEventListener(ev, (e) => { window.__t0 = e.timeStamp || performance.now(); }, true);
  document.addEventListener('mouseup', (e) => { window.__t0up = e.timeStamp || performance.now(); }, true);
}"""
SEQ_JS = "() => Number(document.documentElement.getAttribute('data-viz-seq') || 0)"
SETTLED_JS = """(seq) => Number(document.documentElement.getAttribute('data-viz-seq') || 0) > seq
  ? performance.now() : false"""
# the views on screen have settled (data-viz-shown; a build without it: every view)
SHOWN_JS = """(seq) => Number(document.documentElement.getAttribute('data-viz-shown') ||
  document.documentElement.getAttribute('data-viz-seq') || 0) > seq ? performance.now() : false"""
TABLES_JS = "() => Number(document.documentElement.getAttribute('data-viz-tables') || 0)"
TABLES_DONE_JS = """(n) => Number(document.documentElement.getAttribute('data-viz-tables') || 0) > n
  ? performance.now() : false"""
ROWS_JS = "() => Number(document.documentElement.getAttribute('data-viz-rows') || 0)"
ROWS_DONE_JS = """(n) => Number(document.documentElement.getAttribute('data-viz-rows') || 0) > n
  ? performance.now() : false"""
READ_JS = """(n) => document.querySelector(`#reader [data-read-n="${n}"]`) ? performance.now() : false"""


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


BASELINE_JS = """async () => {
  let div = document.getElementById('bench-baseline');
  if (!div) { div = document.createElement('div'); div.id = 'bench-baseline';
              div.style.cssText = 'width:300px;height:200px;position:absolute;left:-400px;top:0';
              document.body.appendChild(div); }
  const a = performance.now();
  await Plotly.newPlot(div, [{type: 'scatter', x: [1, 2, 3], y: [1, 3, 2]}], {});
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - a;
}"""


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (load-independent, unlike wall time)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    import os
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of a process in MB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


class Traffic:
    """Bytes received by the page (encoded body sizes, as sent on the wire)."""

    def __init__(self, page):
        self.log: list[tuple[float, str, int]] = []
        page.on("requestfinished", self._done)

    def _done(self, request) -> None:
        try:
            sizes = request.sizes()
            n = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        except Exception:  # noqa: BLE001 (a request of a closed page)
            n = 0
        self.log.append((time.monotonic(), request.url, n))

    def since(self, mark: int) -> int:
        return sum(n for _, _, n in self.log[mark:])

    def urls(self, mark: int) -> list[str]:
        return [f"{u.split('?')[0][-50:]} {n}" for _, u, n in self.log[mark:]]


def settle(page, before: int, timeout: float = TIMEOUT) -> tuple[float, float]:
    """Wait until the page's update counter passes ``before``: the times (page clock) the views
    on screen settled and every view did (the page draws views below the fold after)."""
    shown = page.wait_for_function(SHOWN_JS, arg=before, timeout=timeout, polling="raf").json_value()
    every = page.wait_for_function(SETTLED_JS, arg=before, timeout=timeout, polling="raf").json_value()
    return shown, every


def timed(page, traffic: Traffic, action, wait, release: bool = False) -> tuple[float, int]:
    """Run ``action`` (which ends with a real mouse or key event), wait for ``wait(page)`` to
    return the page time the views settled (or a pair: on screen, every view); (milliseconds
    from the event, bytes received), the milliseconds a pair when ``wait`` gives one."""
    mark = len(traffic.log)
    page.evaluate("() => { window.__t0 = null; window.__t0up = null; }")
    action()
    t1 = wait()
    t0 = page.evaluate("() => window.__t0up" if release else "() => window.__t0")
    page.wait_for_timeout(150)  # let late responses of this interaction be counted
    tm = page.evaluate("() => window.vizDashboard && window.vizDashboard.timings")
    if tm and t0 is not None:  # where the time went: event -> the page's update, then drawing
        print("     event->update {:.0f} ms; {}".format(
            tm["start"] - t0, ", ".join(f"{k} {v:.0f}" for k, v in tm.items() if k != "start")),
            file=sys.stderr)
    print("    ", traffic.urls(mark), file=sys.stderr)
    if t0 is None:
        return (float("nan"), float("nan")) if isinstance(t1, tuple) else float("nan"), traffic.since(mark)
    if isinstance(t1, tuple):
        return (t1[0] - t0, t1[1] - t0), traffic.since(mark)
    return t1 - t0, traffic.since(mark)


def choose(page, dropdown: str, option_name: str) -> None:
    page.locator(dropdown).click()
    page.get_by_role("option", name=option_name, exact=True).click()
    page.keyboard.press("Escape")


def map_point(page, i: int) -> tuple[float, float]:
    return page.evaluate("(i) => window.vizDashboard.map.pagePoint(i)", i)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("run", type=Path)
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--curate-reps", type=int, default=2)
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="viz-dash-bench-"))
    run_dir = work / "run"
    shutil.copytree(args.run, run_dir)  # curation rewrites the run: never the original
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log = work / "serve.log"
    t = time.monotonic()
    proc = start_server(run_dir, port, work, log)
    results: dict[str, tuple[list[float], list[int]]] = {}

    def record(name, ms, nbytes):
        if isinstance(ms, tuple):  # (views on screen settled, every view settled)
            record(name, ms[0], nbytes)
            record(name + " [every view]", ms[1], nbytes)
            return
        print(f"  {name}: {ms:.0f} ms, {nbytes} B", file=sys.stderr, flush=True)
        results.setdefault(name, ([], []))
        results[name][0].append(ms)
        results[name][1].append(nbytes)

    try:
        wait_until_up(url, proc, log)
        serve_s = time.monotonic() - t
        serve_cpu = cpu_seconds(proc.pid)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport=VIEWPORT)
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            traffic = Traffic(page)
            t = time.monotonic()
            page.goto(url, wait_until="commit")
            page.wait_for_function(SHOWN_JS, arg=0, timeout=TIMEOUT, polling="raf")
            first_shown_s = time.monotonic() - t
            page.wait_for_function(SETTLED_JS, arg=0, timeout=TIMEOUT, polling="raf")
            first_s = time.monotonic() - t
            page.wait_for_timeout(300)
            first_bytes = traffic.since(0)
            page.evaluate(INSTALL_JS)
            n = page.evaluate("() => window.vizDashboard.data.n")
            topics = page.evaluate("""() => { const d = window.vizDashboard.data;
                return d.topics.id.map((t, i) => t + ': ' + d.topics.label[i]).filter((_, i) => i !== d.outlier); }""")
            langs = page.evaluate("() => window.vizDashboard.data.langs")

            def filter_action(sel, name):
                def run():
                    page.locator(sel).click()
                    page.get_by_role("option", name=name, exact=True).click()
                return run

            def after_filter():
                page.keyboard.press("Escape")

            def reset():
                before = page.evaluate(SEQ_JS)
                ms, nb = timed(page, traffic, lambda: page.locator("#filter-reset").click(),
                               lambda: settle(page, before))
                record("reset (clear all filters)", ms, nb)

            for rep in range(args.reps):
                record("baseline: a 3-point plotly chart drawn", page.evaluate(BASELINE_JS), 0)
                before = page.evaluate(SEQ_JS)
                ms, nb = timed(page, traffic, filter_action("#filter-topics", topics[rep % len(topics)]),
                               lambda: settle(page, before))
                record("topic filter", ms, nb)
                after_filter()
                reset()
                before = page.evaluate(SEQ_JS)
                ms, nb = timed(page, traffic, filter_action("#filter-languages", langs[rep % len(langs)]),
                               lambda: settle(page, before))
                record("language filter", ms, nb)
                after_filter()
                reset()
                # drag across topics-over-time: the date brush
                drag_area = page.locator("#chart-over-time .nsewdrag").first
                drag_area.scroll_into_view_if_needed()
                box = drag_area.bounding_box()
                x0 = box["x"] + box["width"] * (0.2 + 0.03 * (rep % 5))
                x1 = box["x"] + box["width"] * 0.6
                y = box["y"] + box["height"] / 2
                before = page.evaluate(SEQ_JS)
                ms, nb = timed(page, traffic, lambda: drag(page, (x0, y), (x1, y)),
                               lambda: settle(page, before), release=True)
                record("date brush (drag on topics over time)", ms, nb)
                reset()
                for label in ("share of bin", "passages"):
                    before = page.evaluate(SEQ_JS)
                    ms, nb = timed(page, traffic,
                                   lambda: page.get_by_label(label, exact=True).click(),
                                   lambda: settle(page, before))
                    record("count/share toggle", ms, nb)
                # topics over time split by language, then back to topics
                for label in ("languages", "lines: topics"):
                    before = page.evaluate(SEQ_JS)
                    ms, nb = timed(page, traffic,
                                   lambda: page.locator("#over-time-group label", has_text=label).click(),
                                   lambda: settle(page, before))
                    record("topics over time by language / by topic", ms, nb)
                # shift-drag a box on the map: every view keeps its passages
                page.locator("#chart-map").scroll_into_view_if_needed()
                # (the lower middle of the map: the sticky filter bar may cover its top)
                mb = page.locator("#chart-map canvas").first.bounding_box()
                cx = mb["x"] + mb["width"] * (0.3 + 0.1 * (rep % 5))
                cy = mb["y"] + mb["height"] * 0.65
                bx0, by0 = max(cx - 60, mb["x"] + 2), max(cy - 60, mb["y"] + 2)
                bx1 = min(cx + 60, mb["x"] + mb["width"] - 2)
                by1 = min(cy + 60, mb["y"] + mb["height"] - 2)
                before = page.evaluate(SEQ_JS)
                ms, nb = timed(page, traffic, lambda: drag(page, (bx0, by0), (bx1, by1), shift=True),
                               lambda: settle(page, before), release=True)
                record("map box selection (shift-drag)", ms, nb)
                reset()
                # drag across the event timeline: the brush by date mentioned
                canvas = page.locator("#chart-timeline canvas").first
                canvas.scroll_into_view_if_needed()
                cb = canvas.bounding_box()
                tx0 = cb["x"] + cb["width"] * (0.35 + 0.03 * (rep % 5))
                tx1 = cb["x"] + cb["width"] * 0.65
                ty = cb["y"] + cb["height"] * 0.4
                before = page.evaluate(SEQ_JS)
                ms, nb = timed(page, traffic, lambda: drag(page, (tx0, ty), (tx1, ty)),
                               lambda: settle(page, before), release=True)
                record("date brush (drag on the event timeline, dates mentioned)", ms, nb)
                reset()
                # a map click opens the passage in the reader
                page.locator("#chart-map").scroll_into_view_if_needed()
                px, py = map_point(page, (rep * 7919) % n)
                want = page.evaluate("() => window.vizDashboard.readSeq") + 1
                try:
                    ms, nb = timed(page, traffic, lambda: page.mouse.click(px, py),
                                   lambda: page.wait_for_function(READ_JS, arg=want, timeout=10_000,
                                                                  polling="raf").json_value())
                except Exception as exc:  # noqa: BLE001 (a click that missed: said, not timed)
                    print(f"map click at {px:.0f},{py:.0f} opened nothing: {str(exc)[:120]}",
                          file=sys.stderr)
                    continue
                record("map click -> reader", ms, nb)

            # the Tables panel: opened once, then a topic filter with it open (until every view
            # and both grids have followed), a sort by the server, a row click to the reader
            tables_n = lambda: page.evaluate(TABLES_JS)
            panel = page.locator("#workbench-tables > summary")
            panel.scroll_into_view_if_needed()
            before = tables_n()
            ms, nb = timed(page, traffic, lambda: panel.click(), lambda: page.wait_for_function(
                TABLES_DONE_JS, arg=before, timeout=TIMEOUT, polling="raf").json_value())
            record("open the Tables panel (first block of both grids)", ms, nb)
            for rep in range(args.reps):
                before, before_t = page.evaluate(SEQ_JS), tables_n()
                ms, nb = timed(page, traffic,
                               filter_action("#filter-topics", topics[(rep + 1) % len(topics)]),
                               lambda: max(settle(page, before)[1], page.wait_for_function(
                                   TABLES_DONE_JS, arg=before_t, timeout=TIMEOUT,
                                   polling="raf").json_value()))
                record("topic filter with the Tables open (views and grids)", ms, nb)
                after_filter()
                reset()
                head = page.locator("#table-documents .ag-header-cell[col-id='passages']").first
                head.scroll_into_view_if_needed()
                before = page.evaluate(ROWS_JS)
                ms, nb = timed(page, traffic, lambda: head.click(), lambda: page.wait_for_function(
                    ROWS_DONE_JS, arg=before, timeout=TIMEOUT, polling="raf").json_value())
                record("sort the documents table (server)", ms, nb)
                row = page.locator(f"#table-events .ag-row[row-index='{rep % 5}'] "
                                   ".ag-cell[col-id='sentence']")
                row.scroll_into_view_if_needed()
                want = page.evaluate("() => window.vizDashboard.readSeq") + 1
                ms, nb = timed(page, traffic, lambda: row.click(), lambda: page.wait_for_function(
                    READ_JS, arg=want, timeout=10_000, polling="raf").json_value())
                record("event table row -> reader", ms, nb)

            # curation: rename a topic; every view follows the new version of the run
            rss, peak = rss_mb(proc.pid)
            page.get_by_text("Curate topics").click()
            for rep in range(args.curate_reps):
                page.locator("#curate-topics").click()
                page.get_by_role("option", name=topics[0].split(": ", 1)[0] + ": ", exact=False).first.click()
                page.keyboard.press("Escape")
                page.locator("#curate-label").fill(f"renamed {rep}")
                before = page.evaluate(SEQ_JS)
                try:
                    ms, nb = timed(page, traffic,
                                   lambda: page.get_by_role("button", name="Rename", exact=True).click(),
                                   lambda: settle(page, before, timeout=CURATE_TIMEOUT))
                except Exception as exc:  # noqa: BLE001 (reported, the table still prints)
                    print(f"curation rename did not finish: {str(exc)[:200]}", file=sys.stderr)
                    break
                record("curation rename (writes the run, reloads the payload)", ms, nb)
                topics[0] = f"{topics[0].split(': ', 1)[0]}: renamed {rep}"
            rss_after, peak = rss_mb(proc.pid)
            browser.close()
    finally:
        stop(proc)
        shutil.rmtree(work, ignore_errors=True)

    print(f"run: {args.run} ({n} passages); {args.reps} repetitions per interaction")
    print(f"viz serve answers after {serve_s:.2f} s (server CPU {serve_cpu:.2f} s); first render "
          f"of the views on screen {first_shown_s:.2f} s later, of every view {first_s:.2f} s, "
          f"{first_bytes / 1e6:.2f} MB received")
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"load average at the end: {load} on {__import__('os').cpu_count()} CPUs")
    base = percentile(results.pop("baseline: a 3-point plotly chart drawn")[0], .5)
    print(f"baseline (same browser, same run): a 3-point plotly chart drawn in {base:.0f} ms (p50)")
    print(f"{'interaction':55s} {'p50 ms':>8s} {'p95 ms':>8s} {'p50/base':>9s} {'max KB':>8s}")
    for name, (ms, nb) in results.items():
        print(f"{name:55s} {percentile(ms, .5):8.0f} {percentile(ms, .95):8.0f} "
              f"{percentile(ms, .5) / base:9.1f} {max(nb) / 1024:8.1f}")
    print(f"server RSS {rss:.0f} MB after the views' interactions, {rss_after:.0f} MB after "
          f"curation (peak {peak:.0f} MB)")
    if errors:
        print("page errors:", errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
