"""Real-browser tests: the served dashboard and the exported HTML, in headless Chromium.

Run with ``--run-all`` (they are skipped otherwise). Chromium comes from the ``chromium``
fixture (Debian's binary; Playwright's own browsers are never downloaded). Each test ends by
asserting that the browser console logged no error and that the page raised no exception.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

# Quiet, offline Chromium (see ../shared/BROWSER.md). WebGL (the topic map is Scattergl) runs
# on ANGLE's software SwiftShader backend: --disable-gpu keeps the GPU process off the real
# hardware, and the two SwiftShader flags ask for the software renderer explicitly, so newer
# Chromium builds that no longer fall back to it silently still give a WebGL context.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
]
VIEWPORT = {"width": 1400, "height": 1000}
SERVER_START_TIMEOUT = 60.0  # seconds
UI_TIMEOUT = 30_000  # milliseconds, for any wait on the page


# --------------------------------------------------------------------------- helpers

def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Console:
    """Errors a page reported: console messages of type ``error`` and uncaught exceptions."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.page_errors: list[str] = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))

    def _on_console(self, msg) -> None:
        if msg.type == "error":
            self.errors.append(f"{msg.text} @ {msg.location}")

    def assert_clean(self) -> None:
        assert self.errors == [], f"browser console errors: {self.errors}"
        assert self.page_errors == [], f"uncaught page errors: {self.page_errors}"


def _start_server(run_dir: Path, port: int, cwd: Path, log_path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    log = open(log_path, "wb")
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "viz", "serve", str(run_dir),
             "--host", "127.0.0.1", "--port", str(port)],
            cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    finally:
        log.close()  # the child keeps its own handle


def _wait_until_up(url: str, proc: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    last = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"viz serve exited with {proc.returncode}:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
                last = f"HTTP {resp.status}"
        except (urllib.error.URLError, ConnectionError, OSError) as exc:
            last = repr(exc)
        time.sleep(0.25)
    pytest.fail(f"viz serve did not answer {url} within {SERVER_START_TIMEOUT:.0f} s "
                f"(last: {last}); server output:\n{log_path.read_text()}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


# JS: number of painted (non-transparent) pixels of a plot's WebGL canvas, optionally only in a
# small square around a page point (CSS pixels). Plotly creates its regl context with
# preserveDrawingBuffer, so the drawn frame can be copied onto a 2-D canvas and read back.
PAINTED_JS = """([sel, at]) => {
  const gd = document.querySelector(sel);
  const c = gd && gd.querySelector('canvas.gl-canvas-context');
  if (!c || !c.width || !c.height) return 0;
  const r = c.getBoundingClientRect();
  const sx = c.width / r.width, sy = c.height / r.height;
  const copy = document.createElement('canvas');
  copy.width = c.width; copy.height = c.height;
  const ctx = copy.getContext('2d');
  ctx.drawImage(c, 0, 0);
  let x0 = 0, y0 = 0, w = c.width, h = c.height;
  if (at) {
    const half = 2;
    x0 = Math.max(0, Math.round((at[0] - r.left) * sx) - half * sx);
    y0 = Math.max(0, Math.round((at[1] - r.top) * sy) - half * sy);
    w = Math.max(1, Math.round(2 * half * sx)); h = Math.max(1, Math.round(2 * half * sy));
  }
  const px = ctx.getImageData(x0, y0, w, h).data;
  let n = 0;
  for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
  return n;
}"""

# JS: the most isolated point of the map (largest distance to its nearest neighbour, in page
# pixels), so that a click there can only hit that point. Data coordinates go to page pixels
# through the axes' l2p, the axes' offsets (_size.l/t plus the domain) and the plot's rect.
PICK_POINT_JS = """(sel) => {
  const gd = document.querySelector(sel);
  const fl = gd._fullLayout, xa = fl.xaxis, ya = fl.yaxis, r = gd.getBoundingClientRect();
  const pts = [];
  gd._fullData.forEach((t, ti) => {
    if (t.visible !== true) return;
    for (let i = 0; i < t.x.length; i++) {
      const x = Number(t.x[i]), y = Number(t.y[i]);
      if (!isFinite(x) || !isFinite(y)) continue;
      pts.push({trace: ti, index: i, passage_id: String(t.customdata[i][0]),
                px: r.left + xa._offset + xa.l2p(x), py: r.top + ya._offset + ya.l2p(y)});
    }
  });
  const m = 8;  // keep clear of the plot area's edges
  const inside = p => p.px > r.left + xa._offset + m && p.px < r.left + xa._offset + xa._length - m
    && p.py > r.top + ya._offset + m && p.py < r.top + ya._offset + ya._length - m
    && p.px < window.innerWidth && p.py < window.innerHeight;
  let best = null;
  for (const p of pts) {
    if (!inside(p)) continue;
    let d = Infinity;
    for (const q of pts) if (q !== p) d = Math.min(d, Math.hypot(p.px - q.px, p.py - q.py));
    if (best === null || d > best.gap) best = Object.assign({gap: d}, p);
  }
  return {n: pts.length, best};
}"""

MAP_READY_JS = """(sel) => {
  const gd = document.querySelector(sel);
  return !!(gd && gd._fullLayout && gd._fullData && gd._fullData.length > 0
            && gd._fullData.some(t => t.visible === true && t.x && t.x.length > 0)
            && gd.querySelector('.main-svg'));
}"""


@pytest.fixture(scope="module")
def browser(chromium):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@contextlib.contextmanager
def _dashboard(browser, run_dir: Path, cwd: Path, log_path: Path):
    """``viz serve run_dir`` started from ``cwd``, and a page on it: yields (page, url)."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    proc = _start_server(run_dir, port, cwd, log_path)
    context = None
    try:
        _wait_until_up(url, proc, log_path)
        context = browser.new_context(viewport=VIEWPORT)
        yield context.new_page(), url
    finally:
        if context is not None:
            context.close()
        _stop(proc)


# --------------------------------------------------------------------------- tests

def test_dashboard_map_click_opens_passage_in_reader(browser, sample_run, tmp_path):
    import pandas as pd
    from playwright.sync_api import expect

    passages = pd.read_parquet(sample_run / "passages.parquet", columns=["passage_id", "text"])
    text_of = dict(zip(passages["passage_id"].astype(int), passages["text"]))

    cwd = tmp_path / "elsewhere"  # not the repo: assets must resolve from the package
    cwd.mkdir()
    with _dashboard(browser, sample_run, cwd, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        responses: dict[str, int] = {}
        page.on("response", lambda r: responses.__setitem__(r.url, r.status))
        page.goto(url, wait_until="load", timeout=UI_TIMEOUT)

        # The stylesheet in assets/ was linked and served, and it applies.
        css = [u for u in responses if "/assets/style.css" in u]
        assert css, f"assets/style.css was never requested; responses: {sorted(responses)}"
        assert all(responses[u] == 200 for u in css), {u: responses[u] for u in css}
        expect(page.locator(".viz-header")).to_have_css("background-color", "rgb(255, 255, 255)",
                                                        timeout=UI_TIMEOUT)

        # The map's figure arrived from the callback and its points were drawn (WebGL).
        gd = "#chart-map .js-plotly-plot"
        page.wait_for_function(MAP_READY_JS, arg=gd, timeout=UI_TIMEOUT)
        picked = page.evaluate(PICK_POINT_JS, gd)
        assert picked["n"] == len(passages), "the map should draw every passage"
        point = picked["best"]
        assert point is not None, "no map point inside the visible plot area"
        # Plotly picks the point nearest the cursor: a few pixels of clearance are enough.
        assert point["gap"] >= 3, f"no point is clear of its neighbours: {point}"
        at = [point["px"], point["py"]]
        page.wait_for_function(f"(a) => ({PAINTED_JS})(a) > 0", arg=[gd, at],
                               timeout=UI_TIMEOUT)

        # A real mouse click on that point puts its passage in the reader.
        passage_id = int(point["passage_id"])
        assert passage_id in text_of
        page.mouse.move(point["px"], point["py"])
        page.mouse.click(point["px"], point["py"])
        card = page.locator("#reader .reader-card")
        expect(card).to_have_count(1, timeout=UI_TIMEOUT)
        expect(card).to_have_attribute("data-passage-id", str(passage_id), timeout=UI_TIMEOUT)
        assert card.locator("p.reader-text").text_content() == text_of[passage_id]
        # Date expressions are highlighted and are pieces of the passage text.
        for mark in card.locator("p.reader-text mark.date-mention").all_text_contents():
            assert mark and mark in text_of[passage_id]

        console.assert_clean()


def test_exported_html_renders_offline(browser, sample_run, tmp_path):
    from viz.export import export_run, figures
    from viz.store import load_run

    index = export_run(sample_run, tmp_path / "export")
    out = index.parent
    charts = sorted(p for p in out.glob("*.html") if p.name != "index.html")
    names = {p.name for p in charts}
    assert {"topic_map.html", "event_timeline.html"} <= names, names
    expected_traces = {f"{stem}.html": len(fig.data)
                       for stem, (_title, fig) in figures(load_run(sample_run)).items()}
    assert set(expected_traces) == names

    context = browser.new_context(viewport=VIEWPORT)
    attempts: list[str] = []

    def only_local(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            attempts.append(route.request.url)
            route.abort()

    context.on("request", lambda r: None if r.url.startswith("file://") else attempts.append(r.url))
    context.route("**/*", only_local)
    context.set_offline(True)
    try:
        # The trap works: a page's attempt to fetch is seen (and fails) before any chart opens.
        probe = context.new_page()
        failed = probe.evaluate("""() => fetch('http://127.0.0.1:9/probe').then(
                                      () => false, () => true)""")
        probe.close()
        assert failed and "http://127.0.0.1:9/probe" in attempts, attempts
        attempts.clear()

        for path in charts:
            page = context.new_page()
            console = Console(page)
            page.goto(path.as_uri(), wait_until="load", timeout=UI_TIMEOUT)
            gd = ".js-plotly-plot"
            page.wait_for_function(MAP_READY_JS, arg=gd, timeout=UI_TIMEOUT)
            state = page.evaluate("""(sel) => {
              const gd = document.querySelector(sel);
              return {traces: gd.data.length, types: gd._fullData.map(t => t.type),
                      svg: gd.querySelectorAll('.main-svg').length,
                      groups: gd.querySelectorAll('g.trace').length,
                      marks: gd.querySelectorAll('.point').length,
                      lines: gd.querySelectorAll('path.js-line').length};
            }""", gd)
            assert state["traces"] == expected_traces[path.name] > 0, (path.name, state)
            assert state["svg"] > 0, (path.name, state)
            if all(t == "scattergl" for t in state["types"]):
                # WebGL traces draw on the canvas: wait until its pixels are painted.
                page.wait_for_function(f"(a) => ({PAINTED_JS})(a) > 0", arg=[gd, None],
                                       timeout=UI_TIMEOUT)
            else:
                assert state["groups"] > 0 and state["marks"] + state["lines"] > 0, \
                    (path.name, state)
            if path.name == "topic_map.html":
                assert set(state["types"]) == {"scattergl"}, state
            if path.name == "event_timeline.html":
                assert state["marks"] > 0, state
            console.assert_clean()
            page.close()

        page = context.new_page()
        console = Console(page)
        page.goto(index.as_uri(), wait_until="load", timeout=UI_TIMEOUT)
        hrefs = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
        assert names <= set(hrefs), f"index.html misses {sorted(names - set(hrefs))}"
        for href in hrefs:
            assert (out / href).is_file(), f"index.html links to missing {href}"
        console.assert_clean()
        page.close()
    finally:
        context.close()

    assert attempts == [], f"exported pages tried to reach the network: {attempts}"


def test_dashboard_renames_a_topic(browser, sample_run, tmp_path):
    """Curation from the dashboard: rename a topic, see it on the map, find it on disk."""
    import shutil

    from playwright.sync_api import expect

    from viz.store import load_run

    run_dir = tmp_path / "run"
    shutil.copytree(sample_run, run_dir)  # curation rewrites the run: never the shared one
    with _dashboard(browser, run_dir, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        page.goto(url, wait_until="load", timeout=UI_TIMEOUT)
        page.wait_for_function(MAP_READY_JS, arg="#chart-map .js-plotly-plot", timeout=UI_TIMEOUT)

        first_label = load_run(run_dir).topics["label"].iloc[0]
        page.get_by_text("Curate topics").click()
        page.locator("#curate-topics").click()
        page.get_by_role("option", name=f"0: {first_label}").click()
        page.keyboard.press("Escape")
        page.locator("#curate-label").fill("Harbour and storms")
        page.get_by_role("button", name="Rename").click()

        expect(page.locator("#curate-message")).to_contain_text("Topic 0 is now",
                                                                timeout=UI_TIMEOUT)
        # every view redraws: the map legend shows the new label
        page.wait_for_function(
            """() => { const gd = document.querySelector('#chart-map .js-plotly-plot');
                       return gd && gd.data.some(t => t.name === 'Harbour and storms'); }""",
            timeout=UI_TIMEOUT)
        assert load_run(run_dir).topics["label"].iloc[0] == "Harbour and storms"
        console.assert_clean()


def test_dashboard_overview_click_opens_the_topic_card(browser, sample_run, tmp_path):
    """Clicking a topic's bar shows its terms per language and representative passages."""
    from playwright.sync_api import expect

    with _dashboard(browser, sample_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        page.goto(url, wait_until="load", timeout=UI_TIMEOUT)
        page.wait_for_function(MAP_READY_JS, arg="#chart-overview .js-plotly-plot",
                               timeout=UI_TIMEOUT)
        bar = page.locator("#chart-overview .bars .point path").last  # the largest topic
        bar.scroll_into_view_if_needed()
        bar.click(force=True)
        card = page.locator(".reader-topic-card")
        expect(card).to_be_visible(timeout=UI_TIMEOUT)
        expect(card.locator("h2")).to_contain_text("Topic ")
        expect(card.locator(".reader-terms dt")).to_have_count(3)  # en, fr, id
        expect(card.locator(".reader-card").first).to_be_visible()
        page.screenshot(path=str(tmp_path / "topic-card.png"))
        console.assert_clean()
