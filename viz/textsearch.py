"""Finding passages by their words, in any language: case and accents folded.

Shared by the dashboard's search box, ``viz export --search`` and notebooks. Texts are folded
once (:func:`fold_all`); a query is folded the same way and each of its words must start a word
of the text (or, in scripts written without spaces, occur anywhere in it).
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def fold(text: str) -> str:
    """``text`` lower-cased (Unicode case folding) with accents and other marks removed."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_all(texts) -> pd.Series:
    """:func:`fold` over many texts, as a string Series (compute once, search many times)."""
    return pd.Series([fold(t) for t in texts], dtype=object)


def query_words(query: str) -> list[str]:
    """The folded words of a query (empty for a blank one)."""
    return fold(query).split()


def word_mask(folded: pd.Series, query: str) -> np.ndarray:
    """Which folded texts hold every word of ``query`` (a boolean array; all False when the
    query has no word). A word matches where a word of the text starts with it."""
    words = query_words(query)
    if not words:
        return np.zeros(len(folded), dtype=bool)
    mask = np.ones(len(folded), dtype=bool)
    for w in words:
        pattern = re.escape(w) if _NO_SPACES.search(w) else r"(?<!\w)" + re.escape(w)
        mask &= folded.str.contains(pattern, regex=True, na=False).to_numpy()
    return mask
