"""Per-chart HTML files of a run and the index page that lists everything exported.

The figures come from the same chart functions as the dashboard. Charts share one
``plotly.min.js`` written beside them (``include_plotlyjs="directory"``), or each inlines its own
copy when ``standalone``.
"""

from __future__ import annotations

import html
from pathlib import Path

from .. import charts
from .. import schema as S
from ..query import BY_EVENT, BY_PUBLICATION, topics_over_time_table
from ..store import Run

PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}


def figures(run: Run) -> dict[str, tuple[str, object]]:
    """Every exported chart: file stem -> (title, figure)."""
    by_pub = topics_over_time_table(run, by=BY_PUBLICATION)
    by_event = topics_over_time_table(run, by=BY_EVENT)
    return {
        "topic_map": ("Topic map", charts.topic_map(run.passages, run.topics)),
        "topic_overview": ("Topics: size, terms and languages", charts.topic_overview(run.topics)),
        "topics_over_time": ("Topics over time (publication date)",
                             charts.topics_over_time(by_pub, by=BY_PUBLICATION)),
        "topics_over_time_share": ("Topics over time: share of each bin (publication date)",
                                   charts.topics_over_time(by_pub, share=True, by=BY_PUBLICATION)),
        "topics_by_event_date": ("Topics over time (dates mentioned)",
                                 charts.topics_over_time(by_event, by=BY_EVENT)),
        "event_timeline": ("Event timeline",
                           charts.event_timeline(run.events, run.topics, run.documents)),
    }


def index_html(run: Run, entries: list[tuple[str, str]], note: str = "") -> str:
    # counts of what was exported (the run restricted to the export's filters)
    c = {"documents": len(run.documents), "passages": len(run.passages),
         "topics": int((run.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC).sum()),
         "mentions": len(run.mentions), "events": len(run.events)}
    e = html.escape
    items = "\n".join(f'<li><a href="{e(f)}">{e(t)}</a></li>' for f, t in entries)
    topics = run.topics[run.topics[S.TOPIC_ID] != S.OUTLIER_TOPIC]
    tt = run.topic_terms.sort_values([S.TOPIC_ID, S.LANG, S.RANK])
    terms = {(int(t), str(lang)): ", ".join(g[S.TERM].head(6))
             for (t, lang), g in tt.groupby([S.TOPIC_ID, S.LANG], sort=True)}

    def per_lang(t, langs) -> str:
        return "<br>".join(f"<b>{e(k)}</b> {e(terms[(int(t), k)])}" for k in sorted(langs)
                           if (int(t), k) in terms)

    rows = "\n".join(
        f"<tr><td>{int(t)}</td><td>{e(str(lbl))}</td><td>{int(n)}</td>"
        f"<td>{e(', '.join(f'{k} {v}' for k, v in sorted(langs.items())))}</td>"
        f"<td>{per_lang(t, langs)}</td></tr>"
        for t, lbl, n, langs in zip(topics[S.TOPIC_ID], topics[S.LABEL], topics[S.SIZE],
                                    topics[S.LANGUAGES])
    )
    warning = (run.manifest.get("topic_coverage") or {}).get("warning")
    warning_html = f"<p><strong>Note:</strong> {e(warning)}</p>" if warning else ""
    skipped = run.manifest.get("skipped", [])
    skipped_html = "".join(f"<li>{e(s['input'])}: {e(s['reason'])}</li>" for s in skipped[:200])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>viz export</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}}
table{{border-collapse:collapse}}td,th{{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}}</style>
</head><body>
<h1>viz export</h1>
<p>{c.get('documents', '?')} documents, {c.get('passages', '?')} passages,
{c.get('topics', '?')} topics, {c.get('mentions', '?')} date mentions, {c.get('events', '?')} events.
Everything below works offline. {e(note)}</p>
<ul>
{items}
</ul>
<h2>Topics</h2>
{warning_html}
<table><tr><th>id</th><th>label</th><th>passages</th><th>languages</th><th>terms per language</th></tr>
{rows}
</table>
<h2>Skipped inputs ({len(skipped)})</h2>
<ul>{skipped_html}</ul>
</body></html>
"""


def write_chart(fig, path: Path, *, standalone: bool = False) -> Path:
    """One chart as HTML: sharing ``plotly.min.js`` beside it, or with its own copy inlined."""
    fig.write_html(path, include_plotlyjs=True if standalone else "directory", full_html=True,
                   config=PLOTLY_CONFIG)
    return path
