"""``viz build --cluster``: the workers read the corpus, and lose nothing a single process keeps.

A corpus of every kind of input (text, Markdown and HTML files, metadata, a JSONL file and a
gzip JSONL file large enough to be read in pieces, a JSONL file that is not UTF-8, a table
without the text column, a corrupt gzip, a CSV, malformed records, repeated ids, an
implausible date, files not read) is read on an in-process Dask cluster with parts of a few
kilobytes: documents, skipped entries, warnings, fingerprint and counts are those of
:func:`viz.ingest.read_corpus`, and the built tables are those of the single-process build.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pandas as pd
import pytest

from viz import schema as S
from viz.build import BuildConfig, build
from viz.ingest import Columns, InputError, read_corpus
from viz.store import load_run

from .test_distributed import threads_cluster  # noqa: F401 - the in-process cluster fixture

WORDS = ("harbour storm council rail line ministry fair harvest market river bridge school "
         "election budget hospital festival").split()


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _jsonl_lines(rng: random.Random, n: int, prefix: str) -> list[str]:
    lines = []
    for i in range(n):
        rec = {"id": f"{prefix}{i}", "text": _text(rng, rng.randint(6, 30))}
        if i % 7 == 0:
            rec["date"] = f"20{10 + i % 13:02d}-0{1 + i % 9}-1{i % 9}"
        if i % 50 == 3:
            rec["id"] = "dup"  # repeated across pieces and files: renamed dup#2, dup#3...
        if i % 40 == 5:
            rec["text"] = ""  # skipped: empty text
        if i % 61 == 7:
            rec["date"] = "9999-01-01"  # implausible: flagged
        if i % 33 == 4:
            rec["tags"] = ["a", "b"]
            rec["title"] = ["joined", "list"]  # warned: list joined
        lines.append(json.dumps(rec, ensure_ascii=False))
        if i % 45 == 11:
            lines.append('{"id": "broken", "text": ')  # malformed JSON
        if i % 70 == 13:
            lines.append("")  # a blank line
        if i % 90 == 17:
            lines.append("[1, 2]")  # not an object
    return lines


@pytest.fixture()
def mixed_corpus(tmp_path) -> tuple[Path, Path]:
    rng = random.Random(7)
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_note.txt").write_text("A short note\n\n" + _text(rng, 40), encoding="utf-8")
    (folder / "b_readme.md").write_text("# Heading\n\n" + _text(rng, 30), encoding="utf-8")
    (folder / "c_page.html").write_text(f"<html><head><title>Page</title></head><body><p>"
                                        f"{_text(rng, 30)}</p></body></html>", encoding="utf-8")
    (folder / "d_empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "big.jsonl").write_text("\r\n".join(_jsonl_lines(rng, 300, "b")) + "\n",
                                      encoding="utf-8")
    with gzip.open(folder / "big2.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(_jsonl_lines(rng, 250, "g")))  # no final newline
    latin = "\n".join(json.dumps({"text": f"Caf\u00e9 {_text(rng, 20)}", "id": "dup"},
                                 ensure_ascii=False) for _ in range(60))
    (folder / "e_latin.jsonl").write_bytes(latin.encode("latin-1"))  # not UTF-8: read whole
    (folder / "f_notext.jsonl").write_text("\n".join(
        json.dumps({"body": _text(rng, 20)}) for _ in range(80)), encoding="utf-8")
    (folder / "g_corrupt.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage" * 800)
    (folder / "h_table.csv").write_text(
        "id,text,date\nc1,\"A quoted, text\nover two lines\",2020-01-02\nc2,one,two,three\n"
        "c3,Plain row,2021-05-06\n", encoding="utf-8")
    (folder / "i_blob.bin").write_bytes(b"\x00\x01")
    (folder / ".hidden.txt").write_text("not read", encoding="utf-8")
    (folder / "sub" / "x.txt").write_text(_text(rng, 25), encoding="utf-8")
    (folder / "sub" / "metadata.csv").write_text(
        "file,date,title\nx.txt,2019-04-05,Sub note\nmissing.txt,2019-01-01,Gone\n",
        encoding="utf-8")
    extra = tmp_path / "extra.jsonl"  # a file named on the command line, also in pieces
    extra.write_text("\n".join(_jsonl_lines(rng, 120, "b")), encoding="utf-8")
    return folder, extra


def _read_on_cluster(address, paths, monkeypatch, part_bytes=2000):
    """read_on_workers, then the documents as the per-document tasks would see them."""
    from distributed import Client

    from viz import distributed as vd
    from viz.ingest.parts import rows_of

    monkeypatch.setattr(vd, "MIN_PART_BYTES", part_bytes)
    monkeypatch.setattr(vd, "MIN_PARTITION_DOCS", 7)
    config = BuildConfig(paths=[str(p) for p in paths], out="unused", progress=False)
    with Client(address) as client:
        ingested, slices = vd.read_on_workers(client, config, 8, False, "test")
        docs, flags = [], []
        for future, lo, hi, renamed in slices:
            d, w = client.submit(rows_of, future, lo, hi, ingested.earliest, renamed).result()
            docs.append(d)
            flags.extend(w)
    warnings = ingested.warnings + flags + ingested.rename_warnings
    return ingested, _one_frame(docs), warnings, slices


def _one_frame(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The parts as one frame built from all rows at once, as read_corpus builds it (pandas
    infers a column's dtype from its values: a part's all-None title column is object)."""
    return pd.DataFrame([r for d in parts for r in d.to_dict("records")],
                        columns=S.columns(S.DOCUMENTS))


def test_workers_read_the_corpus_as_read_corpus_does(mixed_corpus, threads_cluster,
                                                     monkeypatch):
    folder, extra = mixed_corpus
    want = read_corpus([folder, extra])
    got, docs, warnings, slices = _read_on_cluster(threads_cluster, [folder, extra],
                                                   monkeypatch)
    pd.testing.assert_frame_equal(docs, want.documents)
    assert got.skipped == want.skipped
    assert warnings == want.warnings
    assert got.fingerprint == want.fingerprint
    assert got.n_inputs == want.n_inputs
    # the corpus exercised what it is meant to
    assert got.n_parts >= 10  # big.jsonl, big2.jsonl.gz and extra.jsonl in pieces
    assert len(slices) > 10
    reasons = " | ".join(f"{s['input']}: {s['reason']}" for s in want.skipped)
    for expected in ("malformed JSON", "not an object", "empty text", "no text column",
                     "gzip", "malformed CSV row", "hidden file", "unsupported file type"):
        assert expected in reasons, expected
    problems = " | ".join(w["problem"] for w in want.warnings)
    for expected in ("duplicate doc_id", "9999-01-01", "not UTF-8", "metadata names",
                     "list"):
        assert expected in problems, expected
    lines = {s["input"] for s in want.skipped if "big.jsonl:line" in s["input"]}
    assert len(lines) >= 10  # line numbers of records in every piece, checked equal above


def test_a_named_table_without_the_text_column_is_an_error_as_in_one_process(
        tmp_path, threads_cluster, monkeypatch):
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps({"body": "x" * 50, "n": i}) for i in range(200)),
                    encoding="utf-8")
    with pytest.raises(InputError) as single:
        read_corpus([path])
    with pytest.raises(InputError) as on_dask:
        _read_on_cluster(threads_cluster, [path], monkeypatch, part_bytes=1000)
    assert str(on_dask.value) == str(single.value)


def test_the_text_column_only_after_a_thousand_rows_is_found_as_in_one_process(
        tmp_path, threads_cluster, monkeypatch):
    """read_table looks for the text column in the first 1,000 rows of the whole file; a
    file in pieces is judged the same way (here the column comes at row 1,001)."""
    path = tmp_path / "late.jsonl"
    rows = [{"body": "b"} for _ in range(1000)] + [{"text": "late text", "id": "t"}] * 5
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "late.jsonl").write_bytes(path.read_bytes())
    (folder / "ok.txt").write_text("Something to read.", encoding="utf-8")
    want = read_corpus([folder])
    got, docs, warnings, _ = _read_on_cluster(threads_cluster, [folder], monkeypatch,
                                              part_bytes=1000)
    assert got.skipped == want.skipped and warnings == want.warnings
    pd.testing.assert_frame_equal(docs, want.documents)
    assert any("no text column" in s["reason"] for s in want.skipped)


def test_cuts_fall_on_line_starts_with_their_line_numbers(monkeypatch):
    from viz.ingest.parts import _cuts

    rng = random.Random(3)
    data = b"".join(b"x" * rng.randint(0, 40) + b"\n" for _ in range(500)) + b"tail"
    for block in (1, 7, 64, 4096, len(data)):
        blocks = [data[i:i + block] for i in range(0, len(data), block)]
        targets = [len(data) * k // 9 for k in range(1, 9)]
        cuts, seen = _cuts(targets, iter(blocks))
        assert seen == len(data)
        for (at, line), target in zip(cuts, targets):
            assert at > target and data[at - 1:at] == b"\n"
            assert b"\n" not in data[target:at - 1]
            assert line == data[:at].count(b"\n") + 1


def test_cluster_build_of_a_mixed_corpus_equals_the_single_process_build(
        mixed_corpus, tmp_path, threads_cluster, monkeypatch):
    from viz import distributed as vd

    folder, extra = mixed_corpus
    monkeypatch.setattr(vd, "MIN_PART_BYTES", 2000)
    common = dict(paths=[str(folder), str(extra)], embedder="tfidf", progress=False, seed=5)
    single = build(BuildConfig(out=str(tmp_path / "single"), **common))
    on_dask = build(BuildConfig(out=str(tmp_path / "dask"), cluster=threads_cluster, **common))
    for name in S.TABLES:
        pd.testing.assert_frame_equal(getattr(single, name), getattr(on_dask, name), obj=name)
    for key in ("skipped", "warnings", "input_fingerprint"):
        assert on_dask.manifest[key] == single.manifest[key], key
    for key in ("inputs", "documents", "passages", "mentions", "skipped", "warnings"):
        assert on_dask.manifest["counts"][key] == single.manifest["counts"][key], key
    assert single.manifest["counts"]["inputs"] == (single.manifest["counts"]["documents"]
                                                   + single.manifest["counts"]["skipped"])
    assert on_dask.manifest["cluster"]["read_parts"] >= 10
    # and the run opens as any other
    assert len(load_run(on_dask.path).documents) == len(single.documents)


def test_columns_are_those_given(tmp_path, threads_cluster, monkeypatch):
    path = tmp_path / "cols.jsonl"
    path.write_text("\n".join(json.dumps({"body": f"Row {i} " * 20, "when": "2020-03-04",
                                          "key": f"k{i}"}) for i in range(100)),
                    encoding="utf-8")
    from viz import distributed as vd

    monkeypatch.setattr(vd, "MIN_PART_BYTES", 1000)
    monkeypatch.setattr(vd, "MIN_PARTITION_DOCS", 7)
    cols = Columns(text="body", date="when", id="key")
    want = read_corpus([path], columns=cols)
    from distributed import Client

    from viz.ingest.parts import rows_of

    config = BuildConfig(paths=[str(path)], out="unused", progress=False, columns=cols)
    with Client(threads_cluster) as client:
        got, slices = vd.read_on_workers(client, config, 8, False, "cols")
        docs = _one_frame([client.submit(rows_of, f, lo, hi, got.earliest, r).result()[0]
                           for f, lo, hi, r in slices])
    pd.testing.assert_frame_equal(docs, want.documents)
    assert got.n_parts > 3


@pytest.mark.slow
def test_mixed_corpus_on_local_2_worker_processes_equals_the_single_process_build(
        mixed_corpus, tmp_path, monkeypatch):
    """The same on real worker processes: parts, scans and gzip pieces travel pickled."""
    pytest.importorskip("distributed")
    from viz import distributed as vd

    folder, extra = mixed_corpus
    monkeypatch.setattr(vd, "MIN_PART_BYTES", 2000)
    common = dict(paths=[str(folder), str(extra)], embedder="tfidf", progress=False, seed=5)
    single = build(BuildConfig(out=str(tmp_path / "single"), **common))
    on_dask = build(BuildConfig(out=str(tmp_path / "dask"), cluster="local:2", **common))
    for name in S.TABLES:
        pd.testing.assert_frame_equal(getattr(single, name), getattr(on_dask, name), obj=name)
    for key in ("skipped", "warnings", "input_fingerprint"):
        assert on_dask.manifest[key] == single.manifest[key], key
    assert on_dask.manifest["cluster"]["read_parts"] >= 10


def test_a_file_the_workers_do_not_see_stops_the_build(tmp_path, threads_cluster,
                                                        monkeypatch):
    """Workers that do not see the client's files (no shared file system) are an error, not
    a corpus of skipped files: here a planned file is gone when its part runs."""
    from viz import distributed as vd
    from viz.ingest import parts

    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"Document {name} here.", encoding="utf-8")
    (folder / "c.jsonl").write_text(json.dumps({"text": "a row"}), encoding="utf-8")
    real = parts.plan_corpus

    def plan_then_remove(paths, columns=None):
        plan = real(paths, columns=columns)
        (folder / "b.txt").unlink()
        return plan

    monkeypatch.setattr(parts, "plan_corpus", plan_then_remove)
    out = tmp_path / "run"
    with pytest.raises(vd.ClusterError, match=r"b\.txt: seen here but not found by the Dask "
                                              r"worker .*shared file system"):
        build(BuildConfig(paths=[str(folder)], out=str(out), embedder="tfidf",
                          progress=False, cluster=threads_cluster))
    assert not out.exists()
