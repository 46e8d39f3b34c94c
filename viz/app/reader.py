"""The reader panel: a passage with its date expressions highlighted, and its document.

Corpus text is passed to Dash as plain strings, which React escapes: it is shown as text,
never interpreted as HTML.
"""

from __future__ import annotations

from dash import html


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> list:
    """``text`` as children with each ``(start, end, value)`` span wrapped in a <mark>."""
    children: list = []
    pos = 0
    for start, end, value in sorted(spans):
        if start < pos or end <= start:
            continue  # overlapping or empty span
        if start > pos:
            children.append(text[pos:start])
        children.append(html.Mark(text[start:end], title=value or "unresolved date",
                                  className="date-mention" + ("" if value else " unresolved")))
        pos = end
    if pos < len(text):
        children.append(text[pos:])
    return children


def passage_card(item: dict) -> html.Div:
    """One passage from :func:`viz.query.passage_reader`."""
    if item["date"]:
        when = item["date"]
    elif item.get("date_inferred"):
        when = f"inferred {item['date_inferred']} ({item.get('date_inferred_reason') or 'from the text'})"
    else:
        when = "no publication date"
    meta = [x for x in (when, item["source"], item["lang"]) if x]
    return html.Div(
        className="reader-card",
        **{"data-passage-id": str(item["passage_id"])},
        children=[
            html.H3(item["title"], className="reader-title"),
            html.Div(" · ".join(meta), className="reader-meta"),
            html.Div(f"Topic: {item['topic_label']}", className="reader-topic"),
            html.P(highlighted(item["text"], item["spans"]), className="reader-text"),
            html.A("source", href=item["url"], target="_blank", rel="noopener noreferrer",
                   className="reader-link") if item.get("url") else None,
        ],
    )


def topic_periods(periods: list[dict]) -> html.Div | None:
    """A topic's terms per period (rows of the run's ``topic_terms_time`` for one topic, in
    time order), with its trend; ``None`` when the run has no dated passages in the topic."""
    if not periods:
        return None
    trend = periods[0].get("trend") or ""
    return html.Div(className="reader-periods", children=[
        html.H3("Through time" + (f" ({trend})" if trend else ""), className="reader-subtitle"),
        html.Dl(className="reader-period-terms", children=[
            x for p in periods
            for x in (html.Dt(f"{p['period']} ({p['count']})"),
                      html.Dd(", ".join(str(t) for t in p["terms"])))]),
    ])


def topic_card(item: dict, passages: list[dict], periods: list[dict] | None = None) -> html.Div:
    """One topic from :func:`viz.query.topic_summary`, with its terms per period
    (:func:`topic_periods`) and its representative passages."""
    langs = ", ".join(f"{k} {v}" for k, v in item["languages"].items())
    meta = f"{item['size']} passages ({langs})"
    if item["joined_outliers"]:
        meta += f"; {item['joined_outliers']} joined it as outliers close enough to its centre"
    return html.Div(
        className="reader-topic-card",
        **{"data-topic-id": str(item["topic_id"])},
        children=[
            html.H2(f"Topic {item['topic_id']}: {item['label']}", className="reader-topic-label"),
            html.Div(meta, className="reader-meta"),
            html.Dl(className="reader-terms", children=[
                x for lang, terms in item["terms_by_lang"].items()
                for x in (html.Dt(lang), html.Dd(", ".join(terms)))]),
            html.Div(className="reader-translations", children=[
                html.Div(" = ".join(f"{w} ({lg})" for lg, w in group))
                for group in item["translations"]]) if item["translations"] else None,
            topic_periods(periods or []),
            html.H3("Most representative passages", className="reader-subtitle"),
            *[passage_card(p) for p in passages],
        ],
    )


def empty_reader() -> html.Div:
    return html.Div("Click a point on the map, an event on the timeline or a topic's bar to "
                    "read it here.",
                    className="reader-empty")
