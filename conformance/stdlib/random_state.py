# Seeding rules (int sign, str/bytes version 2, version 1), getstate/setstate, subclasses, module functions.
import random
def first(seed, **kw):
    return random.Random(seed).random() if not kw else (lambda g: (g.seed(seed, **kw), g.random())[1])(random.Random())
print(first(0), first(1), first(-1) == first(1), first(2 ** 32), first(2 ** 64 + 5), first(10 ** 40))
print(first("abc"), first(b"abc") == first("abc"), first(bytearray(b"abc")) == first(b"abc"), first(""))
print(first("abc", version=1), first(b"abc", version=1), first("héllo"), first(True) == first(1))
g = random.Random(99)
st = g.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2])
seq = [g.random() for _ in range(3)]
g.setstate(st)
print(seq == [g.random() for _ in range(3)])
g.gauss()
print(g.getstate()[2] is not None)
h = random.Random()
h.setstate(g.getstate())
print(h.random() == g.random(), h.gauss() == g.gauss())
random.seed(31337)
a = [random.random(), random.randint(1, 6), random.choice("abc")]
random.seed(31337)
print(a == [random.random(), random.randint(1, 6), random.choice("abc")], a)
class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom().randrange(10), MyRandom().choice("abcd"), MyRandom().uniform(0, 4))
class Bits(random.Random):
    pass
b = Bits(5)
print(b.random() == random.Random(5).random(), isinstance(b, random.Random))
tests = [lambda: random.Random([1]), lambda: g.seed({}), lambda: g.setstate((9, (), None)),
         lambda: g.setstate((3, (1, 2), None)), lambda: g.setstate((3, tuple(range(624)) + (625,), None)),
         lambda: g.setstate((3, tuple(range(624)) + (-1,), None)), lambda: random.SystemRandom().getstate(),
         lambda: g.setstate((3, [0] * 625, None))]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
s = random.SystemRandom()
print(0 <= s.random() < 1, s.getrandbits(20) < 2 ** 20, len(s.randbytes(7)), s.seed(5), 1 <= s.randint(1, 3) <= 3)
print(sorted(n for n in random.__all__))
