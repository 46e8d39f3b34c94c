"""TopicModel.transform against the build's ``_place`` (what ``viz build --update`` uses today)
for new passages: how often they give the same topic, the share each leaves far from every
topic, and CPU time as a ratio to ``_place`` measured in the same run. Not like for like:
``_place`` also finds each new passage's nearest old passage (map position, micro-cluster);
``transform`` gives topic ids only, and ``from_assignment`` builds its state from the stored
assignment once.

Not a test. Synthetic, seeded: ``--topics`` subjects in ``--dim`` dimensions, old passages in two
languages (a language offset that alignment removes), 3% of them unassigned; new passages are
``--new`` of the same subjects plus 10% random directions (far from every topic).

    nice -n 10 uv run python benchmarks/topic_model.py --old 100000 --new 1000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def corpus(n: int, centres: np.ndarray, shift: np.ndarray, rng, far: float = 0.0):
    k, dim = centres.shape
    gold = rng.integers(0, k, size=n)
    fr = rng.random(n) < 0.4
    vecs = centres[gold] + 0.9 * rng.normal(size=(n, dim)) / np.sqrt(dim) * 4 + fr[:, None] * shift
    is_far = rng.random(n) < far
    vecs[is_far] = rng.normal(size=(int(is_far.sum()), dim))
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    langs = np.where(fr, "fr", "en").astype(object)
    return vecs.astype(np.float32), langs, gold, is_far


def main() -> None:
    from viz import schema as S
    from viz.build import _place
    from viz.topics.clustering import TopicModel, align_languages

    ap = argparse.ArgumentParser()
    ap.add_argument("--old", type=int, default=100_000)
    ap.add_argument("--new", type=int, default=1_000)
    ap.add_argument("--topics", type=int, default=50)
    ap.add_argument("--dim", type=int, default=512)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    centres = rng.normal(size=(args.topics, args.dim))
    shift = rng.normal(size=args.dim) * 0.5
    old, old_langs, gold, _ = corpus(args.old, centres, shift, rng)
    topic = np.where(rng.random(args.old) < 0.03, S.OUTLIER_TOPIC, gold).astype(np.int32)
    new, new_langs, new_gold, is_far = corpus(args.new, centres, shift, rng, far=0.1)
    old_p = pd.DataFrame({S.PASSAGE_ID: np.arange(args.old), S.LANG: old_langs,
                          S.TOPIC_ID: topic, S.CLUSTER_ID: topic,
                          S.X: rng.random(args.old), S.Y: rng.random(args.old)})
    new_p = pd.DataFrame({S.LANG: new_langs})
    manifest = {"topic_parameters": {"align_languages": True, "outlier_quantile": 0.05}}

    t0 = time.process_time()
    placed = _place(old_p, old, new_p, new, None, manifest, align_languages)
    t_place = time.process_time() - t0
    t0 = time.process_time()
    model = TopicModel.from_assignment(old, old_langs, topic, manifest["topic_parameters"])
    t_state = time.process_time() - t0
    t0 = time.process_time()
    ids = model.transform(new, new_langs)
    t_transform = time.process_time() - t0

    a = np.asarray(placed["topic_id"])
    print(f"{args.old:,} old passages, {args.new:,} new ({is_far.sum()} random), "
          f"{args.topics} topics, {args.dim}-D")
    print(f"same topic as _place:            {np.mean(a == ids):.4f}")
    for name, x in (("_place", a), ("transform", ids)):
        ok = ~is_far
        print(f"{name:>10}: far share {np.mean(x == S.OUTLIER_TOPIC):.3f}, "
              f"random ones left out {np.mean(x[is_far] == S.OUTLIER_TOPIC):.3f}, "
              f"others in their subject {np.mean(x[ok] == new_gold[ok]):.3f}")
    print(f"CPU s (_place includes the nearest old passage): _place {t_place:.2f} (1.00), from_assignment {t_state:.2f} "
          f"({t_state / t_place:.2f}), transform {t_transform:.3f} "
          f"({t_transform / t_place:.3f})")


if __name__ == "__main__":
    main()
