# Index errors and types for custom and builtin sequences; negative indexes for user classes.
class Echo:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 5
e = Echo()
print(e[-1], e[10], e[-10])
one, fl, st, nothing, lst, tup = 1, 1.0, "a", None, [1], (1,)
for f in (lambda: lst[5], lambda: tup[-3], lambda: "s"[9], lambda: lst[st], lambda: tup[fl],
          lambda: range(3)[7], lambda: b"x"[2], lambda: {}[[]], lambda: one[0], lambda: nothing[0]):
    try:
        f()
    except (IndexError, TypeError, KeyError) as ex:
        print(type(ex).__name__, ex)
class NoSetItem:
    def __getitem__(self, k):
        return k
for f in ("NoSetItem()[0] = 1", "del NoSetItem()[0]", "(1,)[0] = 2", "del 'abc'[0]", "x = {}; x[[]] = 1"):
    try:
        exec(f)
    except TypeError as ex:
        print("TypeError", ex)
