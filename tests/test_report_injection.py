"""HTML and script payloads in every corpus string never run in anything ``viz export`` writes.

Titles, sources, URLs, passage text, topic labels and terms, event titles and the dates as
written carry payloads that would set ``window.__pwned`` or open a dialog if inserted as HTML.
Chromium opens report.html (and clicks through every view), each chart file and index.html;
nothing may execute and no ``javascript:`` URL may be a live link.
"""

from __future__ import annotations

import json

import pytest

from .browser_util import UI_TIMEOUT, VIEWPORT, Console

PAYLOADS = [
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    "<script>window.__pwned=2;alert(2)</script>",
    '"><svg onload="window.__pwned=3">',
    "</script><script>window.__pwned=4</script>",
    "<a href=\"javascript:window.__pwned=5\">click</a>",
    "<!--",
]


def _hostile_run(path):
    from tests.tiny import tiny_tables
    from viz.store import write_run

    t = tiny_tables()
    p0, p1, p2, p3, p4, p5 = PAYLOADS
    docs = t["documents"]
    docs["title"] = [p0, p1 + " title", p2]
    docs["source"] = [p3, p4, p0]
    docs["url"] = ["javascript:window.__pwned=6", "JaVaScRiPt:alert(7)", "https://example.org/ok"]
    psg = t["passages"]
    # payloads in front of each passage; mentions shift with them
    shift = []
    texts = []
    for i, text in enumerate(psg["text"]):
        pre = PAYLOADS[i % len(PAYLOADS)] + " "
        texts.append(pre + text)
        shift.append(len(pre))
    psg["text"] = texts
    m = t["mentions"]
    m["start"] = [s + shift[p] for s, p in zip(m["start"], m["passage_id"])]
    m["end"] = [e + shift[p] for e, p in zip(m["end"], m["passage_id"])]
    top = t["topics"]
    top["label"] = [p0 + " storm", p1 + " rail", p2 + " none"]
    top["terms"] = [[p3, "storm"], [p4, "rail"], [p5]]
    t["topic_terms"]["term"] = [p0, p1, p2, p3, p4, p5]
    ev = t["events"]
    ev["title"] = [p1, p0, p2]
    ev["surface"] = [[p0, "14 mars 2023"], [p4], [p3]]
    ev["value"] = ["2023-03-14", "2025-05", "2025"]
    manifest = {"counts": {"passages": 6},
                "skipped": [{"input": p0, "reason": p1}],
                "topic_coverage": {"warning": p2}}
    return write_run(path, t, manifest)


def test_payloads_stay_text_in_the_data_files(tmp_path):
    from viz.export import export_run

    res = export_run(_hostile_run(tmp_path / "run"), tmp_path / "out")
    timeline = (res.out_dir / "timeline.json").read_text(encoding="utf-8")
    assert "<img" not in timeline and "<script" not in timeline  # TimelineJS renders HTML
    index = res.index.read_text(encoding="utf-8")
    assert "<img src=x" not in index and "<script>window" not in index
    events = json.loads((res.out_dir / "events.json").read_text(encoding="utf-8"))
    assert any(PAYLOADS[0] in e["date_as_written"] for e in events)  # data kept as written


@pytest.mark.browser
def test_no_payload_executes_anywhere(browser, tmp_path):
    from viz.export import export_run

    res = export_run(_hostile_run(tmp_path / "run"), tmp_path / "out")
    pages = [res.report, res.index] + sorted(p for p in res.out_dir.glob("*.html")
                                              if p.name not in ("report.html", "index.html"))
    context = browser.new_context(viewport=VIEWPORT)
    dialogs: list[str] = []
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
                  else r.abort())
    try:
        for path in pages:
            page = context.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            console = Console(page)
            page.goto(path.as_uri(), wait_until="load", timeout=UI_TIMEOUT)
            if path == res.report:
                page.wait_for_function("document.body.dataset.ready === '1'", timeout=UI_TIMEOUT)
                # every text that reaches the page: table, reader (each passage), search, events
                for row in range(page.locator("#topic-table tbody tr").count()):
                    page.locator("#topic-table tbody tr").nth(row).click()
                    page.locator("#topic-table tbody tr").nth(row).click()
                for i in range(6):
                    page.evaluate("(i) => window.vizReport.showPassage(i, i % 3)", i)
                    assert page.locator("#reader .current-passage").inner_text().startswith(
                        PAYLOADS[i % len(PAYLOADS)].split(" ")[0][:4])
                page.fill("#search", "svg onload")
                page.wait_for_function("document.getElementById('search-list').children.length > 0",
                                       timeout=UI_TIMEOUT)
                page.hover("#topic-map")
                assert page.locator("#reader img, #reader script, #reader svg, "
                                    "#search-list img, #topic-table img").count() == 0
                links = page.eval_on_selector_all("#reader a[href]", "as => as.map(a => a.href)")
                assert all(h.startswith("https://") for h in links), links
            else:
                page.wait_for_timeout(300)
            assert page.evaluate("() => window.__pwned") is None, path.name
            live = page.eval_on_selector_all(
                "a[href], [*|href]", "as => as.map(a => a.getAttribute('href') || "
                "a.getAttribute('xlink:href') || '').filter(h => /^\\s*javascript:/i.test(h))")
            assert live == [], (path.name, live)
            console.assert_clean()
            page.close()
    finally:
        context.close()
    assert dialogs == []


def test_report_script_never_parses_html():
    from importlib import resources

    js = resources.files("viz.export").joinpath("report.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setAttribute(\"on"):
        assert sink not in js, sink
