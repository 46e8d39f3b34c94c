"""One page of a table's rows for the dashboard's grids: the rows the current view shows,
filtered by the grid's column filters, sorted by its sort model, cut to ``[start, end)``.

The grids use AG Grid's infinite row model (``assets/workbench.js``): the browser asks for the
block of rows it is about to draw, so opening the *Tables* panel or changing a filter sends one
block (100 rows) per grid, whatever the size of the run. The models are AG Grid's own
(``sortModel``: ``[{"colId", "sort"}]``; ``filterModel``: ``{col: {"filterType", "type",
"filter", "filterTo"}}`` or ``{col: {"operator", "conditions": [...]}}``) and are answered as its
client-side model would: text filters fold case, a row whose value is missing sorts first.
Pure functions of a frame, so a notebook can page the same way.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

TEXT_TYPES = {"contains", "notContains", "equals", "notEqual", "startsWith", "endsWith",
              "blank", "notBlank"}
NUMBER_TYPES = {"equals", "notEqual", "lessThan", "lessThanOrEqual", "greaterThan",
                "greaterThanOrEqual", "inRange", "blank", "notBlank"}
MAX_PAGE = 1000  # rows per request; the grid asks for blocks of 100


class TableQueryError(ValueError):
    """A sort or filter model the table cannot answer (unknown column, type or value)."""


def _blank(values: pd.Series) -> np.ndarray:
    if values.dtype == object:
        return (values.isna() | (values.astype(str).str.strip() == "")).to_numpy()
    return values.isna().to_numpy()


def _text_condition(values: pd.Series, cond: dict) -> np.ndarray:
    kind = cond.get("type") or "contains"
    if kind not in TEXT_TYPES:
        raise TableQueryError(f"unknown text filter type {kind!r}")
    needle = str(cond.get("filter") or "").lower()
    if needle == "":       # AG Grid ignores a condition with nothing typed
        return np.ones(len(values), dtype=bool)
    folded = values.fillna("").astype(str).str.lower()
    if kind in ("contains", "notContains"):
        hit = folded.str.contains(needle, regex=False).to_numpy()
        return hit if kind == "contains" else ~hit
    if kind in ("equals", "notEqual"):
        hit = (folded == needle).to_numpy()
        return hit if kind == "equals" else ~hit
    if kind == "startsWith":
        return folded.str.startswith(needle).to_numpy()
    return folded.str.endswith(needle).to_numpy()


def _number(value, col: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise TableQueryError(f"number filter on {col!r} needs a number, got {value!r}") from None


def _number_condition(values: pd.Series, cond: dict, col: str) -> np.ndarray:
    kind = cond.get("type") or "equals"
    if kind not in NUMBER_TYPES:
        raise TableQueryError(f"unknown number filter type {kind!r}")
    if cond.get("filter") is None:
        return np.ones(len(values), dtype=bool)
    v = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    x = _number(cond.get("filter"), col)
    with np.errstate(invalid="ignore"):
        if kind == "inRange":
            hi = _number(cond.get("filterTo"), col)
            return (v > x) & (v < hi)    # AG Grid's default: both ends excluded
        return {"equals": v == x, "notEqual": v != x, "lessThan": v < x,
                "lessThanOrEqual": v <= x, "greaterThan": v > x,
                "greaterThanOrEqual": v >= x}[kind]


def _column_filter(frame: pd.DataFrame, col: str, model: dict) -> np.ndarray:
    if col not in frame.columns:
        raise TableQueryError(f"no column {col!r} to filter")
    if not isinstance(model, dict):
        raise TableQueryError(f"filter of {col!r} must be an object")
    number = model.get("filterType") == "number"

    def one(cond: dict) -> np.ndarray:
        if cond.get("type") in ("blank", "notBlank"):   # the same for text and numbers
            blank = _blank(frame[col])
            return blank if cond["type"] == "blank" else ~blank
        return (_number_condition(frame[col], cond, col) if number
                else _text_condition(frame[col], cond))
    conditions = model.get("conditions")
    if conditions is None:
        return one(model)
    masks = [one(c) for c in conditions]
    if not masks:
        return np.ones(len(frame), dtype=bool)
    op = str(model.get("operator") or "AND").upper()
    if op not in ("AND", "OR"):
        raise TableQueryError(f"unknown filter operator {op!r}")
    return np.logical_and.reduce(masks) if op == "AND" else np.logical_or.reduce(masks)


def _sort_key(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(missing first, values' rank) for a stable lexsort: AG Grid's default comparator puts a
    missing value before every other in ascending order."""
    missing = values.isna().to_numpy()
    codes = pd.factorize(values, sort=True, use_na_sentinel=True)[0]
    return missing, codes


def page(frame: pd.DataFrame, shown: np.ndarray | None, sort_model=None, filter_model=None,
         start: int = 0, end: int = 100) -> tuple[pd.DataFrame, int]:
    """Rows ``[start, end)`` of ``frame`` restricted to ``shown`` (a boolean mask over its rows,
    or None for all), then to the grid's column filters, in the order of its sort model (the
    frame's own order breaks ties); and how many rows pass in all."""
    n = len(frame)
    keep = np.ones(n, dtype=bool) if shown is None else np.asarray(shown, dtype=bool)
    if len(keep) != n:
        raise TableQueryError(f"the shown rows cover {len(keep)} rows, the table has {n}")
    for col, model in (filter_model or {}).items():
        keep &= _column_filter(frame, col, model)
    rows = np.flatnonzero(keep)
    keys = []
    for item in reversed(list(sort_model or [])):   # lexsort: the last key is the primary one
        col, direction = item.get("colId"), item.get("sort")
        if col not in frame.columns:
            raise TableQueryError(f"no column {col!r} to sort by")
        if direction not in ("asc", "desc"):
            raise TableQueryError(f"sort of {col!r} must be asc or desc, got {direction!r}")
        missing, codes = _sort_key(frame[col].iloc[rows])
        if direction == "desc":     # the comparator reversed: missing values last
            keys += [-codes, missing.astype(np.int8)]
        else:
            keys += [codes, -missing.astype(np.int8)]
    if keys:
        rows = rows[np.lexsort([np.arange(len(rows))] + keys)]
    start, end = max(int(start), 0), int(end)
    if end - start > MAX_PAGE:
        raise TableQueryError(f"at most {MAX_PAGE} rows per request, asked {end - start}")
    return frame.iloc[rows[start:max(end, start)]], len(rows)
