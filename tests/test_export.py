"""Fast tests of what ``viz export`` writes: the data files, the filters, the report's inline
data and its safety, the shared plotly.js, the summary and the image-export errors."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys

import pandas as pd
import pytest

from viz.cli import main
from viz.export import export_run
from viz.export.data import select, timeline_json
from viz.export.report import payload
from viz.query import Filters
from viz.store import load_run


def _report_data(path) -> dict:
    page = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="viz-data">(.*?)</script>', page, re.S)
    assert m, "no inline data"
    return json.loads(m.group(1))


def _passage_ids(data: dict) -> list[int]:
    p = data["passages"]
    return p["id"] if "id" in p else list(range(p["id_start"], p["id_start"] + len(p["text"])))


@pytest.fixture()
def exported(tiny_run, tmp_path):
    return export_run(tiny_run, tmp_path / "out")


def test_everything_is_written_and_summarised(exported):
    out = exported.out_dir
    for name in ("report.html", "index.html", "plotly.min.js", "events.csv", "events.json",
                 "passages.csv", "topics.csv", "timeline.json", "topic_map.html",
                 "event_timeline.html", "document_topics.csv", "topic_terms.csv"):
        assert (out / name).is_file(), name
        assert out / name in exported.files, name
    text = exported.summary()
    assert "report.html" in text and "MB" in text and "total" in text
    assert exported.passages == 6 and exported.documents == 3 and exported.events == 3
    index = exported.index.read_text(encoding="utf-8")
    for p in exported.files:
        if p.name not in ("index.html", "plotly.min.js"):
            assert f'href="{p.name}"' in index, p.name


def test_events_files(exported):
    ev = pd.read_csv(exported.out_dir / "events.csv")
    assert list(ev.columns[:6]) == ["event_id", "date_as_written", "date", "granularity",
                                    "date_start", "date_end"]
    first = ev.iloc[0]
    assert first["date_as_written"] == "14 March 2023; 14 mars 2023; 14 Maret 2023"
    assert (first["date"], first["granularity"]) == ("2023-03-14", "day")
    assert first["documents"] == "a; b; c" and first["languages"] == "en 1; fr 1; id 1"
    month = ev[ev["date"] == "2025-05"].iloc[0]
    assert (month["date_start"], month["date_end"]) == ("2025-05-01", "2025-05-31")
    assert month["topic_label"] == "rail · train · kereta"
    js = json.loads((exported.out_dir / "events.json").read_text(encoding="utf-8"))
    assert js[0]["date_as_written"] == ["14 March 2023", "14 mars 2023", "14 Maret 2023"]
    assert js[0]["languages"] == {"en": 1, "fr": 1, "id": 1}
    assert js[0]["document_titles"][2] == "<b>Badai</b> & banjir"  # data stays data


def _check_timelinejs(doc: dict) -> None:
    """TimelineJS3's JSON format: https://timeline.knightlab.com/docs/json-format.html"""
    assert isinstance(doc["events"], list)
    assert isinstance(doc["title"]["text"]["headline"], str)
    ids = set()
    for slide in doc["events"]:
        sd = slide["start_date"]
        assert isinstance(sd["year"], int)
        for part in ("month", "day"):
            assert part not in sd or isinstance(sd[part], int)
        if "end_date" in slide:
            assert isinstance(slide["end_date"]["year"], int)
        assert isinstance(slide["text"]["headline"], str) and isinstance(slide["text"]["text"], str)
        assert isinstance(slide["group"], str)
        assert isinstance(slide["unique_id"], str) and slide["unique_id"] not in ids
        ids.add(slide["unique_id"])


def test_timeline_json_follows_timelinejs(exported):
    doc = json.loads((exported.out_dir / "timeline.json").read_text(encoding="utf-8"))
    _check_timelinejs(doc)
    assert len(doc["events"]) == 3
    by_id = {s["unique_id"]: s for s in doc["events"]}
    assert by_id["event-0"]["start_date"] == {"year": 2023, "month": 3, "day": 14}
    assert by_id["event-1"]["start_date"] == {"year": 2025, "month": 5}
    assert by_id["event-2"]["start_date"] == {"year": 2025}
    assert by_id["event-1"]["group"] == "rail · train · kereta"


def test_timeline_text_is_escaped(tiny_run):
    run = load_run(tiny_run)
    run.events.loc[0, "title"] = '<img src=x onerror="alert(1)">'
    doc = timeline_json(run)
    s = json.dumps(doc)
    assert "<img" not in s and "&lt;img" in s
    assert "&lt;b&gt;Badai" in s  # a document title shown in the slide text


def test_passages_and_topics_files(exported):
    p = pd.read_csv(exported.out_dir / "passages.csv")
    assert len(p) == 6
    assert {"passage_id", "doc_id", "title", "source", "published", "lang", "topic_id",
            "topic_label", "text"} <= set(p.columns)
    t = pd.read_csv(exported.out_dir / "topics.csv")
    assert list(t["topic_id"][:2]) == [0, 1] and t["size"].iloc[0] == 3


@pytest.mark.parametrize("argv, passages", [
    (["--topics", "1"], {1, 3}),
    (["--languages", "fr"], {2, 3}),
    (["--sources", "Gazette,Kabar"], {0, 1, 4, 5}),
    (["--from", "2023-03-16"], {2, 3}),
    (["--to", "2023-03-15"], {0, 1}),
    (["--search", "TEMPETE"], {2}),  # accents and case folded
    (["--search", "kereta dibuka"], {5}),
    (["--topics", "0,1", "--languages", "en,id"], {0, 1, 4}),
])
def test_cli_filters_restrict_every_file(tiny_run, tmp_path, capsys, argv, passages):
    out = tmp_path / "f"
    assert main(["export", str(tiny_run), "--out", str(out), "--no-progress", *argv]) == 0
    p = pd.read_csv(out / "passages.csv")
    assert set(p["passage_id"]) == passages
    data = _report_data(out / "report.html")
    assert set(_passage_ids(data)) == passages
    assert data["meta"]["filters"]  # the report says it is filtered
    ev = pd.read_csv(out / "events.csv")
    js = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert len(ev) == len(js)
    mentioned = {0: {0, 2, 4}, 1: {1, 3}, 2: {5}}
    assert set(ev["event_id"]) == {e for e, ps in mentioned.items() if ps & passages}
    assert "total" in capsys.readouterr().out


def test_select_recounts_topics(tiny_run):
    run = select(load_run(tiny_run), Filters(languages=("en",)))
    assert dict(zip(run.topics["topic_id"], run.topics["size"])) == {0: 1, 1: 1}


def test_csv_cells_are_formula_safe(tiny_run, tmp_path):
    run = load_run(tiny_run)
    run.documents.loc[0, "title"] = "=HYPERLINK(\"http://evil\")"
    from viz.export.data import passages_table
    from viz.csvsafe import write_csv

    text = write_csv(passages_table(run))
    assert "'=HYPERLINK" in text and ',=HYPERLINK' not in text


def test_report_is_one_offline_file(exported):
    page = exported.report.read_text(encoding="utf-8")
    assert re.search(r"<script[^>]*\ssrc=", page) is None
    assert re.search(r"<link[^>]*href=", page) is None
    assert page.count("plotly.js v") <= 2 and len(page) > 1_000_000  # one copy of plotly.js
    # the one tag of corpus HTML in the tiny run never appears as markup
    assert "<script>alert(1)</script>" not in page and "<b>Badai</b>" not in page
    data = _report_data(exported.report)
    assert data["docs"]["title"][2] == "<b>Badai</b> & banjir"  # but the data is intact
    assert "Badai <script>alert(1)</script> melanda" in data["passages"]["text"][4]
    # the page only runs its own two scripts (Content-Security-Policy hashes)
    csp = re.search(r'Content-Security-Policy" content="([^"]*)"', page).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "default-src 'none'" in csp


def test_report_data_is_compact_and_linked(tiny_run):
    data = payload(load_run(tiny_run))
    p = data["passages"]
    assert all(isinstance(v, int) and 0 <= v <= 9999 for v in p["x"] + p["y"])
    assert data["langs"] == ["en", "fr", "id"] and set(p["lang"]) == {0, 1, 2}
    assert data["topics"]["id"][-1] == -1  # unassigned passages last
    # each mention points into its passage's text at the date as written
    m = data["mentions"]
    spans = {p["text"][i][s:e] for i, s, e in zip(m["p"], m["s"], m["e"])}
    assert {"14 March 2023", "mai 2025", "2025"} <= spans
    ids = _passage_ids(data)
    assert ids == [0, 1, 2, 3, 4, 5] and p["id_start"] == 0
    assert data["events"]["passages"][0] == sorted(ids.index(x) for x in (0, 2, 4))
    assert data["docs"]["n_passages"] == [2, 2, 2]
    assert data["docs"]["date"][0] == (pd.Timestamp("2023-03-15") - pd.Timestamp("1970-01-01")).days
    assert data["docs"]["inferred"] == [0, 0, 1]


def test_report_says_what_was_shortened(tiny_run):
    data = payload(load_run(tiny_run), max_chars=20)
    assert data["meta"]["cut"] == sum(t.endswith("…") for t in data["passages"]["text"]) > 0
    assert all(len(t) <= 21 for t in data["passages"]["text"])
    notes = " ".join(data["meta"]["notes"])
    assert "cut to 20 characters" in notes and "date highlights" in notes
    m = data["mentions"]
    assert all(e <= len(data["passages"]["text"][i]) for i, e in zip(m["p"], m["e"]))


def test_snippet_limit_keeps_big_runs_in_budget():
    from viz.export.report import MIN_SNIPPET, snippet_limit

    assert snippet_limit(300) == 1200
    assert MIN_SNIPPET <= snippet_limit(100_000) <= 150
    assert snippet_limit(10_000_000) == MIN_SNIPPET


def test_standalone_charts_inline_plotly(tiny_run, tmp_path):
    res = export_run(tiny_run, tmp_path / "s", standalone=True)
    assert not (res.out_dir / "plotly.min.js").exists()
    chart = (res.out_dir / "topic_map.html").read_text(encoding="utf-8")
    assert re.search(r"<script[^>]*\ssrc=", chart) is None and len(chart) > 1_000_000


def test_shared_plotly_js_is_beside_the_charts(exported):
    chart = (exported.out_dir / "event_timeline.html").read_text(encoding="utf-8")
    assert re.findall(r'<script[^>]*\ssrc="([^"]*)"', chart) == ["plotly.min.js"]
    assert len(chart) < 200_000


def test_unknown_image_format_is_refused(tiny_run, tmp_path, capsys):
    assert main(["export", str(tiny_run), "--out", str(tmp_path / "x"), "--format", "gif"]) == 2
    assert "unknown image format gif" in capsys.readouterr().err


def test_missing_kaleido_explains_itself(tiny_run, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "kaleido", None)  # import kaleido raises ImportError
    assert main(["export", str(tiny_run), "--out", str(tmp_path / "x"), "--format", "png",
                 "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "viz[images]" in err and "kaleido" in err


@pytest.mark.slow
def test_png_and_svg_with_one_browser(tiny_run, tmp_path):
    pytest.importorskip("kaleido")
    from viz.export.images import find_chromium

    if find_chromium() is None:
        pytest.skip("Chromium not installed")
    res = export_run(tiny_run, tmp_path / "img", formats=("png", "svg"))
    png = (res.out_dir / "topic_overview.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (3200, 2000)
    svg = (res.out_dir / "event_timeline.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg") and "font-size: 18px" in svg.replace(":18", ": 18")
    assert 'href="topic_map.png"' in res.index.read_text(encoding="utf-8")
