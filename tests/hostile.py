"""Kinds of hostile input, generated on the spot: for each kind, the files it writes and what
reading them must give (how many documents, which skipped entries with which reasons, which
warnings). Used by ``tests/test_hostile.py`` (each kind read alone, and all kinds in one real
build).

Every kind folder also holds ``control.txt``, so it always has one readable document.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

CONTROL = "A control document about harbours, ships and the tides of the northern sea."
BODY = "Storm floods the harbour; ferries stop for two days while the river rises."
BODY2 = "La tempête inonde le port : les ferries s'arrêtent pendant deux jours."
MIXED_LINES = ["Première ligne en UTF-8, été.", "Deuxième ligne en Latin-1, café."]


@dataclass
class Kind:
    """One kind of input. ``skips``/``warns``: ``(part of the input name, part of the reason or
    problem)``, one per expected entry; ``texts``: document texts expected verbatim (a document
    whose text is not among them, nor ``CONTROL``, must have a warning of its own)."""

    name: str
    make: object  # callable(folder: Path) -> None
    docs: int
    skips: list[tuple[str, str]] = field(default_factory=list)
    warns: list[tuple[str, str]] = field(default_factory=list)
    texts: tuple[str, ...] = (BODY, BODY2)
    check: object = None  # callable(documents DataFrame) -> None, extra assertions


def _write(name: str, data: bytes | str):
    def make(folder: Path):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return make


def _all(*makers):
    def make(folder: Path):
        for m in makers:
            m(folder)
    return make


def _jsonl(name: str, *lines):
    """Lines given as dicts (dumped without ASCII escapes) or raw strings."""
    out = [json.dumps(x, ensure_ascii=False) if isinstance(x, (dict, list)) else x for x in lines]
    return _write(name, "\n".join(out) + "\n")


def _parquet(name: str, table_fn):
    def make(folder: Path):
        pq.write_table(table_fn(), folder / name)
    return make


def _symlink(name: str, target: str, *, directory: bool = False):
    def make(folder: Path):
        os.symlink(target, folder / name, target_is_directory=directory)
    return make


def _fifo(name: str):
    def make(folder: Path):
        os.mkfifo(folder / name)
    return make


def _outside_folder(folder: Path) -> None:
    """A real folder outside the kind folder, reached through a symbolic link."""
    outside = folder.parent.parent / f"outside-{folder.name}"
    outside.mkdir()
    (outside / "linked.txt").write_text(BODY, encoding="utf-8")
    (outside / "deeper").mkdir()
    (outside / "deeper" / "linked2.txt").write_text(BODY2, encoding="utf-8")
    os.symlink(outside, folder / "linked-folder", target_is_directory=True)


def _run_inside(folder: Path) -> None:
    from tests.tiny import write_tiny_run

    write_tiny_run(folder / "run")


def _stale_temp(folder: Path) -> None:
    tmp = folder / ".run.tmp-abc123"
    tmp.mkdir()
    (tmp / "documents.parquet").write_bytes(b"PAR1")


def _assert(condition) -> None:
    assert condition


def _text_checks(*parts):
    def check(docs):
        joined = "\n".join(docs["text"])
        for p in parts:
            assert p in joined, p
    return check


def _date_check(expected: str):
    def check(docs):
        assert expected in {str(d) for d in docs["date"]}, list(docs["date"])
    return check


def _flagged(expected: str):
    """An absurd date is kept in ``date_flag`` and left out of ``date`` (no axis breaks)."""
    def check(docs):
        flags = [f for f in docs["date_flag"] if isinstance(f, str)]
        assert any(expected in f for f in flags), list(docs["date_flag"])
        assert docs["date"].isna().all(), list(docs["date"])
    return check


def _u(text: str, enc: str, bom: bool) -> bytes:
    marks = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
             "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}
    return (marks[enc] if bom else b"") + text.encode(enc)


def _mixed() -> bytes:
    return MIXED_LINES[0].encode("utf-8") + b"\n" + MIXED_LINES[1].encode("latin-1") + b"\n"


def _table(**cols):
    return lambda: pa.table(cols)


KINDS: list[Kind] = [
    # --- folders of text files -----------------------------------------------------------------
    Kind("plain", _write("a.txt", BODY), 1),
    Kind("markdown", _write("a.md", "# Title\n\n" + BODY), 1, texts=("# Title\n\n" + BODY,)),
    Kind("empty-file", _write("empty.txt", ""), 0, skips=[("empty.txt", "empty text")]),
    Kind("whitespace-file", _write("blank.txt", " \n\t\n "), 0, skips=[("blank.txt", "empty text")]),
    Kind("binary-nul", _write("bin.txt", b"\x00\x01\x02\xff\xfe\x00garbage\x00\x00\x07"), 0,
         skips=[("bin.txt", "binary file")]),
    Kind("unsupported-suffix", _write("image.png", b"\x89PNG\r\n"), 0,
         skips=[("image.png", "unsupported file type")]),
    Kind("no-suffix", _write("README", BODY), 0, skips=[("README", "unsupported file type")]),
    Kind("latin1", _write("l.txt", BODY2.encode("latin-1")), 1,
         warns=[("l.txt", "not UTF-8")], check=_text_checks(BODY2)),
    Kind("cp1252", _write("w.txt", "“Quoted” text – with dashes, déjà vu.".encode("cp1252")), 1,
         warns=[("w.txt", "not UTF-8")], check=_text_checks("“Quoted” text – with dashes, déjà vu.")),
    Kind("utf8-bom", _write("b.txt", codecs.BOM_UTF8 + BODY.encode()), 1),
    Kind("utf16le-bom", _write("u.txt", _u(BODY2, "utf-16-le", True)), 1,
         warns=[("u.txt", "UTF-16-LE")], check=_text_checks(BODY2)),
    Kind("utf16be-bom", _write("u.txt", _u(BODY2, "utf-16-be", True)), 1,
         warns=[("u.txt", "UTF-16-BE")], check=_text_checks(BODY2)),
    Kind("utf16le-nobom", _write("u.txt", _u(BODY2, "utf-16-le", False)), 1,
         warns=[("u.txt", "UTF-16-LE")], check=_text_checks(BODY2)),
    Kind("utf16be-nobom", _write("u.txt", _u(BODY2, "utf-16-be", False)), 1,
         warns=[("u.txt", "UTF-16-BE")], check=_text_checks(BODY2)),
    Kind("utf32le-bom", _write("u.txt", _u(BODY2, "utf-32-le", True)), 1,
         warns=[("u.txt", "UTF-32-LE")], check=_text_checks(BODY2)),
    Kind("utf32be-nobom", _write("u.txt", _u(BODY2, "utf-32-be", False)), 1,
         warns=[("u.txt", "UTF-32-BE")], check=_text_checks(BODY2)),
    Kind("mixed-utf8-latin1", _write("m.txt", _mixed()), 1,
         warns=[("m.txt", "mixes UTF-8 and Latin-1: line 2")], check=_text_checks(*MIXED_LINES)),
    Kind("non-utf8-filename", lambda f: (f / os.fsdecode(b"caf\xe9.txt")).write_text(BODY), 1,
         warns=[("caf\\xe9.txt", "file name is not valid UTF-8")]),
    Kind("crlf", _write("c.txt", BODY.replace("; ", ";\r\n")), 1, texts=(BODY.replace("; ", ";\n"),)),
    Kind("html", _write("p.html", f"<html><head><title>T</title><script>alert(1)</script></head>"
                                  f"<body><p>{BODY}</p></body></html>"), 1),
    Kind("html-script-only", _write("s.html", "<script>alert(1)</script>"), 0,
         skips=[("s.html", "empty text")]),
    Kind("deep-folders", _write("/".join(f"d{i}" for i in range(12)) + "/deep.txt", BODY), 1),
    Kind("unicode-name", _write("résumé ünïcode 文件.txt", BODY), 1),
    Kind("empty-subfolder", lambda f: (f / "nothing").mkdir(), 0),
    Kind("symlinked-subfolder", _outside_folder, 2),
    Kind("symlinked-file", _all(_write("real/a.txt", BODY), _symlink("alias.txt", "real/a.txt")), 2),
    Kind("dangling-symlink", _symlink("gone.txt", "does-not-exist.txt"), 0,
         skips=[("gone.txt", "dangling symbolic link")]),
    Kind("file-symlink-loop", _all(_symlink("x.txt", "y.txt"), _symlink("y.txt", "x.txt")), 0,
         skips=[("x.txt", "symbolic link loop"), ("y.txt", "symbolic link loop")]),
    Kind("self-symlink", _symlink("self.txt", "self.txt"), 0,
         skips=[("self.txt", "symbolic link loop")]),
    Kind("folder-symlink-loop", _all(_write("sub/a.txt", BODY), _symlink("sub/up", "..", directory=True)),
         1, skips=[("sub/up", "symbolic link loop")]),
    Kind("hidden-file", _write(".hidden.txt", BODY), 0, skips=[(".hidden.txt", "hidden file")]),
    Kind("hidden-folder", _write(".secret/a.txt", BODY), 0, skips=[(".secret", "hidden folder")]),
    Kind("run-inside-input", _run_inside, 0, skips=[("run/", "viz run directory"),
                                                    (".run.lock", "lock file of the viz run")]),
    Kind("stale-run-temp", _stale_temp, 0, skips=[(".run.tmp-abc123", "temporary folder")]),
    Kind("fifo-in-folder", _fifo("pipe.txt"), 0, skips=[("pipe.txt", "FIFO")]),
    # --- metadata files --------------------------------------------------------------------------
    Kind("metadata-dup-rows", _all(_write("a.txt", BODY), _write(
        "metadata.csv", "file,date,title\na.txt,2020-01-01,First\na.txt,2021-02-02,Second\n")), 1,
         warns=[("metadata.csv:line 3", "given again")], check=_date_check("2021-02-02")),
    Kind("metadata-csv-vs-jsonl", _all(_write("a.txt", BODY),
                                       _write("metadata.csv", "file,date\na.txt,2020-01-01\n"),
                                       _jsonl("metadata.jsonl", {"file": "a.txt", "date": "2020-05-05"})),
         1, warns=[("metadata.jsonl:line 1", "is '2020-05-05' here but '2020-01-01'")]),
    Kind("metadata-missing-file", _all(_write("a.txt", BODY),
                                       _write("metadata.csv", "file,date\nghost.txt,2020-01-01\n")),
         1, warns=[("metadata", "'ghost.txt', which is not a readable document")]),
    Kind("metadata-bad-date", _all(_write("a.txt", BODY), _write("metadata.csv", "file,date\na.txt,soon\n")),
         1, warns=[("a.txt", "unparseable date 'soon'")]),
    Kind("metadata-date-9999", _all(_write("a.txt", BODY), _write("metadata.csv", "file,date\na.txt,9999-12-31\n")),
         1, warns=[("a.txt", "outside the plausible range")], check=_flagged("9999-12-31")),
    Kind("metadata-date-1200", _all(_write("a.txt", BODY), _write("metadata.csv", "file,date\na.txt,1200\n")),
         1, warns=[("a.txt", "outside the plausible range")], check=_flagged("1200-01-01")),
    Kind("metadata-list-title", _all(_write("a.txt", BODY),
                                     _jsonl("metadata.jsonl", {"file": "a.txt", "title": ["x", "y"]})),
         1, warns=[("a.txt", "title is a list of 2 items")]),
    Kind("metadata-no-file-column", _all(_write("a.txt", BODY), _write("metadata.csv", "name,date\na.txt,2020\n")),
         1, warns=[("metadata.csv:line 2", "no 'file'")]),
    # --- JSONL -----------------------------------------------------------------------------------
    Kind("jsonl-good", _jsonl("n.jsonl", {"text": BODY}, {"text": BODY2}), 2),
    Kind("jsonl-malformed-line", _jsonl("n.jsonl", {"text": BODY}, "{not json", {"text": BODY2}), 2,
         skips=[("n.jsonl:line 2", "malformed JSON")]),
    Kind("jsonl-truncated", _write("n.jsonl", json.dumps({"text": BODY}) + "\n" + '{"text": "cut'), 1,
         skips=[("n.jsonl:line 2", "malformed JSON")]),
    Kind("jsonl-array-line", _jsonl("n.jsonl", {"text": BODY}, [1, 2]), 1,
         skips=[("n.jsonl:line 2", "not an object")]),
    Kind("jsonl-empty-text", _jsonl("n.jsonl", {"text": BODY}, {"text": ""}), 1,
         skips=[("n.jsonl:line 2", "empty text")]),
    Kind("jsonl-missing-text-key", _jsonl("n.jsonl", {"text": BODY}, {"title": "no text"}), 1,
         skips=[("n.jsonl:line 2", "empty text")]),
    Kind("jsonl-null-text", _jsonl("n.jsonl", {"text": BODY}, {"text": None}), 1,
         skips=[("n.jsonl:line 2", "empty text")]),
    Kind("jsonl-nan-text", _jsonl("n.jsonl", {"text": BODY}, '{"text": NaN}'), 1,
         skips=[("n.jsonl:line 2", "empty text")]),
    Kind("jsonl-lone-surrogate", _jsonl("n.jsonl", '{"text": "broken \\ud800 escape in a story"}'), 1,
         warns=[("n.jsonl:line 1", "lone surrogate")], check=_text_checks("broken \ufffd escape")),
    Kind("jsonl-surrogate-pair", _jsonl("n.jsonl", '{"text": "an emoji \\ud83d\\ude00 is fine"}'), 1,
         texts=("an emoji \U0001F600 is fine",)),
    Kind("jsonl-u2028", _jsonl("n.jsonl", {"text": "one\u2028line"}, "{bad", {"text": BODY}), 2,
         skips=[("n.jsonl:line 2", "malformed JSON")], texts=("one\u2028line", BODY)),
    Kind("jsonl-u0085", _jsonl("n.jsonl", {"text": "one\u0085line"}, {"text": BODY}, "{bad"), 2,
         skips=[("n.jsonl:line 3", "malformed JSON")], texts=("one\u0085line", BODY)),
    Kind("jsonl-list-text", _jsonl("n.jsonl", {"text": ["para one", "para two"]}), 1,
         warns=[("n.jsonl:line 1", "text is a list of 2 items")], check=_text_checks("para one\n\npara two")),
    Kind("jsonl-dict-text", _jsonl("n.jsonl", {"text": {"a": 1}}), 0,
         skips=[("n.jsonl:line 1", "text is an object")]),
    Kind("jsonl-nested-list-text", _jsonl("n.jsonl", {"text": [["a"], ["b"]]}), 0,
         skips=[("n.jsonl:line 1", "text is a list")]),
    Kind("jsonl-bool-text", _jsonl("n.jsonl", {"text": True}), 0,
         skips=[("n.jsonl:line 1", "text is a boolean")]),
    Kind("jsonl-number-text", _jsonl("n.jsonl", {"text": 42}), 1,
         warns=[("n.jsonl:line 1", "text is a number")]),
    Kind("jsonl-bool-title", _jsonl("n.jsonl", {"text": BODY, "title": True}), 1,
         warns=[("n.jsonl:line 1", "title is a boolean")],
         check=lambda d: _assert("True" not in set(d["title"]))),
    Kind("jsonl-dict-source", _jsonl("n.jsonl", {"text": BODY, "source": {"name": "W"}}), 1,
         warns=[("n.jsonl:line 1", "source is an object")]),
    Kind("jsonl-list-lang", _jsonl("n.jsonl", {"text": BODY, "lang": ["en", "fr"]}), 1,
         warns=[("n.jsonl:line 1", "lang is a list")]),
    Kind("jsonl-duplicate-key", _jsonl("n.jsonl", '{"text": "%s", "text": "second"}' % BODY), 1,
         warns=[("n.jsonl:line 1", "given more than once")]),
    Kind("jsonl-utf16", _write("n.jsonl", _u(json.dumps({"text": BODY2}, ensure_ascii=False) + "\n",
                                             "utf-16-le", True)), 1, warns=[("n.jsonl", "UTF-16")]),
    Kind("jsonl-crlf-blank-lines", _write("n.jsonl", json.dumps({"text": BODY}) + "\r\n\r\n\n"
                                          + json.dumps({"text": BODY2}) + "\r\n"), 2),
    Kind("jsonl-no-text-column", _jsonl("n.jsonl", {"body": BODY}, {"body": BODY2}), 0,
         skips=[("n.jsonl", "no text column 'text'")]),
    Kind("jsonl-deep-nesting", _jsonl("n.jsonl", {"text": BODY}, "[" * 100000 + "]" * 100000), 1,
         skips=[("n.jsonl:line 2", "JSON")]),
    Kind("jsonl-date-9999", _jsonl("n.jsonl", {"text": BODY, "date": "9999-01-01"}), 1,
         warns=[("n.jsonl:line 1", "plausible range")], check=_flagged("9999-01-01")),
    Kind("jsonl-date-0001", _jsonl("n.jsonl", {"text": BODY, "date": "0001-01-01"}), 1,
         warns=[("n.jsonl:line 1", "plausible range")], check=_flagged("0001-01-01")),
    Kind("jsonl-date-2300", _jsonl("n.jsonl", {"text": BODY, "date": 2300}), 1,
         warns=[("n.jsonl:line 1", "plausible range")], check=_flagged("2300-01-01")),
    Kind("jsonl-bad-date", _jsonl("n.jsonl", {"text": BODY, "date": "next tuesday"}), 1,
         warns=[("n.jsonl:line 1", "unparseable date")]),
    Kind("jsonl-list-date", _jsonl("n.jsonl", {"text": BODY, "date": ["2020"]}), 1,
         warns=[("n.jsonl:line 1", "unparseable date")]),
    Kind("jsonl-duplicate-ids", _jsonl("n.jsonl", {"id": "x", "text": BODY}, {"id": "x", "text": BODY2}), 2,
         warns=[("x", "duplicate doc_id")]),
    Kind("jsonl-html-text", _jsonl("n.jsonl", {"text": "<b>bold</b> <script>alert(1)</script>"}), 1,
         texts=("<b>bold</b> <script>alert(1)</script>",)),
    Kind("jsonl-binary", _write("n.jsonl", b'{"text": "\x00\x00\x01"}\n\x00\xff'), 0,
         skips=[("n.jsonl", "binary file")]),
    Kind("jsonl-mixed-encoding", _write("n.jsonl", json.dumps({"text": MIXED_LINES[0]}, ensure_ascii=False)
                                        .encode() + b"\n" + json.dumps({"text": MIXED_LINES[1]},
                                        ensure_ascii=False).encode("latin-1") + b"\n"), 2,
         warns=[("n.jsonl", "mixes UTF-8 and Latin-1")], texts=tuple(MIXED_LINES)),
    # --- CSV -------------------------------------------------------------------------------------
    Kind("csv-good", _write("t.csv", f'text,date\n"{BODY}",2020-01-01\n"{BODY2}",2021\n'), 2),
    Kind("csv-unclosed-quote", _write("t.csv", f'text,date\n"{BODY}",2020\n"never closed,2020\n'
                                      f'"{BODY2}",2021\nplain row text here,2022\n'), 3,
         skips=[("t.csv:line 3", "never closed")], texts=(BODY, BODY2, "plain row text here")),
    Kind("csv-unclosed-quote-last-column", _write("t.csv", f'id,text\n1,"{BODY}"\n2,"open\n3,"{BODY2}"\n'),
         2, skips=[("t.csv:line 3", "never closed")]),
    Kind("csv-short-row", _write("t.csv", f'text,date\n"{BODY}",2020\nlonely\n'), 1,
         skips=[("t.csv:line 3", "1 fields, header has 2")]),
    Kind("csv-long-row", _write("t.csv", f'text,date\n"{BODY}",2020\na,b,c\n'), 1,
         skips=[("t.csv:line 3", "3 fields")]),
    Kind("csv-quoted-newline", _write("t.csv", 'text,date\n"line one\nline two",2020\n'
                                      f'"{BODY}",2021\n'), 2, texts=("line one\nline two", BODY)),
    Kind("csv-duplicate-header", _write("t.csv", f'text,text\n"{BODY}",other\n'), 1,
         warns=[("t.csv:line 1", "given more than once")]),
    Kind("csv-empty-file", _write("t.csv", ""), 0, skips=[("t.csv", "empty CSV")]),
    Kind("csv-header-only", _write("t.csv", "text,date\n"), 0, warns=[("t.csv", "no rows")]),
    Kind("csv-utf16", _write("t.csv", _u(f'text\n"{BODY2}"\n', "utf-16-le", True)), 1,
         warns=[("t.csv", "UTF-16")]),
    Kind("csv-latin1", _write("t.csv", f'text\n"{BODY2}"\n'.encode("latin-1")), 1,
         warns=[("t.csv", "not UTF-8")]),
    Kind("csv-semicolon", _write("t.csv", f"text;date\n{BODY};2020\n"), 0,
         skips=[("t.csv", "no text column 'text'")]),
    Kind("csv-bom", _write("t.csv", codecs.BOM_UTF8 + f'text\n"{BODY}"\n'.encode()), 1),
    Kind("csv-junk-after-quote", _write("t.csv", 'text,date\n"quoted"tail,2020\n'), 1,
         warns=[("t.csv:line 2", "malformed CSV quoting")]),
    Kind("csv-u2028-in-field", _write("t.csv", 'text,date\n"one\u2028two",2020\n"bad\n'), 1,
         skips=[("t.csv:line 3", "never closed")], texts=("one\u2028two",)),
    Kind("csv-date-2300", _write("t.csv", f'text,date\n"{BODY}",2300-01-01\n'), 1,
         warns=[("t.csv:line 2", "plausible range")], check=_flagged("2300-01-01")),
    Kind("csv-formula-cell", _write("t.csv", 'text\n"=HYPERLINK(""http://x"")"\n'), 1,
         texts=('=HYPERLINK("http://x")',)),
    Kind("csv-cr-line-endings", _write("t.csv", f'text,date\r"{BODY}",2020\r"{BODY2}",2021\r'), 2),
    Kind("csv-blank-lines", _write("t.csv", f'text\n\n"{BODY}"\n\n\n"{BODY2}"\n'), 2),
    # --- Parquet ---------------------------------------------------------------------------------
    Kind("parquet-good", _parquet("t.parquet", _table(text=[BODY, BODY2], id=["a", "b"])), 2),
    Kind("parquet-binary-text", _parquet("t.parquet", _table(text=pa.array([BODY.encode()], pa.binary()))),
         1, warns=[("t.parquet:row 1", "text is binary data")], texts=(BODY,)),
    Kind("parquet-binary-not-utf8", _parquet("t.parquet", _table(text=pa.array([b"\xff\xfe\x00x"], pa.binary()))),
         0, skips=[("t.parquet:row 1", "binary data")]),
    Kind("parquet-binary-title", _parquet("t.parquet", _table(text=[BODY], title=pa.array([b"T"], pa.binary()))),
         1, warns=[("t.parquet:row 1", "title is binary data")]),
    Kind("parquet-list-text", _parquet("t.parquet", _table(text=[["p1", "p2"]])), 1,
         warns=[("t.parquet:row 1", "text is a list")]),
    Kind("parquet-struct-text", _parquet("t.parquet", _table(text=[{"a": "x"}])), 0,
         skips=[("t.parquet:row 1", "text is an object")]),
    Kind("parquet-bool-title", _parquet("t.parquet", _table(text=[BODY], title=[True])), 1,
         warns=[("t.parquet:row 1", "title is a boolean")]),
    Kind("parquet-null-text", _parquet("t.parquet", _table(text=[BODY, None])), 1,
         skips=[("t.parquet:row 2", "empty text")]),
    Kind("parquet-int-ids", _parquet("t.parquet", _table(text=[BODY, BODY2], id=[7, 8])), 2,
         check=lambda d: _assert({"7", "8"} <= set(d["doc_id"]))),
    Kind("parquet-timestamp-date", _parquet("t.parquet", _table(
        text=[BODY], date=pa.array([1_600_000_000_000], pa.timestamp("ms")))), 1,
         check=_date_check("2020-09-13")),
    Kind("parquet-date-9999", _parquet("t.parquet", _table(
        text=[BODY], date=pa.array([dt.date(9999, 1, 1)], pa.date32()))), 1,
         warns=[("t.parquet:row 1", "plausible range")], check=_flagged("9999-01-01")),
    Kind("parquet-corrupt", _write("t.parquet", b"PAR1 this is not parquet PAR1"), 0,
         skips=[("t.parquet", "not a readable Parquet file")]),
    Kind("parquet-dictionary-text", _parquet("t.parquet", _table(
        text=pa.array([BODY, BODY2]).dictionary_encode())), 2),
    Kind("parquet-zero-rows", _parquet("t.parquet", _table(text=pa.array([], pa.string()))), 0,
         warns=[("t.parquet", "no rows")]),
    Kind("parquet-no-text-column", _parquet("t.parquet", _table(body=[BODY])), 0,
         skips=[("t.parquet", "no text column")]),
]


def make_kind(kind: Kind, root: Path) -> Path:
    """Write the kind's folder under ``root``; returns the folder."""
    folder = root / kind.name
    folder.mkdir(parents=True)
    (folder / "control.txt").write_text(CONTROL, encoding="utf-8")
    kind.make(folder)
    return folder
