"""CPU-bound work over concurrent.futures.ThreadPoolExecutor: the tasks of threads_serial.py on
four threads. With a global interpreter lock it takes as long as the serial run; without one the
threads run in parallel."""
from concurrent.futures import ThreadPoolExecutor

from _cpu_work import TASKS, task

with ThreadPoolExecutor(max_workers=4) as pool:
    print("checksum:", sum(pool.map(task, range(TASKS))))
