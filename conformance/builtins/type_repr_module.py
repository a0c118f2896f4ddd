# The repr of builtin and library types written in C (Java here) names their module.
import _random, _thread, collections, decimal, itertools, functools, io, types, array, struct
import socket, _socket, json, datetime, operator, weakref
for t in (int, type, object, _random.Random, _thread.LockType, _thread.RLock, collections.deque,
          collections.OrderedDict, collections.defaultdict, decimal.Decimal, itertools.chain,
          functools.partial, types.SimpleNamespace, types.GenericAlias, array.array, struct.Struct,
          _socket.socket, socket.socket, weakref.ref, operator.itemgetter, type(iter([])),
          type(len), type(None), type(NotImplemented), type(...), types.FunctionType,
          types.CodeType, types.MappingProxyType, datetime.date):
    print(repr(t), t.__module__, t.__qualname__)
r = object.__repr__(struct.Struct("i"))
print(r[:r.index(" at ")])
print(repr(functools.partial(int)))
class Local:
    class Inner:
        pass
print(Local.Inner, repr(Local.Inner())[:len('<__main__.Local.Inner object')])
Local.__module__ = 42
print(Local)
s = repr(_socket.socket().__class__.__mro__)
print(s)
o = repr(itertools.count().__reduce__()[0])
print(o)
