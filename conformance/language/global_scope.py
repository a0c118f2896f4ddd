# global statement, UnboundLocalError, name resolution order.
g = 'module'
def read():
    return g
def write():
    global g
    g = 'changed'
def shadow():
    g = 'local'
    return g
def unbound():
    print(g)
    g = 1

print(read(), shadow(), g)
write()
print(g)
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def creates_global():
    global brand_new
    brand_new = 42
creates_global()
print(brand_new)

len = lambda x: 'shadowed'
print(len([1, 2]))
del len
print(len([1, 2]))

def uses_builtin():
    return max(3, 4)
print(uses_builtin())

class K:
    attr = 'class'
    def method(self):
        try:
            return attr
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(K().method())

x = 'global x'
class Scope:
    x = 'class x'
    y = [x for _ in range(1)]
    def m(self):
        return x
print(Scope.y, Scope().m())
try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
