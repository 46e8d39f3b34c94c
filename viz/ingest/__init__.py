"""Read corpus paths into the ``documents`` table, losing nothing.

Every input document ends up either as a row of the table or as an entry of ``skipped`` with
its reason naming the file (and line or row); a value that had to be changed to be stored (a
list joined, bytes decoded, a file in UTF-16) or that looks wrong (a date in year 9999) is kept
and listed in ``warnings``. An explicitly named path that cannot be read at all raises
:class:`InputError`.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import schema as S
from .decode import decode_bytes
from .html import html_to_text
from .records import GZIP_SUFFIXES, read_records, table_suffix
from .values import (as_text, fix_surrogates, implausible_date, parse_date,
                     plausible_earliest, show_name)
from .walk import file_kind, is_run_dir, link_problem, walk

__all__ = ["Columns", "IngestResult", "InputError", "decode_bytes", "html_to_text",
           "parse_date", "read_corpus"]

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".parquet", *GZIP_SUFFIXES}
METADATA_NAMES = ("metadata.csv", "metadata.jsonl")  # read in this order; the later one wins
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


class _Reader:
    def __init__(self, columns: Columns):
        self.columns = columns
        self.rows: list[dict] = []
        self.skipped: list[dict] = []
        self.warnings: list[dict] = []
        self.wheres: list[str] = []  # where each row came from, for messages
        self.hasher = hashlib.sha256()

    # bookkeeping: every input ends as exactly one row or one skipped entry
    def skip(self, where: str, reason: str) -> None:
        self.skipped.append({"input": show_name(where), "reason": show_name(reason)})

    def warn(self, where: str, problem: str, action: str) -> None:
        self.warnings.append({"input": show_name(where), "problem": show_name(problem),
                              "action": action})

    def _field(self, where: str, name: str, value, joiner: str = ", ") -> str | None:
        try:
            text, problem, action = as_text(value, joiner=joiner)
        except ValueError as exc:
            self.warn(where, f"{name} {exc}", "left empty")
            return None
        if problem and not (name == "id" and isinstance(value, int)):
            self.warn(where, f"{name} {problem}", action)
        text = text.strip() if text is not None else None
        return text or None

    def add(self, *, doc_id, path_or_row, text, title=None, date=None, lang=None, source=None,
            url=None, full_name: str | None = None):
        """One document; ``full_name`` names it in a skipped entry (default ``path_or_row``)."""
        where = path_or_row
        try:
            body, problem, action = as_text(text, joiner="\n\n")
        except ValueError as exc:
            self.skip(full_name or where, f"text {exc}")
            return
        if body is None or not body.strip():
            self.skip(full_name or where, "empty text")
            return
        if problem:
            self.warn(where, f"text {problem}", action)
        day, precision = None, None
        try:
            day, precision = parse_date(date)
        except ValueError as exc:
            self.warn(where, str(exc), "date left empty")
        self.wheres.append(where)  # implausible dates are flagged once all are read
        self.rows.append(
            {
                S.DOC_ID: self._field(where, "id", doc_id) or show_name(where),
                S.PATH_OR_ROW: show_name(path_or_row),
                S.TITLE: self._field(where, "title", title),
                S.DATE: day,
                S.DATE_PRECISION: precision,
                S.LANG: self._field(where, "lang", lang),
                S.SOURCE: self._field(where, "source", source),
                S.URL: self._field(where, "url", url),
                S.TEXT: body.replace("\r\n", "\n").replace("\r", "\n"),
                S.DATE_FLAG: None,
            }
        )

    def flag_dates(self, earliest: int | None = None) -> None:
        """Leave absurd publication dates (year 9999, 0001, 2300 in a modern corpus) out of
        the ``date`` column, so no chart axis is broken or squashed by them; each is kept in
        ``date_flag`` with the reason, and warned about naming its document. ``earliest``:
        the corpus's earliest plausible year when these rows are only a part of it."""
        if earliest is None:
            earliest = plausible_earliest(row[S.DATE] for row in self.rows)
        for row, where in zip(self.rows, self.wheres):
            day = row[S.DATE]
            if day is None or not (why := implausible_date(day, earliest=earliest)):
                continue
            self.warn(where, why, "date left out of the timeline (kept in date_flag)")
            row[S.DATE_FLAG] = f"{why} (given as {day.isoformat()}, precision {row[S.DATE_PRECISION]})"
            row[S.DATE], row[S.DATE_PRECISION] = None, None

    # inputs
    def read_path(self, path: Path) -> None:
        """A path named by the user: a problem with it as a whole is an error."""
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
            self.read_folder(path)
            return
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{shown}: {file_kind(st.st_mode)}; viz reads files and folders")
        suffix = table_suffix(path)
        if suffix in TABLE_SUFFIXES:
            self.read_table(path, str(path), explicit=True)
        elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            self.read_text_file(path, str(path), meta={}, explicit=True)
        else:
            raise InputError(
                f"{shown}: unsupported file type {show_name(suffix) or '(none)'!r}; viz reads "
                ".txt, .md, .html, .htm, .jsonl, .csv and .parquet (.jsonl.gz and .csv.gz "
                "compressed)"
            )

    def folder_metadata(self, folder: Path, found) -> dict[str, dict]:
        """The metadata files of a walked folder, by the path of the file each row describes:
        a metadata file describes the files of its own folder (and below it)."""
        metadata: dict[str, dict] = {}
        for sub in sorted({rel.rpartition("/")[0] for rel, _ in found.files
                           if rel.rpartition("/")[2].lower() in METADATA_NAMES}):
            prefix = f"{sub}/" if sub else ""
            for rel, meta in self.read_metadata(folder / sub if sub else folder).items():
                metadata[prefix + rel] = meta
        return metadata

    def read_folder(self, folder: Path) -> None:
        found = walk(folder)
        for where, reason in found.skipped:
            self.skip(f"{folder}/{where}", reason)
        metadata = self.folder_metadata(folder, found)
        seen = set()
        for rel, path in found.files:
            if path.name.lower() in METADATA_NAMES:
                continue
            suffix = table_suffix(path)
            if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
                seen.add(show_name(rel))
                self.read_text_file(path, rel, meta=metadata.get(show_name(rel), {}),
                                    explicit=False, source=folder.name)
            elif suffix in TABLE_SUFFIXES:
                self.read_table(path, str(path), explicit=False)
            else:
                self.skip(str(path), f"unsupported file type {suffix or '(none)'!r}")
        for rel in sorted(set(metadata) - seen):
            self.warn(f"{folder}/metadata", f"metadata names {rel!r}, which is not a readable "
                      "document in the folder", "metadata row ignored")

    def read_metadata(self, folder: Path) -> dict[str, dict]:
        out: dict[str, dict] = {}
        origin: dict[tuple[str, str], str] = {}  # (file, field) -> where its value came from
        for name in METADATA_NAMES:
            path = folder / name
            if not path.is_file():
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                self.warn(str(path), f"cannot read: {exc.strerror or exc}", "metadata ignored")
                continue
            records = read_records(path, data, str(path))
            for where, problem in records.problems:
                self.warn(where, problem, "metadata row ignored")
            for where, problem, action in records.warnings:
                self.warn(where, problem, action)
            described: dict[str, str] = {}
            for _n, where, rec in records.rows or []:
                rel = rec.get("file")
                if rel is None or not isinstance(rel, str) or not rel.strip():
                    self.warn(where, "metadata row has no 'file'", "metadata row ignored")
                    continue
                rel = fix_surrogates(rel.strip())[0].removeprefix("./")
                if rel in described:
                    self.warn(where, f"metadata for {rel!r} given again (first at "
                              f"{described[rel]})", "this later row used")
                described[rel] = where
                meta = out.setdefault(rel, {})
                for key in METADATA_FIELDS + ("id",):
                    value = rec.get(key)
                    if value is None or value == "":
                        continue
                    if key in meta and meta[key] != value and not origin[(rel, key)].startswith(
                            str(path)):
                        self.warn(where, f"{key} of {rel!r} is {value!r} here but "
                                  f"{meta[key]!r} in {origin[(rel, key)]}", f"{name} used")
                    meta[key] = value
                    origin[(rel, key)] = where
        return out

    def read_text_file(self, path: Path, name: str, *, meta: dict, explicit: bool,
                       source: str | None = None):
        shown = show_name(name)
        if shown != name:
            self.warn(shown, "file name is not valid UTF-8", "shown with \\xNN escapes")
        try:
            data = path.read_bytes()
        except OSError as exc:
            if explicit:
                raise InputError(f"{shown}: cannot read: {exc.strerror or exc}") from None
            self.skip(str(path), f"cannot read: {exc.strerror or exc}")
            return
        self.hasher.update(os.fsencode(name) + b"\0" + hashlib.sha256(data).digest())
        try:
            text, note = decode_bytes(data)
        except ValueError as exc:
            if explicit:
                raise InputError(f"{shown}: {exc}") from None
            self.skip(str(path), str(exc))
            return
        if note:
            self.warn(shown, note, "decoded with fallback")
        title = None
        if path.suffix.lower() in HTML_SUFFIXES:
            text, title = html_to_text(text)
        else:
            first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
            if 0 < len(first) <= 120 and not first.endswith((".", ":", ";", ",")):
                title = first
        self.add(
            doc_id=meta.get("id") or shown,
            path_or_row=shown,
            text=text,
            title=meta.get(S.TITLE) or title or show_name(path.stem),
            date=meta.get(S.DATE),
            lang=meta.get(S.LANG),
            source=meta.get(S.SOURCE) or source,
            url=meta.get(S.URL),
            full_name=str(path),
        )

    def read_table(self, path: Path, name: str, *, explicit: bool) -> None:
        c = self.columns
        shown = show_name(name)
        if shown != name:
            self.warn(shown, "file name is not valid UTF-8", "shown with \\xNN escapes")
        try:
            data = path.read_bytes()
        except OSError as exc:
            if explicit:
                raise InputError(f"{shown}: cannot read: {exc.strerror or exc}") from None
            self.skip(shown, f"cannot read: {exc.strerror or exc}")
            return
        self.hasher.update(os.fsencode(name) + b"\0" + hashlib.sha256(data).digest())
        records = read_records(path, data, shown)
        if records.rows is None:
            reason = records.problems[-1][1] if records.problems else "unreadable"
            if explicit:
                raise InputError(f"{shown}: {reason}")
            self.skip(shown, reason)
            return
        for where, problem, action in records.warnings:
            self.warn(where, problem, action)
        rows = records.rows
        if rows and not any(c.text in r for _, _, r in rows[:1000]):
            found = sorted({show_name(str(k)) for _, _, r in rows[:50] for k in r})
            msg = (f"no text column {c.text!r} (columns: {', '.join(found)}); "
                   "choose one with --text-col")
            if explicit:
                raise InputError(f"{shown}: {msg}")
            self.skip(shown, f"{msg}; none of its {len(rows)} rows read")
            return
        for where, problem in records.problems:
            self.skip(where, problem)
        if not rows and not records.problems:
            self.warn(shown, "table has no rows", "nothing read")
        self.add_records(path, rows)

    def add_records(self, path: Path, rows) -> None:
        """The documents of the ``(number, where, record)`` rows of the table file ``path``."""
        c = self.columns
        stem = show_name(path.name[:len(path.name) - len(table_suffix(path))] or path.stem)
        for number, where, rec in rows:
            given_id = rec.get(c.id)
            self.add(
                doc_id=given_id if given_id not in (None, "") else f"{stem}:{number}",
                path_or_row=where,
                text=rec.get(c.text),
                title=rec.get(c.title),
                date=rec.get(c.date),
                lang=rec.get(c.lang),
                source=rec.get(c.source) or stem,
                url=rec.get(c.url),
            )


def unique_ids(ids: list[str], warn) -> dict[int, str]:
    """doc_id must be unique: keep the user's ids, disambiguate repeats and say so (through
    ``warn(where, problem, action)``). Returns ``{row: new id}`` of the renamed rows."""
    seen: set[str] = set()
    dups = []
    for i, doc_id in enumerate(ids):
        if doc_id in seen:
            dups.append(i)
        seen.add(doc_id)
    if not dups:
        return {}
    counts: dict[str, int] = {}
    taken = seen
    renamed = {}
    for i in dups:
        doc_id = ids[i]
        counts[doc_id] = counts.get(doc_id, 1) + 1
        new_id = f"{doc_id}#{counts[doc_id]}"
        while new_id in taken:
            counts[doc_id] += 1
            new_id = f"{doc_id}#{counts[doc_id]}"
        taken.add(new_id)
        warn(doc_id, f"duplicate doc_id {doc_id!r}", f"renamed to {new_id!r}")
        renamed[i] = new_id
    return renamed


def read_corpus(paths, *, columns: Columns | None = None) -> IngestResult:
    """Read files and folders into the documents table (see :mod:`viz.schema`)."""
    reader = _Reader(columns or Columns())
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("no input path given")
    for path in paths:
        reader.read_path(path)
    reader.flag_dates()
    docs = pd.DataFrame(reader.rows, columns=S.columns(S.DOCUMENTS))
    renamed = unique_ids(docs[S.DOC_ID].tolist(), reader.warn)
    if renamed:
        new_ids = docs[S.DOC_ID].tolist()
        for i, new_id in renamed.items():
            new_ids[i] = new_id
        docs[S.DOC_ID] = new_ids
    if docs.empty:
        detail = "; ".join(f"{s['input']}: {s['reason']}" for s in reader.skipped[:5])
        raise InputError(
            f"no readable document in {', '.join(show_name(str(p)) for p in paths)}"
            + (f" ({len(reader.skipped)} skipped: {detail})" if detail else "")
        )
    return IngestResult(
        documents=docs,
        skipped=reader.skipped,
        warnings=reader.warnings,
        fingerprint=reader.hasher.hexdigest(),
        n_inputs=len(reader.rows) + len(reader.skipped),
    )
