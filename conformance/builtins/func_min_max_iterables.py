# max()/min() over strings, dicts, sets, generators and mixed numbers, with key functions raising.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(max("hello"), min("hello"), max({3: "a", 9: "b"}), min({5, 2, 8}), max(x % 7 for x in range(20)), min(2**70, 1.5, -3))
print(max({"a": 3, "b": 9}, key=lambda k: {"a": 3, "b": 9}[k]), min([[1, 2], [0, 5]], key=sum), max([], key=len, default="d"))
print(max(range(10), key=lambda x: (x % 3, -x)), min("aAbB", key=str.lower), max(["x"], key=None, default=1))
def boom(x):
    raise ValueError(x)
t(lambda: max([1, 2], key=boom))
t(lambda: min([1], key=boom))
t(lambda: max(key=len))
t(lambda: max([1, 2], [3], key=len, default=0))
t(lambda: min(1, 2, 3, default=4))
t(lambda: max(iter([])))
t(lambda: max("", default=None))
t(lambda: min([], default=None, key=lambda x: x))
