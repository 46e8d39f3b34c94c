"""A generated run of any size (20,000 to 400,000 passages), written with the real store.

No embedder, no clustering: topics are blobs on the map, texts are made of each topic's words
in three languages, documents have sources and publication dates over three years, and about
one passage in four mentions a date (days, months and years, a few far from the corpus's own
years) grouped into events. For scale tests and benchmarks of the dashboard and the export::

    uv run python -m tests.bigrun OUT_DIR --passages 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from viz import schema as S
from viz.store import write_run

LANGS = ("en", "fr", "id")
SOURCES = ("Gazette", "Courrier", "Kabar", "Herald", "Tribune", "Journal", "Pos", "Monde")
WORDS = {
    "en": "storm flood harbour rail tunnel drought harvest festival council budget school "
          "hospital election court bridge river market price energy water".split(),
    "fr": "tempête crue port rail tunnel sécheresse récolte festival conseil budget école "
          "hôpital élection tribunal pont fleuve marché prix énergie eau".split(),
    "id": "badai banjir pelabuhan kereta terowongan kemarau panen festival dewan anggaran "
          "sekolah rumah sakit pemilu pengadilan jembatan sungai pasar harga energi air".split(),
}
FILLER = {
    "en": "the city said on that officials would and a new plan for people".split(),
    "fr": "la ville a dit que les élus vont et un nouveau plan pour habitants".split(),
    "id": "kota mengatakan bahwa pejabat akan dan rencana baru untuk warga".split(),
}
MONTHS = ("January February March April May June July August September October November "
          "December").split()


def big_tables(n_passages: int, *, n_topics: int = 50, seed: int = 0,
               passages_per_doc: float = 3.3) -> dict[str, pd.DataFrame]:
    """All seven tables of a run with ``n_passages`` passages (deterministic for a seed)."""
    rng = np.random.default_rng(seed)
    n_docs = max(1, int(round(n_passages / passages_per_doc)))
    # --- documents -------------------------------------------------------------------------
    doc_lang = rng.choice(len(LANGS), size=n_docs, p=[0.6, 0.25, 0.15])
    day0 = dt.date(2021, 1, 1).toordinal()
    doc_day = day0 + rng.integers(0, 3 * 365, size=n_docs)
    undated = rng.random(n_docs) < 0.03
    doc_ids = np.array([f"d{i:07d}" for i in range(n_docs)], dtype=object)
    dates = [None if u else dt.date.fromordinal(int(d)) for d, u in zip(doc_day, undated)]
    # passages: each document gets 1..k passages, in order, until n_passages are made
    per_doc = np.maximum(1, rng.poisson(passages_per_doc - 1, size=n_docs) + 1)
    doc_of = np.repeat(np.arange(n_docs), per_doc)[:n_passages]
    if len(doc_of) < n_passages:
        doc_of = np.concatenate([doc_of, rng.integers(0, n_docs, n_passages - len(doc_of))])
        doc_of.sort(kind="stable")
    # --- topics as blobs -------------------------------------------------------------------
    sizes = rng.dirichlet(np.full(n_topics, 1.5))
    topic = rng.choice(n_topics, size=n_passages, p=sizes)
    outlier = rng.random(n_passages) < 0.05
    topic_id = np.where(outlier, -1, topic).astype(np.int32)
    centres = rng.uniform(-20, 20, size=(n_topics, 2))
    xy = centres[topic] + rng.normal(scale=1.2, size=(n_passages, 2))
    xy[outlier] = rng.uniform(-22, 22, size=(int(outlier.sum()), 2))
    # --- texts -----------------------------------------------------------------------------
    lang = np.asarray(LANGS, dtype=object)[doc_lang[doc_of]]
    texts, mention_rows = [], []
    n_words = rng.integers(12, 45, size=n_passages)
    pick = rng.integers(0, 1 << 30, size=(n_passages, 3))
    has_date = rng.random(n_passages) < 0.25
    kind = rng.choice(3, size=n_passages, p=[0.5, 0.3, 0.2])  # day, month, year
    far = rng.random(n_passages) < 0.01
    for i in range(n_passages):
        lg = lang[i]
        words, filler = WORDS[lg], FILLER[lg]
        t = topic[i]
        own = [words[(t + k) % len(words)] for k in range(3)]
        body = []
        r = int(pick[i, 0])
        for k in range(int(n_words[i])):
            r = (r * 1103515245 + 12345) & 0x7FFFFFFF
            body.append(own[r % 3] if r % 5 < 2 else filler[r % len(filler)])
        text = " ".join(body).capitalize() + "."
        if has_date[i]:
            base = dt.date.fromordinal(int(doc_day[doc_of[i]]) - int(pick[i, 1] % 400))
            if far[i]:
                base = dt.date(1880 + int(pick[i, 2] % 60), base.month, min(base.day, 28))
            if kind[i] == 0:
                surface = f"{base.day} {MONTHS[base.month - 1]} {base.year}"
                value, gran = base.isoformat(), "day"
                start = end = base
            elif kind[i] == 1:
                surface = f"{MONTHS[base.month - 1]} {base.year}"
                value, gran = f"{base.year}-{base.month:02d}", "month"
                start = base.replace(day=1)
                nxt = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
                end = nxt - dt.timedelta(days=1)
            else:
                surface = str(base.year)
                value, gran = surface, "year"
                start, end = dt.date(base.year, 1, 1), dt.date(base.year, 12, 31)
            pos = len(text) + 4
            text = f"{text} On {surface}, " + " ".join(own) + "."
            mention_rows.append((i, pos, pos + len(surface), surface, value, gran, start, end))
        texts.append(text)
    # --- passages --------------------------------------------------------------------------
    ordinal = np.zeros(n_passages, dtype=np.int32)
    first = np.r_[True, doc_of[1:] != doc_of[:-1]]
    run_start = np.flatnonzero(first)
    ordinal = np.arange(n_passages) - np.repeat(run_start, np.diff(np.r_[run_start, n_passages]))
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n_passages)
    # offsets within the document text (passages joined by a blank line)
    starts = np.zeros(n_passages, dtype=np.int64)
    for i in range(1, n_passages):
        starts[i] = 0 if first[i] else starts[i - 1] + lengths[i - 1] + 2
    passages = pd.DataFrame({
        S.PASSAGE_ID: np.arange(n_passages, dtype=np.int64),
        S.DOC_ID: doc_ids[doc_of],
        S.ORDINAL: ordinal.astype(np.int32),
        S.START: starts,
        S.END: starts + lengths,
        S.TEXT: texts,
        S.LANG: lang,
        S.TOPIC_ID: topic_id,
        S.TOPIC_ID_ORIGINAL: np.where(rng.random(n_passages) < 0.3, -1, topic_id).astype(np.int32),
        S.CLUSTER_ID: np.where(outlier, -1, topic * 4 + (pick[:, 2] % 4)).astype(np.int32),
        S.X: xy[:, 0].astype(np.float32),
        S.Y: xy[:, 1].astype(np.float32),
    })
    used = np.zeros(n_docs, dtype=bool)
    used[doc_of] = True
    doc_text = pd.Series(texts).groupby(doc_of).agg("\n\n".join)
    documents = pd.DataFrame({
        S.DOC_ID: doc_ids[used],
        S.PATH_OR_ROW: [f"big.jsonl:{i + 1}" for i in np.flatnonzero(used)],
        S.TITLE: [f"{WORDS[LANGS[doc_lang[i]]][i % 20].capitalize()} report {i}"
                  for i in np.flatnonzero(used)],
        S.DATE: [dates[i] for i in np.flatnonzero(used)],
        S.DATE_PRECISION: [None if undated[i] else "day" for i in np.flatnonzero(used)],
        S.DATE_INFERRED: [None] * int(used.sum()),
        S.DATE_INFERRED_REASON: [None] * int(used.sum()),
        S.LANG: [LANGS[doc_lang[i]] for i in np.flatnonzero(used)],
        S.SOURCE: [SOURCES[i % len(SOURCES)] for i in np.flatnonzero(used)],
        S.URL: [f"https://example.org/{i}" for i in np.flatnonzero(used)],
        S.TEXT: doc_text.loc[np.flatnonzero(used)].tolist(),
    })
    # --- topics ----------------------------------------------------------------------------
    counts = pd.crosstab(topic_id, lang)
    topic_rows = []
    for t in [*range(n_topics), -1]:
        if t not in counts.index:
            continue
        own = [WORDS["en"][(t + k) % 20] for k in range(3)]
        members = np.flatnonzero(topic_id == t)
        topic_rows.append({
            S.TOPIC_ID: t,
            S.LABEL: "Unassigned passages" if t == -1 else f"{' · '.join(own)} ({t})",
            S.TERMS: own if t != -1 else [],
            S.SIZE: int(len(members)),
            S.LANGUAGES: {str(k): int(v) for k, v in counts.loc[t].items() if v},
            S.REPRESENTATIVE: [int(x) for x in members[:5]],
            S.LABEL_SOURCE: "auto",
            S.LABEL_LANG: "en",
        })
    topics = pd.DataFrame(topic_rows, columns=S.columns(S.TOPICS))
    terms = pd.DataFrame(
        [(t, lg, k, WORDS[lg][(t + k) % 20], k) for t in range(n_topics) for lg in LANGS
         for k in range(3)], columns=S.columns(S.TOPIC_TERMS))
    hierarchy = pd.DataFrame(
        [(n_topics + i, c, float(i + 1), n_topics - i - 1, ["storm"]) for i in range(n_topics - 1)
         for c in ((0 if i == 0 else n_topics + i - 1), i + 1)],
        columns=S.columns(S.TOPIC_HIERARCHY))
    # --- mentions and events: one event per (value, topic) -----------------------------------
    m = pd.DataFrame(mention_rows, columns=["i", S.START, S.END, S.TEXT, S.VALUE, S.GRANULARITY,
                                            S.DATE_START, S.DATE_END])
    m[S.PASSAGE_ID] = m["i"].astype(np.int64)
    m[S.DOC_ID] = doc_ids[doc_of[m["i"].to_numpy()]]
    m[S.TOPIC_ID] = topic_id[m["i"].to_numpy()]
    m[S.KIND] = "absolute"
    m[S.BASIS] = "text"
    m[S.MENTION_ID] = np.arange(len(m), dtype=np.int64)
    key = m[S.VALUE] + "|" + m[S.TOPIC_ID].astype(str)
    order = m.assign(k=key).sort_values([S.DATE_START, S.VALUE, S.MENTION_ID])
    codes = {k: n for n, k in enumerate(dict.fromkeys(order["k"]))}
    m[S.EVENT_ID] = key.map(codes).astype(np.int64)
    mentions = m[S.columns(S.MENTIONS)]
    g = m.assign(lang=lang[m["i"].to_numpy()]).groupby(S.EVENT_ID, sort=True)
    first_m = g.first()
    events = pd.DataFrame({
        S.EVENT_ID: first_m.index.astype(np.int64),
        S.VALUE: first_m[S.VALUE].to_numpy(),
        S.DATE_START: first_m[S.DATE_START].to_numpy(),
        S.DATE_END: first_m[S.DATE_END].to_numpy(),
        S.GRANULARITY: first_m[S.GRANULARITY].to_numpy(),
        S.TOPIC_ID: first_m[S.TOPIC_ID].astype(np.int32).to_numpy(),
        S.TITLE: [texts[i][:160] for i in first_m["i"]],
        S.N_MENTIONS: g.size().to_numpy().astype(np.int64),
        S.N_DOCUMENTS: g[S.DOC_ID].nunique().to_numpy().astype(np.int64),
        S.LANGUAGES: [dict(v) for v in g["lang"].value_counts().groupby(level=0).apply(
            lambda s: list(s.droplevel(0).items()))],
        S.DOC_IDS: g[S.DOC_ID].agg(lambda s: sorted(set(s))).tolist(),
        S.SURFACE: g[S.TEXT].agg(lambda s: list(dict.fromkeys(s))[:8]).tolist(),
        S.KIND: "absolute",
        S.BASIS: "text",
    })
    return {S.DOCUMENTS: documents, S.PASSAGES: passages, S.TOPICS: topics,
            S.MENTIONS: mentions, S.EVENTS: events, S.TOPIC_TERMS: terms,
            S.TOPIC_HIERARCHY: hierarchy}


def write_big_run(path: Path | str, n_passages: int, *, n_topics: int = 50, seed: int = 0,
                  dim: int = 16) -> Path:
    """Write a generated run of ``n_passages`` passages to ``path`` (embeddings: ``dim``-d
    topic directions plus noise, so curation's split and search by vector have something)."""
    tables = big_tables(n_passages, n_topics=n_topics, seed=seed)
    p = tables[S.PASSAGES]
    t = p[S.TOPIC_ID].to_numpy()
    rng = np.random.default_rng(seed + 1)
    dirs = rng.normal(size=(n_topics + 1, dim)).astype(np.float32)
    emb = dirs[t] + 0.3 * rng.normal(size=(len(p), dim)).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    counts = {"documents": len(tables[S.DOCUMENTS]), "passages": len(p),
              "topics": int((tables[S.TOPICS][S.TOPIC_ID] >= 0).sum()),
              "mentions": len(tables[S.MENTIONS]), "events": len(tables[S.EVENTS]),
              "outlier_passages": int((t < 0).sum())}
    manifest = {"viz_version": "generated", "generated": {"n_passages": n_passages,
                                                          "n_topics": n_topics, "seed": seed},
                "parameters": {"embedder": "tfidf", "seed": seed}, "counts": counts,
                "skipped": [], "warnings": [], "seconds": {},
                "topic_parameters": {"seed": seed, "linkage": "ward", "smooth_neighbors": 0,
                                     "align_languages": True}}
    return write_run(path, tables, manifest, embeddings=emb,
                     reduced=emb[:, :5].astype(np.float32))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--passages", type=int, default=100_000)
    ap.add_argument("--topics", type=int, default=50)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    path = write_big_run(a.out, a.passages, n_topics=a.topics, seed=a.seed)
    print(f"wrote {path} ({a.passages} passages)")


if __name__ == "__main__":
    main()
