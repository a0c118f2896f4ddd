# array.array refuses to change size while a memoryview holds its memory; same-size changes stay allowed.
import array

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = array.array("i", [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.readonly)
ops = [("append", lambda: a.append(1)), ("extend", lambda: a.extend([1])), ("extend empty", lambda: a.extend([])),
       ("insert", lambda: a.insert(0, 1)), ("pop", lambda: a.pop()), ("remove", lambda: a.remove(1)),
       ("remove missing", lambda: a.remove(99)), ("frombytes", lambda: a.frombytes(b"\0\0\0\0")), ("frombytes empty", lambda: a.frombytes(b"")),
       ("fromlist", lambda: a.fromlist([1])), ("fromlist empty", lambda: a.fromlist([])),
       ("+=", lambda: a.__iadd__(array.array("i", [1]))), ("*= 2", lambda: a.__imul__(2)), ("*= 1", lambda: a.__imul__(1)),
       ("*= 0", lambda: a.__imul__(0)), ("del item", lambda: a.__delitem__(0)), ("del slice", lambda: a.__delitem__(slice(0, 1))),
       ("del empty slice", lambda: a.__delitem__(slice(0, 0))), ("del extended", lambda: a.__delitem__(slice(0, 3, 2))),
       ("growing slice", lambda: a.__setitem__(slice(0, 1), array.array("i", [5, 6]))),
       ("same-size slice", lambda: a.__setitem__(slice(0, 1), array.array("i", [5]))),
       ("extended slice", lambda: a.__setitem__(slice(0, 3, 2), array.array("i", [7, 8]))),
       ("setitem", lambda: a.__setitem__(1, 9)), ("byteswap", lambda: a.byteswap()), ("reverse", lambda: a.reverse())]
for label, op in ops:
    show(label, op)
print(a, m.tolist())
m[0] = 100
print(a[0])
m.release()
show("after release", lambda: (a.append(4), a))

u = array.array("u", "ab")
mu = memoryview(u)
show("u format", lambda: (mu.format, mu.itemsize, len(mu), mu.tobytes()))
show("u tolist", lambda: mu.tolist())
show("u item", lambda: mu[0])
show("u iter", lambda: list(mu))
show("u cast", lambda: mu.cast("B").tolist())
show("u cast I", lambda: mu.cast("I"))
show("u eq", lambda: mu == mu)
show("u fromunicode", lambda: u.fromunicode("c"))
show("u fromunicode empty", lambda: u.fromunicode(""))
mu.release()
show("u free", lambda: (u.fromunicode("c"), u))

d = array.array("d", [1.5, -2.0])
md = memoryview(d)
show("d", lambda: (md.format, md.tolist(), md == array.array("d", [1.5, -2.0]), md == array.array("f", [1.5, -2.0])))
md[1] = 3
show("d set", lambda: d)
show("buffer", lambda: array.array("h", [1]).__buffer__(0).tolist())
show("release bad", lambda: array.array("h", [1]).__release_buffer__(1))
b = array.array("h", [1, 2])
bv = b.__buffer__(0)
show("export via __buffer__", lambda: b.append(3))
b.__release_buffer__(bv)
show("after __release_buffer__", lambda: (b.append(3), b))
