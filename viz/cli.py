"""The ``viz`` command. It only translates flags into library calls and prints results."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from . import __version__


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {text!r}") from None


def _at_least(minimum: int):
    """An argparse type: a whole number no smaller than ``minimum``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
        return value
    parse.__name__ = "number"
    return parse


MIN_MAX_CHARS = 20  # a passage shorter than this is not a passage
# viz.passages.DEFAULT_MAX_CHARS, repeated so that help needs no pandas (a test checks they agree)
DEFAULT_MAX_CHARS = 300


def _languages(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="viz", description="Topics and timelines for multilingual "
                                "document collections.")
    p.add_argument("--version", action="version", version=f"viz {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="build a run directory from corpus files and folders")
    b.add_argument("paths", nargs="+", metavar="PATH",
                   help="folders of .txt/.md/.html files, or .jsonl/.csv/.parquet files "
                        "(.jsonl.gz and .csv.gz: gzip-compressed)")
    b.add_argument("--out", default=None, help="run directory to write (required without --update)")
    b.add_argument("--update", default=None, metavar="RUN",
                   help="add the documents of PATH... to this run instead of building a new one: "
                        "new passages join the existing topics (ids, labels and curation kept), "
                        "events are regrouped, the run is rewritten in place")
    _build_options(b)
    b.add_argument("--cluster", default=None, metavar="ADDRESS",
                   help="run the build on a Dask cluster: a scheduler address such as "
                        "tcp://host:8786, or local:N for N local worker processes (needs: uv "
                        "sync --extra dask)")

    s = sub.add_parser("serve", help="open the dashboard on a run directory")
    s.add_argument("run_dir")
    s.add_argument("--host", default="127.0.0.1", help="interface to bind (default: loopback only)")
    s.add_argument("--port", type=int, default=8050)
    s.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    e = sub.add_parser("export", help="write an offline report (one HTML file with the linked "
                       "views), the charts, the data (CSV, JSON, TimelineJS) and images of a run")
    e.add_argument("run_dir")
    e.add_argument("--out", required=True, help="folder for the exported files")
    e.add_argument("--topics", type=_ints, default=None, metavar="IDS",
                   help="only these topics, e.g. 0,3,7")
    e.add_argument("--languages", type=_languages, default=None, metavar="CODES",
                   help="only passages in these languages, e.g. en,fr")
    e.add_argument("--sources", type=_languages, default=None, metavar="NAMES",
                   help="only documents from these sources (comma-separated)")
    e.add_argument("--from", dest="date_from", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="only documents published on or after this day")
    e.add_argument("--to", dest="date_to", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="only documents published on or before this day")
    e.add_argument("--search", default="", metavar="WORDS",
                   help="only passages holding every one of these words (case and accents "
                        "ignored)")
    e.add_argument("--format", dest="formats", type=_languages, default=[], metavar="png,svg",
                   help="also write every chart as PNG and/or SVG (needs the images extra: "
                        "pip install 'viz[images]', and Chromium)")
    e.add_argument("--standalone", action="store_true",
                   help="each chart file inlines its own plotly.js (bigger; by default they "
                        "share one plotly.min.js)")
    e.add_argument("--no-progress", action="store_true", help="no progress lines")

    t = sub.add_parser("topics", help="list, show and curate the topics of a run (rename, "
                       "merge, split, delete, coarsen, level)")
    t.add_argument("run_dir")
    tsub = t.add_subparsers(dest="action", metavar="ACTION")
    tsub.add_parser("list", help="topics with their size, languages and terms (the default)")
    r = tsub.add_parser("rename", help="give a topic your own label")
    r.add_argument("topic", type=int)
    r.add_argument("label")
    m = tsub.add_parser("merge", help="merge topics into the first one named")
    m.add_argument("topics", type=int, nargs="+")
    m.add_argument("--label", default=None, help="label of the merged topic")
    sp = tsub.add_parser("split", help="split a topic by k-means on its passages")
    sp.add_argument("topic", type=int)
    sp.add_argument("--parts", type=int, default=2)
    sp.add_argument("--seed", type=int, default=0)
    dl = tsub.add_parser("delete", help="dissolve topics (their passages become unassigned)")
    dl.add_argument("topics", type=int, nargs="+")
    co = tsub.add_parser("coarsen", help="a coarser level: merge topics along the topic "
                         "hierarchy until N remain")
    co.add_argument("n", type=int, metavar="N")
    lv = tsub.add_parser("level", help="re-cut the run into N topics, finer or coarser, from its "
                         "micro-clusters (replaces the topics; drops user labels)")
    lv.add_argument("n", type=int, metavar="N")
    sh = tsub.add_parser("show", help="one topic: its terms in each language and its most "
                         "representative passages")
    sh.add_argument("topic", type=int)
    tsub.add_parser("log", help="the curation history of the run")

    d = sub.add_parser("demo", help="build, export and serve the bundled sample corpus")
    d.add_argument("--out", default="viz-demo", help="folder for the run and the export "
                   "(default: ./viz-demo)")
    d.add_argument("--host", default="127.0.0.1")
    d.add_argument("--port", type=int, default=8050)
    d.add_argument("--no-serve", action="store_true", help="build and export only")
    d.add_argument("--cache-dir", default=None, help=argparse.SUPPRESS)
    return p


def _build_options(b: argparse.ArgumentParser) -> None:
    b.add_argument("--embedder", default="use",
                   help="use (default, offline multilingual USE), st:NAME_OR_PATH "
                        "(sentence-transformers), m2v:NAME_OR_PATH (model2vec) or tfidf")
    b.add_argument("--languages", type=_languages, default=None, metavar="CODES",
                   help="restrict language detection to these ISO 639-1 codes, e.g. en,fr,id")
    b.add_argument("--reference-date", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="publication date for documents that have none (resolves 'yesterday')")
    b.add_argument("--no-infer-dates", action="store_true",
                   help="do not guess publication dates from the text of undated documents "
                        "(inferred dates are stored apart and shown as inferred)")
    b.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    b.add_argument("--no-align-languages", action="store_true",
                   help="keep each language's mean embedding direction (by default it is removed "
                        "so passages cluster by subject, not by language)")
    b.add_argument("--max-chars", type=_at_least(MIN_MAX_CHARS), default=None,
                   help="longest passage in characters before a paragraph is windowed "
                        f"(default {DEFAULT_MAX_CHARS})")
    b.add_argument("--topics", type=_at_least(1), default=None, metavar="N",
                   help="number of topics (default: from the data, see --topic-count; the size "
                        "rule gives 5 for 80 passages, about 35 for 14,000); coarser later: "
                        "viz topics RUN coarsen N")
    b.add_argument("--topic-count", choices=("excess", "size"), default="excess",
                   help="how the number of topics is chosen when --topics is not given: "
                        "'excess' (default) keeps the level of the merge tree clearly more "
                        "forced than chance, else the size rule; 'size' always uses the size "
                        "rule (about 0.8 * passages^0.4)")
    b.add_argument("--label-language", default=None, metavar="CODE",
                   help="write topic labels in this language wherever a topic has passages in it "
                        "(default: each topic's main language; similar-sized languages: English)")
    b.add_argument("--topic-sample", type=_at_least(2), default=None, metavar="N",
                   help="fit the topics on a seeded sample of N passages when the corpus is "
                        "larger (default 100,000); every other passage joins its nearest "
                        "fitted passage's topic and map position")
    b.add_argument("--keep-outliers", action="store_true",
                   help="leave every passage the clustering called an outlier unassigned (by "
                        "default an outlier close enough to a topic joins it)")
    b.add_argument("--cache-dir", default=None,
                   help="embedding cache folder (default: $VIZ_CACHE_DIR or ~/.cache/viz)")
    b.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
    b.add_argument("--no-progress", action="store_true", help="no progress bars")
    for field in ("text", "date", "title", "id", "lang", "source", "url"):
        b.add_argument(f"--{field}-col", default=field, metavar="NAME",
                       help=f"column holding the {field} in .jsonl/.csv/.parquet inputs "
                            f"(default: {field})")


def _build(args) -> int:
    from .build import BuildConfig, build_dir, summary, update_dir
    from .store import load_manifest

    if args.update:
        run_dir = update_dir(args.update, args.paths, cache_dir=args.cache_dir,
                             use_cache=not args.no_cache, progress=not args.no_progress)
        print(summary(run_dir))
        u = load_manifest(run_dir)["updates"][-1]
        print(f"update:    {u['documents_added']} documents added "
              f"({u['documents_already_in_run']} already in the run), {u['passages_added']} "
              f"passages, {u['passages_unassigned']} far from every topic "
              f"({100 * u['far_share']:.0f}%) in {u['seconds']['total']:.1f} s")
        if u["rebuild_advised"]:
            print("  ! many new passages fit no topic, or the run grew a lot: a full rebuild "
                  "(viz build ... --out) would describe it better")
        return 0
    if not args.out:
        raise ValueError("--out RUN_DIR is required (or --update RUN to add to a run)")
    from .ingest import Columns
    from .passages import DEFAULT_MAX_CHARS

    config = BuildConfig(
        paths=args.paths,
        out=args.out,
        embedder=args.embedder,
        languages=args.languages,
        reference_date=args.reference_date,
        seed=args.seed,
        align_languages=not args.no_align_languages,
        max_chars=args.max_chars or DEFAULT_MAX_CHARS,
        columns=Columns(**{f: getattr(args, f"{f}_col") for f in
                           ("text", "date", "title", "id", "lang", "source", "url")}),
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        progress=not args.no_progress,
        infer_dates=not args.no_infer_dates,
        n_topics=args.topics,
        topic_count=args.topic_count,
        reduce_outliers=not args.keep_outliers,
        label_lang=args.label_language,
        cluster=getattr(args, "cluster", None),
        topic_sample=args.topic_sample,
    )
    print(summary(build_dir(config)))
    return 0


def _serve(run_dir: str, host: str, port: int, debug: bool = False) -> int:
    from .app import create_app

    app = create_app(run_dir)
    print(f"viz dashboard on http://{host}:{port}/  (Ctrl-C to stop)", flush=True)
    app.run(host=host, port=port, debug=debug)
    return 0


def _ints(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers like 0,3,7, got {text!r}") from None


def _export(run_dir: str, out: str, args=None) -> int:
    import pandas as pd

    from .export import export_run as _run_export
    from .export.images import ImageExportError
    from .query import Filters

    def stamp(d):
        return None if d is None else pd.Timestamp(d)

    filters = Filters(
        topics=tuple(getattr(args, "topics", None) or ()),
        languages=tuple(getattr(args, "languages", None) or ()),
        sources=tuple(getattr(args, "sources", None) or ()),
        date_from=stamp(getattr(args, "date_from", None)),
        date_to=stamp(getattr(args, "date_to", None)),
    )
    quiet = getattr(args, "no_progress", False)
    try:
        result = _run_export(
            run_dir, out, filters=filters, search=getattr(args, "search", "") or "",
            standalone=getattr(args, "standalone", False),
            formats=getattr(args, "formats", None) or (),
            progress=None if quiet else
            (lambda msg: print(f"viz export: {msg}", file=sys.stderr, flush=True)))
    except ImageExportError as exc:
        print(f"viz export: error: {exc}", file=sys.stderr)
        return 2
    print(result.summary())
    print(f"exported to {result.out_dir}; open {result.report} (index: {result.index})")
    return 0


def _topics(args) -> int:
    from .topics import curation
    from . import schema as S
    from .store import load_run

    action = args.action or "list"
    if action == "log":
        for entry in curation.history(args.run_dir):
            print(json.dumps(entry, ensure_ascii=False))
        return 0
    change = None
    if action == "rename":
        change = curation.rename(args.run_dir, args.topic, args.label)
    elif action == "merge":
        change = curation.merge(args.run_dir, args.topics, label=args.label)
    elif action == "split":
        change = curation.split(args.run_dir, args.topic, parts=args.parts, seed=args.seed)
    elif action == "delete":
        change = curation.delete(args.run_dir, args.topics)
    elif action == "coarsen":
        change = curation.coarsen(args.run_dir, args.n)
    elif action == "level":
        change = curation.relevel(args.run_dir, args.n)
    elif action == "show":
        return _show_topic(load_run(args.run_dir), args.topic)
    if change is not None:
        print(change.summary())
    run = change.run if change is not None else load_run(args.run_dir)
    for t in run.topics.itertuples(index=False):
        langs = ", ".join(f"{k} {v}" for k, v in sorted(t.languages.items()))
        mark = " (renamed)" if getattr(t, S.LABEL_SOURCE) == "user" else ""
        print(f"{t.topic_id:>4}  {t.size:>6}  {t.label}{mark}  [{langs}]  {', '.join(t.terms[:8])}")
    return 0


def _show_topic(run, topic_id: int) -> int:
    from .topics.curation import CurationError
    from .query import passage_reader, topic_summary

    t = topic_summary(run, topic_id)
    if t is None:
        raise CurationError(f"no topic {topic_id} in this run")
    langs = ", ".join(f"{k} {v}" for k, v in t["languages"].items())
    print(f"topic {topic_id}: {t['label']}  ({t['size']} passages: {langs}; "
          f"{t['joined_outliers']} joined as outliers)")
    for lang, terms in t["terms_by_lang"].items():
        print(f"  terms [{lang}]: {', '.join(terms)}")
    for group in t["translations"]:
        print("  same term: " + " = ".join(f"{w} ({lg})" for lg, w in group))
    print("  representative passages:")
    for pid in t["representative"]:
        item = passage_reader(run, pid)
        snippet = " ".join(str(item["text"]).split())
        print(f"    [{item['lang']}] #{pid}: {snippet[:160]}{'...' if len(snippet) > 160 else ''}")
    return 0


def _demo(args) -> int:
    from .build import BuildConfig, build_dir, summary
    from .sample import SAMPLE_CORPUS

    out = Path(args.out)
    run_dir, export_dir = out / "run", out / "export"
    print(summary(build_dir(BuildConfig(paths=[str(SAMPLE_CORPUS)], out=str(run_dir),
                                        cache_dir=args.cache_dir))))
    _export(str(run_dir), str(export_dir))
    if args.no_serve:
        return 0
    return _serve(str(run_dir), args.host, args.port)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)  # --help and usage errors end here: nothing heavy imported
    from .embed import MissingDependency
    from .ingest import InputError
    from .store import RunError

    try:
        if args.command == "build":
            return _build(args)
        if args.command == "serve":
            return _serve(args.run_dir, args.host, args.port, args.debug)
        if args.command == "export":
            return _export(args.run_dir, args.out, args)
        if args.command == "topics":
            return _topics(args)
        if args.command == "demo":
            return _demo(args)
    except (InputError, RunError, MissingDependency, ValueError) as exc:  # CurationError too
        if os.environ.get("VIZ_DEBUG"):
            raise
        print(f"viz {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file the command needs cannot be read or written
        if os.environ.get("VIZ_DEBUG"):
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"viz {args.command}: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 1
