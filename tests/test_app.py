"""The dashboard: callbacks called directly, and the app through a real test client."""

from __future__ import annotations

import json

import pytest
from dash import html

from viz import schema as S
from viz.app import create_app
from viz.app import ids
from viz.app.callbacks import read, read_event, read_passage
from viz.app.payload import NODAY, build_payload, decode
from viz.app.reader import highlighted
from viz.store import load_run


@pytest.fixture()
def run(tiny_run):
    return load_run(tiny_run)


def _click(passage_or_event_id):
    return passage_or_event_id


def test_payload_codes_every_passage(run):
    """The browser's arrays: one row per passage, topics, languages, sources, days, bins."""
    p = build_payload(run, "v1")
    assert p["version"] == "v1" and p["n"] == 6
    assert p["topics"]["id"] == [0, 1, -1] and p["outlier"] == 2
    assert p["topics"]["label"][0] == "storm · tempête · badai"
    assert p["langs"] == ["en", "fr", "id"] and p["sources"] == ["Courrier", "Gazette", "Kabar"]
    P = {k: decode(v) for k, v in p["passages"].items()}
    assert P["id"].tolist() == [0, 1, 2, 3, 4, 5]
    assert P["topic"].tolist() == [0, 1, 0, 1, 0, 2]
    assert P["lang"].tolist() == [0, 0, 1, 1, 2, 2]
    assert P["source"].tolist() == [1, 1, 0, 0, 2, 2]
    # 2023-03-15 and 2023-03-16 as days since 1970; document c has no date
    assert P["day"].tolist() == [19431, 19431, 19432, 19432, NODAY, NODAY]
    assert p["over_time"]["publication"]["bins"] == ["2023-03-13"]  # one week bin, from Monday (as query.py bins)
    assert P["bin"].tolist() == [0, 0, 0, 0, -1, -1]
    assert P["x"].dtype.name == "float32" and P["x"][5] == 9.0


def test_payload_links_mentions_to_events(run):
    p = build_payload(run)
    ev = p["events"]
    assert decode(ev["id"]).tolist() == [0, 1, 2]
    assert [ev["granularities"][g] for g in decode(ev["granularity"])] == ["day", "month", "year"]
    assert decode(ev["topic"]).tolist() == [0, 1, 2]
    pairs = sorted(zip(decode(p["mentions"]["passage"]).tolist(),
                       decode(p["mentions"]["event"]).tolist()))
    assert pairs == [(0, 0), (1, 1), (2, 0), (3, 1), (4, 0), (5, 2)]
    # by date mentioned: distinct (passage, bin) pairs of mentions that fit the bin
    by_event = p["over_time"]["event"]
    assert len(decode(by_event["passage"])) == len(decode(by_event["bin"]))


def test_payload_is_gzipped_json_and_cached_per_version(tiny_run):
    import gzip

    app = create_app(tiny_run)
    client = app.server.test_client()
    version = client.get("/_viz/version").get_json()
    assert version["payload"] == f"/_viz/payload/{version['version']}"
    r = client.get(version["payload"], headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.headers["Content-Encoding"] == "gzip"
    assert "immutable" in r.headers["Cache-Control"]
    body = json.loads(gzip.decompress(r.data))
    assert body["version"] == version["version"] and body["n"] == 6
    plain = client.get(version["payload"], headers={"Accept-Encoding": "identity"})
    assert json.loads(plain.data)["n"] == 6  # a client without gzip gets plain JSON
    assert client.get("/_viz/plotly.min.js").status_code == 200


def test_timeline_range_leaves_far_off_years_out():
    import pandas as pd

    from viz.charts.event_timeline import central_range

    events = pd.DataFrame({
        S.DATE_START: pd.to_datetime(["1880-01-01"] + ["2022-06-01"] * 98 + ["9999-01-01"]),
        S.DATE_END: pd.to_datetime(["1880-12-31"] + ["2022-06-01"] * 98 + ["9999-12-31"]),
        S.N_MENTIONS: [1] * 100})
    lo, hi = central_range(events)
    assert "2022-01-01" < hi < "2023-01-01" and "2021-01-01" < lo < "2022-06-01"


def test_map_click_opens_the_passage_with_its_date_highlighted(run):
    card = read_passage(run, _click(0))
    assert card.className == "reader-card"
    title, meta, topic, text = card.children[:4]
    assert title.children == "Storm floods harbour"
    assert "2023-03-15" in meta.children and "Gazette" in meta.children
    marks = [c for c in text.children if isinstance(c, html.Mark)]
    assert [m.children for m in marks] == ["14 March 2023"]


def test_corpus_text_is_text_not_html(run):
    card = read_passage(run, _click(4))  # the passage that contains a <script> tag
    parts = card.children[3].children
    assert any("<script>alert(1)</script>" in p for p in parts if isinstance(p, str))
    assert not any(type(p).__name__ == "Script" for p in parts)


def test_timeline_click_lists_the_event_mentions(run):
    panel = read_event(run, _click(0))
    cards = [c for c in panel.children if getattr(c, "className", "") == "reader-card"]
    assert len(cards) == 3
    assert panel.children[0].children == "2023-03-14 (day)"


def test_bad_clicks_show_the_empty_reader(run):
    assert read_passage(run, None).className == "reader-empty"
    assert read_event(run, "x").className == "reader-empty"
    assert read(run, {"kind": "nonsense", "id": 1}).className == "reader-empty"
    assert read(run, None).className == "reader-empty"
    assert read(run, {"kind": "passage", "id": 0}).className == "reader-card"


def test_highlight_skips_overlaps():
    parts = highlighted("on 5 May 2020 and", [(3, 13, "2020-05-05"), (5, 8, "x")])
    assert parts[0] == "on " and parts[1].children == "5 May 2020" and parts[2] == " and"


def test_app_serves_layout_assets_and_callbacks(tiny_run):
    app = create_app(tiny_run)
    client = app.server.test_client()
    page = client.get("/")
    assert page.status_code == 200
    assert b"style.css" in page.data  # assets/ is served from its absolute path
    assert client.get("/assets/style.css").status_code == 200
    layout = json.dumps(client.get("/_dash-layout").get_json())
    for component_id in (ids.MAP, ids.TIMELINE, ids.OVER_TIME, ids.OVERVIEW, ids.READER, ids.TOPICS,
                         ids.PAYLOAD):
        assert f'"{component_id}"' in layout
    deps = client.get("/_dash-dependencies").get_json()
    outputs = " ".join(d["output"] for d in deps)
    assert f"{ids.READER}.children" in outputs and f"{ids.STATUS}.children" in outputs
    # filtering runs in the browser: the status callback is clientside
    status = next(d for d in deps if d["output"] == f"{ids.STATUS}.children")
    assert status["clientside_function"]["function_name"] == "update"
    assert client.get("/assets/dashboard.js").status_code == 200
    # no CDN: Dash's own scripts are served locally
    assert b"unpkg.com" not in page.data and b"cdn.plot.ly" not in page.data


def test_callback_through_the_server(tiny_run):
    app = create_app(tiny_run)
    client = app.server.test_client()
    body = {
        "output": f"{ids.READER}.children",
        "outputs": {"id": ids.READER, "property": "children"},
        "inputs": [{"id": ids.READ, "property": "data",
                    "value": {"kind": "passage", "id": 2, "n": 1}}],
        "changedPropIds": [f"{ids.READ}.data"],
        "state": [],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200
    text = json.dumps(response.get_json())
    assert "14 mars 2023" in text and "La temp" in text


def test_two_apps_in_one_process_each_have_callbacks(tiny_run, tmp_path):
    from tests.tiny import write_tiny_run

    other = write_tiny_run(tmp_path / "other")
    a, b = create_app(tiny_run), create_app(other)
    for app in (a, b):
        deps = app.server.test_client().get("/_dash-dependencies").get_json()
        assert len(deps) == 4


def test_curation_from_the_dashboard(tiny_run):
    from viz.app.callbacks import curate

    run = load_run(tiny_run)
    same, message = curate(run, ids.CURATE_RENAME, [0, 1], "x")
    assert same is run and message == "Not done: choose exactly one topic to rename"
    new, message = curate(run, ids.CURATE_RENAME, [0], "Harbour storm")
    assert "now “Harbour storm”" in message
    assert dict(zip(new.topics[S.TOPIC_ID], new.topics[S.LABEL]))[0] == "Harbour storm"
    new, message = curate(new, ids.CURATE_MERGE, [0, 1], "")
    assert set(new.passages[S.TOPIC_ID]) == {0, -1}
    # the change is on disk: a new app over the same folder sees it
    assert set(load_run(tiny_run).passages[S.TOPIC_ID]) == {0, -1}


def test_the_dashboard_says_what_the_change_record_says(tiny_run):
    """The message is the change's own record (:class:`viz.topics.curation.Change`): the
    topics it made and moved passages, not the run's log read back."""
    from viz.app.callbacks import curate

    new, message = curate(load_run(tiny_run), ids.CURATE_SPLIT, [0], "")
    label = dict(zip(new.topics[S.TOPIC_ID], new.topics[S.LABEL]))[2]
    assert message == f"Split topic 0: 1 passages moved to new topic 2 “{label}”."
    new, message = curate(new, ids.CURATE_DELETE, [2], "")
    assert message == "Deleted topics 2: 1 passages are unassigned."
    same, message = curate(new, ids.CURATE_SPLIT, [], "")
    assert same is new and message == "Not done: choose exactly one topic to split"


def test_coarser_level_from_the_dashboard(tiny_run):
    from viz.app.callbacks import curate

    run = load_run(tiny_run)
    same, message = curate(run, ids.CURATE_COARSEN, [], "", None)
    assert same is run and "number of topics" in message
    new, message = curate(run, ids.CURATE_COARSEN, [], "", 1)
    assert message == "Coarser level: 1 topics; merged 1 into their nearest topics."
    assert set(new.passages[S.TOPIC_ID]) == {0, -1}
    new, message = curate(new, ids.CURATE_RELEVEL, [], "", 3)
    assert message == "Re-cut into 3 topics." and set(new.passages[S.TOPIC_ID]) == {0, 1, 2, -1}
    same, message = curate(new, ids.CURATE_RELEVEL, [], "", 9)
    assert same is new and message.startswith("Not done: ask for 1 to 3 topics")


def test_curation_callback_through_the_server(tiny_run):
    app = create_app(tiny_run)
    client = app.server.test_client()
    outputs = [
        {"id": ids.PAYLOAD, "property": "data"},
        {"id": ids.CURATE_MESSAGE, "property": "children"},
        {"id": ids.TOPICS, "property": "options"},
        {"id": ids.CURATE_TOPICS, "property": "options"},
        {"id": ids.CURATE_TOPICS, "property": "value"},
    ]
    body = {
        "output": ".." + "...".join(f"{o['id']}.{o['property']}" for o in outputs) + "..",
        "outputs": outputs,
        "inputs": [{"id": i, "property": "n_clicks", "value": 1 if i == ids.CURATE_DELETE else 0}
                   for i in (ids.CURATE_RENAME, ids.CURATE_MERGE, ids.CURATE_SPLIT, ids.CURATE_DELETE,
                             ids.CURATE_COARSEN, ids.CURATE_RELEVEL)],
        "changedPropIds": [f"{ids.CURATE_DELETE}.n_clicks"],
        "state": [{"id": ids.CURATE_TOPICS, "property": "value", "value": [1]},
                  {"id": ids.CURATE_LABEL, "property": "value", "value": None},
                  {"id": ids.CURATE_LEVEL, "property": "value", "value": None}],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200, response.data[:500]
    result = response.get_json()["response"]
    version = app.viz_state.version
    assert result[ids.PAYLOAD]["data"] == f"/_viz/payload/{version}"
    # the new version's payload has the change: topic 1 is gone
    body = client.get(result[ids.PAYLOAD]["data"]).get_json()
    assert body["version"] == version and 1 not in body["topics"]["id"]
    assert "Deleted topics 1" in result[ids.CURATE_MESSAGE]["children"]
    assert [o["value"] for o in result[ids.CURATE_TOPICS]["options"]] == [0]
    assert app.viz_state.run.topics[S.TOPIC_ID].tolist() == [0, -1]


def test_reader_shows_an_inferred_date_as_inferred(run):
    card = read_passage(run, _click(4))  # document "c" has no date, an inferred one
    meta = card.children[1].children
    assert meta.startswith("inferred 2023-03-16 (latest full date")


def _texts(component) -> list[str]:
    """Every string inside a Dash component tree, in order."""
    if isinstance(component, str):
        return [component]
    if component is None or isinstance(component, (int, float)):
        return []
    children = getattr(component, "children", None)
    if isinstance(children, (list, tuple)):
        return [s for c in children for s in _texts(c)]
    return _texts(children)


def test_overview_click_opens_the_topic_card(run):
    from viz.app.callbacks import read_topic

    card = read_topic(run, 0)
    assert card.className == "reader-topic-card"
    text = _texts(card)
    assert "Topic 0: storm · tempête · badai" in text
    assert "tempête" in text  # the French terms, under "fr"
    assert "storm (en) = tempête (fr) = badai (id)" in text
    # the representative passages, as reader cards, in order
    cards = [c for c in card.children if getattr(c, "className", None) == "reader-card"]
    assert [c.to_plotly_json()["props"]["data-passage-id"] for c in cards] == ["0", "2", "4"]
    topic1 = read_topic(run, 1)
    assert any("1 joined it as outliers" in s for s in _texts(topic1))
    assert read_topic(run, 9).className == "reader-empty"


def test_uncovered_languages_are_announced(run):
    from viz.app.layout import coverage_warning

    assert coverage_warning(run) is None
    run.manifest["topic_coverage"] = {"warning": "the embedder use does not cover sw",
                                      "language_topics": {"4": 0.9}}
    banner = coverage_warning(run)
    assert "does not cover sw" in banner.children and "mostly of those languages: 4" in banner.children


def _inline_report_data(body: bytes) -> dict:
    import re

    m = re.search(rb'<script type="application/json" id="viz-data">(.*?)</script>', body, re.S)
    assert m, "no inline data in the report"
    return json.loads(m.group(1))


def test_export_this_view_downloads_the_filtered_report(tiny_run):
    run = load_run(tiny_run)
    app = create_app(tiny_run)
    client = app.server.test_client()
    layout = json.dumps(client.get("/_dash-layout").get_json())
    assert ids.EXPORT_VIEW in layout and "/_viz/report.html" in layout

    whole = client.get("/_viz/report.html")
    assert whole.status_code == 200
    assert "attachment" in whole.headers["Content-Disposition"]
    assert _inline_report_data(whole.data)["meta"]["counts"]["passages"] == len(run.passages)

    topic = int(run.passages[S.TOPIC_ID][run.passages[S.TOPIC_ID] >= 0].iloc[0])
    one = client.get(f"/_viz/report.html?topics={topic}")
    meta = _inline_report_data(one.data)["meta"]
    assert meta["counts"]["passages"] == int((run.passages[S.TOPIC_ID] == topic).sum())
    assert meta["counts"]["passages"] < len(run.passages)
    assert meta["filters"]  # the report says which view it is

    lang = str(run.passages[S.LANG].iloc[0])
    by_lang = _inline_report_data(client.get(f"/_viz/report.html?languages={lang}").data)
    assert by_lang["meta"]["counts"]["passages"] == int((run.passages[S.LANG] == lang).sum())

    bad = client.get("/_viz/report.html?topics=two")
    assert bad.status_code == 400 and b"topics" in bad.data
    assert client.get("/_viz/report.html?from=yesterday-ish").status_code == 400


def test_word_search_folds_case_and_accents_and_restricts_the_export(tiny_run):
    run = load_run(tiny_run)
    client = create_app(tiny_run).server.test_client()
    text_of = dict(zip(run.passages[S.PASSAGE_ID].astype(int), run.passages[S.TEXT]))

    def hits(q):
        body = client.get("/_viz/search", query_string={"q": q}).get_json()
        assert body["q"] == q
        return sorted(body["hits"])

    tempete = hits("TEMPETE")  # "La tempête a frappé ...": case and accents folded
    assert tempete and all("tempête" in text_of[i] for i in tempete)
    assert hits("tempête frappé") == tempete  # every word must be there
    assert hits("tempête storm") == []
    assert hits("   ") == [] and hits("zzzz") == []
    storm = hits("sto")  # a word of the text starts with the query word
    assert storm and all("storm" in text_of[i].lower() for i in storm)
    # "Export this view" takes the search too
    body = client.get("/_viz/report.html", query_string={"q": "tempête"}).data
    meta = _inline_report_data(body)["meta"]
    assert meta["counts"]["passages"] == len(tempete)
    assert "tempête" in meta["filters"]


def test_a_curated_version_is_sent_as_the_parts_that_changed(tiny_run):
    """A page that holds version A asks for B with ``?since=A``: after a rename only the topics
    travel; after a merge the passages' topics too, never their coordinates; applied to A's
    payload, the parts give B's payload exactly. A version the server does not know: all of B."""
    import gzip

    from viz.app.callbacks import curate

    run_dir = tiny_run   # this test's own copy
    client = create_app(run_dir).server.test_client()
    gz = {"Accept-Encoding": "gzip"}

    def get(url):
        r = client.get(url, headers=gz)
        assert r.status_code == 200
        return json.loads(gzip.decompress(r.data))

    def patched(base, answer):
        out = json.loads(json.dumps(base))
        for part, value in answer["delta"].items():
            key, _, sub = part.partition(".")
            if sub:
                out[key][sub] = value
            else:
                out[key] = value
        return out

    old = client.get("/_viz/version").get_json()["version"]
    before = get(f"/_viz/payload/{old}")
    assert before == json.loads(json.dumps(build_payload(load_run(run_dir), old)))
    curate(load_run(run_dir), ids.CURATE_RENAME, [0], "Harbour storm")
    new = client.get("/_viz/version").get_json()["version"]
    assert new != old
    answer = get(f"/_viz/payload/{new}?since={old}")
    assert answer["since"] == old and answer["version"] == new
    assert set(answer["delta"]) == {"version", "topics"}
    after = get(f"/_viz/payload/{new}")
    assert "delta" not in after and patched(before, answer) == after
    assert "Harbour storm" in after["topics"]["label"][after["topics"]["id"].index(0)]
    assert "delta" not in get(f"/_viz/payload/{new}?since=unknown")   # all of it
    curate(load_run(run_dir), ids.CURATE_MERGE, [0, 1], "")
    newer = client.get("/_viz/version").get_json()["version"]
    answer = get(f"/_viz/payload/{newer}?since={new}")
    assert "passages.topic" in answer["delta"] and "passages.x" not in answer["delta"]
    assert patched(after, answer) == get(f"/_viz/payload/{newer}")


def test_hover_snippet_is_the_passages_first_words(run, tiny_run):
    from viz.query import passage_snippet

    pid = int(run.passages[S.PASSAGE_ID].iloc[0])
    text = " ".join(str(run.passages[S.TEXT].iloc[0]).split())
    assert passage_snippet(run, pid) == text          # short: whole
    cut = passage_snippet(run, pid, chars=12)
    assert cut.endswith("\u2026") and text.startswith(cut[:-1]) and len(cut) <= 13
    assert passage_snippet(run, 10**9) is None and passage_snippet(run, "x") is None
    client = create_app(tiny_run).server.test_client()
    assert client.get(f"/_viz/snippet/{pid}").get_json() == {"text": text}
    assert client.get("/_viz/snippet/999999").status_code == 404
