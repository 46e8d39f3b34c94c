"""Date mentions in passages, and the events they form.

Dates are read from whole documents (so a year-less "le 10 mai" can take its year from an
earlier "7 mai 2021" in the same text), then each mention is placed in its passage. An event is
the group of mentions that share a date value (at its granularity) and a topic, across
documents and languages.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from . import schema as S
from .passages import Span, sentences

_KIND_RANK = {"absolute": 0, "anchored": 1, "relative": 2}
_TITLE_TARGET = 160
MAX_SURFACE = 8  # distinct written forms kept per event  # preferred length of an event's representative sentence


def extract_mentions(documents: pd.DataFrame, passages: pd.DataFrame, *,
                     reference_date=None, progress=None) -> pd.DataFrame:
    """The mentions table (without ``topic_id`` and ``event_id``, set by :func:`build_events`).

    Each document's own publication date is its reference date when its precision is a day;
    otherwise ``reference_date`` (``--reference-date``) is used, if given.
    """
    from .dates import extract_dates

    by_doc = {doc_id: grp for doc_id, grp in passages.groupby(S.DOC_ID, sort=False)}
    rows = []
    for doc in documents.itertuples(index=False):
        doc_passages = by_doc.get(doc.doc_id)
        if doc_passages is None:
            if progress:
                progress(1)
            continue
        has_day = S.as_text(doc.date_precision) == "day" and not pd.isna(doc.date)
        ref = doc.date if has_day else reference_date
        mentions = extract_dates(doc.text, lang=S.as_text(doc.lang) or "", reference_date=ref)
        starts = doc_passages[S.START].to_numpy()
        ends = doc_passages[S.END].to_numpy()
        pids = doc_passages[S.PASSAGE_ID].to_numpy()
        for m in mentions:
            # the passage that holds the mention's start
            inside = (starts <= m.start) & (m.start < ends)
            if not inside.any():
                continue  # in text between passages (whitespace only): cannot happen for words
            i = int(inside.argmax())
            p_start, p_end = int(starts[i]), int(ends[i])
            end = min(m.end, p_end)
            rows.append(
                {
                    S.PASSAGE_ID: int(pids[i]),
                    S.DOC_ID: doc.doc_id,
                    S.START: m.start - p_start,
                    S.END: end - p_start,
                    S.TEXT: doc.text[m.start:end],
                    S.VALUE: m.value or "",
                    S.GRANULARITY: m.granularity or "",
                    S.DATE_START: m.date_start,
                    S.DATE_END: m.date_end,
                    S.KIND: m.kind or "",
                }
            )
        if progress:
            progress(1)
    out = pd.DataFrame(rows, columns=[c for c in S.columns(S.MENTIONS)
                                      if c not in (S.TOPIC_ID, S.EVENT_ID, S.MENTION_ID)])
    out.insert(0, S.MENTION_ID, range(len(out)))
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    for s in sentences(text, Span(0, len(text))):
        if s.start <= start < s.end:
            return text[s.start:max(s.end, min(end, len(text)))]
    return text


def build_events(mentions: pd.DataFrame, passages: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group dated mentions into events; returns ``(mentions with topic/event ids, events)``.

    Only mentions with a resolved value and interval form events; unresolved ones stay in the
    mentions table with an empty ``event_id``.
    """
    mentions = mentions.copy()
    ptab = passages.set_index(S.PASSAGE_ID)
    mentions[S.TOPIC_ID] = mentions[S.PASSAGE_ID].map(ptab[S.TOPIC_ID]).astype("int32")
    mentions[S.EVENT_ID] = pd.array([None] * len(mentions), dtype="Int64")
    dated = mentions[(mentions[S.VALUE] != "") & mentions[S.DATE_START].notna()]
    groups = sorted(
        dated.groupby([S.VALUE, S.TOPIC_ID], sort=False).groups.items(),
        key=lambda kv: (dated.loc[kv[1][0], S.DATE_START], kv[0][0], kv[0][1]),
    )
    rows = []
    for event_id, ((value, topic_id), index) in enumerate(groups):
        grp = mentions.loc[index]
        mentions.loc[index, S.EVENT_ID] = event_id
        langs = grp[S.PASSAGE_ID].map(ptab[S.LANG])
        # Representative sentence: from the most explicit mention, of a readable length.
        best = min(
            grp.itertuples(index=False),
            key=lambda m: (
                _KIND_RANK.get(m.kind, 3),
                abs(len(_sentence_around(ptab.at[m.passage_id, S.TEXT], m.start, m.end)) - _TITLE_TARGET),
                m.mention_id,
            ),
        )
        title = _sentence_around(ptab.at[best.passage_id, S.TEXT], best.start, best.end)
        kinds = sorted(set(grp[S.KIND]), key=lambda k: _KIND_RANK.get(k, 3))
        rows.append(
            {
                S.EVENT_ID: event_id,
                S.VALUE: value,
                S.DATE_START: grp[S.DATE_START].iloc[0],
                S.DATE_END: grp[S.DATE_END].iloc[0],
                S.GRANULARITY: grp[S.GRANULARITY].iloc[0],
                S.TOPIC_ID: int(topic_id),
                S.TITLE: title,
                S.N_MENTIONS: int(len(grp)),
                S.N_DOCUMENTS: int(grp[S.DOC_ID].nunique()),
                S.LANGUAGES: dict(Counter(str(x) for x in langs)),
                S.DOC_IDS: sorted(grp[S.DOC_ID].unique().tolist()),
                S.SURFACE: list(dict.fromkeys(grp[S.TEXT]))[:MAX_SURFACE],
                S.KIND: kinds[0] if kinds else "",
            }
        )
    events = pd.DataFrame(rows, columns=S.columns(S.EVENTS))
    return mentions[S.columns(S.MENTIONS)], events
