# Augmented assignment errors: unsupported operand types, undefined targets, read-only targets.
x = "s"
try:
    x -= 1
except TypeError as e:
    print(e)
l = [1]
try:
    l *= "a"
except TypeError as e:
    print(e)
try:
    undefined_aug += 1
except NameError as e:
    print(e)
class RO:
    @property
    def v(self): return 1
try:
    o = RO()
    o.v += 1
except AttributeError as e:
    print(e)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print(e)
s = {1}
s |= {2}
s &= {2, 3}
s ^= {4}
s -= {4}
print(s)
d = {"a": 1}
d |= {"b": 2}
print(d)
try:
    d |= 5
except TypeError as e:
    print(e)
for src in ["a, b += 1", "[a] += 1", "f() += 1", "(a) += 1"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
