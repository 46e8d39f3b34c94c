"""The visible text of an HTML page (never its markup), one block per paragraph."""

from __future__ import annotations

import re

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
