# OrderedDict (move_to_end, popitem(last), order-sensitive equality) and ChainMap.
from collections import OrderedDict, ChainMap, defaultdict
od = OrderedDict(b=1, a=2)
od["c"] = 3
od.move_to_end("b"); print(od)
od.move_to_end("c", last=False); print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
try:
    OrderedDict().move_to_end("x")
except KeyError as e:
    print(type(e).__name__, e)
print(repr(OrderedDict()), repr(OrderedDict([(1, [2])])), list(reversed(OrderedDict(x=1, y=2))))
base = {"color": "red", "size": 1}
override = {"color": "blue"}
cm = ChainMap(override, base)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.get("missing", "none"), "size" in cm)
cm["new"] = "goes to first map"
print(override, base)
child = cm.new_child({"size": 99})
print(child["size"], child.parents["size"], child.maps[0], len(child.maps))
try:
    del cm["size"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(cm), repr(ChainMap({"a": 1})))
dd = defaultdict(lambda: "default")
print(dd["x"], dict(dd), dd.default_factory())
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print({k: dict(v) for k, v in nested.items()})
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
