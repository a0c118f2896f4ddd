# divmod with big and small operands of every sign combination; invariant q*b + r == a and |r| < |b|.
import itertools
nums = [0, 1, -1, 7, -7, 2**64 + 5, -(2**64 + 5), 3**80, -(3**80), 10**19]
ok = True
for a, b in itertools.product(nums, nums):
    if b == 0:
        continue
    q, r = divmod(a, b)
    ok = ok and q * b + r == a and abs(r) < abs(b) and (r == 0 or (r > 0) == (b > 0))
print(ok)
print(divmod(3**80, 2**64 + 5), divmod(-(3**80), 2**64 + 5), divmod(3**80, -7), (-(2**64 + 5)) // 7, (-(2**64 + 5)) % 7, (2**64 + 5) % -(3**80) == (2**64 + 5) - 3**80)
