"""Queries over a stored run: the filters every view shares, and the tables charts draw.

The dashboard's callbacks, the HTML export and a notebook call these same functions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from . import schema as S
from .store import Run

BY_PUBLICATION = "publication"
BY_EVENT = "event"
FREQS = {"week": "W-MON", "month": "MS", "year": "YS"}
# Mentions finer than or equal to a bin can be counted in it; "2021" is not in any month.
_FITS_BIN = {
    "week": {"day"},
    "month": {"day", "week", "month"},
    "year": {"day", "week", "month", "season", "quarter", "half", "year"},
}


@dataclass(frozen=True)
class Filters:
    """What the user selected. Empty means no restriction."""

    topics: tuple[int, ...] = ()
    languages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: pd.Timestamp | None = None  # publication date, inclusive
    date_to: pd.Timestamp | None = None

    @property
    def active(self) -> bool:
        return bool(self.topics or self.languages or self.sources or self.date_from is not None
                    or self.date_to is not None)


def filter_run(run: Run, filters: Filters) -> Run:
    """The run restricted to ``filters``; topic sizes and events are recounted."""
    if not filters.active:
        return run
    docs = run.documents
    if filters.sources:
        docs = docs[docs[S.SOURCE].isin(filters.sources)]
    if filters.date_from is not None:
        docs = docs[docs[S.DATE] >= pd.Timestamp(filters.date_from)]
    if filters.date_to is not None:
        docs = docs[docs[S.DATE] <= pd.Timestamp(filters.date_to)]
    psg = run.passages[run.passages[S.DOC_ID].isin(docs[S.DOC_ID])]
    if filters.topics:
        psg = psg[psg[S.TOPIC_ID].isin(filters.topics)]
    if filters.languages:
        psg = psg[psg[S.LANG].isin(filters.languages)]
    return restrict_to(run, psg)


def restrict_to(run: Run, passages: pd.DataFrame) -> Run:
    """The run holding only ``passages`` (rows of ``run.passages``), their documents and
    mentions; topic sizes and events are recounted."""
    mentions = run.mentions[run.mentions[S.PASSAGE_ID].isin(passages[S.PASSAGE_ID])]
    return replace(
        run,
        documents=run.documents[run.documents[S.DOC_ID].isin(passages[S.DOC_ID])],
        passages=passages,
        topics=recount_topics(run.topics, passages),
        mentions=mentions,
        events=recount_events(run.events, mentions, passages),
    )


def recount_topics(topics: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """Topic sizes and language counts over ``passages`` only; empty topics dropped."""
    sizes = passages.groupby(S.TOPIC_ID).size()
    langs = passages.groupby([S.TOPIC_ID, S.LANG]).size()
    out = topics[topics[S.TOPIC_ID].isin(sizes.index)].copy()
    out[S.SIZE] = out[S.TOPIC_ID].map(sizes).astype("int64")
    out[S.LANGUAGES] = [
        {str(lang): int(n) for lang, n in langs.loc[t].items()} for t in out[S.TOPIC_ID]
    ]
    return out


def recount_events(events: pd.DataFrame, mentions: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """Events restricted to ``mentions``, with their counts recomputed."""
    m = mentions[mentions[S.EVENT_ID].notna()]
    if m.empty:
        return events.iloc[0:0]
    lang_of = dict(zip(passages[S.PASSAGE_ID], passages[S.LANG]))
    stats = {}
    for event_id, grp in m.groupby(S.EVENT_ID):
        stats[int(event_id)] = (
            len(grp),
            grp[S.DOC_ID].nunique(),
            dict(Counter(str(lang_of.get(p)) for p in grp[S.PASSAGE_ID])),
            sorted(grp[S.DOC_ID].unique().tolist()),
        )
    out = events[events[S.EVENT_ID].isin(stats)].copy()
    out[S.N_MENTIONS] = [stats[e][0] for e in out[S.EVENT_ID]]
    out[S.N_DOCUMENTS] = [stats[e][1] for e in out[S.EVENT_ID]]
    out[S.LANGUAGES] = [stats[e][2] for e in out[S.EVENT_ID]]
    out[S.DOC_IDS] = [stats[e][3] for e in out[S.EVENT_ID]]
    return out


def auto_freq(dates: pd.Series) -> str:
    """A calendar bin that fits the span of ``dates``: week, month or year."""
    dates = pd.to_datetime(dates).dropna()
    if dates.empty:
        return "month"
    span = (dates.max() - dates.min()).days
    if span <= 120:
        return "week"
    if span <= 6 * 366:
        return "month"
    return "year"


def topics_over_time_table(run: Run, *, by: str = BY_PUBLICATION, freq: str = "auto") -> pd.DataFrame:
    """Passage counts per topic and calendar bin, with each topic's share of the bin.

    ``by="publication"`` bins passages by their document's publication date;
    ``by="event"`` bins them by the dates they mention (a passage counts once per bin; a
    mention coarser than the bin, such as a bare year in a monthly chart, is not counted).
    Columns: ``bin`` (start of the bin), ``topic_id``, ``label``, ``count``, ``share``.
    """
    if by == BY_PUBLICATION:
        dates = run.passages[[S.PASSAGE_ID, S.DOC_ID, S.TOPIC_ID]].merge(
            run.documents[[S.DOC_ID, S.DATE]], on=S.DOC_ID
        ).rename(columns={S.DATE: "when"})
        dates = dates[dates["when"].notna()]
        freq = auto_freq(dates["when"]) if freq == "auto" else freq
    elif by == BY_EVENT:
        m = run.mentions[(run.mentions[S.VALUE] != "") & run.mentions[S.DATE_START].notna()]
        freq = auto_freq(m[S.DATE_START]) if freq == "auto" else freq
        m = m[m[S.GRANULARITY].isin(_FITS_BIN[freq])]
        dates = m[[S.PASSAGE_ID, S.TOPIC_ID, S.DATE_START]].rename(columns={S.DATE_START: "when"})
    else:
        raise ValueError(f"by must be {BY_PUBLICATION!r} or {BY_EVENT!r}, not {by!r}")
    if freq not in FREQS:
        raise ValueError(f"freq must be 'auto' or one of {', '.join(FREQS)}, not {freq!r}")
    cols = ["bin", S.TOPIC_ID, S.LABEL, "count", "share"]
    if dates.empty:
        return pd.DataFrame(columns=cols)
    dates = dates.assign(bin=pd.to_datetime(dates["when"]).dt.to_period(
        {"week": "W-SUN", "month": "M", "year": "Y"}[freq]).dt.start_time)
    dates = dates.drop_duplicates(["bin", S.PASSAGE_ID])
    counts = dates.groupby(["bin", S.TOPIC_ID]).size().rename("count")
    # Every bin between the first and the last, for every topic: a quiet month is a zero,
    # not a line drawn straight across it.
    period = {"week": "W-SUN", "month": "M", "year": "Y"}[freq]
    bins = pd.period_range(dates["bin"].min(), dates["bin"].max(), freq=period).start_time
    full = pd.MultiIndex.from_product([bins, sorted(counts.index.get_level_values(1).unique())],
                                      names=["bin", S.TOPIC_ID])
    counts = counts.reindex(full, fill_value=0).reset_index()
    totals = counts.groupby("bin")["count"].transform("sum")
    counts["share"] = (counts["count"] / totals.where(totals > 0)).fillna(0.0)
    counts[S.LABEL] = counts[S.TOPIC_ID].map(dict(zip(run.topics[S.TOPIC_ID], run.topics[S.LABEL])))
    counts.attrs["freq"] = freq
    return counts[cols].sort_values(["bin", S.TOPIC_ID]).reset_index(drop=True)


def document_topics(run: Run) -> pd.DataFrame:
    """Each document's topic mix: the share of its text (passage characters) in each topic.

    Columns ``doc_id``, ``topic_id``, ``label``, ``weight``; weights of a document sum to 1.
    """
    p = run.passages
    length = (p[S.END] - p[S.START]).clip(lower=1)
    mix = (p.assign(length=length).groupby([S.DOC_ID, S.TOPIC_ID])["length"].sum()
           .rename("weight").reset_index())
    mix["weight"] = mix["weight"] / mix.groupby(S.DOC_ID)["weight"].transform("sum")
    mix[S.LABEL] = mix[S.TOPIC_ID].map(dict(zip(run.topics[S.TOPIC_ID], run.topics[S.LABEL])))
    return (mix[[S.DOC_ID, S.TOPIC_ID, S.LABEL, "weight"]]
            .sort_values([S.DOC_ID, "weight", S.TOPIC_ID], ascending=[True, False, True])
            .reset_index(drop=True))


def mentioning(run: Run, date_from=None, date_to=None) -> set[int]:
    """Ids of the passages that mention a date of an event overlapping ``date_from`` to
    ``date_to`` (inclusive days; either may be None): the dashboard's brush by date mentioned."""
    m = run.mentions[run.mentions[S.EVENT_ID].notna() & run.mentions[S.DATE_START].notna()]
    start = pd.to_datetime(m[S.DATE_START])
    end = pd.to_datetime(m[S.DATE_END].fillna(m[S.DATE_START]))
    keep = np.ones(len(m), bool)
    if date_from is not None:
        keep &= (end >= pd.Timestamp(date_from)).to_numpy()
    if date_to is not None:
        keep &= (start <= pd.Timestamp(date_to)).to_numpy()
    return set(m[S.PASSAGE_ID][keep].astype("int64").tolist())


def _reader_index(run: Run) -> dict:
    """Row lookups for the reader, built once per loaded run (a scan of a million passages per
    click cost 50 to 2,000 ms): passage and document positions by id, mentions by passage."""
    index = run.__dict__.get("_reader_index")
    tables = (run.passages, run.documents, run.mentions)
    if index is None or any(a is not b for a, b in zip(index["tables"], tables)):
        mention_pid = run.mentions[S.PASSAGE_ID].to_numpy(dtype=np.int64)
        order = np.argsort(mention_pid, kind="stable")
        index = {"passage": pd.Index(run.passages[S.PASSAGE_ID].to_numpy(dtype=np.int64)),
                 "document": pd.Index(run.documents[S.DOC_ID].astype(str).to_numpy(dtype=object)),
                 "mention_order": order, "mention_pid": mention_pid[order], "tables": tables}
        run.__dict__["_reader_index"] = index
    return index


def _first_position(index: pd.Index, key) -> int | None:
    try:
        where = index.get_loc(key)
    except KeyError:
        return None
    if isinstance(where, slice):
        return where.start
    if isinstance(where, np.ndarray):
        return int(np.flatnonzero(where)[0])
    return int(where)


def _passage_row(index: dict, passage_id) -> int | None:
    """The row of ``passage_id`` in the run's passages, or None (unknown or not a number)."""
    try:
        return _first_position(index["passage"], int(passage_id))
    except (TypeError, ValueError):
        return None


def passage_reader(run: Run, passage_id: int) -> dict | None:
    """Everything the reader shows for a passage: text, date spans, document fields."""
    index = _reader_index(run)
    row = _passage_row(index, passage_id)
    if row is None:
        return None
    p = run.passages.iloc[row]
    doc = run.documents.iloc[_first_position(index["document"], str(p[S.DOC_ID]))]
    lo, hi = np.searchsorted(index["mention_pid"], [int(passage_id), int(passage_id) + 1])
    ms = run.mentions.iloc[index["mention_order"][lo:hi]].sort_values(S.START, kind="stable")
    labels = dict(zip(run.topics[S.TOPIC_ID], run.topics[S.LABEL]))
    return {
        "passage_id": int(passage_id),
        "text": p[S.TEXT],
        "lang": p[S.LANG],
        "topic_id": int(p[S.TOPIC_ID]),
        "topic_label": labels.get(int(p[S.TOPIC_ID]), ""),
        "spans": [(int(s), int(e), v) for s, e, v in zip(ms[S.START], ms[S.END], ms[S.VALUE])],
        "doc_id": doc[S.DOC_ID],
        "title": S.as_text(doc[S.TITLE]) or doc[S.DOC_ID],
        "date": None if pd.isna(doc[S.DATE]) else pd.Timestamp(doc[S.DATE]).date().isoformat(),
        "date_inferred": (None if pd.isna(doc.get(S.DATE_INFERRED)) else
                          pd.Timestamp(doc[S.DATE_INFERRED]).date().isoformat()),
        "date_inferred_reason": S.as_text(doc.get(S.DATE_INFERRED_REASON)),
        "source": S.as_text(doc[S.SOURCE]),
        "url": S.as_text(doc[S.URL]),
    }


SNIPPET_CHARS = 160


def passage_snippet(run: Run, passage_id, chars: int = SNIPPET_CHARS) -> str | None:
    """A passage's first ``chars`` characters, cut at a word and marked with an ellipsis when
    cut (the map's hover card); None for an unknown passage."""
    row = _passage_row(_reader_index(run), passage_id)
    if row is None:
        return None
    text = " ".join(str(run.passages[S.TEXT].iat[row]).split())
    if len(text) <= chars:
        return text
    cut = text[:chars].rsplit(" ", 1)[0] or text[:chars]
    return cut + "\u2026"


def topic_summary(run: Run, topic_id: int) -> dict | None:
    """What a reader needs to understand one topic: its label, size per language, terms in
    each language, terms that translate each other, representative passage ids, and how many
    of its passages joined it as outliers (see ``topic_id_original``)."""
    rows = run.topics[run.topics[S.TOPIC_ID] == topic_id]
    if rows.empty:
        return None
    t = rows.iloc[0]
    terms = run.topic_terms[run.topic_terms[S.TOPIC_ID] == topic_id].sort_values(
        [S.LANG, S.RANK])
    by_lang = {str(lang): list(g[S.TERM]) for lang, g in terms.groupby(S.LANG, sort=True)}
    grouped = terms[terms[S.GROUP] >= 0].sort_values([S.GROUP, S.LANG])
    translations = [list(zip(g[S.LANG], g[S.TERM])) for _, g in grouped.groupby(S.GROUP, sort=True)]
    p = run.passages[run.passages[S.TOPIC_ID] == topic_id]
    joined = int((p[S.TOPIC_ID_ORIGINAL] == S.OUTLIER_TOPIC).sum()) if len(p) else 0
    return {
        "topic_id": int(topic_id),
        "label": str(t[S.LABEL]),
        "label_source": S.as_text(t[S.LABEL_SOURCE]) or "auto",
        "label_lang": S.as_text(t[S.LABEL_LANG]),
        "size": int(t[S.SIZE]),
        "languages": {str(k): int(v) for k, v in sorted(t[S.LANGUAGES].items())},
        "terms": list(t[S.TERMS]),
        "terms_by_lang": by_lang,
        "translations": translations,
        "representative": [int(x) for x in t[S.REPRESENTATIVE]],
        "joined_outliers": joined,
    }


def event_passages(run: Run, event_id: int) -> list[int]:
    """Passage ids of an event's mentions, in document order."""
    m = run.mentions[run.mentions[S.EVENT_ID] == event_id]
    return list(dict.fromkeys(int(p) for p in m.sort_values([S.DOC_ID, S.PASSAGE_ID])[S.PASSAGE_ID]))
