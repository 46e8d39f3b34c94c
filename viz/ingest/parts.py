"""Read a corpus in parts, each part on its own (a Dask task), with the same result as
:func:`viz.ingest.read_corpus`.

The client only plans (:func:`plan_corpus`): it checks the named paths, walks the folders, reads
the small ``metadata.csv``/``metadata.jsonl`` files and takes the size of every file; it never
reads a document. The parts (:class:`Part`) are then read where they run:

* a run of text or HTML files (several small files in one part),
* a whole table file (CSV and Parquet always: a quoted CSV field may span lines),
* a piece of a large JSONL file (plain or ``.gz``): a scan of the file (:func:`scan_jsonl`)
  cuts it at line ends and counts the lines before each cut, so every piece numbers its lines
  as the whole file does. A file that is not plain UTF-8 (or a gzip that is corrupt or too
  large) is read whole instead, as :func:`read_corpus` reads it, fallback notes and errors
  included.

What needs the whole corpus is done after, on the small results of the parts: the fingerprint
(the digest of every file, in order), the earliest plausible year (from counts of years), the
renaming of repeated doc_ids (from the ids), and, for a JSONL read in pieces, the check that
its first rows hold the text column. Every record is a document or a skipped entry with its
reason, and the skipped and warnings lists come in the order a single process gives them.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import math
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .. import schema as S
from . import (HTML_SUFFIXES, METADATA_NAMES, TABLE_SUFFIXES, TEXT_SUFFIXES, Columns,
               InputError, _Reader)
from .records import _jsonl, gunzip, table_suffix
from .values import show_name, year_counts
from .walk import file_kind, is_run_dir, link_problem, walk

SPLIT_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")  # read in pieces when large
BLOCK = 8 << 20  # bytes read at a time by a scan


@dataclass
class Local:
    """Skipped entries and warnings the plan itself found (walk, metadata, file types)."""

    skipped: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)


@dataclass
class TextFile:
    path: str
    name: str
    meta: dict
    explicit: bool
    source: str | None
    size: int


@dataclass
class Table:
    path: str
    name: str
    explicit: bool
    size: int


@dataclass
class Part:
    """One task's share of the reading: ``texts`` (text files), or a whole ``table``, or the
    piece ``[start, end)`` of a table's bytes (decompressed, for ``.gz``), whose first line is
    line ``first_line`` of the file."""

    texts: list[TextFile] | None = None
    table: Table | None = None
    start: int = 0
    end: int = 0
    first_line: int = 1


class _Collect:
    """Stands for a reader's hasher: keeps what would be hashed, for the client to hash."""

    def __init__(self):
        self.pieces: list[bytes] = []

    def update(self, data: bytes) -> None:
        self.pieces.append(bytes(data))


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the part that reads it says why it cannot


def plan_corpus(paths, *, columns: Columns | None = None) -> list:
    """The corpus as an ordered list of :class:`Local`, :class:`TextFile` and :class:`Table`.

    Raises :class:`InputError` as :func:`read_corpus` would for a named path that cannot be
    read as a whole (missing, a run directory, a FIFO, an unsupported type).
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("no input path given")
    reader = _Reader(columns or Columns())  # for read_metadata and its warnings
    plan: list = []

    def local():
        if reader.skipped or reader.warnings:
            plan.append(Local(reader.skipped, reader.warnings))
            reader.skipped, reader.warnings = [], []

    for path in paths:
        shown = show_name(str(path))
        try:
            st = path.stat()
        except OSError as exc:
            if path.is_symlink():
                raise InputError(f"{shown}: {link_problem(path, exc)}") from None
            raise InputError(f"{shown}: no such file or folder" if isinstance(
                exc, FileNotFoundError) else f"{shown}: cannot read: {exc.strerror or exc}") from None
        if stat.S_ISDIR(st.st_mode):
            if is_run_dir(path):
                raise InputError(f"{shown}: is a viz run directory (written by viz build), not "
                                 "a corpus; name the folder of documents it was built from")
            found = walk(path)
            for where, reason in found.skipped:
                reader.skip(f"{path}/{where}", reason)
            metadata = reader.folder_metadata(path, found)
            seen = set()
            for rel, file in found.files:
                if file.name.lower() in METADATA_NAMES:
                    continue
                suffix = table_suffix(file)
                if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
                    seen.add(show_name(rel))
                    local()
                    plan.append(TextFile(str(file), rel, metadata.get(show_name(rel), {}),
                                         False, path.name, _size(file)))
                elif suffix in TABLE_SUFFIXES:
                    local()
                    plan.append(Table(str(file), str(file), False, _size(file)))
                else:
                    reader.skip(str(file), f"unsupported file type {suffix or '(none)'!r}")
            for rel in sorted(set(metadata) - seen):
                reader.warn(f"{path}/metadata", f"metadata names {rel!r}, which is not a "
                            "readable document in the folder", "metadata row ignored")
            local()
            continue
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{shown}: {file_kind(st.st_mode)}; viz reads files and folders")
        suffix = table_suffix(path)
        if suffix in TABLE_SUFFIXES:
            plan.append(Table(str(path), str(path), True, st.st_size))
        elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            plan.append(TextFile(str(path), str(path), {}, True, None, st.st_size))
        else:
            raise InputError(
                f"{shown}: unsupported file type {show_name(suffix) or '(none)'!r}; viz reads "
                ".txt, .md, .html, .htm, .jsonl, .csv and .parquet (.jsonl.gz and .csv.gz "
                "compressed)"
            )
    return plan


def splittable(table: Table, part_bytes: int) -> int:
    """Into how many pieces to cut ``table`` (1: read it whole)."""
    if not table.name.lower().endswith(SPLIT_SUFFIXES) or table.size <= part_bytes:
        return 1
    return math.ceil(table.size / part_bytes)


def group_texts(plan: list, part_bytes: int) -> list:
    """The plan with each run of text files cut into parts of about ``part_bytes``."""
    out: list = []
    run: list[TextFile] = []
    size = 0
    for item in plan:
        if isinstance(item, TextFile):
            run.append(item)
            size += item.size
            if size >= part_bytes:
                out.append(Part(texts=run))
                run, size = [], 0
            continue
        if run:
            out.append(Part(texts=run))
            run, size = [], 0
        out.append(item)
    if run:
        out.append(Part(texts=run))
    return out


# --- on the workers ---------------------------------------------------------------------------

def _utf8_ok(head: bytes) -> bool:
    """Would :func:`viz.ingest.decode.decode_bytes` take this file's start as plain UTF-8?
    (The rest is checked by decoding.) No NUL bytes near the start after a UTF-8 mark."""
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    return b"\x00" not in head[:8192]


def _cuts(targets: list[int], blocks) -> tuple[list[tuple[int, int]], int]:
    """For each target offset, the first line start at or after it, with its line number,
    over the byte ``blocks`` of a file; also the number of bytes seen."""
    cuts: list[tuple[int, int]] = []
    pos = lines = 0
    targets = list(targets)
    for block in blocks:
        while targets and targets[0] < pos + len(block):
            j = block.find(b"\n", max(0, targets[0] - pos))
            if j < 0:
                break
            at = pos + j + 1
            cuts.append((at, lines + block.count(b"\n", 0, j + 1) + 1))
            while targets and targets[0] < at:
                targets.pop(0)
        lines += block.count(b"\n")
        pos += len(block)
    return cuts, pos


def scan_jsonl(path: str, name: str, pieces: int) -> dict:
    """Where to cut a large JSONL file into ``pieces`` at line ends (a worker task).

    Returns ``{"ok", "digest", "pieces": [(start, end, first_line)], "data"}``: ``ok`` False
    when the file must be read whole (not plain UTF-8, an unreadable gzip, a read error);
    ``data`` holds the decompressed pieces of a ``.gz`` (kept on the worker, each handed to
    its task), else None (each task reads its bytes from the file)."""
    digest = hashlib.sha256()
    gz = name.lower().endswith(".gz")
    try:
        if gz:
            raw = Path(path).read_bytes()
            digest.update(raw)
            try:
                data = gunzip(raw)
            except ValueError:
                return {"ok": False}
            del raw
            size = len(data)
            blocks = [data]
        else:
            size = os.stat(path).st_size
            blocks = None
    except OSError:
        return {"ok": False}
    targets = [size * k // pieces for k in range(1, pieces)]
    decoder = codecs.getincrementaldecoder("utf-8")()

    def checked(stream):
        first = True
        for block in stream:
            if first and not _utf8_ok(block[:8192 + 3]):
                raise ValueError("not plain UTF-8")
            first = False
            if not gz:
                digest.update(block)
            decoder.decode(block)  # raises on invalid UTF-8
            yield block
        decoder.decode(b"", final=True)

    def read_blocks():
        with open(path, "rb") as f:
            while block := f.read(BLOCK):
                yield block

    try:
        cuts, seen = _cuts(targets, checked(blocks if gz else read_blocks()))
    except (ValueError, OSError):  # UnicodeDecodeError is a ValueError
        return {"ok": False}
    # a short first block: the NUL check must see 8192 bytes (a file this large has them)
    starts = [(0, 1)] + [c for c in cuts if c[0] < seen]
    bounds = [(a, b, line) for (a, line), (b, _) in zip(starts, starts[1:] + [(seen, 0)])
              if b > a]
    out = {"ok": True, "digest": os.fsencode(name) + b"\0" + digest.digest(),
           "pieces": bounds, "data": None}
    if gz:
        out["data"] = [data[a:b] for a, b, _ in bounds]
    return out


def _summary(reader: _Reader, error: str | None = None, **extra) -> dict:
    n_years, early = year_counts(row[S.DATE] for row in reader.rows)
    return {"skipped": reader.skipped, "warnings": reader.warnings,
            "pieces": reader.hasher.pieces, "ids": [row[S.DOC_ID] for row in reader.rows],
            "n_years": n_years, "early": early, "error": error, **extra}


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return "this process"


def read_part(part: Part, columns: Columns, data: bytes | None = None) -> dict:
    """The documents of one part (a worker task): ``{"rows", "wheres", "summary"}``; the
    client receives only the summary (ids, counts, skipped and warnings).

    A planned file this worker does not find is not skipped as one process would skip a file
    deleted while it reads: the summary names it as ``missing``, and the build stops (the
    workers do not see the files the client sees)."""
    reader = _Reader(columns)
    reader.hasher = _Collect()
    files = [f.path for f in part.texts] if part.texts is not None else [part.table.path]
    missing = next((f for f in files if not os.path.exists(f)), None)
    if missing is not None and data is None:
        return {"rows": [], "wheres": [],
                "summary": _summary(reader, missing=(missing, _worker_name()))}
    if part.texts is not None:
        try:
            for f in part.texts:
                reader.read_text_file(Path(f.path), f.name, meta=f.meta, explicit=f.explicit,
                                      source=f.source)
        except InputError as exc:
            return {"rows": [], "wheres": [], "summary": _summary(reader, str(exc))}
        return {"rows": reader.rows, "wheres": reader.wheres, "summary": _summary(reader)}
    t = part.table
    if part.end == 0:  # the whole table
        try:
            reader.read_table(Path(t.path), t.name, explicit=t.explicit)
        except InputError as exc:
            return {"rows": [], "wheres": [], "summary": _summary(reader, str(exc))}
        return {"rows": reader.rows, "wheres": reader.wheres, "summary": _summary(reader)}
    # a piece of a JSONL file, known to be plain UTF-8
    if data is None:
        with open(t.path, "rb") as f:
            f.seek(part.start)
            data = f.read(part.end - part.start)
        if len(data) != part.end - part.start:
            raise OSError(f"{show_name(t.name)} changed while it was read (shorter than when "
                          "it was scanned)")
    if part.start == 0 and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    records = _jsonl(data.decode("utf-8"), show_name(t.name), start=part.first_line)
    del data
    text_col = columns.text
    first_text = next((i for i, (_, _, r) in enumerate(records.rows[:1000]) if text_col in r),
                      None)
    keys = [[show_name(str(k)) for k in r] for _, _, r in records.rows[:50]]
    reader.add_records(Path(t.path), records.rows)
    return {"rows": reader.rows, "wheres": reader.wheres,
            "summary": _summary(reader, rec_problems=records.problems,
                                rec_warnings=records.warnings, n_records=len(records.rows),
                                first_text=first_text, keys=keys)}


def summary_of(result: dict) -> dict:
    return result["summary"]


def rows_of(result: dict, lo: int, hi: int, earliest: int, renamed: dict[int, str]):
    """Rows ``lo:hi`` of a part as the documents table, with the corpus's date flags and
    renamed ids; and the warnings of the flags (a worker task's first step)."""
    import pandas as pd

    reader = _Reader(Columns())
    reader.rows = [dict(r) for r in result["rows"][lo:hi]]  # the part's result stays as read
    reader.wheres = result["wheres"][lo:hi]
    reader.flag_dates(earliest)
    for i, new_id in renamed.items():
        reader.rows[i][S.DOC_ID] = new_id
    return pd.DataFrame(reader.rows, columns=S.columns(S.DOCUMENTS)), reader.warnings
