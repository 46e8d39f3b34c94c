"""Terms per topic and period (viz.topics.over_time) on tiny known texts."""

from __future__ import annotations

import pytest

from viz.topics.over_time import COLUMNS, period_label, terms_over_time

TEXTS = (["storm flood harbour"] * 3 + ["vaccine clinic virus"] * 3 +  # topic 0: 2020, 2021
         ["election ballot vote"] * 4 +  # topic 1, both years
         ["goal league"] * 2)  # an outlier (2020) and an undated passage of topic 1
TOPICS = [0] * 6 + [1] * 4 + [-1, 1]
PERIODS = ["2020"] * 3 + ["2021"] * 3 + ["2020", "2020", "2021", "2021"] + ["2020", None]


def test_terms_follow_the_topic_through_periods():
    table = terms_over_time(TEXTS, TOPICS, PERIODS, global_tuning=False, evolution_tuning=False)
    assert list(table.columns) == COLUMNS
    assert table[["topic_id", "period", "size"]].values.tolist() == [
        [0, "2020", 3], [0, "2021", 3], [1, "2020", 2], [1, "2021", 2]]
    first, second = table["terms"].iloc[0], table["terms"].iloc[1]
    assert set(first) == {"storm", "flood", "harbour"}
    assert set(second) == {"vaccine", "clinic", "virus"}
    # outliers and undated passages are left out: "goal" and "league" are nowhere
    assert not {"goal", "league"} & {t for ts in table["terms"] for t in ts}


def test_tuning_carries_the_topics_words_into_each_period():
    tuned = terms_over_time(TEXTS, TOPICS, PERIODS, n_terms=6, global_tuning=False)
    later = tuned["terms"].iloc[1]  # topic 0 in 2021 remembers 2020's words
    assert set(later) == {"vaccine", "clinic", "virus", "storm", "flood", "harbour"}
    assert set(tuned["terms"].iloc[0]) == {"storm", "flood", "harbour"}  # nothing before 2020
    glob = terms_over_time(TEXTS, TOPICS, PERIODS, n_terms=6, evolution_tuning=False)
    assert {"storm", "vaccine"} <= set(glob["terms"].iloc[0])  # the topic's words overall


def test_bad_input_is_refused_and_empty_input_gives_an_empty_table():
    with pytest.raises(ValueError, match="one value per passage"):
        terms_over_time(TEXTS, TOPICS, PERIODS[:-1])
    with pytest.raises(ValueError, match="n_terms"):
        terms_over_time(TEXTS, TOPICS, PERIODS, n_terms=0)
    empty = terms_over_time(TEXTS, TOPICS, [None] * len(TEXTS))
    assert list(empty.columns) == COLUMNS and empty.empty


def test_period_label():
    assert period_label(["storm", "flood", "harbour", "ship"]) == "storm · flood · harbour"


# --- the stored table: periods, trends, the run directory -----------------------------------

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from viz import schema as S  # noqa: E402
from viz.topics.over_time import (EMERGING, FADING, TABLE_COLUMNS, choose_granularity,  # noqa: E402
                            period_name, period_starts, topic_terms_time, topic_trends)


def test_granularity_is_the_finest_with_few_periods():
    assert choose_granularity(["2020-01-05", "2020-01-20"]) == "day"
    assert choose_granularity(["2020-01-05", "2020-03-01"]) == "week"
    assert choose_granularity(["2020-01-05", "2021-06-30", None]) == "month"
    assert choose_granularity(["2018-01-05", "2022-12-31"]) == "quarter"
    assert choose_granularity(["1950-01-01", "2020-12-31"]) == "year"
    assert choose_granularity([None, None]) == "year"
    starts = period_starts(["2021-03-04", "2021-03-10", None], "week")
    assert [str(s.date()) for s in starts[:2]] == ["2021-03-01", "2021-03-08"]
    assert pd.isna(starts[2])
    day = pd.Timestamp("2021-03-01")
    assert [period_name(day, g) for g in ("day", "week", "month", "quarter", "year")] == [
        "2021-03-01", "2021-W09", "2021-03", "2021-Q1", "2021"]
    with pytest.raises(ValueError, match="granularity"):
        period_starts(["2021-03-01"], "decade")


# six periods: topic 0 fills the first third and is gone later, topic 2 appears in the last
# third, topic 1 is steady; an outlier and an undated passage count nowhere
TREND_PERIODS = [p for p in range(6) for _ in range(12)]
TREND_TOPICS = [0 if p < 2 and i < 6 else 2 if p >= 4 and i < 6 else 1
                for p in range(6) for i in range(12)]


def test_emerging_and_fading_topics_are_flagged_by_the_thirds_rule():
    trends = topic_trends(TREND_TOPICS, TREND_PERIODS)
    assert trends == {0: FADING, 2: EMERGING}
    # a steady topic whose share merely doubles with few passages is not flagged
    assert topic_trends(TREND_TOPICS, TREND_PERIODS, min_passages=13) == {}
    # fewer than three periods: nothing can be said
    assert topic_trends([0, 1, 1], ["2020", "2021", "2021"]) == {}
    # outliers and undated passages do not count
    assert topic_trends(TREND_TOPICS + [-1, 2], TREND_PERIODS + [0, None]) == trends


def test_topic_terms_time_table():
    words = {0: "storm flood harbour", 1: "election ballot vote", 2: "vaccine clinic virus"}
    texts = [words[t] for t in TREND_TOPICS]
    dates = [f"2021-{p + 1:02d}-15" for p in TREND_PERIODS]
    table = topic_terms_time(texts, TREND_TOPICS, dates)
    assert list(table.columns) == TABLE_COLUMNS == S.columns(S.TOPIC_TERMS_TIME)
    assert set(table["granularity"]) == {"week"}  # 15 Jan to 15 Jun: 22 weeks
    table = topic_terms_time(texts, TREND_TOPICS, dates, granularity="month")
    assert table["period"].tolist()[:2] == ["2021-01", "2021-02"]
    assert table[table["topic_id"] == 1]["count"].tolist() == [6, 6, 12, 12, 6, 6]
    shares = table.groupby("period")["share"].sum()
    assert np.allclose(shares, 1.0)
    assert dict(zip(table["topic_id"], table["trend"])) == {0: FADING, 1: "", 2: EMERGING}
    assert set(table[table["topic_id"] == 2]["terms"].iloc[0]) == {"vaccine", "clinic", "virus"}
    assert str(table["period_start"].iloc[1].date()) == "2021-02-01"
    empty = topic_terms_time(texts, TREND_TOPICS, [None] * len(texts))
    assert empty.empty and list(empty.columns) == TABLE_COLUMNS


def test_the_run_stores_the_table_and_older_runs_read_it_empty(tmp_path):
    from tests.tiny import tiny_tables
    from viz.build import _topic_terms_time
    from viz.store import load_run, write_run

    tables = tiny_tables()
    table = _topic_terms_time(tables[S.DOCUMENTS], tables[S.PASSAGES])
    assert not table.empty and list(table.columns) == S.columns(S.TOPIC_TERMS_TIME)
    path = write_run(tmp_path / "run", {**tables, S.TOPIC_TERMS_TIME: table}, {})
    run = load_run(path)
    assert run.manifest["tables"][-1] == S.TOPIC_TERMS_TIME
    back = run.topic_terms_time
    assert back[["topic_id", "period", "count"]].values.tolist() == \
        table[["topic_id", "period", "count"]].values.tolist()
    assert back["terms"].tolist() == table["terms"].tolist()
    old = load_run(write_run(tmp_path / "old", tables, {}))
    assert old.topic_terms_time.empty
    assert list(old.topic_terms_time.columns) == S.columns(S.TOPIC_TERMS_TIME)


def test_topic_card_shows_terms_per_period_and_the_trend():
    from viz.app.reader import topic_card, topic_periods

    assert topic_periods([]) is None
    item = {"topic_id": 3, "label": "storm", "size": 9, "languages": {"en": 9},
            "joined_outliers": 0, "terms_by_lang": {"en": ["storm"]}, "translations": []}
    periods = [{"period": "2021-01", "count": 2, "terms": ["snow", "storm"], "trend": "emerging"},
               {"period": "2021-02", "count": 7, "terms": ["flood"], "trend": "emerging"}]
    card = topic_card(item, [], periods)
    block = [c for c in card.children if getattr(c, "className", None) == "reader-periods"]
    assert len(block) == 1
    heading, terms = block[0].children
    assert heading.children == "Through time (emerging)"
    assert [c.children for c in terms.children] == ["2021-01 (2)", "snow, storm",
                                                    "2021-02 (7)", "flood"]
    assert not [c for c in topic_card(item, []).children
                if getattr(c, "className", None) == "reader-periods"]


def test_topics_over_time_and_trends_are_exported():
    from types import SimpleNamespace

    from viz.export.data import topics_over_time_table, topics_table

    # topic 0 only early, topic 1 only late: 0 fades, 1 emerges; topic 2 is filtered out
    texts = ["snow storm"] * 6 + ["flood river"] * 6 + ["vote poll"] * 3
    topic_ids = [0] * 6 + [1] * 6 + [2] * 3
    dates = (["2021-01-05"] * 3 + ["2021-02-05"] * 3 + ["2021-06-05"] * 6
             + ["2021-03-05"] * 3)
    tt = topic_terms_time(texts, topic_ids, dates, granularity="month")
    topics = pd.DataFrame({"topic_id": [0, 1], "label": ["snow", "flood"], "size": [6, 6],
                           "languages": [{"en": 6}, {"en": 6}], "terms": [["snow"], ["flood"]]})
    run = SimpleNamespace(topics=topics, topic_terms_time=tt)
    over = topics_over_time_table(run)
    assert list(zip(over["topic_id"], over["period"])) == [
        (0, "2021-01"), (0, "2021-02"), (1, "2021-06")]
    assert list(over["topic_label"]) == ["snow"] * 2 + ["flood"]
    assert list(over["period_start"]) == ["2021-01-01", "2021-02-01", "2021-06-01"]
    assert over["terms"].iloc[0].startswith("snow") or over["terms"].iloc[0].startswith("storm")
    assert list(over["trend"]) == ["fading"] * 2 + ["emerging"]
    assert dict(zip(topics_table(run)["topic_id"], topics_table(run)["trend"])) == {
        0: "fading", 1: "emerging"}
    empty = topics_over_time_table(SimpleNamespace(topics=topics,
                                                   topic_terms_time=tt.iloc[:0]))
    assert len(empty) == 0 and "terms" in empty.columns


def test_the_build_counts_terms_per_period_once_with_the_topics_vocabulary():
    """The build reuses the topic stage's counts (words in at least ``min_df`` passages, as
    BERTopic's topics_over_time keeps its fitted vocabulary): the same table as counting again,
    and a word written in one passage only is never a period's term."""
    from dataclasses import replace

    import numpy as np
    import pandas as pd

    from viz import schema as S
    from viz.build import _topic_terms_time
    from viz.topics.clustering import TopicParams, fit_topics

    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 16))
    X = np.vstack([c + 0.2 * rng.normal(size=(20, 16)) for c in centres]).astype(np.float32)
    words = [["storm", "flood", "harbour"], ["vaccine", "clinic", "virus"],
             ["election", "ballot", "vote"]]
    once = [f"once{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(len(X))]  # "onceaa" ...
    texts = [" ".join(words[i // 20]) + " " + once[i] for i in range(len(X))]
    params = replace(TopicParams.for_size(len(X), seed=0), min_df=2)
    result = fit_topics(texts, X, ["en"] * len(X), embedder=None, params=params)
    assert not set(once) & set(result.counts[1])
    documents = pd.DataFrame({S.DOC_ID: [f"d{i}" for i in range(len(X))],
                              S.DATE: [f"2021-0{1 + i % 3}-01" for i in range(len(X))],
                              S.DATE_INFERRED: [None] * len(X)})
    passages = pd.DataFrame({S.DOC_ID: documents[S.DOC_ID], S.TEXT: texts,
                             S.TOPIC_ID: result.topic_ids, S.LANG: ["en"] * len(X)})
    reused = _topic_terms_time(documents, passages, 2, result.counts)
    again = _topic_terms_time(documents, passages, 2)
    assert len(reused) and reused.equals(again)
    assert not any(t.startswith("once") for terms in reused["terms"] for t in terms)
    # counted with every word (min_df 1), the one-passage words do come up in some period
    assert any(t.startswith("once") for terms in _topic_terms_time(documents, passages)["terms"]
               for t in terms)
