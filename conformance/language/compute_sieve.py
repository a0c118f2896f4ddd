# A moderately heavy computation: primes, string building, dict counting (also a speed check).
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(flags) if f]

primes = sieve(200000)
print(len(primes), primes[:10], primes[-3:], sum(primes))

def collatz_len(n, cache={1: 1}):
    seq = []
    while n not in cache:
        seq.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for v in reversed(seq):
        length += 1
        cache[v] = length
    return length
best = max(range(1, 100000), key=collatz_len)
print(best, collatz_len(best))

counts = {}
text = "the quick brown fox jumps over the lazy dog " * 2000
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
parts = []
for i in range(20000):
    parts.append(str(i % 10))
s = "".join(parts)
print(len(s), s[:12], s.count("7"))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[-1] % 1000000007, len(str(fib[-1])))
matrix = [[i * j for j in range(60)] for i in range(60)]
product = [[sum(a * b for a, b in zip(row, col)) for col in zip(*matrix)] for row in matrix]
print(product[59][59], sum(map(sum, product)))
