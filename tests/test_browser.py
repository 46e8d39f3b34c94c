"""Real-browser tests: the served dashboard and the exported HTML, in headless Chromium.

Run with ``--run-all`` (they are skipped otherwise). Chromium comes from the ``chromium``
fixture (Debian's binary; Playwright's own browsers are never downloaded). Each test ends by
asserting that the browser console logged no error and that the page raised no exception.
"""

from __future__ import annotations

import pytest

from .browser_util import (MAP_READY_JS, PAINTED_JS, PICK_POINT_JS, UI_TIMEOUT, Console,
                           dashboard)

pytestmark = pytest.mark.browser


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


def test_dashboard_renames_a_topic(browser, sample_run, tmp_path):
    """Curation from the dashboard: rename a topic, see it on the map, find it on disk."""
    import shutil

    from playwright.sync_api import expect

    from viz.store import load_run

    run_dir = tmp_path / "run"
    shutil.copytree(sample_run, run_dir)  # curation rewrites the run: never the shared one
    with dashboard(browser, run_dir, tmp_path, tmp_path / "serve.log") as (page, url):
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

    with dashboard(browser, sample_run, tmp_path, tmp_path / "serve.log") as (page, url):
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
