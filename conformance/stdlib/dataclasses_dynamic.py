# make_dataclass, replace and the deep-copying helpers.
import dataclasses
from dataclasses import make_dataclass, field, replace, asdict, astuple, fields
import copy
from collections import OrderedDict, namedtuple

P = make_dataclass('P', [('x', int), ('y', int, field(default=0))],
                   bases=(), namespace={'norm': lambda self: abs(self.x) + abs(self.y)},
                   frozen=True, order=True)
p = P(3, -4)
print(p, p.norm(), P.__module__, P.__qualname__, P.__doc__, P(1) < P(2))
Q = make_dataclass('Q', ['a', 'b'], kw_only=True, module='mymod')
print(Q(a=1, b=2), Q.__module__, fields(Q)[0].type)
R = make_dataclass('R', [('v', int, field(default=9))], bases=(P,), frozen=True)
print(R(1, 2, 3), [f.name for f in fields(R)])
try:
    replace(p, z=1)
except TypeError as e:
    print(e)
print(replace(p, y=5))


@dataclasses.dataclass
class Box:
    items: list
    meta: dict
    pair: tuple = ()


NT = namedtuple('NT', 'left right')
b = Box([1, [2, 3]], OrderedDict(k=[4]), (NT(1, [5]),))
d = asdict(b)
print(d, type(d['meta']).__name__, type(d['pair'][0]).__name__)
print(d['items'] is b.items, d['items'][1] is b.items[1])
t = astuple(b)
print(t)
print(asdict(b, dict_factory=OrderedDict))


class Obj:
    def __init__(self):
        self.v = [1]

    def __deepcopy__(self, memo):
        print('deepcopy called')
        return 'copied'


@dataclasses.dataclass
class Holder:
    o: object


print(asdict(Holder(Obj())), astuple(Holder(Obj())))
c = copy.copy(p)
print(c == p, c is p, copy.deepcopy(b) == b)
