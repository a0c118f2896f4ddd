def f():
    x = 1
    global x
#----
def f():
    print(x)
    global x
#----
def f(x):
    global x
#----
nonlocal x
#----
def f():
    nonlocal x
#----
return 1
#----
class C:
    return 2
#----
await x
#----
def f():
    await x
#----
yield 1
#----
class C:
    yield
#----
break
#----
continue
#----
for x in y:
    def f():
        break
#----
def f(a, a):
    pass
#----
def f(a, *, a):
    pass
#----
lambda a, a: 1
#----
*a, *b = c
#----
a, *b, c, *d = e
#----
*a = b
#----
def f():
    x: int = 1
    global x
#----
def f():
    global x
    x: int = 1
#----
def g():
    y = 1
    def f():
        nonlocal y
        global y
#----
from __future__ import braces
#----
from __future__ import nonexistent
#----
import os
from __future__ import annotations
#----
[x := 1 for x in y]
#----
[i for i in (j := [1])]
#----
class C:
    [y := 1 for x in z]
#----
[(yield x) for x in y]
#----
def f():
    async with x: pass
#----
def f():
    async for x in y: pass
#----
def f():
    [x async for x in y]
#----
f(a=1, a=2)
#----
__debug__ = 1
#----
def f(__debug__): pass
#----
del __debug__
#----
try:
    pass
except:
    pass
except ValueError:
    pass
#----
match x:
    case a:
        pass
    case b:
        pass
#----
match x:
    case _:
        pass
    case 1:
        pass
#----
match x:
    case [a, a]:
        pass
#----
match x:
    case {"a": 1, "a": 2}:
        pass
#----
match x:
    case (a | b):
        pass
#----
match x:
    case C(a=1, a=2):
        pass
#----
async def f():
    yield from x
#----
async def f():
    yield 1
    return 2
#----
def f():
    x = 1
    def g():
        global x
        nonlocal x
#----
try:
    pass
except* ValueError:
    break
#----
def f[T]():
    nonlocal T
#----
def f[T, T](): pass
#----
class C[T]:
    def m(self):
        (x := 1 for _ in T)
#----
def f(x: (yield)): pass
#----
type X[T] = (yield)
