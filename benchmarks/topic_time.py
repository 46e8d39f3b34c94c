"""CPU time of :func:`viz.topics.over_time.terms_over_time` against the per-(topic, period) loop it
replaced (read from git as the baseline), on the same synthetic passages; checks both agree.

    nice -n 10 uv run python benchmarks/topic_time.py --passages 15000
    nice -n 10 uv run python benchmarks/topic_time.py --huffpost   # real texts, dates, labels
"""

from __future__ import annotations

import argparse
import subprocess
import time
import types

import numpy as np


def synthetic(n: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(letters[(i // 26 ** k) % 26] for k in range(4)) + "x" for i in range(30000)]
    topics = rng.integers(-1, 40, n)
    periods = rng.integers(0, 24, n)
    texts = []
    for t in topics:
        own = [vocab[(int(t) + 1) * 500 + j] for j in rng.integers(0, 300, 15)]
        common = [vocab[j] for j in rng.zipf(1.3, 25) % len(vocab)]
        texts.append(" ".join(own + common))
    return texts, topics, [f"2021-{p:02d}" for p in periods]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=15000)
    ap.add_argument("--huffpost", action="store_true",
                    help="the shared HuffPost corpus: its texts, dates, and labels as topics")
    ap.add_argument("--baseline", default="fe59b33", help="git commit of the loop version")
    args = ap.parse_args()
    from viz.topics.terms import count_matrix
    from viz.topics.over_time import terms_over_time
    src = subprocess.run(["git", "show", f"{args.baseline}:viz/topic_time.py"], check=True,
                         capture_output=True, text=True).stdout
    src = src.replace("from .topic_terms import", "from .terms import")  # now in viz/topics/
    old = types.ModuleType("viz.topics._topic_time_old")
    old.__package__ = "viz.topics"
    exec(compile(src, "topic_time_old.py", "exec"), old.__dict__)
    if args.huffpost:
        import pandas as pd

        from viz.topics.over_time import choose_granularity, period_starts

        h = pd.read_json("../shared/corpora/huffpost/huffpost_2018_2022.jsonl", lines=True)
        texts = h["text"].tolist()
        topics = pd.factorize(h["label"])[0]
        periods = list(period_starts(h["date"], choose_granularity(h["date"])))
        args.passages = len(texts)
    else:
        texts, topics, periods = synthetic(args.passages)
    t0 = time.process_time()
    counts = count_matrix(texts, ["en"] * len(texts))
    t_count = time.process_time() - t0
    t0 = time.process_time()
    new = terms_over_time(texts, topics, periods, counts=counts)
    t_new = time.process_time() - t0
    t0 = time.process_time()
    base = old.terms_over_time(texts, topics, periods, counts=counts)
    t_old = time.process_time() - t0
    same = new.equals(base)
    print(f"{args.passages} passages, {len(new)} (topic, period) rows; count matrix "
          f"{t_count:.2f} s CPU (shared)")
    print(f"loop (baseline {args.baseline}): {t_old:.2f} s CPU; vectorised: {t_new:.2f} s CPU; "
          f"ratio {t_old / max(t_new, 1e-9):.1f}x; same table: {same}")


if __name__ == "__main__":
    main()
