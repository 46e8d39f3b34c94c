"""The workbench in real headless Chromium: search by words and by meaning (hits as a bitset,
restricting every view, listed beside the reader, in the URL and the export link), the event and
document tables following the filters, a table row opening the reader and marking the timeline.

Run with ``--run-all``. Each test ends by asserting the console logged no error.
"""

from __future__ import annotations

import pytest

from .browser_util import UI_TIMEOUT, Console, dashboard
from .test_browser import SEQ_JS, SETTLED_JS, VIEWS_JS, _box_select, _open

pytestmark = pytest.mark.browser

HITS_JS = """() => Array.from(document.querySelectorAll('#search-hits .search-hit'))
  .map(b => ({id: Number(b.getAttribute('data-passage-id')), text: b.textContent}))"""
TABLES_SEQ_JS = "() => Number(document.documentElement.getAttribute('data-viz-tables') || 0)"
TABLES_SETTLED_JS = ("(n) => Number(document.documentElement.getAttribute('data-viz-tables') || 0)"
                     " >= n")
ROWS_SEQ_JS = "() => Number(document.documentElement.getAttribute('data-viz-rows') || 0)"
ROWS_SETTLED_JS = "(n) => Number(document.documentElement.getAttribute('data-viz-rows') || 0) >= n"
GRID_ROWS_JS = """async (id) => {
  const api = await window.dash_ag_grid.getApiAsync(id);
  const out = [];
  api.forEachNode(n => { if (n.data) out.push(n.data); });  // the loaded blocks, in grid order
  return out;
}"""


def _search(page, text):
    seq = page.evaluate(SEQ_JS)
    page.fill("#filter-search", text)
    page.press("#filter-search", "Enter")
    page.wait_for_function(SETTLED_JS, arg=seq + 1, timeout=UI_TIMEOUT)


def _mode(page, mode):
    seq = page.evaluate(SEQ_JS)
    page.check(f"#search-mode input[value='{mode}']")
    page.wait_for_function(SETTLED_JS, arg=seq + 1, timeout=UI_TIMEOUT)


def test_word_search_hits_arrive_as_bits_and_are_listed_as_text(browser, tiny_run, tmp_path):
    from viz import schema as S
    from viz.store import load_run

    run = load_run(tiny_run)
    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        answers = []
        page.on("response", lambda r: answers.append(r.url) if "/_viz/search" in r.url else None)
        _open(page, url)
        _search(page, "badai")
        views = page.evaluate(VIEWS_JS)
        assert views["status"].startswith(f"showing 1 of {len(run.passages)} passages")
        searches = [a for a in answers if "warm=1" not in a]  # warm: the box got the focus
        assert searches and all("format=bits" in a for a in searches)
        assert any("warm=1&mode=words" in a for a in answers)
        hits = page.evaluate(HITS_JS)
        expected = run.passages[run.passages[S.TEXT].str.contains("Badai")]
        assert [h["id"] for h in hits] == expected[S.PASSAGE_ID].astype(int).tolist()
        # the passage's <script> stays text: listed literally, never run or parsed
        assert "<script>alert(1)</script>" in hits[0]["text"]
        assert page.locator("#search-hits script").count() == 0
        assert "1 of 1 passages with the words" in page.text_content("#search-hits")
        # a hit opens in the reader
        page.click("#search-hits .search-hit")
        page.wait_for_selector(f"#reader [data-read-n]", timeout=UI_TIMEOUT)
        assert "melanda" in page.text_content("#reader")
        # this run was embedded with no embedder that embeds a query: meaning says so
        _mode(page, "meaning")
        assert "not available" in page.text_content("#search-hits")
        assert "qm=meaning" in page.evaluate("() => location.search")
        assert "qm=meaning" in page.get_attribute("#export-view", "href")
        console.assert_clean()


def test_tables_follow_the_filters_and_a_row_opens_the_event(browser, tiny_run, tmp_path):
    from viz import schema as S
    from viz.store import load_run

    run = load_run(tiny_run)
    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        page.click("#workbench-tables > summary")
        page.wait_for_function(TABLES_SETTLED_JS, arg=1, timeout=UI_TIMEOUT)
        events = page.evaluate(GRID_ROWS_JS, "table-events")
        documents = page.evaluate(GRID_ROWS_JS, "table-documents")
        assert len(events) == len(run.events) and len(documents) == len(run.documents)
        first = events[0]  # sorted by date: 14 March 2023, written three ways
        assert first["value"] == "2023-03-14" and first["granularity"] == "day"
        assert "14 mars 2023" in first["written"] and first["mentions"] == 3
        assert first["sentence"] == "The storm hit on 14 March 2023."
        title = page.locator("#table-documents .ag-cell[col-id='title']").all_text_contents()
        assert "<b>Badai</b> & banjir" in title  # text, not HTML
        # a word search restricts the tables like every view: one block per grid is asked for
        n = page.evaluate(TABLES_SEQ_JS)
        requests = []
        page.on("request", lambda r: requests.append(r) if "/_viz/rows" in r.url else None)
        _search(page, "train")
        page.wait_for_function(TABLES_SETTLED_JS, arg=n + 1, timeout=UI_TIMEOUT)
        events = page.evaluate(GRID_ROWS_JS, "table-events")
        documents = page.evaluate(GRID_ROWS_JS, "table-documents")
        assert [e["value"] for e in events] == ["2025-05"]
        assert [d["id"] for d in documents] == ["b"]
        assert sorted(r.url.rsplit("/", 1)[1] for r in requests) == ["documents", "events"]
        assert all(r.method == "POST" for r in requests)
        # sortable: by mentions, descending, sorted by the server (once the cleared search
        # has refilled both tables: a click's wait must not be met by that refill)
        n = page.evaluate(TABLES_SEQ_JS)
        _search(page, "")
        page.wait_for_function(TABLES_SETTLED_JS, arg=n + 1, timeout=UI_TIMEOUT)
        for _ in range(2):
            rows = page.evaluate(ROWS_SEQ_JS)
            page.click("#table-events .ag-header-cell[col-id='mentions']")
            page.wait_for_function(ROWS_SETTLED_JS, arg=rows + 1, timeout=UI_TIMEOUT)
        mentions = [e["mentions"] for e in page.evaluate(GRID_ROWS_JS, "table-events")]
        assert len(mentions) == len(run.events)
        assert mentions == sorted(mentions, reverse=True)
        # a column filter, answered by the server: case folded
        rows = page.evaluate(ROWS_SEQ_JS)
        page.fill("#table-events .ag-floating-filter input[aria-label*='Date as written']", "MARS")
        page.wait_for_function(ROWS_SETTLED_JS, arg=rows + 1, timeout=UI_TIMEOUT)
        page.wait_for_function("""async () => {
          const api = await window.dash_ag_grid.getApiAsync('table-events');
          let n = 0; api.forEachNode(x => { if (x.data) n++; });
          return n === 1; }""", timeout=UI_TIMEOUT)
        assert "14 mars 2023" in page.evaluate(GRID_ROWS_JS, "table-events")[0]["written"]
        rows = page.evaluate(ROWS_SEQ_JS)
        page.fill("#table-events .ag-floating-filter input[aria-label*='Date as written']", "")
        page.wait_for_function(ROWS_SETTLED_JS, arg=rows + 1, timeout=UI_TIMEOUT)
        # a row click opens the event in the reader and marks it on the timeline
        seq = page.evaluate(SEQ_JS)
        page.click("#table-events .ag-row[row-index='0'] .ag-cell[col-id='sentence']")
        top = page.evaluate(GRID_ROWS_JS, "table-events")[0]
        page.wait_for_selector(f"#reader [data-event-id='{top['id']}']", timeout=UI_TIMEOUT)
        marked = page.evaluate("() => window.vizDashboard.timeline.marked")
        assert marked["start"] == top["start"]
        lo, hi = page.evaluate("() => window.vizDashboard.timeline.range")
        assert lo <= marked["startDay"] <= hi  # the mark is in view
        assert page.evaluate(SEQ_JS) >= seq
        # keyboard: the focus moves down a row, Enter opens that event
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        second = page.evaluate(GRID_ROWS_JS, "table-events")[1]
        page.wait_for_selector(f"#reader [data-event-id='{second['id']}']", timeout=UI_TIMEOUT)
        expected_titles = set(run.documents[S.TITLE])
        assert {d["title"] for d in page.evaluate(GRID_ROWS_JS, "table-documents")} == expected_titles
        console.assert_clean()


@pytest.mark.slow
def test_a_french_query_finds_english_passages_by_meaning(browser, sample_run, tmp_path):
    """The sample run is embedded with the multilingual USE: a French query by meaning finds
    the English passages about the same subject; the hits restrict every view."""
    from viz import schema as S
    from viz.app.search import meaning_k
    from viz.store import load_run

    run = load_run(sample_run)
    lang = dict(zip(run.passages[S.PASSAGE_ID].astype(int), run.passages[S.LANG]))
    text = dict(zip(run.passages[S.PASSAGE_ID].astype(int), run.passages[S.TEXT]))
    k = meaning_k(len(run.passages))
    with dashboard(browser, sample_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        page.check("#search-mode input[value='meaning']")  # no search yet: nothing redraws
        _search(page, "la sécheresse a détruit les récoltes")
        views = page.evaluate(VIEWS_JS)
        assert views["status"].startswith(f"showing {k} of {len(run.passages)} passages")
        assert views["coloured"] == k and sum(views["bars"].values()) == k
        hits = page.evaluate(HITS_JS)
        assert len(hits) == k
        english = [h["id"] for h in hits if lang[h["id"]] == "en"]
        assert english, [text[h["id"]][:60] for h in hits]
        assert any(w in text[i].lower() for i in english for w in ("drought", "harvest", "rain", "crop"))
        scores = [float(h["text"].split(" ")[0]) for h in hits]
        assert scores == sorted(scores, reverse=True)  # nearest first
        print("meaning hits:", [(lang[h["id"]], h["text"][:70]) for h in hits])
        assert "qm=meaning" in views["search"]
        # reloading the link restores the meaning search
        other = page.context.new_page()
        _open(other, page.url)
        assert other.evaluate(VIEWS_JS)["status"] == views["status"]
        assert other.is_checked("#search-mode input[value='meaning']")
        other.close()
        # by words, the same French query finds no English passage
        _mode(page, "words")
        assert "qm=" not in page.evaluate("() => location.search")
        assert all(lang[h["id"]] != "en" for h in page.evaluate(HITS_JS))
        console.assert_clean()


def test_the_box_selection_downloads_as_csv(browser, tiny_run, tmp_path):
    """Shift-drag a box on the map, then "Download passages (CSV)": the file holds exactly the
    passages the views show (passage, document, title, date, topic, language, text)."""
    import csv
    import io

    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        _box_select(page, (0, 2, 4))
        assert page.text_content("#filter-status").startswith("showing 3 of 6 passages")
        assert "box=" in page.get_attribute("#selection-csv", "href")
        with page.expect_download(timeout=UI_TIMEOUT) as info:
            page.click("#selection-csv")
        rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
        assert sorted(int(r["passage_id"]) for r in rows) == [0, 2, 4]
        assert list(rows[0]) == ["passage_id", "doc_id", "title", "date", "topic_id", "topic",
                                 "language", "text"]
        assert {r["language"] for r in rows} == {"en", "fr", "id"}
        # with a word search too, the file follows
        _search(page, "tempête")
        with page.expect_download(timeout=UI_TIMEOUT) as info:
            page.click("#selection-csv")
        rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
        assert [r["title"] for r in rows] == ["La tempête"]
        console.assert_clean()


def test_a_lasso_keeps_what_it_encloses_and_downloads_as_csv(browser, tiny_run, tmp_path):
    """Lasso mode, then shift-drag a triangle around topic 0's points: its bounding box also
    holds passages 1, 3 and 5, the lasso does not; every view, the URL, a reload and the CSV
    keep the same three passages."""
    import csv
    import io

    with dashboard(browser, tiny_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        _open(page, url)
        page.check("#map-select-mode input[value='lasso']")
        pts = {i: page.evaluate(f"() => window.vizDashboard.map.pagePoint({i})") for i in range(6)}
        # 0, 2, 4 near (0, 0) (bottom left on screen); 1, 3 near (5, 5); 5 at (9, 9)
        box = page.locator("#chart-map canvas").bounding_box()   # corners stay on the canvas
        ax = max(min(pts[i][0] for i in (0, 2, 4)) - 20, box["x"] + 3)
        ay = min(max(pts[i][1] for i in (0, 2, 4)) + 20, box["y"] + box["height"] - 3)
        bx = min(pts[5][0] + 10, box["x"] + box["width"] - 3)
        cy = max(pts[5][1] - 10, box["y"] + 3)
        corners = [(ax, ay), (bx, ay), (ax, cy), (ax, ay)]
        seq = page.evaluate(SEQ_JS)
        page.keyboard.down("Shift")
        page.mouse.move(*corners[0])
        page.mouse.down()
        for (x0, y0), (x1, y1) in zip(corners, corners[1:]):
            for k in range(1, 9):
                page.mouse.move(x0 + (x1 - x0) * k / 8, y0 + (y1 - y0) * k / 8)
        page.mouse.up()
        page.keyboard.up("Shift")
        page.wait_for_function(SETTLED_JS, arg=seq + 1, timeout=UI_TIMEOUT)
        views = page.evaluate(VIEWS_JS)
        assert views["status"].startswith("showing 3 of 6 passages"), views
        assert views["coloured"] == 3
        assert "lasso=" in views["search"] and "box=" not in views["search"]
        with page.expect_download(timeout=UI_TIMEOUT) as info:
            page.click("#selection-csv")
        rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
        assert sorted(int(r["passage_id"]) for r in rows) == [0, 2, 4]
        # the link restores the lasso
        _open(page, url.rstrip("/") + "/" + views["search"])
        assert page.evaluate(VIEWS_JS)["status"].startswith("showing 3 of 6 passages")
        console.assert_clean()
