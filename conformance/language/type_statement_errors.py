# type statement and PEP 695: errors, scoping and repr.
type A = int
print(A, repr(A), A.__name__, A.__module__, A.__type_params__, A.__value__)
try:
    A[int]
except TypeError as e:
    print(e)
type G[T] = list[T]
print(G[int], G[int].__args__, G.__parameters__)
for src in ["type X[T, T] = int", "type = 5\nprint(type)", "def f[T, T](): pass", "class C[T](T): pass",
            "type X = yield", "def f[T: (yield)](): pass"]:
    try:
        exec(src, {})
        print("ok")
    except (SyntaxError, TypeError, NameError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
type Later = UndefinedUntilLater
UndefinedUntilLater = str
print(Later.__value__)
def gen[T: int, *Ts, **P](x: T) -> T:
    return x
T, Ts, P = gen.__type_params__
print(gen(1), T.__bound__, T.__constraints__, type(Ts).__name__, type(P).__name__, P.args, P.kwargs)
class Container[T]:
    def method[U](self, u: U) -> tuple[T, U]:
        return (T, U)
print(Container().method(1), Container.method.__type_params__)
try:
    class Fails[T](int, Generic):
        pass
except NameError as e:
    print(e)
