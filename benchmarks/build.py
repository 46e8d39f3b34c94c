"""Benchmark a whole build: time of each stage as a ratio to embedding alone, and peak memory.

Not a test: timings on a shared machine are noisy, so they are reported as ratios to the
embedding stage measured in the same run (with an empty embedding cache, so every passage is
really embedded).

    uv run python benchmarks/build.py ../shared/corpora/huffpost/huffpost_2018_2022.jsonl
    uv run python benchmarks/build.py PATH --limit 2000     # the first 2,000 rows only
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", help="corpus file or folder")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N rows of a .jsonl")
    ap.add_argument("--embedder", default="use")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)

    from viz.build import BuildConfig, build

    with tempfile.TemporaryDirectory(prefix="viz-bench-") as tmp:
        path = Path(args.path)
        if args.limit:
            sub = Path(tmp) / f"{path.stem}-{args.limit}.jsonl"
            with open(path, encoding="utf-8") as src, open(sub, "w", encoding="utf-8") as dst:
                for i, line in enumerate(src):
                    if i >= args.limit:
                        break
                    dst.write(line)
            path = sub
        started = time.perf_counter()
        run = build(BuildConfig(paths=[str(path)], out=str(Path(tmp) / "run"), embedder=args.embedder,
                                cache_dir=str(Path(tmp) / "cache"), progress=False))
        wall = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is KiB on Linux
    seconds = dict(run.manifest["seconds"])
    embed = seconds["embed"]
    counts = run.manifest["counts"]
    result = {
        "corpus": str(args.path),
        "documents": counts["documents"],
        "passages": counts["passages"],
        "topics": counts["topics"],
        "events": counts["events"],
        "seconds": seconds,
        "ratio_to_embed": {k: round(v / embed, 3) for k, v in seconds.items()},
        "passages_per_second_embed": round(counts["passages"] / embed, 1),
        "peak_memory_mib": round(peak_mib, 1),
        "wall_seconds": round(wall, 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"corpus: {result['corpus']}")
    print(f"{result['documents']} documents, {result['passages']} passages, "
          f"{result['topics']} topics, {result['events']} events")
    print(f"{'stage':<10} {'seconds':>9} {'x embed':>8}")
    for stage, secs in seconds.items():
        print(f"{stage:<10} {secs:>9.1f} {result['ratio_to_embed'][stage]:>8.2f}")
    print(f"embedding: {result['passages_per_second_embed']} passages/s")
    print(f"peak memory: {result['peak_memory_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
