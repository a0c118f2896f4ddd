# pprint with recursive and shared structures, custom reprs, and PrettyPrinter subclass hooks.
import pprint, re
def hide(s):
    return re.sub(r"id=\d+", "id=N", s)
r = [1, 2]
r.append(r)
print(hide(pprint.pformat(r)), pprint.saferepr(r).count("Recursion"))
d = {"a": 1}
d["self"] = d
print(hide(pprint.pformat(d)), hide(pprint.pformat(d, width=5)))
shared = [1, 2, 3]
print(pprint.pformat([shared, shared, (shared,)], width=20), pprint.isrecursive([shared, shared]))
t = ([],)
t[0].append(t)
print(hide(pprint.pformat(t)), pprint.isrecursive(t), pprint.isreadable(t))
class Printer(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)
print(Printer(width=20).pformat({"key": ["value", "other", "third"]}))
class R:
    def __repr__(self):
        return "<R instance>"
print(pprint.pformat([R()] * 3, width=10), pprint.isreadable(R()), pprint.saferepr(R()))
class L(list):
    pass
class D(dict):
    pass
print(pprint.pformat(L(range(30)), width=30))
print(pprint.pformat(D(a=1, b=list(range(20))), width=30))
print(pprint.pformat({"z": 1, 2: "b", (1,): None, None: 0}), pprint.pformat({1.5: "f", 1: "i", True: "t"}))
nested = [[[[[[1]]]]]]
print(pprint.pformat(nested, depth=3), pprint.pformat({"a": {"b": {"c": {}}}}, depth=2), pprint.pformat({"a": {"b": {}}}, depth=2))
print(pprint.pformat([]), pprint.pformat(()), pprint.pformat(set()), pprint.pformat(frozenset()), pprint.pformat({}), pprint.pformat(""), pprint.pformat(b""))
