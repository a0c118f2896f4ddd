"""CPU-bound work done serially: the baseline of threads_pool.py (same tasks, same checksum)."""
from _cpu_work import TASKS, task

print("checksum:", sum(task(seed) for seed in range(TASKS)))
