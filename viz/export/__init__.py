"""``viz export``: an offline report of a run, its charts, its data and (optionally) images.

``export_run(run_dir, out_dir)`` writes into ``out_dir``:

- ``report.html``: one self-contained file with the four linked views (see :mod:`.report`);
- one HTML file per chart sharing ``plotly.min.js`` beside them (``standalone=True``: each
  chart inlines its own copy), and ``index.html`` listing everything;
- ``events.csv``, ``events.json``, ``passages.csv``, ``topics.csv``, ``timeline.json``
  (TimelineJS3), ``document_topics.csv`` and ``topic_terms.csv`` (see :mod:`.data`);
- with ``formats=("png", "svg")``, every chart as an image (see :mod:`.images`).

The same filters as the dashboard restrict all of it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .. import schema as S
from ..csvsafe import write_csv
from ..query import Filters, document_topics
from ..store import load_run
from .data import select, write_data_files
from .pages import PLOTLY_CONFIG, figures, index_html, write_chart
from .report import write_report

__all__ = ["ExportResult", "Filters", "export_run", "figures", "PLOTLY_CONFIG", "IMAGE_FORMATS"]

IMAGE_FORMATS = ("png", "svg")


@dataclass
class ExportResult:
    """What an export wrote: every file with its size, and how long it took."""

    out_dir: Path
    report: Path
    index: Path
    files: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    passages: int = 0
    documents: int = 0
    events: int = 0

    @property
    def total_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.files)

    def summary(self) -> str:
        lines = [f"exported {self.passages:,} passages of {self.documents:,} documents and "
                 f"{self.events:,} events to {self.out_dir} in {self.seconds:.1f} s:"]
        width = max((len(p.name) for p in self.files), default=0)
        for p in self.files:
            lines.append(f"  {p.name:<{width}}  {_size(p.stat().st_size):>9}")
        lines.append(f"  {'total':<{width}}  {_size(self.total_bytes):>9}")
        lines.append(f"open {self.report}")
        return "\n".join(lines)


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1000:
        return f"{n / 1000:.0f} kB"
    return f"{n} B"


def describe_filters(filters: Filters | None, search: str = "") -> str:
    """The filters in words, for the report's header and the index page."""
    parts = []
    if filters is not None:
        if filters.topics:
            parts.append("topics " + ", ".join(map(str, filters.topics)))
        if filters.languages:
            parts.append("languages " + ", ".join(filters.languages))
        if filters.sources:
            parts.append("sources " + ", ".join(filters.sources))
        if filters.date_from is not None:
            parts.append(f"published from {filters.date_from:%Y-%m-%d}")
        if filters.date_to is not None:
            parts.append(f"published to {filters.date_to:%Y-%m-%d}")
    if search and search.strip():
        parts.append(f"words “{search.strip()}”")
    return "; ".join(parts)


def export_run(run_dir: Path | str, out_dir: Path | str, *, filters: Filters | None = None,
               search: str = "", standalone: bool = False, formats: Iterable[str] = (),
               progress: Callable[[str], None] | None = None) -> ExportResult:
    """Write the report, charts, data files (and images in ``formats``) of ``run_dir``,
    restricted to ``filters`` and ``search``, into ``out_dir``."""
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    formats = [f.strip().lower() for f in formats if f and f.strip()]
    bad = [f for f in formats if f not in IMAGE_FORMATS]
    if bad:
        raise ValueError(f"unknown image format {', '.join(bad)} (choose from "
                         f"{', '.join(IMAGE_FORMATS)})")
    say("reading the run")
    run = select(load_run(run_dir), filters, search)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    note = describe_filters(filters, search)
    files: list[Path] = []

    say(f"report.html ({len(run.passages):,} passages)")
    title = "viz report" + (f": {note}" if note else "")
    report = write_report(run, out / "report.html", title=title, filters_text=note)
    files.append(report)

    entries = [("report.html", "Report: the linked views in one file (map, topics, time, "
                               "events, reader, search)")]
    figs = figures(run)
    for stem, (chart_title, fig) in figs.items():
        say(f"chart {stem}.html")
        files.append(write_chart(fig, out / f"{stem}.html", standalone=standalone))
        entries.append((f"{stem}.html", chart_title))
    if not standalone and (out / "plotly.min.js").exists():
        files.append(out / "plotly.min.js")

    say("data files")
    data_files = write_data_files(run, out)
    write_csv(document_topics(run), out / "document_topics.csv")
    write_csv(run.topic_terms[run.topic_terms[S.TOPIC_ID].isin(run.topics[S.TOPIC_ID])],
              out / "topic_terms.csv")
    data_files += [out / "document_topics.csv", out / "topic_terms.csv"]
    files += data_files
    described = {
        "events.csv": "Events: date as written and normalised, interval, title, topic, "
                      "documents, languages (table, CSV)",
        "events.json": "Events (JSON)",
        "passages.csv": "Passages with their document and topic (table, CSV)",
        "topics.csv": "Topics: size, languages, terms, emerging or fading (table, CSV)",
        "topics_over_time.csv": "Terms of each topic in each period, with its trend "
                                "(table, CSV)",
        "timeline.json": "Events for TimelineJS3 (JSON; topics as groups)",
        "document_topics.csv": "Topic mix of each document (table, CSV)",
        "topic_terms.csv": "Terms of each topic in each language, with translation groups "
                           "(table, CSV)",
    }
    entries += [(p.name, described.get(p.name, p.name)) for p in data_files]

    if formats:
        from .images import write_images

        say(f"images ({', '.join(formats)}) of {len(figs)} charts")
        images = write_images({stem: fig for stem, (_t, fig) in figs.items()}, out, formats,
                              progress=say)
        files += images
        entries += [(p.name, f"{figs[p.stem][0]} ({p.suffix[1:].upper()})") for p in images]

    index = out / "index.html"
    index.write_text(index_html(run, entries, note=f"Filters: {note}." if note else ""),
                     encoding="utf-8")
    files.insert(1, index)
    return ExportResult(out_dir=out, report=report, index=index, files=files,
                        seconds=time.perf_counter() - started, passages=len(run.passages),
                        documents=len(run.documents), events=len(run.events))
