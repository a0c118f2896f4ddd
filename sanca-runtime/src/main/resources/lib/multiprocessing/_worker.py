"""What the worker children of ProcessPoolExecutor and Pool run.  Kept apart
from those classes so that a child imports only this (and pickle), not the
executor machinery of its parent."""

import pickle
import sys

__all__ = ['serve_calls', 'process_chunk', 'star']


def _failure(exc):
    import traceback
    return (False, exc, ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


def serve_calls(channel, initializer, initargs, max_tasks):
    """Run the calls the parent sends, (fn, args, kwargs) each, answering
    (True, value) or (False, exception, its traceback text), until it sends
    None or goes away; returns the exit status."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import traceback
            print('Exception in initializer:', file=sys.stderr)
            traceback.print_exc()
            return 1
    done = 0
    while True:
        try:
            data = channel.recv_bytes()
        except EOFError:
            return 0
        try:
            call = pickle.loads(data)
            if call is None:
                return 0
            fn, args, kwargs = call
            outcome = (True, fn(*args, **kwargs))
        except BaseException as e:
            outcome = _failure(e)
        sys.stdout.flush()
        try:
            channel.send(outcome)
        except Exception as e:
            channel.send(_failure(e))
        del outcome
        done += 1
        if max_tasks is not None and done >= max_tasks:
            return 0


def process_chunk(fn, chunk):
    """fn applied to each argument tuple of one chunk of map()'s input."""
    return [fn(*args) for args in chunk]


def star(fn, args):
    return fn(*args)
