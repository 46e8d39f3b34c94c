"""Work done beside the build: a function run in a forked child while this process goes on.

The build's topic stage is one core's work, and its 2-D map feeds nothing downstream but the
stored ``x, y`` columns, so the map is computed in a child process while the parent clusters,
describes the topics and groups events (the second core); the dates, which need no topics, are
found in another child during the topic stage. A forked child starts in milliseconds with
everything already imported and compiled (umap-learn's numba functions included); only its
result is pickled back.

:func:`start` returns a handle whose ``result()`` waits for the child. Off Linux, on one core,
with ``VIZ_BESIDE=0``, or when numba's GNU OpenMP threading layer is already running in this
process (a forked child of it aborts), the function runs at once in this process instead; a
child that dies without a result (a signal) is also replaced by a run here. Results are the
same either way: the child runs the same deterministic code. The build forks no child for a
run of more than :data:`viz.build.BESIDE_MAX_PASSAGES` passages
(:func:`viz.build.beside_children`): there the pages a child and the parent copy as they write
them cost more memory than the build may use.
"""

from __future__ import annotations

import mmap
import os
import pickle
import sys
import time
import traceback
import warnings


def fork_safe_numba() -> None:
    """Ask numba for its ``workqueue`` threading layer (fork-safe) unless one was chosen
    (``NUMBA_THREADING_LAYER``). Must run before numba's first parallel function: its default,
    GNU OpenMP, kills any child forked after it started. umap-learn's few parallel functions
    (neighbour smoothing, memberships) run as fast on it on 2 cores."""
    if os.environ.get("NUMBA_THREADING_LAYER"):
        return
    # numba reads its configuration from the environment again whenever that changes
    # (viz.jit_cache sets NUMBA_CACHE_DIR), so the environment is where this must be said
    os.environ["NUMBA_THREADING_LAYER"] = "workqueue"
    if "numba" in sys.modules:
        sys.modules["numba"].config.THREADING_LAYER = "workqueue"


def _numba_omp_running() -> bool:
    numba = sys.modules.get("numba")
    if numba is None:
        return False
    try:
        return numba.threading_layer() == "omp"
    except ValueError:  # no parallel function has run yet
        return False


# In a forked child: a one-byte shared page the parent sets to 1 when it starts waiting for this
# child's result (None in the parent or when not forked).
_parent_waiting = None


def parent_waiting() -> bool:
    """In a child of :func:`start`: whether the parent now only waits for it, so its second
    core is free (:mod:`viz.topics.parallel_sgd` then runs the map's parts on both cores).
    False elsewhere."""
    return _parent_waiting is not None and _parent_waiting[0] == 1


def usable_cores() -> int:
    """Cores this process may use (its CPU affinity; every core where the platform does not
    tell), for the work split over threads in :mod:`viz.topics.parallel_sgd` and
    :mod:`viz.update_place`."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def in_child() -> bool:
    """Whether this process is a child of :func:`start`."""
    return _parent_waiting is not None


def enabled() -> bool:
    """Whether :func:`start` forks (see the module docstring)."""
    # Linux only: on macOS a forked child of a process that used Apple's frameworks may crash
    return (os.environ.get("VIZ_BESIDE", "1") != "0" and sys.platform.startswith("linux")
            and hasattr(os, "fork") and (os.cpu_count() or 1) >= 2 and not _numba_omp_running())


class _Here:
    """A result computed in this process (no child)."""

    def __init__(self, fn, args):
        start, cpu = time.perf_counter(), time.process_time()
        self._value = fn(*args)
        self.seconds = time.perf_counter() - start
        self.cpu_seconds = time.process_time() - cpu
        self.forked = False

    def result(self):
        return self._value


class _Child:
    """A forked child computing ``fn(*args)``; ``result()`` waits for it."""

    def __init__(self, fn, args):
        self.fn, self.args = fn, args
        self.forked = True
        self._started = time.perf_counter()
        sys.stdout.flush()
        sys.stderr.flush()
        read, write = os.pipe()
        self._waiting = mmap.mmap(-1, 1)  # anonymous and shared: the parent's "now waiting"
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave without running the parent's exit code
            code = 0
            try:
                global _parent_waiting
                _parent_waiting = self._waiting
                os.close(read)
                try:
                    payload = (True, fn(*args))
                except BaseException as exc:  # noqa: BLE001 - sent to the parent, raised there
                    payload = (False, (exc, traceback.format_exc()))
                try:
                    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:  # noqa: BLE001 - an exception that does not pickle
                    data = pickle.dumps((False, (None, traceback.format_exc())))
                with os.fdopen(write, "wb") as f:
                    f.write(data)
            except BaseException:  # noqa: BLE001
                code = 1
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._read = pid, read
        self._done = False

    def result(self):
        if self._done:
            return self._value
        self._waiting[0] = 1
        with os.fdopen(self._read, "rb") as f:
            data = f.read()
        _, status, usage = os.wait4(self._pid, 0)
        self.seconds = time.perf_counter() - self._started
        self.cpu_seconds = usage.ru_utime + usage.ru_stime
        self._done = True
        if not data:  # the child died without a result (a signal): compute it here
            warnings.warn(f"a child process died (status {status}); computing here instead",
                          RuntimeWarning, stacklevel=2)
            here = _Here(self.fn, self.args)
            self._value, self.forked = here._value, False
            self.seconds += here.seconds
            self.cpu_seconds += here.cpu_seconds
            return self._value
        ok, value = pickle.loads(data)
        if not ok:
            exc, text = value
            if exc is None:
                raise RuntimeError(f"in a child process:\n{text}")
            raise exc from RuntimeError(f"in a child process:\n{text}")
        self._value = value
        return value

    def __del__(self):  # never leave a zombie behind when nobody waited
        if not getattr(self, "_done", True):
            try:
                os.close(self._read)
                os.waitpid(self._pid, 0)
            except OSError:
                pass


def start(fn, *args):
    """``fn(*args)`` in a forked child when :func:`enabled`, else here at once. The handle's
    ``result()`` returns the value (raising what ``fn`` raised); after it, ``seconds`` and
    ``cpu_seconds`` say what the work cost and ``forked`` where it ran."""
    if enabled():
        return _Child(fn, args)
    return _Here(fn, args)
