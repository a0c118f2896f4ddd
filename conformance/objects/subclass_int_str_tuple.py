# Subclassing immutable builtins: int, float, str, tuple, bytes.
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, o):
        return Meters(int(self) + int(o))
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, type(m * 2).__name__, m == 5, hash(m) == hash(5))
print(isinstance(m, int), int.__repr__(m), f"{m:04d}", m.bit_length(), -m, type(-m).__name__)

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__, n == "bob")
print(len(n), n.title(), "o" in n, {n: 1}["bob"])

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), type(p[::-1]).__name__, p + (3,), len(p))
a, b = p
print(a, b)

class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"
c = Celsius(21.456)
print(c, repr(c), c + 1, type(c + 1).__name__, round(c, 1))

class Flag(int):
    pass
f = Flag(1)
f.meta = "has dict"
print(f.meta, f + f, type(f + f).__name__)
class Blob(bytes):
    pass
bl = Blob(b"ab")
print(bl, type(bl[0:1]).__name__, bl.hex(), bl == b"ab")
class Z(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(Z(4), int(Z(4)) + 1)
print(Meters.__mro__)
