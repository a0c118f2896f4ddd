"""Sorting with key functions: tuples, lambdas, operator.itemgetter, reverse and stable sorts."""
from operator import itemgetter


def records(n, seed=42):
    state = seed
    out = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((f"name{state % 9973}", state % 101, (state >> 20) % 1000 / 10, i))
    return out


def checksum(rows):
    return sum((i + 1) * row[3] for i, row in enumerate(rows)) % 1000000007


data = records(300000)
total = 0
total += checksum(sorted(data))
total += checksum(sorted(data, key=lambda r: (r[1], -r[2])))
total += checksum(sorted(data, key=itemgetter(2), reverse=True))
by_name = sorted(data, key=lambda r: r[0])
by_name.sort(key=lambda r: r[1])
total += checksum(by_name)
total += checksum(sorted(data, key=lambda r: str(r[3])[::-1]))
print("checksum:", total)
