"""Language registry: one module per ISO 639-1 code, compiled lazily and cached.

To add a language, write ``viz/dates/lang/xx.py`` (same names as ``en.py``) and add "xx" to ``LANGUAGES``.
Unknown codes fall back to ``base`` (ISO and numeric dates, bare years)."""
from __future__ import annotations

import importlib

from ..engine import Lang, compile_language

LANGUAGES = ("en", "fr", "id", "es", "de", "it", "pt", "nl", "ru", "tr", "ar", "fa", "zh", "ja", "ko", "hi", "sw")
_cache: dict[str, Lang] = {}


def get(code: str | None) -> Lang:
    code = (code or "").lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        code = "base"
    lang = _cache.get(code)
    if lang is None:
        lang = _cache[code] = compile_language(importlib.import_module("." + code, __name__))
    return lang
