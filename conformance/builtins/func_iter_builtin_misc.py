# iter() over builtin containers and its identity rules; len/iter interplay for classes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for o in [[1], (1,), "a", {1}, {1: 2}, range(1), b"x", frozenset([1]), {1: 2}.items()]:
    it = iter(o)
    print(type(o).__name__, next(it), next(it, "end"), iter(it) is it)
class Both:
    def __iter__(self):
        return iter([1])
    def __getitem__(self, i):
        return "getitem"
print(list(Both()))
class OnlyLen:
    def __len__(self):
        return 3
t(lambda: iter(OnlyLen()))
class GetItemErr:
    def __getitem__(self, i):
        raise TypeError("bad index")
t(lambda: list(GetItemErr()))
class StopFromGetitem:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(list(StopFromGetitem()))
