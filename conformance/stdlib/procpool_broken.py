# conformance: native
# conformance: launcher
# A worker that dies breaks the pool: its future and later submits get BrokenProcessPool.
import concurrent.futures as cf
import os
from concurrent.futures.process import BrokenProcessPool

if __name__ == '__main__':
    pool = cf.ProcessPoolExecutor(max_workers=1)
    f = pool.submit(os._exit, 3)
    e = f.exception(timeout=60)
    print(type(e).__name__, e)
    try:
        pool.submit(abs, 1)
    except BrokenProcessPool as e:
        print('submit:', e)
    pool.shutdown()
