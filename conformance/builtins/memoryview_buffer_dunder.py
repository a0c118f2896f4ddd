# PEP 688 from Python: __buffer__/__release_buffer__ of builtins, views exported by a view, and a class exporting a buffer.
def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("view", r.format, r.shape, r.readonly, r.tolist())
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)

show("bytes", lambda: b"ab".__buffer__(0))
show("bytes writable", lambda: b"ab".__buffer__(1))
show("bytearray", lambda: bytearray(b"ab").__buffer__(0))
show("bytearray writable", lambda: bytearray(b"ab").__buffer__(1))
show("flags str", lambda: bytearray(b"ab").__buffer__("x"))
show("flags huge", lambda: bytearray(b"ab").__buffer__(2**70))
show("view writable", lambda: memoryview(b"ab").__buffer__(1))
show("view readonly", lambda: memoryview(bytearray(b"ab")).toreadonly().__buffer__(1))
show("view -1", lambda: memoryview(b"ab").__buffer__(-1))
show("no release on bytes", lambda: hasattr(bytes, "__release_buffer__"))

m = memoryview(b"ab")
b1 = m.__buffer__(0)
b2 = m.__buffer__(0)
show("obj", lambda: b1.obj is m)
show("release with 2", lambda: m.release())
b1.release()
show("release with 1", lambda: m.release())
m.__release_buffer__(b2)
show("b2 released", lambda: b2.tolist())
show("release with 0", lambda: m.release())
show("released twice", lambda: m.release())

m = memoryview(b"xy")
m2 = memoryview(m)
show("view of view", lambda: (m.release(), m2.tolist()))

ba = bytearray(b"abc")
v = ba.__buffer__(0)
show("holds", lambda: ba.append(1))
show("release foreign", lambda: ba.__release_buffer__(memoryview(b"x")))
show("release non-view", lambda: ba.__release_buffer__(1))
ba.__release_buffer__(v)
show("released", lambda: (v.tolist()))
show("free", lambda: (ba.append(1), ba))

class Exporter:
    def __init__(self):
        self.data = bytearray(b"abcd")

    def __buffer__(self, flags):
        print("  __buffer__", flags & 1)
        return memoryview(self.data)

    def __release_buffer__(self, view):
        print("  __release_buffer__", view.obj is self.data)
        view.release()

e = Exporter()
mv = memoryview(e)
show("exported", lambda: (mv.tolist(), mv.readonly, mv.format))
part = mv[1:]
mv.release()
print("mv released")
show("part still open", lambda: part.tolist())
show("data held", lambda: e.data.append(1))
part.release()
print("part released")
show("data free", lambda: (e.data.append(1), e.data))
show("bytes of exporter", lambda: bytes(e))

class Bad:
    def __buffer__(self, flags):
        return b"not a view"

show("bad __buffer__", lambda: memoryview(Bad()))
show("not a buffer", lambda: memoryview(object()))
