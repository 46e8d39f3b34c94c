"""Charts as PNG and SVG, through kaleido (the ``images`` extra) and the system's Chromium.

One browser renders every image of an export. It is started through a small wrapper that adds
the flags keeping Chromium offline and quiet (see ../shared/BROWSER.md); MathJax is off, and
plotly.js comes from the installed plotly package, so nothing is fetched.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Callable, Iterable

# Publication size: 1600 x 1000 CSS pixels at scale 2 (3200 x 2000 PNG), fonts readable when
# the figure is shrunk to a page or a slide.
WIDTH, HEIGHT, SCALE = 1600, 1000, 2
FONT_SIZE, TITLE_SIZE = 18, 24
CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "chromium", "chromium-browser",
                       "google-chrome")
OFFLINE_FLAGS = ("--disable-quic", "--disable-background-networking",
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1")
INSTALL_HINT = ("PNG and SVG export needs kaleido: pip install 'viz[images]' (or uv sync --extra "
                "images), and Chromium: apt-get install -y chromium")


class ImageExportError(RuntimeError):
    """Images cannot be written here; the message says what to install."""


def _kaleido():
    try:
        import kaleido
    except ImportError:
        raise ImageExportError(INSTALL_HINT) from None
    return kaleido


def find_chromium() -> str | None:
    env = os.environ.get("VIZ_CHROMIUM") or os.environ.get("BROWSER_PATH")
    for c in ((env,) if env else ()) + CHROMIUM_CANDIDATES:
        path = c if os.path.isabs(c) else shutil.which(c)
        if path and os.path.exists(path):
            return path
    return None


def publication_layout(fig, *, width: int = WIDTH, height: int = HEIGHT):
    """A copy of ``fig`` at publication size with larger fonts (the input is not changed)."""
    import plotly.graph_objects as go

    out = go.Figure(fig)
    out.update_layout(width=width, height=height, font=dict(size=FONT_SIZE),
                      title_font=dict(size=TITLE_SIZE), legend=dict(font=dict(size=FONT_SIZE - 2)),
                      margin=dict(l=40, r=40, t=80, b=60))
    return out


def write_images(figs: dict, out: Path, formats: Iterable[str], *, width: int = WIDTH,
                 height: int = HEIGHT, scale: float = SCALE,
                 progress: Callable[[str], None] | None = None) -> list[Path]:
    """Write every figure of ``figs`` (stem -> Figure) in every format; one browser for all."""
    import asyncio

    kaleido = _kaleido()
    chromium = find_chromium()
    if chromium is None:
        raise ImageExportError("PNG and SVG export needs Chromium: apt-get install -y chromium "
                               "(or set VIZ_CHROMIUM to its path)")
    formats = list(formats)
    jobs = [(stem, fmt) for stem in figs for fmt in formats]
    say = progress or (lambda _m: None)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="viz-kaleido-") as tmp:
        wrapper = Path(tmp) / "chromium"
        flags = " ".join(f"'{f}'" for f in OFFLINE_FLAGS)
        wrapper.write_text(f'#!/bin/sh\nexec "{chromium}" {flags} "$@"\n', encoding="utf-8")
        wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

        async def render() -> None:
            async with kaleido.Kaleido(n=1, mathjax=False, path=str(wrapper)) as k:
                for i, (stem, fmt) in enumerate(jobs, 1):
                    fig = publication_layout(figs[stem], width=width, height=height)
                    data = await k.calc_fig(fig, opts=dict(format=fmt, width=width,
                                                          height=height, scale=scale))
                    path = out / f"{stem}.{fmt}"
                    path.write_bytes(data)
                    written.append(path)
                    say(f"image {i}/{len(jobs)}: {path.name}")

        try:
            asyncio.run(render())
        except ImageExportError:
            raise
        except Exception as exc:  # the browser failed to start or to render
            raise ImageExportError(f"image export failed in Chromium ({chromium}): {exc}") from exc
    return written
