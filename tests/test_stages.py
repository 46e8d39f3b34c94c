"""Stages hand each other whole, schema'd tables and leave their inputs alone."""

from __future__ import annotations

import json

import numpy as np
import pytest

from viz import schema as S
from viz.build import infer_dates, with_inferred_dates
from viz.events import build_events, extract_mentions, regroup_events
from viz.ingest import read_corpus
from viz.passages import make_passages


@pytest.fixture
def tables(tmp_path):
    rows = [{"id": "a", "text": "The storm hit the harbour on 14 March 2023, officials said.",
             "date": "2023-03-20"},
            {"id": "b", "text": "Le 7 mai 2021, le port a rouvert. Il pleuvait encore en 1980."},
            {"id": "c", "text": "Nothing dated here at all."}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    docs = read_corpus([tmp_path / "c.jsonl"]).documents
    docs[S.LANG] = ["en", "fr", "en"]
    passages = make_passages(docs)
    passages[S.LANG] = passages[S.DOC_ID].map(dict(zip(docs[S.DOC_ID], docs[S.LANG])))
    passages[S.TOPIC_ID] = np.zeros(len(passages), dtype=np.int32)
    return docs, passages


def test_infer_dates_returns_its_table_and_leaves_documents_alone(tables):
    docs, _ = tables
    before = docs.copy()
    inferred = infer_dates(docs)
    S.check(S.INFERRED_DATES, inferred)
    assert list(inferred.columns) == S.columns(S.INFERRED_DATES)
    assert inferred[S.DOC_ID].tolist() == ["a", "b", "c"]
    # the dated document is not inferred; the others may be
    assert inferred[S.DATE_INFERRED].iloc[0] is None
    assert docs.equals(before)
    joined = with_inferred_dates(docs, inferred)
    assert joined is not docs and docs.equals(before)
    assert joined[S.DATE_INFERRED].tolist() == inferred[S.DATE_INFERRED].tolist()
    with pytest.raises(S.SchemaError, match="row for row"):
        with_inferred_dates(docs, inferred.iloc[::-1])
    with pytest.raises(S.SchemaError, match="date_inferred_reason"):
        with_inferred_dates(docs, inferred.drop(columns=[S.DATE_INFERRED_REASON]))


def test_mentions_are_the_date_mentions_table_and_events_complete_them(tables):
    docs, passages = tables
    p_before, d_before = passages.copy(), docs.copy()
    mentions = extract_mentions(docs, passages)
    assert list(mentions.columns) == S.columns(S.DATE_MENTIONS)
    assert S.TOPIC_ID not in mentions.columns and S.EVENT_ID not in mentions.columns
    assert {"2023-03-14", "2021-05-07", "1980"} <= set(mentions[S.VALUE])
    m_before = mentions.copy()
    full, events = build_events(mentions, passages)
    assert list(full.columns) == S.columns(S.MENTIONS)
    assert list(events.columns) == S.columns(S.EVENTS)
    # nothing handed in was changed
    assert mentions.equals(m_before) and passages.equals(p_before) and docs.equals(d_before)


def test_half_a_table_fails_where_it_is_handed_over(tables):
    docs, passages = tables
    mentions = extract_mentions(docs, passages)
    with pytest.raises(S.SchemaError, match=r"'date_mentions' \(build_events\).*value"):
        build_events(mentions.drop(columns=[S.VALUE]), passages)
    with pytest.raises(S.SchemaError, match="event_id"):
        regroup_events(mentions, mentions.iloc[:0], [], passages)


def test_check_names_every_missing_column_and_allows_extra_ones():
    import pandas as pd

    df = pd.DataFrame({S.DOC_ID: ["x"], "extra": [1]})
    with pytest.raises(S.SchemaError) as err:
        S.check(S.INFERRED_DATES, df)
    assert "date_inferred, date_inferred_reason" in str(err.value)
    S.check(S.INFERRED_DATES, df.assign(**{S.DATE_INFERRED: [None],
                                           S.DATE_INFERRED_REASON: [None]}))
    # a stored table's optional column may be missing
    docs = pd.DataFrame({c: [] for c in S.columns(S.DOCUMENTS) if c != S.DATE_FLAG})
    S.check(S.DOCUMENTS, docs)


def test_a_document_dated_by_its_year_dates_what_needs_a_year(tmp_path):
    """A speech dated 1976 only: "last year", "this century" and a year-less month take that year (basis
    publication); what needs a day ("yesterday") stays unresolved; a year the text writes wins for later months."""
    rows = [{"id": "s", "date": "1976", "text": "Last year the Assembly met. In July the council spoke. Yesterday "
                                                "it rained. In this century we grew. In 1970, in May, a treaty came."}]
    (tmp_path / "y.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    docs = read_corpus([tmp_path / "y.jsonl"]).documents
    assert docs[S.DATE_PRECISION].tolist() == ["year"]
    docs[S.LANG] = ["en"]
    passages = make_passages(docs)
    passages[S.LANG] = "en"
    m = extract_mentions(docs, passages)
    got = {t: (v, b) for t, v, b in zip(m[S.TEXT], m[S.VALUE], m[S.BASIS])}
    assert got["Last year"] == ("1975", "publication")
    assert got["July"] == ("1976-07", "context")
    assert got["this century"] == ("19", "publication")
    assert got["Yesterday"] == ("", "")
    assert got["May"][0] == "1970-05" and got["1970"] == ("1970", "text")
