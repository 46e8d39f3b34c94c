"""Time ``viz build NEW --update RUN`` as a command, repeatedly, against the build of RUN.

Not a test. ``benchmarks/build.py --update-share F --keep DIR`` builds a run of the first rows
of a corpus and keeps it, with the last rows and the embedding cache, in DIR. This script then
runs the update command ``--repeat`` times, each on fresh copies of the kept run and cache, in
a new process with Python's bytecode files (written by an untimed first run, in a temporary
``PYTHONPYCACHEPREFIX``), and prints the mean wall and CPU seconds (user + system, from the
child's resource usage) and their ratios to the build's wall and CPU seconds (as recorded in
the run's manifest: its stages, plus the work done beside in child processes).

With ``--baseline ROOT`` (a source tree of another viz version, e.g. ``git archive`` of an
older commit unpacked), the baseline's command and this tree's alternate, one after the other,
so both see the same load: a shared machine's load changes from minute to minute.

    nice -n 10 uv run python benchmarks/build.py CORPUS --limit 20000 --update-share 0.01 \\
        --keep /tmp/kept
    nice -n 10 uv run python benchmarks/update.py /tmp/kept --repeat 5 [--baseline /tmp/old]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(root: Path, kept: Path, tmp: Path, env: dict) -> tuple[float, float]:
    """Wall and CPU seconds of one update command run from source tree ``root``."""
    run, cache = tmp / "run", tmp / "cache"
    shutil.rmtree(run, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    shutil.copytree(kept / "run", run)
    shutil.copytree(kept / "cache", cache)
    new = sorted(p for p in kept.iterdir() if p.name.startswith("new."))
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "viz", "build", *map(str, new), "--update", str(run),
                    "--cache-dir", str(cache), "--no-progress"], cwd=root, env=env, check=True,
                   capture_output=True)
    return time.perf_counter() - start, _children_cpu() - cpu


def build_seconds(kept: Path) -> tuple[float, float]:
    """The kept run's build: wall seconds (the manifest's total), and CPU seconds of it and
    all its child processes (``build.json``, written by benchmarks/build.py --keep; without
    it, the manifest's, which leave out a second embedding process)."""
    m = json.loads((kept / "run" / "manifest.json").read_text(encoding="utf-8"))
    if (kept / "build.json").is_file():
        b = json.loads((kept / "build.json").read_text(encoding="utf-8"))
        return float(m["seconds"]["total"]), float(b["cpu_seconds"])
    wall = float(m["seconds"]["total"])
    cpu = m.get("cpu_seconds") or {}
    cpu_total = float(cpu.get("total", sum(v for k, v in cpu.items() if k != "total")))
    cpu_total += sum(float(b.get("cpu_seconds", 0)) for b in (m.get("beside_seconds") or {}).values())
    return wall, cpu_total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kept", help="folder written by benchmarks/build.py --keep")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--baseline", default=None, metavar="ROOT",
                    help="source tree of another viz version, timed alternately")
    args = ap.parse_args(argv)
    kept = Path(args.kept)
    roots = {"this": ROOT}
    if args.baseline:
        roots = {"baseline": Path(args.baseline).resolve(), **roots}
    wall_b, cpu_b = build_seconds(kept)
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in roots}
    with tempfile.TemporaryDirectory(prefix="viz-update-bench-") as tmp:
        tmp = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pyc")
        for name, root in roots.items():  # untimed: writes the bytecode files
            run_once(root, kept, tmp, env)
        for _ in range(args.repeat):
            for name, root in roots.items():
                times[name].append(run_once(root, kept, tmp, env))
    print(f"kept run: {kept} (build: {wall_b:.1f} s wall, {cpu_b:.1f} s CPU with its child "
          f"processes)")
    for name, got in times.items():
        wall = sum(w for w, _ in got) / len(got)
        cpu = sum(c for _, c in got) / len(got)
        print(f"{name:<9} update command, mean of {len(got)}: {wall:.2f} s wall = "
              f"{wall / wall_b:.3f} of the build; {cpu:.2f} s CPU = {cpu / cpu_b:.3f} of the "
              f"build's CPU  (runs: {', '.join(f'{w:.1f}/{c:.1f}' for w, c in got)} s wall/CPU)")
    print(f"load average (1, 5, 15 min): before {load_before}, after "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
