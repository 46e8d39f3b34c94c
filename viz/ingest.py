"""Read corpus paths into the ``documents`` table, losing nothing.

Every input document ends up either as a row of the table or as an entry of ``skipped`` with
its reason; fields that cannot be read (an unparseable date, say) are left empty and listed in
``warnings``. An explicitly named path that cannot be read at all raises :class:`InputError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import schema as S

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".parquet"}
METADATA_NAMES = {"metadata.csv", "metadata.jsonl"}
METADATA_FIELDS = (S.DATE, S.TITLE, S.SOURCE, S.URL, S.LANG)


class InputError(Exception):
    """A whole input cannot be read. The message names the file and the problem."""


@dataclass(frozen=True)
class Columns:
    """Which column of a table input holds which field (``--text-col`` and friends)."""

    text: str = "text"
    date: str = "date"
    title: str = "title"
    id: str = "id"
    lang: str = "lang"
    source: str = "source"
    url: str = "url"


@dataclass
class IngestResult:
    documents: pd.DataFrame
    skipped: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    fingerprint: str = ""
    n_inputs: int = 0


# --- dates -----------------------------------------------------------------------------------
_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.+\-Z]*)?\s*$")


def parse_date(value) -> tuple[dt.date | None, str | None]:
    """Parse a publication date: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (time ignored).

    Returns ``(date, precision)``; a year or month is stored as its first day with its
    precision. Raises ``ValueError`` for text that is not such a date; ``(None, None)`` for empty.
    """
    if value is None or (isinstance(value, float) and value != value):
        return None, None
    if isinstance(value, pd.Timestamp):
        return value.date(), "day"
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if isinstance(value, int) and 1000 <= value <= 2999:
        return dt.date(value, 1, 1), "year"
    text = str(value).strip()
    if not text:
        return None, None
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(f"unparseable date {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(int(year), int(month), int(day)), "day"
        if month:
            return dt.date(int(year), int(month), 1), "month"
        return dt.date(int(year), 1, 1), "year"
    except ValueError as exc:
        raise ValueError(f"invalid date {text!r}: {exc}") from None


# --- decoding --------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes. Returns ``(text, note)``: note is None for UTF-8, else what was used.

    Raises ``ValueError`` for binary content.
    """
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return data.decode("latin-1"), "not UTF-8; decoded as latin-1"
    return str(best), f"not UTF-8; decoded as {best.encoding}"


# --- HTML ------------------------------------------------------------------------------------
_BLOCK_CLOSE = re.compile(
    r"(</(?:p|div|h[1-6]|li|tr|section|article|blockquote|pre|header|footer|table|ul|ol|dd|dt|figcaption)\s*>|<br\s*/?>)",
    re.IGNORECASE,
)


def html_to_text(html: str) -> tuple[str, str]:
    """Visible text of an HTML page, one block per paragraph, and its ``<title>``."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(_BLOCK_CLOSE.sub(r"\1\n\n", html))
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    for tag in ("script", "style", "noscript", "template", "svg", "head", "iframe", "object"):
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    raw = root.text(deep=True, separator="", strip=False) if root else ""
    blocks = []
    for block in re.split(r"\n\s*\n", raw):
        line = re.sub(r"\s+", " ", block).strip()
        if line:
            blocks.append(line)
    return "\n\n".join(blocks), title


# --- the reader ------------------------------------------------------------------------------
class _Reader:
    def __init__(self, columns: Columns):
        self.columns = columns
        self.rows: list[dict] = []
        self.skipped: list[dict] = []
        self.warnings: list[dict] = []
        self.hasher = hashlib.sha256()
        self.n_inputs = 0

    # bookkeeping
    def skip(self, where: str, reason: str) -> None:
        self.skipped.append({"input": where, "reason": reason})

    def warn(self, where: str, problem: str, action: str) -> None:
        self.warnings.append({"input": where, "problem": problem, "action": action})

    def add(self, *, doc_id, path_or_row, text, title=None, date=None, lang=None, source=None, url=None):
        where = path_or_row
        if text is None or (isinstance(text, float) and text != text) or not str(text).strip():
            self.skip(where, "empty text")
            return
        day, precision = None, None
        try:
            day, precision = parse_date(date)
        except ValueError as exc:
            self.warn(where, str(exc), "date left empty")
        self.rows.append(
            {
                S.DOC_ID: str(doc_id),
                S.PATH_OR_ROW: path_or_row,
                S.TITLE: _clean(title),
                S.DATE: day,
                S.DATE_PRECISION: precision,
                S.LANG: _clean(lang),
                S.SOURCE: _clean(source),
                S.URL: _clean(url),
                S.TEXT: str(text).replace("\r\n", "\n").replace("\r", "\n"),
            }
        )

    # inputs
    def read_path(self, path: Path, *, explicit: bool) -> None:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            self.read_folder(path)
            return
        suffix = path.suffix.lower()
        if suffix in TABLE_SUFFIXES:
            self.read_table(path, explicit=explicit)
        elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            self.read_text_file(path, display=str(path), meta={}, explicit=explicit)
        elif explicit:
            raise InputError(
                f"{path}: unsupported file type {suffix or '(none)'!r}; viz reads .txt, .md, "
                ".html, .htm, .jsonl, .csv and .parquet"
            )
        else:
            self.skip(str(path), f"unsupported file type {suffix or '(none)'!r}")

    def read_folder(self, folder: Path) -> None:
        files = sorted(p for p in folder.rglob("*") if p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(folder).parts))
        # A metadata file describes the files of its own folder (and below it).
        metadata: dict[str, dict] = {}
        for sub in sorted({p.parent for p in files if p.name.lower() in METADATA_NAMES}):
            prefix = sub.relative_to(folder).as_posix()
            for rel, meta in self.read_metadata(sub).items():
                metadata[rel if prefix == "." else f"{prefix}/{rel}"] = meta
        seen = set()
        for path in files:
            rel = path.relative_to(folder).as_posix()
            if path.name.lower() in METADATA_NAMES:
                continue
            suffix = path.suffix.lower()
            if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
                seen.add(rel)
                self.read_text_file(path, display=rel, meta=metadata.get(rel, {}), explicit=False,
                                    folder=folder)
            elif suffix in TABLE_SUFFIXES:
                self.read_table(path, explicit=False)
            else:
                self.skip(str(path), f"unsupported file type {suffix or '(none)'!r}")
        for rel in sorted(set(metadata) - seen):
            self.warn(f"{folder}/metadata", f"metadata names {rel!r}, which is not a readable "
                      "document in the folder", "metadata row ignored")

    def read_metadata(self, folder: Path) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for name in sorted(METADATA_NAMES):
            path = folder / name
            if not path.is_file():
                continue
            records, problems = _read_records(path)
            for where, problem in problems:
                self.warn(where, problem, "metadata row ignored")
            if records is None:
                continue
            for i, rec in records:
                rel = rec.get("file")
                if not rel:
                    self.warn(f"{path}:{i}", "metadata row has no 'file'", "metadata row ignored")
                    continue
                out[str(rel).strip().lstrip("./")] = {k: rec.get(k) for k in METADATA_FIELDS + ("id",)
                                                      if rec.get(k) not in (None, "")}
        return out

    def read_text_file(self, path: Path, *, display: str, meta: dict, explicit: bool, folder=None):
        self.n_inputs += 1
        try:
            data = path.read_bytes()
        except OSError as exc:
            if explicit:
                raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
            self.skip(display, f"cannot read: {exc.strerror or exc}")
            return
        self.hasher.update(display.encode() + b"\0" + hashlib.sha256(data).digest())
        try:
            text, note = decode_bytes(data)
        except ValueError as exc:
            if explicit:
                raise InputError(f"{path}: {exc}") from None
            self.skip(display, str(exc))
            return
        if note:
            self.warn(display, note, "decoded with fallback")
        title = None
        if path.suffix.lower() in HTML_SUFFIXES:
            text, title = html_to_text(text)
        else:
            first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
            if 0 < len(first) <= 120 and not first.endswith((".", ":", ";", ",")):
                title = first
        self.add(
            doc_id=meta.get("id") or display,
            path_or_row=display,
            text=text,
            title=meta.get(S.TITLE) or title or path.stem,
            date=meta.get(S.DATE),
            lang=meta.get(S.LANG),
            source=meta.get(S.SOURCE) or (folder.name if folder else None),
            url=meta.get(S.URL),
        )

    def read_table(self, path: Path, *, explicit: bool) -> None:
        c = self.columns
        try:
            data = path.read_bytes()
        except OSError as exc:
            if explicit:
                raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
            self.skip(str(path), f"cannot read: {exc.strerror or exc}")
            return
        self.hasher.update(str(path).encode() + b"\0" + hashlib.sha256(data).digest())
        records, problems = _read_records(path, data)
        for where, problem in problems:
            self.n_inputs += 1
            self.skip(where, problem)
        if records is None:
            reason = problems[-1][1] if problems else "unreadable"
            if explicit:
                raise InputError(f"{path}: {reason}")
            return
        if records and not any(c.text in r for _, r in records[:1000]):
            found = sorted({k for _, r in records[:50] for k in r})
            msg = (f"no text column {c.text!r} (columns: {', '.join(found)}); "
                   "choose one with --text-col")
            self.n_inputs += len(records)
            if explicit:
                raise InputError(f"{path}: {msg}")
            self.skip(str(path), msg)
            return
        unit = "row" if path.suffix.lower() in (".csv", ".parquet") else "line"
        for number, rec in records:
            self.n_inputs += 1
            where = f"{path}:{unit} {number}"
            given_id = rec.get(c.id)
            self.add(
                doc_id=given_id if given_id not in (None, "") else f"{path.stem}:{number}",
                path_or_row=where,
                text=rec.get(c.text),
                title=rec.get(c.title),
                date=rec.get(c.date),
                lang=rec.get(c.lang),
                source=rec.get(c.source) or path.stem,
                url=rec.get(c.url),
            )


def _clean(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def _read_records(path: Path, data: bytes | None = None
                  ) -> tuple[list[tuple[int, dict]] | None, list[tuple[str, str]]]:
    """Rows of a JSONL, CSV or Parquet file as ``(line or row number, dict)``, and
    ``(where, problem)`` for bad rows.

    ``None`` rows means the whole file could not be read (the last problem says why).
    """
    suffix = path.suffix.lower()
    problems: list[tuple[str, str]] = []
    if suffix == ".parquet":
        try:
            import pyarrow.parquet as pq

            table = pq.read_table(io.BytesIO(data) if data is not None else path)
        except Exception as exc:  # pyarrow raises several types for corrupt files
            return None, [(str(path), f"not a readable Parquet file: {exc}")]
        return list(enumerate(table.to_pylist(), start=1)), problems
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            return None, [(str(path), f"cannot read: {exc.strerror or exc}")]
    try:
        text, _note = decode_bytes(data)
    except ValueError as exc:
        return None, [(str(path), str(exc))]
    if suffix in (".jsonl", ".ndjson"):
        records = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append((f"{path}:line {n}", f"malformed JSON: {exc.msg}"))
                continue
            if not isinstance(rec, dict):
                problems.append((f"{path}:line {n}", "line is not a JSON object"))
                continue
            records.append((n, rec))
        return records, problems
    # CSV
    csv.field_size_limit(1 << 30)
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
    except csv.Error as exc:
        return None, [(str(path), f"not a readable CSV file: {exc}")]
    if not header:
        return None, [(str(path), "empty CSV file (no header row)")]
    header = [h.strip() for h in header]
    records = []
    row_no = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row_no += 1
            problems.append((f"{path}:row {row_no}", f"malformed CSV row: {exc}"))
            continue
        row_no += 1
        if not row:
            continue
        if len(row) != len(header):
            problems.append((f"{path}:row {row_no}",
                             f"malformed CSV row: {len(row)} fields, header has {len(header)}"))
            continue
        records.append((row_no, dict(zip(header, row))))
    return records, problems


def read_corpus(paths, *, columns: Columns | None = None) -> IngestResult:
    """Read files and folders into the documents table (see :mod:`viz.schema`)."""
    reader = _Reader(columns or Columns())
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("no input path given")
    for path in paths:
        reader.read_path(path, explicit=True)
    docs = pd.DataFrame(reader.rows, columns=S.columns(S.DOCUMENTS))
    # doc_id must be unique: keep the user's ids, disambiguate repeats and say so.
    dup = docs[S.DOC_ID].duplicated(keep="first")
    if dup.any():
        counts: dict[str, int] = {}
        new_ids = []
        for doc_id, is_dup in zip(docs[S.DOC_ID], dup):
            if is_dup:
                counts[doc_id] = counts.get(doc_id, 1) + 1
                new_id = f"{doc_id}#{counts[doc_id]}"
                reader.warn(doc_id, f"duplicate doc_id {doc_id!r}", f"renamed to {new_id!r}")
                new_ids.append(new_id)
            else:
                new_ids.append(doc_id)
        docs[S.DOC_ID] = new_ids
    if docs.empty:
        detail = "; ".join(f"{s['input']}: {s['reason']}" for s in reader.skipped[:5])
        raise InputError(
            f"no readable document in {', '.join(map(str, paths))}"
            + (f" ({len(reader.skipped)} skipped: {detail})" if detail else "")
        )
    return IngestResult(
        documents=docs,
        skipped=reader.skipped,
        warnings=reader.warnings,
        fingerprint=reader.hasher.hexdigest(),
        n_inputs=reader.n_inputs,
    )
