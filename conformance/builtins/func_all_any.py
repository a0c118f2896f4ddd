# all() and any(): short-circuiting, truthiness via __bool__/__len__, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(all([]), any([]), all([1, "a", [0]]), all([1, 0]), any([0, "", None]), any([0, 2]), all("abc"), any(""))
seen = []
def gen(vals):
    for v in vals:
        seen.append(v)
        yield v
print(all(gen([1, 0, 1])), seen); seen.clear()
print(any(gen([0, 3, 0])), seen)
class B:
    def __bool__(self):
        raise ValueError("no bool")
t(lambda: all([B()]))
t(lambda: any([B()]))
class L:
    def __len__(self):
        return 0
print(all([L()]), any([L()]))
class BadBool:
    def __bool__(self):
        return 1
t(lambda: all([BadBool()]))
t(lambda: all(5))
t(lambda: any(None))
t(lambda: all())
t(lambda: any([], []))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)), all({}), any({0: 1}))
