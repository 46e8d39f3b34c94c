"""The dashboard on a generated run of 20,000 passages, in a real browser.

A filter change is computed in the page: it sends (almost) nothing, and the views agree with
each other and with the run's tables. Latency is a benchmark figure (benchmarks/dashboard.py),
never asserted here.
"""

from __future__ import annotations

import pytest

from .browser_util import UI_TIMEOUT, Console, dashboard

pytestmark = [pytest.mark.browser, pytest.mark.slow]

N_PASSAGES = 20_000
MAX_BYTES = 200 * 1024

VIEWS_JS = """() => {
  const S = window.vizDashboard;
  const ov = document.querySelector('#chart-overview .js-plotly-plot');
  const bars = {};
  for (const t of ov.data) t.y.forEach((y, k) => { bars[y] = (bars[y] || 0) + t.x[k]; });
  let coloured = 0;
  for (let i = 0; i < S.data.n; i++) coloured += S.map.mask[i];
  return {status: document.querySelector('#filter-status').textContent, bars, coloured,
          timelineDays: S.dayEvents.length, timelineSpans: S.spanEvents.length,
          xrange: S.timeline.rangeIso()};
}"""


TABLES_JS = "() => Number(document.documentElement.getAttribute('data-viz-tables') || 0)"
COUNTS_JS = """async () => {
  const g = window.dash_ag_grid, out = {};
  for (const [k, id] of [['events', 'table-events'], ['documents', 'table-documents']]) {
    out[k] = (await g.getApiAsync(id)).getDisplayedRowCount();
  }
  return out;
}"""


@pytest.fixture(scope="module")
def big_run(tmp_path_factory):
    from tests.bigrun import write_big_run

    return write_big_run(tmp_path_factory.mktemp("big") / "run", N_PASSAGES)


def test_filter_at_scale_sends_little_and_views_agree(browser, big_run, tmp_path):
    import re

    from viz.store import load_run

    run = load_run(big_run)
    p = run.passages
    topic = int(p["topic_id"][p["topic_id"] >= 0].value_counts().index[0])  # the largest
    label = run.topics.set_index("topic_id").at[topic, "label"]
    expected = p[p["topic_id"] == topic]
    all_events = set(run.mentions["event_id"].dropna()) & set(run.events["event_id"])
    want_events = set(run.mentions.loc[run.mentions["passage_id"].isin(expected["passage_id"])
                                       & run.mentions["event_id"].notna(), "event_id"])

    with dashboard(browser, big_run, tmp_path, tmp_path / "serve.log") as (page, url):
        console = Console(page)
        received: list[tuple[str, int]] = []

        def done(request):
            sizes = request.sizes()
            received.append((request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"]))
        page.on("requestfinished", done)
        page.goto(url, wait_until="load", timeout=UI_TIMEOUT)
        page.wait_for_function("() => document.documentElement.getAttribute('data-viz-seq') >= '1'",
                               timeout=UI_TIMEOUT * 2)
        first = page.evaluate(VIEWS_JS)
        assert first["status"] == (f"showing {N_PASSAGES} of {N_PASSAGES} passages, "
                                   f"{len(all_events)} events")
        assert first["coloured"] == N_PASSAGES
        # the timeline opens on the corpus's own years, not 1880 to 9999
        far = run.events["date_start"].dt.year
        assert far.min() < 2000 or far.max() > 2050  # the generated run has far-off years
        assert "2015" <= first["xrange"][0][:4] and first["xrange"][1][:4] <= "2030"
        # topic labels at their centres, never piled up: the largest topic's among them
        labels = page.evaluate("() => window.vizDashboard.map.labels")
        assert len(labels) >= 5
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert not (a["box"][0] < b["box"][2] and a["box"][2] > b["box"][0]
                            and a["box"][1] < b["box"][3] and a["box"][3] > b["box"][1]), (a, b)
        names = dict(zip(run.topics["topic_id"].astype(int), run.topics["label"]))
        for lab in labels:
            assert names[lab["topic"]].startswith(lab["text"].rstrip("\u2026"))
        largest = int(p["topic_id"][p["topic_id"] >= 0].value_counts().index[0])
        assert largest in {lab["topic"] for lab in labels}
        page.wait_for_timeout(500)
        mark = len(received)

        seq = int(page.evaluate("() => document.documentElement.getAttribute('data-viz-seq')"))
        page.locator("#filter-topics").click()
        page.get_by_role("option", name=f"{topic}: {label}", exact=True).click()
        page.keyboard.press("Escape")
        page.wait_for_function(
            "(n) => Number(document.documentElement.getAttribute('data-viz-seq')) > n",
            arg=seq, timeout=UI_TIMEOUT)
        page.wait_for_timeout(500)
        sent = sum(n for _, n in received[mark:])
        assert sent <= MAX_BYTES, received[mark:]
        assert not any("/_viz/payload/" in u for u, _ in received[mark:])  # never re-sent

        views = page.evaluate(VIEWS_JS)
        m = re.match(r"showing (\d+) of (\d+) passages, (\d+) events", views["status"])
        assert m, views["status"]
        assert int(m.group(1)) == len(expected) == views["coloured"]
        assert sum(views["bars"].values()) == len(expected) and len(views["bars"]) == 1
        assert int(m.group(3)) == len(want_events)
        assert views["timelineDays"] + views["timelineSpans"] <= len(want_events)

        # the Tables panel asks for one block of rows per grid, for this view: the grids' row
        # counts are the status's events and the documents of its passages
        mark = len(received)
        page.click("#workbench-tables > summary")
        page.wait_for_function(TABLES_JS + " >= 1", timeout=UI_TIMEOUT)
        page.wait_for_timeout(500)
        assert sum(n for _, n in received[mark:]) <= MAX_BYTES, received[mark:]
        counts = page.evaluate(COUNTS_JS)
        assert counts == {"events": len(want_events),
                          "documents": expected["doc_id"].nunique()}
        # a filter change with the panel open: still little, and the grids follow (Reset)
        mark = len(received)
        n = page.evaluate(TABLES_JS)
        page.locator("#filter-reset").click()
        page.wait_for_function(f"{TABLES_JS} > {n}", timeout=UI_TIMEOUT)
        page.wait_for_timeout(500)
        assert sum(n for _, n in received[mark:]) <= MAX_BYTES, received[mark:]
        assert page.evaluate(COUNTS_JS) == {"events": len(all_events),
                                            "documents": p["doc_id"].nunique()}
        console.assert_clean()
