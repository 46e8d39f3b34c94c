"""The dashboard's search: by words or by meaning, answered as a bitset over the payload.

``/_viz/search?q=...&mode=words|meaning&format=bits`` answers with the hits as a bitset over
the payload's passage order (``run.passages``' row order): base64 of ``np.packbits(mask,
bitorder="little")``, so bit ``i`` (byte ``i >> 3``, bit ``i & 7``) is passage ``i``. At
100,000 passages that is 12,500 bytes (16,668 in base64) whatever the query, where a JSON list of
ids of a broad word query passes 200 KB. Without ``format=bits`` the answer keeps the id list
(``hits``) for scripts. Either answer also lists the first hits (``top``: position in the
payload, passage id, score for meaning, and a plain-text snippet) for the hit list beside the
reader.

*By meaning*: the query is embedded with the run's own embedder (the manifest's
``parameters.embedder``; ``use`` when the manifest does not say), loaded once per server
process, and compared by cosine with the run's stored passage embeddings (``embeddings.npy``,
memory-mapped, read in chunks). The hits are the ``MEANING_TOP_K`` nearest passages (200), and
never more than ``MEANING_MAX_SHARE`` of the run (5 %, at least ``MEANING_MIN`` = 5), so a small
run is not returned whole. A top-k rather than a similarity threshold: cosine values are not
comparable across embedders (USE's related passages sit near 0.3 to 0.5, a sentence-transformer's
near 0.5 to 0.8), a fixed count is. A corpus-fitted embedder (``tfidf``) cannot embed a new text
in the run's space: the answer says so (``error``) and holds no hits.
"""

from __future__ import annotations

import base64
import threading
from pathlib import Path
from typing import Callable

import numpy as np

from .. import schema as S
from ..store import Run

MEANING_TOP_K = 200
MEANING_MAX_SHARE = 0.05
MEANING_MIN = 5
TOP_LISTED = 40  # hits listed with a snippet (the browser shows those in the current view)
SNIPPET_CHARS = 160
MODES = ("words", "meaning")
# embedding rows compared at once (float16 -> float32 slices of 1 MB at 512-d). Measured at
# 100,000 x 512 on the shared 2-core machine, five runs each: 512 rows 89-135 ms, 256 rows
# 116-247 ms, 2,048 rows 419-983 ms, 1,024 rows 809-2,025 ms (a 2 MB temporary costs a fresh
# allocation each time)
_CHUNK = 512


class SearchError(ValueError):
    """A search that cannot be answered for this run (said in the answer's ``error``)."""


def pack_bits(mask: np.ndarray) -> str:
    """A boolean mask as base64 of its bits, least significant bit first."""
    return base64.b64encode(np.packbits(np.asarray(mask, dtype=bool), bitorder="little")).decode("ascii")


def unpack_bits(b64: str, n: int) -> np.ndarray:
    """The inverse of :func:`pack_bits` (for tests and notebooks)."""
    raw = np.frombuffer(base64.b64decode(b64), dtype=np.uint8)
    return np.unpackbits(raw, bitorder="little")[:n].astype(bool)


def meaning_k(n: int, k: int = MEANING_TOP_K) -> int:
    """How many nearest passages a meaning search returns on a run of ``n`` passages."""
    return int(min(n, k, max(MEANING_MIN, round(MEANING_MAX_SHARE * n))))


def _snippet(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS - 1] + "\u2026"


def _default_embedder(spec: str):
    from ..embed import make_embedder

    embedder = make_embedder(spec)
    if not embedder.cacheable:
        raise SearchError(f"this run was embedded with {spec!r}, which is fitted to the corpus and "
                          "cannot embed a new query; search by words, or rebuild with "
                          "--embedder use")
    return embedder


class WordIndex:
    """The run's passage texts folded once per run version, with a sorted vocabulary of their
    words and each word's passages (an inverted index).

    A query word made of word characters matches the passages where a word of the text starts
    with it, as :func:`viz.textsearch.word_mask` does: those are the passages of one contiguous
    run of the sorted vocabulary (the words with that prefix), found by bisection, so a query
    costs microseconds to a few milliseconds instead of a regular expression over every text
    (about 200 ms a word at 100,000 passages). Other words (punctuation inside, scripts written
    without spaces) go through ``word_mask`` itself.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._key = None
        self._index = None

    @staticmethod
    def build(texts) -> dict:
        import re

        import pandas as pd

        from ..textsearch import fold_all

        folded = fold_all(texts)
        word = re.compile(r"\w+")
        tokens, owners = [], []
        for i, text in enumerate(folded):
            found = set(word.findall(text))
            tokens.extend(found)
            owners.extend([i] * len(found))
        codes, vocab = pd.factorize(pd.Series(tokens, dtype=object), sort=True)
        order = np.argsort(codes, kind="stable")
        postings = np.asarray(owners, dtype=np.int32)[order]
        start = np.searchsorted(codes[order], np.arange(len(vocab) + 1)).astype(np.int64)
        return {"folded": folded, "vocab": list(vocab), "postings": postings, "start": start}

    def _get(self, run: Run, version: str) -> dict:
        with self._lock:
            if self._key != version:
                self._index = self.build(run.passages[S.TEXT])
                self._key = version
            return self._index

    def positions(self, run: Run, version: str, query: str) -> np.ndarray:
        """Positions in ``run.passages`` of the passages holding every word of ``query``."""
        return np.flatnonzero(self.mask(self._get(run, version), query))

    @staticmethod
    def mask(index: dict, query: str) -> np.ndarray:
        import bisect
        import re

        from ..textsearch import _NO_SPACES, query_words, word_mask

        n = len(index["folded"])
        words = query_words(query)
        if not words:
            return np.zeros(n, dtype=bool)
        out = np.ones(n, dtype=bool)
        vocab, start, postings = index["vocab"], index["start"], index["postings"]
        for w in words:
            if re.fullmatch(r"\w+", w) and not _NO_SPACES.search(w):
                lo = bisect.bisect_left(vocab, w)
                hi = bisect.bisect_left(vocab, w + "\U0010ffff", lo)
                hit = np.zeros(n, dtype=bool)
                hit[postings[start[lo]:start[hi]]] = True
            else:
                hit = word_mask(index["folded"], w)
            out &= hit
            if not out.any():
                break
        return out


class MeaningIndex:
    """The run's embeddings (memory-mapped) and its embedder (loaded once, on first use)."""

    def __init__(self, embedder_factory: Callable[[str], object] | None = None):
        self._factory = embedder_factory or _default_embedder
        self._lock = threading.Lock()
        self._embedders: dict[str, object] = {}
        self._key = None
        self._vectors = None
        self._rows = None  # embedding row -> position in run.passages
        self._norms = None  # each row's length (stored float16 rows are only nearly unit)

    def embedder_spec(self, run: Run) -> str:
        return str((run.manifest.get("parameters") or {}).get("embedder") or "use")

    def _embedder(self, spec: str):
        with self._lock:
            if spec not in self._embedders:
                self._embedders[spec] = self._factory(spec)
            return self._embedders[spec]

    def _matrix(self, run: Run, version: str):
        with self._lock:
            if self._key != (version, str(run.path)):
                path = Path(run.path) / S.EMBEDDINGS if run.path is not None else None
                if path is None or not path.is_file():
                    raise SearchError("this run has no stored embeddings (embeddings.npy); "
                                      "rebuild it with this version of viz")
                vectors = np.load(path, mmap_mode="r")
                if vectors.shape[0] != len(run.passages):
                    raise SearchError(f"embeddings.npy has {vectors.shape[0]} rows for "
                                      f"{len(run.passages)} passages; rebuild the run")
                ids = run.passages[S.PASSAGE_ID].to_numpy()
                # rows are stored in passage_id order; the payload follows run.passages' order
                self._rows = np.argsort(ids, kind="stable")
                norms = np.empty(vectors.shape[0], dtype=np.float32)
                for a in range(0, vectors.shape[0], _CHUNK):
                    block = np.asarray(vectors[a:a + _CHUNK], dtype=np.float32)
                    norms[a:a + _CHUNK] = np.einsum("ij,ij->i", block, block)
                norms = np.sqrt(norms)
                norms[norms == 0] = 1.0
                self._norms = norms
                self._vectors, self._key = vectors, (version, str(run.path))
            return self._vectors, self._rows, self._norms

    def nearest(self, run: Run, version: str, query: str, k: int = MEANING_TOP_K):
        """(positions in ``run.passages``, cosine scores), nearest first."""
        vectors, rows, norms = self._matrix(run, version)
        embedder = self._embedder(self.embedder_spec(run))
        q = np.asarray(embedder.encode([query]), dtype=np.float32).reshape(-1)
        if q.shape[0] != vectors.shape[1]:
            raise SearchError(f"the embedder gives {q.shape[0]}-d vectors, the run's embeddings "
                              f"are {vectors.shape[1]}-d")
        q /= (np.linalg.norm(q) or 1.0)
        n = vectors.shape[0]
        scores = np.empty(n, dtype=np.float32)
        for a in range(0, n, _CHUNK):
            scores[a:a + _CHUNK] = np.asarray(vectors[a:a + _CHUNK], dtype=np.float32) @ q
        scores /= norms
        k = meaning_k(n, k)
        best = np.argpartition(-scores, k - 1)[:k] if k < n else np.arange(n)
        best = best[np.argsort(-scores[best], kind="stable")]
        return rows[best], scores[best]


def search(run: Run, version: str, query: str, mode: str, words, meaning: MeaningIndex) -> dict:
    """The answer to one search: positions of the hits in ``run.passages``' order (sorted for
    words, nearest first for meaning), their scores (meaning) and an error, if any."""
    query = (query or "").strip()
    if mode not in MODES:
        raise SearchError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    if not query:
        return {"positions": np.zeros(0, np.int64), "scores": None, "error": None}
    if mode == "words":
        return {"positions": words.positions(run, version, query), "scores": None, "error": None}
    try:
        pos, scores = meaning.nearest(run, version, query)
    except SearchError as exc:
        return {"positions": np.zeros(0, np.int64), "scores": None, "error": str(exc)}
    return {"positions": pos, "scores": scores, "error": None}


def warm(run: Run, version: str, mode: str, words, meaning: MeaningIndex) -> dict:
    """Build what a search of ``mode`` needs (the word index; the embedder and the embeddings'
    row lengths), so the first query does not wait for it (the page asks when the search box
    gets the focus or the mode changes)."""
    try:
        if mode == "meaning":
            meaning._matrix(run, version)
            meaning._embedder(meaning.embedder_spec(run)).encode(["warm"])  # USE builds lazily
        else:
            words._get(run, version)
    except SearchError as exc:
        return {"warm": mode, "error": str(exc)}
    return {"warm": mode, "error": None}


def answer(run: Run, version: str, args, words, meaning: MeaningIndex) -> dict:
    """The JSON of ``/_viz/search`` for the request's ``args`` (q, mode, format; ``warm=1``
    only prepares the mode)."""
    query = (args.get("q") or "")[:500]
    mode = args.get("mode") or "words"
    if args.get("warm") and mode in MODES:
        return warm(run, version, mode, words, meaning)
    found = search(run, version, query, mode, words, meaning)
    pos, scores = found["positions"], found["scores"]
    ids = run.passages[S.PASSAGE_ID].to_numpy()
    texts = run.passages[S.TEXT]
    top = [{"pos": int(p), "id": int(ids[p]), "text": _snippet(texts.iat[int(p)]),
            **({"score": round(float(s), 4)} if scores is not None else {})}
           for p, s in zip(pos[:TOP_LISTED], (scores if scores is not None else pos)[:TOP_LISTED])]
    out = {"q": query, "mode": mode, "version": version, "n": int(len(ids)),
           "count": int(len(pos)), "top": top, "error": found["error"]}
    if args.get("format") == "bits":
        mask = np.zeros(len(ids), dtype=bool)
        mask[pos] = True
        out["bits"] = pack_bits(mask)
    else:
        out["hits"] = [int(i) for i in ids[np.sort(pos)]]
    return out
