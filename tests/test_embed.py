"""Embedders and the on-disk cache."""

from __future__ import annotations

import numpy as np
import pytest

from viz.embed import (EmbeddingCache, Embedder, MissingDependency, Model2VecEmbedder,
                       SentenceTransformerEmbedder, TfidfEmbedder, embed_texts, make_embedder)


class CountingEmbedder(Embedder):
    """Deterministic fake: a vector from the text's characters; counts what it computes."""

    key = "counting-test"

    def __init__(self):
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        out = np.zeros((len(texts), 8), np.float32)
        for i, t in enumerate(texts):
            for j, ch in enumerate(t.encode()):
                out[i, j % 8] += ch
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_cache_embeds_only_new_texts(tmp_path):
    emb = CountingEmbedder()
    cache = EmbeddingCache(tmp_path)
    first, n1 = embed_texts(["a one", "b two", "a one"], emb, cache=cache)
    assert n1 == 2 and emb.seen == ["a one", "b two"]
    np.testing.assert_array_equal(first[2], first[0])  # a copy takes its first one's vector
    second, n2 = embed_texts(["b two", "c three", "a one"], emb, cache=cache)
    assert n2 == 1 and emb.seen[-1] == "c three"
    np.testing.assert_allclose(second[0], first[1])
    np.testing.assert_allclose(second[2], first[0])
    cache.close()
    # survives reopening (it is on disk)
    again, n3 = embed_texts(["c three"], CountingEmbedder(), cache=EmbeddingCache(tmp_path))
    assert n3 == 0 and again.shape == (1, 8)


def test_repeated_texts_get_the_vectors_a_direct_encoding_gives(tmp_path):
    texts = [f"text {i % 7} {'x' * (i % 3)}" for i in range(200)]  # 21 distinct, in any order
    cache = EmbeddingCache(tmp_path)
    embed_texts(texts[:50:3], CountingEmbedder(), cache=cache)  # some of them cached already
    got, n = embed_texts(texts, CountingEmbedder(), cache=cache)
    np.testing.assert_allclose(got, CountingEmbedder().encode(texts), rtol=1e-6)
    assert n == len(set(texts)) - len(set(texts[:50:3]))


def test_progress_counts_every_text(tmp_path):
    seen = []
    embed_texts(["x", "y", "x", "z"], CountingEmbedder(), cache=EmbeddingCache(tmp_path),
                progress=seen.append)
    assert sum(seen) == 4


def test_make_embedder_choices():
    assert make_embedder("use").key == "use-multilingual-v3"
    assert make_embedder("tfidf").cacheable is False
    assert isinstance(make_embedder("st:some/model"), SentenceTransformerEmbedder)
    assert isinstance(make_embedder("m2v:/a/folder"), Model2VecEmbedder)
    with pytest.raises(ValueError, match="unknown embedder 'bert'"):
        make_embedder("bert")
    with pytest.raises(ValueError):
        make_embedder("st:")


def test_tfidf_embedder_is_normalised():
    vecs = TfidfEmbedder(dim=4).encode(["cats purr", "dogs bark", "cats and dogs", "birds sing"])
    assert vecs.shape[0] == 4
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, rtol=1e-5)


def test_sentence_transformers_absent_explains_itself(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "sentence_transformers":
            raise ImportError("No module named 'sentence_transformers'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(MissingDependency, match=r"pip install 'viz\[st\]'"):
        SentenceTransformerEmbedder("/nonexistent").encode(["x"])


def _tiny_model2vec_folder(path):
    """A real model2vec model saved to a local folder: word-level tokenizer, 16-d vectors."""
    from model2vec import StaticModel
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import Whitespace

    words = ["[UNK]", "[PAD]", "river", "flood", "storm", "train", "rail", "station", "coffee"]
    tok = Tokenizer(WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
    tok.pre_tokenizer = Whitespace()
    rng = np.random.default_rng(0)
    StaticModel(rng.normal(size=(len(words), 16)).astype(np.float32), tok).save_pretrained(path)
    return path


def test_model2vec_loads_from_a_local_folder(tmp_path):
    pytest.importorskip("model2vec")
    folder = _tiny_model2vec_folder(tmp_path / "m2v")
    emb = make_embedder(f"m2v:{folder}")
    vecs, n = embed_texts(["river flood", "train station", "river flood"], emb,
                          cache=EmbeddingCache(tmp_path / "cache"))
    assert vecs.shape == (3, 16) and n == 2
    np.testing.assert_allclose(vecs[0], vecs[2])
    assert emb.key == f"m2v:{folder.resolve()}"


def test_cached_embedder_computes_each_text_once_across_calls(tmp_path):
    from viz.embed import CachedEmbedder

    inner = CountingEmbedder()
    with CachedEmbedder(inner, tmp_path) as emb:
        assert emb.key == inner.key and emb.cacheable and emb.languages is None
        a = emb.encode(["one passage", "two passage"])
        b = emb.encode(["two passage", "flood"])  # e.g. a topic word after the passages
        assert inner.seen == ["one passage", "two passage", "flood"] and emb.n_computed == 3
        np.testing.assert_allclose(a[1], b[0])
    with CachedEmbedder(CountingEmbedder(), tmp_path) as again:  # a second build
        again.encode(["one passage", "flood"])
        assert again.n_computed == 0 and again.inner.seen == []
    off = CachedEmbedder(CountingEmbedder(), tmp_path, use_cache=False)
    off.encode(["one passage"])
    assert off.cache is None and off.n_computed == 1
    off.close()


def test_cached_tfidf_is_never_cached(tmp_path):
    from viz.embed import CachedEmbedder

    emb = CachedEmbedder(TfidfEmbedder(dim=4), tmp_path)
    assert emb.cache is None and not emb.cacheable
    assert emb.encode(["rain harbour", "harbour flood", "flood train"]).shape[0] == 3
    emb.close()


def test_mentions_reuse_their_passage_vector_and_embed_other_sentences_once():
    import pandas as pd

    from viz import schema as S
    from viz.events import SHORT_PASSAGE, mention_sentence_vectors

    long_text = ("The harbour flooded on 3 March 2021 after the storm. " + "Filler words. " * 20
                 + "Repairs began on 5 March 2021 and lasted weeks.")
    assert len(long_text) > SHORT_PASSAGE
    passages = pd.DataFrame({S.PASSAGE_ID: [10, 11],
                             S.TEXT: ["Rain fell on 2 May 2020.", long_text]})
    starts = [long_text.index("3 March"), long_text.index("5 March")]
    mentions = pd.DataFrame({S.PASSAGE_ID: [10, 11, 11, 11],
                             S.START: [13, starts[0], starts[1], starts[0]],
                             S.END: [23, starts[0] + 12, starts[1] + 12, starts[0] + 12]})
    pvec = np.eye(2, 8, dtype=np.float32)
    asked = []

    def encode(texts):
        asked.extend(texts)
        return np.full((len(texts), 8), 0.5, np.float32)

    vecs, reused = mention_sentence_vectors(mentions, passages, pvec, encode)
    assert reused == 1 and vecs.shape == (4, 8)
    np.testing.assert_allclose(vecs[0], pvec[0])  # the short passage's own vector
    assert len(asked) == 2 and asked[0].startswith("The harbour flooded")  # each sentence once
    assert "Repairs began" in asked[1]
    np.testing.assert_allclose(vecs[1], vecs[3])
    # no passage vectors (a corpus-fitted embedder): every distinct sentence is embedded
    asked.clear()
    _, reused = mention_sentence_vectors(mentions, passages, None, encode)
    assert reused == 0 and len(asked) == 3


def test_a_second_process_that_fails_leaves_its_half_to_this_one(tmp_path, monkeypatch):
    """The second embedding process cannot make its embedder (an unknown spec): every text is
    still embedded, here, and the progress counts each once."""
    import viz.embed

    monkeypatch.setattr(viz.embed, "SPLIT_MIN", 10)
    monkeypatch.setenv("VIZ_EMBED_PROCESSES", "2")
    texts = [f"text number {i}" for i in range(40)]
    emb, cache, ticks = CountingEmbedder(), EmbeddingCache(tmp_path), []
    vecs, n = embed_texts(texts, emb, cache=cache, progress=ticks.append,
                          helper=("no-such-embedder", 0, str(tmp_path)))
    assert n == 40 and sorted(emb.seen) == sorted(texts) and sum(ticks) == 40
    np.testing.assert_allclose(vecs, CountingEmbedder().encode(texts), rtol=1e-6)
    cache.close()


@pytest.mark.slow
def test_two_processes_embed_what_one_would(tmp_path, monkeypatch):
    """The default embedder split over two processes: the same vectors, all in the cache,
    each text computed once (by one process or the other)."""
    import viz.embed
    from viz.embed import CachedEmbedder

    texts = [f"Report {i}: the harbour wall was raised by {i} centimetres after the storm."
             for i in range(300)]
    alone, n1 = embed_texts(texts, make_embedder("use"))  # no cache, one process
    monkeypatch.setattr(viz.embed, "SPLIT_MIN", 100)
    monkeypatch.setenv("VIZ_EMBED_PROCESSES", "2")
    ticks, here = [], []
    inner = make_embedder("use")
    encode = inner.encode
    inner.encode = lambda batch: (here.extend(batch), encode(batch))[1]
    with CachedEmbedder(inner, tmp_path, spec="use") as emb:
        assert emb.helper == ("use", 0, str(tmp_path))
        emb.prestart()  # as a build does before its languages stage
        assert emb._side.ready.wait(120)  # its model is loaded: it takes a share for sure
        split = emb.encode(texts, progress=ticks.append)
        assert emb.n_computed == 300
        assert len(emb.cache.get(emb.key, [viz.embed.text_hash(t) for t in texts])) == 300
    assert sum(ticks) == 300
    np.testing.assert_allclose(split, alone, atol=1e-5)
    # the same batches as one process embedding them all: the same vectors, bit for bit
    monkeypatch.setenv("VIZ_EMBED_PROCESSES", "1")
    one, n_one = embed_texts(texts, make_embedder("use"), cache=EmbeddingCache(tmp_path / "one"),
                             helper=("use", 0, str(tmp_path / "one")))
    assert n_one == 300 and np.array_equal(split, one)
    # this process took batches from the front, the other from the back, until they met
    assert 0 < len(here) < 300 and len(here) % 64 == 0 and here == texts[:len(here)]
    with CachedEmbedder(make_embedder("use"), tmp_path, spec="use") as again:
        again.encode(texts)
        assert again.n_computed == 0


def test_use_tokenizer_comes_from_the_cache_and_tokenizes_alike(tmp_path, monkeypatch):
    """The USE tokenizer is pickled into the viz cache on first use and loaded from it after;
    both give the same pieces and the same vectors; a broken pickle is rebuilt."""
    from viz.embed import USEEmbedder

    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    texts = ["The storm hit the harbour on 14 March.", "La tempête a frappé le port.",
             "Badai melanda pelabuhan.", "東京の台風", ""]
    first = USEEmbedder()
    a = first.encode(texts)
    [pickled] = list((tmp_path / "usem3").glob("tokenizer-*.pickle"))
    second = USEEmbedder()
    b = second.encode(texts)
    assert np.array_equal(a, b)
    assert first._model._sp.encode(texts) == second._model._sp.encode(texts)
    assert second._model._sp is not first._model._sp
    pickled.write_bytes(b"not a pickle")
    third = USEEmbedder()
    assert np.array_equal(third.encode(texts), a)
    assert pickled.read_bytes() != b"not a pickle"   # written again


def test_a_prestarted_second_process_is_stopped_when_there_is_little_to_embed(tmp_path,
                                                                            monkeypatch):
    """A second process started early (as a build does) but given too few texts is ended, and
    one never used is ended by close(): no process is left behind."""
    import viz.embed
    from viz.embed import CachedEmbedder

    monkeypatch.setattr(viz.embed, "SPLIT_MIN", 1000)
    monkeypatch.setenv("VIZ_EMBED_PROCESSES", "2")
    inner = CountingEmbedder()
    inner.one_core = True
    with CachedEmbedder(inner, tmp_path, spec="use") as emb:
        emb.prestart()
        side = emb._side
        assert side is not None and side.process.is_alive()
        vecs = emb.encode([f"text {i}" for i in range(30)])
        assert vecs.shape[0] == 30 and emb.n_computed == 30 and len(inner.seen) == 30
        assert emb._side is None and not side.process.is_alive()
        emb.prestart()
        side = emb._side
    assert not side.process.is_alive()
