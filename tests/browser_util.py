"""Helpers for the real-browser tests: quiet offline Chromium flags, a served dashboard, the
console watcher and page-side probes of plotly charts (shared by every ``*browser*`` test)."""

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

def drag(page, start, end, *, shift: bool = False, steps: int = 3) -> None:
    """A real mouse drag from ``start`` to ``end`` (page pixels) through their midpoint, with
    Shift held if asked (the map's selection, the timeline's zoom)."""
    (x0, y0), (x1, y1) = start, end
    if shift:
        page.keyboard.down("Shift")
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, steps=steps)
    page.mouse.move(x1, y1, steps=steps)
    page.mouse.up()
    if shift:
        page.keyboard.up("Shift")


def free_port() -> int:
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


def start_server(run_dir: Path, port: int, cwd: Path, log_path: Path) -> subprocess.Popen:
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


def wait_until_up(url: str, proc: subprocess.Popen, log_path: Path) -> None:
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


def stop(proc: subprocess.Popen) -> None:
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


@contextlib.contextmanager
def dashboard(browser, run_dir: Path, cwd: Path, log_path: Path):
    """``viz serve run_dir`` started from ``cwd``, and a page on it: yields (page, url)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    proc = start_server(run_dir, port, cwd, log_path)
    context = None
    try:
        wait_until_up(url, proc, log_path)
        context = browser.new_context(viewport=VIEWPORT)
        yield context.new_page(), url
    finally:
        if context is not None:
            context.close()
        stop(proc)
