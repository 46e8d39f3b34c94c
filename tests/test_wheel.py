"""The installed wheel carries the sample corpus and the assets: `viz demo` works from it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _run(cmd, **kw):
    out = subprocess.run(cmd, capture_output=True, text=True, **kw)
    assert out.returncode == 0, f"{cmd}\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    return out


def test_demo_from_an_installed_wheel(tmp_path):
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH")
    _run([uv, "build", "--wheel", "-o", str(tmp_path / "dist"), str(ROOT)])
    wheel = next((tmp_path / "dist").glob("viz-*.whl"))
    venv = tmp_path / "venv"
    _run([uv, "venv", "--python", sys.executable, str(venv)])
    python = venv / "bin" / "python"
    # the same versions as the project's lock file, without sentence-transformers (see pyproject)
    reqs = tmp_path / "requirements.txt"
    exported = _run([uv, "export", "--no-hashes", "--no-emit-project", "--locked",
                     "--project", str(ROOT)]).stdout
    reqs.write_text(exported, encoding="utf-8")
    _run([uv, "pip", "install", "--python", str(python), "-r", str(reqs), str(wheel)])
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "VIZ_CACHE_DIR": str(tmp_path / "cache")}
    out = _run([str(python), "-m", "viz", "demo", "--out", "demo", "--no-serve"], cwd=work, env=env)
    assert "exported to" in out.stdout
    assert (work / "demo" / "export" / "index.html").is_file()
    # the dashboard of the installed package serves its stylesheet
    probe = ("from viz.app import create_app; c = create_app('demo/run').server.test_client(); "
             "r = c.get('/assets/style.css'); print(r.status_code, len(r.data))")
    served = _run([str(python), "-c", probe], cwd=work, env=env).stdout.split()
    assert served[0] == "200" and int(served[1]) > 100
    where = _run([str(python), "-c", "import viz; print(viz.__file__)"], cwd=work).stdout
    assert str(venv) in where  # it really was the installed copy
