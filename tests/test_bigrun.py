"""The generated large run (tests/bigrun.py) is a valid run whose tables agree with each other."""

from __future__ import annotations

from viz import schema as S
from viz.store import load_run

from .bigrun import write_big_run


def test_generated_run_is_consistent(tmp_path):
    run = load_run(write_big_run(tmp_path / "big", 3000, n_topics=12))
    p, m, e = run.passages, run.mentions, run.events
    assert len(p) == 3000 and p[S.PASSAGE_ID].tolist() == list(range(3000))
    assert set(p[S.DOC_ID]) == set(run.documents[S.DOC_ID])
    sizes = p[S.TOPIC_ID].value_counts()
    assert dict(zip(run.topics[S.TOPIC_ID], run.topics[S.SIZE])) == sizes.to_dict()
    # every mention's text is the text of its passage at its offsets
    text = dict(zip(p[S.PASSAGE_ID], p[S.TEXT]))
    assert all(text[pid][s:t] == surface for pid, s, t, surface in
               zip(m[S.PASSAGE_ID], m[S.START], m[S.END], m[S.TEXT]))
    assert m[S.EVENT_ID].notna().all()
    assert e[S.N_MENTIONS].sum() == len(m)
    # each document's text holds its passages at their offsets
    docs = dict(zip(run.documents[S.DOC_ID], run.documents[S.TEXT]))
    assert all(docs[d][s:t] == x for d, s, t, x in
               zip(p[S.DOC_ID], p[S.START], p[S.END], p[S.TEXT]))
