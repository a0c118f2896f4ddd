# copyreg: dispatch table, extension registry, old-protocol reduction, slot names.
import copyreg
import copy

print(sorted(copyreg.__all__))
print(copyreg.dispatch_table[complex](3 + 4j))
f, args = copyreg.dispatch_table[type(int | str)](int | str | None)
print(f(*args))

for bad in [lambda: copyreg.pickle(int, 5), lambda: copyreg.constructor(3),
            lambda: copyreg.pickle(int, len, 7)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class P:
    def __init__(self, v):
        self.v = v
copyreg.pickle(P, lambda p: (P, (p.v * 2,)))
print(copy.copy(P(4)).v, copy.deepcopy(P(5)).v)
del copyreg.dispatch_table[P]
print(copy.copy(P(4)).v)

copyreg.add_extension("mod", "name", 240)
copyreg.add_extension("mod", "name", 240)
for call in [lambda: copyreg.add_extension("mod", "name", 241),
             lambda: copyreg.add_extension("mod", "other", 240),
             lambda: copyreg.add_extension("m", "n", 0),
             lambda: copyreg.add_extension("m", "n", 2 ** 31),
             lambda: copyreg.remove_extension("mod", "name", 241),
             lambda: copyreg.remove_extension("x", "y", 5)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
copyreg._extension_cache[240] = "cached"
copyreg.remove_extension("mod", "name", 240)
print(240 in copyreg._extension_cache, copyreg._extension_registry.get(("mod", "name")))
copyreg._extension_cache[1] = 1
copyreg.clear_extension_cache()
print(copyreg._extension_cache)

class Plain:
    pass
p = Plain()
print(copyreg._reduce_ex(p, 0)[1:])
p.a = 1
r = p.__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1], r[2])
q = copyreg._reconstructor(*r[1])
print(type(q).__name__, vars(q))

class MyInt(int):
    pass
r = MyInt(7).__reduce_ex__(0)
print(r[1], copyreg._reconstructor(*r[1]), type(copyreg._reconstructor(*r[1])).__name__)

class MyList(list):
    pass
m = MyList([1, 2])
m.tag = "t"
r = m.__reduce_ex__(1)
print(r[1], r[2])

class Slotted:
    __slots__ = ("a", "__b")
try:
    copyreg._reduce_ex(Slotted(), 1)
except TypeError as e:
    print("TypeError", e)

class Sub(Slotted):
    __slots__ = ["c", "__dict__", "__weakref__"]
print(copyreg._slotnames(Sub), Sub.__dict__["__slotnames__"])
print(copyreg._slotnames(Plain))

class __Under:
    __slots__ = "__x"
print(copyreg._slotnames(__Under))

print(copyreg.__newobj__(MyInt, 3), copyreg.__newobj_ex__(dict, (), {"k": 1}))
r = Plain().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is Plain)
