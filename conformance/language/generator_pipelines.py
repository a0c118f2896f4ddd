# Generator pipelines, itertools combinations, and lazy evaluation order.
import itertools
def numbers():
    n = 0
    while True:
        print("  produce", n)
        yield n
        n += 1

def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v

def squares(src):
    for v in src:
        yield v * v

pipeline = squares(evens(numbers()))
print(list(itertools.islice(pipeline, 3)))
print(list(itertools.chain("ab", [1, 2])), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2], initial=10)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], [(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 1])])
print(list(itertools.product("ab", [0, 1])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.repeat("r", 3)))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.batched("abcdefg", 3)), list(itertools.filterfalse(None, [0, 1, 0, 2])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.islice("abcdefg", 1, 6, 2)), list(itertools.islice(range(10), None)))
try:
    itertools.islice("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
def gen_with_state():
    total = 0
    while True:
        x = yield total
        total += x
acc = gen_with_state()
next(acc)
print([acc.send(v) for v in [1, 2, 3]])
