"""Where the topic stage's CPU goes, on a built run's passages (not a test).

Re-embeds the run's passages through the embedding cache (build the run with the same
``VIZ_CACHE_DIR`` so nothing is computed), then, in this fresh process:

1. imports what :func:`viz.topics.sample.prepare` imports, in two timed parts: HDBSCAN (with
   scikit-learn and SciPy, which HDBSCAN needs whatever reduces the vectors) and umap-learn
   with pynndescent (:func:`viz.jit_cache.enable`);
2. fits the topics as the build does (:func:`viz.topics.sample.fit_on_sample`, the map in a
   child beside it) and prints CPU and wall seconds of the whole fit and of its main steps
   (CPU of this process only: the map's child is not counted; the layout's SGD threads are).

    VIZ_CACHE_DIR=/tmp/c uv run viz build ../shared/corpora/huffpost/huffpost_2018_2022.jsonl --out /tmp/hp
    VIZ_CACHE_DIR=/tmp/c uv run python benchmarks/topic_stage.py /tmp/hp
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(marks: dict, owner, name: str) -> None:
    """Wrap ``owner.name`` so that its CPU and wall seconds add up in ``marks[name]``."""
    inner = getattr(owner, name)

    def wrapper(*args, **kwargs):
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            mark = marks.setdefault(name, [0.0, 0.0])
            mark[0] += time.process_time() - cpu
            mark[1] += time.perf_counter() - wall

    setattr(owner, name, wrapper)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", help="a run directory built with the same embedding cache")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--embedder", default="use", help="the run's embedder (as viz build takes it)")
    args = ap.parse_args(argv)

    from viz import schema as S
    from viz.embed import CachedEmbedder, make_embedder
    from viz.store import load_run

    run = load_run(args.run)
    p = run.passages
    embedder = CachedEmbedder(make_embedder(args.embedder))
    vectors = embedder.encode(p[S.TEXT].tolist())
    print(f"{len(p):,} passages; {embedder.n_computed:,} embedded now (0: all from the cache)")

    cpu = time.process_time()
    import hdbscan  # noqa: F401

    from viz.beside import fork_safe_numba
    from viz.jit_cache import enable

    fork_safe_numba()
    after_hdbscan = time.process_time()
    enable()
    after_umap = time.process_time()
    print(f"imports: hdbscan with scikit-learn and SciPy {after_hdbscan - cpu:.1f} s of CPU, "
          f"umap-learn with pynndescent {after_umap - after_hdbscan:.1f} s")

    import umap

    import viz.topics.clustering as clustering
    import viz.topics.count as count
    import viz.topics.reduce as reduce
    from viz.topics.sample import fit_on_sample

    import umap.umap_

    import viz.topics.parallel_sgd as parallel_sgd

    marks: dict = {}
    timed(marks, umap.UMAP, "fit_transform")
    timed(marks, umap.umap_, "fuzzy_simplicial_set")
    timed(marks, umap.umap_, "spectral_layout")
    timed(marks, parallel_sgd, "optimize_layout_euclidean")
    timed(marks, reduce, "knn_cosine_chunked")
    for name in ("topic_counts", "_micro_clusters", "assign_outliers", "group_clusters",
                 "_result"):
        timed(marks, clustering, name)
    timed(marks, count, "choose_n_topics")
    cpu, wall = time.process_time(), time.perf_counter()
    result, _ = fit_on_sample(
        p[S.TEXT].tolist(), vectors, p[S.LANG].tolist(), p[S.DOC_ID].tolist(),
        embedder=embedder, seed=args.seed, align=True, n_topics=None, reduce_outliers=True,
        label_lang=None, sample_size=None, note=None, topic_count="excess", map_beside=True)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    result.finish_map()
    n_topics = int((result.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC).sum())
    print(f"topic fit: {cpu:.1f} s of CPU, {wall:.1f} s wall, {n_topics} topics")
    names = {"fit_transform": "5-D UMAP (fuzzy graph, spectral start, SGD)",
             "fuzzy_simplicial_set": "  its fuzzy graph", "spectral_layout": "  its spectral start",
             "optimize_layout_euclidean": "  its SGD (two threads)",
             "knn_cosine_chunked": "exact neighbours", "_result": "description",
             "_micro_clusters": "HDBSCAN", "choose_n_topics": "topic count"}
    for name, (c, w) in sorted(marks.items(), key=lambda kv: -kv[1][0]):
        print(f"  {names.get(name, name):45s} CPU {c:5.1f} s  wall {w:5.1f} s")
    embedder.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
