"""Bytes of a corpus file to text: UTF-8, UTF-16 and UTF-32 (with or without a byte-order
mark), files mixing UTF-8 and Latin-1 line by line, and legacy encodings guessed as a last resort.

Every decode that is not plain UTF-8 comes back with a note saying what was done, so the reader
can warn about it; binary content raises ``ValueError``.
"""

from __future__ import annotations

import codecs

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")


def _looks_like_text(text: str) -> bool:
    if not text or "\x00" in text:
        return False
    sample = text[:20000]
    bad = sum(1 for ch in sample if not (ch.isprintable() or ch in "\n\r\t\f\v"))
    return bad <= len(sample) * 0.02


def _wide_pattern(head: bytes, encoding: str) -> bool:
    """Do the NUL bytes fall where UTF-16/32 of mostly Latin-script text puts them?"""
    width = 4 if "32" in encoding else 2
    head = head[: len(head) - len(head) % width]
    if not head:
        return False
    units = len(head) // width
    big = encoding.endswith("be")
    if width == 4:
        top = head[0::4] if big else head[3::4]
        return top.count(0) == units
    high, low = (head[0::2], head[1::2]) if big else (head[1::2], head[0::2])
    return high.count(0) >= 0.3 * units and low.count(0) <= 0.02 * units


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes. Returns ``(text, note)``: note is None for UTF-8 (a UTF-8 byte-order
    mark is dropped silently), else what was done.

    Raises ``ValueError`` for binary content.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ValueError(f"starts with a {encoding.upper()} byte-order mark but is not "
                                 f"valid {encoding.upper()}: {exc.reason} at byte "
                                 f"{exc.start + len(bom)}") from None
            return text, f"decoded as {encoding.upper()} (byte-order mark)"
    if b"\x00" in data[:8192]:
        for encoding in _WIDE:  # UTF-16/32 without a mark: NUL bytes between ASCII letters
            if not _wide_pattern(data[:8192], encoding):
                continue
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, f"decoded as {encoding.upper()} (no byte-order mark)"
        raise ValueError("binary file (contains NUL bytes and is not UTF-16 or UTF-32 text)")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return data.decode("latin-1"), "not UTF-8; decoded as latin-1"
    # equally plausible code pages (French text fits cp1250 as well as cp1252): the most
    # common one wins
    tied = {m.encoding: m for m in matches if m.chaos <= best.chaos}
    for preferred in ("cp1252", "latin_1", "iso8859_15"):
        if preferred in tied and tied[preferred] is not best:
            best = tied[preferred]
            break
    return str(best), f"not UTF-8; decoded as {best.encoding}"


def _legacy(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return line.decode("latin-1")


def _decode_mixed(data: bytes) -> tuple[str, str] | None:
    """Lines in UTF-8 and lines in Latin-1/cp1252 in one file (a concatenation, a bad edit):
    each line decoded on its own. None when no line holds non-ASCII UTF-8 (not a mixed file)."""
    lines = data.split(b"\n")
    out, legacy, utf8 = [], [], 0
    for number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            text = _legacy(line)
            legacy.append(number)
        out.append(text)
    if not utf8:
        return None
    shown = ", ".join(map(str, legacy[:10])) + (f" and {len(legacy) - 10} more" if len(legacy) > 10 else "")
    return "\n".join(out), (f"mixes UTF-8 and Latin-1: line{'s' if len(legacy) > 1 else ''} "
                            f"{shown} decoded as cp1252/Latin-1, the rest as UTF-8")
