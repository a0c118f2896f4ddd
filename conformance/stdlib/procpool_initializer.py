# conformance: native
# conformance: launcher
# ProcessPoolExecutor's initializer runs in each new worker; max_tasks_per_child replaces one.
import concurrent.futures as cf

counter = 0


def setup(value):
    global counter
    counter = value


def bump():
    global counter
    counter += 1
    return counter


if __name__ == '__main__':
    with cf.ProcessPoolExecutor(max_workers=1, initializer=setup, initargs=(100,),
                                max_tasks_per_child=1) as pool:
        print([pool.submit(bump).result() for _ in range(2)])
