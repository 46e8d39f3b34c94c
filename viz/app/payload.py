"""What the dashboard's browser holds: a run as integer-coded arrays, sent once per version.

Every passage is one row of parallel arrays (map position, topic, language, source,
publication day, time bin); mentions and events likewise. The browser filters and counts over
these arrays itself (``assets/dashboard.js``), so a filter change sends nothing over the network.
Arrays travel as base64 of little-endian bytes (``{"dtype", "b64"}``) inside one gzipped JSON.

Corpus text (labels, values) is sent as plain strings; the browser escapes it before handing it
to plotly and inserts it into the page as text only.
"""

from __future__ import annotations

import base64
import gzip
import json

import numpy as np
import pandas as pd

from .. import schema as S
from ..charts.event_timeline import central_range
from ..charts.palette import topic_color
from ..query import _FITS_BIN, auto_freq
from ..store import Run

NODAY = np.iinfo(np.int32).min  # a missing day
_PERIOD = {"week": "W-SUN", "month": "M", "year": "Y"}
_EPOCH = np.datetime64("1970-01-01", "D")
TIMELINE_LANES = 16  # the largest topics get a lane each; the rest share "other topics"


def array(values, dtype: str) -> dict:
    """A numpy array as ``{"dtype", "n", "b64"}`` (little-endian bytes, base64)."""
    a = np.ascontiguousarray(np.asarray(values), dtype=np.dtype(dtype).newbyteorder("<"))
    return {"dtype": dtype, "n": int(a.size), "b64": base64.b64encode(a.tobytes()).decode("ascii")}


def decode(obj: dict) -> np.ndarray:
    """The inverse of :func:`array` (for tests and notebooks)."""
    return np.frombuffer(base64.b64decode(obj["b64"]), dtype=np.dtype(obj["dtype"]).newbyteorder("<"))


def days(dates) -> np.ndarray:
    """Dates (datetime-like, NaT allowed) as int32 days since 1970-01-01; NaT -> NODAY."""
    d = pd.to_datetime(pd.Series(dates)).to_numpy(dtype="datetime64[D]")
    out = np.full(len(d), NODAY, dtype=np.int64)
    ok = ~np.isnat(d)
    out[ok] = (d[ok] - _EPOCH).astype(np.int64)
    return out.astype(np.int32)


def bins(when, freq: str) -> tuple[np.ndarray, list[str]]:
    """Each date's calendar bin (index into the returned bin starts; -1 for NaT)."""
    when = pd.to_datetime(pd.Series(when)).reset_index(drop=True)
    codes = np.full(len(when), -1, dtype=np.int32)
    valid = when.notna().to_numpy()
    if not valid.any():
        return codes, []
    per = pd.PeriodIndex(when[valid], freq=_PERIOD[freq])
    full = pd.period_range(per.min(), per.max(), freq=_PERIOD[freq])
    codes[valid] = (per.asi8 - full.asi8[0]).astype(np.int32)
    return codes, [t.strftime("%Y-%m-%d") for t in full.start_time]


def _topic_order(run: Run) -> list[int]:
    ids = [int(t) for t in run.topics[S.TOPIC_ID]]
    ids += sorted(set(int(t) for t in run.passages[S.TOPIC_ID].unique()) - set(ids))
    return [t for t in ids if t != S.OUTLIER_TOPIC] + ([S.OUTLIER_TOPIC] if S.OUTLIER_TOPIC in ids else [])


def build_payload(run: Run, version: str = "") -> dict:
    """The whole run as the browser needs it (a pure function of the run's tables)."""
    p, docs = run.passages, run.documents
    order = _topic_order(run)
    tindex = pd.Index(order)
    labels = dict(zip(run.topics[S.TOPIC_ID].astype(int), run.topics[S.LABEL]))
    p_topic = tindex.get_indexer(p[S.TOPIC_ID].astype(int)).astype(np.int16)

    langs = sorted(str(x) for x in p[S.LANG].dropna().unique())
    p_lang = pd.Index(langs).get_indexer(p[S.LANG].astype(object).where(p[S.LANG].notna(), None))
    sources = sorted(str(x) for x in docs[S.SOURCE].dropna().unique())
    doc_row = pd.Index(docs[S.DOC_ID]).get_indexer(p[S.DOC_ID])
    d_source = pd.Index(sources).get_indexer(docs[S.SOURCE].where(docs[S.SOURCE].notna(), None))
    d_day = days(docs[S.DATE])
    p_source = np.where(doc_row >= 0, d_source[doc_row], -1).astype(np.int16)
    p_day = np.where(doc_row >= 0, d_day[doc_row], NODAY).astype(np.int32)

    # topics over time, by publication date: one bin per passage
    pub_when = pd.Series(pd.to_datetime(docs[S.DATE]).to_numpy()[doc_row.clip(0)])
    pub_when[doc_row < 0] = pd.NaT
    pub_freq = auto_freq(pub_when)
    pub_bin, pub_bins = bins(pub_when, pub_freq)

    # ... and by date mentioned: distinct (passage, bin) pairs of mentions that fit a bin
    pindex = pd.Index(p[S.PASSAGE_ID])
    m = run.mentions
    dated = m[(m[S.VALUE] != "") & m[S.DATE_START].notna()]
    if len(dated):  # far-off years (1880, 9999) would stretch the bins: keep the central 98%
        lo, hi = dated[S.DATE_START].quantile([0.01, 0.99])
        dated = dated[(dated[S.DATE_START] >= lo) & (dated[S.DATE_START] <= hi)]
    ev_freq = auto_freq(dated[S.DATE_START])
    fits = dated[dated[S.GRANULARITY].isin(_FITS_BIN[ev_freq])]
    ev_code, ev_bins = bins(fits[S.DATE_START], ev_freq)
    pairs = pd.DataFrame({"p": pindex.get_indexer(fits[S.PASSAGE_ID]), "b": ev_code})
    pairs = pairs[(pairs["p"] >= 0) & (pairs["b"] >= 0)].drop_duplicates()

    # events and the mentions that count for them
    ev = run.events.reset_index(drop=True)
    eindex = pd.Index(ev[S.EVENT_ID])
    withevent = m[m[S.EVENT_ID].notna()]
    m_event = eindex.get_indexer(withevent[S.EVENT_ID].astype("int64"))
    m_pass = pindex.get_indexer(withevent[S.PASSAGE_ID])
    keep = (m_event >= 0) & (m_pass >= 0)
    grans = sorted(set(ev[S.GRANULARITY].fillna("")))
    e_topic = tindex.get_indexer(ev[S.TOPIC_ID].astype(int))
    mentions_per_topic = pd.Series(ev[S.N_MENTIONS].to_numpy(), index=e_topic).groupby(level=0).sum()
    lane_topics = [int(t) for t in mentions_per_topic.sort_values(ascending=False, kind="stable").index
                   if t >= 0 and order[t] != S.OUTLIER_TOPIC][:TIMELINE_LANES]

    sizes = p[S.TOPIC_ID].astype(int).value_counts()
    centres = p.groupby(S.TOPIC_ID)[[S.X, S.Y]].median()
    topics = {
        "id": order,
        "label": [str(labels.get(t, "Unassigned passages" if t == S.OUTLIER_TOPIC else str(t)))
                  for t in order],
        "color": [topic_color(t) for t in order],
        "size": [int(sizes.get(t, 0)) for t in order],
        "cx": [float(centres.at[t, S.X]) if t in centres.index else None for t in order],
        "cy": [float(centres.at[t, S.Y]) if t in centres.index else None for t in order],
    }
    return {
        "version": version,
        "n": len(p),
        "topics": topics,
        "outlier": order.index(S.OUTLIER_TOPIC) if S.OUTLIER_TOPIC in order else -1,
        "langs": langs,
        "sources": sources,
        "passages": {
            "id": array(p[S.PASSAGE_ID], "float64"),
            "x": array(p[S.X].fillna(0), "float32"),
            "y": array(p[S.Y].fillna(0), "float32"),
            "topic": array(p_topic, "int16"),
            "lang": array(p_lang, "int16"),
            "source": array(p_source, "int16"),
            "day": array(p_day, "int32"),
            "bin": array(pub_bin, "int16"),
        },
        "over_time": {
            "publication": {"freq": pub_freq, "bins": pub_bins},
            "event": {"freq": ev_freq, "bins": ev_bins,
                      "passage": array(pairs["p"], "int32"), "bin": array(pairs["b"], "int16")},
        },
        "events": {
            "id": array(ev[S.EVENT_ID], "float64"),
            "start": array(days(ev[S.DATE_START]), "int32"),
            "end": array(days(ev[S.DATE_END].fillna(ev[S.DATE_START])), "int32"),
            "granularity": array(pd.Index(grans).get_indexer(ev[S.GRANULARITY].fillna("")), "int8"),
            "granularities": grans,
            "topic": array(e_topic, "int16"),
            "value": [str(v) for v in ev[S.VALUE]],
            "range": central_range(ev),
            "lanes": lane_topics,
        },
        "mentions": {"passage": array(m_pass[keep], "int32"), "event": array(m_event[keep], "int32")},
    }


# sections whose members change independently (a rename changes topics, not passages.x)
NESTED = ("passages", "events", "over_time", "mentions")


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def encode_parts(payload: dict) -> tuple[bytes, dict[str, str]]:
    """The gzipped payload JSON (what ``/_viz/payload/VERSION`` sends) and a digest of each
    part (``"topics"``, ``"passages.x"``, ...), so a later version can be sent as the parts that
    changed (:func:`encode_delta`). One JSON dump: the whole is assembled from its parts' JSON."""
    import hashlib

    digests, pieces = {}, []
    for key, value in payload.items():
        if key in NESTED and isinstance(value, dict):
            inner = []
            for sub, v in value.items():
                text = _dump(v)
                digests[f"{key}.{sub}"] = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
                inner.append(f"{_dump(sub)}:{text}")
            text = "{" + ",".join(inner) + "}"
        else:
            text = _dump(value)
            digests[key] = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        pieces.append(f"{_dump(key)}:{text}")
    raw = ("{" + ",".join(pieces) + "}").encode("utf-8")
    return gzip.compress(raw, compresslevel=4), digests


def encode_delta(payload: dict, digests: dict[str, str], since: str,
                 before: dict[str, str]) -> bytes:
    """The gzipped parts of ``payload`` whose digest differs from version ``since``'s
    (``before``): ``{"version", "since", "delta": {part: value}}``; the page applies them to
    the payload it holds (assets/dashboard.js ``applyDelta``)."""
    delta = {}
    for part, digest in digests.items():
        if before.get(part) == digest:
            continue
        key, _, sub = part.partition(".")
        delta[part] = payload[key][sub] if sub else payload[key]
    body = {"version": payload.get("version", ""), "since": since, "delta": delta}
    return gzip.compress(_dump(body).encode("utf-8"), compresslevel=4)
