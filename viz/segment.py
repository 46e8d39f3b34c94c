"""Language-aware tokenization for topic terms.

Whitespace-and-punctuation splitting works for most scripts but not for Chinese and Japanese,
which write words without spaces (a "word" pattern would return whole clauses). For those:

* Chinese: ``jieba`` when installed (``uv sync --extra cjk``), else character bigrams;
* Japanese: ``janome`` when installed (same extra), else character bigrams of each
  kanji/katakana run (hiragana runs are mostly particles and endings, so they are dropped).

Neither library is a required dependency of viz: both are imported lazily and the bigram
fallback is always available; the build records which one it used. Every function is deterministic.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

from .stopwords import stop_words_of



def _mark_class() -> str:
    """A regex class of every combining mark (Devanagari vowel signs, Arabic harakat ...),
    which ``\\w`` does not match: without them Hindi words fall apart into syllables."""
    ranges, start, prev = [], None, None
    for cp in range(0x300, min(sys.maxunicode, 0x1FFFF)):
        if unicodedata.category(chr(cp)).startswith("M"):
            if start is None:
                start = cp
            prev = cp
        elif start is not None:
            ranges.append((start, prev))
            start = None
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if b < 0x10000 else "" for a, b in ranges)


# Words of two or more characters starting with a letter (any script, combining marks kept);
# digits and punctuation are not terms.
WORD = re.compile(f"[^\\W\\d_](?:[^\\W\\d_]|[{_mark_class()}])+")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA_KATA = r"\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HIRA = r"\u3040-\u309f"
CJK_CHAR = re.compile(f"[{_HAN}{_KANA_KATA}{_HIRA}]")
_HAN_RUN = re.compile(f"[{_HAN}]+")
_JA_RUN = re.compile(f"[{_HAN}]+|[{_KANA_KATA}ー]+")
CJK_LANGS = frozenset({"zh", "ja"})
# Function characters of Chinese: a bigram holding one mostly straddles a word boundary.
_ZH_FUNCTION = frozenset("的了是在和与及或其这那之为以于而被把将对从到他她它们也都就并但又该着过吗呢吧个得地所")


@lru_cache(maxsize=1)
def _jieba():
    try:
        import warnings

        with warnings.catch_warnings():  # jieba 0.42's own source has invalid escapes
            warnings.simplefilter("ignore")
            import jieba
        jieba.setLogLevel(60)
        return jieba
    except Exception:  # absent or broken: use bigrams
        return None


@lru_cache(maxsize=1)
def _janome():
    try:
        from janome.tokenizer import Tokenizer

        return Tokenizer()
    except Exception:
        return None


def segmenter_for(lang: str) -> str:
    """Which segmenter :func:`tokenize` uses for ``lang`` ("jieba", "janome", "bigram", "words")."""
    if lang == "zh":
        return "jieba" if _jieba() is not None else "bigram"
    if lang == "ja":
        return "janome" if _janome() is not None else "bigram"
    return "words"


def _bigrams(run: str) -> list[str]:
    if len(run) < 2:
        return []
    return [run[i:i + 2] for i in range(len(run) - 1)]


def _cjk_tokens(text: str, lang: str) -> list[str]:
    kind = segmenter_for(lang)
    if kind == "jieba":
        return [w for w in _jieba().lcut(text) if len(w) >= 2 and CJK_CHAR.search(w)]
    if kind == "janome":
        keep = ("名詞", "動詞", "形容詞")  # nouns, verbs, adjectives
        out = []
        for tok in _janome().tokenize(text):
            pos = tok.part_of_speech.split(",")
            if pos[0] in keep and pos[1] not in ("数", "非自立", "代名詞", "接尾"):
                word = tok.base_form if tok.base_form != "*" else tok.surface
                if len(word) >= 2 or _HAN_RUN.fullmatch(word):
                    out.append(word)
        return out
    runs = (_HAN_RUN if lang == "zh" else _JA_RUN).findall(text)
    grams = [b for run in runs for b in _bigrams(run)]
    if lang == "zh":
        grams = [b for b in grams if not (_ZH_FUNCTION & set(b))]
    return grams


def is_cjk_bigram(term: str) -> bool:
    return len(term) == 2 and all(CJK_CHAR.match(c) for c in term)


def merge_overlapping(terms: list[str], texts: list[str], min_hits: int = 2) -> list[str]:
    """Join ranked CJK bigrams that overlap by one character into the longer word they come
    from ("航空" + "空公" + "公司" -> "航空公司") when it occurs in at least ``min_hits`` of
    ``texts`` and in at least half as many as its rarer part (so a word is not glued to its
    neighbour, as in "家航空公司"); a rarer bigram straddling a better word's edge ("家航") is
    dropped. Other terms pass unchanged. Keeps the rank of the best part."""
    hits: dict[str, int] = {}

    def count(s: str) -> int:
        if s not in hits:
            hits[s] = sum(s in t for t in texts)
        return hits[s]

    out: list[str] = []
    for term in terms:
        if not is_cjk_bigram(term):
            out.append(term)
            continue
        joined = False
        for i, kept in enumerate(out):
            if not CJK_CHAR.match(kept[-1]):
                continue
            for cand in (kept + term[1:] if kept[-1] == term[0] else None,
                         term[:-1] + kept if term[-1] == kept[0] else None):
                if not cand:
                    continue
                if count(cand) >= max(min_hits, 0.5 * min(count(kept), count(term))):
                    out[i] = cand
                    joined = True
                    break
                if count(term) < 0.5 * count(kept):  # a fragment straddling a better word
                    joined = True
                    break
            if joined or term in kept:
                joined = True
                break
        if not joined:
            out.append(term)
    return out


def tokenize(text: str, lang: str | None) -> list[str]:
    """Lower-cased content terms of ``text`` in ``lang`` (ISO 639-1), stop words removed.

    Latin, Cyrillic, Arabic, Devanagari ... text is split into words; Chinese and Japanese are
    segmented (see the module docstring). Words in another script inside a CJK passage (names,
    English terms) are kept as words.
    """
    lang = (lang or "").split("-")[0].lower()
    stops = stop_words_of(lang)
    if lang in CJK_LANGS or (lang in ("", "und") and CJK_CHAR.search(text)):
        if lang not in CJK_LANGS:
            lang = "ja" if re.search(f"[{_HIRA}{_KANA_KATA}]", text) else "zh"
        words = [w.lower() for w in WORD.findall(CJK_CHAR.sub(" ", text))]
        tokens = words + _cjk_tokens(text, lang)
    else:
        tokens = [w.lower() for w in WORD.findall(text)]
    return [t for t in tokens if t not in stops]
