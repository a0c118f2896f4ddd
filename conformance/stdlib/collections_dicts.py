from collections import defaultdict, OrderedDict, ChainMap, UserDict

d = defaultdict(list)
d['a'].append(1); d['b']; print(d, d.default_factory)
print(defaultdict(int, {'x': 1}, y=2), defaultdict(None), repr(defaultdict(lambda: 0)) [:23])
try:
    defaultdict(None)['k']
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
dd = defaultdict(set); c = dd.copy(); c['q'].add(1); print(c, dd, type(c).__name__)
print(defaultdict(int, a=1) | {'b': 2}, {'z': 0} | defaultdict(int, a=1))
r = defaultdict(list); r.default_factory = r.default_factory; print(r.get('nope'), 'nope' in r)

o = OrderedDict.fromkeys('abcde')
o.move_to_end('b'); print(list(o))
o.move_to_end('b', last=False); print(list(o))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(), OrderedDict([('k', [1])]), list(reversed(OrderedDict(a=1, b=2))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().move_to_end('x')
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict(x=1); od.setdefault('y', 2); od.update(z=3); print(od, od.pop('x'), od)
print(OrderedDict(a=1) | {'b': 2}, type(OrderedDict(a=1) | {'b': 2}).__name__)

base = {'music': 'bach', 'art': 'rembrandt'}
adj = {'art': 'van gogh', 'opera': 'carmen'}
cm = ChainMap(adj, base)
print(cm, cm['art'], cm['music'], len(cm), list(cm), 'opera' in cm, cm.get('zz', '-'))
child = cm.new_child({'art': 'klimt'}); print(child['art'], child.parents)
cm['new'] = 1; print(adj)
del cm['new']
try:
    del cm['music']
except KeyError as e:
    print("KeyError:", e)
try:
    ChainMap()['x']
except KeyError as e:
    print("KeyError:", e)
print(ChainMap(), ChainMap({1: 2}) | {3: 4}, dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))

u = UserDict(a=1)
u['b'] = 2; print(u, u.data, len(u), 'a' in u, u.get('c', 0), isinstance(u, dict))


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


print(Missing()['ab'], UserDict({'x': 1}) | {'y': 2}, u.copy(), type(u.copy()).__name__)
