"""A run's topics handed to BERTopic itself (viz.topics.bertopic_model.to_bertopic)."""

from __future__ import annotations

import numpy as np
import pytest

from viz import schema as S
from viz.topics.bertopic_model import to_bertopic

pytest.importorskip("bertopic")


class AxisEmbedder:
    """Fake embedder in the tiny run's 8-D space: storm words on axis 0, rail words on axis 1."""

    key = "axis-test"

    def encode(self, texts):
        out = np.zeros((len(texts), 8), np.float32)
        for i, t in enumerate(texts):
            t = t.lower()
            out[i, 0] = sum(w in t for w in ("storm", "tempête", "badai"))
            out[i, 1] = sum(w in t for w in ("rail", "train", "kereta"))
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def test_the_run_is_a_fitted_bertopic_model_with_its_topics_and_labels(tiny_run):
    model = to_bertopic(tiny_run, embedder=AxisEmbedder())
    info = model.get_topic_info().set_index("Topic")
    # every run topic, with the run's sizes and labels (BERTopic's own ids mapped back)
    got = {model.viz_topic_of_[int(b)]: (int(row.Count), row.CustomName)
           for b, row in info.iterrows()}
    assert got == {0: (3, "storm · tempête · badai"), 1: (2, "rail · train · kereta"),
                   -1: (1, "Unassigned passages")}
    # BERTopic's own c-TF-IDF terms come from the passages of that topic
    storm = {w for w, _ in model.get_topic(model.bertopic_topic_of_[0])}
    assert {"storm", "tempête"} <= storm and "rail" not in storm
    assert list(model.viz_passage_ids_) == [0, 1, 2, 3, 4, 5]
    assert model.viz_xy_.shape == (6, 2)
    # BERTopic's charts and queries work on it
    fig = model.visualize_barchart(custom_labels=True)
    assert "storm · tempête · badai" in {a.text for a in fig.layout.annotations}
    topics, _ = model.transform(["the storm hit", "the train line"])
    assert [model.viz_topic_of_[int(t)] for t in topics] == [0, 1]


def test_topic_ids_follow_the_run_when_they_are_not_in_size_order(tmp_path):
    """After curation a run's topic 0 may be smaller than topic 1; BERTopic renumbers by size,
    the labels must still follow their passages."""
    from tests.tiny import tiny_tables
    from viz.store import write_run

    tables = tiny_tables()
    swap = {0: 1, 1: 0, -1: -1}
    for name in (S.PASSAGES, S.TOPICS, S.MENTIONS, S.EVENTS, S.TOPIC_TERMS):
        tables[name][S.TOPIC_ID] = tables[name][S.TOPIC_ID].map(swap).astype("int32")
    rng = np.random.default_rng(0)
    emb = rng.normal(size=(6, 8)).astype(np.float32)
    run = write_run(tmp_path / "run", tables, {"viz_version": "test"}, embeddings=emb)
    model = to_bertopic(run, embedder=AxisEmbedder())
    assert model.viz_topic_of_[0] == 1 and model.viz_topic_of_[1] == 0  # by size in BERTopic
    labels = dict(zip(model.get_topic_info()["Topic"], model.get_topic_info()["CustomName"]))
    assert labels[model.bertopic_topic_of_[1]] == "storm · tempête · badai"
    # a run that names no embedder says so when BERTopic needs one
    bare = to_bertopic(run)
    with pytest.raises(ValueError, match="names no embedder"):
        bare.transform(["storm"])


@pytest.mark.slow
def test_the_sample_build_as_bertopic_with_the_real_embedder(sample_run):
    """The bundled sample's build: BERTopic holds every passage, and its transform (the run's
    own embedder, loaded on first use) puts a stored passage back in its own topic."""
    from viz.store import load_run

    run = load_run(sample_run)
    model = to_bertopic(sample_run)
    assert len(model.topics_) == len(run.passages)
    sizes = dict(zip(run.topics[S.TOPIC_ID], run.topics[S.SIZE]))
    info = model.get_topic_info()
    assert {model.viz_topic_of_[int(t)]: int(c) for t, c in zip(info.Topic, info.Count)} == sizes
    assigned = run.passages[run.passages[S.TOPIC_ID] != S.OUTLIER_TOPIC]
    topics, _ = model.transform(assigned[S.TEXT].tolist())
    back = np.array([model.viz_topic_of_[int(t)] for t in topics])
    # BERTopic's nearest topic embedding: nearly every stored passage lands in its own topic
    assert np.mean(back == assigned[S.TOPIC_ID].to_numpy()) >= 0.9
