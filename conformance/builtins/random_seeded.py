# random with a fixed seed is deterministic (Mersenne Twister); results must match CPython exactly.
import random
random.seed(12345)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(0, 1000, 7), random.choice("abcdef"), random.uniform(1, 2))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.choices("xyz", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.getrandbits(64), random.getrandbits(1), random.randbytes(6).hex())
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12), round(random.expovariate(1.5), 12))
r = random.Random(42)
print(r.random(), r.randint(0, 10), r.choice([1, 2, 3]))
r2 = random.Random("string seed")
print(r2.random())
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
random.seed(0)
print([random.randint(0, 9) for _ in range(10)])
for bad in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3), lambda: random.randrange(0)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
