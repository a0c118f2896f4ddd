import itertools as it, pickle, copy, warnings
def fmt(v):
    if isinstance(v, tuple): return "(" + ", ".join(fmt(a) for a in v) + ("," if len(v) == 1 else "") + ")"
    if type(v).__name__.endswith("iterator") or type(v).__module__ == "itertools" and not isinstance(v, type): return "<" + type(v).__name__ + ">"
    return repr(v)
warnings.simplefilter("ignore")
def r(label, o, k=1):
    for _ in range(k):
        next(o, None)
    print(label, fmt(o.__reduce__()))
r("cycle", it.cycle("abc")); r("cycle2", it.cycle("ab"), 3); r("cycle0", it.cycle("ab"), 0); r("cycle_empty", it.cycle(""), 2)
r("islice", it.islice("abcdef", 1, 5, 2)); r("islice0", it.islice("abcdef", 3), 0); r("islicex", it.islice("ab", 3), 5)
r("islice_none", it.islice("abcdef", 2, None), 2)
r("accumulate", it.accumulate([1, 2, 3])); r("accumulate0", it.accumulate([1, 2, 3]), 0); r("accinit", it.accumulate([1, 2], initial=10), 0)
r("accinit1", it.accumulate([1, 2], initial=10), 1); r("accfunc", it.accumulate([3, 1, 2], max), 2)
r("zip_longest", it.zip_longest("ab", "c", fillvalue="-")); r("zl_end", it.zip_longest("ab", "c"), 2); r("zl_done", it.zip_longest("ab", "c"), 5)
for obj in [it.cycle("abc"), it.islice(range(10), 2, 8, 3), it.accumulate([1, 2, 3, 4]), it.accumulate([5, 6], initial=1),
            it.zip_longest("abc", "d", fillvalue=0), it.cycle([1, 2])]:
    next(obj)
    data = pickle.dumps(obj)
    c = copy.copy(obj)
    print(type(obj).__name__, data, list(it.islice(pickle.loads(data), 7)), list(it.islice(c, 7)))
c = it.cycle("ab"); list(it.islice(c, 3)); d = pickle.loads(pickle.dumps(c)); print(list(it.islice(d, 5)))
def second(x, y):
    return y
import operator
a = it.accumulate([None, 1], operator.is_not); next(a); print(fmt(a.__reduce__()), list(pickle.loads(pickle.dumps(a))))
try: it.cycle("a").__setstate__([1])
except TypeError as e: print(e)
z = it.zip_longest("ab", "c"); z.__setstate__("F"); print(list(z))
s = it.islice("abcdef", 1, None); s.__setstate__(3); print(list(s))
