# Slices: negative steps, out of range, slice objects, __index__, assignment and deletion.
s = list(range(10))
print(s[::-1], s[-3:], s[:-7], s[8:100], s[100:], s[::3], s[7:2:-2], s[-1:-11:-1])
print("hello"[1:4], "hello"[::-2], (1, 2, 3)[1:], range(10)[2:8:3])
sl = slice(1, 8, 2)
print(s[sl], sl.indices(5), sl.start, sl.stop, sl.step, slice(3))
class Idx:
    def __index__(self): return 2
print(s[Idx()], s[Idx():], "abc"[Idx()])
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    s["a":]
except TypeError as e:
    print(e)
try:
    s[1.5]
except TypeError as e:
    print(e)
t = list(range(6))
t[1:3] = "xyz"
print(t)
t[::2] = [0, 0, 0, 0]
print(t)
try:
    t[::2] = [1]
except ValueError as e:
    print(e)
t[:] = []
print(t)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::], r[1:2, 3], r[...], r[:, None])
