"""Which corpus languages the embedder covers, and what to say when it does not.

An embedder that does not cover a language puts its passages near each other rather than near
their subject, so they form topics of their own. The build reports this instead of doing it
silently: :func:`coverage_report` lists the uncovered languages, their passage counts and
``--embedder`` options that cover them. :func:`translation_accuracy` is how coverage is
measured on a parallel corpus (e.g. SIB-200).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

UNKNOWN_LANG = "und"

# Coverage as documented by each model's card (not measured here). Offered as alternatives.
_LABSE = frozenset(
    "af am ar as az be bg bn bo bs ca ceb co cs cy da de el en eo es et eu fa fi fr fy ga gd gl "
    "gu ha haw he hi hmn hr ht hu hy id ig is it ja jv ka kk km kn ko ku ky la lb lo lt lv mg mi "
    "mk ml mn mr ms mt my ne nl no ny or pa pl pt ro ru rw si sk sl sm sn so sq sr st su sv sw "
    "ta te tg th tk tl tr tt ug uk ur uz vi wo xh yi yo zh zu".split())
_PARAPHRASE_ML = frozenset(
    "ar bg ca cs da de el en es et fa fi fr gl gu he hi hr hu hy id it ja ka ko ku lt lv mk mn "
    "mr ms my nb nl pl pt ro ru sk sl sq sr sv th tr uk ur vi zh".split())
ALTERNATIVES: dict[str, frozenset[str]] = {
    "st:sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2": _PARAPHRASE_ML,
    "st:sentence-transformers/LaBSE": _LABSE,
}
_INSTALL = "needs the st extra (uv sync --extra st) and the model downloaded once"


def coverage_report(langs_per_passage, embedder) -> dict:
    """What the embedder covers of this corpus.

    Returns ``{"embedder", "known", "multilingual", "languages": {lang: passages},
    "uncovered": [{"lang", "passages", "options"}], "uncovered_passages", "warning"}``.
    ``warning`` is a sentence for the build summary, or None when there is nothing to say (one
    language only, every language covered, or the embedder's coverage is unknown).
    """
    counts = Counter(str(x) for x in langs_per_passage if x and str(x) != UNKNOWN_LANG)
    covered = getattr(embedder, "languages", None)
    report = {
        "embedder": getattr(embedder, "key", type(embedder).__name__),
        "known": covered is not None,
        "multilingual": len(counts) > 1,
        "languages": dict(sorted(counts.items())),
        "uncovered": [],
        "uncovered_passages": 0,
        "warning": None,
    }
    if covered is None or len(counts) < 2:
        return report
    missing = sorted((lang for lang in counts if lang not in covered),
                     key=lambda lang: (-counts[lang], lang))
    for lang in missing:
        options = [name for name, langs in ALTERNATIVES.items() if lang in langs]
        report["uncovered"].append({"lang": lang, "passages": counts[lang], "options": options})
    report["uncovered_passages"] = sum(counts[lang] for lang in missing)
    if missing:
        parts = []
        for item in report["uncovered"]:
            opt = item["options"][0] if item["options"] else "no known option"
            parts.append(f"{item['lang']} ({item['passages']} passages; try --embedder {opt})")
        report["warning"] = (
            f"the embedder {report['embedder']} does not cover "
            f"{len(missing)} of the corpus's {len(counts)} languages, so their passages may "
            f"form topics of their own instead of joining their subject: " + ", ".join(parts)
            + f". The st: options {_INSTALL}.")
    return report


def uncovered_mask(langs_per_passage, embedder) -> np.ndarray:
    """True for passages in a language the embedder is known not to cover."""
    covered = getattr(embedder, "languages", None)
    langs = [str(x) for x in langs_per_passage]
    if covered is None:
        return np.zeros(len(langs), dtype=bool)
    return np.array([x != UNKNOWN_LANG and x not in covered for x in langs], dtype=bool)


def translation_accuracy(embeddings: np.ndarray, langs, groups, pivot: str = "en") -> dict:
    """Per language, the share of passages whose nearest ``pivot``-language passage (cosine)
    is their own translation (same group). Near 1: covered; far below: not covered."""
    langs = np.asarray([str(x) for x in langs], dtype=object)
    groups = np.asarray(groups)
    piv = langs == pivot
    if not piv.any():
        return {}
    ref, ref_groups = embeddings[piv], groups[piv]
    out = {}
    for lang in sorted(set(langs)):
        m = np.flatnonzero(langs == lang)
        hits = 0
        for start in range(0, len(m), 2048):
            chunk = m[start:start + 2048]
            best = (embeddings[chunk] @ ref.T).argmax(axis=1)
            hits += int((ref_groups[best] == groups[chunk]).sum())
        out[lang] = hits / len(m)
    return out


def uncovered_topics(topic_ids, langs_per_passage, embedder, share: float = 0.5) -> dict[int, float]:
    """Topics made mostly (``share`` or more) of passages in uncovered languages: probably a
    language cluster, not a subject. Returns {topic_id: share of uncovered passages}."""
    topic_ids = np.asarray(topic_ids)
    mask = uncovered_mask(langs_per_passage, embedder)
    out = {}
    for t in np.unique(topic_ids[topic_ids >= 0]):
        frac = float(mask[topic_ids == t].mean())
        if frac >= share:
            out[int(t)] = round(frac, 3)
    return out
