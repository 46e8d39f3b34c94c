"""Terms per topic and period (viz.topic_time) on tiny known texts."""

from __future__ import annotations

import pytest

from viz.topic_time import COLUMNS, period_label, terms_over_time

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
