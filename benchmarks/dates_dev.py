"""Value scores of viz.dates on the date development sets, per half (split by document).

Documents are split by their position in the corpus: even positions are the *tune* half (read its errors when
writing rules), odd positions the *check* half (never read; it says whether a rule generalises). Uses the
project's scorer ``../shared/eval/timex/score_timex.py`` unchanged.

    uv run python benchmarks/dates_dev.py                      # every set, both halves and all
    uv run python benchmarks/dates_dev.py es de --errors /tmp  # + errors of the tune half, /tmp/errors-es.tsv

The check half's errors are not written: a rule read from them is fitted to the half that is meant to test it (an
earlier option to write them was used once, so the Dolomiten check figure is partly a training figure).
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys

EVAL = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "timex")
SETS = {  # name: (folder inside EVAL, language)
    "en": ("en-dev", "en"), "fr": ("fr-dev", "fr"), "es": ("es-dev", "es"),
    "de-zeit": ("de-dev/KRAUTS_DieZeit", "de"), "de-dolo": ("de-dev/KRAUTS_Dolomiten-42", "de"),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_timex", os.path.join(EVAL, "score_timex.py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score_timex"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def score(st, docs, lang):
    from viz.dates import extract_dates
    sc = st.Scorer()
    for doc in docs:
        res = extract_dates(doc.text, lang=lang, reference_date=doc.dct)
        mentions, _bad = st.to_mentions(res, doc.text)
        sc.add(doc, mentions)
    return sc


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names (default: all): " + " ".join(SETS))
    ap.add_argument("--errors", metavar="DIR", help="write the tune half's errors to DIR/errors-SET.tsv")
    args = ap.parse_args(argv)
    if args.errors:
        os.makedirs(args.errors, exist_ok=True)
    names = [n for n in SETS if not args.sets or any(n.startswith(a) for a in args.sets)]
    st = _scorer()
    print("%-8s %-6s %5s %6s %6s %6s %6s %6s" % ("set", "half", "docs", "gold", "P", "R", "valF1", "relP"))
    for name in names:
        folder, lang = SETS[name]
        docs, _skipped = st.load_corpus(os.path.join(EVAL, folder))
        halves = {"tune": docs[0::2], "check": docs[1::2], "all": docs}
        for half, ds in halves.items():
            sc = score(st, ds, lang)
            s = sc.summary()
            v, r = s["value"], s["relaxed"]
            print("%-8s %-6s %5d %6d %6.3f %6.3f %6.3f %6.3f" % (name, half, len(ds), sc.c["gold"], v["P"], v["R"],
                                                                v["F1"], r["P"]))
            if args.errors and half == "tune":
                st.write_errors(os.path.join(args.errors, "errors-%s.tsv" % name), sc.rows)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
