"""The files of an input folder, following symbolic links, and every entry that is not read
with the reason: hidden files and folders, dangling links, link loops, FIFOs and devices, and
viz run directories (a run written inside its own input folder is never read back as corpus).
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .values import show_name

_RUN_TEMP = re.compile(r"^\..+(?:\.tmp-|\.old-|-cur\.tmp-)")
_RUN_LOCK = re.compile(r"^\.(.+)\.lock$")


@dataclass
class Found:
    """``files``: ``(relative name, path)`` in name order; ``skipped``: ``(shown name, reason)``."""

    files: list[tuple[str, Path]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def is_run_dir(path: Path | str) -> bool:
    """True for a folder written by ``viz build`` (its manifest names a run schema)."""
    manifest = Path(path) / "manifest.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "schema_version" in data and "tables" in data


def file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


def link_problem(path: Path | str, exc: OSError) -> str:
    """Why ``stat`` failed on a path that is a symbolic link."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link leads back to itself)"
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return f"dangling symbolic link (its target {show_name(target)!r} does not exist)"


def walk(folder: Path) -> Found:
    """Every file under ``folder`` that may be read, and every entry that will not be."""
    found = Found()
    _walk(Path(folder), "", frozenset({os.path.realpath(folder)}), found)
    return found


def _walk(directory: Path, prefix: str, ancestors: frozenset, found: Found) -> None:
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        found.skipped.append((show_name(prefix or str(directory)),
                              f"cannot list folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        rel = prefix + entry.name
        shown = show_name(rel)
        try:
            st = os.stat(entry.path)  # follows links
        except OSError as exc:
            reason = (link_problem(entry.path, exc) if entry.is_symlink()
                      else f"cannot read: {exc.strerror or exc}")
            found.skipped.append((shown, reason))
            continue
        is_dir = stat.S_ISDIR(st.st_mode)
        if entry.name.startswith("."):
            if is_dir and _RUN_TEMP.match(entry.name):
                reason = ("temporary folder of a viz run being written or left by a killed "
                          "command, not read")
            elif (not is_dir and (m := _RUN_LOCK.match(entry.name))
                  and is_run_dir(os.path.join(directory, m.group(1)))):
                reason = f"lock file of the viz run {show_name(m.group(1))!r}, not read"
            else:
                reason = f"hidden {'folder' if is_dir else 'file'} (name starts with '.'), not read"
            found.skipped.append((shown + ("/" if is_dir else ""), reason))
            continue
        if is_dir:
            real = os.path.realpath(entry.path)
            if real in ancestors:
                found.skipped.append((shown + "/", "symbolic link loop: leads back to "
                                      f"{show_name(real)}, a folder being read already"))
            elif is_run_dir(entry.path):
                found.skipped.append((shown + "/", "a viz run directory (written by viz build), "
                                      "not corpus"))
            else:
                _walk(Path(entry.path), rel + "/", ancestors | {real}, found)
        elif stat.S_ISREG(st.st_mode):
            found.files.append((rel, Path(entry.path)))
        else:
            found.skipped.append((shown, f"{file_kind(st.st_mode)}, not read"))
