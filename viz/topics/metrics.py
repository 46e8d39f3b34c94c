"""Quality measures of a topic assignment against gold labels, languages and translation groups.

Conventions (the benchmark prints them; tests use them):

* outliers (-1) count as one more cluster in NMI and ARI, so a model is not rewarded for
  leaving hard passages out;
* a translation group's share is the fraction of its passages in its majority *topic*;
  outlier passages never count as the majority, so a group left entirely unassigned scores 0.
"""

from __future__ import annotations

import numpy as np

OUTLIER = -1


def nmi(labels, topics) -> float:
    from sklearn.metrics import normalized_mutual_info_score

    return float(normalized_mutual_info_score(np.asarray(labels, dtype=object).astype(str),
                                              np.asarray(topics)))


def ari(labels, topics) -> float:
    from sklearn.metrics import adjusted_rand_score

    return float(adjusted_rand_score(np.asarray(labels, dtype=object).astype(str),
                                     np.asarray(topics)))


def outlier_share(topics) -> float:
    topics = np.asarray(topics)
    return float((topics == OUTLIER).mean()) if len(topics) else 0.0


def n_topics(topics) -> int:
    return int(len(set(np.asarray(topics).tolist()) - {OUTLIER}))


def group_majority_share(groups, topics) -> float:
    """Mean over groups of the share of the group's passages in its majority topic."""
    groups = np.asarray(groups)
    topics = np.asarray(topics)
    order = np.argsort(groups, kind="stable")
    g, t = groups[order], topics[order]
    bounds = np.flatnonzero(np.r_[True, g[1:] != g[:-1], True])
    shares = []
    for a, b in zip(bounds[:-1], bounds[1:]):
        tt = t[a:b]
        assigned = tt[tt != OUTLIER]
        best = np.unique(assigned, return_counts=True)[1].max() if len(assigned) else 0
        shares.append(best / (b - a))
    return float(np.mean(shares)) if shares else float("nan")


def summary(topics, labels=None, langs=None, groups=None, mask=None) -> dict:
    """Every measure that applies; ``mask`` restricts the language and group measures (e.g. to
    the languages the embedder covers)."""
    topics = np.asarray(topics)
    out = {"topics": n_topics(topics), "outliers": outlier_share(topics)}
    if labels is not None:
        out["nmi_label"] = nmi(labels, topics)
        out["ari_label"] = ari(labels, topics)
    if langs is not None and len(set(langs)) > 1:
        m = np.ones(len(topics), bool) if mask is None else np.asarray(mask)
        langs = np.asarray(langs, dtype=object)
        if labels is not None:
            out["nmi_label_covered"] = nmi(np.asarray(labels, dtype=object)[m], topics[m])
        out["nmi_lang_covered"] = nmi(langs[m], topics[m])
        out["nmi_lang_all"] = nmi(langs, topics)
        if groups is not None:
            out["group_share_covered"] = group_majority_share(np.asarray(groups)[m], topics[m])
            out["group_share_all"] = group_majority_share(groups, topics)
    return out


def document_topics(doc_ids, topics, lengths=None) -> tuple[list, np.ndarray]:
    """(documents in order of first appearance, each one's main topic): its passages' topics
    weighted by ``lengths`` (:func:`viz.topics.context.document_main_topic`), -1 when all its
    passages are outliers."""
    import pandas as pd

    from .context import document_main_topic

    main = document_main_topic(topics, doc_ids, lengths)
    frame = pd.DataFrame({"doc": list(doc_ids), "main": main}).drop_duplicates("doc")
    return frame["doc"].tolist(), frame["main"].to_numpy()


def document_summary(doc_ids, topics, doc_labels: dict, lengths=None) -> dict:
    """Per-document measures of passage topics: each document's main topic against its label
    (``doc_labels``: doc id -> label), the topic count and outlier share of documents and of
    passages, and within-document agreement (:func:`viz.topics.context.within_document_agreement`)."""
    from .context import within_document_agreement

    topics = np.asarray(topics)
    docs, main = document_topics(doc_ids, topics, lengths)
    return {"nmi_label": nmi([doc_labels[d] for d in docs], main),
            "ari_label": ari([doc_labels[d] for d in docs], main),
            "topics": n_topics(topics), "doc_topics": n_topics(main),
            "outliers": outlier_share(main), "passage_outliers": outlier_share(topics),
            "agreement": within_document_agreement(topics, doc_ids, lengths)}
