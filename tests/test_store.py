"""The run directory: the written schema, atomic replacement, clear errors."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from viz import schema as S
from viz.store import RunError, load_run, read_run, run_lock, is_locked, write_run
from tests.tiny import tiny_tables, write_tiny_run


def test_every_table_has_its_schema_on_disk(tiny_run):
    for name in S.TABLES:
        assert pq.read_schema(tiny_run / f"{name}.parquet").names == S.columns(name)
    manifest = json.loads((tiny_run / S.MANIFEST).read_text())
    assert manifest["schema_version"] == S.SCHEMA_VERSION


def test_round_trip_keeps_values(tiny_run):
    run = load_run(tiny_run)
    assert run.topics.set_index(S.TOPIC_ID).loc[0, S.LANGUAGES] == {"en": 1, "fr": 1, "id": 1}
    assert run.events.set_index(S.EVENT_ID).loc[1, S.SURFACE] == ["May 2025", "mai 2025"]
    assert str(run.documents[S.DATE].iloc[0].date()) == "2023-03-15"
    assert run.documents[S.DATE].isna().sum() == 1


def test_rewrite_replaces_and_leaves_no_temporary_folders(tmp_path):
    write_tiny_run(tmp_path / "run")
    write_tiny_run(tmp_path / "run")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".run.lock", "run"]


def test_failed_write_leaves_old_run_intact(tmp_path):
    path = write_tiny_run(tmp_path / "run")
    tables = tiny_tables()
    tables[S.EVENTS] = tables[S.EVENTS].drop(columns=[S.TITLE])
    with pytest.raises(ValueError, match="lacks columns"):
        write_run(path, tables, {})
    assert load_run(path).events[S.TITLE].iloc[0] == "The storm hit on 14 March 2023."
    assert sorted(p.name for p in tmp_path.iterdir()) == [".run.lock", "run"]


def test_refuses_to_overwrite_a_folder_that_is_not_a_run(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("precious")
    with pytest.raises(RunError, match="not a viz run"):
        write_run(tmp_path / "mine", tiny_tables(), {})
    assert (tmp_path / "mine" / "thesis.docx").read_text() == "precious"


def test_incomplete_run_is_a_clear_error(tmp_path):
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "documents.parquet").write_text("")
    with pytest.raises(RunError, match="not a complete viz run"):
        load_run(tmp_path / "half")
    with pytest.raises(RunError, match="no such run directory"):
        load_run(tmp_path / "absent")


def test_run_of_another_schema_version_is_a_clear_error(tiny_run):
    import json

    manifest = json.loads((tiny_run / "manifest.json").read_text())
    manifest["schema_version"] = 1
    (tiny_run / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(RunError, match="schema 1.*rebuild"):
        load_run(tiny_run)


def test_leftovers_of_killed_writers_are_cleaned_by_the_next_write(tmp_path):
    path = write_tiny_run(tmp_path / "run")
    for name in (".run.tmp-123-abcd", ".run.old-99", ".run-cur.tmp-7"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "topics.parquet").write_text("half")
    (tmp_path / ".other.tmp-1").mkdir()  # another run's: not ours to remove
    write_run(path, tiny_tables(), {})
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.tmp-1", ".run.lock", "run"]


def test_publish_without_rename_exchange_also_replaces_the_run(tmp_path, monkeypatch):
    monkeypatch.setenv("VIZ_NO_RENAME_EXCHANGE", "1")
    path = write_tiny_run(tmp_path / "run")
    write_run(path, tiny_tables(), {"note": "second"})
    assert load_run(path).manifest["note"] == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".run.lock", "run"]


def test_each_publish_has_its_own_id_and_append_lands_in_the_same_swap(tmp_path):
    path = write_tiny_run(tmp_path / "run")
    first = load_run(path).manifest["publish_id"]
    write_run(path, tiny_tables(), {}, append={"log.txt": "one\n"})
    write_run(path, tiny_tables(), {}, keep=("log.txt",), append={"log.txt": "two\n"})
    assert (path / "log.txt").read_text() == "one\ntwo\n"
    assert read_run(path).manifest["publish_id"] != first


def test_the_lock_is_reentrant_and_seen_from_outside(tmp_path):
    path = write_tiny_run(tmp_path / "run")
    assert not is_locked(path)
    with run_lock(path):
        with run_lock(path):  # a curation holding the lock calls write_run
            write_run(path, tiny_tables(), {})
        assert is_locked(path)
    assert not is_locked(path)


def test_read_run_of_a_missing_run_fails_at_once(tmp_path):
    with pytest.raises(RunError, match="no such run directory"):
        read_run(tmp_path / "absent")


def test_a_run_reached_through_a_link_has_the_same_lock(tmp_path):
    from viz.store import lock_path

    path = write_tiny_run(tmp_path / "real" / "run")
    (tmp_path / "link").symlink_to(path, target_is_directory=True)
    assert lock_path(tmp_path / "link") == lock_path(path)
    with run_lock(tmp_path / "link"):
        assert is_locked(path)


def test_a_table_stored_as_a_directory_of_parts_reads_as_the_single_file(tmp_path):
    """A table may be NAME.parquet/part-NNNNN.parquet (same schema); load_run reads it whole."""
    run_dir = write_tiny_run(tmp_path / "run")
    whole = load_run(run_dir)
    for name in (S.PASSAGES, S.MENTIONS):
        path = run_dir / f"{name}.parquet"
        table = pq.read_table(path)
        path.unlink()
        path.mkdir()
        step = max(1, table.num_rows // 3)
        for i, start in enumerate(range(0, table.num_rows, step)):
            pq.write_table(table.slice(start, step), path / f"part-{i:05d}.parquet")
        assert len(list(path.iterdir())) >= 2
    parted = load_run(run_dir)
    for name in (S.PASSAGES, S.MENTIONS):
        pd.testing.assert_frame_equal(parted.table(name), whole.table(name))


def test_large_tables_are_written_as_parts_and_read_back_the_same(tmp_path, monkeypatch):
    whole = load_run(write_tiny_run(tmp_path / "whole"))
    monkeypatch.setenv("VIZ_PART_ROWS", "2")
    run_dir = write_tiny_run(tmp_path / "parted")
    manifest = json.loads((run_dir / S.MANIFEST).read_text())
    assert S.PASSAGES in manifest["partitioned"]
    parts = sorted((run_dir / f"{S.PASSAGES}.parquet").iterdir())
    assert len(parts) == 3 and all(pq.read_metadata(p).num_rows <= 2 for p in parts)
    assert pq.read_schema(parts[0]).names == S.columns(S.PASSAGES)
    parted = load_run(run_dir)
    for name in S.TABLES:
        pd.testing.assert_frame_equal(parted.table(name), whole.table(name))


def test_a_run_loaded_without_document_text_cannot_be_written_back(tiny_run, tmp_path):
    """The dashboard loads documents without their whole text; such a run is refused by
    write_run rather than written without it, and a curation from the dashboard (which reads
    the run from disk) keeps every document's text."""
    from viz.app import ids
    from viz.app.callbacks import curate

    full = load_run(tiny_run)
    light = load_run(tiny_run, document_text=False)
    assert S.TEXT in full.documents.columns and S.TEXT not in light.documents.columns
    assert light.documents.equals(full.documents.drop(columns=[S.TEXT]))
    tables = {name: light.table(name) for name in S.TABLES}
    with pytest.raises(ValueError, match="lacks columns"):
        write_run(tmp_path / "copy", tables, light.manifest)
    assert not (tmp_path / "copy" / S.MANIFEST).exists()
    new, message = curate(load_run(tiny_run, document_text=False), ids.CURATE_RENAME, [0], "Sea")
    assert "now" in message
    assert load_run(tiny_run).documents[S.TEXT].tolist() == full.documents[S.TEXT].tolist()


def _round_trip(run, path):
    """Write a loaded run's tables back unchanged, load them again."""
    tables = {name: run.table(name) for name in (*S.TABLES, *S.OPTIONAL_TABLES)}
    write_run(path, tables, run.manifest)
    return load_run(path)


def _assert_same_tables(a, b):
    for name in (*S.TABLES, *S.OPTIONAL_TABLES):
        left, right = a.table(name), b.table(name)
        assert dict(left.dtypes) == dict(right.dtypes), name
        pd.testing.assert_frame_equal(left, right, check_exact=True, obj=name)


def test_load_run_gives_what_write_run_takes(tiny_run, tmp_path):
    """load, write, load: the same frames with the same dtypes (dates, missing dates,
    nullable event ids, maps and lists), and the manifest but for its publish id."""
    run = load_run(tiny_run)
    assert run.documents[S.DATE].isna().any()
    again = _round_trip(run, tmp_path / "copy")
    _assert_same_tables(run, again)
    drop = {"publish_id"}
    assert {k: v for k, v in again.manifest.items() if k not in drop} == \
        {k: v for k, v in run.manifest.items() if k not in drop}
    _assert_same_tables(again, _round_trip(again, tmp_path / "copy2"))


def test_a_built_run_round_trips_through_write_run(tmp_path):
    """The same on a real build: given and inferred dates, mentions, events, terms over time."""
    from viz.build import BuildConfig, build

    from .test_build_update import corpus

    corpus(tmp_path / "docs.jsonl", 0, 40, 0)
    with open(tmp_path / "docs.jsonl", "a", encoding="utf-8") as fh:  # no date given
        fh.write(json.dumps({"id": "undated", "text": "The storm of 3 May 2020 flooded it."}) + "\n")
    run = build(BuildConfig(paths=[str(tmp_path / "docs.jsonl")], out=str(tmp_path / "run"),
                            embedder="tfidf", progress=False, use_cache=False))
    run = load_run(run.path)
    assert len(run.mentions) and len(run.events) and len(run.topic_terms_time)
    assert run.documents[S.DATE].isna().any()
    _assert_same_tables(run, _round_trip(run, tmp_path / "copy"))


def test_embeddings_are_written_in_blocks_as_np_save_writes_them(tmp_path, monkeypatch):
    """The float16 matrix is written a few rows at a time with plain file writes, not through a
    memory map (whose written pages counted a gigabyte in the process's memory at a million
    passages), and the file holds the bytes ``np.save`` of the whole converted matrix gives."""
    import numpy as np
    import numpy.lib.format as npf

    from viz import store

    def no_memmap(*args, **kwargs):
        raise AssertionError("written through a memory map")

    monkeypatch.setattr(npf, "open_memmap", no_memmap)
    monkeypatch.setattr(store, "BLOCK_ROWS", 4)
    tables = tiny_tables()
    rng = np.random.default_rng(0)
    embeddings = rng.normal(size=(len(tables[S.PASSAGES]), 7)).astype(np.float32)
    write_run(tmp_path / "run", tables, {}, embeddings=embeddings)
    np.save(tmp_path / "whole.npy", embeddings.astype(np.float16))
    assert (tmp_path / "run" / S.EMBEDDINGS).read_bytes() == (tmp_path / "whole.npy").read_bytes()
    assert store.BLOCK_ROWS < len(embeddings) < 2 * store.BLOCK_ROWS  # a whole block and a part


def test_number_columns_go_to_arrow_whole_with_nan_as_missing():
    """A column of numpy numbers is handed to Arrow as one array (no Python object per row: at
    a million passages that loop was 3.3 s of the write); NaN is a missing value there, as in
    object columns, and the other values are kept exactly."""
    import numpy as np

    from viz.store import _to_arrow

    passages = tiny_tables()[S.PASSAGES].copy()
    passages[S.X] = np.arange(len(passages), dtype=np.float64) + 0.25
    passages.loc[1, S.X] = np.nan
    table = _to_arrow(S.PASSAGES, passages)
    x = table.column(S.X).to_pylist()
    assert x[1] is None and x[0] == 0.25 and x[2] == 2.25
    assert table.column(S.TOPIC_ID).to_pylist() == passages[S.TOPIC_ID].tolist()


def test_an_empty_table_typed_as_numbers_is_written():
    """pandas gives an empty column float64 whatever it held (a merge tree emptied by curation
    loads so); every table's list, map, date and text columns so typed are still written as
    their schema says, not handed to Arrow as a numpy number array."""
    import pandas as pd

    from viz.store import _to_arrow

    for name, schema in S.SCHEMAS.items():
        empty = pd.DataFrame({f.name: pd.Series([], dtype="float64") for f in schema})
        table = _to_arrow(name, empty)
        assert table.num_rows == 0 and table.schema == schema, name
