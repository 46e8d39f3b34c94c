"""The topic stage on synthetic vectors (fast): reproducibility, outliers, topic counts,
hierarchy, document mixes, language-aware terms and the coverage warning."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from viz import schema as S
from viz.topics import metrics as M
from viz.embed import TfidfEmbedder, USEEmbedder
from viz.segment import merge_overlapping, tokenize
from viz.topics.coverage import coverage_report, translation_accuracy, uncovered_mask
from viz.topics.terms import label_language, topic_terms
from viz.topics.tree import COLUMNS, cut_hierarchy
from viz.topics.clustering import TopicParams, assign_outliers, document_topic_mix, fit_topics

WORDS = [["harbour", "storm", "ship"], ["election", "vote", "ballot"], ["virus", "vaccine", "clinic"],
         ["football", "goal", "league"], ["museum", "painting", "artist"], ["rocket", "orbit", "launch"]]
FR = [["port", "tempête", "navire"], ["élection", "vote", "scrutin"], ["virus", "vaccin", "clinique"],
      ["football", "but", "ligue"], ["musée", "peinture", "artiste"], ["fusée", "orbite", "lancement"]]


def corpus(per=30, k=6, dim=24, seed=1, noise=0.25):
    """k well-separated subjects, each in English and French (a language offset added)."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dim))
    fr_shift = rng.normal(size=dim) * 0.8
    vecs, texts, langs, gold = [], [], [], []
    for c in range(k):
        for i in range(per):
            fr = i % 3 == 0
            v = centres[c] + noise * rng.normal(size=dim) + (fr_shift if fr else 0)
            vecs.append(v / np.linalg.norm(v))
            w = (FR if fr else WORDS)[c]
            texts.append(f"The {w[i % 3]} and the {w[(i + 1) % 3]} {w[(i + 2) % 3]} today")
            langs.append("fr" if fr else "en")
            gold.append(c)
    return np.asarray(vecs, np.float32), texts, langs, np.asarray(gold)


@pytest.fixture(scope="module")
def fitted():
    X, texts, langs, gold = corpus()
    return fit_topics(texts, X, langs, embedder=None, seed=0), X, texts, langs, gold


def test_subjects_found_across_languages(fitted):
    result, X, texts, langs, gold = fitted
    assert M.nmi(gold, result.topic_ids) > 0.9
    assert M.nmi(langs, result.topic_ids) < 0.05
    assert result.method.startswith("exact-umap") and result.aligned_languages == ["en", "fr"]


def test_same_seed_same_topics(fitted):
    result, X, texts, langs, _ = fitted
    again = fit_topics(texts, X, langs, embedder=None, seed=0)
    assert np.array_equal(result.topic_ids, again.topic_ids)
    assert np.array_equal(result.topic_ids_original, again.topic_ids_original)
    pd.testing.assert_frame_equal(result.topics, again.topics)
    pd.testing.assert_frame_equal(result.hierarchy, again.hierarchy)


def test_original_assignment_differs_only_by_reassigned_outliers(fitted):
    result = fitted[0]
    orig, final = result.topic_ids_original, result.topic_ids
    assert orig.shape == final.shape
    same = orig != S.OUTLIER_TOPIC
    assert np.array_equal(orig[same], final[same])
    assert (final == S.OUTLIER_TOPIC).sum() <= (orig == S.OUTLIER_TOPIC).sum()


def test_assign_outliers_only_when_close_enough():
    X = np.array([[1, 0], [0.99, 0.14], [0.98, 0.2], [0.995, 0.1], [0, 1], [0.9, 0.44]],
                 np.float32)
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    labels = np.array([0, 0, 0, -1, -1, -1])
    new, threshold = assign_outliers(labels, X, quantile=0.0)
    assert new[3] == 0  # as close to the centre as a member is
    assert new[4] == -1  # orthogonal: stays an outlier
    assert 0 < threshold < 1


def test_n_topics_and_hierarchy(fitted):
    result, X, texts, langs, _ = fitted
    three = fit_topics(texts, X, langs, embedder=None, seed=0, n_topics=3)
    assert M.n_topics(three.topic_ids) == 3 and three.params.n_topics_requested
    h = result.hierarchy
    assert list(h.columns) == COLUMNS
    k = M.n_topics(result.topic_ids)
    assert len(h) == 2 * (k - 1) and h["n_topics"].min() == 1
    assert (h["parent_id"] > result.topic_ids.max()).all()
    for level in (1, 2, k):
        assert M.n_topics(cut_hierarchy(h, result.topic_ids, level)) == level


def test_topic_count_fits_the_corpus_size():
    counts = [TopicParams.auto_topics(n) for n in (80, 1_000, 13_000, 400_000)]
    assert 3 <= counts[0] <= 8 and counts == sorted(counts) and 20 <= counts[2] <= 60
    assert 60 <= counts[3] <= 250
    assert TopicParams.for_size(400_000).min_cluster_size > TopicParams.for_size(80).min_cluster_size


def test_small_corpus_is_one_topic_with_every_field():
    X, texts, langs, _ = corpus(per=1, k=6)
    result = fit_topics(texts, X, langs, embedder=None)
    assert set(result.topic_ids) == {0} and np.array_equal(result.topic_ids_original, result.topic_ids)
    assert result.hierarchy.empty and list(result.hierarchy.columns) == COLUMNS


def test_labels_terms_and_representatives_per_language(fitted):
    result, X, texts, langs, _ = fitted
    t = result.topics[result.topics[S.TOPIC_ID] >= 0]
    assert all(t[S.LANGUAGES].map(len) == 2)
    assert all(len({langs[i] for i in rep}) == 2 for rep in t[S.REPRESENTATIVE])
    assert len(set(t[S.LABEL])) == len(t)
    assert all(result.label_languages[int(k)] == "en" for k in t[S.TOPIC_ID])
    tb = result.terms_by_language
    assert set(tb["lang"]) == {"en", "fr"} and {"the", "and", "today"}.isdisjoint(tb["term"])


def test_document_topic_mix_weights_by_length():
    mix = document_topic_mix(["a", "a", "a", "b", "c"], [0, 1, -1, 2, -1], [30, 10, 99, 5, 7])
    a = mix[mix[S.DOC_ID] == "a"].set_index(S.TOPIC_ID)["weight"]
    assert a[0] == pytest.approx(0.75) and a[1] == pytest.approx(0.25)
    assert mix.groupby(S.DOC_ID)["weight"].sum().round(9).eq(1).all()
    assert mix[mix[S.DOC_ID] == "c"][S.TOPIC_ID].tolist() == [-1]
    assert list(mix.columns) == [S.DOC_ID, S.TOPIC_ID, "weight"]


def test_tokenize_segments_chinese_and_japanese_with_the_cjk_extra():
    from viz.segment import segmenter_for

    assert segmenter_for("zh") == "jieba" and segmenter_for("ja") == "janome"
    assert tokenize("航空公司取消了航班。航空公司的乘客", "zh") == \
        ["航空公司", "取消", "航班", "航空公司", "乘客"]
    ja = tokenize("東京は日本の首都です。航空会社のチケットを予約しました", "ja")
    assert {"東京", "日本", "首都", "航空", "会社", "チケット", "予約"} <= set(ja)
    assert all("は" not in w and "の" not in w for w in ja)


def test_tokenize_falls_back_to_bigrams_and_keeps_marks(monkeypatch):
    import viz.segment as seg

    monkeypatch.setattr(seg, "_jieba", lambda: None)
    monkeypatch.setattr(seg, "_janome", lambda: None)
    assert seg.segmenter_for("zh") == "bigram"
    zh = tokenize("航空公司取消了航班。航空公司的乘客", "zh")
    assert "航空" in zh and "公司" in zh and not any(len(w) > 4 for w in zh)
    ja = tokenize("東京は日本の首都です。コンピュータ", "ja")
    assert "東京" in ja and "日本" in ja and all("は" not in w for w in ja)
    assert tokenize("समुद्र के किनारे", "hi") == ["समुद्र", "किनारे"]
    assert tokenize("The storm and the harbour", "en") == ["storm", "harbour"]
    assert merge_overlapping(["航空", "空公", "公司"], ["航空公司取消", "某航空公司"]) == ["航空公司"]


def test_terms_per_language_for_cjk():
    texts = ["航空公司取消航班", "航空公司的航班延误", "足球比赛进球", "足球比赛冠军",
             "The airline cancelled flights", "Football match goal"]
    langs = ["zh", "zh", "zh", "zh", "en", "en"]
    terms, by_lang = topic_terms(texts, [0, 0, 1, 1, 0, 1], langs)
    assert "航空公司" in by_lang[0]["zh"] and "airline" in by_lang[0]["en"]
    assert any("足球" in w for w in by_lang[1]["zh"])


def test_label_language_prefers_main_then_english():
    rank = {"en": 0, "fr": 1, "id": 2}
    assert label_language({"fr": 10, "en": 1}, rank) == "fr"
    assert label_language({"fr": 5, "en": 5}, rank) == "en"
    assert label_language({"zh": 3, "ja": 3, "en": 3}, {"zh": 0, "ja": 0, "en": 0}) == "en"
    # a preferred language wins where the topic has enough passages in it
    assert label_language({"fr": 10, "en": 3}, rank, preferred="en") == "en"
    assert label_language({"fr": 40, "en": 3}, rank, preferred="en") == "fr"  # under a tenth
    assert label_language({"fr": 10, "en": 2}, rank, preferred="en") == "fr"  # too few


def test_similar_sized_languages_share_a_rank():
    from viz.topics.terms import corpus_language_rank

    assert corpus_language_rank(["id"] * 43 + ["fr"] * 42 + ["en"] * 39) == {"id": 0, "fr": 0, "en": 0}
    assert corpus_language_rank(["en"] * 1000 + ["fr"] * 100) == {"en": 0, "fr": 1}
    assert corpus_language_rank(["en"] * 100 + ["fr"] * 70 + ["id"] * 10) == {"en": 0, "fr": 1, "id": 2}


def test_coverage_report_names_uncovered_languages_and_options():
    langs = ["en"] * 10 + ["hi"] * 4 + ["sw"] * 3 + ["und"]
    report = coverage_report(langs, USEEmbedder())
    assert [u["lang"] for u in report["uncovered"]] == ["hi", "sw"]
    assert report["uncovered_passages"] == 7 and "hi (4 passages" in report["warning"]
    assert any("LaBSE" in o for o in report["uncovered"][1]["options"])
    assert coverage_report(["hi"] * 5, USEEmbedder())["warning"] is None  # one language
    assert coverage_report(langs, object())["warning"] is None  # coverage unknown
    assert coverage_report(["en", "fr"], TfidfEmbedder())["uncovered_passages"] == 2
    assert uncovered_mask(langs, USEEmbedder()).sum() == 7


def test_embedder_languages_attribute():
    assert {"en", "fr", "id", "zh", "ja"} <= USEEmbedder.languages
    assert not {"hi", "sw"} & USEEmbedder.languages


def test_metrics():
    assert M.group_majority_share([1, 1, 1, 2, 2], [0, 0, 1, -1, -1]) == pytest.approx((2 / 3 + 0) / 2)
    assert M.outlier_share([0, -1, -1, 1]) == 0.5 and M.n_topics([0, -1, 3]) == 2
    X = np.eye(3, dtype=np.float32)
    acc = translation_accuracy(np.vstack([X, X]), ["en"] * 3 + ["fr"] * 3, [0, 1, 2, 0, 1, 2])
    assert acc == {"en": 1.0, "fr": 1.0}


class _WordVectors:
    """A fake multilingual embedder: translations share a vector."""

    key, cacheable, languages = "fake", True, frozenset({"en", "fr"})
    SAME = {"tempête": "storm", "port": "harbour", "navire": "ship"}

    def encode(self, texts):
        out = []
        for t in texts:
            rng = np.random.default_rng(sum(map(ord, self.SAME.get(t, t))))
            out.append(rng.normal(size=16))
        return np.asarray(out, np.float32)


def test_translation_groups_pair_terms_across_languages():
    from viz.topics.terms import translation_groups

    groups = translation_groups({0: {"en": ["storm", "harbour", "ship"],
                                     "fr": ["port", "tempête", "vote"]}, 1: {"en": ["x"]}},
                                _WordVectors())
    pairs = {tuple(sorted(g["term"])) for _, g in groups.groupby("group")}
    assert pairs == {("storm", "tempête"), ("harbour", "port")}
    assert set(groups["topic_id"]) == {0}
    assert translation_groups({0: {"en": ["a"], "fr": ["b"]}}, None).empty


def test_fit_reports_term_translations(fitted):
    result, X, texts, langs, _ = fitted
    assert result.term_translations is not None and result.term_translations.empty  # no embedder
    again = fit_topics(texts, X, langs, embedder=_WordVectors(), seed=0)
    tr = again.term_translations
    assert {"storm", "tempête"} <= set(tr["term"])
    assert list(tr.columns) == ["topic_id", "group", "lang", "term"]


def test_uncovered_topics_flag_language_clusters():
    from viz.topics.coverage import uncovered_topics

    langs = ["en", "fr", "hi", "hi", "sw", "en"]
    assert uncovered_topics([0, 0, 1, 1, 1, -1], langs, USEEmbedder()) == {1: 1.0}


def test_terms_are_reranked_by_meaning_without_near_duplicates():
    from viz.topics.terms import rerank_by_meaning

    class Words:
        cacheable = True
        V = {"storm": [1, 0, 0], "storms": [0.99, 0.14, 0], "finished": [0, 0, 1],
             "harbour": [0.6, 0.8, 0]}

        def encode(self, words):
            return np.asarray([self.V[w] for w in words], np.float32)

    by_lang = {0: {"en": ["finished", "storms", "storm", "harbour"]}}
    centre = np.asarray([0.8, 0.6, 0], np.float32)
    out = rerank_by_meaning(by_lang, {(0, "en"): centre}, Words(), n_terms=3, diversity=0.0)
    assert out[0]["en"] == ["harbour", "storms", "storm"]  # "finished" is off-topic
    # with diversity, a near-duplicate gives way
    out = rerank_by_meaning(by_lang, {(0, "en"): centre}, Words(), n_terms=2, diversity=0.9)
    assert out[0]["en"] == ["harbour", "finished"]
    # no embedder, or words in another space: the c-TF-IDF order stays
    assert rerank_by_meaning(by_lang, {(0, "en"): centre}, None, n_terms=2)[0]["en"] == \
        ["finished", "storms"]
    assert rerank_by_meaning(by_lang, {(0, "en"): np.ones(5)}, Words(), n_terms=2)[0]["en"] == \
        ["finished", "storms"]


def test_label_uses_one_form_of_each_word():
    from viz.topics.description import make_label

    assert make_label(0, ["flooding", "flooded", "harbour", "rail", "railway", "storm"], set()) == \
        "flooding · harbour · rail"
    assert make_label(1, ["航空", "航空公司", "足球"], set()) == "航空 · 航空公司 · 足球"


# ---- TopicModel: the estimator (fit / transform) -------------------------------------------

def test_topic_model_fit_is_fit_topics(fitted):
    from viz.topics.clustering import TopicModel

    result, X, texts, langs, _ = fitted
    model = TopicModel(seed=0).fit(texts, X, langs)
    assert model.fit(texts, X, langs) is model  # fit returns self; refitting replaces state
    assert np.array_equal(model.topic_ids_, result.topic_ids)
    assert np.array_equal(model.result_.topic_ids, result.topic_ids)
    pd.testing.assert_frame_equal(model.result_.topics, result.topics)
    assert model.params_ == result.params
    assert list(model.topics_) == sorted(set(result.topic_ids) - {S.OUTLIER_TOPIC})
    assert model.centres_.shape == (len(model.topics_), X.shape[1])
    assert np.allclose(np.linalg.norm(model.centres_, axis=1), 1, atol=1e-5)
    assert set(model.language_shifts_) == {"en", "fr"}
    assert -1 < model.outlier_threshold_ < 1


def test_transform_gives_fitted_passages_their_own_topics(fitted):
    from viz.topics.clustering import TopicModel

    result, X, texts, langs, _ = fitted
    model = TopicModel(seed=0).fit(texts, X, langs)
    again = model.transform(X, langs)
    assigned = result.topic_ids != S.OUTLIER_TOPIC
    assert (again[assigned] == result.topic_ids[assigned]).mean() >= 0.95
    # a new passage near a subject's passages (same noise, French offset) joins their topic
    new = X[:5] + 0.02 * np.random.default_rng(3).normal(size=X[:5].shape).astype(np.float32)
    assert (model.transform(new, langs[:5]) == result.topic_ids[:5]).all()


def test_transform_leaves_a_passage_far_from_every_topic_out(fitted):
    from viz.topics.clustering import TopicModel

    result, X, texts, langs, _ = fitted
    model = TopicModel(seed=0).fit(texts, X, langs)
    # orthogonal to every topic centre (a language with no shift: the vector is used as is)
    q, _ = np.linalg.qr(model.centres_.T.astype(np.float64))
    v = np.random.default_rng(0).normal(size=X.shape[1])
    v -= q @ (q.T @ v)
    far = np.stack([v, X[0]]).astype(np.float32)
    assert list(model.transform(far, ["xx", langs[0]])) == [S.OUTLIER_TOPIC, result.topic_ids[0]]


def test_from_assignment_places_as_the_fit_does(fitted):
    from viz.topics.clustering import TopicModel

    result, X, texts, langs, _ = fitted
    model = TopicModel(seed=0).fit(texts, X, langs)
    stored = TopicModel.from_assignment(X, langs, result.topic_ids, result.params.to_dict())
    assert stored.result_ is None
    assert np.array_equal(stored.topics_, model.topics_)
    assert np.allclose(stored.centres_, model.centres_, atol=1e-6)
    assert stored.outlier_threshold_ == pytest.approx(model.outlier_threshold_)
    assert np.array_equal(stored.transform(X, langs), model.transform(X, langs))


def test_topic_model_refuses_bad_input(fitted):
    from viz.topics.clustering import TopicModel

    _, X, texts, langs, _ = fitted
    with pytest.raises(ValueError, match="not fitted"):
        TopicModel().transform(X, langs)
    with pytest.raises(ValueError, match="one of each per passage"):
        TopicModel().fit(texts[:-1], X, langs)
    model = TopicModel.from_assignment(X, langs, np.full(len(X), S.OUTLIER_TOPIC))
    assert (model.transform(X, langs) == S.OUTLIER_TOPIC).all()  # no topic: all outliers
    with pytest.raises(ValueError, match="languages"):
        model.transform(X, langs[:-1])


def test_topic_count_rules_differ_where_the_data_has_clear_groups():
    """Four well-separated groups of 80 passages: the data's rule ("excess") finds the four,
    the size rule asks for round(0.8 * 320^0.4) = 8."""
    from viz.topics.clustering import TopicModel, TopicParams

    rng = np.random.default_rng(0)
    centres = rng.normal(size=(4, 32))
    emb = np.vstack([c + 0.35 * rng.normal(size=(80, 32)) for c in centres]).astype(np.float32)
    texts = [f"w{i} x{j}" for i in range(4) for j in range(80)]
    langs = ["en"] * len(texts)
    found = {rule: len(set(TopicModel(topic_count=rule).fit(texts, emb, langs).topic_ids_) - {-1})
             for rule in ("excess", "size")}
    assert found == {"excess": 4, "size": TopicParams.auto_topics(320)} and found["size"] == 8


def test_layouts_of_more_than_10000_passages_run_fewer_sgd_epochs(monkeypatch):
    """The clustered 5-D layout runs 150 epochs above 10,000 passages and umap-learn's default
    below; the 2-D map 100 and 200; ``VIZ_LAYOUT_EPOCHS`` and ``VIZ_MAP_EPOCHS`` override."""
    import viz.topics.clustering as C

    class Stop(Exception):
        pass

    asked = []

    def spy(n, **kw):
        asked.append((n, kw["n_components"], kw.get("n_epochs")))
        raise Stop

    monkeypatch.setattr(C, "_reducer", spy)
    monkeypatch.delenv("VIZ_LAYOUT_EPOCHS", raising=False)
    monkeypatch.delenv("VIZ_MAP_EPOCHS", raising=False)
    rng = np.random.default_rng(0)

    def both(n):
        X = rng.normal(size=(n, 16)).astype(np.float32)
        X /= np.linalg.norm(X, axis=1, keepdims=True)
        texts = [f"word{i % 40} other{i % 7} thing{i % 11}" for i in range(n)]
        with pytest.raises(Stop):
            C.fit_topics(texts, X, ["en"] * n, embedder=None)
        with pytest.raises(Stop):
            C._layout_2d(X[:, :5].copy(), 0)

    both(10_001)
    both(5_000)
    assert asked == [(10_001, 5, 150), (10_001, 2, 100), (5_000, 5, None), (5_000, 2, 200)]
    monkeypatch.setenv("VIZ_LAYOUT_EPOCHS", "300")
    monkeypatch.setenv("VIZ_MAP_EPOCHS", "50")
    asked.clear()
    both(5_000)
    assert asked == [(5_000, 5, 300), (5_000, 2, 50)]
