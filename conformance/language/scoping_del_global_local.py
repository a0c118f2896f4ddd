# Deleting names: local then global fallback does not happen, class attribute del.
x = "global x"
def f():
    x = "local"
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f())
def g():
    global x
    del x
g()
try:
    x
except NameError as e:
    print(e)
x = "recreated"
print(x)
class C:
    a = 1
    del a
    try:
        a
    except NameError as e:
        err = str(e)
print(C.err, hasattr(C, "a"))
