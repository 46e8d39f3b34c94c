"""Benchmark a whole build against embedding alone, measured in the same run.

Not a test: timings on a shared machine are noisy, so every figure is a ratio to a baseline
measured in the same process, one right after the other:

1. **embedding alone**: the corpus is read and cut into passages as the build does, then a
   fresh embedder embeds every passage (no cache, model load included);
2. **whole build**: ``viz build`` with an empty embedding cache, so every passage is really
   embedded again (plus whatever mention sentences and topic words need).

With two cores the build does some work beside in child processes (the second embedding
process; the 2-D map and the dates, see ``viz.beside``): their wall time and CPU are printed
too, and the whole build's CPU with and without its children.

Printed: each stage's seconds and ratio to (1), wall and process CPU (CPU is the steadier
figure when other work shares the cores), the whole build's ratio to (1), peak memory and the load average before and after (2 cores are shared, so a load
above 2 means other work slowed both measurements). ``.jsonl.gz`` inputs are decompressed into
the temporary folder first (so ``--limit`` can take the first rows; ``viz build`` itself reads
``.jsonl.gz`` as it is). ``--baseline-sample SHARE`` embeds alone only a seeded sample of
that share of the passages and scales its time to all of them (the model load counted once):
for slices such as 100,000 UN paragraphs, where embedding everything twice would take an hour.
``--bracket`` embeds alone a second time after the build and takes the mean of the two as
the baseline: on this shared machine embedding alone drifted by up to 30% between runs a
minute apart, and a build is then compared with the machine's speed on both sides of it.
The build embeds on two processes when the machine has two cores
(``VIZ_EMBED_PROCESSES``); embedding alone is always one process, the single-core baseline.

    nice -n 10 uv run python benchmarks/build.py ../shared/corpora/huffpost/huffpost_2018_2022.jsonl
    nice -n 10 uv run python benchmarks/build.py ../shared/corpora/bbc/bbc_en.jsonl.gz
    nice -n 10 uv run python benchmarks/build.py PATH --limit 2000   # the first 2,000 rows only
    nice -n 10 uv run python benchmarks/build.py PATH --update-share 0.01

``--update-share F`` builds the first rows and then adds the last share F of the rows with
``viz build --update`` (same cache), printing the update's seconds as a ratio to the build's:
in this process (models loaded), and as a command in a new process on a copy of the run and
of the embedding cache (imports and model loads included; wall and CPU), once with Python's
bytecode files (``PYTHONPYCACHEPREFIX`` in the temporary folder, written by an untimed run
first: as an installed viz runs) and once without any (every module compiled from source, as
where ``PYTHONDONTWRITEBYTECODE`` is set and no bytecode exists). ``--keep DIR`` copies
the run before the update, the new rows and the cache into DIR, to profile the update on.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _cpu_children() -> float:
    """CPU of the child processes waited for so far (the second embedding process, the 2-D map
    and the dates computed beside the build)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _input(path: Path, tmp: Path, limit: int | None) -> Path:
    """The corpus as the build reads it: .gz decompressed, the first ``limit`` rows."""
    if not limit and not path.name.endswith(".gz"):
        return path
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    out = tmp / (f"{Path(name).stem}-{limit}{Path(name).suffix}" if limit else name)
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if limit and i >= limit:
                break
            dst.write(line)
    return out


def _command(tmp: Path, run_path, new_path: Path, tag: str, env) -> dict:
    """Wall and CPU seconds of ``viz build NEW --update RUN`` in a new process, on copies."""
    run_copy, cache_copy = tmp / f"run-cli-{tag}", tmp / f"cache-cli-{tag}"
    shutil.copytree(run_path, run_copy)
    shutil.copytree(tmp / "cache", cache_copy)
    cpu = _cpu_children()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "viz", "build", str(new_path), "--update", str(run_copy),
                    "--cache-dir", str(cache_copy), "--no-progress"], check=True,
                   capture_output=True, env=env)
    wall = time.perf_counter() - start
    out = {"seconds": round(wall, 2), "cpu_seconds": round(_cpu_children() - cpu, 2)}
    shutil.rmtree(run_copy, ignore_errors=True)
    shutil.rmtree(cache_copy, ignore_errors=True)
    return out


def embed_alone(path: Path, embedder_spec: str, max_chars: int,
                sample: float | None = None) -> tuple[float, int, float]:
    """Seconds to embed every passage with a fresh embedder (read and cut as the build does),
    the passage count, and the CPU seconds of that embedding. With ``sample`` (a share), only a
    seeded uniform sample of the passages is embedded and both times are scaled to all of them
    (for slices where embedding everything twice would take an hour); the model load is
    counted once, unscaled."""
    import numpy as np

    from viz.embed import make_embedder
    from viz.ingest import read_corpus
    from viz.passages import make_passages

    documents = read_corpus([str(path)]).documents
    texts = make_passages(documents, max_chars=max_chars)["text"].tolist()
    n = len(texts)
    if sample:
        keep = np.sort(np.random.default_rng(0).choice(n, size=max(1, round(n * sample)),
                                                        replace=False))
        texts = [texts[i] for i in keep]
    scale = n / len(texts)
    cpu0, start = _cpu(), time.perf_counter()
    embedder = make_embedder(embedder_spec)
    embedder.encode(texts[:1])  # the model loaded (lazily, on first use)
    load_s, load_cpu = time.perf_counter() - start, _cpu() - cpu0
    for i in range(0, len(texts), 64):
        embedder.encode(texts[i:i + 64])
    wall, cpu = time.perf_counter() - start - load_s, _cpu() - cpu0 - load_cpu
    return load_s + wall * scale, n, load_cpu + cpu * scale


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", help="corpus file or folder (.jsonl.gz is decompressed first)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N rows")
    ap.add_argument("--embedder", default="use")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--update-share", type=float, default=0.0,
                    help="add this last share of the rows afterwards with --update")
    ap.add_argument("--baseline-sample", type=float, default=None, metavar="SHARE",
                    help="embed alone only a seeded sample of this share of the passages and "
                         "scale (e.g. 0.05 for a 100,000-paragraph slice); default: all")
    ap.add_argument("--bracket", action="store_true",
                    help="embed alone again after the build and take the mean of the two as the "
                         "baseline (on a noisy machine the speed drifts within a minute)")
    ap.add_argument("--keep", default=None, metavar="DIR",
                    help="with --update-share: copy the built run (before the update), the new "
                         "rows and the embedding cache into DIR, to profile the update on")
    args = ap.parse_args(argv)

    from viz.build import BuildConfig, build, update
    from viz.passages import DEFAULT_MAX_CHARS

    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="viz-bench-") as tmp:
        path = _input(Path(args.path), Path(tmp), args.limit)
        new_path = None
        if args.update_share > 0:
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            cut = len(lines) - max(1, round(len(lines) * args.update_share))
            base, new_path = Path(tmp) / f"base{path.suffix}", Path(tmp) / f"new{path.suffix}"
            base.write_text("".join(lines[:cut]), encoding="utf-8")
            new_path.write_text("".join(lines[cut:]), encoding="utf-8")
            path = base
        embed_s, n_passages, embed_cpu = embed_alone(path, args.embedder, DEFAULT_MAX_CHARS,
                                                     args.baseline_sample)
        cpu1, children1 = _cpu(), _cpu_children()
        started = time.perf_counter()
        run = build(BuildConfig(paths=[str(path)], out=str(Path(tmp) / "run"),
                                embedder=args.embedder, cache_dir=str(Path(tmp) / "cache"),
                                progress=False))
        wall = time.perf_counter() - started
        cpu2, children2 = _cpu(), _cpu_children()
        alone = [embed_s]
        if args.bracket:  # the same again after the build; the baseline is the mean of both
            after_s, _, after_cpu = embed_alone(path, args.embedder, DEFAULT_MAX_CHARS,
                                                args.baseline_sample)
            alone.append(after_s)
            embed_s, embed_cpu = (embed_s + after_s) / 2, (embed_cpu + after_cpu) / 2
        updated, call_s = None, 0.0
        if new_path is not None and args.keep:
            keep = Path(args.keep)
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copytree(run.path, keep / "run", dirs_exist_ok=True)
            shutil.copytree(Path(tmp) / "cache", keep / "cache", dirs_exist_ok=True)
            shutil.copy2(new_path, keep / new_path.name)
            # the build's wall and CPU with all its child processes (the manifest does not hold
            # the second embedding process's CPU), for benchmarks/update.py
            (keep / "build.json").write_text(json.dumps({
                "seconds": wall, "cpu_seconds": (cpu2 - cpu1) + (children2 - children1),
                "manifest_seconds": run.manifest["seconds"]["total"]}), encoding="utf-8")
        commands = {}
        if new_path is not None:
            # as a user runs it: `viz build NEW --update RUN --cache-dir CACHE` in a new process
            # (imports and model loads included), on a copy of the run and of the embedding
            # cache; the user's viz cache (the USE tokenizer, py3langid's model) is the one the
            # build above used, as for anyone who built the run being updated
            # Python's compiled bytecode goes to folders in the temporary folder: none yet
            # (every module compiled from source, as on a first run or where
            # PYTHONDONTWRITEBYTECODE is set), then written by an untimed first run
            cold = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1",
                    "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pyc-none")}
            warm = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            warm["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pyc")
            commands["command_no_bytecode"] = _command(Path(tmp), run.path, new_path, "a", cold)
            _command(Path(tmp), run.path, new_path, "warm", warm)
            commands["command"] = _command(Path(tmp), run.path, new_path, "b", warm)
            call_s = time.perf_counter()
            updated = update(run.path, [str(new_path)], cache_dir=str(Path(tmp) / "cache"),
                             progress=False).manifest["updates"][-1]
            call_s = time.perf_counter() - call_s
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    seconds = dict(run.manifest["seconds"])
    cpu = dict(run.manifest.get("cpu_seconds") or {})
    embed_cpu = max(embed_cpu, 1e-9)
    counts = run.manifest["counts"]
    result = {
        "corpus": str(args.path),
        "documents": counts["documents"],
        "passages": counts["passages"],
        "topics": counts["topics"],
        "mentions": counts["mentions"],
        "mentions_reusing_passage_vector": counts.get("mentions_reusing_passage_vector"),
        "texts_embedded": counts.get("texts_embedded"),
        "events": counts["events"],
        "embed_alone_seconds": round(embed_s, 2),
        "embed_alone_runs_seconds": [round(x, 2) for x in alone],
        "embed_alone_cpu_seconds": round(embed_cpu, 2),
        "embed_alone_sample": args.baseline_sample,
        "build_seconds": seconds,
        "build_cpu_seconds": round(cpu2 - cpu1, 2),
        "ratio_to_embed_alone": {k: round(v / embed_s, 3) for k, v in seconds.items()},
        "build_stage_cpu_seconds": cpu,
        "cpu_ratio_to_embed_alone": {k: round(v / embed_cpu, 3) for k, v in cpu.items()},
        "whole_build_ratio": round(seconds["total"] / embed_s, 3),
        "whole_build_cpu_ratio": round((cpu2 - cpu1) / embed_cpu, 3),
        # all processes: this one and its children (second embedding process, work beside)
        "build_children_cpu_seconds": round(children2 - children1, 2),
        "whole_build_all_cpu_ratio": round((cpu2 - cpu1 + children2 - children1)
                                           / embed_cpu, 3),
        "beside_seconds": run.manifest.get("beside_seconds", {}),
        "peak_memory_mib": round(peak_mib, 1),
        "build_stage_peak_mib": run.manifest.get("peak_rss_mib") or {},
        "wall_seconds": round(wall, 1),
        "load_average_before": load_before,
        "load_average_after": _load(),
    }
    if updated is not None:
        result["update"] = updated
        result["update_ratio_to_build"] = round(updated["seconds"]["total"] / seconds["total"], 3)
        # the recorded total ends before the run is written; the call's wall time includes the
        # write and the run read back
        result["update_call_seconds"] = round(call_s, 2)
        result["update_call_ratio_to_build"] = round(call_s / seconds["total"], 3)
        build_cpu = (cpu2 - cpu1) + (children2 - children1)
        for name, c in commands.items():
            result[f"update_{name}_seconds"] = c["seconds"]
            result[f"update_{name}_ratio_to_build"] = round(c["seconds"] / seconds["total"], 3)
            result[f"update_{name}_cpu_seconds"] = c["cpu_seconds"]
            result[f"update_{name}_cpu_ratio_to_build"] = round(c["cpu_seconds"] / build_cpu, 3)
    assert n_passages == counts["passages"], (n_passages, counts["passages"])
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"corpus: {result['corpus']}")
    print(f"{result['documents']} documents, {result['passages']} passages, "
          f"{result['topics']} topics, {result['mentions']} mentions "
          f"({result['mentions_reusing_passage_vector']} reuse their passage's vector), "
          f"{result['events']} events; {result['texts_embedded']} texts embedded by the build")
    sampled = (f", scaled from a seeded sample of {args.baseline_sample:.0%} of the passages"
               if args.baseline_sample else "")
    bracket = (f" (mean of before the build {alone[0]:.1f} s and after {alone[1]:.1f} s)"
               if len(alone) > 1 else "")
    print(f"embedding alone: {embed_s:.1f} s ({n_passages / embed_s:.1f} passages/s), "
          f"CPU {result['embed_alone_cpu_seconds']:.1f} s{sampled}{bracket}")
    # the benchmark process's peak memory by each stage's end (it embedded alone before)
    peaks = run.manifest.get("peak_rss_mib") or {}
    print(f"{'stage':<10} {'seconds':>9} {'x embed alone':>14} {'CPU s':>8} {'CPU x embed alone':>18}"
          f" {'peak MiB':>9}")
    for stage, secs in seconds.items():
        c = cpu.get(stage, float("nan"))
        print(f"{stage:<10} {secs:>9.1f} {result['ratio_to_embed_alone'][stage]:>14.2f} "
              f"{c:>8.1f} {result['cpu_ratio_to_embed_alone'].get(stage, float('nan')):>18.2f}"
              f" {peaks.get(stage, float('nan')):>9.0f}")
    for name, b in result["beside_seconds"].items():
        print(f"  beside: {name} in a child process, {b['seconds']:.1f} s wall "
              f"({b['seconds'] / embed_s:.2f} x embed alone), CPU {b['cpu_seconds']:.1f} s")
    print(f"whole build / embedding alone: {result['whole_build_ratio']:.2f} (wall), "
          f"{result['whole_build_cpu_ratio']:.2f} (process CPU), "
          f"{result['whole_build_all_cpu_ratio']:.2f} (CPU with child processes: "
          f"+{result['build_children_cpu_seconds']:.1f} s)")
    if updated is not None:
        print(f"update: +{updated['documents_added']} documents, {updated['passages_added']} "
              f"passages ({100 * updated['far_share']:.0f}% far from every topic) in "
              f"{updated['seconds']['total']:.1f} s = {result['update_ratio_to_build']:.3f} of the "
              f"build (in this process, models loaded; before the write); stages: "
              f"{updated['seconds']}; the whole call with the write: "
              f"{result['update_call_seconds']:.1f} s = {result['update_call_ratio_to_build']:.3f}")
        for name, text in (("command", "update as a command (`viz build NEW --update RUN`, a new "
                                       "process, Python's bytecode files written before)"),
                           ("command_no_bytecode", "  the same without bytecode files (every "
                                                   "module compiled from source)")):
            if f"update_{name}_seconds" in result:
                print(f"{text}: {result[f'update_{name}_seconds']:.1f} s = "
                      f"{result[f'update_{name}_ratio_to_build']:.3f} of the build (wall); CPU "
                      f"{result[f'update_{name}_cpu_seconds']:.1f} s = "
                      f"{result[f'update_{name}_cpu_ratio_to_build']:.3f} of the build's CPU "
                      f"(with its child processes)")
    print(f"peak memory: {result['peak_memory_mib']:.0f} MiB")
    print(f"load average (1, 5, 15 min): before {load_before}, after {result['load_average_after']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
