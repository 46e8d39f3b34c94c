"""Passages: paragraphs, bounded windows at sentence boundaries, exact offsets."""

from __future__ import annotations

import pandas as pd
import pytest

from viz import schema as S
from viz.passages import make_passages, split_document


def _texts(text, **kw):
    return [text[s.start:s.end] for s in split_document(text, **kw)]


def test_blank_lines_separate_paragraphs_and_headings_join_the_next():
    text = ("Title line\n\nFirst paragraph has several words in it.\n\n\n"
            "Second paragraph also has words, enough of them.")
    assert _texts(text) == [
        "Title line\n\nFirst paragraph has several words in it.",
        "Second paragraph also has words, enough of them.",
    ]


def test_short_last_paragraph_joins_the_previous_one():
    text = "A first paragraph with plenty of words in it.\n\nSigned, Ed."
    assert _texts(text) == [text]


def test_one_paragraph_per_line_when_lines_are_long():
    a, b = "A" * 10 + " first line " + "x " * 80, "Second line " + "y " * 80
    text = f"{a}\n{b}"
    assert _texts(text, max_chars=1000) == [a.strip(), b.strip()]


def test_hard_wrapped_block_stays_one_paragraph():
    text = "This is a hard wrapped\nparagraph of text that\ncontinues on short lines."
    assert _texts(text) == [text]


@pytest.mark.parametrize("max_chars", [80, 150, 300])
def test_long_paragraph_is_windowed_at_sentences_within_the_bound(max_chars):
    sentences = [f"Sentence number {i} says something brief." for i in range(20)]
    text = " ".join(sentences)
    pieces = _texts(text, max_chars=max_chars)
    assert len(pieces) > 1
    assert all(len(p) <= max_chars for p in pieces)
    assert all(p.endswith(".") for p in pieces)  # cut at sentence ends
    assert " ".join(pieces) == text  # nothing lost, nothing repeated


@pytest.mark.parametrize("stop", ["。", "！", "？", "。」"])
def test_chinese_and_japanese_paragraphs_are_windowed_at_their_stops(stop):
    # no space follows a CJK full stop: the windows still end at sentence ends, never inside a date
    sentences = [f"2021年5月{i + 1}日，市政府宣布了第{i}项新的交通规定{stop}" for i in range(20)]
    text = "".join(sentences)
    pieces = _texts(text, max_chars=100)
    assert len(pieces) > 1
    assert all(len(p) <= 100 for p in pieces)
    assert all(p.endswith(stop) for p in pieces)
    assert "".join(pieces) == text


def test_cjk_sentences_end_after_their_last_stop_and_quote_unless_the_quoting_sentence_goes_on():
    from viz.passages import Span, sentences

    def cut(text):
        return [text[s.start:s.end] for s in sentences(text, Span(0, len(text)))]

    assert cut("彼は「行く。」と言った。次の文。") == ["彼は「行く。」と言った。", "次の文。"]
    assert cut("「ありがとう。」彼は笑った。") == ["「ありがとう。」", "彼は笑った。"]
    assert cut("真的吗？！我不信。") == ["真的吗？！", "我不信。"]


def test_sentence_longer_than_the_bound_is_cut_at_spaces():
    text = " ".join(["word"] * 200)
    pieces = _texts(text, max_chars=100)
    assert all(len(p) <= 100 for p in pieces)
    assert " ".join(pieces) == text


def test_make_passages_offsets_point_into_the_document():
    docs = pd.DataFrame({S.DOC_ID: ["d1", "d2"],
                         S.TEXT: ["Intro words here.\n\nBody text that is long enough to stand alone.",
                                  "Only one paragraph in this document, plain."]})
    p = make_passages(docs)
    assert list(p[S.PASSAGE_ID]) == list(range(len(p)))
    texts = dict(zip(docs[S.DOC_ID], docs[S.TEXT]))
    for row in p.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    assert list(p[p[S.DOC_ID] == "d2"][S.ORDINAL]) == [0]


def test_headline_joins_its_blurb():
    text = ("City Council Approves New Bike Lanes Along The River\n\n"
            "Officials said the work would start in spring and take about two years to finish.")
    assert _texts(text) == [text]


def test_a_long_unpunctuated_paragraph_is_not_a_heading():
    text = ("word " * 40).strip() + "\n\nA second paragraph that ends properly with a period."
    assert len(_texts(text)) == 2
