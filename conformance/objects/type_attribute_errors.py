# AttributeError texts for classes, builtin types, and their (im)mutability.
class C:
    x = 1
try:
    C.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    del C.missing
except AttributeError as e:
    print("AttributeError", e)
del C.x
print(hasattr(C, "x"))
for stmt in ("int.x = 1", "del int.real", "str.upper = None", "object.attr = 5", "type.mro = None", "int.__add__ = None"):
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".foo
except AttributeError as e:
    print("AttributeError", e)
try:
    [].bar = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    len.x = 1
except AttributeError as e:
    print("AttributeError", e)
def f():
    pass
f.x = 1
print(f.x)
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    pass
M = Meta("M", (), {})
try:
    M.nothing
except AttributeError as e:
    print("AttributeError", e)
