"""Rows of table inputs (JSONL, CSV, Parquet) as dictionaries, each with where it came from.

Nothing is dropped silently: a row that cannot be read is a problem naming its line or row; a
row read with a repair (a JSON key given twice, a CSV column name used twice, a file not in
UTF-8) comes with a warning.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .decode import decode_bytes


@dataclass
class Records:
    """``rows``: ``(number, where, record)`` (number: the line or row); None when the whole file cannot be read (``problems``
    then says why). ``problems``: ``(where, reason)`` of rows not read; ``warnings``:
    ``(where, problem, action)``."""

    rows: list[tuple[int, str, dict]] | None
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str, str]] = field(default_factory=list)


GZIP_SUFFIXES = (".jsonl.gz", ".ndjson.gz", ".csv.gz")
# a compressed input larger than this once decompressed is refused (a "zip bomb" would
# otherwise fill the memory): 8 GiB by default, VIZ_MAX_DECOMPRESSED (bytes) to change it
DEFAULT_MAX_DECOMPRESSED = 8 << 30


def table_suffix(path: Path) -> str:
    """``.jsonl``, ``.csv``, ``.parquet`` ... or, for a gzip-compressed table, ``.jsonl.gz``."""
    name = path.name.lower()
    for suffix in GZIP_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def gunzip(data: bytes, limit: int | None = None) -> bytes:
    """The decompressed bytes of a gzip file (all its members). Raises ``ValueError`` naming
    the problem: not gzip, truncated, corrupt, or larger than ``limit`` once decompressed."""
    if limit is None:
        limit = int(os.environ.get("VIZ_MAX_DECOMPRESSED", DEFAULT_MAX_DECOMPRESSED))
    out, total = [], 0
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            while chunk := f.read(1 << 22):
                total += len(chunk)
                if total > limit:
                    raise ValueError(f"decompresses to more than {limit:,} bytes (the limit; "
                                     "set VIZ_MAX_DECOMPRESSED to raise it)")
                out.append(chunk)
    except gzip.BadGzipFile as exc:
        raise ValueError(f"not a readable gzip file: {exc}") from None
    except EOFError:
        raise ValueError(f"gzip file is truncated (ends after {total:,} decompressed "
                         "bytes)") from None
    except zlib.error as exc:
        raise ValueError(f"gzip file is corrupt: {exc}") from None
    return b"".join(out)


def read_records(path: Path, data: bytes, name: str) -> Records:
    """The rows of a ``.jsonl``/``.ndjson``, ``.csv`` or ``.parquet`` file, or of a
    gzip-compressed ``.jsonl.gz``/``.ndjson.gz``/``.csv.gz``; ``name`` is how messages show
    the file."""
    suffix = table_suffix(path)
    if suffix.endswith(".gz"):
        try:
            data = gunzip(data)
        except ValueError as exc:
            return Records(None, [(name, str(exc))])
        suffix = suffix.removesuffix(".gz")
    if suffix == ".parquet":
        return _parquet(data, name)
    try:
        text, note = decode_bytes(data)
    except ValueError as exc:
        return Records(None, [(name, str(exc))])
    out = _jsonl(text, name) if suffix in (".jsonl", ".ndjson") else _csv(text, name)
    if note:
        out.warnings.insert(0, (name, note, "decoded with fallback"))
    return out


def _parquet(data: bytes, name: str) -> Records:
    try:
        import pyarrow.parquet as pq

        table = pq.read_table(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for corrupt files
        return Records(None, [(name, f"not a readable Parquet file: {exc}")])
    try:
        rows = table.to_pylist()
    except Exception as exc:  # noqa: BLE001 - a type pyarrow cannot give to Python
        return Records(None, [(name, f"Parquet values cannot be read: {exc}")])
    return Records([(i, f"{name}:row {i}", r) for i, r in enumerate(rows, start=1)])


def _no_duplicate_keys(pairs):
    out = {}
    for key, value in pairs:
        if key in out:
            out.setdefault("\0dup", []).append(key)
            continue
        out[key] = value
    return out


def _jsonl(text: str, name: str, start: int = 1) -> Records:
    """``start``: the line number of the first line of ``text`` (a part of a larger file)."""
    out = Records([])
    # split on "\n" only: U+2028, U+0085 and friends are characters inside a JSON string
    for n, line in enumerate(text.split("\n"), start=start):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{name}:line {n}"
        try:
            rec = json.loads(line, object_pairs_hook=_no_duplicate_keys)
        except json.JSONDecodeError as exc:
            out.problems.append((where, f"malformed JSON: {exc.msg} (column {exc.colno})"))
            continue
        except RecursionError:
            out.problems.append((where, "malformed JSON: nested too deeply"))
            continue
        if not isinstance(rec, dict):
            out.problems.append((where, f"line is a JSON {type(rec).__name__}, not an object"))
            continue
        dups = rec.pop("\0dup", None)
        if dups:
            out.warnings.append((where, f"key {dups[0]!r} given more than once", "first value used"))
        out.rows.append((n, where, rec))
    return out


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


class _Lines:
    """An iterator over lines that can be moved back (to re-read after an unclosed quote)."""

    def __init__(self, lines: list[str]):
        self.lines, self.i = lines, 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.i >= len(self.lines):
            raise StopIteration
        self.i += 1
        return self.lines[self.i - 1]


def _csv(text: str, name: str) -> Records:
    csv.field_size_limit(1 << 30)
    # physical lines end at "\n", "\r\n" or "\r" only (str.splitlines also breaks at U+2028)
    lines = _Lines(_LINE.findall(text))
    strict = csv.reader(lines, strict=True)
    try:
        header = next(strict)
    except StopIteration:
        return Records(None, [(name, "empty CSV file (no header row)")])
    except csv.Error as exc:
        return Records(None, [(name, f"not a readable CSV header: {exc}")])
    header = [h.strip() for h in header]
    out = Records([])
    if not any(header):
        return Records(None, [(name, "empty CSV file (no header row)")])
    seen: set[str] = set()
    for h in header:
        if h in seen:
            out.warnings.append((f"{name}:line 1", f"column name {h!r} given more than once",
                                 "first column used"))
        seen.add(h)
    while True:
        start = lines.i
        try:
            row = next(strict)
        except StopIteration:
            break
        except csv.Error as exc:
            row = None
            error = str(exc)
        where = f"{name}:line {start + 1}"
        spanned = lines.i - start
        if row is not None and len(row) == len(header):
            out.rows.append((start + 1, where, _first_wins(header, row)))
            continue
        if row is not None and not row:
            continue  # a blank line
        if spanned > 1:
            # a quote opened and never closed swallowed the lines after it: report this line
            # and read the following ones again as rows of their own
            out.problems.append((where, "malformed CSV row: a quote opened on this line is "
                                        "never closed"))
            lines.i = start + 1
            continue
        if row is None:
            loose = next(csv.reader([lines.lines[start]]), [])
            if len(loose) == len(header):
                out.rows.append((start + 1, where, _first_wins(header, loose)))
                out.warnings.append((where, f"malformed CSV quoting ({error})",
                                     "read as the csv module's lenient mode reads it"))
                continue
            out.problems.append((where, "malformed CSV row: " + (
                "a quote opened on this line is never closed"
                if "unexpected end of data" in error else error)))
            continue
        out.problems.append((where, f"malformed CSV row: {len(row)} fields, header has "
                                    f"{len(header)}"))
    return out


def _first_wins(header: list[str], row: list[str]) -> dict:
    rec: dict = {}
    for key, value in zip(header, row):
        rec.setdefault(key, value)
    return rec
