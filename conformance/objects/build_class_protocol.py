# The class statement's machinery: __build_class__, metaclass choice, __prepare__, keywords.
import builtins
order = []
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        order.append(("prepare", name, kw))
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        order.append(("new", name, sorted(ns), kw))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        order.append(("init", name, kw))
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = 1
for step in order:
    print(step)
print(A.injected, type(A).__name__)
class B(A):
    pass
print(type(B).__name__, order[-1])

def func_meta(name, bases, ns, **kw):
    return (name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
class NotAClass(int, metaclass=func_meta, extra=2):
    y = 2
print(NotAClass)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(e)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Both(P1, P2):
        pass
except TypeError as e:
    print(e)
class M3(M1): pass
class P3(metaclass=M3): pass
class Derived(P1, P3): pass
print(type(Derived).__name__)

class Entries:
    def __mro_entries__(self, bases):
        return (dict,)
class FromEntries(Entries()):
    pass
print(FromEntries.__bases__, FromEntries.__orig_bases__[0].__class__.__name__)
class BadEntries:
    def __mro_entries__(self, bases):
        return [dict]
try:
    class Y(BadEntries()):
        pass
except TypeError as e:
    print(e)
try:
    class Z(1):
        pass
except TypeError as e:
    print(e)
try:
    builtins.__build_class__(1, "n")
except TypeError as e:
    print(e)
try:
    builtins.__build_class__(lambda: None, 1)
except TypeError as e:
    print(e)
try:
    builtins.__build_class__()
except TypeError as e:
    print(e)
class WithClassCell:
    def m(self):
        return __class__
print(WithClassCell().m() is WithClassCell)
class DropsCell(type):
    def __new__(mcs, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcs, name, bases, ns)
try:
    class Q(metaclass=DropsCell):
        def m(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)
