"""A small hand-made run: three documents, six passages, two topics, dated events.

Written with the real store so fast tests exercise the real contract without any model.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from viz import schema as S
from viz.store import write_run

D = dt.date


def tiny_tables() -> dict[str, pd.DataFrame]:
    documents = pd.DataFrame(
        {
            S.DOC_ID: ["a", "b", "c"],
            S.PATH_OR_ROW: ["a.txt", "b.txt", "c.txt"],
            S.TITLE: ["Storm floods harbour", "La tempête", "<b>Badai</b> & banjir"],
            S.DATE: [D(2023, 3, 15), D(2023, 3, 16), None],
            S.DATE_PRECISION: ["day", "day", None],
            S.DATE_INFERRED: [None, None, D(2023, 3, 16)],
            S.DATE_INFERRED_REASON: [None, None, "latest full date written in the text"],
            S.LANG: ["en", "fr", "id"],
            S.SOURCE: ["Gazette", "Courrier", "Kabar"],
            S.URL: ["https://example.org/a", None, None],
            S.TEXT: [
                "The storm hit on 14 March 2023.\n\nThe rail line opens in May 2025.",
                "La tempête a frappé le 14 mars 2023.\n\nLe train ouvrira en mai 2025.",
                "Badai <script>alert(1)</script> melanda pada 14 Maret 2023.\n\nKereta dibuka 2025.",
            ],
        }
    )
    rows = []
    pid = 0
    for doc_id, text in zip(documents[S.DOC_ID], documents[S.TEXT]):
        start = 0
        for ordinal, para in enumerate(text.split("\n\n")):
            rows.append((pid, doc_id, ordinal, start, start + len(para), para))
            start += len(para) + 2
            pid += 1
    passages = pd.DataFrame(rows, columns=[S.PASSAGE_ID, S.DOC_ID, S.ORDINAL, S.START, S.END, S.TEXT])
    passages[S.LANG] = passages[S.DOC_ID].map(dict(zip(documents[S.DOC_ID], documents[S.LANG])))
    passages[S.TOPIC_ID] = [0, 1, 0, 1, 0, -1]
    passages[S.TOPIC_ID_ORIGINAL] = [0, -1, 0, 1, 0, -1]  # passage 1 joined topic 1 late
    passages[S.CLUSTER_ID] = [0, 2, 1, 2, 0, -1]  # three micro-clusters: 0 and 1 form topic 0
    passages[S.X] = [0.0, 5.0, 0.2, 5.1, 0.1, 9.0]
    passages[S.Y] = [0.0, 5.0, 0.3, 5.2, -0.1, 9.0]
    topics = pd.DataFrame(
        {
            S.TOPIC_ID: [0, 1, -1],
            S.LABEL: ["storm · tempête · badai", "rail · train · kereta", "Unassigned passages"],
            S.TERMS: [["storm", "tempête", "badai"], ["rail", "train", "kereta"], ["kereta"]],
            S.SIZE: [3, 2, 1],
            S.LANGUAGES: [{"en": 1, "fr": 1, "id": 1}, {"en": 1, "fr": 1}, {"id": 1}],
            S.REPRESENTATIVE: [[0, 2, 4], [1, 3], [5]],
            S.LABEL_SOURCE: ["auto", "auto", "auto"],
            S.LABEL_LANG: ["en", "en", "id"],
        }
    )
    topic_terms = pd.DataFrame(
        [(0, "en", 0, "storm", 0), (0, "fr", 0, "tempête", 0), (0, "id", 0, "badai", 0),
         (1, "en", 0, "rail", -1), (1, "fr", 0, "train", -1), (-1, "id", 0, "kereta", -1)],
        columns=S.columns(S.TOPIC_TERMS))
    hierarchy = pd.DataFrame([(2, 0, 1.5, 1, ["storm", "rail"]), (2, 1, 1.5, 1, ["storm", "rail"])],
                             columns=S.columns(S.TOPIC_HIERARCHY))

    def mention(mid, pid, text, surface, value, gran, start, end, kind, topic, event):
        pos = text.index(surface)
        return (mid, pid, passages.at[pid, S.DOC_ID], pos, pos + len(surface), surface, value,
                gran, start, end, kind, "text", topic, event)

    p = passages[S.TEXT]
    mentions = pd.DataFrame(
        [
            mention(0, 0, p[0], "14 March 2023", "2023-03-14", "day", D(2023, 3, 14), D(2023, 3, 14), "absolute", 0, 0),
            mention(1, 2, p[2], "14 mars 2023", "2023-03-14", "day", D(2023, 3, 14), D(2023, 3, 14), "absolute", 0, 0),
            mention(2, 4, p[4], "14 Maret 2023", "2023-03-14", "day", D(2023, 3, 14), D(2023, 3, 14), "absolute", 0, 0),
            mention(3, 1, p[1], "May 2025", "2025-05", "month", D(2025, 5, 1), D(2025, 5, 31), "absolute", 1, 1),
            mention(4, 3, p[3], "mai 2025", "2025-05", "month", D(2025, 5, 1), D(2025, 5, 31), "absolute", 1, 1),
            mention(5, 5, p[5], "2025", "2025", "year", D(2025, 1, 1), D(2025, 12, 31), "absolute", -1, 2),
        ],
        columns=S.columns(S.MENTIONS),
    )
    events = pd.DataFrame(
        {
            S.EVENT_ID: [0, 1, 2],
            S.VALUE: ["2023-03-14", "2025-05", "2025"],
            S.DATE_START: [D(2023, 3, 14), D(2025, 5, 1), D(2025, 1, 1)],
            S.DATE_END: [D(2023, 3, 14), D(2025, 5, 31), D(2025, 12, 31)],
            S.GRANULARITY: ["day", "month", "year"],
            S.TOPIC_ID: [0, 1, -1],
            S.TITLE: ["The storm hit on 14 March 2023.", "The rail line opens in May 2025.",
                      "Kereta dibuka 2025."],
            S.N_MENTIONS: [3, 2, 1],
            S.N_DOCUMENTS: [3, 2, 1],
            S.LANGUAGES: [{"en": 1, "fr": 1, "id": 1}, {"en": 1, "fr": 1}, {"id": 1}],
            S.DOC_IDS: [["a", "b", "c"], ["a", "b"], ["c"]],
            S.SURFACE: [["14 March 2023", "14 mars 2023", "14 Maret 2023"], ["May 2025", "mai 2025"], ["2025"]],
            S.KIND: ["absolute", "absolute", "absolute"],
            S.BASIS: ["text", "text", "text"],
        }
    )
    return {S.DOCUMENTS: documents, S.PASSAGES: passages, S.TOPICS: topics,
            S.MENTIONS: mentions, S.EVENTS: events, S.TOPIC_TERMS: topic_terms,
            S.TOPIC_HIERARCHY: hierarchy}


def write_tiny_run(path: Path) -> Path:
    manifest = {"viz_version": "test", "counts": {"documents": 3, "passages": 6, "topics": 2,
                                                  "mentions": 6, "events": 3},
                "skipped": [{"input": "bad.bin", "reason": "binary file (contains NUL bytes)"}],
                "warnings": [], "seconds": {},
                "topic_parameters": {"seed": 0, "linkage": "ward", "smooth_neighbors": 0,
                                     "align_languages": True}}
    # embeddings: topic 0 passages near one axis, topic 1 near another (for curation tests)
    rng = np.random.default_rng(0)
    base = np.zeros((6, 8), np.float32)
    base[[0, 2, 4], 0] = 1.0
    base[[1, 3], 1] = 1.0
    base[5, 2] = 1.0
    emb = base + 0.05 * rng.normal(size=base.shape).astype(np.float32)
    return write_run(path, tiny_tables(), manifest, embeddings=emb, reduced=emb[:, :5])
