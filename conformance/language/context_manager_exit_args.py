# __exit__ receives type, value, traceback; exceptions in __enter__/__exit__; nesting order.
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        if self.fail_exit:
            raise RuntimeError("exit failed " + self.name)
        return self.suppress
with CM("a"), CM("b", suppress=True):
    raise ValueError("inner")
print("after")
try:
    with CM("outer"), CM("inner", fail_exit=True):
        raise KeyError("original")
except RuntimeError as e:
    print("got", e, "context:", repr(e.__context__))
class FailEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with CM("first"), FailEnter():
        print("body not run")
except OSError as e:
    print(e)
with (
    CM("paren1") as p1,
    CM("paren2") as p2,
):
    print(p1.name, p2.name)
def in_func():
    with CM("ret"):
        return "returned"
print(in_func())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
