
x = 1
if x is 1: pass
if x is not "a": pass
if () is x: pass
assert (x, "msg")
f = 1
f(1)
[1, 2](3)
(1)(2)
"abc"[1.5]
[1][1,]
(1, 2)[None]
def g():
    try:
        pass
    finally:
        return 1
