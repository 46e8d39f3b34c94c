"""``viz build --cluster``: the same build, run on a Dask cluster.

What runs where:

* **client** (the machine running ``viz build``): plans the reading without reading a
  document (:mod:`viz.ingest.parts`: the named paths checked, folders walked, ``metadata.csv``
  files read, file sizes taken), then applies the corpus-wide steps of
  :func:`viz.ingest.read_corpus` to what the read tasks report (doc_id renames, the earliest
  plausible year, the fingerprint, the skipped list); fits the topics on a sample of passages,
  numbers everything globally and writes the run directory through
  :func:`viz.store.write_run` (atomic: a run appears complete or not at all).
* **workers** read and parse the files: runs of small text files, whole CSV and Parquet
  files, and large JSONL files (plain or ``.gz``) in pieces cut at line ends, about
  ``MIN_PART_BYTES``..``MAX_PART_BYTES`` each (the input over 4 tasks per worker thread).
  The files must therefore be visible to the workers at the same path (a shared file system),
  as the embedding cache need not be. A read task's documents stay on its worker until the
  per-document tasks have run on them (Dask recomputes them if that worker dies). A named
  path that cannot be read stops the build with an :class:`viz.ingest.InputError`, as in one
  process (when two named paths are both unreadable, the plan may name another one first).
* **workers** (one task per slice of the documents a read task left): passages, language
  identification, embedding (each worker process loads the embedder once and uses the
  embedding cache of its machine: ``--cache-dir`` or ``$VIZ_CACHE_DIR`` or ``~/.cache/viz``
  *there*; a corpus-fitted embedder, ``tfidf``, needs every text at once and runs on the
  client), inferred publication dates, date mentions and the embedding of the sentence around
  each mention.
  Then, when the corpus is larger than the topic sample, the assignment of every passage
  outside the sample to a topic (one task per partition), and the grouping of dated mentions
  into events (one task per partition of date values: every mention of one value is in one
  partition, so each partition's events are final).

Topics are fitted as in a single-process build (:mod:`viz.topics.sample`): on every passage
up to ``BuildConfig.topic_sample`` (100,000 by default), and the run is then the same as a
single-process build with the same seed (same tables; only timings, the ``cluster`` parameter
and the count of passages embedded now may differ); above it on a seeded sample, here, and
every other passage is placed beside its nearest fitted passage on the workers.

A worker that dies is replaced (a ``LocalCluster`` restarts it; on a real cluster its nanny
does) and Dask reruns its tasks, up to ``distributed.scheduler.allowed-failures`` times (3 by
default). Past that the build stops with :class:`ClusterError` and writes nothing.

Dask is imported only here, and this module only when ``--cluster`` is given.
"""

from __future__ import annotations

import datetime as dt
import math
import platform
import sys
import time
import uuid
import zlib
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from . import schema as S
from .store import RunError

PARTITIONS_PER_WORKER = 4  # document partitions per worker thread: load balance vs overhead
MIN_PARTITION_DOCS = 20
# bytes of input per read task: the input over (worker threads x PARTITIONS_PER_WORKER), within
# these bounds; a JSONL file larger than a part is read in pieces
MIN_PART_BYTES = 1 << 20
MAX_PART_BYTES = 64 << 20
CONNECT_TIMEOUT = "30s"  # to reach a scheduler given by address
WORKER_TIMEOUT = 60  # seconds to wait for its first worker
INSTALL_HINT = ("viz build --cluster needs Dask: uv sync --extra dask "
                "(or pip install 'viz[dask]', i.e. dask[distributed])")


class ClusterError(RunError):
    """The cluster could not finish the build; no run directory was written."""


def _import_distributed():
    try:
        import distributed  # noqa: F401
    except ImportError:
        from .embed import MissingDependency

        raise MissingDependency(INSTALL_HINT) from None
    import distributed

    return distributed


# --- on the workers ---------------------------------------------------------------------------

_EMBEDDERS: dict = {}


def worker_embedder(spec: str, seed: int):
    """This worker process's embedder, loaded on first use and kept for every later task."""
    key = (spec, seed)
    if key not in _EMBEDDERS:
        from .embed import make_embedder

        _EMBEDDERS[key] = make_embedder(spec, seed=seed)
    return _EMBEDDERS[key]


def _embed(texts, embedder, opts):
    from .embed import EmbeddingCache, default_cache_dir, embed_texts

    cache = None
    if opts["use_cache"] and embedder.cacheable:
        cache = EmbeddingCache(opts["cache_dir"] or default_cache_dir())
    try:
        return embed_texts(texts, embedder, cache=cache)
    finally:
        if cache is not None:
            cache.close()


def process_documents(documents: pd.DataFrame, opts: dict) -> dict:
    """Every per-document stage on one partition of whole documents (a worker task).

    Passage and mention ids are local to the partition (from 0); the client offsets them.
    """
    from .build import infer_dates, with_inferred_dates
    from .events import extract_mentions, mention_sentence_vectors
    from .language import assign_languages
    from .passages import make_passages

    started = time.perf_counter()
    documents = documents.copy()
    passages = make_passages(documents, max_chars=opts["max_chars"])
    passage_langs, doc_langs = assign_languages(documents, passages, opts["languages"])
    passages[S.LANG] = passage_langs.to_numpy()
    documents[S.LANG] = doc_langs.to_numpy()
    embeddings, n_computed = None, 0
    if opts["embed_on_workers"]:
        embedder = worker_embedder(opts["embedder"], opts["seed"])
        embeddings, n_computed = _embed(passages[S.TEXT].tolist(), embedder, opts)
    if opts["infer_dates"]:
        documents = with_inferred_dates(documents, infer_dates(documents))
    mentions = extract_mentions(documents, passages, reference_date=opts["reference_date"])
    sentence_vectors = None
    if len(mentions) and opts["embed_on_workers"]:
        # as the single-process build: a mention in a short passage, or whose sentence is its
        # passage, reuses the passage's vector; other sentences are embedded once each
        sentence_vectors, _ = mention_sentence_vectors(
            mentions, passages, embeddings if embedder.cacheable else None,
            lambda texts: _embed(texts, embedder, opts)[0])
    return {"documents": documents, "passages": passages, "embeddings": embeddings,
            "n_computed": int(n_computed), "mentions": mentions,
            "sentence_vectors": sentence_vectors, "seconds": time.perf_counter() - started}


def process_part(read_result: dict, lo: int, hi: int, earliest: int,
                 renamed: dict[int, str], opts: dict) -> dict:
    """:func:`process_documents` on rows ``lo:hi`` of a read task's result (a worker task),
    with the corpus's date flags and doc_id renames applied first."""
    from .ingest.parts import rows_of

    documents, flag_warnings = rows_of(read_result, lo, hi, earliest, renamed)
    out = process_documents(documents, opts)
    out["flag_warnings"] = flag_warnings
    return out


def group_events(mentions: pd.DataFrame, passages: pd.DataFrame,
                 sentence_vectors: np.ndarray | None) -> dict:
    """Events of one partition of date values (a worker task); ids local to the partition.

    ``mentions`` holds every dated mention of its values, in ``mention_id`` order, so the
    events are those a single-process build finds. ``order`` gives each local event the key
    the single-process build numbers events by: (date of its first mention, value, first
    mention id).
    """
    from .events import assign_events, summarize_events

    mentions = mentions.reset_index(drop=True)
    assigned = assign_events(mentions, passages, sentence_vectors)
    events = summarize_events(assigned, passages)
    firsts = assigned[assigned[S.EVENT_ID].notna()].groupby(S.EVENT_ID, sort=True).head(1)
    order = {int(e): (d, v, int(m)) for e, d, v, m in zip(
        firsts[S.EVENT_ID], firsts[S.DATE_START], firsts[S.VALUE], firsts[S.MENTION_ID])}
    return {"event_ids": dict(zip(assigned[S.MENTION_ID].astype(int),
                                  assigned[S.EVENT_ID].astype(int))),
            "events": events, "order": order}


# --- on the client ----------------------------------------------------------------------------

def parse_cluster(spec: str) -> tuple[str, int | str]:
    """``local:N`` -> ("local", N); a scheduler address -> ("address", address)."""
    spec = spec.strip()
    if spec.startswith("local"):
        _, _, n = spec.partition(":")
        try:
            workers = int(n) if n else 2
        except ValueError:
            raise ValueError(f"--cluster {spec!r}: expected local:N with N a number of worker "
                             "processes, e.g. local:2") from None
        if workers < 1:
            raise ValueError(f"--cluster {spec!r}: N must be at least 1")
        return "local", workers
    if "://" not in spec and ":" not in spec:
        raise ValueError(f"--cluster {spec!r}: expected a scheduler address such as "
                         "tcp://host:8786, or local:N")
    return "address", spec


class _Cluster:
    """A client on the given scheduler, or on a LocalCluster started (and stopped) here."""

    def __init__(self, spec: str):
        self.kind, self.target = parse_cluster(spec)
        self.cluster = None
        self.client = None

    def __enter__(self):
        distributed = _import_distributed()
        if self.kind == "local":
            self.cluster = distributed.LocalCluster(
                n_workers=self.target, threads_per_worker=1, processes=True,
                dashboard_address=None, memory_limit=0)
            self.client = distributed.Client(self.cluster)
        else:
            try:
                self.client = distributed.Client(self.target, timeout=CONNECT_TIMEOUT)
            except OSError as exc:
                raise ClusterError(f"--cluster {self.target}: cannot reach the Dask scheduler "
                                   f"({exc}); start one with: dask scheduler") from None
            try:
                self.client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
            except (TimeoutError, OSError):
                self.client.close()
                raise ClusterError(f"--cluster {self.target}: the scheduler has no workers; "
                                   f"start some with: dask worker {self.target}") from None
        return self.client

    def __exit__(self, *exc):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _partitions(n: int, parts: int, min_rows: int | None = None) -> list[tuple[int, int]]:
    min_rows = min_rows or MIN_PARTITION_DOCS
    parts = max(1, min(parts, math.ceil(n / min_rows) if n else 1))
    bounds = np.linspace(0, n, parts + 1).round().astype(int)
    return [(int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:]) if b > a]


def _gather(client, futures, show: bool, desc: str, total: int | None = None):
    """Results of ``futures`` in their order, with a progress bar of finished tasks."""
    from concurrent.futures import CancelledError

    from distributed import as_completed
    from distributed.scheduler import KilledWorker
    from tqdm import tqdm

    bar = tqdm(total=len(futures), desc=f"{desc:<10}", unit="task", disable=not show,
               file=sys.stderr, leave=True, dynamic_ncols=True)
    try:
        for _ in as_completed(futures):
            bar.update(1)
        return client.gather(futures)
    except CancelledError:
        raise ClusterError(f"the Dask cluster lost {desc} tasks (the scheduler or the workers "
                           "holding their inputs went away); no run was written") from None
    except KilledWorker as exc:
        raise ClusterError(
            f"a Dask worker died while running {desc} task {exc.task!r} "
            f"{exc.allowed_failures + 1} times (distributed.scheduler.allowed-failures="
            f"{exc.allowed_failures}); no run was written") from None
    finally:
        bar.close()


def _fit_and_assign(client, config, embedder, passages, embeddings, part_bounds, st_show,
                    token):
    """Topics: a fit on (a sample of) the passages here, the rest placed on the workers."""
    from .topics.sample import fit_on_sample

    langs = passages[S.LANG].astype(str).tolist()

    def place(index):
        # a task result, not scattered data: recomputed if the worker holding it dies
        index_future = client.submit(lambda x: x, index, key=f"viz-topic-sample-{token}")
        futures = [client.submit(_nearest, index_future, embeddings[a:b], langs[a:b],
                                 key=f"viz-assign-{token}-{a}-{b}") for a, b in part_bounds]
        return (np.concatenate(_gather(client, futures, st_show, "assign")) if futures
                else np.zeros(0, np.int64))

    return fit_on_sample(passages[S.TEXT].tolist(), embeddings, langs,
                         passages[S.DOC_ID].tolist(), embedder=embedder, seed=config.seed,
                         align=config.align_languages, n_topics=config.n_topics,
                         reduce_outliers=config.reduce_outliers, label_lang=config.label_lang,
                         sample_size=getattr(config, "topic_sample", None), place=place,
                         topic_count=config.topic_count)


def _scan_meta(scan: dict) -> dict:
    return {k: v for k, v in scan.items() if k != "data"}


def _piece(scan: dict, j: int) -> bytes:
    return scan["data"][j]


class _Ingested:
    """What :func:`viz.ingest.read_corpus` returns but the documents (left on the workers)."""

    def __init__(self, skipped, warnings, rename_warnings, fingerprint, n_inputs, earliest,
                 n_parts):
        self.skipped, self.warnings, self.rename_warnings = skipped, warnings, rename_warnings
        self.fingerprint, self.n_inputs, self.earliest = fingerprint, n_inputs, earliest
        self.n_parts = n_parts


def read_on_workers(client, config, parts: int, show: bool, token: str):
    """Read the corpus as Dask tasks (see :mod:`viz.ingest.parts`), the same as
    :func:`viz.ingest.read_corpus` would here.

    Returns the reading's bookkeeping and the slices of documents for the per-document tasks:
    ``(read future, lo, hi, {row in slice: new doc_id})``. The documents stay on the workers.
    """
    import hashlib

    from .ingest import Columns, InputError, _Reader, unique_ids
    from .ingest.parts import (Local, Part, Table, group_texts, plan_corpus, read_part,
                               scan_jsonl, splittable, summary_of)
    from .ingest.values import earliest_from_counts, show_name

    columns = config.columns or Columns()
    plan = plan_corpus(config.paths, columns=columns)
    total = sum(item.size for item in plan if hasattr(item, "size"))
    part_bytes = min(MAX_PART_BYTES, max(MIN_PART_BYTES, math.ceil(total / max(parts, 1))))
    plan = group_texts(plan, part_bytes)

    def read(i, j, part, data=None):
        return client.submit(read_part, part, columns, data, key=f"viz-read-{token}-{i}-{j}")

    scans, reads = {}, {}
    for i, item in enumerate(plan):
        if isinstance(item, Table) and (n := splittable(item, part_bytes)) > 1:
            scans[i] = client.submit(scan_jsonl, item.path, item.name, n,
                                     key=f"viz-scan-{token}-{i}")
        elif isinstance(item, Table):
            reads[i] = [read(i, 0, Part(table=item))]
        elif isinstance(item, Part):
            reads[i] = [read(i, 0, item)]
    scanned = {}
    if scans:
        metas = _gather(client, [client.submit(_scan_meta, f, key=f"viz-scanned-{token}-{i}")
                                 for i, f in scans.items()], show, "scan")
        for (i, scan), meta in zip(scans.items(), metas):
            item = plan[i]
            if not meta["ok"]:  # not plain UTF-8, a bad gzip...: read whole, as one process
                reads[i] = [read(i, 0, Part(table=item))]
                continue
            scanned[i] = meta
            gz = item.name.lower().endswith(".gz")
            reads[i] = [read(i, j, Part(table=item, start=a, end=b, first_line=line),
                             client.submit(_piece, scan, j, key=f"viz-piece-{token}-{i}-{j}")
                             if gz else None)
                        for j, (a, b, line) in enumerate(meta["pieces"])]
        del scans, metas
    order = [i for i in range(len(plan)) if i in reads]
    flat = [f for i in order for f in reads[i]]
    summaries_list = _gather(
        client, [client.submit(summary_of, f, key=f.key.replace("viz-read-", "viz-summary-", 1))
                 for f in flat], show, "read")

    missing = [s["missing"] for s in summaries_list if s.get("missing")]
    if missing:
        (path, worker), more = missing[0], len(missing) - 1
        raise ClusterError(
            f"{show_name(path)}: seen here but not found by the Dask worker {worker}"
            + (f" (and {more} more files)" if more else "") + "; the workers read the input "
            "themselves and must see it at the same path (a shared file system); no run "
            "was written")
    summaries = iter(summaries_list)
    r = _Reader(columns)  # formats skipped entries and warnings as read_corpus does
    pieces, ids, held = [], [], []
    n_years = early = 0
    for i, item in enumerate(plan):
        if isinstance(item, Local):
            r.skipped.extend(item.skipped)
            r.warnings.extend(item.warnings)
            continue
        sums = [next(summaries) for _ in reads[i]]
        if i in scanned:
            pieces.append(scanned[i]["digest"])
            if not _assemble_pieces(r, item, sums, columns):
                continue
        else:
            if sums[0]["error"]:
                raise InputError(sums[0]["error"])
            r.skipped.extend(sums[0]["skipped"])
            r.warnings.extend(sums[0]["warnings"])
            pieces.extend(sums[0]["pieces"])
        for future, s in zip(reads[i], sums):
            if s["ids"]:
                held.append((future, len(ids), len(s["ids"])))
                ids.extend(s["ids"])
                n_years += s["n_years"]
                early += s["early"]
    if not ids:
        detail = "; ".join(f"{s['input']}: {s['reason']}" for s in r.skipped[:5])
        raise InputError(
            f"no readable document in {', '.join(show_name(str(p)) for p in config.paths)}"
            + (f" ({len(r.skipped)} skipped: {detail})" if detail else ""))
    renames = _Reader(columns)
    renamed = unique_ids(ids, renames.warn)
    per_task = max(MIN_PARTITION_DOCS, math.ceil(len(ids) / max(parts, 1)))
    slices = []
    for future, offset, n in held:
        for lo, hi in _partitions(n, max(1, round(n / per_task)), 1):  # even slices
            local = {g - offset - lo: renamed[g] for g in range(offset + lo, offset + hi)
                     if g in renamed} if renamed else {}
            slices.append((future, lo, hi, local))
    ingested = _Ingested(r.skipped, r.warnings, renames.warnings,
                         hashlib.sha256(b"".join(pieces)).hexdigest(),
                         len(ids) + len(r.skipped), earliest_from_counts(n_years, early),
                         len(flat))
    return ingested, slices


def _assemble_pieces(r, table, sums, columns) -> bool:
    """Skipped entries and warnings of a JSONL read in pieces, in the order
    ``_Reader.read_table`` gives them; False when the whole file is skipped."""
    from .ingest import InputError
    from .ingest.values import show_name

    shown = show_name(table.name)
    if shown != table.name:
        r.warn(shown, "file name is not valid UTF-8", "shown with \\xNN escapes")
    for s in sums:
        for where, problem, action in s["rec_warnings"]:
            r.warn(where, problem, action)
    n = sum(s["n_records"] for s in sums)
    has_text, offset = False, 0
    for s in sums:  # the text column among the first 1,000 rows, as read_table checks
        if s["first_text"] is not None and offset + s["first_text"] < 1000:
            has_text = True
            break
        offset += s["n_records"]
        if offset >= 1000:
            break
    if n and not has_text:
        keys = [k for s in sums for k in s["keys"]][:50]
        found = sorted({k for row in keys for k in row})
        msg = (f"no text column {columns.text!r} (columns: {', '.join(found)}); "
               "choose one with --text-col")
        if table.explicit:
            raise InputError(f"{shown}: {msg}")
        r.skip(shown, f"{msg}; none of its {n} rows read")
        return False
    for s in sums:
        for where, problem in s["rec_problems"]:
            r.skip(where, problem)
    if not n and not any(s["rec_problems"] for s in sums):
        r.warn(shown, "table has no rows", "nothing read")
    for s in sums:
        r.skipped.extend(s["skipped"])
        r.warnings.extend(s["warnings"])
    return True


def _nearest(index, embeddings, langs):
    return index.nearest(embeddings, langs)


def build_dir(config):
    """Run the build of ``config`` on the Dask cluster ``config.cluster``; returns the run
    directory."""
    from .build import LIBRARIES, table_counts
    from .embed import make_embedder
    from .segment import CJK_LANGS, segmenter_for
    from .store import write_run
    from .topics.coverage import coverage_report, uncovered_topics
    from .topics.sample import sample_note, topic_columns
    from .topics.clustering import align_languages

    _import_distributed()
    started = time.perf_counter()
    token = uuid.uuid4().hex[:12]  # task keys unique to this build on a shared scheduler
    st = _Timer()
    embedder = make_embedder(config.embedder, seed=config.seed)  # for topic terms, here
    opts = {"max_chars": config.max_chars,
            "languages": tuple(config.languages) if config.languages else None,
            "embedder": config.embedder, "seed": config.seed, "use_cache": config.use_cache,
            # as given: a relative --cache-dir is resolved here; unset, each machine's own
            "cache_dir": str(Path(config.cache_dir).resolve()) if config.cache_dir else None,
            "infer_dates": config.infer_dates,
            "reference_date": config.reference_date,
            # a corpus-fitted embedder (tfidf: not cacheable) must see every text at once, so
            # it runs here, after the workers; any other one embeds on the workers
            "embed_on_workers": embedder.cacheable}

    with _Cluster(config.cluster) as client:  # first: an unreachable scheduler fails fast
        threads = sum(client.nthreads().values()) or 1
        with st.stage("read", unit="task"):
            # the files are read and parsed on the workers; here only the plan, and the
            # corpus-wide steps on what the parts report (ids, year counts, skipped entries)
            ingested, slices = read_on_workers(client, config, threads * PARTITIONS_PER_WORKER,
                                               config.progress, token)
        with st.stage("documents", unit="task"):
            # passages, languages, embeddings, inferred dates and mentions, on the workers,
            # each task on a slice of the documents a read task left on its worker (Dask
            # recomputes a read task whose worker died, so nothing is lost with a worker)
            futures = [client.submit(process_part, fut, lo, hi, ingested.earliest, renamed,
                                     opts, key=f"viz-documents-{token}-{k}")
                       for k, (fut, lo, hi, renamed) in enumerate(slices)]
            n_slices = len(slices)
            del slices  # the read results are freed on the workers once their slices are done
            results = _gather(client, futures, config.progress, "documents")
            del futures
        for r in results:  # the flags of implausible dates, in document order, then renames
            ingested.warnings.extend(r.pop("flag_warnings"))
        ingested.warnings.extend(ingested.rename_warnings)
        documents, passages, mentions, embeddings, sentence_vectors, n_computed = \
            _combine(results, pd.DataFrame(columns=S.columns(S.DOCUMENTS)))
        del results
        if not opts["embed_on_workers"]:
            embeddings, n_computed, sentence_vectors = _embed_on_client(
                embedder, passages, mentions)
        passage_bounds = _partitions(len(passages), threads * PARTITIONS_PER_WORKER)

        with st.stage("topics"):
            result, sampled = _fit_and_assign(client, config, embedder, passages, embeddings,
                                              passage_bounds, config.progress, token)
            topics, topic_ids, original, cluster_ids, xy, reduced = topic_columns(
                result, sampled, passages)
            all_langs = passages[S.LANG].tolist()
            coverage = coverage_report(all_langs, embedder)
            coverage["language_topics"] = {str(k): v for k, v in uncovered_topics(
                topic_ids, all_langs, embedder).items()}
            segmenters = {lang: segmenter_for(lang)
                          for lang in sorted(CJK_LANGS & set(passages[S.LANG].astype(str)))}
        passages[S.TOPIC_ID] = topic_ids
        passages[S.TOPIC_ID_ORIGINAL] = original
        passages[S.CLUSTER_ID] = cluster_ids
        passages[S.X] = xy[:, 0]
        passages[S.Y] = xy[:, 1]

        with st.stage("events", unit="task"):
            if sentence_vectors is not None and config.align_languages:
                sentence_langs = mentions[S.PASSAGE_ID].map(
                    dict(zip(passages[S.PASSAGE_ID], passages[S.LANG]))).tolist()
                sentence_vectors, _ = align_languages(sentence_vectors, sentence_langs)
            mentions, events = _events(client, mentions, passages, sentence_vectors,
                                       threads * PARTITIONS_PER_WORKER, config.progress, token)
        workers = len(client.nthreads())

    counts = {
        "inputs": ingested.n_inputs,
        **table_counts(documents, passages, topics, mentions, events),
        "passages_embedded": int(n_computed),
        "skipped": len(ingested.skipped),
        "warnings": len(ingested.warnings),
    }
    manifest = {
        "viz_version": __version__,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "libraries": {"python": platform.python_version(),
                      **{name: _version(name) for name in (*LIBRARIES, "dask", "distributed")}},
        "parameters": config.to_manifest(),
        "embedder_key": embedder.key,
        "topic_method": result.method,
        "topic_parameters": result.params.to_dict(),
        "aligned_languages": result.aligned_languages,
        "topic_coverage": coverage,
        "topic_segmenters": segmenters,
        "topic_sample": sample_note(sampled, len(passages),
                                    getattr(config, "topic_sample", None)),
        "cluster": {"spec": config.cluster, "workers": workers,
                    "read_parts": ingested.n_parts, "document_partitions": n_slices},
        "input_fingerprint": ingested.fingerprint,
        "counts": counts,
        "skipped": ingested.skipped,
        "warnings": ingested.warnings,
    }
    with st.stage("write"):
        tables = {S.DOCUMENTS: documents, S.PASSAGES: passages, S.TOPICS: topics,
                  S.MENTIONS: mentions, S.EVENTS: events, S.TOPIC_TERMS: result.terms,
                  S.TOPIC_HIERARCHY: result.hierarchy}
        manifest["seconds"] = {**st.seconds, "total": round(time.perf_counter() - started, 3)}
        return write_run(config.out, tables, manifest, embeddings=embeddings, reduced=reduced)


class _Timer:
    """Seconds per stage (progress is drawn per task by :func:`_gather`)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str, **_):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = round(time.perf_counter() - start, 3)


def _version(name: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _embed_on_client(embedder, passages, mentions):
    from .embed import embed_texts
    from .events import mention_sentence_vectors

    embeddings, n_computed = embed_texts(passages[S.TEXT].tolist(), embedder)
    sentence_vectors = None
    if len(mentions):
        sentence_vectors, _ = mention_sentence_vectors(
            mentions, passages, embeddings if embedder.cacheable else None, embedder.encode)
    return embeddings, n_computed, sentence_vectors


def _combine(results, documents):
    """Concatenate the partitions in document order with global passage and mention ids."""
    docs, passages, mentions, embeddings, sentences = [], [], [], [], []
    p_off = m_off = 0
    n_computed = 0
    has_sentences = False
    for r in results:
        docs.append(r["documents"])
        p = r["passages"]
        p[S.PASSAGE_ID] = p[S.PASSAGE_ID] + p_off
        passages.append(p)
        m = r["mentions"]
        m[S.PASSAGE_ID] = m[S.PASSAGE_ID] + p_off
        m[S.MENTION_ID] = m[S.MENTION_ID] + m_off
        mentions.append(m)
        if len(p) and r["embeddings"] is not None:
            embeddings.append(r["embeddings"])
        if r["sentence_vectors"] is not None:
            sentences.append(r["sentence_vectors"])
            has_sentences = True
        p_off += len(p)
        m_off += len(m)
        n_computed += r["n_computed"]
    out_docs = pd.concat(docs, ignore_index=True) if docs else documents
    out_passages = pd.concat(passages, ignore_index=True)
    out_mentions = pd.concat(mentions, ignore_index=True)
    emb = np.vstack(embeddings).astype(np.float32) if embeddings else np.zeros((0, 1), np.float32)
    vecs = np.vstack(sentences).astype(np.float32) if has_sentences else None
    return out_docs, out_passages, out_mentions, emb, vecs, n_computed


def _value_partition(values: pd.Series, parts: int) -> np.ndarray:
    return np.array([zlib.crc32(v.encode("utf-8")) % parts for v in values], dtype=np.int64)


def _events(client, mentions, passages, sentence_vectors, parts, show, token=None):
    """Events grouped by date value on the workers, numbered here as a single build would."""
    token = token or uuid.uuid4().hex[:12]
    from .events import _dated, build_events

    mentions = mentions.copy()
    mentions[S.TOPIC_ID] = mentions[S.PASSAGE_ID].map(
        dict(zip(passages[S.PASSAGE_ID], passages[S.TOPIC_ID]))).astype("int32")
    dated = mentions[_dated(mentions)]
    if not len(dated):
        return build_events(mentions, passages, sentence_vectors)
    part_of = _value_partition(dated[S.VALUE], parts)
    futures, keys = [], []
    ptab = passages.set_index(S.PASSAGE_ID, drop=False)
    for p in range(parts):
        rows = np.flatnonzero(part_of == p)
        if not len(rows):
            continue
        sub = dated.iloc[rows]
        sub_passages = ptab.loc[sorted(set(sub[S.PASSAGE_ID]))].reset_index(drop=True)
        vecs = None
        if sentence_vectors is not None:
            vecs = sentence_vectors[mentions.index.get_indexer(sub.index)]
        futures.append(client.submit(group_events, sub, sub_passages, vecs,
                                     key=f"viz-events-{token}-{p}"))
        keys.append(p)
    results = _gather(client, futures, show, "events")
    ordered = sorted(((key, i, local) for i, r in enumerate(results)
                      for local, key in r["order"].items()), key=lambda x: x[0])
    global_id = {(i, local): n for n, (_, i, local) in enumerate(ordered)}
    event_of: dict[int, int] = {}
    tables = []
    for i, r in enumerate(results):
        for mention_id, local in r["event_ids"].items():
            event_of[mention_id] = global_id[(i, local)]
        ev = r["events"].copy()
        ev[S.EVENT_ID] = [global_id[(i, int(e))] for e in ev[S.EVENT_ID]]
        tables.append(ev)
    mentions[S.EVENT_ID] = pd.array([event_of.get(int(m)) for m in mentions[S.MENTION_ID]],
                                    dtype="Int64")
    events = pd.concat(tables, ignore_index=True).sort_values(S.EVENT_ID, ignore_index=True)
    return mentions[S.columns(S.MENTIONS)], events[S.columns(S.EVENTS)]
