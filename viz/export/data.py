"""The tables ``viz export`` writes, and the run restricted to the export's filters.

Pure functions of a :class:`viz.store.Run`: events, passages and topics as tidy frames (written
as formula-safe CSV and JSON), and the events in TimelineJS3's JSON format.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd

from .. import schema as S
from ..csvsafe import write_csv
from ..query import Filters, filter_run, restrict_to
from ..store import Run
from ..textsearch import fold_all, word_mask

LIST_SEP = "; "


def select(run: Run, filters: Filters | None = None, search: str = "") -> Run:
    """The run restricted like the dashboard: ``filters``, then passages holding every word of
    ``search`` (case and accents folded). Topic sizes and events are recounted."""
    if filters is not None and filters.active:
        run = filter_run(run, filters)
    if search and search.strip():
        run = restrict_to(run, run.passages[word_mask(fold_all(run.passages[S.TEXT]), search)])
    return run


def _day(value) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _langs(counts: dict) -> str:
    return LIST_SEP.join(f"{k} {int(v)}" for k, v in sorted(counts.items()))


def _labels(run: Run) -> dict[int, str]:
    return {int(t): str(lbl) for t, lbl in zip(run.topics[S.TOPIC_ID], run.topics[S.LABEL])}


def events_records(run: Run) -> list[dict]:
    """One record per event: the date as written and normalised, its granularity and interval,
    its title, topic, documents and languages (lists stay lists)."""
    labels = _labels(run)
    titles = dict(zip(run.documents[S.DOC_ID], run.documents[S.TITLE]))
    ev = run.events.sort_values([S.DATE_START, S.EVENT_ID], na_position="last")
    out = []
    for e in ev.itertuples(index=False):
        docs = [str(d) for d in e.doc_ids]
        out.append({
            "event_id": int(e.event_id),
            "date_as_written": [str(s) for s in e.surface],
            "date": str(e.value),
            "granularity": str(e.granularity),
            "date_start": _day(e.date_start),
            "date_end": _day(e.date_end),
            "title": str(e.title),
            "topic_id": int(e.topic_id),
            "topic_label": labels.get(int(e.topic_id), str(e.topic_id)),
            "n_mentions": int(e.n_mentions),
            "n_documents": int(e.n_documents),
            "documents": docs,
            "document_titles": [S.as_text(titles.get(d)) or d for d in docs],
            "languages": {str(k): int(v) for k, v in sorted(e.languages.items())},
        })
    return out


def events_table(run: Run) -> pd.DataFrame:
    """:func:`events_records` as a flat table (lists joined with ``; ``)."""
    cols = ["event_id", "date_as_written", "date", "granularity", "date_start", "date_end",
            "title", "topic_id", "topic_label", "n_mentions", "n_documents", "documents",
            "document_titles", "languages"]
    rows = []
    for r in events_records(run):
        r = dict(r)
        for k in ("date_as_written", "documents", "document_titles"):
            r[k] = LIST_SEP.join(r[k])
        r["languages"] = _langs(r["languages"])
        rows.append(r)
    return pd.DataFrame(rows, columns=cols)


def passages_table(run: Run) -> pd.DataFrame:
    """The passages of the (filtered) run with their document's fields and topic label."""
    docs = run.documents[[S.DOC_ID, S.TITLE, S.SOURCE, S.URL, S.DATE]].rename(
        columns={S.DATE: "published"})
    p = run.passages[[S.PASSAGE_ID, S.DOC_ID, S.ORDINAL, S.LANG, S.TOPIC_ID, S.TEXT]].merge(
        docs, on=S.DOC_ID, how="left")
    p["published"] = [_day(d) for d in p["published"]]
    p.insert(p.columns.get_loc(S.TOPIC_ID) + 1, "topic_label",
             p[S.TOPIC_ID].map(_labels(run)).fillna(""))
    cols = [S.PASSAGE_ID, S.DOC_ID, S.ORDINAL, S.TITLE, S.SOURCE, S.URL, "published", S.LANG,
            S.TOPIC_ID, "topic_label", S.TEXT]
    return p[cols].sort_values([S.DOC_ID, S.ORDINAL]).reset_index(drop=True)


def _trends(run: Run) -> dict[int, str]:
    tt = run.topic_terms_time
    if not len(tt):
        return {}
    return {int(k): str(v) for k, v in zip(tt["topic_id"], tt["trend"])}


def topics_table(run: Run) -> pd.DataFrame:
    """Topics of the (filtered) run: size, languages, terms and trend (``emerging``,
    ``fading`` or empty; :func:`viz.topics.over_time.topic_trends` over the whole run), largest
    first."""
    t = run.topics.sort_values([S.SIZE, S.TOPIC_ID], ascending=[False, True])
    trends = _trends(run)
    return pd.DataFrame({
        S.TOPIC_ID: t[S.TOPIC_ID].astype(int).to_numpy(),
        S.LABEL: t[S.LABEL].astype(str).to_numpy(),
        S.SIZE: t[S.SIZE].astype(int).to_numpy(),
        S.LANGUAGES: [_langs(d) for d in t[S.LANGUAGES]],
        S.TERMS: [", ".join(map(str, x)) for x in t[S.TERMS]],
        "trend": [trends.get(int(k), "") for k in t[S.TOPIC_ID]],
    })


def topics_over_time_table(run: Run) -> pd.DataFrame:
    """Each topic's terms per period (the run's ``topic_terms_time``, over the whole run) for
    the topics of the (filtered) run: topic, label, period, its first day, passages, share of
    the period, terms, trend; by topic, then period."""
    cols = [S.TOPIC_ID, "topic_label", "period", "period_start", "count", "share", "terms",
            "trend"]
    tt = run.topic_terms_time
    if not len(tt):
        return pd.DataFrame(columns=cols)
    tt = tt[tt["topic_id"].isin(run.topics[S.TOPIC_ID])].sort_values(["topic_id",
                                                                      "period_start"])
    return pd.DataFrame({
        S.TOPIC_ID: tt["topic_id"].astype(int).to_numpy(),
        "topic_label": tt["topic_id"].map(_labels(run)).fillna("").to_numpy(),
        "period": tt["period"].astype(str).to_numpy(),
        "period_start": [_day(d) for d in tt["period_start"]],
        "count": tt["count"].astype(int).to_numpy(),
        "share": tt["share"].round(4).to_numpy(),
        "terms": [", ".join(map(str, x)) for x in tt["terms"]],
        "trend": tt["trend"].astype(str).to_numpy(),
    }, columns=cols)


def _tl_date(ts, granularity: str) -> dict:
    ts = pd.Timestamp(ts)
    if granularity == "year":
        return {"year": int(ts.year)}
    if granularity == "month":
        return {"year": int(ts.year), "month": int(ts.month)}
    return {"year": int(ts.year), "month": int(ts.month), "day": int(ts.day)}


def timeline_json(run: Run, *, headline: str = "Events") -> dict:
    """The events in TimelineJS3's JSON format: one slide per dated event, its topic as
    ``group``. TimelineJS renders ``text`` as HTML, so every corpus string is escaped."""
    e = html.escape
    slides = []
    for r in events_records(run):
        if r["date_start"] is None:
            continue
        gran = r["granularity"]
        slide = {
            "unique_id": f"event-{r['event_id']}",
            "start_date": _tl_date(r["date_start"], gran),
            "display_date": r["date"],
            "text": {
                "headline": e(r["title"][:160]),
                "text": e(f"{r['date']} ({gran}), written as: "
                          f"{', '.join(r['date_as_written'][:6])}. {r['n_mentions']} mentions "
                          f"in {r['n_documents']} documents ({_langs(r['languages'])}): "
                          f"{'; '.join(r['document_titles'][:8])}"),
            },
            "group": e(r["topic_label"]),
        }
        if r["date_end"] and r["date_end"] != r["date_start"] and gran not in ("year", "month"):
            slide["end_date"] = _tl_date(r["date_end"], "day")
        slides.append(slide)
    return {"title": {"text": {"headline": e(headline),
                               "text": e(f"{len(slides)} dated events, grouped by topic")}},
            "events": slides}


def write_data_files(run: Run, out: Path) -> list[Path]:
    """events.csv, events.json, passages.csv, topics.csv, topics_over_time.csv and
    timeline.json in ``out``."""
    written = []

    def path(name: str) -> Path:
        p = out / name
        written.append(p)
        return p

    write_csv(events_table(run), path("events.csv"))
    path("events.json").write_text(json.dumps(events_records(run), ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    write_csv(passages_table(run), path("passages.csv"))
    write_csv(topics_table(run), path("topics.csv"))
    write_csv(topics_over_time_table(run), path("topics_over_time.csv"))
    path("timeline.json").write_text(json.dumps(timeline_json(run), ensure_ascii=False, indent=1),
                                     encoding="utf-8")
    return written
