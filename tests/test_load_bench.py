"""The load benchmark's client (benchmarks/load.py) against a served tiny run: every kind of
request a browser makes is exercised and answered without error (no timing is asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.browser_util import free_port, start_server, stop, wait_until_up

ROOT = Path(__file__).resolve().parent.parent


def _load_module():
    spec = importlib.util.spec_from_file_location("viz_load_bench", ROOT / "benchmarks" / "load.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_two_clients_exercise_every_request_kind_without_errors(tiny_run, tmp_path):
    load = _load_module()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    proc = start_server(tiny_run, port, ROOT, log)
    try:
        wait_until_up(base + "/_viz/version", proc, log)
        record, _ = load.run_clients(base, 6, clients=2, seconds=2)
        # the reader request the clients send is answered with the passage's text
        answer = load._post(base + "/_dash-update-component", load._reader_body(2, 1))
    finally:
        stop(proc)
    assert not record.errors, dict(record.errors)
    summary = load.summary(record)
    for kind in load.KINDS:
        assert summary[kind]["n"] >= 2, (kind, summary[kind])
    assert b"14 mars 2023" in answer
