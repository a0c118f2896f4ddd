"""ThreadPoolExecutor: an Executor that runs calls on a pool of threads.

Sanca has no global interpreter lock, so the pool's threads really run
Python code in parallel.
"""

import itertools
import os
import queue
import threading

from . import _base

_INITIALIZER_FAILED = 'A thread initializer failed, the thread pool is not usable anymore'


class _WorkItem:
    """One submitted call together with the future that receives its outcome."""

    __class_getitem__ = classmethod(_base._generic_alias)

    def __init__(self, future, func, args, kwargs):
        self.future = future
        self.call = (func, args, kwargs)

    def run(self):
        future = self.future
        if future.set_running_or_notify_cancel():
            fn, args, kwargs = self.call
            try:
                value = fn(*args, **kwargs)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(value)


def _run_initializer(pool, initializer, initargs):
    if initializer is None:
        return True
    try:
        initializer(*initargs)
        return True
    except BaseException:
        import sys
        print('Exception in initializer:', file=sys.stderr)
        sys.excepthook(*sys.exc_info())
        pool._initializer_failed()
        return False


def _worker(pool, initializer, initargs):
    if not _run_initializer(pool, initializer, initargs):
        return
    inbox = pool._work_queue
    while True:
        item = inbox.get()
        if item is None:
            # The stop marker: pass it on so every sibling sees it too.
            inbox.put(None)
            return
        item.run()
        del item
        pool._idle_workers.release()


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed, so the pool accepts no more work."""


class ThreadPoolExecutor(_base.Executor):
    """An Executor that runs each call on one of at most max_workers threads.

    Threads are started on demand, named thread_name_prefix + '_N', and
    each runs initializer(*initargs) first.  max_workers defaults to
    min(32, os.cpu_count() + 4).
    """

    _pool_numbers = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min((os.cpu_count() or 1) + 4, 32)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        # One permit per worker waiting for work, so submit() starts a new
        # thread only when none is free.
        self._idle_workers = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._state_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix
                                    or "ThreadPoolExecutor-%d" % next(self._pool_numbers))
        self._init_call = (initializer, initargs)

    def _check_accepting(self):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if _base._ExitState.exiting:
            raise RuntimeError('cannot schedule new futures after interpreter shutdown')

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a pool thread; returns its Future."""
        with self._state_lock:
            self._check_accepting()
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._ensure_worker()
            return future

    def _ensure_worker(self):
        if self._idle_workers.acquire(False):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        worker = threading.Thread(name='%s_%d' % (self._thread_name_prefix, count),
                                  target=_worker,
                                  args=(self, *self._init_call))
        worker.start()
        self._threads.add(worker)
        with _base._ExitState.lock:
            _base._ExitState.pools.add(self)

    def _drain_queue(self):
        """Remove and return the work items still queued."""
        items = []
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def _initializer_failed(self):
        with self._state_lock:
            self._broken = _INITIALIZER_FAILED
            for item in self._drain_queue():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def _join_workers(self):
        for worker in list(self._threads):
            worker.join()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; see Executor.shutdown()."""
        with self._state_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._drain_queue():
                    item.future.cancel()
            self._work_queue.put(None)
        if wait:
            self._join_workers()
            with _base._ExitState.lock:
                _base._ExitState.pools.discard(self)
