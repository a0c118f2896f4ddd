# del interacting with globals, closures and loops.
g = 1
def delete_global():
    global g
    del g
delete_global()
print("g" in globals())
try:
    delete_global()
except NameError as e:
    print(type(e).__name__, e)

def del_free_var():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        return x
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_free_var())

def del_then_rebind():
    v = "first"
    del v
    v = "second"
    return v
print(del_then_rebind())

def del_in_loop():
    out = []
    for item in range(3):
        out.append(item)
        del item
    try:
        item
    except UnboundLocalError as e:
        out.append(str(e))
    return out
print(del_in_loop())

def del_param(p):
    del p
    return "p" in locals()
print(del_param(1))
class C:
    attr = 1
    del attr
print(hasattr(C, "attr"))
try:
    class D:
        del undefined_in_class
except NameError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
del lst[0], lst[0]
print(lst)
