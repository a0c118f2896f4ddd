"""functools.lru_cache: memoised recursion, a bounded cache under churn, and cache_info."""
from functools import lru_cache


@lru_cache(maxsize=None)
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@lru_cache(maxsize=512)
def digit_sum(n):
    return n if n < 10 else n % 10 + digit_sum(n // 10)


def churn(rounds):
    total = 0
    for i in range(rounds):
        total += digit_sum((i * 7919) % 5000)
    return total


total = sum(partitions(n, n) for n in range(0, 400, 7)) % 1000000007
total += churn(3000000)
info = digit_sum.cache_info()
print("checksum:", total, info.hits, info.misses, info.currsize)
