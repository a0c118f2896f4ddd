import contextlib
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('h1') as t:
    print('inside', t)
try:
    with tag('p'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    {}['k']
print('after swallow')


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def two_yields():
    yield
    yield


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@tag('deco')
def decorated():
    print('body')


decorated()
decorated()
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        raise IndexError('not suppressed')
except IndexError as e:
    print('IndexError:', e)
with ExitStack() as stack:
    for n in ('a', 'b', 'c'):
        stack.enter_context(tag(n))
    stack.callback(print, 'callback', 'ran')
    print('in stack')
with ExitStack() as outer:
    outer.callback(print, 'deferred')
    kept = outer.pop_all()
print('before close')
kept.close()
try:
    with ExitStack() as s:
        s.enter_context(object())
except TypeError as e:
    print('TypeError:', e)


class Res:
    def close(self):
        print('closed')


with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print('null', v)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(io.StringIO, contextlib.AbstractContextManager))
print(sorted(contextlib.__all__))
