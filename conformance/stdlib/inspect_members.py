# inspect.getmembers, getmembers_static, getattr_static, getmro, classify_class_attrs.
import inspect

class Base:
    x = 1
    def m(self): return 'm'
class Derived(Base):
    y = 2
    @property
    def prop(self):
        print('property ran')
        return 3
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    def __getattr__(self, name):
        return 'dynamic ' + name

d = Derived()
d.inst = 4
print([n for n, v in inspect.getmembers(Derived) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(d, inspect.ismethod) if not n.startswith('__')])
print([(n, v) for n, v in inspect.getmembers(d) if n in ('x', 'y', 'inst', 'prop')])
print([n for n, v in inspect.getmembers_static(d) if n in ('x', 'y', 'inst', 'prop')])
print(type(inspect.getattr_static(d, 'prop')).__name__, inspect.getattr_static(d, 'inst'))
print(type(inspect.getattr_static(Derived, 'cm')).__name__, type(inspect.getattr_static(Derived, 'sm')).__name__)
print(inspect.getattr_static(d, 'missing', 'default'))
try:
    inspect.getattr_static(d, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(d.missing)
print(inspect.getmro(Derived))
class WithSlots:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
print(type(inspect.getattr_static(WithSlots(), 'a')).__name__)
for attr in inspect.classify_class_attrs(Derived):
    if not attr.name.startswith('__'):
        print(attr.name, attr.kind, attr.defining_class.__name__)
print([name for name, _ in inspect.getmembers(5, inspect.isbuiltin)][:4])
print([n for n, _ in inspect.getmembers(inspect, inspect.isclass) if n in ('Signature', 'Parameter', 'BoundArguments')])
