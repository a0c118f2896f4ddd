# Annotations at runtime: module, class, function; annotated names without values.
x: int = 5
y: "str"
print(__annotations__)
class C:
    a: int
    b: list[int] = []
    c: "Forward"
print(C.__annotations__, "a" in C.__dict__)
def f(p: int, *args: str, k: float = 1.0, **kw: bool) -> "ret":
    local: int = 3
    return local
print(f.__annotations__)
f.__annotations__ = {"changed": 1}
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
try:
    y
except NameError as e:
    print(e)
def annotated_local():
    z: int
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(annotated_local())
class D:
    (paren): int = 1
    obj = C()
print(D.__annotations__)
lst = [0]
lst[0]: int = 7
print(lst)
