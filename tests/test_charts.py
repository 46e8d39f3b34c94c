"""Charts are pure functions of the stored tables."""

from __future__ import annotations

import pandas as pd
import pytest

from viz import charts
from viz import schema as S
from viz.query import topics_over_time_table
from viz.store import load_run


@pytest.fixture()
def run(tiny_run):
    return load_run(tiny_run)


def _frozen(run):
    return {name: run.table(name).copy(deep=True) for name in S.TABLES}


def test_charts_do_not_mutate_their_input(run):
    before = _frozen(run)
    charts.topic_map(run.passages, run.topics)
    charts.topic_overview(run.topics)
    charts.event_timeline(run.events, run.topics, run.documents)
    charts.topics_over_time(topics_over_time_table(run))
    for name, df in before.items():
        pd.testing.assert_frame_equal(df, run.table(name))


def test_topic_map_is_webgl_with_passage_ids(run):
    fig = charts.topic_map(run.passages, run.topics).to_dict()
    assert {t["type"] for t in fig["data"]} == {"scattergl"}
    ids = sorted(int(row[0]) for t in fig["data"] for row in t["customdata"])
    assert ids == sorted(run.passages[S.PASSAGE_ID])
    assert fig["data"][-1]["name"] == "Unassigned passages"  # outliers drawn last, in grey
    assert fig["data"][-1]["marker"]["color"] == "#b5b5b5"


def test_hover_text_is_escaped(run):
    fig = charts.topic_map(run.passages, run.topics).to_dict()
    hovers = " ".join(str(row[2]) for t in fig["data"] for row in t["customdata"])
    assert "<script>" not in hovers and "&lt;script&gt;" in hovers


def test_overview_stacks_languages(run):
    fig = charts.topic_overview(run.topics).to_dict()
    assert {t["name"] for t in fig["data"]} == {"en", "fr", "id"}
    en = next(t for t in fig["data"] if t["name"] == "en")
    assert list(en["x"]) == [1, 1]  # two topics (outliers excluded), one English passage each


def test_timeline_draws_days_as_markers_and_months_as_spans(run):
    fig = charts.event_timeline(run.events, run.topics, run.documents).to_dict()
    bars = [t for t in fig["data"] if t["type"] == "bar"]
    points = [t for t in fig["data"] if t["type"] == "scatter"]
    assert [list(t["x"]) for t in points] == [["2023-03-14"]]
    month = next(b for b in bars if "2025-05-01" in b["base"])
    assert month["x"][0] == 31 * 86_400_000  # the whole of May, not a day
    year = next(b for b in bars if "2025-01-01" in b["base"])
    assert year["x"][0] == 365 * 86_400_000
    # hover carries the date as written and the sources
    hover = str(points[0]["customdata"][0][1])
    assert "14 mars 2023" in hover and "Gazette" in hover
    assert {int(row[0]) for t in fig["data"] for row in t["customdata"]} == {0, 1, 2}


def test_topics_over_time_count_and_share(run):
    table = topics_over_time_table(run, freq="month")
    counts = charts.topics_over_time(table).to_dict()
    share = charts.topics_over_time(table, share=True).to_dict()
    assert len(counts["data"]) == 2
    assert all(t.get("stackgroup") == "share" for t in share["data"])
    assert share["layout"]["yaxis"]["tickformat"] == ".0%"


def test_empty_tables_give_a_figure_with_a_message(run):
    fig = charts.event_timeline(run.events.iloc[0:0], run.topics).to_dict()
    assert fig["layout"]["annotations"][0]["text"] == "No dated events"


def test_palette_has_many_distinct_colours():
    from viz.charts.palette import TOPIC_PALETTE, topic_color

    assert len(set(TOPIC_PALETTE)) >= 60
    assert len({topic_color(i) for i in range(60)}) == 60


def test_timeline_opens_on_the_central_mentions(run):
    import datetime as dt

    events = run.events.copy()
    far = events.iloc[[2]].assign(event_id=9, date_start=pd.Timestamp("9999-01-01"),
                                  date_end=pd.Timestamp("9999-12-31"), n_mentions=1)
    many = events.assign(n_mentions=events["n_mentions"] * 40)
    fig = charts.event_timeline(pd.concat([many, far]), run.topics).to_dict()
    lo, hi = fig["layout"]["xaxis"]["range"]
    assert lo >= "2022-01-01" and hi <= "2027-01-01"  # not stretched to 9999
    assert fig["layout"]["xaxis"]["rangeslider"]["visible"]  # 9999 stays reachable
    assert dt.date.fromisoformat(hi) > dt.date(2025, 5, 31)  # the latest real mention inside
