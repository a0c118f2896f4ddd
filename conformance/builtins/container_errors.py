# The exact messages of container operations that fail (list, tuple, dict, set, views).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

l = [1, 2, 3]
t("pop out of range", lambda: l.pop(5))
t("pop empty", lambda: [].pop())
t("remove missing", lambda: l.remove(9))
t("index missing", lambda: l.index(9))
t("index bad start", lambda: l.index(1, 'a'))
t("index negative start", lambda: [1, 2, 3].index(3, -1))
t("insert no args", lambda: l.insert())
t("list + tuple", lambda: l + (1,))
t("list * str", lambda: l * 'a')
t("list[str]", lambda: l['a'])
t("list[float]", lambda: l[1.0])
t("list[huge]", lambda: l[2**70])
t("extended slice size", lambda: l.__setitem__(slice(0, 3, 2), [1]))
t("slice assign int", lambda: l.__setitem__(slice(0, 3), 5))
t("extended slice int", lambda: l.__setitem__(slice(0, 3, 2), 5))
t("del out of range", lambda: l.__delitem__(9))
t("sort positional", lambda: l.sort(1))
t("sort bad key", lambda: l.sort(key=1))
t("sort mixed", lambda: [1, 'a'].sort())
t("list(int)", lambda: list(1))
t("list(1, 2)", lambda: list(1, 2))
t("list(x=1)", lambda: list(x=1))
t("extend int", lambda: l.extend(1))
t("iadd int", lambda: l.__iadd__(1))
t("list < tuple", lambda: [] < ())
t("tuple index", lambda: (1,)[5])
t("tuple + list", lambda: (1,) + [1])
t("tuple.index", lambda: (1,).index(5))
t("tuple(1, 2)", lambda: tuple(1, 2))
t("dict.pop", lambda: {}.pop(1))
t("popitem", lambda: {}.popitem())
t("dict(int)", lambda: dict(1))
t("dict([1])", lambda: dict([1]))
t("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
t("dict({}, {})", lambda: dict({}, {}))
t("update(int)", lambda: {}.update(1))
t("dict | list", lambda: {} | [])
t("unhashable key", lambda: {[1]: 2})
t("set.pop", lambda: set().pop())
t("set(int)", lambda: set(1))
t("set of lists", lambda: set([[1]]))
t("frozenset.add", lambda: frozenset().add)
t("set | list", lambda: {1} | [1])
t("set < list", lambda: {1} < [1])
t("remove list", lambda: set().remove([]))
t("issubset(int)", lambda: {1}.issubset(1))
t("keys | list", lambda: {}.keys() | [1])
t("list | keys", lambda: [1] | {}.keys())
t("items & set", lambda: {1: 2}.items() & {(1, 2)})
t("set == keys", lambda: set('ab') == {'a': 1, 'b': 2}.keys())
t("set in set", lambda: frozenset([1]) in {frozenset([1])})
t("set key lookup", lambda: {1} in {frozenset([1])})
d = {1: 2}
def grow():
    for k in d:
        d[k + 1] = 0
t("dict changed size", grow)
s = {1, 2}
def shrink():
    for x in s:
        s.discard(x)
t("set changed size", shrink)
def sort_mutate():
    v = [3, 1, 2]
    v.sort(key=lambda x: v.append(x) or x)
    return v
t("list modified during sort", sort_mutate)
