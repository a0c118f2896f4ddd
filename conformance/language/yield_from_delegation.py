# yield from: send, throw and close forwarded to the sub-iterator; return values.
def inner():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                break
            received.append(x)
    except KeyError as e:
        yield f"inner caught {e!r}"
    finally:
        print("inner finally")
    return received
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "after"
o = outer()
print(next(o), o.send("a"), o.send("b"))
print(o.send(None))
o.close()
o = outer()
next(o)
print(o.throw(KeyError("k")))
o.close()
o = outer()
next(o)
o.close()
print("closed")
def from_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
print(list(from_list()))
def sub_raises():
    yield 1
    raise ValueError("sub")
def wrap():
    try:
        yield from sub_raises()
    except ValueError as e:
        yield f"wrapped {e}"
print(list(wrap()))
def no_send_iter():
    yield from iter([10, 20])
n = no_send_iter()
next(n)
try:
    n.send("x")
except AttributeError as e:
    print("AttributeError", e)
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print(e)
