"""The run a dashboard server reads, as it is on disk now.

The server keeps no per-browser state: each browser holds its own filters (in its page and its
URL). What the server caches is the run on disk and its browser payload, keyed by the run's
version (the manifest's modification time and size); after a curation change, made by this
server or another process, the next request reloads the run.
"""

from __future__ import annotations

import threading
from pathlib import Path

from .. import schema as S
from ..store import Run, load_run
from .payload import build_payload, encode_delta, encode_parts

KEEP_VERSIONS = 8  # versions whose part digests are kept for deltas


def disk_version(path: Path | None) -> str:
    if path is None:
        return "0"
    try:
        st = (Path(path) / S.MANIFEST).stat()
    except OSError:
        return "0"
    return f"{st.st_mtime_ns:x}-{st.st_size:x}"


class RunCache:
    """The run at ``run.path`` and its encoded payload, reloaded when the run on disk changes."""

    def __init__(self, run: Run):
        self._lock = threading.Lock()
        self._build_lock = threading.Lock()
        self._run = run
        self._version = disk_version(run.path)
        self._payload: tuple[str, bytes] | None = None
        self._data: dict | None = None     # the current payload, for deltas
        self._digests: dict[str, dict[str, str]] = {}   # version -> part -> digest (recent)
        self._deltas: dict[str, bytes] = {}             # since -> encoded delta (current version)

    @property
    def run(self) -> Run:
        with self._lock:
            current = disk_version(self._run.path)
            if current != self._version and current != "0":
                self._run = load_run(self._run.path, document_text=False)
                self._version = current
                self._payload = None
            return self._run

    @property
    def version(self) -> str:
        self.run  # noqa: B018 (refresh)
        return self._version

    def replace(self, run: Run) -> None:
        """After this server changed the run on disk: use ``run`` (already loaded)."""
        with self._lock:
            self._run = run
            self._version = disk_version(run.path)
            self._payload = None

    def payload(self) -> tuple[str, bytes]:
        """(version, gzipped payload JSON) of the current run."""
        self.run  # noqa: B018 (refresh from disk)
        with self._build_lock:   # one build at a time; the run itself stays readable meanwhile
            with self._lock:
                run, version = self._run, self._version
                if self._payload is not None and self._payload[0] == version:
                    return self._payload
            data = build_payload(run, version)
            body, digests = encode_parts(data)
            with self._lock:
                self._digests[version] = digests
                while len(self._digests) > KEEP_VERSIONS:
                    self._digests.pop(next(iter(self._digests)))
                if self._version == version:    # not replaced while it was built
                    self._payload, self._data, self._deltas = (version, body), data, {}
            # the reader's row index and the tables' rows, ready before the first click
            threading.Thread(target=_warm, args=(run, version), daemon=True).start()
            return version, body

    def delta(self, since: str) -> bytes | None:
        """The current payload as the parts changed since version ``since`` (a page that holds
        ``since`` after a curation: a rename sends its topics, not every point again), or None
        when this server does not know ``since``."""
        version, _ = self.payload()
        with self._lock:
            before = self._digests.get(since)
            if (before is None or since == version or self._payload is None
                    or self._payload[0] != version):
                return None
            if since not in self._deltas:
                self._deltas[since] = encode_delta(self._data, self._digests[version], since, before)
            return self._deltas[since]


def _warm(run, version: str) -> None:
    """What the first reader click and the first table rows need (``viz.query``,
    ``viz.app.tables``), built off the request path."""
    from ..query import _reader_index
    from .tables import table_data

    _reader_index(run)
    table_data(run, version)
