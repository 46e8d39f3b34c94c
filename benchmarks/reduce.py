"""Topic quality and time of the exact reducer (viz.topics.reduce) against umap-learn.

Not a test: on a labelled JSONL corpus (one passage per row), a seeded sample of ``--limit``
rows (default 1,999, the largest run that uses the exact reducer) is embedded (through the
embedding cache) and the topic stage runs twice per seed with the same embeddings: with
:class:`viz.topics.reduce.ExactUMAP` and with umap-learn (forced by moving the threshold).
Prints NMI and ARI of ``topic_ids`` against ``label`` (outliers count as one cluster), topics,
outliers and the seconds of each fit (umap-learn's include numba compiling, once per process).

    nice -n 10 .venv/bin/python benchmarks/reduce.py ../shared/corpora/huffpost/huffpost_2018_2022.jsonl
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


def read_rows(path: str, limit: int, seed: int) -> list[dict]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rng = np.random.default_rng(seed)
    pick = np.sort(rng.choice(len(rows), size=min(limit, len(rows)), replace=False))
    return [rows[i] for i in pick]


def main() -> None:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    import viz.topics.reduce as reduce_mod
    from viz.embed import CachedEmbedder, make_embedder
    from viz.topics.clustering import fit_topics

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=1999)
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--cache-dir", default=None)
    ap.add_argument("--reducers", default="exact,umap-learn", help="which to run, comma-separated")
    args = ap.parse_args()
    rows = read_rows(args.path, args.limit, 0)
    texts = [r["text"] for r in rows]
    labels = [r.get("label") for r in rows]
    langs = [r.get("lang") or "en" for r in rows]
    embedder = CachedEmbedder(make_embedder("use"), args.cache_dir)
    t = time.perf_counter()
    emb = embedder.encode(texts)
    print(f"{len(texts)} passages embedded in {time.perf_counter() - t:.1f} s")
    print(f"{'seed':>4} {'reducer':<10} {'NMI':>6} {'ARI':>6} {'topics':>6} {'outliers':>8} {'s':>7}")
    exact_max = reduce_mod.EXACT_MAX_POINTS
    scores = {"exact": [], "umap-learn": []}
    for seed in [int(s) for s in args.seeds.split(",")]:
        for name, threshold in (("exact", exact_max), ("umap-learn", 0)):
            if name not in args.reducers.split(","):
                continue
            reduce_mod.EXACT_MAX_POINTS = threshold
            t = time.perf_counter()
            r = fit_topics(texts, emb, langs, embedder=embedder, seed=seed)
            secs = time.perf_counter() - t
            nmi = normalized_mutual_info_score(labels, r.topic_ids)
            ari = adjusted_rand_score(labels, r.topic_ids)
            scores[name].append(nmi)
            print(f"{seed:>4} {name:<10} {nmi:6.3f} {ari:6.3f} {int(r.topic_ids.max()) + 1:>6} "
                  f"{int((r.topic_ids < 0).sum()):>8} {secs:7.1f}", flush=True)
    reduce_mod.EXACT_MAX_POINTS = exact_max
    embedder.close()
    for name, vals in scores.items():
        if vals:
            print(f"mean NMI {name}: {np.mean(vals):.3f}")


if __name__ == "__main__":
    main()
