"""The 5-D UMAP's spectral start: umap-learn's solve against :mod:`viz.topics.spectral`'s.

Builds the neighbour graph the topic stage builds (the clustering vectors of
:func:`viz.topics.clustering.clustering_vectors`: aligned, moved towards their document; exact
cosine neighbours, 15 each; umap-learn's fuzzy graph), then solves the spectral start both ways
``--repeat`` times, alternated, and prints each one's fastest CPU time, the eigenvalues, and the
largest difference between the two starts (each vector's sign aligned) relative to the largest
entry. Embeddings come from the build's cache (``VIZ_CACHE_DIR`` or ``~/.cache/viz``)::

    nice -n 5 uv run python benchmarks/spectral.py ../shared/corpora/bbc/bbc_en.jsonl.gz
    nice -n 5 uv run python benchmarks/spectral.py ../shared/corpora/huffpost/huffpost_2018_2022.jsonl --limit 20000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=None, help="first N rows only")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    from benchmarks.build import _input
    from viz.embed import CachedEmbedder, default_cache_dir, make_embedder
    from viz.ingest import read_corpus
    from viz.jit_cache import enable
    from viz.passages import make_passages
    from viz.topics import spectral
    from viz.topics.clustering import TopicParams, clustering_vectors
    from viz.topics.reduce import knn_cosine_chunked

    with tempfile.TemporaryDirectory() as tmp:
        docs = read_corpus([_input(Path(args.path), Path(tmp), args.limit)]).documents
    passages = make_passages(docs)
    embedder = CachedEmbedder(make_embedder("use"), default_cache_dir(), spec="use")
    raw = np.asarray(embedder.encode(passages["text"].tolist()), np.float32)
    embedder.close()
    n = len(passages)
    vectors, _ = clustering_vectors(raw, ["en"] * n, passages["text"].tolist(),
                                    passages["doc_id"].tolist(), TopicParams.for_size(n))
    enable()
    import umap.spectral
    from umap.umap_ import fuzzy_simplicial_set

    idx, dist = knn_cosine_chunked(vectors, 15)
    graph, _, _ = fuzzy_simplicial_set(vectors, 15, np.random.RandomState(0), "cosine",
                                       knn_indices=idx, knn_dists=dist)
    graph = graph.tocsr()
    print(f"{n:,} passages from {len(docs):,} documents; graph of {graph.nnz:,} edges")

    ways = {"umap-learn": umap.spectral.spectral_layout, "viz": spectral.spectral_layout}
    times = {name: [] for name in ways}
    out = {}
    for _ in range(args.repeat):
        for name, fn in ways.items():
            rs = np.random.RandomState(0)
            cpu, wall = time.process_time(), time.perf_counter()
            out[name] = fn(vectors, graph, 5, rs, metric="cosine")
            times[name].append((time.process_time() - cpu, time.perf_counter() - wall))
            after = rs.normal()
            out[name + " next draw"] = after
    for name in ways:
        cpu, wall = min(times[name])
        print(f"{name:>11}: {cpu:.2f} s CPU, {wall:.2f} s wall (fastest of {args.repeat})")
    a, b = out["umap-learn"], out["viz"]
    signs = np.sign((a * b).sum(axis=0))
    print(f"largest difference: {np.abs(a * signs - b).max() / np.abs(a).max():.1e} of the "
          f"largest entry; |cosine| per vector: "
          + " ".join(f"{abs(x):.8f}" for x in (a * b).sum(axis=0)
                     / np.linalg.norm(a, axis=0) / np.linalg.norm(b, axis=0)))
    print("random state left the same:",
          out["umap-learn next draw"] == out["viz next draw"])


if __name__ == "__main__":
    main()
