# Default argument values are evaluated once when the def runs, in the enclosing scope.
calls = []
def default():
    calls.append("evaluated")
    return len(calls)
def f(x=default()):
    return x
print(f(), f(), calls)
i = 1
def g(v=i):
    return v
i = 2
print(g())
def maker():
    fs = []
    for n in range(3):
        def h(n=n, m=n * 10):
            return n + m
        fs.append(h)
    return [h() for h in fs]
print(maker())
class K:
    x = 5
    def method(self, v=x):
        return v
print(K().method())
