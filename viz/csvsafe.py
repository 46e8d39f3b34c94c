"""CSV files that are safe to open in a spreadsheet: no cell is read as a formula.

A cell of corpus text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
would be run as a formula by Excel, LibreOffice or Google Sheets (CSV injection); such a cell is
written with a leading apostrophe, which those programs show as text. Every CSV viz writes goes
through :func:`write_csv`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """``value`` unchanged unless it is a string a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text cell neutralized (numbers are left as numbers)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = [neutralize(v) for v in out[col]]
    return out


def write_csv(df: pd.DataFrame, path: Path | str | None = None, **kwargs):
    """``df.to_csv`` with formula-like cells neutralized (``path=None`` returns the text)."""
    return safe_frame(df).to_csv(path, index=False, **kwargs)
