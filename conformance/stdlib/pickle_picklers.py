# Pickler/Unpickler classes: files, several dumps, memo, persistent ids, dispatch_table, reducer_override, find_class.
import io
import pickle
import copyreg
from _pickle_classes import Point, Plain, Registered

buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
shared = [1]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
pickle.dump({"end": True}, buf, protocol=4)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
a = u.load()
b = u.load()
c = u.load()
print(a, b is a, c is a, c == a, pickle.load(buf), buf.read())

class DbPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return "Point:%d:%d" % (obj.x, obj.y)
        return None

class DbUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, x, y = pid.split(":")
        return Point(int(x) * 10, int(y) * 10)

for proto in (0, 2, 4):
    out = io.BytesIO()
    DbPickler(out, proto).dump([Point(1, 2), "text", Point(3, 4)])
    print(proto, out.getvalue())
    out.seek(0)
    print(DbUnpickler(out).load())

class TextIds(pickle.Pickler):
    def persistent_id(self, obj):
        return "p%d" % obj if isinstance(obj, int) and obj > 100 else None

out = io.BytesIO()
TextIds(out, 0).dump([1, 200, 3])
print(out.getvalue())
try:
    pickle.loads(out.getvalue())
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)

def reduce_point(pt):
    return (Point, (pt.y, pt.x))

out = io.BytesIO()
table_pickler = pickle.Pickler(out, 4)
table_pickler.dispatch_table = copyreg.dispatch_table.copy()
table_pickler.dispatch_table[Point] = reduce_point
table_pickler.dump(Point(1, 2))
print(out.getvalue(), pickle.loads(out.getvalue()), pickle.loads(pickle.dumps(Point(1, 2))))
print(pickle.loads(pickle.dumps(Registered(5))).v)

class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Plain:
            return (str, ("Plain replaced",))
        if isinstance(obj, float):
            return (float, ("99.5",))
        return NotImplemented

out = io.BytesIO()
Overriding(out, 4).dump([Plain, 1.5, Point, {"k": Plain}])
print(out.getvalue(), pickle.loads(out.getvalue()))

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))

for obj in [{1, 2}, frozenset({3}), Point(1, 1), len]:
    try:
        print(Restricted(io.BytesIO(pickle.dumps(obj, 2))).load())
    except pickle.UnpicklingError as e:
        print(type(e).__name__, e)
print(pickle.Pickler(io.BytesIO()).proto if hasattr(pickle.Pickler(io.BytesIO()), "proto") else 4, pickle.DEFAULT_PROTOCOL)
