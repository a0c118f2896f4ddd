import sys
from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext, chdir
from contextlib import AbstractContextManager, ContextDecorator, redirect_stderr
import io


def chain(e):
    names = []
    while e is not None:
        names.append(f'{type(e).__name__}({e})')
        e = e.__context__
    return ' <- '.join(names)


def raiser(exc):
    def cb(*args):
        raise exc
    return cb


# exceptions raised by several callbacks chain in the order they happened
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError('first registered')))
        stack.callback(raiser(ValueError('second registered')))
        raise IndexError('body')
except Exception as e:
    print('with body error:', chain(e))

try:
    stack = ExitStack()
    stack.callback(raiser(KeyError('a')))
    stack.callback(raiser(ValueError('b')))
    stack.close()
except Exception as e:
    print('close:', chain(e))

# a callback that returns true suppresses the pending exception
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    stack.callback(raiser(ValueError('suppressed later')))
print('suppressed by push')


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow


with ExitStack() as stack:
    a = stack.enter_context(CM('a'))
    b = stack.enter_context(CM('b', swallow=True))
    print('entered', a.name, b.name)
    raise RuntimeError('swallowed by b')
print('after swallow')

stack = ExitStack()
r = stack.push(CM('pushed'))
print(type(r).__name__, r.name)
stack.close()

stack = ExitStack()
f = stack.callback(print, 'callback arg', sep='|')
print(f is print)
stack.close()

for bad in (42, object(), 'text'):
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print('TypeError:', e)

# suppress with exception groups
try:
    with suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print('left over:', repr(eg))
with suppress(ValueError):
    raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
print('all suppressed')
print(suppress(KeyError).__exit__(None, None, None))


# generator managers and StopIteration
@contextmanager
def passthrough():
    yield 'value'


try:
    with passthrough():
        raise StopIteration('from body')
except StopIteration as e:
    print('StopIteration kept:', e)


@contextmanager
def converts():
    try:
        yield
    except KeyError:
        raise ValueError('converted')


try:
    with converts():
        raise KeyError('k')
except ValueError as e:
    print('converted:', e, '| context:', repr(e.__context__))

m = passthrough()
with m as v:
    print(v)
try:
    with m:
        pass
except (AttributeError, RuntimeError) as e:
    print(type(e).__name__)


@contextmanager
def documented():
    """Documentation of the manager."""
    yield


print(documented().__doc__)
print(documented.__name__, documented.__doc__)


class Tracked(ContextDecorator):
    def __enter__(self):
        print('start')
        return self

    def __exit__(self, *exc):
        print('stop')
        return False


@Tracked()
def work(x):
    print('working', x)
    return x * 2


print(work(21))
print(work.__name__)


class Minimal(AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Minimal() as mm:
    print(type(mm).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print('TypeError:', e)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class NoExit:
    __enter__ = None
    __exit__ = None


print(issubclass(Duck, AbstractContextManager), issubclass(NoExit, AbstractContextManager))
print(issubclass(int, AbstractContextManager))
print(AbstractContextManager[int])

buf = io.StringIO()
with redirect_stderr(buf) as target:
    print('to stderr', file=sys.stderr)
print(target is buf, repr(buf.getvalue()))

with nullcontext() as nothing:
    print(nothing)


class Closer:
    closed = False

    def close(self):
        self.closed = True


c = Closer()
with closing(c):
    pass
print(c.closed)

import os
start = os.getcwd()
with chdir('/'):
    print(os.getcwd())
print(os.getcwd() == start)

# pop_all hands the callbacks over
with ExitStack() as stack:
    stack.callback(print, 'moved callback')
    later = stack.pop_all()
print('stack exited')
later.close()
later.close()
