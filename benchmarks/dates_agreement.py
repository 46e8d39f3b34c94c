"""Translation agreement of viz.dates over SIB-200 (Flores-200 sentences, each in 12 languages).

For every group whose English sentence yields at least one resolved date value, the share of each language's
translations that yield the same multiset of values (same reference date for all). Languages without a module
run on the language-independent fallback (numeric dates and years); the table says which.

    uv run python benchmarks/dates_agreement.py [--show LANG]   # --show lists that language's disagreements
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os

CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora", "sib200",
                      "sib200_train_12lang.jsonl")
REF = dt.date(2020, 6, 15)


def values(text, code):
    from viz.dates import extract_dates
    return sorted(m.value for m in extract_dates(text, lang=code, reference_date=REF) if m.value)


def main(argv=None):
    from viz.dates import SUPPORTED_LANGUAGES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", metavar="LANG", help="print the disagreements of this language (ISO 639-1)")
    args = ap.parse_args(argv)
    groups = collections.defaultdict(dict)
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            groups[r["group_id"]][r["lang"]] = r["text"]
    dated = {g: (tr, values(tr["eng_Latn"], "en")) for g, tr in groups.items() if "eng_Latn" in tr}
    dated = {g: v for g, v in dated.items() if v[1]}
    print("groups: %d; with a resolved date in English: %d (reference date %s)" % (len(groups), len(dated), REF))
    langs = sorted({lg for tr, _ in dated.values() for lg in tr if lg != "eng_Latn"})
    print("%-9s %-4s %-9s %6s %6s %6s" % ("flores", "code", "module", "groups", "agree", "share"))
    for flores in langs:
        code = {"arb": "ar", "deu": "de", "fra": "fr", "hin": "hi", "ita": "it", "jpn": "ja", "por": "pt",
                "rus": "ru", "spa": "es", "swh": "sw", "zho": "zh"}[flores[:3]]
        n = ok = 0
        for g, (tr, en_vals) in sorted(dated.items()):
            if flores not in tr:
                continue
            n += 1
            got = values(tr[flores], code)
            if got == en_vals:
                ok += 1
            elif args.show == code:
                print("  [%d] en %s / %s %s\n    %s\n    %s" % (g, en_vals, code, got, tr["eng_Latn"], tr[flores]))
        print("%-9s %-4s %-9s %6d %6d %6.3f" % (flores, code, "yes" if code in SUPPORTED_LANGUAGES else "fallback",
                                                 n, ok, ok / n if n else 0.0))


if __name__ == "__main__":
    main()
