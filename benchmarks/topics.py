"""Benchmark the topic stage against plain BERTopic on a labelled JSONL corpus.

Not a test: it prints a side-by-side table. Both models get the same embeddings (viz's
embedder, from an on-disk cache) and the same seed; plain BERTopic runs with its default
parameters (UMAP n_neighbors=15, 5-D, HDBSCAN min_cluster_size=10, default vectorizer) and an
explicit embedding model, so it never reaches for a model hub. Each JSONL row is one passage.

    .venv/bin/python benchmarks/topics.py ../shared/corpora/huffpost/huffpost_2018_2022.jsonl
    .venv/bin/python benchmarks/topics.py ../shared/corpora/sib200/sib200_train_12lang.jsonl
    .venv/bin/python benchmarks/topics.py PATH --limit 2000 --n-topics 20 --json
    .venv/bin/python benchmarks/topics.py SIB200_PATH --coverage   # translation retrieval
    .venv/bin/python benchmarks/topics.py ../shared/corpora/bbc/bbc_en.jsonl.gz --documents

``--documents`` scores topics per document on a corpus of multi-passage documents (each row a
document): passages are made as the build makes them (:func:`viz.passages.make_passages`),
each document's main topic is its passages' topics weighted by text length, and it is scored
against the row's ``label`` next to plain BERTopic fitted on whole documents (a document's
embedding is its whole text embedded, as BERTopic would), over ``--seeds``. ``--variants``
are viz's settings of the document context (:mod:`viz.topics.context`): ``blind`` (no document
ids), ``default`` (``TopicParams``' defaults), or ``+``-joined ``w0.3`` (``doc_weight``),
``smooth`` / ``smooth0.05`` (``doc_smooth``, ``doc_margin``), ``nosmooth``, ``cooc0.5``
(``doc_cooc``: micro-clusters merged on document co-occurrence too), ``t20`` (topics).
``--context-study`` measures the three ways of giving passages their document (mixing,
co-occurrence merging, smoothing) from one fit per seed and mixing weight.
``--count-study`` scores topic counts (:mod:`viz.topics.count`: size rule, ``gap``, ``ch``,
``excess``, the gold count) from one fit per seed; ``--dense`` scores every count from 3,
``--dump DIR`` saves each seed's clusters and ``--reuse DIR`` takes them instead of fitting.
Columns: NMI and ARI of documents' main topics, within-document agreement (mean share of a
multi-passage document's text in its main topic), topics, outliers among documents and
passages.

Columns: ``bertopic`` (plain), ``viz-orig`` (viz's topics with HDBSCAN's outliers kept, i.e.
``topic_ids_original``) and ``viz`` (``topic_ids``, outliers close to a topic reassigned).
Rows: topics, outlier share, NMI/ARI against ``label`` (outliers count as one cluster); for
multilingual corpora also NMI against ``label`` and ``lang`` and the mean share of each
``group_id`` in its majority topic, over the languages the embedder covers (``covered``) and
over all languages (``all``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# FLORES-200 / ISO 639-3 codes -> ISO 639-1 (the codes viz uses).
ISO3 = {"arb": "ar", "ara": "ar", "deu": "de", "eng": "en", "fra": "fr", "hin": "hi",
        "ita": "it", "jpn": "ja", "por": "pt", "rus": "ru", "spa": "es", "swh": "sw",
        "swa": "sw", "zho": "zh", "cmn": "zh", "ind": "id", "kor": "ko", "nld": "nl",
        "pol": "pl", "tha": "th", "tur": "tr", "vie": "vi", "ukr": "uk", "ben": "bn",
        "fas": "fa", "pes": "fa", "heb": "he", "ell": "el", "ces": "cs", "swe": "sv",
        "dan": "da", "fin": "fi", "hun": "hu", "ron": "ro", "bul": "bg", "urd": "ur",
        "zsm": "ms", "msa": "ms", "tgl": "tl", "amh": "am", "yor": "yo", "hau": "ha"}


def iso_lang(code) -> str:
    if not code:
        return "und"
    code = str(code)
    base = code.split("_")[0].split("-")[0].lower()
    return ISO3.get(base, base)


def load(path: str, limit: int | None):
    opener = gzip.open if path.endswith(".gz") else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if limit and len(rows) >= limit:
                break
            if line.strip():
                rows.append(json.loads(line))
    return rows


def plain_bertopic(texts, embeddings, embedder, seed: int) -> np.ndarray:
    from bertopic import BERTopic
    from umap import UMAP

    from viz.topics.clustering import _Embedder

    umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine",
                      random_state=seed)  # BERTopic's default UMAP, seeded
    model = BERTopic(embedding_model=_Embedder(embedder), umap_model=umap_model, verbose=False)
    return np.asarray(model.fit_transform(texts, embeddings=embeddings)[0])


def embed_cached(texts, embedder, cache_dir=None) -> np.ndarray:
    from viz.embed import EmbeddingCache, default_cache_dir, embed_texts

    cache = EmbeddingCache(cache_dir or default_cache_dir()) if embedder.cacheable else None
    try:
        return embed_texts(texts, embedder, cache=cache)[0]
    finally:
        if cache is not None:
            cache.close()


def variant_params(spec: str, n: int, seed: int, n_topics=None):
    """(TopicParams, whether document ids are given) for a ``--variants`` entry."""
    from dataclasses import replace

    from viz.topics.clustering import TopicParams

    params = TopicParams.for_size(n, seed=seed, n_topics=n_topics)
    if spec in ("blind", "default"):
        return params, spec == "default"
    changes = {}
    for part in spec.split("+"):
        if part == "nosmooth":
            changes["doc_smooth"] = False
        elif part.startswith("smooth"):
            changes["doc_smooth"] = True
            if part[6:]:
                changes["doc_margin"] = float(part[6:])
        elif part.startswith("cooc"):
            changes["doc_cooc"] = float(part[4:])
        elif part.startswith("w"):
            changes["doc_weight"] = float(part[1:])
        elif part.startswith("t"):
            changes.update(n_topics=int(part[1:]), n_topics_requested=True)
        else:
            raise SystemExit(f"unknown variant part {part!r} in {spec!r}")
    return replace(params, **changes), True


def count_study(texts, embeddings, langs, embedder, seeds, score, *, doc_ids=None,
                spec="default", gold_k=None, n_topics=None, dump=None, dense=False,
                reuse=None):
    """``--count-study``: one fit per seed, then the micro-clusters merged to other counts
    (as the build would merge them) and scored: the size rule ``auto_topics(n)``, the counts
    :mod:`viz.topics.count` chooses (``gap``, ``ch``), the number of gold labels, and a grid.
    ``score(topic_ids)`` returns a dict with the measure to compare first. ``dense``: every
    count from 3 up in the grid; ``dump``: a directory where each seed's micro-clusters,
    clustered vectors, reduced vectors and grid scores are saved (``seed{S}.npz``,
    ``seed{S}.json``) to study criteria without refitting; ``reuse``: such a directory, whose
    saved clusters replace the fit (seeds not found there are fitted)."""
    from dataclasses import replace

    from viz.topics import count as C
    from viz.topics.context import after_clustering, before_clustering
    from viz.topics.clustering import align_languages, fit_topics, group_clusters

    rows = []
    for seed in seeds:
        params, with_docs = variant_params(spec, len(texts), seed, n_topics)
        params = replace(params, n_topics_requested=True)  # the size rule: the study's baseline
        t0 = time.perf_counter()
        saved = Path(reuse) / f"seed{seed}.npz" if reuse else None
        if saved is not None and saved.exists():  # a --dump of the same corpus and variant
            with np.load(saved) as d:
                micro, emb, reduced = d["micro"], d["emb"], d["reduced"]
        else:
            result = fit_topics(texts, embeddings, langs, embedder=embedder, params=params,
                                doc_ids=doc_ids if with_docs else None)
            emb = np.asarray(embeddings, np.float32)
            if params.align_languages:
                emb = np.asarray(align_languages(emb, langs)[0], np.float32)
            if with_docs:
                emb = before_clustering(emb, doc_ids, texts, params)
            micro, reduced = result.cluster_ids, result.reduced
        m = len(np.unique(micro[micro >= 0]))
        lo, hi = C.window(len(texts), m)
        chosen = {"auto": params.n_topics,
                  "gap": C.choose_n_topics(micro, emb, len(texts), method="gap"),
                  "ch": C.choose_n_topics(micro, emb, len(texts), method="ch"),
                  "excess": C.choose_n_topics(micro, emb, len(texts), method="excess",
                                              seed=seed)}
        if gold_k:
            chosen["gold"] = gold_k
        if dense:
            grid = sorted(set(range(3, min(hi, 40) + 1)) | set(range(40, hi + 1, 2))
                          | set(chosen.values()))
        else:
            grid = sorted(set(range(lo, hi + 1, max(1, (hi - lo) // 8)))
                          | set(chosen.values()))
        scores = {}
        for k in grid:
            labels = group_clusters(micro, emb, reduced, k, params,
                                    doc_ids=doc_ids if with_docs else None,
                                    lengths=[len(t) for t in texts])
            if with_docs:
                labels = after_clustering(labels, emb, doc_ids, texts, params)
            scores[k] = score(labels)
        first = next(iter(scores[grid[0]]))
        if dump:
            out = Path(dump)
            out.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(out / f"seed{seed}.npz", micro=micro, emb=emb,
                                reduced=reduced, auto=params.n_topics)
            (out / f"seed{seed}.json").write_text(json.dumps(
                {"first": first, "chosen": chosen, "scores": {str(k): v for k, v in
                                                              scores.items()}}, default=float))
        print(f"seed {seed}: {m} micro-clusters, window {lo}-{hi}, "
              + ", ".join(f"{name} k={k} {first}={scores[k][first]:.3f}"
                          for name, k in chosen.items())
              + f"  ({time.perf_counter() - t0:.0f} s)", flush=True)
        print("   grid: " + " ".join(f"{k}:{scores[k][first]:.3f}" for k in grid), flush=True)
        for name, k in chosen.items():
            rows.append({"seed": seed, "rule": name, "k": k, **scores[k]})
    import pandas as pd

    frame = pd.DataFrame(rows)
    print("mean over seeds " + ", ".join(map(str, seeds)) + ":")
    print(frame.drop(columns="seed").groupby("rule", sort=False).mean().round(3).to_string())
    return frame


def context_study(texts, embeddings, langs, embedder, seeds, score, *, doc_ids, weights,
                  coocs, margins, n_topics=None):
    """``--context-study``: the three ways of giving a passage its document, each measured.

    Per seed and mixing weight ``w`` (``doc_weight``: (a), mixing before reduction and
    clustering) one fit; its micro-clusters are then merged on direction alone (``dir``) or
    with document co-occurrence (``cooc B``: (c), :func:`viz.topics.context.cooccurrence_merge`)
    and the neighbour vote rerun, and each result is smoothed within documents ((b)) with
    each margin (``-``: no smoothing; ``inf``: every passage follows its document).
    ``score(topic_ids)`` returns a dict of measures."""
    from dataclasses import replace

    from viz.topics.context import before_clustering, cooccurrence_merge, smooth_within_documents
    from viz.topics.clustering import align_languages, fit_topics, neighbour_vote

    lengths = [len(t) for t in texts]
    rows = []
    for seed in seeds:
        for w in weights:
            params = replace(variant_params("default", len(texts), seed, n_topics)[0],
                             doc_weight=w, doc_smooth=False)
            t0 = time.perf_counter()
            result = fit_topics(texts, embeddings, langs, embedder=embedder, params=params,
                                doc_ids=doc_ids)
            fit_s = time.perf_counter() - t0
            emb = np.asarray(embeddings, np.float32)
            if params.align_languages:
                emb = np.asarray(align_languages(emb, langs)[0], np.float32)
            emb = before_clustering(emb, doc_ids, texts, params)
            micro = result.cluster_ids
            for b in coocs:
                if b == 0:
                    merged = np.asarray(result.topic_ids, np.int64)
                else:
                    merged = cooccurrence_merge(micro, emb, doc_ids, params.n_topics, b,
                                                lengths, seed)
                    if params.smooth_neighbors > 1:
                        merged = neighbour_vote(merged, result.reduced, params.smooth_neighbors)
                for margin in margins:
                    labels = merged if margin is None else smooth_within_documents(
                        merged, emb, doc_ids, lengths, margin=margin)
                    row = {"seed": seed, "w": w, "merge": "dir" if b == 0 else f"cooc {b}",
                           "margin": "-" if margin is None else f"{margin}", **score(labels)}
                    rows.append(row)
                    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                                   for k, v in row.items()) + f"  (fit {fit_s:.0f} s)",
                          flush=True)
    import pandas as pd

    frame = pd.DataFrame(rows)
    keys = [c for c in frame.columns if c not in ("seed", "w", "merge", "margin")]
    grouped = frame.groupby(["w", "merge", "margin"], sort=False)
    table = grouped[keys].mean().round(3)
    table[f"{keys[0]}_sd"] = grouped[keys[0]].std().round(3)
    print("mean over seeds " + ", ".join(map(str, seeds)) + ":")
    print(table.to_string())
    return frame


def documents_main(args) -> int:
    """``--documents``: per-document scores of viz (several variants) and plain BERTopic."""
    import pandas as pd

    from viz import schema as S
    from viz.topics import metrics as M
    from viz.embed import make_embedder
    from viz.passages import make_passages
    from viz.topics.clustering import fit_topics

    rows = load(args.path, args.limit)
    docs = pd.DataFrame({S.DOC_ID: [str(r.get("id", i)) for i, r in enumerate(rows)],
                         S.TEXT: [str(r.get("text") or "") for r in rows]})
    if docs[S.DOC_ID].duplicated().any():
        docs[S.DOC_ID] = [str(i) for i in range(len(rows))]
    gold = dict(zip(docs[S.DOC_ID], [r.get("label") for r in rows]))
    doc_lang = dict(zip(docs[S.DOC_ID], [iso_lang(r.get("lang")) for r in rows]))
    passages = make_passages(docs)
    texts = passages[S.TEXT].tolist()
    doc_ids = passages[S.DOC_ID].tolist()
    langs = [doc_lang[d] for d in doc_ids]
    lengths = [len(t) for t in texts]
    embedder = make_embedder(args.embedder)
    embeddings = embed_cached(texts, embedder, args.cache_dir)
    doc_embeddings = embed_cached(docs[S.TEXT].tolist(), embedder, args.cache_dir)
    seeds = [int(s) for s in args.seeds.split(",")]
    variants = [v for v in args.variants.split(",") if v]
    if args.context_study:
        print(f"corpus: {args.path} ({len(docs)} documents, {len(texts)} passages, "
              f"{len(set(gold.values()))} labels)", flush=True)
        context_study(texts, embeddings, langs, embedder, seeds,
                      lambda t: M.document_summary(doc_ids, t, gold, lengths), doc_ids=doc_ids,
                      weights=[float(x) for x in args.weights.split(",")],
                      coocs=[float(x) for x in args.coocs.split(",")],
                      margins=[None if x == "-" else float(x) for x in args.margins.split(",")],
                      n_topics=args.n_topics)
        return 0
    if args.count_study:
        print(f"corpus: {args.path} ({len(docs)} documents, {len(texts)} passages, "
              f"{len(set(gold.values()))} labels), variant {variants[-1]}", flush=True)
        count_study(texts, embeddings, langs, embedder, seeds,
                    lambda t: M.document_summary(doc_ids, t, gold, lengths), doc_ids=doc_ids,
                    spec=variants[-1], gold_k=len(set(gold.values())), dump=args.dump,
                    dense=args.dense, reuse=args.reuse)
        return 0
    print(f"corpus: {args.path} ({len(docs)} documents, {len(texts)} passages, "
          f"{len(set(gold.values()))} labels)", flush=True)
    keys = ["nmi_label", "ari_label", "agreement", "topics", "outliers", "passage_outliers"]
    print(f"{'seed':>4} {'model':28}" + "".join(f"{k:>17}" for k in keys), flush=True)
    table = []

    def show(seed, name, measures, seconds):
        table.append({"seed": seed, "model": name, **measures, "seconds": round(seconds, 1)})
        cells = [measures.get(k) for k in keys]
        print(f"{seed:>4} {name:28}" + "".join(
            f"{'-':>17}" if v is None else f"{v:>17}" if isinstance(v, int) else f"{v:>17.3f}"
            for v in cells) + f"   ({seconds:.0f} s)", flush=True)

    for seed in seeds:
        if not args.no_bertopic:
            t0 = time.perf_counter()
            topics = plain_bertopic(docs[S.TEXT].tolist(), doc_embeddings, embedder, seed)
            labels = [gold[d] for d in docs[S.DOC_ID]]
            show(seed, "bertopic (whole documents)",
                 {"nmi_label": M.nmi(labels, topics), "ari_label": M.ari(labels, topics),
                  "topics": M.n_topics(topics), "outliers": M.outlier_share(topics)},
                 time.perf_counter() - t0)
        for spec in variants:
            params, with_docs = variant_params(spec, len(texts), seed, args.n_topics)
            t0 = time.perf_counter()
            result = fit_topics(texts, embeddings, langs, embedder=embedder, params=params,
                                doc_ids=doc_ids if with_docs else None)
            show(seed, f"viz {spec}", M.document_summary(doc_ids, result.topic_ids, gold, lengths),
                 time.perf_counter() - t0)
    frame = pd.DataFrame(table)
    means = frame.groupby("model", sort=False)[keys].mean()
    print("mean over seeds " + ", ".join(map(str, seeds)) + ":")
    for model, row in means.iterrows():
        print(f"{'':>4} {model:28}" + "".join(
            f"{'-':>17}" if pd.isna(v) else f"{v:>17.3f}" for v in row.tolist()))
    if args.json:
        print(json.dumps({"corpus": args.path, "documents": len(docs), "passages": len(texts),
                          "runs": table}, indent=1, default=float))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", help="a labelled .jsonl or .jsonl.gz (id, text, label, lang, ...)")
    ap.add_argument("--limit", type=int, default=None, help="the first N rows only")
    ap.add_argument("--embedder", default="use")
    ap.add_argument("--cache-dir", default=None, help="embedding cache (default: viz's)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--documents", action="store_true",
                    help="rows are whole documents: score each document's main topic")
    ap.add_argument("--seeds", default="0,1,2", help="with --documents: seeds to run")
    ap.add_argument("--variants", default="blind,default",
                    help="with --documents: viz settings to compare (see above)")
    ap.add_argument("--n-topics", type=int, default=None, help="ask viz for this many topics")
    ap.add_argument("--no-bertopic", action="store_true", help="skip the plain BERTopic run")
    ap.add_argument("--coverage", action="store_true",
                    help="also print translation-retrieval accuracy per language vs English")
    ap.add_argument("--labels", type=int, default=0, help="print this many topic labels")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--count-study", action="store_true",
                    help="compare topic counts (viz.topics.count) with the size rule and the "
                         "number of labels, over --seeds (with --documents: the last variant)")
    ap.add_argument("--dense", action="store_true",
                    help="--count-study: score every count from 3 up (else a grid of ~9)")
    ap.add_argument("--dump", default=None,
                    help="--count-study: save each seed's clusters and grid scores here")
    ap.add_argument("--reuse", default=None,
                    help="--count-study: take each seed's clusters from a --dump directory")
    ap.add_argument("--context-study", action="store_true",
                    help="with --documents: measure mixing (--weights), co-occurrence merging "
                         "(--coocs) and smoothing (--margins) over --seeds")
    ap.add_argument("--weights", default="0,0.3,0.5", help="--context-study: doc_weight values")
    ap.add_argument("--coocs", default="0,0.3,0.5",
                    help="--context-study: co-occurrence weights of the merge (0: direction)")
    ap.add_argument("--margins", default="-,0,0.05,0.1,inf",
                    help="--context-study: smoothing margins (-: none, inf: all follow)")
    args = ap.parse_args(argv)

    if args.documents:
        return documents_main(args)

    from viz.topics import metrics as M
    from viz.embed import make_embedder
    from viz.topics.coverage import coverage_report, translation_accuracy, uncovered_mask
    from viz.topics.clustering import fit_topics

    rows = load(args.path, args.limit)
    texts = [str(r.get("text") or "") for r in rows]
    labels = [r.get("label") for r in rows]
    has_labels = any(x is not None for x in labels)
    langs = [iso_lang(r.get("lang")) for r in rows]
    groups = [r["group_id"] for r in rows] if all("group_id" in r for r in rows) else None
    embedder = make_embedder(args.embedder, seed=args.seed)
    t0 = time.perf_counter()
    embeddings = embed_cached(texts, embedder, args.cache_dir)
    seconds = {"embed": time.perf_counter() - t0}
    covered = ~uncovered_mask(langs, embedder)
    report = coverage_report(langs, embedder)

    def measure(topics):
        return M.summary(topics, labels if has_labels else None, langs, groups, covered)

    if args.count_study:
        def score(t):
            out = measure(t)
            first = "nmi_label_covered" if "nmi_label_covered" in out else "nmi_label"
            return {first: out.pop(first), **out}

        print(f"corpus: {args.path} ({len(texts)} passages, {len(set(labels))} labels)")
        count_study(texts, embeddings, langs, embedder,
                    [int(s) for s in args.seeds.split(",")], score,
                    doc_ids=list(range(len(texts))), gold_k=len(set(labels)),
                    n_topics=args.n_topics, dump=args.dump, dense=args.dense,
                    reuse=args.reuse)
        return 0

    columns = {}
    if not args.no_bertopic:
        t0 = time.perf_counter()
        columns["bertopic"] = measure(plain_bertopic(texts, embeddings, embedder, args.seed))
        seconds["bertopic"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    # each row is a document of one passage: the document context step must change nothing
    result = fit_topics(texts, embeddings, langs, embedder=embedder, seed=args.seed,
                        n_topics=args.n_topics, doc_ids=list(range(len(texts))))
    seconds["viz"] = time.perf_counter() - t0
    columns["viz-orig"] = measure(result.topic_ids_original)
    columns["viz"] = measure(result.topic_ids)
    out = {"corpus": args.path, "passages": len(texts), "languages": report["languages"],
           "coverage_warning": report["warning"], "metrics": columns,
           "seconds": {k: round(v, 1) for k, v in seconds.items()},
           "viz_params": result.params.to_dict()}
    if args.coverage and groups is not None:
        out["translation_accuracy_vs_en"] = {
            k: round(v, 3) for k, v in translation_accuracy(embeddings, langs, groups).items()}
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"corpus: {args.path} ({len(texts)} passages, {len(report['languages'])} languages)")
    if report["warning"]:
        print(f"coverage: {report['warning']}")
    names = list(columns)
    keys = [k for k in columns[names[-1]]]
    print(f"{'':22}" + "".join(f"{n:>12}" for n in names))
    for k in keys:
        cells = []
        for n in names:
            v = columns[n].get(k)
            cells.append(f"{v:>12}" if isinstance(v, int) else f"{v:>12.3f}" if v is not None
                         else f"{'-':>12}")
        print(f"{k:22}" + "".join(cells))
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()))
    if "translation_accuracy_vs_en" in out:
        print("translation retrieval vs en: " + " ".join(
            f"{k}={v:.3f}" for k, v in out["translation_accuracy_vs_en"].items()))
    topics = result.topics
    for _, row in topics.head(args.labels).iterrows():
        print(f"  [{row['topic_id']:>3}] {row['size']:>5}  {row['label']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
