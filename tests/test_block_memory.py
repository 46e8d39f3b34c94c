"""Steps that hold a million rows go a block of rows at a time, and give exactly what the
whole-matrix computation gives (the same sums in the same order), so no table or topic changes
with the block size."""
from __future__ import annotations

import numpy as np
import pandas as pd

from viz import schema as S


def _unit_rows(rng, n: int, dim: int = 16) -> np.ndarray:
    x = rng.normal(size=(n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_language_alignment_by_blocks_equals_the_whole_matrix(monkeypatch):
    from viz.topics import clustering, context

    rng = np.random.default_rng(3)
    vectors = _unit_rows(rng, 301)
    vectors[7] = 0.0  # a zero row stays finite
    langs = rng.choice(["en", "fr", "id"], size=len(vectors), p=[0.6, 0.3, 0.1]).tolist()
    langs[:2] = ["sw", "sw"]  # too few to shift

    # the whole-matrix computation, written out
    arr = np.asarray(langs, dtype=object)
    want = vectors.copy()
    for lang in ("en", "fr", "id"):
        mask = arr == lang
        want[mask] += vectors.mean(axis=0) - vectors[mask].mean(axis=0)
    norms = np.linalg.norm(want, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    want /= norms

    before = vectors.copy()
    monkeypatch.setattr(context, "CHUNK", 4)
    got, shifted = clustering.align_languages(vectors, langs)
    assert shifted == ["en", "fr", "id"]
    assert np.array_equal(got, want)  # bit for bit, not just close
    assert np.array_equal(vectors, before)  # the input is left alone


def _peak_bytes(fn) -> int:
    """The most memory ``fn()`` held at once beyond what it returns (numpy's allocations are
    traced)."""
    import tracemalloc

    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        result = fn()
        return tracemalloc.get_traced_memory()[1] - start, result
    finally:
        tracemalloc.stop()


def test_language_alignment_holds_one_copy_of_the_matrix(monkeypatch):
    """The aligned copy and a block: at a million passages the former whole-matrix
    temporaries (a language's rows, twice, and the squares for the norms) were gigabytes."""
    from viz.topics import clustering, context

    vectors = _unit_rows(np.random.default_rng(1), 40_000, 64)
    langs = ["en"] * 30_000 + ["fr"] * 10_000
    monkeypatch.setattr(context, "CHUNK", 1_000)
    peak, (aligned, _) = _peak_bytes(lambda: clustering.align_languages(vectors, langs))
    assert aligned.nbytes == vectors.nbytes
    assert peak < 1.3 * vectors.nbytes, peak / vectors.nbytes


def test_mention_vectors_by_blocks_equal_one_block(monkeypatch):
    from viz import events

    short = "Storm on 3 March 2021."
    long = ("The council met on 5 April 2020 to vote. " + "Reporters waited outside. " * 10)
    passages = pd.DataFrame({S.PASSAGE_ID: np.arange(4), S.TEXT: [short, long, short, long]})
    at = [(0, short.index("3 March")), (1, long.index("5 April")), (2, 9),
          (3, long.index("5 April")), (1, long.index("5 April"))]
    mentions = pd.DataFrame({S.PASSAGE_ID: [p for p, _ in at],
                             S.START: [s for _, s in at], S.END: [s + 7 for _, s in at]})
    rng = np.random.default_rng(0)
    passage_vectors = _unit_rows(rng, 4)

    def encode(texts):
        return np.stack([_unit_rows(np.random.default_rng(len(t)), 1)[0] for t in texts])

    whole, reused = events.mention_sentence_vectors(mentions, passages, passage_vectors, encode)
    monkeypatch.setattr(events, "FILL_ROWS", 1)
    blocks, reused_again = events.mention_sentence_vectors(mentions, passages, passage_vectors,
                                                           encode)
    assert reused == reused_again == 2  # the short passages' mentions take their vectors
    assert np.array_equal(blocks, whole)
    assert np.array_equal(blocks[[0, 2]], passage_vectors[[0, 2]])
    assert np.array_equal(blocks[1], blocks[4]) and not np.array_equal(blocks[1], blocks[0])


def test_mention_vectors_hold_no_gathered_copy(monkeypatch):
    from viz import events

    n = 20_000
    passages = pd.DataFrame({S.PASSAGE_ID: np.arange(n), S.TEXT: ["Storm on 3 March."] * n})
    mentions = pd.DataFrame({S.PASSAGE_ID: np.arange(n), S.START: 9, S.END: 16})
    passage_vectors = _unit_rows(np.random.default_rng(2), n, 256)
    monkeypatch.setattr(events, "FILL_ROWS", 500)
    peak, (vectors, reused) = _peak_bytes(lambda: events.mention_sentence_vectors(
        mentions, passages, passage_vectors, lambda texts: None))
    assert reused == n and np.array_equal(vectors, passage_vectors)
    assert peak < 1.5 * vectors.nbytes, peak / vectors.nbytes
