# Bytes of pickled instances: __dict__ state, slots, __getnewargs(_ex)__, __reduce__ forms, subclasses, nested classes.
import pickle
from _pickle_classes import *
objects = [Plain(3), Slotted(), Mixed(), NewArgs(7), NewArgsEx(1, 2, k=3), BY_NAME, Counted(), Stack([1, 2]),
           Table(a=1), Number(5), Outer, Outer.Inner, Outer.Inner.Deepest, Outer.method, function,
           WithSetter(2), Listy(), Registered(1), [Plain, Plain, Outer.Inner, Outer.Inner.Deepest, Outer]]
for obj in objects:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            data = pickle.dumps(obj, proto)
        except TypeError as e:
            data = "TypeError: %s" % e
        print(type(obj).__name__, proto, data)
back = [pickle.loads(pickle.dumps(o, 2)) for o in objects]
print(back[0] == Plain(3), back[1].x, hasattr(back[1], "y"), back[2].s, back[2].b, back[3].n, back[4].args, back[4].kwargs)
print(back[5] is BY_NAME, back[6].v, back[7], type(back[7]).__name__, back[8], type(back[8]).__name__, back[9] + 1, type(back[9]).__name__)
print(back[10] is Outer, back[12] is Outer.Inner.Deepest, back[13] is Outer.method, back[14]())
print(back[15].v, back[16].items, back[17].v, back[18][1] is Plain)
