# conformance: native
# conformance: launcher
# multiprocessing.Pool: map, apply, apply_async with callbacks, imap, starmap, errors.
import multiprocessing as mp


def square(x):
    return x * x


def invert(x):
    return 1 / x


if __name__ == '__main__':
    with mp.Pool(processes=1) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(7), chunksize=3))
        print(pool.map(square, []))
        print(pool.apply(square, (12,)), pool.apply(divmod, (17, 5)))
        got = []
        r = pool.apply_async(square, (9,), callback=got.append)
        print(r.get(timeout=60), r.ready(), r.successful(), got)
        print(list(pool.imap(square, range(5))))
        print(sorted(pool.imap_unordered(square, range(5), chunksize=2)))
        print(pool.starmap(pow, [(2, 5), (3, 3), (10, 2)]))
        m = pool.map_async(square, [4, 5])
        print(m.get(60))
        try:
            pool.map(invert, [1, 0, 2])
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e, type(e.__cause__).__name__)
        errors = []
        r = pool.apply_async(invert, (0,), error_callback=errors.append)
        r.wait(60)
        print(r.successful(), [type(e).__name__ for e in errors])
        try:
            r.get()
        except ZeroDivisionError as e:
            print('get raised', e)
    for bad in (0, -1):
        try:
            mp.Pool(bad)
        except ValueError as e:
            print(e)
    pool = mp.Pool(1)
    pool.close()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print(e)
    pool.join()
    pool = mp.Pool(1)
    try:
        pool.join()
    except ValueError as e:
        print(e)
    pool.terminate()
    pool.join()
    print('done')
