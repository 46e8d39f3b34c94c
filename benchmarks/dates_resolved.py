"""Share of date mentions that get a value on the UN General Debate paragraphs, whose speeches are dated by their
year only: without a reference, and with the speech's year as the reference year (what the build does for a
document dated to the year).

    uv run python benchmarks/dates_resolved.py [--every 40]   # every 40th of the 419,391 paragraphs
"""
from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import json
import os

CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora", "ungdc", "ungdc_paragraphs.jsonl.gz")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=40, help="read every Nth paragraph (default 40)")
    args = ap.parse_args(argv)
    from viz.dates import extract_dates
    counts = collections.Counter()
    n = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in itertools.islice(f, 0, None, args.every):
            row = json.loads(line)
            year = int(str(row["date"])[:4])
            n += 1
            for label, ry in (("no reference", None), ("speech year", year)):
                for m in extract_dates(row["text"], lang="en", reference_year=ry):
                    counts[label, bool(m.value)] += 1
    print("%d paragraphs (every %dth)" % (n, args.every))
    for label in ("no reference", "speech year"):
        done, total = counts[label, True], counts[label, True] + counts[label, False]
        print("%-13s %6d mentions, %6d with a value: %.3f" % (label, total, done, done / max(total, 1)))


if __name__ == "__main__":
    main()
