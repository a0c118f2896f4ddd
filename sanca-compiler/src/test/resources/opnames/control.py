def loops(xs):
    total = 0
    for x in xs:
        if x < 0:
            continue
        if x > 100:
            break
        total += x
    else:
        total = -1
    while total > 10:
        total -= 3
    else:
        total += 1
    return total
def tries(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        print(e)
    except ValueError:
        pass
    else:
        print("else")
    try:
        return f()
    finally:
        print("finally")
def loop_finally(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            print(x)
def withs(a, b):
    with a as x, b:
        print(x)
    with a:
        return 1
def asserts(x):
    assert x, "msg"
    assert x
def globs():
    global G
    G = 1
    del G
def nested():
    v = 1
    def inner():
        nonlocal v
        v = 2
    inner()
    return v
def raise_bare():
    try:
        pass
    except:
        raise
def star_assign(s):
    first, *middle, last = s
    [a, b] = s
    return first, middle, last, a, b
def matcher(cmd):
    match cmd:
        case 1 | 2:
            return "small"
        case [x, y]:
            return x + y
        case {"k": v}:
            return v
        case str() as s:
            return s
        case Point(x=0, y=yy):
            return yy
        case None:
            return None
        case _:
            return "other"
async def agen(it):
    async for x in it:
        yield x
    async with it as c:
        await c
def genexp_nested(rows):
    return [[c for c in r if c] for r in rows if r]
def ternary_chain(a, b):
    return a if a else b if b else None
def keyword_only(*, a, b=2):
    return a, b
def posonly(a, /, b, *args, c, **kw):
    return a
def dict_merge(a, b):
    return {**a, "x": 1, **b}
def neg():
    return -1, -2.5, not True
class WithClassVar:
    items = [1, 2]
    squares = [i * i for i in items]
    def m(self):
        return [i for i in self.items]
