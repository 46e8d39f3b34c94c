"""The dashboard: ``create_app(run_dir)`` builds a Dash app over a stored run."""

from __future__ import annotations

from pathlib import Path

from ..store import Run, load_run


def assets_path() -> Path:
    """The top-level ``assets/`` folder (inside the package when installed as a wheel)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_assets", here.parent / "assets"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("viz assets folder not found (expected viz/_assets or ./assets)")


def create_app(run_dir: Path | str | Run):
    """A Dash app over the run in ``run_dir`` (or an already loaded :class:`Run`)."""
    from dash import Dash

    from .callbacks import RunState, register
    from .layout import make_layout

    run = run_dir if isinstance(run_dir, Run) else load_run(run_dir)
    app = Dash(
        __name__,
        title="viz",
        assets_folder=str(assets_path()),
        serve_locally=True,  # no CDN: the dashboard works offline
        update_title=None,
    )
    app.layout = make_layout(run)
    state = RunState(run)
    register(app, state)
    app.viz_state = state
    return app
