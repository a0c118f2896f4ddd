import itertools as it, pickle, copy, warnings
def fmt(v):
    if isinstance(v, tuple): return "(" + ", ".join(fmt(a) for a in v) + ("," if len(v) == 1 else "") + ")"
    if type(v).__name__.endswith("iterator"): return "<" + type(v).__name__ + ">"
    return repr(v)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    def r(label, o, k=1):
        for _ in range(k):
            next(o, None)
        print(label, fmt(o.__reduce__()))
    r("count", it.count(5)); r("count2", it.count(5, 2)); r("countf", it.count(1.5, 0.5)); r("count0", it.count(), 0)
    r("countb", it.count(True), 0); r("countstep1f", it.count(5, 1.0)); r("countbig", it.count(2**70))
    r("repeat", it.repeat("x", 3)); r("repeat_inf", it.repeat("x")); r("repeat0", it.repeat("x", 1), 2)
    r("chain", it.chain("ab", "cd")); r("chain0", it.chain("ab", "cd"), 0); r("chain3", it.chain("ab", "cd"), 3)
    r("chainfi", it.chain.from_iterable(["ab"])); r("chainend", it.chain("a"), 3)
    r("compress", it.compress("abc", [1, 0, 1])); r("dropwhile", it.dropwhile(bool, [1, 0, 2])); r("dropwhile0", it.dropwhile(bool, [1, 0, 2]), 0)
    r("takewhile", it.takewhile(bool, [1, 0, 2])); r("takewhile_end", it.takewhile(bool, [1, 0, 2]), 3)
    r("filterfalse", it.filterfalse(None, [0, 1])); r("starmap", it.starmap(pow, [(2, 3), (2, 2)]))
    for obj in [it.count(3), it.count(1, 2), it.repeat("r", 4), it.chain("ab", "cd"), it.compress("abcd", [1, 0, 1, 1]),
                it.dropwhile(bool, [1, 0, 2]), it.takewhile(bool, [1, 2, 0, 3]), it.filterfalse(None, [0, 1, 0]),
                it.starmap(pow, [(2, 3), (3, 2), (2, 2)])]:
        next(obj)
        data = pickle.dumps(obj)
        c = copy.copy(obj)
        print(type(obj).__name__, data, list(it.islice(pickle.loads(data), 4)), list(it.islice(c, 4)))
    for bad in [5, (), (1, 2, 3), (iter([]), 5), (5,)]:
        try:
            it.chain().__setstate__(bad)
            print("ok", bad)
        except TypeError as e:
            print("TypeError", e)
    d = it.dropwhile(bool, [1, 0]); d.__setstate__(1); print(list(d))
    t = it.takewhile(bool, [1, 2]); t.__setstate__(1); print(list(t))
    c = it.chain(); c.__setstate__((iter("xy"),)); print(list(c))
    for obj in [it.pairwise([1, 2, 3]), it.batched("abc", 2)]:
        for f in (copy.copy, copy.deepcopy, pickle.dumps):
            try:
                f(obj)
            except TypeError as e:
                print(f.__name__, e)
pickle.dumps(it.count(2))
pickle.dumps(it.repeat(2))
copy.copy(it.count(2))
print("done")
