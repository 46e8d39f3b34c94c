"""Real-browser tests of what ``viz export`` writes, opened from disk with the network off."""

from __future__ import annotations

import pytest

from .browser_util import MAP_READY_JS, PAINTED_JS, UI_TIMEOUT, VIEWPORT, Console

pytestmark = pytest.mark.browser


def test_exported_html_renders_offline(browser, sample_run, tmp_path):
    from viz.export import export_run, figures
    from viz.store import load_run

    result = export_run(sample_run, tmp_path / "export")
    index, out = result.index, result.out_dir
    charts = sorted(p for p in out.glob("*.html") if p.name not in ("index.html", "report.html"))
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
        assert "report.html" in hrefs
        console.assert_clean()
        page.close()
    finally:
        context.close()

    assert attempts == [], f"exported pages tried to reach the network: {attempts}"
