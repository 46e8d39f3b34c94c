"""Reading inputs: every document is either read or listed as skipped with its reason."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from viz import schema as S
from viz.ingest import Columns, InputError, html_to_text, parse_date, read_corpus


def _docs(result):
    return result.documents.set_index(S.DOC_ID)


def test_folder_of_text_files_with_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Headline A\n\nBody of the first article, long enough.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Heading B\n\nSecond article body text here.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,date,title,source,lang\na.txt,2021-05-12,Given title,Wire,fr\n", encoding="utf-8")
    result = read_corpus([tmp_path])
    docs = _docs(result)
    assert sorted(docs.index) == ["a.txt", "sub/b.md"]
    assert docs.loc["a.txt", S.DATE] == dt.date(2021, 5, 12)
    assert docs.loc["a.txt", S.DATE_PRECISION] == "day"
    assert docs.loc["a.txt", S.TITLE] == "Given title"
    assert docs.loc["a.txt", S.SOURCE] == "Wire"
    assert docs.loc["a.txt", S.LANG] == "fr"
    assert docs.loc["sub/b.md", S.TITLE] == "Heading B"
    assert pd.isna(docs.loc["sub/b.md", S.DATE])
    assert result.skipped == []


def test_bad_files_in_a_folder_are_skipped_with_reasons(tmp_path):
    (tmp_path / "good.txt").write_text("A perfectly fine document about rivers.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n\n  ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    result = read_corpus([tmp_path])
    assert list(result.documents[S.DOC_ID]) == ["good.txt"]
    reasons = {s["input"].split("/")[-1]: s["reason"] for s in result.skipped}
    assert reasons["empty.txt"] == "empty text"
    assert "binary" in reasons["binary.txt"]
    assert "unsupported file type" in reasons["image.png"]
    assert result.n_inputs >= 3


def test_non_utf8_is_decoded_and_reported(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Le café de la gare a fermé en été, déjà.".encode("cp1252"))
    result = read_corpus([tmp_path])
    assert "café" in result.documents[S.TEXT].iloc[0]
    assert any("not UTF-8" in w["problem"] for w in result.warnings)


def test_utf8_bom_is_removed(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffBonjour tout le monde, un texte.".encode("utf-8"))
    text = read_corpus([tmp_path]).documents[S.TEXT].iloc[0]
    assert text.startswith("Bonjour")


def test_jsonl_rows_with_malformed_lines_and_bad_dates(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": "First story text.", "date": "2020-01-02", "source": "W"}),
        "{not json",
        json.dumps({"id": "n2", "text": "", "date": "2020-01-03"}),
        json.dumps({"id": "n3", "text": "Third story.", "date": "next tuesday"}),
        json.dumps({"id": "n4", "text": "Fourth story.", "date": "2019"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_corpus([path])
    docs = _docs(result)
    assert sorted(docs.index) == ["n1", "n3", "n4"]
    assert docs.loc["n1", S.DATE] == dt.date(2020, 1, 2)
    assert pd.isna(docs.loc["n3", S.DATE])  # unparseable: left empty and reported
    assert docs.loc["n4", S.DATE_PRECISION] == "year"
    skipped = {s["input"]: s["reason"] for s in result.skipped}
    assert any(k.endswith(":line 2") and "malformed JSON" in v for k, v in skipped.items())
    assert any(k.endswith(":line 3") and v == "empty text" for k, v in skipped.items())
    assert any("next tuesday" in w["problem"] for w in result.warnings)
    # every input row is accounted for
    assert len(result.documents) + len(result.skipped) == 5


def test_csv_with_custom_columns_and_short_row(tmp_path):
    path = tmp_path / "items.csv"
    path.write_text('body,when,key\n"Some text, with comma",2022-02-02,k1\nbroken\n"Other",,k2\n',
                    encoding="utf-8")
    result = read_corpus([path], columns=Columns(text="body", date="when", id="key"))
    docs = _docs(result)
    assert sorted(docs.index) == ["k1", "k2"]
    assert docs.loc["k1", S.TEXT] == "Some text, with comma"
    assert [s["input"].rsplit(":", 1)[1] for s in result.skipped] == ["line 3"]


def test_parquet_input(tmp_path):
    path = tmp_path / "t.parquet"
    pd.DataFrame({"text": ["alpha text", "beta text"], "id": ["x", "y"]}).to_parquet(path)
    assert sorted(read_corpus([path]).documents[S.DOC_ID]) == ["x", "y"]


def test_missing_text_column_is_a_clear_error(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"body": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"t\.jsonl.*no text column 'text'.*--text-col"):
        read_corpus([path])


def test_missing_path_and_unsupported_file_are_errors(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        read_corpus([tmp_path / "nope.txt"])
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(InputError, match=r"x\.docx: unsupported file type"):
        read_corpus([tmp_path / "x.docx"])


def test_folder_with_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="no readable document.*empty.txt: empty text"):
        read_corpus([tmp_path])


def test_duplicate_ids_are_kept_apart_and_reported(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps({"id": "same", "text": f"text {i}"}) for i in range(3)),
                    encoding="utf-8")
    result = read_corpus([path])
    assert list(result.documents[S.DOC_ID]) == ["same", "same#2", "same#3"]
    assert len([w for w in result.warnings if "duplicate" in w["problem"]]) == 2


def test_html_visible_text_only():
    text, title = html_to_text(
        "<html><head><title>Page T</title><style>p{color:red}</style></head><body>"
        "<script>var secret = 1;</script><h1>Big news</h1><p>First <b>para</b>graph.</p>"
        "<div>Second block</div></body></html>")
    assert title == "Page T"
    assert text.split("\n\n") == ["Big news", "First paragraph.", "Second block"]
    assert "secret" not in text and "color" not in text


def test_html_file_in_folder(tmp_path):
    (tmp_path / "p.html").write_text("<title>T</title><p>Hello world from html.</p>", encoding="utf-8")
    docs = read_corpus([tmp_path]).documents
    assert docs[S.TEXT].iloc[0] == "Hello world from html."
    assert docs[S.TITLE].iloc[0] == "T"


@pytest.mark.parametrize("value, expected", [
    ("2021-05-07", (dt.date(2021, 5, 7), "day")),
    ("2021-05-07T10:00:00", (dt.date(2021, 5, 7), "day")),
    ("2021-05", (dt.date(2021, 5, 1), "month")),
    ("1999", (dt.date(1999, 1, 1), "year")),
    ("", (None, None)),
    (None, (None, None)),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("bad", ["May 7", "2021-13-01", "20210507x"])
def test_parse_date_rejects(bad):
    with pytest.raises(ValueError):
        parse_date(bad)


def test_metadata_in_a_subfolder_describes_that_subfolder(tmp_path):
    sub = tmp_path / "corpus"
    sub.mkdir()
    (sub / "a.txt").write_text("A document in a subfolder, long enough.", encoding="utf-8")
    (sub / "metadata.csv").write_text("file,date\na.txt,2020-02-02\n", encoding="utf-8")
    result = read_corpus([tmp_path])
    assert list(result.documents[S.DOC_ID]) == ["corpus/a.txt"]
    assert result.documents[S.DATE].iloc[0] == dt.date(2020, 2, 2)
    assert result.skipped == []


def _jsonl_bytes(n: int) -> bytes:
    return "".join(json.dumps({"id": f"d{i}", "text": f"Passage number {i} about the harbour.",
                               "date": "2021-05-07"}) + "\n" for i in range(n)).encode("utf-8")


def test_gzip_compressed_jsonl_and_csv_read_as_the_plain_files(tmp_path):
    import gzip

    plain = tmp_path / "news.jsonl"
    plain.write_bytes(_jsonl_bytes(30))
    packed = tmp_path / "news.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    a, b = read_corpus([plain]).documents, read_corpus([packed]).documents
    pd.testing.assert_frame_equal(a.drop(columns=[S.PATH_OR_ROW]), b.drop(columns=[S.PATH_OR_ROW]))
    assert b[S.PATH_OR_ROW].iloc[0].endswith("news.jsonl.gz:line 1")
    csv = tmp_path / "t.csv.gz"  # two gzip members, as `cat a.gz b.gz` makes
    csv.write_bytes(gzip.compress(b"text,id\nfirst text here,x\n") + gzip.compress(b"second text,y\n"))
    docs = read_corpus([csv]).documents
    assert list(docs[S.DOC_ID]) == ["x", "y"]
    # rows without an id are named after the file without its two suffixes
    (tmp_path / "noid.csv.gz").write_bytes(gzip.compress(b"text\nsome text\n"))
    assert list(read_corpus([tmp_path / "noid.csv.gz"]).documents[S.DOC_ID]) == ["noid:2"]


def test_compressed_tables_in_a_folder_are_read_and_bad_ones_skipped(tmp_path):
    import gzip

    (tmp_path / "good.jsonl.gz").write_bytes(gzip.compress(_jsonl_bytes(3)))
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(_jsonl_bytes(50))[:-30])
    (tmp_path / "fake.csv.gz").write_bytes(b"text,id\nnot compressed,z\n")
    (tmp_path / "notes.txt.gz").write_bytes(gzip.compress(b"plain text"))
    result = read_corpus([tmp_path])
    assert sorted(result.documents[S.DOC_ID]) == ["d0", "d1", "d2"]
    reasons = {s["input"].rsplit("/", 1)[-1]: s["reason"] for s in result.skipped}
    assert "truncated" in reasons["cut.jsonl.gz"]
    assert "not a readable gzip file" in reasons["fake.csv.gz"]
    assert "unsupported file type" in reasons["notes.txt.gz"]


def test_a_gzip_bomb_is_refused_with_the_limit_named(tmp_path, monkeypatch):
    import gzip

    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(b"\n" * 5_000_000))  # 5 MB of nothing, 5 KB compressed
    monkeypatch.setenv("VIZ_MAX_DECOMPRESSED", "1000000")
    with pytest.raises(InputError, match=r"bomb\.jsonl\.gz: decompresses to more than 1,000,000 "
                                         r"bytes.*VIZ_MAX_DECOMPRESSED"):
        read_corpus([path])
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(_jsonl_bytes(50))[:-30])
    with pytest.raises(InputError, match=r"cut\.jsonl\.gz: gzip file is truncated"):
        read_corpus([tmp_path / "cut.jsonl.gz"])
