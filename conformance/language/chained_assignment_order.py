# Chained and tuple assignment: evaluation and store order.
class Log:
    def __init__(self): self.ops = []
    def __setitem__(self, k, v): self.ops.append(("set", k, v))
log = Log()
def val(v):
    log.ops.append(("eval", v))
    return v
log[val("a")] = log[val("b")] = val(1)
print(log.ops)
x = y = []
x.append(1)
print(y, x is y)
a, b = b, a = 1, 2
print(a, b)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
p = [1, 2, 3]
p[0], p[p[0]] = 2, "x"
print(p)
m, n = n, m = "mn"
print(m, n)
def swap_attrs():
    class O: pass
    o = O()
    o.a, o.b = 1, 2
    o.a, o.b = o.b, o.a
    return o.a, o.b
print(swap_attrs())
