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
