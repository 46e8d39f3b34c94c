"""Topic curation by the person who knows the subject: rename, merge, split, delete.

Each change rewrites the run directory atomically with everything that depends on topics
recomputed (terms and automatic labels, sizes, languages, representative passages, the topic of
each date mention, the events), and appends one line to ``curation.jsonl`` in the run, so the
change survives reopening and the log says who changed what, when. The CLI (``viz topics``) and
the dashboard both call these functions; each returns a :class:`Change`, the record of what it
changed (topics added, removed, resized, relabelled, passages moved) with the new run.

Changes are serialised: each one holds the run's lock (across threads and processes), reads the
run as it is now, applies the change and publishes the new run with its log line in one atomic
swap, so two people curating at once never lose each other's changes, and a change reported
done is on disk.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .. import schema as S
from ..events import summarize_events
from ..store import Run, clean_stale, load_embeddings, load_run, run_lock, write_run
from .description import OUTLIER_LABEL, describe_topics


class CurationError(ValueError):
    """A curation request that cannot be applied; the message says why."""


@dataclass(frozen=True)
class Change:
    """What one curation change did, returned by it: the dashboard and the CLI report this
    record, not the log read back (which another tab's change may have extended since).

    Topic ids exclude -1 (the unassigned passages); ``labels`` holds the label, after the
    change, of every topic it added, resized or relabelled; ``relabelled`` the label of each
    topic present before and after whose label changed, as ``(before, after)``.
    """

    action: str  # the log's "op": rename, merge, split, delete, coarsen, level
    added: tuple[int, ...]  # topics that did not exist before
    removed: tuple[int, ...]  # topics that no longer exist
    resized: tuple[int, ...]  # topics present before and after, with other passages
    relabelled: dict[int, tuple[str, str]]
    labels: dict[int, str]
    passages_moved: int  # passages whose topic changed (to or from -1 included)
    unassigned: int  # passages in no topic after the change
    entry: dict  # the line appended to the curation log
    run: Run = field(repr=False, compare=False)  # the run as written

    @property
    def n_topics(self) -> int:
        return int((self.run.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC).sum())

    def summary(self) -> str:
        """One sentence saying what changed."""
        def ids(ts):
            return ", ".join(map(str, ts))

        def named(ts):
            return ", ".join(f"{t} “{self.labels.get(t, '')}”" for t in ts)

        a = self.action
        if a == "rename":
            t = self.entry["topic"]
            return f"Topic {t} is now “{self.relabelled.get(t, ('', self.entry['label']))[1]}”."
        if a == "merge":
            return (f"Merged topics {ids(self.removed)} into topic {named([self.entry['into']])}"
                    f": {self.passages_moved} passages moved.")
        if a == "split":
            return (f"Split topic {self.entry['topic']}: {self.passages_moved} passages moved to "
                    f"new topic {named(self.added)}.")
        if a == "delete":
            return (f"Deleted topics {ids(self.removed)}: {self.passages_moved} passages are "
                    f"unassigned.")
        if a == "coarsen":
            return (f"Coarser level: {self.n_topics} topics; merged {ids(self.removed)} into "
                    f"their nearest topics.")
        if a == "level":
            return f"Re-cut into {self.n_topics} topics."
        return f"{a}: {len(self.added)} topics added, {len(self.removed)} removed."


def _change(entry: dict, before: Run, after: Run) -> Change:
    """The record of the change from ``before`` to ``after``."""
    def labels(run):
        t = run.topics
        return {int(k): str(v) for k, v in zip(t[S.TOPIC_ID], t[S.LABEL]) if k != S.OUTLIER_TOPIC}

    l0, l1 = labels(before), labels(after)
    ids0, ids1 = set(l0), set(l1)
    old = before.passages.set_index(S.PASSAGE_ID)[S.TOPIC_ID]
    old, new = old.to_numpy(), after.passages.set_index(S.PASSAGE_ID)[S.TOPIC_ID].reindex(
        old.index).to_numpy()
    moved = old != new
    touched = {int(t) for t in np.unique(np.concatenate([old[moved], new[moved]]))}
    added = tuple(sorted(ids1 - ids0))
    removed = tuple(sorted(ids0 - ids1))
    resized = tuple(sorted(ids0 & ids1 & touched))
    relabelled = {t: (l0[t], l1[t]) for t in sorted(ids0 & ids1) if l0[t] != l1[t]}
    return Change(
        action=str(entry.get("op")), added=added, removed=removed, resized=resized,
        relabelled=relabelled,
        labels={t: l1[t] for t in sorted({*added, *resized, *relabelled})},
        passages_moved=int(moved.sum()),
        unassigned=int((after.passages[S.TOPIC_ID] == S.OUTLIER_TOPIC).sum()),
        entry=entry, run=after)


def _describe(passages: pd.DataFrame, embeddings: np.ndarray, user_labels: dict[int, str],
              before: Run | None = None,
              carry: bool = True) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The ``topics``, ``topic_terms`` and ``topic_hierarchy`` tables for the passages' current
    ``topic_id`` (:func:`viz.topics.description.describe_topics`, as the build describes them);
    user labels are kept as given.

    A topic whose passages did not change keeps its terms, translation groups and automatic
    label from ``before`` (renaming topic 3 does not relabel topic 5) unless ``carry`` is
    False. Changed topics are described afresh, with the run's embedder when it can be loaded
    (terms re-ranked by meaning, translation groups), else from c-TF-IDF alone; when no topic
    changed (a rename), the embedder is not loaded at all.
    """
    from .clustering import TopicParams

    topic_ids = passages[S.TOPIC_ID].to_numpy()
    params = TopicParams.from_manifest(
        before.manifest.get("topic_parameters") if before is not None else None, len(passages))
    kept: set[int] = set()
    if before is not None and carry:
        kept = _unchanged_topics(before.passages, passages)
    changed = set(int(t) for t in topic_ids) - kept
    if before is not None and carry and not changed and _only_labels_differ(before, kept,
                                                                             user_labels):
        # a rename: no passage moved, so terms, representatives and the hierarchy are the
        # run's own (describing again cost 11 s at 126,000 passages); only labels change
        return _relabel(before.topics.copy(), user_labels, kept), before.topic_terms, \
            before.topic_hierarchy
    # the build's own description step, on the run's whole assignment
    d = describe_topics(passages[S.TEXT].tolist(), topic_ids, passages[S.LANG].tolist(),
                        embeddings, params=params, doc_ids=passages[S.DOC_ID].tolist(),
                        embedder=_embedder(before) if changed else None)  # a rename loads none
    table, terms = d.topics, d.terms
    if kept:
        old = before.topics.set_index(S.TOPIC_ID)
        for col in (S.TERMS, S.LABEL_LANG, S.LABEL):
            table[col] = [old.at[int(t), col] if int(t) in kept and int(t) in old.index and
                          (col != S.LABEL or old.at[int(t), S.LABEL_SOURCE] == "auto") else v
                          for t, v in zip(table[S.TOPIC_ID], table[col])]
        old_terms = before.topic_terms[before.topic_terms[S.TOPIC_ID].isin(kept)]
        terms = pd.concat([terms[~terms[S.TOPIC_ID].isin(kept)], old_terms], ignore_index=True)
        terms = terms.sort_values([S.TOPIC_ID, S.LANG, S.RANK], kind="stable")
        terms = terms.astype({S.TOPIC_ID: "int32", S.RANK: "int32", S.GROUP: "int32"})
        terms = terms.reset_index(drop=True)[S.columns(S.TOPIC_TERMS)]
    pid = passages[S.PASSAGE_ID].to_numpy()
    table[S.REPRESENTATIVE] = [[int(pid[i]) for i in rep] for rep in table[S.REPRESENTATIVE]]
    return _relabel(table, user_labels, kept), terms, d.hierarchy


def _only_labels_differ(before: Run, kept: set[int], user_labels: dict[int, str]) -> bool:
    """Every topic of ``before`` kept its passages, and no user label was taken away (whose
    topic would need its automatic label back, which the run does not hold)."""
    ids = {int(t) for t in before.topics[S.TOPIC_ID]}
    users = {int(t) for t, src in zip(before.topics[S.TOPIC_ID], before.topics[S.LABEL_SOURCE])
             if src == "user"}
    return ids == kept and users <= set(user_labels)


def _relabel(table: pd.DataFrame, user_labels: dict[int, str], kept: set[int]) -> pd.DataFrame:
    """User labels first, then kept automatic labels, then new ones: all unique."""
    taken = set(user_labels.values())
    order = sorted(range(len(table)), key=lambda i: (int(table[S.TOPIC_ID].iloc[i]) in user_labels,
                                                     int(table[S.TOPIC_ID].iloc[i]) in kept),
                   reverse=True)
    labels, sources = list(table[S.LABEL]), ["auto"] * len(table)
    for i in order:
        topic = int(table[S.TOPIC_ID].iloc[i])
        if topic in user_labels:
            labels[i], sources[i] = user_labels[topic], "user"
            continue
        label = labels[i]
        if label in taken:
            label = f"{label} ({topic})"
        taken.add(label)
        labels[i] = label
    table[S.LABEL] = labels
    table[S.LABEL_SOURCE] = sources
    return table


def _embedder(run: Run | None):
    """The run's embedder, or None when it cannot be made here (none named, missing extra,
    model, ...)."""
    from ..embed import run_embedder

    if run is None:
        return None
    try:
        return run_embedder(run.manifest)
    except Exception:  # noqa: BLE001 - any failure only means terms from c-TF-IDF alone
        return None


def _unchanged_topics(old: pd.DataFrame, new: pd.DataFrame) -> set[int]:
    """Topic ids holding exactly the same passages before and after a change."""
    def members(df):
        return {int(t): frozenset(g) for t, g in df.groupby(S.TOPIC_ID)[S.PASSAGE_ID]}
    a, b = members(old), members(new)
    return {t for t, m in b.items() if a.get(t) == m}


def _user_labels(run: Run) -> dict[int, str]:
    t = run.topics
    return {int(k): str(v) for k, v, src in zip(t[S.TOPIC_ID], t[S.LABEL], t[S.LABEL_SOURCE])
            if src == "user"}


def _check_topics(run: Run, topic_ids, *, allow_outliers: bool = False) -> list[int]:
    known = set(int(t) for t in run.topics[S.TOPIC_ID])
    ids = [int(t) for t in topic_ids]
    for t in ids:
        if t == S.OUTLIER_TOPIC and not allow_outliers:
            raise CurationError("topic -1 holds the unassigned passages; it cannot be changed")
        if t not in known:
            raise CurationError(f"no topic {t} in this run (topics: "
                                f"{', '.join(str(k) for k in sorted(known))})")
    return ids


def _commit(run: Run, passages: pd.DataFrame, user_labels: dict[int, str], entry: dict, *,
            fresh: bool = False) -> Change:
    """Recompute what depends on topics, write the run, append ``entry`` to the log and return
    the record of the change.
    ``fresh``: every topic is new (no terms or labels carried over from the old ones)."""
    run_dir = Path(run.path)
    kept = set() if fresh else _unchanged_topics(run.passages, passages)
    if not fresh and _only_labels_differ(run, kept, user_labels) and \
            {int(t) for t in passages[S.TOPIC_ID]} <= kept:
        # a rename: no passage moved; the embeddings file is carried over as it is
        embeddings = None
        topics, terms, hierarchy = (_relabel(run.topics.copy(), user_labels, kept),
                                    run.topic_terms, run.topic_hierarchy)
    else:
        embeddings = load_embeddings(run_dir)  # row i is passage_id i
        topics, terms, hierarchy = _describe(
            passages, embeddings[passages[S.PASSAGE_ID].to_numpy()], user_labels, before=run,
            carry=not fresh)
    # Events keep their mentions (they are about dates and text, not topics); each event's
    # topic follows its mentions' passages.
    mentions = run.mentions.copy()
    mentions[S.TOPIC_ID] = mentions[S.PASSAGE_ID].map(
        dict(zip(passages[S.PASSAGE_ID], passages[S.TOPIC_ID]))).astype("int32")
    events = summarize_events(mentions, passages)
    entry = {"at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), **entry}
    manifest = dict(run.manifest)
    manifest["counts"] = {
        **manifest.get("counts", {}),
        "topics": int((topics[S.TOPIC_ID] != S.OUTLIER_TOPIC).sum()),
        "outlier_passages": int((passages[S.TOPIC_ID] == S.OUTLIER_TOPIC).sum()),
        "events": int(len(events)),
    }
    manifest["curation"] = [*manifest.get("curation", []), entry]
    manifest["next_topic_id"] = max(int(manifest.get("next_topic_id", 0)),
                                    int(run.topics[S.TOPIC_ID].max()) + 1,
                                    int(topics[S.TOPIC_ID].max()) + 1)
    tables = {S.DOCUMENTS: run.documents, S.PASSAGES: passages, S.TOPICS: topics,
              S.MENTIONS: mentions, S.EVENTS: events, S.TOPIC_TERMS: terms,
              S.TOPIC_HIERARCHY: hierarchy}
    # terms per topic and period: kept while every passage keeps its topic (a rename); a change
    # that moves passages leaves the run without them (recomputing costs minutes on big runs)
    old_ids = run.passages.sort_values(S.PASSAGE_ID)[S.TOPIC_ID].to_numpy()
    new_ids = passages.sort_values(S.PASSAGE_ID)[S.TOPIC_ID].to_numpy()
    if (len(run.topic_terms_time) and len(old_ids) == len(new_ids)
            and (old_ids == new_ids).all()):
        tables[S.TOPIC_TERMS_TIME] = run.topic_terms_time
    # the log line goes into the new run itself: change and log are published together
    carried = (S.CURATION_LOG, S.REDUCED) + ((S.EMBEDDINGS,) if embeddings is None else ())
    write_run(run_dir, tables, manifest, embeddings=embeddings, keep=carried,
              append={S.CURATION_LOG: json.dumps(entry, ensure_ascii=False) + "\n"})
    return _change(entry, run, load_run(run_dir))


def _serialised(change):
    """Run a curation change under the run's lock, on the run as it is on disk now."""
    @functools.wraps(change)
    def locked(run_dir, *args, **kwargs):
        with run_lock(run_dir):
            clean_stale(run_dir)  # leftovers of a killed writer: nobody else holds the lock
            return change(run_dir, *args, **kwargs)
    return locked


@_serialised
def rename(run_dir, topic_id: int, label: str) -> Change:
    """Give a topic a label of your own; labels stay unique."""
    run = load_run(run_dir)
    (topic_id,) = _check_topics(run, [topic_id])
    label = " ".join(str(label).split())
    if not label:
        raise CurationError("a label cannot be empty")
    others = set(run.topics[run.topics[S.TOPIC_ID] != topic_id][S.LABEL]) | {OUTLIER_LABEL}
    if label in others:
        raise CurationError(f"another topic is already labelled {label!r}")
    labels = {**_user_labels(run), topic_id: label}
    return _commit(run, run.passages.copy(), labels,
                   {"op": "rename", "topic": topic_id, "label": label})


@_serialised
def merge(run_dir, topic_ids, label: str | None = None) -> Change:
    """Merge topics into the first one named; its label is recomputed unless given."""
    run = load_run(run_dir)
    ids = _check_topics(run, topic_ids)
    if len(set(ids)) < 2:
        raise CurationError("name at least two different topics to merge")
    target = ids[0]
    passages = run.passages.copy()
    passages.loc[passages[S.TOPIC_ID].isin(ids), S.TOPIC_ID] = target
    labels = {k: v for k, v in _user_labels(run).items() if k not in ids}
    if label:
        if label in labels.values():
            raise CurationError(f"another topic is already labelled {label!r}")
        labels[target] = " ".join(label.split())
    return _commit(run, passages, labels,
                   {"op": "merge", "topics": ids, "into": target, "label": label})


@_serialised
def split(run_dir, topic_id: int, parts: int = 2, seed: int = 0) -> Change:
    """Split a topic into ``parts`` by k-means on its passages' embeddings."""
    from sklearn.cluster import KMeans

    run = load_run(run_dir)
    (topic_id,) = _check_topics(run, [topic_id])
    passages = run.passages.copy()
    members = np.flatnonzero(passages[S.TOPIC_ID].to_numpy() == topic_id)
    if parts < 2 or parts > len(members):
        raise CurationError(f"topic {topic_id} has {len(members)} passages; cannot split it "
                            f"into {parts} parts")
    embeddings = load_embeddings(run.path)  # row i is passage_id i
    vecs = embeddings[passages[S.PASSAGE_ID].to_numpy()[members]]
    km = KMeans(n_clusters=parts, random_state=seed, n_init=10).fit(vecs)
    # the largest part keeps the id; the others get new ids
    sizes = np.bincount(km.labels_, minlength=parts)
    ranked = list(np.argsort(-sizes, kind="stable"))
    # ids are never reused, so a topic number in the log always means one topic
    next_id = max(int(run.topics[S.TOPIC_ID].max()) + 1, int(run.manifest.get("next_topic_id", 0)))
    new_id = {int(ranked[0]): topic_id}
    for k in ranked[1:]:
        new_id[int(k)] = next_id
        next_id += 1
    assigned = passages[S.TOPIC_ID].to_numpy().copy()
    assigned[members] = [new_id[int(k)] for k in km.labels_]
    passages[S.TOPIC_ID] = assigned
    labels = {k: v for k, v in _user_labels(run).items() if k != topic_id}
    return _commit(run, passages, labels, {"op": "split", "topic": topic_id, "parts": parts,
                                           "new_topics": sorted(set(new_id.values()) - {topic_id}),
                                           "seed": seed})


@_serialised
def coarsen(run_dir, n_topics: int) -> Change:
    """A coarser level: merge topics along the stored hierarchy until ``n_topics`` remain.

    Each merged group keeps its smallest topic id and that topic's user label, if it has one;
    the labels of topics merged into another are dropped, the others are recomputed.
    """
    from .tree import cut_hierarchy

    run = load_run(run_dir)
    present = sorted(int(t) for t in run.topics[S.TOPIC_ID] if t != S.OUTLIER_TOPIC)
    if n_topics < 1:
        raise CurationError("ask for at least one topic")
    if n_topics >= len(present):
        raise CurationError(f"the run has {len(present)} topics; a coarser level needs fewer "
                            f"than that (a finer one needs a new build: viz build --topics N)")
    passages = run.passages.copy()
    before = passages[S.TOPIC_ID].to_numpy()
    after = cut_hierarchy(run.topic_hierarchy, before, n_topics)
    passages[S.TOPIC_ID] = after.astype("int32")
    mapping = {int(a): int(b) for a, b in set(zip(before, after)) if a != S.OUTLIER_TOPIC}
    merged = sorted({a for a, b in mapping.items() if a != b})
    labels = {k: v for k, v in _user_labels(run).items() if mapping.get(k, k) == k}
    groups = {}
    for a, b in sorted(mapping.items()):
        if a != b:
            groups.setdefault(b, []).append(a)
    return _commit(run, passages, labels, {"op": "coarsen", "n_topics": int(n_topics),
                                           "merged": {str(k): v for k, v in groups.items()},
                                           "topics_merged": merged})


@_serialised
def relevel(run_dir, n_topics: int) -> Change:
    """Re-cut the run into ``n_topics`` topics (finer or coarser) from its stored micro-clusters.

    The build merged density micro-clusters into topics; this merges the same micro-clusters
    again, into another number of topics, with the build's own method and seed (no UMAP or
    HDBSCAN again, no embedder). It replaces the topics: ids restart from 0 by size and user
    labels are dropped (the log keeps them). Passages that stayed outliers stay unassigned.
    As in the build, passages then follow their document's main topic unless clearly elsewhere
    (:mod:`viz.topics.context`), which can leave a group with no passage: the run may then hold
    fewer than ``n_topics`` topics.
    """
    from ..store import load_reduced
    from .clustering import TopicParams, _by_size, clustering_vectors, group_clusters

    run = load_run(run_dir)
    reduced = load_reduced(run.path)
    passages = run.passages.sort_values(S.PASSAGE_ID).reset_index(drop=True)
    clusters = passages[S.CLUSTER_ID].to_numpy().astype(np.int64)
    n_clusters = len(np.unique(clusters[clusters >= 0]))
    if reduced is None or n_clusters < 2:
        raise CurationError("this run was too small to cluster: it has a single topic")
    if not 1 <= n_topics <= n_clusters:
        raise CurationError(f"ask for 1 to {n_clusters} topics (the run has {n_clusters} "
                            f"micro-clusters to group)")
    params = TopicParams.from_manifest(run.manifest.get("topic_parameters"), len(passages))
    # the build's vectors (aligned, with the document context: viz.topics.context), merged as
    # the build merges them; labels then smoothed within documents
    from .context import after_clustering

    doc_ids = passages[S.DOC_ID].tolist()
    texts = passages[S.TEXT].tolist()
    embeddings, _ = clustering_vectors(
        load_embeddings(run.path)[passages[S.PASSAGE_ID].to_numpy()],
        passages[S.LANG].astype(str).tolist(), texts, doc_ids, params)
    labels = group_clusters(clusters, embeddings, reduced[passages[S.PASSAGE_ID].to_numpy()],
                            n_topics, params, doc_ids=doc_ids, lengths=[len(t) for t in texts])
    labels = after_clustering(labels, embeddings, doc_ids, texts, params)
    # a passage the build left unassigned, outside every micro-cluster, stays so
    stayed_out = (clusters < 0) & (passages[S.TOPIC_ID].to_numpy() == S.OUTLIER_TOPIC)
    topic_ids = _by_size(np.where(stayed_out, S.OUTLIER_TOPIC, labels))
    original = passages[S.TOPIC_ID_ORIGINAL].to_numpy()
    passages[S.TOPIC_ID] = topic_ids
    passages[S.TOPIC_ID_ORIGINAL] = np.where(original == S.OUTLIER_TOPIC, S.OUTLIER_TOPIC,
                                             topic_ids).astype(np.int32)
    return _commit(run, passages, {}, {"op": "level", "n_topics": int(n_topics),
                                       "dropped_labels": _user_labels(run)}, fresh=True)


@_serialised
def delete(run_dir, topic_ids) -> Change:
    """Dissolve topics: their passages become unassigned (nothing is removed from the corpus)."""
    run = load_run(run_dir)
    ids = _check_topics(run, topic_ids)
    passages = run.passages.copy()
    passages.loc[passages[S.TOPIC_ID].isin(ids), S.TOPIC_ID] = S.OUTLIER_TOPIC
    labels = {k: v for k, v in _user_labels(run).items() if k not in ids}
    return _commit(run, passages, labels, {"op": "delete", "topics": ids})


def history(run_dir) -> list[dict]:
    """The curation log of a run, oldest first."""
    path = Path(run_dir) / S.CURATION_LOG
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
