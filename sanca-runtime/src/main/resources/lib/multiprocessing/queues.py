"""Queues shared between this interpreter and its children.

A Queue lives in the process that made it; a child that receives it (as an
argument of a Process, say) gets a proxy that forwards every call to that
process over the child's channel.  Items travel pickled, so a queue hands out
copies as it does between real processes."""

import itertools
import pickle
import weakref

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_ids = itertools.count(1)
_registry = weakref.WeakValueDictionary()


def _local_or_proxy(qid, kind):
    here = _registry.get(qid)
    if here is not None:
        return here
    return _Proxy(qid, kind)


class Queue:
    """A FIFO of pickled items that children of this interpreter can use too.
    maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0, *, ctx=None):
        import queue
        self._maxsize = maxsize
        self._items = queue.Queue(maxsize)
        self._closed = False
        self._id = next(_ids)
        _registry[self._id] = self

    def __reduce__(self):
        return _local_or_proxy, (self._id, type(self).__name__)

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


# What a proxy may ask: the method run on the real queue, and whether it can block.
_REMOTE = {
    'put': ('_put_pickled', True), 'get': ('_get_pickled', True),
    'qsize': ('qsize', False), 'empty': ('empty', False), 'full': ('full', False),
    'task_done': ('task_done', False), 'join': ('join', True),
}


def serve(channel, payload):
    """Run a child's queue request (in a thread of its own when it can block)
    and send back the answer."""
    qid, method, args = channel.request_of(payload)
    name, blocking = _REMOTE[method]

    def run():
        target = _registry.get(qid)
        try:
            if target is None:
                raise ValueError("the queue no longer exists")
            value = getattr(target, name)(*args)
        except BaseException as e:
            channel.answer(payload, False, e)
        else:
            channel.answer(payload, True, value)

    if blocking:
        import threading
        threading.Thread(target=run, daemon=True).start()
    else:
        run()


class _Proxy:
    """A queue of the parent as a child sees it."""

    def __init__(self, qid, kind):
        self._id = qid
        self._kind = kind
        self._closed = False

    def __reduce__(self):
        return _local_or_proxy, (self._id, self._kind)

    def __repr__(self):
        return f'<multiprocessing.queues.{self._kind} object>'

    def _ask(self, method, *args):
        from .spawn import parent_channel
        channel = parent_channel()
        if channel is None:
            raise ValueError("the queue belongs to a process that is not this one's parent")
        return channel.ask((self._id, method, args))

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._ask('put', pickle.dumps(obj), block, timeout)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        return pickle.loads(self._ask('get', block, timeout))

    def put_nowait(self, obj):
        self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._ask('qsize')

    def empty(self):
        return self._ask('empty')

    def full(self):
        return self._ask('full')

    def task_done(self):
        self._ask('task_done')

    def join(self):
        self._ask('join')

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass
