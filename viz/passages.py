"""Cut documents into passages: paragraphs, long ones windowed at sentence boundaries.

A passage's text is always exactly ``document.text[start:end]``, so a passage, and a date
expression inside it, can be highlighted in its document.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from . import schema as S

DEFAULT_MAX_CHARS = 300
DEFAULT_MIN_CHARS = 40
HEADING_MAX_CHARS = 150
_SENTENCE_FINAL = tuple('.!?…。！？"”»\')')

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A sentence ends with . ! ? … or CJK stops, optionally followed by closing quotes/brackets, and then
# whitespace; Chinese and Japanese write no space after their stops: there it ends after the last of its stops and
# closing quotes ("真的吗？！", "「ありがとう。」彼は笑った。"), unless the quoting sentence goes on ("「行く。」と言った。").
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])[\"'”’»)\]」』）]*\s+|"
                           r"(?<=[。！？])[」』”’）)]*(?![\s。！？!?」』”’）)\"'])(?!と|って|など|という)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _strip_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: blocks between blank lines; in a block of long lines, each line."""
    spans: list[Span] = []
    pos = 0
    blocks = []
    for m in _BLANK_LINE.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    for b_start, b_end in blocks:
        block = text[b_start:b_end]
        lines = block.split("\n")
        long_lines = sum(1 for line in lines if len(line.strip()) > 150)
        if len(lines) > 1 and long_lines >= max(1, len(lines) // 2):
            # One paragraph per line (the usual shape of scraped news text).
            off = b_start
            for line in lines:
                span = _strip_span(text, off, off + len(line))
                if span:
                    spans.append(span)
                off += len(line) + 1
        else:
            span = _strip_span(text, b_start, b_end)
            if span:
                spans.append(span)
    return spans


def sentences(text: str, span: Span) -> list[Span]:
    out = []
    pos = span.start
    for m in _SENTENCE_END.finditer(text, span.start, span.end):
        s = _strip_span(text, pos, m.start() + len(m.group(0).rstrip()))
        if s:
            out.append(s)
        pos = m.end()
    s = _strip_span(text, pos, span.end)
    if s:
        out.append(s)
    return out


def windows(text: str, span: Span, max_chars: int) -> list[Span]:
    """Cut a paragraph longer than ``max_chars`` into balanced windows of whole sentences."""
    length = span.end - span.start
    if length <= max_chars:
        return [span]
    sents = sentences(text, span)
    # A sentence longer than the bound is cut at whitespace so the bound always holds.
    pieces: list[Span] = []
    for s in sents:
        while s.end - s.start > max_chars:
            cut = text.rfind(" ", s.start, s.start + max_chars)
            if cut <= s.start:
                cut = s.start + max_chars
            head = _strip_span(text, s.start, cut)
            if head:
                pieces.append(head)
            rest = _strip_span(text, cut, s.end)
            if rest is None:
                break
            s = rest
        else:
            pieces.append(s)
    n = math.ceil(length / max_chars)
    target = length / n
    out: list[Span] = []
    cur: Span | None = None
    for piece in pieces:
        if cur is None:
            cur = piece
        elif piece.end - cur.start <= max_chars and (cur.end - cur.start) < target:
            cur = Span(cur.start, piece.end)
        else:
            out.append(cur)
            cur = piece
    if cur is not None:
        out.append(cur)
    return out


def _is_heading(text: str, para: Span, min_chars: int) -> bool:
    """Too short to stand alone, or a title line: it joins the paragraph after it."""
    length = para.end - para.start
    if length < min_chars:
        return True
    return length <= HEADING_MAX_CHARS and text[para.end - 1] not in _SENTENCE_FINAL


def split_document(text: str, *, max_chars: int = DEFAULT_MAX_CHARS,
                   min_chars: int = DEFAULT_MIN_CHARS) -> list[Span]:
    """Passage spans of one document, in order."""
    spans: list[Span] = []
    pending: Span | None = None  # a heading or short line waiting to join the next paragraph
    for para in paragraphs(text):
        if pending is not None:
            para = Span(pending.start, para.end)
            pending = None
        if _is_heading(text, para, min_chars):
            pending = para
            continue
        spans.extend(windows(text, para, max_chars))
    if pending is not None:
        if spans and pending.end - spans[-1].start <= max_chars:
            spans[-1] = Span(spans[-1].start, pending.end)
        else:
            spans.append(pending)
    return spans


def make_passages(documents: pd.DataFrame, *, max_chars: int = DEFAULT_MAX_CHARS,
                  min_chars: int = DEFAULT_MIN_CHARS) -> pd.DataFrame:
    """The passages table (without language, topic and map position, filled by later stages)."""
    rows = []
    pid = 0
    for doc_id, text in zip(documents[S.DOC_ID], documents[S.TEXT]):
        for ordinal, span in enumerate(split_document(text, max_chars=max_chars, min_chars=min_chars)):
            rows.append((pid, doc_id, ordinal, span.start, span.end, text[span.start:span.end]))
            pid += 1
    return pd.DataFrame(rows, columns=[S.PASSAGE_ID, S.DOC_ID, S.ORDINAL, S.START, S.END, S.TEXT])
