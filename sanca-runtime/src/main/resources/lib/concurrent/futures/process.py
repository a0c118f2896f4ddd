"""ProcessPoolExecutor: an Executor that runs calls in child processes.

Each worker is a child interpreter (see multiprocessing.spawn) served by one
thread of ours: the thread takes the next call from the pool's queue, sends
it pickled to its child, and sets the future from the pickled answer.  An
exception raised in the child comes back with its traceback text, which
result() shows as the cause (_RemoteTraceback).  A child that dies breaks
the pool: every pending future fails with BrokenProcessPool."""

import itertools
import os
import pickle
import queue
import sys
import threading
from functools import partial

from multiprocessing._worker import process_chunk as _process_chunk, serve_calls as _serve_calls

from . import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(_base.BrokenExecutor):
    """A child process of the pool ended abruptly (or its initializer failed),
    so the pool accepts no more work."""


_POOL_BROKEN = 'A child process terminated abruptly, the process pool is not usable anymore'
_FUTURE_BROKEN = ('A process in the process pool was terminated abruptly while the future '
                  'was running or pending.')


def _chunks(iterables, size):
    zipped = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(zipped, size))
        if not chunk:
            return
        yield chunk


def _flatten(results):
    # Each chunk's list is taken apart from the end so nothing yielded stays referenced.
    for chunk in results:
        chunk.reverse()
        while chunk:
            yield chunk.pop()


# the parent's side

class _Job:
    __slots__ = ('future', 'call')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.call = (fn, args, kwargs)


class ProcessPoolExecutor(_base.Executor):
    """An Executor that runs each call in one of at most max_workers child
    processes (os.cpu_count() by default), started as they are needed.

    Calls, arguments and results must be picklable; functions of the main
    script are found again in the child, which runs the script as
    __mp_main__ (so code under `if __name__ == "__main__":` is not run).
    initializer(*initargs) runs first in every child; max_tasks_per_child
    replaces a child after that many calls."""

    _remote_traceback = _RemoteTraceback

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._worker_setup = (initializer, tuple(initargs), max_tasks_per_child)
        self._work_queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._handlers = set()
        self._children = set()
        self._state_lock = threading.Lock()
        self._shutdown = False
        self._broken = False
        self._running = {}

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) in a child process; returns its Future."""
        with self._state_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _base._ExitState.exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_Job(future, fn, args, kwargs))
            self._ensure_handler()
            return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like Executor.map, sending the arguments to the children in chunks
        of chunksize calls."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(partial(_process_chunk, fn), _chunks(iterables, chunksize),
                              timeout=timeout)
        return _flatten(results)

    def _ensure_handler(self):
        if self._idle.acquire(False):
            return
        if len(self._handlers) >= self._max_workers:
            return
        handler = threading.Thread(target=self._handle, name=f'ProcessPoolExecutor-worker-{len(self._handlers)}')
        self._handlers.add(handler)
        with _base._ExitState.lock:
            _base._ExitState.pools.add(self)
        handler.start()

    def _handle(self):
        """One worker: a child process and the calls it runs, one at a time."""
        child = None
        served = 0
        try:
            while True:
                job = self._work_queue.get()
                if job is None or self._broken:
                    self._work_queue.put(job)
                    return
                if not job.future.set_running_or_notify_cancel():
                    self._idle.release()
                    continue
                if child is None:
                    child = self._start_child()
                    served = 0
                    if child is None:
                        job.future.set_exception(BrokenProcessPool(self._broken))
                        return
                if not self._run(child, job):
                    return
                served += 1
                limit = self._worker_setup[2]
                if limit is not None and served >= limit:
                    self._stop_child(child)
                    child = None
                self._idle.release()
        finally:
            if child is not None:
                self._stop_child(child)

    def _start_child(self):
        from multiprocessing import spawn
        try:
            child = spawn.start_child(_serve_calls, self._worker_setup)
        except OSError:
            self._break()
            return None
        with self._state_lock:
            self._children.add(child)
        return child

    def _stop_child(self, child):
        try:
            child.send(None)
        except (OSError, ValueError):
            pass
        child.finish_input()
        child.wait()
        with self._state_lock:
            self._children.discard(child)

    def _run(self, child, job):
        """Send one call to the child and settle its future; False when the
        child died, which breaks the pool."""
        future = job.future
        try:
            data = pickle.dumps(job.call)
        except Exception as e:
            future.set_exception(e)
            return True
        job.call = None
        self._running[id(future)] = future
        try:
            child.send_bytes(data)
            answer = child.recv()
        except (EOFError, OSError):
            self._break()
            return False
        except Exception as e:
            # the answer did not unpickle here
            answer = (False, e, None)
        finally:
            self._running.pop(id(future), None)
        if answer[0]:
            future.set_result(answer[1])
        else:
            error, remote = answer[1], answer[2]
            if remote is not None:
                error.__cause__ = self._remote_traceback('\n"""\n' + remote + '"""')
            future.set_exception(error)
        return True

    def _break(self):
        """A child died: fail everything pending and stop the other children."""
        with self._state_lock:
            if self._broken:
                return
            self._broken = _POOL_BROKEN
            children = list(self._children)
        pending = list(self._running.values()) + [job.future for job in self._take_queued()]
        for future in pending:
            try:
                future.set_exception(BrokenProcessPool(_FUTURE_BROKEN))
            except _base.InvalidStateError:
                pass
        self._work_queue.put(None)
        for child in children:
            if child.poll() is None:
                child.kill()

    def _take_queued(self):
        """Remove and return the jobs still queued."""
        jobs = []
        while True:
            try:
                job = self._work_queue.get_nowait()
            except queue.Empty:
                return jobs
            if job is not None:
                jobs.append(job)

    def _join_workers(self):
        for handler in list(self._handlers):
            if handler is not threading.current_thread():
                handler.join()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting calls; see Executor.shutdown()."""
        with self._state_lock:
            self._shutdown = True
            if cancel_futures:
                for job in self._take_queued():
                    job.future.cancel()
            self._work_queue.put(None)
        if wait:
            self._join_workers()
            with _base._ExitState.lock:
                _base._ExitState.pools.discard(self)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
