"""Stop words of every corpus language, so no topic label reads ``the_of_and``."""

from __future__ import annotations

import re
from functools import lru_cache

_PIECES = re.compile(r"[^\W\d_]{2,}")  # the topic vectorizer's token pattern

# Words that carry no subject in news text but are missing from the general lists.
_EXTRA = {
    "en": "said says say also would could one two new mr mrs ms like just may us year years "
          "told according will can get got",
    "fr": "dit selon plus cette cet être fait faire comme aussi ainsi alors qu aujourd hui "
          "après avant depuis lors ans année",
    "id": "juga akan telah bahwa dalam tersebut kata yakni yaitu para pun oleh serta dll "
          "tahun",
    "es": "dijo según también así año años",
    "de": "sagte sagt sowie jahr jahre",
    "sw": "na ya wa kwa katika ni za la cha vya kama hiyo hii huo hizo ambao ambayo ambapo pia "
          "lakini au kuwa zaidi sana kutoka hadi baada kabla wakati mwaka miaka kwenye yake wake "
          "zake yao wao hivyo kila bila sasa tu hata nyingi mengi kuna huu ile hilo lile",
    # The stop_words list writes Arabic without hamza (الى, او); text mostly has it.
    "ar": "إلى أو أن إن أي أنه أنها إذا أيضا أكثر أحد إلا أما أمام أول",
    "hi": "जाता जाती जाते होता होती होते किया किये गया गई गए करने करते करता लिए साथ द्वारा "
          "वाले वाला वाली अपने अपनी कुछ कई",
    "zh": "我们 他们 你们 这个 那个 这些 那些 一个 没有 已经 因为 所以 但是 如果 可以 就是 还是 "
          "以及 而且 或者 其中 之后 之前 时候 通过 进行",
    "ja": "こと もの ため よう これ それ あれ ここ そこ する いる ある なる できる られる れる "
          "という として により によって について",
}


def _date_words(lang: str) -> set[str]:
    """Month, weekday, season and unit names from the date extractor's language module:
    calendar words say when, not what, so they make poor topic labels."""
    import importlib

    from .dates.lang import LANGUAGES

    if lang not in LANGUAGES:
        return set()
    module = importlib.import_module(f"viz.dates.lang.{lang}")
    words: set[str] = set()
    for name in ("MONTHS", "WEEKDAYS", "SEASONS", "UNITS", "RELDAYS"):
        words.update(str(w).lower() for w in getattr(module, name, {}))
    return words


@lru_cache(maxsize=None)
def _for_language(lang: str) -> frozenset[str]:
    from stop_words import LANGUAGE_MAPPING, get_stop_words

    words: set[str] = set()
    if lang in LANGUAGE_MAPPING:
        words.update(w.lower() for w in get_stop_words(lang))
    words.update(_EXTRA.get(lang, "").split())
    words.update(_date_words(lang))
    # The vectorizer splits "l'année" into "année": keep every piece a stop word yields too.
    for w in list(words):
        words.update(_PIECES.findall(w))
    return frozenset(words)


def stop_words_for(languages) -> frozenset[str]:
    """Union of the stop words of ``languages`` (ISO 639-1); English is always included."""
    words: set[str] = set(_for_language("en"))
    for lang in languages:
        words |= _for_language(str(lang))
    return frozenset(words)


@lru_cache(maxsize=None)
def stop_words_of(lang: str) -> frozenset[str]:
    """Stop words for passages in ``lang``: its own list plus English (names and loanwords in
    English appear in every language's news). Unknown languages get the English list."""
    return frozenset(_for_language("en") | _for_language(lang)) if lang else _for_language("en")
