"""Sentence tense around a mention: is a bare weekday or a year-less date in the past or the future?

A language module may define (regex sources, matched case-insensitively):
    FUTURE_CUE    searched in the sentence text before the mention ("will", "is scheduled to", "next")
    FUTURE_AFTER  matched at the text right after the mention ("..., will open", "is expected to")
    PAST_CUE      searched in the sentence text before the mention (past-tense verbs)
    PAST_AFTER    matched at the text right after the mention ("In January, the company reported ...")
    HABITUAL_CUE  searched in the sentence before the mention: a generic, repeated day ("is marked on",
                  "every year on") -- not one dated event
"""
from __future__ import annotations

_STOPS = (". ", "\n", "? ", "! ", "; ", ".\u201d", ".''")


def sentence_before(text: str, s: int, width: int = 90) -> str:
    pre = text[max(0, s - width):s]
    cut = max(pre.rfind(x) for x in _STOPS)
    return pre[cut + 1:] if cut >= 0 else pre


def sentence_after(text: str, e: int, width: int = 60) -> str:
    post = text[e:e + width]
    cuts = [i for i in (post.find(x) for x in _STOPS) if i >= 0]
    return post[:min(cuts)] if cuts else post


def _last(rx, s: str) -> int:
    pos = -1
    for m in rx.finditer(s):
        pos = m.end()
    return pos


def tense(ctx, s: int, e: int) -> int:
    """+1 when the sentence around text[s:e] speaks of the future, -1 of the past, 0 when unknown.

    The cue closest before the mention wins ("they said they would appeal the decision, announced Wednesday" is
    past); without one, the words right after the mention decide ("In April, the company will ...")."""
    lang = ctx.lang
    pre = sentence_before(ctx.text, s, 70)
    fut = _last(lang.future_cue, pre)
    past = _last(lang.past_cue, pre)
    post = sentence_after(ctx.text, e)
    if fut >= 0 or past >= 0:
        if fut > past and not lang.past_after.match(post):
            return 1
        return -1
    if lang.future_after.match(post):
        return 1
    if lang.past_after.match(post):
        return -1
    return 0


def habitual(ctx, s: int) -> bool:
    """True when the sentence presents the day as a recurring, generic one ("is marked on the last Friday")."""
    return bool(ctx.lang.habitual_cue.search(sentence_before(ctx.text, s, 120)))
