"""The dashboard: ``create_app(run_dir)`` builds a Dash app over a stored run.

The browser receives the run once per version as integer-coded arrays
(``/_viz/payload/VERSION``, gzipped, see :mod:`viz.app.payload`) and filters, counts and
draws itself (``assets/dashboard.js``); the server answers reader requests and curation.
"""

from __future__ import annotations

import gzip
import threading
from pathlib import Path

from ..store import Run, load_run

PLOTLY_JS_ROUTE = "/_viz/plotly.min.js"
_COMPRESSED_PREFIXES = ("/_dash-component-suites/", "/_dash-layout", "/_dash-update-component",
                        "/_dash-dependencies", "/_viz/version", "/_viz/search",
                        "/_viz/rows/")


def assets_path() -> Path:
    """The top-level ``assets/`` folder (inside the package when installed as a wheel)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_assets", here.parent / "assets"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("viz assets folder not found (expected viz/_assets or ./assets)")


def _plotly_js() -> bytes:
    import plotly

    return (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_bytes()


def _gzip_ok() -> bool:
    from flask import request

    return "gzip" in (request.headers.get("Accept-Encoding") or "").lower()


def _add_routes(app, cache) -> None:
    from flask import Response, jsonify, request

    from .callbacks import payload_url
    from .export_view import EXPORT_ROUTE, SEARCH_ROUTE, BadQuery, report_html

    server = app.server
    static_gz: dict[str, bytes] = {}
    lock = threading.Lock()

    def gz_static(key: str, make) -> bytes:
        with lock:
            if key not in static_gz:
                static_gz[key] = gzip.compress(make(), compresslevel=6)
            return static_gz[key]

    @server.route("/_viz/payload/<version>")
    def _payload(version):
        current, body = cache.payload()
        since = request.args.get("since")
        if since and version == current:   # the page holds ``since``: send what changed
            delta = cache.delta(since)
            if delta is not None:
                body = delta
        headers = {"Cache-Control": ("public, max-age=31536000, immutable" if version == current
                                     else "no-store"), "Vary": "Accept-Encoding"}
        if _gzip_ok():
            headers["Content-Encoding"] = "gzip"
        else:
            body = gzip.decompress(body)
        return Response(body, mimetype="application/json", headers=headers)

    from . import search as searching

    # the server's indexes (built once per run version) answer the searches of the page, of
    # Export this view and of the passages download alike
    words, meaning = searching.WordIndex(), searching.MeaningIndex()
    finders = {"meaning": lambda r, q: meaning.nearest(r, cache.version, q)[0],
               "words": lambda r, q: words.positions(r, cache.version, q)}

    @server.route(EXPORT_ROUTE)
    def _export_view():
        try:
            body = report_html(cache.run, request.args, **finders)
        except BadQuery as exc:
            return Response(f"export: {exc}", status=400, mimetype="text/plain")
        return Response(body, mimetype="text/html", headers={
            "Content-Disposition": 'attachment; filename="viz-report.html"',
            "Cache-Control": "no-store"})

    @server.route(SEARCH_ROUTE)
    def _search():
        try:
            return jsonify(searching.answer(cache.run, cache.version, request.args, words, meaning))
        except searching.SearchError as exc:
            return Response(f"search: {exc}", status=400, mimetype="text/plain")

    from .tables import add_csv_route, add_routes as add_table_routes

    add_table_routes(server, cache)
    add_csv_route(server, cache, **finders)

    @server.route("/_viz/snippet/<passage_id>")
    def _snippet(passage_id):
        from ..query import passage_snippet

        text = passage_snippet(cache.run, passage_id)
        if text is None:
            return jsonify({"error": f"no passage {passage_id!r}"}), 404
        return jsonify({"text": text}), 200, {"Cache-Control": "no-store"}

    @server.route("/_viz/version")
    def _version():
        version = cache.version
        return jsonify({"version": version, "payload": payload_url(version)})

    @server.route(PLOTLY_JS_ROUTE)
    def _plotly():
        headers = {"Cache-Control": "public, max-age=86400", "Vary": "Accept-Encoding"}
        if _gzip_ok():
            headers["Content-Encoding"] = "gzip"
            return Response(gz_static("plotly", _plotly_js), mimetype="text/javascript",
                            headers=headers)
        return Response(_plotly_js(), mimetype="text/javascript", headers=headers)

    @server.after_request
    def _compress(response):
        """Dash serves its scripts and JSON uncompressed; gzip them (a first load of a few MB
        becomes well under half)."""
        if request.path == "/_favicon.ico":  # Chromium asks again after each URL change
            response.headers["Cache-Control"] = "public, max-age=86400"
        if (response.status_code != 200 or response.direct_passthrough
                or "Content-Encoding" in response.headers
                or not request.path.startswith(_COMPRESSED_PREFIXES) or not _gzip_ok()):
            return response
        data = response.get_data()
        if len(data) < 1024:
            return response
        if request.path.startswith("/_dash-component-suites/"):
            body = gz_static(request.full_path, lambda: data)
        else:
            body = gzip.compress(data, compresslevel=5)
        response.set_data(body)
        response.headers["Content-Encoding"] = "gzip"
        response.headers["Content-Length"] = str(len(body))
        response.headers["Vary"] = "Accept-Encoding"
        return response


def create_app(run_dir: Path | str | Run):
    """A Dash app over the run in ``run_dir`` (or an already loaded :class:`Run`)."""
    from dash import Dash

    from .callbacks import payload_url, register
    from .layout import make_layout
    from .state import RunCache

    # the dashboard shows passages, never a document's whole text: left on disk
    run = run_dir if isinstance(run_dir, Run) else load_run(run_dir, document_text=False)
    cache = RunCache(run)
    app = Dash(
        __name__,
        title="viz",
        assets_folder=str(assets_path()),
        serve_locally=True,  # no CDN: the dashboard works offline
        update_title=None,
        external_scripts=[PLOTLY_JS_ROUTE],
    )
    # a function: each page load shows the run as it is on disk now
    app.layout = lambda: make_layout(cache.run, payload_url(cache.version))
    register(app, cache)
    _add_routes(app, cache)
    app.viz_state = cache
    # encode the browser payload while the server starts (the first page asks for it)
    threading.Thread(target=cache.payload, name="viz-payload", daemon=True).start()
    return app
