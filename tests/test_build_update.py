"""``viz build --update``: new documents join the existing topics of a run."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pandas as pd
import pytest

from viz import schema as S
from viz.embed import Embedder

SUBJECTS = {
    "flood": "harbour flood storm seawall water rain river surge levee",
    "rail": "train railway station track locomotive carriage timetable platform",
    "film": "cinema festival film director actor screening premiere audience",
}


class WordEmbedder(Embedder):
    """Deterministic fake: each word hashes to a fixed random direction; a text is their sum."""

    key = "word-test"
    languages = None

    def __init__(self, *args, **kwargs):
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        out = np.zeros((len(texts), 64), np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                seed = int.from_bytes(hashlib.sha256(w.strip(".,").encode()).digest()[:4], "little")
                out[i] += np.random.default_rng(seed).normal(size=64)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def corpus(path, start, n, seed):
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(start, start + n):
        subject = list(SUBJECTS)[i % 3]
        words = rng.choice(SUBJECTS[subject].split(), size=8)
        rows.append({"id": f"doc{i}", "text": f"The {' '.join(words)} on 3 March 2021.",
                     "date": "2021-03-05", "lang": "en", "label": subject})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


@pytest.fixture
def built(tmp_path, monkeypatch):
    import viz.embed

    monkeypatch.setattr(viz.embed, "make_embedder", lambda spec, seed=0: WordEmbedder())
    from viz.build import BuildConfig, build

    corpus(tmp_path / "old.jsonl", 0, 60, 0)
    run = build(BuildConfig(paths=[str(tmp_path / "old.jsonl")], out=str(tmp_path / "run"),
                            cache_dir=str(tmp_path / "cache"), progress=False))
    return tmp_path, run


def test_update_keeps_ids_and_labels_and_assigns_new_passages_by_subject(built):
    from viz.topics import curation
    from viz.build import update
    from viz.store import load_embeddings, load_reduced

    tmp_path, run = built
    first = run.topics[run.topics[S.TOPIC_ID] >= 0][S.TOPIC_ID].iloc[0]
    run = curation.rename(run.path, int(first), "My own label").run
    before = run.passages.copy()
    new_rows = corpus(tmp_path / "new.jsonl", 60, 12, 1)
    # one document the run already holds is not added again
    with open(tmp_path / "new.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "doc0", "text": "The harbour flood.", "lang": "en"}) + "\n")
    after = update(run.path, [str(tmp_path / "new.jsonl")], cache_dir=str(tmp_path / "cache"),
                   progress=False)
    p = after.passages
    old = p[p[S.PASSAGE_ID].isin(before[S.PASSAGE_ID])].set_index(S.PASSAGE_ID)
    b = before.set_index(S.PASSAGE_ID)
    assert (old[S.TOPIC_ID] == b[S.TOPIC_ID]).all() and (old[S.X] == b[S.X]).all()
    labels = dict(zip(after.topics[S.TOPIC_ID], after.topics[S.LABEL]))
    assert labels[int(first)] == "My own label"
    assert dict(zip(run.topics[S.TOPIC_ID], run.topics[S.LABEL])).items() <= labels.items()
    assert len(after.documents) == 72 and after.documents[S.DOC_ID].is_unique
    assert sorted(p[S.PASSAGE_ID]) == list(range(len(p)))
    assert load_embeddings(after.path).shape[0] == len(p)
    reduced = load_reduced(after.path)
    assert reduced is None or reduced.shape[0] == len(p)
    # new passages join a topic whose old passages are mostly of their subject
    subject_of = {f"doc{i}": list(SUBJECTS)[i % 3] for i in range(72)}
    p = p.assign(subject=p[S.DOC_ID].map(subject_of))
    old_p = p[p[S.DOC_ID].isin([f"doc{i}" for i in range(60)])]
    new = p[p[S.DOC_ID].isin([r["id"] for r in new_rows])]
    assigned = new[new[S.TOPIC_ID] >= 0]
    assert len(assigned) >= 0.6 * len(new)  # the others are as far from a topic as its 5% least typical
    same = [(old_p[old_p[S.TOPIC_ID] == t]["subject"] == subj).mean()
            for t, subj in zip(assigned[S.TOPIC_ID], assigned["subject"])]
    assert min(same) > 0.5
    # each new passage sits where an old passage of its subject sits on the map
    spots = dict(zip(zip(old_p[S.X], old_p[S.Y]), old_p["subject"]))
    placed = [spots.get((x, y)) for x, y in zip(new[S.X], new[S.Y])]
    assert None not in placed and np.mean([a == b for a, b in zip(placed, new["subject"])]) > 0.8
    sizes = p.groupby(S.TOPIC_ID).size()
    assert all(int(sizes.get(t, 0)) == s for t, s in zip(after.topics[S.TOPIC_ID], after.topics[S.SIZE]))
    # the update is recorded, curation history survives, events cover the new mentions
    record = after.manifest["updates"][-1]
    assert record["documents_added"] == 12 and record["documents_already_in_run"] == 1
    assert record["passages_added"] == len(new) and 0 <= record["far_share"] <= 1
    assert after.manifest["curation"] and (after.path / S.CURATION_LOG).is_file()
    assert set(new[S.PASSAGE_ID]) <= set(after.mentions[S.PASSAGE_ID])
    assert after.mentions[S.MENTION_ID].is_unique
    assert after.events["n_mentions" if "n_mentions" in after.events else S.EVENT_ID].notna().all()


def test_update_with_nothing_new_changes_no_topic(built):
    from viz.build import update

    tmp_path, run = built
    again = update(run.path, [str(tmp_path / "old.jsonl")], cache_dir=str(tmp_path / "cache"),
                   progress=False)
    assert again.manifest["updates"][-1]["documents_added"] == 0
    pd.testing.assert_frame_equal(again.passages, run.passages)
    assert list(again.topics[S.LABEL]) == list(run.topics[S.LABEL])


def test_update_from_the_command_line(built, capsys, monkeypatch):
    """``viz build --update`` prints from the manifest: the whole run is not read back."""
    import viz.build
    from viz.cli import main

    tmp_path, run = built
    corpus(tmp_path / "new.jsonl", 60, 6, 2)
    loads = []
    read = viz.build.load_run
    monkeypatch.setattr(viz.build, "load_run", lambda *a, **k: loads.append(a) or read(*a, **k))
    assert main(["build", "--update", str(run.path), str(tmp_path / "new.jsonl"),
                 "--cache-dir", str(tmp_path / "cache"), "--no-progress"]) == 0
    assert len(loads) == 1  # the run to update, once
    out = capsys.readouterr().out
    assert "update:    6 documents added" in out
    assert main(["build", str(tmp_path / "new.jsonl")]) == 2
    assert "--out" in capsys.readouterr().err


def test_update_embeds_on_a_second_process_beside_its_languages_stage(built, monkeypatch):
    """An update with enough new passages hands them to a second embedding process made from
    the run's own embedder spec and seed, before its languages stage (as a build does); it
    used to embed on one core."""
    import viz.build
    import viz.embed

    tmp_path, run = built
    monkeypatch.setattr(viz.embed, "SPLIT_MIN", 10)
    monkeypatch.setenv("VIZ_EMBED_PROCESSES", "2")
    monkeypatch.setattr(WordEmbedder, "one_core", True, raising=False)
    events = []

    class NoProcess:  # stands for viz.embed.Helper: no process is started here
        def __init__(self, *args):
            events.append(("helper", args))

        def stop(self):
            events.append(("stopped",))

    real_start = viz.embed.start_embedding

    def start(texts, embedder, *, cache=None, helper=None, side=None):
        events.append(("start", len(texts), helper, side is not None))
        if side is not None:
            side.stop()
        return real_start(texts, embedder, cache=cache)  # embedded here, one process

    import viz.language

    real_assign = viz.language.assign_languages

    def assign(*args, **kwargs):
        events.append(("languages",))
        return real_assign(*args, **kwargs)

    monkeypatch.setattr(viz.embed, "Helper", NoProcess)
    monkeypatch.setattr(viz.embed, "start_embedding", start)
    monkeypatch.setattr(viz.language, "assign_languages", assign)
    corpus(tmp_path / "new.jsonl", 60, 20, 2)
    viz.build.update_dir(run.path, [str(tmp_path / "new.jsonl")],
                         cache_dir=str(tmp_path / "cache"), progress=False)
    spec = (run.manifest["parameters"]["embedder"], run.manifest["parameters"]["seed"],
            str(tmp_path / "cache"))
    assert events[0] == ("helper", spec)
    assert events[1] == ("start", 20, spec, True)
    assert events[2] == ("stopped",)
    assert events.index(("languages",)) > 1


def test_update_refuses_a_corpus_fitted_embedder(tmp_path):
    from viz.build import BuildConfig, build, update

    corpus(tmp_path / "old.jsonl", 0, 30, 0)
    run = build(BuildConfig(paths=[str(tmp_path / "old.jsonl")], out=str(tmp_path / "run"),
                            embedder="tfidf", progress=False, use_cache=False))
    corpus(tmp_path / "new.jsonl", 30, 3, 1)
    with pytest.raises(ValueError, match="rebuild"):
        update(run.path, [str(tmp_path / "new.jsonl")], progress=False)


def test_regrouping_the_touched_date_values_equals_grouping_every_mention(tmp_path):
    """``--update`` groups again only the values new mentions carry; the events and event ids
    are those of grouping all mentions at once."""
    from viz.events import build_events, extract_mentions, regroup_events
    from viz.ingest import read_corpus
    from viz.passages import make_passages

    days = ["3 March 2021", "5 April 2020", "in 1980", "last October", "3 March 2021",
            "12 May 2019", "5 April 2020", "in 1980", "3 March 2021", "7 June 2018",
            "12 May 2019", "3 March 2021"]
    rows = [{"id": f"d{i:02d}", "text": f"The {list(SUBJECTS)[i % 3]} story happened {day}, "
             "officials said.", "date": "2021-06-01"} for i, day in enumerate(days)]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    docs = read_corpus([tmp_path / "c.jsonl"]).documents
    docs[S.LANG] = "en"
    passages = make_passages(docs)
    passages[S.LANG] = "en"
    passages[S.TOPIC_ID] = np.arange(len(passages), dtype=np.int32) % 3
    mentions = extract_mentions(docs, passages)
    assert len(mentions) >= len(days)
    rng = np.random.default_rng(0)
    topics = passages.set_index(S.PASSAGE_ID)[S.TOPIC_ID]
    centres = rng.normal(size=(3, 16))
    vecs = centres[topics[mentions[S.PASSAGE_ID]].to_numpy()] + 0.3 * rng.normal(
        size=(len(mentions), 16))
    vecs = (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)
    full_m, full_e = build_events(mentions, passages, vecs)

    old = mentions[S.DOC_ID].isin([r["id"] for r in rows[:8]]).to_numpy()
    assert mentions[S.MENTION_ID][old].max() < mentions[S.MENTION_ID][~old].min()
    old_m, old_e = build_events(mentions[old], passages, vecs[old])
    new_m = mentions[~old].copy()
    new_m[S.EVENT_ID] = pd.array([None] * len(new_m), dtype="Int64")
    both = pd.concat([old_m[new_m.columns], new_m], ignore_index=True)
    got_m, got_e = regroup_events(both, old_e, new_m[S.MENTION_ID], passages, vecs)
    pd.testing.assert_frame_equal(got_e.reset_index(drop=True), full_e.reset_index(drop=True))
    pd.testing.assert_frame_equal(got_m.reset_index(drop=True), full_m.reset_index(drop=True))
    # "7 June 2018" only in a new document: a new event; "in 1980" only in old ones: kept
    assert set(full_e[S.VALUE]) >= {"2018-06-07", "1980"}


def test_update_adds_new_dates_beside_the_loaded_ones(built):
    """New mentions of other dates than the run's are numbered among the loaded events (their
    dates, as load_run gives them, and the new ones are of one type), undated documents stay
    undated, and the run reads back as it was written."""
    from viz.build import update
    from viz.store import write_run

    tmp_path, run = built
    rows = [{"id": "new1", "text": "The harbour flood of 7 June 2019 and the storm.",
             "date": "2019-06-08", "lang": "en"},
            {"id": "new2", "text": "The railway station opened on 2 January 2024 at last.",
             "lang": "en"}]
    (tmp_path / "new.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    after = update(run.path, [str(tmp_path / "new.jsonl")], cache_dir=str(tmp_path / "cache"),
                   progress=False)
    starts = set(after.events[S.DATE_START].dt.date.astype(str))
    assert {"2019-06-07", "2021-03-03", "2024-01-02"} <= starts
    assert list(after.events[S.EVENT_ID]) == list(range(len(after.events)))
    assert list(after.events[S.DATE_START]) == sorted(after.events[S.DATE_START])
    docs = after.documents.set_index(S.DOC_ID)
    assert str(docs.loc["new1", S.DATE].date()) == "2019-06-08" and pd.isna(docs.loc["new2", S.DATE])
    tables = {name: after.table(name) for name in (*S.TABLES, *S.OPTIONAL_TABLES)}
    write_run(tmp_path / "copy", tables, after.manifest)


def _dated_corpus(path, start, n, days, langs=("en",)):
    rows = []
    for i in range(start, start + n):
        subject = list(SUBJECTS)[i % 3]
        words = SUBJECTS[subject].split()
        text = f"The {' '.join(words[(i + k) % len(words)] for k in range(6))} on {days[i % len(days)]}."
        rows.append({"id": f"doc{i}", "text": text, "date": "2021-06-05",
                     "lang": langs[i % len(langs)]})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _all_mention_vectors(mentions, new_m, passages, old_vecs, new_p, new_vecs, encode, align):
    """What the update computed before: every mention's sentence vector, aligned over all."""
    from viz.events import mention_sentence_vectors
    from viz.topics.clustering import align_languages

    emb = np.vstack([np.asarray(old_vecs, np.float32), new_vecs])
    vectors, _ = mention_sentence_vectors(mentions, passages,
                                          emb[passages[S.PASSAGE_ID].to_numpy()], encode)
    if align:
        langs = mentions[S.PASSAGE_ID].map(dict(zip(passages[S.PASSAGE_ID],
                                                    passages[S.LANG]))).tolist()
        vectors, _ = align_languages(vectors, langs)
    return vectors


@pytest.mark.parametrize("langs", [("en",), ("en", "fr")])
def test_update_regroups_with_only_the_touched_vectors_as_with_all(tmp_path, monkeypatch, langs):
    """The update computes sentence vectors only for the mentions of the date values new
    mentions carry (all of them when languages are aligned over mentions); its events and
    mentions equal those of computing every mention's vector."""
    import shutil

    import viz.build
    import viz.embed
    from viz.build import BuildConfig, build, update

    monkeypatch.setattr(viz.embed, "make_embedder", lambda spec, seed=0: WordEmbedder())
    days = ["3 March 2021", "5 April 2020", "12 May 2019", "7 June 2018", "1 July 2017"]
    _dated_corpus(tmp_path / "old.jsonl", 0, 60, days, langs)
    _dated_corpus(tmp_path / "new.jsonl", 60, 8, days[:2], langs)  # two values touched
    build(BuildConfig(paths=[str(tmp_path / "old.jsonl")], out=str(tmp_path / "a"),
                      cache_dir=str(tmp_path / "cache"), progress=False))
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    got = update(tmp_path / "a", [str(tmp_path / "new.jsonl")],
                 cache_dir=str(tmp_path / "cache"), progress=False)
    monkeypatch.setattr(viz.build, "_mention_vectors", _all_mention_vectors)
    want = update(tmp_path / "b", [str(tmp_path / "new.jsonl")],
                  cache_dir=str(tmp_path / "cache"), progress=False)
    assert len(set(got.mentions[S.VALUE])) >= 5 and got.events[S.EVENT_ID].is_unique
    pd.testing.assert_frame_equal(got.mentions, want.mentions)
    pd.testing.assert_frame_equal(got.events, want.events)
    pd.testing.assert_frame_equal(got.passages, want.passages)


def test_only_the_mentions_events_are_grouped_on_get_a_sentence_vector(tmp_path):
    """A date value's only mention and an undated mention are never compared, so their
    sentences are not embedded; the events are those of embedding every sentence. With two
    languages aligned over every mention's vector, every sentence is embedded."""
    from viz.events import (SHORT_PASSAGE, _dated, build_events, extract_mentions,
                            mention_sentence_vectors, mentions_grouped_on_vectors)
    from viz.ingest import read_corpus
    from viz.passages import make_passages

    filler = " ".join(["Reporters gathered outside the town hall for hours."] * 4)
    days = ["on 3 March 2021", "on 5 April 2020", "recently", "on 3 March 2021",
            "on 12 May 2019", "on 5 April 2020", "on 3 March 2021", "on 7 June 2018"]
    rows = [{"id": f"d{i:02d}", "date": "2021-06-01",
             "text": f"The {SUBJECTS[list(SUBJECTS)[i % 3]]} story happened {day}. {filler}"}
            for i, day in enumerate(days)]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    docs = read_corpus([tmp_path / "c.jsonl"]).documents
    docs[S.LANG] = "en"
    passages = make_passages(docs, max_chars=1000)  # one passage per document
    passages[S.LANG] = "en"
    passages[S.TOPIC_ID] = np.zeros(len(passages), dtype=np.int32)
    assert passages[S.TEXT].str.len().min() > SHORT_PASSAGE  # sentences are embedded
    mentions = extract_mentions(docs, passages)
    pvec = WordEmbedder().encode(passages[S.TEXT].tolist())

    needed = mentions_grouped_on_vectors(mentions, passages, align=True)
    values = mentions[S.VALUE].tolist()
    dated = _dated(mentions).tolist()
    assert not all(dated)  # "recently" is in no event
    assert [bool(x) for x in needed] == [d and values.count(v) > 1
                                         for d, v in zip(dated, values)]
    assert sum(needed) == 5  # 3 March 2021 three times, 5 April 2020 twice

    every, some = WordEmbedder(), WordEmbedder()
    all_vecs, _ = mention_sentence_vectors(mentions, passages, pvec, every.encode)
    some_vecs, _ = mention_sentence_vectors(mentions, passages, pvec, some.encode, needed)
    assert len(some.seen) < len(every.seen)
    assert not any("12 May" in s or "7 June" in s or "recently" in s for s in some.seen)
    full_m, full_e = build_events(mentions, passages, all_vecs)
    got_m, got_e = build_events(mentions, passages, some_vecs)
    pd.testing.assert_frame_equal(got_e, full_e)
    pd.testing.assert_frame_equal(got_m, full_m)
    assert full_e[S.N_MENTIONS].max() >= 2  # some value's mentions do share an event

    # two languages with enough mentions: their shift is a mean over every mention's vector
    passages[S.LANG] = ["en" if i % 2 else "fr" for i in range(len(passages))]
    more = pd.concat([mentions] * 3, ignore_index=True)
    assert mentions_grouped_on_vectors(more, passages, align=True) is None
    assert mentions_grouped_on_vectors(more, passages, align=False) is not None


@pytest.mark.parametrize("seed", [0, 1])
def test_updates_and_curation_changes_in_any_order_lose_no_document(built, seed):
    """Updates of one to seven new documents mixed at random with curation changes (some
    refused: the unassigned topic, an unknown id, more topics than there are): after each step
    every document is in the run, every passage in a topic it lists, and the curation log holds
    exactly the changes applied."""
    from viz.build import update_dir
    from viz.store import load_run
    from viz.topics import curation

    tmp_path, run = built
    rng = np.random.default_rng(seed)
    n_docs, done = 60, []
    for step in range(8):
        topics = [int(t) for t in load_run(run.path).topics[S.TOPIC_ID] if t != S.OUTLIER_TOPIC]

        def pick():
            return int(rng.choice(topics + [S.OUTLIER_TOPIC, 99]))

        op = str(rng.choice(["update", "update", "rename", "merge", "split", "delete", "relevel"]))
        if op == "update":
            k = int(rng.integers(1, 8))
            corpus(tmp_path / f"new{step}.jsonl", n_docs, k, 100 * seed + step)
            update_dir(run.path, [str(tmp_path / f"new{step}.jsonl")],
                       cache_dir=str(tmp_path / "cache"), progress=False)
            n_docs += k
        else:
            args = {"rename": lambda: (pick(), f"Label {step}"),
                    "merge": lambda: ([pick(), pick()],),
                    "split": lambda: (pick(), int(rng.integers(2, 4))),
                    "delete": lambda: ([pick()],)}.get(op, lambda: (int(rng.integers(0, 5)),))()
            try:
                getattr(curation, op)(run.path, *args)
                done.append("level" if op == "relevel" else op)
            except curation.CurationError:
                pass
        now = load_run(run.path)
        assert sorted(now.documents[S.DOC_ID]) == sorted(f"doc{i}" for i in range(n_docs))
        assert set(now.passages[S.TOPIC_ID]) <= set(now.topics[S.TOPIC_ID])
        assert now.topics[S.SIZE].sum() == len(now.passages)
        assert [e["op"] for e in curation.history(run.path)] == done
    assert n_docs > 60 and done  # the draw mixed both kinds of step
