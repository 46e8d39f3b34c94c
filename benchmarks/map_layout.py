"""The topic map's 2-D layout: umap-learn from a PCA start against its spectral start.

The build clusters passages on their 5-D UMAP vectors and draws the map by a second UMAP of
those to 2-D (:func:`viz.topics.clustering._layout_2d`). This fits the 5-D vectors once, clusters them
with HDBSCAN, then lays them out in 2-D with each ``init`` and prints, per start, its CPU time
and how well the map keeps the 5-D structure: the share of each passage's 15 nearest 5-D
neighbours that stay among its 15 nearest on the map, the share of a clustered passage's map
neighbours in its own cluster, and the rank correlation of the distances between cluster centres
in 5-D and on the map (global arrangement)::

    nice -n 10 uv run python benchmarks/map_layout.py ../shared/corpora/huffpost/huffpost_2018_2022.jsonl --limit 20000

``--exact`` lays the map out with :class:`viz.topics.reduce.ExactUMAP` (the reducer below
2,000 passages) instead of umap-learn; ``--from-build`` takes the 5-D vectors and clusters from
the build's own topic stage (:func:`viz.topics.clustering.fit_topics` with each passage's document, its
micro-clusters after outliers joined them) instead of a plain UMAP and HDBSCAN::

    nice -n 10 uv run python benchmarks/map_layout.py ../shared/corpora/bbc/bbc_en.jsonl.gz --limit 150 --exact --from-build

``--parts`` also times the 5-D fit both ways (each after an untimed first: compilation) and
lays out the first start with umap-learn's SGD run by parts on two cores
(:mod:`viz.topics.parallel_sgd`, as the build does), printing wall time beside CPU::

    nice -n 5 uv run python benchmarks/map_layout.py ../shared/corpora/huffpost/huffpost_2018_2022.jsonl --limit 20000 --inits pca --parts

Without ``--epochs`` each start runs umap-learn's own number of epochs (200 above 10,000
points, 500 below); the build's map runs fewer (:func:`viz.topics.clustering.map_epochs`:
100 and 200), which ``--epochs 100,200`` compares.

Embeddings come from the build's cache (``VIZ_CACHE_DIR`` or ``~/.cache/viz``).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=None, help="first N rows only")
    ap.add_argument("--inits", default="pca,spectral", help="starts to compare (comma-separated)")
    ap.add_argument("--epochs", default="", help="also compare these n_epochs (comma-separated; "
                    "default: umap-learn's, 200 above 10,000 points)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--exact", action="store_true",
                    help="viz's ExactUMAP (below 2,000 passages) instead of umap-learn")
    ap.add_argument("--parts", action="store_true",
                    help="also fit the 5-D vectors and lay out the first start with umap-learn's "
                         "SGD run by parts on two cores (viz.topics.parallel_sgd), wall beside CPU")
    ap.add_argument("--from-build", action="store_true",
                    help="5-D vectors and clusters from viz's topic stage (fit_topics)")
    args = ap.parse_args(argv)

    import hdbscan
    from scipy.spatial.distance import pdist
    from scipy.stats import spearmanr
    from sklearn.neighbors import NearestNeighbors

    from benchmarks.build import _input
    from viz.embed import CachedEmbedder, default_cache_dir, make_embedder
    from viz.ingest import read_corpus
    from viz.jit_cache import enable
    from viz.passages import make_passages
    from viz.topics.parallel_sgd import patched

    if args.exact:
        from viz.topics.reduce import ExactUMAP as UMAP  # same keywords; n_jobs is not one
    else:
        enable()
        from umap import UMAP

    def reducer(**kw):
        if args.exact:
            kw.pop("n_jobs", None)
            if kw.get("n_epochs") is None:
                kw.pop("n_epochs", None)
        return UMAP(**kw)

    with tempfile.TemporaryDirectory() as tmp:
        docs = read_corpus([_input(Path(args.path), Path(tmp), args.limit)]).documents
    passages = make_passages(docs)
    embedder = CachedEmbedder(make_embedder("use"), default_cache_dir(), spec="use")
    vectors = embedder.encode(passages["text"].tolist())
    embedder.close()
    print(f"{len(passages):,} passages from {len(docs):,} documents")
    if args.from_build:
        from viz.topics.clustering import fit_topics

        fitted = fit_topics(passages["text"].tolist(), vectors, ["en"] * len(passages),
                            embedder=None, seed=args.seed, doc_ids=passages["doc_id"].tolist())
        reduced, labels = fitted.reduced, fitted.cluster_ids
    else:
        def fit5():
            cpu, wall = time.process_time(), time.perf_counter()
            out = reducer(n_components=5, n_neighbors=15, min_dist=0.0, metric="cosine",
                          random_state=args.seed, n_jobs=1).fit_transform(vectors)
            return out, time.process_time() - cpu, time.perf_counter() - wall

        reduced, cpu5, wall5 = fit5()
        if args.parts and not args.exact:
            _, cpu5, wall5 = fit5()  # the first compiled pynndescent's search
            print(f"5-D fit, umap-learn's SGD: {wall5:.1f} s wall, {cpu5:.1f} s CPU")
            with patched():
                fit5()  # the first also compiles
                _, cpu5, wall5 = fit5()
            print(f"5-D fit, SGD by parts: {wall5:.1f} s wall, {cpu5:.1f} s CPU")
        labels = hdbscan.HDBSCAN(min_cluster_size=15).fit_predict(reduced)
    print(f"{labels.max() + 1} clusters, {np.mean(labels < 0):.0%} outliers")
    _, near5 = NearestNeighbors(n_neighbors=16).fit(reduced).kneighbors(reduced)
    centres5 = np.array([reduced[labels == k].mean(0) for k in range(labels.max() + 1)])
    # the first start also pays any compilation: run it once untimed
    reducer(n_components=2, random_state=args.seed, n_jobs=1, n_epochs=2,
            init=args.inits.split(",")[0]).fit_transform(reduced)
    print(f"{'init':10} {'CPU s':>7} {'wall s':>7} {'kNN kept':>9} {'same cluster':>13} "
          f"{'centre rho':>11}")
    runs = [(init, None, False) for init in args.inits.split(",")]
    runs += [(args.inits.split(",")[0], int(e), False) for e in args.epochs.split(",") if e]
    if args.parts and not args.exact:
        runs.append((args.inits.split(",")[0], None, True))
    for init, epochs, parts in runs:
        cpu, wall = time.process_time(), time.perf_counter()
        with patched() if parts else contextlib.nullcontext():
            xy = reducer(n_components=2, n_neighbors=15, min_dist=0.1, metric="euclidean",
                         random_state=args.seed, n_jobs=1, init=init,
                         n_epochs=epochs).fit_transform(reduced)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        _, near2 = NearestNeighbors(n_neighbors=16).fit(xy).kneighbors(xy)
        kept = np.mean([len(set(a[1:]) & set(b[1:])) / 15 for a, b in zip(near5, near2)])
        clustered = np.flatnonzero(labels >= 0)
        same = np.mean([(labels[near2[i, 1:]] == labels[i]).mean() for i in clustered])
        centres2 = np.array([xy[labels == k].mean(0) for k in range(labels.max() + 1)])
        rho = spearmanr(pdist(centres5), pdist(centres2)).correlation
        name = (init if epochs is None else f"{init}/{epochs}") + ("/parts" if parts else "")
        print(f"{name:10} {cpu:7.1f} {wall:7.1f} {kept:9.3f} {same:13.3f} {rho:11.3f}")


if __name__ == "__main__":
    main()
