# A builtin subclass with __slots__ = () has no __dict__; without __slots__ it has one.
for base, arg in ((int, 1), (str, "s"), (tuple, (1,)), (float, 1.5), (list, [1]), (dict, {}), (set, {1}), (frozenset, {1}), (bytes, b"b"), (complex, 1j)):
    Slotted = type("Slotted_" + base.__name__, (base,), {"__slots__": ()})
    Plain = type("Plain_" + base.__name__, (base,), {})
    s = Slotted(arg)
    p = Plain(arg)
    try:
        s.attr = 1
        r = "set"
    except AttributeError as e:
        r = f"AttributeError {e}"
    p.attr = 2
    print(base.__name__, hasattr(s, "__dict__"), hasattr(p, "__dict__"), p.__dict__, r)
class Named(tuple):
    __slots__ = ()
    @property
    def first(self):
        return self[0]
n = Named((5, 6))
print(n.first, n, type(n).__name__, "__dict__" in dir(n))
try:
    class WithX(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError", e)
