import itertools as it, pickle, copy, warnings
def fmt(v):
    if isinstance(v, tuple): return "(" + ", ".join(fmt(a) for a in v) + ("," if len(v) == 1 else "") + ")"
    if type(v).__name__.endswith("iterator"): return "<" + type(v).__name__ + ">"
    return repr(v)
warnings.simplefilter("ignore")
def r(label, o, k=1):
    for _ in range(k):
        next(o, None)
    print(label, fmt(o.__reduce__()))
r("product", it.product("ab", repeat=2)); r("product0", it.product("ab", "cd"), 0); r("product_end", it.product("ab"), 3)
r("product_empty", it.product("", "ab"), 0); r("product_empty1", it.product("", "ab"), 1); r("product_none", it.product(), 0)
r("permutations", it.permutations("abc", 2)); r("permutations0", it.permutations("abc", 2), 0); r("perm3", it.permutations("abc"), 3)
r("perm_end", it.permutations("ab"), 5); r("perm_big", it.permutations("ab", 3), 1)
r("combinations", it.combinations("abcd", 2), 2); r("comb0", it.combinations("abc", 2), 0); r("comb_end", it.combinations("ab", 2), 3)
r("comb_big", it.combinations("ab", 3), 1); r("cwr", it.combinations_with_replacement("ab", 2), 2); r("cwr_end", it.combinations_with_replacement("a", 2), 3)
for obj in [it.product("ab", "xyz"), it.permutations(range(4), 3), it.combinations("abcde", 3), it.combinations_with_replacement("abc", 2)]:
    for _ in range(3):
        next(obj)
    data = pickle.dumps(obj)
    print(type(obj).__name__, data, list(it.islice(pickle.loads(data), 4)), list(it.islice(copy.copy(obj), 4)), list(it.islice(obj, 4)))
p = it.product("ab", "cd"); p.__setstate__((1, 0)); print(list(p))
p = it.product("ab", "cd"); p.__setstate__((5, -3)); print(list(p))
c = it.combinations("abcd", 2); c.__setstate__((0, 9)); print(list(c))
w = it.combinations_with_replacement("abc", 2); w.__setstate__((1, 7)); print(list(w))
q = it.permutations("abc", 2); q.__setstate__(((2, 1, 0), (1, 1))); print(list(q))
for obj, bad in [(it.product("ab"), (1, 2)), (it.combinations("ab", 1), 5), (it.permutations("ab"), ((0, 1),)), (it.permutations("ab"), ((0, 1), [1])), (it.permutations("ab"), ((0,), (1, 1))), (it.product("ab"), ("x",))]:
    try:
        obj.__setstate__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
