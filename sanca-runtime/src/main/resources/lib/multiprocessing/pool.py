"""Pool: a fixed number of worker processes with map/apply and their
asynchronous forms, built on concurrent.futures.ProcessPoolExecutor."""

import itertools
import os
import threading
from functools import partial

from concurrent.futures import process as _futures_process
from concurrent.futures import _base as _futures
from . import _worker
from .context import TimeoutError

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult', 'IMapIterator']

RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'


class RemoteTraceback(_futures_process._RemoteTraceback):
    """The cause of an exception a worker raised: its traceback there."""


class _Executor(_futures_process.ProcessPoolExecutor):
    _remote_traceback = RemoteTraceback


class ApplyResult:
    """The eventual result of apply_async (and, in parts, of map_async)."""

    def __init__(self, futures, combine, callback, error_callback):
        self._futures = futures
        self._combine = combine
        self._done = threading.Event()
        self._value = None
        self._error = None
        self._callbacks = (callback, error_callback)
        self._left = len(futures)
        self._lock = threading.Lock()
        if not futures:
            self._finish()
        for f in futures:
            f.add_done_callback(self._one_done)

    def _one_done(self, future):
        with self._lock:
            self._left -= 1
            last = self._left == 0
        if last:
            self._finish()

    def _finish(self):
        for f in self._futures:
            if f.cancelled():
                self._error = _futures.CancelledError()
                break
            error = f.exception()
            if error is not None:
                self._error = error
                break
        else:
            self._value = self._combine([f.result() for f in self._futures])
        callback, error_callback = self._callbacks
        if self._error is None and callback is not None:
            callback(self._value)
        elif self._error is not None and error_callback is not None:
            error_callback(self._error)
        self._done.set()

    def ready(self):
        return self._done.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError(f"{self!r} not ready")
        return self._error is None

    def wait(self, timeout=None):
        self._done.wait(timeout)

    def get(self, timeout=None):
        """The result; re-raises the call's exception; TimeoutError when not
        ready within timeout seconds."""
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._error is not None:
            raise self._error
        return self._value


AsyncResult = ApplyResult
MapResult = ApplyResult


class IMapIterator:
    """The iterator imap returns: results in the order of the inputs (or of
    completion for imap_unordered)."""

    def __init__(self, futures, ordered):
        self._pending = futures if ordered else _futures.as_completed(futures)
        self._pending = iter(self._pending)
        self._chunk = iter(())

    def __iter__(self):
        return self

    def next(self, timeout=None):
        while True:
            for value in self._chunk:
                return value
            future = next(self._pending)
            try:
                self._chunk = iter(future.result(timeout))
            except _futures.TimeoutError:
                raise TimeoutError from None

    __next__ = next


class Pool:
    """A pool of `processes` worker processes (os.cpu_count() by default).

    Workers run initializer(*initargs) first and are replaced after
    maxtasksperchild tasks when that is given.  Used as a context manager the
    pool is terminated on exit."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._executor = self._make_executor(processes, initializer, initargs, maxtasksperchild)
        self._state = RUN

    def _make_executor(self, processes, initializer, initargs, maxtasksperchild):
        return _Executor(processes, initializer=initializer, initargs=initargs,
                         max_tasks_per_child=maxtasksperchild)

    def __repr__(self):
        return f'<{type(self).__module__}.{type(self).__qualname__} state={self._state} pool_size={self._processes}>'

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit_chunks(self, fn, iterable, chunksize, star):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(range(self._processes)) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task = partial(_worker.star, fn) if star else fn
        chunks = _futures_process._chunks((iterable,), max(chunksize, 1))
        return [self._executor.submit(_worker.process_chunk, task, chunk)
                for chunk in chunks]

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        future = self._executor.submit(func, *args, **kwds)
        return ApplyResult([future], lambda values: values[0], callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        """list(map(func, iterable)) computed by the workers, in chunks."""
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        futures = self._submit_chunks(func, iterable, chunksize, star=False)
        return MapResult(futures, _joined, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        """Like map, with each item unpacked as the arguments of func."""
        return self.starmap_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        futures = self._submit_chunks(func, [tuple(a) for a in iterable], chunksize, star=True)
        return MapResult(futures, _joined, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        """Like map, lazily: an iterator of the results in order."""
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return IMapIterator(self._submit_chunks(func, iterable, chunksize, star=False), True)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap, yielding results as they are ready."""
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return IMapIterator(self._submit_chunks(func, iterable, chunksize, star=False), False)

    def close(self):
        """Accept no more tasks; the workers exit once the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        """Stop the workers now; outstanding tasks are dropped."""
        self._state = TERMINATE
        executor = self._executor
        executor.shutdown(wait=False, cancel_futures=True)
        with executor._state_lock:
            children = list(executor._children)
        for child in children:
            child.kill()

    def join(self):
        """Wait for the workers to exit (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._executor.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _joined(lists):
    return list(itertools.chain.from_iterable(lists))


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, initargs)

    def _make_executor(self, processes, initializer, initargs, maxtasksperchild):
        from concurrent.futures import ThreadPoolExecutor
        return ThreadPoolExecutor(processes, initializer=initializer, initargs=initargs)

    def terminate(self):
        self._state = TERMINATE
        self._executor.shutdown(wait=False, cancel_futures=True)
