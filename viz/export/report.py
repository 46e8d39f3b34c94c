"""``report.html``: one self-contained offline file with the four linked views.

plotly.js is inlined once, the data inline as compact columnar JSON in a
``<script type="application/json">`` (integer codes, string tables, quantised coordinates,
day numbers, passages cut to a length that keeps the file within budget), and the small
``report.js`` draws and links the views in the browser. Corpus text only ever reaches the page
as JSON data that the script inserts with ``textContent``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from .. import __version__
from .. import schema as S
from ..charts.palette import topic_color
from ..query import auto_freq
from ..store import Run

QUANT = 9999  # map coordinates become integers 0..QUANT (same scale on both axes)
TEXT_BUDGET = 11_000_000  # characters of passage text in one report, shared by all passages
MAX_SNIPPET = 1200  # no passage text longer than this, however few passages
MIN_SNIPPET = 120  # and none cut shorter than this, however many
MAX_TITLE = 120
_EPOCH = pd.Timestamp("1970-01-01")
_FREQ_PERIOD = {"week": "W-SUN", "month": "M", "year": "Y"}


def snippet_limit(n_passages: int) -> int:
    """Longest passage text kept in the report for a run of ``n_passages``."""
    return int(min(MAX_SNIPPET, max(MIN_SNIPPET, TEXT_BUDGET // max(1, n_passages))))


def _cut(text: str, limit: int) -> tuple[str, bool]:
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    space = head.rfind(" ", int(limit * 0.8))
    return (head[:space] if space > 0 else head).rstrip() + "…", True


def _days(series) -> list:
    """Dates as whole days since 1970-01-01 (None where missing)."""
    s = pd.to_datetime(pd.Series(series))
    out = ((s - _EPOCH).dt.days).astype("Int64")
    return [None if v is pd.NA else int(v) for v in out]


def _codes(values) -> tuple[list[int], list[str]]:
    table: dict[str, int] = {}
    codes = [table.setdefault("" if v is None or (isinstance(v, float) and v != v) else str(v),
                              len(table)) for v in values]
    return codes, list(table)


def _quantise(v: np.ndarray, lo: float, span: float) -> list[int]:
    if len(v) == 0:
        return []
    q = np.rint((np.nan_to_num(v.astype(float), nan=lo) - lo) / span * QUANT)
    return np.clip(q, 0, QUANT).astype(int).tolist()


def payload(run: Run, *, title: str = "viz report", filters_text: str = "",
            max_chars: int | None = None) -> dict:
    """Everything ``report.js`` needs, columnar and compact."""
    docs = run.documents.sort_values(S.DOC_ID).reset_index(drop=True)
    # passages grouped by document in the documents' order: a count per document says which
    # passages are whose, and consecutive ids are stored as their first one
    psg = run.passages.sort_values([S.DOC_ID, S.ORDINAL]).reset_index(drop=True)
    topics = run.topics.sort_values([S.SIZE, S.TOPIC_ID], ascending=[False, True])
    topics = pd.concat([topics[topics[S.TOPIC_ID] != S.OUTLIER_TOPIC],
                        topics[topics[S.TOPIC_ID] == S.OUTLIER_TOPIC]]).reset_index(drop=True)
    topic_ix = {int(t): i for i, t in enumerate(topics[S.TOPIC_ID])}
    doc_ix = {d: i for i, d in enumerate(docs[S.DOC_ID])}
    psg_ix = {int(p): i for i, p in enumerate(psg[S.PASSAGE_ID])}
    limit = max_chars or snippet_limit(len(psg))

    texts, cut = [], []
    for t in psg[S.TEXT]:
        s, c = _cut(str(t), limit)
        texts.append(s)
        cut.append(c)
    kept = {i: len(texts[i]) - (1 if cut[i] else 0) for i in range(len(texts))}

    # publication dates (given, else inferred) and their calendar bins
    given = docs[S.DATE]
    inferred = docs[S.DATE_INFERRED] if S.DATE_INFERRED in docs else pd.Series([None] * len(docs))
    pub = pd.to_datetime(given).fillna(pd.to_datetime(inferred))
    freq = auto_freq(pub)
    bins: list[str] = []
    doc_bin = [-1] * len(docs)
    if pub.notna().any():
        period = _FREQ_PERIOD[freq]
        rng = pd.period_range(pub.min(), pub.max(), freq=period)
        bins = [p.start_time.date().isoformat() for p in rng]
        pos = {p: i for i, p in enumerate(rng)}
        doc_bin = [-1 if pd.isna(d) else pos[pd.Timestamp(d).to_period(period)] for d in pub]

    src_codes, sources = _codes(docs[S.SOURCE])
    lang_codes, langs = _codes(psg[S.LANG])
    x, y = psg[S.X].to_numpy(), psg[S.Y].to_numpy()
    finite = np.isfinite(x.astype(float)) & np.isfinite(y.astype(float))
    if finite.any():
        x0, y0 = float(np.min(x[finite])), float(np.min(y[finite]))
        span = max(float(np.max(x[finite])) - x0, float(np.max(y[finite])) - y0) or 1.0
    else:
        x0 = y0 = 0.0
        span = 1.0

    # date mentions inside the kept text of each passage
    ev = run.events.reset_index(drop=True)
    ev_ix = {int(e): i for i, e in enumerate(ev[S.EVENT_ID])}
    m = run.mentions[run.mentions[S.PASSAGE_ID].isin(psg_ix)]
    mp, ms, me, mev, dropped = [], [], [], [], 0
    for pid, s, e, eid in zip(m[S.PASSAGE_ID], m[S.START], m[S.END], m[S.EVENT_ID]):
        i = psg_ix[int(pid)]
        if int(e) > kept[i]:
            dropped += 1
            continue
        mp.append(i)
        ms.append(int(s))
        me.append(int(e))
        mev.append(ev_ix.get(int(eid), -1) if pd.notna(eid) else -1)
    # events: every mention of an event is known even when its highlight was cut off
    ev_psg: dict[int, list[int]] = {}
    for pid, eid in zip(m[S.PASSAGE_ID], m[S.EVENT_ID]):
        if pd.notna(eid) and int(eid) in ev_ix:
            ev_psg.setdefault(ev_ix[int(eid)], []).append(psg_ix[int(pid)])
    gran_codes, grans = _codes(ev[S.GRANULARITY])
    ev_titles = [_cut(str(t), MAX_TITLE)[0] for t in ev[S.TITLE]]
    counts = run.manifest.get("counts", {})
    n_cut = int(sum(cut))
    notes = []
    if n_cut:
        notes.append(f"{n_cut:,} of {len(psg):,} passage texts are cut to {limit:,} characters "
                     "(search looks in the kept text; passages.csv holds them whole)")
    if dropped:
        notes.append(f"{dropped:,} date highlights fell in the cut part and are not shown")
    notes.append("map positions are rounded to 1/10,000 of the map's width; document and "
                 f"event titles are cut to {MAX_TITLE} characters")
    return {
        "meta": {
            "title": title, "version": __version__, "filters": filters_text,
            "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "counts": {"documents": len(docs), "passages": len(psg), "topics": int(
                (topics[S.TOPIC_ID] != S.OUTLIER_TOPIC).sum()), "events": len(ev),
                "run_passages": int(counts.get("passages", len(psg)))},
            "freq": freq, "snippet_limit": limit, "cut": n_cut, "notes": notes,
        },
        "topics": {
            "id": [int(t) for t in topics[S.TOPIC_ID]],
            "label": [str(v) for v in topics[S.LABEL]],
            "terms": [", ".join(map(str, t[:10])) for t in topics[S.TERMS]],
            "color": [topic_color(int(t)) for t in topics[S.TOPIC_ID]],
        },
        "sources": sources,
        "langs": langs,
        "grans": grans,
        "bins": bins,
        "docs": {
            "id": [str(d) for d in docs[S.DOC_ID]],
            "title": [_cut(S.as_text(t) or str(d), MAX_TITLE)[0]
                      for t, d in zip(docs[S.TITLE], docs[S.DOC_ID])],
            "source": src_codes,
            "url": [S.as_text(u) or "" for u in docs[S.URL]],
            "date": _days(pub),
            "inferred": [int(pd.isna(g) and pd.notna(p)) for g, p in zip(given, pub)],
            "bin": doc_bin,
            "n_passages": [int(n) for n in psg.groupby(S.DOC_ID, sort=False).size().reindex(
                docs[S.DOC_ID], fill_value=0)],
        },
        "passages": {
            **_ids(psg[S.PASSAGE_ID].to_numpy()),
            "topic": [topic_ix.get(int(t), -1) for t in psg[S.TOPIC_ID]],
            "lang": lang_codes,
            "x": _quantise(x, x0, span),
            "y": _quantise(y, y0, span),
            "text": texts,
        },
        "mentions": {"p": mp, "s": ms, "e": me, "ev": mev},
        "events": {
            "id": [int(e) for e in ev[S.EVENT_ID]],
            "value": [str(v) for v in ev[S.VALUE]],
            "start": _days(ev[S.DATE_START]),
            "end": _days(ev[S.DATE_END].fillna(ev[S.DATE_START])),
            "gran": gran_codes,
            "topic": [topic_ix.get(int(t), -1) for t in ev[S.TOPIC_ID]],
            "title": ev_titles,
            "n": [int(n) for n in ev[S.N_MENTIONS]],
            "written": [", ".join(list(map(str, s))[:4]) for s in ev[S.SURFACE]],
            "passages": [sorted(set(ev_psg.get(i, []))) for i in range(len(ev))],
        },
    }


def _ids(ids: np.ndarray) -> dict:
    """Passage ids as ``{"id_start": first}`` when they are consecutive, else the list."""
    if len(ids) and np.array_equal(ids, np.arange(ids[0], ids[0] + len(ids))):
        return {"id_start": int(ids[0])}
    return {"id": [int(p) for p in ids]}


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _script_json(data: dict) -> str:
    """JSON safe inside a <script> element: no '<' can close it or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render(data: dict) -> str:
    """The report page: template with CSS, plotly.js, the data and report.js inlined."""
    from plotly.offline import get_plotlyjs

    parts = {
        "title": _html_text(data["meta"]["title"]),
        "css": _asset("report.css"),
        "plotly": get_plotlyjs(),
        "data": _script_json(data),
        "js": _asset("report.js"),
    }
    # Only the two scripts written here may run: no inline handler, no injected script.
    parts["csp"] = " ".join(_sha256(parts[k]) for k in ("plotly", "js"))
    return re.sub(r"\{\{(title|css|plotly|data|js|csp)\}\}", lambda mt: parts[mt.group(1)],
                  _asset("report.html"))


def _sha256(script: str) -> str:
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def _html_text(text: str) -> str:
    import html

    return html.escape(str(text))


def write_report(run: Run, path: Path, **kwargs) -> Path:
    path.write_text(render(payload(run, **kwargs)), encoding="utf-8")
    return path
