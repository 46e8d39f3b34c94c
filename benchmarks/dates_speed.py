"""Throughput of viz.dates on one core: characters per second over the first N UNGDC paragraphs (English).

Also times, in the same run, a plain scan of the same text with one small regex (4-digit numbers), so the figure
can be read as a ratio on a noisy, shared machine. Times are CPU seconds of this process (time.process_time: one
core, robust to the load of other work); wall time is printed too. The first call (which compiles the language) is
timed apart.

    nice -n 10 uv run python benchmarks/dates_speed.py [--n 30000] [--lang en]
    nice -n 10 uv run python benchmarks/dates_speed.py --en-dev   # the scorer's en-dev documents, in CPU time
    nice -n 10 uv run python benchmarks/dates_speed.py --sib200   # each SIB-200 language on its own sentences
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import re
import time

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared")
CORPUS = os.path.join(SHARED, "corpora", "ungdc", "ungdc_paragraphs.jsonl.gz")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=30000, help="paragraphs (default 30000)")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--en-dev", action="store_true",
                    help="time the en-dev documents with their reference dates as the scorer does (first call "
                         "included, as in its figure), in CPU seconds")
    ap.add_argument("--sib200", action="store_true",
                    help="time each language with a module on its own SIB-200 sentences (701 each), best of 5")
    args = ap.parse_args(argv)
    if args.en_dev:
        return en_dev()
    if args.sib200:
        return sib200()
    texts = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.n:
                break
    chars = sum(map(len, texts))
    clock = time.process_time
    t0 = clock()
    import viz.dates as d
    t1 = clock()
    d.extract_dates("7 May 2021", lang=args.lang, reference_date=dt.date(2021, 5, 8))
    t2 = clock()
    w2 = time.perf_counter()
    ref = dt.date(2020, 1, 1)
    n_mentions = 0
    for t in texts:
        n_mentions += len(d.extract_dates(t, lang=args.lang, reference_date=ref))
    t3 = clock()
    w3 = time.perf_counter()
    rx = re.compile(r"\b\d{4}\b")
    for t in texts:
        rx.findall(t)
    t4 = clock()
    rate = chars / (t3 - t2)
    print("paragraphs %d, characters %d, mentions %d" % (len(texts), chars, n_mentions))
    print("import viz.dates %.3f s; first call (compiles %s) %.3f s (CPU)" % (t1 - t0, args.lang, t2 - t1))
    print("extract_dates: %.0f characters per CPU-second (%.0f per wall second)" % (rate, chars / (w3 - w2)))
    print("plain 4-digit regex scan: %.0f characters per CPU-second (extract_dates is %.3f of it)" % (chars / (t4 - t3),
                                                                                        (t4 - t3) / (t3 - t2)))


def sib200():
    from viz.dates import SUPPORTED_LANGUAGES, extract_dates

    path = os.path.join(SHARED, "corpora", "sib200", "sib200_train_12lang.jsonl")
    by_lang: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            by_lang.setdefault(row["lang"][:3], []).append(row["text"])
    codes = {"eng": "en", "fra": "fr", "deu": "de", "spa": "es", "ita": "it", "por": "pt", "rus": "ru", "arb": "ar", "zho": "zh", "jpn": "ja"}
    out = []
    for flores, lang in codes.items():
        if lang not in SUPPORTED_LANGUAGES or flores not in by_lang:
            continue
        text = "\n".join(by_lang[flores])
        extract_dates("2020", lang=lang)  # compiles the language
        best = min(_cpu(extract_dates, text, lang) for _ in range(5))
        out.append("%s %.2fM" % (lang, len(text) / best / 1e6))
    print("characters per CPU-second, own SIB-200 sentences (one text per language): " + ", ".join(out))


def _cpu(extract_dates, text, lang):
    t = time.process_time()
    extract_dates(text, lang=lang, reference_date=None)
    return time.process_time() - t


def en_dev():
    import importlib.util
    import sys

    ev = os.path.join(SHARED, "eval", "timex")
    spec = importlib.util.spec_from_file_location("score_timex", os.path.join(ev, "score_timex.py"))
    st = importlib.util.module_from_spec(spec)
    sys.modules["score_timex"] = st
    spec.loader.exec_module(st)
    docs, _ = st.load_corpus(os.path.join(ev, "en-dev"))
    chars = sum(len(d.text) for d in docs)
    clock = time.process_time
    t0 = clock()
    from viz.dates import extract_dates
    first = None
    for d in docs:
        list(extract_dates(d.text, lang="en", reference_date=d.dct))
        if first is None:
            first = clock() - t0
    t1 = clock()
    print("en-dev: %d documents, %d characters; %.3f CPU s with the import and first call (%.3f s)"
          % (len(docs), chars, t1 - t0, first))
    print("en-dev: %.0f characters per CPU-second, first call included; %.0f without it"
          % (chars / (t1 - t0), chars / (t1 - t0 - first)))


if __name__ == "__main__":
    main()
