# vars(), __dict__ reading, replacing and deleting, and objects without one.
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
c = C()
print(vars(c), c.__dict__ is vars(c), "cls_attr" in vars(C), type(vars(C)).__name__)
c.__dict__ = {"b": 2}
print(vars(c), hasattr(c, "a"), c.b)
for val in (1, None, [("x", 1)]):
    try:
        c.__dict__ = val
    except TypeError as e:
        print("TypeError", e)
del c.__dict__
print(vars(c))
c.z = 5
print(vars(c))
class DictSub(dict):
    pass
c.__dict__ = DictSub(q=1)
print(c.q, type(c.__dict__).__name__)
for obj in (1, "s", [], object()):
    try:
        vars(obj)
    except TypeError as e:
        print("TypeError", e)
try:
    vars(c, c)
except TypeError as e:
    print("TypeError", e)
class S:
    __slots__ = ("x",)
try:
    vars(S())
except TypeError as e:
    print("TypeError", e)
def func():
    pass
func.attr = 3
print(vars(func), func.__dict__)
try:
    C.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
