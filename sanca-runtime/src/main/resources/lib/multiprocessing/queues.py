"""Queues shared between this interpreter and its children.

A Queue lives in the process that made it; a child that receives it (as an
argument of a Process, say) gets a proxy that forwards every call to that
process over the child's channel.  Items travel pickled, so a queue hands out
copies as it does between real processes."""

import pickle

from . import _shared

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    """A FIFO of pickled items that children of this interpreter can use too.
    maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0, *, ctx=None):
        import queue
        self._maxsize = maxsize
        self._items = queue.Queue(maxsize)
        self._closed = False
        self._oid = _shared.register(self, blocking=('_put_pickled', '_get_pickled', 'join'))

    def __reduce__(self):
        return _shared._rebuild, (_Proxy, self._oid)

    def __repr__(self):
        return f'<{type(self).__module__}.{type(self).__qualname__} object>'

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._put_pickled(pickle.dumps(obj), block, timeout)

    def _put_pickled(self, data, block=True, timeout=None):
        self._items.put(data, block, timeout)

    def get(self, block=True, timeout=None):
        self._check_closed()
        return pickle.loads(self._get_pickled(block, timeout))

    def _get_pickled(self, block=True, timeout=None):
        return self._items.get(block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._items.qsize()

    def empty(self):
        return self._items.empty()

    def full(self):
        return self._items.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        if not self._closed:
            raise ValueError(f"Queue {self!r} not closed")

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue whose consumers report each item done (task_done) so that
    join() can wait for all of them."""

    def task_done(self):
        self._items.task_done()

    def join(self):
        self._items.join()


class SimpleQueue(Queue):
    """An unbounded Queue with only get, put, empty and close."""

    def __init__(self, *, ctx=None):
        super().__init__(0)

    def put(self, obj):
        super().put(obj)

    def get(self):
        return super().get()


class _Proxy(_shared.BaseProxy):
    """A queue of the parent as a child sees it."""

    _closed = False

    def __repr__(self):
        return '<multiprocessing.queues.Queue object>'

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._call('_put_pickled', pickle.dumps(obj), block, timeout)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        return pickle.loads(self._call('_get_pickled', block, timeout))

    def put_nowait(self, obj):
        self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._call('qsize')

    def empty(self):
        return self._call('empty')

    def full(self):
        return self._call('full')

    def task_done(self):
        self._call('task_done')

    def join(self):
        self._call('join')

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass
