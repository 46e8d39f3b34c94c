"""The user cache folder of viz: ``$VIZ_CACHE_DIR``, else ``$XDG_CACHE_HOME/viz`` or ``~/.cache/viz``.

Kept apart from ``viz.embed`` (which imports numpy) so that light modules such as ``viz.dates.cldr`` can use it."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def default_cache_dir() -> Path:
    env = os.environ.get("VIZ_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "viz"


def write_atomic(path: Path, write, suffix: str = ".tmp") -> None:
    """Write a cache file whole or not at all: ``write(out)`` fills a temporary binary file in the same folder, which
    then replaces `path`, so a reader (another process too) never sees half a file. Errors propagate to the caller,
    which decides what an unwritable cache means; the temporary file is removed either way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
