# list slicing: negative steps, out-of-range bounds, huge bounds, index objects, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2])
print(a[5:2], a[-100:100], a[100:], a[:-100], a[2**80:], a[-2**80:2], a[::2**80], a[::-2**80])
print(a[None:None:None], a[True:3], a[slice(1, 4)], a[slice(None, None, -4)])
class I:
    def __index__(self):
        return 3
print(a[I()], a[I():], a[:I()], a[::I()])
t(lambda: a[::0])
t(lambda: a["1":])
t(lambda: a[1.0:])
t(lambda: a[:: "x"])
t(lambda: a[1.5])
t(lambda: a["x"])
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a[2**80])
print(a[-1], a[-10], a[True])
b = a[:]; print(b == a, b is a)
print([][::-1], [][5:], [1][::-1])
