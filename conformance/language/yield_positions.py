# yield in many syntactic positions.
def gen():
    x = yield 1
    print("x =", x)
    y = (yield 2) + 10
    print("y =", y)
    lst = [(yield 3), (yield 4)]
    print("lst =", lst)
    d = {"k": (yield 5)}
    print("d =", d)
    print("arg", (yield 6))
    z = yield
    print("z =", z)
    if (yield 7):
        print("truthy branch")
    w = yield from [8, 9]
    print("w =", w)
    return "done"
g = gen()
out = [next(g)]
for v in [None, 100, "a", "b", "dv", "argv", "zz", True, None, None]:
    try:
        out.append(g.send(v))
    except StopIteration as e:
        out.append(("stop", e.value))
        break
print(out)
def yield_in_try_else():
    try:
        yield "try"
    except Exception:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
print(list(yield_in_try_else()))
def yield_in_with():
    import contextlib
    with contextlib.nullcontext("cm") as v:
        yield v
print(list(yield_in_with()))
def yield_lambda():
    f = lambda: (yield "from lambda")
    yield from f()
print(list(yield_lambda()))
def yield_expr_statement():
    yield
    yield None
print(list(yield_expr_statement()))
def nested_yields():
    yield (yield (yield 1))
ng = nested_yields()
print(next(ng), ng.send("a"), ng.send("b"))
