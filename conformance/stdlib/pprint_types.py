# pprint of collections types, dataclasses, namedtuples, SimpleNamespace and mappingproxy.
import pprint, collections, dataclasses, types
Point = collections.namedtuple("Point", "x y")
pprint.pprint([Point(1, 2)] * 4, width=30)
pprint.pprint(collections.OrderedDict((str(i) * 8, i) for i in range(5)), width=40)
pprint.pprint(collections.OrderedDict(), width=5)
dd = collections.defaultdict(list, {"first" * 3: [1, 2, 3], "second" * 3: list(range(10))})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter("abracadabra simsalabim"), width=30)
pprint.pprint(collections.ChainMap({"a" * 10: 1, "b" * 10: 2}, {"c" * 10: 3}), width=30)
pprint.pprint(collections.deque(range(20), maxlen=25), width=30)
pprint.pprint(collections.deque(["word " * 3] * 3), width=30)
pprint.pprint(collections.UserList(list(range(30))), width=40)
pprint.pprint(collections.UserDict({"k" * 30: "v" * 30, "a": 1}), width=40)
pprint.pprint(types.SimpleNamespace(name="x" * 30, values=list(range(15)), inner=types.SimpleNamespace(a=1)), width=40)
pprint.pprint(types.MappingProxyType({"key%d" % i: i for i in range(6)}), width=30)
@dataclasses.dataclass
class Node:
    name: str
    children: list = dataclasses.field(default_factory=list)
    hidden: int = dataclasses.field(default=0, repr=False)
tree = Node("root", [Node("child-%d" % i, [Node("leaf")]) for i in range(3)])
pprint.pprint(tree, width=50)
pprint.pprint(Node("short"))
@dataclasses.dataclass(repr=False)
class Plain:
    a: int = 1
print(pprint.pformat([Plain()] * 2, width=10).replace(hex(id(Plain())), "ID")[:20])
class MyList(list):
    def __repr__(self):
        return "MyList!"
pprint.pprint([MyList([1] * 50)] * 2, width=20)
pprint.pprint(set(range(30)), width=40); pprint.pprint(frozenset(range(25)), width=40)
pprint.pprint({3, "a", 2.5, (1,)}, width=10)
print(pprint.pformat([[1, 2], {"a": [3, 4]}], depth=1), pprint.pformat((1, [2, [3, [4]]]), depth=2))
@dataclasses.dataclass
class Own:
    x: list
    def __repr__(self):
        return "Own(" + "x" * 30 + ")"
pprint.pprint([Own([1]), Own([2])], width=20)
@dataclasses.dataclass
class Sub(Node):
    extra: int = 5
pprint.pprint(Sub("s" * 30, [1, 2]), width=30)
