"""Date mentions in passages, and the events they form.

Dates are read from whole documents (so a year-less "le 10 mai" can take its year from an
earlier "7 mai 2021" in the same text), then each mention is placed in its passage. An event is
the group of mentions that share a date value (at its granularity) and a topic, across
documents and languages.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from . import schema as S
from .passages import Span, sentences

_KIND_RANK = {"absolute": 0, "anchored": 1, "relative": 2}
_TITLE_TARGET = 160  # preferred length of an event's representative sentence
MAX_SURFACE = 8  # distinct written forms kept per event
# Mentions of one date form one event when the sentences around them are this similar on
# average (cosine, average linkage). With the default embedder, translations of one sentence
# score 0.75-0.9 and the same date in unrelated stories 0.0-0.3. On the sample corpus
# (viz/sample/EVENTS.md), 0.25 puts all 15 mentions of the storm of 14 March 2023 in one event
# and splits "December 2024" into the rail opening (9) and the drought loan deferral (3); 0.5
# split the storm into five events.
EVENT_SIMILARITY = 0.25

# Where a mention's value came from, most trustworthy first (see schema.BASIS).
BASIS_RANK = {"text": 0, "publication": 1, "reference": 2, "context": 3, "inferred": 4, "": 5}


def extract_mentions(documents: pd.DataFrame, passages: pd.DataFrame, *,
                     reference_date=None, progress=None) -> pd.DataFrame:
    """The dates stage's ``date_mentions`` table (:data:`viz.schema.DATE_MENTIONS`: the
    stored mentions without ``topic_id`` and ``event_id``, which :func:`build_events` adds once
    passages have topics).

    Each document's own publication date is its reference date when its precision is a day;
    otherwise ``reference_date`` (``--reference-date``) is used, if given, and otherwise the
    date inferred from the document's text (``date_inferred``), if any, and otherwise the year
    of a publication date known to the year or month only (what needs a year alone). Each mention's
    ``basis`` says which: ``text`` (the expression is complete), ``publication``,
    ``reference``, ``inferred``, or ``context`` (a year-less date that took its year from
    elsewhere in the text).
    """
    from .dates import extract_dates

    # each document's passages as a slice of one ordering (no frame per document: at 400,000
    # documents those cost gigabytes and most of the stage's time)
    position = {doc_id: k for k, doc_id in enumerate(documents[S.DOC_ID])}
    codes = np.fromiter((position.get(d, -1) for d in passages[S.DOC_ID]), dtype=np.int64,
                        count=len(passages))
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(documents) + 1))
    all_starts = passages[S.START].to_numpy()
    all_ends = passages[S.END].to_numpy()
    all_pids = passages[S.PASSAGE_ID].to_numpy()
    rows = []
    for k, doc in enumerate(documents.itertuples(index=False)):
        held = order[bounds[k]:bounds[k + 1]]
        if not len(held):
            if progress:
                progress(1)
            continue
        has_day = S.as_text(doc.date_precision) == "day" and not pd.isna(doc.date)
        inferred = getattr(doc, S.DATE_INFERRED, None)
        if has_day:
            ref, ref_basis = doc.date, "publication"
        elif reference_date is not None:
            ref, ref_basis = reference_date, "reference"
        elif inferred is not None and not pd.isna(inferred):
            ref, ref_basis = inferred, "inferred"
        else:
            ref, ref_basis = None, "context"
        # a publication dated by its year (or month) only still dates "last year", "this century" and, until the
        # text writes a year, its year-less months and days
        ref_year = None
        if ref is None and not pd.isna(doc.date) and S.as_text(doc.date_precision) in ("year", "month"):
            ref_year, ref_basis = doc.date.year, "publication"
        mentions = extract_dates(doc.text, lang=S.as_text(doc.lang) or "", reference_date=ref,
                                 reference_year=ref_year)
        starts, ends, pids = all_starts[held], all_ends[held], all_pids[held]
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
                    # (a year-less date in a document dated by its year only: "context", as its year may
                    # come from the text as well as from the publication's)
                    S.BASIS: ("" if not m.value else "text" if m.kind == "absolute" else
                              "context" if ref_year is not None and m.kind == "anchored" else ref_basis),
                }
            )
        if progress:
            progress(1)
    out = pd.DataFrame(rows, columns=S.columns(S.DATE_MENTIONS)[1:])
    out.insert(0, S.MENTION_ID, range(len(out)))
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    for s in sentences(text, Span(0, len(text))):
        if s.start <= start < s.end:
            return text[s.start:max(s.end, min(end, len(text)))]
    return text


def mention_sentences(mentions: pd.DataFrame, passages: pd.DataFrame) -> list[str]:
    """The sentence around each mention: what the event's text similarity is measured on."""
    texts = dict(zip(passages[S.PASSAGE_ID], passages[S.TEXT]))
    return [_sentence_around(texts[p], s, e)
            for p, s, e in zip(mentions[S.PASSAGE_ID], mentions[S.START], mentions[S.END])]


SHORT_PASSAGE = 200  # characters: a mention in a passage this short takes the passage's vector
FILL_ROWS = 65_536  # mention vectors copied at a time


def mentions_grouped_on_vectors(mentions: pd.DataFrame, passages: pd.DataFrame,
                                align: bool) -> np.ndarray | None:
    """Which mentions' sentence vectors :func:`assign_events` reads: the dated ones whose value
    another dated mention shares (a value's only mention is an event by itself, and an undated
    mention is in none). None, meaning every mention, when the vectors are aligned across
    languages (``align`` and :func:`viz.topics.clustering.shifted_languages` of the mentions'
    languages), since each language's shift is its mean over every mention. On BBC (one
    language) 1,756 distinct sentences instead of 5,676 are embedded, with the same events."""
    from .topics.clustering import shifted_languages

    if align:
        langs = mentions[S.PASSAGE_ID].map(dict(zip(passages[S.PASSAGE_ID], passages[S.LANG])))
        if shifted_languages(langs.dropna().to_numpy()):
            return None
    dated = _dated(mentions).to_numpy()
    values = mentions[S.VALUE].to_numpy()
    shared = pd.Series(values[dated]).value_counts()
    return dated & pd.Series(values).isin(shared.index[shared.to_numpy() >= 2]).to_numpy()


def mention_sentence_vectors(mentions: pd.DataFrame, passages: pd.DataFrame,
                             passage_vectors: np.ndarray | None, encode,
                             needed: np.ndarray | None = None) -> tuple[np.ndarray, int]:
    """One vector per mention for the sentence around it (what events are grouped on).

    A mention whose sentence is its whole passage, or whose passage has at most
    ``SHORT_PASSAGE`` characters, reuses the passage's vector (``passage_vectors``, rows as
    ``passages``; None: reuse nothing, e.g. for a corpus-fitted embedder whose spaces differ
    per call). The other sentences are given to ``encode`` once each. ``needed`` (a mask over
    mentions, :func:`mentions_grouped_on_vectors`): only those rows get a vector, the others
    are zero. Returns the vectors and how many mentions reused their passage's vector.
    """
    sents = mention_sentences(mentions, passages)
    n = len(sents)
    if not n:
        return np.zeros((0, 1), np.float32), 0
    texts = passages[S.TEXT].to_numpy()
    pos = pd.Index(passages[S.PASSAGE_ID]).get_indexer(mentions[S.PASSAGE_ID])
    reuse = np.zeros(n, dtype=bool)
    if passage_vectors is not None:
        reuse = np.array([len(texts[p]) <= SHORT_PASSAGE or s.strip() == texts[p].strip()
                          for s, p in zip(sents, pos)], dtype=bool)
    wanted = np.ones(n, dtype=bool) if needed is None else np.asarray(needed, dtype=bool)
    reuse &= wanted
    rest = np.flatnonzero(~reuse & wanted)
    distinct = list(dict.fromkeys(sents[i] for i in rest))
    vecs = np.asarray(encode(distinct), dtype=np.float32) if distinct else None
    if passage_vectors is not None:
        dim = passage_vectors.shape[1]
    elif vecs is not None:
        dim = vecs.shape[1]
    else:  # nothing needed and nothing to take the width from
        return np.zeros((n, 1), np.float32), 0
    out = np.zeros((n, dim), dtype=np.float32)
    # filled a block of rows at a time: at a million passages a whole gathered copy is 0.4 GB
    reused = np.flatnonzero(reuse)
    for start in range(0, len(reused), FILL_ROWS):
        rows = reused[start:start + FILL_ROWS]
        out[rows] = passage_vectors[pos[rows]]
    if len(rest):
        row = {s: i for i, s in enumerate(distinct)}
        source = np.fromiter((row[sents[i]] for i in rest), np.int64, len(rest))
        for start in range(0, len(rest), FILL_ROWS):
            out[rest[start:start + FILL_ROWS]] = vecs[source[start:start + FILL_ROWS]]
    return out, len(reused)


# Mentions dated outside these years (a 9999 or year-1 value, say from a broken reference date)
# stay in the mentions table with their value but form no event, so no timeline axis breaks.
EVENT_YEARS = (1000, 2999)


def _fits(days: pd.Series, missing: bool) -> np.ndarray:
    """Whether each day's year is within :data:`EVENT_YEARS` (``missing`` where there is no
    day). Datetime columns (a loaded run's) are read as one array: per row it took 0.3 to
    0.4 s for the 216,470 mentions of the million-passage run, three times per update."""
    lo, hi = EVENT_YEARS
    if pd.api.types.is_datetime64_any_dtype(days):
        years = days.dt.year.to_numpy(dtype=float, na_value=np.nan)
        return np.where(np.isnan(years), missing, (years >= lo) & (years <= hi))
    return np.array([missing if pd.isna(d) else lo <= pd.Timestamp(d).year <= hi
                     for d in days.tolist()], dtype=bool)


def _dated(mentions: pd.DataFrame) -> pd.Series:
    dated = (mentions[S.VALUE] != "") & mentions[S.DATE_START].notna()
    return dated & _fits(mentions[S.DATE_START], False) & _fits(mentions[S.DATE_END], True)


def assign_events(mentions: pd.DataFrame, passages: pd.DataFrame,
                  sentence_vectors: np.ndarray | None = None,
                  min_similarity: float = EVENT_SIMILARITY) -> pd.DataFrame:
    """Set each dated mention's ``event_id`` (and every mention's ``topic_id``).

    Mentions of one event share a date value and are about the same thing. With
    ``sentence_vectors`` (one unit vector per mention, for the sentence around it), mentions
    of one value are clustered by average-linkage on cosine similarity, so the same day in two
    unrelated stories stays two events while one story told in three languages, or recalled in
    a later article on another subject, stays one. Without vectors, the passage topic stands
    in for the text: same value and same topic.
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    mentions = mentions.copy()
    mentions[S.TOPIC_ID] = mentions[S.PASSAGE_ID].map(
        dict(zip(passages[S.PASSAGE_ID], passages[S.TOPIC_ID]))).astype("int32")
    dated = mentions[_dated(mentions)]
    keys = pd.Series(index=dated.index, dtype=object)
    for value, grp in dated.groupby(S.VALUE, sort=False):
        if sentence_vectors is None or len(grp) == 1:
            for i, topic in zip(grp.index, grp[S.TOPIC_ID]):
                keys[i] = (value, int(topic))
            continue
        vecs = sentence_vectors[mentions.index.get_indexer(grp.index)]
        dist = np.clip(1.0 - vecs @ vecs.T, 0.0, 2.0)
        condensed = dist[np.triu_indices(len(grp), 1)]
        labels = fcluster(linkage(condensed, method="average"), t=1.0 - min_similarity,
                          criterion="distance")
        for i, label in zip(grp.index, labels):
            keys[i] = (value, int(label))
    # number the events by date, then value, then first mention
    first = {}
    for i in dated.index:
        k = keys[i]
        if k not in first:
            first[k] = (mentions.at[i, S.DATE_START], k[0], int(mentions.at[i, S.MENTION_ID]))
    order = {k: n for n, k in enumerate(sorted(first, key=first.get))}
    mentions[S.EVENT_ID] = pd.array([order[keys[i]] if i in keys.index else None
                                     for i in mentions.index], dtype="Int64")
    return mentions


def summarize_events(mentions: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """The events table from mentions that carry ``event_id`` and ``topic_id``.

    An event's topic is the topic most of its mentions are in (assigned passages first).
    Mentions are sorted by event once and each event read from plain lists (a pandas group
    per event cost 3 s for 1,852 events and 39 s at a million passages).
    """
    m = mentions[mentions[S.EVENT_ID].notna()]
    if m.empty:
        return pd.DataFrame([], columns=S.columns(S.EVENTS))
    m = m.iloc[np.argsort(m[S.EVENT_ID].to_numpy(dtype=np.int64), kind="stable")]
    col = {c: m[c].tolist() for c in (S.EVENT_ID, S.PASSAGE_ID, S.TOPIC_ID, S.KIND, S.BASIS,
                                       S.VALUE, S.DATE_START, S.DATE_END, S.GRANULARITY,
                                       S.DOC_ID, S.TEXT, S.START, S.END, S.MENTION_ID)}
    # only the passages these mentions are in (an update regroups a few events of a run of a
    # million passages)
    used = passages[passages[S.PASSAGE_ID].isin(np.unique(m[S.PASSAGE_ID].to_numpy()))]
    text_of = dict(zip(used[S.PASSAGE_ID].tolist(), used[S.TEXT].tolist()))
    lang_of = dict(zip(used[S.PASSAGE_ID].tolist(), used[S.LANG].tolist()))
    ids = m[S.EVENT_ID].to_numpy(dtype=np.int64)
    bounds = [0, *(np.flatnonzero(np.diff(ids)) + 1).tolist(), len(ids)]
    rows = []
    for a, b in zip(bounds[:-1], bounds[1:]):
        span = range(a, b)
        topics = Counter(int(col[S.TOPIC_ID][i]) for i in span)
        topic_id = min(topics, key=lambda t: (t == S.OUTLIER_TOPIC, -topics[t], t))
        # Representative sentence: from the most explicit mention, of a readable length.
        sentence = {i: _sentence_around(text_of[col[S.PASSAGE_ID][i]], col[S.START][i],
                                        col[S.END][i]) for i in span}
        best = min(span, key=lambda i: (_KIND_RANK.get(col[S.KIND][i], 3),
                                        abs(len(sentence[i]) - _TITLE_TARGET),
                                        col[S.MENTION_ID][i]))
        docs = {col[S.DOC_ID][i] for i in span}
        rows.append(
            {
                S.EVENT_ID: int(ids[a]),
                S.VALUE: col[S.VALUE][a],
                S.DATE_START: col[S.DATE_START][a],
                S.DATE_END: col[S.DATE_END][a],
                S.GRANULARITY: col[S.GRANULARITY][a],
                S.TOPIC_ID: int(topic_id),
                S.TITLE: sentence[best],
                S.N_MENTIONS: b - a,
                S.N_DOCUMENTS: len(docs),
                S.LANGUAGES: dict(Counter(str(lang_of[col[S.PASSAGE_ID][i]]) for i in span)),
                S.DOC_IDS: sorted(docs),
                S.SURFACE: list(dict.fromkeys(col[S.TEXT][i] for i in span))[:MAX_SURFACE],
                S.KIND: min((col[S.KIND][i] for i in span),
                            key=lambda k: (_KIND_RANK.get(k, 3), k)),
                S.BASIS: min((col[S.BASIS][i] for i in span),
                             key=lambda v: (BASIS_RANK.get(v, 9), v)),
            }
        )
    return pd.DataFrame(rows, columns=S.columns(S.EVENTS))


def build_events(mentions: pd.DataFrame, passages: pd.DataFrame,
                 sentence_vectors: np.ndarray | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group dated mentions into events; returns ``(mentions with topic/event ids, events)``.

    Only mentions with a resolved value and interval form events; unresolved ones stay in the
    mentions table with an empty ``event_id``.
    """
    S.check(S.DATE_MENTIONS, mentions, where="build_events")
    mentions = assign_events(mentions, passages, sentence_vectors)
    return mentions[S.columns(S.MENTIONS)], summarize_events(mentions, passages)


def _first_keys(mentions: pd.DataFrame) -> dict[int, tuple]:
    """Each event's numbering key: (date of its first mention, value, first mention id)."""
    dated = mentions[mentions[S.EVENT_ID].notna()].sort_values(S.MENTION_ID, kind="stable")
    firsts = dated.groupby(S.EVENT_ID, sort=False).head(1)
    return {int(e): (d, v, int(m)) for e, d, v, m in zip(
        firsts[S.EVENT_ID], firsts[S.DATE_START], firsts[S.VALUE], firsts[S.MENTION_ID])}


def regroup_events(mentions: pd.DataFrame, old_events: pd.DataFrame, new_ids, passages,
                   sentence_vectors: np.ndarray | None = None
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`build_events` after mentions were added, redoing only what they touch.

    ``mentions``: every mention, old ones with their stored ``event_id``; ``new_ids``: the
    ``mention_id`` of the added ones; ``old_events``: the stored events table. Events form
    within one date value (:func:`assign_events`), so only the values the new mentions carry
    are grouped again; every other event keeps its rows, and all are renumbered by date,
    value and first mention as a full build numbers them. The result equals
    :func:`build_events` over all mentions (given the same vectors and passage topics).
    """
    S.check(S.DATE_MENTIONS, mentions, where="regroup_events")
    if S.EVENT_ID not in mentions.columns:
        raise S.SchemaError("regroup_events needs the stored mentions' event_id column")
    mentions = mentions.copy()
    mentions[S.TOPIC_ID] = mentions[S.PASSAGE_ID].map(
        dict(zip(passages[S.PASSAGE_ID], passages[S.TOPIC_ID]))).astype("int32")
    dated = _dated(mentions)
    is_new = mentions[S.MENTION_ID].isin(set(int(x) for x in new_ids)).to_numpy()
    values = set(mentions.loc[dated.to_numpy() & is_new, S.VALUE])
    touched = (dated & mentions[S.VALUE].isin(values)).to_numpy()
    redo = mentions[touched]
    vecs = sentence_vectors[np.flatnonzero(touched)] if sentence_vectors is not None else None
    redone = assign_events(redo.reset_index(drop=True), passages, vecs)
    redone_events = summarize_events(redone, passages)
    kept_mentions = mentions[~touched & mentions[S.EVENT_ID].notna().to_numpy()]
    kept_events = old_events[~old_events[S.VALUE].isin(values)]
    # one numbering over both parts: (date of first mention, value, first mention id)
    keyed = [(key, "redo", e) for e, key in _first_keys(redone).items()] + \
            [(key, "kept", e) for e, key in _first_keys(kept_mentions).items()]
    keyed.sort(key=lambda x: x[0])
    number = {(part, e): n for n, (_, part, e) in enumerate(keyed)}
    event_of = {int(m): number[("redo", int(e))] for m, e in zip(
        redone[S.MENTION_ID], redone[S.EVENT_ID]) if not pd.isna(e)}
    event_of.update({int(m): number[("kept", int(e))] for m, e in zip(
        kept_mentions[S.MENTION_ID], kept_mentions[S.EVENT_ID])})
    mentions[S.EVENT_ID] = pd.array([event_of.get(int(m)) for m in mentions[S.MENTION_ID]],
                                    dtype="Int64")
    redone_events = redone_events.assign(**{S.EVENT_ID: [
        number[("redo", int(e))] for e in redone_events[S.EVENT_ID]]})
    kept_events = kept_events.assign(**{S.EVENT_ID: [
        number[("kept", int(e))] for e in kept_events[S.EVENT_ID]]})
    events = pd.concat([kept_events[S.columns(S.EVENTS)], redone_events[S.columns(S.EVENTS)]],
                       ignore_index=True).sort_values(S.EVENT_ID, ignore_index=True)
    return mentions[S.columns(S.MENTIONS)], events
