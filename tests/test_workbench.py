"""The dashboard's workbench on the server: search by words and by meaning answered as a bitset
over the payload's passage order, the export's meaning search, the event and document tables."""

from __future__ import annotations

import json

import numpy as np
import pytest

from viz import schema as S
from viz.app import create_app
from viz.app.search import (MeaningIndex, SearchError, WordIndex, answer, meaning_k, pack_bits,
                            unpack_bits)
from viz.store import load_run

from .test_app import _inline_report_data


class AxisEmbedder:
    """A stand-in embedder for the tiny run's 8-d embeddings: "storm" points along axis 0 (topic
    0's passages), "rail" along axis 1 (topic 1's)."""

    def __init__(self):
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        out = np.zeros((len(texts), 8), np.float32)
        for i, t in enumerate(texts):
            out[i, 0 if "storm" in t or "tempête" in t else 1] = 1.0
        return out


def _app_with(tiny_run, embedder):
    """The served app, its meaning search using ``embedder`` (the real one needs the run's 512-d
    vectors; the tiny run's are 8-d)."""
    import viz.app.search as searching

    original = searching._default_embedder
    searching._default_embedder = lambda spec: embedder
    try:
        return create_app(tiny_run)
    finally:
        searching._default_embedder = original


def test_bits_round_trip_and_size():
    rng = np.random.default_rng(1)
    for n in (1, 7, 8, 9, 100, 100_000):
        mask = rng.random(n) < 0.3
        b64 = pack_bits(mask)
        assert np.array_equal(unpack_bits(b64, n), mask)
        assert len(b64) == 4 * (((n + 7) // 8 + 2) // 3)  # base64 of ceil(n / 8) bytes
    # bit i is byte i >> 3, bit i & 7 (what assets/workbench.js reads)
    raw = np.frombuffer(__import__("base64").b64decode(pack_bits(np.eye(1, 16, 9, dtype=bool)[0])),
                        np.uint8)
    assert list(raw) == [0, 2]


def test_meaning_k_is_a_top_k_capped_by_a_share_of_the_run():
    assert meaning_k(6) == 5 and meaning_k(100) == 5 and meaning_k(2000) == 100
    assert meaning_k(100_000) == 200 and meaning_k(3) == 3


def test_search_answers_words_as_bits_and_as_ids(tiny_run):
    run = load_run(tiny_run)
    client = create_app(tiny_run).server.test_client()
    ids = run.passages[S.PASSAGE_ID].to_numpy()
    bits = client.get("/_viz/search", query_string={"q": "TEMPETE", "format": "bits"}).get_json()
    listed = client.get("/_viz/search", query_string={"q": "TEMPETE"}).get_json()
    mask = unpack_bits(bits["bits"], bits["n"])
    assert bits["n"] == len(run.passages) and bits["count"] == mask.sum() == 1
    assert sorted(ids[mask].tolist()) == listed["hits"] and "bits" not in listed
    assert "hits" not in bits
    assert [t["id"] for t in bits["top"]] == listed["hits"]
    assert "tempête" in bits["top"][0]["text"] and bits["top"][0]["pos"] == int(np.flatnonzero(mask)[0])
    blank = client.get("/_viz/search", query_string={"q": " ", "format": "bits"}).get_json()
    assert blank["count"] == 0 and not unpack_bits(blank["bits"], blank["n"]).any()
    assert client.get("/_viz/search", query_string={"q": "x", "mode": "smell"}).status_code == 400


def test_search_by_meaning_returns_the_nearest_passages_in_payload_order(tiny_run):
    run = load_run(tiny_run)
    embedder = AxisEmbedder()
    client = _app_with(tiny_run, embedder).server.test_client()
    body = client.get("/_viz/search", query_string={"q": "storm", "mode": "meaning",
                                                    "format": "bits"}).get_json()
    assert body["error"] is None and body["count"] == meaning_k(len(run.passages))
    top = body["top"]
    # topic 0's passages (0, 2, 4) lie along the query's axis: nearest first
    assert {t["id"] for t in top[:3]} == {0, 2, 4}
    assert all(a["score"] >= b["score"] for a, b in zip(top, top[1:]))
    assert top[0]["score"] > 0.9 and top[3]["score"] < 0.5
    mask = unpack_bits(body["bits"], body["n"])
    assert set(run.passages[S.PASSAGE_ID].to_numpy()[mask]) == {t["id"] for t in top}
    client.get("/_viz/search", query_string={"q": "rail", "mode": "meaning"})
    assert embedder.calls == 2  # one embedder per process, loaded once, one call per query


def test_meaning_rows_follow_passage_ids_not_table_order(tiny_run):
    """embeddings.npy is in passage_id order; the answer is in run.passages' order."""
    run = load_run(tiny_run)
    shuffled = run.passages.iloc[::-1].reset_index(drop=True)
    from dataclasses import replace

    run2 = replace(run, passages=shuffled)
    pos, _ = MeaningIndex(lambda spec: AxisEmbedder()).nearest(run2, "v", "storm")
    assert set(shuffled[S.PASSAGE_ID].to_numpy()[pos[:3]]) == {0, 2, 4}


def test_meaning_search_says_why_it_cannot_answer(tiny_run):
    run = load_run(tiny_run)
    words = WordIndex()
    run.manifest["parameters"] = {"embedder": "tfidf"}
    out = answer(run, "v", {"q": "storm", "mode": "meaning", "format": "bits"}, words, MeaningIndex())
    assert out["count"] == 0 and "tfidf" in out["error"]
    run.manifest["parameters"] = {"embedder": "use"}

    class Wide:
        def encode(self, texts):
            return np.ones((len(texts), 512), np.float32)

    with pytest.raises(SearchError, match="512-d"):
        MeaningIndex(lambda spec: Wide()).nearest(run, "v", "storm")


def test_export_this_view_takes_the_meaning_search(tiny_run):
    client = _app_with(tiny_run, AxisEmbedder()).server.test_client()
    body = client.get("/_viz/report.html", query_string={"q": "storm", "qm": "meaning",
                                                         "topics": "0"}).data
    meta = _inline_report_data(body)["meta"]
    assert meta["counts"]["passages"] == 3  # the 5 nearest, within topic 0
    assert "nearest in meaning to “storm”" in meta["filters"]
    assert client.get("/_viz/report.html?q=storm&qm=sound").status_code == 400


def test_search_answer_is_json_text_never_html(tiny_run):
    client = create_app(tiny_run).server.test_client()
    body = client.get("/_viz/search", query_string={"q": "badai", "format": "bits"})
    assert body.mimetype == "application/json"
    assert "<script>" in json.loads(body.data)["top"][0]["text"]  # kept as text for textContent


def test_lasso_mask_even_odd():
    """Inside a polygon by the even-odd rule: a concave one leaves its notch out, and a point
    inside the bounding box but outside the polygon stays out."""
    from viz.app.tables import lasso_mask

    # a "C": the square 0..4 with the notch x 2..4, y 1..3 cut out
    c = [0, 0, 4, 0, 4, 1, 2, 1, 2, 3, 4, 3, 4, 4, 0, 4]
    x = np.array([1, 3, 3, 3, 5, 1], np.float32)
    y = np.array([2, 2, 0.5, 3.5, 2, -1], np.float32)
    assert lasso_mask(x, y, c).tolist() == [True, False, True, True, False, False]
    triangle = [0, 0, 10, 0, 0, 10]
    assert lasso_mask(np.array([1, 6, 1]), np.array([1, 6, 8]), triangle).tolist() == [
        True, False, True]


def test_selection_csv_is_the_views_passages(tiny_run):
    import io

    import pandas as pd

    client = create_app(tiny_run).server.test_client()
    every = pd.read_csv(io.BytesIO(client.get("/_viz/selection.csv").data))
    assert list(every.columns) == ["passage_id", "doc_id", "title", "date", "topic_id", "topic",
                                   "language", "text"]
    assert len(every) == 6
    # the map's box around topic 0's three points (x 0..0.2, y -0.1..0.3)
    boxed = pd.read_csv(io.BytesIO(client.get("/_viz/selection.csv?box=-0.05,-0.2,0.25,0.35").data))
    assert sorted(boxed["passage_id"]) == [0, 2, 4]
    assert set(boxed["topic"]) == {"storm · tempête · badai"}
    # a lasso (a triangle) around the same three points; its bounding box also holds 1 and 3
    lassoed = pd.read_csv(io.BytesIO(client.get(
        "/_viz/selection.csv?lasso=-0.5,-0.5,8,-0.5,-0.5,8").data))
    assert sorted(lassoed["passage_id"]) == [0, 2, 4]
    assert client.get("/_viz/selection.csv?lasso=1,2,3,4").status_code == 400
    assert client.get("/_viz/selection.csv?lasso=1,2,3,x,5,6").status_code == 400
    both = pd.read_csv(io.BytesIO(client.get(
        "/_viz/selection.csv?box=-0.05,-0.2,0.25,0.35&languages=fr").data))
    assert both["passage_id"].tolist() == [2] and both["title"].tolist() == ["La tempête"]
    assert both["date"].tolist() == ["2023-03-16"] and both["language"].tolist() == ["fr"]
    words = pd.read_csv(io.BytesIO(client.get("/_viz/selection.csv?q=badai").data))
    assert words["passage_id"].tolist() == [4]
    # text stays text; a cell that a spreadsheet would run as a formula is neutralised
    assert "<script>alert(1)</script>" in words["text"][0]
    assert client.get("/_viz/selection.csv?box=1,2").status_code == 400


def test_tables_rows(tiny_run):
    from viz.app.tables import document_rows, event_rows

    run = load_run(tiny_run)
    events = event_rows(run)
    assert [e["e"] for e in events] == list(range(len(run.events)))
    first = events[0]
    assert first["written"] == "14 March 2023 · 14 mars 2023 · 14 Maret 2023"
    assert (first["value"], first["start"], first["granularity"]) == ("2023-03-14", "2023-03-14", "day")
    assert first["topic"] == "0: storm · tempête · badai" and first["languages"] == "en 1, fr 1, id 1"
    docs, passage_doc = document_rows(run)
    assert [d["passages"] for d in docs] == [2, 2, 2]
    assert passage_doc.tolist() == [0, 0, 1, 1, 2, 2]
    assert docs[2]["topic"] == "0: storm · tempête · badai"  # passage 5 is unassigned
    assert docs[1]["date"] == "2023-03-16" and docs[2]["date"] is None
    assert docs[0]["first_passage"] == 0


def _rows(client, table, **body):
    r = client.post(f"/_viz/rows/{table}", json=body)
    return r.status_code, r.get_json()


def test_rows_route_pages_the_view(tiny_run):
    """The grids' blocks: the view's shown events or passages (as bits), the column filters,
    the sort, the block; a page of another run version is told so."""
    run = load_run(tiny_run)
    app = create_app(tiny_run)
    client = app.server.test_client()
    version = client.get("/_viz/version").get_json()["version"]
    status, body = _rows(client, "events", version=version, start=0, end=100)
    assert status == 200 and body["lastRow"] == len(run.events) == 3
    assert [e["value"] for e in body["rows"]] == run.events[S.VALUE].astype(str).tolist()
    # the view shows passages 2 and 3 only: their documents, in date order
    docs = run.documents.reset_index(drop=True)
    mask = np.zeros(len(run.passages), bool)
    mask[[2, 3]] = True
    status, body = _rows(client, "documents", version=version, shown=pack_bits(mask),
                         sortModel=[{"colId": "date", "sort": "asc"}])
    expected = sorted({docs.index[docs[S.DOC_ID] == d][0] for d in run.passages[S.DOC_ID][[2, 3]]})
    assert [d["k"] for d in body["rows"]] == expected and body["lastRow"] == len(expected)
    # events shown by the view's bits; sorted by mentions, descending, then a text filter
    shown = pack_bits(np.array([True, False, True]))
    status, body = _rows(client, "events", version=version, shown=shown,
                         sortModel=[{"colId": "mentions", "sort": "desc"}])
    assert {e["e"] for e in body["rows"]} == {0, 2}
    mentions = [e["mentions"] for e in body["rows"]]
    assert mentions == sorted(mentions, reverse=True)
    status, body = _rows(client, "events", version=version, filterModel={
        "written": {"filterType": "text", "type": "contains", "filter": "MARS"}})
    assert [e["e"] for e in body["rows"]] == [0]   # "14 mars 2023", case folded
    # a block past the first: the rest, and the total
    status, body = _rows(client, "events", version=version, start=2, end=4)
    assert [e["e"] for e in body["rows"]] == [2] and body["lastRow"] == 3
    # the run changed under the page: 409 and the current version
    status, body = _rows(client, "events", version="old")
    assert status == 409 and body["version"] == version
    # bad requests name the problem
    assert _rows(client, "people", version=version)[0] == 400
    status, body = _rows(client, "events", version=version,
                         sortModel=[{"colId": "nope", "sort": "asc"}])
    assert status == 400 and "nope" in body["error"]
    assert client.post("/_viz/rows/events", data="x").status_code == 400


def test_table_page_answers_as_the_grid_would():
    """``table_query.page`` keeps AG Grid's client-side semantics: case-folded text filters,
    combined conditions, number ranges with both ends excluded, missing values first when
    ascending and last when descending, ties in the frame's order."""
    import pandas as pd

    from viz.app.table_query import TableQueryError, page

    frame = pd.DataFrame({"name": ["Écho", "alpha", None, "Beta", "alpha"],
                          "n": [3, 1, 2, None, 5]})
    rows, total = page(frame, None, [{"colId": "name", "sort": "asc"}])
    assert rows.index.tolist() == [2, 3, 1, 4, 0] and total == 5   # None first; B < a < É
    rows, _ = page(frame, None, [{"colId": "name", "sort": "desc"}])
    assert rows.index.tolist() == [0, 1, 4, 3, 2]                  # ties keep frame order
    rows, _ = page(frame, None, [{"colId": "n", "sort": "desc"}])
    assert rows.index.tolist() == [4, 0, 2, 1, 3]
    rows, _ = page(frame, None, [{"colId": "name", "sort": "asc"}, {"colId": "n", "sort": "desc"}])
    assert rows.index.tolist() == [2, 3, 4, 1, 0]
    text = lambda t, v: {"name": {"filterType": "text", "type": t, "filter": v}}
    assert page(frame, None, filter_model=text("contains", "ALP"))[0].index.tolist() == [1, 4]
    assert page(frame, None, filter_model=text("notContains", "alp"))[0].index.tolist() == [0, 2, 3]
    assert page(frame, None, filter_model=text("startsWith", "b"))[0].index.tolist() == [3]
    assert page(frame, None, filter_model=text("equals", "beta"))[0].index.tolist() == [3]
    assert page(frame, None, filter_model=text("contains", ""))[1] == 5
    assert page(frame, None, filter_model={"name": {"filterType": "text", "type": "blank"}})[
        0].index.tolist() == [2]
    either = {"name": {"filterType": "text", "operator": "OR", "conditions": [
        {"filterType": "text", "type": "contains", "filter": "beta"},
        {"filterType": "text", "type": "contains", "filter": "écho"}]}}
    assert page(frame, None, filter_model=either)[0].index.tolist() == [0, 3]
    num = lambda t, v, to=None: {"n": {"filterType": "number", "type": t, "filter": v,
                                       "filterTo": to}}
    assert page(frame, None, filter_model=num("greaterThan", 2))[0].index.tolist() == [0, 4]
    assert page(frame, None, filter_model=num("inRange", 1, 5))[0].index.tolist() == [0, 2]
    assert page(frame, None, filter_model=num("lessThanOrEqual", 2))[0].index.tolist() == [1, 2]
    shown = np.array([True, True, False, False, True])
    rows, total = page(frame, shown, [{"colId": "n", "sort": "asc"}], num("greaterThan", 0), 1, 2)
    assert rows.index.tolist() == [0] and total == 3
    for bad in ({"sort_model": [{"colId": "n", "sort": "up"}]},
                {"filter_model": num("between", 1)},
                {"filter_model": num("equals", "many")},
                {"shown": np.ones(2, bool)}, {"start": 0, "end": 5000}):
        with pytest.raises(TableQueryError):
            page(frame, bad.pop("shown", None), **bad)


def test_word_index_matches_word_mask():
    """The inverted index answers every query as viz.textsearch.word_mask does."""
    from viz.textsearch import fold_all, word_mask

    texts = ["The storm hit on 14 March 2023.", "La tempête a frappé le 14 mars 2023.",
             "Badai <script>alert(1)</script> melanda", "l'eau monte: e-mail, co-op!",
             "東京の台風は強い", "ÉCOLE école Ecole écoles", "", "naïve café — CAFÉS",
             "storms, storming; stormy", "x_y under_score 42abc"]
    index = WordIndex.build(texts)
    folded = fold_all(texts)
    for q in ["storm", "STORM", "sto", "tempete", "14", "2023 mars", "ecole", "écoles", "e-mail",
              "l'eau", "co-op", "台風", "強い", "cafe", "naive cafe", "under_", "42", "abc",
              "<script>", "alert(1)", "", "  ", "zzz", "s", "e", "x_y", "—"]:
        assert np.array_equal(WordIndex.mask(index, q), word_mask(folded, q)), q
    rng = np.random.default_rng(0)
    words = "storm tempête école cafe 14 2023 mars badai e-mail x_y".split()
    for _ in range(200):
        q = " ".join(rng.choice(words, size=rng.integers(1, 3)))
        q = q[: rng.integers(1, len(q) + 1)]
        assert np.array_equal(WordIndex.mask(index, q), word_mask(folded, q)), q


def test_warm_prepares_the_mode_without_searching(tiny_run):
    embedder = AxisEmbedder()
    client = _app_with(tiny_run, embedder).server.test_client()
    assert client.get("/_viz/search?warm=1&mode=meaning").get_json() == {"warm": "meaning",
                                                                         "error": None}
    assert embedder.calls == 1  # loaded and run once
    assert client.get("/_viz/search?warm=1&mode=words").get_json()["error"] is None
    tfidf = create_app(tiny_run)
    run = tfidf.viz_state.run
    run.manifest["parameters"] = {"embedder": "tfidf"}
    assert "tfidf" in tfidf.server.test_client().get(
        "/_viz/search?warm=1&mode=meaning").get_json()["error"]
