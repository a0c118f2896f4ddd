# conformance: native
# conformance: launcher
# ProcessPoolExecutor: map (with chunks), submit, exceptions with the worker's traceback as
# their cause, printing in a worker, and the argument checks.
import concurrent.futures as cf
import os
import sys


def square(x):
    return x * x


def divide(a, b):
    return a / b


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


def mirror(p):
    return Point(-p.x, -p.y)


def report(word):
    print('worker says', word, flush=True)
    return len(word)


def fails():
    raise KeyError('missing')


if __name__ == '__main__':
    with cf.ProcessPoolExecutor(max_workers=1) as pool:
        print(list(pool.map(abs, [-1, -2, 3])))
        print(list(pool.map(square, range(10), chunksize=4)))
        print(list(pool.map(divide, [10, 9], [2, 3])))
        print(pool.submit(divide, 1, 4).result())
        print(pool.submit(mirror, Point(1, 2)).result())
        print(pool.submit(pow, 2, 10).result(), pool.submit(sorted, 'cab', reverse=True).result())
        print(pool.submit(os.getpid).result() != os.getpid())
        f = pool.submit(divide, 1, 0)
        e = f.exception()
        print(type(e).__name__, e, f.done(), f.cancelled())
        cause = e.__cause__
        print(type(cause).__name__, type(cause).__module__)
        lines = str(cause).splitlines()
        print(lines[0] == '', lines[1], lines[2], lines[-2:])
        try:
            pool.submit(fails).result()
        except KeyError as e:
            print('KeyError', e, str(e.__cause__).splitlines()[-2])
        try:
            list(pool.map(divide, [1, 2, 3], [1, 0, 1]))
        except ZeroDivisionError as e:
            print('map raised', e)
        sys.stdout.flush()
        print(pool.submit(report, 'hello').result())
        done, not_done = cf.wait([pool.submit(square, n) for n in range(3)])
        print(sorted(f.result() for f in done), not_done)
        print(sorted(f.result() for f in cf.as_completed([pool.submit(square, 5)])))
    try:
        pool.submit(abs, 1)
    except RuntimeError as e:
        print(e)
    for kwargs in ({'max_workers': 0}, {'max_workers': -1}, {'initializer': 5},
                   {'max_tasks_per_child': 'x'}, {'max_tasks_per_child': 0}):
        try:
            cf.ProcessPoolExecutor(**kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    pool = cf.ProcessPoolExecutor(max_workers=1)
    try:
        pool.map(abs, [1], chunksize=0)
    except ValueError as e:
        print(e)
    pool.shutdown()
    print(cf.ProcessPoolExecutor.__name__, issubclass(cf.ProcessPoolExecutor, cf.Executor))
    from concurrent.futures.process import BrokenProcessPool
    print(BrokenProcessPool.__mro__[1:4])
