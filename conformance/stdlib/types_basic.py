import types


def f():
    pass


class C:
    def m(self):
        pass


print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), types.MethodType is type(C().m))
print(types.BuiltinFunctionType, types.BuiltinMethodType, types.ModuleType, types.NoneType, types.EllipsisType)
print(types.NotImplementedType, types.GenericAlias, types.UnionType, types.MappingProxyType, types.CodeType)
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.CellType, types.FrameType, types.TracebackType)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(types.GetSetDescriptorType, types.MemberDescriptorType)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace())
try:
    types.SimpleNamespace({'k': 2})
except TypeError as e:
    print("TypeError:", e)
try:
    ns.zz
except AttributeError as e:
    print("AttributeError:", e)
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), list(mp))
try:
    mp['b'] = 2
except TypeError as e:
    print("TypeError:", e)
m = types.ModuleType('mymod', 'doc')
print(m, m.__name__, m.__doc__)
Cls = types.new_class('Cls', (C,), {}, lambda ns: ns.update({'x': 5}))
print(Cls, Cls.x, Cls.__mro__)
print(types.prepare_class('P', (int,)), types.resolve_bases((int, list[int])), types.get_original_bases(Cls))


class Meta(type):
    pass


print(types.prepare_class('Q', (), {'metaclass': Meta})[0])
bm = types.MethodType(lambda self: self.x, Cls())
print(bm())


class D:
    @types.DynamicClassAttribute
    def dyn(self):
        return 'instance'


print(D().dyn)
try:
    D.dyn
except AttributeError:
    print("AttributeError on class access")
