"""Language identification (viz.language): the model's uncompressed copy in the cache."""

from __future__ import annotations

import numpy as np

from viz import language


def _shipped():
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return MODEL_DIR / MODEL_FILE, modelio.load_model(MODEL_DIR / MODEL_FILE)


def test_the_cached_copy_holds_the_shipped_model(tmp_path, monkeypatch):
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    source, shipped = _shipped()
    first = language._load_model(source)  # writes the copy
    copy = language._model_cache_path(source)
    assert copy.is_file() and copy.parent.parent == tmp_path
    again = language._load_model(source)  # reads it
    for a, b, c in zip(shipped, first, again):
        assert np.array_equal(np.asarray(a), np.asarray(b))
        assert np.array_equal(np.asarray(a), np.asarray(c))
    assert list(tmp_path.glob("langid/*.tmp")) == []


def test_a_damaged_copy_falls_back_to_the_shipped_model(tmp_path, monkeypatch):
    monkeypatch.setenv("VIZ_CACHE_DIR", str(tmp_path))
    source, shipped = _shipped()
    copy = language._model_cache_path(source)
    copy.parent.mkdir(parents=True)
    copy.write_bytes(b"PK\x03\x04 not an npz")
    got = language._load_model(source)
    assert got[2] == shipped[2] and np.array_equal(got[0], shipped[0])


def test_passages_are_identified_by_language():
    assert language.detect("Le président a annoncé une réforme des retraites hier soir.") == "fr"
    assert language.detect("Presiden mengumumkan reformasi pensiun tadi malam di Jakarta.") == "id"
    assert language.detect("The president announced a pension reform last night.") == "en"
    assert language.detect("12 345 -- !!") == language.UNKNOWN


def _varied_texts():
    import random

    rng = random.Random(7)
    texts = [
        "", " ", "12 345 -- !!", "0123456789", "a", "é", "Ab", "OK", "ÜBER", "日本",
        "THE PRESIDENT ANNOUNCED A PENSION REFORM LAST NIGHT.",
        "LE PRÉSIDENT A ANNONCÉ UNE RÉFORME DES RETRAITES HIER SOIR.",
        "The president announced a pension reform last night.",
        "Le président a annoncé une réforme des retraites hier soir.",
        "Der Präsident hat gestern Abend eine Rentenreform angekündigt.",
        "El presidente anunció anoche una reforma de las pensiones.",
        "Il presidente ha annunciato ieri sera una riforma delle pensioni.",
        "O presidente anunciou ontem à noite uma reforma da previdência.",
        "Presiden mengumumkan reformasi pensiun tadi malam di Jakarta.",
        "Президент вчера вечером объявил о пенсионной реформе.",
        "Председник је синоћ најавио реформу пензија.",  # Serbian, Cyrillic
        "Predsednik je sinoć najavio reformu penzija.",  # Serbian, Latin
        "الرئيس أعلن إصلاح نظام التقاعد الليلة الماضية.",
        "رئیس جمهور شب گذشته اصلاحات بازنشستگی را اعلام کرد.",
        "राष्ट्रपति ने कल रात पेंशन सुधार की घोषणा की।",
        "总统昨晚宣布了养老金改革。", "大統領は昨夜、年金改革を発表した。",
        "대통령은 어젯밤 연금 개혁을 발표했다.", "Ο πρόεδρος ανακοίνωσε χθες το βράδυ μεταρρύθμιση.",
        "Rais alitangaza mageuzi ya pensheni jana usiku.",
        "Cafe\u0301 de\u0301ja\u0300 vu",  # decomposed: NFC normalisation
        "emoji 🙂 only", "\ud800 lone surrogate text",  # surrogatepass
        "tab\tand\nnewlines\r\n", "x" * 3, "A1 B2 C3",
    ]
    words = " ".join(texts[10:30]).split()
    for _ in range(150):
        k = rng.randint(1, 40)
        text = " ".join(rng.choice(words) for _ in range(k))
        texts.append(text.upper() if rng.random() < 0.1 else text)
    texts.append(" ".join(rng.choice(words) for _ in range(2500)))  # one long text
    return texts


def _float64_score(ident, text):
    """classify's best score (probability under norm_probs) computed in float64 throughout."""
    import math

    from py3langid.langid import visit_counts

    data = ident._encode(text)
    visits = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)
    if not visits:
        return None
    weights = np.log1p(np.array(list(visits.values()), dtype=np.float64))
    scores = weights @ ident.nb_ptc[list(visits)].astype(np.float64) + ident.nb_pc
    if not ident._norm_probs:
        return scores.max()
    scores /= math.sqrt(len(data))
    probs = np.exp(scores - scores.max())
    probs /= probs.sum()
    for i, j in ident._alias_pairs:
        probs[i] += probs[j]
        probs[j] = 0.0
    return probs.max()


def _assert_same(ident, texts, languages=None):
    langs, probs = language.classify_many(texts, languages, ident=ident)
    assert len(langs) == len(texts) == len(probs)
    for text, lang, prob in zip(texts, langs, probs):
        want, conf = ident.classify(text)
        assert lang == want, text
        scale = max(1.0, abs(conf))  # raw scores without norm_probs
        if abs(prob - conf) >= 1e-5 * scale:
            # Only in mixed-script word salads here, never in real corpora: classify sums its
            # product in float32 (BLAS order), classify_many in float64; classify's value is
            # then the one further from the float64 computation.
            exact = _float64_score(ident, text)
            assert abs(prob - conf) < 1e-4 * scale, text
            assert abs(prob - exact) < abs(conf - exact), text


def test_classify_many_equals_classify_text_by_text(monkeypatch):
    texts = _varied_texts()
    _assert_same(language._identifier(None), texts)
    monkeypatch.setattr(language, "CHUNK_BYTES", 300)  # many chunks, one text longer than one
    _assert_same(language._identifier(None), texts)
    for languages in [("en", "fr"), ("de", "es", "it", "pt", "sr"), ("ms", "id"), ("zh",)]:
        _assert_same(language._identifier(languages), texts, languages)
    langs, probs = language.classify_many([])
    assert langs == [] and len(probs) == 0


def test_close_decisions_are_left_to_classify(monkeypatch):
    ident = language._identifier(None)
    texts = _varied_texts()[:40]
    asked = []
    real = ident.classify

    class Spy:
        def __getattr__(self, name):
            return getattr(ident, name)

        def classify(self, text):
            asked.append(text)
            return real(text)

    monkeypatch.setattr(language, "TIE", 2.0)  # every decision is close
    langs, probs = language.classify_many(texts, ident=Spy())
    assert sorted(asked) == sorted(texts)
    assert list(zip(langs, probs.tolist())) == [real(t) for t in texts]
    monkeypatch.setattr(language, "TIE", 1e-4)
    asked.clear()
    language.classify_many(texts, ident=Spy(), near=(0.9,))
    # exact ties only: no features (two aliased labels get 2/142) or a letter or two
    assert asked and all(len(t) <= 2 for t in asked)


def test_classify_many_without_normalised_probabilities_and_with_a_floor():
    from py3langid.langid import LanguageIdentifier

    ident = language._identifier(None)
    texts = _varied_texts()
    for kwargs in [{"norm_probs": False}, {"norm_probs": True, "min_confidence": 0.9}]:
        other = LanguageIdentifier(ident.nb_ptc, ident.nb_pc, ident.nb_classes, ident.tk_nextmove,
                                   ident.tk_output, tk_row=ident.tk_row, **kwargs)
        _assert_same(other, texts)


def test_letter_counts_are_those_of_isalpha():
    texts = _varied_texts() + ["²½Ⅻ_٣", "ǅungla", "\U0001d400\U0001d401 math letters"]
    got = language.letter_counts(texts)
    assert got.tolist() == [sum(ch.isalpha() for ch in t) for t in texts]


def test_assign_languages_reports_progress_for_every_passage():
    import pandas as pd

    from viz import schema as S

    texts = ["Le président a annoncé une réforme des retraites hier soir."] * 5 + ["12 34"] * 2
    passages = pd.DataFrame({S.DOC_ID: ["d1"] * 5 + ["d2"] * 2, S.TEXT: texts})
    documents = pd.DataFrame({S.DOC_ID: ["d1", "d2"], S.LANG: [None, None]})
    seen = []
    plangs, dlangs = language.assign_languages(documents, passages, progress=seen.append)
    assert sum(seen) == len(texts)
    assert plangs.tolist() == ["fr"] * 5 + [language.UNKNOWN] * 2
    assert dlangs.tolist() == ["fr", language.UNKNOWN]
