"""The run directory: one Parquet file per table plus ``manifest.json``.

It is the contract between building and viewing. A run is written into a temporary sibling
folder and swapped into place only when every file is complete, so a crash never leaves a
half-written run that looks complete; ``manifest.json`` is written last. Writers hold the run's
lock (:func:`run_lock`), so builds and curation changes never overwrite each other's work;
readers that may race a writer use :func:`read_run`.
"""

from __future__ import annotations

import datetime as dt
import errno
import itertools
import json
import os
import shutil
import tempfile
import threading
import uuid
from contextlib import contextmanager
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


DATE_COLUMNS = frozenset(f.name for schema in S.SCHEMAS.values() for f in schema
                         if pa.types.is_date(f.type))


def _date_array(values: pd.Series) -> pa.Array:
    """A date column as Parquet stores it: from pandas datetimes (as :func:`load_run` gives
    them; NaT is missing) or from calendar dates (as the stages make them), or a mix."""
    if pd.api.types.is_datetime64_any_dtype(values):  # NaT in a list would become year 1
        return pa.array(values.to_numpy("datetime64[D]"), type=pa.date32(), from_pandas=True)
    return pa.array([None if v is None or v is pd.NA or v is pd.NaT or
                     (isinstance(v, float) and v != v) else
                     v.date() if isinstance(v, dt.datetime) else v for v in values.tolist()],
                    type=pa.date32())


def with_loaded_dates(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of a stage's table whose date columns hold what :func:`load_run` gives (pandas
    datetimes, NaT when missing), so new rows and a loaded run's concatenate into one type."""
    out = df.copy()
    for col in DATE_COLUMNS & set(df.columns):
        loaded = pa.table({col: _date_array(df[col])}).to_pandas()[col]
        out[col] = pd.to_datetime(loaded).to_numpy()
    return out


def _is_number(t: pa.DataType) -> bool:
    """Whether a column of this Arrow type can take a numpy number array whole. An empty table
    can carry a list column as float64 (pandas' type for no values), which must not."""
    return pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_boolean(t)


def _to_arrow(name: str, df: pd.DataFrame) -> pa.Table:
    schema = S.SCHEMAS[name]
    S.check(name, df, where="write_run")
    optional = [c for c in S.OPTIONAL_COLUMNS.get(name, ()) if c not in df.columns]
    if optional:
        df = df.assign(**{c: None for c in optional})
    arrays = []
    for f in schema:
        values = df[f.name]
        if pa.types.is_map(f.type):
            values = [list(v.items()) if isinstance(v, dict) else v for v in values]
        elif pa.types.is_date(f.type):
            arrays.append(_date_array(values))
            continue
        elif values.dtype.kind in "biuf" and _is_number(f.type):  # NaN is missing, as below
            arrays.append(pa.array(values.to_numpy(), type=f.type, from_pandas=True))
            continue
        else:
            values = [None if (v is pd.NA or (isinstance(v, float) and v != v)) else v
                      for v in values.tolist()]
        arrays.append(pa.array(values, type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


# ---------------------------------------------------------------------------------------------
# Writing and publishing. Every writer of a run (a build, each curation change) holds the run's
# lock (``.RUN.lock`` beside the run, an ``flock`` across processes plus a lock across the
# threads of one process), writes a complete new run into a uniquely named temporary sibling
# folder and publishes it with one atomic exchange of the two folders, so a reader always finds
# either the old complete run or the new one at the run's path.

PUBLISH_ID = "publish_id"  # manifest key: a fresh id each time a run is published

_TEMP_KINDS = (".tmp-", ".old-", "-cur.tmp-")


@dataclass
class _Held:
    rlock: threading.RLock = field(default_factory=threading.RLock)
    depth: int = 0
    fd: int | None = None


_HELD: dict[str, _Held] = {}
_HELD_GUARD = threading.Lock()


def lock_path(run_dir: Path | str) -> Path:
    """The lock file of a run: ``.NAME.lock`` in the run's parent folder (it outlives swaps);
    a run reached through a symbolic link has the lock of the folder it leads to."""
    run_dir = Path(os.path.realpath(run_dir))
    return run_dir.parent / f".{run_dir.name}.lock"


@contextmanager
def run_lock(run_dir: Path | str):
    """Hold the run's write lock: one writer at a time across threads and processes.

    Re-entrant in one thread (a curation holding it may call :func:`write_run`). A writer
    killed while holding it releases it with its process (the kernel drops an ``flock``).
    """
    path = lock_path(run_dir)
    key = str(path)
    with _HELD_GUARD:
        held = _HELD.setdefault(key, _Held())
    with held.rlock:
        if held.depth == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
            held.fd = _lock_file(path)
        held.depth += 1
        try:
            yield path
        finally:
            held.depth -= 1
            if held.depth == 0:
                fd, held.fd = held.fd, None
                _unlock_file(fd)


def _lock_file(path: Path):
    try:
        import fcntl
    except ImportError:  # not POSIX: filelock does the same with the platform's own lock
        from filelock import FileLock

        lock = FileLock(str(path), thread_local=False)
        lock.acquire()
        return lock
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _unlock_file(fd) -> None:
    if fd is None:
        return
    if not isinstance(fd, int):
        fd.release()
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def is_locked(run_dir: Path | str) -> bool:
    """True while some thread or process holds the run's write lock."""
    path = lock_path(run_dir)
    held = _HELD.get(str(path))
    if held is not None and held.depth > 0:
        return True
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops the probe's lock, if it got one
    return False


def stale_temporaries(run_dir: Path | str) -> list[Path]:
    """Temporary folders of this run left beside it (``.RUN.tmp-*``, ``.RUN.old-*``,
    ``.RUN-cur.tmp-*``): while nobody holds the lock, these are leftovers of killed writers."""
    run_dir = Path(os.path.realpath(run_dir))
    if not run_dir.parent.is_dir():
        return []
    prefixes = tuple(f".{run_dir.name}{kind}" for kind in _TEMP_KINDS)
    return sorted(p for p in run_dir.parent.iterdir()
                  if p.name.startswith(prefixes) and p.is_dir() and not p.is_symlink())


def clean_stale(run_dir: Path | str) -> list[str]:
    """Remove the leftovers of killed writers of this run; returns their names.

    Takes the run's lock first, so a live writer's temporary folder is never touched (every
    writer creates its folder while holding the lock).
    """
    with run_lock(run_dir):
        removed = []
        for path in stale_temporaries(run_dir):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
        return removed


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_renameat2 = None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False when the
    system or file system cannot, so the caller falls back to two renames."""
    global _renameat2
    if _renameat2 is None:
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            fn = libc.renameat2
            fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                           ctypes.c_uint]
            fn.restype = ctypes.c_int
            _renameat2 = fn
        except (OSError, AttributeError):
            _renameat2 = False
    if not _renameat2 or os.environ.get("VIZ_NO_RENAME_EXCHANGE"):
        return False
    import ctypes

    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _publish(tmp: Path, run_dir: Path) -> None:
    """Put the complete folder ``tmp`` at ``run_dir``; the old run, if any, is removed after."""
    _crash_point("publish")
    if not run_dir.exists():
        tmp.rename(run_dir)
        return
    if _exchange(tmp, run_dir):
        _crash_point("published")  # the new run is in place, the old one not yet removed
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the old run
        return
    # two renames: a reader may find no run for an instant (read_run retries), never half of one
    old = run_dir.with_name(f".{run_dir.name}.old-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    run_dir.rename(old)
    try:
        tmp.rename(run_dir)
    except BaseException:
        old.rename(run_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _crash_point(name: str) -> None:
    """Test hook: ``VIZ_CRASH_AT=NAME`` kills this process with SIGKILL at that point."""
    if os.environ.get("VIZ_CRASH_AT") == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


DEFAULT_PART_ROWS = 2_000_000


def _write_npy(path: Path, shape: tuple, dtype, blocks) -> None:
    """An ``.npy`` file of ``shape`` and ``dtype`` (the same bytes as ``np.save``) written from
    ``blocks`` of rows in turn: no converted copy of the whole matrix, and plain file writes
    rather than a memory map, whose written pages counted in the process's memory (1 GB for a
    million passages' vectors)."""
    from numpy.lib import format as npf

    dtype = np.dtype(dtype)
    with open(path, "wb") as fh:
        npf.write_array_header_1_0(fh, {"descr": npf.dtype_to_descr(dtype),
                                        "fortran_order": False, "shape": tuple(shape)})
        _write_blocks(fh, blocks, dtype)


def _write_blocks(fh, blocks, dtype) -> None:
    """Rows of an ``.npy`` matrix after its header, in ``dtype``, a block at a time."""
    for block in blocks:
        fh.write(np.ascontiguousarray(block, dtype=dtype).tobytes())


BLOCK_ROWS = 65_536


def _blocks(matrix):
    return (matrix[i:i + BLOCK_ROWS] for i in range(0, len(matrix), BLOCK_ROWS))


def _save_float16(path: Path, matrix) -> None:
    """``np.save`` of ``matrix`` as float16, converted a block of rows at a time (a million
    passages' vectors are 1 GB in float16: no whole converted copy beside the original)."""
    matrix = np.asarray(matrix)
    _write_npy(path, matrix.shape, np.float16, _blocks(matrix))


def _carry(src: Path, dst: Path, *, linkable: bool) -> None:
    """A file of the old run into the new one: a hard link when nothing will write to it (a
    published run's files are never changed in place, so both runs may share it), else a
    copy (a file the new run appends to must not change the old run's)."""
    if linkable:
        try:
            os.link(src, dst)
            return
        except OSError:
            pass  # another file system, or links not allowed: copy
    shutil.copy2(src, dst)


def _npy_header(path: Path) -> tuple[tuple, np.dtype, int, tuple]:
    """Shape, dtype, data offset and format version of a C-order ``.npy`` matrix file."""
    from numpy.lib import format as npf

    with open(path, "rb") as fh:
        version = npf.read_magic(fh)
        reader = npf.read_array_header_1_0 if version == (1, 0) else npf.read_array_header_2_0
        shape, fortran, dtype = reader(fh)
        offset = fh.tell()
    if fortran or len(shape) != 2:
        raise RunError(f"{path}: not a C-order matrix")
    return shape, dtype, offset, version


def _grow_npy(src: Path, dst: Path, rows: np.ndarray) -> None:
    """``dst``: the matrix in ``src`` with ``rows`` below it, in ``src``'s dtype, written by
    copying ``src`` and appending (the old rows are neither read nor converted again). The
    same array as saving the stacked matrix; the header is rewritten in its own padding (NumPy
    leaves room for a longer first axis), else the whole file is written anew."""
    shape, dtype, offset, version = _npy_header(src)
    rows = np.asarray(rows)
    if rows.ndim != 2 or rows.shape[1] != shape[1]:
        raise ValueError(f"{src.name}: rows of width {shape[1]} expected, got {rows.shape}")
    if src.stat().st_size != offset + shape[0] * shape[1] * dtype.itemsize:
        raise RunError(f"{src}: truncated or overlong")
    total = (shape[0] + len(rows), shape[1])
    header = repr({"descr": dtype.str, "fortran_order": False, "shape": total})
    room = offset - 10  # magic (6), version (2), header length (2) in format 1.0
    fits = version == (1, 0) and len(header) + 1 <= room
    if not fits:  # rare: the whole file written anew, a block at a time
        old = np.load(src, mmap_mode="r")
        _write_npy(dst, total, dtype, itertools.chain(_blocks(old), _blocks(rows)))
        del old
        return
    shutil.copyfile(src, dst)
    with open(dst, "r+b") as fh:
        fh.seek(10)
        fh.write((header + " " * (room - len(header) - 1) + "\n").encode("latin1"))
        fh.seek(0, os.SEEK_END)
        _write_blocks(fh, _blocks(rows), dtype)


def write_run(run_dir: Path | str, tables: dict[str, pd.DataFrame], manifest: dict, *,
              embeddings: np.ndarray | None = None, reduced: np.ndarray | None = None,
              keep: tuple[str, ...] = (), append: dict[str, str] | None = None,
              grow: dict[str, np.ndarray] | None = None,
              part_rows: int | None = None) -> Path:
    """Write all tables and the manifest atomically to ``run_dir`` (replacing an old run).

    ``embeddings`` (one row per passage, in ``passage_id`` order) are stored as float16 in
    ``embeddings.npy`` so topics can be curated without the embedder; ``reduced`` (the UMAP
    vectors, same rows) in ``reduced.npy``, so topics can be re-cut; files named in ``keep``
    are carried over from the old run (the curation log, say), and ``append`` maps a file name
    to text added at its end in the new run (a curation log line), in the same atomic swap.
    ``grow`` maps a matrix file of the old run (``embeddings.npy``, ``reduced.npy``) to rows
    added below its rows in the new run (``viz build --update``): the old file is copied, not
    read and written again, and the new run's file equals saving the stacked matrix.

    A table of more than ``part_rows`` rows (default: ``VIZ_PART_ROWS`` in the environment,
    else 2,000,000) is written as a directory of Parquet parts of at most that many rows,
    ``NAME.parquet/part-00000.parquet``..., same schema; the manifest lists such tables under
    ``partitioned``, and ``load_run`` reads either form.

    The write holds the run's lock; leftovers of killed writers are removed first.
    """
    if part_rows is None:
        part_rows = int(os.environ.get("VIZ_PART_ROWS", DEFAULT_PART_ROWS))
    part_rows = max(1, part_rows)
    run_dir = Path(run_dir).resolve()
    run_dir.parent.mkdir(parents=True, exist_ok=True)
    with run_lock(run_dir):
        if run_dir.exists() and not (run_dir / S.MANIFEST).exists() and any(run_dir.iterdir()):
            raise RunError(f"{run_dir}: exists, is not empty and is not a viz run; "
                           "refusing to replace it")
        clean_stale(run_dir)
        tmp = Path(tempfile.mkdtemp(prefix=f".{run_dir.name}.tmp-{os.getpid()}-",
                                    dir=run_dir.parent))
        try:
            # an empty optional table is not written: load_run gives it back the same, empty
            written = [*S.TABLES, *(t for t in S.OPTIONAL_TABLES
                                    if tables.get(t) is not None and len(tables[t]))]
            partitioned = []
            for i, name in enumerate(written):
                table = _to_arrow(name, tables[name])
                if table.num_rows > part_rows:
                    partitioned.append(name)
                    (tmp / f"{name}.parquet").mkdir()
                    for k, start in enumerate(range(0, table.num_rows, part_rows)):
                        pq.write_table(table.slice(start, part_rows),
                                       tmp / f"{name}.parquet" / f"part-{k:05d}.parquet")
                else:
                    pq.write_table(table, tmp / f"{name}.parquet")
                del table  # before the next is made: at a million passages, hundreds of MB
                if i == 0:
                    _crash_point("write-tables")
            if embeddings is not None:
                _save_float16(tmp / S.EMBEDDINGS, embeddings)
            if reduced is not None:
                np.save(tmp / S.REDUCED, np.asarray(reduced, dtype=np.float32))
            for name, rows in (grow or {}).items():
                if not (run_dir / name).is_file():
                    raise RunError(f"{run_dir / name}: missing, so rows cannot be added to it")
                _grow_npy(run_dir / name, tmp / name, rows)
                _crash_point(f"grow-{name}")
            for name in keep:
                if (run_dir / name).is_file():
                    _carry(run_dir / name, tmp / name, linkable=name not in (append or {}))
            for name, text in (append or {}).items():
                with open(tmp / name, "a", encoding="utf-8") as fh:
                    fh.write(text)
            manifest = {**manifest, "schema_version": S.SCHEMA_VERSION,
                        "tables": written, "partitioned": partitioned, PUBLISH_ID: uuid.uuid4().hex}
            _crash_point("write-manifest")
            with open(tmp / S.MANIFEST, "w", encoding="utf-8") as fh:
                json.dump(manifest, fh, indent=2, ensure_ascii=False, default=str)
                fh.flush()
                os.fsync(fh.fileno())
            _publish(tmp, run_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return run_dir


def _manifest_id(run_dir: Path) -> str | None:
    try:
        return json.loads((run_dir / S.MANIFEST).read_text(encoding="utf-8")).get(PUBLISH_ID)
    except (OSError, ValueError, AttributeError):
        return None


def read_run(run_dir: Path | str, *, attempts: int = 50) -> "Run":
    """:func:`load_run`, made safe against a writer publishing while it reads: every table
    comes from the same published run (the manifest's publish id is the same before and
    after the read), retried while a writer is at work. For readers that do not hold the lock
    (the dashboard, a second process)."""
    import time

    run_dir = Path(run_dir)
    for attempt in range(attempts):
        before = _manifest_id(run_dir)
        try:
            run = load_run(run_dir)
        except RunError:
            if attempt == attempts - 1 or not is_locked(run_dir):
                raise
        else:
            if run.manifest.get(PUBLISH_ID) == before == _manifest_id(run_dir):
                return run
        time.sleep(0.02 * (attempt + 1) if attempt < 10 else 0.2)
    return load_run(run_dir)


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


def _column_names(path: Path) -> list[str]:
    """The columns of a stored table (a file, or a directory of parts: its first part)."""
    if path.is_dir():
        parts = sorted(path.glob("*.parquet"))
        path = parts[0] if parts else path
    return pq.read_schema(path).names


def load_manifest(run_dir: Path | str) -> dict:
    """The manifest of a complete run of this schema, and nothing else of it read."""
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
    return manifest


def load_run(run_dir: Path | str, *, document_text: bool = True) -> Run:
    """Read a run directory. Dates come back as pandas datetimes (NaT when missing). The tables
    are what :func:`write_run` takes: written back unchanged, they load the same, dtypes too
    (an optional table the run lacks comes back empty, with its columns' types).

    A table is ``NAME.parquet``: one file, or a directory of Parquet parts with the same
    schema (``NAME.parquet/part-00000.parquet``...), read as one table in part order.

    ``document_text=False`` leaves out the documents' whole text (the dashboard shows passages;
    at a million passages that column is half of what a run holds). Such a run cannot be
    written back: ``write_run`` refuses a documents table without its text.
    """
    run_dir = Path(run_dir)
    manifest = load_manifest(run_dir)
    tables = {}
    for name in S.TABLES:
        path = run_dir / f"{name}.parquet"
        try:
            columns = None
            if name == S.DOCUMENTS and not document_text:
                columns = [c for c in _column_names(path) if c != S.TEXT]
            tables[name] = _from_arrow(pq.read_table(path, columns=columns))
        except Exception as exc:
            raise RunError(f"{path}: unreadable table: {exc}") from None
    for name in S.OPTIONAL_TABLES:
        path = run_dir / f"{name}.parquet"
        if path.exists():  # a file, or a directory of Parquet parts (read as one dataset)
            try:
                tables[name] = _from_arrow(pq.read_table(path))
            except Exception as exc:
                raise RunError(f"{path}: unreadable table: {exc}") from None
        else:  # empty, typed as if read: written back, it reads back the same
            tables[name] = _from_arrow(S.SCHEMAS[name].empty_table())
    tables[S.MENTIONS][S.EVENT_ID] = tables[S.MENTIONS][S.EVENT_ID].astype("Int64")
    return Run(**tables, manifest=manifest, path=run_dir)


def load_reduced(run_dir: Path | str, *, mmap: bool = False) -> np.ndarray | None:
    """The UMAP vectors the topics were clustered in, or None (a run too small to cluster);
    ``mmap``: memory-mapped, nothing read until rows are taken."""
    path = Path(run_dir) / S.REDUCED
    return np.load(path, mmap_mode="r" if mmap else None) if path.is_file() else None


def load_embeddings(run_dir: Path | str, *, mmap: bool = False) -> np.ndarray:
    """The passage embeddings stored with a run (float32, one row per passage); ``mmap``: as
    stored (float16), memory-mapped, nothing read until rows are taken."""
    path = Path(run_dir) / S.EMBEDDINGS
    if not path.is_file():
        raise RunError(f"{path}: missing; rebuild the run with this version of viz")
    if mmap:
        return np.load(path, mmap_mode="r")
    return np.load(path).astype(np.float32)
