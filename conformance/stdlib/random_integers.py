# randrange/randint/getrandbits/randbytes with fixed seeds, big ranges and error messages.
import random
r = random.Random(7)
print([r.randrange(10) for _ in range(10)])
print([r.randrange(3, 40, 4) for _ in range(6)], [r.randrange(50, 0, -7) for _ in range(6)])
print(r.randint(-5, 5), r.randint(10 ** 30, 10 ** 30 + 10 ** 20), r.randrange(2 ** 200))
print(r.getrandbits(0), r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33))
print(r.getrandbits(64), r.getrandbits(100), r.getrandbits(257))
print(r.randbytes(0), r.randbytes(5), r.randbytes(13).hex())
print(r.randrange(True, 5), r.randrange(0, 10, True))
tests = [lambda: r.randrange(0), lambda: r.randrange(-3), lambda: r.randrange(5, 5),
         lambda: r.randrange(1, 10, 0), lambda: r.randrange(10, 1, 2), lambda: r.randrange(1, 10, -1),
         lambda: r.randrange(1.5), lambda: r.randrange(1, 2.5), lambda: r.randrange(0, 10, 1.5),
         lambda: r.randrange(10, step=2), lambda: r.randint(3, 1), lambda: r.randint(1.5, 3),
         lambda: r.getrandbits(-1), lambda: r.getrandbits(2.0), lambda: r.randbytes(-1),
         lambda: r.randrange("5")]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
