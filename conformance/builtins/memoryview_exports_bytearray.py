# A bytearray cannot change size while a memoryview holds its memory (BufferError); release() and with end the export.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b"abcdef")
m = memoryview(ba)
ops = [("append", lambda: ba.append(1)), ("extend", lambda: ba.extend(b"x")), ("extend empty", lambda: ba.extend(b"")),
       ("insert", lambda: ba.insert(0, 1)), ("pop", lambda: ba.pop()), ("remove", lambda: ba.remove(97)),
       ("remove missing", lambda: ba.remove(1)), ("insert bad", lambda: ba.insert(0, 300)), ("clear", lambda: ba.clear()),
       ("+=", lambda: ba.__iadd__(b"x")), ("+= empty", lambda: ba.__iadd__(b"")), ("*= 2", lambda: ba.__imul__(2)),
       ("*= 1", lambda: ba.__imul__(1)), ("*= 0", lambda: ba.__imul__(0)),
       ("same-size slice", lambda: ba.__setitem__(slice(0, 2), b"xy")), ("growing slice", lambda: ba.__setitem__(slice(0, 2), b"xyz")),
       ("shrinking slice", lambda: ba.__setitem__(slice(0, 2), b"x")), ("extended slice", lambda: ba.__setitem__(slice(0, 6, 2), b"123")),
       ("del item", lambda: ba.__delitem__(0)), ("del slice", lambda: ba.__delitem__(slice(0, 2))),
       ("del empty slice", lambda: ba.__delitem__(slice(0, 0))), ("del extended", lambda: ba.__delitem__(slice(0, 6, 2))),
       ("setitem", lambda: ba.__setitem__(0, 65)), ("reverse", lambda: ba.reverse()), ("__init__", lambda: ba.__init__(b"zz"))]
for label, op in ops:
    show(label, op)
print(ba, m.tobytes())

s = m[2:]
c = m.cast("c")
m.release()
show("after m.release, slice open", lambda: ba.append(1))
s.release()
show("after s.release, cast open", lambda: ba.append(1))
c.release()
show("all released", lambda: (ba.append(1), ba))

with memoryview(ba) as v:
    show("inside with", lambda: ba.pop())
    v.release()
    show("released inside with", lambda: ba.pop())
show("after with", lambda: (ba.pop(), ba))

e = bytearray()
me = memoryview(e)
show("empty clear", lambda: e.clear())
show("empty init", lambda: e.__init__())
show("empty init grows", lambda: e.__init__(b"a"))
show("empty pop", lambda: e.pop())
show("empty *=", lambda: e.__imul__(5))
show("empty del all", lambda: e.__delitem__(slice(None)))
show("empty extend bad", lambda: e.extend(1))
me.release()
show("empty after release", lambda: (e.extend(b"ok"), e))

r = bytearray(b"xyz")
view = memoryview(r).toreadonly()
show("toreadonly holds", lambda: r.append(1))
view.release()
again = memoryview(memoryview(r))
show("view of view holds", lambda: r.append(1))
again.release()
show("free", lambda: (r.append(33), r))
