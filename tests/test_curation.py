"""Topic curation: each change is stored, logged, recomputes what depends on it, and survives
reopening."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from viz.topics import curation
from viz import schema as S
from viz.store import load_run


def _labels(run):
    return dict(zip(run.topics[S.TOPIC_ID], run.topics[S.LABEL]))


def test_rename_is_stored_and_logged(tiny_run):
    curation.rename(tiny_run, 0, "The March storm")
    run = load_run(tiny_run)  # reopened from disk
    assert _labels(run)[0] == "The March storm"
    assert run.topics.set_index(S.TOPIC_ID).loc[0, S.LABEL_SOURCE] == "user"
    log = curation.history(tiny_run)
    assert [e["op"] for e in log] == ["rename"] and log[0]["label"] == "The March storm"
    assert run.manifest["curation"][0]["op"] == "rename"


def test_rename_keeps_labels_unique(tiny_run):
    curation.rename(tiny_run, 0, "Storms")
    with pytest.raises(curation.CurationError, match="already labelled 'Storms'"):
        curation.rename(tiny_run, 1, "Storms")
    with pytest.raises(curation.CurationError, match="no topic 7"):
        curation.rename(tiny_run, 7, "x")
    with pytest.raises(curation.CurationError, match="unassigned"):
        curation.rename(tiny_run, -1, "x")


def test_merge_moves_passages_and_events(tiny_run):
    before = load_run(tiny_run)
    run = curation.merge(tiny_run, [1, 0]).run
    assert set(run.passages[S.TOPIC_ID]) == {1, -1}
    assert run.topics.set_index(S.TOPIC_ID).loc[1, S.SIZE] == 5
    assert set(run.mentions[run.mentions[S.TOPIC_ID] == 1][S.PASSAGE_ID]) == {0, 1, 2, 3, 4}
    assert set(run.events[S.TOPIC_ID]) == {1, -1}
    assert len(run.events) == len(before.events)  # same dates, now in one lane
    assert run.manifest["counts"]["topics"] == 1
    labels = list(run.topics[S.LABEL])
    assert len(labels) == len(set(labels))


def test_merge_with_a_label_and_a_user_label_survives(tiny_run):
    curation.rename(tiny_run, 1, "Railways")
    run = curation.merge(tiny_run, [0, 1], label="Storm and rail").run
    assert _labels(run)[0] == "Storm and rail"
    with pytest.raises(curation.CurationError, match="at least two"):
        curation.merge(tiny_run, [0, 0])


def test_split_creates_a_new_topic_deterministically(tiny_run):
    run = curation.merge(tiny_run, [0, 1]).run
    run = curation.split(tiny_run, 0, parts=2).run
    sizes = dict(zip(run.topics[S.TOPIC_ID], run.topics[S.SIZE]))
    assert sizes[0] == 3 and sizes[2] == 2  # the embeddings separate storm and rail again
    by_topic = run.passages.groupby(S.TOPIC_ID)[S.PASSAGE_ID].apply(set).to_dict()
    assert by_topic[0] == {0, 2, 4} and by_topic[2] == {1, 3}
    assert curation.history(tiny_run)[-1]["new_topics"] == [2]
    with pytest.raises(curation.CurationError, match="cannot split"):
        curation.split(tiny_run, 2, parts=5)


def test_delete_unassigns_passages_and_loses_nothing(tiny_run):
    run = curation.delete(tiny_run, [1]).run
    assert 1 not in set(run.topics[S.TOPIC_ID])
    assert len(run.passages) == 6
    assert set(run.passages[run.passages[S.PASSAGE_ID].isin([1, 3])][S.TOPIC_ID]) == {-1}
    assert run.topics.set_index(S.TOPIC_ID).loc[-1, S.SIZE] == 3


def test_a_change_after_one_that_leaves_a_single_topic_is_written(tiny_run):
    """Deleting down to one topic leaves an empty merge tree, which loads back with its list
    column as float64; the next change must still write it (it once failed in the store's
    whole-array path for numbers)."""
    curation.delete(tiny_run, [1])
    assert load_run(tiny_run).topic_hierarchy.empty
    run = curation.rename(tiny_run, 0, "Storms").run
    assert _labels(run)[0] == "Storms"
    assert run.topic_hierarchy.empty
    assert [e["op"] for e in curation.history(tiny_run)] == ["delete", "rename"]


def test_terms_are_recomputed_from_the_passages(tiny_run):
    run = curation.merge(tiny_run, [0, 1]).run
    terms = run.topics.set_index(S.TOPIC_ID).loc[0, S.TERMS]
    assert {"storm", "rail"} <= set(terms) or {"tempête", "train"} <= set(terms)


def test_change_recomputes_terms_and_hierarchy(tiny_run):
    before = load_run(tiny_run)
    assert set(before.topic_hierarchy[S.CHILD_ID]) == {0, 1}
    run = curation.merge(tiny_run, [0, 1]).run
    # one topic left: no merge tree, and the terms are those of the merged passages
    assert run.topic_hierarchy.empty
    merged = run.topic_terms[run.topic_terms[S.TOPIC_ID] == 0]
    assert {"en", "fr", "id"} <= set(merged[S.LANG])
    assert {"storm", "rail"} <= set(merged[S.TERM])
    # translation groups cannot be recomputed without the embedder: dropped for changed topics
    assert (merged[S.GROUP] == -1).all()
    # the clustering's own assignment is kept as it was
    assert run.passages[S.TOPIC_ID_ORIGINAL].tolist() == before.passages[S.TOPIC_ID_ORIGINAL].tolist()


def test_rename_keeps_translation_groups_of_unchanged_topics(tiny_run):
    run = curation.rename(tiny_run, 1, "Railways").run
    terms = run.topic_terms
    storm = terms[(terms[S.TOPIC_ID] == 0) & terms[S.TERM].isin(["storm", "tempête", "badai"])]
    assert len(storm) == 3 and (storm[S.GROUP] == 0).all()


def test_coarsen_merges_along_the_hierarchy(tiny_run):
    with pytest.raises(curation.CurationError, match="has 2 topics"):
        curation.coarsen(tiny_run, 2)
    curation.rename(tiny_run, 1, "Railways")
    run = curation.coarsen(tiny_run, 1).run
    assert set(run.passages[S.TOPIC_ID]) == {0, -1}
    assert "Railways" not in set(run.topics[S.LABEL])  # topic 1 merged into topic 0
    log = curation.history(tiny_run)
    assert log[-1]["op"] == "coarsen" and log[-1]["merged"] == {"0": [1]}
    # survives reopening
    assert set(load_run(tiny_run).passages[S.TOPIC_ID]) == {0, -1}


@pytest.mark.slow
def test_curating_a_real_run_keeps_unchanged_topics_and_redescribes_changed_ones(sample_run,
                                                                                  tmp_path):
    import shutil

    run_dir = tmp_path / "run"
    shutil.copytree(sample_run, run_dir)
    before = load_run(run_dir)
    ids = [int(t) for t in before.topics[S.TOPIC_ID] if t != S.OUTLIER_TOPIC]
    a, b, others = ids[0], ids[1], ids[2:]
    run = curation.merge(run_dir, [a, b]).run
    old = before.topics.set_index(S.TOPIC_ID)
    new = run.topics.set_index(S.TOPIC_ID)
    for t in others:  # untouched topics keep label and terms exactly
        assert new.at[t, S.LABEL] == old.at[t, S.LABEL]
        assert list(new.at[t, S.TERMS]) == list(old.at[t, S.TERMS])
    # the merged topic is described afresh with the run's embedder: translated terms grouped
    merged = run.topic_terms[run.topic_terms[S.TOPIC_ID] == a]
    assert (merged[S.GROUP] >= 0).any()
    assert set(merged[S.LANG]) == {"en", "fr", "id"}
    assert len(set(run.topics[S.LABEL])) == len(run.topics)


def test_relevel_recuts_the_micro_clusters_finer_and_coarser(tiny_run):
    from viz.store import load_reduced

    curation.rename(tiny_run, 0, "Storms")
    # three micro-clusters (0, 1: the storm passages; 2: the rail ones): at most 3 topics
    with pytest.raises(curation.CurationError, match="1 to 3 topics"):
        curation.relevel(tiny_run, 4)
    run = curation.relevel(tiny_run, 3).run  # finer than the 2 topics of the build
    p = run.passages.set_index(S.PASSAGE_ID)
    assert p.loc[0, S.TOPIC_ID] == p.loc[4, S.TOPIC_ID] != p.loc[2, S.TOPIC_ID]
    assert p.loc[1, S.TOPIC_ID] == p.loc[3, S.TOPIC_ID]
    assert p.loc[5, S.TOPIC_ID] == S.OUTLIER_TOPIC
    assert sorted(set(p[S.TOPIC_ID])) == [-1, 0, 1, 2]
    assert "Storms" not in set(run.topics[S.LABEL])  # user labels are dropped ...
    entry = curation.history(tiny_run)[-1]
    assert entry["op"] == "level" and entry["dropped_labels"] == {"0": "Storms"}  # ... and logged
    # passage 1 was an outlier that joined its topic: still marked so
    assert p.loc[1, S.TOPIC_ID_ORIGINAL] == S.OUTLIER_TOPIC
    assert load_reduced(tiny_run) is not None  # carried through curation writes
    run = curation.relevel(tiny_run, 2).run  # and back
    assert set(run.passages[S.TOPIC_ID]) == {0, 1, -1}
    again = curation.relevel(tiny_run, 2).run
    assert again.passages[S.TOPIC_ID].tolist() == run.passages[S.TOPIC_ID].tolist()


@pytest.mark.slow
def test_relevel_of_a_real_run(sample_run, tmp_path):
    import shutil

    run_dir = tmp_path / "run"
    shutil.copytree(sample_run, run_dir)
    before = load_run(run_dir)
    n = int((before.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC).sum())
    clusters = before.passages[S.CLUSTER_ID]
    n_clusters = int(clusters[clusters >= 0].nunique())
    assert n_clusters > n  # the sample run has micro-clusters to split its topics into
    asked = min(n + 3, n_clusters)
    finer = curation.relevel(run_dir, asked).run
    # ``asked`` groups of micro-clusters; smoothing within documents (as in the build) may leave
    # a group with no passage of its own, so the run may hold a little fewer
    n_finer = int((finer.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC).sum())
    assert n < n_finer <= asked
    assert finer.manifest["counts"]["topics"] == n_finer
    assert curation.history(run_dir)[-1]["n_topics"] == asked
    with pytest.raises(curation.CurationError, match="micro-clusters"):
        curation.relevel(run_dir, n_clusters + 1)
    # back at the build's count, the build's own partition (from the stored micro-clusters)
    same = curation.relevel(run_dir, n).run
    a = before.passages.sort_values(S.PASSAGE_ID)[S.TOPIC_ID].tolist()
    b = same.passages.sort_values(S.PASSAGE_ID)[S.TOPIC_ID].tolist()
    assert a == b


@pytest.mark.slow
def test_terms_through_time_survive_a_rename_and_leave_with_a_merge(sample_run, tmp_path):
    import shutil

    run_dir = tmp_path / "run"
    shutil.copytree(sample_run, run_dir)
    before = load_run(run_dir)
    assert len(before.topic_terms_time) > 0
    ids = [int(t) for t in before.topics[S.TOPIC_ID] if t != S.OUTLIER_TOPIC]
    renamed = curation.rename(run_dir, ids[0], "Renamed").run
    assert renamed.topic_terms_time.equals(before.topic_terms_time)
    merged = curation.merge(run_dir, ids[:2]).run  # passages move: the old table no longer holds
    assert len(merged.topic_terms_time) == 0


def test_a_rename_keeps_everything_but_the_label(tiny_run):
    """No passage moves in a rename: terms, representatives and the hierarchy are the run's own
    (not described again), and only the renamed topic's label and its source change."""
    before = load_run(tiny_run)
    tid = int(before.topics[before.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC][S.TOPIC_ID].iloc[0])
    after = curation.rename(tiny_run, tid, "My own label").run
    pd.testing.assert_frame_equal(after.topic_terms.reset_index(drop=True),
                                  before.topic_terms.reset_index(drop=True))
    pd.testing.assert_frame_equal(after.topic_hierarchy.reset_index(drop=True),
                                  before.topic_hierarchy.reset_index(drop=True))
    a = after.topics.set_index(S.TOPIC_ID).sort_index()
    b = before.topics.set_index(S.TOPIC_ID).sort_index()
    assert a.at[tid, S.LABEL] == "My own label" and a.at[tid, S.LABEL_SOURCE] == "user"
    rest = [c for c in b.columns if c not in (S.LABEL, S.LABEL_SOURCE)]
    for col in rest:
        assert [list(v) if hasattr(v, "__len__") and not isinstance(v, str) else v
                for v in a[col]] == [list(v) if hasattr(v, "__len__") and not isinstance(v, str)
                                     else v for v in b[col]], col
    others = a.index != tid
    assert (a[S.LABEL][others] == b[S.LABEL][others]).all()


def test_curation_describes_topics_as_the_build_does(tmp_path, monkeypatch):
    """One description step: describing a built run's own assignment again, as curation does
    after a change, gives the build's topics, terms and hierarchy."""
    import viz.embed
    from viz.build import BuildConfig, build
    from viz.store import load_embeddings

    from .test_build_update import SUBJECTS, WordEmbedder

    monkeypatch.setattr(viz.embed, "make_embedder", lambda spec, seed=0: WordEmbedder())
    # documents of three paragraphs (the document context counts), in two languages (aligned)
    rng = np.random.default_rng(0)
    rows = []
    for i in range(40):
        paras = [" ".join(rng.choice(SUBJECTS[list(SUBJECTS)[(i + k // 2) % 3]].split(), 12))
                 + (" le la les" if i % 2 else " the and of") for k in range(3)]
        rows.append({"id": f"doc{i}", "text": "\n\n".join(p.capitalize() + "." for p in paras),
                     "lang": "fr" if i % 2 else "en"})
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    run = build(BuildConfig(paths=[str(tmp_path / "docs.jsonl")], out=str(tmp_path / "run"),
                            cache_dir=str(tmp_path / "cache"), progress=False))
    assert (run.topics[S.TOPIC_ID] >= 0).sum() >= 2 and len(run.passages) > len(run.documents)
    assert run.manifest["aligned_languages"] == ["en", "fr"]
    vecs = load_embeddings(run.path)[run.passages[S.PASSAGE_ID].to_numpy()]
    topics, terms, hierarchy = curation._describe(run.passages, vecs, {}, before=run,
                                                  carry=False)
    pd.testing.assert_frame_equal(topics.reset_index(drop=True),
                                  run.topics.reset_index(drop=True), check_dtype=False)
    pd.testing.assert_frame_equal(terms.reset_index(drop=True),
                                  run.topic_terms.reset_index(drop=True), check_dtype=False)
    # merge distances from the stored (float16) vectors, not the embedder's float32 ones
    pd.testing.assert_frame_equal(hierarchy.reset_index(drop=True),
                                  run.topic_hierarchy.reset_index(drop=True), check_dtype=False,
                                  rtol=1e-4)


def test_each_change_returns_the_record_of_what_it_changed(tiny_run):
    renamed = curation.rename(tiny_run, 0, "Storms")
    assert isinstance(renamed, curation.Change) and renamed.action == "rename"
    assert renamed.relabelled == {0: ("storm · tempête · badai", "Storms")}
    assert renamed.labels == {0: "Storms"}
    assert (renamed.added, renamed.removed, renamed.resized, renamed.passages_moved) == \
        ((), (), (), 0)
    assert renamed.summary() == "Topic 0 is now “Storms”."
    assert renamed.entry == curation.history(tiny_run)[-1]  # the same change as the log line
    assert _labels(renamed.run) == _labels(load_run(tiny_run))  # the run as written

    merged = curation.merge(tiny_run, [1, 0])
    assert (merged.removed, merged.resized, merged.added) == ((0,), (1,), ())
    assert merged.passages_moved == 3 and merged.unassigned == 1  # topic 0's three passages
    assert set(merged.labels) == {1} and merged.n_topics == 1
    assert merged.summary().startswith("Merged topics 0 into topic 1 “") and \
        merged.summary().endswith(": 3 passages moved.")

    split = curation.split(tiny_run, 1, parts=2)
    assert split.action == "split" and split.resized == (1,) and split.added == (2,)
    assert split.passages_moved == split.run.topics.set_index(S.TOPIC_ID).loc[2, S.SIZE]
    assert f"new topic 2 “{_labels(split.run)[2]}”" in split.summary()

    deleted = curation.delete(tiny_run, [2])
    assert deleted.removed == (2,) and deleted.unassigned == 1 + split.passages_moved
    assert deleted.summary() == f"Deleted topics 2: {split.passages_moved} passages are unassigned."


def test_a_change_record_is_its_own_not_the_last_line_of_the_log(tiny_run):
    """The record describes the change made, even if another writer's change is logged after
    it (the dashboard used to read the last log line back)."""
    first = curation.rename(tiny_run, 0, "Storms")
    later = curation.rename(tiny_run, 1, "Trains")
    assert first.summary() == "Topic 0 is now “Storms”." and first.entry["label"] == "Storms"
    assert later.relabelled == {1: ("rail · train · kereta", "Trains")}


@pytest.mark.parametrize("seed", range(6))
def test_random_sequences_of_changes_are_applied_or_refused_and_lose_nothing(tiny_run, seed):
    """Eight changes drawn at random (some on the unassigned topic -1 or an unknown id, some
    asking for more topics than there are), one after another: each is applied and logged or
    refused with a CurationError, and after each the run loads with every passage in a topic
    it lists. Three of seeds 0 to 7 crashed the store before 734cfcf."""
    rng = np.random.default_rng(seed)
    done = []
    for step in range(8):
        topics = [int(t) for t in load_run(tiny_run).topics[S.TOPIC_ID] if t != S.OUTLIER_TOPIC]

        def pick():
            return int(rng.choice(topics + [S.OUTLIER_TOPIC, 99]))

        op = str(rng.choice(["rename", "merge", "split", "delete", "coarsen", "relevel"]))
        args = {"rename": lambda: (pick(), f"Label {step}"), "merge": lambda: ([pick(), pick()],),
                "split": lambda: (pick(), int(rng.integers(2, 4))),
                "delete": lambda: ([pick()],)}.get(op, lambda: (int(rng.integers(0, 4)),))()
        try:
            getattr(curation, op)(tiny_run, *args)
            done.append("level" if op == "relevel" else op)
        except curation.CurationError:
            pass
        run = load_run(tiny_run)
        assert sorted(run.passages[S.PASSAGE_ID]) == list(range(6))
        assert set(run.passages[S.TOPIC_ID]) <= set(run.topics[S.TOPIC_ID])
        assert run.topics[S.SIZE].sum() == 6
        assert [e["op"] for e in curation.history(tiny_run)] == done
