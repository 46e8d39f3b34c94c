"""Filters shared by every view, and the tables the charts draw."""

from __future__ import annotations

import pandas as pd
import pytest

from viz import schema as S
from viz.query import (Filters, event_passages, filter_run, passage_reader,
                       topics_over_time_table)
from viz.store import load_run


@pytest.fixture()
def run(tiny_run):
    return load_run(tiny_run)


def test_no_filter_is_the_whole_run(run):
    assert filter_run(run, Filters()) is run


def test_language_filter_recounts_topics_and_events(run):
    view = filter_run(run, Filters(languages=("fr",)))
    assert set(view.passages[S.LANG]) == {"fr"}
    sizes = dict(zip(view.topics[S.TOPIC_ID], view.topics[S.SIZE]))
    assert sizes == {0: 1, 1: 1}
    ev = view.events.set_index(S.EVENT_ID)
    assert ev.loc[0, S.N_MENTIONS] == 1 and ev.loc[0, S.LANGUAGES] == {"fr": 1}
    assert 2 not in ev.index  # the Indonesian-only event is gone


def test_topic_source_and_date_filters(run):
    view = filter_run(run, Filters(topics=(1,)))
    assert set(view.passages[S.TOPIC_ID]) == {1}
    assert list(view.events[S.EVENT_ID]) == [1]
    view = filter_run(run, Filters(sources=("Kabar",)))
    assert set(view.documents[S.DOC_ID]) == {"c"}
    view = filter_run(run, Filters(date_from=pd.Timestamp("2023-03-16")))
    assert set(view.documents[S.DOC_ID]) == {"b"}  # undated "c" is out once a range is set


def test_topics_over_time_by_publication(run):
    table = topics_over_time_table(run, by="publication", freq="month")
    assert list(table.columns) == ["bin", S.TOPIC_ID, S.LABEL, "count", "share"]
    march = table[table["bin"] == pd.Timestamp("2023-03-01")]
    assert dict(zip(march[S.TOPIC_ID], march["count"])) == {0: 2, 1: 2}
    assert march["share"].sum() == pytest.approx(1.0)


def test_topics_over_time_by_event_respects_granularity(run):
    monthly = topics_over_time_table(run, by="event", freq="month")
    # the bare year "2025" cannot be placed in a month; "May 2025" can
    busy = monthly[monthly["count"] > 0]
    assert set(busy["bin"]) == {pd.Timestamp("2023-03-01"), pd.Timestamp("2025-05-01")}
    # the months in between are there, as zeros
    assert len(set(monthly["bin"])) == 27 and monthly["count"].sum() == 5
    yearly = topics_over_time_table(run, by="event", freq="year")
    y2025 = yearly[(yearly["bin"] == pd.Timestamp("2025-01-01")) & (yearly["count"] > 0)]
    assert dict(zip(y2025[S.TOPIC_ID], y2025["count"])) == {1: 2, -1: 1}


def test_bad_options_raise(run):
    with pytest.raises(ValueError, match="by must be"):
        topics_over_time_table(run, by="nonsense")
    with pytest.raises(ValueError, match="freq must be"):
        topics_over_time_table(run, freq="fortnight")


def test_passage_reader_and_event_passages(run):
    item = passage_reader(run, 0)
    assert item["title"] == "Storm floods harbour" and item["date"] == "2023-03-15"
    start, end, value = item["spans"][0]
    assert item["text"][start:end] == "14 March 2023" and value == "2023-03-14"
    assert passage_reader(run, 999) is None
    assert event_passages(run, 0) == [0, 2, 4]


def test_document_topic_mix_is_weighted_by_passage_length(run):
    from viz.query import document_topics

    mix = document_topics(run)
    assert mix.groupby(S.DOC_ID)["weight"].sum().round(9).eq(1.0).all()
    c = mix[mix[S.DOC_ID] == "c"].set_index(S.TOPIC_ID)["weight"]
    p = run.passages[run.passages[S.DOC_ID] == "c"]
    lengths = dict(zip(p[S.TOPIC_ID], p[S.END] - p[S.START]))
    assert c[0] == pytest.approx(lengths[0] / (lengths[0] + lengths[-1]))
    assert list(mix[mix[S.DOC_ID] == "a"][S.TOPIC_ID]) == [1, 0]  # the longer passage first


def test_topic_summary(run):
    from viz.query import topic_summary

    t = topic_summary(run, 0)
    assert t["terms_by_lang"] == {"en": ["storm"], "fr": ["tempête"], "id": ["badai"]}
    assert t["translations"] == [[("en", "storm"), ("fr", "tempête"), ("id", "badai")]]
    assert t["representative"] == [0, 2, 4] and t["joined_outliers"] == 0
    assert topic_summary(run, 1)["joined_outliers"] == 1
    assert topic_summary(run, 42) is None


def test_passage_reader_finds_every_passage_by_its_index(run):
    """The reader's row index (built once per run) answers as a scan of the tables would."""
    for pid in run.passages[S.PASSAGE_ID]:
        got = passage_reader(run, int(pid))
        row = run.passages[run.passages[S.PASSAGE_ID] == pid].iloc[0]
        ms = run.mentions[run.mentions[S.PASSAGE_ID] == pid].sort_values(S.START)
        assert got["text"] == row[S.TEXT] and got["doc_id"] == row[S.DOC_ID]
        assert got["spans"] == [(int(s), int(e), v) for s, e, v in
                                zip(ms[S.START], ms[S.END], ms[S.VALUE])]
    assert passage_reader(run, 10**9) is None
    assert passage_reader(run, "not an id") is None
    # a run whose tables are replaced gets a new index, not the old one's rows
    sub = run.passages.iloc[::-1].reset_index(drop=True)
    run.passages = sub
    first = int(sub[S.PASSAGE_ID].iloc[0])
    assert passage_reader(run, first)["text"] == sub[S.TEXT].iloc[0]


def test_passages_mentioning_a_range_of_dates(run):
    from viz.query import mentioning

    assert mentioning(run, "2023-03-14", "2023-03-14") == set(event_passages(run, 0))
    assert mentioning(run, "2023-03-15", "2023-03-15") & set(event_passages(run, 0)) == set()
    everything = mentioning(run)
    assert set(event_passages(run, 0)) <= everything
    assert mentioning(run, "2100-01-01", None) == set()


def test_the_csv_of_a_view_takes_the_brush_by_date_mentioned(run):
    from viz.app.export_view import BadQuery
    from viz.app.tables import selection_frame

    frame = selection_frame(run, {"mfrom": "2023-03-14", "mto": "2023-03-14"})
    assert sorted(frame["passage_id"]) == sorted(event_passages(run, 0))
    with pytest.raises(BadQuery, match="mfrom"):
        selection_frame(run, {"mfrom": "not a date"})
