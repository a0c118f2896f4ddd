# int subclasses: arithmetic returns int, repr/str overrides, constructor with base, bool/enum-like use.
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, type(m * 1).__name__, MyInt("ff", 16), MyInt("0b11", base=0), isinstance(m, int))
print(hash(m) == hash(5), {m: "x"}[5], m == 5, m < 6, int(m), type(int(m)).__name__, m.bit_length(), m.real, type(m.real).__name__, f"{m:03d}", str(m), "%d" % m)
class Flags(int):
    def __new__(cls, v, name):
        o = super().__new__(cls, v)
        o.name = name
        return o
f = Flags(3, "rw")
print(f, f.name, f | 4, f.__dict__, type(f).__mro__[1].__name__, MyInt.__base__.__name__, divmod(MyInt(7), 2), pow(MyInt(2), 10))
for bad in [lambda: MyInt("x"), lambda: MyInt(1, 2), lambda: Flags(1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
