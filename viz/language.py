"""Language identification per passage (py3langid, 97 languages, numpy only)."""

from __future__ import annotations

import lzma
import shutil
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import schema as S
from .cachedir import write_atomic

# Below this many letters a passage's language is taken from its document when known.
MIN_LETTERS = 25
# Below this probability the passage's language is taken from its document when known.
MIN_CONFIDENCE = 0.9
UNKNOWN = "und"


def _model_cache_path(source: Path) -> Path:
    from .cachedir import default_cache_dir

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
            def unpack(out):
                with lzma.open(source) as src:
                    shutil.copyfileobj(src, out, length=1 << 20)
            write_atomic(path, unpack, ".npz.tmp")
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


# classify_many works through texts in chunks of at most this many UTF-8 bytes (or one longer
# text); its working arrays take a few tens of bytes per byte of text (505,000 UN passages,
# 96 million characters: 37 MB more at most).
CHUNK_BYTES = 1 << 20
CHUNK_TEXTS = 8192  # and at most this many texts (the scores take 0.6 kB a text)
# classify_many asks classify itself when a decision is closer than this (probabilities).
TIE = 1e-4


@lru_cache(maxsize=8)
def _dfa(ident):
    """``ident``'s DFA as numpy arrays: (nextmove, rowbase per state, feature per state), made
    once per identifier (as :func:`_identifier` keeps the identifiers)."""
    import numpy as np

    nextmove = np.frombuffer(ident.tk_nextmove, dtype=ident.tk_nextmove.typecode)
    rowbase = np.frombuffer(ident.tk_row, dtype=ident.tk_row.typecode).astype(np.intp) << 8
    out = np.asarray(ident.tk_output, dtype=np.int32)
    return nextmove, rowbase, out


def _chunk_scores(ident, encoded: list[bytes]):
    """Scores as ``LanguageIdentifier._decide`` gives them, one row per text of ``encoded``
    (byte strings as ``_encode`` makes them, in ascending order of length)."""
    import numpy as np
    from py3langid.langid import RAW_FLOOR
    from scipy import sparse

    nextmove, rowbase, out = _dfa(ident)
    m = len(encoded)
    lens = np.fromiter(map(len, encoded), dtype=np.intp, count=m)
    # The DFA walk of every text at once, one step per byte position p. The texts still going
    # at p are those longer than p, a tail of the chunk (lengths ascend): the bytes at p of
    # those texts are laid out one after the other ("step-major"), and so are the states.
    maxlen = int(lens[-1]) if m else 0
    first = np.searchsorted(lens, np.arange(maxlen), side="right")  # first text going at p
    width = m - first  # texts going at p
    at = np.zeros(maxlen + 1, dtype=np.intp)  # where step p's bytes begin
    np.cumsum(width, out=at[1:])
    total = int(at[-1])
    rows = (np.arange(total, dtype=np.int32)
            - np.repeat((at[:-1] - first).astype(np.int32), width))  # text of each
    starts = np.zeros(m, dtype=np.intp)
    np.cumsum(lens[:-1], out=starts[1:])
    steps = np.repeat(np.arange(maxlen, dtype=np.intp), width)
    flat = np.frombuffer(b"".join(encoded), dtype=np.uint8)
    data = flat[starts[rows] + steps]
    del steps
    visited = np.empty(total, dtype=nextmove.dtype)  # state after each byte
    state = np.zeros(m, dtype=nextmove.dtype)
    for p in range(maxlen):
        lo, hi = int(at[p]), int(at[p + 1])
        if len(state) != hi - lo:
            state = state[len(state) - (hi - lo):]
        state = nextmove[rowbase[state] + data[lo:hi]]
        visited[lo:hi] = state
    feats = out[visited]
    hit = feats >= 0
    rows, feats = rows[hit], feats[hit]
    # Only the rows of the features seen, as float64 (a compact table: the product runs
    # faster than over the whole one).
    used = np.zeros(len(ident.nb_ptc), dtype=np.int32)  # feature -> column
    used[feats] = 1
    cols = np.flatnonzero(used)
    used[cols] = np.arange(len(cols), dtype=np.int32)
    feats = used[feats]
    table = np.asarray(ident.nb_ptc)[cols].astype(np.float64)
    counts = sparse.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, feats)),
                               shape=(m, len(table)))
    counts.sum_duplicates()
    # log1p of the counts as float32, as classify has them; the product summed in float64,
    # then rounded to float32 (classify's float32 BLAS product is within a few float32 steps
    # of that, its error depending on its order of summation).
    counts.data = np.log1p(counts.data.astype(np.float32)).astype(np.float64)
    scores = (counts @ table).astype(np.float32)
    scores += ident.nb_pc
    empty = np.diff(counts.indptr) == 0  # no features: 0.0 under norm_probs, else RAW_FLOOR
    norm = ident._norm_probs
    scores[empty] = 0.0 if norm else RAW_FLOOR
    if norm:
        scale = 1.0 / np.sqrt(np.maximum(lens, 1).astype(np.float64))
        scores *= scale.astype(np.float32)[:, None]
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
    for i, j in ident._alias_pairs:
        if norm:
            scores[:, i] += scores[:, j]
            scores[:, j] = 0.0
        else:
            np.maximum(scores[:, i], scores[:, j], out=scores[:, i])
            scores[:, j] = RAW_FLOOR
    return scores


def classify_many(texts, languages: tuple[str, ...] | None = None, *, ident=None,
                  near=(), progress=None):
    """``(languages, probabilities)`` of ``texts``, as ``ident.classify`` gives them one by
    one (``ident`` defaults to the identifier of ``languages``), only much faster: the DFA
    walk of py3langid, a Python loop over each text's bytes, is done for a few thousand
    texts at once with numpy, one step per byte position, and the scores with one sparse
    product.

    The product is summed in float64 and ``classify``'s in float32 (in BLAS's order), so
    scores differ by float32 rounding: probabilities by 5e-6 at most on real corpora (3e-5
    on mixed-script word salads, classify's value then the further one from a float64
    computation of its own). Where that could
    change a decision, the text is given to ``classify`` itself: when its two best scores
    are within ``TIE`` of each other, or its probability within ``TIE`` of
    ``ident.min_confidence`` or of a value in ``near`` (a threshold the caller applies).
    ``progress(k)`` is told after each chunk of ``k`` texts."""
    import numpy as np

    if ident is None:
        ident = _identifier(tuple(sorted(languages)) if languages else None)
    texts = list(texts)
    encoded = [ident._encode(t) for t in texts]
    n = len(encoded)
    lens = np.fromiter(map(len, encoded), dtype=np.intp, count=n)
    order = np.argsort(lens, kind="stable")
    out_langs: list[str | None] = [None] * n
    out_probs = np.empty(n, dtype=np.float64)
    classes = ident.nb_classes
    floor = ident.min_confidence
    cuts = np.array([t for t in (floor, *near) if t is not None], dtype=np.float64)
    ends = np.cumsum(lens[order])
    start = 0
    while start < n:
        before = int(ends[start - 1]) if start else 0
        stop = int(np.searchsorted(ends, before + CHUNK_BYTES, side="right"))
        stop = min(max(stop, start + 1), start + CHUNK_TEXTS)
        idx = order[start:stop]
        scores = _chunk_scores(ident, [encoded[i] for i in idx.tolist()])
        best = scores.argmax(axis=1)
        conf = scores[np.arange(len(idx)), best].astype(np.float64)
        if scores.shape[1] > 1:
            second = np.partition(scores, -2, axis=1)[:, -2].astype(np.float64)
            tol = TIE if ident._norm_probs else TIE * np.maximum(np.abs(conf), 1.0)
            unsure = conf - second < tol
            if len(cuts):
                unsure |= (np.abs(conf[:, None] - cuts) < TIE).any(axis=1)
        else:
            unsure = np.zeros(len(idx), dtype=bool)
        out_probs[idx] = conf
        for i, b, c in zip(idx.tolist(), best.tolist(), conf.tolist()):
            out_langs[i] = "und" if floor is not None and c < floor else classes[b]
        for i in idx[unsure].tolist():
            out_langs[i], out_probs[i] = ident.classify(texts[i])
        if progress is not None:
            progress(stop - start)
        start = stop
    return out_langs, out_probs


def supported_languages() -> list[str]:
    return sorted(_identifier(None).nb_classes)


def detect(text: str, languages: tuple[str, ...] | None = None) -> str:
    """ISO 639-1 code of ``text`` (``"und"`` when there are no letters)."""
    if not any(ch.isalpha() for ch in text):
        return UNKNOWN
    return _identifier(languages).classify(text)[0]


# Which code points are letters (str.isalpha), filled in as code points are met.
_ALPHA: dict[str, object] = {}


def letter_counts(texts: list[str]):
    """``sum(ch.isalpha() for ch in text)`` of each text, as a numpy array, without a Python
    loop over characters: code points through a table of ``isalpha``."""
    import numpy as np

    if not _ALPHA:
        _ALPHA["known"] = np.zeros(0x110000, dtype=bool)
        _ALPHA["alpha"] = np.zeros(0x110000, dtype=bool)
    known, alpha = _ALPHA["known"], _ALPHA["alpha"]
    counts = np.zeros(len(texts), dtype=np.int64)
    step = 4096
    for start in range(0, len(texts), step):
        chunk = texts[start:start + step]
        lens = np.fromiter(map(len, chunk), dtype=np.intp, count=len(chunk))
        cps = np.frombuffer("".join(chunk).encode("utf-32-le", "surrogatepass"), dtype="<u4")
        new = cps[~known[cps]]
        if len(new):
            new = np.unique(new)
            alpha[new] = [chr(c).isalpha() for c in new.tolist()]
            known[new] = True
        total = np.zeros(len(cps) + 1, dtype=np.int64)
        np.cumsum(alpha[cps], out=total[1:])
        ends = np.cumsum(lens)
        counts[start:start + len(chunk)] = total[ends] - total[ends - lens]
    return counts


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
    texts = passages[S.TEXT].tolist()
    letters = letter_counts(texts).tolist()
    some = [i for i, k in enumerate(letters) if k]
    if progress is not None and len(texts) > len(some):
        progress(len(texts) - len(some))  # no letters: nothing to identify
    found, probs = classify_many([texts[i] for i in some], ident=ident,
                                 near=(MIN_CONFIDENCE,), progress=progress)
    detected = [UNKNOWN] * len(texts)
    confident = [False] * len(texts)
    for i, lang, prob in zip(some, found, probs.tolist()):
        detected[i] = lang
        confident[i] = letters[i] >= MIN_LETTERS and prob >= MIN_CONFIDENCE
    doc_ids = passages[S.DOC_ID].tolist()  # lists: iterating pandas' arrow strings is slow
    weights: dict[str, Counter] = {}
    for doc_id, lang, text in zip(doc_ids, detected, texts):
        counter = weights.get(doc_id)
        if counter is None:
            counter = weights[doc_id] = Counter()
        counter[lang] += len(text)
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
                    for d, lang, ok in zip(doc_ids, detected, confident)]
    return (pd.Series(passage_lang, index=passages.index, dtype=object),
            documents[S.DOC_ID].map(doc_lang))
