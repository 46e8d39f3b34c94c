"""How big ``viz export`` output is, how long it takes, and how soon report.html is usable.

    nice -n 10 uv run --extra test python benchmarks/export.py RUN_DIR [--out DIR] [--repeat 3]

Prints the export time, every file's size, and, in headless Chromium (offline, from file://):
the time until report.html is interactive (all four views drawn and wired), the time of a
topic click and a search redrawing every view, next to a baseline measured in the same run: a
page holding only the same inlined plotly.js and one empty plot (so the ratio says what the
report adds to loading plotly itself on this machine).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser_util import CHROMIUM_ARGS  # noqa: E402
from viz.export import export_run  # noqa: E402

CHROMIUM = "/usr/lib/chromium/chromium"


def _baseline_page(path: Path) -> Path:
    from plotly.offline import get_plotlyjs

    path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                    "<div id='g' style='height:400px'></div><script>" + get_plotlyjs() +
                    "</script><script>Plotly.newPlot('g', [{x: [1, 2], y: [1, 2]}]).then("
                    "() => { document.body.dataset.ready = '1'; });</script></body></html>",
                    encoding="utf-8")
    return path


def _open(browser, path: Path) -> tuple[float, object, object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
                  else r.abort())
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    t0 = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit", timeout=120_000)
    page.wait_for_function("document.body && document.body.dataset.ready === '1'",
                           timeout=120_000, polling=20)
    seconds = time.perf_counter() - t0
    if errors:
        raise SystemExit(f"page errors in {path.name}: {errors}")
    return seconds, context, page


def _timed(page, action: str, shown_js: str) -> float:
    before = page.evaluate("document.body.dataset.shown")
    t0 = time.perf_counter()
    page.evaluate(action)
    page.wait_for_function(f"document.body.dataset.shown !== {before!r} && ({shown_js})",
                           timeout=120_000, polling=10)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run_dir")
    ap.add_argument("--out", default=None, help="export folder (default: a temporary one)")
    ap.add_argument("--repeat", type=int, default=3, help="page loads to time (median shown)")
    ap.add_argument("--search", default=None, help="words to search (default: a word of the "
                    "first passage)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="viz-bench-export-")
    out = Path(args.out) if args.out else Path(tmp.name) / "export"

    t0 = time.perf_counter()
    res = export_run(args.run_dir, out)
    export_s = time.perf_counter() - t0
    print(res.summary())
    report_mb = res.report.stat().st_size / 1e6
    print(f"\nexport: {export_s:.1f} s for {res.passages:,} passages; "
          f"report.html {report_mb:.2f} MB")

    from playwright.sync_api import sync_playwright

    base = _baseline_page(Path(tmp.name) / "baseline.html")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            base_t, rep_t, click_t, search_t = [], [], [], []
            for _ in range(args.repeat):
                s, ctx, _page = _open(browser, base)
                base_t.append(s)
                ctx.close()
                s, ctx, page = _open(browser, res.report)
                rep_t.append(s)
                click_t.append(_timed(
                    page, "document.querySelector('#topic-table tbody tr').click()", "true"))
                words = args.search or page.evaluate(
                    "() => (window.vizReport && JSON.parse(document.getElementById('viz-data')"
                    ".textContent).passages.text[0].split(/\\s+/).find(w => w.length > 4)) || 'the'")
                page.evaluate("() => { const r = window.vizReport; r.state.topics.clear(); "
                              "return r.redraw(); }")
                search_t.append(_timed(
                    page, f"() => {{ const r = window.vizReport; r.state.q = {words!r}; "
                          "return r.redraw(); }", "true"))
                ctx.close()
        finally:
            browser.close()
    med = statistics.median
    print(f"\nheadless Chromium, median of {args.repeat} (seconds):")
    print(f"  baseline: plotly.js alone, inlined   {med(base_t):6.2f}")
    print(f"  report.html interactive               {med(rep_t):6.2f}   "
          f"ratio to baseline {med(rep_t) / med(base_t):.2f}")
    print(f"  topic click, every view redrawn       {med(click_t):6.2f}")
    print(f"  search ({words!r}), every view redrawn  {med(search_t):6.2f}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
