"""The CPU-bound task of the thread-pool benchmarks: pure Python arithmetic, no I/O."""

TASKS = 16


def task(seed):
    state = seed
    acc = 0
    for _ in range(720000):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        acc = (acc + state % 1000) ^ (state >> 5) & 0xFFFF
    return acc
