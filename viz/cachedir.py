"""The user cache folder of viz: ``$VIZ_CACHE_DIR``, else ``$XDG_CACHE_HOME/viz`` or ``~/.cache/viz``.

Kept apart from ``viz.embed`` (which imports numpy) so that light modules such as ``viz.dates.cldr`` can use it."""
from __future__ import annotations

import os
from pathlib import Path


def default_cache_dir() -> Path:
    env = os.environ.get("VIZ_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "viz"
