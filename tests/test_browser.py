"""Real-browser tests of the served dashboard, in headless Chromium.

Run with ``--run-all`` (they are skipped otherwise). Chromium comes from the ``chromium``
fixture (Debian's binary; Playwright's own browsers are never downloaded). Each test ends by
asserting that the browser console logged no error and that the page raised no exception.

The page filters and draws itself from the run's payload (``assets/dashboard.js``); its state
is ``window.vizDashboard`` (the loaded arrays, the map, the last update), read here to find
where a point is drawn and what each view shows.
"""

from __future__ import annotations

import json
import re

import pytest

from viz import schema as S

from .browser_util import UI_TIMEOUT, Console, dashboard, drag

pytestmark = pytest.mark.browser

SETTLED_JS = "(n) => Number(document.documentElement.getAttribute('data-viz-seq') || 0) >= n"
SEQ_JS = "() => Number(document.documentElement.getAttribute('data-viz-seq') || 0)"

# the shown map point farthest from any other (page pixels), so a click there can only hit it
PICK_POINT_JS = """() => {
  const S = window.vizDashboard, m = S.map, d = S.data, r = m.canvas.getBoundingClientRect();
  const pts = [];
  for (let i = 0; i < d.n; i++) {
    if (!m.mask[i]) continue;
    const [px, py] = m.pagePoint(i);
    if (px > r.left + 10 && px < r.right - 10 && py > r.top + 10 && py < r.bottom - 10
        && py < window.innerHeight) pts.push({i, px, py});
  }
  let best = null;
  for (const p of pts) {
    let g = Infinity;
    for (const q of pts) if (q !== p) g = Math.min(g, Math.hypot(p.px - q.px, p.py - q.py));
    if (best === null || g > best.gap) best = Object.assign({gap: g, passage_id: d.passages.id[p.i]}, p);
  }
  return {n: d.n, best};
}"""

# the colour of the map canvas at a page point: [r, g, b, a]
PIXEL_JS = """([x, y]) => {
  const c = window.vizDashboard.map.canvas, r = c.getBoundingClientRect();
  const k = c.width / r.width;
  return Array.from(c.getContext('2d').getImageData(Math.round((x - r.left) * k),
                                                    Math.round((y - r.top) * k), 1, 1).data);
}"""

# what each view shows now: status, overview bar totals per topic, map points coloured
VIEWS_JS = """() => {
  const S = window.vizDashboard, ov = document.querySelector('#chart-overview .js-plotly-plot');
  const bars = {};
  for (const t of ov.data) t.y.forEach((y, k) => { bars[y] = (bars[y] || 0) + t.x[k]; });
  let coloured = 0;
  for (let i = 0; i < S.data.n; i++) coloured += S.map.mask[i];
  const ot = document.querySelector('#chart-over-time .js-plotly-plot');
  return {status: document.querySelector('#filter-status').textContent, bars, coloured,
          overTime: ot.data.map(t => t.name), search: location.search};
}"""


def _open(page, url):
    page.goto(url, wait_until="load", timeout=UI_TIMEOUT)
    page.wait_for_function(SETTLED_JS, arg=1, timeout=UI_TIMEOUT)


# Dash's multi dropdown opens with its options in the order of its last opening and re-sorts
# them (selected first) a render later: a click aimed before that lands on whatever option
# moved under the pointer (it once unselected "fr" instead of selecting "en")
OPTIONS_SETTLED_JS = """() => {
  const opts = [...document.querySelectorAll('.dash-dropdown-option')];
  if (!opts.length) return false;
  let unselected = false;
  for (const o of opts) {
    if (o.classList.contains('selected') && unselected) return false;
    if (!o.classList.contains('selected')) unselected = true;
  }
  return true;
}"""


def _choose(page, dropdown: str, option: str) -> None:
    from playwright.sync_api import expect

    before = page.evaluate(SEQ_JS)
    page.locator(dropdown).click()
    page.wait_for_function(OPTIONS_SETTLED_JS, timeout=UI_TIMEOUT)
    choice = page.get_by_role("option", name=option, exact=True)
    choice.click()
    expect(choice).to_have_class(re.compile(r"\bselected\b"), timeout=UI_TIMEOUT)
    page.keyboard.press("Escape")
    page.wait_for_function(SETTLED_JS, arg=before + 1, timeout=UI_TIMEOUT)


def _click_map_point(page, index: int, tries: int = 4) -> None:
    """Click passage ``index`` on the map until the reader shows it. Under load the page can
    still move after its first draw (fonts, the timeline's height), so the point's position is
    read again before each try; a click that never opens the reader still fails the test."""
    for _ in range(tries):
        x, y = page.evaluate(f"() => window.vizDashboard.map.pagePoint({index})")
        page.mouse.click(x, y)
        try:
            page.wait_for_selector(f'#reader .reader-card[data-passage-id="{index}"]',
                                   timeout=UI_TIMEOUT / tries)
            return
        except Exception:  # noqa: BLE001 - playwright's TimeoutError: read the point again
            continue


# --------------------------------------------------------------------------- tests

def test_dashboard_map_click_opens_passage_in_reader(browser, sample_run, tmp_path):
    import pandas as pd
    from playwright.sync_api import expect

    passages = pd.read_parquet(sample_run / "passages.parquet", columns=["passage_id", "text"])
    text_of = dict(zip(passages["passage_id"].astype(int), passages["text"]))

    cwd = tmp_path / "elsewhere"  # not the repo: assets must resolve from the package
    cwd.mkdir()
    with dashboard(browser, sample_run, cwd, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        responses: dict[str, int] = {}
        page.on("response", lambda r: responses.__setitem__(r.url, r.status))
        _open(page, url)

        # The stylesheet and the dashboard's script in assets/ were served, and they apply.
        for asset in ("/assets/style.css", "/assets/dashboard.js"):
            got = [u for u in responses if asset in u]
            assert got and all(responses[u] == 200 for u in got), (asset, sorted(responses))
        expect(page.locator(".viz-header")).to_have_css("background-color", "rgb(255, 255, 255)",
                                                        timeout=UI_TIMEOUT)
        picked = page.evaluate(PICK_POINT_JS)
        assert picked["n"] == len(passages), "the map should hold every passage"
        point = picked["best"]
        assert point is not None and point["gap"] >= 3, point
        # the point is drawn: the canvas is not white there
        r, g, b, a = page.evaluate(PIXEL_JS, [point["px"], point["py"]])
        assert a > 0 and (r, g, b) != (255, 255, 255)

        # A real mouse click on that point puts its passage in the reader.
        passage_id = int(point["passage_id"])
        page.mouse.move(point["px"], point["py"])
        expect(page.locator("#map-tooltip")).to_be_visible(timeout=UI_TIMEOUT)  # hover card
        # its snippet arrives once the pointer rests: the passage's first words, as text
        snippet = page.locator("#map-tooltip .map-tooltip-snippet")
        expect(snippet).to_have_count(1, timeout=UI_TIMEOUT)
        first_words = " ".join(text_of[passage_id].split())[:40].rsplit(" ", 1)[0]
        assert snippet.text_content().startswith(first_words)
        page.mouse.click(point["px"], point["py"])
        card = page.locator("#reader .reader-card")
        expect(card).to_have_count(1, timeout=UI_TIMEOUT)
        expect(card).to_have_attribute("data-passage-id", str(passage_id), timeout=UI_TIMEOUT)
        assert card.locator("p.reader-text").text_content() == text_of[passage_id]
        for mark in card.locator("p.reader-text mark.date-mention").all_text_contents():
            assert mark and mark in text_of[passage_id]
        console.assert_clean()


def test_filters_change_every_view_and_live_in_the_url(browser, sample_run, tmp_path):
    """A topic filter: the status, the overview and the map agree; the URL restores it."""
    from viz.store import load_run

    run = load_run(sample_run)
    sizes = run.passages["topic_id"].value_counts()
    topic = int(run.topics[run.topics["topic_id"] >= 0].iloc[0]["topic_id"])
    label = run.topics.set_index("topic_id").at[topic, "label"]
    with dashboard(browser, sample_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        before = page.evaluate(VIEWS_JS)
        assert before["status"].startswith(f"showing {len(run.passages)} of {len(run.passages)}")
        assert before["coloured"] == len(run.passages)

        _choose(page, "#filter-topics", f"{topic}: {label}")
        after = page.evaluate(VIEWS_JS)
        n = int(sizes[topic])
        assert after["status"].startswith(f"showing {n} of {len(run.passages)} passages")
        assert after["coloured"] == n
        assert list(after["bars"].values()) == [n] and len(after["bars"]) == 1
        assert f"topics={topic}" in after["search"]
        # "Export this view" downloads the report of these filters
        href = page.get_attribute("#export-view", "href")
        assert href == f"/_viz/report.html?topics={topic}"
        with page.expect_download() as info:
            page.click("#export-view")
        saved = tmp_path / "view-report.html"
        info.value.save_as(saved)
        data = re.search(r'<script type="application/json" id="viz-data">(.*?)</script>',
                         saved.read_text(encoding="utf-8"), re.S)
        assert json.loads(data.group(1))["meta"]["counts"]["passages"] == n

        # the count/share toggle touches only the over-time chart
        drawn = page.evaluate("() => Object.assign({}, window.vizDashboard.drawn)")
        seq = page.evaluate(SEQ_JS)
        page.get_by_label("share of bin", exact=True).click()
        page.wait_for_function(SETTLED_JS, arg=seq + 1, timeout=UI_TIMEOUT)
        now = page.evaluate("() => Object.assign({}, window.vizDashboard.drawn)")
        assert now["map"] == drawn["map"] and now["overview"] == drawn["overview"]
        assert now["overTime"] != drawn["overTime"]
        assert "scale=share" in page.evaluate("() => location.search")

        # the link restores the view in a fresh page
        link = page.url
        other = page.context.new_page()
        _open(other, link)
        again = other.evaluate(VIEWS_JS)
        assert again["status"] == page.evaluate(VIEWS_JS)["status"]
        assert other.locator("#filter-topics").text_content().find(label[:10]) >= 0
        other.close()

        # Reset clears every filter
        page.locator("#filter-reset").click()
        page.wait_for_function("(n) => document.querySelector('#filter-status').textContent"
                               ".startsWith(`showing ${n} of`)", arg=len(run.passages),
                               timeout=UI_TIMEOUT)
        console.assert_clean()


def test_dashboard_renames_a_topic(browser, sample_run, tmp_path):
    """Curation from the dashboard: rename a topic, see it in the views, find it on disk."""
    import shutil

    from playwright.sync_api import expect

    from viz.store import load_run

    run_dir = tmp_path / "run"
    shutil.copytree(sample_run, run_dir)  # curation rewrites the run: never the shared one
    with dashboard(browser, run_dir, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        first_label = load_run(run_dir).topics["label"].iloc[0]
        payloads = []
        page.on("response", lambda r: payloads.append(r) if "/_viz/payload/" in r.url else None)
        page.get_by_text("Curate topics").click()
        page.locator("#curate-topics").click()
        page.get_by_role("option", name=f"0: {first_label}").click()
        page.keyboard.press("Escape")
        page.locator("#curate-label").fill("Harbour <b>and</b> storms")
        page.get_by_role("button", name="Rename").click()

        expect(page.locator("#curate-message")).to_contain_text("Topic 0 is now",
                                                                timeout=UI_TIMEOUT)
        # the page loads the run's new version: the overview shows the new label, as text
        page.wait_for_function(
            """() => { const gd = document.querySelector('#chart-overview .js-plotly-plot');
                       return gd && gd.data.length && gd.data[0].y.some(
                         y => y === '0: Harbour &lt;b&gt;and&lt;/b&gt; storms'); }""",
            timeout=UI_TIMEOUT)
        ticks = page.locator("#chart-overview .ytick text").all_text_contents()
        assert "0: Harbour <b>and</b> storms" in ticks  # shown literally, not as bold
        assert load_run(run_dir).topics["label"].iloc[0] == "Harbour <b>and</b> storms"
        # the new version came as the parts that changed since the page's own: the topics
        [answer] = payloads
        assert "since=" in answer.url
        assert set(answer.json()["delta"]) == {"version", "topics"}
        console.assert_clean()


def test_dashboard_overview_click_opens_the_topic_card(browser, sample_run, tmp_path):
    """Clicking a topic's bar shows its terms per language and representative passages."""
    from playwright.sync_api import expect

    with dashboard(browser, sample_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        bar = page.locator("#chart-overview .bars .point path").last  # the largest topic
        bar.scroll_into_view_if_needed()
        bar.click(force=True)
        card = page.locator(".reader-topic-card")
        expect(card).to_be_visible(timeout=UI_TIMEOUT)
        expect(card.locator("h2")).to_contain_text("Topic ")
        expect(card.locator(".reader-terms dt")).to_have_count(3)  # en, fr, id
        expect(card.locator(".reader-periods")).to_contain_text("Through time")
        expect(card.locator(".reader-card").first).to_be_visible()
        console.assert_clean()


def test_corpus_text_stays_text_and_timeline_opens_events(browser, tiny_run, tmp_path):
    """A passage holding a <script> tag is shown as text; an event click lists its mentions."""
    from playwright.sync_api import expect

    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        _open(page, url)
        # passage 4 (index 4) holds "<script>alert(1)</script>"
        _click_map_point(page, 4)
        card = page.locator("#reader .reader-card")
        expect(card).to_have_attribute("data-passage-id", "4", timeout=UI_TIMEOUT)
        assert "<script>alert(1)</script>" in card.locator("p.reader-text").text_content()
        assert page.locator("#reader script").count() == 0
        assert card.locator("h3").text_content() == "<b>Badai</b> & banjir"  # title as text
        assert dialogs == []

        # the timeline's day event (14 March 2023, three mentions): a click opens it
        page.locator("#chart-timeline canvas").scroll_into_view_if_needed()
        assert page.evaluate("() => window.vizDashboard.dayEvents.length") == 1
        point = page.evaluate("""() => window.vizDashboard.timeline.pagePoint(
                                     window.vizDashboard.dayEvents[0])""")
        page.mouse.move(*point)
        tip = page.locator("#chart-timeline .timeline-tooltip")
        expect(tip).to_be_visible(timeout=UI_TIMEOUT)
        assert "3 mentions" in tip.text_content()
        page.mouse.click(*point)
        event = page.locator("#reader .reader-event")
        expect(event).to_have_attribute("data-event-id", "0", timeout=UI_TIMEOUT)
        expect(event.locator(".reader-card")).to_have_count(3)
        assert re.search(r"3 mentions in 3 documents", event.text_content())
        console.assert_clean()


def _box_select(page, passages) -> None:
    """Shift-drag a box around the map points of ``passages`` and wait for every view."""
    pts = [page.evaluate(f"() => window.vizDashboard.map.pagePoint({i})") for i in passages]
    x0, y0 = min(p[0] for p in pts) - 15, min(p[1] for p in pts) - 15
    x1, y1 = max(p[0] for p in pts) + 15, max(p[1] for p in pts) + 15
    seq = page.evaluate(SEQ_JS)
    drag(page, (x0, y0), (x1, y1), shift=True, steps=4)
    page.wait_for_function(SETTLED_JS, arg=seq + 1, timeout=UI_TIMEOUT)


def test_box_selection_restricts_every_view(browser, tiny_run, tmp_path):
    """Shift-drag a box on the map: only its passages stay in every view; Reset clears it."""
    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        # passages 0, 2 and 4 sit together near (0, 0); 1 and 3 near (5, 5); 5 at (9, 9)
        _box_select(page, (0, 2, 4))
        views = page.evaluate(VIEWS_JS)
        assert views["status"].startswith("showing 3 of 6 passages"), views
        assert views["coloured"] == 3
        assert list(views["bars"].values()) == [3]  # topic 0 only
        assert "box=" in views["search"]
        page.locator("#filter-reset").click()
        page.wait_for_function("() => document.querySelector('#filter-status').textContent"
                               ".startsWith('showing 6 of 6')", timeout=UI_TIMEOUT)
        assert "box=" not in page.evaluate("() => location.search")
        console.assert_clean()


def test_a_curation_in_one_tab_reaches_the_other_on_its_next_action(browser, tiny_run, tmp_path):
    """Each tab has its own filters; the run on disk is shared: a rename made in tab A shows
    in tab B after B's next action, while A's filters stay A's."""
    from playwright.sync_api import expect

    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (a, url):
        console = Console(a)
        b = a.context.browser.new_context().new_page()  # another browser profile
        _open(a, url)
        _open(b, url)
        _choose(b, "#filter-languages", "fr")
        assert b.evaluate(VIEWS_JS)["status"].startswith("showing 2 of 6")
        assert a.evaluate(VIEWS_JS)["status"].startswith("showing 6 of 6")  # A is unaffected

        a.get_by_text("Curate topics").click()
        a.locator("#curate-topics").click()
        a.get_by_role("option", name="0: storm · tempête · badai").click()
        a.keyboard.press("Escape")
        a.locator("#curate-label").fill("Harbour storm")
        a.get_by_role("button", name="Rename").click()
        expect(a.locator("#curate-message")).to_contain_text("Topic 0 is now", timeout=UI_TIMEOUT)

        _choose(b, "#filter-languages", "en")  # B's next action
        b.wait_for_function("() => window.vizDashboard.data.topics.label.includes('Harbour storm')",
                            timeout=UI_TIMEOUT)
        b.wait_for_function(
            """() => document.querySelector('#chart-overview .js-plotly-plot').data[0].y
                       .some(y => y === '0: Harbour storm')""", timeout=UI_TIMEOUT)
        # fr + en kept, once both the action's update and the run refresh have settled
        b.wait_for_function(
            "() => (document.getElementById('filter-status').textContent || '')"
            ".startsWith('showing 4 of 6')", timeout=UI_TIMEOUT)
        assert b.evaluate(VIEWS_JS)["status"].startswith("showing 4 of 6")
        assert "languages=fr%2Cen" in b.evaluate("() => location.search")
        b.context.close()
        console.assert_clean()


def test_word_search_restricts_every_view_and_lives_in_the_url(browser, tiny_run, tmp_path):
    """Typing words (any case, without accents) keeps only the passages holding them, in the
    status, the map and the overview; the URL and the export link carry the query."""
    from viz import schema as S
    from viz.store import load_run

    run = load_run(tiny_run)
    expected = int(run.passages[S.TEXT].str.contains("tempête").sum())
    assert 0 < expected < len(run.passages)
    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        seq = page.evaluate(SEQ_JS)
        page.fill("#filter-search", "TEMPETE")
        page.press("#filter-search", "Enter")
        page.wait_for_function(SETTLED_JS, arg=seq + 1, timeout=UI_TIMEOUT)
        views = page.evaluate(VIEWS_JS)
        assert views["status"].startswith(f"showing {expected} of {len(run.passages)} passages")
        assert views["coloured"] == expected
        assert sum(views["bars"].values()) == expected
        assert "q=TEMPETE" in page.evaluate("() => location.search")
        assert "q=TEMPETE" in page.get_attribute("#export-view", "href")
        # the link restores the search in a fresh page
        other = page.context.new_page()
        _open(other, page.url)
        assert other.evaluate(VIEWS_JS)["status"] == views["status"]
        other.close()
        console.assert_clean()


@pytest.mark.browser
def test_a_drag_on_the_timeline_keeps_passages_mentioning_those_dates(browser, tiny_run, tmp_path):
    """Dragging across dates on the event timeline restricts every view to the passages that
    mention a date there (the same passages the server's CSV gives); a click clears it."""
    from viz.query import mentioning
    from viz.store import load_run

    run = load_run(tiny_run)
    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        page.locator("#chart-timeline canvas").scroll_into_view_if_needed()
        x, y = page.evaluate("""() => window.vizDashboard.timeline.pagePoint(
                                    window.vizDashboard.dayEvents[0])""")
        seq = page.evaluate(SEQ_JS)
        page.mouse.move(x - 25, y)
        page.mouse.down()
        page.mouse.move(x, y, steps=3)
        page.mouse.move(x + 25, y, steps=3)
        page.mouse.up()
        page.wait_for_function(f"() => ({SEQ_JS})() > {seq}", timeout=UI_TIMEOUT)
        lo, hi = page.evaluate("() => window.vizDashboard.filters.mentioned")
        assert lo <= "2023-03-14" <= hi
        want = mentioning(run, lo, hi)
        assert 0 < len(want) < len(run.passages)
        status = page.locator("#filter-status").text_content()
        assert status.startswith(f"showing {len(want)} of {len(run.passages)} passages")
        assert f"mfrom={lo}" in page.evaluate("() => window.location.search")
        shown = page.evaluate("""() => { const S = window.vizDashboard, out = [];
          for (let i = 0; i < S.data.n; i++) if (S.map.mask[i]) out.push(S.data.passages.id[i]);
          return out; }""")
        assert set(shown) == want
        csv = page.evaluate("""async () => (await (await fetch('/_viz/selection.csv' +
                               window.location.search)).text())""")
        import csv as csvlib
        import io

        rows = list(csvlib.DictReader(io.StringIO(csv)))
        assert {int(r["passage_id"]) for r in rows} == want and len(rows) == len(want)
        assert "dates mentioned" in page.locator("#chart-timeline .timeline-brush").text_content()
        # a click on the timeline (not on an event) clears it
        seq = page.evaluate(SEQ_JS)
        box = page.locator("#chart-timeline canvas").bounding_box()
        page.mouse.click(box["x"] + box["width"] - 30, box["y"] + 12)
        page.wait_for_function(f"() => ({SEQ_JS})() > {seq}", timeout=UI_TIMEOUT)
        assert page.evaluate("() => window.vizDashboard.filters.mentioned") is None
        assert page.locator("#filter-status").text_content().startswith(
            f"showing {len(run.passages)} of {len(run.passages)} passages")
        console.assert_clean()


@pytest.mark.browser
def test_topics_over_time_split_by_language_and_by_source(browser, tiny_run, tmp_path):
    """Topics over time on demand by language or by source: one line each, the same passages
    counted as by topic, and kept in the URL."""
    from viz.store import load_run

    run = load_run(tiny_run)
    lines_js = """() => document.querySelector('#chart-over-time .js-plotly-plot').data.map(
                    (t) => [t.name, Array.from(t.y).reduce((a, v) => a + v, 0)])"""
    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        by_topic = page.evaluate(lines_js)
        total = sum(n for _, n in by_topic)
        assert total > 0
        for choice, column, by in (("languages", S.LANG, "lang"), ("sources", None, "source")):
            seq = page.evaluate(SEQ_JS)
            page.locator("#over-time-group label", has_text=choice).click()
            page.wait_for_function(f"() => ({SEQ_JS})() > {seq}", timeout=UI_TIMEOUT)
            lines = page.evaluate(lines_js)
            assert sum(n for _, n in lines) == total  # the same passages, grouped otherwise
            if column is not None:   # the languages of passages with a publication date
                dated = set(run.documents[run.documents[S.DATE].notna()][S.DOC_ID])
                want = run.passages[run.passages[S.DOC_ID].isin(dated)][column].astype(str)
                assert {name for name, _ in lines} == set(want)
            else:
                sources = set(run.documents[S.SOURCE].dropna().astype(str))
                assert {name for name, _ in lines} <= sources | {"no source"}
            assert f"by={by}" in page.evaluate("() => window.location.search")
        console.assert_clean()


def test_filters_work_from_the_keyboard(browser, tiny_run, tmp_path):
    """No mouse: a filter opens with Enter, narrows as one types, picks with the arrows and
    Enter; Reset answers Enter; the focused timeline zooms with + and returns with 0."""
    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        seq = page.evaluate(SEQ_JS)
        page.focus("#filter-languages")
        page.keyboard.press("Enter")
        page.keyboard.type("fr")
        # the menu narrows as React renders it (no event marks the end): give it time to
        # settle before the keys that pick, or they act on the menu before it narrowed
        page.wait_for_timeout(400)
        page.keyboard.press("ArrowDown")
        page.wait_for_timeout(200)
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        page.wait_for_function(SETTLED_JS, arg=seq + 1, timeout=UI_TIMEOUT)
        views = page.evaluate(VIEWS_JS)
        assert views["status"].startswith("showing 2 of 6 passages"), views
        assert "languages=fr" in views["search"]
        seq = page.evaluate(SEQ_JS)
        page.focus("#filter-reset")
        page.keyboard.press("Enter")
        page.wait_for_function(SETTLED_JS, arg=seq + 1, timeout=UI_TIMEOUT)
        assert page.evaluate(VIEWS_JS)["status"].startswith("showing 6 of 6 passages")
        # the timeline: + zooms in around the middle, 0 goes back to the corpus's years
        before = page.evaluate("() => window.vizDashboard.timeline.range.slice()")
        page.focus("#chart-timeline canvas")
        page.keyboard.press("+")
        zoomed = page.evaluate("() => window.vizDashboard.timeline.range.slice()")
        assert zoomed[1] - zoomed[0] < before[1] - before[0]
        page.keyboard.press("0")
        assert page.evaluate("() => window.vizDashboard.timeline.range.slice()") == before
        console.assert_clean()
