# int subclasses: results of arithmetic are int; overrides; __new__; bool cannot be subclassed.
class I(int):
    def __repr__(self):
        return f"I({int(self)})"
i = I(5)
print(i, repr(i), i + 1, type(i + 1).__name__, type(-i).__name__, type(abs(i)).__name__, type(i * 1).__name__)
print(str(i), f"{i}", f"{i:04d}", format(i, "x"), "%d" % i, int.__repr__(i))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(3), type(Pos(7)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)
class Add(int):
    def __add__(self, o):
        return "custom add"
print(Add(1) + 1, 1 + Add(1), sum([Add(1), 2]), Add(2) * 3)
print(I(3) == 3, hash(I(3)) == hash(3), {I(3): "a"}[3], I(3) < 4, isinstance(I(3), int), I(2) ** 3)
print(type(I(3).real).__name__, type(I(3).numerator).__name__, I(3).bit_length(), I(10).to_bytes(1, "big"))
class Base(int):
    base_attr = "b"
print(Base(16), Base("10"), Base("ff", 16), Base.base_attr, Base(16).base_attr)
print(int(I(4)), type(int(I(4))).__name__, I(True), type(I(True)).__name__)
print([1, 2, 3][I(1)], range(I(3)), I(5) // 2, type(I(5) // 2).__name__, I(5) / 2, divmod(I(7), 2))
