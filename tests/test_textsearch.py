from __future__ import annotations

import pandas as pd

from viz.csvsafe import neutralize, write_csv
from viz.textsearch import fold, fold_all, word_mask


def test_fold_removes_case_and_accents_in_any_script():
    assert fold("Tempête À Paris") == "tempete a paris"
    assert fold("STRASSE straße") == "strasse strasse"
    assert fold("Ελλάδα") == "ελλαδα"


def test_word_mask_matches_word_starts_and_needs_every_word():
    texts = fold_all(["La tempête a frappé", "Storm hit the harbour", "contempt", "东京的暴风雨"])
    assert word_mask(texts, "TEMPETE").tolist() == [True, False, False, False]
    assert word_mask(texts, "storm harb").tolist() == [False, True, False, False]
    assert word_mask(texts, "storm paris").tolist() == [False, False, False, False]
    assert word_mask(texts, "暴风").tolist() == [False, False, False, True]
    assert word_mask(texts, "   ").tolist() == [False] * 4


def test_csv_cells_that_look_like_formulas_are_text():
    assert neutralize("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert neutralize("@SUM(A1)") == "'@SUM(A1)"
    assert neutralize("plain") == "plain" and neutralize(-5) == -5
    out = write_csv(pd.DataFrame({"text": ["=1+1", "+cmd", "ok"], "n": [-1, 2, 3]}))
    assert out.splitlines() == ["text,n", "'=1+1,-1", "'+cmd,2", "ok,3"]
