import weakref

m = memoryview(b"abc")
r = weakref.ref(m)
print(r() is m, r().tobytes())
d = weakref.WeakValueDictionary()
d["view"] = m
print(list(d))
m.release()
print(r() is m)
