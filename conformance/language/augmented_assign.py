# Augmented assignment on names, attributes, subscripts; in-place vs rebinding.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n |= 0b1010; print(n)
n &= 0b0110; print(n)
n ^= 0xff; print(n)
f = 7.0
f /= 2; print(f)

a = [1, 2]
alias = a
a += [3]          # list.__iadd__ mutates in place
print(a, alias, a is alias)
t = (1, 2)
talias = t
t += (3,)         # tuples rebind
print(t, talias, t is talias)
s = "ab"
s *= 3
print(s)

class C:
    def __init__(self):
        self.count = 0
c = C()
c.count += 1
c.count += 1
print(c.count)

d = {'k': [1]}
d['k'] += [2]
d['k'] *= 2
print(d)

calls = []
def key():
    calls.append('key')
    return 'k'
def obj():
    calls.append('obj')
    return d
obj()[key()] += [9]   # obj and key evaluated once each
print(d, calls)

m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)

try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    t2 = (1, [2])
    t2[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, t2)
