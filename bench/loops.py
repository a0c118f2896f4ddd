"""Integer loops: nested while and for loops with arithmetic, comparisons and modulo."""


def collatz_steps(limit):
    total = 0
    for start in range(1, limit):
        n = start
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            total += 1
    return total


def sieve_count(limit):
    flags = [True] * limit
    count = 0
    for i in range(2, limit):
        if flags[i]:
            count += 1
            for j in range(i * i, limit, i):
                flags[j] = False
    return count


def mix(rounds):
    acc = 0
    for i in range(rounds):
        acc = (acc * 31 + i) & 0xFFFFFFFF
        acc ^= acc >> 7
    return acc


print("checksum:", collatz_steps(300000) + sieve_count(3000000) + mix(2000000))
