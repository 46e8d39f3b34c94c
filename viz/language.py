"""Language identification per passage (py3langid, 97 languages, numpy only)."""

from __future__ import annotations

import lzma
import os
import shutil
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import schema as S

# Below this many letters a passage's language is taken from its document when known.
MIN_LETTERS = 25
# Below this probability the passage's language is taken from its document when known.
MIN_CONFIDENCE = 0.9
UNKNOWN = "und"


def _model_cache_path(source: Path) -> Path:
    from .embed import default_cache_dir

    st = source.stat()
    return default_cache_dir() / "langid" / f"model-{st.st_size}-{int(st.st_mtime)}.npz"


def _load_model(source: Path):
    """py3langid's model as ``py3langid.modelio.load_model`` returns it, from an uncompressed
    copy kept in the viz cache (``$VIZ_CACHE_DIR/langid/``): the shipped file is LZMA, and
    decompressing it took 1.2 s in every process, a fifth of adding a few documents to a run.
    Any trouble with the copy falls back to the shipped file."""
    import numpy as np
    from py3langid import modelio

    try:
        path = _model_cache_path(source)
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(suffix=".npz.tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as out, lzma.open(source) as src:
                    shutil.copyfileobj(src, out, length=1 << 20)
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        with np.load(path, allow_pickle=False) as data:
            return (data["ptc"], data["pc"], data["classes"].tolist(),
                    modelio._to_array(data["nextmove"]),
                    modelio._to_array(data["nextmove_row"]), data["out_feat"].tolist())
    except Exception:  # noqa: BLE001 - an unreadable or unwritable copy: the shipped file
        return modelio.load_model(source)


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...] | None):
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = _load_model(MODEL_DIR / MODEL_FILE)
    ident = LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output,
                               norm_probs=True, tk_row=row)
    if languages:
        unknown = sorted(set(languages) - set(ident.nb_classes))
        if unknown:
            raise ValueError(
                f"--languages: unknown language code(s) {', '.join(unknown)}; "
                f"known: {', '.join(sorted(ident.nb_classes))}"
            )
        ident.set_languages(list(languages))
    return ident


def supported_languages() -> list[str]:
    return sorted(_identifier(None).nb_classes)


def detect(text: str, languages: tuple[str, ...] | None = None) -> str:
    """ISO 639-1 code of ``text`` (``"und"`` when there are no letters)."""
    if not any(ch.isalpha() for ch in text):
        return UNKNOWN
    return _identifier(languages).classify(text)[0]


def assign_languages(documents: pd.DataFrame, passages: pd.DataFrame,
                     languages: tuple[str, ...] | None = None,
                     progress=None) -> tuple[pd.Series, pd.Series]:
    """Language of each passage and of each document.

    A document's given ``lang`` is kept; otherwise it is the language of most of its text.
    A passage takes its document's language when it is too short to identify reliably, or
    when the identifier is unsure (close languages such as Indonesian and Malay).
    ``progress(k)`` is told every few thousand passages identified.
    """
    langs = tuple(sorted(languages)) if languages else None
    ident = _identifier(langs)
    doc_given = dict(zip(documents[S.DOC_ID], documents[S.LANG]))
    detected, confident = [], []
    for i, text in enumerate(passages[S.TEXT], start=1):
        if progress is not None and not i % 4096:
            progress(4096)
        letters = sum(ch.isalpha() for ch in text)
        if not letters:
            detected.append(UNKNOWN)
            confident.append(False)
            continue
        lang, prob = ident.classify(text)
        detected.append(lang)
        confident.append(letters >= MIN_LETTERS and prob >= MIN_CONFIDENCE)
    weights: dict[str, Counter] = {}
    for doc_id, lang, text in zip(passages[S.DOC_ID], detected, passages[S.TEXT]):
        weights.setdefault(doc_id, Counter())[lang] += len(text)
    doc_lang = {}
    for doc_id in documents[S.DOC_ID]:
        given = S.as_text(doc_given.get(doc_id))
        if given:
            doc_lang[doc_id] = given
        elif doc_id in weights:
            doc_lang[doc_id] = weights[doc_id].most_common(1)[0][0]
        else:
            doc_lang[doc_id] = UNKNOWN
    passage_lang = [lang if ok else (doc_lang[d] if doc_lang[d] != UNKNOWN else lang)
                    for d, lang, ok in zip(passages[S.DOC_ID], detected, confident)]
    return (pd.Series(passage_lang, index=passages.index, dtype=object),
            documents[S.DOC_ID].map(doc_lang))
