"""Language identification: CPU seconds of viz.language.assign_languages, an older version against this one,
interleaved (old, new, old, new, ...) on the same passages, and the agreement of classify_many with py3langid's
classify text by text.

Passages are made with viz.passages.make_passages from viz.ingest.read_corpus on the first --rows rows of each
corpus in ../shared/corpora (read, never copied). The old assign_languages is viz/language.py at --old (a git
revision) loaded beside the package. Times are CPU seconds of this process (time.process_time), wall time beside;
the first new run includes importing scipy.sparse, if not imported yet.

    nice -n 10 uv run python benchmarks/languages.py [--old 3a0ab83~1] [--rows 20000] [--runs 3] huffpost bbc
    nice -n 10 uv run python benchmarks/languages.py --agree huffpost bbc sib200 wikinews ungdc
"""
from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = ROOT.parent / "shared" / "corpora"
FILES = {"huffpost": "huffpost/huffpost_2018_2022.jsonl", "bbc": "bbc/bbc_en.jsonl.gz",
         "sib200": "sib200/sib200_train_12lang.jsonl", "wikinews": "wikinews/wikinews_2019_2020.jsonl",
         "ungdc": "ungdc/ungdc_paragraphs.jsonl.gz"}


def load(name: str, rows: int):
    from benchmarks.build import _input
    from viz.ingest import read_corpus
    from viz.passages import make_passages

    with tempfile.TemporaryDirectory() as tmp:
        docs = read_corpus([_input(CORPORA / FILES[name], Path(tmp), rows)]).documents
    return docs, make_passages(docs)


def old_module(rev: str):
    source = subprocess.run(["git", "show", f"{rev}:viz/language.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "old_language.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("viz._old_language", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timing(names, rows, runs, rev):
    from viz import language

    old = old_module(rev)
    print(f"old = viz/language.py at {rev}; scipy.sparse imported before the first new run: "
          f"{'scipy.sparse' in sys.modules}")
    for name in names:
        docs, passages = load(name, rows)
        old._identifier(None), language._identifier(None)  # loading the model is not timed
        cpu = {"old": [], "new": []}
        for run in range(runs):
            for label, module in (("old", old), ("new", language)):
                c, w = time.process_time(), time.perf_counter()
                module.assign_languages(documents=docs, passages=passages)
                c, w = time.process_time() - c, time.perf_counter() - w
                cpu[label].append(c)
                print(f"{name} run {run + 1} {label}: {c:.3f} s CPU ({w:.3f} s wall)", flush=True)
        o, n = sorted(cpu["old"])[runs // 2], sorted(cpu["new"])[runs // 2]
        print(f"{name}: {len(passages)} passages, median old {o:.3f} s, new {n:.3f} s CPU: {o / n:.1f}x",
              flush=True)


def agreement(names, rows):
    import numpy as np

    from viz import language

    ident = language._identifier(None)
    for name in names:
        _, passages = load(name, rows)
        texts = [t for t in passages["text"].tolist() if any(ch.isalpha() for ch in t)]
        ref = [ident.classify(t) for t in texts]
        ref_p = np.array([p for _, p in ref])
        tie = language.TIE
        for language.TIE in (0.0, tie):  # 0: the batch alone, nothing handed to classify
            langs, probs = language.classify_many(texts, ident=ident, near=(language.MIN_CONFIDENCE,))
            differ = [i for i, (a, (b, _)) in enumerate(zip(langs, ref)) if a != b]
            print(f"{name} TIE={language.TIE}: {len(texts)} passages with letters, languages differ "
                  f"{len(differ)}, max |dp| {np.abs(probs - ref_p).max():.2e}, p >= 0.9 differs "
                  f"{int(((probs >= 0.9) != (ref_p >= 0.9)).sum())}", flush=True)
            for i in differ[:20]:
                print("   ", ref[i], langs[i], probs[i], repr(texts[i][:100]))
        language.TIE = tie


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=["huffpost", "bbc"], choices=sorted(FILES))
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--old", default="3a0ab83~1", help="git revision of the old viz/language.py")
    ap.add_argument("--agree", action="store_true", help="agreement with classify instead of timing")
    args = ap.parse_args(argv)
    if args.agree:
        agreement(args.corpora, args.rows)
    else:
        timing(args.corpora, args.rows, args.runs, args.old)


if __name__ == "__main__":
    main()
