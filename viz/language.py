"""Language identification per passage (py3langid, 97 languages, numpy only)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pandas as pd

from . import schema as S

# Below this many letters a passage's language is taken from its document when known.
MIN_LETTERS = 25
# Below this probability the passage's language is taken from its document when known.
MIN_CONFIDENCE = 0.9
UNKNOWN = "und"


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...] | None):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
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
