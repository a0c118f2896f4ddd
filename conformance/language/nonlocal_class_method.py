# nonlocal and closures from methods defined in a class inside a function.
def make_class():
    counter = 0
    class Counter:
        def inc(self):
            nonlocal counter
            counter += 1
            return counter
        @property
        def value(self):
            return counter
    return Counter
C = make_class()
c = C()
c.inc(); c.inc()
print(c.value, C().value, C.inc.__code__.co_freevars)
def outer():
    x = 1
    class K:
        x = 2
        def get(self):
            return x
        y = [x for _ in range(1)]
    return K().get(), K.x, K.y
print(outer())
