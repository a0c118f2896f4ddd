# AttributeError and NameError: name and obj attributes, keyword constructors and messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    (1).nope
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    undefined_name_xyz
except NameError as e:
    print(e, e.name)
a = AttributeError("m", name="n", obj=5); print(a.args, a.name, a.obj, str(a))
n = NameError("m", name="x"); print(n.args, n.name)
t(lambda: AttributeError("m", bad=1))
t(lambda: NameError(name="x", obj=1))
print(AttributeError().name, AttributeError().obj, NameError().name)
class C:
    __slots__ = ("a",)
try:
    C().a
except AttributeError as e:
    print(e, e.name)
try:
    C().b = 1
except AttributeError as e:
    print(e)
def f():
    x = y_unbound
    y_unbound = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
