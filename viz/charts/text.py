"""Corpus text inside chart hovers: escaped (plotly renders some HTML) and shortened."""

from __future__ import annotations

import html
import textwrap


def hover_text(text: str, limit: int = 220, width: int = 70) -> str:
    """Escape ``text`` for a plotly hover label, cut to ``limit`` chars and wrapped with <br>."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width)) or ""
