"""``report.html`` in a real Chromium, opened from disk with the network blocked: the four
views render, a topic click and a range drag restrict every view, a point or event click fills
the reader, the search finds passages, and the console stays clean."""

from __future__ import annotations

import datetime as dt

import pytest

from .browser_util import UI_TIMEOUT, VIEWPORT, Console

pytestmark = pytest.mark.browser

# Everything each view shows, read from the page: points in colour on the map, passages per
# topic over time, events on the timeline, rows and counts of the topic table, the reader.
VIEWS_JS = """() => {
  const map = document.getElementById('topic-map'), time = document.getElementById('topics-over-time'),
        tl = document.getElementById('event-timeline');
  const sum = a => a.reduce((s, v) => s + v, 0);
  return {
    shown: Number(document.body.dataset.shown),
    map: sum(map.data.filter(t => t.name !== 'filtered out' && t.visible !== 'legendonly').map(t => t.x.length)),
    mapTraces: map.data.length,
    time: sum(time.data.map(t => sum(t.y))),
    events: sum(tl.data.map(t => t.customdata.length)),
    eventIds: [].concat(...tl.data.map(t => Array.from(t.customdata))).sort(),
    counts: Array.from(document.querySelectorAll('#topic-table tbody tr')).map(
      r => Number(r.querySelector('.count').textContent)),
    rows: document.querySelectorAll('#topic-table tbody tr').length,
    svgs: [map, time, tl].map(g => g.querySelectorAll('.main-svg').length),
    reader: document.querySelector('#reader .current-passage')
      ? document.querySelector('#reader .current-passage').dataset.passageId : null,
  };
}"""

# Page pixel of a data point of a plotly chart: (x, y) in data units through the axes.
PIXEL_JS = """([id, x, y]) => {
  const gd = document.getElementById(id), fl = gd._fullLayout, r = gd.getBoundingClientRect();
  const xa = fl.xaxis, ya = fl.yaxis;
  const px = xa.type === 'date' ? xa.l2p(new Date(x).getTime()) : xa.l2p(x);
  const py = ya.type === 'category' ? ya.l2p(ya.r2l(y)) : ya.l2p(y);
  return [r.left + xa._offset + px, r.top + ya._offset + py];
}"""


@pytest.fixture()
def spread_run(tmp_path):
    """The tiny run with its documents published months apart (monthly bins to drag over)."""
    from tests.tiny import tiny_tables
    from viz.store import write_run

    tables = tiny_tables()
    docs = tables["documents"]
    docs["date"] = [dt.date(2023, 1, 15), dt.date(2023, 6, 15), None]
    docs["date_inferred"] = [None, None, dt.date(2024, 1, 10)]
    return write_run(tmp_path / "run", tables, {"counts": {"passages": 6}})


def _open(browser, report, attempts):
    context = browser.new_context(viewport=VIEWPORT)

    def only_local(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            attempts.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    context.set_offline(True)
    page = context.new_page()
    console = Console(page)
    page.goto(report.as_uri(), wait_until="load", timeout=UI_TIMEOUT)
    page.wait_for_function("document.body.dataset.ready === '1'", timeout=UI_TIMEOUT)
    return context, page, console


def _settle(page, shown: int) -> dict:
    page.wait_for_function(f"Number(document.body.dataset.shown) === {shown}", timeout=UI_TIMEOUT)
    page.wait_for_timeout(150)
    return page.evaluate(VIEWS_JS)


def _drag(page, chart: str, x0: str, x1: str) -> None:
    page.locator(f"#{chart}").scroll_into_view_if_needed()
    y_mid = page.evaluate("""(id) => { const gd = document.getElementById(id), ya = gd._fullLayout.yaxis;
      return gd.getBoundingClientRect().top + ya._offset + ya._length / 2; }""", chart)
    lo, hi = page.evaluate("""(id) => { const gd = document.getElementById(id), xa = gd._fullLayout.xaxis;
      const left = gd.getBoundingClientRect().left + xa._offset; return [left + 3, left + xa._length - 3]; }""",
                           chart)
    a = min(max(page.evaluate(PIXEL_JS, [chart, x0, 0])[0], lo), hi)  # kept inside the plot
    b = min(max(page.evaluate(PIXEL_JS, [chart, x1, 0])[0], lo), hi)
    page.mouse.move(a, y_mid)
    page.mouse.down()
    for k in range(1, 11):
        page.mouse.move(a + (b - a) * k / 10, y_mid + k)
    page.mouse.up()


def test_report_links_its_views(browser, spread_run, tmp_path):
    from viz.export import export_run

    report = export_run(spread_run, tmp_path / "out").report
    attempts: list[str] = []
    context, page, console = _open(browser, report, attempts)
    try:
        v = page.evaluate(VIEWS_JS)
        assert v["svgs"] == [1, 1, 1] or all(n >= 1 for n in v["svgs"]), v
        assert (v["shown"], v["map"], v["rows"], v["events"]) == (6, 6, 3, 3), v
        assert v["time"] == 5  # passages with a topic and a publication date
        assert v["counts"] == [3, 2, 1]  # the last row: unassigned passages

        # a topic click in the table restricts every view
        page.click("#topic-table tbody tr[data-topic='1']")
        v = _settle(page, 2)
        assert (v["map"], v["time"], v["eventIds"]) == (2, 2, [1]), v
        assert v["counts"] == [0, 2, 0]
        page.click("#topic-table tbody tr[data-topic='1']")  # released
        v = _settle(page, 6)

        # a legend click on the map restricts every view too
        page.locator("#topic-map .legendtoggle").first.click()
        v = _settle(page, 3)
        assert (v["map"], v["time"], v["eventIds"]) == (3, 3, [0]), v
        page.click("#clear")
        v = _settle(page, 6)

        # a range drag on the publication-date chart: only doc b (June 2023)
        _drag(page, "topics-over-time", "2023-05-01", "2023-07-20")
        v = _settle(page, 2)
        assert (v["map"], v["time"], v["counts"]) == (2, 2, [1, 1, 0]), v
        assert "published 2023-0" in page.inner_text("#filter-status")
        page.click("#clear")
        v = _settle(page, 6)

        # a range drag on the event timeline: passages mentioning March 2023 only
        _drag(page, "event-timeline", "2023-01-01", "2023-09-01")
        v = _settle(page, 3)
        assert (v["map"], v["eventIds"], v["counts"]) == (3, [0], [3, 0, 0]), v
        page.click("#clear")
        v = _settle(page, 6)

        # a click on a map point opens its passage and document, dates highlighted
        gd_point = page.evaluate("""() => {
          const gd = document.getElementById('topic-map');
          for (const t of gd.data) { const k = Array.from(t.customdata).indexOf(5);
            if (k >= 0 && t.name !== 'filtered out') return [t.x[k], t.y[k]]; }
          return null; }""")
        page.locator("#topic-map").scroll_into_view_if_needed()
        px, py = page.evaluate(PIXEL_JS, ["topic-map", *gd_point])
        page.mouse.click(px, py)
        page.wait_for_function("document.querySelector('#reader .current-passage')",
                               timeout=UI_TIMEOUT)
        v = page.evaluate(VIEWS_JS)
        assert v["reader"] == "5", v
        reader = page.inner_text("#reader")
        assert "Kereta dibuka 2025." in reader and "Kabar" in reader
        assert page.eval_on_selector_all("#reader .current-passage mark.date",
                                         "ms => ms.map(m => m.textContent)") == ["2025"]
        # the whole document is there, passage by passage
        assert page.locator("#reader .doc-passage").count() == 2

        # a click on an event opens a passage that mentions it
        page.locator("#event-timeline").scroll_into_view_if_needed()
        ex, ey = page.evaluate(PIXEL_JS, ["event-timeline", "2023-03-14",
                                          page.evaluate("""() => document.getElementById(
                                            'event-timeline')._fullLayout.yaxis._categories.find(
                                            c => c.startsWith('storm'))""")])
        page.mouse.click(ex, ey)
        page.wait_for_function("document.querySelector('#reader .event-box')", timeout=UI_TIMEOUT)
        assert "2023-03-14" in page.inner_text("#reader .event-box")
        marks = page.eval_on_selector_all("#reader .current-passage mark.date",
                                          "ms => ms.map(m => m.textContent)")
        assert marks and marks[0] in ("14 March 2023", "14 mars 2023", "14 Maret 2023")

        # the search box finds passages by words, accents and case folded
        page.fill("#search", "TEMPETE")
        v = _settle(page, 1)
        assert (v["map"], v["counts"]) == (1, [1, 0, 0]), v
        assert "1 passages match" in page.inner_text("#search-count")
        page.click("#search-list li")
        assert page.evaluate(VIEWS_JS)["reader"] == "2"
        assert "La tempête a frappé" in page.inner_text("#reader .current-passage")
        page.fill("#search", "")
        _settle(page, 6)
        console.assert_clean()
    finally:
        context.close()
    assert attempts == [], attempts


def test_an_empty_report_opens_cleanly(browser, tiny_run, tmp_path):
    from viz.export import export_run

    report = export_run(tiny_run, tmp_path / "out", search="nowhere-to-be-found").report
    attempts: list[str] = []
    context, page, console = _open(browser, report, attempts)
    try:
        v = page.evaluate(VIEWS_JS)
        assert (v["shown"], v["map"], v["rows"], v["events"]) == (0, 0, 0, 0), v
        assert "words “nowhere-to-be-found”" in page.inner_text("#summary")
        console.assert_clean()
    finally:
        context.close()
    assert attempts == []
