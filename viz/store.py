"""The run directory: one Parquet file per table plus ``manifest.json``.

It is the contract between building and viewing. A run is written into a temporary sibling
folder and renamed into place only when every file is complete, so a crash never leaves a
half-written run that looks complete; ``manifest.json`` is written last.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import schema as S


class RunError(Exception):
    """A folder is not a complete viz run; the message says why."""


@dataclass
class Run:
    """The stored tables of one run, as pandas DataFrames, and its manifest."""

    documents: pd.DataFrame
    passages: pd.DataFrame
    topics: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame
    topic_terms: pd.DataFrame
    topic_hierarchy: pd.DataFrame
    manifest: dict = field(default_factory=dict)
    path: Path | None = None
    # optional tables (S.OPTIONAL_TABLES): empty when the run has none
    topic_terms_time: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=S.columns(S.TOPIC_TERMS_TIME)))

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)


def _to_arrow(name: str, df: pd.DataFrame) -> pa.Table:
    schema = S.SCHEMAS[name]
    missing = [c for c in schema.names if c not in df.columns]
    if missing:
        raise ValueError(f"table {name!r} lacks columns {missing}")
    arrays = []
    for f in schema:
        values = df[f.name]
        if pa.types.is_map(f.type):
            values = [list(v.items()) if isinstance(v, dict) else v for v in values]
        else:
            values = [None if (v is pd.NA or (isinstance(v, float) and v != v)) else v
                      for v in values.tolist()]
        arrays.append(pa.array(values, type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def write_run(run_dir: Path | str, tables: dict[str, pd.DataFrame], manifest: dict, *,
              embeddings: np.ndarray | None = None, reduced: np.ndarray | None = None,
              keep: tuple[str, ...] = ()) -> Path:
    """Write all tables and the manifest atomically to ``run_dir`` (replacing an old run).

    ``embeddings`` (one row per passage, in ``passage_id`` order) are stored as float16 in
    ``embeddings.npy`` so topics can be curated without the embedder; ``reduced`` (the UMAP
    vectors, same rows) in ``reduced.npy``, so topics can be re-cut; files named in ``keep``
    are carried over from the old run (the curation log, say).
    """
    run_dir = Path(run_dir).resolve()
    run_dir.parent.mkdir(parents=True, exist_ok=True)
    if run_dir.exists() and not (run_dir / S.MANIFEST).exists() and any(run_dir.iterdir()):
        raise RunError(f"{run_dir}: exists, is not empty and is not a viz run; "
                       "refusing to replace it")
    tmp = Path(tempfile.mkdtemp(prefix=f".{run_dir.name}.tmp-", dir=run_dir.parent))
    try:
        written = [*S.TABLES, *(t for t in S.OPTIONAL_TABLES if tables.get(t) is not None)]
        for name in written:
            pq.write_table(_to_arrow(name, tables[name]), tmp / f"{name}.parquet")
        if embeddings is not None:
            np.save(tmp / S.EMBEDDINGS, np.asarray(embeddings, dtype=np.float16))
        if reduced is not None:
            np.save(tmp / S.REDUCED, np.asarray(reduced, dtype=np.float32))
        for name in keep:
            if (run_dir / name).is_file():
                shutil.copy2(run_dir / name, tmp / name)
        manifest = {**manifest, "schema_version": S.SCHEMA_VERSION, "tables": written}
        with open(tmp / S.MANIFEST, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, indent=2, ensure_ascii=False, default=str)
            fh.flush()
            os.fsync(fh.fileno())
        old = None
        if run_dir.exists():
            old = run_dir.with_name(f".{run_dir.name}.old-{os.getpid()}")
            run_dir.rename(old)
        tmp.rename(run_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return run_dir


def _from_arrow(table: pa.Table) -> pd.DataFrame:
    df = table.to_pandas()
    for f in table.schema:
        if pa.types.is_map(f.type):
            df[f.name] = [dict(v) if v is not None else {} for v in df[f.name]]
        elif pa.types.is_list(f.type):
            df[f.name] = [list(v) if v is not None else [] for v in df[f.name]]
        elif pa.types.is_date(f.type):
            df[f.name] = pd.to_datetime(df[f.name])
    return df


def load_run(run_dir: Path | str) -> Run:
    """Read a run directory. Dates come back as pandas datetimes (NaT when missing)."""
    run_dir = Path(run_dir)
    manifest_path = run_dir / S.MANIFEST
    if not run_dir.is_dir():
        raise RunError(f"{run_dir}: no such run directory (build one with: viz build PATH --out {run_dir})")
    if not manifest_path.is_file():
        raise RunError(f"{run_dir}: not a complete viz run (no {S.MANIFEST})")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RunError(f"{manifest_path}: unreadable manifest: {exc}") from None
    version = manifest.get("schema_version")
    if version != S.SCHEMA_VERSION:
        raise RunError(f"{run_dir}: written with run schema {version}, this viz reads schema "
                       f"{S.SCHEMA_VERSION}; rebuild it with viz build (embeddings are cached)")
    tables = {}
    for name in S.TABLES:
        path = run_dir / f"{name}.parquet"
        try:
            tables[name] = _from_arrow(pq.read_table(path))
        except Exception as exc:
            raise RunError(f"{path}: unreadable table: {exc}") from None
    for name in S.OPTIONAL_TABLES:
        path = run_dir / f"{name}.parquet"
        if path.is_file():
            try:
                tables[name] = _from_arrow(pq.read_table(path))
            except Exception as exc:
                raise RunError(f"{path}: unreadable table: {exc}") from None
    tables[S.MENTIONS][S.EVENT_ID] = tables[S.MENTIONS][S.EVENT_ID].astype("Int64")
    return Run(**tables, manifest=manifest, path=run_dir)


def load_reduced(run_dir: Path | str) -> np.ndarray | None:
    """The UMAP vectors the topics were clustered in, or None (a run too small to cluster)."""
    path = Path(run_dir) / S.REDUCED
    return np.load(path) if path.is_file() else None


def load_embeddings(run_dir: Path | str) -> np.ndarray:
    """The passage embeddings stored with a run (float32, one row per passage)."""
    path = Path(run_dir) / S.EMBEDDINGS
    if not path.is_file():
        raise RunError(f"{path}: missing; rebuild the run with this version of viz")
    return np.load(path).astype(np.float32)
